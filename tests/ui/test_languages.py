"""The console in Polish and Russian: plural forms, numbers and dates of the language, Qt's own buttons, the
errors of the layers below in the user's words, and the language setting."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from reception_console.services.phones import InvalidNumberError, normalize
from reception_console.storage.database import Database
from reception_console.ui import formatting as fmt
from reception_console.ui.console.main_window import MainWindow
from reception_console.ui.console.sign_in import SignInDialog
from reception_console.ui.error_text import phone_error, schema_too_new
from reception_console.ui.models.tasks_model import OWNER, recipient_text
from reception_console.ui.settings_dialog import SettingsAction, SettingsDialog
from tests.builders import services_for
from tests.i18n.speaking import speaking
from tests.ui.conftest import when_dialog_opens

YEARS = {
    "pl": {1: "1 rok", 2: "2 lata", 4: "4 lata", 5: "5 lat", 12: "12 lat", 22: "22 lata", 25: "25 lat"},
    "ru": {1: "1 год", 2: "2 года", 5: "5 лет", 11: "11 лет", 21: "21 год", 22: "22 года", 25: "25 лет"},
    "en": {1: "1 year", 2: "2 years", 21: "21 years"},
}
MONTHS = {
    "pl": {3: "3 miesiące", 8: "8 miesięcy", 18: "18 miesięcy", 23: "23 miesiące"},
    "ru": {3: "3 месяца", 8: "8 месяцев", 18: "18 месяцев", 21: "21 месяц"},
}


@pytest.mark.parametrize("language", ["pl", "ru", "en"])
def test_ages_take_the_right_plural_form(app: QApplication, language: str) -> None:
    with speaking(app, language):
        assert {n: fmt.age(n * 12) for n in YEARS[language] if n >= 2} == {
            n: text for n, text in YEARS[language].items() if n >= 2
        }
        assert {n: fmt.age(n) for n in MONTHS.get(language, {})} == MONTHS.get(language, {})


@pytest.mark.parametrize(
    ("language", "limits", "expected"),
    [
        ("pl", (2, None), "od 2 miesięcy"),  # "from" takes the genitive: not "od 2 miesiące"
        ("pl", (0, 23), "do 1 roku"),
        ("pl", (0, 47), "do 3 lat"),
        ("pl", (36, 215), "3–17 lat"),
        ("pl", (6, 215), "6 miesięcy – 17 lat"),
        ("ru", (1, None), "от 1 месяца"),
        ("ru", (0, 5), "до 5 месяцев"),
        ("ru", (0, 23), "до 1 года"),
        ("ru", (0, 263), "до 21 года"),
        ("ru", (36, 59), "3–4 года"),
        ("en", (2, None), "from 2 months"),
        ("en", (0, 23), "up to 1 year"),
    ],
)
def test_age_limits_read_naturally(app: QApplication, language: str, limits, expected: str) -> None:  # type: ignore[no-untyped-def]
    with speaking(app, language):
        assert fmt.age_limits(*limits) == expected


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_numbers_and_dates_follow_the_language(app: QApplication, language: str) -> None:
    with speaking(app, language):
        assert re.fullmatch(r"\d\d\.\d\d\.2026 \d\d:\d\d", fmt.date_time(datetime(2026, 11, 23, 9, 15, tzinfo=UTC)))
        assert fmt.date_time_input_format() == {"pl": "d.MM.yyyy HH:mm", "ru": "dd.MM.yyyy HH:mm"}[language]
        assert fmt.amount_for_editing(Decimal("180.50")) == "180,50"
        assert fmt.parse_amount("1 200,50") == Decimal("1200.50")
        assert fmt.money(Decimal("12345.5"), "XYZ").replace("\u00a0", " ") == "12 345,50 XYZ"


def test_english_keeps_its_own_forms(app: QApplication) -> None:
    with speaking(app, "en"):
        assert fmt.amount_for_editing(Decimal("180.50")) == "180.50"
        assert fmt.date_time_input_format().startswith("d MMM yyyy h:mm")  # 5 Dec 2026: never "12/5/26"


def test_amounts_that_are_not_amounts_are_refused() -> None:
    from decimal import InvalidOperation

    for text in ("abc", "Infinity", "NaN", "1,2,3"):
        with pytest.raises(InvalidOperation):
            fmt.parse_amount(text)
    assert fmt.parse_amount("  ") is None


def test_the_window_and_qt_own_buttons_speak_polish(qtbot, app: QApplication, demo_db: Database) -> None:  # type: ignore[no-untyped-def]
    with speaking(app, "pl"):
        services = services_for(demo_db)
        window = MainWindow(services, services.auth.sign_in("justyna", "demo"))
        qtbot.addWidget(window)
        assert window.new_call_action.text() == "Nowe połączenie  Ctrl+N"
        assert window.outcome.findChild(object, "outcome_booked").text() == "Umówiono  Ctrl+1"
        dialog = SignInDialog(services.auth)
        qtbot.addWidget(dialog)
        buttons = dialog.findChild(QDialogButtonBox)
        assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Anuluj"  # from Qt's qtbase_pl


@pytest.mark.parametrize(
    ("language", "typed", "expected"),
    [
        ("pl", "12ab", "„12ab” to nie jest numer telefonu."),
        ("ru", "12", "В номере «12» слишком мало или слишком много цифр."),
        ("ru", "", "Введите номер телефона."),
    ],
)
def test_number_errors_are_worded_in_the_language(app: QApplication, language: str, typed: str, expected: str) -> None:
    with speaking(app, language), pytest.raises(InvalidNumberError) as error:
        normalize(typed)
    with speaking(app, language):
        assert phone_error(error.value) == expected
        assert schema_too_new("0009", "0001").startswith(
            "Ta konsola jest starsza" if language == "pl" else "Эта консоль старше"
        )


def test_a_message_for_the_owner_names_the_owner_in_the_language(app: QApplication) -> None:
    with speaking(app, "ru"):
        assert recipient_text(OWNER + "Иван Петров") == "Владелец: Иван Петров"
        assert recipient_text("lek. Piotr Wójcik") == "lek. Piotr Wójcik"


EDITOR_WORDS = {
    "pl": {
        "change": "zmieniono: cena, przygotowanie",
        "questions": {1: "1 pytanie bez odpowiedzi", 3: "3 pytania bez odpowiedzi", 5: "5 pytań bez odpowiedzi"},
        "error": "Ten numer to już linia przychodni „Chorlton Physio Clinic”.",
    },
    "ru": {
        "change": "изменено: цена, подготовка",
        "questions": {1: "1 вопрос без ответа", 3: "3 вопроса без ответа", 21: "21 вопрос без ответа"},
        "error": "Этот номер уже занят клиникой «Chorlton Physio Clinic».",
    },
}


@pytest.mark.parametrize("language", ["pl", "ru"])
def test_the_card_editor_speaks_the_language(app: QApplication, language: str) -> None:
    """The history names the fields that changed, counts take their plural form, a card's errors are worded by
    their code, and amounts are written with the language's decimal comma."""
    from reception_console.domain.card_changes import Action, CardChange, Entity
    from reception_console.domain.card_rules import FieldError
    from reception_console.domain.clinic import Service
    from reception_console.ui.editor.item_forms import ServiceForm
    from reception_console.ui.fields import error_text
    from reception_console.ui.models.changes_model import change_text

    words = EDITOR_WORDS[language]
    with speaking(app, language):
        price = CardChange(
            Entity.SERVICE,
            Action.UPDATE,
            3,
            {"price": "1.00", "preparation": ""},
            {"price": "2.00", "preparation": "…"},
        )
        assert change_text(price) == words["change"]
        count = {
            n: QCoreApplication.translate("CardEditorWindow", "%n open question(s)", None, n)
            for n in words["questions"]
        }
        assert count == words["questions"]
        taken = FieldError("phone_lines[0].number", "line_taken", "", "Chorlton Physio Clinic")
        assert error_text(taken) == words["error"]
        form = ServiceForm()
        form.load(Service("USG", Decimal("220.50")))
        assert (form.price.text(), form.price.placeholderText()) == ("220,50", "180,00")  # the decimal comma
        assert form.item().price == Decimal("220.50")


