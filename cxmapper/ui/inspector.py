"""The inspector dock: a form for everything about the selected card, stage or lane, or the map.

Each change is an undo command: typing pushes a mergeable field edit per keystroke (the stack
folds them into one step per field), combo boxes and check boxes push one step each, and
moving a card to another stage or lane is a `MoveTouchpoint`. The form is filled with signals
blocked, so showing a card never echoes back as an edit, and it refreshes only the fields the
document says changed, so the caret stays where the user is typing.

A card's form puts the seeds' own questions first, in a shop owner's words (what is it, when,
where, did you cause it, can your team influence it, how does it feel), each with a one-line
hint; the consultant's fields (ownership model, KPI, personas, tags, notes, colour...) are
folded under "More details", which remembers being open. The wheel never changes a field the
user is not in (`cxmapper.ui.wheel_guard`): it scrolls the panel.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSettings, QSignalBlocker, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QUndoStack
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cxmapper import theme
from cxmapper.commands import EditDetails, EditLane, EditStage, EditTouchpoint, MoveTouchpoint, field_names
from cxmapper.document import Document
from cxmapper.model.library import channel_change, suggested_description
from cxmapper.model.paste import parse_tags
from cxmapper.model.project import NAME_MAX, TEXT_MAX, TITLE_MAX, Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Level, Ownership, Phase
from cxmapper.selection import Selection
from cxmapper.ui.icons import channel_icon, score_icon
from cxmapper.ui.labels import (
    LANGUAGE_NAMES,
    channel_label,
    control_hint,
    control_short_label,
    level_label,
    ownership_hint,
    ownership_label,
    ownership_term,
    phase_label,
    score_label,
    short_text,
)
from cxmapper.ui.wheel_guard import guard_wheel

ColorPicker = Callable[[QWidget, str | None], str | None]

_SCORES: list[int | None] = [None, *range(SCORE_MIN, SCORE_MAX + 1)]


# QSettings key: whether the card form's "More details" section is open.
MORE_OPEN_KEY = "inspector/moreOpen"


def _swatch(color: str | None) -> QIcon:
    pixmap = QPixmap(16, 16)
    pixmap.fill(QColor(color or theme.CARD_BG))
    return QIcon(pixmap)


class ChoiceButtons(QWidget):
    """A short list of choices as radio buttons, all visible, with a combo box's API.

    Radio buttons show every option at once and choose in one click; the combo-like methods
    (`findData`, `currentData`, `activated`...) let the form and tests treat it like the other
    choice fields.

    Signals:
        activated(int): the user clicked (or arrow-keyed to) the option at this index.
    """

    activated = Signal(int)

    def __init__(self, items: list[tuple[Any, str, QIcon | None, str]], parent: QWidget | None = None) -> None:
        """Make one button per ``(value, text, icon, tooltip)``."""
        super().__init__(parent)
        self._values = [value for value, _text, _icon, _tip in items]
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(12)
        self.buttons: list[QRadioButton] = []
        for i, (_value, text, icon, tip) in enumerate(items):
            button = QRadioButton(text, self)
            if icon is not None:
                button.setIcon(icon)
            button.setToolTip(tip)
            button.setAccessibleName(text)
            button.setAccessibleDescription(tip)
            self._group.addButton(button, i)
            row.addWidget(button)
            self.buttons.append(button)
        row.addStretch(1)
        if self.buttons:
            self.setFocusProxy(self.buttons[0])  # a caption's mnemonic lands on the choices
        self._group.idClicked.connect(self.activated.emit)

    def setObjectName(self, name: str) -> None:
        """Name the buttons after the field too (``<field>_<value>``), for tests and accessibility tools."""
        super().setObjectName(name)
        for button, value in zip(self.buttons, self._values, strict=True):
            button.setObjectName(f"{name}_{value}")

    def count(self) -> int:
        """Number of choices."""
        return len(self._values)

    def findData(self, value: Any) -> int:
        """Index of the choice with this value, or -1."""
        return self._values.index(value) if value in self._values else -1

    def itemData(self, index: int) -> Any:
        """The value of the choice at ``index``."""
        return self._values[index]

    def currentIndex(self) -> int:
        """Index of the checked choice (-1 when none is)."""
        return self._group.checkedId()

    def currentData(self) -> Any:
        """Value of the checked choice, or None."""
        index = self._group.checkedId()
        return self._values[index] if index >= 0 else None

    def setCurrentIndex(self, index: int) -> None:
        """Check the choice at ``index`` (no signal: this shows a value, it is not an edit)."""
        button = self._group.button(index)
        if button is not None:
            button.setChecked(True)


class _Form(QWidget):
    """A page of fields bound to one model object; subclasses say how an edit is pushed.

    Widgets are registered per field name, so `fill` and `refresh` can set exactly the fields
    that changed. Labels arrive translated from the subclass (this base class has no strings).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fields: dict[str, QWidget] = {}
        self._outer = QVBoxLayout(self)
        self._outer.setContentsMargins(10, 8, 10, 10)
        self._outer.setSpacing(4)
        self.heading = QLabel(self)
        self.heading.setObjectName("inspectorHeading")
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15px; font-weight: 700;")
        self._outer.addWidget(self.heading)
        self._form: QFormLayout | None = None
        # Where `_section` puts new sections: the page itself, or a foldable part of it.
        self._target: QBoxLayout = self._outer
        self._field_forms: dict[str, QFormLayout] = {}

    # -- building ----------------------------------------------------------------------------------

    def _section(self, title: str, parent: QWidget | None = None) -> QFormLayout:
        label = QLabel(title.upper(), parent or self)
        label.setProperty("role", "section")
        self._target.addWidget(label)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(0, 0, 0, 0)
        form.setVerticalSpacing(4)
        self._target.addLayout(form)
        self._form = form
        return form

    def _add_row(self, label: str, widget: QWidget, field: str, description: str = "", hint: str = "") -> None:
        """Add a field with its caption, tooltip and, under it, an optional one-line ``hint``."""
        assert self._form is not None, "call _section first"
        widget.setObjectName(f"{self.objectName()}_{field}")
        widget.setAccessibleName(label)
        if description:
            widget.setAccessibleDescription(description)
            widget.setToolTip(description)
        if label:
            caption = QLabel(label, self)
            caption.setObjectName(f"{self.objectName()}_{field}_caption")
            caption.setBuddy(widget)
            if description:
                caption.setToolTip(description)
            self._form.addRow(caption, widget)
        else:
            self._form.addRow(widget)
        if hint:
            if not description:
                widget.setAccessibleDescription(hint)
            note = QLabel(hint, self)
            note.setObjectName(f"{self.objectName()}_{field}_hint")
            note.setProperty("role", "hint")
            note.setWordWrap(True)
            self._form.addRow(note)
        self._fields[field] = widget
        self._field_forms[field] = self._form

    def _line(self, label: str, field: str, max_length: int, description: str = "") -> QLineEdit:
        edit = QLineEdit(self)
        edit.setMaxLength(max_length)
        edit.textEdited.connect(lambda text, f=field: self._edit(f, text, True))
        self._add_row(label, edit, field, description)
        return edit

    def _text(self, label: str, field: str, description: str = "", lines: int = 3) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setTabChangesFocus(True)  # Tab moves on, as in every other field of the form
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
        edit.textChanged.connect(lambda e=edit, f=field: self._edit(f, e.toPlainText()[:TEXT_MAX], True))
        self._add_row(label, edit, field, description)
        return edit

    def _combo(
        self,
        label: str,
        field: str,
        items: list[tuple[Any, str, QIcon | None]],
        description: str = "",
        hint: str = "",
    ) -> QComboBox:
        combo = QComboBox(self)
        # Long labels (stage names, control explanations) must not widen the dock.
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        self._set_combo_items(combo, items)
        combo.activated.connect(lambda index, c=combo, f=field: self._edit(f, c.itemData(index), False))
        self._add_row(label, combo, field, description, hint)
        return combo

    def _choices(
        self, label: str, field: str, items: list[tuple[Any, str, QIcon | None, str]], description: str, hint: str
    ) -> ChoiceButtons:
        choices = ChoiceButtons(items, self)
        choices.activated.connect(lambda index, c=choices, f=field: self._edit(f, c.itemData(index), False))
        self._add_row(label, choices, field, description, hint)
        return choices

    @staticmethod
    def _set_combo_items(combo: QComboBox, items: list[tuple[Any, str, QIcon | None]]) -> None:
        with QSignalBlocker(combo):
            combo.clear()
            for value, text, icon in items:
                if icon is None:
                    combo.addItem(text, value)
                else:
                    combo.addItem(icon, text, value)

    def _check(self, text: str, field: str, description: str = "", hint: str = "") -> QCheckBox:
        box = QCheckBox(text, self)
        box.clicked.connect(lambda checked, f=field: self._edit(f, bool(checked), False))
        self._add_row("", box, field, description, hint)
        box.setAccessibleName(text)
        return box

    def _finish(self) -> None:
        self._outer.addStretch(1)

    # -- showing values ----------------------------------------------------------------------------

    def _show_value(self, field: str, value: Any) -> None:
        """Put a model value into its widget, with signals blocked, only if it differs."""
        widget = self._fields.get(field)
        if widget is None:
            return
        with QSignalBlocker(widget):
            if isinstance(widget, QLineEdit):
                text = ", ".join(value) if isinstance(value, list) else str(value)
                if isinstance(value, list) and parse_tags(widget.text()) == value:
                    return  # the user is typing "a, b, " - keep the trailing separator
                if widget.text() != text:
                    widget.setText(text)
            elif isinstance(widget, QPlainTextEdit):
                if widget.toPlainText() != value:
                    widget.setPlainText(str(value))
            elif isinstance(widget, QComboBox | ChoiceButtons):
                index = widget.findData(value)
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))

    def _edit(self, field: str, value: Any, merge: bool) -> None:
        raise NotImplementedError


