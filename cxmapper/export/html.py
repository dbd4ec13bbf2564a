"""The map as one self-contained web page, for people who do not have cxmapper.

One ``.html`` file that opens from a USB stick or an e-mail attachment in any current browser
and never touches the network: the CSS, the script and the score faces are inline, fonts are
the system's, and a strict Content-Security-Policy (``default-src 'none'``, the one style and
the one script allowed by their SHA-256 hashes, images only as ``data:``) makes the browser
refuse anything else, even if a future edit slipped a URL in. Every piece of the user's text
is escaped, so a title such as ``<script>`` reads as text.

The page shows the map as the editor does (stages coloured by phase, lanes, cards with their
score face and moment-of-truth star, the experience curve as inline SVG in the same geometry
as `cxmapper.layout`), a table view, filters by phase, channel and control, and a dialog with
all of a card's fields. It is built to be read without sight or a mouse too: a heading per
stage and lane, cards as lists of buttons, a real table, the curve described in text. Without
script both views are simply shown one after the other; printing fits the map to the page.

Reads the model and the layout only; pure Python (no Qt, no ReportLab).
"""

from __future__ import annotations

import base64
import hashlib
import html
import os
from collections.abc import Iterable

from cxmapper import __version__
from cxmapper.export import style
from cxmapper.export.options import ExportOptions, Progress, ProgressTracker, write_atomic
from cxmapper.export.sharelabels import ShareLabels
from cxmapper.export.tabular import ordered_touchpoints
from cxmapper.layout import MapLayout, compute_layout, smooth_path
from cxmapper.model.library import resource
from cxmapper.model.project import Project, Touchpoint
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Control, Phase


def esc(text: str) -> str:
    """User text as HTML text or attribute value: ``<>&"'`` become entities, so it is never markup."""
    return html.escape(text, quote=True)


def score_key(score: int) -> str:
    """The face's file and class name for a score: m2, m1, 0, p1, p2."""
    return f"m{-score}" if score < 0 else (f"p{score}" if score > 0 else "0")


def _data_uri(name: str) -> str:
    svg = resource("icons", "marks", f"{name}.svg").read_bytes()
    return "data:image/svg+xml;base64," + base64.b64encode(svg).decode("ascii")


def _csp_hash(source: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(source.encode("utf-8")).digest()).decode("ascii") + "'"


def content_security_policy(css: str, script: str) -> str:
    """The page's policy: nothing may load or connect; only this style and this script run."""
    return (
        "default-src 'none'; "
        f"style-src {_csp_hash(css)}; "
        f"script-src {_csp_hash(script)}; "
        "img-src data:; "
        "base-uri 'none'; form-action 'none'"
    )


