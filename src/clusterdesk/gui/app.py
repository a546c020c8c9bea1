"""Desktop entry: `clusterdesk [FILE] [--mapping M.clusterdesk.json] [--sheet S] [--demo]`.

No display on Linux prints one line and returns 2 instead of letting Qt abort. Heavy modules
(pandas, statsmodels, matplotlib) load only after the window is shown, in the first job.
"""

from __future__ import annotations

# json and dataclasses (the recent files need them) are imported here, before PySide6: its import
# hook reads the source of every module imported after it, looking for `from __feature__ import`
# (PYSIDE-2029), and these two pull in about fifteen modules.
import argparse
import dataclasses  # noqa: F401
import json  # noqa: F401
import os
import sys
from typing import Any

NO_DISPLAY = ("clusterdesk: no display found, so the desktop app cannot open. Use "
              "`clusterdesk report SURVEY --mapping M.clusterdesk.json` for the tables, or set "
              "QT_QPA_PLATFORM=offscreen.")


def has_display(env: dict[str, str] | None = None, platform: str | None = None) -> bool:
    """False only where Qt would certainly abort: Linux/BSD without X11/Wayland and no platform
    plugin chosen explicitly."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win", "darwin", "cygwin")):
        return True
    return any(env.get(k) for k in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))


def parse(argv: list[str]) -> argparse.Namespace:
    """What to open at start. No arguments (a launch from the desktop) needs no parser: building
    one loads gettext and argparse's help formatter."""
    if not argv:
        return argparse.Namespace(**NOTHING_TO_OPEN)
    args, _unknown = _parser().parse_known_args(argv)
    return args


NOTHING_TO_OPEN = {"file": None, "mapping": None, "sheet": None, "demo": False, "project": None}


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="clusterdesk", add_help=False)
    p.add_argument("file", nargs="?")
    p.add_argument("--mapping")
    p.add_argument("--sheet")
    p.add_argument("--demo", action="store_true")
    p.add_argument("--project")
    return p


def main(argv: list[str], debug: bool = False) -> int:
    args = parse(argv)
    if not has_display():
        print(NO_DISPLAY, file=sys.stderr)
        return 2
    from clusterdesk.runtime import warm

    # what is made until the window shows lives as long as the app (runtime.warm)
    with warm.start_up():
        app, window = _show_window(debug)
    from PySide6.QtCore import QTimer

    window.warm_up()
    QTimer.singleShot(0, lambda: start(window, args))
    if os.environ.get("CLUSTERDESK_SMOKE_TEST") == "1":
        def smoke() -> None:
            print("main window shown", flush=True)
            app.quit()

        QTimer.singleShot(0, smoke)
    code = int(app.exec())
    # let a job still running (the window was closed while reading) end before Qt goes away
    from PySide6.QtCore import QThreadPool

    window.runner.cancel()
    QThreadPool.globalInstance().waitForDone(30000)
    app.processEvents()
    return code


def _show_window(debug: bool) -> tuple[Any, Any]:
    """The application object, the interface language and the main window, shown."""
    from PySide6.QtWidgets import QApplication

    from clusterdesk.gui import recent

    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "clusterdesk"])
    app.setOrganizationName(recent.ORGANISATION)
    app.setApplicationName(recent.APPLICATION)
    from clusterdesk.gui.start_page import app_icon

    app.setWindowIcon(app_icon())
    _install_excepthook(debug)
    try:  # the interface language (Preferences or the system's); English if anything fails
        from clusterdesk.gui import i18n

        i18n.install_chosen(app)
    except Exception as exc:  # a missing catalogue must not stop the app
        print(f"clusterdesk: the interface stays in English ({exc}).", file=sys.stderr)

    from clusterdesk.gui.main_window import MainWindow

    window = MainWindow()
    window.show()
    return app, window


def start(window, args: argparse.Namespace) -> None:
    """What the command line asked for, once the window is up."""
    sheet = args.sheet
    if sheet is not None and sheet.isdigit():
        sheet = int(sheet)
    if args.demo:
        window.open_demo()
    elif args.project:
        window.open_project(args.project)
    elif args.file and args.file.endswith(".clusterdesk-project.json"):
        window.open_project(args.file)
    elif args.file and args.mapping:
        window.open_with_mapping(args.file, args.mapping)
    elif args.file:
        window.open_survey(args.file, sheet=sheet)


def _install_excepthook(debug: bool) -> None:
    """A bug in a slot must not kill the app or show a traceback to the analyst."""
    import traceback

    def hook(kind, value, tb) -> None:
        traceback.print_exception(kind, value, tb)
        from PySide6.QtWidgets import QApplication

        from clusterdesk.errors import UserError
        from clusterdesk.gui.dialogs import show_error

        parent = QApplication.activeWindow()
        if isinstance(value, UserError):
            show_error(parent, str(value))
        else:
            show_error(parent, f"Something went wrong inside ClusterDesk ({kind.__name__}: "
                               f"{value}). Your files are unchanged. Please report it to the "
                               "developers" + (" with the text printed in the terminal."
                                               if debug else "."))

    sys.excepthook = hook
