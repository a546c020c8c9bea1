"""Hand-made OOXML and other containers for tests: every byte is ours, so a test can lie in one
place (a count, a size, an attribute) and keep the rest of the file valid."""

from __future__ import annotations

import struct
import zipfile
import zlib
from pathlib import Path

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
SHEET_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


def col(n: int) -> str:
    """1 -> A, 27 -> AA."""
    s = ""
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def cell(ref: str, value) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        text = value.replace("&", "&amp;").replace("<", "&lt;")
        return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def rows_xml(rows: list[list]) -> str:
    out = []
    for i, row in enumerate(rows, start=1):
        cells = "".join(cell(f"{col(j)}{i}", v) for j, v in enumerate(row, start=1))
        out.append(f'<row r="{i}">{cells}</row>')
    return "".join(out)


def sheet_xml(body: str, dimension: str | None = None, prolog: str = "") -> str:
    dim = f'<dimension ref="{dimension}"/>' if dimension else ""
    return (f'<?xml version="1.0" encoding="UTF-8"?>{prolog}<worksheet xmlns="{MAIN}">{dim}'
            f"<sheetData>{body}</sheetData></worksheet>")


def write_xlsx(path: Path, sheets: list[tuple[str, str]] | None = None, *, shared: str | None = None,
               hidden: set[str] = frozenset(), workbook_pr: str = "", workbook_prolog: str = "",
               extra: dict[str, bytes] | None = None, vba: bool = False) -> Path:
    """A workbook from (name, sheet xml) pairs; ``shared`` is a whole sharedStrings.xml."""
    sheets = sheets or [("Data", sheet_xml(rows_xml([["Firm", "Region"], ["A", "Oslo"]])))]
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" ContentType="{SHEET_CT}"/>'
        for i in range(1, len(sheets) + 1))
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/'
        'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
        '"application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' + overrides + "</Types>")
    root_rels = (f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">'
                 f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
                 "</Relationships>")
    state = ' state="hidden"'
    entries = "".join(
        f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"{state if name in hidden else ""}/>'
        for i, (name, _x) in enumerate(sheets, start=1))
    workbook = (f'<?xml version="1.0" encoding="UTF-8"?>{workbook_prolog}<workbook xmlns="{MAIN}" '
                f'xmlns:r="{REL}"><workbookPr {workbook_pr}/><sheets>{entries}</sheets></workbook>')
    rels = "".join(f'<Relationship Id="rId{i}" Type="{REL}/worksheet" '
                   f'Target="worksheets/sheet{i}.xml"/>' for i in range(1, len(sheets) + 1))
    if shared is not None:
        rels += (f'<Relationship Id="rId{len(sheets) + 1}" Type="{REL}/sharedStrings" '
                 'Target="sharedStrings.xml"/>')
    wb_rels = f'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="{PKG}">{rels}' \
              "</Relationships>"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", root_rels)
        zf.writestr("xl/workbook.xml", workbook)
        zf.writestr("xl/_rels/workbook.xml.rels", wb_rels)
        for i, (_name, xml) in enumerate(sheets, start=1):
            zf.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if shared is not None:
            zf.writestr("xl/sharedStrings.xml", shared)
        if vba:
            zf.writestr("xl/vbaProject.bin", b"\x00" * 64)
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def shared_strings(texts: list[str], declared: int | None = None) -> str:
    n = len(texts) if declared is None else declared
    items = "".join(f"<si><t>{t}</t></si>" for t in texts)
    return (f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{MAIN}" count="{n}" '
            f'uniqueCount="{n}">{items}</sst>')


def forge_sizes(path: Path, member: str, declared: int) -> None:
    """Rewrite the uncompressed size a zip member claims (local and central headers)."""
    data = bytearray(path.read_bytes())
    name = member.encode()
    pos = 0
    while (pos := data.find(b"PK\x03\x04", pos)) >= 0:
        n_len, x_len = struct.unpack_from("<HH", data, pos + 26)
        if data[pos + 30:pos + 30 + n_len] == name:
            struct.pack_into("<I", data, pos + 22, declared)
        pos += 4
    pos = 0
    while (pos := data.find(b"PK\x01\x02", pos)) >= 0:
        n_len = struct.unpack_from("<H", data, pos + 28)[0]
        if data[pos + 46:pos + 46 + n_len] == name:
            struct.pack_into("<I", data, pos + 24, declared)
        pos += 4
    path.write_bytes(bytes(data))


def zip_member_raw(zf: zipfile.ZipFile, name: str, payload: bytes, level: int = 9) -> None:
    """Add a deflated member without holding the compressor's defaults (for bombs)."""
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    zf.writestr(info, payload, compress_type=zipfile.ZIP_DEFLATED, compresslevel=level)


def cfb(stream_names: list[str], size: int = 4096) -> bytes:
    """A Compound File (old Office container) header with directory names, not a full file."""
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    names = b"".join(n.encode("utf-16-le").ljust(64, b"\x00") + b"\x00" * 64
                     for n in ["Root Entry"] + stream_names)
    body = names + bytes(range(256)) * 4
    return (head + body).ljust(size, b"\x01")


def ods(path: Path, rows: list[list], repeated_rows: int | None = None) -> Path:
    """A minimal OpenDocument spreadsheet; ``repeated_rows`` adds one row repeated that often."""
    def c(v):
        if v is None:
            return "<table:table-cell/>"
        if isinstance(v, str):
            return f'<table:table-cell office:value-type="string"><text:p>{v}</text:p>' \
                   "</table:table-cell>"
        return f'<table:table-cell office:value-type="float" office:value="{v}"/>'
    body = "".join("<table:table-row>" + "".join(c(v) for v in r) + "</table:table-row>"
                   for r in rows)
    if repeated_rows:
        body += (f'<table:table-row table:number-rows-repeated="{repeated_rows}">'
                 '<table:table-cell table:number-columns-repeated="16384" '
                 'office:value-type="float" office:value="1"/></table:table-row>')
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Data">' + body +
        "</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:'
        'names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry '
        'manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.'
        'spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet",
                    compress_type=zipfile.ZIP_STORED)
        zf.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
    return path


def deflate_size(payload: bytes) -> int:
    return len(zlib.compress(payload, 9))
