"""The bundled catalogue of typical touchpoints and the sample maps (templates).

Both are data files under ``cxmapper.resources`` read with importlib.resources, so they are
found the same way from a checkout, a wheel or a frozen bundle. Must not import Qt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from cxmapper.model.project import TITLE_MAX, Project, Touchpoint, new_id, utc_now
from cxmapper.model.storage import loads
from cxmapper.model.vocab import Channel, Control, Ownership, Phase, fold_accents

LANGUAGES = ("en", "es", "ca")
TEMPLATES = ("blank", "clothing-shop", "beauty-salon")


def resource(*parts: str) -> Traversable:
    """Return a bundled resource file or folder, e.g. ``resource("catalog", "catalog.json")``."""
    node = resources.files("cxmapper.resources")
    for part in parts:
        node = node.joinpath(part)
    return node


@dataclass(frozen=True)
class CatalogEntry:
    """A typical touchpoint a user can drop on a map, named in every supported language."""

    id: str
    phase: Phase
    channel: Channel
    control: Control
    ownership: Ownership
    titles: dict[str, str]
    descriptions: dict[str, str]
    #: Everyday words people type for this entry ("whatsapp", "maps", "foto"), per language.
    keywords: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def title(self, lang: str) -> str:
        """The entry's name in ``lang`` (English when that language is missing)."""
        return self.titles.get(lang) or self.titles["en"]

    def description(self, lang: str) -> str:
        """The entry's one-line description in ``lang`` (English when missing)."""
        return self.descriptions.get(lang) or self.descriptions["en"]

    def search_text(self, langs: Iterable[str]) -> str:
        """Everything a search may match, folded (see `fold`).

        Titles and descriptions count in ``langs`` (the map's and the interface's language);
        keywords in every language, because they are brand names and everyday words a user
        types whatever language the map is in ("whatsapp", "factura").
        """
        parts = [self.channel.value.replace("_", " ")]
        for lang in dict.fromkeys(langs):
            parts += (self.title(lang), self.description(lang))
        for words in self.keywords.values():
            parts += words
        return fold(" | ".join(parts))

    def touchpoint(self, tp_id: str, lang: str, stage_id: str, lane_id: str, order: int) -> Touchpoint:
        """A new card ``tp_id`` made from this entry, in ``lang``.

        The card links back to the entry instead of copying its description: the generic text
        ("Banners and sponsored posts...") is a suggestion the inspector shows greyed until the
        user writes their own, and no export prints it as if the user had written it.
        """
        return Touchpoint(
            id=tp_id,
            title=self.title(lang)[:TITLE_MAX],
            catalogue_id=self.id,
            stage_id=stage_id,
            lane_id=lane_id,
            order=order,
            channel=self.channel,
            control=self.control,
            ownership=self.ownership,
        )


@cache
def catalog() -> tuple[CatalogEntry, ...]:
    """Return the catalogue, read once per process."""
    data = json.loads(resource("catalog", "catalog.json").read_text(encoding="utf-8"))
    return tuple(
        CatalogEntry(
            id=e["id"],
            phase=Phase(e["phase"]),
            channel=Channel(e["channel"]),
            control=Control(e["control"]),
            ownership=Ownership(e.get("ownership", Ownership.BRAND.value)),
            titles=dict(e["title"]),
            descriptions=dict(e["description"]),
            keywords={lang: tuple(words) for lang, words in e.get("keywords", {}).items()},
        )
        for e in data["entries"]
    )


@cache
def catalog_by_id() -> dict[str, CatalogEntry]:
    """The catalogue keyed by entry id, for constant-time look-ups from cards."""
    return {e.id: e for e in catalog()}


def catalog_entry(entry_id: str | None) -> CatalogEntry | None:
    """The entry with this id, or None (no id, or an entry a newer catalogue removed)."""
    return catalog_by_id().get(entry_id) if entry_id else None


def suggested_description(tp: Touchpoint, lang: str) -> str:
    """The catalogue's generic description for a card made from it, as a hint ("" if none).

    Only a hint: the card's own ``description`` is what the user wrote, and exports print that.
    """
    entry = catalog_entry(tp.catalogue_id)
    return entry.description(lang) if entry is not None else ""


def fold(text: str) -> str:
    """Text for accent- and case-insensitive matching: "Vídeo Ràdio" -> "video radio".

    Case-folded, then decomposed (NFKD) so accents become combining marks that are dropped;
    a user typing "telefono" or "FACTURACIÓ" finds "teléfono" and "facturació".
    """
    return fold_accents(text)


def _variants(word: str) -> tuple[str, ...]:
    """A typed word and its singular, so "photos", "fotos" and "reseñas" find "photo"/"reseña"."""
    if len(word) > 4 and word.endswith("es"):
        return (word, word[:-1], word[:-2])
    if len(word) > 3 and word.endswith("s"):
        return (word, word[:-1])
    return (word,)


def matches(query: str, haystack: str) -> bool:
    """Whether every word of ``query`` occurs in the folded ``haystack`` (a `search_text`).

    An empty query matches everything.
    """
    return all(any(v in haystack for v in _variants(word)) for word in fold(query).split())


#: Channels whose touchpoints usually happen without the brand: other people speak (the seeds'
#: "unintentional" examples are reviews, word of mouth and the press).
_UNINTENTIONAL_CHANNELS = frozenset({Channel.WORD_OF_MOUTH, Channel.REVIEWS, Channel.PRESS})


def usual_control(channel: Channel) -> Control:
    """Whether a touchpoint of ``channel`` is usually caused by the brand."""
    return Control.UNINTENTIONAL if channel in _UNINTENTIONAL_CHANNELS else Control.INTENTIONAL


def usual_ownership(channel: Channel) -> Ownership:
    """Who usually owns a touchpoint of ``channel`` (other people for reviews, word of mouth, press)."""
    return Ownership.SOCIAL if channel in _UNINTENTIONAL_CHANNELS else Ownership.BRAND


def channel_change(tp: Touchpoint, channel: Channel) -> dict[str, object]:
    """The field changes for giving ``tp`` a new channel, with control following it.

    A card's control (and ownership) follow its channel's usual value until the user sets
    them. The file keeps no "set by hand" flag; the value itself tells: while it equals the
    usual value for the card's *old* channel, nobody chose otherwise, so it moves to the new
    channel's usual value in the same edit (one undo step). A value the user changed differs
    from the old channel's usual one and stays. The one case this cannot tell apart, a user
    who deliberately picked the usual value, loses nothing: that choice agreed with the old
    channel, and the new channel's usual value is the better guess for the new channel.
    """
    changes: dict[str, object] = {"channel": channel}
    if tp.control == usual_control(tp.channel) and tp.control != usual_control(channel):
        changes["control"] = usual_control(channel)
    if tp.ownership == usual_ownership(tp.channel) and tp.ownership != usual_ownership(channel):
        changes["ownership"] = usual_ownership(channel)
    return changes


def template_resource(name: str, lang: str) -> Traversable:
    """The sample file for ``name`` in ``lang``, falling back to English."""
    if name not in TEMPLATES:
        raise ValueError(f"unknown template {name!r}; choose one of: {', '.join(TEMPLATES)}")
    localized = resource("samples", f"{name}.{lang}.cxmap")
    return localized if localized.is_file() else resource("samples", f"{name}.cxmap")


def template(name: str, lang: str = "en") -> Project:
    """Return a fresh copy of a sample map, with a new id and today's timestamps."""
    source = template_resource(name, lang)
    project = loads(source.read_bytes(), source.name)
    now = utc_now()
    return project.model_copy(update={"id": new_id("map"), "created": now, "modified": now})
