from reception_console.domain.calls import OutcomeForm, fit_form
from reception_console.domain.outside_text import clean, fit, fit_optional


def test_nul_bytes_and_control_characters_go_line_breaks_only_where_allowed() -> None:
    assert clean("Ala\x00 ma\x07 kota") == "Ala ma kota"
    assert clean("one\ntwo\tthree") == "one two three"
    assert clean("one\ntwo", multi_line=True) == "one\ntwo"
    assert clean("Łódź 220\u00a0zł") == "Łódź 220\u00a0zł"


def test_too_long_is_shortened_with_an_ellipsis_to_exactly_the_limit() -> None:
    assert fit("x" * 10, 10) == "x" * 10
    assert fit("x" * 11, 10) == "x" * 9 + "…"
    assert fit("ab   " + "c" * 10, 6) == "ab…"  # no spaces before the ellipsis
    assert fit_optional("   ", 5) is None and fit_optional(None, 5) is None


def test_a_form_is_made_fit_to_store() -> None:
    form = OutcomeForm(patient_name="P" * 250, notes="line one\nline\x00 two", message_to="owner")
    fitted = fit_form(form)
    assert len(fitted.patient_name) == 200 and fitted.notes == "line one\nline two" and fitted.message_to == "owner"
    same = OutcomeForm(patient_name="Ewa")
    assert fit_form(same) is same
