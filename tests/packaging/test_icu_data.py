"""Qt's ICU data cut to the console's languages (installer/linux/icu_data.py) sorts and names things in Polish,
Russian and English exactly as the full data does; what it drops falls back to ICU's root, never fails."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import PySide6
import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "installer" / "linux"))
from icu_data import kept, trimmed  # noqa: E402

LIBRARY = Path(PySide6.__file__).parent / "Qt" / "lib" / "libicudata.so.73"
PROBE = """
import functools
from PySide6.QtCore import QCollator, QDateTime, QLocale, QTimeZone
words = ["Żaba", "zebra", "Łódź", "lody", "ёлка", "ель", "Ёж", "Ärger", "apfel", "Émile"]
for name in ("pl_PL", "ru_RU", "en_GB"):
    print(name, sorted(words, key=functools.cmp_to_key(QCollator(QLocale(name)).compare)))
    print(QLocale(name).toUpper("straße żółć ёж"), QLocale(name).toLower("ŻÓŁĆ ЁЖ"))
at = QDateTime.fromSecsSinceEpoch(1780000000)
for name in ("pl_PL", "ru_RU", "en_GB"):
    print(QTimeZone(b"Europe/Warsaw").displayName(at, QTimeZone.NameType.LongName, QLocale(name)))
print(QCollator(QLocale("de_DE")).compare("a", "b") < 0)  # a language it does not carry: root's order
"""


def probe(library: Path | None) -> str:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if library is not None:
        env["LD_PRELOAD"] = str(library)  # the same soname: Qt's own copy is not loaded then
    done = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "Could not create collator" not in done.stderr
    return done.stdout


def test_which_items_are_kept() -> None:
    languages = ("en", "pl", "ru")
    for item in ("coll/pl.res", "coll/root.res", "coll/ucadata.icu", "zone/ru.res", "en_GB.res", "pl.res",
                 "res_index.res", "brkitr/word.brk", "zoneinfo64.res", "nfkc.nrm", "ibm-5346_P100-1998.cnv",
                 "curr/pool.res"):  # fmt: skip
        assert kept(item, languages), item
    for item in ("coll/de.res", "zone/zh_Hant.res", "fr.res", "brkitr/cjdict.dict", "translit/root.res",
                 "ibm-1390_P110-2003.cnv", "lang/sr_Latn_BA.res"):  # fmt: skip
        assert not kept(item, languages), item


@pytest.mark.slow
@pytest.mark.skipif(not LIBRARY.is_file(), reason="PySide6 without its own ICU (Windows, macOS)")
def test_the_cut_data_reads_polish_russian_and_english_as_the_full_data_does(tmp_path: Path) -> None:
    small = trimmed(LIBRARY, tmp_path, ("en", "pl", "ru"))
    assert small.stat().st_size < LIBRARY.stat().st_size / 4
    full = probe(None)
    assert "['apfel', 'Ärger', 'Émile', 'lody', 'Łódź', 'zebra', 'Żaba'" in full  # Polish order: Ł after l
    assert "czas środkowoeuropejski standardowy" in full or "czas środkowoeuropejski letni" in full
    assert probe(small) == full
