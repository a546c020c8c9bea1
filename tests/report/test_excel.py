"""The report workbook, written for real and read back with openpyxl."""

import os

import openpyxl
import pandas as pd
import pytest

import clusterdesk
from clusterdesk.analysis.results import (
    COUNT,
    Column,
    GroupTest,
    InputSummary,
    ModelResult,
    RegressionResult,
    Results,
    ResultTable,
    Row,
    Term,
)
from clusterdesk.errors import Cancelled, UserError
from clusterdesk.mapping.model import Codes, Mapping, Settings
from clusterdesk.report.excel import write_workbook
from clusterdesk.report.excel_safe import EXCEL_MAX_TEXT
from clusterdesk.report.labels import row_label
from clusterdesk.runtime import Task

FACTOR_KEYS = ("customers", "suppliers", "competitors", "labour", "research", "capital")


def make_results(regions=("Oslo", "Bergen"), sector=("Manufacturing", "Construction"),
                 note: str | None = None, weighted: bool = False) -> Results:
    """A small Results built by hand: every number below is what the sheets must show."""
    outcomes = ["product", "product_new_to_market", "process", "process_new_to_industry"]
    t2_cols = [Column(o, o) for o in outcomes] + [Column("n", "Number of firms", COUNT, "count")]
    t2_rows = [Row(r, r, [50.0 + i, 20.25 + i, 40.0, 10.0, 30 + i],
                   [45.125 + i, 15.0, 35.0, 7.5, None], [55.5 + i, 25.0, 45.0, 12.5, None])
               for i, r in enumerate(regions)]
    t2_rows.append(Row("Total", "Total", [51.0, 21.0, 40.0, 10.0, 61],
                       [47.0, 17.0, 36.0, 8.0, None], [55.0, 25.0, 44.0, 12.0, None],
                       kind="total"))
    t2 = ResultTable("innovation_by_region", "Table 2", t2_cols, t2_rows,
                     notes=[note] if note else [],
                     tests=[GroupTest("product", "Product innovation", 19.04, 4, 0.00077),
                            GroupTest("process", "Process innovation", 5.8, 4, 0.2146,
                                      approximate=weighted)],
                     row_header="Regions", tests_by="column")
    t3_cols = [Column(r, r) for r in regions] + [Column("Total", "Total")]
    k3 = len(regions) + 1
    t3_rows = [Row(f, f, [60.0 + k] + [50.0] * (k3 - 1), [50.0] * k3, [70.0] * k3)
               for k, f in enumerate(FACTOR_KEYS)]
    t3_rows.append(Row("average", "Average", [62.5] + [50.0] * (k3 - 1), [None] * k3,
                       [None] * k3, kind="average"))
    t3 = ResultTable("cluster_extent", "Table 3", t3_cols, t3_rows,
                     tests=[GroupTest(f, f, 3.0, 1, 0.08) for f in FACTOR_KEYS])
    t4 = ResultTable("innovation_by_location", "Table 4",
                     [Column(x, x) for x in ("regional", "national", "international")],
                     [Row(f, f, [40.0, 50.0, 60.0], [30.0, 40.0, 50.0], [50.0, 60.0, 70.0])
                      for f in FACTOR_KEYS])
    t5 = ResultTable("cluster_classification", "Table 5",
                     [Column(x, x) for x in ("non_regional", "regional", "all")],
                     [Row(o, o, [70.2, 49.1, 59.7], [60.0, 40.0, 55.0], [80.0, 58.0, 64.0])
                      for o in outcomes]
                     + [Row("n", "N firms", [20, 30, 61], [None] * 3, [None] * 3, kind="count")],
                     tests=[GroupTest("product", "", 12.0, 1, 0.0005, fisher_p=0.0007)])
    t1 = ResultTable("sample_categories", "Table 1",
                     [Column("n", "Number of firms", COUNT, "count"), Column("pct", "% of sample")],
                     [Row(r, r, [30 + i, 49.180327868852459 + i], group="region")
                      for i, r in enumerate(regions)]
                     + [Row("missing", "Missing", [3, None], group="region", kind="missing")])
    t1n = ResultTable("sample_numbers", "Table 1 (continued)",
                      [Column("n", "N", COUNT, "count"), Column("mean", "Mean")],
                      [Row("employees", "Number of employees", [61, 71.8333])])
    terms = [Term("national", "National cluster", 0.2345, 0.08, 2.9, 0.004, 1.264, 5.5, 1.9,
                  0.004),
             Term("international", "International cluster", -0.2, 0.15, -1.3, 0.19, 0.82, -4.0,
                  3.0, 0.18),
             Term("rd_expenditure", "R&D expenditure", 0.48, 0.2, 2.4, 0.03, 1.6, 9.0, 4.0, 0.03),
             Term(f"sector[{sector[1]}]", f"Sector: {sector[1]}", 0.1, 0.3, 0.3, 0.7, 1.1, 2.0,
                  6.0, 0.7, shown=False),
             Term("const", "Constant", -1.0, 0.3, -3.3, 0.001, None)]
    models = [ModelResult("product", "Product innovation", "logit", "model", n=58, pseudo_r2=0.081,
                          llf=-35.5, llr_pvalue=0.0004, aic=81.0, terms=terms),
              ModelResult("product_new_to_market", "Radical", "logit", "model",
                          error="All 58 firms in the model do not have this innovation.")]
    firms = pd.DataFrame({"region": pd.Categorical([regions[i % len(regions)] for i in range(61)]),
                          "product": [float(i % 2) if i != 5 else None for i in range(61)],
                          "r": list(range(61)), "cluster_class": ["regional"] * 61})
    mapping = Mapping(columns={"region": "Q1 Region", "product": "Q10", "customers": "Q9a"},
                      codes=Codes(location={"regional": ["In the region"],
                                            "national": ["Elsewhere"],
                                            "international": ["Abroad"], "missing": ["Don't know"]}),
                      order={"region": list(regions)})
    return Results(input=InputSummary("/data/survey 2026.xlsx", "Data", 64, 61, weighted=weighted),
                   tables={"sample_categories": t1, "sample_numbers": t1n,
                           "innovation_by_region": t2, "cluster_extent": t3,
                           "innovation_by_location": t4, "cluster_classification": t5},
                   regression=RegressionResult("Table 6", models), settings=Settings(),
                   mapping=mapping, data=firms[["region", "product"]],
                   classes=firms[["r", "cluster_class"]])


