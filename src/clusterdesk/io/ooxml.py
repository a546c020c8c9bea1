"""Checks on an .xlsx/.xlsm/.ods zip BEFORE any parser sees it.

python-calamine allocates what a file declares (a shared-string count, the span of its cells) and
aborts the whole process when that fails; openpyxl takes minutes. So the zip's sizes, the declared
counts and part sizes are measured here first (the cells' extent in sheetscan.py), and a file
that lies or is too large is refused with a message instead of reaching the parser.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from clusterdesk.errors import UserError
from clusterdesk.io.limits import Limits
from clusterdesk.io.names import shown, size_text
from clusterdesk.runtime import pause
from clusterdesk.texts import count, translate

_CHUNK = 4 * 2**20
_BOMB_MIN = 64 * 2**20  # below this uncompressed size a high ratio is just repetitive XML

_SST_COUNT = re.compile(rb'uniqueCount="(\d+)"')
_SST_COUNT_ANY = re.compile(rb'\bcount="(\d+)"')


def damaged(path: str | Path, why: str = "") -> UserError:
    """The one message for a workbook that cannot be read safely, with a reason when known."""
    if why:
        text = translate("io", "ClusterDesk could not read {file}: the file is damaged or too "
                         "large to open safely ({why}). Open it in Excel or LibreOffice, save it "
                         "again as .xlsx (or export the data as CSV), and try again.")
    else:
        text = translate("io", "ClusterDesk could not read {file}: the file is damaged or too "
                         "large to open safely. Open it in Excel or LibreOffice, save it again "
                         "as .xlsx (or export the data as CSV), and try again.")
    return UserError(text.format(file=shown(path), why=why))


@dataclass
class WorkbookFacts:
    """Sheets in workbook order (hidden marked), their parts, and the date system."""

    sheets: list[tuple[str, str, bool]] = field(default_factory=list)  # name, part, hidden
    date1904: bool = False
    shared_strings: str | None = None


def check_zip(path: Path, limits: Limits) -> zipfile.ZipFile:
    """Open the zip after checking member count, sizes and ratios; the caller closes it."""
    try:
        zf = zipfile.ZipFile(path)
        infos = zf.infolist()
    except Exception as exc:  # noqa: BLE001 - any zip failure means damaged
        raise damaged(path, translate("io", "its zip structure is broken")) from exc
    if len(infos) > limits.max_members:
        zf.close()
        raise damaged(path, translate("io", "it holds {n} parts; a workbook has a few "
                                      "dozen").format(n=count(len(infos))))
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > limits.max_part_bytes:
            zf.close()
            raise damaged(path, translate("io", "one part unpacks to {size}").format(
                size=size_text(info.file_size)))
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > _BOMB_MIN and ratio > limits.max_ratio:
            zf.close()
            raise damaged(path, translate("io", "one part is compressed {ratio} to 1, like a "
                                          "zip bomb").format(ratio=count(ratio)))
    if total > limits.max_total_bytes:
        zf.close()
        raise damaged(path, translate("io", "it unpacks to {size}").format(
            size=size_text(total)))
    return zf


def _read_small(zf: zipfile.ZipFile, name: str, path: Path, limit: int = 16 * 2**20) -> bytes:
    try:
        with zf.open(name) as fh:
            data = fh.read(limit + 1)
    except KeyError as exc:
        raise damaged(path, translate("io", "the part {part} is missing").format(
            part=name)) from exc
    except Exception as exc:  # noqa: BLE001 - CRC errors, truncation, bad compression
        raise damaged(path, _unpack(name)) from exc
    if len(data) > limit:
        raise damaged(path, translate("io", "the part {part} is unusually large").format(
            part=name))
    return data


def _parse(data: bytes, name: str, path: Path):
    """Parse OOXML with DTDs and entities refused (billion laughs, external entities)."""
    import defusedxml.ElementTree as safe_et
    from defusedxml import DefusedXmlException

    try:
        return safe_et.fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UserError(translate(
            "io", "ClusterDesk refused {file}: its part {part} declares XML entities or a "
            "document type, which spreadsheets never need and which can be used to attack the "
            "computer opening it. Open it in Excel, save it again as .xlsx and retry.").format(
                file=shown(path), part=name)) from exc
    except Exception as exc:  # noqa: BLE001 - ParseError and friends
        raise damaged(path, translate("io", "the part {part} is not valid XML").format(
            part=name)) from exc


def workbook_facts(zf: zipfile.ZipFile, path: Path, limits: Limits) -> WorkbookFacts:
    """Sheet names, visibility and parts from workbook.xml and its relationships."""
    _parse(_read_small(zf, "[Content_Types].xml", path), "[Content_Types].xml", path)
    root = _parse(_read_small(zf, "xl/workbook.xml", path), "xl/workbook.xml", path)
    rels_name = "xl/_rels/workbook.xml.rels"
    rels = _parse(_read_small(zf, rels_name, path), rels_name, path)
    targets = {}
    shared = None
    for rel in (el for el in rels.iter() if _local(el.tag) == "Relationship"):
        target = rel.get("Target", "")
        part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(
            posixpath.join("xl", target))
        targets[rel.get("Id")] = part
        if rel.get("Type", "").endswith("/sharedStrings"):
            shared = part
    facts = WorkbookFacts(shared_strings=shared)
    # by local name, so Strict OOXML (purl.oclc.org namespaces) reads like Transitional
    pr = next((el for el in root.iter() if _local(el.tag) == "workbookPr"), None)
    facts.date1904 = pr is not None and pr.get("date1904", "0").lower() in ("1", "true")
    names = zf.namelist()
    for sheet in (el for el in root.iter() if _local(el.tag) == "sheet"):
        rid = next((v for k, v in sheet.attrib.items() if _local(k) == "id"), None)
        part = targets.get(rid, "")
        hidden = sheet.get("state", "visible") in ("hidden", "veryHidden")
        facts.sheets.append((sheet.get("name", ""), part if part in names else "", hidden))
    if len(facts.sheets) > limits.max_sheets:
        raise damaged(path, translate("io", "it has {n} sheets").format(
            n=count(len(facts.sheets))))
    if shared and shared in names:
        _check_shared_strings(zf, shared, path, limits)
    for extra in ("xl/styles.xml",):
        if extra in names:
            _guard_xml(zf, extra, path, limits)
    return facts


def _local(tag: str) -> str:
    """An XML name without its namespace."""
    return tag.rsplit("}", 1)[-1]


def head(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        with zf.open(name) as fh:
            return fh.read(8192)
    except Exception as exc:  # noqa: BLE001
        raise damaged(path, _unpack(name)) from exc


def _unpack(part: str) -> str:
    return translate("io", "the part {part} cannot be unpacked").format(part=part)


def refuse_dtd(head: bytes, name: str, path: Path) -> None:
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
        _parse(head, name, path)  # raises the entity message
        raise damaged(path, translate("io", "the part {part} declares a document type").format(
            part=name))


def _guard_xml(zf: zipfile.ZipFile, name: str, path: Path, limits: Limits) -> int:
    """Refuse a DTD and measure the real unpacked size (zip headers can lie)."""
    refuse_dtd(head(zf, name, path), name, path)
    size = 0
    try:
        with zf.open(name) as fh:
            while chunk := fh.read(_CHUNK):
                pause()  # a long loop in a worker thread: the window's thread gets its turn
                size += len(chunk)
                if size > limits.max_part_bytes:
                    raise damaged(path, translate(
                        "io", "the part {part} unpacks to more than {size}").format(
                            part=name, size=size_text(limits.max_part_bytes)))
    except UserError:
        raise
    except Exception as exc:  # noqa: BLE001 - CRC mismatch when the header lied
        raise damaged(path, _unpack(name)) from exc
    return size


def _check_shared_strings(zf: zipfile.ZipFile, name: str, path: Path, limits: Limits) -> None:
    """The declared string count must fit the part: each string takes at least 10 bytes."""
    start = head(zf, name, path)
    size = _guard_xml(zf, name, path, limits)
    tag_end = start.find(b">", start.find(b"<sst"))
    tag = start[: tag_end + 1] if tag_end > 0 else start[:512]
    declared = [int(m) for m in _SST_COUNT.findall(tag)]
    if not declared:
        declared = [int(m) for m in _SST_COUNT_ANY.findall(tag)]
    strings = max(declared, default=0)
    if strings > limits.max_shared_strings or strings > size // 10 + 1000:
        raise damaged(path, translate("io", "it declares {n} text values but holds room for at "
                                      "most {room}").format(n=count(strings),
                                                            room=count(size // 10)))


def check_ods(zf: zipfile.ZipFile, path: Path, limits: Limits) -> None:
    """OpenDocument: refuse DTDs and measure the real size of content.xml and styles.xml."""
    for name in ("content.xml", "styles.xml"):
        if name in zf.namelist():
            _guard_xml(zf, name, path, limits)
