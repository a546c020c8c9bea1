"""Tables to the clipboard as full numbers: tab-separated text plus HTML, pasting into Excel/Word.

Cells carry the model's full value (repr of the float, not the 1-decimal display), so a pasted
table computes exactly what ClusterDesk computed. The decimal mark follows the system locale by
default, because Excel under a Norwegian locale reads "52.2" as text; the HTML also carries the
value with a point in Excel's ``x:num`` attribute, which Excel reads whatever the locale.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QLocale, QMimeData, Qt

from clusterdesk.gui.views import format as fmt

MAX_CELLS = 2_000_000  # more than that is an export, not a copy
Cell = float | int | str | None  # a copied cell: the full number, or text


def system_decimal() -> str:
    """The decimal mark of the application's locale (the system's unless the app set one)."""
    return QLocale().decimalPoint() or "."


def _value(model: QAbstractItemModel, row: int, col: int) -> Cell:
    if hasattr(model, "value"):
        return model.value(row, col)
    return model.data(model.index(row, col), Qt.ItemDataRole.EditRole)


def _expand_ci(model: QAbstractItemModel, col: int) -> bool:
    return bool(getattr(model, "show_ci", False) and hasattr(model, "bounds")
                and model.has_intervals() and model.is_share(col))


def block(model: QAbstractItemModel, rows: list[int] | None = None,
          cols: list[int] | None = None, headers: bool = True) -> list[list[Cell]]:
    """Rows x columns of full values (floats, text, None), with header row and label column.

    With intervals shown, each share column is followed by its 95 % low and high bounds.
    """
    rows = list(range(model.rowCount())) if rows is None else rows
    cols = list(range(model.columnCount())) if cols is None else cols
    if len(rows) * max(len(cols), 1) > MAX_CELLS:
        from PySide6.QtCore import QCoreApplication

        from clusterdesk.errors import UserError

        raise UserError(QCoreApplication.translate(
            "Copy", "{n} rows are too many to copy. Filter the table first or export the "
            "data.").format(n=f"{len(rows):,}"))
    expand = {c: _expand_ci(model, c) for c in cols}
    out: list[list[Cell]] = []
    if headers:
        head: list[Cell] = [model.corner() if hasattr(model, "corner") else ""]
        for c in cols:
            name = str(model.headerData(c, Qt.Orientation.Horizontal) or "").replace("\n", " ")
            head.append(name)
            if expand[c]:
                head += [f"{name} 95% low", f"{name} 95% high"]
        out.append(head)
    for r in rows:
        line: list[Cell] = []
        if headers:
            line.append(str(model.headerData(r, Qt.Orientation.Vertical) or "").strip())
        for c in cols:
            line.append(_value(model, r, c))
            if expand[c]:
                line += list(model.bounds(r, c))
        out.append(line)
    return out


def to_tsv(cells: list[list[Cell]], decimal: str = ".") -> str:
    """Tab-separated lines; numbers in full with the given decimal mark."""
    def cell(v: Cell) -> str:
        text = fmt.full(v, decimal)
        return text.replace("\t", " ").replace("\r", " ").replace("\n", " ")

    return "".join("\t".join(cell(v) for v in line) + "\n" for line in cells)


def to_html(cells: list[list[Cell]], decimal: str = ".") -> str:
    """An HTML table Word and Excel accept; number cells also carry x:num with a point."""
    parts = ['<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table border="1">']
    for i, line in enumerate(cells):
        parts.append("<tr>")
        for v in line:
            tag = "th" if i == 0 else "td"
            if isinstance(v, str) or v is None or not fmt.is_number(v):
                parts.append(f"<{tag}>{html.escape(fmt.full(v))}</{tag}>")
            else:
                parts.append(f'<{tag} x:num="{fmt.full(v)}" align="right">'
                             f"{html.escape(fmt.full(v, decimal))}</{tag}>")
        parts.append("</tr>")
    parts.append("</table></body></html>")
    return "".join(parts)


def mime(cells: list[list[Cell]], decimal: str | None = None) -> QMimeData:
    decimal = system_decimal() if decimal is None else decimal
    data = QMimeData()
    data.setText(to_tsv(cells, decimal))
    data.setHtml(to_html(cells, decimal))
    return data


def selected(selection: QItemSelection) -> tuple[list[int], list[int]] | None:
    """Rows and columns covered by a selection (None when nothing is selected).

    Reads the selection's ranges, not its indexes, so selecting a million rows stays cheap.
    """
    rows: set[int] = set()
    cols: set[int] = set()
    for rng in selection:
        rows.update(range(rng.top(), rng.bottom() + 1))
        cols.update(range(rng.left(), rng.right() + 1))
    if not rows or not cols:
        return None
    return sorted(rows), sorted(cols)
