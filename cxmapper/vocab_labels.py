"""Human labels for the model's vocabulary, in the interface language.

The model stores stable identifiers (``physical_store``, ``before``); these functions give the
words people read on the canvas and in every widget. Each string is a literal inside
``QCoreApplication.translate`` under the "Vocabulary" context, so lupdate finds them and one
translation serves both. It sits below `cxmapper.canvas` and `cxmapper.ui` (the arrows point
ui -> canvas -> here) and depends on QtCore only.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxmapper.model.vocab import Channel, Control, Level, Ownership, Phase


def phase_label(phase: Phase) -> str:
    """The name of a purchase phase, e.g. "Before the purchase"."""
    return {
        Phase.BEFORE: QCoreApplication.translate("Vocabulary", "Before the purchase"),
        Phase.DURING: QCoreApplication.translate("Vocabulary", "During the purchase"),
        Phase.AFTER: QCoreApplication.translate("Vocabulary", "After the purchase"),
    }[phase]


def channel_label(channel: Channel) -> str:
    """The name of a channel as shown in menus and the catalogue."""
    return {
        Channel.ADVERTISING: QCoreApplication.translate("Vocabulary", "Advertising"),
        Channel.WORD_OF_MOUTH: QCoreApplication.translate("Vocabulary", "Word of mouth"),
        Channel.SEARCH: QCoreApplication.translate("Vocabulary", "Search engines"),
        Channel.WEBSITE: QCoreApplication.translate("Vocabulary", "Website"),
        Channel.SOCIAL_MEDIA: QCoreApplication.translate("Vocabulary", "Social media"),
        Channel.REVIEWS: QCoreApplication.translate("Vocabulary", "Reviews and ratings"),
        Channel.PRESS: QCoreApplication.translate("Vocabulary", "Press and news"),
        Channel.CONTENT: QCoreApplication.translate("Vocabulary", "Content"),
        Channel.EVENTS: QCoreApplication.translate("Vocabulary", "Events and fairs"),
        Channel.PHYSICAL_STORE: QCoreApplication.translate("Vocabulary", "Physical store"),
        Channel.FIELD_STAFF: QCoreApplication.translate("Vocabulary", "Field staff"),
        Channel.MOBILE_APP: QCoreApplication.translate("Vocabulary", "Mobile app"),
        Channel.PHONE: QCoreApplication.translate("Vocabulary", "Phone"),
        Channel.EMAIL: QCoreApplication.translate("Vocabulary", "Email"),
        Channel.CHAT: QCoreApplication.translate("Vocabulary", "Chat and messaging"),
        Channel.SALES_TEAM: QCoreApplication.translate("Vocabulary", "Sales team"),
        Channel.PAYMENT: QCoreApplication.translate("Vocabulary", "Payment"),
        Channel.DELIVERY: QCoreApplication.translate("Vocabulary", "Delivery"),
        Channel.PACKAGING: QCoreApplication.translate("Vocabulary", "Packaging"),
        Channel.RETURNS: QCoreApplication.translate("Vocabulary", "Returns and exchanges"),
        Channel.INVOICE: QCoreApplication.translate("Vocabulary", "Invoice"),
        Channel.SUPPORT: QCoreApplication.translate("Vocabulary", "Customer support"),
        Channel.SURVEY: QCoreApplication.translate("Vocabulary", "Surveys and feedback"),
        Channel.LOYALTY: QCoreApplication.translate("Vocabulary", "Loyalty programme"),
        Channel.OTHER: QCoreApplication.translate("Vocabulary", "Other"),
    }[channel]


def control_label(control: Control) -> str:
    """Whether the brand caused the touchpoint."""
    return {
        Control.INTENTIONAL: QCoreApplication.translate("Vocabulary", "Intentional (caused by the brand)"),
        Control.UNINTENTIONAL: QCoreApplication.translate("Vocabulary", "Unintentional (happens without the brand)"),
    }[control]


def control_short_label(control: Control) -> str:
    """The one word for a choice button ("Intentional"); `control_hint` says what it means."""
    return {
        Control.INTENTIONAL: QCoreApplication.translate("Vocabulary", "Intentional"),
        Control.UNINTENTIONAL: QCoreApplication.translate("Vocabulary", "Unintentional"),
    }[control]


def control_hint(control: Control) -> str:
    """What a control value means, in a shop owner's words, with examples."""
    return {
        Control.INTENTIONAL: QCoreApplication.translate(
            "Vocabulary", "You make it happen: your adverts, your shop, your staff, your messages."
        ),
        Control.UNINTENTIONAL: QCoreApplication.translate(
            "Vocabulary", "It happens without you: reviews, word of mouth, the press, other people's posts."
        ),
    }[control]


