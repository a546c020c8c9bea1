"""Entry point of the bundled executable (PyInstaller cannot start from a console script).

The frozen app is also its own sandboxed workbook reader: io.contain starts this executable with
CHILD_FLAG, and that child must read and exit before any GUI or CLI code is imported.
"""

import sys

if __name__ == "__main__":
    if len(sys.argv) > 2 and sys.argv[1] == "--clusterdesk-io-child":
        from clusterdesk.io.contain import child_main

        child_main(sys.argv[2])
        sys.exit(0)
    from clusterdesk.cli import main

    sys.exit(main())
