import signal

from clusterdesk.cli import main

code = main()
# the work is done or refused: Ctrl-C while the interpreter shuts down would only print noise
signal.signal(signal.SIGINT, signal.SIG_IGN)
raise SystemExit(code)
