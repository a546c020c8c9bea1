"""Every hostile or broken file kind: imported with the expected warning or refused with the
expected message, within 10 seconds and 1 GB, and a native parser crash never takes us down."""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError
from clusterdesk.io import contain
from clusterdesk.io.limits import Limits
from clusterdesk.runtime import Task
from tests.io import hostile, xlsxkit

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    return hostile.build_all(tmp_path_factory.mktemp("hostile"))


def test_at_least_forty_kinds():
    assert len(hostile.KINDS) >= 40
    assert len({k.name for k in hostile.KINDS}) == len(hostile.KINDS)


@pytest.mark.parametrize("name", [k.name for k in hostile.KINDS])
def test_kind_is_imported_or_refused_as_expected(files, name):
    path, kind = files[name]
    start = time.perf_counter()
    if kind.expect == "refused":
        with pytest.raises(UserError) as caught:
            io.read(path)
        message = str(caught.value)
        assert kind.match in message
        assert path.name in message and str(path.parent) not in message  # name, not temp path
        assert "Traceback" not in message
    else:
        table = io.read(path)
        if kind.match:
            assert any(kind.match in w for w in table.report.warnings), table.report.warnings
        if kind.rows is not None:
            assert table.n_rows == kind.rows
        if kind.columns is not None:
            assert len(table.columns) == kind.columns
    assert time.perf_counter() - start < 10


_LAUNCH = "import subprocess, sys; sys.exit(subprocess.run(sys.argv[1:]).returncode)"
_MEASURE = """
import json, resource, sys, time
import clusterdesk.io as io
from clusterdesk.errors import UserError
slowest = 0.0
for path in sys.argv[1:]:
    t = time.perf_counter()
    try:
        io.read(path)
    except UserError:
        pass
    slowest = max(slowest, time.perf_counter() - t)
print(json.dumps({"self": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "children": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
                  "slowest": slowest}))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="peak RSS via resource is POSIX only")
def test_all_kinds_stay_under_one_gigabyte(files):
    """One fresh process reads every kind; its peak RSS (and its reader children's) bounds each."""
    paths = [str(p) for p, _k in files.values()]
    # started from a small launcher: a process started straight from pytest reports pytest's own
    # peak memory (Linux carries it over vfork and exec), which grows with the tests run before
    out = subprocess.run([sys.executable, "-c", _LAUNCH, sys.executable, "-c", _MEASURE, *paths],
                         capture_output=True, text=True, timeout=300, cwd=ROOT, check=True)
    peak = json.loads(out.stdout.strip().splitlines()[-1])
    assert peak["self"] < 1024 * 1024  # KiB
    assert peak["children"] < 1024 * 1024
    assert peak["slowest"] < 10


def test_native_abort_in_child_becomes_a_message(tmp_path):
    """python-calamine aborts on a cell at XFD1048576; in the child that is only a message."""
    path = tmp_path / "far.xlsx"
    body = xlsxkit.rows_xml(hostile.ROWS) + \
        '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>'
    xlsxkit.write_xlsx(path, [("Data", xlsxkit.sheet_xml(body))])
    with pytest.raises(UserError, match="'far.xlsx': the file is damaged or too large"):
        contain.run_job({"path": str(path), "sheet": 0, "nrows": None}, Limits())


def test_shared_string_abort_in_child_becomes_a_message(tmp_path):
    path = tmp_path / "sst.xlsx"
    body = '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    xlsxkit.write_xlsx(path, [("Data", xlsxkit.sheet_xml(body))],
                       shared=xlsxkit.shared_strings(["Firm"], 2**31))
    with pytest.raises(UserError, match="damaged or too large to open safely"):
        contain.run_job({"path": str(path), "sheet": 0, "nrows": None}, Limits())


def test_child_timeout_becomes_a_message(tmp_path):
    path = xlsxkit.write_xlsx(tmp_path / "slow.xlsx")
    with pytest.raises(UserError, match="longer than 0 seconds"):
        contain.run_job({"path": str(path), "sheet": 0, "nrows": None},
                        Limits(child_timeout_s=0.001))


def test_contained_read_gives_the_same_table(tmp_path):
    path = xlsxkit.write_xlsx(tmp_path / "same.xlsx", [("Data", xlsxkit.sheet_xml(
        xlsxkit.rows_xml(hostile.ROWS + [["C", "Oslo", 3.5]])))])
    direct = io.read(path, limits=Limits(contain=False))
    contained = io.read(path)
    assert contained.report.contained and not direct.report.contained
    assert contained.columns == direct.columns == ["Firm", "Region", "Product"]
    assert contained.data.values.tolist() == direct.data.values.tolist()
    assert direct.data.values.tolist()[-1] == ["C", "Oslo", 3.5]


