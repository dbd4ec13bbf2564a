"""The command line: open the editor, or validate, create, describe and export maps in batch.

Batch commands never import the GUI, so they run on a server without a display. Errors are one
line on stderr; exit codes: 0 success, 1 bad input (a file that cannot be read or written),
2 usage error.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cxmapper import __version__
from cxmapper.model import storage
from cxmapper.model.library import LANGUAGES, TEMPLATES, template
from cxmapper.model.project import Project

if TYPE_CHECKING:
    from cxmapper.export.options import ExportOptions

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2

PROG = "cxmapper"
DESCRIPTION = "cxmapper: a desktop editor for customer-journey maps."
EPILOG = """\
commands:
  cxmapper [FILE]                 open the editor (on FILE if given)
  cxmapper validate FILE...       check map files; one line per file, OK or the reason
  cxmapper new [--template NAME] [--lang LANG] -o FILE
                                  create a map (templates: blank, clothing-shop, beauty-salon)
  cxmapper schema                 print the JSON Schema of the .cxmap format
  cxmapper export FILE -o OUT     export a map (.pdf .csv .md .png .svg .html, from OUT's extension)
  cxmapper import SHEET (--into MAP | -o MAP)
                                  cards from an .xlsx or .csv touchpoint table
  cxmapper stats FILE [--json]    what the map says: counts, shares, the curve, priorities, gaps
  cxmapper diff A B [--json]      what changed from map A (as-is) to map B (to-be), matched by id
  cxmapper install-desktop        add cxmapper to the desktop menu and register .cxmap files
  cxmapper merge BASE OURS THEIRS [-o OUT]
                                  three-way merge card by card (exit 1 while conflicts remain)
  cxmapper text FILE              print a map as text, one line per card (git textconv)
  cxmapper install-git-driver [--global]
                                  make git merge and diff .cxmap files card by card

Run 'cxmapper COMMAND --help' for a command's options.
exit status: 0 success, 1 bad input, 2 usage error
"""


class UsageError(Exception):
    """Wrong arguments: reported with exit status 2."""


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so `main` decides the message and the code."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{self.prog}: {message}")


def _fail(message: str) -> int:
    print(f"{PROG}: {message}", file=sys.stderr)
    return EXIT_BAD_INPUT


# -- commands -----------------------------------------------------------------------------------


def cmd_validate(args: argparse.Namespace) -> int:
    """Print OK or the reason for each file; exit 1 if any failed."""
    status = EXIT_OK
    for name in args.files:
        try:
            project = storage.load(name)
        except storage.CxmapFileError as exc:
            print(f"{name}: {exc.reason}")
            status = EXIT_BAD_INPUT
        else:
            n = len(project.touchpoints)
            marks = len(project.conflicts)
            if marks and args.strict:
                print(f"{name}: {marks} unresolved merge conflict{'s' if marks != 1 else ''}")
                status = EXIT_BAD_INPUT
                continue
            print(f"{name}: OK ({n} touchpoint{'s' if n != 1 else ''}, {len(project.stages)} stages)")
    return status


def cmd_new(args: argparse.Namespace) -> int:
    """Create a map from a template; refuse to overwrite unless --force."""
    out = Path(args.output)
    if out.exists() and not args.force:
        return _fail(f"{out} already exists (use --force to overwrite it)")
    project = template(args.template, args.lang)
    try:
        storage.save(project, out, backup=False)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    print(f"created {out} from the {args.template} template")
    return EXIT_OK


def json_schema() -> dict[str, object]:
    """The JSON Schema of the file format, generated from the model."""
    schema = Project.model_json_schema(mode="serialization")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = "https://github.com/cxmapper/cxmapper/resources/schema/cxmap.schema.json"
    return schema


def schema_text() -> str:
    """The schema as committed under resources/schema/ (stable formatting for diffs)."""
    return json.dumps(json_schema(), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema."""
    sys.stdout.write(schema_text())
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    """Start the editor, or say in one line why it cannot start here."""
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get("QT_QPA_PLATFORM")
    ):
        return _fail(
            "no display found: cxmapper's editor needs a desktop session. "
            "Set QT_QPA_PLATFORM=offscreen to run it headless, or use 'cxmapper export' for batch work."
        )
    from cxmapper.app import run

    return run(file=args.file, sample=args.sample, lang=args.lang)


