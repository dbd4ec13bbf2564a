"""Shared fixtures. GUI tests run offscreen; model tests never create a QApplication."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Autosave copies and recovery state of every window built in tests go to a private folder,
# never the user's data folder.
os.environ.setdefault("CXMAPPER_DATA_DIR", tempfile.mkdtemp(prefix="cxmapper-test-data-"))


def pytest_sessionfinish(session: object, exitstatus: int) -> None:
    """Leave no Python-made QMimeData on the clipboard: Qt would free it after Python exits."""
    import sys

    if "PySide6.QtGui" in sys.modules:
        from cxmapper.ui.main_window import release_clipboard

        release_clipboard()
