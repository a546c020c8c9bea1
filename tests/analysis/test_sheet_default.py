"""A mapping that names no sheet reads the first visible sheet, not a hidden lookup sheet."""

import openpyxl

from clusterdesk.analysis import analyse_file
from clusterdesk.mapping import fileformat
from clusterdesk.paths import demo_mapping, demo_survey


def test_hidden_first_sheet_is_skipped_when_no_sheet_is_named(tmp_path):
    wb = openpyxl.load_workbook(demo_survey())
    lookup = wb.create_sheet("Lookup", 0)
    lookup.append(["code", "label"])
    lookup.append([1, "In the region"])
    lookup.sheet_state = "hidden"
    wb.active = 1
    path = tmp_path / "with_lookup.xlsx"
    wb.save(path)

    mapping = fileformat.load(demo_mapping())
    mapping.source.sheet = None
    assert "sheet" not in fileformat.to_dict(mapping)["source"]
    results = analyse_file(path, mapping)
    assert results.input.rows_used == 2002
    assert results.tables["innovation_by_region"].value("Total", "n") == 2002