def cmd_export(args: argparse.Namespace) -> int:
    """Export a map to PDF, CSV, Markdown, PNG, SVG or a web page; the format comes from OUT's extension.

    ReportLab and Qt are imported here, not at module level, so the other commands start fast.
    """
    from cxmapper.export import FORMATS, ExportError, ExportOptions, export, format_for_path, parse_grid

    prog = f"{PROG} export"
    fmt = args.format or format_for_path(args.output)
    if fmt is None:
        names = ", ".join("." + f for f in FORMATS)
        raise UsageError(f"{prog}: cannot tell the format from {args.output!r}; name it one of {names}")
    auto = args.poster is not None and args.poster.strip().lower() == "auto"
    if args.sheets is not None and not auto:
        raise UsageError(f"{prog}: --sheets goes with --poster auto")
    pdf_only = {
        "--poster": args.poster is not None,
        "--scale": args.scale is not None,
        "--table": args.table,
        "--cards": args.cards,
        "--no-map": args.no_map,
        "--summary" if args.summary else "--no-summary": args.summary is not None,
        "--persona": args.persona is not None,
    }
    misplaced = [flag for flag, used in pdf_only.items() if used]
    if fmt != "pdf" and misplaced:
        raise UsageError(f"{prog}: {', '.join(misplaced)} apply to PDF exports only")
    if args.actions and fmt not in ("pdf", "csv", "md"):
        raise UsageError(f"{prog}: --actions applies to PDF, CSV and Markdown exports only")
    try:
        options = ExportOptions(
            paper=args.paper,
            orientation=args.orientation,
            margin_mm=args.margin,
            poster=parse_grid(args.poster) if args.poster is not None and not auto else None,
            poster_auto=auto,
            sheets=args.sheets,
            scale=args.scale,
            overlap_mm=args.overlap,
            include_map=not args.no_map,
            table=args.table,
            cards=args.cards,
            lang=args.lang,
            dpi=args.dpi,
            view=args.view,
            actions=args.actions,
            summary=args.summary,
            persona=args.persona,
        )
        options.validate()
    except ValueError as exc:
        raise UsageError(f"{prog}: {exc}") from None
    try:
        project = storage.load(args.file)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    try:
        export(project, args.output, options, fmt=fmt)
    except ExportError as exc:
        return _fail(str(exc))
    print(f"exported {args.output}")
    if fmt == "pdf" and options.include_map:
        _report_print_size(project, options)
    return EXIT_OK


def _report_print_size(project: Project, options: ExportOptions) -> None:
    """Say which grid ``--poster auto`` chose, and warn on stderr when card titles print too small."""
    from cxmapper.export.labels import Labels
    from cxmapper.export.pages import blank_share, extent, plan_poster, readability, resolve_options

    labels = Labels(options.language(project.language))
    concrete = resolve_options(project, options, labels)
    if options.poster_auto and concrete.poster is not None:
        size = extent(project, labels)
        blank = blank_share(size, plan_poster(size, concrete))
        cols, rows = concrete.poster
        print(
            f"poster: {cols}x{rows} sheets of {concrete.paper} {concrete.orientation}, "
            f"{blank * 100:.0f} % of the paper blank"
        )
    check = readability(project, concrete, labels)
    if check.readable:
        return
    remedies = []
    if check.paper:
        remedies.append(f"--paper {check.paper}")
    if check.poster and not concrete.is_poster:
        remedies.append("--poster auto")
    elif concrete.is_poster:
        remedies.append("more --sheets or a larger --paper")
    advice = f"; choose {' or '.join(remedies)}" if remedies else ""
    print(
        f"{PROG}: warning: card titles will print at {check.title_pt:.1f} pt, too small to read{advice}",
        file=sys.stderr,
    )


