"""Printing a map people can read: readable defaults, automatic posters, full cut-out cards,
average labels clear of the curve and honest PDF dates (issue 11, frictions 6, 7, 8 and 10).

Pure: no QApplication. Expected values are worked out by hand in the comments.
"""

from __future__ import annotations

import io
import re
from datetime import UTC, datetime

import pytest
from pypdf import PdfReader

from cxmapper.export.drawing import Group, Item, Text
from cxmapper.export.labels import Labels
from cxmapper.export.mapdraw import build_map
from cxmapper.export.options import MM, ExportOptions
from cxmapper.export.pages import (
    READABLE_PT,
    blank_share,
    card_context,
    card_pages,
    extent,
    plan_poster,
    readability,
    resolve_options,
    suggest_defaults,
    suggest_poster,
)
from cxmapper.export.pdf import render_pdf
from cxmapper.layout import average_label_boxes, compute_layout
from cxmapper.model import ops
from cxmapper.model.library import template
from cxmapper.model.project import Lane, Project, Touchpoint, new_project
from cxmapper.model.vocab import Phase

EN = Labels("en")


def texts(items: list[Item] | tuple[Item, ...], dx: float = 0.0, dy: float = 0.0) -> list[Text]:
    """Every Text in a drawing, moved into the drawing's own coordinates (unscaled groups only)."""
    out: list[Text] = []
    for item in items:
        if isinstance(item, Text):
            out.append(Text(item.x + dx, item.y + dy, item.text, item.size, item.w, item.bold, item.color))
        elif isinstance(item, Group):
            out += texts(item.items, dx + item.dx, dy + item.dy)
    return out


# -- 6. readable defaults and the printed title size ----------------------------------------------


def test_printed_title_size_follows_the_scale() -> None:
    # The beauty salon is 1360 units wide (24 margin + 132 lane header + 5 x 236 columns + 24).
    # Fitted on A4 landscape the map is 277 mm = 785.2 pt wide at most, so a unit is at most
    # 785.2 / 1360 = 0.577 pt and an 11-unit title at most 6.35 pt; the map is also tall
    # (1134 units), so the height limits it further. Either way: below 6.5 pt.
    salon = template("beauty-salon", "en")
    check = readability(salon, ExportOptions(), EN)
    assert not check.readable
    assert check.title_pt < 11 * 785.2 / 1360
    # As a 2 x 2 A4 landscape poster, the tiled area is 2 x 267 + 10 = 544 mm wide and
    # 2 x 180 + 10 = 370 mm = 1048.8 pt high; the composite is 1286 units high (title and legend
    # included), so the scale is 1048.8 / 1286 = 0.8156 pt per unit: titles at 8.97 pt.
    poster = readability(salon, ExportOptions(poster=(2, 2)), EN)
    assert poster.readable
    assert poster.title_pt == pytest.approx(11 * 370 * MM / 1286, rel=1e-3)
    # A map of one stage with one card fits A4 large: 11 x (785.2 / 468 wide) = 18 pt or more
    # limited by height; in any case readable, and no remedy is offered.
    small = new_project()
    assert readability(small, ExportOptions(), EN).readable


def test_remedy_names_the_smallest_paper_that_reads() -> None:
    salon = template("beauty-salon", "en")
    check = readability(salon, ExportOptions(), EN)
    # A3 is sqrt(2) times A4: at most 6.35 x 1.414 = 8.98 pt by width, but the height (1134
    # units on 297 - 20 mm less title, legend and footer) keeps it at 6.3 pt; A2 doubles A4's
    # scale by height and reads. A poster of A4 sheets reads too (see above).
    assert check.paper == "A2"
    assert check.poster