def test_the_language_is_chosen_in_settings_and_applies_from_the_next_start(
    qtbot, window: MainWindow, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text('[database]\nurl = "sqlite:///clinic.db"  # IT\n', encoding="utf-8")
    action = SettingsAction(window, config, "")
    assert action in window.findChild(object, "mainToolbar").actions()

    def choose_polish(dialog) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(dialog, SettingsDialog)
        dialog.language_box.setCurrentIndex(dialog.language_box.findData("pl"))
        assert "next time it starts" in dialog.note.text() and "Polski" in dialog.note.text()
        dialog.save()

    when_dialog_opens(qtbot, choose_polish)
    action.trigger()
    assert config.read_text(encoding="utf-8") == (
        '[database]\nurl = "sqlite:///clinic.db"  # IT\n\n[ui]\nlanguage = "pl"\n'
    )
    assert "next start" in window.statusBar().currentMessage()
    assert action.language == "pl"


def test_a_settings_file_that_cannot_be_read_is_left_alone(qtbot, app: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    config = tmp_path / "config.toml"
    config.write_text("[ui\nlanguage = ", encoding="utf-8")
    dialog = SettingsDialog(config, "", "en")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("ru"))
    dialog.save()
    assert dialog.isVisible() and dialog.error.isVisible() and "nothing was saved" in dialog.error.text()
    assert config.read_text(encoding="utf-8") == "[ui\nlanguage = "


def test_choosing_the_language_already_on_screen_needs_no_restart(qtbot, app: QApplication, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    dialog = SettingsDialog(tmp_path / "config.toml", "ru", "ru")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == "ru" and not dialog.needs_restart()
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("en"))
    assert dialog.needs_restart()
