"""Message rules without a server: SMS parts, masks in logs, recipients on a card, config of the channels."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_console.domain import sms
from reception_console.domain.card_rules import is_email
from reception_console.domain.messages import Channel, Contact, Medium, mask_address, mask_numbers
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings


def test_gsm7_and_ucs2_parts() -> None:
    assert sms.encoding("Hello {there}") == "gsm7"
    assert sms.encoding("Zażółć") == "ucs2" and sms.encoding("Привет") == "ucs2"
    assert sms.parts("a" * 160) == 1 and sms.parts("a" * 161) == 2 and sms.parts("a" * 306) == 2
    assert sms.parts("{" * 80) == 1 and sms.parts("{" * 81) == 2  # an extension character takes two places
    assert sms.parts("ż" * 70) == 1 and sms.parts("ż" * 71) == 2 and sms.parts("ż" * 134) == 2


@pytest.mark.parametrize(
    "text", ["Pani Ewa prosi o telefon, żółw. " * 20, "Пациент просит перезвонить. " * 20, "x " * 400]
)
@pytest.mark.parametrize("max_parts", [1, 2, 3])
def test_fit_keeps_a_text_within_its_parts(text: str, max_parts: int) -> None:
    fitted = sms.fit(text, max_parts)
    assert sms.parts(fitted) <= max_parts
    assert sms.parts(sms.fit(text, max_parts)) == max_parts  # and uses them
    assert fitted.endswith(("…", "..."))


def test_sms_text_is_plain_and_link_free() -> None:
    assert sms.plain("Zobacz https://example.com/x?a=1 i www.klinika.pl\tteraz\x07") == "Zobacz i teraz"


def test_logs_see_numbers_by_their_last_three_digits() -> None:
    assert mask_address("+48601482390") == "***390"
    assert mask_address("ewa.nowicka@klinika.test") == "e***@klinika.test"
    assert mask_numbers("400 Bad number +48 601 482 390 (id 17)") == "400 Bad number ***390 (id 17)"


def test_a_channel_asks_for_the_addresses_it_has() -> None:
    assert Contact("a@b.pl", "+48601482390", Channel.BOTH).addresses() == [
        (Medium.EMAIL, "a@b.pl"),
        (Medium.SMS, "+48601482390"),
    ]
    assert Contact("", "+48601482390", Channel.BOTH).addresses() == [(Medium.SMS, "+48601482390")]
    assert Contact("a@b.pl", "+48601482390", Channel.NONE).addresses() == []


@pytest.mark.parametrize("good", ["ewa@klinika.pl", "e.nowicka+rc@med-centrum.com.pl", "a@xn--80aicbuj.xn--p1ai"])
def test_e_mail_syntax_accepts(good: str) -> None:
    assert is_email(good)


@pytest.mark.parametrize(
    "bad",
    [
        "ewa",
        "ewa@",
        "@klinika.pl",
        "ewa@klinika",
        "ewa @klinika.pl",
        "a@@b.pl",
        "a..b@c.pl",
        "a@b..pl",
        "врач@клиника.рф",
    ],
)
def test_e_mail_syntax_refuses(bad: str) -> None:
    assert not is_email(bad)


def test_notify_settings_from_config_toml_and_no_password_there(tmp_path: Path) -> None:
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    (paths.config / "config.toml").write_text(
        """
[notify.email]
host = "smtp.klinika.test"
port = 465
security = "ssl"
username = "recepcja@klinika.test"
sender = "recepcja@klinika.test"
password = "never here"
[notify.sms]
via = "http"
parts = 3
[notify.sms.http]
url = "https://gateway.test/send"
body = "json"
fields = { to = "{to}", text = "{text}" }
headers = { Authorization = "Bearer {secret}" }
[notify.summary]
weekly = true
hour = 6
""",
        encoding="utf-8",
    )
    try:
        settings = load_settings(paths)
    finally:
        (paths.config / "config.toml").unlink()
    n = settings.notify
    assert (n.email.host, n.email.port, n.email.security, n.email.username) == (
        "smtp.klinika.test",
        465,
        "ssl",
        "recepcja@klinika.test",
    )
    assert (n.sms_via, n.sms_parts, n.gateway.body, n.gateway.fields["text"]) == ("http", 3, "json", "{text}")
    assert (n.summary.daily, n.summary.weekly, n.summary.hour) == (True, True, 6)
    assert any("password is ignored" in p for p in settings.problems)
    assert "never here" not in repr(settings)