def row_of(ws, label) -> int:
    for (cell,) in ws.iter_rows(min_col=1, max_col=1):
        if cell.value == label:
            return cell.row
    raise KeyError(label)


def values(ws, row: int) -> list:
    return [c.value for c in ws[row] if c.value is not None]


@pytest.fixture
def written(tmp_path):
    res = make_results()
    path = write_workbook(res, tmp_path / "report.xlsx")
    return res, openpyxl.load_workbook(path)


def test_share_tables_hold_the_results_numbers_and_intervals_with_formats(written):
    res, wb = written
    ws = wb["T2 Innovation by region"]
    assert ws["A1"].value == "Table 2. The share of firms having introduced innovations (in %)"
    r = row_of(ws, "Bergen")
    src = res.tables["innovation_by_region"].row("Bergen")
    cells = ws[r]
    # per share: value, interval low, interval high; then N
    assert [c.value for c in cells[1:4]] == [src.values[0], src.ci_low[0], src.ci_high[0]]
    assert [c.number_format for c in cells[1:4]] == ["0.0", '"("0.0', '"–"0.0")"']
    assert cells[13].value == 31 and cells[13].number_format == "0"
    assert all(isinstance(c.value, int | float) for c in cells[1:14])
    t3 = wb["T3 Cluster extent"]
    avg = row_of(t3, "Average")
    assert values(t3, avg) == ["Average", 62.5, 50.0, 50.0]
    t5 = wb["T5 Cluster classification"]
    assert values(t5, row_of(t5, "N firms"))[1:] == [20, 30, 61]
    assert t5.cell(row_of(t5, "N firms"), 2).number_format == "0"


