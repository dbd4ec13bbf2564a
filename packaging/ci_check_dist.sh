#!/usr/bin/env bash
# Check what users install, not the checkout: called by .ci/run after `make test`.
#
#  1. the Linux desktop files validate (desktop-file-validate, appstreamcli);
#  2. `make dist` builds a wheel that, installed into a fresh venv and run from a folder outside
#     the source tree, prints its version, creates a map, exports a PDF, installs its desktop
#     files and opens the main window offscreen with the Spanish translation;
#  3. `make bundle` builds the PyInstaller folder, which runs --version and an export too and
#     stays under the size budget.
#
# Needs Python >= 3.11, pip and make; desktop-file-utils, appstream and binutils are installed
# with apt (as root) when missing.
# Runs in a few minutes on 2 cores; the bundle build is most of it.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
PYTHON=${PYTHON:-python3}
BUNDLE_BUDGET_MB=150
START=$SECONDS
WORK=$(mktemp -d "${TMPDIR:-/tmp}/cxmapper-dist.XXXXXX")
trap 'rm -rf "$WORK"' EXIT

step() { printf '\n== %s (%ds)\n' "$1" "$((SECONDS - START))"; }
fail() { echo "ci_check_dist: $*" >&2; exit 1; }

# -- 1. desktop files ---------------------------------------------------------------------------
step "validate packaging/linux"
need=()
command -v desktop-file-validate >/dev/null 2>&1 || need+=(desktop-file-utils)
command -v appstreamcli >/dev/null 2>&1 || need+=(appstream)
command -v objdump >/dev/null 2>&1 || need+=(binutils)  # PyInstaller reads shared-library links with it.
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
    else
        fail "missing ${need[*]} and not root to install them"
    fi
fi
desktop-file-validate packaging/linux/io.github.cxmapper.CxMapper.desktop
appstreamcli validate --no-net packaging/linux/io.github.cxmapper.CxMapper.metainfo.xml

# -- 2. the wheel, installed outside the tree ---------------------------------------------------
# `python -m build` makes the wheel from the sdist, so installing the wheel also proves the
# sdist is complete.
step "make dist"
make dist
WHEEL=$(ls "$ROOT"/dist/cxmapper-*.whl)
ls -l "$ROOT"/dist

step "install the wheel into a fresh venv"
"$PYTHON" -m venv "$WORK/venv"
"$WORK/venv/bin/python" -m pip install --quiet --disable-pip-version-check "$WHEEL"
mkdir -p "$WORK/run" "$WORK/config" "$WORK/data"
cd "$WORK/run"
# Keep the GUI's settings, recent files and autosaves away from the real home folder.
export XDG_CONFIG_HOME="$WORK/config" XDG_DATA_HOME="$WORK/data"
PATH="$WORK/venv/bin:$PATH"
VENV_PY="$WORK/venv/bin/python"

step "run the installed cxmapper"
"$VENV_PY" - "$ROOT" <<'EOF'
"""The package and its resources come from the venv, as real files, not from the checkout."""
import sys
from importlib import resources
from pathlib import Path

import cxmapper

root = Path(sys.argv[1]).resolve()
package = Path(cxmapper.__file__).resolve().parent
assert "site-packages" in package.parts and root not in package.parents, package
data = resources.files("cxmapper.resources")
for parts in (("catalog", "catalog.json"), ("schema", "cxmap.schema.json"), ("fonts", "NotoSans-Regular.ttf"),
              ("samples", "clothing-shop.cxmap"), ("icons", "app", "cxmapper.svg"), ("desktop", "cxmapper-mime.xml")):
    node = data.joinpath(*parts)
    assert node.is_file(), f"missing resource {'/'.join(parts)}"
    assert not Path(str(node)).is_symlink(), f"{node} is a symlink"
print(f"cxmapper {cxmapper.__version__} from {package}; resources found through importlib.resources")
EOF
version=$(cxmapper --version)
[ "$version" = "cxmapper $("$VENV_PY" -c 'import cxmapper; print(cxmapper.__version__)')" ] || fail "bad --version: $version"
echo "$version"
cxmapper new --template clothing-shop -o x.cxmap
cxmapper validate x.cxmap
cxmapper export x.cxmap -o x.pdf
[ "$(head -c 5 x.pdf)" = "%PDF-" ] || fail "x.pdf is not a PDF"
cxmapper install-desktop --prefix "$WORK/stage"
desktop-file-validate "$WORK/stage/share/applications/io.github.cxmapper.CxMapper.desktop"
cxmapper install-desktop --prefix "$WORK/stage" --uninstall

step "open the main window offscreen, in Spanish"
if "$VENV_PY" -c 'from cxmapper.ui.main_window import build_main_window' 2>/dev/null; then
    QT_QPA_PLATFORM=offscreen "$VENV_PY" - <<'EOF'
"""Build the installed editor's window with a translation loaded; Qt criticals fail the check."""
import importlib.util
import sys

from PySide6.QtCore import QCoreApplication, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

problems = []


def on_message(mode: QtMsgType, context: object, message: str) -> None:
    print(f"qt: {message}", file=sys.stderr)
    if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        problems.append(message)


qInstallMessageHandler(on_message)
app = QApplication(["cxmapper"])
if importlib.util.find_spec("cxmapper.i18n") is not None:
    from cxmapper.i18n import install_translators

    install_translators(app, "es")
    # Qt's own catalogue (qtbase_es.qm from the installed PySide6) must be among them.
    cancel = QCoreApplication.translate("QPlatformTheme", "Cancel")
    assert cancel == "Cancelar", f"Qt's Spanish translation is not loaded: Cancel -> {cancel!r}"
    how = "with cxmapper.i18n's Spanish translators (Qt's Cancel -> Cancelar)"
else:
    how = "(no cxmapper.i18n yet: window only)"
from cxmapper.ui.main_window import build_main_window

window = build_main_window(None, lang="es")
window.show()
app.processEvents()
title = window.windowTitle()
window.close()
app.processEvents()
assert not problems, problems
print(f"main window {title!r} built {how}")
EOF
else
    echo "cxmapper.ui.main_window.build_main_window not available yet: skipped"
fi
cd "$ROOT"

# -- 3. the desktop bundle ----------------------------------------------------------------------
step "make bundle"
make bundle
BUNDLE="$ROOT/packaging/dist/cxmapper"

step "run the bundle"
cd "$WORK/run"
"$BUNDLE/cxmapper" --version
"$BUNDLE/cxmapper" export x.cxmap -o bundle.pdf
[ "$(head -c 5 bundle.pdf)" = "%PDF-" ] || fail "bundle.pdf is not a PDF"
for qm in qtbase_es.qm qtbase_ca.qm; do
    [ -f "$BUNDLE/_internal/PySide6/Qt/translations/$qm" ] || fail "the bundle lost Qt's $qm"
done
cd "$ROOT"
size_mb=$(du -sm "$BUNDLE" | cut -f1)
echo "bundle size unpacked: $(du -sh "$BUNDLE" | cut -f1) (budget ${BUNDLE_BUDGET_MB} MB)"
[ "$size_mb" -lt "$BUNDLE_BUDGET_MB" ] || fail "the bundle is ${size_mb} MB, over the ${BUNDLE_BUDGET_MB} MB budget"

step "dist checks passed"
