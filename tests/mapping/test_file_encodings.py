"""Mapping and project files saved again by a Windows editor in another encoding (Notepad's
UTF-8, UTF-8 with BOM, "Unicode" = UTF-16 LE, UTF-16 BE, "ANSI" = Windows-1252) read as written."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from clusterdesk.io.textcodec import decode_text, text_encoding
from clusterdesk.mapping import fileformat, project
from clusterdesk.mapping.model import Settings

DOCUMENT = {
    "format": "clusterdesk-mapping",
    "version": 1,
    "source": {"sheet": "Spørreskjema", "header_row": 2, "header_rows": 1},
    "columns": {"region": "Fylke/område", "customers": "Kunder – viktigste (å)",
                "product": "Ny vare: ÆØÅ æøå", "employees": "Årsverk"},
    "codes": {"location": {"regional": ["I regionen"], "national": ["Ellers i Norge"],
                           "international": ["Utlandet"], "missing": ["Vet ikke"]},
              "yes_no": {"yes": ["Ja"], "no": ["Nei"], "missing": ["Vet ikke"]}},
    "order": {"region": ["Tromsø", "Bodø", "Ålesund", "Kristiansund"]},
    "settings": {"min_answered": 4},
}

# how each editor's choice writes the text: (name, function text -> bytes)
ENCODINGS = [
    ("utf-8", lambda t: t.encode("utf-8")),
    ("utf-8 with BOM", lambda t: t.encode("utf-8-sig")),
    ("utf-16 LE with BOM", lambda t: b"\xff\xfe" + t.encode("utf-16-le")),
    ("utf-16 BE with BOM", lambda t: b"\xfe\xff" + t.encode("utf-16-be")),
    ("utf-16 LE without BOM", lambda t: t.encode("utf-16-le")),
    ("windows-1252", lambda t: t.encode("cp1252")),
]


def _windows_text(document: dict) -> str:
    """The JSON as an editor shows it: indented, letters as letters, CRLF line ends."""
    return json.dumps(document, ensure_ascii=False, indent=2).replace("\n", "\r\n")


@pytest.mark.parametrize(("name", "encode"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_mapping_file_in_any_windows_encoding(tmp_path: Path, name, encode):
    path = tmp_path / "survey.clusterdesk.json"
    data = encode(_windows_text(DOCUMENT))
    if name == "windows-1252":  # the letters really are single Latin-1 bytes, not UTF-8
        assert b"Troms\xf8" in data and b"\x96" in data
    path.write_bytes(data)
    m = fileformat.load(path)
    assert m.columns == DOCUMENT["columns"]
    assert m.order == DOCUMENT["order"]
    assert m.source.sheet == "Spørreskjema" and m.source.header_row == 2
    assert m.codes.location["missing"] == ["Vet ikke"]
    # the same mapping as the plain UTF-8 file gives
    plain = tmp_path / "plain.clusterdesk.json"
    plain.write_text(json.dumps(DOCUMENT), encoding="utf-8")
    assert fileformat.to_dict(m) == fileformat.to_dict(fileformat.load(plain))


@pytest.mark.parametrize(("name", "encode"), ENCODINGS, ids=[e[0] for e in ENCODINGS])
def test_project_file_in_any_windows_encoding(tmp_path: Path, name, encode):
    survey = tmp_path / "Undersøkelse 2024.csv"
    survey.write_text("Fylke/område\r\nTromsø\r\n", encoding="utf-8")
    saved = tmp_path / "Prosjekt.clusterdesk-project.json"
    original = project.Project(source_path=survey,
                               mapping=fileformat.from_dict(dict(DOCUMENT)),
                               settings=Settings(min_answered=3))
    project.save(original, saved)
    document = json.loads(saved.read_text(encoding="utf-8"))
    saved.write_bytes(encode(_windows_text(document)))
    again = project.load(saved)
    assert again.source_path == survey
    assert again.mapping.columns == DOCUMENT["columns"]
    assert again.settings == original.settings
    assert project.to_dict(again, relative_to=tmp_path) == document


def test_what_each_encoding_is_found_to_be():
    text = '{"a": "æøå ÆØÅ – Tromsø"}'
    assert text_encoding(text.encode("utf-8")) == ("utf-8", 0)
    assert text_encoding(text.encode("utf-8-sig")) == ("utf-8", 3)
    assert text_encoding(b"\xff\xfe" + text.encode("utf-16-le")) == ("utf-16-le", 2)
    assert text_encoding(b"\xfe\xff" + text.encode("utf-16-be")) == ("utf-16-be", 2)
    assert text_encoding(text.encode("utf-16-be")) == ("utf-16-be", 0)
    assert text_encoding(text.encode("cp1252")) == ("cp1252", 0)
    for data in (text.encode("utf-8-sig"), text.encode("utf-16"), text.encode("cp1252")):
        assert decode_text(data) == text
    assert decode_text(b"") == ""


def test_a_broken_utf16_file_is_refused_as_broken_json_naming_it(tmp_path: Path):
    from clusterdesk.errors import UserError

    path = tmp_path / "cut.clusterdesk.json"
    path.write_bytes((b"\xff\xfe" + _windows_text(DOCUMENT).encode("utf-16-le"))[:301])
    with pytest.raises(UserError, match="'cut.clusterdesk.json' is not valid JSON"):
        fileformat.load(path)