def cmd_import(args: argparse.Namespace) -> int:
    """Read a touchpoint table (.xlsx or .csv) into a map: new rows add cards, rows with an id update them.

    ``--into MAP`` changes MAP (its previous version is kept as MAP.bak) or, with ``-o``, writes
    the result to OUT instead; ``-o`` alone makes a new map whose stages and lanes are the
    sheet's. Bad rows are reported one per line on stderr (row and column) and skipped; the
    good ones are still imported, and the exit status is then 1.
    """
    from cxmapper.export.xlsx import import_aliases
    from cxmapper.model import importer

    prog = f"{PROG} import"
    if args.into is None and args.output is None:
        raise UsageError(f"{prog}: say where the cards go: --into MAP (an existing map) or -o MAP (a new one)")
    out = Path(args.output or args.into)
    if args.into is None and out.exists() and not args.force:
        return _fail(f"{out} already exists (use --into to import into it, or --force to replace it)")
    reading, checking = _terminal_progress("reading"), _terminal_progress("checking rows")
    try:
        table = importer.read_table(args.sheet, reading)
        if args.into is not None:
            project = storage.load(args.into)
            plan = importer.plan_import(project, table, import_aliases(), progress=checking)
            result = importer.apply_import(project, plan)
        else:
            result, plan = importer.new_map_from(
                table, import_aliases(), language=args.lang or "en", title=Path(args.sheet).stem, progress=checking
            )
    except importer.TableReadError as exc:
        return _fail(str(exc))
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    finally:
        if reading is not None:
            print("\r\x1b[K", end="", file=sys.stderr, flush=True)  # the progress line goes away
    for error in plan.errors:
        print(f"{PROG}: {args.sheet}: {error}", file=sys.stderr)
    try:
        storage.save(result, out, backup=args.into is not None and args.output is None)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    print(
        f"imported {args.sheet} into {out}: {len(plan.added)} added, {len(plan.updated)} changed, "
        f"{plan.unchanged} unchanged, {len(plan.errors)} skipped"
    )
    return EXIT_BAD_INPUT if plan.errors else EXIT_OK


def _terminal_progress(what: str) -> Callable[[int, int], bool] | None:
    """A progress line on stderr ("reading: 45 %") when a person watches it, else None.

    Only on a terminal: a 50,000-row workbook takes half a minute to read, but scripts and
    pipes must see exactly the lines they always did.
    """
    if not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> bool:
        amount = f"{min(99, done * 100 // total)} %" if total else f"{done} rows"
        print(f"\r\x1b[K{PROG}: {what}: {amount}", end="", file=sys.stderr, flush=True)
        return True

    return report


def _words(value: str) -> str:
    """A vocabulary id as plain English words (``word_of_mouth`` -> "word of mouth")."""
    return value.replace("_", " ")


def _signed(value: float | None) -> str:
    return "-" if value is None else f"{value:+.2f}"


