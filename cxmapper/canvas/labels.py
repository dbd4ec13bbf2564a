"""Words the canvas shows that are not the user's own text, in the interface language.

Phases use the "Phase" translation context (the stage headers' label); channel, control and
score words use the "Vocabulary" context with the same source strings as the main window's
labels, so one translation serves both. The canvas cannot import `cxmapper.ui` (the arrows
point ui -> canvas), hence this small module of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cxmapper.model.vocab import Channel, Control, Phase

#: The translation context of `tr`. lupdate files a ``labels.tr("...")`` call under the name
#: before the dot, so the strings are looked up under that same name at run time. Call it as
#: ``labels.tr("literal")`` (never ``tr(...)`` imported bare, which lupdate files under no context).
CONTEXT = "labels"


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a canvas string for items that are not QObjects; call as ``labels.tr("...")``.

    Like Qt's ``tr``, a count ``n`` picks the plural form and replaces ``%n`` in the text.
    """
    return QCoreApplication.translate(CONTEXT, text, disambiguation, n)


def phase_label(phase: Phase) -> str:
    """The name of a purchase phase, e.g. "Before the purchase"."""
    return {
        Phase.BEFORE: QCoreApplication.translate("Phase", "Before the purchase"),
        Phase.DURING: QCoreApplication.translate("Phase", "During the purchase"),
        Phase.AFTER: QCoreApplication.translate("Phase", "After the purchase"),
    }[phase]


def channel_label(channel: Channel) -> str:
    """The short name of a channel shown at the foot of a card."""
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
    """Whether the brand caused the touchpoint (the dot/ring mark's tooltip)."""
    return {
        Control.INTENTIONAL: QCoreApplication.translate("Vocabulary", "Intentional (caused by the brand)"),
        Control.UNINTENTIONAL: QCoreApplication.translate("Vocabulary", "Unintentional (happens without the brand)"),
    }[control]


def score_number(score: float) -> str:
    """A score with its sign and a real minus sign ("\u22122", "0", "+1.5")."""
    text = f"{abs(score):.1f}".rstrip("0").rstrip(".") if score != int(score) else str(abs(int(score)))
    if score < 0:
        return "\u2212" + text
    return "+" + text if score > 0 else "0"


def score_label(score: int | None) -> str:
    """The experience a score stands for, with its number, e.g. "+1  Good"."""
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