class TouchpointForm(_Form):
    """Every field of one card: the seeds' questions first, the rest under "More details"."""

    def __init__(
        self,
        document: Document,
        undo_stack: QUndoStack,
        pick_color: ColorPicker,
        parent: QWidget,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorTouchpoint")
        self._doc = document
        self._stack = undo_stack
        self._pick_color = pick_color
        self._settings = settings
        self.tp_id: str | None = None

        # The seeds' exercise, in its order: name it, place it, who causes it, can we act, how it feels.
        self._section(self.tr("Touchpoint"))
        self.title_edit = self._line(
            self.tr("Name"), "title", TITLE_MAX, self.tr("A short name for the moment, e.g. “Google reviews”")
        )
        self.stage_combo = self._combo(
            self.tr("When"),
            "stage_id",
            [],
            self.tr("The stage: the column of the map where this moment happens"),
        )
        self.lane_combo = self._combo(
            self.tr("Row"),
            "lane_id",
            [],
            self.tr("The lane: the row of the map (a customer type, a channel group…)"),
        )
        self._combo(
            self.tr("Where"),
            "channel",
            [(c, channel_label(c), channel_icon(c)) for c in Channel],
            self.tr("The channel: where the customer meets you (the shop, the phone, WhatsApp…)"),
        )
        self._choices(
            self.tr("Do you make it happen?"),
            "control",
            [(c, control_short_label(c), None, control_hint(c)) for c in Control],
            self.tr("Intentional touchpoints are caused by the brand; unintentional ones happen without it"),
            self.tr("Intentional: you cause it. Unintentional: it happens without you, like reviews or word of mouth."),
        )
        self._check(
            self.tr("My team can influence it"),
            "influence",
            self.tr("Tick it when your team can change how this moment goes"),
        )
        self._combo(
            self.tr("How it feels to the customer"),
            "score",
            [(s, score_label(s), score_icon(s)) for s in _SCORES],
            self.tr("How the customer feels at this touchpoint, from very bad (-2) to very good (+2)"),
            self.tr("From -2 (very bad) to +2 (very good); leave it unrated if you are not sure."),
        )
        self.description_edit = self._text(
            self.tr("What happens"), "description", self.tr("What happens at this touchpoint")
        )
        self.suggestion_row = QWidget(self)
        suggestion = QHBoxLayout(self.suggestion_row)
        suggestion.setContentsMargins(0, 0, 0, 0)
        self.suggestion_note = QLabel(self.tr("The grey text is the catalogue's suggestion; it is not printed."))
        self.suggestion_note.setObjectName("inspectorSuggestionNote")
        self.suggestion_note.setProperty("role", "hint")
        self.suggestion_note.setWordWrap(True)
        self.use_suggestion = QPushButton(self.tr("Use it"), self.suggestion_row)
        self.use_suggestion.setObjectName("inspectorUseSuggestion")
        self.use_suggestion.setAccessibleName(self.tr("Use the catalogue's suggestion as the description"))
        self.use_suggestion.setToolTip(self.tr("Copy the suggestion into the description, to print it and edit it"))
        self.use_suggestion.clicked.connect(self._on_use_suggestion)
        suggestion.addWidget(self.suggestion_note, 1)
        suggestion.addWidget(self.use_suggestion)
        assert self._form is not None
        self._form.addRow(self.suggestion_row)
        self.suggestion_row.hide()

        # The consultant's extras, folded away until asked for (and remembered open).
        self.more_toggle = QToolButton(self)
        self.more_toggle.setObjectName("inspectorMoreToggle")
        self.more_toggle.setText(self.tr("More details"))
        self.more_toggle.setAccessibleName(self.tr("More details"))
        self.more_toggle.setToolTip(
            self.tr("Customer's actions and thoughts, pain points, ownership, KPI, personas, tags, notes, colour")
        )
        self.more_toggle.setCheckable(True)
        self.more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more_toggle.setAutoRaise(True)
        self._outer.addSpacing(6)
        self._outer.addWidget(self.more_toggle)
        self.more = QWidget(self)
        self.more.setObjectName("inspectorMore")
        more_layout = QVBoxLayout(self.more)
        more_layout.setContentsMargins(0, 0, 0, 0)
        more_layout.setSpacing(4)
        self._outer.addWidget(self.more)
        self._target = more_layout

        self._section(self.tr("Experience"), self.more)
        self._check(
            self.tr("Moment of truth"),
            "moment_of_truth",
            self.tr("A moment that decides whether the customer buys or comes back"),
        )
        self._text(self.tr("What the customer does"), "customer_action")
        self._text(self.tr("What the customer thinks and feels"), "thoughts")
        self._text(self.tr("Pain points"), "pain_points", self.tr("What annoys or blocks the customer here"))
        self._text(self.tr("Opportunities"), "opportunities", self.tr("What you could do better here"))
        # Impact and effort of acting on the opportunities: the Insight dock's planning matrix.
        levels: list[tuple[Any, str, QIcon | None]] = [(None, level_label(None), None)]
        levels += [(lv, level_label(lv), None) for lv in Level]
        self._combo(self.tr("Impact"), "impact", levels, self.tr("How much acting on the opportunity would help"))
        self._combo(self.tr("Effort"), "effort", levels, self.tr("How much acting on the opportunity would cost"))

        self._section(self.tr("Your team"), self.more)
        ownership = self._combo(
            self.tr("Who runs it"),
            "ownership",
            [(o, ownership_label(o), None) for o in Ownership],
            self.tr("The ownership model: brand-, partner- or customer-owned, or social / external"),
        )
        for i, o in enumerate(Ownership):
            ownership.setItemData(i, f"{ownership_term(o)}: {ownership_hint(o)}", Qt.ItemDataRole.ToolTipRole)
        self._line(self.tr("Person in charge"), "owner", NAME_MAX, self.tr("Who in the team looks after it"))
        self._line(
            self.tr("How you measure it"),
            "kpi",
            NAME_MAX,
            self.tr("The KPI (key performance indicator), e.g. “average rating” or “calls answered”"),
        )

        self._section(self.tr("Organise"), self.more)
        self._line(self.tr("Tags"), "tags", 2000, self.tr("Comma-separated"))
        self.personas_list = QListWidget(self)
        self.personas_list.setMaximumHeight(96)
        self.personas_list.itemChanged.connect(self._on_persona_item_changed)
        self._add_row(
            self.tr("Customer types"),
            self.personas_list,
            "personas",
            self.tr("The personas (customer types) who meet this card"),
        )
        self._text(self.tr("Notes"), "notes")
        color_row = QWidget(self)
        row = QHBoxLayout(color_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.color_button = QPushButton(self.tr("Choose…"), color_row)
        self.color_button.setObjectName("inspectorColorButton")
        self.color_button.setAccessibleName(self.tr("Choose the card colour"))
        self.color_button.clicked.connect(self._on_choose_color)
        self.color_reset = QPushButton(self.tr("Default"), color_row)
        self.color_reset.setObjectName("inspectorColorReset")
        self.color_reset.setAccessibleName(self.tr("Use the default card colour"))
        self.color_reset.clicked.connect(self._on_reset_color)
        row.addWidget(self.color_button)
        row.addWidget(self.color_reset)
        row.addStretch(1)
        self._add_row(self.tr("Colour"), color_row, "color_row")
        self._target = self._outer
        self._finish()

        opened = bool(settings is not None and settings.value(MORE_OPEN_KEY, False, type=bool))
        self.more_toggle.setChecked(opened)
        self._show_more(opened)
        self.more_toggle.toggled.connect(self._on_more_toggled)

    def _show_more(self, opened: bool) -> None:
        self.more.setVisible(opened)
        self.more_toggle.setArrowType(Qt.ArrowType.DownArrow if opened else Qt.ArrowType.RightArrow)

    def _on_more_toggled(self, opened: bool) -> None:
        self._show_more(opened)
        if self._settings is not None:
            self._settings.setValue(MORE_OPEN_KEY, opened)

    # -- filling -----------------------------------------------------------------------------------

    def show_touchpoint(self, tp_id: str, count: int) -> None:
        """Show one card; ``count`` is how many are selected (the heading says so)."""
        self.tp_id = tp_id
        self._fill_places()
        self._fill_personas()
        tp = self._doc.touchpoint(tp_id)
        for name in Touchpoint.model_fields:
            self._show_value(name, getattr(tp, name))
        self._show_color(tp.color)
        self.show_suggestion()
        self._update_heading(count)

    def show_suggestion(self) -> None:
        """Grey the catalogue's description into an empty description, in the map's language.

        It is a placeholder, not text: typing replaces it, and the card's description (what
        exports print) stays empty until the user writes or adopts one.
        """
        if self.tp_id is None:
            return
        tp = self._doc.project.touchpoint(self.tp_id)
        hint = suggested_description(tp, self._doc.project.language)
        self.description_edit.setPlaceholderText(hint)
        self.suggestion_row.setVisible(bool(hint) and not tp.description)

    def _update_heading(self, count: int = 1) -> None:
        if self.tp_id is None:
            return
        title = self._doc.touchpoint(self.tp_id).title or self.tr("Untitled card")
        if count > 1:
            self.heading.setText(self.tr("{title}  ({count} cards selected)").format(title=title, count=count))
        else:
            self.heading.setText(title)

    def refresh(self, fields: list[str]) -> None:
        """Re-show the given fields of the current card after the document changed them."""
        if self.tp_id is None:
            return
        tp = self._doc.touchpoint(self.tp_id)
        for name in fields:
            if name == "color":
                self._show_color(tp.color)
            elif name == "personas":
                self._fill_personas()
            else:
                self._show_value(name, getattr(tp, name))
        if "title" in fields:
            self._update_heading()
        if "description" in fields or "catalogue_id" in fields:
            self.show_suggestion()

    def refresh_places(self) -> None:
        """Re-list stages and lanes (renamed, added, moved) and re-select the card's."""
        if self.tp_id is not None:
            self._fill_places()

    def refresh_personas(self) -> None:
        """Re-list the map's personas."""
        if self.tp_id is not None:
            self._fill_personas()

    def _fill_places(self) -> None:
        assert self.tp_id is not None
        project = self._doc.project
        self._set_combo_items(
            self.stage_combo, [(s.id, s.name or self.tr("(unnamed stage)"), None) for s in project.stages]
        )
        for i, stage in enumerate(project.stages):
            self.stage_combo.setItemData(i, phase_label(stage.phase), Qt.ItemDataRole.ToolTipRole)
        self._set_combo_items(self.lane_combo, [(lane.id, lane.name, None) for lane in project.lanes])
        tp = self._doc.touchpoint(self.tp_id)
        self._show_value("stage_id", tp.stage_id)
        self._show_value("lane_id", tp.lane_id)
        # One lane is no choice: the row is hidden rather than shown disabled.
        self._field_forms["lane_id"].setRowVisible(self.lane_combo, len(project.lanes) > 1)

    def _fill_personas(self) -> None:
        assert self.tp_id is not None
        tp = self._doc.touchpoint(self.tp_id)
        with QSignalBlocker(self.personas_list):
            self.personas_list.clear()
            for persona in self._doc.project.personas:
                item = QListWidgetItem(persona.name or self.tr("(unnamed persona)"), self.personas_list)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if persona.id in tp.personas else Qt.CheckState.Unchecked)
                item.setData(Qt.ItemDataRole.UserRole, persona.id)
            if not self._doc.project.personas:
                item = QListWidgetItem(self.tr("No personas yet (Map ▸ Personas…)"), self.personas_list)
                item.setFlags(Qt.ItemFlag.NoItemFlags)

    def _show_color(self, color: str | None) -> None:
        self.color_button.setIcon(_swatch(color))
        self.color_button.setIconSize(QSize(16, 16))
        self.color_reset.setEnabled(color is not None)

    # -- editing -----------------------------------------------------------------------------------

    def _edit(self, field: str, value: Any, merge: bool) -> None:
        if self.tp_id is None:
            return
        tp = self._doc.touchpoint(self.tp_id)
        if field in ("stage_id", "lane_id"):
            stage_id = value if field == "stage_id" else tp.stage_id
            lane_id = value if field == "lane_id" else tp.lane_id
            if (stage_id, lane_id) != (tp.stage_id, tp.lane_id):
                order = len(self._doc.project.cell(stage_id, lane_id))
                self._stack.push(MoveTouchpoint(self._doc, tp.id, stage_id, lane_id, order))
            return
        if field == "tags":
            value = parse_tags(str(value))
        if getattr(tp, field) == value:
            return
        # A new channel carries the card's control along while the user has not chosen one
        # (see `library.channel_change`): one edit, so one undo step restores both.
        changes = channel_change(tp, value) if field == "channel" else {field: value}
        text = self.tr("Edit {field} of “{card}”").format(field=field_names(changes), card=short_text(tp.title, 30))
        self._stack.push(EditTouchpoint(self._doc, tp.id, changes, merge=merge, text=text))

    def _on_use_suggestion(self) -> None:
        """Adopt the catalogue's suggestion as the card's own description (one undo step)."""
        text = self.description_edit.placeholderText()
        if text:
            self._edit("description", text, False)

    def _on_persona_item_changed(self, item: QListWidgetItem) -> None:
        del item
        ids = []
        for i in range(self.personas_list.count()):
            it = self.personas_list.item(i)
            if it is not None and it.checkState() == Qt.CheckState.Checked:
                ids.append(str(it.data(Qt.ItemDataRole.UserRole)))
        self._edit("personas", ids, False)

    def _on_choose_color(self) -> None:
        if self.tp_id is None:
            return
        color = self._pick_color(self, self._doc.touchpoint(self.tp_id).color)
        if color is not None:
            self._edit("color", color, False)

    def _on_reset_color(self) -> None:
        self._edit("color", None, False)


class StageForm(_Form):
    """A stage column: name, phase, the customer's goal and the team's notes."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorStage")
        self._doc = document
        self._stack = undo_stack
        self.stage_id: str | None = None
        self._section(self.tr("Stage"))
        self.name_edit = self._line(self.tr("Name"), "name", NAME_MAX)
        self._combo(
            self.tr("Part of the purchase"),
            "phase",
            [(p, phase_label(p), None) for p in Phase],
            self.tr("The phase: before, during or after the purchase"),
        )
        self._text(self.tr("Customer goal"), "customer_goal", self.tr("What the customer wants at this stage"))
        self._text(self.tr("Pain points"), "pain_points")
        self._text(self.tr("Opportunities"), "opportunities")
        self._text(self.tr("Notes"), "notes")
        self._finish()

    def show_stage(self, stage_id: str) -> None:
        """Show one stage."""
        self.stage_id = stage_id
        stage = self._doc.project.stage(stage_id)
        for name in type(stage).model_fields:
            self._show_value(name, getattr(stage, name))
        self.heading.setText(self.tr("Stage: {name}").format(name=stage.name))

    def refresh(self, fields: list[str]) -> None:
        """Re-show changed fields of the shown stage."""
        if self.stage_id is None:
            return
        stage = self._doc.project.stage(self.stage_id)
        for name in fields:
            self._show_value(name, getattr(stage, name))
        if "name" in fields:
            self.heading.setText(self.tr("Stage: {name}").format(name=stage.name))

    def _edit(self, field: str, value: Any, merge: bool) -> None:
        if self.stage_id is None or getattr(self._doc.project.stage(self.stage_id), field) == value:
            return
        self._stack.push(EditStage(self._doc, self.stage_id, {field: value}, merge=merge))


class LaneForm(_Form):
    """A lane row: its name."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorLane")
        self._doc = document
        self._stack = undo_stack
        self.lane_id: str | None = None
        self._section(self.tr("Row"))
        self.name_edit = self._line(
            self.tr("Name"), "name", NAME_MAX, self.tr("A lane (row of the map): a customer type, a channel group, …")
        )
        self._finish()

    def show_lane(self, lane_id: str) -> None:
        """Show one lane."""
        self.lane_id = lane_id
        lane = self._doc.project.lane(lane_id)
        self._show_value("name", lane.name)
        self.heading.setText(self.tr("Row: {name}").format(name=lane.name))

    def _edit(self, field: str, value: Any, merge: bool) -> None:
        if self.lane_id is None or getattr(self._doc.project.lane(self.lane_id), field) == value:
            return
        self._stack.push(EditLane(self._doc, self.lane_id, {field: value}, merge=merge))


