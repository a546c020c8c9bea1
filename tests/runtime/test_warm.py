"""The program runs numpy's BLAS on one thread unless the user chose a number."""

from __future__ import annotations

import os
import subprocess
import sys

PROBE = """
import contextlib, io, os
from clusterdesk import cli
with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):
    cli.main(["inspect", "--help"])
print(os.environ.get("OPENBLAS_NUM_THREADS"))
"""


def _blas_threads_after_main(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if not k.endswith("_NUM_THREADS")}
    done = subprocess.run([sys.executable, "-c", PROBE], env=dict(clean, **env),
                          capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_main_sets_one_blas_thread():
    assert _blas_threads_after_main() == "1"


def test_the_users_own_setting_is_kept():
    assert _blas_threads_after_main(OPENBLAS_NUM_THREADS="3") == "3"