# The script: filters, the map/table switch and the card dialog. It reads only the page's own
# attributes and copies already-escaped nodes, and it never builds markup from strings, so user
# text cannot become markup here either.
SCRIPT = """
(function () {
  "use strict";
  var $ = function (id) { return document.getElementById(id); };
  var phase = $("f-phase"), channel = $("f-channel"), control = $("f-control");
  var count = $("shown"), stages = document.querySelectorAll(".stage");
  var items = document.querySelectorAll("[data-tp]");
  var cards = document.querySelectorAll("li[data-tp]");
  function apply() {
    var n = 0;
    for (var i = 0; i < items.length; i++) {
      var el = items[i], d = el.dataset;
      var ok = (!phase.value || d.phase === phase.value) &&
               (!channel.value || d.channel === channel.value) &&
               (!control.value || d.control === control.value);
      el.hidden = !ok;
      if (ok && el.tagName === "LI") { n++; }
    }
    for (var j = 0; j < stages.length; j++) {
      stages[j].classList.toggle("dim", !!phase.value && stages[j].dataset.phase !== phase.value);
    }
    count.textContent = count.dataset.format.replace("{n}", n).replace("{total}", cards.length);
  }
  [phase, channel, control].forEach(function (s) { s.addEventListener("change", apply); });
  var views = { map: $("map-view"), table: $("table-view") };
  var buttons = document.querySelectorAll("[data-view]");
  function show(name) {
    for (var k in views) { views[k].hidden = k !== name; }
    for (var b = 0; b < buttons.length; b++) {
      buttons[b].setAttribute("aria-pressed", String(buttons[b].dataset.view === name));
    }
  }
  for (var b = 0; b < buttons.length; b++) {
    buttons[b].addEventListener("click", function (e) { show(e.currentTarget.dataset.view); });
  }
  var dialog = $("detail"), body = $("detail-body"), heading = $("detail-title"), opener = null;
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button.card") : null;
    if (!button) { return; }
    var item = button.parentNode, fields = item.querySelector(".fields").cloneNode(true);
    fields.hidden = false;
    heading.textContent = item.querySelector(".title").textContent;
    body.replaceChildren(fields);
    opener = button;
    dialog.showModal();
  });
  $("detail-close").addEventListener("click", function () { dialog.close(); });
  // Back to the card that opened the details, unless focus has moved on meanwhile (the close
  // event is queued: a card focused right after Escape must keep the focus).
  dialog.addEventListener("close", function () {
    var here = document.activeElement;
    if (opener && (!here || here === document.body || dialog.contains(here))) { opener.focus(); }
  });
  document.documentElement.classList.add("js");
  show("map");
  apply();
})();
"""


def u(n: float) -> str:
    """A length of ``n`` map units in CSS: pixels on screen, scaled on paper (see --u)."""
    return f"calc({n:g} * var(--u))"


