"""Help > How to map touchpoints: a short method guide for people new to journey maps.

Written for a shop owner or a workshop group, not for CX specialists: what a touchpoint is,
the three phases, intentional versus unintentional contact, rating each experience, moments
of truth, how to turn the map into things the team will do, and what each field of a card
means in one line (with the specialists' term beside the plain one).
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
                "then rename it to match your business. Search it with everyday words (WhatsApp, "
                "photos, invoice); when nothing matches, Enter adds what you typed as your own card.</p>"
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
                "<h3>The card's fields, one line each</h3>"
                "<p>The Inspector shows the questions of the exercise first; the rest is under "
                "<i>More details</i>. Specialists' terms are in brackets.</p>"
                "<ul>"
                "<li><b>Name</b>: a short name for the moment, as your customers would say it.</li>"
                "<li><b>When</b> (stage): the column of the map, before, during or after the purchase.</li>"
                "<li><b>Row</b> (lane): an optional row, for example one per type of customer.</li>"
                "<li><b>Where</b> (channel): where the customer meets you: the shop, the phone, WhatsApp…</li>"
                "<li><b>Do you make it happen?</b> (intentional or unintentional): did you cause it, or "
                "does it happen without you?</li>"
                "<li><b>My team can influence it</b>: tick it when your team can change how it goes.</li>"
                "<li><b>How it feels to the customer</b> (experience score): from &minus;2, very bad, to "
                "+2, very good.</li>"
                "<li><b>What happens</b> (description): in your own words; grey text is only the "
                "catalogue's suggestion and is never printed.</li>"
                "<li><b>Moment of truth</b>: a moment that decides whether the customer buys or comes "
                "back.</li>"
                "<li><b>What the customer does</b> and <b>What the customer thinks and feels</b>: the "
                "moment seen from their side.</li>"
                "<li><b>Pain points</b>: what annoys or blocks them; <b>Opportunities</b>: what you "
                "could do better.</li>"
                "<li><b>Who runs it</b> (ownership: brand-, partner- or customer-owned, social / "
                "external): your business, a partner such as the courier or the bank, the customer, "
                "or other people.</li>"
                "<li><b>Person in charge</b> (owner): who in the team looks after it.</li>"
                "<li><b>How you measure it</b> (KPI, key performance indicator): a number to watch, "
                "such as the average rating.</li>"
                "<li><b>Customer types</b> (personas), <b>Tags</b>, <b>Notes</b> and <b>Colour</b>: to "
                "sort, filter and remember.</li>"
                "</ul>"
            ),
            # Its own message, so that the list above keeps its translations.
            self.tr(
                "<ul><li><b>Impact</b> and <b>Effort</b>: how much acting on the opportunities would "
                "help, and how much it would cost, from low to high; the Insight panel lists the quick "
                "wins, much help for little effort, first.</li></ul>"
            ),
            self.tr(
                "<h3>Working in a workshop</h3>"
                "<p>Paste a table from a spreadsheet (title, stage or phase, channel, description, "
                "control, score) with Edit ▸ Paste to turn a group's notes into cards in one go, and "
                "print the map or the workshop cards from File ▸ Export.</p>"
            ),
        ]
        return "".join(parts)
