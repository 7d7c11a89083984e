"""A pseudo-translation for layout tests: every string about 40% longer, in accented letters, so text that
would be cut in Polish or Russian (or a language added later) is cut here first and shows in a test.

Placeholders (%1, %n), mnemonics (&), line breaks and key names (Ctrl+N, F9, Enter) stay as they are.
"""

from __future__ import annotations

import math
import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

from reception_console.platform.build_translations import _tool, ts_path

ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "áƀçđéƒĝĥíĵķĺɱñóþʠŕšţúṽŵẋýžÁƁÇĐÉƑĜĤÍĴĶĹṀÑÓÞǪŔŠŢÚṼŴẊÝŽ",
)
KEPT = re.compile(r"%L?\d|%n|&.|(?:Ctrl|Shift|Alt)\+[\w+…]+|\bF\d+\b|\bEnter\b|\bEsc\b")
FILLER = "ĺóñĝéŕ ŵóŕđš ĥéŕé "
GROWTH = 0.4


def pseudo_line(line: str) -> str:
    if not line.strip():
        return line
    out, last = [], 0
    for kept in KEPT.finditer(line):
        out.append(line[last : kept.start()].translate(ACCENTED))
        out.append(kept.group(0))
        last = kept.end()
    out.append(line[last:].translate(ACCENTED))
    extra = math.ceil(len(line) * GROWTH) - 2
    return "[" + "".join(out) + (" " + (FILLER * 10)[: max(0, extra - 1)]).rstrip() + "]"


def pseudo(text: str) -> str:
    return "\n".join(pseudo_line(line) for line in text.split("\n"))


def write_pseudo_ts(target: Path) -> Path:
    """A `.ts` with a pseudo-translation of every message in the English source file."""
    tree = ET.parse(ts_path("en"))
    root = tree.getroot()
    root.set("language", "en_US")
    for message in root.iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = pseudo(source)
        else:
            translation.text = pseudo(source)
    tree.write(target, encoding="utf-8", xml_declaration=True)
    return target


def build_pseudo_qm(folder: Path) -> Path:
    ts = write_pseudo_ts(folder / "reception_console_pseudo.ts")
    qm = ts.with_suffix(".qm")
    subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm
