"""The label cases and sizes the chart tests draw at, and the one check of a drawn bar chart's
category labels: each the row's text wrapped between words only, none overlapping its neighbour,
none leaving the figure."""

from __future__ import annotations

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.container import BarContainer

from clusterdesk.mapping.roles import FACTORS, label

LEVELS_EN = ["Regional", "National", "International"]
LEVELS_NB = ["Regionalt", "Nasjonalt", "Internasjonalt"]
REGIONS = ["Oslo", "Bergen", "Stavanger", "Trondheim", "Rest of Norway"]
MANY_REGIONS = ["Agder", "Innlandet", "Møre og Romsdal", "Nordland", "Oslo", "Rogaland",
                "Troms og Finnmark", "Trøndelag", "Vestfold og Telemark", "Vestland", "Viken",
                "Svalbard og Jan Mayen"]

CASES = {  # name: (row labels, share column labels)
    "T4 English": ([label(f, "en") for f in FACTORS] + ["Average (un-weighted)"], LEVELS_EN),
    "T4 Norwegian": ([label(f, "nb") for f in FACTORS] + ["Gjennomsnitt (uvektet)"], LEVELS_NB),
    "T2 regions": (REGIONS + ["Total"], ["Product innovation", "New to market product "
                                         "innovation", "Process innovation"]),
    "T2 twelve counties": (MANY_REGIONS + ["Total"], ["Product innovation"]),
    "T5 outcomes": (["New or significantly improved products", "New to market product "
                     "innovation", "New or significantly improved processes"],
                    ["Non-regional cluster", "Regional cluster", "All firms"]),
}
SIZES = [(600, 450), (800, 500), (1000, 560), (1280, 800), (1366, 768)]


def category_labels(fig):
    """(bars are vertical, the category tick labels) of the figure's first axes."""
    ax = fig.axes[0]
    bars = next(c for c in ax.containers if isinstance(c, BarContainer))
    vertical = bars.orientation == "vertical"
    return vertical, (ax.get_xticklabels() if vertical else ax.get_yticklabels())


def assert_labels_readable(fig, rows: list[str], where: object) -> None:
    """Draw ``fig`` and check its category labels against ``rows`` (``where`` names the case)."""
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    vertical, ticks = category_labels(fig)
    assert [" ".join(t.get_text().split()) for t in ticks] == rows  # wrapped between words only
    boxes = [t.get_window_extent(renderer) for t in ticks]
    for a, b in zip(boxes, boxes[1:], strict=False):
        if vertical:
            assert a.x1 <= b.x0, (where, "labels touch side by side")
        else:  # horizontal bars: first row on top, pixel y grows upwards
            assert b.y1 <= a.y0, (where, "labels touch one above the other")
    whole = fig.bbox
    for box in boxes:
        assert box.x0 >= whole.x0 - 0.5 and box.x1 <= whole.x1 + 0.5
        assert box.y0 >= whole.y0 - 0.5 and box.y1 <= whole.y1 + 0.5
