"""Teams through git: real repositories, two branches editing one map, merged by the installed driver."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import cxmapper
from cxmapper.model import ops, storage
from cxmapper.model.library import template
from cxmapper.model.project import Project, Stage, Touchpoint
from cxmapper.model.vocab import Phase

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

ROOT = Path(cxmapper.__file__).resolve().parents[1]
COMMAND = f"{sys.executable} -m cxmapper"


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An environment with a private HOME (no user git config leaks in) that finds this cxmapper."""
    home = tmp_path / "home"
    home.mkdir()
    e = {k: v for k, v in os.environ.items() if not k.startswith("GIT_")}
    e.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        GIT_CONFIG_NOSYSTEM="1",
        PYTHONPATH=str(ROOT),
        GIT_AUTHOR_NAME="Laia",
        GIT_AUTHOR_EMAIL="laia@example.com",
        GIT_COMMITTER_NAME="Laia",
        GIT_COMMITTER_EMAIL="laia@example.com",
    )
    return e


def run(args: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=120, check=False)
    if check and done.returncode != 0:
        raise AssertionError(f"{args} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def cx(args: list[str], cwd: Path, env: dict[str, str], check: bool = True) -> subprocess.CompletedProcess[str]:
    return run([sys.executable, "-m", "cxmapper", *args], cwd, env, check)


def edit(repo: Path, env: dict[str, str], branch: str, change: object, message: str) -> None:
    run(["git", "checkout", "-q", branch], repo, env)
    project = storage.load(repo / "shop.cxmap")
    change(project)  # type: ignore[operator]
    storage.save(project, repo / "shop.cxmap", backup=False)
    run(["git", "commit", "-q", "-am", message], repo, env)


@pytest.fixture
def repo(tmp_path: Path, env: dict[str, str]) -> Path:
    repo = tmp_path / "team"
    repo.mkdir()
    run(["git", "init", "-q", "-b", "main"], repo, env)
    storage.save(template("clothing-shop", "en"), repo / "shop.cxmap", backup=False)
    done = cx(["install-git-driver", "--command", COMMAND], repo, env)
    assert "merge.cxmapper.driver" in done.stdout and ".gitattributes" in done.stdout
    assert (repo / ".gitattributes").read_text(encoding="utf-8") == "*.cxmap merge=cxmapper diff=cxmapper\n"
    run(["git", "add", "."], repo, env)
    run(["git", "commit", "-q", "-m", "base map"], repo, env)
    run(["git", "branch", "colleague"], repo, env)
    return repo


def test_two_branches_editing_one_map_merge_card_by_card(repo: Path, env: dict[str, str]) -> None:
    def mine(p: Project) -> None:
        ops.move_touchpoint(p, "tp-cs-live-chat", "stage-loyalty", "lane-customer", 0)
        ops.update_touchpoint(p, "tp-cs-payment", score=2)
        ops.add_touchpoint(
            p, Touchpoint(id="tp-wa", title="WhatsApp àç 😀", stage_id="stage-buy", lane_id="lane-customer")
        )
        ops.delete_touchpoint(p, "tp-cs-newsletter")
        ops.update_stage(p, "stage-buy", name="Tria i compra")

    def theirs(p: Project) -> None:
        ops.update_touchpoint(p, "tp-cs-live-chat", pain_points="No answer after 18:00")
        ops.move_stage(p, "stage-loyalty", 1)
        ops.add_stage(p, Stage(id="stage-wait", name="Waiting", phase=Phase.DURING), 3)
        ops.update_touchpoint(p, "tp-cs-delivery", description="Two-day courier")

    edit(repo, env, "main", mine, "my edits")
    edit(repo, env, "colleague", theirs, "their edits")
    run(["git", "checkout", "-q", "main"], repo, env)
    done = run(["git", "merge", "-q", "--no-edit", "colleague"], repo, env, check=False)
    assert done.returncode == 0, done.stderr

    p = storage.load(repo / "shop.cxmap")
    assert p.conflicts == []
    assert [s.id for s in p.stages] == [
        "stage-discover",
        "stage-loyalty",
        "stage-buy",
        "stage-wait",
        "stage-receive",
        "stage-service",
    ]
    assert p.stage("stage-buy").name == "Tria i compra"
    chat = p.touchpoint("tp-cs-live-chat")
    assert (chat.stage_id, chat.order, chat.pain_points) == ("stage-loyalty", 0, "No answer after 18:00")
    assert p.touchpoint("tp-cs-payment").score == 2
    assert p.touchpoint("tp-cs-delivery").description == "Two-day courier"
    assert p.touchpoint("tp-wa").title == "WhatsApp àç 😀"
    assert "tp-cs-newsletter" not in {tp.id for tp in p.touchpoints}
    assert len(p.touchpoints) == 19
    assert cx(["validate", "--strict", "shop.cxmap"], repo, env).returncode == 0


def test_a_conflicting_edit_ends_marked_with_both_values_and_exit_1(repo: Path, env: dict[str, str]) -> None:
    edit(repo, env, "main", lambda p: ops.update_touchpoint(p, "tp-cs-delivery", score=-1), "courier better")
    edit(repo, env, "colleague", lambda p: ops.update_touchpoint(p, "tp-cs-delivery", score=1), "courier fixed")
    run(["git", "checkout", "-q", "main"], repo, env)
    done = run(["git", "merge", "--no-edit", "colleague"], repo, env, check=False)
    assert done.returncode != 0 and "CONFLICT" in done.stdout

    p = storage.load(repo / "shop.cxmap")  # still a valid map, not JSON with <<<<<<< lines
    (c,) = p.conflicts
    assert (c.target_id, c.field, c.ours, c.theirs) == ("tp-cs-delivery", "score", -1, 1)
    strict = cx(["validate", "--strict", "shop.cxmap"], repo, env, check=False)
    assert strict.returncode == 1 and "1 unresolved merge conflict" in strict.stdout
    assert cx(["validate", "shop.cxmap"], repo, env).returncode == 0


def test_merge_command_exit_status_and_output(tmp_path: Path, env: dict[str, str]) -> None:
    base = template("clothing-shop", "en")
    ours, theirs = base.model_copy(deep=True), base.model_copy(deep=True)
    ops.update_touchpoint(ours, "tp-cs-blog", title="Blog de moda")
    ops.update_touchpoint(theirs, "tp-cs-blog", title="Blog de moda 👗")
    for name, p in (("base", base), ("ours", ours), ("theirs", theirs)):
        storage.save(p, tmp_path / f"{name}.cxmap", backup=False)
    done = cx(["merge", "base.cxmap", "ours.cxmap", "theirs.cxmap", "-o", "out.cxmap"], tmp_path, env, check=False)
    assert done.returncode == 1 and "1 conflict" in done.stderr
    assert storage.load(tmp_path / "ours.cxmap").conflicts == []  # -o leaves OURS alone
    assert storage.load(tmp_path / "out.cxmap").conflicts[0].theirs == "Blog de moda 👗"
    bad = cx(["merge", "base.cxmap", "missing.cxmap", "theirs.cxmap"], tmp_path, env, check=False)
    assert bad.returncode == 1 and bad.stderr.startswith("cxmapper: ")


def test_git_diff_reads_as_card_changes(repo: Path, env: dict[str, str]) -> None:
    def change(p: Project) -> None:
        ops.move_touchpoint(p, "tp-cs-live-chat", "stage-loyalty", "lane-customer", 0)
        ops.update_touchpoint(p, "tp-cs-live-chat", score=-1)

    edit(repo, env, "main", change, "chat moved")
    diff = run(["git", "log", "-p", "-1"], repo, env).stdout
    assert "-Card 'Live chat' in Choose and buy / Customer actions: chat, intentional, score +2" in diff
    assert "+Card 'Live chat' in Come back / Customer actions: chat, intentional, score -1" in diff
    assert '"stage_id"' not in diff  # no JSON in the diff


def test_install_git_driver_global_writes_the_user_attributes(tmp_path: Path, env: dict[str, str]) -> None:
    done = cx(["install-git-driver", "--global", "--command", COMMAND], tmp_path, env)
    attributes = Path(env["XDG_CONFIG_HOME"]) / "git" / "attributes"
    assert attributes.read_text(encoding="utf-8") == "*.cxmap merge=cxmapper diff=cxmapper\n"
    assert str(attributes) in done.stdout
    config = run(["git", "config", "--global", "--get", "merge.cxmapper.driver"], tmp_path, env).stdout.strip()
    assert config == f"{COMMAND} merge %O %A %B -o %A"
    again = cx(["install-git-driver", "--global", "--command", COMMAND], tmp_path, env)
    assert "already has" in again.stdout
    assert attributes.read_text(encoding="utf-8").count("merge=cxmapper") == 1


def test_git_diff_tells_what_happened_to_each_card(repo: Path, env: dict[str, str]) -> None:
    project = storage.load(repo / "shop.cxmap")
    ops.move_touchpoint(project, "tp-cs-live-chat", "stage-loyalty", "lane-customer", 0)
    ops.update_touchpoint(project, "tp-cs-live-chat", score=-1)
    storage.save(project, repo / "shop.cxmap", backup=False)

    diff = run(["git", "diff"], repo, env).stdout
    assert "> 'Live chat': 'Choose and buy' -> 'Come back'" in diff
    assert "~ 'Live chat': score +2 -> -1" in diff
    assert "touchpoints: 0 added, 0 removed, 1 moved, 1 changed" in diff
    logged = run(["git", "log", "-p", "--ext-diff", "-1", "--", "shop.cxmap"], repo, env).stdout
    assert "new map shop.cxmap: 'Online clothing shop', 19 touchpoints" in logged
