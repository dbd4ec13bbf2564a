"""Translations: the .ts files are complete, faithful to their sources and up to date with the code,
the committed .qm files are what lrelease makes of them, and every vocabulary exists in English,
Spanish and Catalan. No QApplication: pure file and model checks (lupdate/lrelease run as tools).
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from cxmapper.export.labels import CHANNELS, CONTROLS, LABELS, OWNERSHIPS, PHASES, Labels, format_date
from cxmapper.model.library import LANGUAGES, TEMPLATES, catalog, template
from cxmapper.model.project import DEFAULT_LANE_NAME, DEFAULT_STAGE_NAMES, DEFAULT_TITLE, new_project
from cxmapper.model.vocab import Channel, Control, Ownership, Phase

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "cxmapper"
TS_DIR = ROOT / "resources" / "translations"
TRANSLATED = ("es", "ca")
BIN = Path(sys.executable).parent


def tool(name: str) -> str | None:
    """A Qt Linguist tool from the venv running the tests, else from PATH."""
    local = BIN / name
    return str(local) if local.exists() else shutil.which(name)


def sources() -> list[str]:
    """The package's .py files, as `make translations-update` passes them to lupdate."""
    found = (p.relative_to(ROOT) for p in PACKAGE.rglob("*.py"))
    return sorted(str(p) for p in found if p.parts[1] != "resources")


def messages(path: Path) -> list[tuple[str, ET.Element]]:
    """(context name, <message>) pairs of a .ts file."""
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m) for ctx in root.iter("context") for m in ctx.iter("message")]


def key(context: str, message: ET.Element) -> tuple[str, str, str, bool]:
    return (
        context,
        message.findtext("source") or "",
        message.findtext("comment") or "",
        message.get("numerus") == "yes",
    )


