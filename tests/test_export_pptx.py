"""The PowerPoint export, read back with python-pptx; and once through LibreOffice (``office`` marker).

The LibreOffice check needs ``soffice`` (Debian's libreoffice-impress), far too heavy for every CI
run, so it carries the ``office`` marker: ``make test`` leaves it out and ``make test-all`` runs it.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE_TYPE
from pypdf import PdfReader

from cxmapper.cli import main
from cxmapper.export import ExportCancelled, export
from cxmapper.export.pptx import render_pptx
from cxmapper.model import ops, storage
from cxmapper.model.project import Touchpoint, new_project

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "resources" / "samples" / "clothing-shop.cxmap"


def deck(project) -> Presentation:
    return Presentation(io.BytesIO(render_pptx(project)))


def test_first_slide_has_one_native_shape_per_card_with_its_title() -> None:
    project = storage.load(SHOP)
    slide = deck(project).slides[0]
    cards = {shape.name.removeprefix("card "): shape for shape in slide.shapes if shape.name.startswith("card ")}
    assert sorted(cards) == sorted(tp.id for tp in project.touchpoints)
    for tp in project.touchpoints:
        shape = cards[tp.id]
        assert shape.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE  # an editable shape, not a picture
        assert shape.text_frame.paragraphs[0].text == tp.title
    assert cards["tp-cs-delivery"].text_frame.paragraphs[1].text == "\u20132"  # its score, as printed
    pictures = [s for s in slide.shapes if s.shape_type == MSO_SHAPE_TYPE.PICTURE]
    assert pictures == []
    stages = [s for s in slide.shapes if s.name.startswith("stage ")]
    assert [s.text_frame.paragraphs[1].text for s in stages] == [
        "Discover", "Choose and buy", "Receive the order", "Returns and service", "Come back"
    ]  # fmt: skip
    assert stages[0].text_frame.paragraphs[0].text == "BEFORE THE PURCHASE"
    (curve,) = [s for s in slide.shapes if s.name == "experience curve"]
    assert curve.shape_type == MSO_SHAPE_TYPE.FREEFORM
    # Every shape lies inside the slide.
    prs = deck(project)
    for shape in prs.slides[0].shapes:
        assert shape.left >= 0 and shape.left + shape.width <= prs.slide_width, shape.name
        assert shape.top >= 0 and shape.top + shape.height <= prs.slide_height, shape.name


def test_stage_slides_and_a_table_split_over_slides() -> None:
    project = storage.load(SHOP)
    slides = list(deck(project).slides)
    titles = [next(s for s in slide.shapes if s.name == "title").text_frame.paragraphs[0].text for slide in slides]
    # 19 cards: Discover 5 and Choose and buy 5 take two detail slides of 4 each; 12 table rows per slide.
    assert titles == [
        "Online clothing shop",
        "Discover (1 of 2)", "Discover (2 of 2)",
        "Choose and buy (1 of 2)", "Choose and buy (2 of 2)",
        "Receive the order", "Returns and service", "Come back",
        "Touchpoints (1 of 2)", "Touchpoints (2 of 2)",
    ]  # fmt: skip
    delivery = next(s for s in slides[5].shapes if s.name == "details tp-cs-delivery")
    text = delivery.text_frame.text
    assert "Courier delivery" in text and "A partner courier brings the parcel to her home." in text
    tables = [next(s for s in slide.shapes if s.has_table).table for slide in slides[8:]]
    assert [len(t.rows) for t in tables] == [13, 8]  # header + 12, header + 7
    assert tables[0].cell(0, 2).text == "Touchpoint"
    assert tables[0].cell(1, 2).text == "Instagram and Facebook ads"


def test_deck_speaks_the_maps_language_and_survives_hostile_text(tmp_path: Path) -> None:
    project = new_project("ca", title="Botiga <b>\x01")
    ops.add_touchpoint(
        project,
        Touchpoint(id="tp-1", title="Anunci \x0b <script>", description="a\x00b 😀", stage_id="stage-before",
                   lane_id="lane-main", score=2),
    )  # fmt: skip
    out = tmp_path / "deck.pptx"
    assert main(["export", str(SHOP), "-o", str(tmp_path / "shop.pptx")]) == 0
    export(project, out)
    prs = Presentation(str(out))
    card = next(s for s in prs.slides[0].shapes if s.name == "card tp-1")
    assert card.text_frame.paragraphs[0].text == "Anunci \ufffd <script>"
    stage = next(s for s in prs.slides[0].shapes if s.name == "stage stage-before")
    assert stage.text_frame.paragraphs[0].text == "ABANS DE LA COMPRA"
    table_slide = prs.slides[len(prs.slides) - 1]
    assert next(s for s in table_slide.shapes if s.name == "title").text_frame.text == "Punts de contacte"


def test_cancelled_pptx_leaves_no_file(tmp_path: Path) -> None:
    with pytest.raises(ExportCancelled):
        export(storage.load(SHOP), tmp_path / "x.pptx", progress=lambda done, total: done < 2)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.office
def test_libreoffice_converts_the_deck_to_pdf(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice is not installed (apt-get install libreoffice-impress)")
    deck_path = tmp_path / "shop.pptx"
    export(storage.load(SHOP), deck_path)
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo-profile", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(deck_path)],
        check=True, timeout=300, capture_output=True,
    )  # fmt: skip
    reader = PdfReader(tmp_path / "shop.pdf")
    assert len(reader.pages) == 10
    first = " ".join(reader.pages[0].extract_text().split())
    assert "Instagram and Facebook ads" in first and "Come back" in first


def test_progress_moves_through_the_details_and_the_table_and_shape_ids_stay_unique() -> None:
    shop = storage.load(SHOP)
    calls: list[tuple[int, int]] = []
    prs = Presentation(io.BytesIO(render_pptx(shop, progress=lambda done, total: calls.append((done, total)) or True)))
    # 19 cards: one step each on the map slide, in the details and in the table, one after the
    # details, one after the table and one at the end: 3 x 19 + 3 = 60; then the curve's 15
    # points (4 cards have no score) are found to be work too, once the map slide is drawn.
    assert calls == [(done, 60) for done in range(1, 20)] + [(done, 75) for done in range(20, 76)]
    ids = [shape.shape_id for shape in prs.slides[0].shapes]
    assert len(ids) == len(set(ids))  # counted, not searched for (python-pptx's turbo mode)
    assert sum(shape.name.startswith("card ") for shape in prs.slides[0].shapes) == 19


def test_the_curve_is_the_freeform_python_pptx_would_build() -> None:
    from lxml import etree

    from cxmapper.export.pptx import _freeform

    points = [(1000 + i * 37, 5000 + (i * 7919) % 3000) for i in range(300)]
    shapes = []
    for build in (lambda s: s.build_freeform(*points[0], scale=1.0), lambda s: _freeform(s, *points[0])):
        prs = Presentation()
        slide = prs.slides.add_slide(prs.slide_layouts[6])
        builder = build(slide.shapes)
        builder.add_line_segments(points[1:], close=False)
        shapes.append(etree.tostring(builder.convert_to_shape()._element))
    assert shapes[0] == shapes[1]  # the extents are worked out once, with the same result
    assert shapes[0].count(b"<a:lnTo>") == 299
