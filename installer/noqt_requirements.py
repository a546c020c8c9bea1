"""Print the package's requirements and test tools, less everything that brings Qt.

`make test-noqt` installs these into a venv of its own, so the tests outside tests/gui
prove at run time that nothing below gui/ needs PySide6.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

QT_PACKAGES = {"pyside6", "pyside6-essentials", "pyside6-addons", "shiboken6", "pytest-qt"}


def requirements(pyproject: Path) -> list[str]:
    project = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["test"])
    return [req for req in wanted if _name(req) not in QT_PACKAGES]


def _name(requirement: str) -> str:
    return re.split(r"[<>=!~\[; ]", requirement, maxsplit=1)[0].strip().lower()


if __name__ == "__main__":
    print("\n".join(requirements(Path(__file__).resolve().parent.parent / "pyproject.toml")))
