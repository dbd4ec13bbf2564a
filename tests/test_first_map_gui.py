"""Issue 11 ("a first map in two minutes"), the widgets: wheel, Inspector layout, catalogue, jargon.

Each test drives the docks the way a user does (wheel events, clicks, typing, Enter) over a
real Document, Selection and undo stack, and checks the map and the history afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QUndoStack, QWheelEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cxmapper import i18n
from cxmapper.document import Document
from cxmapper.model.library import catalog_entry
from cxmapper.model.project import Lane, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Ownership
from cxmapper.selection import Selection
from cxmapper.ui.catalogue import CatalogueDock
from cxmapper.ui.guide import GuideDialog
from cxmapper.ui.inspector import MORE_OPEN_KEY, ChoiceButtons, InspectorDock
from cxmapper.ui.style import stylesheet
from cxmapper.ui.wheel_guard import guard_wheel

pytestmark = pytest.mark.gui


@dataclass
class Env:
    doc: Document
    selection: Selection
    stack: QUndoStack
    host: QMainWindow
    settings: QSettings


@pytest.fixture
def env(qtbot, tmp_path: Path) -> Env:
    host = QMainWindow()
    qtbot.addWidget(host)
    project = new_project("en")
    project.touchpoints.append(
        Touchpoint(id="tp-bread", title="Fresh bread", stage_id="stage-during", lane_id="lane-main")
    )
    doc = Document(project, parent=host)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return Env(doc, Selection(host), QUndoStack(host), host, settings)


def _inspector(env: Env) -> InspectorDock:
    dock = InspectorDock(env.doc, env.selection, env.stack, lambda parent, color: None, env.host, settings=env.settings)
    env.host.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    return dock


def _catalogue(env: Env) -> CatalogueDock:
    dock = CatalogueDock(env.doc, env.selection, env.stack, env.host)
    env.host.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, dock)
    return dock


def _show(qtbot, env: Env, width: int = 1000, height: int = 420) -> None:
    env.host.resize(width, height)
    env.host.show()
    qtbot.waitExposed(env.host)
    env.host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is env.host)


def _wheel(widget: QWidget, notches: int = -1) -> None:
    """Turn a mouse wheel over the middle of ``widget`` (negative: towards the user, scrolling down)."""
    local = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        local,
        QPointF(widget.mapToGlobal(local.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


# -- friction 1: the wheel scrolls the panel, it never changes an unfocused field ---------------------


def test_wheel_over_unfocused_drop_downs_scrolls_the_inspector(qtbot, env: Env) -> None:
    inspector = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    _show(qtbot, env)
    form = inspector.touchpoint
    form.more_toggle.click()  # every field open: a long form, as a consultant keeps it
    form.title_edit.setFocus()
    qtbot.waitUntil(form.title_edit.hasFocus)
    bar = inspector.scroll_area.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)  # far taller than the dock
    channel = form.findChild(QComboBox, "inspectorTouchpoint_channel")
    score = form.findChild(QComboBox, "inspectorTouchpoint_score")
    assert channel is not None and score is not None
    for combo in (channel, score):
        bar.setValue(0)
        _wheel(combo)
        assert bar.value() > 0  # the panel scrolled
    tp = env.doc.project.touchpoint("tp-bread")
    assert (tp.channel, tp.score) == (Channel.OTHER, None)
    assert (channel.currentData(), score.currentData()) == (Channel.OTHER, None)
    assert env.stack.count() == 0
    # In the field (clicked or tabbed into), the wheel is the user's choice and does change it.
    assert channel.focusPolicy() == Qt.FocusPolicy.StrongFocus
    channel.setFocus()
    qtbot.waitUntil(channel.hasFocus)
    _wheel(channel, 1)  # up: the item above "Other"
    assert env.doc.project.touchpoint("tp-bread").channel == Channel.LOYALTY
    assert env.stack.count() == 1


def test_wheel_over_an_unfocused_spin_box_scrolls_its_form(qtbot) -> None:
    area = QScrollArea()
    qtbot.addWidget(area)
    body = QWidget()
    layout = QVBoxLayout(body)
    edit = QLineEdit(body)
    layout.addWidget(edit)
    for i in range(12):
        layout.addWidget(QLabel(f"row {i}", body))
    spin = QSpinBox(body)
    spin.setValue(5)
    layout.addWidget(spin)
    for i in range(12):
        layout.addWidget(QLabel(f"row {i}", body))
    area.setWidget(body)
    area.setWidgetResizable(True)
    area.resize(200, 150)
    guard_wheel(body)
    area.show()
    qtbot.waitExposed(area)
    area.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    before = area.verticalScrollBar().value()
    _wheel(spin)
    assert spin.value() == 5
    assert area.verticalScrollBar().value() > before


# -- friction 3: the seeds' fields first, intentional or not always readable, "More" remembered ---------


def _top(widget: QWidget, form: QWidget) -> int:
    return widget.mapTo(form, QPoint(0, 0)).y()


def test_the_seeds_fields_come_first_and_the_extras_are_folded(qtbot, env: Env) -> None:
    inspector = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    _show(qtbot, env, height=800)
    form = inspector.touchpoint
    seeds = [form.findChild(QWidget, f"inspectorTouchpoint_{name}") for name in
             ("title", "stage_id", "channel", "control", "influence", "score")]  # fmt: skip
    assert all(w is not None and w.isVisible() for w in seeds)
    tops = [_top(w, form) for w in seeds]
    assert tops == sorted(tops)
    assert tops[-1] < _top(form.more_toggle, form)
    # One lane: no row to choose, so the field is not shown at all.
    assert not form.lane_combo.isVisible()
    extras = ("ownership", "kpi", "owner", "tags", "personas", "notes", "customer_action", "thoughts", "color_row")
    for name in extras:
        widget = form.findChild(QWidget, f"inspectorTouchpoint_{name}")
        assert widget is not None and form.more.isAncestorOf(widget), name
    assert form.more.isHidden()
    env.doc.add_lane(Lane(id="lane-2", name="Regulars"))
    assert form.lane_combo.isVisible()


def test_intentional_or_not_is_two_whole_choices(qtbot, env: Env) -> None:
    inspector = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    _show(qtbot, env, width=900, height=800)
    env.host.resizeDocks([inspector], [300], Qt.Orientation.Horizontal)
    choices = inspector.touchpoint.findChild(ChoiceButtons, "inspectorTouchpoint_control")
    assert choices is not None
    assert [b.text() for b in choices.buttons] == ["Intentional", "Unintentional"]
    for button in choices.buttons:
        assert button.width() >= button.sizeHint().width()  # never cut off
    assert "reviews" in choices.buttons[1].toolTip()
    hint = inspector.touchpoint.findChild(QLabel, "inspectorTouchpoint_control_hint")
    assert hint is not None and hint.wordWrap() and "without you" in hint.text()
    # One click on "Unintentional" marks the card: one undo step.
    unintentional = inspector.touchpoint.findChild(QWidget, "inspectorTouchpoint_control_unintentional")
    assert unintentional is choices.buttons[1]
    qtbot.mouseClick(unintentional, Qt.MouseButton.LeftButton, pos=QPoint(8, unintentional.height() // 2))
    assert env.doc.project.touchpoint("tp-bread").control == Control.UNINTENTIONAL
    assert env.stack.count() == 1


def test_more_details_remembers_being_open(qtbot, env: Env) -> None:
    first = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    _show(qtbot, env, height=800)
    assert first.touchpoint.more.isHidden()
    qtbot.mouseClick(first.touchpoint.more_toggle, Qt.MouseButton.LeftButton)
    assert first.touchpoint.more.isVisible()
    assert env.settings.value(MORE_OPEN_KEY, type=bool) is True
    second = _inspector(env)
    assert not second.touchpoint.more.isHidden()
    assert second.touchpoint.more_toggle.isChecked()


def test_control_follows_the_channel_until_the_user_sets_it(env: Env) -> None:
    inspector = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    form = inspector.touchpoint
    channel = form.findChild(QComboBox, "inspectorTouchpoint_channel")
    control = form.findChild(ChoiceButtons, "inspectorTouchpoint_control")
    assert channel is not None and control is not None
    channel.activated.emit(channel.findData(Channel.REVIEWS))
    tp = env.doc.project.touchpoint("tp-bread")
    assert (tp.channel, tp.control, tp.ownership) == (Channel.REVIEWS, Control.UNINTENTIONAL, Ownership.SOCIAL)
    assert control.currentData() == Control.UNINTENTIONAL
    assert env.stack.count() == 1  # channel and control are one step
    assert env.stack.undoText() == "Edit channel, control, ownership of “Fresh bread”"
    env.stack.undo()
    tp = env.doc.project.touchpoint("tp-bread")
    assert (tp.channel, tp.control) == (Channel.OTHER, Control.INTENTIONAL)
    assert control.currentData() == Control.INTENTIONAL
    # The user says it is unintentional on a website card: a later channel change keeps that.
    channel.activated.emit(channel.findData(Channel.WEBSITE))
    control.buttons[1].click()
    channel.activated.emit(channel.findData(Channel.EMAIL))
    tp = env.doc.project.touchpoint("tp-bread")
    assert (tp.channel, tp.control) == (Channel.EMAIL, Control.UNINTENTIONAL)


# -- friction 4: everyday words, and a search that finds nothing is not a dead end ----------------------


@pytest.mark.parametrize(("lang", "title"), [("en", "Live chat"), ("es", "Chat en directo"), ("ca", "Xat en directe")])
def test_catalogue_finds_whatsapp_in_every_language(qtbot, env: Env, lang: str, title: str) -> None:
    catalogue = _catalogue(env)
    env.doc.update_details(language=lang)
    qtbot.keyClicks(catalogue.search, "WhatsApp")
    assert catalogue.visible_entry_ids() == ["live-chat", "appointment-booking"]
    item = next(
        item for _, children in catalogue._groups for item in children if item.data(0, Qt.ItemDataRole.UserRole + 1)
        == "live-chat"
    )  # fmt: skip
    assert item.text(0) == title
    assert catalogue.empty_state.isHidden()
    catalogue.search.clear()
    qtbot.keyClicks(catalogue.search, "VIDEO")  # no accent typed, "Vídeos" in Spanish and Catalan
    assert "videos-infographics" in catalogue.visible_entry_ids()


def test_no_match_says_so_and_enter_adds_the_words_as_a_card(qtbot, env: Env) -> None:
    catalogue = _catalogue(env)
    _show(qtbot, env)
    qtbot.keyClicks(catalogue.search, "croissant")
    assert catalogue.visible_entry_ids() == []
    assert catalogue.empty_state.isVisible() and not catalogue.tree.isVisible()
    assert "“croissant”" in catalogue.empty_label.text()
    assert catalogue.add_typed_button.text() == "Add “croissant” as a new card"
    before = len(env.doc.project.touchpoints)
    qtbot.keyClick(catalogue.search, Qt.Key.Key_Return)
    project = env.doc.project
    assert len(project.touchpoints) == before + 1
    card = project.touchpoint(env.selection.current or "")
    assert (card.title, card.channel, card.control, card.catalogue_id) == (
        "croissant",
        Channel.OTHER,
        Control.INTENTIONAL,
        None,
    )
    assert env.stack.count() == 1
    assert catalogue.search.text() == "" and catalogue.empty_state.isHidden()
    env.stack.undo()
    assert len(env.doc.project.touchpoints) == before


def test_the_offer_shows_the_words_as_typed(qtbot, env: Env) -> None:
    catalogue = _catalogue(env)
    qtbot.keyClicks(catalogue.search, "B&B <b>guests</b>")
    assert catalogue.add_typed_button.text() == "Add “B&&B <b>guests</b>” as a new card"  # && shows one &
    assert catalogue.empty_label.textFormat() == Qt.TextFormat.PlainText
    catalogue.add_typed_button.click()
    assert env.doc.project.touchpoint(env.selection.current or "").title == "B&B <b>guests</b>"


def test_enter_on_a_search_with_matches_goes_to_the_first_one(qtbot, env: Env) -> None:
    catalogue = _catalogue(env)
    _show(qtbot, env)
    qtbot.keyClicks(catalogue.search, "invoice")
    qtbot.keyClick(catalogue.search, Qt.Key.Key_Return)
    assert env.stack.count() == 0
    current = catalogue.tree.currentItem()
    assert current is not None and current.text(0) == "Invoice"
    qtbot.keyClick(catalogue.tree, Qt.Key.Key_Return)  # and Enter again adds it
    assert env.doc.project.touchpoint(env.selection.current or "").catalogue_id == "invoice"


# -- friction 5: the catalogue's description is a greyed suggestion ---------------------------------------


def test_a_catalogue_description_shows_as_a_suggestion_until_the_user_writes(qtbot, env: Env) -> None:
    catalogue = _catalogue(env)
    inspector = _inspector(env)
    _show(qtbot, env, height=800)
    tp_id = catalogue.add_entry("online-ads")
    assert tp_id is not None
    entry = catalog_entry("online-ads")
    assert entry is not None
    form = inspector.touchpoint
    assert env.doc.project.touchpoint(tp_id).description == ""
    assert form.description_edit.toPlainText() == ""
    assert form.description_edit.placeholderText() == entry.description("en")
    assert form.suggestion_row.isVisible()
    env.doc.update_details(language="ca")  # the suggestion follows the map's language
    assert form.description_edit.placeholderText() == entry.description("ca")
    form.description_edit.setFocus()
    qtbot.keyClicks(form.description_edit, "Our posts on the village's Facebook group")
    assert env.doc.project.touchpoint(tp_id).description == "Our posts on the village's Facebook group"
    assert not form.suggestion_row.isVisible()
    form.description_edit.clear()
    assert form.suggestion_row.isVisible()
    steps = env.stack.count()
    qtbot.mouseClick(form.use_suggestion, Qt.MouseButton.LeftButton)  # adopt the suggestion, on purpose
    assert env.doc.project.touchpoint(tp_id).description == entry.description("ca")
    assert env.stack.count() == steps + 1


def _darkest_ink(edit: QPlainTextEdit) -> int:
    """The darkest pixel (0-255 luminance) inside a text field's writing area, as painted."""
    image = edit.grab().toImage()
    area = edit.viewport().geometry().adjusted(2, 2, -2, -2)
    darkest = 255
    for y in range(area.top(), area.bottom()):
        for x in range(area.left(), area.right()):
            c = image.pixelColor(x, y)
            darkest = min(darkest, (c.red() * 299 + c.green() * 587 + c.blue() * 114) // 1000)
    return darkest


def test_the_suggestion_is_painted_grey_and_own_words_dark(qtbot, env: Env) -> None:
    env.host.setStyleSheet(stylesheet(False))  # the look the main window gives its docks
    catalogue = _catalogue(env)
    inspector = _inspector(env)
    _show(qtbot, env, height=800)
    catalogue.add_entry("online-ads")
    edit = inspector.touchpoint.description_edit
    suggestion = _darkest_ink(edit)
    assert suggestion < 230  # something is written there...
    edit.setPlainText("Banners and sponsored posts that show the brand to people who do not know it yet.")
    own = _darkest_ink(edit)
    assert own + 60 < suggestion  # ...visibly lighter than the same words typed by the user


# -- friction 9: plain words, with the specialist's term in the tooltip ------------------------------------


def test_plain_words_with_the_term_in_the_tooltip(env: Env) -> None:
    inspector = _inspector(env)
    env.selection.set_touchpoints(["tp-bread"])
    form = inspector.touchpoint

    def caption(field: str) -> QLabel:
        label = form.findChild(QLabel, f"inspectorTouchpoint_{field}_caption")
        assert label is not None, field
        return label

    assert (caption("kpi").text(), caption("ownership").text(), caption("lane_id").text()) == (
        "How you measure it",
        "Who runs it",
        "Row",
    )
    assert "KPI" in caption("kpi").toolTip()
    assert "lane" in caption("lane_id").toolTip()
    ownership = form.findChild(QComboBox, "inspectorTouchpoint_ownership")
    assert ownership is not None
    assert [ownership.itemText(i) for i in range(ownership.count())] == [
        "Your business",
        "A partner",
        "The customer",
        "Other people",
    ]
    tips = [ownership.itemData(i, Qt.ItemDataRole.ToolTipRole) for i in range(ownership.count())]
    assert tips[1].startswith("Partner-owned: ") and tips[3].startswith("Social / external: ")
    visible_words = " ".join(
        w.text() for w in form.findChildren(QLabel) if w.objectName().endswith("_caption")
    ) + " ".join(b.text() for b in form.findChildren(QCheckBox))
    for jargon in ("KPI", "Lane", "Partner-owned", "Social / external"):
        assert jargon not in visible_words


def test_the_guide_explains_every_field_of_a_card(qtbot, env: Env) -> None:
    inspector = _inspector(env)
    guide = GuideDialog()
    qtbot.addWidget(guide)
    html = guide.guide_html()
    form = inspector.touchpoint
    names = [w.text() for w in form.findChildren(QLabel) if w.objectName().endswith("_caption")]
    names += [b.text() for b in form.findChildren(QCheckBox)]
    assert len(names) >= 18
    for name in names:
        assert f"<b>{name}</b>" in html, name
    assert "(KPI, key performance indicator)" in html


# -- in Spanish and Catalan ----------------------------------------------------------------------------


@pytest.fixture
def translated(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """Install the interface translators for a language; take them off again afterwards."""
    locale = QLocale()

    def install(lang: str) -> None:
        i18n.install_translators(qapp, lang)

    yield install
    i18n.remove_translators(qapp)
    QLocale.setDefault(locale)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("es", ("Intencional", "No intencional", "Cómo lo mides", "Quién lo gestiona", "Más detalles", "Intro")),
        ("ca", ("Intencionat", "No intencionat", "Com ho mesureu", "Qui ho gestiona", "Més detalls", "Retorn")),
    ],
)
def test_the_new_inspector_and_catalogue_speak_the_language(
    qtbot, env: Env, translated: Callable[[str], None], lang: str, words: tuple[str, ...]
) -> None:
    translated(lang)
    inspector = _inspector(env)
    catalogue = _catalogue(env)
    env.selection.set_touchpoints(["tp-bread"])
    _show(qtbot, env, width=900, height=800)
    env.host.resizeDocks([inspector], [300], Qt.Orientation.Horizontal)
    form = inspector.touchpoint
    intentional, unintentional, kpi, ownership, more, enter = words
    choices = form.findChild(ChoiceButtons, "inspectorTouchpoint_control")
    assert choices is not None
    assert [b.text() for b in choices.buttons] == [intentional, unintentional]
    assert all(b.width() >= b.sizeHint().width() for b in choices.buttons)
    kpi_caption = form.findChild(QLabel, "inspectorTouchpoint_kpi_caption")
    ownership_caption = form.findChild(QLabel, "inspectorTouchpoint_ownership_caption")
    assert kpi_caption is not None and ownership_caption is not None
    assert (kpi_caption.text(), ownership_caption.text(), form.more_toggle.text()) == (kpi, ownership, more)
    qtbot.keyClicks(catalogue.search, "croissant")
    assert enter in catalogue.empty_label.text() and "«croissant»" in catalogue.empty_label.text()
    guide = GuideDialog()
    qtbot.addWidget(guide)
    assert f"<b>{kpi}</b>" in guide.guide_html()