def test_tests_block_has_numbers_and_the_sentence_follows(written):
    _, wb = written
    ws = wb["T2 Innovation by region"]
    r = row_of(ws, "Product innovation")
    assert [ws.cell(r, c).value for c in range(2, 5)] == [19.04, 4, 0.00077]
    assert ws.cell(r, 4).number_format == '[<0.001]"<0.001";0.000'
    texts = [c.value for (c,) in ws.iter_rows(min_col=1, max_col=1) if isinstance(c.value, str)]
    assert ("Product innovation differs between regions (χ² = 19.0, df = 4, p < 0.001); "
            "process innovation does not (p = 0.21).") in texts
    assert any(x.startswith("Source: survey 2026.xlsx (n = 61 firms used of 64 read)")
               for x in texts)
    t5 = wb["T5 Cluster classification"]
    r = row_of(t5, "Product innovation")
    assert t5.cell(r, 5).value == 0.0007  # Fisher's exact p


def test_regression_sheet_keeps_coefficients_numbers_with_stars_in_the_format(written):
    res, wb = written
    ws = wb["T6 Regression"]
    r = row_of(ws, "National cluster")
    assert ws.cell(r, 2).value == 0.2345
    assert ws.cell(r, 2).number_format == '0.00"***"'
    assert ws.cell(r, 3).value == 0.08 and ws.cell(r, 3).number_format == '"("0.00")"'
    intl = row_of(ws, "International cluster")
    assert ws.cell(intl, 2).number_format == "0.00_*_*_*"
    assert ws.cell(row_of(ws, "R&D expenditure"), 2).number_format == '0.00"**"_*'
    for label, value in (("N", 58), ("Pseudo R² (McFadden)", 0.081), ("Log-likelihood", -35.5),
                         ("LR test p", 0.0004), ("AIC", 81.0)):
        assert ws.cell(row_of(ws, label), 2).value == value
    # the failed model says why in its column (merged over its term rows), and shows no numbers
    assert ws.cell(row_of(ws, "Scope"), 4).value == ("Not estimated: All 58 firms in the model "
                                                     "do not have this innovation.")
    assert ws.cell(row_of(ws, "N"), 4).value is None
    texts = [c.value for (c,) in ws.iter_rows(min_col=1, max_col=1) if isinstance(c.value, str)]
    assert "ᵃ Controls also include industrial sectors." in texts
    assert "Sector: Construction" in texts  # in the odds-ratio / marginal-effects block
    # odds ratios and AMEs of the first model, below: the second "National cluster" row
    rows = [c.row for (c,) in ws.iter_rows(min_col=1, max_col=1) if c.value == "National cluster"]
    assert [ws.cell(rows[1], c).value for c in range(2, 6)] == [1.264, 5.5, 1.9, 0.004]


def test_no_cell_is_a_formula_and_sheet_names_are_valid(written):
    _, wb = written
    assert wb.sheetnames == ["T1 Sample", "T2 Innovation by region", "T3 Cluster extent",
                             "T4 Innovation by location", "T5 Cluster classification",
                             "T6 Regression", "Method", "Chart intervals", "Coded data"]
    assert wb["Chart intervals"].sheet_state == "hidden"
    assert [ws.title for ws in wb.worksheets if ws.sheet_state != "visible"] == ["Chart intervals"]
    for ws in wb.worksheets:
        assert len(ws.title) <= 31 and not set(ws.title) & set("[]:*?/\\")
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)


def test_method_sheet_says_how_to_reproduce(written):
    _, wb = written
    ws = wb["Method"]
    listed = [(r[0].value, r[1].value) for r in ws.iter_rows(max_col=2) if r[0].value]
    assert ("Region", "Q1 Region") in listed and ("Region", "Oslo; Bergen") in listed
    pairs = dict(listed)
    assert pairs["File analysed"] == "survey 2026.xlsx"
    assert pairs["Sheet"] == "Data" and pairs["Rows read"] == 64 and pairs["Rows used"] == 61
    assert pairs["ClusterDesk version"] == clusterdesk.__version__
    assert pairs["Demanding customers"] == "Q9a"
    assert pairs["Location: Regional"] == "In the region"
    assert pairs["Location: missing"] == "Don't know"
    assert "fewer than 4" in pairs["Cluster classification"]
    assert "at least 4" in pairs["Cluster classification"]
    assert pairs["Model"] == "logit" and pairs["Standard errors"] == "model-based"
    assert pairs["Weights"] == "No: every firm weighs 1."


