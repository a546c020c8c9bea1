"""Writing output files safely: a temporary file beside the target, then one rename.

Shared by every writer (mapping, project, results file, charts), so that a crash or a locked
target never leaves a half-written file and outputs get the user's usual permissions.
"""

from __future__ import annotations

import os


def default_mode() -> int:
    """The permissions a plain ``open(path, "w")`` would give; mkstemp makes files 0600."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask
