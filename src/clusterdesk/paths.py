"""Where bundled resources (demo survey, icons, translations, guide) are found at run time."""

from __future__ import annotations

import os
import sys
from pathlib import Path


def resources_dir() -> Path:
    """resources/ of the source tree, of a PyInstaller bundle, or as set by CLUSTERDESK_RESOURCES."""
    env = os.environ.get("CLUSTERDESK_RESOURCES")
    if env:
        return Path(env)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def demo_survey() -> Path:
    return resource("demo", "demo_survey.xlsx")


def demo_mapping() -> Path:
    return resource("demo", "demo_survey.clusterdesk.json")
