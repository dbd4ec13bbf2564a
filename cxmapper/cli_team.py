"""Command-line tools for teams that share maps through git: merge driver, text view, set-up.

``cxmapper merge BASE OURS THEIRS -o OUT`` is the three-way merge of `cxmapper.model.merge`
with git's merge-driver conventions (exit 1 while conflicts remain, the merged map written
either way, always valid). ``cxmapper text FILE`` prints a map one line per card, which git
uses as a ``textconv`` so ``git diff`` and ``git log -p`` read as card changes instead of JSON.
``cxmapper git-diff`` is git's external diff driver: ``git diff`` then reads "> 'Live chat':
'Choose and buy' -> 'Come back'" and "~ 'Live chat': score +2 -> -1" (``git log -p`` shows the
text view, or the same with ``--ext-diff``). ``cxmapper install-git-driver`` writes the
``.gitattributes`` line and the git configuration that wire them in. No Qt, no network: git is the team's server.

Imported at the end of `cxmapper.cli`, whose ``register`` adds these commands.
"""

from __future__ import annotations

import argparse
import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

from cxmapper.cli import EXIT_BAD_INPUT, EXIT_OK, PROG, _fail, _Parser, register
from cxmapper.model import storage
from cxmapper.model.merge import merge
from cxmapper.model.project import Project

#: The attributes line: merge and diff .cxmap files with the "cxmapper" drivers.
ATTRIBUTES_LINE = "*.cxmap merge=cxmapper diff=cxmapper"


# -- merge -----------------------------------------------------------------------------------------


def cmd_merge(args: argparse.Namespace) -> int:
    """Merge THEIRS into OURS (both from BASE); exit 1 while the result has conflict marks.

    As a git merge driver (``%O %A %B -o %A``) the merged map replaces ours; git then reports
    the file as conflicted when the exit status is 1, and the editor shows the marks.
    """
    try:
        base, ours, theirs = (storage.load(name) for name in (args.base, args.ours, args.theirs))
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    result = merge(base, ours, theirs)
    out = args.output or args.ours
    try:
        storage.save(result.project, out, backup=False)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    n = len(result.project.conflicts)
    if n:
        print(
            f"{PROG}: merged into {out} with {n} conflict{'s' if n != 1 else ''}; both values are kept in the map. "
            f"Open it in cxmapper to choose, or run '{PROG} text {out}' to read them.",
            file=sys.stderr,
        )
        return EXIT_BAD_INPUT
    print(f"merged into {out}: no conflicts")
    return EXIT_OK


def _configure_merge(p: _Parser) -> None:
    p.add_argument("base", metavar="BASE", help="the common ancestor (git's %%O)")
    p.add_argument("ours", metavar="OURS", help="our version (git's %%A); written over unless -o is given")
    p.add_argument("theirs", metavar="THEIRS", help="their version (git's %%B)")
    p.add_argument("-o", "--output", metavar="OUT", help="where to write the merged map (default: OURS)")


# -- text view (git textconv) ----------------------------------------------------------------------


def _score(score: int | None) -> str:
    return "unscored" if score is None else f"score {score:+d}"


def map_as_text(project: Project) -> str:
    """One line per stage, lane and card, in map order, stable enough for a line diff to read well.

    A card's line names its place and its main fields, so a moved card shows as one line out and
    one line in, and a score change as one changed line.
    """
    lines = [f"Map: {project.title}"]
    lines += [f"Stage {i + 1}: {s.name} ({s.phase.value})" for i, s in enumerate(project.stages)]
    lines += [f"Lane {i + 1}: {lane.name}" for i, lane in enumerate(project.lanes)]
    stage_names = {s.id: s.name for s in project.stages}
    lane_names = {lane.id: lane.name for lane in project.lanes}
    cells = project.cells()
    for stage in project.stages:
        for lane in project.lanes:
            for tp in cells.get((stage.id, lane.id), []):
                lines.append(
                    f"Card '{tp.title}' in {stage_names[tp.stage_id]} / {lane_names[tp.lane_id]}: "
                    f"{tp.channel.value}, {tp.control.value}, {_score(tp.score)}"
                    + (", moment of truth" if tp.moment_of_truth else "")
                    + f" [{tp.id}]"
                )
                for name in ("description", "pain_points", "opportunities", "owner", "notes"):
                    value = getattr(tp, name)
                    if value:
                        flat = " ".join(str(value).split())
                        lines.append(f"    {name.replace('_', ' ')} of '{tp.title}': {flat}")
    for c in project.conflicts:
        what = f"{c.kind} {c.target_id}".strip()
        if c.field:
            lines.append(f"CONFLICT {what} {c.field}: ours {c.ours!r}, theirs {c.theirs!r}")
        else:
            lines.append(f"CONFLICT {what}: deleted by {c.deleted_by}, changed by the other side")
    return "\n".join(lines) + "\n"


def cmd_text(args: argparse.Namespace) -> int:
    """Print a map as text (git's textconv calls this with one file)."""
    try:
        project = storage.load(args.file)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    sys.stdout.write(map_as_text(project))
    return EXIT_OK


def _configure_text(p: _Parser) -> None:
    p.add_argument("file", metavar="FILE", help="the .cxmap map to print")