def ownership_label(ownership: Ownership) -> str:
    """Who runs the touchpoint, in plain words (`ownership_term` is the specialist's name)."""
    return {
        Ownership.BRAND: QCoreApplication.translate("Vocabulary", "Your business"),
        Ownership.PARTNER: QCoreApplication.translate("Vocabulary", "A partner"),
        Ownership.CUSTOMER: QCoreApplication.translate("Vocabulary", "The customer"),
        Ownership.SOCIAL: QCoreApplication.translate("Vocabulary", "Other people"),
    }[ownership]


def ownership_term(ownership: Ownership) -> str:
    """The ownership model's technical term (Lemon & Verhoef), for tooltips."""
    return {
        Ownership.BRAND: QCoreApplication.translate("Vocabulary", "Brand-owned"),
        Ownership.PARTNER: QCoreApplication.translate("Vocabulary", "Partner-owned"),
        Ownership.CUSTOMER: QCoreApplication.translate("Vocabulary", "Customer-owned"),
        Ownership.SOCIAL: QCoreApplication.translate("Vocabulary", "Social / external"),
    }[ownership]


def ownership_hint(ownership: Ownership) -> str:
    """What an ownership value means, with examples, for a tooltip next to `ownership_term`."""
    return {
        Ownership.BRAND: QCoreApplication.translate("Vocabulary", "Your business designs and runs it."),
        Ownership.PARTNER: QCoreApplication.translate(
            "Vocabulary", "A partner runs it for you: the courier, the bank, a booking platform."
        ),
        Ownership.CUSTOMER: QCoreApplication.translate(
            "Vocabulary", "The customer does it on their own, such as using the product at home."
        ),
        Ownership.SOCIAL: QCoreApplication.translate(
            "Vocabulary", "Other people: reviewers, friends and family, journalists."
        ),
    }[ownership]


def level_label(level: Level | None) -> str:
    """An opportunity's impact or effort: "Low", "Medium", "High", or "Not rated"."""
    if level is None:
        return QCoreApplication.translate("Vocabulary", "Not rated")
    return {
        Level.LOW: QCoreApplication.translate("Vocabulary", "Low"),
        Level.MEDIUM: QCoreApplication.translate("Vocabulary", "Medium"),
        Level.HIGH: QCoreApplication.translate("Vocabulary", "High"),
    }[level]


def score_label(score: int | None) -> str:
    """The experience a score stands for, with its number, e.g. "+1 Good"."""
    if score is None:
        return QCoreApplication.translate("Vocabulary", "Not rated")
    words = {
        -2: QCoreApplication.translate("Vocabulary", "Very bad"),
        -1: QCoreApplication.translate("Vocabulary", "Bad"),
        0: QCoreApplication.translate("Vocabulary", "Neutral"),
        1: QCoreApplication.translate("Vocabulary", "Good"),
        2: QCoreApplication.translate("Vocabulary", "Very good"),
    }
    return f"{score_number(score)}  {words[score]}"


def score_number(score: float) -> str:
    """A score with its sign and a real minus sign ("\u22122", "0", "+1.5"), for legibility.

    Averages (the experience curve's stage markers) keep up to one decimal.
    """
    text = f"{abs(score):.1f}".rstrip("0").rstrip(".") if score != int(score) else str(abs(int(score)))
    if score < 0:
        return "\u2212" + text
    return "+" + text if score > 0 else "0"


LANGUAGE_NAMES = {"en": "English", "es": "Español", "ca": "Català"}
"""Map languages in their own names (never translated: people look for their own language)."""


def short_text(text: str, limit: int = 40) -> str:
    """One line of at most ``limit`` characters, with an ellipsis when cut (undo step names)."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
