"""The owner's summary: yesterday's figures and the open messages, queued once a day across consoles, delivered
as HTML with a plain-text part; `reception-console report send` sends one by hand."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from reception_console.app import owner_summaries
from reception_console.domain.calls import CallEvent, EventKind, EventSource, Outcome, OutcomeForm
from reception_console.domain.messages import Medium
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.storage.database import Database
from reception_console.storage.models import OutboxRow
from tests.builders import services_for
from tests.conftest import PL_LINE, Clock
from tests.delivery_setup import OWNER_EMAIL, give_recipients, smtp_channel, worker
from tests.mailserver import PASSWORD, RunningMailServer


def yesterdays_calls(db: Database, clock: Clock) -> None:
    """Monday 23 Nov (Warsaw): one booked, one missed, one with a message for the owner."""
    services = services_for(db, clock)
    desk = services.desk
    desk.receptionist = services.auth.sign_in("justyna", "demo")
    clinic_id = next(x.clinic_id for x in services.cards.lines() if x.number == PL_LINE)
    doctor = services.cards.view(clinic_id).card.specialists[0].id
    for n, form in enumerate(
        [
            OutcomeForm(
                Outcome.BOOKED, patient_name="Anna Lis", specialist_id=doctor, visit_at=clock.now + timedelta(days=2)
            ),
            None,
            OutcomeForm(
                Outcome.INFO_ONLY, patient_name="Jan Kowalski", message_to="owner: Ewa", message_text="Proszę o telefon"
            ),
        ]
    ):
        call_id = f"y{n}"
        desk.receive(CallEvent(EventKind.RING, call_id, clock.now, EventSource.SOFTPHONE, PL_LINE, f"+4860011122{n}"))
        clock.advance(seconds=5)
        if form is None:
            desk.receive(CallEvent(EventKind.END, call_id, clock.now, EventSource.SOFTPHONE))
            continue
        desk.answer(call_id)
        desk.save(call_id, form)


def summaries_at(db: Database, clock: Clock):  # type: ignore[no-untyped-def]
    return owner_summaries(db, Settings(paths=Paths.default(), database_url=db.url), clock)


def test_the_daily_summary_is_queued_once_across_consoles_after_seven(demo_db: Database, clock: Clock) -> None:
    give_recipients(demo_db, channel="sms")  # the owner's messages go by SMS; the summary still by e-mail
    yesterdays_calls(demo_db, clock)
    clock.now = datetime(2026, 11, 24, 5, 30, tzinfo=UTC)  # 6:30 in Warsaw: not yet
    first, second = summaries_at(demo_db, clock), summaries_at(demo_db, clock)
    assert first.due() == 0
    clock.advance(hours=1)  # 7:30
    assert first.due() == 1
    assert second.due() == 0  # the other console finds it queued
    clock.advance(minutes=5)
    assert first.due() == 0
    with demo_db.sessions() as s:
        [row] = s.scalars(select(OutboxRow).where(OutboxRow.kind == "summary")).all()
    assert row.recipient == OWNER_EMAIL and row.dedupe_key == "summary:med-centrum-mokotow:daily:2026-11-23"
    assert row.subject == "Med Centrum Mokotów: połączenia 2026-11-23"
    assert "Połączenia przychodzące" in row.body and "Konwersja linii" in row.body
    assert "Jan Kowalski" in row.body and "Proszę o telefon" in row.body
    assert "<table>" in row.html and "Konwersja na wizyty" in row.html


def test_the_summary_arrives_as_html_with_a_plain_text_part(
    demo_db: Database, clock: Clock, mail: RunningMailServer
) -> None:
    give_recipients(demo_db, channel="email")
    yesterdays_calls(demo_db, clock)
    clock.now = datetime(2026, 11, 24, 7, 0, tzinfo=UTC)
    summaries = summaries_at(demo_db, clock)
    assert summaries.due() == 1
    # the message task of yesterday's call went too: two e-mails in all
    assert worker(demo_db, {Medium.EMAIL: smtp_channel(mail.port, PASSWORD)}, clock).run_once() == 2
    [summary] = [r.message for r in mail.store.received if "połączenia" in r.message["Subject"]]
    assert summary["Subject"] == "Med Centrum Mokotów: połączenia 2026-11-23"
    assert summary.get_content_type() == "multipart/alternative"
    text = summary.get_body(("plain",)).get_content()
    html = summary.get_body(("html",)).get_content()
    lines = {
        label.strip(): value.strip()
        for label, _, value in (line.strip().partition("  ") for line in text.splitlines())
        if value
    }
    assert lines["Połączenia przychodzące"] == "3"
    assert lines["Odebrane"] == "66.7%"
    assert lines["Konwersja na wizyty"] == "100.0%"
    assert "Jan Kowalski" in html and "Proszę o telefon" in html


def test_a_weekly_summary_on_monday(demo_db: Database, clock: Clock) -> None:
    give_recipients(demo_db, channel="email")
    clock.now = datetime(2026, 11, 30, 8, 0, tzinfo=UTC)  # Monday 9:00 in Warsaw
    settings = Settings(paths=Paths.default(), database_url=demo_db.url)
    from dataclasses import replace

    from reception_console.platform.notify_settings import SummarySettings

    settings = replace(settings, notify=replace(settings.notify, summary=SummarySettings(True, True, 7)))
    assert owner_summaries(demo_db, settings, clock).due() == 2
    with demo_db.sessions() as s:
        keys = sorted(s.scalars(select(OutboxRow.dedupe_key)).all())
    assert keys == [
        "summary:med-centrum-mokotow:daily:2026-11-29",
        "summary:med-centrum-mokotow:weekly:2026-11-23",
    ]


def test_report_send_by_hand(demo_sqlite: Database, clock: Clock, mail: RunningMailServer, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import keyring

    from reception_console.cli import main

    give_recipients(demo_sqlite, channel="email")
    paths = Paths.default()
    paths.config.mkdir(parents=True, exist_ok=True)
    config = paths.config / "config.toml"
    config.write_text(
        f'[notify.email]\nhost = "127.0.0.1"\nport = {mail.port}\nsecurity = "none"\n'
        'username = "console@clinic.test"\nsender = "recepcja@klinika.test"\n',
        encoding="utf-8",
    )
    keyring.set_password("ReceptionConsole", "notify:smtp", PASSWORD)
    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    send = ["report", "send", "--clinic", "med-centrum-mokotow", "--date", "2026-11-23"]
    try:
        assert main(["--db", demo_sqlite.url, *send]) == 1  # a clinic's figures, sent out: by a supervisor
        assert main(["--db", demo_sqlite.url, "--user", "justyna", *send]) == 1  # … not by a receptionist
        refusals = capsys.readouterr().err
        assert "give --user LOGIN" in refusals and "Only supervisors" in refusals and not mail.store.received
        code = main(["--db", demo_sqlite.url, "--user", "anna", *send])
        assert main(["--db", demo_sqlite.url, "--user", "anna", *send[:3], "nope", *send[4:]]) == 1
    finally:
        config.unlink()
        keyring.delete_password("ReceptionConsole", "notify:smtp")
    out = capsys.readouterr()
    assert code == 0, out.err
    assert "Sent: Med Centrum Mokotów: połączenia 2026-11-23" in out.out and "Q0001" in out.out
    assert "No clinic has the key 'nope'" in out.err
    [got] = mail.store.received
    assert got.rcpt_tos == [OWNER_EMAIL]
    assert date(2026, 11, 23).isoformat() in got.message["Subject"]
    assert PASSWORD not in out.out + out.err