def stats_text(project: Project) -> str:
    """The stats report for people: the same figures as ``--json``, phrased for a shop owner."""
    from cxmapper.model.insight import analyse, catalogue_hints

    ins = analyse(project, catalogue_hints(project.language))
    titles = {tp.id: tp.title for tp in project.touchpoints}
    by_id = {tp.id: tp for tp in project.touchpoints}
    stage_names = {s.id: s.name for s in project.stages}
    lane_names = {lane.id: lane.name for lane in project.lanes}

    def pct(count: int) -> str:
        return f"{count} ({100 * count / ins.total:.0f} %)" if ins.total else "0"

    def names(ids: Sequence[str], table: dict[str, str]) -> str:
        return "; ".join(table[i] for i in ids) if ids else "none"

    out = [
        f"{project.title or 'Untitled map'}: {ins.total} touchpoints, {ins.scored} scored,"
        f" average score {_signed(ins.average)}",
        "",
        "By phase: " + ", ".join(f"{_words(g.key)} the purchase {g.count}" for g in ins.by_phase),
        "By stage (touchpoints, average score: the experience curve):",
    ]
    width = max((len(s.name) for s in ins.by_stage), default=0)
    out += [f"  {s.name:<{width}}  {s.count:>4}  {_signed(s.average)}" for s in ins.by_stage]
    out.append("By lane: " + ", ".join(f"{lane_names[g.key]} {g.count}" for g in ins.by_lane))
    out.append("By channel: " + (", ".join(f"{_words(g.key)} {g.count}" for g in ins.by_channel) or "none"))
    out.append(f"Intentional: {pct(ins.intentional.count)}; unintentional: {pct(ins.unintentional.count)}")
    out.append(f"Your team can influence: {pct(ins.influence.count)}")
    out.append("")
    out.append("Priorities, lowest scores first:" if ins.lowest else "Priorities: no touchpoint scores below zero")
    for i in ins.lowest:
        tp = by_id[i]
        mark = ", moment of truth" if tp.moment_of_truth else ""
        out.append(f"  {tp.score:+d}  {tp.title} ({stage_names[tp.stage_id]}{mark})")
    out.append(f"Moments of truth with a negative score: {names(ins.negative_moments, titles)}")
    out.append(f"Empty stages: {names(ins.empty_stages, stage_names)}")
    out.append(f"Empty lanes: {names(ins.empty_lanes, lane_names)}")
    out.append("")
    if ins.empty_phases or ins.channel_gaps:
        out.append("Gaps worth a look:")
        out += [f"  nothing at all {_words(p.value)} the purchase" for p in ins.empty_phases]
        for gap in ins.channel_gaps:
            examples = ", ".join(s.title for s in gap.suggestions)
            out.append(
                f"  {_words(gap.phase.value)} the purchase, nothing through {_words(gap.channel.value)}"
                f" (for example: {examples})"
            )
    else:
        out.append("Gaps worth a look: none, every phase and channel of the catalogue has a touchpoint")
    out.append(f"Pain points with no opportunity yet: {names(ins.pain_without_opportunity, titles)}")
    out.append(f"Pain points nobody owns: {names(ins.pain_without_owner, titles)}")
    return "\n".join(out) + "\n"


def cmd_stats(args: argparse.Namespace) -> int:
    """Print what the map says, for people or (``--json``) in the documented stable shape."""
    from cxmapper.model.insight import analyse, catalogue_hints, to_json

    try:
        project = storage.load(args.file)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    if args.json:
        data = to_json(analyse(project, catalogue_hints(project.language)), project)
        sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(stats_text(project))
    return EXIT_OK


def _value(value: object) -> str:
    """A field value for the diff report: text quoted and shortened, lists joined, None as '-'."""
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int):
        return f"{value:+d}" if value else "0"
    if isinstance(value, list):
        return "[" + ", ".join(str(v) for v in value) + "]"
    text = " ".join(str(value).split())
    return f'"{text if len(text) <= 60 else text[:59] + "…"}"'


