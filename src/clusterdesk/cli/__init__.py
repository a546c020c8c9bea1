"""Command line: no sub-command opens the desktop app; `report`, `inspect`, `map` work headless.

Each sub-command lives in its own module exposing ``add_parser(subparsers)`` (which sets
``func``). Errors the analyst can fix (UserError) become one line on stderr and exit code 2; a
traceback is shown only with ``--debug``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    import argparse

from clusterdesk import __version__
from clusterdesk.errors import Cancelled, UserError

SUBCOMMANDS = ("report", "inspect", "map")


def build_parser() -> argparse.ArgumentParser:
    import argparse  # not needed on the way to the GUI: start-up time

    parser = argparse.ArgumentParser(
        prog="clusterdesk",
        description="Do regional clusters make firms more innovative? Analyse a firm survey.")
    parser.add_argument("--version", action="version", version=f"ClusterDesk {__version__}")
    parser.add_argument("--debug", action="store_true", help="show a traceback on errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    from clusterdesk.cli import inspect_cmd, map_cmd, report_cmd

    for module in (report_cmd, inspect_cmd, map_cmd):
        module.add_parser(sub)
    return parser


def entry() -> NoReturn:
    """The console command: ``main``, then ``end_process``."""
    end_process(main())


def end_process(code: int) -> NoReturn:
    """End the process with ``code``. After a sub-command, without unloading the libraries it
    loaded: pandas, scipy and statsmodels take a third of a second to unload, for nothing. Its
    files are written and closed by then; exit handlers run and the streams are flushed first.
    The desktop app ends the ordinary way."""
    if _is_command(sys.argv[1:]):
        import atexit
        import os

        atexit._run_exitfuncs()  # noqa: SLF001 - what an ordinary exit would run
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):  # a closed pipe: nothing more to say there
                pass
        os._exit(code)
    raise SystemExit(code)


def _is_command(argv: list[str]) -> bool:
    return any(a in SUBCOMMANDS for a in argv[:2]) or any(
        a in ("-h", "--help", "--version") for a in argv)


def main(argv: list[str] | None = None) -> int:
    from clusterdesk.runtime import interrupt, warm

    interrupt.install()  # before any thread imports ahead
    warm.one_blas_thread()  # inherited by the reading and analysis children
    try:
        from clusterdesk.scratch import private_tempdir

        with private_tempdir():  # nothing of a killed run stays in the system's temporary folder
            return _main(argv)
    except KeyboardInterrupt:  # Ctrl-C while starting up or clearing up, outside the command
        print("clusterdesk: interrupted.", file=sys.stderr)
        return 130


def _main(argv: list[str] | None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    if not _is_command(argv):
        from clusterdesk.gui.app import main as gui_main

        return gui_main([a for a in argv if a != "--debug"], debug=debug)
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except UserError as exc:
        if debug:
            raise
        print(f"clusterdesk: {exc}", file=sys.stderr)
        return 2
    except Cancelled:
        print("clusterdesk: stopped.", file=sys.stderr)
        return 130
    except BrokenPipeError:  # output piped into `head` and closed: not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except KeyboardInterrupt:
        print("clusterdesk: interrupted.", file=sys.stderr)
        return 130
    except OSError as exc:
        if debug or not exc.filename:
            raise
        # a file or folder the system refuses (no permission, read-only, disk full): not a bug
        print(f"clusterdesk: '{exc.filename}' cannot be used ({exc.strerror or exc}). Check the "
              "path, that you may read or write there, and that the disk has room.",
              file=sys.stderr)
        return 2
    except Exception as exc:  # a bug: say so in one line, keep the traceback for --debug
        if debug:
            raise
        print(f"clusterdesk: internal error ({type(exc).__name__}: {exc}). "
              "Run again with --debug and send the output to the ClusterDesk developers.",
              file=sys.stderr)
        return 1