def test_defaults_come_from_the_maps_shape() -> None:
    # A small map reads on one A4 sheet: keep it simple, and choose the orientation that prints
    # it largest. The blank map (3 stages, 888 x 592 units) is wide: landscape.
    blank = suggest_defaults(new_project(), EN)
    assert (blank.paper, blank.poster, blank.orientation) == ("A4", None, "landscape")
    # Three stages with 5 cards in one (a lane of 28 + 5 x 104 + 4 x 12 = 596 units) are tall.
    # Landscape is height-bound well under 6.5 pt; portrait is width-bound: 190 mm = 538.6 pt
    # for 888 units, so titles print at 11 x 538.6 / 888 = 6.67 pt, readable.
    tall = new_project()
    for i in range(5):
        ops.add_touchpoint(tall, Touchpoint(id=f"t{i}", title=f"T{i}", stage_id="stage-before", lane_id="lane-main"))
    tall_opts = suggest_defaults(tall, EN)
    assert (tall_opts.poster, tall_opts.orientation) == (None, "portrait")
    assert readability(tall, tall_opts, EN).title_pt == pytest.approx(11 * 190 * MM / 888, rel=1e-3)
    # The beauty salon is unreadable on one A4 sheet: the default becomes the smallest readable
    # A4 poster, 2 x 1 portrait (worked out in the next test).
    salon = suggest_defaults(template("beauty-salon", "en"), EN)
    assert (salon.paper, salon.poster, salon.orientation) == ("A4", (2, 1), "portrait")
    assert readability(template("beauty-salon", "en"), salon, EN).title_pt >= READABLE_PT


# -- 7. posters that fill their paper ---------------------------------------------------------------


def test_poster_auto_wastes_less_paper_than_three_by_two_for_the_salon() -> None:
    salon = template("beauty-salon", "en")
    size = extent(salon, EN)
    today = plan_poster(size, ExportOptions(poster=(3, 2)))
    # 3 x 2 landscape: the map is height-bound at 0.8156 pt/unit, 1360 x 0.8156 = 1109 pt
    # = 391 mm of the 3 x 267 + 10 = 811 mm tiled width: it spans 48 %, half the paper is blank.
    assert size.width * today.scale / (3 * today.step_x + today.overlap) == pytest.approx(391.3 / 811, abs=0.005)
    assert blank_share(size, today) == pytest.approx(1 - 391.3 / 811, abs=0.005)
    choice = suggest_poster(size, ExportOptions(), 6)
    # Portrait, 3 x 2: tiled 3 x 180 + 10 = 550 mm by 2 x 267 + 10 = 544 mm, nearly square like
    # the map (1360 x 1286): scale min(550/1360, 544/1286) mm/unit = 0.4044 mm = 1.146 pt per
    # unit, and the map covers 550 x (1286 x 0.4044 = 520) mm of 550 x 544: 4.4 % blank.
    assert (choice.cols, choice.rows, choice.orientation) == (3, 2, "portrait")
    assert choice.scale == pytest.approx(550 * MM / 1360, rel=1e-3)
    assert choice.blank == pytest.approx(1 - 520.1 / 544, abs=0.003)
    assert choice.blank < blank_share(size, today)


def test_poster_auto_without_a_count_uses_the_fewest_readable_sheets() -> None:
    salon = template("beauty-salon", "en")
    # One sheet: 3.8 pt (unreadable). Two sheets, in mm per unit (1 mm per unit = 31.2 pt titles):
    # 2 x 1 landscape, 544 x 180 mm: min(0.400, 0.140) = 0.140 -> 4.4 pt; 1 x 2 portrait,
    # 190 x 544: min(0.140, 0.423) -> 4.4 pt; 1 x 2 landscape, 277 x 370: min(0.204, 0.288)
    # -> 6.35 pt; 2 x 1 portrait, 370 x 277: min(0.272, 0.2154) = 0.2154 -> 6.72 pt, the
    # first grid at 6.5 pt or more.
    opts = resolve_options(salon, ExportOptions(poster_auto=True), EN)
    assert (opts.poster, opts.orientation, opts.poster_auto) == ((2, 1), "portrait", False)
    assert readability(salon, opts, EN).title_pt == pytest.approx(277 / 1286 * MM * 11, rel=1e-3)


