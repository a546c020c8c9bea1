"""Labels of SPSS/Stata files in mixed or declared encodings (spec section 7, "Encodings").

pyreadstat writes UTF-8 texts. A file with Latin-1 labels among UTF-8 ones, as a real Stata export
had, is made by writing ASCII placeholders of the same byte length (so no offset in the file
changes) and replacing each one's bytes with the Latin-1 bytes of the intended text.
"""

from __future__ import annotations

from pathlib import Path

import clusterdesk.io as io

# placeholder (ASCII) -> the text whose Latin-1 bytes replace it; same length in bytes
LATIN1 = {"SQRlandet": "Sørlandet", "TrQndelag": "Trøndelag", "Fylke og omrQde": "Fylke og område"}


def _patched(path: Path, texts: dict[str, str]) -> None:
    raw = path.read_bytes()
    for placeholder, text in texts.items():
        new = text.encode("latin-1")
        assert len(new) == len(placeholder.encode("ascii"))
        assert raw.count(placeholder.encode("ascii")) == 1, placeholder  # only the label
        raw = raw.replace(placeholder.encode("ascii"), new)
        assert new.decode("latin-1") == text and _not_utf8(new)
    path.write_bytes(raw)


def _not_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    return False


def _survey():
    import pandas as pd

    return pd.DataFrame({"region": [1, 2, 3, 4, 2], "inno": [1, 0, 1, 1, 0]})


def _write_dta(path: Path, latin: dict[str, str]) -> None:
    import pyreadstat

    pyreadstat.write_dta(
        _survey(), str(path), column_labels=["Fylke og omrQde", "Innovasjon på tre år"],
        variable_value_labels={"region": {1: "Øst-Norge", 2: "SQRlandet", 3: "Vestlandet",
                                          4: "TrQndelag"},
                               "inno": {1: "Ja", 0: "Nei"}})
    _patched(path, latin)


def test_stata_labels_mixing_utf8_and_latin1_are_read_with_a_warning(tmp_path):
    p = tmp_path / "cis panel.dta"
    _write_dta(p, LATIN1)
    t = io.read(p)
    assert t.data["region"].tolist() == ["Øst-Norge", "Sørlandet", "Vestlandet", "Trøndelag",
                                         "Sørlandet"]
    assert t.data["inno"].tolist() == ["Ja", "Nei", "Ja", "Ja", "Nei"]
    assert t.labels == {"region": "Fylke og område", "inno": "Innovasjon på tre år"}
    warned = [w for w in t.report.warnings if "Windows-1252" in w]
    assert len(warned) == 1
    assert "'cis panel.dta'" in warned[0] and "3 label(s)" in warned[0]
    for text in ("'Sørlandet' (column 'region')", "'Trøndelag' (column 'region')",
                 "'Fylke og område' (column 'region')"):
        assert text in warned[0]
    assert t.report.encoding == "UTF-8"


def test_a_clean_stata_file_has_no_encoding_warning(tmp_path):
    p = tmp_path / "clean.dta"
    _write_dta(p, {})
    t = io.read(p)
    assert t.data["region"].tolist()[:4] == ["Øst-Norge", "SQRlandet", "Vestlandet", "TrQndelag"]
    assert not any("Windows-1252" in w for w in t.report.warnings)


def test_declared_encoding_applies_to_stata_labels(tmp_path):
    """A .dta whose texts are all Windows-1252 (an older Stata's): with the encoding declared
    they read right and without a warning; undeclared they read right too, with the warning."""
    import pyreadstat

    p = tmp_path / "old.dta"
    pyreadstat.write_dta(_survey(), str(p), column_labels=["Fylke og omrQde", "Innovasjon"],
                         variable_value_labels={"region": {1: "SQRlandet", 2: "TrQndelag"}})
    _patched(p, LATIN1)
    declared = io.read(p, encoding="cp1252")
    assert declared.data["region"].tolist()[:3] == ["Sørlandet", "Trøndelag", 3]
    assert declared.labels["region"] == "Fylke og område"
    assert not any("Windows-1252" in w for w in declared.report.warnings)
    guessed = io.read(p)
    assert guessed.data["region"].tolist()[:3] == ["Sørlandet", "Trøndelag", 3]
    assert any("Windows-1252" in w for w in guessed.report.warnings)


def test_spss_labels_mixing_utf8_and_latin1(tmp_path):
    import pyreadstat

    p = tmp_path / "survey.sav"
    pyreadstat.write_sav(_survey().astype(float), str(p),
                         column_labels={"region": "Fylke og omrQde", "inno": "Innovasjon"},
                         variable_value_labels={"region": {1: "Øst-Norge", 2: "SQRlandet"}},
                         missing_ranges={"inno": [9.0]})
    _patched(p, {k: v for k, v in LATIN1.items() if k != "TrQndelag"})
    t = io.read(p)
    assert t.data["region"].tolist() == ["Øst-Norge", "Sørlandet", 3.0, 4.0, "Sørlandet"]
    assert t.labels["region"] == "Fylke og område"
    assert any("Windows-1252" in w and "'Sørlandet' (column 'region')" in w
               for w in t.report.warnings)
