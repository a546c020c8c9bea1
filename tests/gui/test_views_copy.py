"""Copy: the clipboard holds full values that parse back to the table's numbers, with a point
or with the locale's decimal comma, plus HTML that Excel reads as numbers."""

from __future__ import annotations

import re

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication

from clusterdesk.gui.views import copy
from clusterdesk.gui.views.result_model import ResultTableModel
from clusterdesk.gui.views.table_view import CopyTableView
from tests.gui.test_views_models import table2


def parse(text: str, decimal: str = ".") -> list[list[object]]:
    def cell(s: str) -> object:
        if s == "":
            return None
        try:
            return float(s.replace(decimal, ".")) if decimal != "." else float(s)
        except ValueError:
            return s

    return [[cell(s) for s in line.split("\t")] for line in text.splitlines()]


def test_ctrl_c_copies_full_values_that_parse_back(qtbot):
    t = table2()
    model = ResultTableModel(t)
    model.set_show_ci(False)
    view = CopyTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.selectAll()
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    mime = QGuiApplication.clipboard().mimeData()
    decimal = copy.system_decimal()
    rows = parse(mime.text(), decimal)
    assert rows[0] == ["Regions", "Product innovation", "Process innovation", "Number of firms"]
    assert rows[1] == ["Oslo", 52.2345, 41.96, 501.0]  # full values, not the 1-decimal display
    assert rows[2] == ["Bergen", None, 12.05, 3.0]
    assert rows[4] == ["χ² test p", 0.0037, 0.3, None]
    assert "<table" in mime.html() and 'x:num="52.2345"' in mime.html()


def test_decimal_comma_variant_and_intervals_as_own_columns(qtbot):
    model = ResultTableModel(table2())  # intervals shown: each share gets low and high columns
    cells = copy.block(model)
    assert cells[0][:4] == ["Regions", "Product innovation", "Product innovation 95% low",
                            "Product innovation 95% high"]
    assert cells[1][:4] == ["Oslo", 52.2345, 49.91, 54.55]
    text = copy.to_tsv(cells, ",")
    line = text.splitlines()[1].split("\t")
    assert line[1:4] == ["52,2345", "49,91", "54,55"] and line[-1] == "501"
    assert parse(text, ",")[1][1:4] == [52.2345, 49.91, 54.55]
    assert not re.search(r"\d\.\d", text)  # no point decimals left for Excel to misread
    html = copy.to_html(cells, ",")
    assert 'x:num="52.2345"' in html and ">52,2345<" in html


def test_selection_copies_only_the_selected_block(qtbot):
    model = ResultTableModel(table2())
    model.set_show_ci(False)
    view = CopyTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    sel = QItemSelection(model.index(1, 1), model.index(2, 2))
    view.selectionModel().select(sel, QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert view.copy(".")
    rows = parse(QApplication.clipboard().text())
    assert rows == [["Regions", "Process innovation", "Number of firms"], ["Bergen", 12.05, 3.0],
                    ["Total", 40.0, 504.0]]


def test_full_values_keep_every_digit():
    x = 0.1 + 0.2
    assert float(copy.to_tsv([[x]]).strip()) == x
    assert copy.to_tsv([[1e-300, 2002.0, None, "a\tb"]]) == "1e-300\t2002\t\ta b\n"


def test_ctrl_c_under_a_decimal_comma_locale(qtbot):
    """Under Norwegian settings Excel wants '52,2345'; the HTML still carries x:num with a point."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale("nb_NO"))
    try:
        model = ResultTableModel(table2())
        model.set_show_ci(False)
        view = CopyTableView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
        mime = QGuiApplication.clipboard().mimeData()
        assert mime.text().splitlines()[1].split("\t") == ["Oslo", "52,2345", "41,96", "501"]
        assert parse(mime.text(), ",")[1] == ["Oslo", 52.2345, 41.96, 501.0]
        assert 'x:num="41.96"' in mime.html() and ">41,96<" in mime.html()
    finally:
        QLocale.setDefault(before)
