"""Every word an export prints that is not the user's own text, in English, Spanish and Catalan.

A plain dict keyed by language rather than Qt's translator: the command line exports on a
server without Qt, and a printed map must not change language with the desktop's locale.
Pure Python; must not import Qt or ReportLab.
"""

from __future__ import annotations

from datetime import date

from cxmapper.model.vocab import Channel, Control, Ownership, Phase

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "map": "Customer journey map",
        "table": "Touchpoints",
        "cards": "Workshop cards",
        "blank_cards": "Blank cards",
        "overview": "Poster assembly",
        "phase": "Phase",
        "stage": "Stage",
        "lane": "Lane",
        "touchpoint": "Touchpoint",
        "description": "Description",
        "channel": "Channel",
        "control": "Control",
        "score": "Score",
        "title": "Title",
        "brand": "Brand",
        "author": "Author",
        "date": "Date",
        "personas": "Personas",
        "legend": "Legend",
        "experience": "Experience",
        "stage_average": "Stage average",
        "moment_of_truth": "Moment of truth",
        "not_rated": "Not rated",
        "page": "Page {n} of {total}",
        "sheet": "Row {row}, Column {col}",
        "sheet_short": "R{row} C{col}",
        "untitled": "(untitled)",
        "cut_here": "Cut along the dashed lines",
        "poster_info": "{cols} \u00d7 {rows} sheets of {paper} {orientation} · {scale:.0f} % · "
        "overlap {overlap:.0f} mm · "
        "poster {width:.0f} \u00d7 {height:.0f} mm",
        "poster_help": "Trim each sheet along its crop marks on the sides that overlap a neighbour, lay it over "
        "the shaded strip of that neighbour so the registration marks meet, and glue or tape it. "
        "Assemble row by row, from the top left.",
        "portrait": "portrait",
        "landscape": "landscape",
        "pain_points": "Pain points",
        "opportunities": "Opportunities",
        "notes": "Notes",
        "stage_short": "Stage",
        "summary": "Summary",
        "summary_title": "What the map says",
        "fig_touchpoints": "Touchpoints",
        "fig_influence": "Your team can influence",
        "fig_average": "Average score",
        "fig_scored": "{scored} of {total} scored",
        "per_phase": "Touchpoints per phase",
        "per_channel": "Touchpoints per channel",
        "more_channels": "+ {n} more channels ({count} touchpoints)",
        "curve_title": "Experience curve (stage averages)",
        "no_scores": "No touchpoint is scored yet.",
        "priorities": "Top priorities: the lowest-scored touchpoints",
        "negative_moments": "Moments of truth with a negative score",
        "no_negative": "No touchpoint has a negative score.",
        "no_negative_moments": "No moment of truth has a negative score.",
        "more": "+ {n} more",
        "matrix_title": "Impact and effort",
        "matrix_note": "Opportunities, quick wins first",
        "no_opportunities": "No touchpoint has an opportunity written down yet.",
        "unrated_actions": "{n} without impact or effort yet",
        "persona": "Persona",
        "persona_faded": "faded cards concern other personas",
    },
    "es": {
        "map": "Mapa del recorrido del cliente",
        "table": "Puntos de contacto",
        "cards": "Tarjetas de taller",
        "blank_cards": "Tarjetas en blanco",
        "overview": "Montaje del póster",
        "phase": "Fase",
        "stage": "Etapa",
        "lane": "Carril",
        "touchpoint": "Punto de contacto",
        "description": "Descripción",
        "channel": "Canal",
        "control": "Control",
        "score": "Puntuación",
        "title": "Título",
        "brand": "Marca",
        "author": "Autoría",
        "date": "Fecha",
        "personas": "Perfiles",
        "legend": "Leyenda",
        "experience": "Experiencia",
        "stage_average": "Media de la etapa",
        "moment_of_truth": "Momento de la verdad",
        "not_rated": "Sin puntuar",
        "page": "Página {n} de {total}",
        "sheet": "Fila {row}, columna {col}",
        "sheet_short": "F{row} C{col}",
        "untitled": "(sin título)",
        "cut_here": "Recorta por las líneas discontinuas",
        "poster_info": "{cols} \u00d7 {rows} hojas {paper} en {orientation} · {scale:.0f} % · "
        "solape {overlap:.0f} mm · "
        "póster de {width:.0f} \u00d7 {height:.0f} mm",
        "poster_help": "Recorta cada hoja por sus marcas de corte en los lados que se solapan con una vecina, "
        "colócala sobre la franja sombreada de la vecina de modo que coincidan las marcas de registro, y "
        "pégala. Monta fila a fila, empezando arriba a la izquierda.",
        "portrait": "vertical",
        "landscape": "horizontal",
        "pain_points": "Puntos de dolor",
        "opportunities": "Oportunidades",
        "notes": "Notas",
        "stage_short": "Etapa",
        "summary": "Resumen",
        "summary_title": "Lo que dice el mapa",
        "fig_touchpoints": "Puntos de contacto",
        "fig_influence": "Tu equipo puede influir",
        "fig_average": "Puntuación media",
        "fig_scored": "{scored} de {total} puntuados",
        "per_phase": "Puntos de contacto por fase",
        "per_channel": "Puntos de contacto por canal",
        "more_channels": "+ {n} canales más ({count} puntos de contacto)",
        "curve_title": "Curva de experiencia (media por etapa)",
        "no_scores": "Aún no hay ningún punto de contacto puntuado.",
        "priorities": "Prioridades: los puntos de contacto peor puntuados",
        "negative_moments": "Momentos de la verdad con puntuación negativa",
        "no_negative": "Ningún punto de contacto tiene puntuación negativa.",
        "no_negative_moments": "Ningún momento de la verdad tiene puntuación negativa.",
        "more": "+ {n} más",
        "matrix_title": "Impacto y esfuerzo",
        "matrix_note": "Oportunidades, primero las victorias rápidas",
        "no_opportunities": "Aún no hay ningún punto de contacto con una oportunidad escrita.",
        "unrated_actions": "{n} aún sin impacto o esfuerzo",
        "persona": "Perfil",
        "persona_faded": "las tarjetas atenuadas son de otros perfiles",
    },
    "ca": {
        "map": "Mapa del viatge del client",
        "table": "Punts de contacte",
        "cards": "Targetes de taller",
        "blank_cards": "Targetes en blanc",
        "overview": "Muntatge del pòster",
        "phase": "Fase",
        "stage": "Etapa",
        "lane": "Carril",
        "touchpoint": "Punt de contacte",
        "description": "Descripció",
        "channel": "Canal",
        "control": "Control",
        "score": "Puntuació",
        "title": "Títol",
        "brand": "Marca",
        "author": "Autoria",
        "date": "Data",
        "personas": "Perfils",
        "legend": "Llegenda",
        "experience": "Experiència",
        "stage_average": "Mitjana de l'etapa",
        "moment_of_truth": "Moment de la veritat",
        "not_rated": "Sense puntuar",
        "page": "Pàgina {n} de {total}",
        "sheet": "Fila {row}, columna {col}",
        "sheet_short": "F{row} C{col}",
        "untitled": "(sense títol)",
        "cut_here": "Retalla per les línies discontínues",
        "poster_info": "{cols} \u00d7 {rows} fulls {paper} en {orientation} · {scale:.0f} % · "
        "encavalcament {overlap:.0f} mm · "
        "pòster de {width:.0f} \u00d7 {height:.0f} mm",
        "poster_help": "Retalla cada full per les marques de tall dels costats que s'encavalquen amb un veí, "
        "posa'l sobre la franja ombrejada del veí de manera que les marques de registre coincideixin, i "
        "enganxa'l. Munta fila a fila, començant a dalt a l'esquerra.",
        "portrait": "vertical",
        "landscape": "horitzontal",
        "pain_points": "Punts de dolor",
        "opportunities": "Oportunitats",
        "notes": "Notes",
        "stage_short": "Etapa",
        "summary": "Resum",
        "summary_title": "El que diu el mapa",
        "fig_touchpoints": "Punts de contacte",
        "fig_influence": "El vostre equip hi pot influir",
        "fig_average": "Puntuació mitjana",
        "fig_scored": "{scored} de {total} puntuats",
        "per_phase": "Punts de contacte per fase",
        "per_channel": "Punts de contacte per canal",
        "more_channels": "+ {n} canals més ({count} punts de contacte)",
        "curve_title": "Corba d'experiència (mitjana per etapa)",
        "no_scores": "Encara no hi ha cap punt de contacte puntuat.",
        "priorities": "Prioritats: els punts de contacte pitjor puntuats",
        "negative_moments": "Moments de la veritat amb puntuació negativa",
        "no_negative": "Cap punt de contacte no té puntuació negativa.",
        "no_negative_moments": "Cap moment de la veritat no té puntuació negativa.",
        "more": "+ {n} més",
        "matrix_title": "Impacte i esforç",
        "matrix_note": "Oportunitats, primer les victòries ràpides",
        "no_opportunities": "Encara no hi ha cap punt de contacte amb una oportunitat escrita.",
        "unrated_actions": "{n} encara sense impacte o esforç",
        "persona": "Perfil",
        "persona_faded": "les targetes atenuades són d'altres perfils",
    },
}

