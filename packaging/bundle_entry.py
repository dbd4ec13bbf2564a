"""Entry script of the PyInstaller bundle: the same `main` as the pip-installed ``cxmapper`` launcher.

A separate file rather than ``cxmapper/__main__.py``, because PyInstaller puts the entry script's
folder on ``sys.path``, and ``cxmapper/`` there would make ``model`` or ``export`` importable as
top-level packages of their own.
"""

from cxmapper.__main__ import main

main()
