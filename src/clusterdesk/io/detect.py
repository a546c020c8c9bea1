"""What a file really is, from its first bytes: agencies rename files, so extensions lie.

``detect(path)`` returns one format key; ``require_readable(path)`` turns the unreadable ones into
a message that says what the file is and what to do with it.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.names import shown
from clusterdesk.texts import translate

WORKBOOK_FORMATS = {"xlsx", "xlsm", "xlsb", "xls", "ods"}
TEXT_FORMATS = {"text"}
STATS_FORMATS = {"sav", "zsav", "por", "dta"}

_CFB = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")

# Why a file cannot be read and what to do, by refusal key; translated when shown (lambdas).
_REFUSALS = {
    "empty": lambda: translate("io", "the file is empty (0 bytes). Export the survey again and "
                               "check that the export finished before copying the file."),
    "encrypted": lambda: translate("io", "the workbook is password-protected; remove the password "
                                   "in Excel and save again (File > Info > Protect Workbook > "
                                   "Encrypt with Password, clear it)."),
    "html": lambda: translate("io", "it is a web page (HTML) saved with a spreadsheet name, not a "
                              "real workbook. Open it in Excel and save it as an Excel Workbook "
                              "(.xlsx), or export the survey as CSV."),
    "xml2003": lambda: translate("io", "it is an old 'XML Spreadsheet 2003' file. Open it in Excel "
                                 "and save it as an Excel Workbook (.xlsx)."),
    "docx": lambda: translate("io", "it is a Word document, not a spreadsheet. Export the survey "
                              "data as .xlsx or CSV."),
    "pptx": lambda: translate("io", "it is a PowerPoint file, not a spreadsheet. Export the "
                              "survey data as .xlsx or CSV."),
    "doc": lambda: translate("io", "it is an old Office document (not an Excel workbook). Export "
                             "the survey data as .xlsx or CSV."),
    "odt": lambda: translate("io", "it is an OpenDocument text or presentation, not a "
                             "spreadsheet. Export the survey data as .ods, .xlsx or CSV."),
    "zip": lambda: translate("io", "it is a zip archive, not a workbook. Unzip it and open the "
                             "survey file inside."),
    "badzip": lambda: translate("io", "the workbook is damaged (perhaps cut off while copying or "
                                "downloading). Open it in Excel and save it again, or copy the "
                                "original file once more."),
    "pdf": lambda: translate("io", "it is a PDF document. ClusterDesk needs the survey data "
                             "itself: export it as .xlsx, CSV or SPSS .sav."),
    "rtf": lambda: translate("io", "it is an RTF text document. Export the survey data as .xlsx "
                             "or CSV."),
    "binary": lambda: translate("io", "it is not a format ClusterDesk reads (Excel "
                                ".xlsx/.xlsm/.xls, OpenDocument .ods, CSV/TSV/TXT text, SPSS "
                                ".sav/.zsav/.por or Stata .dta). Export the survey in one of "
                                "these."),
}


def detect(path: str | Path) -> str:
    """Format key of the file's content: xlsx, xlsm, xls, ods, text, sav, zsav, por, dta, or the
    reason it cannot be read (a key of the refusal messages)."""
    path = Path(path)
    size = path.stat().st_size
    if size == 0:
        return "empty"
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head.startswith(_ZIP):
        return _zip_kind(path)
    if head.startswith(_CFB):
        return _cfb_kind(path, size)
    if head.startswith(b"$FL3"):
        return "zsav"
    if head.startswith(b"$FL2"):
        return "sav"
    if b"SPSS PORT FILE" in head[:512]:
        return "por"
    if head.startswith(b"<stata_dta>") or _old_stata(head, path):
        return "dta"
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"{\\rtf"):
        return "rtf"
    text = _sniff_text(head)
    if text is None:
        return "binary"
    lowered = text.lstrip("\ufeff \t\r\n").lower()
    if lowered.startswith(("<!doctype html", "<html", "<table", "<meta", "<head")):
        return "html"
    if lowered.startswith("<?xml") and "urn:schemas-microsoft-com:office:spreadsheet" in lowered:
        return "xml2003"
    if lowered.startswith("<?xml") and "<html" in lowered[:2000]:
        return "html"
    return "text"


def require_readable(path: str | Path) -> str:
    """The format key, or a UserError naming the file, what it is and what to do."""
    kind = detect(path)
    if kind in _REFUSALS:
        raise refusal(path, kind)
    return kind


def refusal(path: str | Path, kind: str) -> UserError:
    """The message for a refusal key (also one found later, e.g. encryption seen by the parser)."""
    return UserError(translate("io", "ClusterDesk cannot read {file}: {why}").format(
        file=shown(path), why=_REFUSALS[kind]()))


def extension_warning(path: str | Path, kind: str) -> str | None:
    """A note when the name says one format and the content another (read by content)."""
    ext = Path(path).suffix.lower().lstrip(".")
    expected = {
        "xlsx": {"xlsx", "xlsm"}, "xlsm": {"xlsx", "xlsm"}, "xlsb": {"xlsb"}, "xls": {"xls"},
        "ods": {"ods"},
        "csv": {"text"}, "tsv": {"text"}, "txt": {"text"}, "tab": {"text"},
        "sav": {"sav", "zsav"}, "zsav": {"zsav", "sav"}, "por": {"por"}, "dta": {"dta"},
    }.get(ext)
    if expected is None or kind in expected:
        return None
    what = {"text": lambda: translate("io", "a text (CSV) file"),
            "xls": lambda: translate("io", "an old-style Excel (.xls) workbook"),
            "xlsx": lambda: translate("io", "an Excel .xlsx workbook"),
            "xlsm": lambda: translate("io", "an Excel .xlsm workbook"),
            "xlsb": lambda: translate("io", "an Excel binary (.xlsb) workbook"),
            "ods": lambda: translate("io", "an OpenDocument spreadsheet"),
            "sav": lambda: translate("io", "an SPSS .sav file"),
            "zsav": lambda: translate("io", "an SPSS .zsav file"),
            "por": lambda: translate("io", "an SPSS portable file"),
            "dta": lambda: translate("io", "a Stata file")}.get(kind, lambda: kind)()
    return translate("io", "{file} is named .{ext} but is really {what}; it was read as "
                     "such.").format(file=shown(path), ext=ext, what=what)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "mimetype" in names:
                mime = zf.read("mimetype")[:100]
                if b"opendocument.spreadsheet" in mime:
                    return "ods"
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return "badzip"
    except Exception:  # noqa: BLE001 - any failure to list a zip means it is damaged
        return "badzip"
    if "xl/workbook.bin" in names:
        return "xlsb"
    if "xl/workbook.xml" in names or any(n.startswith("xl/") for n in names):
        if "xl/vbaProject.bin" in names:
            return "xlsm"
        return "xlsx"
    if any(n.startswith("word/") for n in names):
        return "docx"
    if any(n.startswith("ppt/") for n in names):
        return "pptx"
    return "zip"


def _cfb_kind(path: Path, size: int) -> str:
    """Old Office container: encrypted OOXML, an .xls workbook or another Office document."""
    with open(path, "rb") as fh:
        if size <= 64 * 2**20:
            blob = fh.read()
        else:  # the directory of a big container sits near its start or its end
            blob = fh.read(8 * 2**20)
            fh.seek(size - 8 * 2**20)
            blob += fh.read()

    def has(name: str) -> bool:
        return name.encode("utf-16-le") in blob

    if has("EncryptionInfo") or has("EncryptedPackage"):
        return "encrypted"
    if has("Workbook") or has("Book"):
        return "xls"
    return "doc"


def _old_stata(head: bytes, path: Path) -> bool:
    """Stata formats 104-115 start with the version byte and a byte-order byte."""
    return (
        len(head) > 4 and 104 <= head[0] <= 115 and head[1] in (1, 2) and head[2] == 1
        and path.suffix.lower() == ".dta"
    )


def _sniff_text(head: bytes) -> str | None:
    """The start of the file as text, or None when it looks binary."""
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return head[2:].decode("utf-16-le" if head[0] == 0xFF else "utf-16-be", "replace")
    if head.startswith(b"\xef\xbb\xbf"):
        return head[3:].decode("utf-8", "replace")
    if head.count(0) > 0.05 * len(head):
        # UTF-16 without a byte-order mark: every other byte is zero for Latin text
        if len(head) >= 4 and head[1::2].count(0) > 0.8 * len(head[1::2]):
            return head.decode("utf-16-le", "replace")
        if len(head) >= 4 and head[0::2].count(0) > 0.8 * len(head[0::2]):
            return head.decode("utf-16-be", "replace")
        return None
    controls = sum(1 for b in head if b < 32 and b not in (0, 9, 10, 13, 12))
    if controls > 0.02 * len(head):
        return None
    return head.decode("utf-8", "replace")
