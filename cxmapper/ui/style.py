"""The editor's look: one Qt style sheet built from `cxmapper.theme`, light or dark.

Colours come from the shared palette so the chrome around the map matches the map itself
(indigo accent, slate greys). The sheet styles only the chrome (tool bar, docks, inputs, start
page); the canvas paints itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from cxmapper import theme
from cxmapper.model.library import resource
from cxmapper.model.vocab import Phase


@dataclass(frozen=True)
class Chrome:
    """The colours of the window around the map."""

    window: str
    panel: str
    panel_alt: str
    border: str
    text: str
    muted: str
    accent: str
    accent_soft: str
    accent_text: str
    hover: str


LIGHT = Chrome(
    window="#f1f5f9",
    panel="#ffffff",
    panel_alt="#f8fafc",
    border=theme.GRID,
    text=theme.INK,
    muted=theme.MUTED,
    accent=theme.PHASE_COLORS[Phase.BEFORE][0],
    accent_soft=theme.PHASE_COLORS[Phase.BEFORE][1],
    accent_text="#ffffff",
    hover="#e0e7ff",
)

DARK = Chrome(
    window="#0b1220",
    panel=theme.DARK_CANVAS_BG,
    panel_alt=theme.DARK_CARD_BG,
    border=theme.DARK_CARD_BORDER,
    text=theme.DARK_INK,
    muted=theme.DARK_MUTED,
    accent="#818cf8",
    accent_soft="#1e1b4b",
    accent_text="#0f172a",
    hover="#312e81",
)


_SHAPES = {
    "chevron": '<path d="M6 9l6 6 6-6" fill="none" stroke="{color}" stroke-width="2.5" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
    "check": '<path d="M5 12.5l4.5 4.5L19 7.5" fill="none" stroke="{color}" stroke-width="3" '
    'stroke-linecap="round" stroke-linejoin="round"/>',
}


def style_image_svg(shape: str, color: str) -> str:
    """The SVG text of a small style-sheet image (combo chevron, check mark) in one colour."""
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 24 24">'
        + _SHAPES[shape].format(color=color)
        + "</svg>\n"
    )


def style_images() -> set[tuple[str, str]]:
    """Every (shape, colour) the style sheets of both themes use."""
    return {(shape, color) for c in (LIGHT, DARK) for shape, color in (("chevron", c.muted), ("check", c.accent_text))}


def style_image_name(shape: str, color: str) -> str:
    """The file name of a style-sheet image under ``resources/icons/style``."""
    return f"{shape}-{color.lstrip('#').lower()}.svg"


@cache
def _image(shape: str, color: str) -> str:
    """A style-sheet image as a file name, quoted for ``url()``.

    Style sheets take images by file name only. They are shipped under
    ``resources/icons/style`` (one file per colour of `style_images`; tests/test_style_images.py
    checks they match the theme) rather than written at run time: files written to the
    temporary folder outlived every process that was killed, hundreds of folders of them.
    """
    path = Path(str(resource("icons", "style", style_image_name(shape, color))))
    # Quoted: an install folder may hold spaces ("C:/Program Files", a user's full name).
    return '"' + path.as_posix().replace("\\", "\\\\").replace('"', '\\"') + '"'


def chrome(dark: bool) -> Chrome:
    """The colour set for a light or dark desktop."""
    return DARK if dark else LIGHT


def stylesheet(dark: bool = False) -> str:
    """The style sheet of the main window and its dialogs."""
    c = chrome(dark)
    return f"""
QMainWindow, QDialog {{ background: {c.window}; color: {c.text}; }}
QToolBar#mainToolBar {{
    background: {c.panel}; border: none; border-bottom: 1px solid {c.border};
    padding: 4px 8px; spacing: 2px;
}}
QToolBar#mainToolBar QToolButton {{
    color: {c.text}; border: 1px solid transparent; border-radius: 6px; padding: 4px 6px;
}}
QToolBar#mainToolBar QToolButton:hover {{ background: {c.hover}; }}
QToolBar#mainToolBar QToolButton:pressed, QToolBar#mainToolBar QToolButton:checked {{
    background: {c.accent_soft}; border-color: {c.accent};
}}
QToolBar#mainToolBar QToolButton:disabled {{ color: {c.muted}; }}
QToolBar::separator {{ background: {c.border}; width: 1px; margin: 6px 6px; }}
QMenuBar {{ background: {c.panel}; color: {c.text}; }}
QMenuBar::item:selected {{ background: {c.hover}; border-radius: 4px; }}
QMenu {{ background: {c.panel}; color: {c.text}; border: 1px solid {c.border}; padding: 4px; }}
QMenu::item {{ padding: 5px 28px 5px 24px; border-radius: 4px; }}
QMenu::item:selected {{ background: {c.hover}; color: {c.text}; }}
QMenu::item:disabled {{ color: {c.muted}; }}
QMenu::separator {{ height: 1px; background: {c.border}; margin: 4px 8px; }}
QStatusBar {{ background: {c.panel}; color: {c.muted}; border-top: 1px solid {c.border}; }}
QStatusBar QLabel {{ color: {c.muted}; padding: 0 8px; }}
QDockWidget {{ color: {c.text}; font-weight: 600; }}
QDockWidget::title {{
    background: {c.panel_alt}; padding: 6px 10px; border-bottom: 1px solid {c.border};
    text-align: left;
}}
QDockWidget > QWidget {{ background: {c.panel}; font-weight: normal; }}
QTabBar::tab {{
    background: {c.panel_alt}; color: {c.muted}; padding: 5px 12px; border: 1px solid {c.border};
    border-bottom: none; border-top-left-radius: 6px; border-top-right-radius: 6px; margin-right: 2px;
}}
QTabBar::tab:selected {{ background: {c.panel}; color: {c.text}; font-weight: 600; }}
QLineEdit, QPlainTextEdit, QTextEdit, QComboBox, QSpinBox {{
    background: {c.panel}; color: {c.text}; border: 1px solid {c.border}; border-radius: 6px;
    padding: 4px 6px; selection-background-color: {c.accent}; selection-color: {c.accent_text};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus {{ border: 1px solid {c.accent}; }}
QComboBox::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 22px; border: none;
}}
QComboBox::down-arrow {{ image: url({_image("chevron", c.muted)}); width: 12px; height: 12px; }}
QComboBox QAbstractItemView {{ background: {c.panel}; color: {c.text}; selection-background-color: {c.hover};
    selection-color: {c.text}; }}
