"""Long work, apart from what it computes: progress, cancelling, sharing the interpreter with the
window's thread (task.py), ClusterDesk's own child processes: the parent's runners (child.py;
once.py for a one-job child), the child's side (serve.py) and the typed messages between them
(wire.py), and warming up: imports ahead and the garbage collector's settings (warm.py).

Qt-free and outside the layers (like errors.py): every layer may use it.
"""

from clusterdesk.runtime.task import IDLE, Task, pause

__all__ = ["IDLE", "Task", "pause"]
