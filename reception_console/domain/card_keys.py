"""Stable keys for clinics and specialists, made from their names when a supervisor adds them.

The editor gives a new specialist a provisional key (`new:1`) so services can point at it before it
is saved; the save turns it into a readable key (`anna-nowak`) and rewrites those references.
"""

from __future__ import annotations

import re
from dataclasses import replace

from .card_records import EditableCard
from .text import fold

PROVISIONAL = "new:"
_LATIN = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch _ y _ e yu ya"
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя", _LATIN.split(" "), strict=True))
_CYRILLIC.update({"ъ": "", "ь": ""})


def slugify(text: str, fallback: str) -> str:
    latin = "".join(_CYRILLIC.get(ch, ch) for ch in fold(text))
    slug = re.sub(r"[^a-z0-9]+", "-", latin).strip("-")[:60].strip("-")
    return slug or fallback


def unique_key(base: str, taken: set[str]) -> str:
    key, n = base, 2
    while key in taken:
        key = f"{base}-{n}"
        n += 1
    return key


def is_provisional(key: str) -> bool:
    return not key or key.startswith(PROVISIONAL)


def provisional_key(editable: EditableCard) -> str:
    used = {s.key for s in editable.card.specialists}
    return next(f"{PROVISIONAL}{n}" for n in range(1, len(used) + 2) if f"{PROVISIONAL}{n}" not in used)


def assign_keys(editable: EditableCard, taken: set[str]) -> EditableCard:
    """Real keys for new specialists (unique among `taken`, the keys the clinic has ever used)."""
    taken = taken | {s.key for s in editable.card.specialists if not is_provisional(s.key)}
    renamed: dict[str, str] = {}
    specialists = []
    for sp in editable.card.specialists:
        if is_provisional(sp.key) and sp.id is None:
            key = unique_key(slugify(sp.name, "specialist"), taken)
            taken.add(key)
            renamed[sp.key] = key
            sp = replace(sp, key=key)
        specialists.append(sp)
    if not renamed:
        return editable
    services = tuple(
        replace(sv, specialist_key=renamed.get(sv.specialist_key, sv.specialist_key)) if sv.specialist_key else sv
        for sv in editable.card.services
    )
    return editable.with_card(specialists=tuple(specialists), services=services)
