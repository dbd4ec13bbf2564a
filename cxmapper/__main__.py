"""Entry point for ``python -m cxmapper`` and the ``cxmapper`` launcher."""

import os
import sys

# pydantic looks for plugins the first time a model class is built, by reading the entry points of
# every installed distribution (0.05-0.3 s of start-up, more the more packages sit beside us);
# cxmapper uses none. Only the entry point sets this, before the model is imported, and only as a
# default: a user who wants a pydantic plugin can still set PYDANTIC_DISABLE_PLUGINS themselves.
os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")

from cxmapper.cli import main as _cli_main  # after the environment above


def main() -> None:
    """Run the command line and exit with its status."""
    sys.exit(_cli_main())


if __name__ == "__main__":
    main()
