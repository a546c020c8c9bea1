"""`clusterdesk report`: survey file + mapping file -> Excel report and/or results file, headless.

The same path as the GUI's export (analysis.analyse_file, report.excel, report.results_json), so a
scheduled job and the desktop give identical numbers. Heavy modules are imported inside ``run``
so that ``clusterdesk --help`` stays fast.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from clusterdesk.cli import compare_opts
from clusterdesk.runtime import Task

MAX_WARNINGS_SHOWN = 5
# what the analysis and the outputs import, imported while the reading child works
RUN_NEEDS = ("pandas", "scipy.stats", "statsmodels.discrete.discrete_model",
             "statsmodels.regression.linear_model", "clusterdesk.analysis.coding",
             "clusterdesk.analysis.classify", "clusterdesk.analysis.sample",
             "clusterdesk.analysis.tables", "clusterdesk.analysis.regression",
             "clusterdesk.analysis.margins", "clusterdesk.report.results_json")
WORKBOOK_NEEDS = ("openpyxl", "openpyxl.packaging.extended", "clusterdesk.report.excel",
                  "clusterdesk.report.excel_data", "clusterdesk.report.excel_groups",
                  "clusterdesk.report.excel_stream", "clusterdesk.report.excel_tables",
                  "clusterdesk.report.excel_sample", "clusterdesk.report.excel_regression",
                  "clusterdesk.report.excel_method")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "report", help="write the Excel report and/or the results file for a survey",
        description="Analyse a survey export with a mapping file saved by ClusterDesk and write "
                    "the report workbook (--out) and/or the results file (--json).",
        epilog="Examples:\n"
               "  clusterdesk report survey.xlsx --mapping survey.clusterdesk.json "
               "--out report.xlsx\n"
               "  clusterdesk report --demo --out demo_report.xlsx --json demo_results.json\n"
               "  clusterdesk report survey-2026.xlsx --mapping survey-2025.clusterdesk.json "
               "--adapt --out report-2026.xlsx\n"
               "  clusterdesk report survey-2025.xlsx --mapping m2025.clusterdesk.json "
               "--compare survey-2023.xlsx --compare-mapping m2023.clusterdesk.json "
               "--labels 2023,2025 --out change.xlsx",
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("input", nargs="?", metavar="INPUT",
                   help="the survey file (.xlsx, .xls, .ods, .csv, .sav, .dta ...)")
    p.add_argument("--mapping", metavar="FILE",
                   help="the .clusterdesk.json mapping file (default: INPUT's name with "
                        ".clusterdesk.json, when that file exists)")
    p.add_argument("--out", metavar="REPORT.xlsx", help="the Excel report to write")
    p.add_argument("--json", metavar="RESULTS.json", help="the results file to write")
    p.add_argument("--lang", choices=("en", "nb"), default="en",
                   help="language of the workbook (default: en)")
    p.add_argument("--sheet", metavar="S",
                   help="sheet name, or its 0-based number, overriding the mapping's sheet")
    p.add_argument("--no-data", action="store_true",
                   help="leave the sheet of coded firm data out of the workbook")
    p.add_argument("--adapt", action="store_true",
                   help="next year's export: if questions were renamed, renumbered or moved, or "
                        "answers reworded since the mapping was saved, re-apply it as "
                        "'clusterdesk map --from' does and list every change on stderr")
    p.add_argument("--demo", action="store_true",
                   help="use the bundled demo survey and its mapping")
    p.add_argument("--quiet", "-q", action="store_true", help="print nothing on success")
    compare_opts.add_arguments(p)
    p.set_defaults(func=run)


def _inputs(args: argparse.Namespace) -> tuple[Path, Path]:
    """The survey and mapping paths the arguments name, or a UserError saying what is missing."""
    from clusterdesk.errors import UserError

    if args.demo:
        if args.input or args.mapping:
            raise UserError("--demo uses the bundled demo survey and mapping; leave out INPUT "
                            "and --mapping, or leave out --demo.")
        from clusterdesk.paths import demo_mapping, demo_survey

        return demo_survey(), demo_mapping()
    if not args.input:
        raise UserError("Name the survey file to analyse (clusterdesk report SURVEY --mapping "
                        "FILE --out REPORT.xlsx), or use --demo.")
    survey = Path(args.input)
    if not _reachable(survey):
        raise UserError(f"The survey file '{survey}' cannot be opened: you may not open the "
                        f"folder '{survey.parent}' (permission denied). Ask for access or copy "
                        "the file somewhere you may read.")
    if not survey.is_file():
        what = ("is a folder, not a file" if survey.is_dir() else
                "is not a regular file" if survey.exists() else "does not exist")
        raise UserError(f"The survey file '{survey}' {what}. Check the path.")
    if args.mapping:
        return survey, Path(args.mapping)
    guess = survey.with_name(survey.stem + ".clusterdesk.json")
    if guess.is_file():
        return survey, guess
    raise UserError(f"No mapping file given for '{survey.name}'. Save one from ClusterDesk's "
                    f"import wizard and pass it with --mapping (or name it '{guess.name}').")


def _reachable(path: Path) -> bool:
    """False when a folder on the way may not be searched (the file may exist or not)."""
    try:
        path.stat()
    except PermissionError:
        return False
    except OSError:
        pass
    return True


def _outputs(args: argparse.Namespace, survey: Path, mapping: Path) -> tuple[Path | None,
                                                                              Path | None]:
    from clusterdesk.errors import UserError

    if not args.out and not args.json:
        raise UserError("Say where to write: --out REPORT.xlsx for the workbook and/or "
                        "--json RESULTS.json for the results file.")
    out = Path(args.out) if args.out else None
    js = Path(args.json) if args.json else None
    if out is not None and out.suffix.lower() != ".xlsx":
        raise UserError(f"The report '{out.name}' must be an .xlsx file. Give a name ending in "
                        ".xlsx after --out.")
    if js is not None and js.suffix.lower() != ".json":
        raise UserError(f"The results file '{js.name}' must be a .json file. Give a name ending "
                        "in .json after --json.")
    sources = {p.resolve() for p in (survey, mapping) if p.exists()}
    for target in (out, js):
        if target is not None and target.resolve() in sources:
            raise UserError(f"'{target.name}' is the survey or mapping file itself; ClusterDesk "
                            "never overwrites its sources. Choose another name.")
    if out is not None and js is not None and out.resolve() == js.resolve():
        raise UserError("--out and --json name the same file. Choose two names.")
    from clusterdesk.report.excel_save import check_folder

    for target in (out, js):
        if target is not None:
            check_folder(target)  # before the analysis, which may take a while
    return out, js


def _sheet(value: str | None) -> str | int | None:
    """'2' -> the sheet at 0-based index 2 (as in the mapping file); anything else is a name."""
    if value is None:
        return None
    return int(value) if value.strip().isdigit() else value


def run(args: argparse.Namespace) -> int:
    import clusterdesk.analysis as analysis
    from clusterdesk.analysis import open_survey
    from clusterdesk.errors import MappingDoesNotFit, UserError
    from clusterdesk.mapping.fileformat import load

    survey, mapping_path = _inputs(args)
    _reader_ahead(survey)
    out, js = _outputs(args, survey, mapping_path)
    mapping = load(mapping_path)
    invalid = mapping.errors()
    if invalid:  # about the mapping file alone, before the survey is read
        raise UserError(f"The mapping file '{mapping_path.name}' is not valid: {' '.join(invalid)}")
    sheet = _sheet(args.sheet)
    if sheet is not None:
        mapping.source.sheet = sheet
    line = _ProgressLine() if not args.quiet and sys.stderr.isatty() else None
    written: list[tuple[str, Path]] = []
    from clusterdesk.runtime import warm

    # the survey is read by a child process: this one imports the engine meanwhile
    warm.import_ahead(RUN_NEEDS + (WORKBOOK_NEEDS if out is not None else ()))
    warm.batch_run()
    early = _Early(args.lang) if out is not None and not args.no_data else None
    try:
        progress = line.show if line else None
        if args.compare:
            results = compare_opts.compared(args, survey, mapping, progress)
        elif args.adapt:
            results = _adapted(survey, mapping, Task(progress), early)
        else:
            task = Task(progress)
            try:
                coded, _ = open_survey(survey, mapping, task=task)
            except MappingDoesNotFit as exc:
                raise UserError(f"{exc} If this is a new year's export of the same survey, run "
                                "the command again with --adapt to re-apply the mapping to the "
                                "renamed questions.") from None
            results = analysis.run(coded, task=task.sub(0.2, 1.0),
                                   classified=early.classified if early else None)
        from clusterdesk.atomic import together

        with together():  # both outputs replaced, or neither (a full disk, Ctrl-C, a kill)
            if js is not None:
                from clusterdesk.report import results_json

                results_json.write(results, js)
                written.append(("Results file", js))
            if out is not None:
                from clusterdesk.report.excel import write_workbook

                draft, early = (early.draft if early else None), None  # the workbook's now
                write_workbook(results, out, lang=args.lang,
                               include_data=False if args.no_data else None,
                               task=Task(line.report_part if line else None), draft=draft)
                written.append(("Report", out))
    finally:
        if early is not None:  # the workbook begun during the analysis, never saved
            early.discard()
        if line:  # cleared, so that a message starts on a clean line
            line.clear()
    if not args.quiet:
        _summary(results, survey, written)
    return 0


def _reader_ahead(survey: Path) -> None:
    """A file read in a child process gets its child now: it starts while the mapping is
    loaded and checked."""
    from clusterdesk.io import contain, detect

    try:
        kind = detect.detect(survey)
    except Exception:  # noqa: BLE001 - the reading says what is wrong with the file
        return
    if kind in detect.WORKBOOK_FORMATS | detect.STATS_FORMATS:
        contain.start_ahead()


def _adapted(survey: Path, mapping, task: Task, early: _Early | None = None):
    """Last year's mapping re-applied to this file (mapping.nextyear), every role lost and then
    every change on stderr before the analysis, so the analyst sees what was matched to what."""
    from clusterdesk.analysis import open_survey, run
    from clusterdesk.cli.fit_lines import print_fit

    coded, changes = open_survey(survey, mapping, adapt=True, task=task)
    print_fit(mapping, coded.mapping, changes)
    return run(coded, task=task.sub(0.2, 1.0), classified=early.classified if early else None)


class _Early:
    """The workbook's data sheet begun as soon as the firms are classified: a worker thread
    joins and compresses its rows while the analysis goes on (report.excel.start)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.draft = None

    def classified(self, data, classes) -> None:
        from clusterdesk.analysis.results import firms_of
        from clusterdesk.report.excel import start

        self.draft = start(firms_of(data, classes), self.lang)

    def discard(self) -> None:
        if self.draft is not None:
            self.draft.discard()
            self.draft = None