def test_charts_reference_the_share_cells(tmp_path):
    path = write_workbook(make_results(), tmp_path / "r.xlsx", include_data=False)
    wb = openpyxl.load_workbook(path)
    for name in ("T2 Innovation by region", "T3 Cluster extent", "T4 Innovation by location",
                 "T5 Cluster classification"):
        assert len(wb[name]._charts) == 1, name
    chart = wb["T2 Innovation by region"]._charts[0]
    refs = [s.val.numRef.f for s in chart.series]
    # four outcome series over Oslo, Bergen and Total (rows 6-8), the share columns B, E, H, K
    assert refs == ["'T2 Innovation by region'!$B$6:$B$8", "'T2 Innovation by region'!$E$6:$E$8",
                    "'T2 Innovation by region'!$H$6:$H$8", "'T2 Innovation by region'!$K$6:$K$8"]
    assert "Coded data" not in wb.sheetnames
    assert not wb["T1 Sample"]._charts


def test_charts_draw_the_95_intervals_as_error_bars_from_the_hidden_sheet(tmp_path):
    import re
    import zipfile

    path = write_workbook(make_results(), tmp_path / "bars.xlsx")
    chart = zipfile.ZipFile(path).read("xl/charts/chart1.xml").decode()  # T2: the first chart
    first = chart[chart.index("<errBars>"):chart.index("</errBars>")]
    assert '<errValType val="cust" />' in first
    assert first.index("<plus>") < first.index("<minus>")  # the schema's order, not openpyxl's
    plus, minus = re.findall(r"<f>'Chart intervals'!\$A\$(\d+):\$C\$\1</f>", first)
    ws = openpyxl.load_workbook(path)["Chart intervals"]
    # product innovation: Oslo 50 in 45.125-55.5, Bergen 51 in 46.125-56.5, total 51 in 47-55
    assert [c.value for c in ws[int(plus)]][:3] == pytest.approx([5.5, 5.5, 4.0])
    assert [c.value for c in ws[int(minus)]][:3] == pytest.approx([4.875, 4.875, 4.0])
    assert chart.count("<errBars>") == 4  # one per outcome series


