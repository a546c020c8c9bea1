"""Writing output files safely: a temporary file beside the target, then one rename.

Shared by the writers of mapping, project and results files and charts, so that a crash or a
locked target never leaves a half-written file and outputs get the user's usual permissions.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def default_mode() -> int:
    """The permissions a plain ``open(path, "w")`` would give; mkstemp makes files 0600."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


@contextmanager
def replacing(target: Path, suffix: str) -> Iterator[str]:
    """Yield a temporary path beside ``target``; when the block ends normally it replaces
    ``target`` (with the usual permissions), otherwise it is removed."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".~", suffix=suffix, dir=target.parent)
    os.close(fd)
    try:
        yield tmp
        os.chmod(tmp, default_mode())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
