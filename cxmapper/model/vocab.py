"""The controlled vocabulary of a journey map: phases, channels, control and ownership.

The values are the stable identifiers written to `.cxmap` files; human labels live elsewhere
(translations), so renaming a label never changes a file. Must not import Qt.
"""

from __future__ import annotations

import unicodedata
from enum import StrEnum


class Phase(StrEnum):
    """When, relative to the purchase, a stage happens (the source material's three moments)."""

    BEFORE = "before"
    DURING = "during"
    AFTER = "after"


class Channel(StrEnum):
    """Where the customer meets the brand; drawn from the source material's touchpoint lists."""

    ADVERTISING = "advertising"
    WORD_OF_MOUTH = "word_of_mouth"
    SEARCH = "search"
    WEBSITE = "website"
    SOCIAL_MEDIA = "social_media"
    REVIEWS = "reviews"
    PRESS = "press"
    CONTENT = "content"
    EVENTS = "events"
    PHYSICAL_STORE = "physical_store"
    FIELD_STAFF = "field_staff"
    MOBILE_APP = "mobile_app"
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    SALES_TEAM = "sales_team"
    PAYMENT = "payment"
    DELIVERY = "delivery"
    PACKAGING = "packaging"
    RETURNS = "returns"
    INVOICE = "invoice"
    SUPPORT = "support"
    SURVEY = "survey"
    LOYALTY = "loyalty"
    OTHER = "other"


class Control(StrEnum):
    """Whether the brand caused the touchpoint (intentional) or it happened without it."""

    INTENTIONAL = "intentional"
    UNINTENTIONAL = "unintentional"


class Ownership(StrEnum):
    """Who owns the touchpoint, after Lemon & Verhoef (2016)."""

    BRAND = "brand_owned"
    PARTNER = "partner_owned"
    CUSTOMER = "customer_owned"
    SOCIAL = "social_external"


class Level(StrEnum):
    """How much an opportunity would change (impact) or cost (effort): the planning matrix's axes."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


SCORE_MIN = -2
SCORE_MAX = 2


def fold_accents(text: str) -> str:
    """Text for accent- and case-insensitive matching: "Vídeo Ràdio" -> "video radio".

    Case-folded, then decomposed (NFKD) so accents become combining marks that are dropped. The
    one kernel behind the catalogue search, paste and import headers, and printed-label checks.
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))
