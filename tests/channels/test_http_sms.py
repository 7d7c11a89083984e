"""SMS through a local HTTP server playing the gateway: templates, idempotency key, 500s, timeouts, 429."""

from __future__ import annotations

import urllib.parse

import pytest

from reception_console.channels.email_sms import EmailToSms
from reception_console.channels.http_sms import HttpSmsGateway, retry_after
from reception_console.channels.settings import GatewaySettings, SmtpSettings
from reception_console.channels.smtp import SmtpChannel
from reception_console.domain.messages import DeliveryError, Medium
from tests.channels.conftest import item
from tests.mailserver import PASSWORD, USER, RunningMailServer, free_port
from tests.sms_gateway import Answer, Gateway

TEXT = "Med Centrum: wiadomość od Jan Kowalski +48601111222: proszę oddzwonić"


def sms(**kwargs: object):  # type: ignore[no-untyped-def]
    return item(Medium.SMS, "+48601234567", subject="", text=TEXT, **kwargs)


def json_gateway(url: str, **kwargs: object) -> HttpSmsGateway:
    values: dict[str, object] = {
        "url": url + "/api/sms?user={to_digits}",
        "body": "json",
        "fields": {"to": "{to}", "message": "{text}", "from": "{sender}"},
        "headers": {"Authorization": "Bearer {secret}"},
        "sender": "MedCentrum",
        "timeout": 2.0,
    }
    values.update(kwargs)
    return HttpSmsGateway(GatewaySettings(**values), lambda: "token-123")  # type: ignore[arg-type]


def test_a_json_request_from_the_template_with_secret_and_idempotency_key(gateway: Gateway) -> None:
    receipt = json_gateway(gateway.url).send(sms())
    [request] = gateway.requests
    assert request.method == "POST"
    assert request.path == "/api/sms?user=48601234567"
    assert request.json() == {"to": "+48601234567", "message": TEXT, "from": "MedCentrum"}
    assert request.headers["Authorization"] == "Bearer token-123"
    assert request.headers["Idempotency-Key"] == "0f1e2d3c4b5a69788796a5b4c3d2e1f0"
    assert request.headers["Content-Type"].startswith("application/json")
    assert receipt.provider_id == "gw-1"
    assert receipt.answer.startswith("200 ")


def test_a_form_request_and_the_id_where_the_provider_puts_it(gateway: Gateway) -> None:
    gateway.default = Answer(200, '{"count": 1, "list": [{"id": "5F8A", "points": 0.16}]}')
    channel = HttpSmsGateway(
        GatewaySettings(
            url=gateway.url + "/sms.do",
            body="form",
            fields={"to": "{to_digits}", "message": "{text}", "format": "json"},
            id_field="list.0.id",
            idempotency_header="",
        ),
        lambda: "",
    )
    assert channel.send(sms()).provider_id == "5F8A"
    [request] = gateway.requests
    form = urllib.parse.parse_qs(request.body.decode())
    assert form == {"to": ["48601234567"], "message": [TEXT], "format": ["json"]}
    assert "Idempotency-Key" not in request.headers


def test_a_retry_carries_the_same_idempotency_key(gateway: Gateway) -> None:
    channel = json_gateway(gateway.url)
    channel.send(sms())
    channel.send(sms())
    assert len({r.headers["Idempotency-Key"] for r in gateway.requests}) == 1


def test_a_500_is_tried_again_and_says_what_the_gateway_answered(gateway: Gateway) -> None:
    gateway.script = [Answer(500, '{"error": "internal"}')]
    with pytest.raises(DeliveryError) as failed:
        json_gateway(gateway.url).send(sms())
    assert not failed.value.permanent
    assert failed.value.answer.startswith("The SMS gateway answered 500")
    assert "internal" in failed.value.answer
    assert "token-123" not in failed.value.answer


def test_a_429_says_when_to_try_again(gateway: Gateway) -> None:
    gateway.script = [Answer(429, "{}", headers=(("Retry-After", "120"),))]
    with pytest.raises(DeliveryError) as limited:
        json_gateway(gateway.url).send(sms())
    assert not limited.value.permanent
    assert limited.value.retry_after == 120.0


def test_retry_after_as_an_http_date() -> None:
    from datetime import UTC, datetime

    assert retry_after("Thu, 03 Dec 2026 10:02:00 GMT", datetime(2026, 12, 3, 10, 0, tzinfo=UTC)) == 120.0
    assert retry_after("soon") is None


def test_a_gateway_that_does_not_answer_in_time_is_tried_again(gateway: Gateway) -> None:
    gateway.script = [Answer(200, "{}", delay=3.0)]
    with pytest.raises(DeliveryError) as slow:
        json_gateway(gateway.url, timeout=0.5).send(sms())
    assert not slow.value.permanent
    assert "could not be reached" in slow.value.answer
    assert "token" not in slow.value.answer and "/api/sms" not in slow.value.answer


def test_an_unreachable_gateway_is_tried_again() -> None:
    with pytest.raises(DeliveryError) as unreachable:
        json_gateway(f"http://127.0.0.1:{free_port()}").send(sms())
    assert not unreachable.value.permanent


def test_a_refused_number_is_permanent(gateway: Gateway) -> None:
    gateway.script = [Answer(400, '{"error": "invalid number"}')]
    with pytest.raises(DeliveryError) as refused:
        json_gateway(gateway.url).send(sms())
    assert refused.value.permanent
    assert "400" in refused.value.answer and "invalid number" in refused.value.answer


def test_an_error_in_a_200_reply_is_a_refusal(gateway: Gateway) -> None:
    gateway.script = [Answer(200, '{"error": 13, "message": "Bad number"}')]
    with pytest.raises(DeliveryError, match="refused the message") as refused:
        json_gateway(gateway.url, error_field="error").send(sms())
    assert refused.value.permanent


def test_sms_by_e_mail(mail_server: RunningMailServer) -> None:
    smtp = SmtpChannel(
        SmtpSettings("127.0.0.1", mail_server.port, "none", USER, "recepcja@klinika.test", timeout=5.0),
        lambda: PASSWORD,
    )
    receipt = EmailToSms(smtp, "{to_digits}@sms.operator.test").send(sms())
    assert receipt.provider_id == "Q0001"
    [got] = mail_server.store.received
    assert got.rcpt_tos == ["48601234567@sms.operator.test"]
    body = got.message.get_body(("plain",))
    assert body is not None and body.get_content().strip() == TEXT
    assert got.message.get_content_type() == "text/plain"
