"""Translation files: `.ts` sources in resources/translations, `.qm` built from them (never committed).

    python -m reception_console.platform.build_translations          build .qm files that are out of date
    python -m reception_console.platform.build_translations update   re-scan the sources with pyside6-lupdate

English is the source language; its `.ts` holds only the plural forms ("%n year(s)" → "1 year", "5 years"),
which `update` fills in by rule.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .paths import resources_dir

LANGUAGES = ("en", "pl", "ru")
PACKAGE = Path(__file__).resolve().parents[1]


def _tool(name: str) -> str:
    beside = Path(sys.executable).with_name(name)
    return str(beside) if beside.exists() else (shutil.which(name) or name)


def ts_path(language: str, folder: Path | None = None) -> Path:
    return (folder or resources_dir() / "translations") / f"reception_console_{language}.ts"


def build(folder: Path | None = None, *, force: bool = False) -> list[Path]:
    folder = folder or resources_dir() / "translations"
    built = []
    for ts in sorted(folder.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        if not force and qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
        built.append(qm)
    return built


def sources() -> list[str]:
    """Every module of the package: a screen added anywhere is scanned without anyone remembering to."""
    return [str(f) for f in sorted(PACKAGE.rglob("*.py")) if f.name != "build_translations.py"]


def update(folder: Path | None = None) -> None:
    """Re-scan the sources into the `.ts` files (in `folder`, by default the project's): new strings come in
    unfinished, strings gone from the code are dropped, and English plural forms are filled in."""
    for language in LANGUAGES:
        ts = ts_path(language, folder)
        subprocess.run(
            [_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "relative"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    fill_english_plurals(ts_path("en", folder))


def _english_forms(source: str) -> tuple[str, str]:
    return source.replace("(s)", ""), source.replace("(s)", "s")


def fill_english_plurals(ts: Path) -> int:
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        if message.get("numerus") != "yes":
            continue
        translation = message.find("translation")
        source = message.findtext("source") or ""
        if translation is None or translation.get("type") != "unfinished":
            continue
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        for form in _english_forms(source):
            ET.SubElement(translation, "numerusform").text = form
        del translation.attrib["type"]
        filled += 1
    ET.indent(tree)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


if __name__ == "__main__":
    if sys.argv[1:] == ["update"]:
        update()
    for path in build():
        print(f"built {path.name}")
