"""Showing a caller's earlier calls on the console is recorded in the audit trail (who, whose number)."""

from __future__ import annotations

from reception_console.domain.audit import AuditAction
from reception_console.ui.console.main_window import MainWindow
from tests.conftest import PL_LINE, Clock


def test_a_callers_history_shown_on_the_console_is_recorded(qtbot, window: MainWindow, clock: Clock) -> None:  # type: ignore[no-untyped-def]
    services = window.services
    admin = services.auth.sign_in("admin", "demo")
    first = services.desk.start_manual(PL_LINE, "600 111 222")
    window.add_call(first)
    assert window.prompts.history_model.rowCount() == 0
    assert [e for e in services.audit.events(admin) if e.action is AuditAction.VIEWED_HISTORY] == []

    clock.advance(minutes=5)
    second = services.desk.start_manual(PL_LINE, "600 111 222")
    window.add_call(second)
    qtbot.waitUntil(lambda: window.current_id == second.id and window.prompts.history_model.rowCount() == 1)

    def views():  # type: ignore[no-untyped-def]
        return [e for e in services.audit.events(admin) if e.action is AuditAction.VIEWED_HISTORY]

    qtbot.waitUntil(lambda: len(views()) == 1)  # written just after the card is on screen
    (viewed,) = views()
    assert (viewed.actor, viewed.subject, viewed.actor_id) == ("justyna", "+48600111222", window.person.id)
