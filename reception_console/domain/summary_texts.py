"""The owner's summary e-mail: yesterday's (or last week's) figures of DOMAIN.md and the messages still open,
as plain text and readable HTML, in the clinic's language."""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from .kpis import Figures

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "subject_day": "{clinic}: calls on {period}",
        "subject_week": "{clinic}: calls in the week {period}",
        "figures": "Figures",
        "offered": "Calls offered",
        "answer_rate": "Answer rate",
        "service_level": "Service level (answered within {seconds} s)",
        "booking_conversion": "Booking conversion",
        "line_conversion": "Line conversion",
        "lost_revenue": "Lost revenue (estimate)",
        "follow_up_pool": "Follow-up pool (too expensive / will think)",
        "callbacks_open": "Callbacks still open",
        "messages": "Messages still open",
        "none": "None.",
        "for": "for",
        "footer": "Sent by Reception Console.",
    },
    "pl": {
        "subject_day": "{clinic}: połączenia {period}",
        "subject_week": "{clinic}: połączenia w tygodniu {period}",
        "figures": "Wskaźniki",
        "offered": "Połączenia przychodzące",
        "answer_rate": "Odebrane",
        "service_level": "Poziom obsługi (odebrane w {seconds} s)",
        "booking_conversion": "Konwersja na wizyty",
        "line_conversion": "Konwersja linii",
        "lost_revenue": "Utracony przychód (szacunek)",
        "follow_up_pool": "Do ponownego kontaktu (za drogo / zastanowi się)",
        "callbacks_open": "Nieoddzwonione nieodebrane połączenia",
        "messages": "Nieprzekazane wiadomości",
        "none": "Brak.",
        "for": "dla",
        "footer": "Wysłane przez Reception Console.",
    },
    "ru": {
        "subject_day": "{clinic}: звонки за {period}",
        "subject_week": "{clinic}: звонки за неделю {period}",
        "figures": "Показатели",
        "offered": "Входящие звонки",
        "answer_rate": "Доля отвеченных",
        "service_level": "Уровень сервиса (ответ за {seconds} с)",
        "booking_conversion": "Конверсия в запись",
        "line_conversion": "Конверсия линии",
        "lost_revenue": "Упущенная выручка (оценка)",
        "follow_up_pool": "Для повторного контакта (дорого / подумает)",
        "callbacks_open": "Пропущенные без перезвона",
        "messages": "Непереданные сообщения",
        "none": "Нет.",
        "for": "для",
        "footer": "Отправлено Reception Console.",
    },
}


@dataclass(frozen=True, slots=True)
class OpenMessage:
    recipient: str
    caller: str
    phone: str
    text: str


@dataclass(frozen=True, slots=True)
class Summary:
    clinic: str
    language: str
    currency: str
    first: date
    last: date
    figures: Figures
    service_level_seconds: int
    callbacks_open: int
    messages: tuple[OpenMessage, ...]


def _ratio(value: Decimal | None) -> str:
    return "—" if value is None else f"{(value * 100).quantize(Decimal('0.1'))}%"


def _money(value: Decimal | None, currency: str) -> str:
    return "—" if value is None else f"{value.quantize(Decimal('1')):,} {currency}".replace(",", " ")


def _period(s: Summary) -> str:
    return s.first.isoformat() if s.first == s.last else f"{s.first.isoformat()} – {s.last.isoformat()}"


def rows(s: Summary) -> list[tuple[str, str]]:
    t, f = LABELS.get(s.language, LABELS["en"]), s.figures
    return [
        (t["offered"], str(f.offered)),
        (t["answer_rate"], _ratio(f.answer_rate)),
        (t["service_level"].format(seconds=s.service_level_seconds), _ratio(f.service_level)),
        (t["booking_conversion"], _ratio(f.booking_conversion)),
        (t["line_conversion"], _ratio(f.line_conversion)),
        (t["lost_revenue"], _money(f.lost_revenue, s.currency)),
        (t["follow_up_pool"], str(f.follow_up_pool)),
        (t["callbacks_open"], str(s.callbacks_open)),
    ]


def render(s: Summary) -> tuple[str, str, str]:
    """Subject, plain text and HTML."""
    t = LABELS.get(s.language, LABELS["en"])
    subject = t["subject_day" if s.first == s.last else "subject_week"].format(clinic=s.clinic, period=_period(s))
    figures = rows(s)
    width = max(len(label) for label, _ in figures)
    lines = [subject, "", f"{t['figures']}:"]
    lines += [f"  {label.ljust(width)}  {value}" for label, value in figures]
    lines += ["", f"{t['messages']}:"]
    lines += [f"  - {m.caller} {m.phone} ({t['for']} {m.recipient}): {m.text}" for m in s.messages] or [
        f"  {t['none']}"
    ]
    lines += ["", t["footer"]]
    e = html.escape
    table = "".join(
        f'<tr><td style="padding:2px 12px 2px 0">{e(label)}</td>'
        f'<td style="text-align:right"><b>{e(value)}</b></td></tr>'
        for label, value in figures
    )
    items = "".join(
        f"<li>{e(m.caller)} {e(m.phone)} ({e(t['for'])} {e(m.recipient)}): {e(m.text)}</li>" for m in s.messages
    )
    body = (
        f'<html><body style="font-family:sans-serif"><h2>{e(subject)}</h2>'
        f"<h3>{e(t['figures'])}</h3><table>{table}</table>"
        f"<h3>{e(t['messages'])}</h3>"
        + (f"<ul>{items}</ul>" if items else f"<p>{e(t['none'])}</p>")
        + f'<p style="color:#666">{e(t["footer"])}</p></body></html>'
    )
    return subject, "\n".join(lines) + "\n", body
