"""The filter bar above the canvas: which cards to look at, and views saved in the map.

The seeds' exercise is three lists: every touchpoint, the ones that happen without the brand
(unintentional), and the ones the team can influence. They are the bar's three one-click
buttons. The Filter menu narrows further (phase, stage, lane, channel, intentional or not,
influence, score range, unscored, moment of truth, persona, tag, owner, pain points, no
opportunity), and "Save view…" keeps a filter in the map under a name, as an undoable edit.

Cards that do not match fade but keep their place, so the map keeps its shape; the experience
curve and the outline show only the matching cards. The active filter is summed up in the
status bar and Esc (on the canvas or in the bar) clears it. The bar owns its widgets and
actions; it is given the document, the scene, the view, the outline and the undo stack, and
never edits a card. The predicate itself is the pure `cxmapper.model.filters`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QSpinBox,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from cxmapper.canvas.scene import MapScene
from cxmapper.commands import EditViews
from cxmapper.document import Document
from cxmapper.model.filters import PRESETS, filtered_project, find_view, is_active, matching_ids
from cxmapper.model.project import CardFilter, Project, View
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Phase
from cxmapper.ui.labels import channel_label, phase_label, score_number

#: ``ask_text(parent, title, label, text)``: one line of text from the user, None when cancelled.
AskText = Callable[[QWidget, str, str, str], str | None]


class FilterBar(QWidget):
    """The bar of filters and views over the canvas (see module docstring).

    Signals:
        filter_changed(): the active filter or the set of matching cards changed.
    """

    filter_changed = Signal()

    def minimumSizeHint(self) -> QSize:
        """No minimum width: the bar takes what the canvas's column has (see the size policy)."""
        return QSize(0, super().minimumSizeHint().height())

    def __init__(
        self,
        document: Document,
        scene: MapScene,
        view: QWidget,
        outline: QObject,
        undo_stack: QUndoStack,
        ask_text: AskText,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.setAccessibleName(self.tr("Filter bar"))
        self._doc = document
        self._scene = scene
        self._outline = outline
        self._stack = undo_stack
        self._ask_text = ask_text
        self._filter = CardFilter()
        #: The ids of the matching cards, or None when no filter is active (every card shows).
        self.matching: set[str] | None = None

        layout = QHBoxLayout(self)
        # The bar must never widen the canvas's column: at 1280 pixels with both docks open its
        # controls would squeeze the catalogue and the inspector. It takes the width it is given
        # (the row's far end, the summary, yields first).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(6)
        # No "Show:" caption: the three buttons say what they show, and its width is the canvas's.
        self.preset_buttons: dict[str, QToolButton] = {}
        for key, name, text, tip in (
            ("all", "filterPresetAll", self.tr("All my touchpoints"), self.tr("Every card of the map")),
            (
                "unintentional",
                "filterPresetUnintentional",
                self.tr("Unintentional"),
                self.tr("Touchpoints that happen without the brand causing them"),
            ),
            (
                "influence",
                "filterPresetInfluence",
                self.tr("My team can influence"),
                self.tr("Touchpoints your team can act on"),
            ),
        ):
            button = QToolButton(self)
            button.setObjectName(name)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            # The exercise's three views keep their words whole; the combos after them yield.
            button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
            button.clicked.connect(lambda _checked=False, k=key: self.set_filter(PRESETS[k]))
            layout.addWidget(button)
            self.preset_buttons[key] = button

        self.menu = QMenu(self)
        self.menu.setObjectName("filterMenu")
        self.menu.aboutToShow.connect(self._fill_menu)
        self.criteria_button = QToolButton(self)
        self.criteria_button.setObjectName("filterCriteriaButton")
        self.criteria_button.setText(self.tr("Filter ▾"))
        self.criteria_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.criteria_button.setAccessibleName(self.tr("Filter by…"))
        self.criteria_button.setToolTip(self.tr("Filter by phase, stage, channel, score, persona, tag, owner…"))
        # popup(), not an InstantPopup's blocking exec(): the bar stays responsive (and testable).
        self.criteria_button.clicked.connect(self.open_menu)
        layout.addWidget(self.criteria_button)

        # The persona switcher: one persona's cards and curve at a time (a filter criterion).
        self.persona_combo = QComboBox(self)
        self.persona_combo.setObjectName("filterPersonaCombo")
        self.persona_combo.setAccessibleName(self.tr("Persona"))
        self.persona_combo.setToolTip(self.tr("Show one persona's cards and experience curve"))
        self.persona_combo.activated.connect(self._on_persona_chosen)
        self.persona_combo.setMinimumContentsLength(4)
        self.persona_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        layout.addWidget(self.persona_combo)

        self.view_combo = QComboBox(self)
        self.view_combo.setObjectName("filterViewCombo")
        self.view_combo.setAccessibleName(self.tr("Saved views"))
        self.view_combo.setMinimumContentsLength(4)
        self.view_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.view_combo.activated.connect(self._on_view_chosen)
        layout.addWidget(self.view_combo)
        self.save_button = QToolButton(self)
        self.save_button.setObjectName("filterSaveView")
        self.save_button.setText(self.tr("Save view…"))
        self.save_button.setAccessibleName(self.tr("Save the filter as a view"))
        self.save_button.clicked.connect(self.save_view)
        layout.addWidget(self.save_button)
        self.delete_button = QToolButton(self)
        self.delete_button.setObjectName("filterDeleteView")
        self.delete_button.setText(self.tr("Delete view"))
        self.delete_button.setAccessibleName(self.tr("Delete the saved view"))
        self.delete_button.clicked.connect(self.delete_view)
        layout.addWidget(self.delete_button)

        # When the row is short of room these give way first (the three views and Filter do not).
        for widget in (self.persona_combo, self.view_combo):
            widget.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
            widget.setMinimumWidth(48)
        layout.addStretch(1)
        self.summary = QLabel(self)
        self.summary.setObjectName("filterSummary")
        layout.addWidget(self.summary)
        self.clear_button = QToolButton(self)
        self.clear_button.setObjectName("filterClear")
        self.clear_button.setText(self.tr("Clear"))
        self.clear_button.setToolTip(self.tr("Show every card again (Esc)"))
        self.clear_button.setAccessibleName(self.tr("Clear the filter"))
        self.clear_button.clicked.connect(self.clear)
        layout.addWidget(self.clear_button)

        #: For the window's status bar: the active filter in words.
        self.status_label = QLabel()
        self.status_label.setObjectName("statusFilter")
        self.status_label.setAccessibleName(self.tr("Active filter"))

        view.installEventFilter(self)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._reapply)
        for signal in (
            document.touchpoint_added,
            document.touchpoint_removed,
            document.touchpoint_moved,
            document.touchpoint_changed,
            document.stage_removed,
            document.stage_moved,
            document.stage_changed,
            document.lane_removed,
            document.lane_moved,
        ):
            signal.connect(self._schedule)
        document.details_changed.connect(self._on_details_changed)
        document.personas_changed.connect(self._fill_personas)
        document.reset.connect(self._on_reset)
        self._fill_personas()
        self._fill_views()
        self._apply()

    # -- the filter ------------------------------------------------------------------------------

    @property
    def filter(self) -> CardFilter:
        """The active filter (an empty `CardFilter` when every card shows)."""
        return self._filter

    def set_filter(self, flt: CardFilter) -> None:
        """Make ``flt`` the active filter: fade the others, update curve, outline and summary."""
        self._filter = flt
        self._apply()

    def clear(self) -> None:
        """Show every card again."""
        self.set_filter(CardFilter())

    def filtered_project(self) -> Project | None:
        """The map as the filter shows it (for "export only what the filter shows"), or None."""
        if self.matching is None:
            return None
        return filtered_project(self._doc.project, self._filter)

    def _schedule(self, *args: object) -> None:
        del args
        if self.matching is not None:
            self._timer.start()

    def _reapply(self) -> None:
        if self.matching is not None:
            self._apply()

    def _on_reset(self) -> None:
        # Another map (or a reloaded one): yesterday's filter would name cards that are gone.
        self._filter = CardFilter()
        self._fill_personas()
        self._fill_views()
        self._apply()

    def _on_details_changed(self, fields: list[str]) -> None:
        if "views" in fields:
            self._fill_views()
            self._update_widgets()

    def _apply(self) -> None:
        project = self._doc.project
        self.matching = matching_ids(self._filter, project) if is_active(self._filter) else None
        self._scene.set_shown(self.matching)
        set_outline_filter = getattr(self._outline, "set_filter", None)
        if set_outline_filter is not None:
            set_outline_filter(self.matching)
        self._update_widgets()
        self.filter_changed.emit()

    def _update_widgets(self) -> None:
        project = self._doc.project
        for key, button in self.preset_buttons.items():
            button.setChecked(self._filter == PRESETS[key])
        total = len(project.touchpoints)
        saved = self._saved_view()
        self.delete_button.setEnabled(saved is not None)
        # Only offered while a saved view is chosen: a disabled button is width the canvas needs.
        self.delete_button.setVisible(saved is not None)
        self.view_combo.setCurrentIndex(self._view_index(saved))
        self.clear_button.setEnabled(self.matching is not None)
        persona = self._filter.personas[0] if len(self._filter.personas) == 1 else None
        self.persona_combo.setCurrentIndex(max(self.persona_combo.findData(persona), 0))
        if self.matching is None:
            self.summary.setText("")
            self.status_label.setText("")
            return
        shown = self.tr("%n of %1 card(s) shown", "", len(self.matching)).replace("%1", str(total))
        self.summary.setText(shown)
        what = saved.name if saved is not None else describe(self._filter, project)
        self.status_label.setText(
            self.tr("Filter: %s — %s (Esc clears)").replace("%s", what, 1).replace("%s", shown, 1)
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Esc on the canvas also clears the filter (the canvas still clears its selection)."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and self.matching is not None
        ):
            self.clear()
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Esc in the bar clears the filter."""
        if event.key() == Qt.Key.Key_Escape and self.matching is not None:
            self.clear()
            event.accept()
            return
        super().keyPressEvent(event)

    # -- personas ----------------------------------------------------------------------------------

    def _fill_personas(self) -> None:
        self.persona_combo.blockSignals(True)
        self.persona_combo.clear()
        self.persona_combo.addItem(self.tr("All personas"), None)
        for p in self._doc.project.personas:
            self.persona_combo.addItem(p.name, p.id)
        self.persona_combo.setVisible(bool(self._doc.project.personas))
        self.persona_combo.blockSignals(False)
        if self.matching is not None:
            self._update_widgets()

    def _on_persona_chosen(self, index: int) -> None:
        persona = self.persona_combo.itemData(index)
        self.choose_persona(str(persona) if persona else None)

    def choose_persona(self, persona_id: str | None) -> None:
        """Show one persona's cards and curve (None: every persona), keeping the other criteria."""
        self._change(personas=[persona_id] if persona_id else [])

    # -- saved views -------------------------------------------------------------------------------

    def _saved_view(self) -> View | None:
        if not is_active(self._filter):
            return None
        return next((v for v in self._doc.project.views if v.filter == self._filter), None)

    def _view_index(self, view: View | None) -> int:
        if view is None:
            return 0
        names = [v.name for v in self._doc.project.views]
        return names.index(view.name) + 1 if view.name in names else 0

    def _fill_views(self) -> None:
        self.view_combo.blockSignals(True)
        self.view_combo.clear()
        self.view_combo.addItem(self.tr("Saved views"))
        for v in self._doc.project.views:
            self.view_combo.addItem(v.name)
        self.view_combo.setEnabled(bool(self._doc.project.views))
        self.view_combo.blockSignals(False)

    def _on_view_chosen(self, index: int) -> None:
        views = self._doc.project.views
        if 1 <= index <= len(views):
            self.set_filter(views[index - 1].filter)

    def apply_view(self, name: str) -> bool:
        """Make a saved view active by name; False if the map has no such view."""
        found = find_view(self._doc.project, name)
        if found is None:
            return False
        self.set_filter(found.filter)
        return True

    def save_view(self) -> None:
        """Ask for a name and save the active filter in the map (replacing a view of that name)."""
        current = self._saved_view()
        name = self._ask_text(
            self, self.tr("Save View"), self.tr("Name of the view:"), current.name if current else self.tr("My view")
        )
        if name is None or not name.strip():
            return
        name = " ".join(name.split())[:120]
        views = [v for v in self._doc.project.views if v.name.casefold() != name.casefold()]
        views.append(View(name=name, filter=self._filter))
        self._stack.push(EditViews(self._doc, views, self.tr("Save view “%s”") % name))

    def delete_view(self) -> None:
        """Remove the saved view that matches the active filter (one undo step)."""
        current = self._saved_view()
        if current is None:
            return
        views = [v for v in self._doc.project.views if v is not current]
        self._stack.push(EditViews(self._doc, views, self.tr("Delete view “%s”") % current.name))

    # -- the Filter menu ---------------------------------------------------------------------------

    def open_menu(self) -> None:
        """Show the criteria under the Filter button."""
        button = self.criteria_button
        self.menu.popup(button.mapToGlobal(QPoint(0, button.height())))

    def _change(self, **changes: object) -> None:
        self.set_filter(self._filter.model_copy(update=changes))

    def _toggle(self, field: str, value: object) -> None:
        values = list(getattr(self._filter, field))
        if value in values:
            values.remove(value)
        else:
            values.append(value)
        self._change(**{field: values})

    def _check(self, menu: QMenu, name: str, text: str, checked: bool, slot: Callable[[], None]) -> QAction:
        act = menu.addAction(text)
        act.setObjectName(name)
        act.setCheckable(True)
        act.setChecked(checked)
        act.triggered.connect(lambda _checked=False: slot())
        return act

    def _fill_menu(self) -> None:
        """Rebuild the criteria from the map as it is now (its stages, personas, tags, owners)."""
        menu, flt, project = self.menu, self._filter, self._doc.project
        menu.clear()
        # clear() leaves submenus alive as children; drop them so names stay unique.
        for old in menu.findChildren(QMenu):
            old.setParent(None)
            old.deleteLater()

        def toggler(field: str, value: object) -> Callable[[], None]:
            return lambda: self._toggle(field, value)

        def values(title: str, name: str, field: str, items: list[tuple[object, str]]) -> None:
            sub = menu.addMenu(title)
            sub.setObjectName(f"filterMenu_{name}")
            sub.setEnabled(bool(items))
            chosen = getattr(flt, field)
            for i, (value, text) in enumerate(items):
                self._check(sub, f"filter_{name}_{i}", text, value in chosen, toggler(field, value))

        values(self.tr("Phase"), "phase", "phases", [(p, phase_label(p)) for p in Phase])
        values(self.tr("Stage"), "stage", "stages", [(s.id, s.name) for s in project.stages])
        values(self.tr("Lane"), "lane", "lanes", [(lane.id, lane.name) for lane in project.lanes])
        used = {tp.channel for tp in project.touchpoints}
        values(self.tr("Channel"), "channel", "channels", [(c, channel_label(c)) for c in Channel if c in used])
        values(self.tr("Persona"), "persona", "personas", [(p.id, p.name) for p in project.personas])
        tags = sorted({t for tp in project.touchpoints for t in tp.tags}, key=str.casefold)
        values(self.tr("Tag"), "tag", "tags", [(t, t) for t in tags])
        owners = sorted({tp.owner.strip() for tp in project.touchpoints if tp.owner.strip()}, key=str.casefold)
        values(self.tr("Owner"), "owner", "owners", [(o, o) for o in owners])
        menu.addSeparator()

        def flip(field: str, value: object) -> Callable[[], None]:
            return lambda: self._change(**{field: None if getattr(self._filter, field) == value else value})

        self._check(
            menu,
            "filterIntentional",
            self.tr("Intentional"),
            flt.control is Control.INTENTIONAL,
            flip("control", Control.INTENTIONAL),
        )
        self._check(
            menu,
            "filterUnintentional",
            self.tr("Unintentional"),
            flt.control is Control.UNINTENTIONAL,
            flip("control", Control.UNINTENTIONAL),
        )
        self._check(
            menu, "filterInfluence", self.tr("My team can influence"), flt.influence is True, flip("influence", True)
        )
        self._check(
            menu,
            "filterNoInfluence",
            self.tr("Out of my team's reach"),
            flt.influence is False,
            flip("influence", False),
        )
        menu.addSeparator()
        self._score_row(menu)
        self._check(menu, "filterUnscored", self.tr("Unscored"), flt.unscored, flip("unscored", True))
        self._check(
            menu,
            "filterMomentOfTruth",
            self.tr("Moments of truth"),
            flt.moment_of_truth is True,
            flip("moment_of_truth", True),
        )
        self._check(menu, "filterPainPoints", self.tr("Has pain points"), flt.pain_points, flip("pain_points", True))
        self._check(
            menu, "filterNoOpportunity", self.tr("Has no opportunity"), flt.no_opportunity, flip("no_opportunity", True)
        )
        menu.addSeparator()
        clear = menu.addAction(self.tr("Clear Filter"))
        clear.setObjectName("filterMenuClear")
        clear.setEnabled(self.matching is not None)
        clear.triggered.connect(self.clear)

    def _score_row(self, menu: QMenu) -> None:
        """The score range, picked in place: the menu stays open while the user adjusts it."""
        flt = self._filter
        row = QWidget(menu)
        row.setObjectName("filterScoreRow")
        lay = QHBoxLayout(row)
        lay.setContentsMargins(24, 2, 8, 2)
        enabled = QCheckBox(self.tr("Score from"), row)
        enabled.setObjectName("filterScoreEnabled")
        low, high = QSpinBox(row), QSpinBox(row)
        low.setObjectName("filterScoreMin")
        high.setObjectName("filterScoreMax")
        low.setAccessibleName(self.tr("Lowest score"))
        high.setAccessibleName(self.tr("Highest score"))
        for box, value in ((low, flt.score_min), (high, flt.score_max)):
            box.setRange(SCORE_MIN, SCORE_MAX)
            box.setValue(value if value is not None else (SCORE_MIN if box is low else SCORE_MAX))
        ranged = flt.score_min is not None or flt.score_max is not None
        enabled.setChecked(ranged)
        lay.addWidget(enabled)
        lay.addWidget(low)
        lay.addWidget(QLabel(self.tr("to"), row))
        lay.addWidget(high)

        def update() -> None:
            if enabled.isChecked():
                a, b = sorted((low.value(), high.value()))
                self._change(score_min=a, score_max=b)
            else:
                self._change(score_min=None, score_max=None)

        enabled.toggled.connect(lambda _on: update())
        low.valueChanged.connect(lambda _v: update() if enabled.isChecked() else None)
        high.valueChanged.connect(lambda _v: update() if enabled.isChecked() else None)
        action = QWidgetAction(menu)
        action.setObjectName("filterScoreRange")
        action.setDefaultWidget(row)
        menu.addAction(action)