def test_contained_read_of_a_long_sheet_gives_the_same_table(tmp_path):
    # past the rows that travel as they are, columns are packed: numbers as one array, text,
    # mixed and blank cells as codes; the table must not change on the way
    rows = [["Survey 2025"], ["Firm", "Region", "Employees", "Mixed", "Gaps"]]
    for i in range(1, 151):
        rows.append([i, ["Oslo", "Bergen", "Nord & Sør"][i % 3], i * 1.5,
                     "n/a" if i % 7 == 0 else i, None if i % 5 else "x"])
    path = xlsxkit.write_xlsx(tmp_path / "long.xlsx", [("Data", xlsxkit.sheet_xml(
        xlsxkit.rows_xml(rows)))])
    direct = io.read(path, limits=Limits(contain=False))
    contained = io.read(path)
    assert contained.report.contained and not direct.report.contained
    assert contained.columns == direct.columns == ["Firm", "Region", "Employees", "Mixed", "Gaps"]
    assert contained.data.values.tolist() == direct.data.values.tolist()
    assert len(direct.data) == 150
    assert direct.data.values.tolist()[-1][:4] == [150, "Oslo", 225, 150]


def test_limits_are_settings(tmp_path):
    path = tmp_path / "wide.xlsx"
    xlsxkit.write_xlsx(path, [("Data", xlsxkit.sheet_xml(xlsxkit.rows_xml(
        [[f"Q{j}" for j in range(40)], list(range(40))])))])
    assert len(io.read(path).columns) == 40
    with pytest.raises(UserError, match="40 columns"):
        io.read(path, limits=Limits(max_columns=30))


_INSPECT = """
import contextlib, io, json, sys
from clusterdesk.cli import main
out = {}
for path in sys.argv[1:]:
    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        try:
            code = main(["inspect", path])
        except SystemExit as exc:
            code = exc.code
    out[path] = [code, err.getvalue()]
print(json.dumps(out))
"""

def test_clusterdesk_inspect_exits_0_or_2_without_traceback(files):
    paths = {str(p): name for name, (p, _k) in files.items()}
    run = subprocess.run([sys.executable, "-c", _INSPECT, *paths], capture_output=True,
                         text=True, timeout=600, cwd=ROOT, check=True)
    results = json.loads(run.stdout.strip().splitlines()[-1])
    for path, (code, err) in results.items():
        kind = files[paths[path]][1]
        assert code == (2 if kind.expect == "refused" else 0), (paths[path], code, err)
        assert "Traceback" not in err and "internal error" not in err, (paths[path], err)
        if code == 2:
            assert err.count("\n") == 1 and Path(path).name in err  # one line, names the file


def test_pipe_is_refused_without_blocking(tmp_path):
    import os

    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    fifo = tmp_path / "survey.csv"
    os.mkfifo(fifo)
    with pytest.raises(UserError, match="'survey.csv' is not an ordinary file"):
        io.read(fifo)


def test_missing_file_and_folder_are_messages(tmp_path):
    with pytest.raises(UserError, match="'gone.xlsx' does not exist"):
        io.read(tmp_path / "gone.xlsx")
    with pytest.raises(UserError, match="is a folder"):
        io.list_sheets(tmp_path)


def test_text_file_size_limit_is_a_setting(tmp_path):
    path = tmp_path / "big.csv"
    path.write_text("Firm,Region\n" + "A,Oslo\n" * 2000, encoding="utf-8")
    assert io.read(path).n_rows == 2000
    with pytest.raises(UserError, match="'big.csv' is 14 kB, more than the 1,000 bytes"):
        io.read(path, limits=Limits(max_file_bytes=1000))


@pytest.mark.parametrize("name", ["far_cell_after_tab", "far_cell_prefixed",
                                  "namespace_prefixed_cells", "cells_without_reference"])
def test_in_process_mode_sends_what_the_scan_cannot_vouch_for_to_the_child(files, name):
    """Limits(contain=False) reads pre-checked .xlsx in this process; these would abort it."""
    path, kind = files[name]
    trusted = Limits(contain=False)
    if kind.expect == "refused":
        with pytest.raises(UserError, match="damaged or too large"):
            io.read(path, limits=trusted)
    else:
        table = io.read(path, limits=trusted)
        assert table.report.contained and table.n_rows == kind.rows


def test_cancel_stops_the_reading_child(tmp_path):
    """The task's stop is polled while the child reads: the child is killed, Cancelled raised."""
    from clusterdesk.errors import Cancelled

    path = xlsxkit.write_xlsx(tmp_path / "cancel.xlsx")
    running = contain.start({"path": str(path), "sheet": 0, "nrows": None}, Limits())
    with pytest.raises(Cancelled):
        contain.finish(running, Limits(), task=Task(should_stop=lambda: True))
    assert running.proc.returncode is not None  # the child is gone
    assert not Path(running.out).exists()  # and the file for its result with it


def test_the_result_comes_through_a_file_that_is_removed_once_read(tmp_path):
    path = xlsxkit.write_xlsx(tmp_path / "small.xlsx")
    running = contain.start({"path": str(path), "sheet": 0, "nrows": None}, Limits())
    assert Path(running.out).parent == Path(tempfile.gettempdir())
    running.proc.wait(timeout=60)
    assert Path(running.out).stat().st_size > 100  # the Arrow file, written by the child
    result = contain.finish(running, Limits())
    assert result.sheets and not Path(running.out).exists()
