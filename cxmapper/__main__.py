"""Entry point for ``python -m cxmapper`` and the ``cxmapper`` launcher."""

import sys

from cxmapper.cli import main as _cli_main


def main() -> None:
    """Run the command line and exit with its status."""
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
