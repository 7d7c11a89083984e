"""E-mail through a real SMTP server on loopback: what arrives, parsed back; login, STARTTLS, SMTPS; refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from reception_console.channels.settings import SmtpSettings
from reception_console.channels.smtp import SmtpChannel
from reception_console.domain.messages import DeliveryError
from tests.channels.conftest import item
from tests.mailserver import PASSWORD, USER, RunningMailServer, free_port


def settings(port: int, **kwargs: object) -> SmtpSettings:
    values: dict[str, object] = {
        "host": "127.0.0.1",
        "port": port,
        "security": "none",
        "username": USER,
        "sender": "recepcja@klinika.test",
        "sender_name": "Recepcja — Med Centrum Mokotów",
        "timeout": 5.0,
    }
    values.update(kwargs)
    return SmtpSettings(**values)  # type: ignore[arg-type]


def test_a_message_arrives_with_its_headers_and_polish_and_cyrillic_text(mail_server: RunningMailServer) -> None:
    channel = SmtpChannel(settings(mail_server.port), lambda: PASSWORD)
    sent = item(html="<p>Пациентка — <b>żółw</b></p>")
    receipt = channel.send(sent)

    assert receipt.provider_id == "Q0001"
    assert receipt.answer.startswith("250 ")
    assert mail_server.store.logins == [USER]
    [got] = mail_server.store.received
    assert got.mail_from == "recepcja@klinika.test"
    assert got.rcpt_tos == ["wlasciciel@klinika.test"]
    assert got.raw.isascii()  # headers and bodies travel encoded
    mail = got.message
    assert mail["Subject"] == "Wiadomość od: Zażółć Gęślą — Med Centrum"
    assert mail["From"].addresses[0].display_name == "Recepcja — Med Centrum Mokotów"
    assert mail["To"] == "wlasciciel@klinika.test"
    assert mail["Message-ID"] == "<0f1e2d3c4b5a69788796a5b4c3d2e1f0@reception-console>"
    plain = mail.get_body(("plain",))
    html = mail.get_body(("html",))
    assert plain is not None and html is not None
    assert plain.get_content().strip() == sent.text
    assert plain.get_content_charset() == "utf-8"
    assert "<b>żółw</b>" in html.get_content()


def test_a_retry_carries_the_same_message_id(mail_server: RunningMailServer) -> None:
    channel = SmtpChannel(settings(mail_server.port), lambda: PASSWORD)
    channel.send(item())
    channel.send(item())
    ids = {r.message["Message-ID"] for r in mail_server.store.received}
    assert len(mail_server.store.received) == 2 and len(ids) == 1


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_tls_with_login(security: str, certificate: tuple[Path, Path]) -> None:
    server = RunningMailServer(security, certificate)
    try:
        channel = SmtpChannel(settings(server.port, security=security, ca_file=str(certificate[0])), lambda: PASSWORD)
        assert channel.send(item()).provider_id == "Q0001"
        assert server.store.logins == [USER]
        assert server.store.received[0].message["Subject"].startswith("Wiadomość")
    finally:
        server.stop()


def test_an_untrusted_certificate_is_said_and_nothing_is_sent(certificate: tuple[Path, Path]) -> None:
    server = RunningMailServer("starttls", certificate)
    try:
        with pytest.raises(DeliveryError, match="certificate is not trusted"):
            SmtpChannel(settings(server.port, security="starttls"), lambda: PASSWORD).send(item())
        assert server.store.received == []
    finally:
        server.stop()


def test_a_wrong_password_is_a_permanent_failure_with_the_servers_answer(mail_server: RunningMailServer) -> None:
    with pytest.raises(DeliveryError) as refused:
        SmtpChannel(settings(mail_server.port), lambda: "wrong").send(item())
    assert refused.value.permanent
    assert "refused the login of console@clinic.test" in refused.value.answer
    assert "535" in refused.value.answer
    assert "wrong" not in refused.value.answer
    assert mail_server.store.received == []


def test_a_refused_recipient_is_a_permanent_failure(mail_server: RunningMailServer) -> None:
    mail_server.store.refuse_rcpt.add("nikt@klinika.test")
    with pytest.raises(DeliveryError) as refused:
        SmtpChannel(settings(mail_server.port), lambda: PASSWORD).send(item(to="nikt@klinika.test"))
    assert refused.value.permanent
    assert "refused the recipient: 550" in refused.value.answer


def test_an_unreachable_server_is_tried_again_later() -> None:
    with pytest.raises(DeliveryError) as unreachable:
        SmtpChannel(settings(free_port()), lambda: PASSWORD).send(item())
    assert not unreachable.value.permanent
    assert "could not be reached" in unreachable.value.answer


def test_a_channel_without_server_says_what_is_missing() -> None:
    with pytest.raises(DeliveryError, match="SMTP server and the sender"):
        SmtpChannel(SmtpSettings(), lambda: "").send(item())


def test_a_password_smtp_cannot_carry_is_said_plainly(mail_server: RunningMailServer) -> None:
    with pytest.raises(DeliveryError, match="outside ASCII") as refused:
        SmtpChannel(settings(mail_server.port), lambda: "zażółć").send(item())
    assert refused.value.permanent
