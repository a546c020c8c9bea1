"""Files -> RawTable. The only layer that touches survey files; it never writes them."""

from clusterdesk.io.table import ImportReport, RawTable, SheetInfo
from clusterdesk.runtime import IDLE

__all__ = ["ImportReport", "RawTable", "SheetInfo", "read", "list_sheets", "read_grid"]


def read(path, sheet=None, header_row=None, header_rows=1, encoding=None, delimiter=None,
         limits=None, guess_header=None, task=IDLE):
    """Read a survey file into a RawTable (see io.reader.read); ``task``: a runtime.Task."""
    from clusterdesk.io.reader import read as _read

    return _read(path, sheet=sheet, header_row=header_row, header_rows=header_rows,
                 encoding=encoding, delimiter=delimiter, limits=limits,
                 guess_header=guess_header, task=task)


def list_sheets(path, limits=None):
    """The sheets of a workbook (one pseudo-sheet for CSV and SPSS files)."""
    from clusterdesk.io.reader import list_sheets as _list

    return _list(path, limits=limits)


def read_grid(path, sheet=None, max_rows=60, encoding=None, delimiter=None, limits=None):
    """The first rows of a sheet as lists of cells, before the header is applied (previews)."""
    from clusterdesk.io.reader import read_grid as _grid

    return _grid(path, sheet=sheet, max_rows=max_rows, encoding=encoding, delimiter=delimiter,
                 limits=limits)
