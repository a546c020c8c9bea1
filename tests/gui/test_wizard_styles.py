"""Issue 15 point 6: two export styles the assistant must work out, opened in the app and taken
through the wizard by Next and Finish alone; the workspace's results are the hand mapping's.

- two_header_blank: title lines, a question row over blank cells, the lower row blank under the
  single columns (the header must be found as two rows, the sub-questions by their joined names);
- spss_codes: education coded 1 Upper secondary .. 4 Master in value labels (the order Table 6's
  education score takes)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QWizard

from clusterdesk.analysis import analyse_file
from clusterdesk.mapping import fileformat
from clusterdesk.report.results_json import to_document
from tests.demo_styles import demo_frame
from tests.demo_styles_guessed import WRITERS
from tests.gui.wizard_helpers import finish, next_page, open_wizard, window

N_FIRMS = 400


@pytest.mark.parametrize("style", ["two_header_blank", "spss_codes"])
def test_next_until_finish_gives_the_hand_mapped_results(qtbot, tmp_path, style):
    data, hand_path = WRITERS[style](demo_frame(N_FIRMS), tmp_path)
    hand = fileformat.load(hand_path)
    w = window(qtbot)
    wiz = open_wizard(qtbot, w, data)
    pages = 1
    while wiz.currentPage().nextId() != -1:
        next_page(qtbot, wiz)
        pages += 1
    assert pages >= 3
    assert wiz.button(QWizard.WizardButton.FinishButton).isEnabled()
    finish(qtbot, w, wiz)

    assert w.mapping.columns == hand.columns
    assert w.mapping.codes.manager_education == hand.codes.manager_education
    tables = to_document(w.results)["tables"]
    assert tables["innovation_by_region"]["rows"][-1]["values"][-1] == N_FIRMS
    assert tables == to_document(analyse_file(data, hand))["tables"]
