"""SMS text: link-free plain text, measured in parts the way phone networks count them.

One part holds 160 GSM-7 characters, or 70 UCS-2 characters when any character is outside GSM-7 (Polish
ą, ę, ł…, Cyrillic). Longer texts go in parts of 153 or 67 characters. GSM-7's extension characters
(`{ } [ ] ~ \\ | ^ €`) take two places each.
"""

from __future__ import annotations

import re
import unicodedata

GSM7_BASIC = frozenset(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = frozenset("^{}\\[~]|€\f")
SINGLE = {"gsm7": 160, "ucs2": 70}
MULTI = {"gsm7": 153, "ucs2": 67}
_LINK = re.compile(r"(?i)\b(?:https?://|www\.)\S+")
_SPACES = re.compile(r"[ \t]+")


def encoding(text: str) -> str:
    return "gsm7" if all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text) else "ucs2"


def length(text: str, enc: str) -> int:
    if enc == "gsm7":
        return sum(2 if c in GSM7_EXTENDED else 1 for c in text)
    return sum(2 if ord(c) > 0xFFFF else 1 for c in text)  # UTF-16 code units


def parts(text: str) -> int:
    enc = encoding(text)
    size = length(text, enc)
    if size <= SINGLE[enc]:
        return 1
    return -(-size // MULTI[enc])


def plain(text: str) -> str:
    """No links, no control characters, single spaces: what an SMS may carry."""
    text = unicodedata.normalize("NFC", _LINK.sub("", text))
    text = "".join(c for c in text if c == "\n" or unicodedata.category(c)[0] != "C")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


def fit(text: str, max_parts: int = 1) -> str:
    """`text` made plain and cut (with an ellipsis) to fit `max_parts` parts."""
    text = plain(text)
    if parts(text) <= max_parts:
        return text
    enc = encoding(text)
    room = (SINGLE[enc] if max_parts == 1 else MULTI[enc] * max_parts) - length("…", "ucs2")
    if encoding(text + "…") != enc:  # the ellipsis is no GSM-7 character: three dots keep a GSM-7 text GSM-7
        ellipsis, room = "...", room - 2
    else:
        ellipsis = "…"
    cut, used = [], 0
    for c in text:
        size = length(c, enc)
        if used + size > room:
            break
        cut.append(c)
        used += size
    return "".join(cut).rstrip() + ellipsis
