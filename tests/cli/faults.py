"""Real file-system faults for the tests: a small tmpfs (full or read-only) and a child process
for which permissions hold even when the tests run as root."""

from __future__ import annotations

import contextlib
import ctypes
import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


@contextlib.contextmanager
def tmpfs(folder: Path, size_kb: int = 256, read_only: bool = False) -> Iterator[Path]:
    """A tmpfs mounted at ``folder`` (skips the test where mounting is not allowed)."""
    folder.mkdir(parents=True, exist_ok=True)
    options = f"size={size_kb}k" + (",ro" if read_only else "")
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)],
                          capture_output=True, text=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here ({done.stderr.strip() or 'not allowed'})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def fill(folder: Path) -> None:
    """Write a file until the disk under ``folder`` has no room left."""
    with open(folder / "filler", "wb", buffering=0) as fh:
        try:
            while True:
                fh.write(b"\0" * 4096)
        except OSError as exc:
            assert exc.errno == errno.ENOSPC


def _drop_dac() -> None:
    """In the child before exec: no capability overrides file permissions, even as root."""
    libc = ctypes.CDLL(None, use_errno=True)
    for cap in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def permissions_hold() -> str | None:
    """None when a child started by ``clusterdesk_bound`` obeys chmod, else why not."""
    if not sys.platform.startswith("linux"):
        return "dropping capabilities is Linux-only"
    if os.geteuid() != 0:
        return None
    probe = subprocess.run([sys.executable, "-c", "pass"], preexec_fn=_drop_dac,
                           capture_output=True)
    return None if probe.returncode == 0 else "root here cannot drop CAP_DAC_OVERRIDE"


def clusterdesk_bound(*args: object, env: dict | None = None) -> subprocess.CompletedProcess:
    """`python -m clusterdesk ARGS` in a process where file permissions apply (root included)."""
    return subprocess.run([sys.executable, "-m", "clusterdesk", *map(str, args)],
                          preexec_fn=_drop_dac if os.geteuid() == 0 else None,
                          capture_output=True, text=True, timeout=180, env=env)
