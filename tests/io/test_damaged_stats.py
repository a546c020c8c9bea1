"""Damaged SPSS files: read in the contained child, so every damage ends in a table or one message
naming the file, never a crash of this process (pyreadstat segfaults on some of them)."""

from __future__ import annotations

import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

import clusterdesk.io as io
from clusterdesk.errors import UserError

# 4 bytes written over the file: the largest, the smallest and zero 32-bit counts, all ones, and
# a float-like pattern; the header and dictionary of this small file lie in its first ~500 bytes
PATTERNS = [b"\xff\xff\xff\x7f", b"\x00\x00\x00\x80", b"\xff\xff\xff\xff", b"\x00\x00\x00\x00",
            b"\x01\x00\x00\x40"]
CASES = 40


def _survey(path: Path) -> bytes:
    import pandas as pd
    import pyreadstat

    df = pd.DataFrame({"region": [1.0, 2.0, 3.0, 1.0] * 10,
                       "name": ["Bergen", "Oslo", "Tromsø", "x"] * 10,
                       "inno": [0.0, 1.0, 9.0, 1.0] * 10})
    pyreadstat.write_sav(df, str(path), column_labels=["Landsdel", "Navn", "Innovasjon"],
                         variable_value_labels={"region": {1: "Øst", 2: "Vest", 3: "Nord"},
                                                "inno": {0: "Nei", 1: "Ja", 9: "Vet ikke"}},
                         missing_ranges={"inno": [9]})
    return path.read_bytes()


def _damaged_files(folder: Path) -> list[Path]:
    """CASES copies of one survey, each with one pattern written at its own offset (64, 74, ...
    through the header, the variable records and the labels)."""
    raw = _survey(folder / "whole.sav")
    files = []
    for i in range(CASES):
        offset = 64 + 10 * i
        data = bytearray(raw)
        data[offset:offset + 4] = PATTERNS[i % len(PATTERNS)]
        path = folder / f"damaged-{i:02d}.sav"
        path.write_bytes(bytes(data))
        files.append(path)
    return files


def _outcome(path: Path) -> str:
    try:
        table = io.read(path)
    except UserError as exc:
        return "refused: " + str(exc)
    assert table.columns  # a file read is a table with its columns
    return "read"


def test_every_damaged_sav_is_read_or_refused_naming_the_file(tmp_path):
    files = _damaged_files(tmp_path)
    with ThreadPoolExecutor(max_workers=3) as pool:  # each read waits on its own child
        outcomes = list(pool.map(_outcome, files))
    for path, outcome in zip(files, outcomes, strict=True):
        if outcome != "read":
            assert f"'{path.name}'" in outcome, outcome
            assert "\n" not in outcome and "Traceback" not in outcome
            assert "SPSS/Stata" in outcome  # says what to do
    assert "read" in outcomes and any(o != "read" for o in outcomes)


def test_a_reader_crash_is_one_message(tmp_path):
    """Case 20 (0x7fffffff at offset 264, in the variable records) makes pyreadstat 1.3 crash
    the process it runs in: shown here in a bare child, then read through ClusterDesk."""
    path = _damaged_files(tmp_path)[20]
    bare = subprocess.run([sys.executable, "-c", "import sys, pyreadstat; "
                           "pyreadstat.read_sav(sys.argv[1], user_missing=True)", str(path)],
                          capture_output=True, timeout=120)
    if bare.returncode >= 0:
        pytest.skip("this pyreadstat no longer crashes on the file (the other tests still hold)")
    with pytest.raises(UserError) as err:
        io.read(path)
    assert str(err.value) == (
        f"ClusterDesk could not read '{path.name}': the SAV file is damaged or incomplete (the "
        "reader stopped on it). Save it again from SPSS/Stata and retry.")


@pytest.mark.parametrize("case", [20, 21, 0])
def test_inspect_a_damaged_sav_gives_one_line(tmp_path, case):
    path = _damaged_files(tmp_path)[case]
    done = subprocess.run([sys.executable, "-m", "clusterdesk", "inspect", str(path)],
                          capture_output=True, text=True, timeout=180)
    assert done.returncode in (0, 2), done.stderr
    assert "Traceback" not in done.stderr
    if done.returncode == 2:
        assert len(done.stderr.strip().splitlines()) == 1, done.stderr
        assert path.name in done.stderr
    else:
        assert done.stderr.strip() == ""