def _css(project: Project, layout: MapLayout, colors: Iterable[str]) -> str:
    """The stylesheet, with the map's own geometry (columns, lane heights, card colours)."""
    m = layout.metrics
    width = layout.width
    palette = {
        "ink": style.INK,
        "muted": style.MUTED,
        "grid": style.GRID,
        "card": style.CARD_BG,
        "border": style.CARD_BORDER,
        "accent": style.accent(Phase.BEFORE),
        "lane": style.LANE_BG,
        "rule": style.RULE,
        "subtle": style.SUBTLE,
        "int": style.INTENTIONAL,
        "unint": style.UNINTENTIONAL,
    }
    lines = [
        ":root{color-scheme:light;" + "".join(f"--{name}:{value};" for name, value in palette.items()) + "}",
        "*{box-sizing:border-box}",
        "[hidden]{display:none!important}",
        "html{-webkit-print-color-adjust:exact;print-color-adjust:exact}",
        "body{margin:0;padding:16px 24px;font:14px/1.35 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans',"
        "'Helvetica Neue',Arial,sans-serif;color:var(--ink);background:#f8fafc}",
        ".vh{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
        ":focus-visible{outline:3px solid var(--int);outline-offset:2px}",
        "header .kicker{margin:0;font-size:11px;font-weight:700;letter-spacing:.08em;text-transform:uppercase;"
        "color:var(--accent)}",
        "h1{margin:2px 0 4px;font-size:26px}",
        "header p{margin:2px 0;color:var(--muted)}",
        ".toolbar{display:flex;flex-wrap:wrap;gap:8px 20px;align-items:end;margin:14px 0;padding:10px 12px;"
        "background:#fff;border:1px solid var(--grid);border-radius:10px}",
        ".toolbar label{display:flex;flex-direction:column;font-size:12px;color:var(--muted);gap:2px}",
        ".toolbar select,.toolbar button{font:inherit;color:var(--ink);padding:4px 8px;border:1px solid "
        "var(--border);border-radius:6px;background:#fff}",
        ".toolbar button[aria-pressed=true]{background:var(--ink);color:#fff;border-color:var(--ink)}",
        ".views{display:flex;gap:4px;align-items:center}",
        "#shown{margin:0 0 0 auto;font-size:12px;color:var(--muted)}",
        ".scroll{overflow-x:auto}",
        # Every length of the map is a multiple of --u: one pixel on screen, and on paper the
        # fraction of the page width that makes the whole map fit it, scaled as one picture.
        f".map{{--u:1px;width:{u(width)};font-size:{u(14)}}}",
        # Columns as the layout's; rows shared through subgrid, so a lane is as tall as its fullest
        # cell in every stage, as in the editor.
        f".grid{{display:grid;padding:0 {u(m.margin)};grid-template-columns:minmax(0,{m.lane_header_w:.0f}fr) "
        f"repeat({len(project.stages)},minmax(0,{m.column_w:.0f}fr));grid-template-rows:auto "
        f"repeat({len(project.lanes)},auto)}}",
        ".lanes,.stage{grid-row:1/-1;display:grid;grid-template-rows:subgrid;min-width:0}",
        f".lanes .corner{{height:{u(m.header_h)}}}",
        f".cell,.lane-name{{min-height:{u(2 * m.cell_pad + m.card_h)}}}",
        ".stage.dim{opacity:.35}",
        f".stage-head{{height:{u(m.header_h - 8)};margin:0 {u(4)} {u(8)};padding:{u(8)} {u(12)};"
        f"border-radius:{u(10)};color:#fff;overflow:hidden}}",
        f".stage-head h3{{margin:0;font-size:{u(15)};line-height:1.15;display:-webkit-box;-webkit-line-clamp:2;"
        "-webkit-box-orient:vertical;overflow:hidden}",
        f".stage-head .phase{{display:block;font-size:{u(10)};font-weight:700;letter-spacing:.06em;"
        "text-transform:uppercase}",
        f".lane-name{{overflow-wrap:break-word;margin:0 {u(10)} 0 0;padding:{u(10)} {u(12)};"
        f"border-block:{u(4)} solid transparent;background-clip:padding-box;background:var(--lane);"
        f"border-radius:{u(10)};font-size:{u(13)};overflow:hidden}}",
        f".cell{{margin:0 {u(4)};padding:{u(m.cell_pad)} {u(m.cell_pad - 4)};border-bottom:{u(1)} dashed var(--rule)}}",
        ".cell h4{margin:0}",
        f".cards{{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:{u(m.card_gap)}}}",
        f"button.card{{display:block;position:relative;width:100%;height:{u(m.card_h)};"
        f"padding:{u(8)} {u(10)} {u(8)} {u(15)};text-align:left;font:inherit;color:var(--ink);"
        f"background:var(--card);border:{u(0.6)} solid var(--border);border-radius:{u(8)};"
        f"box-shadow:0 {u(1)} {u(2)} rgba(15,23,42,.08);cursor:pointer;overflow:hidden}}",
        "button.card:hover{border-color:var(--subtle)}",
        f"button.card .stripe{{position:absolute;left:{u(4)};top:{u(10)};bottom:{u(10)};width:{u(3)};"
        f"border-radius:{u(2)}}}",
        f".card .marks{{float:right;display:flex;gap:{u(3)};margin-left:{u(4)}}}",
        f".face,.star{{display:inline-block;width:{u(18)};height:{u(18)};background-size:contain;"
        "background-repeat:no-repeat}",
        ".card .title{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;"
        f"font-weight:700;font-size:{u(12.5)};line-height:1.2}}",
        ".card .desc{display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical;overflow:hidden;"
        f"font-size:{u(10.5)};color:var(--muted);margin-top:{u(2)}}}",
        f".card .chan{{position:absolute;left:{u(15)};right:{u(10)};bottom:{u(6)};font-size:{u(10)};"
        "color:var(--muted);white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
        f".ctl{{display:inline-block;width:{u(8)};height:{u(8)};border-radius:50%;margin-right:{u(5)}}}",
        ".ctl.intentional{background:var(--int)}",
        f".ctl.unintentional{{border:{u(2)} dashed var(--unint)}}",
        ".curve{margin:16px 0 0}",
        ".curve svg{display:block;width:100%;height:auto}",
        ".curve figcaption{font-size:12px;color:var(--muted);margin-top:4px}",
        "details{margin-top:6px}",
        "table{border-collapse:collapse;width:100%;background:#fff;font-size:13px}",
        "caption{text-align:left;font-weight:700;font-size:16px;padding:6px 0}",
        "th,td{border:1px solid var(--grid);padding:5px 8px;text-align:left;vertical-align:top}",
        "thead th{position:sticky;top:0;background:var(--lane)}",
        "td.num{text-align:right;white-space:nowrap}",
        "td.text{white-space:pre-line}",
        "dialog{max-width:min(640px,92vw);border:1px solid var(--border);border-radius:12px;padding:18px 20px}",
        "dialog::backdrop{background:rgba(15,23,42,.35)}",
        "dialog h2{margin:0 0 10px;font-size:19px}",
        "dl.fields{display:grid;grid-template-columns:max-content 1fr;gap:4px 14px;margin:0}",
        "dl.fields dt{font-weight:700;color:var(--muted)}",
        "dl.fields dd{margin:0;white-space:pre-line}",
        "footer{margin-top:18px;font-size:11px;color:var(--muted)}",
        f".face-none{{background:{style.SCORE_COLORS[0]}}}",
        f".star{{background-image:url({_data_uri('moment-of-truth')})}}",
    ]
    for score in range(SCORE_MIN, SCORE_MAX + 1):
        key = score_key(score)
        lines.append(f".face-{key}{{background-image:url({_data_uri('score-' + key)})}}")
    for phase in Phase:
        lines.append(f".ph-{phase.value} .stage-head{{background:{style.accent(phase)}}}")
        lines.append(f".ph-{phase.value} .stage-head .phase{{color:{style.tint(phase)}}}")
        lines.append(f".ph-{phase.value} .cell{{background:{style.tint(phase)}}}")
        lines.append(f".ph-{phase.value} .stripe{{background:{style.accent(phase)}}}")
    for color in sorted(colors):
        # Colours are validated "#rrggbb" by the model, so they are safe in a class name and a rule.
        lines.append(
            f".ph-before .col-{color[1:]},.ph-during .col-{color[1:]},.ph-after .col-{color[1:]}{{background:{color}}}"
        )
    lines.append("@media (prefers-reduced-motion:no-preference){button.card{transition:border-color .15s}}")
    # Print: the map becomes as wide as the page (--u in container-width units), like a picture
    # scaled to fit, and stays on one sheet when it can; the toolbar and the dialog do not print.
    lines.append(
        "@media print{@page{size:landscape;margin:10mm}"
        "body{background:#fff;padding:0}"
        ".toolbar,dialog,details,footer{display:none!important}"
        ".scroll{overflow:visible;container-type:inline-size}"
        f".map{{--u:calc(100cqw / {width:.1f})}}"
        "button.card{box-shadow:none}.grid,.curve{break-inside:avoid}"
        "table{font-size:9pt}thead th{position:static}tr{break-inside:avoid}"
        "}"
    )
    return "\n".join(lines)