PHASES: dict[str, dict[Phase, str]] = {
    "en": {Phase.BEFORE: "Before the purchase", Phase.DURING: "During the purchase", Phase.AFTER: "After the purchase"},
    "es": {Phase.BEFORE: "Antes de la compra", Phase.DURING: "Durante la compra", Phase.AFTER: "Después de la compra"},
    "ca": {Phase.BEFORE: "Abans de la compra", Phase.DURING: "Durant la compra", Phase.AFTER: "Després de la compra"},
}

CONTROLS: dict[str, dict[Control, str]] = {
    "en": {Control.INTENTIONAL: "Intentional", Control.UNINTENTIONAL: "Unintentional"},
    "es": {Control.INTENTIONAL: "Intencional", Control.UNINTENTIONAL: "No intencional"},
    "ca": {Control.INTENTIONAL: "Intencionat", Control.UNINTENTIONAL: "No intencionat"},
}

OWNERSHIPS: dict[str, dict[Ownership, str]] = {
    "en": {
        Ownership.BRAND: "Brand-owned",
        Ownership.PARTNER: "Partner-owned",
        Ownership.CUSTOMER: "Customer-owned",
        Ownership.SOCIAL: "Social / external",
    },
    "es": {
        Ownership.BRAND: "De la marca",
        Ownership.PARTNER: "De un socio",
        Ownership.CUSTOMER: "Del cliente",
        Ownership.SOCIAL: "Social / externo",
    },
    "ca": {
        Ownership.BRAND: "De la marca",
        Ownership.PARTNER: "D'un soci",
        Ownership.CUSTOMER: "Del client",
        Ownership.SOCIAL: "Social / extern",
    },
}

