"""The answer-codes page's 'Order' tab: the manager's education levels, lowest first, and the
regions in the order the tables list them."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from clusterdesk.gui import i18n
from clusterdesk.gui.wizard.widgets import OrderList
from clusterdesk.mapping.answers import PageAnswers, ordered
from clusterdesk.mapping.suggest_education import not_a_level


class OrdersTab(QWidget):
    """`wizard()` gives the wizard whose mapping the orders are written to. The texts keep the
    page's translation context."""

    def __init__(self, wizard: Callable[[], Any]) -> None:
        super().__init__()
        self._wizard = wizard
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "CodesPage", "Manager's education, lowest level first:")))
        self.education = OrderList()
        self.education.setObjectName("educationOrder")
        i18n.explain(self.education, QCoreApplication.translate(
            "CodesPage", "The education levels from lowest to highest: the regression uses the "
            "level's place in this order."))
        self.education.orderChanged.connect(self._education_changed)
        layout.addWidget(self.education, 1)
        self.education_note = QLabel()
        self.education_note.setWordWrap(True)
        layout.addWidget(self.education_note)
        layout.addWidget(QLabel(QCoreApplication.translate(
            "CodesPage", "Regions, in the order the tables list them:")))
        self.regions = OrderList()
        self.regions.setObjectName("regionOrder")
        i18n.explain(self.regions, QCoreApplication.translate(
            "CodesPage", "The order of the regions in Tables 1 and 2 and in the workbook."))
        self.regions.orderChanged.connect(self._regions_changed)
        layout.addWidget(self.regions, 1)

    def fill(self, answers: PageAnswers) -> None:
        wiz = self._wizard()
        m = wiz.mapping
        edu = m.columns.get("manager_education")
        drag = QCoreApplication.translate("CodesPage",
                                          "Drag the levels, or select one and use Up / Down.")
        if edu and answers.education is None:
            self.education.set_items([])
            self.education.setEnabled(False)
            self.education_note.setText(QCoreApplication.translate(
                "CodesPage", "'{column}' holds numbers; they are used as they are.").format(
                    column=edu))
        elif edu:
            # "Don't know" is no level: left out of the order, it counts as missing
            cats = [a.text for a in answers.education or [] if not not_a_level(a.text)]
            items = ordered(cats, m.codes.manager_education)
            self.education.setEnabled(True)
            self.education.set_items(items)
            m.codes.manager_education = items
            sugg = wiz.loaded.suggestion if wiz.loaded is not None else None
            guess = [c.text for c in getattr(sugg, "checks", [])
                     if c.education is not None and c.applies(m)]
            self.education_note.setText("\n".join([*guess, drag])
                                        if not wiz.mapping_from_file else drag)
        else:
            self.education.set_items([])
            self.education.setEnabled(False)
            self.education_note.setText(QCoreApplication.translate(
                "CodesPage", "The manager's education is not mapped."))
        region = m.columns.get("region")
        if region:
            cats = [a.text for a in answers.region]
            items = ordered(cats, m.order.get("region", []))
            self.regions.set_items(items)
            m.order["region"] = items

    def _education_changed(self, items: list[str]) -> None:
        self._wizard().mapping.codes.manager_education = list(items)

    def _regions_changed(self, items: list[str]) -> None:
        self._wizard().mapping.order["region"] = list(items)