QTreeView, QListView, QListWidget, QTreeWidget, QUndoView {{
    background: {c.panel}; color: {c.text}; border: none; outline: none;
    selection-background-color: {c.accent_soft}; selection-color: {c.text};
}}
QTreeView::item, QListView::item {{ padding: 3px 2px; border-radius: 4px; }}
QTreeView::item:hover, QListView::item:hover {{ background: {c.panel_alt}; }}
QTreeView::item:selected, QListView::item:selected {{ background: {c.accent_soft}; color: {c.text}; }}
QTreeView::item:selected:focus, QListView::item:selected:focus {{ border: 1px solid {c.accent}; }}
QPushButton {{
    background: {c.panel}; color: {c.text}; border: 1px solid {c.border}; border-radius: 6px;
    padding: 5px 14px;
}}
QPushButton:hover {{ background: {c.hover}; }}
QPushButton:focus {{ border: 1px solid {c.accent}; }}
QPushButton:default {{ background: {c.accent}; color: {c.accent_text}; border-color: {c.accent}; }}
QCheckBox {{ color: {c.text}; spacing: 6px; }}
QCheckBox::indicator {{
    width: 14px; height: 14px; border: 1px solid {c.muted}; border-radius: 4px; background: {c.panel};
}}
QCheckBox::indicator:checked {{
    background: {c.accent}; border-color: {c.accent}; image: url({_image("check", c.accent_text)});
}}
QCheckBox::indicator:focus {{ border-color: {c.accent}; }}
QLabel {{ color: {c.text}; }}
QLabel[role="hint"] {{ color: {c.muted}; }}
QLabel[role="section"] {{ color: {c.muted}; font-weight: 700; padding-top: 8px; }}
QScrollArea {{ background: {c.panel}; border: none; }}
QScrollBar:vertical {{ background: transparent; width: 10px; margin: 2px; }}
QScrollBar:horizontal {{ background: transparent; height: 10px; margin: 2px; }}
QScrollBar::handle:vertical, QScrollBar::handle:horizontal {{
    background: {c.border}; border-radius: 3px; min-height: 24px; min-width: 24px;
}}
QScrollBar::handle:hover {{ background: {c.muted}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; background: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QScrollArea > QWidget > QWidget {{ background: {c.panel}; }}

#findBar {{ background: {c.panel}; border-bottom: 1px solid {c.border}; }}
#findBar QLineEdit {{ min-width: 240px; }}

#startPage {{ background: {c.window}; }}
#startPage QLabel#startTitle {{ font-size: 30px; font-weight: 700; color: {c.text}; }}
#startPage QLabel#startTagline {{ font-size: 15px; color: {c.muted}; }}
#startPage QLabel[role="section"] {{ font-size: 13px; }}
#startPage QToolButton[role="startCard"] {{
    background: {c.panel}; color: {c.text}; border: 1px solid {c.border}; border-radius: 12px;
}}
#startPage QToolButton[role="startCard"]:hover {{ border: 1px solid {c.accent}; background: {c.accent_soft}; }}
#startPage QToolButton[role="startCard"]:focus {{ border: 2px solid {c.accent}; }}
#startPage QLabel[role="cardTitle"] {{ font-size: 14px; font-weight: 700; color: {c.text}; background: transparent; }}
#startPage QLabel[role="cardText"] {{ font-size: 12px; color: {c.muted}; background: transparent; }}
#startPage QPushButton#startGuide {{
    border: none; background: transparent; color: {c.accent}; padding: 4px 0; text-align: left;
}}
#startPage QPushButton#startGuide:hover {{ text-decoration: underline; }}
#startPage QListWidget#startRecentList {{
    background: {c.panel}; border: 1px solid {c.border}; border-radius: 12px; padding: 6px;
}}
#startPage QListWidget#startRecentList::item {{ padding: 8px 6px; border-radius: 6px; }}
#startPage QListWidget#startRecentList::item:hover {{ background: {c.accent_soft}; }}
"""
