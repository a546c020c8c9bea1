try:  # the first statement: Ctrl-C from here on is one line, never a traceback
    from clusterdesk.cli import end_process, main

    code = main()
except KeyboardInterrupt:  # Ctrl-C before the command's own handler runs, or after it
    import sys

    print("clusterdesk: interrupted.", file=sys.stderr)
    code = 130
    from clusterdesk.cli import end_process
import signal

# the work is done or refused: Ctrl-C while the interpreter shuts down would only print noise
signal.signal(signal.SIGINT, signal.SIG_IGN)
end_process(code)