def diff_text(a: Project, b: Project, name_a: str, name_b: str) -> str:
    """The comparison for people: one line per difference, as-is first, to-be second."""
    from cxmapper.model.diff import compare

    d = compare(a, b)
    old_stage = {s.id: s.name for s in a.stages}
    new_stage = {s.id: s.name for s in b.stages}
    all_stage = old_stage | new_stage
    old_lane = {x.id: x.name for x in a.lanes}
    new_lane = {x.id: x.name for x in b.lanes}
    all_lane = old_lane | new_lane
    old_tp = {tp.id: tp for tp in a.touchpoints}
    new_tp = {tp.id: tp for tp in b.touchpoints}
    out = [f"--- {name_a}", f"+++ {name_b}"]
    if d.identical:
        return "\n".join([*out, "no differences"]) + "\n"
    out += [f"map {c.field}: {_value(c.old)} -> {_value(c.new)}" for c in d.details]
    for kind, st, olds, news in (("stage", d.stages, old_stage, new_stage), ("lane", d.lanes, old_lane, new_lane)):
        out += [f"+ {kind} {news[i]!r}" for i in st.added]
        out += [f"- {kind} {olds[i]!r}" for i in st.removed]
        out += [f"~ {kind} renamed {r.old!r} -> {r.new!r}" for r in st.renamed]
        if st.reordered:
            before = ", ".join(news[i] for i in st.old_order)
            after = ", ".join(news[i] for i in st.new_order)
            out.append(f"~ {kind}s reordered: {before} -> {after}")
    out += [f"~ stage {new_stage[c.field]!r} phase: {c.old} -> {c.new}" for c in d.stages.phase_changes]
    out.append(
        f"touchpoints: {len(d.added)} added, {len(d.removed)} removed, {len(d.moved)} moved, {len(d.changed)} changed"
    )
    out += [f"+ {new_tp[i].title!r} in {new_stage[new_tp[i].stage_id]!r}" for i in d.added]
    out += [f"- {old_tp[i].title!r} from {old_stage[old_tp[i].stage_id]!r}" for i in d.removed]
    for m in d.moved:
        where = f"{all_stage[m.old_stage]!r} -> {all_stage[m.new_stage]!r}"
        if m.old_lane != m.new_lane:
            where += f" (lane {all_lane[m.old_lane]!r} -> {all_lane[m.new_lane]!r})"
        out.append(f"> {m.title!r}: {where}")
    for c in d.changed:
        fields = "; ".join(f"{f.field} {_value(f.old)} -> {_value(f.new)}" for f in c.changes)
        out.append(f"~ {c.title!r}: {fields}")
    if d.scores:
        out.append("experience per stage (average score):")
        width = max(len(s.name) for s in d.scores)
        for s in d.scores:
            delta = f"  ({s.delta:+.2f})" if s.delta is not None else ""
            out.append(f"  {s.name:<{width}}  {_signed(s.old)} -> {_signed(s.new)}{delta}")
    return "\n".join(out) + "\n"


