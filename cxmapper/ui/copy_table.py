"""Edit > Copy as Table: the selected cards (or all of them) on the clipboard as a table.

The clipboard gets two forms at once, HTML and tab-separated text, so the cards paste as a real
table into Word, Google Docs or Slides and as cells into Excel, Sheets or Calc. The rows come from
`cxmapper.export.cliptable`, in the map's reading order and the map's language; this module owns
the action and the clipboard only. The window gives it the document and the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QWidget

from cxmapper.document import Document
from cxmapper.selection import Selection
from cxmapper.ui.icons import action_icon


class CopyTableFeature(QObject):
    """The Copy as Table action; ``copy()`` fills the clipboard and returns how many cards it holds."""

    def __init__(self, window: QWidget, document: Document, selection: Selection) -> None:
        super().__init__(window)
        self._document = document
        self._selection = selection
        self.action = QAction(action_icon("copy"), self.tr("Copy as Ta&ble"), window)
        self.action.setObjectName("actionCopyAsTable")
        tip = self.tr("Copy the selected cards, or all of them, as a table for documents and spreadsheets")
        self.action.setStatusTip(tip)
        self.action.setToolTip(tip)
        self.action.triggered.connect(lambda _checked=False: self.copy())

    def copy(self) -> int:
        """Put the cards on the clipboard as HTML and tab-separated text."""
        # Imported on first use: the table code (and the importer's column list it shares) is
        # not needed to show the window.
        from cxmapper.export.cliptable import rows, table_html, table_tsv
        from cxmapper.export.labels import Labels
        from cxmapper.export.options import ExportOptions
        from cxmapper.export.tabular import ordered_touchpoints

        project = self._document.project
        chosen = set(self._selection.touchpoints)
        cards = [tp for tp in ordered_touchpoints(project) if not chosen or tp.id in chosen]
        labels = Labels(ExportOptions().language(project.language))
        table = rows(project, cards, labels)
        mime = QMimeData()
        mime.setHtml(table_html(table, project.title.strip() or labels["table"]))
        mime.setText(table_tsv(table))
        QGuiApplication.clipboard().setMimeData(mime)
        return len(cards)
