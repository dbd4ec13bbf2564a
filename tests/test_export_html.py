"""The self-contained web page export: structure, escaping and language here, behaviour in a real Chromium.

The browser tests drive Debian's ``chromium`` headless over the DevTools protocol (tests/chromium.py):
they read the rendered text, click a card with the mouse, open one from the keyboard, apply the
filters, switch to the table, emulate print, and record every request the page makes. CI installs
Chromium in .ci/run; without it those tests are skipped, like the pdftoppm ones.
"""

from __future__ import annotations

import base64
import hashlib
import http.server
import re
import threading
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

import pytest

from cxmapper.cli import main
from cxmapper.export import ExportCancelled, ExportOptions, export, format_for_path
from cxmapper.export.html import render_html
from cxmapper.export.sharelabels import SHARE_LABELS
from cxmapper.model import ops, storage
from cxmapper.model.project import Lane, Persona, Project, Stage, Touchpoint, new_project
from cxmapper.model.vocab import Channel, Control, Phase
from tests.chromium import chromium_page, find_chromium

ROOT = Path(__file__).resolve().parents[1]
SHOP = ROOT / "resources" / "samples" / "clothing-shop.cxmap"
SHOP_TITLES = (
    "Instagram and Facebook ads",
    "Fashion trends blog",
    "Search results (SEO)",
    "A bad review about refunds",
    "Online shop",
    "Size guide",
    "Live chat",
    "Payment",
    "Order confirmation e-mail",
    "Courier delivery",
    "Unboxing",
    "Customer service: returns",
    "Satisfaction survey",
    "Loyalty programme",
    "Newsletter",
    "Audience targeting and ad budget",
    "Stock sync with the warehouse",
    "Picking and packing",
    "Return reasons logged in the CRM",
)
HOSTILE_TITLE = "<script>window.__pwned = 1</script>"
HOSTILE_CARD = '<img src=x onerror="window.__pwned = 2">'


