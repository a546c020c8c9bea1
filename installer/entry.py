"""Entry point of the bundled executable (PyInstaller cannot start from a console script)."""

import sys

from clusterdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
