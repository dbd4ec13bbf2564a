"""The main window: menus, tool bar, docks, the map canvas and the start page around them.

One window edits one map at a time. It owns the `Document`, the shared `Selection` and the
`QUndoStack` for its whole life; opening a map swaps the project inside the document (views
rebuild on ``reset``) and clears the stack. Every edit the window makes is an undo command;
undo/redo actions, the history view and the modified flag all come from the stack.

Dialogs and message boxes go through ``self.dialogs`` (a `DialogHooks`), so tests answer them
without modal event loops. Use `build_main_window` to get a ready window without running the
event loop.

Signals:
    map_changed(): a different map was opened, created or closed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QMimeData, QPoint, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QStackedWidget,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QUndoView,
    QVBoxLayout,
    QWidget,
)

from cxmapper.canvas import MapScene, MapView
from cxmapper.canvas.list_entry import start_new_card
from cxmapper.commands import (
    AddLane,
    AddStage,
    AddTouchpoint,
    Command,
    DeleteLane,
    DeleteStage,
    DeleteTouchpoint,
    EditLane,
    EditStage,
    EditTouchpoint,
    MoveLane,
    MoveStage,
    macro,
)
from cxmapper.document import Document
from cxmapper.i18n import ui_language
from cxmapper.model import storage
from cxmapper.model.library import template
from cxmapper.model.paste import CARDS_MIME, cards_from_json, cards_to_json, touchpoints_from_tsv, touchpoints_to_tsv
from cxmapper.model.project import Lane, Project, Stage, Touchpoint, new_id, new_project, utc_now
from cxmapper.model.recovery import RecoveryStore
from cxmapper.model.storage import FILE_SUFFIX, CxmapFileError
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Phase
from cxmapper.selection import Selection
from cxmapper.ui.catalogue import CatalogueDock
from cxmapper.ui.compare import CompareController
from cxmapper.ui.copy_table import CopyTableFeature
from cxmapper.ui.dialogs import DialogHooks, DiskChoice, SaveChoice
from cxmapper.ui.filters import FilterBar
from cxmapper.ui.find_bar import FindBar, cards_in_map_order
from cxmapper.ui.icons import action_icon, app_icon, is_dark, score_icon
from cxmapper.ui.import_dialog import ImportFeature
from cxmapper.ui.insight import InsightDock
from cxmapper.ui.inspector import InspectorDock
from cxmapper.ui.labels import score_label
from cxmapper.ui.map_dialogs import MapDetailsDialog, PersonasDialog
from cxmapper.ui.open_progress import building_map, load_map
from cxmapper.ui.outline import OutlineDock
from cxmapper.ui.preferences import PreferencesDialog
from cxmapper.ui.recent import RecentFiles
from cxmapper.ui.safety import (
    AutosaveController,
    FileWatcher,
    LockChoice,
    MapLock,
    describe_unwritable,
    lock_or_readonly,
    offer_recovery,
)
from cxmapper.ui.start_page import StartPage
from cxmapper.ui.style import stylesheet
from cxmapper.ui.teamwork import TeamFeature

if TYPE_CHECKING:
    from cxmapper.ui.guide import GuideDialog

#: Bump when docks or tool bars change, so an old saved layout is not restored onto new ones.
STATE_VERSION = 1
_TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def default_language() -> str:
    """The desktop's language if cxmapper has maps in it, else English."""
    return ui_language(None)