def test_a_wide_map_gets_one_row_of_sheets() -> None:
    # Eight stages, empty: 24 + 132 + 8 x 236 + 24 = 2068 units wide, 576 high with title and
    # legend. On 4 A4 sheets (mm per unit): 4 x 1 landscape, 1078 x 180 mm: min(0.521, 0.3125);
    # 2 x 2 landscape, 544 x 370: min(0.263, 0.642); 4 x 1 portrait, 730 x 277:
    # min(0.353, 0.481) = 0.353, the largest; 2 x 2 portrait, 370 x 544: 0.179.
    wide = new_project()
    for i in range(5):
        ops.add_stage(wide, wide.stages[-1].model_copy(update={"id": f"s{i}", "name": f"S{i}"}), len(wide.stages))
    size = extent(wide, EN)
    assert (size.width, size.height) == (24 + 132 + 8 * 236 + 24, 576)
    choice = suggest_poster(size, ExportOptions(), 4)
    assert (choice.cols, choice.rows, choice.orientation) == (4, 1, "portrait")
    assert choice.scale == pytest.approx(730 * MM / 2068, rel=1e-3)


def test_poster_auto_in_the_pdf_has_the_chosen_sheets() -> None:
    salon = template("beauty-salon", "en")
    data = render_pdf(salon, ExportOptions(poster_auto=True, sheets=6, summary=False))
    reader = PdfReader(io.BytesIO(data))
    # The assembly overview, then 3 x 2 portrait sheets (no summary page: asked not to).
    assert len(reader.pages) == 1 + 6
    box = reader.pages[1].mediabox
    assert float(box.width) < float(box.height)
    assert "3 \u00d7 2" in reader.pages[0].extract_text()


def test_sheets_are_validated() -> None:
    with pytest.raises(ValueError, match="sheets"):
        ExportOptions(poster_auto=True, sheets=0).validate()
    with pytest.raises(ValueError, match="sheets"):
        ExportOptions(poster_auto=True, sheets=101).validate()
    with pytest.raises(ValueError, match="automatic poster"):
        ExportOptions(poster_auto=True, poster=(2, 2)).validate()
    ExportOptions(poster_auto=True, sheets=100).validate()


# -- 8. the cut-out cards ------------------------------------------------------------------------


def _workshop_project() -> Project:
    project = new_project()  # stages named after their phases: "Before the purchase", ...
    project.lanes.append(Lane(id="lane-staff", name="Counter staff"))
    ops.add_touchpoint(
        project,
        Touchpoint(
            id="tp-queue",
            title="Queue at the counter",
            stage_id="stage-during",
            lane_id="lane-staff",
            description="Customers wait to pay.",
            pain_points="Saturday queue reaches the door",
            opportunities="A second till at peak hours",
        ),
    )
    return project


def test_cut_out_cards_carry_pain_points_opportunities_and_the_lane() -> None:
    project = _workshop_project()
    pages = card_pages(project, ExportOptions(cards=True, include_map=False), EN)
    words = [t.text for t in texts(pages[0].items)]
    for expected in (
        "Queue at the counter",
        "Customers wait to pay.",
        "PAIN POINTS",
        "Saturday queue reaches the door",
        "OPPORTUNITIES",
        "A second till at peak hours",
        "DURING THE PURCHASE",
        "Counter staff",
    ):
        assert expected in words, expected
    # The stage is called like its phase: the phase chip says it once, the stage line does not.
    assert "During the purchase" not in words
    assert not any(w.casefold() == "during the purchase" for w in words if w != "DURING THE PURCHASE")


def test_stage_line_keeps_a_different_stage_name_and_ignores_accents_and_case() -> None:
    es = Labels("es")
    assert card_context("Antes de la compra", Phase.BEFORE, None, es) == ""
    assert card_context("ANTES  DE LA COMPRA", Phase.BEFORE, "Cliente", es) == "Cliente"
    ca = Labels("ca")
    assert card_context("Despres de la compra", Phase.AFTER, None, ca) == ""  # "Després" without the accent
    assert card_context("Pagament", Phase.DURING, "Botiga", ca) == "Pagament  ·  Botiga"


def test_long_description_leaves_room_for_pain_points_and_opportunities() -> None:
    project = _workshop_project()
    tp = project.touchpoint("tp-queue")
    tp.description = "Every customer waits in the same line to pay, order and collect. " * 20
    pages = card_pages(project, ExportOptions(cards=True, include_map=False), EN)
    words = [t.text for t in texts(pages[0].items)]
    assert "Saturday queue reaches the door" in words
    assert "A second till at peak hours" in words
    assert any(w.endswith("\u2026") for w in words)  # the description is cut, with an ellipsis


