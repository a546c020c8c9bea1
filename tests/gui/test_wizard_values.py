"""The roles page's preview counts: blanks by the comparison rule, counted per distinct value."""

from __future__ import annotations

import numpy as np
import pandas as pd

from clusterdesk.gui.wizard.values import blank_count, distinct


def test_blank_count_follows_the_comparison_rule():
    cells = ["Ja", " ", "", None, np.nan, "nei", "  ", "Ja", 3, " ja "]
    frame = pd.DataFrame({"q": pd.Series(cells * 1000, dtype=object),
                          "n": [1.0, np.nan] * 5000})
    # by hand: None and NaN are missing; "", " " and "  " are blank text; the rest are answers
    assert blank_count(frame, "q") == 5 * 1000
    assert blank_count(frame, "n") == 5000
    assert blank_count(frame, "absent") == 0
    answers = {a.key: a.count for a in distinct(frame, ["q"])}
    assert answers["ja"] == 3000 and answers["nei"] == 1000