def _card(
    tp: Touchpoint, phase: Phase, stage_name: str, lane_name: str, persona_names: list[str], labels: ShareLabels
) -> str:
    """One card: a button that opens the dialog, with every field in a hidden list beside it."""
    title = tp.title.strip() or labels["untitled"]
    marks = []
    if tp.moment_of_truth:
        marks.append(f'<span class="star" role="img" aria-label="{esc(labels["moment_of_truth"])}"></span>')
    if tp.score is not None:
        score_label = labels["score_of"].format(score=style.score_text(tp.score))
        marks.append(
            f'<span class="face face-{score_key(tp.score)}" role="img" aria-label="{esc(score_label)}"></span>'
        )
    stripe = f"stripe col-{tp.color[1:].lower()}" if tp.color else "stripe"
    desc = f'<span class="desc">{esc(tp.description)}</span>' if tp.description.strip() else ""
    button = (
        f'<button type="button" class="card" aria-haspopup="dialog">'
        f'<span class="{stripe}" aria-hidden="true"></span>'
        f'<span class="marks">{"".join(marks)}</span>'
        f'<span class="title">{esc(title)}</span>{desc}'
        f'<span class="chan"><span class="ctl {tp.control.value}" aria-hidden="true"></span>'
        f"{esc(labels.channel(tp.channel))}"
        f'<span class="vh">, {esc(labels.control(tp.control))}</span></span>'
        "</button>"
    )
    return (
        f'<li data-tp="{esc(tp.id)}" data-phase="{phase.value}" data-channel="{tp.channel.value}" '
        f'data-control="{tp.control.value}">{button}'
        f"{_fields(tp, phase, stage_name, lane_name, persona_names, labels)}</li>"
    )