class MainWindow(QMainWindow):
    """The editor window (see module docstring).

    Attributes:
        dialogs: the `DialogHooks` used for every file dialog and message box; replace it (or
            its methods) to answer them programmatically.
        document, selection, undo_stack: the open map, what is selected, and its history.
    """

    map_changed = Signal()

    def __init__(self, settings: QSettings, lang: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAccessibleName(self.tr("cxmapper"))
        self.settings = settings
        # The interface language: ``lang``, else the one chosen in Preferences, else the desktop's.
        self.lang = ui_language(lang, settings)
        self.dialogs = DialogHooks()
        self.document = Document(new_project(self.lang), parent=self)
        self.selection = Selection(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undoStack")
        self.recent = RecentFiles(settings, self)
        # The safety net (issue "never lose a map"): an autosave copy while there are unsaved
        # changes, a watch on the file for changes made by other programs, and a lock file so
        # a second cxmapper opening the same map is warned.
        self.recovery_store = RecoveryStore()
        self.autosave = AutosaveController(self.document, self.undo_stack, self.recovery_store, self)
        self.watcher = FileWatcher(self.document, self)
        self._lock: MapLock | None = None
        #: True when the map was opened read-only because another cxmapper has it open.
        self.read_only = False
        self.has_map = False
        self._editor_state: QByteArray | None = None
        self._guide: GuideDialog | None = None
        self._docks_sized = False
        self._context_menu: QMenu | None = None
        self.setStyleSheet(stylesheet(is_dark()))

        self._build_central()
        self._build_docks()
        self._create_actions()
        self.import_feature = ImportFeature(self, self.document, self.undo_stack)
        self.copy_table = CopyTableFeature(self, self.document, self.selection)
        self._build_menus()
        self._build_tool_bar()
        self._build_status_bar()
        self._build_filter_bar()
        self._connect()
        # Team work (merge conflicts, other versions of the map) plugs in its own dock and actions.
        self.team = TeamFeature(self)
        self._restore_window_state()
        self._show_start_page()

    # -- construction -------------------------------------------------------------------------------

    def _build_central(self) -> None:
        self.central = QStackedWidget(self)
        self.central.setObjectName("centralStack")
        self.start_page = StartPage(self.central)
        self.editor_page = QWidget(self.central)
        self.editor_page.setObjectName("editorPage")
        layout = QVBoxLayout(self.editor_page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.find_bar = FindBar(self.document, self.editor_page)
        self.find_bar.hide()
        self.scene = MapScene(self.document, self.selection, self.undo_stack, self)
        self.view = MapView(self.scene, self.editor_page)
        layout.addWidget(self.find_bar)
        layout.addWidget(self.view, 1)
        self.central.addWidget(self.start_page)
        self.central.addWidget(self.editor_page)
        self.central.currentChanged.connect(self._on_central_page_changed)
        self.setCentralWidget(self.central)

    def _build_filter_bar(self) -> None:
        """The filter bar (its own module) above the canvas, its summary in the status bar."""
        self.filter_bar = FilterBar(
            self.document,
            self.scene,
            self.view,
            self.outline_dock,
            self.undo_stack,
            lambda parent, title, label, text: self.dialogs.get_text(parent, title, label, text),
            self.editor_page,
        )
        page_layout = self.editor_page.layout()
        assert isinstance(page_layout, QVBoxLayout)
        page_layout.insertWidget(1, self.filter_bar)
        self.statusBar().addWidget(self.filter_bar.status_label)
        # As-is versus to-be (its own module): compare with a file, duplicate as to-be.
        self.compare = CompareController(self.document, self.scene, lambda: self.dialogs, self.open_file, self)
        map_menu = self.menuBar().findChild(QMenu, "menuMap")
        if map_menu is not None:
            map_menu.addSeparator()
            map_menu.addActions(self.compare.actions)

    def _build_docks(self) -> None:
        self.catalogue_dock = CatalogueDock(self.document, self.selection, self.undo_stack, self)
        self.outline_dock = OutlineDock(self.document, self.selection, self.undo_stack, self)
        self.inspector_dock = InspectorDock(
            self.document,
            self.selection,
            self.undo_stack,
            lambda parent, c: self.dialogs.get_color(parent, c),
            self,
            settings=self.settings,
        )
        self.history_dock = QDockWidget(self.tr("History"), self)
        self.history_dock.setObjectName("historyDock")
        self.history_dock.setAccessibleName(self.tr("Undo history"))
        self.history_dock.setAccessibleDescription(self.tr("Every change to the map; click a step to go back to it"))
        self.history_view = QUndoView(self.undo_stack, self.history_dock)
        self.history_view.setObjectName("historyView")
        self.history_view.setEmptyLabel(self.tr("Map as opened"))
        self.history_view.setAccessibleName(self.tr("Undo history"))
        # Step names carry the card's title ("Rename “Instagram ads”"): wrap them, never cut them.
        self.history_view.setWordWrap(True)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.history_view.setResizeMode(QUndoView.ResizeMode.Adjust)
        self.history_dock.setWidget(self.history_view)
        self.insight_dock = InsightDock(self.document, self.selection, self.lang, self)
        area = Qt.DockWidgetArea
        self.addDockWidget(area.LeftDockWidgetArea, self.catalogue_dock)
        self.addDockWidget(area.LeftDockWidgetArea, self.outline_dock)
        self.tabifyDockWidget(self.catalogue_dock, self.outline_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.inspector_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.history_dock)
        self.tabifyDockWidget(self.inspector_dock, self.history_dock)
        self.addDockWidget(area.RightDockWidgetArea, self.insight_dock)
        self.tabifyDockWidget(self.history_dock, self.insight_dock)
        self.catalogue_dock.raise_()
        self.inspector_dock.raise_()
        self.setTabPosition(area.AllDockWidgetAreas, QTabWidget.TabPosition.North)
        self.docks: list[QDockWidget] = [self.catalogue_dock, self.outline_dock, self.inspector_dock, self.history_dock]
        self.docks.append(self.insight_dock)
        self._empty_title_bars: dict[QDockWidget, QWidget] = {}
        for dock in self.docks:
            dock.dockLocationChanged.connect(self._update_dock_title_bars)
            dock.topLevelChanged.connect(self._update_dock_title_bars)
            dock.visibilityChanged.connect(self._update_dock_title_bars)

    def _update_dock_title_bars(self, *args: object) -> None:
        """Hide a dock's title bar while it sits in a tab group: the tab already names it."""
        del args
        # The tab bars of dock groups are made by Qt on demand; name them for screen readers.
        for bar in self.findChildren(QTabBar):
            if bar.parent() is self and not bar.accessibleName():
                bar.setAccessibleName(self.tr("Panels"))
        for dock in self.docks:
            tabbed = not dock.isFloating() and any(not d.isHidden() for d in self.tabifiedDockWidgets(dock))
            if tabbed and dock.titleBarWidget() is None:
                if dock not in self._empty_title_bars:
                    self._empty_title_bars[dock] = QWidget(dock)
                dock.setTitleBarWidget(self._empty_title_bars[dock])
            elif not tabbed and dock.titleBarWidget() is not None:
                dock.setTitleBarWidget(None)  # type: ignore[arg-type]  # None restores the native bar
                # The replaced widget stays a child of the dock: hide it, or it covers the content.
                self._empty_title_bars[dock].hide()

    def _action(
        self,
        name: str,
        text: str,
        slot: Callable[[], object] | None = None,
        *,
        icon: str | None = None,
        shortcut: QKeySequence.StandardKey | str | None = None,
        tip: str = "",
    ) -> QAction:
        """Create an action with a stable objectName, accessible text, icon and shortcut."""
        action = QAction(text, self)
        action.setObjectName(name)
        if icon:
            action.setIcon(action_icon(icon))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if slot is not None:
            action.triggered.connect(lambda _checked=False, s=slot: s())
        self.addAction(action)  # shortcuts work while the menu bar is hidden (full screen)
        return action

    def _create_actions(self) -> None:
        key = QKeySequence.StandardKey
        a = self._action
        # File
        self.action_new = a(
            "actionNew",
            self.tr("&New Map"),
            self.new_map,
            icon="new",
            shortcut=key.New,
            tip=self.tr("Start a blank map"),
        )
        self.action_template_blank = a("actionTemplateBlank", self.tr("&Blank Map"), self.new_map, icon="new")
        self.action_template_clothing = a(
            "actionTemplateClothingShop",
            self.tr("&Clothing Shop Example"),
            lambda: self.new_from_template("clothing-shop"),
            icon="template",
        )
        self.action_template_salon = a(
            "actionTemplateBeautySalon",
            self.tr("Beauty &Salon Example"),
            lambda: self.new_from_template("beauty-salon"),
            icon="template",
        )
        self.action_open = a(
            "actionOpen", self.tr("&Open…"), self.open_dialog, icon="open", shortcut=key.Open, tip=self.tr("Open a map")
        )
        self.action_clear_recent = a("actionClearRecent", self.tr("&Clear Recent Maps"), self.recent.clear)
        self.action_save = a(
            "actionSave", self.tr("&Save"), self.save, icon="save", shortcut=key.Save, tip=self.tr("Save the map")
        )
        self.action_save_as = a("actionSaveAs", self.tr("Save &As…"), self.save_as, icon="save-as", shortcut=key.SaveAs)
        self.action_export = a(
            "actionExport",
            self.tr("&Export…"),
            self.export,
            icon="export",
            shortcut="Ctrl+E",
            tip=self.tr("Export the map as PDF, image, spreadsheet or workshop cards"),
        )
        self.action_print = a("actionPrint", self.tr("&Print…"), self.print_map, icon="print", shortcut=key.Print)
        self.action_close = a("actionClose", self.tr("&Close Map"), self.close_map, icon="close", shortcut=key.Close)
        self.action_quit = a("actionQuit", self.tr("&Quit"), self.close, icon="quit", shortcut=key.Quit)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        # Edit
        self.action_undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.action_undo.setObjectName("actionUndo")
        self.action_undo.setIcon(action_icon("undo"))
        self.action_undo.setShortcut(QKeySequence(key.Undo))
        self.action_redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.action_redo.setObjectName("actionRedo")
        self.action_redo.setIcon(action_icon("redo"))
        self.action_redo.setShortcut(QKeySequence(key.Redo))
        self.addActions([self.action_undo, self.action_redo])
        self.action_cut = a("actionCut", self.tr("Cu&t"), self.cut, icon="cut", shortcut=key.Cut)
        self.action_copy = a("actionCopy", self.tr("&Copy"), self.copy, icon="copy", shortcut=key.Copy)
        self.action_paste = a(
            "actionPaste",
            self.tr("&Paste"),
            self.paste,
            icon="paste",
            shortcut=key.Paste,
            tip=self.tr("Paste cards, or rows copied from a spreadsheet"),
        )
        self.action_duplicate = a(
            "actionDuplicate", self.tr("Dup&licate"), self.duplicate, icon="duplicate", shortcut="Ctrl+D"
        )
        self.action_delete = a("actionDelete", self.tr("&Delete"), self.delete, icon="delete", shortcut=key.Delete)
        self.action_select_all = a(
            "actionSelectAll", self.tr("Select &All Cards"), self.select_all, icon="select-all", shortcut=key.SelectAll
        )
        self.action_find = a("actionFind", self.tr("&Find…"), self.find_bar.open_bar, icon="find", shortcut=key.Find)
        self.action_find_next = a("actionFindNext", self.tr("Find &Next"), self.find_next, shortcut=key.FindNext)
        self.action_find_previous = a(
            "actionFindPrevious", self.tr("Find Pre&vious"), self.find_previous, shortcut=key.FindPrevious
        )
        self.action_preferences = a(
            "actionPreferences",
            self.tr("Pr&eferences…"),
            self.show_preferences,
            shortcut=key.Preferences,
            tip=self.tr("Choose the interface language"),
        )
        self.action_preferences.setMenuRole(QAction.MenuRole.PreferencesRole)
        # View
        self.action_zoom_in = a(
            "actionZoomIn", self.tr("Zoom &In"), self.view.zoom_in, icon="zoom-in", shortcut=key.ZoomIn
        )
        self.action_zoom_out = a(
            "actionZoomOut", self.tr("Zoom &Out"), self.view.zoom_out, icon="zoom-out", shortcut=key.ZoomOut
        )
        self.action_zoom_fit = a(
            "actionZoomFit", self.tr("Zoom to &Fit"), self.view.zoom_to_fit, icon="zoom-fit", shortcut="Ctrl+0"
        )
        self.action_zoom_actual = a(
            "actionZoomActual", self.tr("&Actual Size"), self.view.actual_size, icon="zoom-actual", shortcut="Ctrl+1"
        )
        toggles = (
            (self.catalogue_dock, "actionShowCatalogue", self.tr("&Catalogue"), "catalogue"),
            (self.inspector_dock, "actionShowInspector", self.tr("I&nspector"), "inspector"),
            (self.outline_dock, "actionShowOutline", self.tr("Ou&tline"), "outline"),
            (self.history_dock, "actionShowHistory", self.tr("Undo &History"), "history"),
            (self.insight_dock, "actionShowInsight", self.tr("Insi&ght"), "details"),
        )
        self.dock_actions: list[QAction] = []
        for dock, name, text, icon in toggles:
            toggle = dock.toggleViewAction()
            toggle.setObjectName(name)
            toggle.setText(text)
            toggle.setIcon(action_icon(icon))
            self.dock_actions.append(toggle)
        # Map
        self.action_add_card = a(
            "actionAddCard",
            self.tr("Add &Card"),
            self.add_card,
            icon="add-card",
            shortcut="Ctrl+Shift+N",
            tip=self.tr("Add a touchpoint card after the selected card, or in the cell you clicked"),
        )
        self.action_add_stage = a("actionAddStage", self.tr("Add &Stage"), self.add_stage, icon="add-stage")
        self.action_rename_stage = a("actionRenameStage", self.tr("&Rename Stage…"), self.rename_stage, icon="rename")
        self.action_move_stage_left = a(
            "actionMoveStageLeft", self.tr("Move Stage Le&ft"), lambda: self.move_stage(-1), icon="move-left"
        )
        self.action_move_stage_right = a(
            "actionMoveStageRight", self.tr("Move Stage R&ight"), lambda: self.move_stage(1), icon="move-right"
        )
        self.action_delete_stage = a("actionDeleteStage", self.tr("&Delete Stage"), self.delete_stage, icon="delete")
        self.action_add_lane = a("actionAddLane", self.tr("Add &Lane"), self.add_lane, icon="add-lane")
        self.action_rename_lane = a("actionRenameLane", self.tr("R&ename Lane…"), self.rename_lane, icon="rename")
        self.action_move_lane_up = a(
            "actionMoveLaneUp", self.tr("Move Lane &Up"), lambda: self.move_lane(-1), icon="move-up"
        )
        self.action_move_lane_down = a(
            "actionMoveLaneDown", self.tr("Move Lane Do&wn"), lambda: self.move_lane(1), icon="move-down"
        )
        self.action_delete_lane = a("actionDeleteLane", self.tr("Delete La&ne"), self.delete_lane, icon="delete")
        self.action_details = a("actionMapDetails", self.tr("Map De&tails…"), self.edit_details, icon="details")
        self.action_personas = a("actionPersonas", self.tr("&Personas…"), self.edit_personas, icon="personas")
        # Help
        self.action_guide = a(
            "actionGuide", self.tr("&How to Map Touchpoints"), self.show_guide, icon="help", shortcut=key.HelpContents
        )
        self.action_about = a("actionAbout", self.tr("&About cxmapper"), lambda: self.dialogs.show_about(self))
        self.action_about.setIcon(action_icon("about"))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        for action in self.findChildren(QAction):
            # Screen readers read the text without the mnemonic ampersand.
            if action.text() and not action.toolTip():
                action.setToolTip(action.text().replace("&", ""))

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.setObjectName("menuFile")
        file_menu.addAction(self.action_new)
        self.template_menu = file_menu.addMenu(action_icon("template"), self.tr("New from &Template"))
        self.template_menu.setObjectName("menuNewFromTemplate")
        self.template_menu.addActions(
            [self.action_template_blank, self.action_template_clothing, self.action_template_salon]
        )
        file_menu.addAction(self.action_open)
        self.recent_menu = file_menu.addMenu(self.tr("Open &Recent"))
        self.recent_menu.setObjectName("menuOpenRecent")
        file_menu.addSeparator()
        file_menu.addActions([self.action_save, self.action_save_as])
        file_menu.addSeparator()
        file_menu.addActions([self.action_export, self.action_print])
        file_menu.addAction(self.import_feature.action)
        file_menu.addSeparator()
        file_menu.addActions([self.action_close, self.action_quit])

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.setObjectName("menuEdit")
        edit_menu.addActions([self.action_undo, self.action_redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_cut, self.action_copy, self.action_paste, self.action_duplicate])
        edit_menu.addAction(self.copy_table.action)
        edit_menu.addAction(self.action_delete)
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_select_all)
        edit_menu.addSeparator()
        edit_menu.addActions([self.action_find, self.action_find_next, self.action_find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.action_preferences)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.setObjectName("menuView")
        view_menu.addActions([self.action_zoom_in, self.action_zoom_out, self.action_zoom_fit, self.action_zoom_actual])
        view_menu.addSeparator()
        view_menu.addActions(self.dock_actions)

        map_menu = bar.addMenu(self.tr("&Map"))
        map_menu.setObjectName("menuMap")
        map_menu.addAction(self.action_add_card)
        map_menu.addSeparator()
        map_menu.addActions(
            [
                self.action_add_stage,
                self.action_rename_stage,
                self.action_move_stage_left,
                self.action_move_stage_right,
                self.action_delete_stage,
            ]
        )
        map_menu.addSeparator()
        map_menu.addActions(
            [
                self.action_add_lane,
                self.action_rename_lane,
                self.action_move_lane_up,
                self.action_move_lane_down,
                self.action_delete_lane,
            ]
        )
        map_menu.addSeparator()
        map_menu.addActions([self.action_details, self.action_personas])

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.setObjectName("menuHelp")
        help_menu.addActions([self.action_guide, self.action_about])
        self._rebuild_recent_menu()

    def _build_tool_bar(self) -> None:
        bar = QToolBar(self.tr("Main Tool Bar"), self)
        bar.setObjectName("mainToolBar")
        bar.setAccessibleName(self.tr("Main tool bar"))
        bar.setMovable(False)
        bar.setIconSize(QSize(20, 20))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        bar.addActions([self.action_new, self.action_open, self.action_save])
        bar.addSeparator()
        bar.addActions([self.action_undo, self.action_redo])
        bar.addSeparator()
        bar.addActions([self.action_add_card, self.action_add_stage, self.action_add_lane])
        bar.addSeparator()
        bar.addActions([self.action_zoom_out, self.action_zoom_in, self.action_zoom_fit])
        bar.addSeparator()
        bar.addActions([self.action_find, self.action_export])
        # Text beside the icons only where a word helps; the rest are icon buttons with tooltips.
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setAccessibleName(action.text().replace("&", ""))
                if action not in (self.action_add_card, self.action_export):
                    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        self.tool_bar = bar
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)

    def _build_status_bar(self) -> None:
        status = self.statusBar()
        status.setObjectName("statusBar")
        self.file_state_label = QLabel(status)
        self.file_state_label.setObjectName("statusFileState")
        self.card_count_label = QLabel(status)
        self.card_count_label.setObjectName("statusCardCount")
        self.zoom_label = QLabel(status)
        self.zoom_label.setObjectName("statusZoom")
        self.zoom_label.setAccessibleName(self.tr("Zoom level"))
        for label in (self.file_state_label, self.card_count_label, self.zoom_label):
            status.addPermanentWidget(label)

    def _connect(self) -> None:
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self.undo_stack.indexChanged.connect(self._on_index_changed)
        self.document.structure_changed.connect(self._update_counts)
        self.document.reset.connect(self._update_counts)
        self.document.path_changed.connect(self._update_title)
        self.document.details_changed.connect(self._on_details_changed)
        self.document.touchpoint_removed.connect(lambda tp_id: self.selection.discard([tp_id]))
        self.document.stage_removed.connect(lambda stage_id: self.selection.discard([stage_id]))
        self.document.lane_removed.connect(lambda lane_id: self.selection.discard([lane_id]))
        self.document.structure_changed.connect(self._update_actions)
        self.selection.changed.connect(self._update_actions)
        self.recent.changed.connect(self._rebuild_recent_menu)
        self.view.zoom_changed.connect(self._on_zoom_changed)
        self.view.context_menu_requested.connect(self._on_context_menu_requested)
        self.view.card_activated.connect(self._on_card_activated)
        self.view.header_activated.connect(self._on_header_activated)
        self.find_bar.matches_changed.connect(self._on_find_matches_changed)
        self.find_bar.current_changed.connect(self._on_find_current_changed)
        self.find_bar.closed.connect(self._on_find_closed)
        self.start_page.new_blank_requested.connect(self.new_map)
        self.start_page.template_requested.connect(self.new_from_template)
        self.start_page.open_requested.connect(self.open_dialog)
        self.start_page.recent_requested.connect(lambda path: self.open_file(Path(path)))
        self.start_page.guide_requested.connect(self.show_guide)
        QApplication.clipboard().dataChanged.connect(self._update_actions)
        self.autosave.failed.connect(self._on_autosave_failed)
        self.watcher.changed_on_disk.connect(self._on_changed_on_disk)

    # -- window state ---------------------------------------------------------------------------------

    def _restore_window_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray) and not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/state")
        if isinstance(state, QByteArray) and not state.isEmpty():
            self._editor_state = state

    def save_window_state(self) -> None:
        """Remember size, position and the dock layout (as last seen with a map open)."""
        if self.has_map:
            self._editor_state = self.saveState(STATE_VERSION)
        self.settings.setValue("window/geometry", self.saveGeometry())
        if self._editor_state is not None:
            self.settings.setValue("window/state", self._editor_state)
        self.settings.sync()

    def _show_start_page(self) -> None:
        """No map: the welcome page fills the window; docks and the tool bar step aside."""
        if self.central.currentWidget() is self.editor_page:
            self._editor_state = self.saveState(STATE_VERSION)
        for dock in self.docks:
            dock.hide()
        self.tool_bar.hide()
        self.find_bar.hide()
        self.start_page.set_recent(self.recent.paths())
        self.central.setCurrentWidget(self.start_page)
        self._update_title()
        self._update_actions()
        self._update_counts()

    def _show_editor(self) -> None:
        if self.central.currentWidget() is not self.editor_page:
            self.central.setCurrentWidget(self.editor_page)
            self.tool_bar.show()
            for dock in self.docks:
                dock.show()
            self.catalogue_dock.raise_()
            self.inspector_dock.raise_()
            if self._editor_state is not None:
                self.restoreState(self._editor_state, STATE_VERSION)
            self._size_docks_once()
        self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_central_page_changed(self, index: int) -> None:
        # A stacked widget is as wide as its widest page: the start page's row of big buttons
        # must not squeeze the docks beside the map, so the hidden page's size is ignored.
        for page in (self.start_page, self.editor_page):
            current = self.central.indexOf(page) == index
            policy = QSizePolicy.Policy.Preferred if current else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)

    def _size_docks_once(self) -> None:
        """First run (no saved layout): room for catalogue titles and the inspector's form.

        Dock sizes only stick once the window has its real size, so this waits for the first show.
        """
        if self._editor_state is not None or self._docks_sized or not self.isVisible():
            return
        self._docks_sized = True
        self.resizeDocks([self.catalogue_dock, self.inspector_dock], [260, 320], Qt.Orientation.Horizontal)

    def showEvent(self, event: QShowEvent) -> None:
        """Size the docks on the first show of a map (see `_size_docks_once`)."""
        super().showEvent(event)
        if self.has_map:
            QTimer.singleShot(0, self._size_docks_once)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved changes; Cancel keeps the window open."""
        if not self.maybe_save():
            event.ignore()
            return
        self.save_window_state()
        if self._guide is not None:
            self._guide.close()
        self.autosave.close()
        self.watcher.stop()
        self._release_lock()
        event.accept()

    def end_session(self) -> None:
        """The session ends without this window being closed (a signal, a log-out).

        Nobody can be asked to save, so unsaved changes stay as an autosave copy for the next
        start to offer, and the map's lock is released (see `cxmapper.ui.shutdown`).
        """
        self.autosave.keep()
        self.watcher.stop()
        self._release_lock()

    # -- maps: new, open, save, close -------------------------------------------------------------------

    def display_name(self) -> str:
        """The map's file name, or "Untitled" for a map never saved."""
        path = self.document.path
        return path.name if path is not None else self.tr("Untitled")

    def maybe_save(self) -> bool:
        """Before replacing or closing the map: True to go on, False if the user cancelled."""
        if not self.has_map or self.undo_stack.isClean():
            return True
        choice = self.dialogs.ask_save_discard_cancel(self, self.display_name())
        if choice == SaveChoice.SAVE:
            return self.save()
        return choice == SaveChoice.DISCARD

    def set_project(self, project: Project, path: Path | None = None) -> None:
        """Show ``project`` as the open map (no questions asked; see `maybe_save`)."""
        self._release_lock()
        self.selection.clear()
        self.undo_stack.clear()
        self.document.replace_project(project, path)
        self.undo_stack.setClean()
        self.has_map = True
        self._show_editor()
        self._update_title()
        self._update_actions()
        self._update_counts()
        self.view.zoom_to_fit()
        # The viewport has its final size only once the window is laid out.
        QTimer.singleShot(0, self._fit_if_open)
        self.team.remember_base()
        self.map_changed.emit()

    def _fit_if_open(self) -> None:
        if self.has_map:
            self.view.zoom_to_fit()

    def new_map(self) -> bool:
        """Start a blank map (three stages, one lane)."""
        return self.new_from_template("blank")

    def new_from_template(self, name: str) -> bool:
        """Start a new, unsaved map from a bundled template in the interface language."""
        if not self.maybe_save():
            return False
        self.set_project(template(name, self.lang))
        return True

    def open_dialog(self) -> bool:
        """File > Open: ask for a file, then `open_file`."""
        start = self.document.path.parent if self.document.path else self._last_folder()
        path = self.dialogs.get_open_path(self, start)
        return self.open_file(path) if path is not None else False

    def open_file(self, path: Path) -> bool:
        """Open a map file; on any problem say why and leave the current map as it was."""
        try:
            project = load_map(self, path)  # a cancellable progress dialog for big files
        except CxmapFileError as exc:
            self.dialogs.show_error(
                self, self.tr("Could Not Open Map"), self.tr("“%s” could not be opened.") % path.name, exc.reason
            )
            if not path.exists():
                self.recent.remove(path.resolve())
            return False
        if project is None:
            return False
        if not self.maybe_save():
            return False
        decision = lock_or_readonly(path, self, ask=lambda p, owner: self.dialogs.ask_lock(self, p, owner))
        if not decision.proceed:
            return False
        with building_map(self, path):
            self.set_project(project, path.resolve())
        storage.sweep_dead_temps(path.resolve().parent)  # what killed saves left beside it
        self._lock = decision.lock
        self.read_only = decision.read_only
        self.watcher.remember()
        self._update_title()
        if decision.message:
            self.statusBar().showMessage(decision.message, 8000)
        self.recent.add(path)
        self._remember_folder(path)
        return True

    def save(self) -> bool:
        """File > Save: write to the map's file, or ask where when it has none."""
        if not self.has_map:
            return False
        if self.document.path is None or self.read_only:
            # A map open elsewhere is read-only here: saving goes to another file.
            return self.save_as()
        return self.write_to(self.document.path)

    def save_as(self) -> bool:
        """File > Save As: ask where, then write."""
        if not self.has_map:
            return False
        suggested = self.document.path or self._last_folder() / (_file_stem(self.document.project.title) + FILE_SUFFIX)
        path = self.dialogs.get_save_path(self, suggested)
        if path is None:
            return False
        return self.write_to(path)

    def write_to(self, path: Path) -> bool:
        """Save to ``path``; on failure show why and keep the map open and unsaved."""
        project = self.document.project
        same_file = path.resolve() == self.document.path
        if same_file and self.read_only:
            self.dialogs.show_error(
                self,
                self.tr("Could Not Save Map"),
                self.tr("“%s” is open read-only because another cxmapper has it open.") % path.name,
                self.tr("Save it under another name instead."),
            )
            return False
        if (unwritable := storage.check_writable(path)) in storage.PROTECTED:
            # Never write over a read-only file or into a read-only folder: say why, offer elsewhere.
            return self._offer_save_as(path, unwritable or "")
        if (
            same_file
            and self.watcher.changed_since_load()
            and not self.dialogs.confirm_overwrite_changed(self, path.name)
        ):
            return False
        previous = project.modified
        # The save time is a property of the file, not an edit: set through the document but
        # outside the undo stack, and put back if the write fails.
        self.document.update_details(modified=utc_now())
        try:
            # storage.save's write (the .bak, the fsyncs), with the bytes the autosave keeps ready.
            data = self.autosave.serialiser.dumps()
            storage.write_atomic(path, data, backup=True, fsync=True)
        except CxmapFileError as exc:
            self.document.update_details(modified=previous)
            if exc.reason in storage.PROTECTED:
                return self._offer_save_as(path, exc.reason)
            self.dialogs.show_error(
                self,
                self.tr("Could Not Save Map"),
                self.tr("The map could not be saved as “%s”.") % path.name,
                exc.reason,
            )
            return False
        path = path.resolve()
        if path != self.document.path:
            # Saved under a new name: that file is ours now, editable, and locked by us.
            self._release_lock()
            self.read_only = False
            self.document.set_path(path)
            self._lock = lock_or_readonly(path, self, ask=lambda p, owner: LockChoice.OPEN_ANYWAY).lock
        # What was just written is known: neither needs to read the file back.
        self.watcher.remember(data)
        self.team.remember_base(data)
        self.undo_stack.setClean()
        self.recent.add(path)
        self._remember_folder(path)
        self._update_title()
        self.statusBar().showMessage(self.tr("Saved %s") % path.name, 4000)
        return True

    def _offer_save_as(self, path: Path, reason: str) -> bool:
        if self.dialogs.offer_save_as(self, path.name, describe_unwritable(reason)):
            return self.save_as()
        return False

    def close_map(self) -> bool:
        """File > Close: back to the start page (asking about unsaved changes first)."""
        if not self.has_map or not self.maybe_save():
            return False
        self.has_map = False
        self._release_lock()
        self.read_only = False
        self.selection.clear()
        self.undo_stack.clear()
        self.document.replace_project(new_project(self.lang), None)
        self._show_start_page()
        self.map_changed.emit()
        return True

    def _release_lock(self) -> None:
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def reload(self) -> bool:
        """Read the open map's file again, dropping what is in the editor (File changed on disk)."""
        path = self.document.path
        if path is None:
            return False
        try:
            project = storage.load(path)
        except CxmapFileError as exc:
            self.dialogs.show_error(
                self, self.tr("Could Not Open Map"), self.tr("“%s” could not be opened.") % path.name, exc.reason
            )
            return False
        lock, read_only = self._lock, self.read_only
        self._lock = None  # same file: keep our lock across set_project
        self.set_project(project, path)
        self._lock, self.read_only = lock, read_only
        self.watcher.remember()
        return True

    def _on_changed_on_disk(self, path: str) -> None:
        if not self.has_map or not Path(path).is_file():
            self.statusBar().showMessage(self.tr("The map's file was moved or deleted; save to keep it"), 10000)
            return
        choice = DiskChoice(self.dialogs.ask_reload(self, Path(path).name, not self.undo_stack.isClean()))
        if choice is DiskChoice.RELOAD:
            self.reload()
        elif choice is DiskChoice.MERGE:
            # Their version is now part of ours; saving writes the merge without asking again.
            if self.team.merge_file(Path(path), use_base=True):
                self.watcher.remember()
        else:
            self.statusBar().showMessage(self.tr("Kept your version; saving will ask before overwriting"), 8000)

    def _on_autosave_failed(self, reason: str) -> None:
        self.statusBar().showMessage(self.tr("Autosave failed: %s") % reason, 10000)

    def _last_folder(self) -> Path:
        folder = self.settings.value("files/lastFolder", "")
        path = Path(str(folder)) if folder else Path.home()
        return path if path.is_dir() else Path.home()

    def _remember_folder(self, path: Path) -> None:
        self.settings.setValue("files/lastFolder", str(path.resolve().parent))

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        paths = self.recent.paths()
        for i, path in enumerate(paths):
            label = f"&{i + 1} {path.name}" if i < 9 else f"1&0 {path.name}"
            action = self.recent_menu.addAction(label)
            action.setObjectName(f"actionRecent{i}")
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda _checked=False, p=path: self.open_file(p))
        if paths:
            self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.action_clear_recent)
        self.action_clear_recent.setEnabled(bool(paths))
        self.recent_menu.setEnabled(True)
        if not self.has_map:
            self.start_page.set_recent(paths)

    # -- export and print ------------------------------------------------------------------------------

    def export(self) -> Path | None:
        """File > Export: the export dialog for the open map; returns the written file."""
        if not self.has_map:
            return None
        # Imported on use: the exporters pull in ReportLab, which start-up does not need.
        from cxmapper.ui import export_dialog

        folder = self.document.path.parent if self.document.path else self._last_folder()
        stem = self.document.path.stem if self.document.path else _file_stem(self.document.project.title)
        # With a filter on, the dialog also offers "only the cards the filter shows".
        filtered = self.filter_bar.filtered_project()
        offer = {"filtered": filtered} if filtered is not None else {}
        written = export_dialog.run_export_dialog(self, self.document.project, folder / f"{stem}.pdf", **offer)
        if written is not None:
            self.statusBar().showMessage(self.tr("Exported %s") % written.name, 4000)
            export_dialog.after_export(self.dialogs, self, written)
        return written

    def print_map(self) -> bool:
        """File > Print: print the open map through the system print dialog."""
        if not self.has_map:
            return False
        from cxmapper.ui import export_dialog

        return export_dialog.print_project(self, self.document.project)

    # -- status, title, enabled actions ------------------------------------------------------------------

    def _update_title(self) -> None:
        if self.has_map:
            self.setWindowTitle(self.tr("%s[*] — cxmapper") % self.display_name())
        else:
            self.setWindowTitle("cxmapper")
        self.setWindowModified(self.has_map and not self.undo_stack.isClean())
        self._update_file_state()

    def _update_file_state(self) -> None:
        if not self.has_map:
            text = ""
        elif not self.undo_stack.isClean():
            text = self.tr("Unsaved changes")
        elif self.document.path is None:
            text = self.tr("Not saved yet")
        else:
            text = self.tr("Saved")
        self.file_state_label.setText(text)
        self.file_state_label.setAccessibleName(text)

    def _on_clean_changed(self, clean: bool) -> None:
        self.setWindowModified(self.has_map and not clean)
        self._update_file_state()

    def _on_index_changed(self, index: int) -> None:
        del index
        self._update_file_state()

    def _on_details_changed(self, fields: list[str]) -> None:
        if "language" in fields:
            self._update_actions()

    def _update_counts(self) -> None:
        if not self.has_map:
            self.card_count_label.setText("")
            self.zoom_label.setText("")
            return
        project = self.document.project
        text = self.tr("%n card(s)", "", len(project.touchpoints))
        text += "  ·  " + self.tr("%n stage(s)", "", len(project.stages))
        self.card_count_label.setText(text)
        self._on_zoom_changed(self.view.zoom_factor())

    def _on_zoom_changed(self, factor: float) -> None:
        if self.has_map:
            self.zoom_label.setText(self.tr("Zoom %d%%") % round(factor * 100))

    def current_stage(self) -> str | None:
        """The stage the Map menu acts on: the selected one, or the current card's."""
        if self.selection.stage is not None:
            return self.selection.stage
        current = self.selection.current
        if current is not None:
            return self.document.touchpoint(current).stage_id
        return None

    def current_lane(self) -> str | None:
        """The lane the Map menu acts on: the selected one, or the current card's."""
        if self.selection.lane is not None:
            return self.selection.lane
        current = self.selection.current
        if current is not None:
            return self.document.touchpoint(current).lane_id
        return None

    def _update_actions(self) -> None:
        has_map = self.has_map
        project = self.document.project
        cards = bool(self.selection.touchpoints) and has_map
        stage = self.current_stage() if has_map else None
        lane = self.current_lane() if has_map else None
        enabled = {
            self.action_save: has_map,
            self.action_save_as: has_map,
            self.action_export: has_map,
            self.action_print: has_map,
            self.compare.action_compare: has_map,
            self.compare.action_to_be: has_map,
            self.action_close: has_map,
            self.action_cut: cards,
            self.action_copy: cards,
            self.action_paste: has_map,
            self.action_duplicate: cards,
            self.action_delete: cards or stage is not None or lane is not None,
            self.action_select_all: has_map and bool(project.touchpoints),
            self.action_find: has_map,
            self.action_find_next: has_map,
            self.action_find_previous: has_map,
            self.action_zoom_in: has_map,
            self.action_zoom_out: has_map,
            self.action_zoom_fit: has_map,
            self.action_zoom_actual: has_map,
            self.action_add_card: has_map,
            self.action_add_stage: has_map,
            self.action_rename_stage: stage is not None,
            self.action_move_stage_left: stage is not None and project.stage_index(stage) > 0,
            self.action_move_stage_right: stage is not None and project.stage_index(stage) < len(project.stages) - 1,
            self.action_delete_stage: stage is not None and len(project.stages) > 1,
            self.action_add_lane: has_map,
            self.action_rename_lane: lane is not None,
            self.action_move_lane_up: lane is not None and project.lane_index(lane) > 0,
            self.action_move_lane_down: lane is not None and project.lane_index(lane) < len(project.lanes) - 1,
            self.action_delete_lane: lane is not None and len(project.lanes) > 1,
            self.action_details: has_map,
            self.action_personas: has_map,
            self.import_feature.action: has_map,
            self.copy_table.action: has_map and bool(project.touchpoints),
        }
        for action, on in enabled.items():
            action.setEnabled(on)
        for toggle in self.dock_actions:
            toggle.setEnabled(has_map)

    # -- Edit menu ----------------------------------------------------------------------------------------

    @staticmethod
    def _focused_text_input() -> QWidget | None:
        """A text field with the keyboard focus: Edit menu commands then act on its text."""
        widget = QApplication.focusWidget()
        if isinstance(widget, _TEXT_INPUTS):
            return widget
        if isinstance(widget, QComboBox) and widget.isEditable():
            return widget.lineEdit()
        return None

    def selected_cards(self) -> list[Touchpoint]:
        """The selected cards in map order (stage, lane, position)."""
        ids = set(self.selection.touchpoints)
        return [tp for tp in cards_in_map_order(self.document.project) if tp.id in ids]

    def copy(self) -> bool:
        """Copy the selected cards as cxmapper cards and as spreadsheet rows."""
        widget = self._focused_text_input()
        if widget is not None:
            widget.copy()  # type: ignore[attr-defined]
            return False
        cards = self.selected_cards()
        if not cards:
            return False
        data = QMimeData()
        data.setData(CARDS_MIME, QByteArray(cards_to_json(cards).encode("utf-8")))
        data.setText(touchpoints_to_tsv(cards, self.document.project))
        QGuiApplication.clipboard().setMimeData(data)
        self.statusBar().showMessage(self.tr("Copied %n card(s)", "", len(cards)), 3000)
        return True

    def cut(self) -> None:
        """Copy the selected cards, then delete them (one undo step)."""
        widget = self._focused_text_input()
        if widget is not None:
            widget.cut()  # type: ignore[attr-defined]
            return
        cards = self.selected_cards()
        if cards and self.copy():
            self._delete_cards([tp.id for tp in cards], self.tr("Cut %n card(s)", "", len(cards)))

    def paste(self) -> list[str]:
        """Paste copied cards, or spreadsheet rows (one card per row), as one undo step.

        Returns:
            The ids of the new cards (empty when the clipboard held nothing usable).
        """
        widget = self._focused_text_input()
        if widget is not None:
            widget.paste()  # type: ignore[attr-defined]
            return []
        if not self.has_map:
            return []
        mime = QGuiApplication.clipboard().mimeData()
        project = self.document.project
        cards: list[Touchpoint] = []
        if mime is not None and mime.hasFormat(CARDS_MIME):
            cards = cards_from_json(bytes(mime.data(CARDS_MIME).data()).decode("utf-8", "replace"), project)
        elif mime is not None and mime.hasText():
            cards = touchpoints_from_tsv(
                mime.text(), project, default_stage_id=self.current_stage(), lane_id=self.current_lane()
            )
        if not cards:
            self.statusBar().showMessage(self.tr("Nothing to paste: copy cards or spreadsheet rows first"), 4000)
            return []
        group = macro(self.tr("Paste %n card(s)", "", len(cards)))
        for tp in cards:
            AddTouchpoint(self.document, tp, group)
        self.undo_stack.push(group)
        ids = [tp.id for tp in cards]
        self.selection.set_touchpoints(ids)
        return ids

    def duplicate(self) -> None:
        """Copy each selected card right after itself (one undo step)."""
        cards = self.selected_cards()
        if not cards:
            return
        group = macro(self.tr("Duplicate %n card(s)", "", len(cards)))
        # Insert from the last position backwards, so each copy's place is still valid when it runs.
        copies: list[str] = []
        for tp in sorted(cards, key=lambda t: t.order, reverse=True):
            copy = tp.model_copy(update={"id": new_id("tp"), "order": tp.order + 1}, deep=True)
            AddTouchpoint(self.document, copy, group)
            copies.append(copy.id)
        self.undo_stack.push(group)
        self.selection.set_touchpoints(reversed(copies))

    def delete(self) -> None:
        """Delete the selected cards, or else the selected stage or lane."""
        widget = self._focused_text_input()
        if widget is not None:
            if isinstance(widget, QLineEdit):
                widget.del_()
            elif isinstance(widget, (QTextEdit, QPlainTextEdit)):
                widget.textCursor().deleteChar()
            return
        ids = self.selection.touchpoints
        if ids:
            self._delete_cards(ids, self.tr("Delete %n card(s)", "", len(ids)))
        elif self.selection.stage is not None:
            self.delete_stage()
        elif self.selection.lane is not None:
            self.delete_lane()

    def _delete_cards(self, ids: list[str], text: str) -> None:
        if len(ids) == 1:
            self.undo_stack.push(DeleteTouchpoint(self.document, ids[0]))
            return
        group = macro(text)
        for tp_id in ids:
            DeleteTouchpoint(self.document, tp_id, group)
        self.undo_stack.push(group)

    def select_all(self) -> None:
        """Select every card (or all text in a focused text field)."""
        widget = self._focused_text_input()
        if widget is not None:
            widget.selectAll()  # type: ignore[attr-defined]
            return
        self.selection.set_touchpoints(tp.id for tp in cards_in_map_order(self.document.project))

    # -- find -----------------------------------------------------------------------------------------------

    def find_next(self) -> None:
        """F3: next match (opening the find bar if it is closed)."""
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        self.find_bar.find_next()

    def find_previous(self) -> None:
        """Shift+F3: previous match."""
        if not self.find_bar.isVisible():
            self.find_bar.open_bar()
        self.find_bar.find_previous()

    def _on_find_matches_changed(self, ids: list[str]) -> None:
        has_text = bool(self.find_bar.field.text().strip())
        self.outline_dock.set_filter(set(ids) if has_text else self.filter_bar.matching)
        if ids:
            self.selection.set_touchpoints(ids)

    def _on_find_current_changed(self, tp_id: str) -> None:
        # Keep every match selected (highlighted) and make this one current (last).
        others = [i for i in self.find_bar.matches if i != tp_id]
        self.selection.set_touchpoints([*others, tp_id])
        self._reveal_card(tp_id)

    def _on_find_closed(self) -> None:
        self.outline_dock.set_filter(self.filter_bar.matching)
        self.view.setFocus()

    def _reveal_card(self, tp_id: str) -> None:
        """Scroll the canvas so a card is visible."""
        self.scene.ensure_card_visible(tp_id)

    # -- Map menu -------------------------------------------------------------------------------------------

    def _target_cell(self) -> tuple[str, str, int]:
        """Where Add Card puts a card: after the current card, else in the clicked cell.

        The clicked cell is the canvas's insertion point (an empty part of a cell clicked since
        the last selection); without one, the card goes at the end of the selected stage or lane.
        """
        project = self.document.project
        current = self.selection.current
        if current is not None:
            tp = project.touchpoint(current)
            return tp.stage_id, tp.lane_id, tp.order + 1
        cell = self.scene.insertion.cell()
        if cell is not None:
            return cell[0], cell[1], self.scene.insertion.next_index()
        stage_id = self.current_stage() or project.stages[0].id
        lane_id = self.current_lane() or project.lanes[0].id
        return stage_id, lane_id, len(project.cell(stage_id, lane_id))

    def add_card(self) -> str | None:
        """Add a card where `_target_cell` says and let the user type its title.

        On the visible canvas the title is typed on the card itself (Enter adds the next card,
        Escape takes it back); otherwise the card is named "New touchpoint" and the caret goes
        to the inspector's title.
        """
        if not self.has_map:
            return None
        editor = self.scene.editor()
        if editor is not None:
            editor.commit()  # may abandon a fresh empty card: decide the target afterwards
        stage_id, lane_id, order = self._target_cell()
        if self.view.isVisible():
            created = start_new_card(self.scene, (stage_id, lane_id), order)
            if created is not None:
                return created.tp_id
        tp = Touchpoint(
            id=new_id("tp"), title=self.tr("New touchpoint"), stage_id=stage_id, lane_id=lane_id, order=order
        )
        self.undo_stack.push(AddTouchpoint(self.document, tp))
        self.selection.set_touchpoints([tp.id])
        self.inspector_dock.focus_title()
        return tp.id

    def add_stage(self) -> str | None:
        """Add a stage after the current one (same phase), named for the user to rename."""
        if not self.has_map:
            return None
        project = self.document.project
        current = self.current_stage()
        if current is not None:
            index = project.stage_index(current) + 1
            phase = project.stage(current).phase
        else:
            index, phase = len(project.stages), project.stages[-1].phase if project.stages else Phase.AFTER
        stage = Stage(id=new_id("stage"), name=self.tr("New stage"), phase=phase)
        self.undo_stack.push(AddStage(self.document, stage, index))
        self.selection.set_stage(stage.id)
        self.inspector_dock.focus_stage_name()
        return stage.id

    def rename_stage(self) -> None:
        """Ask for a new name for the current stage."""
        stage_id = self.current_stage()
        if stage_id is None:
            return
        old = self.document.project.stage(stage_id).name
        name = self.dialogs.get_text(self, self.tr("Rename Stage"), self.tr("Stage name:"), old)
        if name is not None and name.strip() and name.strip() != old:
            self.undo_stack.push(EditStage(self.document, stage_id, {"name": name.strip()[:120]}))

    def move_stage(self, delta: int) -> None:
        """Move the current stage one column left (-1) or right (+1)."""
        stage_id = self.current_stage()
        if stage_id is None:
            return
        index = self.document.project.stage_index(stage_id) + delta
        if 0 <= index < len(self.document.project.stages):
            self.undo_stack.push(MoveStage(self.document, stage_id, index))

    def delete_stage(self) -> None:
        """Delete the current stage and its cards (asking first when it has cards)."""
        stage_id = self.current_stage()
        project = self.document.project
        if stage_id is None or len(project.stages) <= 1:
            return
        stage = project.stage(stage_id)
        count = sum(1 for tp in project.touchpoints if tp.stage_id == stage_id)
        if count and not self.dialogs.confirm(
            self,
            self.tr("Delete Stage"),
            self.tr("Delete the stage “%s” and its %n card(s)?", "", count) % stage.name,
            self.tr("Delete Stage"),
        ):
            return
        self.selection.clear()
        self.undo_stack.push(DeleteStage(self.document, stage_id))

    def add_lane(self) -> str | None:
        """Add a lane below the current one."""
        if not self.has_map:
            return None
        project = self.document.project
        current = self.current_lane()
        index = project.lane_index(current) + 1 if current is not None else len(project.lanes)
        lane = Lane(id=new_id("lane"), name=self.tr("New lane"))
        self.undo_stack.push(AddLane(self.document, lane, index))
        self.selection.set_lane(lane.id)
        self.inspector_dock.focus_lane_name()
        return lane.id

    def rename_lane(self) -> None:
        """Ask for a new name for the current lane."""
        lane_id = self.current_lane()
        if lane_id is None:
            return
        old = self.document.project.lane(lane_id).name
        name = self.dialogs.get_text(self, self.tr("Rename Lane"), self.tr("Lane name:"), old)
        if name is not None and name.strip() and name.strip() != old:
            self.undo_stack.push(EditLane(self.document, lane_id, {"name": name.strip()[:120]}))

    def move_lane(self, delta: int) -> None:
        """Move the current lane one row up (-1) or down (+1)."""
        lane_id = self.current_lane()
        if lane_id is None:
            return
        index = self.document.project.lane_index(lane_id) + delta
        if 0 <= index < len(self.document.project.lanes):
            self.undo_stack.push(MoveLane(self.document, lane_id, index))

    def delete_lane(self) -> None:
        """Delete the current lane and its cards (asking first when it has cards)."""
        lane_id = self.current_lane()
        project = self.document.project
        if lane_id is None or len(project.lanes) <= 1:
            return
        lane = project.lane(lane_id)
        count = sum(1 for tp in project.touchpoints if tp.lane_id == lane_id)
        if count and not self.dialogs.confirm(
            self,
            self.tr("Delete Lane"),
            self.tr("Delete the lane “%s” and its %n card(s)?", "", count) % lane.name,
            self.tr("Delete Lane"),
        ):
            return
        self.selection.clear()
        self.undo_stack.push(DeleteLane(self.document, lane_id))

    def edit_details(self) -> None:
        """Map > Map Details."""
        if self.has_map:
            MapDetailsDialog(self.document, self.undo_stack, self).exec()

    def edit_personas(self) -> None:
        """Map > Personas."""
        if self.has_map:
            PersonasDialog(self.document, self.undo_stack, self).exec()

    def show_preferences(self) -> PreferencesDialog:
        """Edit > Preferences: the interface language, saved for the next start (window-modal)."""
        dialog = PreferencesDialog(self.settings, self.lang, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_guide(self) -> None:
        """Help > How to map touchpoints (a non-modal window)."""
        if self._guide is None:
            from cxmapper.ui.guide import GuideDialog  # built on first use, imported then too

            self._guide = GuideDialog(self)
        self._guide.show()
        self._guide.raise_()
        self._guide.activateWindow()

    # -- canvas signals --------------------------------------------------------------------------------

    def _on_card_activated(self, tp_id: str) -> None:
        # The canvas opens its inline title editor on activation and keeps the keyboard: the
        # inspector is only brought into view, never focused, or it would steal the typing.
        if tp_id not in self.selection.touchpoints:
            self.selection.set_touchpoints([tp_id])
        self.inspector_dock.show()
        self.inspector_dock.raise_()

    def _on_header_activated(self, kind: str, target_id: str) -> None:
        # The scene has already selected the header, so the rename acts on it.
        if kind == "stage" and self.selection.stage == target_id:
            self.rename_stage()
        elif kind == "lane" and self.selection.lane == target_id:
            self.rename_lane()

    def _on_context_menu_requested(self, kind: str, target_id: str, global_pos: QPoint) -> None:
        menu = self.build_context_menu(kind, target_id)
        self._context_menu = menu
        menu.popup(global_pos)

    def build_context_menu(self, kind: str, target_id: str) -> QMenu:
        """The right-click menu for a card, a stage, a lane or the empty canvas."""
        menu = QMenu(self)
        menu.setObjectName("canvasContextMenu")
        if kind == "card":
            if target_id not in self.selection.touchpoints:
                self.selection.set_touchpoints([target_id])
            edit = menu.addAction(action_icon("inspector"), self.tr("Edit in Inspector"))
            edit.setObjectName("actionEditInInspector")
            edit.triggered.connect(self.inspector_dock.focus_title)
            rate = menu.addMenu(self.tr("Rate Experience"))
            rate.setObjectName("menuRate")
            for score in [*range(SCORE_MAX, SCORE_MIN - 1, -1), None]:
                action = rate.addAction(score_icon(score), score_label(score))
                action.setObjectName("actionRateNone" if score is None else f"actionRate{score:+d}")
                action.triggered.connect(lambda _checked=False, s=score: self.set_score(s))
            menu.addSeparator()
            menu.addActions([self.action_cut, self.action_copy, self.action_paste, self.action_duplicate])
            menu.addAction(self.action_delete)
        elif kind == "stage":
            self.selection.set_stage(target_id)
            menu.addActions([self.action_add_card, self.action_add_stage, self.action_rename_stage])
            menu.addActions([self.action_move_stage_left, self.action_move_stage_right, self.action_delete_stage])
        elif kind == "lane":
            self.selection.set_lane(target_id)
            menu.addActions([self.action_add_card, self.action_add_lane, self.action_rename_lane])
            menu.addActions([self.action_move_lane_up, self.action_move_lane_down, self.action_delete_lane])
        else:
            menu.addActions([self.action_add_card, self.action_add_stage, self.action_add_lane, self.action_paste])
            menu.addSeparator()
            menu.addActions([self.action_zoom_fit, self.action_details])
        return menu

    def set_score(self, score: int | None) -> None:
        """Rate every selected card (one undo step)."""
        ids = [i for i in self.selection.touchpoints if self.document.project.touchpoint(i).score != score]
        if not ids:
            return
        group: Command = macro(self.tr("Rate %n card(s)", "", len(ids)))
        for tp_id in ids:
            EditTouchpoint(self.document, tp_id, {"score": score}, parent=group)
        self.undo_stack.push(group)


def _file_stem(title: str) -> str:
    """A file name from a map title: no path separators or characters Windows refuses."""
    stem = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', " ", title).strip(" .")
    return " ".join(stem.split())[:80] or "journey-map"


def build_main_window(
    path: Path | None = None,
    *,
    project: Project | None = None,
    settings: QSettings | None = None,
    dialogs: DialogHooks | None = None,
    lang: str | None = None,
) -> MainWindow:
    """Build the editor window without running the event loop (for the app, tests and scripts).

    A QApplication must exist. Nothing is shown: call ``show()`` yourself.

    Args:
        path: a map file to open. With ``project`` it is only recorded as the project's file.
        project: an already loaded map to show (a template, a test fixture).
        settings: where window state and recent files live; pass an INI-format QSettings in a
            temporary folder to keep tests away from the user's settings.
        dialogs: replacement dialog hooks (used from the start, e.g. if ``path`` fails to open).
        lang: interface and template language ("en", "es", "ca"); default: the desktop's.

    Returns:
        The window, showing the map, or the start page when neither argument is given or the
        file could not be opened (its error was reported through the dialog hooks).
    """
    window = MainWindow(settings if settings is not None else QSettings(), lang)
    if dialogs is not None:
        window.dialogs = dialogs
    if project is not None:
        window.set_project(project, path)
    elif path is not None:
        window.open_file(path)
    return window


def restore_recovered_maps(window: MainWindow) -> list[MainWindow]:
    """At start-up, offer the autosave copies a crash left behind and show the restored ones.

    The first restored map goes into ``window`` when it has no map open; each further one gets
    a window of its own (returned, so the caller keeps them alive and shows them). The copies
    are adopted by the new windows' autosave, so a second crash cannot lose them either.
    """
    recovered = offer_recovery(
        window, window.recovery_store, ask=lambda entry: window.dialogs.ask_recovery(window, entry)
    )
    extra: list[MainWindow] = []
    for item in recovered:
        target = window
        if window.has_map:
            target = build_main_window(settings=window.settings, dialogs=window.dialogs, lang=window.lang)
            extra.append(target)
        target.set_project(item.project, item.original_path)
        if item.original_path is not None:
            # The restored map is that file's open copy now: lock it like any opened map. Held
            # elsewhere (opened since the crash), the user's choice makes it read-only here.
            decision = lock_or_readonly(
                item.original_path, target, ask=functools.partial(target.dialogs.ask_lock, target)
            )
            target._lock, target.read_only = decision.lock, decision.read_only or not decision.proceed
            target._update_title()
        target.autosave.adopt(item.entry)
        # translate() with the class name: lupdate would file target.tr("...") under "target".
        message = QApplication.translate("MainWindow", "Restored from an autosave copy: save it to keep it")
        target.statusBar().showMessage(message, 15000)
    return extra


def release_clipboard() -> None:
    """Hand cards we copied to the clipboard over as plain text before the application quits.

    A `QMimeData` made in Python and left on the clipboard is destroyed by Qt's exit handlers
    after the interpreter has finalised; its PySide destructor hook then touches Python and
    the process segfaults on exit. Text set by Qt itself has no Python wrapper, so replacing
    our data with its own spreadsheet rows keeps what other programs can paste and exits
    cleanly. Connected to ``QCoreApplication.aboutToQuit`` (and called by the test suite).
    """
    app = QGuiApplication.instance()
    if app is None:
        return
    clipboard = QGuiApplication.clipboard()
    data = clipboard.mimeData()
    if data is not None and data.hasFormat(CARDS_MIME):
        clipboard.setText(data.text())