def forms(message: ET.Element) -> list[str]:
    """The translation's text, or its plural forms."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        return [f.text or "" for f in translation.iter("numerusform")]
    return [translation.text or ""]


# %n, %1, %s, %d, %%, %(name)s, {name}, {name:.0f}, and the window-modified marker [*].
PLACEHOLDER = re.compile(r"%(?:\([a-z_]+\))?[a-z%]|%\d+|\{[a-z_]*(?::[^}]*)?\}|\[\*\]")
TAG = re.compile(r"</?[a-z0-9]+>")


def placeholders(text: str) -> Counter[str]:
    return Counter(PLACEHOLDER.findall(text))


def mnemonics(text: str) -> int:
    """How many keyboard accelerators ("&File") a text has; "&&" and entities like &minus; are not."""
    return len(re.findall(r"&(?!&|[a-z]+;)\w", text.replace("&&", "")))


# -- the .ts files ----------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", TRANSLATED)
def test_every_message_is_translated_and_finished(lang: str) -> None:
    found = messages(TS_DIR / f"cxmapper_{lang}.ts")
    assert len(found) > 300
    problems = []
    for context, message in found:
        translation = message.find("translation")
        assert translation is not None
        source = message.findtext("source")
        if translation.get("type") is not None:
            problems.append(f"{context}: {source!r} is {translation.get('type')}")
        texts = forms(message)
        if message.get("numerus") == "yes" and len(texts) != 2:
            problems.append(f"{context}: {source!r} needs 2 plural forms in {lang}, has {len(texts)}")
        if not all(t.strip() for t in texts):
            problems.append(f"{context}: {source!r} has an empty translation")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", (*TRANSLATED, "en"))
def test_translations_keep_placeholders_tags_and_accelerators(lang: str) -> None:
    problems = []
    for context, message in messages(TS_DIR / f"cxmapper_{lang}.ts"):
        source = message.findtext("source") or ""
        for i, text in enumerate(forms(message)):
            want = placeholders(source)
            got = placeholders(text)
            if message.get("numerus") == "yes" and i == 0 and "%n" not in got:
                # A singular may say "its card" instead of "its 1 card(s)".
                want.pop("%n", None)
            if got != want:
                problems.append(f"{context}: {source[:60]!r} -> {text[:60]!r}: {dict(got)} != {dict(want)}")
            if Counter(TAG.findall(text)) != Counter(TAG.findall(source)):
                problems.append(f"{context}: {source[:60]!r}: HTML tags differ")
            if mnemonics(text) != mnemonics(source):
                problems.append(f"{context}: {source!r} -> {text!r}: accelerator count differs")
    assert not problems, "\n".join(problems)


def test_english_file_holds_only_plural_forms() -> None:
    found = messages(TS_DIR / "cxmapper_en.ts")
    assert found
    for context, message in found:
        assert message.get("numerus") == "yes", (context, message.findtext("source"))
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None
        singular, plural = forms(message)
        assert "(s)" not in singular + plural and "(es)" not in singular + plural


def test_business_vocabulary() -> None:
    """The words a business uses, not literal renderings of the English."""
    text = {
        lang: "\n".join(t for _c, m in messages(TS_DIR / f"cxmapper_{lang}.ts") for t in forms(m))
        for lang in TRANSLATED
    }
    for words in (
        ("punto de contacto", "recorrido del cliente", "momento de la verdad", "Puntos de dolor", "&Deshacer"),
        ("Antes de la compra", "Durante la compra", "Después de la compra", "&Rehacer"),
    ):
        for word in words:
            assert word in text["es"], word
    for words in (
        ("punt de contacte", "viatge del client", "moment de la veritat", "Punts de dolor", "&Desfés", "&Refés"),
        ("Abans de la compra", "Durant la compra", "Després de la compra"),
    ):
        for word in words:
            assert word in text["ca"], word
    for wrong in ("recorregut del client", "punt de contacte de", "Toc"):
        assert wrong not in text["ca"], wrong


# -- up to date with the code ------------------------------------------------------------------------


def test_ts_files_hold_every_string_of_the_code(tmp_path: Path) -> None:
    lupdate = tool("pyside6-lupdate")
    if lupdate is None:
        pytest.skip("pyside6-lupdate is not installed")
    fresh = {"all": tmp_path / "all_es.ts", "plural": tmp_path / "plural_en.ts"}
    for name, extra in (("all", []), ("plural", ["-pluralonly"])):
        subprocess.run(
            [lupdate, "-silent", "-locations", "none", "-no-obsolete", *extra, *sources(), "-ts", str(fresh[name])],
            cwd=ROOT,
            check=True,
            capture_output=True,
            timeout=300,
        )
    in_code = {key(c, m) for c, m in messages(fresh["all"])}
    assert len(in_code) > 300
    assert ("", "") not in {(c, "") for c, _s, _c, _n in in_code}, "a bare tr() call has no context"
    for lang in TRANSLATED:
        committed = {key(c, m) for c, m in messages(TS_DIR / f"cxmapper_{lang}.ts")}
        missing = sorted(in_code - committed)
        stale = sorted(committed - in_code)
        assert not missing, f"cxmapper_{lang}.ts lacks (run make translations-update): {missing[:10]}"
        assert not stale, f"cxmapper_{lang}.ts keeps strings the code no longer has: {stale[:10]}"
    plural = {key(c, m) for c, m in messages(fresh["plural"])}
    assert plural == {key(c, m) for c, m in messages(TS_DIR / "cxmapper_en.ts")}


def test_qm_files_are_compiled_from_the_ts_files(tmp_path: Path) -> None:
    for lang in (*TRANSLATED, "en"):
        assert (TS_DIR / f"cxmapper_{lang}.qm").is_file(), lang
    lrelease = tool("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease is not installed")
    for lang in (*TRANSLATED, "en"):
        out = tmp_path / f"cxmapper_{lang}.qm"
        subprocess.run(
            [lrelease, "-silent", str(TS_DIR / f"cxmapper_{lang}.ts"), "-qm", str(out)],
            check=True,
            capture_output=True,
            timeout=120,
        )
        committed = (TS_DIR / f"cxmapper_{lang}.qm").read_bytes()
        assert out.read_bytes() == committed, f"cxmapper_{lang}.qm is stale: run make translations"


# -- strings lupdate can see ----------------------------------------------------------------------------


def _literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _class_of(tree: ast.Module) -> dict[ast.AST, str]:
    owner: dict[ast.AST, str] = {}
    for cls in (n for n in ast.walk(tree) if isinstance(n, ast.ClassDef)):
        for node in ast.walk(cls):
            owner.setdefault(node, cls.name)
    return owner


def _is_app(func: ast.expr) -> bool:
    """``translate(...)`` or ``QCoreApplication.translate(...)``, not ``painter.translate(x, y)``."""
    if isinstance(func, ast.Name):
        return True
    return (
        isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id.endswith("Application")
    )


def test_translated_strings_are_literals_lupdate_can_extract() -> None:
    """lupdate only sees literal strings in calls it knows, with the context it can infer.

    ``self.tr("x")`` inside a class (context: the class), ``labels.tr("x")`` (context "labels",
    which cxmapper.canvas.labels.tr uses at run time), ``QCoreApplication.translate("Ctx", "x")``
    and ``QT_TRANSLATE_NOOP("Ctx", "x")``. A helper like ``_tr(text)`` hides every string from
    it, ``tr(f"...")`` or ``tr(variable)`` cannot be extracted, ``other.tr("x")`` is filed under
    "other" while Qt looks it up under other's class, and a bare ``tr("x")`` lands in no context.
    """
    # These pass through strings that were marked where they are written.
    helpers = {("cxmapper/canvas/labels.py", "tr"), ("cxmapper/commands.py", "field_names")}
    problems = []
    for path in sources():
        tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
        owner = _class_of(tree)
        functions = {n: f.name for f in ast.walk(tree) if isinstance(f, ast.FunctionDef) for n in ast.walk(f)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else func.id if isinstance(func, ast.Name) else ""
            where = f"{path}:{node.lineno}"
            if (path, functions.get(node)) in helpers:
                continue
            if name in ("_tr", "_translate", "trUtf8"):
                problems.append(f"{where}: {name}() hides its strings from lupdate")
            elif name == "tr":
                first = node.args[0] if node.args else None
                if isinstance(func, ast.Name):
                    problems.append(f"{where}: bare tr() is filed under no context")
                elif isinstance(func, ast.Attribute):
                    target = func.value.id if isinstance(func.value, ast.Name) else ""
                    if target == "self" and node not in owner:
                        problems.append(f"{where}: self.tr() outside a class")
                    elif target not in ("self", "labels"):
                        problems.append(f"{where}: {target or '?'}.tr() is filed under {target!r}, not its class")
                if not _literal(first):
                    problems.append(f"{where}: tr() of something other than a string literal")
            elif name == "QT_TRANSLATE_NOOP" or (name == "translate" and _is_app(func)):
                if not (len(node.args) >= 2 and _literal(node.args[0]) and _literal(node.args[1])):
                    problems.append(f"{where}: {name}() needs a literal context and text")
            elif name == "QT_TR_NOOP":
                problems.append(f"{where}: QT_TR_NOOP outside a class method has no context; use QT_TRANSLATE_NOOP")
    assert not problems, "\n".join(problems)


# -- vocabularies in every language ------------------------------------------------------------------


def test_phase_and_default_names_in_three_languages() -> None:
    assert PHASES["es"] == {
        Phase.BEFORE: "Antes de la compra",
        Phase.DURING: "Durante la compra",
        Phase.AFTER: "Después de la compra",
    }
    assert PHASES["ca"] == {
        Phase.BEFORE: "Abans de la compra",
        Phase.DURING: "Durant la compra",
        Phase.AFTER: "Després de la compra",
    }
    for lang in LANGUAGES:
        assert DEFAULT_STAGE_NAMES[lang] == PHASES[lang]
        project = new_project(lang)
        assert [s.name for s in project.stages] == [PHASES[lang][p] for p in Phase]
        assert project.lanes[0].name == DEFAULT_LANE_NAME[lang]
        assert project.title == DEFAULT_TITLE[lang]
        assert project.language == lang
        blank = template("blank", lang)
        assert [s.name for s in blank.stages] == [PHASES[lang][p] for p in Phase]
        assert blank.language == lang


def test_printed_vocabulary_is_complete_in_every_language() -> None:
    for lang in LANGUAGES:
        assert set(LABELS[lang]) == set(LABELS["en"]), lang
        assert set(CHANNELS[lang]) == set(Channel), lang
        assert set(CONTROLS[lang]) == set(Control), lang
        assert set(OWNERSHIPS[lang]) == set(Ownership), lang
        assert set(PHASES[lang]) == set(Phase), lang
        for name, value in LABELS[lang].items():
            assert placeholders(value) == placeholders(LABELS["en"][name]), (lang, name)
    for lang in TRANSLATED:
        # Only words that really are the same in both languages may stay English.
        same = {k for k, v in LABELS[lang].items() if v == LABELS["en"][k]}
        assert same <= {"control", "notes"}, (lang, same)
    assert Labels("ca")["map"] == "Mapa del viatge del client"
    assert Labels("es")["map"] == "Mapa del recorrido del cliente"
    assert Labels("ca")["moment_of_truth"] == "Moment de la veritat"
    assert Labels("es")["pain_points"] == "Puntos de dolor"


def test_catalogue_and_samples_in_every_language() -> None:
    for entry in catalog():
        for lang in LANGUAGES:
            assert entry.titles.get(lang, "").strip(), (entry.id, lang)
            assert entry.descriptions.get(lang, "").strip(), (entry.id, lang)
    for name in TEMPLATES:
        for lang in LANGUAGES:
            project = template(name, lang)
            assert project.language == lang, (name, lang)
        english = template(name, "en")
        for lang in TRANSLATED:
            # A translated sample: its titles are not the English ones.
            translated = template(name, lang)
            if english.touchpoints:
                assert {t.title for t in translated.touchpoints}.isdisjoint({t.title for t in english.touchpoints})
            assert translated.title != english.title


@pytest.mark.parametrize(
    ("day", "lang", "text"),
    [
        (date(2026, 11, 23), "en", "23 November 2026"),
        (date(2026, 11, 23), "es", "23 de noviembre de 2026"),
        (date(2026, 11, 23), "ca", "23 de novembre de 2026"),
        (date(2026, 4, 1), "ca", "1 d'abril de 2026"),
        (date(2026, 8, 15), "ca", "15 d'agost de 2026"),
        (date(2026, 10, 9), "ca", "9 d'octubre de 2026"),
        (date(2026, 3, 9), "ca", "9 de març de 2026"),
        (date(2026, 1, 2), "es", "2 de enero de 2026"),
        (date(2026, 1, 2), "xx", "2 January 2026"),
    ],
)
def test_dates_are_written_in_the_language(day: date, lang: str, text: str) -> None:
    assert format_date(day, lang) == text
    if lang in LANGUAGES:
        assert Labels(lang).date(day) == text