def _fields(
    tp: Touchpoint, phase: Phase, stage_name: str, lane_name: str, persona_names: list[str], labels: ShareLabels
) -> str:
    """All of a card's fields as a description list (the dialog shows a copy of it)."""
    score = labels["not_rated"] if tp.score is None else style.score_text(tp.score)
    rows: list[tuple[str, str]] = [
        (labels["description"], tp.description),
        (labels["phase"], labels.phase(phase)),
        (labels["stage"], stage_name),
        (labels["lane"], lane_name),
        (labels["channel"], labels.channel(tp.channel)),
        (labels["control"], labels.control(tp.control)),
        (labels["ownership"], labels.ownership(tp.ownership)),
        (labels["influence"], labels["yes"] if tp.influence else labels["no"]),
        (labels["score"], score),
        (labels["moment_of_truth"], labels["yes"] if tp.moment_of_truth else labels["no"]),
        (labels["customer_action"], tp.customer_action),
        (labels["thoughts"], tp.thoughts),
        (labels["pain_points"], tp.pain_points),
        (labels["opportunities"], tp.opportunities),
        (labels["owner"], tp.owner),
        (labels["kpi"], tp.kpi),
        (labels["tags"], ", ".join(tp.tags)),
        (labels["personas"], ", ".join(persona_names)),
        (labels["notes"], tp.notes),
    ]
    body = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in rows if v.strip())
    return f'<dl class="fields" hidden>{body}</dl>'


