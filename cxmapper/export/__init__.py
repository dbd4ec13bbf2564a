"""Exports of a journey map: PDF (map, poster, table, cards), CSV, Markdown, PNG, SVG, a web page, Excel and PowerPoint.

Everything here reads the model and `cxmapper.layout`, never the editor's scene. This package
is cheap to import: ReportLab is loaded by the PDF functions and Qt (QtGui/QtSvg, offscreen)
by the image functions only when they are called, so the command line stays fast.
"""

from __future__ import annotations

import os

from cxmapper.export.options import (
    FORMATS,
    LANGUAGES,
    PAPERS,
    ExportCancelled,
    ExportError,
    ExportOptions,
    Progress,
    format_for_path,
    parse_grid,
)
from cxmapper.model.project import Project

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "PAPERS",
    "ExportCancelled",
    "ExportError",
    "ExportOptions",
    "Progress",
    "export",
    "export_csv",
    "export_html",
    "export_markdown",
    "export_pdf",
    "export_png",
    "export_pptx",
    "export_svg",
    "export_xlsx",
    "format_for_path",
    "parse_grid",
]

Path = str | os.PathLike[str]


def export_pdf(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write the printable PDF (map, poster, table, cards as the options say)."""
    from cxmapper.export import pdf

    pdf.export_pdf(project, path, options, progress)


def export_csv(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write one CSV row per touchpoint (UTF-8 with BOM, every field)."""
    from cxmapper.export import tabular

    tabular.export_csv(project, path, options, progress)


def export_markdown(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write the touchpoint table as Markdown."""
    from cxmapper.export import tabular

    tabular.export_markdown(project, path, options, progress)


def export_png(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write an image of the map (needs Qt; runs offscreen without a display)."""
    from cxmapper.export import image

    image.export_png(project, path, options, progress)


def export_svg(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write a vector image of the map (needs Qt; runs offscreen without a display)."""
    from cxmapper.export import image

    image.export_svg(project, path, options, progress)


def export_html(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write a self-contained web page of the map (no network, map and table views, filters)."""
    from cxmapper.export import html

    html.export_html(project, path, options, progress)


def export_xlsx(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write the touchpoint table as an Excel workbook to fill in and import back (openpyxl)."""
    from cxmapper.export import xlsx

    xlsx.export_xlsx(project, path, options, progress)


def export_pptx(
    project: Project, path: Path, options: ExportOptions | None = None, progress: Progress | None = None
) -> None:
    """Write a PowerPoint deck of native shapes: the map, one slide per stage, the table (python-pptx)."""
    from cxmapper.export import pptx

    pptx.export_pptx(project, path, options, progress)


_WRITERS = {
    "pdf": export_pdf,
    "csv": export_csv,
    "md": export_markdown,
    "png": export_png,
    "svg": export_svg,
    "html": export_html,
    "xlsx": export_xlsx,
    "pptx": export_pptx,
}


def export(
    project: Project,
    path: Path,
    options: ExportOptions | None = None,
    progress: Progress | None = None,
    fmt: str | None = None,
) -> None:
    """Export in the format named by ``fmt`` or, failing that, by the file's extension."""
    name = fmt or format_for_path(path)
    if name not in _WRITERS:
        raise ExportError(f"{path}: unknown export format; use one of: {', '.join('.' + f for f in FORMATS)}")
    if options is not None and options.view is not None:
        from cxmapper.model.filters import filtered_project, find_view

        view = find_view(project, options.view)
        if view is None:
            names = ", ".join(repr(v.name) for v in project.views) or "none"
            raise ExportError(f"the map has no view named {options.view!r} (its views: {names})")
        project = filtered_project(project, view.filter)
    _WRITERS[name](project, path, options, progress)
