"""CSV/TSV files in every encoding and layout agencies send, and SPSS/Stata written by pyreadstat."""

from __future__ import annotations

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError


def test_latin1_semicolon_csv_with_decimal_commas(tmp_path):
    p = tmp_path / "nordic.csv"
    text = ("Bedrift;Region;Ansatte;FoU-andel\r\n"
            "Ås Mekaniske;Trøndelag;12;3,5\r\n"
            "Bø Data;Østlandet;007;12,25\r\n"
            ";;;\r\n")
    p.write_bytes(text.encode("latin-1"))
    t = io.read(p)
    assert t.report.encoding == "cp1252"
    assert t.report.delimiter == ";"
    assert t.report.decimal_comma is True
    assert t.columns == ["Bedrift", "Region", "Ansatte", "FoU-andel"]
    assert t.data["Region"].tolist() == ["Trøndelag", "Østlandet"]
    assert t.data["Ansatte"].tolist() == ["12", "007"]  # text stays text: 007 keeps its zeros
    assert t.data["FoU-andel"].tolist() == ["3,5", "12,25"]  # the engine converts
    assert t.report.blank_rows_dropped == 1
    assert t.file_rows.tolist() == [2, 3]


def test_utf8_bom_comma_csv_has_no_decimal_comma(tmp_path):
    p = tmp_path / "bom.csv"
    p.write_bytes("\ufeffFirm,Share\nA,0.5\nB,1.25\n".encode())
    t = io.read(p)
    assert t.report.encoding == "utf-8-sig" and t.columns == ["Firm", "Share"]
    assert t.report.decimal_comma is False


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le"])
def test_utf16_tab_separated(tmp_path, encoding):
    p = tmp_path / f"{encoding}.txt"
    p.write_bytes("Firma\tRegion\nÆrlig AS\tBergen\n".encode(encoding))
    t = io.read(p)
    assert t.report.delimiter == "\t"
    assert t.columns == ["Firma", "Region"] and t.data.iloc[0].tolist() == ["Ærlig AS", "Bergen"]


def test_cr_only_line_endings_and_quoted_line_breaks(tmp_path):
    p = tmp_path / "mac.csv"
    p.write_bytes(b'Firm,Comment\r"A","two\rlines"\r"B","plain"\r')
    t = io.read(p)
    assert t.n_rows == 2
    assert t.data["Comment"].tolist() == ["two\rlines", "plain"]
    assert any("CR only" in w for w in t.report.warnings)


def test_excel_sep_hint_line(tmp_path):
    p = tmp_path / "hint.csv"
    p.write_text("sep=;\nFirm;Region\nA;Oslo\n", encoding="utf-8")
    t = io.read(p)
    assert t.columns == ["Firm", "Region"] and t.report.delimiter == ";"


def test_ragged_rows_keep_extra_fields(tmp_path):
    p = tmp_path / "ragged.csv"
    p.write_text("Firm,Region\nA,Oslo\nB,Bergen,extra\n", encoding="utf-8")
    t = io.read(p)
    assert t.columns == ["Firm", "Region", "Column 3"]
    assert t.data["Column 3"].tolist() == [None, "extra"]


def test_given_encoding_and_delimiter_win(tmp_path):
    p = tmp_path / "given.csv"
    p.write_bytes("a|b\nø|1\n".encode("cp1252"))
    t = io.read(p, encoding="cp1252", delimiter="|")
    assert t.columns == ["a", "b"] and t.data["a"].tolist() == ["ø"]
    with pytest.raises(UserError, match="cannot be read as utf-8"):
        io.read(p, encoding="utf-8")