def _curve_svg(project: Project, layout: MapLayout, labels: ShareLabels, titles: dict[str, str]) -> str:
    """The experience band and curve as inline SVG in map units, with a text alternative."""
    band = layout.band
    m = layout.metrics
    top_y = band.y - 4
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 {top_y:.1f} {layout.width:.1f} {band.h + 8:.1f}" '
        f'width="{layout.width:.0f}" height="{band.h + 8:.0f}" role="img" aria-labelledby="curve-title curve-desc">',
        f'<title id="curve-title">{esc(labels["experience"])}</title>',
        f'<desc id="curve-desc">{esc(labels["curve_desc"])}</desc>',
        f'<rect x="{m.margin:.1f}" y="{band.y:.1f}" width="{m.lane_header_w - 10:.1f}" height="{band.h:.1f}" '
        f'rx="10" fill="{style.LANE_BG}"/>',
        f'<text x="{m.margin + 12:.1f}" y="{band.y + 25:.1f}" font-size="13" font-weight="700" '
        f'fill="{style.INK}">{esc(labels["experience"])}</text>',
        f'<rect x="{band.x + 4:.1f}" y="{band.y:.1f}" width="{band.w - 8:.1f}" height="{band.h:.1f}" rx="10" '
        f'fill="#ffffff" stroke="{style.GRID}"/>',
    ]
    x0, x1 = band.x + 34, band.right - 12
    top, zero, bottom = layout.score_y(SCORE_MAX), layout.score_y(0), layout.score_y(SCORE_MIN)
    parts.append(
        f'<rect x="{x0:.1f}" y="{top:.1f}" width="{x1 - x0:.1f}" height="{zero - top:.1f}" '
        f'fill="{style.BAND_POSITIVE}"/>'
    )
    parts.append(
        f'<rect x="{x0:.1f}" y="{zero:.1f}" width="{x1 - x0:.1f}" height="{bottom - zero:.1f}" '
        f'fill="{style.BAND_NEGATIVE}"/>'
    )
    for s in range(SCORE_MAX, SCORE_MIN - 1, -1):
        y = layout.score_y(s)
        dash = "" if s == 0 else ' stroke-dasharray="2 3"'
        parts.append(
            f'<line x1="{x0:.1f}" y1="{y:.1f}" x2="{x1:.1f}" y2="{y:.1f}" '
            f'stroke="{style.RULE if s == 0 else style.GRID}"{dash}/>'
        )
        parts.append(
            f'<text x="{x0 - 8:.1f}" y="{y + 4:.1f}" font-size="10" font-weight="700" text-anchor="end" '
            f'fill="{style.score_color(s)}">{style.score_text(s)}</text>'
        )
    for stage in project.stages[1:]:
        x = layout.columns[stage.id].x
        parts.append(
            f'<line x1="{x:.1f}" y1="{top - 6:.1f}" x2="{x:.1f}" y2="{bottom + 6:.1f}" '
            f'stroke="{style.GRID}" stroke-dasharray="2 3"/>'
        )
    pts = [(p.x, p.y) for p in layout.curve]
    if len(pts) >= 2:
        d = [f"M{pts[0][0]:.1f} {pts[0][1]:.1f}"]
        d += [f"C{a[0]:.1f} {a[1]:.1f} {b[0]:.1f} {b[1]:.1f} {c[0]:.1f} {c[1]:.1f}" for a, b, c in smooth_path(pts)]
        parts.append(f'<path d="{" ".join(d)}" fill="none" stroke="{style.CURVE}" stroke-width="1.8"/>')
    if len(layout.stage_averages) >= 2:
        avg = " ".join(f"{p.x:.1f},{p.y:.1f}" for p in layout.stage_averages)
        parts.append(
            f'<polyline points="{avg}" fill="none" stroke="{style.MUTED}" stroke-width="0.9" stroke-dasharray="4 3"/>'
        )
    for p in layout.curve:
        tip = f"{titles.get(p.tp_id or '', '')}: {style.score_text(p.score)}"
        parts.append(
            f'<circle cx="{p.x:.1f}" cy="{p.y:.1f}" r="4.2" fill="{style.score_color(p.score)}" '
            f'stroke="#ffffff" stroke-width="1.4"><title>{esc(tip)}</title></circle>'
        )
    for p in layout.stage_averages:
        r = 6.5
        parts.append(
            f'<polygon points="{p.x:.1f},{p.y - r:.1f} {p.x + r:.1f},{p.y:.1f} {p.x:.1f},{p.y + r:.1f} '
            f'{p.x - r:.1f},{p.y:.1f}" fill="none" stroke="{style.INK}" stroke-width="1.2"/>'
        )
        base = p.y - 11 if p.score < 1.5 else p.y + 19
        parts.append(
            f'<text x="{p.x + 10:.1f}" y="{base:.1f}" font-size="10" font-weight="700" '
            f'fill="{style.INK}">\u00d8 {style.score_text(round(p.score, 1))}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _curve_text(project: Project, layout: MapLayout, labels: ShareLabels) -> str:
    """The curve's content as a list: each stage's average and its rated cards."""
    names = {s.id: s.name for s in project.stages}
    counts: dict[str, int] = {}
    for p in layout.curve:
        if p.stage_id is not None:
            counts[p.stage_id] = counts.get(p.stage_id, 0) + 1
    if not layout.stage_averages:
        return f"<p>{esc(labels['curve_none'])}</p>"
    items = []
    for p in layout.stage_averages:
        sid = p.stage_id or ""
        text = labels["stage_summary"].format(
            stage=names.get(sid, ""), avg=style.score_text(round(p.score, 1)), n=counts.get(sid, 0)
        )
        items.append(f"<li>{esc(text)}</li>")
    return f"<ul>{''.join(items)}</ul>"


def _select(select_id: str, label: str, options: list[tuple[str, str]]) -> str:
    opts = "".join(f'<option value="{esc(value)}">{esc(text)}</option>' for value, text in options)
    return f'<label for="{select_id}">{esc(label)}<select id="{select_id}">{opts}</select></label>'


def render_html(project: Project, options: ExportOptions | None = None, progress: Progress | None = None) -> str:
    """The whole page as text. Linear in the map: one pass over the cells, one over the rows."""
    opts = options or ExportOptions()
    lang = opts.language(project.language)
    labels = ShareLabels(lang)
    layout = compute_layout(project)
    cells = project.cells()
    tps = ordered_touchpoints(project)
    tracker = ProgressTracker(progress, 2 * len(tps) + 1)
    stages = {s.id: s for s in project.stages}
    lanes = {lane.id: lane for lane in project.lanes}
    personas = {p.id: p.name for p in project.personas}
    titles = {tp.id: tp.title.strip() or labels["untitled"] for tp in tps}
    colors = {tp.color.lower() for tp in tps if tp.color}
    title = project.title.strip() or labels["untitled"]
    total = len(tps)

    out: list[str] = []
    w = out.append
    meta = [project.brand.strip(), project.author.strip(), labels.date(project.modified.date())]
    w("<header>")
    w(f'<p class="kicker">{esc(labels["map"])}</p><h1>{esc(title)}</h1>')
    w(f"<p>{esc(' · '.join(p for p in meta if p))}</p>")
    if project.description.strip():
        w(f'<p class="text">{esc(project.description)}</p>')
    if project.personas:
        w(f"<p>{esc(labels['personas'])}: {esc(' · '.join(p.name for p in project.personas))}</p>")
    w("</header>")

    used_channels = sorted({tp.channel for tp in tps}, key=lambda c: labels.channel(c).casefold())
    w(f'<div class="toolbar" role="group" aria-label="{esc(labels["filters"])}">')
    w(_select("f-phase", labels["phase"], [("", labels["all_phases"])] + [(p.value, labels.phase(p)) for p in Phase]))
    w(
        _select(
            "f-channel",
            labels["channel"],
            [("", labels["all_channels"])] + [(c.value, labels.channel(c)) for c in used_channels],
        )
    )
    w(
        _select(
            "f-control",
            labels["control"],
            [("", labels["all_controls"])] + [(c.value, labels.control(c)) for c in Control],
        )
    )
    w(
        f'<div class="views" role="group" aria-label="{esc(labels["view"])}">'
        f'<button type="button" data-view="map" aria-pressed="true">{esc(labels["view_map"])}</button>'
        f'<button type="button" data-view="table" aria-pressed="false">{esc(labels["view_table"])}</button></div>'
    )
    shown = labels["shown"]
    w(f'<p id="shown" role="status" data-format="{esc(shown)}">{esc(shown.format(n=total, total=total))}</p>')
    w("</div>")

    w("<main>")
    w(
        f'<section id="map-view" aria-labelledby="map-heading"><h2 id="map-heading" class="vh">'
        f"{esc(labels['view_map'])}</h2>"
    )
    w(f'<p class="vh">{esc(labels["open_hint"])}</p>')
    w('<div class="scroll"><div class="map"><div class="grid">')
    w('<div class="lanes" aria-hidden="true"><div class="corner"></div>')
    for lane in project.lanes:
        w(f'<div class="lane-name"><strong>{esc(lane.name)}</strong></div>')
    w("</div>")
    for s_index, stage in enumerate(project.stages):
        w(
            f'<section class="stage ph-{stage.phase.value}" data-phase="{stage.phase.value}" '
            f'aria-labelledby="st-{s_index}">'
        )
        w(
            f'<div class="stage-head"><span class="phase">{esc(labels.phase(stage.phase))}</span>'
            f'<h3 id="st-{s_index}">{esc(stage.name.strip() or labels["untitled"])}</h3></div>'
        )
        for lane in project.lanes:
            cards = cells.get((stage.id, lane.id), [])
            w(f'<div class="cell"><h4 class="vh">{esc(lane.name)}</h4>')
            if cards:
                w('<ul class="cards">')
                for tp in cards:
                    names = [personas[pid] for pid in tp.personas]
                    w(_card(tp, stage.phase, stage.name, lane.name, names, labels))
                    tracker.step()
                w("</ul>")
            w("</div>")
        w("</section>")
    w("</div>")
    w(f'<figure class="curve">{_curve_svg(project, layout, labels, titles)}')
    w(
        f"<figcaption><details><summary>{esc(labels['curve_text'])}</summary>"
        f"{_curve_text(project, layout, labels)}</details></figcaption></figure>"
    )
    w("</div></div></section>")

    w('<section id="table-view" aria-labelledby="table-heading">')
    w(f'<h2 id="table-heading" class="vh">{esc(labels["view_table"])}</h2>')
    w(f"<table><caption>{esc(labels['table'])}</caption><thead><tr>")
    heads = ("phase", "stage", "lane", "touchpoint", "description", "channel", "control", "score", "moment_of_truth")
    w("".join(f'<th scope="col">{esc(labels[k])}</th>' for k in heads))
    w("</tr></thead><tbody>")
    for tp in tps:
        stage = stages[tp.stage_id]
        score = "" if tp.score is None else style.score_text(tp.score)
        star = f'<span role="img" aria-label="{esc(labels["yes"])}">\u2605</span>' if tp.moment_of_truth else ""
        w(
            f'<tr data-tp="{esc(tp.id)}" data-phase="{stage.phase.value}" data-channel="{tp.channel.value}" '
            f'data-control="{tp.control.value}">'
            f"<td>{esc(labels.phase(stage.phase))}</td><td>{esc(stage.name)}</td>"
            f"<td>{esc(lanes[tp.lane_id].name)}</td>"
            f'<th scope="row">{esc(titles[tp.id])}</th><td class="text">{esc(tp.description)}</td>'
            f"<td>{esc(labels.channel(tp.channel))}</td><td>{esc(labels.control(tp.control))}</td>"
            f'<td class="num">{score}</td>'
            f"<td>{star}</td></tr>"
        )
        tracker.step()
    w("</tbody></table></section>")
    w("</main>")

    w(
        f'<dialog id="detail" aria-labelledby="detail-title"><h2 id="detail-title"></h2><div id="detail-body"></div>'
        f'<p><button type="button" id="detail-close">{esc(labels["close"])}</button></p></dialog>'
    )
    w(f"<footer>{esc(labels['made_with'])} {esc(__version__)}</footer>")

    css = _css(project, layout, colors)
    head = (
        "<!DOCTYPE html>\n"
        f'<html lang="{esc(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{esc(content_security_policy(css, SCRIPT))}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="referrer" content="no-referrer">\n'
        f'<meta name="generator" content="cxmapper {esc(__version__)}">\n'
        f"<title>{esc(title)}</title>\n<style>{css}</style>\n</head>\n<body>\n"
    )
    tracker.finish()
    return head + "\n".join(out) + f"\n<script>{SCRIPT}</script>\n</body>\n</html>\n"


def export_html(
    project: Project,
    path: str | os.PathLike[str],
    options: ExportOptions | None = None,
    progress: Progress | None = None,
) -> None:
    """Write the web page atomically (no partial file on error or cancel)."""
    write_atomic(path, render_html(project, options, progress).encode("utf-8"))


__all__ = ["SCRIPT", "content_security_policy", "esc", "export_html", "render_html", "score_key"]
