"""Qt's ICU data library cut to what the console can use (Linux builds; the spec calls it).

PySide6's wheel carries ICU's full data (libicudata.so.73, 32 MB): every CLDR locale's collation, unit, currency,
language and region names, time-zone names, transliterators, 200 legacy character-set converters and the CJK/Thai
word-break dictionaries. Qt uses ICU for collation, case mapping, time zones and its text codecs; the console
speaks English, Polish and Russian, reads and writes UTF-8 and never converts legacy character sets. This keeps
ICU's language-independent data (normalisation, properties, time-zone rules, the break rules, plural rules …), the
root locale and the en/pl/ru locales in every tree, and drops the rest: a locale ICU does not find falls back to
root, as ICU does for any locale it does not know. The result is the same library — same symbol (icudt73_dat),
same soname — packed by icupkg (icu-devtools) and linked by as/ld (binutils).
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

# a locale's resource: "pl.res", "en_GB.res", "sr_Latn_BA.res", "de__PHONEBOOK.res" (not "res_index.res")
_LOCALE = re.compile(r"^(?P<language>[a-z]{2,3})(_[A-Za-z0-9]*)*\.res$")
_NOT_LOCALES = {"res_index.res"}


def _data_symbol(library: Path) -> tuple[str, int, int]:
    """(symbol name, file offset, size) of ICU's common data in the library."""
    symbols = subprocess.run(["readelf", "-W", "--dyn-syms", str(library)], capture_output=True, text=True, check=True)
    found = re.search(
        r"\s([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\S+\s+(\d+)\s+(icudt\d+_dat)\b", symbols.stdout
    )
    if found is None:
        raise SystemExit(f"{library}: no icudt*_dat symbol")
    address, size, section, name = int(found[1], 16), int(found[2], 0), int(found[3]), found[4]
    sections = subprocess.run(["readelf", "-W", "-S", str(library)], capture_output=True, text=True, check=True)
    row = re.search(rf"\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections.stdout)
    if row is None:
        raise SystemExit(f"{library}: section {section} not found")
    return name, address - int(row[1], 16) + int(row[2], 16), size


# the legacy character sets of the three languages' countries, should Qt ever be asked to read one: windows-1250/
# 1251/1252, ISO 8859-1/2/5, KOI8-R/U and the DOS code pages 437/850/852/866
_CONVERTERS = ("ibm-5346_", "ibm-5347_", "ibm-5348_", "ibm-819_", "ibm-912_", "ibm-915_", "ibm-878_", "ibm-1168_",
               "ibm-437_", "ibm-850_", "ibm-852_", "ibm-866_")  # fmt: skip


def kept(item: str, languages: tuple[str, ...]) -> bool:
    """Whether an item of ICU's data package ("coll/pl.res", "ibm-1250_P100-1995.cnv" …) stays."""
    tree, _, name = item.rpartition("/")
    if name.endswith(".cnv"):
        return name.startswith(_CONVERTERS)
    if name.endswith(".dict") or tree == "translit":
        return False  # CJK/Thai/Lao/Khmer/Burmese word-break dictionaries, transliterators
    locale = _LOCALE.match(name)
    if locale is None or name in _NOT_LOCALES:
        return True
    return locale["language"] in languages


def trimmed(library: Path, workdir: Path, languages: tuple[str, ...]) -> Path:
    """A copy of ICU's data library (same soname and symbol) carrying only what `kept` keeps."""
    workdir.mkdir(parents=True, exist_ok=True)
    symbol, offset, size = _data_symbol(library)
    with library.open("rb") as f:
        f.seek(offset)
        data = f.read(size)
    # icupkg names the items inside after the package file ("icudt73l/coll/pl.res"): both files keep ICU's name
    package = f"{symbol.removesuffix('_dat')}l.dat"
    (workdir / "full").mkdir(exist_ok=True)
    (workdir / "trimmed").mkdir(exist_ok=True)
    full, small = workdir / "full" / package, workdir / "trimmed" / package
    full.write_bytes(data)
    listing = subprocess.run(["icupkg", "-l", str(full)], capture_output=True, text=True, check=True).stdout.split()
    drop = [item for item in listing if not kept(item, languages)]
    (workdir / "drop.txt").write_text("\n".join(drop) + "\n")
    small.unlink(missing_ok=True)
    subprocess.run(
        ["icupkg", "--ignore-deps", "-r", str(workdir / "drop.txt"), str(full), str(small)],
        check=True,
        capture_output=True,
    )
    source = workdir / "icudata.s"
    source.write_text(
        "\t.section .rodata\n\t.balign 16\n"
        f"\t.globl {symbol}\n\t.type {symbol}, @object\n{symbol}:\n"
        f'\t.incbin "trimmed/{package}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    subprocess.run(["as", "-o", "icudata.o", source.name], cwd=workdir, check=True)
    out = workdir / library.name
    subprocess.run(
        ["ld", "-shared", "-soname", library.name, "-s", "-o", out.name, "icudata.o"], cwd=workdir, check=True
    )
    return out
