"""Screenshots for the user guide, made from the running app so that they stay current.

    xvfb-run -a -s "-screen 0 1280x800x24" .venv/bin/python installer/screenshots.py [--lang en|nb]

(without a display the script starts itself under xvfb-run). The window is 1280x800; it walks
the demo survey through the start page, every wizard page and every result tab, and saves
resources/guide/images/<step>.png (English) or resources/guide/images/nb/<step>.png, reduced to
256 colours so that each stays well under 150 kB. `tour()` is also the walk the Norwegian test
uses to look for English text left in visible widgets.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE = (1280, 800)
MAX_BYTES = 150_000
WIZARD_STEPS = ("wizard-file", "wizard-roles", "wizard-codes", "wizard-review")
TAB_STEPS = ("tab-data", "tab-sample", "tab-innovation_by_region", "tab-cluster_extent",
             "tab-innovation_by_location", "tab-cluster_classification", "tab-regression")


def tour(window, wait: Callable[[Callable[[], bool]], None]) -> Iterator[tuple[str, object]]:
    """Walk the demo like an analyst: yields (step name, top-level widget to look at)."""
    from PySide6.QtWidgets import QWizard

    from clusterdesk.gui.charts import ChartWidget
    from clusterdesk.paths import demo_survey

    yield "start", window
    wizard = window.open_survey(demo_survey())
    wait(lambda: wizard.isVisible() and wizard.currentPage().isComplete())
    for i, step in enumerate(WIZARD_STEPS):
        yield step, wizard
        if i < len(WIZARD_STEPS) - 1:
            before = wizard.currentId()
            wizard.button(QWizard.WizardButton.NextButton).click()
            wait(lambda before=before: wizard.currentId() != before
                 and wizard.currentPage().isComplete())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    wait(lambda: window.results is not None and not window.runner.busy
         and not getattr(window.workspace, "busy", False))
    tabs = window.workspace.tabs
    for index, step in enumerate(TAB_STEPS[:tabs.count()]):
        tabs.setCurrentIndex(index)
        page = tabs.currentWidget()
        wait(lambda page=page: not getattr(window.workspace, "busy", False)
             and all(c.ready for c in page.findChildren(ChartWidget) if c.isVisible()))
        settle_until = time.monotonic() + 0.2  # the last paint after the chart arrived
        wait(lambda settle_until=settle_until: time.monotonic() > settle_until)
        yield step, window


def _wait_with_events(app) -> Callable[[Callable[[], bool]], None]:
    def wait(condition: Callable[[], bool], timeout: float = 60.0) -> None:
        end = time.monotonic() + timeout
        while not condition():
            if time.monotonic() > end:
                raise SystemExit("screenshots: the app did not get there in time")
            app.processEvents()
            time.sleep(0.01)
        app.processEvents()

    return wait


def save_small(image, path: Path) -> int:
    """PNG at full size, reduced to a 256-colour palette when that is needed to stay small."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    path.parent.mkdir(parents=True, exist_ok=True)
    image.save(str(path), "PNG", 0)
    if path.stat().st_size > MAX_BYTES:
        image.convertToFormat(QImage.Format.Format_Indexed8,
                              Qt.ImageConversionFlag.ThresholdDither).save(str(path), "PNG", 0)
    return path.stat().st_size


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    args.add_argument("--lang", choices=("en", "nb"), default="en")
    args.add_argument("--out", type=Path, default=None, help="folder for the PNGs")
    opts = args.parse_args(argv)
    if not os.environ.get("DISPLAY") and not os.environ.get("QT_QPA_PLATFORM") \
            and shutil.which("xvfb-run"):
        cmd = ["xvfb-run", "-a", "-s", f"-screen 0 {SIZE[0]}x{SIZE[1]}x24", sys.executable,
               __file__, *(argv if argv is not None else sys.argv[1:])]
        os.execvp(cmd[0], cmd)
    out = opts.out or ROOT / "resources" / "guide" / "images" / ("nb" if opts.lang == "nb"
                                                                else "")
    import tempfile

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    settings_dir = tempfile.mkdtemp(prefix="clusterdesk-shots-")  # never the user's settings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, settings_dir)
    app = QApplication([sys.argv[0]])
    app.setOrganizationName("ClusterDesk")
    app.setApplicationName("ClusterDesk")
    from clusterdesk.gui import i18n
    from clusterdesk.gui.main_window import MainWindow

    i18n.install(opts.lang, app)
    window = MainWindow()
    window.resize(*SIZE)
    window.show()
    wait = _wait_with_events(app)
    wait(window.isVisible)
    for step, widget in tour(window, wait):
        if widget is not window:
            widget.resize(min(SIZE[0], max(widget.width(), 960)), min(SIZE[1], widget.height()))
            wait(lambda: True)
        size = save_small(widget.grab().toImage(), out / f"{step}.png")
        print(f"{out / (step + '.png')}: {size // 1024} kB")
    window.runner.cancel()
    window.close()
    shutil.rmtree(settings_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
