import signal
import sys

try:
    from clusterdesk.cli import main

    code = main()
except KeyboardInterrupt:  # Ctrl-C before the command's own handler runs, or after it
    print("clusterdesk: interrupted.", file=sys.stderr)
    code = 130
# the work is done or refused: Ctrl-C while the interpreter shuts down would only print noise
signal.signal(signal.SIGINT, signal.SIG_IGN)
raise SystemExit(code)