# -- git's external diff ---------------------------------------------------------------------------


def cmd_git_diff(args: argparse.Namespace) -> int:
    """What ``git diff`` shows for a map: the card-level comparison of `cxmapper diff`.

    Git calls an external diff driver with seven arguments (path, then old file, hash and mode,
    then new file, hash and mode); a map added or deleted arrives as /dev/null on one side.
    """
    from cxmapper.cli import diff_text

    name = args.path
    if args.old_file == os.devnull or args.new_file == os.devnull:
        present = args.new_file if args.old_file == os.devnull else args.old_file
        try:
            project = storage.load(present)
        except storage.CxmapFileError as exc:
            return _fail(str(exc))
        verb = "new" if args.old_file == os.devnull else "deleted"
        n = len(project.touchpoints)
        print(f"{verb} map {name}: '{project.title}', {n} touchpoint{'s' if n != 1 else ''}")
        return EXIT_OK
    try:
        old, new = storage.load(args.old_file), storage.load(args.new_file)
    except storage.CxmapFileError as exc:
        return _fail(str(exc))
    sys.stdout.write(diff_text(old, new, f"a/{name}", f"b/{name}"))
    return EXIT_OK


def _configure_git_diff(p: _Parser) -> None:
    p.add_argument("path", metavar="PATH", help="the map's path in the repository")
    p.add_argument("old_file", metavar="OLD-FILE")
    p.add_argument("old_hex", metavar="OLD-HEX")
    p.add_argument("old_mode", metavar="OLD-MODE")
    p.add_argument("new_file", metavar="NEW-FILE")
    p.add_argument("new_hex", metavar="NEW-HEX")
    p.add_argument("new_mode", metavar="NEW-MODE")


# -- install-git-driver ----------------------------------------------------------------------------


def launcher_command() -> str:
    """How git should call this cxmapper: the launcher on PATH, else this very interpreter."""
    if getattr(sys, "frozen", False):
        return shlex.quote(sys.executable)
    found = shutil.which(PROG)
    if found:
        return shlex.quote(found)
    return f"{shlex.quote(sys.executable)} -m cxmapper"


def _git(*args: str, cwd: Path | None = None) -> str:
    done = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or f"git {' '.join(args)} failed")
    return done.stdout.strip()


def _global_attributes_file() -> Path:
    try:
        configured = _git("config", "--global", "--get", "core.attributesFile")
    except RuntimeError:
        configured = ""
    if configured:
        return Path(os.path.expanduser(configured))
    xdg = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(xdg) / "git" / "attributes"


def cmd_install_git_driver(args: argparse.Namespace) -> int:
    """Wire the merge driver and the text diff into git, for one repository or for the user."""
    if shutil.which("git") is None:
        return _fail("git is not installed (or not on PATH)")
    command = args.command or launcher_command()
    scope = ["--global"] if args.global_ else []
    try:
        if args.global_:
            attributes = _global_attributes_file()
        else:
            top = _git("rev-parse", "--show-toplevel")
            attributes = Path(top) / ".gitattributes"
        settings = {
            "merge.cxmapper.name": "cxmapper: merge journey maps card by card",
            "merge.cxmapper.driver": f"{command} merge %O %A %B -o %A",
            "diff.cxmapper.textconv": f"{command} text",
            "diff.cxmapper.command": f"{command} git-diff",
        }
        for key, value in settings.items():
            _git("config", *scope, key, value)
    except RuntimeError as exc:
        return _fail(f"{exc} (run it inside a git repository, or use --global)")
    existing = attributes.read_text(encoding="utf-8") if attributes.exists() else ""
    added = ATTRIBUTES_LINE not in existing.splitlines()
    if added:
        attributes.parent.mkdir(parents=True, exist_ok=True)
        sep = "" if not existing or existing.endswith("\n") else "\n"
        attributes.write_text(existing + sep + ATTRIBUTES_LINE + "\n", encoding="utf-8")
    where = "your user's git configuration" if args.global_ else "this repository's .git/config"
    for key, value in settings.items():
        print(f"set {key} = {value}  ({where})")
    if added:
        print(f"added '{ATTRIBUTES_LINE}' to {attributes}")
    else:
        print(f"{attributes} already has '{ATTRIBUTES_LINE}'")
    if not args.global_:
        print("commit .gitattributes so your team's clones use it; each colleague runs this command once")
    return EXIT_OK


def _configure_install_git_driver(p: _Parser) -> None:
    p.add_argument(
        "--global", dest="global_", action="store_true", help="for every repository of this user, not just this one"
    )
    p.add_argument("--command", metavar="CMD", help="how git should run cxmapper (default: this cxmapper's launcher)")


register("merge", "three-way merge of maps card by card (a git merge driver)", _configure_merge, cmd_merge)
register("text", "print a map as text, one line per card (a git textconv)", _configure_text, cmd_text)
register("git-diff", "compare two maps as git's external diff (git diff)", _configure_git_diff, cmd_git_diff)
register(
    "install-git-driver",
    "make git merge and diff .cxmap files card by card",
    _configure_install_git_driver,
    cmd_install_git_driver,
)
