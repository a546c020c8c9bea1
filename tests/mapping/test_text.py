import math

import numpy as np
import pytest

from clusterdesk.mapping.text import normalize


@pytest.mark.parametrize("raw, key", [
    ("  In   the Region ", "in the region"), (1.0, "1"), (np.int64(3), "3"), ("1.0", "1"),
    (2.5, "2.5"), ("", None), ("   ", None), (None, None), (math.nan, None), (np.nan, None),
    ("VET IKKE", "vet ikke"), (True, "true"),
])
def test_comparison_rule(raw, key):
    assert normalize(raw) == key
