"""Cards in and out of the clipboard: spreadsheet rows (TSV) and cxmapper's own JSON.

Workshop notes usually live in a spreadsheet first, so Edit > Paste turns rows copied from
Excel, LibreOffice Calc or Google Sheets into cards, and Copy writes cards back as rows those
programs understand. Everything here is pure text-to-model work so it is tested without a
display; the editor only moves the strings to and from the clipboard. Must not import Qt.

Recognised columns, in this default order when the first row is not a header:
title, stage (a stage name or a phase word), channel, description, control, score.
Header words and values are understood in English, Spanish and Catalan.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Any

from pydantic import ValidationError

from cxmapper.model.project import LIST_MAX, TAG_MAX, TEXT_MAX, TITLE_MAX, Project, Touchpoint, new_id
from cxmapper.model.vocab import SCORE_MAX, SCORE_MIN, Channel, Control, Phase, fold_accents

#: The MIME type of cards copied inside cxmapper (JSON, see `cards_to_json`).
CARDS_MIME = "application/x-cxmapper-cards"
_JSON_FORMAT = "cxmapper-cards"
_JSON_VERSION = 1

COLUMNS = ("title", "stage", "channel", "description", "control", "score")


def _key(text: str) -> str:
    """Fold a cell for matching: lower case, no accents, single spaces, no punctuation at the ends."""
    plain = re.sub(r"[\s_\-/]+", " ", fold_accents(text))
    return plain.strip(" .:;,*()[]\"'")


def _table(words: dict[Any, Iterable[str]]) -> dict[str, Any]:
    return {_key(w): value for value, ws in words.items() for w in ws}


# Header words per column. Several spellings each, because people write headers by hand.
_HEADER_WORDS = _table(
    {
        "title": ("title", "touchpoint", "name", "título", "titulo", "punto de contacto", "nombre", "títol", "titol",
                  "punt de contacte", "nom"),
        "stage": ("stage", "phase", "step", "moment", "etapa", "fase", "paso", "momento", "pas"),
        "channel": ("channel", "canal", "medium", "medio", "mitjà"),
        "description": ("description", "descripción", "descripcion", "descripció", "descripcio", "details",
                        "detalles", "detalls"),
        "control": ("control", "type", "tipo", "tipus", "intentional", "intencional", "intencionat"),
        "score": ("score", "rating", "experience", "puntuación", "puntuacion", "valoración", "valoracion",
                  "experiencia", "puntuació", "puntuacio", "valoració", "valoracio", "experiència"),
    }
)  # fmt: skip

# Phase words, including the source material's "pre-purchase / purchase / post-purchase".
_PHASE_WORDS = _table(
    {
        Phase.BEFORE: ("before", "before the purchase", "before purchase", "pre purchase", "prepurchase",
                       "awareness", "antes", "antes de la compra", "precompra", "pre compra", "abans",
                       "abans de la compra"),
        Phase.DURING: ("during", "during the purchase", "during purchase", "purchase", "durante",
                       "durante la compra", "compra", "durant", "durant la compra"),
        Phase.AFTER: ("after", "after the purchase", "after purchase", "post purchase", "postpurchase",
                      "después", "despues", "después de la compra", "despues de la compra", "poscompra",
                      "postcompra", "post compra", "després", "despres", "després de la compra",
                      "despres de la compra"),
    }
)  # fmt: skip

# Channel labels in the three languages (the interface's own labels and common synonyms).
_CHANNEL_WORDS = _table(
    {
        Channel.ADVERTISING: ("advertising", "ads", "advert", "publicidad", "anuncios", "publicitat", "anuncis"),
        Channel.WORD_OF_MOUTH: ("word of mouth", "boca a boca", "boca oreja", "boca-orella", "boca orella"),
        Channel.SEARCH: ("search", "search engine", "seo", "sem", "google", "búsqueda", "buscador", "cerca",
                         "cercador"),
        Channel.WEBSITE: ("website", "web", "web site", "site", "sitio web", "página web", "lloc web",
                          "pàgina web"),
        Channel.SOCIAL_MEDIA: ("social media", "social", "social networks", "redes sociales", "xarxes socials"),
        Channel.REVIEWS: ("reviews", "ratings", "reseñas", "opiniones", "valoraciones", "ressenyes", "opinions"),
        Channel.PRESS: ("press", "news", "prensa", "noticias", "premsa", "notícies"),
        Channel.CONTENT: ("content", "blog", "contenido", "contingut"),
        Channel.EVENTS: ("events", "event", "fairs", "eventos", "ferias", "esdeveniments", "fires"),
        Channel.PHYSICAL_STORE: ("physical store", "store", "shop", "in store", "tienda", "tienda física",
                                 "botiga", "botiga física", "local"),
        Channel.FIELD_STAFF: ("field staff", "staff", "personal de campo", "personal", "personal de camp"),
        Channel.MOBILE_APP: ("mobile app", "app", "mobile", "aplicación", "aplicación móvil", "aplicació",
                             "aplicació mòbil"),
        Channel.PHONE: ("phone", "telephone", "call", "call centre", "call center", "teléfono", "llamada",
                        "telèfon", "trucada", "centre de trucades"),
        Channel.EMAIL: ("email", "e mail", "mail", "correo", "correo electrónico", "correu",
                        "correu electrònic"),
        Channel.CHAT: ("chat", "live chat", "whatsapp", "messaging", "mensajería", "missatgeria", "xat"),
        Channel.SALES_TEAM: ("sales team", "sales", "equipo de ventas", "ventas", "equip de vendes", "vendes"),
        Channel.PAYMENT: ("payment", "checkout", "pago", "pagament"),
        Channel.DELIVERY: ("delivery", "shipping", "entrega", "envío", "envio", "lliurament", "enviament"),
        Channel.PACKAGING: ("packaging", "unboxing", "empaque", "embalaje", "envase", "embalatge", "envàs"),
        Channel.RETURNS: ("returns", "return", "exchange", "devoluciones", "devolución", "cambios",
                          "devolucions", "devolució", "canvis"),
        Channel.INVOICE: ("invoice", "billing", "factura", "facturación", "facturació"),
        Channel.SUPPORT: ("support", "customer service", "customer support", "soporte", "atención al cliente",
                          "suport", "atenció al client"),
        Channel.SURVEY: ("survey", "feedback", "encuesta", "enquesta"),
        Channel.LOYALTY: ("loyalty", "loyalty programme", "loyalty program", "fidelización", "fidelizacion",
                          "fidelització", "fidelitzacio"),
        Channel.OTHER: ("other", "otro", "otros", "altre", "altres"),
    }
)  # fmt: skip

_CONTROL_WORDS = _table(
    {
        Control.INTENTIONAL: ("intentional", "intended", "planned", "intencional", "intencionado", "intencionat",
                              "yes", "sí", "si"),
        Control.UNINTENTIONAL: ("unintentional", "not intentional", "unintended", "unplanned", "no intencional",
                                "no intencionado", "no intencionat", "no"),
    }
)  # fmt: skip


# -- reading spreadsheet text --------------------------------------------------------------------


def parse_tsv(text: str) -> list[list[str]]:
    """Split clipboard text into rows of cells, the way spreadsheets write it.

    Cells are separated by tabs and rows by LF, CRLF or CR. A cell that starts with a double
    quote is quoted: it may contain tabs and newlines, and ``""`` stands for one quote (this is
    how Excel, LibreOffice and Google Sheets copy multi-line cells). Rows with no text at all
    are dropped, as is the trailing newline every spreadsheet adds.
    """
    rows: list[list[str]] = []
    row: list[str] = []
    cell: list[str] = []
    i, n = 0, len(text)
    at_cell_start = True
    while i < n:
        c = text[i]
        if at_cell_start and c == '"':
            # Quoted cell: read up to the closing quote; "" is an escaped quote.
            i += 1
            while i < n:
                if text[i] == '"':
                    if i + 1 < n and text[i + 1] == '"':
                        cell.append('"')
                        i += 2
                        continue
                    i += 1
                    break
                cell.append(text[i])
                i += 1
            at_cell_start = False
            continue
        if c == "\t":
            row.append("".join(cell))
            cell, at_cell_start = [], True
        elif c in "\r\n":
            row.append("".join(cell))
            rows.append(row)
            row, cell, at_cell_start = [], [], True
            if c == "\r" and i + 1 < n and text[i + 1] == "\n":
                i += 1
        else:
            cell.append(c)
            at_cell_start = False
        i += 1
    if cell or row:
        row.append("".join(cell))
        rows.append(row)
    # Quoted cells keep Windows line breaks inside; normalise them like the rows.
    cleaned = [[c.replace("\r\n", "\n").replace("\r", "\n") for c in r] for r in rows]
    return [r for r in cleaned if any(c.strip() for c in r)]


def header_columns(row: Sequence[str]) -> list[str | None] | None:
    """Return the column meaning of each cell if ``row`` is a header row, else None.

    A row is a header when at least two of its cells are known column names (in English,
    Spanish or Catalan), or when it is a single cell naming the title column: one matching
    word could be a real card called "Channel", two cannot.
    """
    found: list[str | None] = [_HEADER_WORDS.get(_key(cell)) for cell in row]
    known = [f for f in found if f is not None]
    if len(known) >= 2 or (len(row) == 1 and known == ["title"]):
        # A column named twice keeps its first place; later duplicates are ignored.
        seen: set[str] = set()
        out: list[str | None] = []
        for f in found:
            out.append(f if f is not None and f not in seen else None)
            if f is not None:
                seen.add(f)
        return out
    return None


def phase_from_text(text: str) -> Phase | None:
    """The phase a word names in any supported language ("antes", "Durant la compra"...)."""
    return _PHASE_WORDS.get(_key(text))


def channel_from_text(text: str) -> Channel | None:
    """The channel a cell names: its file value ("physical_store") or a label in any language."""
    key = _key(text)
    if not key:
        return None
    try:
        return Channel(key.replace(" ", "_"))
    except ValueError:
        return _CHANNEL_WORDS.get(key)


def control_from_text(text: str) -> Control | None:
    """Intentional or unintentional, from a value or label in any supported language."""
    return _CONTROL_WORDS.get(_key(text))


def score_from_text(text: str) -> int | None:
    """An experience score from "-2".."+2" (also with a typographic minus sign, "1.0", "+2 😀").

    Anything else, including an empty cell or a number out of range, means unrated.
    """
    match = re.match(r"^\s*([+\-\u2212]?)\s*(\d+)(?:[.,]0+)?(?![\d.,])", text)
    if not match:
        return None
    value = int(match.group(2)) * (-1 if match.group(1) in ("-", "\u2212") else 1)
    return value if SCORE_MIN <= value <= SCORE_MAX else None


def _stage_for(project: Project, text: str, default_stage_id: str) -> str:
    key = _key(text)
    if not key:
        return default_stage_id
    for stage in project.stages:
        if _key(stage.name) == key:
            return stage.id
    phase = phase_from_text(text)
    if phase is not None:
        for stage in project.stages:
            if stage.phase == phase:
                return stage.id
    return default_stage_id


class _CellCounter:
    """Hands out the next free position at the end of each cell, counting cards added so far."""

    def __init__(self, project: Project) -> None:
        self._next: dict[tuple[str, str], int] = defaultdict(int)
        for tp in project.touchpoints:
            key = (tp.stage_id, tp.lane_id)
            self._next[key] = max(self._next[key], tp.order + 1)

    def take(self, stage_id: str, lane_id: str) -> int:
        order = self._next[(stage_id, lane_id)]
        self._next[(stage_id, lane_id)] = order + 1
        return order


def touchpoints_from_tsv(
    text: str,
    project: Project,
    *,
    default_stage_id: str | None = None,
    lane_id: str | None = None,
) -> list[Touchpoint]:
    """Turn pasted spreadsheet rows into new cards for ``project`` (the project is not changed).

    Each row with a title becomes one card at the end of its cell, in row order. The stage
    column may name a stage of the map or a phase ("Before", "durante", "després"); otherwise
    the card goes to ``default_stage_id`` (the first stage when None). Unknown channels become
    "other", unknown scores "unrated". Over-long texts are cut to what the file format allows.

    Args:
        text: the clipboard text.
        project: the map the cards are for (stage names, ids and free positions).
        default_stage_id: where rows without a recognisable stage go.
        lane_id: the lane for every card (the first lane when None).
    """
    rows = parse_tsv(text)
    if not rows:
        return []
    columns: list[str | None] = list(COLUMNS)
    header = header_columns(rows[0])
    if header is not None:
        columns, rows = header, rows[1:]
    stage_default = default_stage_id or project.stages[0].id
    lane = lane_id or project.lanes[0].id
    counter = _CellCounter(project)
    cards: list[Touchpoint] = []
    for row in rows:
        values: dict[str, str] = {}
        for name, cell in zip(columns, row, strict=False):
            if name is not None and name not in values:
                values[name] = cell.strip()
        title = " ".join(values.get("title", "").split())[:TITLE_MAX]
        if not title:
            continue
        stage_id = _stage_for(project, values.get("stage", ""), stage_default)
        cards.append(
            Touchpoint(
                id=new_id("tp"),
                title=title,
                description=values.get("description", "")[:TEXT_MAX],
                stage_id=stage_id,
                lane_id=lane,
                order=counter.take(stage_id, lane),
                channel=channel_from_text(values.get("channel", "")) or Channel.OTHER,
                control=control_from_text(values.get("control", "")) or Control.INTENTIONAL,
                score=score_from_text(values.get("score", "")),
            )
        )
    return cards


# -- writing spreadsheet text ----------------------------------------------------------------------


def _tsv_cell(text: str) -> str:
    if any(c in text for c in '\t\n\r"'):
        return '"' + text.replace('"', '""') + '"'
    return text


def touchpoints_to_tsv(cards: Iterable[Touchpoint], project: Project) -> str:
    """Write cards as spreadsheet rows under an English header row that `touchpoints_from_tsv` reads back."""
    lines = ["\t".join(COLUMNS)]
    for tp in cards:
        score = "" if tp.score is None else f"{tp.score:+d}" if tp.score else "0"
        cells = (tp.title, project.stage(tp.stage_id).name, tp.channel.value, tp.description, tp.control.value, score)
        lines.append("\t".join(_tsv_cell(c) for c in cells))
    return "\r\n".join(lines) + "\r\n"


# -- cxmapper's own clipboard format ---------------------------------------------------------------


def cards_to_json(cards: Iterable[Touchpoint]) -> str:
    """Serialise cards for the clipboard, with every field, so a paste loses nothing."""
    payload = {
        "format": _JSON_FORMAT,
        "version": _JSON_VERSION,
        "cards": [tp.model_dump(mode="json") for tp in cards],
    }
    return json.dumps(payload, ensure_ascii=False)


def cards_from_json(text: str, project: Project) -> list[Touchpoint]:
    """Recreate copied cards for ``project`` with new ids, at the end of their cells.

    Cards copied from another map may name stages, lanes or personas this map lacks: they go
    to the first stage or lane, and unknown personas are dropped. Malformed data gives an
    empty list, since a clipboard can hold anything.
    """
    try:
        payload = json.loads(text)
    except (json.JSONDecodeError, RecursionError):
        return []
    if not isinstance(payload, dict) or payload.get("format") != _JSON_FORMAT:
        return []
    raw_cards = payload.get("cards")
    if not isinstance(raw_cards, list):
        return []
    stage_ids = {s.id for s in project.stages}
    lane_ids = {lane.id for lane in project.lanes}
    persona_ids = {p.id for p in project.personas}
    counter = _CellCounter(project)
    cards: list[Touchpoint] = []
    for raw in raw_cards:
        if not isinstance(raw, dict):
            continue
        try:
            tp = Touchpoint.model_validate(raw)
        except ValidationError:
            continue
        stage_id = tp.stage_id if tp.stage_id in stage_ids else project.stages[0].id
        lane_id = tp.lane_id if tp.lane_id in lane_ids else project.lanes[0].id
        cards.append(
            tp.model_copy(
                update={
                    "id": new_id("tp"),
                    "stage_id": stage_id,
                    "lane_id": lane_id,
                    "order": counter.take(stage_id, lane_id),
                    "personas": [p for p in tp.personas if p in persona_ids],
                }
            )
        )
    return cards


def parse_tags(text: str) -> list[str]:
    """Split a comma-separated tag field into clean, unique tags (as the inspector edits them)."""
    tags: list[str] = []
    for part in text.split(","):
        tag = " ".join(part.split())[:TAG_MAX]
        if tag and tag not in tags:
            tags.append(tag)
    return tags[:LIST_MAX]


__all__ = [
    "CARDS_MIME",
    "COLUMNS",
    "cards_from_json",
    "cards_to_json",
    "channel_from_text",
    "control_from_text",
    "header_columns",
    "parse_tags",
    "parse_tsv",
    "phase_from_text",
    "score_from_text",
    "touchpoints_from_tsv",
    "touchpoints_to_tsv",
]