def cmd_diff(args: argparse.Namespace) -> int:
    """Compare two maps; exit 0 whether or not they differ (1 only for a file that cannot be read)."""
    from cxmapper.model.diff import compare, to_json

    try:
        a = storage.load(args.a)
        b = storage.load(args.b)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    if args.json:
        sys.stdout.write(json.dumps(to_json(compare(a, b), a, b), indent=2, ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(diff_text(a, b, args.a, args.b))
    return EXIT_OK


def cmd_install_desktop(args: argparse.Namespace) -> int:
    """Add cxmapper to the desktop menu and register .cxmap files, or undo it (Linux, BSD).

    Writes into the user's XDG data folder, so no root is needed and ``pipx uninstall`` plus
    ``--uninstall`` leave nothing behind. ``--prefix`` is for packagers and tests: files go to
    DIR/share, with no manifest and no cache refresh, since a package manager owns those.
    """
    from cxmapper import desktop

    prog = f"{PROG} install-desktop"
    if args.prefix is None and sys.platform in ("win32", "darwin"):
        raise UsageError(f"{prog}: only for Linux and BSD desktops; on {sys.platform} use the cxmapper app bundle")
    user = args.prefix is None
    data_dir = desktop.user_data_dir() if user else Path(args.prefix).absolute() / "share"
    try:
        if args.uninstall:
            if not desktop.is_installed(data_dir):
                print(f"nothing to remove: cxmapper's menu entry is not installed in {data_dir}")
                return EXIT_OK
            report = desktop.uninstall(data_dir, refresh=user)
            print(f"removed cxmapper's menu entry, file type and icons from {data_dir} ({len(report.files)} files)")
        else:
            launcher = args.launcher or desktop.find_launcher()
            if launcher is None:
                return _fail("cannot find the cxmapper launcher; name it with --launcher PATH")
            if os.sep in launcher or (os.altsep and os.altsep in launcher):
                launcher = os.path.abspath(launcher)
            report = desktop.install(data_dir, launcher, record=user, refresh=user)
            print(f"installed cxmapper's menu entry, .cxmap file type and icons in {data_dir} (runs {launcher})")
    except desktop.DesktopIntegrationError as exc:
        return _fail(str(exc))
    for warning in report.warnings:
        print(f"{PROG}: warning: {warning}", file=sys.stderr)
    return EXIT_OK


# -- parsers ------------------------------------------------------------------------------------

Command = Callable[[argparse.Namespace], int]
_COMMANDS: dict[str, tuple[str, Callable[[_Parser], None], Command]] = {}


def register(name: str, help_text: str, configure: Callable[[_Parser], None], run: Command) -> None:
    """Add a sub-command; commands that need heavy imports (ReportLab, Qt) import them in ``run``."""
    _COMMANDS[name] = (help_text, configure, run)


def _configure_validate(p: _Parser) -> None:
    p.add_argument("files", nargs="+", metavar="FILE", help="map files to check")
    p.add_argument("--strict", action="store_true", help="also fail on unresolved merge conflicts")


def _configure_new(p: _Parser) -> None:
    p.add_argument("--template", choices=TEMPLATES, default="blank", help="starting point (default: blank)")
    p.add_argument("--lang", choices=LANGUAGES, default="en", help="language of the template's texts")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="the .cxmap file to create")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")


def _configure_schema(p: _Parser) -> None:
    del p


def _paper(value: str) -> str:
    """Accept paper names in any case (a4, A4, letter)."""
    from cxmapper.export.options import PAPERS

    for name in PAPERS:
        if name.lower() == value.lower():
            return name
    raise argparse.ArgumentTypeError(f"unknown paper {value!r} (choose from {', '.join(PAPERS)})")


def _configure_export(p: _Parser) -> None:
    from cxmapper.export.options import FORMATS

    p.add_argument("file", metavar="FILE", help="the .cxmap map to export")
    names = " ".join("." + f for f in FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="OUT", help=f"the file to write ({names})")
    p.add_argument("--format", choices=FORMATS, help="override the format implied by OUT's extension")
    p.add_argument("--paper", type=_paper, default="A4", help="A4 (default), A3, A2, A1, A0, Letter, Legal, Tabloid")
    p.add_argument("--orientation", choices=("portrait", "landscape"), default="landscape", help="default: landscape")
    p.add_argument("--margin", type=float, default=10.0, metavar="MM", help="sheet margin in mm (default 10)")
    size = p.add_mutually_exclusive_group()
    size.add_argument("--fit", action="store_true", help="fit the map on one page (the default)")
    size.add_argument(
        "--poster",
        metavar="COLSxROWS|auto",
        help="tile the map across COLS x ROWS sheets, e.g. 3x2; 'auto' picks the grid and orientation it fills best",
    )
    size.add_argument("--scale", type=float, metavar="PERCENT", help="tile the map at this size (100 = as on screen)")
    p.add_argument(
        "--sheets",
        type=int,
        metavar="N",
        help="with --poster auto: at most N sheets (default: the fewest, up to 20, printing titles at 6.5 pt or more)",
    )
    p.add_argument("--overlap", type=float, default=10.0, metavar="MM", help="poster glue strip in mm (default 10)")
    p.add_argument("--table", action="store_true", help="add the touchpoint table pages")
    p.add_argument("--cards", action="store_true", help="add cut-out workshop cards and a page of blank cards")
    p.add_argument(
        "--no-map", action="store_true", help="leave out the map (e.g. --no-map --table for the table alone)"
    )
    p.add_argument(
        "--summary",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="add (or leave out) the summary page: key figures, bars per phase and channel, the curve, "
        "the priorities, the impact/effort matrix (default: on with --poster, --scale or --table)",
    )
    p.add_argument(
        "--persona",
        metavar="ID|NAME|all",
        help="one map per persona (the other cards faded, the persona's own curve): a persona's id or "
        "name, or 'all' for each persona's map in one file",
    )
    p.add_argument("--lang", choices=LANGUAGES, help="language of printed labels (default: the map's own)")
    p.add_argument("--dpi", type=int, default=150, help="PNG resolution (default 150)")
    p.add_argument(
        "--actions",
        action="store_true",
        help="add the action plan by priority (PDF pages, a Markdown section; a CSV then holds the plan)",
    )
    p.add_argument("--view", metavar="NAME", help="export only the cards of this view saved in the map")


def _configure_stats(p: _Parser) -> None:
    p.add_argument("file", metavar="FILE", help="the .cxmap map to analyse")
    p.add_argument(
        "--json", action="store_true", help="machine-readable output (shape: resources/schema/stats.schema.json)"
    )


def _configure_diff(p: _Parser) -> None:
    p.add_argument("a", metavar="A", help="the map before (as-is)")
    p.add_argument("b", metavar="B", help="the map after (to-be)")
    p.add_argument("--json", action="store_true", help="machine-readable output (format cxmapper-diff)")


def _configure_import(p: _Parser) -> None:
    p.add_argument("sheet", metavar="SHEET", help="the touchpoint table: .xlsx, or .csv (comma or semicolon)")
    p.add_argument("--into", metavar="MAP", help="the .cxmap map to import into (changed in place unless -o)")
    p.add_argument("-o", "--output", metavar="OUT", help="the .cxmap file to write (a new map without --into)")
    p.add_argument("--lang", choices=LANGUAGES, help="language of a new map's default stages (default: en)")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists (a new map)")


def _configure_install_desktop(p: _Parser) -> None:
    p.add_argument("--uninstall", action="store_true", help="remove what an earlier install-desktop wrote")
    p.add_argument(
        "--prefix", metavar="DIR", help="write under DIR/share instead of the user's data folder (packagers, tests)"
    )
    p.add_argument(
        "--launcher", metavar="CMD", help="what the menu entry runs (default: this cxmapper launcher, absolute path)"
    )


register("validate", "check map files", _configure_validate, cmd_validate)
register("new", "create a map from a template", _configure_new, cmd_new)
register("schema", "print the JSON Schema of the file format", _configure_schema, cmd_schema)
register("export", "export a map to PDF, CSV, Markdown, PNG, SVG or a web page", _configure_export, cmd_export)
register("import", "import cards from an .xlsx or .csv touchpoint table", _configure_import, cmd_import)
register("stats", "what the map says: counts, shares, the curve, priorities, gaps", _configure_stats, cmd_stats)
register("diff", "what changed between two maps, matched by id", _configure_diff, cmd_diff)
register("install-desktop", "add cxmapper to the desktop menu", _configure_install_desktop, cmd_install_desktop)

# The team commands register themselves; imported last because they use the helpers above.
from cxmapper import cli_team  # noqa: E402, F401


def _gui_parser() -> _Parser:
    p = _Parser(prog=PROG, description=DESCRIPTION, epilog=EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("file", nargs="?", metavar="FILE", help="a .cxmap map to open in the editor")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument("--sample", choices=TEMPLATES, help="open a copy of a sample map")
    p.add_argument("--lang", choices=LANGUAGES, help="interface language for this run")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    try:
        if args_list and args_list[0] in _COMMANDS:
            name = args_list[0]
            help_text, configure, run = _COMMANDS[name]
            parser = _Parser(prog=f"{PROG} {name}", description=help_text)
            configure(parser)
            args = parser.parse_args(args_list[1:])
            return run(args)
        args = _gui_parser().parse_args(args_list)
        return cmd_gui(args)
    except UsageError as exc:
        print(exc, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
