"""Text folding for search: case, diacritics and the letters that do not decompose (ł, ø, đ…)."""

from __future__ import annotations

import unicodedata

_NO_DECOMPOSITION = {"ł": "l", "đ": "d", "ø": "o", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h", "ŧ": "t"}
_KEEP = {"й"}  # a letter of its own in Russian, not "и" with a mark


def _fold_char(ch: str) -> str:
    if ch in _KEEP:
        return ch
    if ch in _NO_DECOMPOSITION:
        return _NO_DECOMPOSITION[ch]
    decomposed = unicodedata.normalize("NFKD", ch)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _table() -> dict[int, str]:
    table: dict[int, str] = {}
    for start, end in ((0x00A0, 0x0250), (0x0400, 0x0500), (0x1E00, 0x1F00), (0x2000, 0x2070)):
        for code in range(start, end):
            ch = chr(code).casefold()
            if len(ch) != 1:
                continue
            folded = _fold_char(ch)
            if folded != chr(code):
                table[code] = folded
    table[ord("\u2013")] = "-"  # en dash, as typed in "3–17"
    return table


_TABLE = _table()


def fold(text: str) -> str:
    """Lower-case, strip diacritics: `Łódź` → `lodz`, `Ёлка` → `елка`; `й` stays `й`."""
    return text.casefold().translate(_TABLE)
