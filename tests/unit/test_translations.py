"""The translations are complete, current and well-formed: a string added to the code without its Polish and
Russian translation fails here, and so does a translation that lost a placeholder, a key name or a mnemonic."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

from reception_console.platform.build_translations import LANGUAGES, sources, ts_path, update
from reception_console.platform.paths import resources_dir

TRANSLATED = ("pl", "ru")
PLURAL_FORMS = {"en": 2, "pl": 3, "ru": 3}
PLACEHOLDER = re.compile(r"%L?\d|%n")
KEY = re.compile(r"(?:Ctrl|Shift|Alt)\+[\w+…]+|\bF\d+\b|(?<=  )Enter\b")  # "Save outcome  Enter", not "Enter a…"
MNEMONIC = re.compile(r"&([^&\s])")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    numerus: bool
    state: str | None  # translation type: None when finished, else "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]


def messages(ts: Path) -> list[Message]:
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            numerus = message.get("numerus") == "yes"
            forms = (
                tuple(f.text or "" for f in translation.iter("numerusform")) if numerus else (translation.text or "",)
            )
            found.append(
                Message(
                    context.findtext("name") or "",
                    message.findtext("source") or "",
                    numerus,
                    translation.get("type"),
                    forms,
                )
            )
    return found


def problems(ts: Path, language: str) -> list[str]:
    """What keeps a .ts file from being a complete translation: unfinished, empty or missing plural forms."""
    found = []
    for m in messages(ts):
        where = f"{language} {m.context}: {m.source!r}"
        if m.state is not None:
            found.append(f"{where} is {m.state}")
        elif not all(form.strip() for form in m.forms):
            found.append(f"{where} has an empty translation")
        elif m.numerus and len(m.forms) != PLURAL_FORMS[language]:
            found.append(f"{where} has {len(m.forms)} plural forms, not {PLURAL_FORMS[language]}")
    return found


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_is_translated(language: str) -> None:
    assert problems(ts_path(language), language) == []


def test_english_plural_forms_are_filled_in() -> None:
    for m in messages(ts_path("en")):
        if m.numerus:
            assert m.state is None and len(m.forms) == 2 and all(m.forms), m


def test_every_message_with_a_count_is_a_plural_message() -> None:
    """A "%n" message recorded as a plain one gets one form for every number: write it as self.tr(…, "", n),
    the form pyside6-lupdate records as a plural message."""
    assert [m.source for m in messages(ts_path("en")) if "%n" in m.source and not m.numerus] == []


def tr_literals(path: Path) -> list[tuple[int, str]]:
    """The strings a module hands to tr() or QCoreApplication.translate(), by line."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if not isinstance(node, ast.Call):
            continue
        name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
        position = {"tr": 0, "translate": 1}.get(name)
        if position is not None and len(node.args) > position:
            text = node.args[position]
            found.append((node.lineno, text.value if isinstance(text, ast.Constant) else ast.unparse(text)))
    return found


def test_pyside6_lupdate_sees_every_string_of_the_code() -> None:
    """A tr() inside an f-string, or on a computed text, never reaches the .ts files and stays English in every
    language: give it a variable of its own (`nothing = self.tr("…")`, then f"…{nothing}…")."""
    scanned = {m.source for m in messages(ts_path("en"))}
    unseen = [
        f"{Path(file).name}:{line}: {text!r}"
        for file in sources()
        for line, text in tr_literals(Path(file))
        if text not in scanned
    ]
    assert unseen == []


@pytest.fixture(scope="module")
def rescanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The .ts files as `make translations-update` would leave them after scanning the code as it is now."""
    folder = tmp_path_factory.mktemp("translations")
    for language in LANGUAGES:
        shutil.copy(ts_path(language), folder)
    update(folder)
    return folder


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_string_in_the_code_has_a_translation(rescanned: Path, language: str) -> None:
    """A new tr() string comes in unfinished and fails here: run `make translations-update` and translate it."""
    assert problems(ts_path(language, rescanned), language) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_translation_files_hold_exactly_the_strings_of_the_code(rescanned: Path, language: str) -> None:
    """Strings gone from the code are gone from the files too (no vanished entries waiting to be translated)."""

    def keys(ts: Path) -> set[tuple[str, str]]:
        return {(m.context, m.source) for m in messages(ts)}

    assert keys(ts_path(language)) == keys(ts_path(language, rescanned))


@pytest.mark.parametrize("language", TRANSLATED)
def test_placeholders_key_names_and_mnemonics_survive(language: str) -> None:
    wrong = []
    for m in messages(ts_path(language)):
        for form in m.forms:
            if sorted(set(PLACEHOLDER.findall(form)) - {"%n"}) != sorted(set(PLACEHOLDER.findall(m.source)) - {"%n"}):
                wrong.append(f"{m.source!r} → {form!r}: placeholders differ")
            if m.numerus and "%n" in m.source and "%n" not in form:
                wrong.append(f"{m.source!r} → {form!r}: the number %n is missing")
            if sorted(KEY.findall(form)) != sorted(KEY.findall(m.source)):
                wrong.append(f"{m.source!r} → {form!r}: key names differ (they name real shortcuts)")
            if len(MNEMONIC.findall(form)) != len(MNEMONIC.findall(m.source)):
                wrong.append(f"{m.source!r} → {form!r}: a mnemonic (&) is missing or extra")
    assert wrong == []


@pytest.mark.parametrize("language", ["en", *TRANSLATED])
def test_mnemonics_are_unique_on_each_screen(language: str) -> None:
    """Alt+letter must lead to one field: within a context (one widget class) no letter is used twice."""
    letters: dict[str, Counter[str]] = {}
    for m in messages(ts_path(language)):
        text = m.source if language == "en" else m.forms[0]
        for letter in MNEMONIC.findall(text):
            letters.setdefault(m.context, Counter())[letter.casefold()] += 1
    assert {ctx: [k for k, n in c.items() if n > 1] for ctx, c in letters.items() if max(c.values()) > 1} == {}


def glossary_rows() -> list[tuple[str, str, str]]:
    text = (resources_dir() / "translations" / "GLOSSARY.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if line.startswith("|") and len(cells) >= 3 and not set(cells[0]) <= {"-", " "}:
            rows.append((cells[0], cells[1], cells[2]))
    return rows


@pytest.mark.parametrize("language", TRANSLATED)
def test_outcomes_and_reasons_read_as_the_glossary_says(language: str) -> None:
    """The words receptionists pick every call are the glossary's words, letter for letter."""
    column = 1 if language == "pl" else 2
    glossary = {row[0].strip("`*").casefold(): row[column].strip("`*").casefold() for row in glossary_rows()}
    outcome = {
        m.source.casefold(): m.forms[0].casefold() for m in messages(ts_path(language)) if m.context == "Outcome"
    }
    assert {k: glossary.get(k) for k in outcome} == outcome
