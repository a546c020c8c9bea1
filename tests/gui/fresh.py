"""A fresh interpreter for tests of what happens at start-up, which only a new process shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def fresh_python(args: list[str], home: Path, **env: str) -> subprocess.CompletedProcess:
    """Run this Python with ``args``: Qt offscreen, settings and home in ``home`` (never the
    user's), plus ``env``."""
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=str(home),
                HOME=str(home), **env)
    return subprocess.run([sys.executable, *args], env=full, capture_output=True, text=True,
                          timeout=60)


def last_line(code: str, home: Path) -> str:
    """What ``code`` printed last in a fresh interpreter (which must end without an error)."""
    proc = fresh_python(["-c", code], home)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.strip().splitlines()[-1]