def test_coded_data_sheet_is_on_by_default_and_holds_the_firms(written):
    res, wb = written
    ws = wb["Coded data"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows[0] == ("region", "product", "r", "Cluster class")
    assert len(rows) == 62
    assert rows[6] == ("Bergen", None, 5, "regional")
    assert rows[2][1] == 1.0 and isinstance(rows[2][2], int)


def test_survey_text_that_looks_like_a_formula_stays_text(tmp_path):
    risky = ["=HYPERLINK(\"http://x\",\"y\")", "+47 Bergen", "-Oslo", "@SUM(A1)", "\tTab",
             "Ctl\x01\x1fName"]
    long_note = "x" * (EXCEL_MAX_TEXT + 100)
    res = make_results(regions=tuple(risky), sector=("A", "=2+3"), note=long_note)
    res.classes = res.classes.rename(columns={"r": "=cmd|' /C calc'!A0"})
    path = write_workbook(res, tmp_path / "r.xlsx")
    wb = openpyxl.load_workbook(path)
    found = {}
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f"
                if isinstance(cell.value, str):
                    assert len(cell.value) <= EXCEL_MAX_TEXT
                    assert "\x01" not in cell.value and "\x1f" not in cell.value
                    if cell.value[:1] in ("=", "+", "-", "@", "\t"):
                        assert cell.data_type == "s" and cell.quotePrefix, cell.value
                        found.setdefault(cell.value, ws.title)
    for text in risky[:5]:
        assert text in found
    assert "CtlName" in values(wb["T2 Innovation by region"],
                               row_of(wb["T2 Innovation by region"], "CtlName"))
    assert found["=cmd|' /C calc'!A0"] == "Coded data"
    assert "Sector: =2+3" in [c.value for (c,) in wb["T6 Regression"].iter_rows(max_col=1)]
    t2 = wb["T2 Innovation by region"]
    texts = [c.value for (c,) in t2.iter_rows(min_col=1, max_col=1) if isinstance(c.value, str)]
    assert any(x.endswith("[…]") and len(x) == EXCEL_MAX_TEXT for x in texts)
    assert "A text longer than Excel's 32,767-character limit was cut short." in texts
    assert max(d.height or 0 for d in t2.row_dimensions.values()) == 409  # Excel's row limit


def test_norwegian_labels(tmp_path):
    res = make_results(weighted=True)
    wb = openpyxl.load_workbook(write_workbook(res, tmp_path / "rapport.xlsx", lang="nb"))
    assert wb.sheetnames[:3] == ["T1 Utvalg", "T2 Innovasjon etter region", "T3 Klyngeomfang"]
    assert wb.sheetnames[-3:] == ["Metode", "Diagramintervaller", "Kodede data"]
    assert all(len(name) <= 31 for name in wb.sheetnames)
    t3 = wb["T3 Klyngeomfang"]
    assert t3["A1"].value.startswith("Tabell 3. Omfanget av regionale klynger")
    labels = [c.value for (c,) in t3.iter_rows(min_col=1, max_col=1)]
    for name in ("Krevende kunder", "Avanserte leverandører", "Tøffeste konkurrenter",
                 "Mest kvalifiserte ansatte", "Mest relevante forskningsinstitusjoner",
                 "Tilgang på kapital", "Gjennomsnitt"):
        assert name in labels
    t2 = wb["T2 Innovasjon etter region"]
    texts = [c.value for (c,) in t2.iter_rows(min_col=1, max_col=1) if isinstance(c.value, str)]
    assert ("Produktinnovasjon varierer mellom regionene (χ² = 19,0, fg = 4, p < 0,001); "
            "prosessinnovasjon gjør ikke det (p = 0,21).") in texts
    assert any(x.startswith("Andelene er vektet med utvalgsvekten") for x in texts)
    r = row_of(t2, "Prosessinnovasjon")
    assert t2.cell(r, 7).value == "tilnærmet (vektede antall)"
    method = {r[0].value: r[1].value for r in wb["Metode"].iter_rows(max_col=2) if r[0].value}
    assert method["Vekter"].startswith("Ja: andelene er vektet")
    assert "Kishs n_eff" in method["Vekter"]
    with pytest.raises(UserError, match="'de'"):
        write_workbook(res, tmp_path / "x.xlsx", lang="de")


def test_report_gets_the_usual_file_permissions_not_owner_only(tmp_path):
    path = write_workbook(make_results(), tmp_path / "report.xlsx", include_data=False)
    plain = tmp_path / "plain.txt"
    plain.write_text("x")  # created as the user's programs create files (umask)
    assert path.stat().st_mode & 0o777 == plain.stat().st_mode & 0o777


def test_target_that_is_a_folder_gives_a_user_error_and_no_temp_file(tmp_path):
    (tmp_path / "report.xlsx").mkdir()
    with pytest.raises(UserError, match="'report.xlsx' is a folder"):
        write_workbook(make_results(), tmp_path / "report.xlsx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


def test_locked_target_keeps_the_old_report_and_leaves_no_temp_file(tmp_path, monkeypatch):
    target = tmp_path / "report.xlsx"
    target.write_bytes(b"old report")

    def locked(src, dst):  # what Windows raises while Excel holds the file open
        raise PermissionError(13, "The process cannot access the file", str(dst))

    monkeypatch.setattr(os, "replace", locked)
    with pytest.raises(UserError) as err:
        write_workbook(make_results(), target)
    assert str(err.value) == ("'report.xlsx' is open in another program (Excel?). Close it and "
                              "export again, or choose another name.")
    assert target.read_bytes() == b"old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.xlsx"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_read_only_folder_gives_a_user_error(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(UserError, match="read-only"):
            write_workbook(make_results(), folder / "report.xlsx")
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o755)


def test_cancel_leaves_no_file_and_progress_reaches_one(tmp_path):
    calls = []
    with pytest.raises(Cancelled):
        write_workbook(make_results(), tmp_path / "r.xlsx",
                       task=Task(should_stop=lambda: calls.append(1) or len(calls) > 3))
    assert list(tmp_path.iterdir()) == []
    seen = []
    write_workbook(make_results(), tmp_path / "r.xlsx", task=Task(lambda f, m: seen.append(f)))
    assert seen == sorted(seen) and seen[-1] == 1.0 and len(seen) >= 8


@pytest.fixture(scope="module")
def demo_results():
    from clusterdesk import paths
    from clusterdesk.analysis import analyse_file
    from clusterdesk.mapping import fileformat

    return analyse_file(paths.demo_survey(), fileformat.load(paths.demo_mapping()))


def test_demo_workbook_equals_the_engine_results_cell_for_cell(demo_results, tmp_path):
    res = demo_results
    wb = openpyxl.load_workbook(write_workbook(res, tmp_path / "demo.xlsx"))
    sheets = {"innovation_by_region": "T2 Innovation by region", "cluster_extent":
              "T3 Cluster extent", "innovation_by_location": "T4 Innovation by location",
              "cluster_classification": "T5 Cluster classification"}
    for key, name in sheets.items():
        table, ws = res.tables[key], wb[name]
        labels: dict = {}
        for (c,) in ws.iter_rows(max_col=1):
            labels.setdefault(c.value, c.row)  # the table row, not its test row further down
        for row in table.rows:
            # region rows show the survey's names, factor and outcome rows the glossary's
            r = labels[row_label(key, row.key, row.kind, row.label, "en")]
            got = [c.value for c in ws[r][1:]]
            want = []
            for j, v in enumerate(row.values):
                want.append(v)
                if any(x.ci_low and x.ci_low[j] is not None for x in table.rows):
                    want += [row.ci_low[j], row.ci_high[j]]
            # openpyxl writes numbers with 16 significant digits ('%.16g'): equal to 1e-15
            got = got[:len(want)]
            assert [g is None for g in got] == [w is None for w in want], (name, row.key)
            assert [g for g in got if g is not None] == pytest.approx(
                [w for w in want if w is not None], rel=1e-15, abs=0), (name, row.key)
    assert not [c.coordinate for ws in wb.worksheets for row in ws.iter_rows() for c in row
                if c.data_type == "f"]
    coded = list(wb["Coded data"].iter_rows(values_only=True))
    assert len(coded) == len(res.firms) + 1
    assert coded[0][:2] == tuple(res.firms.columns[:2])
    ws = wb["T6 Regression"]
    term = res.regression.models[0].term("national")
    r = row_of(ws, "National cluster")
    assert [ws.cell(r, 2).value, ws.cell(r, 3).value] == pytest.approx([term.coef, term.se],
                                                                       rel=1e-15)


def test_weighted_demo_shows_weighted_counts_and_says_how_weights_were_used(tmp_path):
    import clusterdesk.io as io
    from clusterdesk import paths
    from clusterdesk.analysis import code, run
    from clusterdesk.mapping import fileformat

    mapping = fileformat.load(paths.demo_mapping())
    raw = io.read(paths.demo_survey(), sheet=mapping.source.sheet,
                  header_row=mapping.source.header_row)
    raw.data["Survey weight"] = 2
    raw.columns.append("Survey weight")
    mapping.columns["weight"] = "Survey weight"
    res = run(code(raw, mapping))
    wb = openpyxl.load_workbook(write_workbook(res, tmp_path / "w.xlsx", include_data=False))
    t1 = wb["T1 Sample"]
    head = row_of(t1, "Industry sector")
    assert [c.value for c in t1[head]][1:5] == ["Number of firms", "% of sample",
                                                "Weighted number", "Weighted % of sample"]
    oslo = res.tables["sample_categories"].row("Oslo", group="region")
    assert [c.value for c in t1[row_of(t1, "Oslo")]][1:5] == pytest.approx(oslo.values, rel=1e-15)
    assert oslo.values[2] == 2 * oslo.values[0]  # every weight is 2
    method = {r[0].value: r[1].value for r in wb["Method"].iter_rows(max_col=2) if r[0].value}
    assert method["Weights"].startswith("Yes: shares weighted by column 'Survey weight'")
    assert "(Σw)² / Σw²" in method["Weights"]
    t2 = wb["T2 Innovation by region"]
    texts = [c.value for (c,) in t2.iter_rows(max_col=1) if isinstance(c.value, str)]
    assert any(x.startswith("Shares are weighted by the survey weight") for x in texts)


def test_coded_data_is_left_out_by_default_above_the_limit(tmp_path, monkeypatch):
    from clusterdesk.report import excel_data

    monkeypatch.setattr(excel_data, "MAX_FIRMS_BY_DEFAULT", 60)  # the fixture has 61 firms
    wb = openpyxl.load_workbook(write_workbook(make_results(), tmp_path / "a.xlsx"))
    assert "Coded data" not in wb.sheetnames
    wb = openpyxl.load_workbook(write_workbook(make_results(), tmp_path / "b.xlsx",
                                               include_data=True))
    assert wb.sheetnames[-1] == "Coded data"


def test_print_setup_freeze_panes_and_no_grid(written):
    _, wb = written
    t2 = wb["T2 Innovation by region"]
    assert t2.freeze_panes == "B6"  # below the three header rows, right of the row labels
    assert t2.print_title_rows == "$3:$5"
    assert t2.page_setup.orientation == "landscape" and t2.page_setup.fitToWidth == 1
    assert t2.page_setup.fitToHeight == 0 and t2.sheet_properties.pageSetUpPr.fitToPage
    assert t2.sheet_view.showGridLines is False
    assert wb["T1 Sample"].page_setup.orientation == "portrait"
    # the rules: a top rule over the header, a rule under it, a bottom rule under the table
    assert t2.cell(3, 1).border.top.style == "medium"
    assert t2.cell(5, 1).border.bottom.style == "thin"
    assert t2.cell(row_of(t2, "Total"), 1).border.bottom.style == "medium"
    # widths fitted: the label column holds 'Regions'/'Oslo', no column is left at the default
    # interval columns can be collapsed with Excel's outline buttons, the shares cannot
    assert [t2.column_dimensions[c].outline_level for c in "BCDN"] == [0, 1, 1, 0]
    widths = {k: d.width for k, d in t2.column_dimensions.items()}
    assert all(6 <= w <= 60 for w in widths.values()) and len(widths) == 14


def test_many_regions_put_the_intervals_in_blocks_below_the_table(tmp_path):
    regions = tuple(f"Region {k}" for k in range(10))
    res = make_results(regions=regions)
    wb = openpyxl.load_workbook(write_workbook(res, tmp_path / "w.xlsx", include_data=False))
    ws = wb["T3 Cluster extent"]
    table = res.tables["cluster_extent"]
    first = row_of(ws, "Demanding customers")
    assert values(ws, first)[1:] == table.row("customers").values  # 11 shares side by side
    low = row_of(ws, "95% intervals (Wilson): lower bounds, in %")
    high = row_of(ws, "95% intervals (Wilson): upper bounds, in %")
    assert values(ws, low + 1) == [*regions, "Total"]
    assert values(ws, low + 2)[1:] == table.row("customers").ci_low
    assert values(ws, high + 2)[1:] == table.row("customers").ci_high
    # the two-region Table 2 keeps its intervals beside the shares
    assert wb["T2 Innovation by region"]["C5"].value == "(95% interval)"


def test_table_1_is_ruled_above_and_below(written):
    _, wb = written
    ws = wb["T1 Sample"]
    head = row_of(ws, "Region")
    assert [c.border.top.style for c in ws[head]][:3] == ["medium"] * 3
    last = row_of(ws, "Number of employees")
    assert [c.border.bottom.style for c in ws[last]][:3] == ["medium"] * 3
