"""The extra words of the sharing formats (web page, spreadsheet, slides) in English, Spanish and Catalan.

The printed exports' words live in `cxmapper.export.labels`; the formats a reader interacts
with (filters, views, a dialog, a fill-in spreadsheet) need a few more. They are kept here, on
top of the same `Labels` class, so the shared table of printed words stays as it is. Like it,
a plain dict: the command line exports on a server without Qt, and a shared file must speak
the map's language, not the desktop's. Pure Python.
"""

from __future__ import annotations

from cxmapper.export.labels import Labels

SHARE_LABELS: dict[str, dict[str, str]] = {
    "en": {
        "filters": "Filters",
        "all_phases": "All phases",
        "all_channels": "All channels",
        "all_controls": "Intentional and unintentional",
        "view": "View",
        "view_map": "Map",
        "view_table": "Table",
        "shown": "{n} of {total} touchpoints shown",
        "close": "Close",
        "details": "Touchpoint details",
        "open_hint": "Select a card to see all its fields.",
        "ownership": "Ownership",
        "influence": "The team can influence it",
        "yes": "Yes",
        "no": "No",
        "customer_action": "What the customer does",
        "thoughts": "What the customer thinks",
        "owner": "Owner",
        "kpi": "KPI",
        "tags": "Tags",
        "color": "Colour",
        "id": "Card id",
        "order": "Order",
        "score_of": "Score {score}",
        "curve_text": "Experience curve as text",
        "curve_desc": "The experience score of each rated touchpoint, stage by stage, from +2 (delighted) "
        "to \u20132 (very unhappy).",
        "curve_none": "No touchpoint is rated yet.",
        "stage_summary": "{stage}: average {avg} over {n} rated touchpoints",
        "made_with": "Made with cxmapper",
        "instructions": "Instructions",
        "fill_in": "Fill in one row per touchpoint. Leave the id empty for a new card; keep it to change an "
        "existing one. Choose stage, phase, channel, control and score from the drop-down lists.",
        "lists": "Lists",
        "choose": "Choose a value from the list.",
        "map_slide": "The whole map",
        "table_part": "{title} ({n} of {total})",
    },
    "es": {
        "filters": "Filtros",
        "all_phases": "Todas las fases",
        "all_channels": "Todos los canales",
        "all_controls": "Intencionados y no intencionados",
        "view": "Vista",
        "view_map": "Mapa",
        "view_table": "Tabla",
        "shown": "Se muestran {n} de {total} puntos de contacto",
        "close": "Cerrar",
        "details": "Detalles del punto de contacto",
        "open_hint": "Selecciona una tarjeta para ver todos sus campos.",
        "ownership": "Propiedad",
        "influence": "El equipo puede influir",
        "yes": "Sí",
        "no": "No",
        "customer_action": "Qué hace el cliente",
        "thoughts": "Qué piensa el cliente",
        "owner": "Responsable",
        "kpi": "KPI",
        "tags": "Etiquetas",
        "color": "Color",
        "id": "Id de la tarjeta",
        "order": "Orden",
        "score_of": "Puntuación {score}",
        "curve_text": "La curva de experiencia en texto",
        "curve_desc": "La puntuación de experiencia de cada punto de contacto puntuado, etapa a etapa, de +2 "
        "(encantado) a \u20132 (muy descontento).",
        "curve_none": "Aún no hay ningún punto de contacto puntuado.",
        "stage_summary": "{stage}: media {avg} de {n} puntos de contacto puntuados",
        "made_with": "Hecho con cxmapper",
        "instructions": "Instrucciones",
        "fill_in": "Rellena una fila por punto de contacto. Deja el id vacío para una tarjeta nueva; mantenlo "
        "para cambiar una existente. Elige etapa, fase, canal, control y puntuación en las listas desplegables.",
        "lists": "Listas",
        "choose": "Elige un valor de la lista.",
        "map_slide": "El mapa completo",
        "table_part": "{title} ({n} de {total})",
    },
    "ca": {
        "filters": "Filtres",
        "all_phases": "Totes les fases",
        "all_channels": "Tots els canals",
        "all_controls": "Intencionats i no intencionats",
        "view": "Vista",
        "view_map": "Mapa",
        "view_table": "Taula",
        "shown": "Es mostren {n} de {total} punts de contacte",
        "close": "Tanca",
        "details": "Detalls del punt de contacte",
        "open_hint": "Selecciona una targeta per veure'n tots els camps.",
        "ownership": "Propietat",
        "influence": "L'equip hi pot influir",
        "yes": "Sí",
        "no": "No",
        "customer_action": "Què fa el client",
        "thoughts": "Què pensa el client",
        "owner": "Responsable",
        "kpi": "KPI",
        "tags": "Etiquetes",
        "color": "Color",
        "id": "Id de la targeta",
        "order": "Ordre",
        "score_of": "Puntuació {score}",
        "curve_text": "La corba d'experiència en text",
        "curve_desc": "La puntuació d'experiència de cada punt de contacte puntuat, etapa a etapa, de +2 "
        "(encantat) a \u20132 (molt descontent).",
        "curve_none": "Encara no hi ha cap punt de contacte puntuat.",
        "stage_summary": "{stage}: mitjana {avg} de {n} punts de contacte puntuats",
        "made_with": "Fet amb cxmapper",
        "instructions": "Instruccions",
        "fill_in": "Omple una fila per punt de contacte. Deixa l'id buit per a una targeta nova; mantén-lo per "
        "canviar-ne una d'existent. Tria etapa, fase, canal, control i puntuació a les llistes desplegables.",
        "lists": "Llistes",
        "choose": "Tria un valor de la llista.",
        "map_slide": "El mapa sencer",
        "table_part": "{title} ({n} de {total})",
    },
}


class ShareLabels(Labels):
    """`Labels` plus the words of the interactive and fill-in formats; English for a missing key."""

    def __getitem__(self, key: str) -> str:
        own = SHARE_LABELS[self.lang].get(key) or SHARE_LABELS["en"].get(key)
        return own if own is not None else super().__getitem__(key)
