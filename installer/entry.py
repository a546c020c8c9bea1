"""Entry point of the bundled executable (PyInstaller cannot start from a console script).

The frozen app is also its own sandboxed workbook reader: io.contain starts this executable with
CHILD_FLAG, and that child must read and exit before any GUI or CLI code is imported. Likewise
the results workspace's analysis child (analysis.child, ``--clusterdesk-analysis-child``), which
serves the window until its stdin closes.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--clusterdesk-io-child":
        from clusterdesk.io.contain import child_main

        child_main(sys.argv[2])
        sys.exit(0)
    if len(sys.argv) > 1 and sys.argv[1] == "--clusterdesk-analysis-child":
        from clusterdesk.analysis.child import child_main as analysis_child

        analysis_child()
        sys.exit(0)
    from clusterdesk.cli import end_process, main

    end_process(main())
