"""The wheel and sdist carry every resource once, as real files, and nothing from outside the package.

``cxmapper/resources`` is a symlink into the top-level ``resources/`` folder; a wheel must hold
the files behind it (a symlink would dangle once installed), exactly once, under
``cxmapper/resources/``, so ``importlib.resources`` finds them in an installed copy. The wheel
is built from the sdist, as ``python -m build`` does, so a file missing from the sdist shows up
here too. packaging/ci_check_dist.sh installs the wheel outside the tree and runs it.
"""

from __future__ import annotations

import ast
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import zipfile
from collections import Counter
from pathlib import Path

import pytest

from cxmapper import __version__

ROOT = Path(__file__).resolve().parents[1]
RESOURCES = ROOT / "resources"
IGNORED = ("__pycache__", ".pyc", ".DS_Store")
#: What using the editor leaves in resources/ (opening a sample by path): a lock file, the .bak
#: of a save, a killed save's temporary file. Packaging excludes these (pyproject.toml).
LITTER = (".~lock.clothing-shop.cxmap#", "clothing-shop.cxmap.bak", ".clothing-shop.cxmap.a1b2c3d4-77-x.k1ll3d_0.tmp")


def tracked() -> list[str] | None:
    """The files git tracks (as they are in the working tree), or None outside a git checkout."""
    try:
        done = subprocess.run(["git", "-C", str(ROOT), "ls-files", "-z"], capture_output=True, check=False)
    except OSError:
        return None
    if done.returncode != 0 or not done.stdout:
        return None
    return [name for name in done.stdout.decode("utf-8", "surrogateescape").split("\0") if name]


def source_resources() -> dict[str, Path]:
    """Every file of resources/ that ships (links followed), keyed by its path inside the wheel.

    In a git checkout, the files git tracks: a working copy someone has used holds lock files,
    backups and their own maps beside the samples, which are no part of cxmapper. Elsewhere (an
    unpacked sdist) every file but the litter packaging excludes.
    """
    names = tracked()
    if names is not None:
        paths = [ROOT / n for n in names if n.startswith("resources/") and (ROOT / n).is_file()]
    else:
        paths = [p for p in RESOURCES.rglob("*") if p.is_file() and not _is_litter(p.name)]
    files = {}
    for path in sorted(paths):
        if not any(part in IGNORED or path.name.endswith(IGNORED) for part in path.parts):
            files["cxmapper/resources/" + path.relative_to(RESOURCES).as_posix()] = path
    return files


def _is_litter(name: str) -> bool:
    return (
        (name.startswith(".~lock.") and name.endswith("#"))
        or name.endswith(".bak")
        or (name.startswith(".") and name.endswith(".tmp"))
    )


