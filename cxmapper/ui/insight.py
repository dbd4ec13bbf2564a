"""The Insight dock: what the open map says, and which cards each remark is about.

A map drawn in a workshop easily becomes a dead end; this dock reads it back to its user: how
many touchpoints per phase, stage, lane and channel, how many happen without the brand, how
many the team can influence, the experience per stage, the worst touchpoints first, empty
places, gaps compared with the catalogue and pain points nobody has acted on. Clicking a line
selects the cards it is about (through the shared `Selection`), so the canvas, outline and
inspector follow; a gap or an empty stage selects the stage where a card could go.

The figures come from `cxmapper.model.insight` (the same as ``cxmapper stats``). The dock
recomputes them after edits, coalesced and only while it is visible, so typing in the
inspector costs nothing while the dock is hidden. It never edits the map.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from cxmapper.document import Document
from cxmapper.model.insight import Insight, action_plan, analyse, catalogue_hints, is_quick_win, matrix
from cxmapper.model.project import Project
from cxmapper.model.vocab import Channel, Phase
from cxmapper.selection import Selection
from cxmapper.ui.labels import channel_label, level_label, phase_label, score_number, short_text

# Item data: the touchpoint ids a line is about (a tuple), or a stage / lane id to select.
IDS_ROLE = Qt.ItemDataRole.UserRole + 1
STAGE_ROLE = Qt.ItemDataRole.UserRole + 2
LANE_ROLE = Qt.ItemDataRole.UserRole + 3
# A stable key per line ("priorities", "priority:tp-1", "stage:stage-book"...), for tests and scripts.
KEY_ROLE = Qt.ItemDataRole.UserRole + 4


#: Cards listed one per line under a heading; the rest are one "…and N more" line.
LINES_MAX = 30


def _percent(count: int, total: int) -> str:
    return f"{count} ({round(100 * count / total)} %)" if total else "0"


class InsightDock(QDockWidget):
    """Dock listing what the map says; clicking a line selects its cards (see module docstring)."""

    def __init__(
        self, document: Document, selection: Selection, lang: str = "en", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("insightDock")
        self.setWindowTitle(self.tr("Insight"))
        self.setAccessibleName(self.tr("Insight"))
        self.setAccessibleDescription(
            self.tr("What the map says: figures, priorities and gaps. Activate a line to select its cards.")
        )
        self._doc = document
        self._selection = selection
        self._hints = catalogue_hints(lang)
        self._dirty = True
        # Long lists start folded so the priorities are what the eye meets first.
        self._folded = {"channels", "gaps"}
        # The figures shown, for callers that want the numbers rather than the lines.
        self.insight: Insight | None = None

        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        self.tree = QTreeWidget(body)
        self.tree.setObjectName("insightTree")
        self.tree.setAccessibleName(self.tr("What the map says"))
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setWordWrap(False)
        self.tree.itemClicked.connect(self._on_item_activated)
        self.tree.itemActivated.connect(self._on_item_activated)
        layout.addWidget(self.tree)
        self.setWidget(body)

        # Many signals can fire for one user gesture (a paste of 200 rows); one zero-delay
        # timer turns them into a single recount once control returns to the event loop.
        self._timer = QTimer(self)
        self._timer.setObjectName("insightRefreshTimer")
        self._timer.setSingleShot(True)
        # A quarter of a second: typing in the inspector recounts once per pause, not per key
        # (a recount of a 20,000-card map takes a few hundred milliseconds).
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._refresh_if_visible)
        for signal in (
            document.touchpoint_added,
            document.touchpoint_removed,
            document.touchpoint_moved,
            document.stage_added,
            document.stage_removed,
            document.stage_moved,
            document.lane_added,
            document.lane_removed,
            document.lane_moved,
        ):
            signal.connect(self._schedule)
        for changed in (document.touchpoint_changed, document.stage_changed, document.lane_changed):
            changed.connect(self._schedule)
        document.structure_changed.connect(self._schedule)
        document.reset.connect(self._schedule)
        self.visibilityChanged.connect(self._on_visibility_changed)

    # -- refresh -------------------------------------------------------------------------------------

    def _schedule(self, *args: object) -> None:
        del args
        self._dirty = True
        self._timer.start()

    def _on_visibility_changed(self, visible: bool) -> None:
        if visible and self._dirty:
            self.refresh()

    def _refresh_if_visible(self) -> None:
        # On screen, not just shown: behind the Inspector's tab (where it starts) the dock is
        # "visible" to Qt but covered, and a recount costs the whole map (hundreds of
        # milliseconds at 50,000 cards, after every edit). Raising its tab recounts then.
        if self.isVisible() and not self.visibleRegion().isEmpty():
            self.refresh()

    def refresh(self) -> None:
        """Recount the map and rebuild the lines, keeping which sections were folded."""
        project = self._doc.project
        ins = analyse(project, self._hints)
        self.insight = ins
        self._dirty = False
        if self.tree.topLevelItemCount():
            self._folded = {str(top.data(0, KEY_ROLE)) for top in self._sections() if not top.isExpanded()}
        self.tree.clear()
        self._build(project, ins)
        for top in self._sections():
            top.setExpanded(str(top.data(0, KEY_ROLE)) not in self._folded)

    def _sections(self) -> list[QTreeWidgetItem]:
        root = self.tree.invisibleRootItem()
        children = (root.child(i) for i in range(root.childCount()))
        return [child for child in children if child is not None]

    # -- lines ---------------------------------------------------------------------------------------

    def _section(self, key: str, text: str, ids: Sequence[str] = ()) -> QTreeWidgetItem:
        item = QTreeWidgetItem(self.tree, [text])
        font = QFont(item.font(0))
        font.setBold(True)
        item.setFont(0, font)
        item.setData(0, KEY_ROLE, key)
        item.setData(0, IDS_ROLE, tuple(ids))
        return item

    def _line(
        self,
        parent: QTreeWidgetItem,
        key: str,
        text: str,
        ids: Sequence[str] = (),
        stage: str | None = None,
        lane: str | None = None,
    ) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent, [text])
        item.setToolTip(0, text)
        item.setData(0, KEY_ROLE, key)
        item.setData(0, IDS_ROLE, tuple(ids))
        if stage is not None:
            item.setData(0, STAGE_ROLE, stage)
        if lane is not None:
            item.setData(0, LANE_ROLE, lane)
        return item

    def _more(self, parent: QTreeWidgetItem, key: str, ids: Sequence[str]) -> None:
        """Past `LINES_MAX` cards, one line stands for the rest (a big map stays a short list)."""
        if len(ids) > LINES_MAX:
            text = self.tr("…and %n more", "", len(ids) - LINES_MAX)
            self._line(parent, f"{key}:more", text, ids[LINES_MAX:])

    def _build(self, project: Project, ins: Insight) -> None:
        cards = {tp.id: tp for tp in project.touchpoints}
        stage_names = {s.id: s.name for s in project.stages}
        lane_names = {lane.id: lane.name for lane in project.lanes}
        first_stage: dict[Phase, str] = {}
        for stage in project.stages:
            first_stage.setdefault(stage.phase, stage.id)
        everything = [i for g in ins.by_phase for i in g.ids]

        average = score_number(ins.average) if ins.average is not None else self.tr("no score yet")
        top = self._section(
            "overview", self.tr("%n touchpoint(s), average score %s", "", ins.total) % average, everything
        )
        self._line(
            top,
            "intentional",
            self.tr("Intentional: %s") % _percent(ins.intentional.count, ins.total),
            ins.intentional.ids,
        )
        self._line(
            top,
            "unintentional",
            self.tr("Unintentional, happen without you: %s") % _percent(ins.unintentional.count, ins.total),
            ins.unintentional.ids,
        )
        self._line(
            top,
            "influence",
            self.tr("Your team can influence: %s") % _percent(ins.influence.count, ins.total),
            ins.influence.ids,
        )

        top = self._section("priorities", self.tr("Act here first (%n)", "", len(ins.lowest)), ins.lowest)
        if not ins.lowest:
            self._line(top, "priorities:none", self.tr("No touchpoint scores below zero"))
        for tp_id in ins.lowest[:LINES_MAX]:
            tp = cards[tp_id]
            assert tp.score is not None
            text = f"{score_number(tp.score)}  {short_text(tp.title, 60)} · {stage_names[tp.stage_id]}"
            if tp.moment_of_truth:
                text += " · " + self.tr("moment of truth")
            self._line(top, f"priority:{tp_id}", text, (tp_id,))
        self._more(top, "priorities", ins.lowest)
        if ins.negative_moments:
            moments = self._section(
                "moments",
                self.tr("Moments of truth that go badly (%n)", "", len(ins.negative_moments)),
                ins.negative_moments,
            )
            for tp_id in ins.negative_moments[:LINES_MAX]:
                self._line(moments, f"moment:{tp_id}", short_text(cards[tp_id].title, 60), (tp_id,))
            self._more(moments, "moments", ins.negative_moments)

        top = self._section("stages", self.tr("Experience per stage"), everything)
        for figures in ins.by_stage:
            avg = score_number(figures.average) if figures.average is not None else self.tr("not rated")
            text = self.tr("%s: %n card(s), average %s", "", figures.count)
            text = text.replace("%s", figures.name, 1).replace("%s", avg, 1)
            self._line(top, f"stage:{figures.stage_id}", text, figures.ids, stage=figures.stage_id)

        top = self._section("phases", self.tr("Touchpoints per phase"), everything)
        for g in ins.by_phase:
            self._line(top, f"phase:{g.key}", f"{phase_label(Phase(g.key))}: {g.count}", g.ids)

        top = self._section("channels", self.tr("Touchpoints per channel"), everything)
        for g in ins.by_channel:
            self._line(top, f"channel:{g.key}", f"{channel_label(Channel(g.key))}: {g.count}", g.ids)

        if len(ins.by_lane) > 1:
            top = self._section("lanes", self.tr("Touchpoints per lane"), everything)
            for g in ins.by_lane:
                self._line(top, f"lane:{g.key}", f"{lane_names[g.key]}: {g.count}", g.ids, lane=g.key)

        loose = len(ins.pain_without_opportunity) + len(ins.pain_without_owner)
        if loose:
            top = self._section("loose", self.tr("Pain points left open"))
            if ins.pain_without_opportunity:
                sub = self._line(
                    top,
                    "no-opportunity",
                    self.tr("No opportunity yet (%n)", "", len(ins.pain_without_opportunity)),
                    ins.pain_without_opportunity,
                )
                for tp_id in ins.pain_without_opportunity[:LINES_MAX]:
                    self._line(sub, f"no-opportunity:{tp_id}", short_text(cards[tp_id].title, 60), (tp_id,))
                self._more(sub, "no-opportunity", ins.pain_without_opportunity)
                sub.setExpanded(True)
            if ins.pain_without_owner:
                sub = self._line(
                    top,
                    "no-owner",
                    self.tr("Nobody owns them (%n)", "", len(ins.pain_without_owner)),
                    ins.pain_without_owner,
                )
                for tp_id in ins.pain_without_owner[:LINES_MAX]:
                    self._line(sub, f"no-owner:{tp_id}", short_text(cards[tp_id].title, 60), (tp_id,))
                self._more(sub, "no-owner", ins.pain_without_owner)
                sub.setExpanded(True)

        actions = action_plan(project)
        if actions:
            # The impact/effort matrix, quick wins first: where acting pays off soonest.
            top = self._section(
                "matrix", self.tr("Impact and effort (%n)", "", len(actions)), [a.tp_id for a in actions]
            )
            opportunity = {a.tp_id: a.opportunity for a in actions}
            for impact, effort, ids in matrix(actions):
                if impact is None and effort is None:
                    text = self.tr("Not rated yet")
                else:
                    text = self.tr("Impact: %s, effort: %s")
                    text = text.replace("%s", level_label(impact), 1).replace("%s", level_label(effort), 1)
                if is_quick_win(impact, effort):
                    text = self.tr("Quick win") + " · " + text
                key = f"matrix:{impact.value if impact else '-'}:{effort.value if effort else '-'}"
                cell = self._line(top, key, f"{text} ({len(ids)})", ids)
                for tp_id in ids[:LINES_MAX]:
                    line = f"{short_text(opportunity[tp_id], 70)} · {short_text(cards[tp_id].title, 40)}"
                    self._line(cell, f"action:{tp_id}", line, (tp_id,))
                self._more(cell, key, ids)
                cell.setExpanded(True)

        if ins.empty_stages or ins.empty_lanes:
            top = self._section("empty", self.tr("Empty places"))
            for stage_id in ins.empty_stages:
                text = self.tr("Stage with no card: %s") % stage_names[stage_id]
                self._line(top, f"empty-stage:{stage_id}", text, stage=stage_id)
            for lane_id in ins.empty_lanes:
                text = self.tr("Lane with no card: %s") % lane_names[lane_id]
                self._line(top, f"empty-lane:{lane_id}", text, lane=lane_id)

        if ins.empty_phases or ins.channel_gaps:
            top = self._section("gaps", self.tr("Gaps worth a look"))
            for phase in ins.empty_phases:
                text = self.tr("%s: no touchpoint at all") % phase_label(phase)
                self._line(top, f"gap:{phase.value}", text, stage=first_stage.get(phase))
            for gap in ins.channel_gaps:
                text = self.tr("%s, nothing through “%s”. For example: %s")
                examples = ", ".join(s.title for s in gap.suggestions)
                for part in (phase_label(gap.phase), channel_label(gap.channel), examples):
                    text = text.replace("%s", part, 1)
                self._line(top, f"gap:{gap.phase.value}:{gap.channel.value}", text, stage=first_stage.get(gap.phase))

    # -- clicks --------------------------------------------------------------------------------------

    def item(self, key: str) -> QTreeWidgetItem | None:
        """The line with this stable key (see `KEY_ROLE`), or None."""
        for found in self.tree.findItems("*", Qt.MatchFlag.MatchWildcard | Qt.MatchFlag.MatchRecursive):
            if found.data(0, KEY_ROLE) == key:
                return found
        return None

    def _on_item_activated(self, item: QTreeWidgetItem, column: int = 0) -> None:
        del column
        ids = item.data(0, IDS_ROLE) or ()
        stage = item.data(0, STAGE_ROLE)
        lane = item.data(0, LANE_ROLE)
        if ids:
            self._selection.set_touchpoints(ids)
        elif stage:
            self._selection.set_stage(str(stage))
        elif lane:
            self._selection.set_lane(str(lane))
