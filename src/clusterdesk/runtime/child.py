"""Starting ClusterDesk's own child processes: the reading child (io.contain) and the analysis
child (analysis.child) are started the same way.

From source, a child is ``python -m <module>`` with this checkout first on its path; a frozen
(PyInstaller) build has no ``-m``, so it runs its own executable with the child's flag, which its
entry point hands over before anything else is imported (installer/entry.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path


def command(module: str, flag: str, *args: str) -> list[str]:
    """How to start the child ``module``: this interpreter, or the frozen app with ``flag``."""
    if getattr(sys, "frozen", False):
        return [sys.executable, flag, *args]
    return [sys.executable, "-m", module, *args]


def environment(**extra: str) -> dict[str, str]:
    """This process's environment, with this package first on the path and ``extra`` set."""
    import clusterdesk

    env = dict(os.environ)
    root = str(Path(clusterdesk.__file__).resolve().parents[1])
    env["PYTHONPATH"] = root + os.pathsep + env.get("PYTHONPATH", "")
    env.update(extra)
    return env


def limit_memory(size: int) -> None:
    """Cap this (child) process's address space at ``size`` bytes where the system can; on
    Windows there is no such limit and the parent's timeout still holds."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (size, size))
    except (ImportError, ValueError, OSError):
        pass


def peak_memory_kb() -> int | None:
    """This process's peak resident memory, where the system tells it."""
    try:
        import resource
    except ImportError:  # Windows
        return None
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