def test_cards_only_pdf_has_one_footer_per_sheet() -> None:
    data = render_pdf(_workshop_project(), ExportOptions(cards=True, include_map=False))
    first = PdfReader(io.BytesIO(data)).pages[0].extract_text()
    # Two sheets: the card and the blank cards; the page number was stamped twice before.
    assert first.count("Page 1 of 2") == 1


# -- 10. average labels and the PDF date -----------------------------------------------------------


def _steep_stage() -> Project:
    """One stage scored -2 then +2: its average (0) sits where the curve climbs steeply."""
    project = new_project()
    for i, score in enumerate((-2, 2)):
        ops.add_touchpoint(
            project,
            Touchpoint(id=f"s{i}", title=f"S{i}", stage_id="stage-before", lane_id="lane-main", order=i, score=score),
        )
    return project


def test_average_label_moves_off_the_curve_and_stays_in_the_band() -> None:
    project = _steep_stage()
    layout = compute_layout(project)
    band = layout.band
    # The column "before" spans 156..392 (24 margin + 132 lane header, 236 wide); its inner
    # width 208 starts at 170, so the dots are at 170 + 208/3 = 239.3 (score -2, band.y + 150)
    # and 170 + 416/3 = 308.7 (+2, band.y + 20); the average 0 is at (274, band.y + 85).
    (avg,) = layout.stage_averages
    assert (avg.x, avg.y) == (274, band.y + 85)
    # The old spot, up and to the right (x from 280, y from band.y + 65 to + 77.5), is crossed
    # by the rising curve: at mid-height it climbs 97.5 units for 69.4 across, so it passes
    # x = 280 near y = band.y + 77 and x = 288 at band.y + 65. Up-right is taken, so the label
    # goes down-right, where the curve has already turned left: x = 274 + 0.6 x 6.5 = 277.9,
    # y = band.y + 85 + 6.5 + 3 = band.y + 94.5.
    (box,) = average_label_boxes(layout, [(30, 12.5)], marker=6.5, dot=4.2)
    assert box.x == pytest.approx(277.9)
    assert box.y == pytest.approx(band.y + 94.5)
    labels = [t for t in texts(build_map(project, layout, EN)) if t.text.startswith("Ø")]
    assert [(t.text, round(t.x, 1), round(t.y, 1)) for t in labels] == [("Ø 0", 281.9, band.y + 103.5)]


def test_average_labels_never_leave_the_band() -> None:
    # Averages of +2 and -2 at the band's edges: the labels are pushed inside, not cut off.
    project = new_project()
    for i, (stage, score) in enumerate((("stage-before", 2), ("stage-during", -2), ("stage-after", 2))):
        ops.add_touchpoint(project, Touchpoint(id=f"e{i}", title="E", stage_id=stage, lane_id="lane-main", score=score))
    layout = compute_layout(project)
    band = layout.band
    boxes = average_label_boxes(layout, [(30, 12.5)] * 3, marker=6.5, dot=4.2)
    for box in boxes:
        assert band.y <= box.y and box.bottom <= band.bottom
        assert band.x <= box.x and box.right <= band.right


def test_pdf_date_is_now_unless_source_date_epoch(monkeypatch: pytest.MonkeyPatch) -> None:
    project = new_project()
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(UTC).replace(microsecond=0)
    data = render_pdf(project)
    stamp = re.search(rb"/CreationDate \(D:(\d{14})([+-]\d\d)'(\d\d)'\)", data)
    assert stamp is not None
    local = datetime.strptime(stamp.group(1).decode(), "%Y%m%d%H%M%S")
    sign = 1 if stamp.group(2).startswith(b"+") else -1
    offset = sign * (abs(int(stamp.group(2))) * 3600 + int(stamp.group(3)) * 60)
    made = local.replace(tzinfo=UTC).timestamp() - offset
    assert before.timestamp() - 1 <= made <= datetime.now(UTC).timestamp() + 1
    # 1700000000 s after 1970 is 14 November 2023, 22:13:20 UTC.
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = render_pdf(project)
    assert b"/CreationDate (D:20231114221320+00'00')" in first
    assert render_pdf(project) == first
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "soon")
    with pytest.raises(Exception, match="SOURCE_DATE_EPOCH"):
        render_pdf(project)