class _Tags(HTMLParser):
    """Every start tag with its attributes, and the text inside <style> and <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.raw: dict[str, list[str]] = {"style": [], "script": []}
        self._in: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag in self.raw:
            self._in = tag

    def handle_endtag(self, tag: str) -> None:
        self._in = None

    def handle_data(self, data: str) -> None:
        if self._in:
            self.raw[self._in].append(data)


def _parse(page: str) -> _Tags:
    parser = _Tags()
    parser.feed(page)
    return parser


def hostile_project() -> Project:
    project = Project(
        title=HOSTILE_TITLE,
        brand="Fish & Chips <b>Ltd</b>",
        language="en",
        stages=[Stage(id="s1", name="<h1>Stage</h1>", phase=Phase.BEFORE)],
        lanes=[Lane(id="l1", name="<i>lane</i>")],
        personas=[Persona(id="p1", name="<svg onload=alert(3)>")],
    )
    ops.add_touchpoint(
        project,
        Touchpoint(
            id="tp-1",
            title=HOSTILE_CARD,
            description='"quoted" & <u>under</u> ' + "'single'",
            stage_id="s1",
            lane_id="l1",
            personas=["p1"],
            score=-2,
        ),
    )
    return project


# -- structure (no browser) ---------------------------------------------------------------------


def test_page_references_nothing_outside_itself() -> None:
    page = render_html(storage.load(SHOP))
    parsed = _parse(page)
    for tag, attrs in parsed.tags:
        for name in ("src", "href", "action", "srcset", "data", "poster", "formaction"):
            value = attrs.get(name)
            assert value is None or value.startswith(("#", "data:")), (tag, name, value)
        assert tag not in ("link", "iframe", "object", "embed", "base", "audio", "video")
    # CSS could still load things with url() or @import: only data: URIs are allowed.
    css = "".join(parsed.raw["style"])
    assert "@import" not in css
    assert all(u.startswith("data:") for u in re.findall(r"url\(([^)]*)\)", css))
    # The only absolute URL in the file is the SVG namespace, which is a name, never fetched.
    assert set(re.findall(r"https?://[^\"' )]+", page)) == {"http://www.w3.org/2000/svg"}


def test_content_security_policy_allows_only_the_pages_own_style_and_script() -> None:
    parsed = _parse(render_html(storage.load(SHOP)))
    metas = [a for t, a in parsed.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy"]
    assert len(metas) == 1
    policy = dict(part.strip().split(" ", 1) for part in (metas[0]["content"] or "").split(";"))
    assert policy["default-src"] == "'none'"
    assert policy["img-src"] == "data:"
    assert policy["base-uri"] == "'none'"
    assert policy["form-action"] == "'none'"
    assert len(parsed.raw["style"]) == 1 and len(parsed.raw["script"]) == 1

    def sha(text: str) -> str:
        return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode()).digest()).decode() + "'"

    assert policy["style-src"] == sha(parsed.raw["style"][0])
    assert policy["script-src"] == sha(parsed.raw["script"][0])


def test_user_text_is_escaped_everywhere() -> None:
    page = render_html(hostile_project())
    parsed = _parse(page)
    tags = [t for t, _ in parsed.tags]
    assert tags.count("script") == 1  # ours
    assert "img" not in tags and "i" not in tags and "u" not in tags and "b" not in tags
    assert tags.count("h1") == 1  # the page title, not the stage's "<h1>"
    assert "&lt;script&gt;window.__pwned = 1&lt;/script&gt;" in page
    assert "&lt;img src=x onerror=&quot;window.__pwned = 2&quot;&gt;" in page
    assert "&lt;svg onload=alert(3)&gt;" in page
    assert "Fish &amp; Chips &lt;b&gt;Ltd&lt;/b&gt;" in page
    assert "&quot;quoted&quot; &amp; &lt;u&gt;under&lt;/u&gt; &#x27;single&#x27;" in page


def test_the_curve_has_a_text_alternative() -> None:
    parsed = _parse(render_html(storage.load(SHOP)))
    (svg,) = [a for t, a in parsed.tags if t == "svg"]
    assert svg["role"] == "img" and svg["aria-labelledby"] == "curve-title curve-desc"
    page = render_html(storage.load(SHOP))
    # Stage averages worked out by hand from the sample: Discover (1+1+0-1)/4, Choose and buy
    # (1-1+2+1)/4, Receive the order (1-2+1)/3, Returns and service (-1+0)/2, Come back (2+1)/2.
    for line in (
        "Discover: average +0.2 over 4 rated touchpoints",
        "Choose and buy: average +0.8 over 4 rated touchpoints",
        "Receive the order: average 0 over 3 rated touchpoints",
        "Returns and service: average \u20130.5 over 2 rated touchpoints",
        "Come back: average +1.5 over 2 rated touchpoints",
    ):
        assert f"<li>{line}</li>" in page


def test_page_speaks_the_maps_language() -> None:
    project = new_project("ca", title="Botiga")
    ops.add_touchpoint(project, Touchpoint(id="tp-1", title="Anunci", stage_id="stage-before", lane_id="lane-main"))
    page = render_html(project)
    assert '<html lang="ca">' in page
    assert ">Filtres<" not in page  # the group label is an attribute
    assert 'aria-label="Filtres"' in page
    assert ">Totes les fases<" in page
    assert ">Abans de la compra<" in page
    assert ">Punts de contacte<" in page
    assert ">Tanca<" in page
    spanish = render_html(project, ExportOptions(lang="es"))
    assert '<html lang="es">' in spanish and ">Todas las fases<" in spanish


def test_share_labels_exist_in_every_language() -> None:
    keys = set(SHARE_LABELS["en"])
    for lang in ("es", "ca"):
        assert set(SHARE_LABELS[lang]) == keys, lang
        assert all(SHARE_LABELS[lang][k].strip() for k in keys)


def test_every_card_appears_once_in_the_map_and_once_in_the_table() -> None:
    project = storage.load(SHOP)
    parsed = _parse(render_html(project))
    cards = [a["data-tp"] for t, a in parsed.tags if t == "li" and "data-tp" in a]
    rows = [a["data-tp"] for t, a in parsed.tags if t == "tr" and "data-tp" in a]
    ids = sorted(tp.id for tp in project.touchpoints)
    assert sorted(cards) == ids and sorted(rows) == ids
    assert [a.get("id") for t, a in parsed.tags if t == "h3"].count(None) == 0  # one heading per stage
    assert len([t for t, _ in parsed.tags if t == "h3"]) == 5


def test_html_is_chosen_by_extension_and_written_by_the_command_line(tmp_path: Path) -> None:
    assert format_for_path("map.html") == "html" and format_for_path("MAP.HTM") == "html"
    out = tmp_path / "map.htm"
    assert main(["export", str(SHOP), "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert main(["export", str(SHOP), "-o", str(tmp_path / "x.html"), "--table"]) == 2  # PDF-only flag


def test_cancelled_export_leaves_no_file(tmp_path: Path) -> None:
    out = tmp_path / "map.html"
    with pytest.raises(ExportCancelled):
        export(storage.load(SHOP), out, progress=lambda done, total: done < 3)
    assert not out.exists() and list(tmp_path.iterdir()) == []


# -- in a real browser --------------------------------------------------------------------------

CHROMIUM = find_chromium()
needs_chromium = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (.ci/run installs it)")


def _write(tmp_path: Path, project: Project, name: str = "map.html") -> Path:
    out = tmp_path / name
    export(project, out)
    return out


def _visible_titles(page) -> list[str]:
    return page.eval(
        "Array.from(document.querySelectorAll('li[data-tp]')).filter(e => e.offsetParent !== null)"
        ".map(e => e.querySelector('.title').textContent)"
    )


def _choose(page, select_id: str, value: str) -> None:
    """Pick an option the way the keyboard does: focus the select and change its value."""
    page.eval(
        f"(() => {{ const s = document.getElementById('{select_id}'); s.focus(); s.value = '{value}';"
        " s.dispatchEvent(new Event('change', {bubbles: true})); })()"
    )


@needs_chromium
def test_browser_shows_every_title_and_makes_no_request(tmp_path: Path) -> None:
    out = _write(tmp_path, storage.load(SHOP))
    assert CHROMIUM is not None
    with chromium_page(out.as_uri(), CHROMIUM) as page:
        text = page.eval("document.body.innerText")
        for title in SHOP_TITLES:
            assert title in text
        assert "19 of 19 touchpoints shown" in text
        # The script ran (it marks the page) and the CSP blocked nothing of ours.
        assert page.eval("document.documentElement.classList.contains('js')") is True
        violations = [
            e
            for e in page.events
            if e["method"] == "Log.entryAdded" and "Content Security Policy" in e["params"]["entry"]["text"]
        ]
        assert violations == []
        # The score faces are drawn (data: images allowed by the policy).
        assert page.eval("getComputedStyle(document.querySelector('.face-p1')).backgroundImage").startswith(
            'url("data:image/svg+xml'
        )
        page.click('li[data-tp="tp-cs-live-chat"] button.card')
        page.eval("new Promise(r => setTimeout(r, 50))")
        requests = page.requests()
    assert [u for u in requests if not u.startswith("data:")] == [out.as_uri()]


@needs_chromium
def test_browser_click_shows_every_field_and_escape_returns_focus(tmp_path: Path) -> None:
    out = _write(tmp_path, storage.load(SHOP))
    assert CHROMIUM is not None
    with chromium_page(out.as_uri(), CHROMIUM) as page:
        assert page.eval("document.getElementById('detail').open") is False
        page.click('li[data-tp="tp-cs-delivery"] button.card')
        assert page.eval("document.getElementById('detail').open") is True
        assert page.eval("document.getElementById('detail-title').textContent") == "Courier delivery"
        body = page.eval("document.getElementById('detail-body').innerText")
        assert "A partner courier brings the parcel to her home." in body
        assert "Receive the order" in body and "During the purchase" in body
        assert "Delivery" in body and "Intentional" in body and "\u20132" in body
        page.key("Escape", "Escape", 27)
        assert page.eval("document.getElementById('detail').open") is False
        assert page.eval("document.activeElement.closest('li').dataset.tp") == "tp-cs-delivery"
        # Keyboard only: focus another card and press Enter.
        page.eval("document.querySelector('li[data-tp=\"tp-cs-newsletter\"] button.card').focus()")
        page.key("Enter", "Enter", 13, "\r")
        assert page.eval("document.getElementById('detail-title').textContent") == "Newsletter"
        assert "A weekly e-mail with new arrivals" in page.eval("document.getElementById('detail-body').innerText")
        page.click("#detail-close")
        assert page.eval("document.getElementById('detail').open") is False


@needs_chromium
def test_browser_filters_hide_the_right_cards(tmp_path: Path) -> None:
    out = _write(tmp_path, storage.load(SHOP))
    assert CHROMIUM is not None
    with chromium_page(out.as_uri(), CHROMIUM) as page:
        _choose(page, "f-phase", "after")
        assert sorted(_visible_titles(page)) == sorted(
            [
                "Customer service: returns",
                "Satisfaction survey",
                "Loyalty programme",
                "Newsletter",
                "Return reasons logged in the CRM",
            ]
        )
        assert page.eval("document.getElementById('shown').textContent") == "5 of 19 touchpoints shown"
        _choose(page, "f-channel", "email")
        assert _visible_titles(page) == ["Newsletter"]
        _choose(page, "f-phase", "")
        assert sorted(_visible_titles(page)) == ["Newsletter", "Order confirmation e-mail"]
        _choose(page, "f-channel", "")
        _choose(page, "f-control", "unintentional")
        assert _visible_titles(page) == ["A bad review about refunds"]
        # The table follows the same filter.
        page.click('button[data-view="table"]')
        assert page.eval("document.getElementById('map-view').hidden") is True
        rows = page.eval(
            "Array.from(document.querySelectorAll('tbody tr')).filter(r => r.offsetParent !== null)"
            ".map(r => r.querySelector('th').textContent)"
        )
        assert rows == ["A bad review about refunds"]
        _choose(page, "f-control", "")
        assert page.eval("document.querySelectorAll('tbody tr:not([hidden])').length") == 19
        assert page.eval("document.querySelector('button[data-view=\"table\"]').getAttribute('aria-pressed')") == (
            "true"
        )


@needs_chromium
def test_browser_hostile_text_stays_text(tmp_path: Path) -> None:
    out = _write(tmp_path, hostile_project())
    assert CHROMIUM is not None
    with chromium_page(out.as_uri(), CHROMIUM) as page:
        assert page.eval("document.title") == HOSTILE_TITLE
        assert page.eval("document.querySelector('h1').textContent") == HOSTILE_TITLE
        assert page.eval("window.__pwned === undefined") is True
        assert page.eval("document.scripts.length") == 1
        assert page.eval("document.images.length") == 0
        page.click('li[data-tp="tp-1"] button.card')
        assert page.eval("document.getElementById('detail-title').textContent") == HOSTILE_CARD
        assert page.eval("window.__pwned === undefined") is True


@needs_chromium
def test_browser_print_fits_the_page_width(tmp_path: Path) -> None:
    project = storage.load(SHOP)
    for i in range(6):  # a wide map: 11 stages, far wider than a sheet
        ops.add_stage(project, Stage(id=f"extra-{i}", name=f"Extra {i}", phase=Phase.AFTER), len(project.stages))
    ops.add_touchpoint(
        project,
        Touchpoint(
            id="tp-last",
            title="The very last card",
            stage_id="extra-5",
            lane_id=project.lanes[0].id,
            channel=Channel.EMAIL,
            control=Control.UNINTENTIONAL,
        ),
    )
    out = _write(tmp_path, project)
    assert CHROMIUM is not None
    with chromium_page(out.as_uri(), CHROMIUM) as page:
        assert page.eval("document.querySelector('.map').scrollWidth > window.innerWidth") is True
        page.send("Emulation.setEmulatedMedia", media="print")
        assert page.eval("document.querySelector('.map').scrollWidth <= document.body.clientWidth") is True
        assert page.eval("getComputedStyle(document.querySelector('.toolbar')).display") == "none"
        pdf = base64.b64decode(  # A4 landscape
            page.send("Page.printToPDF", landscape=True, paperWidth=11.69, paperHeight=8.27)["data"]
        )
    from io import BytesIO

    from pypdf import PdfReader

    reader = PdfReader(BytesIO(pdf))
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # landscape sheet
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    # The last column printed in full: nothing was cut off at the right edge of the sheet.
    assert "The very last card" in text and "Instagram and Facebook ads" in text and "Extra 5" in text


class _Recorder(http.server.BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        type(self).hits.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@needs_chromium
def test_policy_blocks_a_request_that_slipped_into_the_page(tmp_path: Path) -> None:
    """Proof that the CSP holds: the same page with a planted image loads it only without the policy."""
    server = http.server.HTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        page_text = render_html(storage.load(SHOP))
        planted = page_text.replace(
            "</main>", f'<img src="{url}/img.png" alt=""><link rel="stylesheet" href="{url}/x.css"></main>'
        )
        with_policy = tmp_path / "with.html"
        with_policy.write_text(planted, encoding="utf-8")
        without_policy = tmp_path / "without.html"
        without_policy.write_text(
            re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", planted), encoding="utf-8"
        )
        assert CHROMIUM is not None
        _Recorder.hits.clear()
        with chromium_page(with_policy.as_uri(), CHROMIUM) as page:
            page.eval("new Promise(r => setTimeout(r, 300))")
            blocked = [e["params"].get("blockedReason") for e in page.events if e["method"] == "Network.loadingFailed"]
        assert _Recorder.hits == []
        assert blocked.count("csp") == 2
        with chromium_page(without_policy.as_uri(), CHROMIUM) as page:
            page.eval("new Promise(r => setTimeout(r, 300))")
        assert sorted(_Recorder.hits) == ["/img.png", "/x.css"]
    finally:
        server.shutdown()
        server.server_close()
