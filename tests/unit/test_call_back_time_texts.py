"""The best time to call back in the owner's e-mail and SMS, in each clinic language; a long message is shortened
in the SMS, never the time, and the SMS still fits its parts."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from reception_console.domain import sms
from reception_console.domain.calls import NotBookedReason, Outcome, OutcomeForm, asks_call_back_time, fit_form
from reception_console.domain.message_texts import PatientMessage, email_text, sms_text


def message(language: str, text: str, when: str) -> PatientMessage:
    return PatientMessage(
        recipient="Ewa Nowicka",
        caller_name="Jan Kowalski",
        caller_number="+48600111222",
        clinic_name="Med Centrum",
        line="+48221234567",
        called_at=datetime(2026, 11, 23, 9, 15, tzinfo=UTC),
        text=text,
        taken_by="Justyna",
        language=language,
        timezone="Europe/Warsaw",
        call_back_time=when,
    )


@pytest.mark.parametrize(
    ("language", "label", "when", "sms_part"),
    [
        ("pl", "Kiedy oddzwonić: po 17:00", "po 17:00", ", oddzwonić po 17:00: "),
        ("ru", "Когда перезвонить: после 17:00", "после 17:00", ", перезвонить после 17:00: "),
        ("en", "Best time to call back: after 5 pm", "after 5 pm", ", call back after 5 pm: "),
    ],
)
def test_the_time_is_in_the_e_mail_and_the_sms(language: str, label: str, when: str, sms_part: str) -> None:
    _, body = email_text(message(language, "Prosi o telefon", when))
    assert label in body.splitlines()
    assert sms_part in sms_text(message(language, "Prosi o telefon", when))


def test_without_a_time_neither_text_mentions_one() -> None:
    _, body = email_text(message("pl", "Prosi o telefon", ""))
    assert "oddzwonić" not in body
    assert sms_text(message("pl", "Prosi o telefon", "   ")) == (
        "Med Centrum: wiadomość od Jan Kowalski +48600111222: Prosi o telefon (przyjęła Justyna)"
    )


@pytest.mark.parametrize("language", ["pl", "ru", "en"])
@pytest.mark.parametrize("max_parts", [1, 2, 3])
def test_a_long_message_is_cut_and_the_time_kept_within_the_parts(language: str, max_parts: int) -> None:
    long = "Pacjent prosi o pilny kontakt w sprawie wyników badań krwi i skierowania. " * 12
    text = sms_text(message(language, long, "after 17:00 {not Fri}"), max_parts)
    assert sms.parts(text) <= max_parts and text.endswith(("…", "..."))
    if max_parts > 1:  # one Polish or Russian part (70 characters) holds little more than who called
        assert "after 17:00 {not Fri}" in text


def test_gsm7_time_keeps_an_english_sms_in_gsm7_parts() -> None:
    text = sms_text(message("en", "Please call about the results", "any time"), 1)
    assert sms.encoding(text) == "gsm7" and sms.parts(text) == 1 and "call back any time" in text


def test_the_form_asks_for_a_time_only_when_somebody_will_contact_the_patient() -> None:
    assert asks_call_back_time(OutcomeForm(Outcome.MISSED))
    assert asks_call_back_time(OutcomeForm(Outcome.INFO_ONLY, callback_requested=True))
    assert asks_call_back_time(OutcomeForm(Outcome.INFO_ONLY, message_to="owner: Ewa"))
    assert asks_call_back_time(OutcomeForm(Outcome.NOT_BOOKED, reason=NotBookedReason.WILL_THINK))
    assert not asks_call_back_time(OutcomeForm(Outcome.NOT_BOOKED, reason=NotBookedReason.LOCATION))
    assert not asks_call_back_time(OutcomeForm(Outcome.BOOKED))
    fitted = fit_form(OutcomeForm(call_back_time="rano\x00" + "x" * 300)).call_back_time
    assert fitted.startswith("ranox") and "\x00" not in fitted and len(fitted) <= 200
