"""A clicked phone number from another program: `tel:` (RFC 3966) and `callto:` links, as the installers register
the console for them. `reception-console tel:+48226001122` hands the link to the running console, which starts an
outgoing call to the number.

Read here: `tel:+48-22-600-11-22`, `tel:+48%2022%20600%2011%2022`, `tel:600111222;phone-context=+48`,
`callto:+48 22 600 11 22`, `callto://+48226001122`. Refused, with the reason (`PhoneLinkError.code`): an empty
link, one longer than any phone number's link can be, and one whose number is no phone number. The number is
read as typed numbers are (`phones.normalize`): local forms in the console's region.
"""

from __future__ import annotations

import re

# a start whose arguments hold one of these is a click on a phone number, not a command
LINK_SCHEMES = ("tel:", "callto:")
MAX_LINK = 80  # "tel:" + the longest international number with separators and a phone-context, with room to spare
_SEPARATORS = re.compile(r"[\s\-.()/]")
_NUMBER = re.compile(r"\+?[0-9]+")


class PhoneLinkError(ValueError):
    """A link that gives no number to call: `code` says why ("empty", "too_long", "not_a_number"), for the UI to
    word; `text` is the number part as given (shortened), never logged."""

    def __init__(self, code: str, text: str) -> None:
        super().__init__(f"phone link refused: {code}")
        self.code = code
        self.text = text if len(text) <= 40 else text[:39] + "…"


def is_phone_link(arg: str) -> bool:
    return arg.lower().startswith(LINK_SCHEMES)


def link_in(argv: list[str]) -> str | None:
    """The first phone link among a start's arguments."""
    return next((arg for arg in argv if is_phone_link(arg)), None)


def number_of_link(link: str, region: str = "PL") -> str:
    """The number a link calls, normalised (`+48226001122`); PhoneLinkError when it gives none."""
    from urllib.parse import unquote  # not on the start-up path of every start: only when a link is read

    if len(link) > MAX_LINK:
        raise PhoneLinkError("too_long", link.partition(":")[2].strip())
    scheme, _, rest = link.partition(":")
    if scheme.lower() == "callto":
        rest = rest.removeprefix("//")
    text = unquote(rest).split(";", 1)[0].split("?", 1)[0].strip().rstrip("/")
    context = _phone_context(unquote(rest))
    if not text:
        raise PhoneLinkError("empty", "")
    digits = _SEPARATORS.sub("", text)
    if not _NUMBER.fullmatch(digits):
        raise PhoneLinkError("not_a_number", text)
    if not digits.startswith("+") and context:  # a local number with its country: tel:600111222;phone-context=+48
        digits = context + digits
    from .phones import InvalidNumberError, normalize  # phonenumbers' tables: loaded when a link is read

    try:
        return normalize(digits, region)
    except InvalidNumberError as error:
        raise PhoneLinkError("not_a_number", text) from error


def _phone_context(rest: str) -> str:
    """The `phone-context` of a local tel: number when it is a country's prefix (`+48`); a domain is ignored."""
    for parameter in rest.split(";")[1:]:  # already unquoted
        name, _, value = parameter.partition("=")
        value = _SEPARATORS.sub("", value)
        if name.strip().lower() == "phone-context" and _NUMBER.fullmatch(value) and value.startswith("+"):
            return value
    return ""