class _ProgressLine:
    """On a terminal, one self-overwriting line of progress on stderr (a big survey takes a
    while); pipes, scripts and tests get none, so their output stays clean."""

    def show(self, fraction: float, message: str, prefix: str = "") -> None:
        line = f"[{100 * min(max(fraction, 0.0), 1.0):3.0f}%] {prefix}{message}"
        sys.stderr.write("\r" + line[:78].ljust(78))
        sys.stderr.flush()

    def report_part(self, fraction: float, message: str) -> None:
        self.show(fraction, message, "Report: ")

    def clear(self) -> None:
        sys.stderr.write("\r" + " " * 78 + "\r")
        sys.stderr.flush()


def _summary(results, survey: Path, written: list[tuple[str, Path]]) -> None:
    info = results.input
    print(f"{survey.name}: {info.rows_used} firms analysed ({info.rows_read} rows read).")
    for what, path in written:
        print(f"{what} written to {path}")
    warnings = list(info.warnings)
    failed = [m for m in results.regression.models if m.error] if results.regression else []
    warnings += [f"Model for {m.outcome_label}: {m.error}" for m in failed]
    if warnings:
        print(f"{len(warnings)} warning{'s' if len(warnings) != 1 else ''}:", file=sys.stderr)
        for w in warnings[:MAX_WARNINGS_SHOWN]:
            print(f"  - {w}", file=sys.stderr)
        if len(warnings) > MAX_WARNINGS_SHOWN:
            print(f"  ... and {len(warnings) - MAX_WARNINGS_SHOWN} more (see the report's Method "
                  "sheet or the results file).", file=sys.stderr)
