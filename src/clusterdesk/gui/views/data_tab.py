"""The Data tab: every firm, coded beside the file's own answers, filterable and sortable."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QVBoxLayout, QWidget

from clusterdesk.gui import i18n
from clusterdesk.gui.views.data_columns import DataColumn, DataColumns
from clusterdesk.gui.views.data_model import DataModel
from clusterdesk.gui.views.table_view import CopyTableView

ALL = QT_TRANSLATE_NOOP("DataTab", "All")
ROW_HEIGHT_PAD = 6


class DataTab(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = DataModel(self)
        self.view = CopyTableView()
        self.view.setWordWrap(False)
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        vh = self.view.verticalHeader()
        vh.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # no per-row size hints
        vh.setDefaultSectionSize(self.view.fontMetrics().height() + ROW_HEIGHT_PAD)
        vh.hide()  # 'Row in file' numbers the firms
        self.view.horizontalHeader().setDefaultSectionSize(130)
        self.view.message.connect(self.message)
        self.region = QComboBox()
        self.cls = QComboBox()
        for combo in (self.region, self.cls):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.count = QLabel(self.tr("Preparing the data…"))
        tools = QHBoxLayout()
        tools.addWidget(QLabel(i18n.role_label("region")))
        i18n.explain(self.region, self.tr("Show only the firms of one region."))
        i18n.explain(self.cls, self.tr("Show only the firms of one cluster class (Table 5)."))
        tools.addWidget(self.region)
        tools.addWidget(QLabel(self.tr("Cluster class")))
        tools.addWidget(self.cls)
        tools.addStretch(1)
        tools.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.view, 1)
        self.region.currentIndexChanged.connect(self._filter)
        self.cls.currentIndexChanged.connect(self._filter)
        self._fill(self.region, [])
        self._fill(self.cls, [])

    def set_columns(self, columns: DataColumns | None) -> None:
        self.model.set_columns(columns)
        self._widths()
        self.view.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self._fill(self.region, self.model.regions)
        self._fill(self.cls, self.model.classes)
        self._count()

    def _widths(self) -> None:
        """Columns as wide as their headers (within limits): no cell is measured."""
        metrics = self.view.horizontalHeader().fontMetrics()
        for c in range(self.model.columnCount()):
            text = str(self.model.headerData(c, Qt.Orientation.Horizontal) or "")
            width = metrics.horizontalAdvance(text) + 24
            self.view.setColumnWidth(c, min(max(width, 130), 300))

    def set_class_columns(self, extra: list[DataColumn]) -> None:
        self.model.set_class_columns(extra)
        self._widths()
        self._fill(self.cls, self.model.classes, keep=True)
        self._count()

    def _fill(self, combo: QComboBox, names: list[str], keep: bool = False) -> None:
        current = combo.currentText() if keep else self.tr(ALL)
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr(ALL), None)
        for i, name in enumerate(names):
            combo.addItem(name, i)
        i = combo.findText(current)
        combo.setCurrentIndex(max(i, 0))
        combo.blockSignals(False)
        combo.setEnabled(bool(names))

    def _filter(self, *_: object) -> None:
        self.model.set_filter(self.region.currentData(), self.cls.currentData())
        self._count()

    def _count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        def grouped(n: int) -> str:
            return f"{n:,}".replace(",", " ")

        text = (self.tr("{shown} of {total} firms").format(shown=grouped(shown),
                                                           total=grouped(total))
                if shown != total else self.tr("{total} firms").format(total=grouped(total)))
        self.count.setText(text)