def describe(flt: CardFilter, project: Project) -> str:
    """The filter in words for the status bar, e.g. "Unintentional · Before the purchase"."""
    stage_names = {s.id: s.name for s in project.stages}
    lane_names = {lane.id: lane.name for lane in project.lanes}
    persona_names = {p.id: p.name for p in project.personas}
    parts: list[str] = []
    if flt == PRESETS["unintentional"]:
        return QCoreApplication.translate("FilterBar", "Unintentional")
    if flt == PRESETS["influence"]:
        return QCoreApplication.translate("FilterBar", "My team can influence")
    parts += [phase_label(p) for p in flt.phases]
    parts += [stage_names.get(i, i) for i in flt.stages]
    parts += [lane_names.get(i, i) for i in flt.lanes]
    parts += [channel_label(c) for c in flt.channels]
    if flt.control is Control.INTENTIONAL:
        parts.append(QCoreApplication.translate("FilterBar", "Intentional"))
    elif flt.control is Control.UNINTENTIONAL:
        parts.append(QCoreApplication.translate("FilterBar", "Unintentional"))
    if flt.influence is True:
        parts.append(QCoreApplication.translate("FilterBar", "My team can influence"))
    elif flt.influence is False:
        parts.append(QCoreApplication.translate("FilterBar", "Out of my team's reach"))
    if flt.score_min is not None or flt.score_max is not None:
        low = score_number(flt.score_min if flt.score_min is not None else SCORE_MIN)
        high = score_number(flt.score_max if flt.score_max is not None else SCORE_MAX)
        parts.append(
            QCoreApplication.translate("FilterBar", "score %s to %s").replace("%s", low, 1).replace("%s", high, 1)
        )
    if flt.unscored:
        parts.append(QCoreApplication.translate("FilterBar", "Unscored"))
    if flt.moment_of_truth:
        parts.append(QCoreApplication.translate("FilterBar", "Moments of truth"))
    parts += [persona_names.get(i, i) for i in flt.personas]
    parts += [f"#{t}" for t in flt.tags]
    parts += flt.owners
    if flt.pain_points:
        parts.append(QCoreApplication.translate("FilterBar", "Has pain points"))
    if flt.no_opportunity:
        parts.append(QCoreApplication.translate("FilterBar", "Has no opportunity"))
    return " · ".join(parts)
