"""What a message for the owner or a doctor says, in the clinic's language (Polish, Russian, English)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from . import sms

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "subject": "Message from {caller} — {clinic}",
        "intro": "A patient left a message for {recipient}.",
        "caller": "Caller",
        "number": "Number",
        "withheld": "withheld",
        "clinic": "Clinic",
        "line": "Line",
        "time": "Called at",
        "text": "Message",
        "call_back": "Best time to call back",
        "taken": "Taken by",
        "unknown": "unknown",
        "sms": "{clinic}: message from {caller} {number}{when}: {text} (taken by {taken})",
        "sms_when": ", call back {when}",
        "test_subject": "Reception Console: test message",
        "test_text": "This is a test message from Reception Console. If you can read it, the channel works.",
    },
    "pl": {
        "subject": "Wiadomość od: {caller} — {clinic}",
        "intro": "Pacjent zostawił wiadomość dla: {recipient}.",
        "caller": "Dzwoniący",
        "number": "Numer",
        "withheld": "zastrzeżony",
        "clinic": "Placówka",
        "line": "Linia",
        "time": "Godzina połączenia",
        "text": "Wiadomość",
        "call_back": "Kiedy oddzwonić",
        "taken": "Przyjęła",
        "unknown": "nieznany",
        "sms": "{clinic}: wiadomość od {caller} {number}{when}: {text} (przyjęła {taken})",
        "sms_when": ", oddzwonić {when}",
        "test_subject": "Reception Console: wiadomość testowa",
        "test_text": "To jest wiadomość testowa z Reception Console. Jeśli ją widać, kanał działa.",
    },
    "ru": {
        "subject": "Сообщение от: {caller} — {clinic}",
        "intro": "Пациент оставил сообщение для: {recipient}.",
        "caller": "Звонивший",
        "number": "Номер",
        "withheld": "скрыт",
        "clinic": "Клиника",
        "line": "Линия",
        "time": "Время звонка",
        "text": "Сообщение",
        "call_back": "Когда перезвонить",
        "taken": "Принял(а)",
        "unknown": "неизвестен",
        "sms": "{clinic}: сообщение от {caller} {number}{when}: {text} (принял(а) {taken})",
        "sms_when": ", перезвонить {when}",
        "test_subject": "Reception Console: тестовое сообщение",
        "test_text": "Это тестовое сообщение Reception Console. Если вы его видите, канал работает.",
    },
}


def texts(language: str) -> dict[str, str]:
    return TEXTS.get(language, TEXTS["en"])


@dataclass(frozen=True, slots=True)
class PatientMessage:
    recipient: str
    caller_name: str
    caller_number: str | None
    clinic_name: str
    line: str | None
    called_at: datetime
    text: str
    taken_by: str
    language: str
    timezone: str
    call_back_time: str = ""  # when the patient wants to be called back, as they said it


def _local(at: datetime, zone: str) -> str:
    try:
        return at.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M")
    except (KeyError, ValueError):
        return at.strftime("%Y-%m-%d %H:%M UTC")


def email_text(m: PatientMessage) -> tuple[str, str]:
    """Subject and plain-text body of the e-mail."""
    t = texts(m.language)
    caller = m.caller_name or m.caller_number or t["unknown"]
    rows = [
        (t["caller"], m.caller_name or t["unknown"]),
        (t["number"], m.caller_number or t["withheld"]),
        (t["clinic"], m.clinic_name),
        (t["line"], m.line or "—"),
        (t["time"], _local(m.called_at, m.timezone)),
        *([(t["call_back"], m.call_back_time)] if m.call_back_time.strip() else []),
        (t["taken"], m.taken_by or t["unknown"]),
    ]
    body = "\n".join(
        [t["intro"].format(recipient=m.recipient), "", *(f"{k}: {v}" for k, v in rows), "", f"{t['text']}:", m.text]
    )
    return t["subject"].format(caller=caller, clinic=m.clinic_name), body + "\n"


def sms_text(m: PatientMessage, max_parts: int = 2) -> str:
    """The SMS: who called and when to call back come first, so a long message is what gets shortened."""
    t = texts(m.language)
    when = " ".join(m.call_back_time.split())
    text = t["sms"].format(
        when=t["sms_when"].format(when=when) if when else "",
        clinic=m.clinic_name,
        caller=m.caller_name or t["unknown"],
        number=m.caller_number or t["withheld"],
        text=" ".join(m.text.split()),
        taken=m.taken_by or t["unknown"],
    )
    return sms.fit(text, max_parts)
