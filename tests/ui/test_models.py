from dataclasses import replace
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import Qt

from reception_console.domain.calls import Call, Direction, EventSource, PastCall
from reception_console.domain.tasks import Task, TaskKind
from reception_console.services.demo import read_demo
from reception_console.ui.models.calls_model import ActiveCallsModel
from reception_console.ui.models.card_models import ServicesModel, SpecialistsModel
from reception_console.ui.models.history_model import HistoryModel
from reception_console.ui.models.lines_model import LinesFilter, LinesModel
from reception_console.ui.models.tasks_model import TasksModel
from tests.conftest import DEMO

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def test_card_models(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    card = next(c for c in read_demo(DEMO).clinics if c.currency == "PLN")
    specialists, services = SpecialistsModel(), ServicesModel()
    specialists.set_card(card)
    services.set_card(card)
    qtmodeltester.check(specialists)
    qtmodeltester.check(services)
    assert specialists.rowCount() == len(card.specialists) and specialists.columnCount() == 5
    assert services.index(0, ServicesModel.PRICE).data().replace("\xa0", " ").endswith("zł")
    first = card.specialists[0]
    tip = specialists.index(0, SpecialistsModel.NOTES).data(Qt.ItemDataRole.ToolTipRole)
    assert first.name in tip and all(s.name in tip for s in card.services_for(first))
    aligned = services.index(0, ServicesModel.PRICE).data(Qt.ItemDataRole.TextAlignmentRole)
    assert Qt.AlignmentFlag(aligned) & Qt.AlignmentFlag.AlignRight
    assert specialists.headerData(SpecialistsModel.AGES, Qt.Orientation.Horizontal) == "Ages"
    specialists.set_card(None)
    assert specialists.rowCount() == 0 and specialists.columnCount() == 5


def test_calls_model(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    model = ActiveCallsModel(lambda cid: "Clinic" if cid else "", lambda: NOW + timedelta(seconds=75))
    model.upsert(Call("a", Direction.INBOUND, EventSource.SOFTPHONE, NOW, clinic_id=1, caller="+48600111222"))
    model.upsert(Call("b", Direction.OUTBOUND, EventSource.MANUAL, NOW, line="+48221111111"))
    qtmodeltester.check(model)
    assert model.index(0).data().splitlines() == ["Clinic", "+48 600 111 222", "⚠ Ringing · 1:15"]
    assert model.index(1).data().startswith("↗ Unknown line +48 22 111 11 11")
    assert not model.index(1).data().endswith("⚠")  # a callback is not a caller kept waiting
    model.remove("a")
    assert model.rowCount() == 1 and model.row_of("b") == 0


def test_a_caller_ringing_past_the_service_level_stands_out(app) -> None:  # type: ignore[no-untyped-def]
    now = [NOW]
    model = ActiveCallsModel(lambda cid: "Clinic", lambda: now[0])
    model.upsert(Call("a", Direction.INBOUND, EventSource.SOFTPHONE, NOW, clinic_id=1, caller="+48600111222"))
    background = Qt.ItemDataRole.BackgroundRole

    def colour() -> str:
        return model.index(0).data(background).color().name()

    now[0] = NOW + timedelta(seconds=8)
    assert colour() == "#fff3cd" and model.index(0).data().splitlines()[2] == "Ringing · 0:08"
    now[0] = NOW + timedelta(seconds=9)
    assert colour() == "#f8d7da" and model.index(0).data().splitlines()[2] == "⚠ Ringing · 0:09"
    model.upsert(replace(model.calls()[0], answered_at=NOW + timedelta(seconds=12)))
    assert colour() == "#d1e7dd" and "⚠" not in model.index(0).data()


def test_tasks_and_history_models(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    tasks = TasksModel(lambda cid: "Clinic", lambda: NOW)
    tasks.set_tasks(
        [
            Task(TaskKind.CALLBACK, 1, "+48600111222", NOW - timedelta(hours=1), NOW),
            Task(TaskKind.MESSAGE, 1, "+48600111222", NOW + timedelta(hours=1), NOW, recipient="dr Kos"),
        ]
    )
    qtmodeltester.check(tasks)
    assert tasks.index(1, TasksModel.KIND).data() == "Message for dr Kos"
    foreground = Qt.ItemDataRole.ForegroundRole
    assert tasks.index(0, TasksModel.DUE).data(foreground) is not None  # overdue: due date drawn in red
    assert tasks.index(1, TasksModel.DUE).data(foreground) is None  # due later: plain
    history = HistoryModel()
    history.set_calls([PastCall("x", NOW, "Clinic", "not_booked", "too_expensive", "", None, "note", "Ewa", "Olga")])
    qtmodeltester.check(history)
    assert history.index(0, HistoryModel.OUTCOME).data() == "Not booked — too expensive"


def test_lines_filter_by_name_or_number(qtmodeltester, app) -> None:  # type: ignore[no-untyped-def]
    from reception_console.domain.clinic import LineChoice

    lines = [
        LineChoice(1, "+48228431200", "Rejestracja", 1, "Med Centrum Mokotów"),
        LineChoice(2, "+74956431020", "", 2, "Стоматология «Улыбка»"),
    ]
    source = LinesModel(lines)
    proxy = LinesFilter()
    proxy.setSourceModel(source)
    qtmodeltester.check(source)
    for typed, rows in [("mokotow", 1), ("УЛЫБ", 1), ("022 843", 1), ("495", 1), ("", 2), ("nothing", 0)]:
        proxy.set_text(typed)
        assert proxy.rowCount() == rows, typed
