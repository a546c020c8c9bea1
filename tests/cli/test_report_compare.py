"""`clusterdesk report LATER --compare BASE`: the demo against a second wave the test makes, and
against the published study; figures against statsmodels and scipy called here."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pytest
from scipy.stats import chi2_contingency
from statsmodels.stats.proportion import confint_proportions_2indep

from clusterdesk.paths import demo_mapping, demo_survey
from tests.demo_styles import demo_frame, write_plain

PRODUCT = "Q10 New or significantly improved products or services in the last 3 years?"
REGION = "Q1 City region"


def run(*args, cwd):
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)], cwd=cwd,
                          capture_output=True, text=True, timeout=300)


@pytest.fixture(scope="module")
def later_wave(tmp_path_factory):
    """The demo two years on: Oslo's firms innovate more (a fifth of its non-innovators now
    say yes), the firm ids shifted so that 1,500 firms are in both waves."""
    folder = tmp_path_factory.mktemp("later")
    df = demo_frame()
    rng = np.random.default_rng(7)
    oslo_no = df.index[(df[REGION] == "Oslo") & (df[PRODUCT] == "No")]
    df.loc[rng.choice(oslo_no, len(oslo_no) // 5, replace=False), PRODUCT] = "Yes"
    df["Firm ID"] = df["Firm ID"] + 502
    survey, mapping = write_plain(df, folder)
    return df, survey, mapping


def test_the_demo_against_a_later_wave(later_wave, tmp_path):
    df, survey, mapping = later_wave
    done = run("report", survey, "--mapping", mapping, "--compare", demo_survey(),
               "--compare-mapping", demo_mapping(), "--labels", "2023,2025",
               "--json", tmp_path / "r.json", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""
    doc = json.loads((tmp_path / "r.json").read_text())
    c = doc["comparison"]
    assert (c["base"]["label"], c["later"]["label"]) == ("2023", "2025")
    assert c["firms_in_both"] == 2002 - 502
    base = demo_frame()
    oslo = next(r for r in c["tables"]["innovation_by_region"]["rows"] if r["key"] == "Oslo")
    ka = int(((base[REGION] == "Oslo") & (base[PRODUCT] == "Yes")).sum())
    na = int(((base[REGION] == "Oslo") & base[PRODUCT].isin(["Yes", "No"])).sum())
    kb = int(((df[REGION] == "Oslo") & (df[PRODUCT] == "Yes")).sum())
    nb = int(((df[REGION] == "Oslo") & df[PRODUCT].isin(["Yes", "No"])).sum())
    low, high = confint_proportions_2indep(kb, nb, ka, na, method="newcomb", compare="diff")
    assert oslo["change"][0] == pytest.approx(100 * (kb / nb - ka / na), abs=0.01)
    assert oslo["change_low"][0] == pytest.approx(100 * low, abs=0.01)
    assert oslo["change_high"][0] == pytest.approx(100 * high, abs=0.01)
    p = chi2_contingency([[kb, nb - kb], [ka, na - ka]], correction=False)[1]
    assert oslo["p"][0] == pytest.approx(p, abs=1e-4) and p < 0.05
    bergen = next(r for r in c["tables"]["innovation_by_region"]["rows"] if r["key"] == "Bergen")
    assert bergen["change"][0] == 0 and bergen["p"][0] == pytest.approx(1.0)
    # the later wave's own tables are those of a plain report on it
    alone = run("report", survey, "--mapping", mapping, "--json", tmp_path / "a.json", "-q",
                cwd=tmp_path)
    assert alone.returncode == 0
    assert json.loads((tmp_path / "a.json").read_text())["tables"] == doc["tables"]
    terms = c["regression"]["models"][0]["terms"]
    assert [t["key"] for t in terms][:2] == ["national", "international"]


def test_the_published_study_as_base(tmp_path):
    done = run("report", "--demo", "--compare", "paper", "--json", tmp_path / "r.json", "-q",
               cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    c = json.loads((tmp_path / "r.json").read_text())["comparison"]
    assert c["base"]["label"] == "Norway 2013 (Gjelsvik)"
    total = c["tables"]["innovation_by_region"]["rows"][-1]
    assert total["key"] == "Total" and total["base"] == [52.2, 28.2, 43.5, 15.1]
    assert c["regression"]["models"] == []


@pytest.mark.parametrize("labels", ["2023", "2023,", ",2025", "a,b,c"])
def test_bad_labels_are_one_line(tmp_path, labels):
    done = run("report", "--demo", "--compare", "paper", "--labels", labels, "--json",
               tmp_path / "r.json", cwd=tmp_path)
    assert done.returncode == 2
    assert "--labels" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


@pytest.mark.parametrize("lang", ["en", "nb"])
def test_the_change_workbook(later_wave, tmp_path, lang):
    """A sheet per compared table with numbers as numbers, the sentence made from the figures,
    and the Method sheet on how the waves were compared."""
    import openpyxl

    _, survey, mapping = later_wave
    done = run("report", survey, "--mapping", mapping, "--compare", demo_survey(),
               "--compare-mapping", demo_mapping(), "--labels", "2023,2025", "--lang", lang,
               "--out", tmp_path / "c.xlsx", "--json", tmp_path / "c.json", "-q", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    c = json.loads((tmp_path / "c.json").read_text())["comparison"]
    wb = openpyxl.load_workbook(tmp_path / "c.xlsx")
    name = {"en": "T2 change", "nb": "T2 endring"}[lang]
    assert [s for s in wb.sheetnames if s.startswith(("T2 ", "T3 ", "T4 ", "T5 "))
            and s.split(" ", 1)[1] in ("change", "endring")] == [
        name, name.replace("T2", "T3"), name.replace("T2", "T4"), name.replace("T2", "T5")]
    ws = wb[name]
    texts = [str(cell.value) for row in ws.iter_rows() for cell in row if cell.value is not None]
    oslo = next(r for r in c["tables"]["innovation_by_region"]["rows"] if r["key"] == "Oslo")
    rise = f"{oslo['change'][0]:+.1f}".replace(".", "," if lang == "nb" else ".")
    lead = {"en": "Product innovation rose in Oslo (", "nb": "Produktinnovasjon økte i Oslo ("}
    assert any(s.startswith(lead[lang] + rise) for s in texts), texts[:3]
    first = next(row for row in ws.iter_rows() if row[0].value == "Oslo")
    assert [cell.value for cell in first[2:8]] == pytest.approx(
        [oslo["base"][0], oslo["later"][0], oslo["change"][0], oslo["change_low"][0],
         oslo["change_high"][0], oslo["p"][0]])
    sheet = wb[{"en": "Method", "nb": "Metode"}[lang]]
    method = [cell.value for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert 1500 in method and any("Newcombe" in str(s) for s in method)
