"""Start-up: median of five launches, process start -> main window shown, against a bare window.

Floor: a bare PySide6 QMainWindow shown by the same Python. Target: ClusterDesk at most 1.5 x the
floor (heavy imports — pandas, statsmodels, matplotlib — must wait until the window is up).
The app prints "main window shown" when CLUSTERDESK_SMOKE_TEST=1 is set and then quits.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
from PySide6.QtCore import QTimer
app = QApplication(sys.argv)
w = QMainWindow(); w.resize(1000, 700); w.show()
def shown():
    print("main window shown", flush=True); app.quit()
QTimer.singleShot(0, shown)
app.exec()
"""


def time_to_shown(cmd: list[str]) -> float:
    env = os.environ | {"QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
                        "CLUSTERDESK_SMOKE_TEST": "1"}
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    for line in proc.stdout:
        if "main window shown" in line:
            elapsed = time.perf_counter() - start
            break
    else:
        raise SystemExit(f"{cmd} never showed its window (exit {proc.wait()})")
    proc.wait(timeout=60)
    return elapsed


def median_of(cmd: list[str], runs: int = 5) -> float:
    time_to_shown(cmd)  # warm the file cache
    return statistics.median(time_to_shown(cmd) for _ in range(runs))


def main() -> int:
    floor = median_of([sys.executable, "-c", BARE])
    # launched as analysts launch it: the installed `clusterdesk` command (python -m as fallback)
    script = Path(sys.executable).with_name("clusterdesk")
    app = median_of([str(script)] if script.exists() else [sys.executable, "-m", "clusterdesk"])
    ratio = app / floor
    print(f"bare QMainWindow shown: {floor:.3f} s (median of 5)")
    print(f"ClusterDesk main window shown: {app:.3f} s (median of 5)")
    print(f"ratio: {ratio:.2f} (target <= 1.5) {'OK' if ratio <= 1.5 else 'OVER TARGET'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
