"""Help > How to map touchpoints: a short method guide for people new to journey maps.

Written for a shop owner or a workshop group, not for CX specialists: what a touchpoint is,
the three phases, intentional versus unintentional contact, rating each experience, moments
of truth, and how to turn the map into things the team will do.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class GuideDialog(QDialog):
    """A non-modal window with the guide, so it can stay open beside the map."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("How to Map Touchpoints"))
        self.setAccessibleName(self.tr("How to map touchpoints"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guideText")
        self.browser.setOpenExternalLinks(True)
        self.browser.setAccessibleName(self.tr("Guide text"))
        self.browser.setHtml(self.guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def guide_html(self) -> str:
        """The guide as HTML (one translatable block per section, so translators see context)."""
        parts = [
            self.tr(
                "<h2>How to map touchpoints</h2>"
                "<p>A <b>touchpoint</b> is any moment in which a customer comes into contact with your "
                "business: seeing an advert, reading a review, walking through the door, paying, getting "
                "an invoice, calling for help. A journey map lays these moments out in the order the "
                "customer lives them, so you can see the whole experience at once instead of one "
                "department at a time.</p>"
            ),
            self.tr(
                "<h3>1. Follow the purchase: before, during, after</h3>"
                "<p>Start with three columns. <b>Before the purchase</b> the customer discovers you and "
                "compares: adverts, word of mouth, search results, your website and social profiles, "
                "reviews, news and your own content. <b>During the purchase</b> they decide and buy: the "
                "shop floor, the staff who serve them, the online basket, questions to the sales team, "
                "payment, waiting for the delivery, opening the package, asking for an exchange. "
                "<b>After the purchase</b> the relationship continues: the invoice or service report, "
                "after-sales benefits, support, useful content, and the everyday use of what they "
                "bought. Split a column into several stages when it helps (for example "
                "<i>Discover</i> and <i>Compare</i>).</p>"
                "<p>Use the <b>Catalogue</b> on the left: double-click a typical touchpoint to add it, "
                "then rename it to match your business.</p>"
            ),
            self.tr(
                "<h3>2. Intentional or unintentional?</h3>"
                "<p><b>Intentional</b> touchpoints happen because you caused them: your adverts, your "
                "sales conversations, your customer service. <b>Unintentional</b> ones happen without "
                "you: a friend's recommendation, a stranger's review, a news story, a post you did not "
                "write. You control the first kind directly; with the second you can only listen, "
                "respond and give people good reasons to speak well of you. Mark each card so the map "
                "shows how much of the journey is in your hands.</p>"
            ),
            self.tr(
                "<h3>3. Rate each experience from &minus;2 to +2</h3>"
                "<p>Put yourself in the customer's shoes and give each touchpoint a score: <b>&minus;2</b> "
                "very bad, <b>&minus;1</b> bad, <b>0</b> neutral, <b>+1</b> good, <b>+2</b> very good. Base "
                "it on evidence when you have it (complaints, reviews, surveys, what staff hear every "
                "day). The map draws the scores as an experience curve: the dips are where customers "
                "get frustrated or give up. Leave a card unrated rather than guessing.</p>"
            ),
            self.tr(
                "<h3>4. Find the moments of truth</h3>"
                "<p>Some moments weigh more than others: the instant a customer decides to buy or to "
                "leave, the first time they use the product, how a problem is handled. A bad experience "
                "there can undo everything before it. Mark these cards as <b>moments of truth</b> and "
                "look at them first.</p>"
            ),
            self.tr(
                "<h3>5. Decide where the team can act</h3>"
                "<p>For each card, note whether the team <b>can influence it</b>, who <b>owns</b> it and "
                "how you will <b>measure</b> it (a KPI). Write the customer's pain points and your "
                "opportunities. Then choose a few low-scoring, high-influence moments and agree on "
                "concrete improvements: clearer information, a friendlier script, a faster "
                "refund. Keep everything consistent from one touchpoint to the next, adapt it to the "
                "customer where you can, and ask for feedback so the next version of the map is "
                "based on what customers actually say.</p>"
            ),
            self.tr(
                "<h3>Working in a workshop</h3>"
                "<p>Paste a table from a spreadsheet (title, stage or phase, channel, description, "
                "control, score) with Edit ▸ Paste to turn a group's notes into cards in one go, and "
                "print the map or the workshop cards from File ▸ Export.</p>"
            ),
        ]
        return "".join(parts)