CHANNELS: dict[str, dict[Channel, str]] = {
    "en": {
        Channel.ADVERTISING: "Advertising",
        Channel.WORD_OF_MOUTH: "Word of mouth",
        Channel.SEARCH: "Search engine",
        Channel.WEBSITE: "Website",
        Channel.SOCIAL_MEDIA: "Social media",
        Channel.REVIEWS: "Reviews",
        Channel.PRESS: "Press",
        Channel.CONTENT: "Content",
        Channel.EVENTS: "Events",
        Channel.PHYSICAL_STORE: "Physical store",
        Channel.FIELD_STAFF: "Field staff",
        Channel.MOBILE_APP: "Mobile app",
        Channel.PHONE: "Phone",
        Channel.EMAIL: "Email",
        Channel.CHAT: "Chat",
        Channel.SALES_TEAM: "Sales team",
        Channel.PAYMENT: "Payment",
        Channel.DELIVERY: "Delivery",
        Channel.PACKAGING: "Packaging",
        Channel.RETURNS: "Returns",
        Channel.INVOICE: "Invoice",
        Channel.SUPPORT: "Customer support",
        Channel.SURVEY: "Survey",
        Channel.LOYALTY: "Loyalty programme",
        Channel.OTHER: "Other",
    },
    "es": {
        Channel.ADVERTISING: "Publicidad",
        Channel.WORD_OF_MOUTH: "Boca a boca",
        Channel.SEARCH: "Buscador",
        Channel.WEBSITE: "Sitio web",
        Channel.SOCIAL_MEDIA: "Redes sociales",
        Channel.REVIEWS: "Reseñas",
        Channel.PRESS: "Prensa",
        Channel.CONTENT: "Contenidos",
        Channel.EVENTS: "Eventos",
        Channel.PHYSICAL_STORE: "Tienda física",
        Channel.FIELD_STAFF: "Personal de campo",
        Channel.MOBILE_APP: "App móvil",
        Channel.PHONE: "Teléfono",
        Channel.EMAIL: "Correo electrónico",
        Channel.CHAT: "Chat",
        Channel.SALES_TEAM: "Equipo de ventas",
        Channel.PAYMENT: "Pago",
        Channel.DELIVERY: "Entrega",
        Channel.PACKAGING: "Embalaje",
        Channel.RETURNS: "Devoluciones",
        Channel.INVOICE: "Factura",
        Channel.SUPPORT: "Atención al cliente",
        Channel.SURVEY: "Encuesta",
        Channel.LOYALTY: "Programa de fidelización",
        Channel.OTHER: "Otro",
    },
    "ca": {
        Channel.ADVERTISING: "Publicitat",
        Channel.WORD_OF_MOUTH: "Boca-orella",
        Channel.SEARCH: "Cercador",
        Channel.WEBSITE: "Lloc web",
        Channel.SOCIAL_MEDIA: "Xarxes socials",
        Channel.REVIEWS: "Ressenyes",
        Channel.PRESS: "Premsa",
        Channel.CONTENT: "Continguts",
        Channel.EVENTS: "Esdeveniments",
        Channel.PHYSICAL_STORE: "Botiga física",
        Channel.FIELD_STAFF: "Personal de camp",
        Channel.MOBILE_APP: "App mòbil",
        Channel.PHONE: "Telèfon",
        Channel.EMAIL: "Correu electrònic",
        Channel.CHAT: "Xat",
        Channel.SALES_TEAM: "Equip de vendes",
        Channel.PAYMENT: "Pagament",
        Channel.DELIVERY: "Lliurament",
        Channel.PACKAGING: "Embalatge",
        Channel.RETURNS: "Devolucions",
        Channel.INVOICE: "Factura",
        Channel.SUPPORT: "Atenció al client",
        Channel.SURVEY: "Enquesta",
        Channel.LOYALTY: "Programa de fidelització",
        Channel.OTHER: "Altres",
    },
}


MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ),
    "es": (
        "enero", "febrero", "marzo", "abril", "mayo", "junio",
        "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre",
    ),
    "ca": (
        "gener", "febrer", "març", "abril", "maig", "juny",
        "juliol", "agost", "setembre", "octubre", "novembre", "desembre",
    ),
}  # fmt: skip


def format_date(day: date, lang: str) -> str:
    """A date written out in ``lang`` for a title block.

    "23 November 2026", "23 de noviembre de 2026", "23 de novembre de 2026", "1 d'abril de 2026".
    Pure Python rather than the C library's locale, which a server may not have installed and
    which is process-wide.
    """
    lang = lang if lang in MONTHS else "en"
    month = MONTHS[lang][day.month - 1]
    if lang == "en":
        return f"{day.day} {month} {day.year}"
    if lang == "ca" and month[0] in "ao":
        # Catalan elides "de" before a vowel: d'abril, d'agost, d'octubre.
        return f"{day.day} d'{month} de {day.year}"
    return f"{day.day} de {month} de {day.year}"


class Labels:
    """The printed words of one language, with English as the fallback for a missing key."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LABELS else "en"

    def __getitem__(self, key: str) -> str:
        return LABELS[self.lang].get(key) or LABELS["en"][key]

    def phase(self, phase: Phase) -> str:
        """The phase's full name, e.g. "Durante la compra"."""
        return PHASES[self.lang][phase]

    def channel(self, channel: Channel) -> str:
        """The channel's printed name."""
        return CHANNELS[self.lang][channel]

    def control(self, control: Control) -> str:
        """The control's printed name, e.g. Intentional."""
        return CONTROLS[self.lang][control]

    def ownership(self, ownership: Ownership) -> str:
        """Who owns the touchpoint, in this language."""
        return OWNERSHIPS[self.lang][ownership]

    def date(self, day: date) -> str:
        """A date written out in this language, e.g. "23 de novembre de 2026"."""
        return format_date(day, self.lang)

    def page(self, n: int, total: int) -> str:
        """The page-number footer."""
        return self["page"].format(n=n, total=total)

    def sheet(self, row: int, col: int, short: bool = False) -> str:
        """A poster sheet's position (1-based)."""
        return self["sheet_short" if short else "sheet"].format(row=row, col=col)