def _stage(target: Path) -> Path:
    """Copy what git tracks, as it is in the working tree, to ``target``, and plant litter.

    The wheel is built from this copy, so stray files in the working copy cannot change the
    result, and the planted litter proves packaging leaves it out.
    """
    names = tracked()
    if names is None:
        return ROOT  # no git: build the tree as it is
    for name in names:
        source, dest = ROOT / name, target / name
        dest.parent.mkdir(parents=True, exist_ok=True)
        if source.is_symlink():
            dest.symlink_to(source.readlink())
        elif source.is_file():
            shutil.copy2(source, dest)
    for litter in LITTER:
        (target / "resources" / "samples" / litter).write_bytes(b"{}")
    return target


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("dist")
    tree = _stage(tmp_path_factory.mktemp("tree"))
    done = subprocess.run(
        [sys.executable, "-m", "build", "--outdir", str(out), str(tree)],
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    (wheel,) = out.glob("cxmapper-*.whl")
    (sdist,) = out.glob("cxmapper-*.tar.gz")
    return wheel, sdist


@pytest.mark.slow
def test_wheel_holds_every_resource_once_as_real_files(built: tuple[Path, Path]) -> None:
    wheel, _ = built
    with zipfile.ZipFile(wheel) as zf:
        infos = zf.infolist()
        names = Counter(info.filename for info in infos)
        expected = source_resources()
        assert [name for name, n in names.items() if n > 1] == []
        missing = sorted(set(expected) - set(names))
        assert missing == [], f"resources missing from the wheel: {missing}"
        assert not [n for n in names if n.rsplit("/", 1)[-1] in LITTER], "editor litter was packaged"
        extra = sorted(n for n in names if n.startswith("cxmapper/resources/") and n not in expected)
        assert extra == [], f"files in the wheel's resources that are not in resources/: {extra}"
        # Nothing outside the package: no top-level resources/, packaging/ or tests/.
        tops = {n.split("/", 1)[0] for n in names}
        assert tops == {"cxmapper", f"cxmapper-{__version__}.dist-info"}
        for info in infos:
            assert not stat.S_ISLNK(info.external_attr >> 16), f"{info.filename} is a symlink in the wheel"
        for name, source in expected.items():
            assert zf.read(name) == source.read_bytes(), f"{name} differs from {source}"
        entry_points = zf.read(next(n for n in names if n.endswith(".dist-info/entry_points.txt"))).decode()
        assert "[gui_scripts]" in entry_points and "cxmapper = cxmapper.__main__:main" in entry_points

    # The kinds the brief names, spelled out so a failure says which kind went missing.
    for required in (
        "cxmapper/resources/catalog/catalog.json",
        "cxmapper/resources/samples/clothing-shop.cxmap",
        "cxmapper/resources/samples/beauty-salon.es.cxmap",
        "cxmapper/resources/schema/cxmap.schema.json",
        "cxmapper/resources/fonts/NotoSans-Regular.ttf",
        "cxmapper/resources/icons/app/cxmapper.svg",
        "cxmapper/resources/icons/app/png/cxmapper-256.png",
        "cxmapper/resources/icons/channels/email.svg",
        "cxmapper/resources/desktop/io.github.cxmapper.CxMapper.desktop",
        "cxmapper/resources/desktop/cxmapper-mime.xml",
        "cxmapper/py.typed",
    ):
        assert names[required] == 1, required
    for qm in (RESOURCES / "translations").glob("*.qm"):
        assert names[f"cxmapper/resources/translations/{qm.name}"] == 1


@pytest.mark.slow
def test_sdist_carries_the_package_tests_and_packaging_files(built: tuple[Path, Path]) -> None:
    _, sdist = built
    with tarfile.open(sdist) as tf:
        members = tf.getmembers()
    prefix = sdist.name.removesuffix(".tar.gz") + "/"
    names = Counter(m.name.removeprefix(prefix) for m in members)
    assert [name for name, n in names.items() if n > 1] == []
    assert not [m.name for m in members if m.issym() or m.islnk()], "links in the sdist dangle once unpacked"
    for name in source_resources():
        assert names[name] == 1, f"{name} missing from the sdist"
    assert not [n for n in names if n.rsplit("/", 1)[-1] in LITTER], "editor litter in the sdist"
    for required in (
        "pyproject.toml",
        "MANIFEST.in",
        "Makefile",
        "LICENSE",
        "packaging/cxmapper.spec",
        "packaging/linux/io.github.cxmapper.CxMapper.metainfo.xml",
        "tests/test_packaging.py",
    ):
        assert names[required] == 1, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]


def spec_list(name: str) -> list[str]:
    tree = ast.parse((ROOT / "packaging" / "cxmapper.spec").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(v) for v in value]
    raise AssertionError(f"{name} not found in packaging/cxmapper.spec")


def test_bundle_spec_keeps_every_qt_module_cxmapper_imports() -> None:
    used = set()
    for path in (ROOT / "cxmapper").rglob("*.py"):
        used.update(re.findall(r"PySide6\.(Qt\w+)", path.read_text(encoding="utf-8")))
    assert used, "no PySide6 import found: the scan is broken"
    wrongly_excluded = sorted(used & set(spec_list("QT_UNUSED")))
    assert wrongly_excluded == [], (
        f"cxmapper uses these, remove them from QT_UNUSED in cxmapper.spec: {wrongly_excluded}"
    )
