"""Files -> RawTable. The only layer that touches survey files; it never writes them."""

from clusterdesk.io.table import ImportReport, RawTable, SheetInfo

__all__ = ["ImportReport", "RawTable", "SheetInfo", "read", "list_sheets"]


def read(path, sheet=0, header_row=None, header_rows=1, encoding=None, delimiter=None):
    """Read a survey file into a RawTable (see io.reader.read)."""
    from clusterdesk.io.reader import read as _read

    return _read(path, sheet=sheet, header_row=header_row, header_rows=header_rows,
                 encoding=encoding, delimiter=delimiter)


def list_sheets(path):
    """The sheets of a workbook (one pseudo-sheet for CSV and SPSS files)."""
    from clusterdesk.io.reader import list_sheets as _list

    return _list(path)