class DetailsForm(_Form):
    """The map itself, shown when nothing is selected."""

    def __init__(self, document: Document, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("inspectorDetails")
        self._doc = document
        self._stack = undo_stack
        self._section(self.tr("Map"))
        self._line(self.tr("Title"), "title", TITLE_MAX)
        self._line(self.tr("Brand or business"), "brand", NAME_MAX)
        self._line(self.tr("Author"), "author", NAME_MAX)
        self._text(self.tr("Description"), "description", self.tr("What this map is for"), lines=4)
        self._combo(
            self.tr("Language of the map"),
            "language",
            [(code, name, None) for code, name in LANGUAGE_NAMES.items()],
            self.tr("The language of the catalogue and of exported labels"),
        )
        self.summary = QLabel(self)
        self.summary.setObjectName("inspectorSummary")
        self.summary.setProperty("role", "hint")
        self.summary.setWordWrap(True)
        self._outer.addSpacing(8)
        self._outer.addWidget(self.summary)
        self._finish()

    def show_details(self) -> None:
        """Show the map's fields and a short summary."""
        project = self._doc.project
        for name in ("title", "brand", "author", "description", "language"):
            self._show_value(name, getattr(project, name))
        self.heading.setText(self.tr("Map details"))
        self.summary.setText(
            self.tr("{touchpoints} in {stages}. Select a card, a stage or a lane on the map to edit it here.").format(
                touchpoints=self.tr("%n touchpoint(s)", "", len(project.touchpoints)),
                stages=self.tr("%n stage(s)", "", len(project.stages)),
            )
        )

    def _edit(self, field: str, value: Any, merge: bool) -> None:
        if getattr(self._doc.project, field) == value:
            return
        self._stack.push(EditDetails(self._doc, {field: value}, merge=merge))


class InspectorDock(QDockWidget):
    """Shows the form for the current selection (see module docstring)."""

    def __init__(
        self,
        document: Document,
        selection: Selection,
        undo_stack: QUndoStack,
        pick_color: ColorPicker,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        """Build the forms; ``settings`` (when given) remembers whether "More details" is open."""
        super().__init__(parent)
        self.setObjectName("inspectorDock")
        self.setWindowTitle(self.tr("Inspector"))
        self.setAccessibleName(self.tr("Inspector"))
        self.setAccessibleDescription(self.tr("Edit the selected card, stage or lane, or the map's details"))
        self._doc = document
        self._selection = selection

        self.pages = QStackedWidget()
        self.details = DetailsForm(document, undo_stack, self.pages)
        self.touchpoint = TouchpointForm(document, undo_stack, pick_color, self.pages, settings)
        self.stage = StageForm(document, undo_stack, self.pages)
        self.lane = LaneForm(document, undo_stack, self.pages)
        for page in (self.details, self.touchpoint, self.stage, self.lane):
            self.pages.addWidget(page)
        self.pages.currentChanged.connect(self._on_page_changed)
        self._on_page_changed(self.pages.currentIndex())
        scroll = QScrollArea(self)
        scroll.setObjectName("inspectorScroll")
        scroll.setAccessibleName(self.tr("Inspector fields"))
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.pages)
        # Features (merge conflicts, ...) put banners above the form through `add_banner`.
        body = QWidget(self)
        body.setObjectName("inspectorBody")
        self._body_layout = QVBoxLayout(body)
        self._body_layout.setContentsMargins(0, 0, 0, 0)
        self._body_layout.setSpacing(0)
        self._body_layout.addWidget(scroll, 1)
        self.setWidget(body)
        self.scroll_area = scroll
        guard_wheel(self.pages)

        selection.changed.connect(self._on_selection_changed)
        document.reset.connect(self._on_selection_changed)
        document.touchpoint_changed.connect(self._on_touchpoint_changed)
        document.touchpoint_moved.connect(self._on_touchpoint_moved)
        for signal in (document.stage_added, document.stage_removed, document.stage_moved):
            signal.connect(self._on_places_changed)
        for signal in (document.lane_added, document.lane_removed, document.lane_moved):
            signal.connect(self._on_places_changed)
        document.stage_changed.connect(self._on_stage_changed)
        document.lane_changed.connect(self._on_lane_changed)
        document.personas_changed.connect(self.touchpoint.refresh_personas)
        document.details_changed.connect(self._on_details_changed)
        document.structure_changed.connect(self._on_structure_changed)
        self._on_selection_changed()

    def add_banner(self, banner: QWidget) -> None:
        """Show a feature's banner above the form (it hides itself when it has nothing to say)."""
        self._body_layout.insertWidget(self._body_layout.count() - 1, banner)

    # -- which page --------------------------------------------------------------------------------

    def _on_page_changed(self, index: int) -> None:
        # A stacked widget is as tall as its tallest page; ignoring the hidden pages' sizes lets
        # the short forms fit without a needless scroll bar.
        for i, page in enumerate((self.details, self.touchpoint, self.stage, self.lane)):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.pages.updateGeometry()

    def _on_selection_changed(self) -> None:
        project = self._doc.project
        current = self._selection.current
        self.touchpoint.tp_id = self.stage.stage_id = self.lane.lane_id = None
        if current is not None and self._doc.has_touchpoint(current):
            self.touchpoint.show_touchpoint(current, len(self._selection.touchpoints))
            self.pages.setCurrentWidget(self.touchpoint)
        elif self._selection.stage is not None and any(s.id == self._selection.stage for s in project.stages):
            self.stage.show_stage(self._selection.stage)
            self.pages.setCurrentWidget(self.stage)
        elif self._selection.lane is not None and any(lane.id == self._selection.lane for lane in project.lanes):
            self.lane.show_lane(self._selection.lane)
            self.pages.setCurrentWidget(self.lane)
        else:
            self.details.show_details()
            self.pages.setCurrentWidget(self.details)

    # -- document changes, applied to the shown object only ----------------------------------------

    def _on_touchpoint_changed(self, tp_id: str, fields: list[str]) -> None:
        if tp_id == self.touchpoint.tp_id:
            self.touchpoint.refresh(fields)

    def _on_touchpoint_moved(self, tp_id: str) -> None:
        if tp_id == self.touchpoint.tp_id:
            self.touchpoint.refresh_places()

    def _on_places_changed(self, _id: str) -> None:
        self.touchpoint.refresh_places()

    def _on_stage_changed(self, stage_id: str, fields: list[str]) -> None:
        if stage_id == self.stage.stage_id:
            self.stage.refresh(fields)
        if "name" in fields or "phase" in fields:
            self.touchpoint.refresh_places()

    def _on_lane_changed(self, lane_id: str, fields: list[str]) -> None:
        if lane_id == self.lane.lane_id:
            self.lane.show_lane(lane_id)
        self.touchpoint.refresh_places()

    def _on_details_changed(self, fields: list[str]) -> None:
        if "language" in fields:
            self.touchpoint.show_suggestion()  # the catalogue's hint follows the map's language
        if self.pages.currentWidget() is self.details:
            self.details.show_details()

    def _on_structure_changed(self) -> None:
        # Card counts in the summary; cheap, and only when the summary is what the user sees.
        if self.pages.currentWidget() is self.details:
            self.details.show_details()

    # -- focus helpers for the Map menu --------------------------------------------------------------

    def focus_title(self) -> None:
        """Put the caret in the card's title with the text selected, ready to type a new name."""
        self.show()
        self.raise_()
        self.touchpoint.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.touchpoint.title_edit.selectAll()

    def focus_stage_name(self) -> None:
        """Put the caret in the stage's name."""
        self.show()
        self.raise_()
        self.stage.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.stage.name_edit.selectAll()

    def focus_lane_name(self) -> None:
        """Put the caret in the lane's name."""
        self.show()
        self.raise_()
        self.lane.name_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.lane.name_edit.selectAll()
