"""analyse_file: a real file written to disk, read by clusterdesk.io, coded and analysed."""

import pytest

from clusterdesk.analysis import analyse_file
from clusterdesk.errors import UserError
from clusterdesk.mapping.model import SourceSpec
from tests.analysis.helpers import firms, mapping


def _write(tmp_path):
    frame = firms([("Oslo", "RRRRRR", "Ja"), ("Oslo", "NNNNNN", "Nei"),
                   ("Bergen", "RRRRNN", "Ja"), ("Bergen", "IIIINN", "Vet ikke")])
    frame["Ansatte"] = ["12", "3,5", "1 200", "x"]
    path = tmp_path / "survey.csv"
    frame.to_csv(path, sep=";", index=False, encoding="cp1252")
    m = mapping(frame, employees="Ansatte")
    m.codes.yes_no = {"yes": ["Ja"], "no": ["Nei"], "missing": []}
    m.source = SourceSpec(header_row=1)
    return path, m


def test_reads_codes_and_runs(tmp_path):
    path, m = _write(tmp_path)
    res = analyse_file(path, m)
    t2 = res.tables["innovation_by_region"]
    assert t2.value("Oslo", "product") == 50.0
    assert t2.value("Bergen", "product") == 100.0  # 'Vet ikke' is unassigned -> missing
    assert t2.value("Total", "n") == 4
    assert res.input.rows_read == 4 and res.input.rows_used == 4
    assert any("'Vet ikke' x1" in w for w in res.input.warnings)
    assert any("not numbers ('x' x1)" in w for w in res.input.warnings)
    assert res.tables["sample_numbers"].row("employees").values[0] == 3
    assert res.input.source.endswith("survey.csv")


def test_mapping_that_does_not_fit_the_file_is_a_user_error(tmp_path):
    path, m = _write(tmp_path)
    m.columns["research"] = "Q99 research"
    with pytest.raises(UserError, match="does not fit 'survey.csv'.*'Q99 research'"):
        analyse_file(path, m)
