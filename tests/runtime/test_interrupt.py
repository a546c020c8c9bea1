"""Ctrl-C while two threads import: never inside importlib's bookkeeping, where it would leave
the import lock taken and the thread importing ahead (then the whole command) waiting for ever."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from clusterdesk.runtime import interrupt

# For a second and a half, the main thread imports and forgets a module over and over, and a
# second thread does the same beside it. Ctrl-C (a signal from the test every 3 ms) falls
# wherever the main thread is, mostly in importlib.
CHILD = """
import importlib, signal, sys, threading, time
sys.path.insert(0, sys.argv[1])
from clusterdesk.runtime import interrupt
{install}
stop = threading.Event()

def again(name):
    importlib.import_module(name)
    del sys.modules[name]

def side():
    while not stop.is_set():
        again("beside")

caught = 0

def main():
    global caught
    end = time.monotonic() + 1.5
    print("importing", flush=True)
    while time.monotonic() < end:
        try:
            while time.monotonic() < end:
                again("ahead")
        except KeyboardInterrupt:
            caught += 1
    signal.signal(signal.SIGINT, signal.SIG_IGN)

thread = threading.Thread(target=side, daemon=True)
thread.start()
while True:
    try:
        main()
        break
    except KeyboardInterrupt:  # one that fell between two of main's own statements
        caught += 1
stop.set()
thread.join(10)
print(caught, "interruptions; beside: " + ("still waiting" if thread.is_alive() else "done"),
      flush=True)
"""


def _hammer(tmp_path: Path, install: str) -> subprocess.CompletedProcess:
    for name in ("ahead", "beside"):
        (tmp_path / f"{name}.py").write_text("X = 1\n")
    proc = subprocess.Popen([sys.executable, "-c", CHILD.format(install=install), str(tmp_path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout.readline() == "importing\n"
    deadline = time.monotonic() + 60
    while proc.poll() is None and time.monotonic() < deadline:
        proc.send_signal(signal.SIGINT)
        time.sleep(0.003)
    out, err = proc.communicate(timeout=30)
    return subprocess.CompletedProcess(proc.args, proc.returncode, out, err)


def test_ctrl_c_hammered_during_imports_leaves_no_import_lock_taken(tmp_path):
    done = _hammer(tmp_path, "interrupt.install()")
    assert done.returncode == 0, done.stderr
    caught, beside = done.stdout.splitlines()[-1].split(" interruptions; ")
    assert beside == "beside: done"
    assert int(caught) >= 1  # Ctrl-C still comes through, a moment later
    assert "Exception ignored" not in done.stderr  # a Ctrl-C lost inside a lock's callback


def test_inside_importlib_the_interruption_comes_a_moment_later(tmp_path, monkeypatch):
    (tmp_path / "probe_frame.py").write_text("import sys\nFRAME = sys._getframe(1)\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import probe_frame  # its caller is importlib's own code

    assert interrupt.in_import_machinery(probe_frame.FRAME)
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    try:
        interrupt.install()
        assert interrupt.on_ctrl_c(signal.SIGINT, probe_frame.FRAME) is None
        start = time.monotonic()
        with pytest.raises(KeyboardInterrupt):
            while time.monotonic() - start < 5:
                pass
        assert time.monotonic() - start < 1
    finally:
        signal.signal(signal.SIGINT, previous)


def test_anywhere_else_it_is_a_keyboard_interrupt_at_once():
    assert not interrupt.in_import_machinery(sys._getframe())
    with pytest.raises(KeyboardInterrupt):
        interrupt.on_ctrl_c(signal.SIGINT, sys._getframe())
