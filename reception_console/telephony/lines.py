"""Which clinic line a phone account or a dialled number (DID) rings for.

Per line, `phone_lines.telephony_account` names the softphone account (`sip:clinic-a@pbx`, `clinic-a`) or the DID
the PBX reports; `[telephony.lines]` in config.toml fills in what the database does not say. Pure: the caller
hands in the lines and the configured mapping.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Protocol

log = logging.getLogger(__name__)


class LineResolver(Protocol):
    """What the phone sources ask of a line map (`LineMap`, `CachedLineMap`)."""

    def line_for(self, account: str) -> str | None: ...
    def account_for(self, number: str | None) -> str | None: ...


def account_keys(account: str) -> list[str]:
    """The forms an account may be written in, most specific first: `sip:a@h:5060;x` → `a@h:5060`, `a@h`, `a`."""
    text = account.strip().strip("<>").lower()
    for scheme in ("sips:", "sip:", "tel:"):
        if text.startswith(scheme):
            text = text[len(scheme) :]
            break
    text = text.split(";", 1)[0]
    keys = [text]
    if "@" in text:
        user, host = text.split("@", 1)
        bare_host = re.sub(r":\d+$", "", host)
        keys += [f"{user}@{bare_host}", user]
    digits = re.sub(r"\D", "", keys[-1])
    if digits and digits != keys[-1]:
        keys.append(digits)
    return list(dict.fromkeys(k for k in keys if k))


@dataclass(frozen=True, slots=True)
class LineEntry:
    number: str  # E.164
    account: str  # as configured; for an implicit entry, the number itself
    explicit: bool = True  # False: a line found by its own number (a DID written with or without the +)


class LineMap:
    """account or DID → line number, and back (line → account, for answering and dialling on that line)."""

    def __init__(self, entries: Iterable[LineEntry] = ()) -> None:
        self._by_key: dict[str, str] = {}
        self._account_of: dict[str, str] = {}
        for entry in entries:
            for key in account_keys(entry.account):
                self._by_key.setdefault(key, entry.number)
            if entry.explicit:
                self._account_of.setdefault(entry.number, entry.account)

    @classmethod
    def build(cls, lines: Iterable[tuple[str, str | None]], configured: Mapping[str, str]) -> LineMap:
        """`lines`: (number, telephony_account) from the database; `configured`: account → number from config.
        The database wins where both name the same account."""
        lines = list(lines)
        entries = [LineEntry(number, account) for number, account in lines if account]
        entries += [LineEntry(number, account) for account, number in configured.items() if account and number]
        entries += [LineEntry(number, number, explicit=False) for number, _account in lines]
        return cls(entries)

    def line_for(self, account: str) -> str | None:
        for key in account_keys(account):
            number = self._by_key.get(key)
            if number:
                return number
        return None

    def account_for(self, number: str | None) -> str | None:
        return self._account_of.get(number) if number else None

    def accounts(self) -> list[str]:
        return list(self._account_of.values())


class CachedLineMap:
    """A LineMap reloaded now and then, so a line set up while the console runs is found without a restart."""

    def __init__(
        self,
        load: Callable[[], LineMap],
        *,
        max_age: float = 60.0,
        retry_unknown_after: float = 5.0,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self._load = load
        self._max_age = max_age
        self._retry_unknown_after = retry_unknown_after
        self._monotonic = monotonic
        self._map: LineMap | None = None
        self._loaded_at = 0.0

    def _current(self, *, unknown: bool = False) -> LineMap:
        age = self._monotonic() - self._loaded_at
        if self._map is None or age > self._max_age or (unknown and age > self._retry_unknown_after):
            try:
                self._map = self._load()
            except Exception:  # a database hiccup must not stop calls; keep what we had
                log.exception("could not reload the phone line mapping")
                if self._map is None:
                    self._map = LineMap()
            self._loaded_at = self._monotonic()
        return self._map

    def line_for(self, account: str) -> str | None:
        return self._current().line_for(account) or self._current(unknown=True).line_for(account)

    def account_for(self, number: str | None) -> str | None:
        return self._current().account_for(number) or self._current(unknown=True).account_for(number)

    def accounts(self) -> list[str]:
        return self._current().accounts()