def test_spss_value_labels_user_missing_and_variable_labels(tmp_path):
    import pandas as pd
    import pyreadstat

    p = tmp_path / "survey.sav"
    df = pd.DataFrame({"region": [1.0, 2.0, 9.0, 1.0], "sp1": [1.0, 0.0, 8.0, 3.0],
                       "ansatte": [10.0, 250.0, 99.0, None]})
    pyreadstat.write_sav(
        df, str(p),
        column_labels={"region": "Hvor ligger bedriften?", "sp1": "Ny vare siste 3 år?",
                       "ansatte": "Antall ansatte"},
        variable_value_labels={"region": {1.0: "Oslo", 2.0: "Bergen", 9.0: "Vet ikke"},
                               "sp1": {1.0: "Ja", 0.0: "Nei", 8.0: "Vet ikke"}},
        missing_ranges={"region": [9.0], "sp1": [8.0], "ansatte": [{"lo": 99.0, "hi": 99.0}]},
    )
    t = io.read(p)
    assert t.columns == ["region", "sp1", "ansatte"]
    assert t.data["region"].tolist() == ["Oslo", "Bergen", None, "Oslo"]
    assert t.data["sp1"].tolist() == ["Ja", "Nei", None, 3.0]  # unlabelled value kept as is
    assert t.data["ansatte"].tolist()[:3] == [10.0, 250.0, None]
    assert t.labels == {"region": "Hvor ligger bedriften?", "sp1": "Ny vare siste 3 år?",
                        "ansatte": "Antall ansatte"}
    assert any("3 user-missing" in w for w in t.report.warnings)
    assert io.list_sheets(p)[0].name == "survey"


def test_stata_file_with_labels(tmp_path):
    import pandas as pd
    import pyreadstat

    p = tmp_path / "survey.dta"
    df = pd.DataFrame({"region": [1, 2, 1], "product": [1, 0, 1]})
    pyreadstat.write_dta(df, str(p), column_labels=["Region", "Product innovation"],
                         variable_value_labels={"region": {1: "Oslo", 2: "Bergen"}})
    t = io.read(p)
    assert t.report.file_format == "dta"
    assert t.data["region"].tolist() == ["Oslo", "Bergen", "Oslo"]
    assert t.labels == {"region": "Region", "product": "Product innovation"}


@pytest.mark.parametrize("suffix", [".zsav", ".por"])
def test_compressed_and_portable_spss(tmp_path, suffix):
    import pandas as pd
    import pyreadstat

    p = tmp_path / f"survey{suffix}"
    df = pd.DataFrame({"REGION": [1.0, 2.0], "PRODUCT": [1.0, 0.0]})
    if suffix == ".zsav":
        pyreadstat.write_sav(df, str(p), compress=True,
                             variable_value_labels={"REGION": {1.0: "Oslo", 2.0: "Bergen"}})
    else:
        pyreadstat.write_por(df, str(p))
    t = io.read(p)
    assert t.report.file_format == suffix.lstrip(".")
    assert t.n_rows == 2 and t.columns == ["REGION", "PRODUCT"]
    if suffix == ".zsav":
        assert t.data["REGION"].tolist() == ["Oslo", "Bergen"]


@pytest.mark.parametrize("piece", [None, 1000])
def test_a_long_csv_read_in_pieces_equals_one_read(tmp_path, monkeypatch, piece):
    """Past CHUNK_ROWS rows the file is parsed in pieces joined column by column (and with a
    small PIECE, decoded in many pieces cutting letters and lines apart); blanks, text and
    numbers must come out exactly as one pandas read of the whole file gives them."""
    import pandas as pd

    from clusterdesk.io import delimited
    from clusterdesk.io.delimited import CHUNK_ROWS

    if piece:
        monkeypatch.setattr(delimited, "PIECE", piece)
    n = 2 * CHUNK_ROWS + 123
    lines = ["firm;region;employees;note"]
    for i in range(n):
        note = "" if i % 3 else f"ÆØÅ {i}"
        lines.append(f"{i};{['Oslo', 'Bergen', ''][i % 3]};{i % 250};{note}")
    path = tmp_path / "long.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    raw = io.read(path)
    whole = pd.read_csv(path, sep=";", dtype=object, keep_default_na=False)
    assert len(raw.data) == n and raw.columns == ["firm", "region", "employees", "note"]
    assert raw.data["employees"].tolist() == whole["employees"].tolist()  # text stays text
    assert raw.data["region"].tolist() == [v or None for v in whole["region"]]
    assert raw.data["note"].tolist() == [v or None for v in whole["note"]]


def test_decoding_in_pieces_keeps_letters_cut_between_pieces():
    from clusterdesk.io.delimited import _decode_in_pieces

    text = "Næring;Byregion\nØstfold;Tromsø\n" * 5
    raw = text.encode("utf-8")
    assert "".join(_decode_in_pieces(raw, "utf-8", piece=7)) == text  # 7 bytes cut 'æ' and 'ø' apart
    assert "".join(_decode_in_pieces(text.encode("cp1252"), "cp1252", piece=5)) == text
