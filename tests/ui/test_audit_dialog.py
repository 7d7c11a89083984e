"""The admin reads the audit trail and the sign-in lockouts, and exports the trail."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from reception_console.domain.audit import AuditAction
from reception_console.domain.people import Role
from reception_console.services.auth import SignInError
from reception_console.storage.database import Database
from reception_console.ui.editor.audit_dialog import AuditDialog
from tests.builders import services_for
from tests.conftest import Clock


def test_the_admin_reads_and_exports_the_audit_trail(  # type: ignore[no-untyped-def]
    qtbot, qtmodeltester, app, demo_db: Database, clock: Clock, tmp_path: Path, monkeypatch
) -> None:
    services = services_for(demo_db, clock)
    admin = services.auth.sign_in("admin", "demo")
    services.people.add(admin, "marta", "Marta Zając", Role.RECEPTIONIST, "haslo-marty")
    for _ in range(5):
        with pytest.raises(SignInError):
            services.auth.sign_in("marta", "=HYPERLINK(1)")

    dialog = AuditDialog(services.audit, services.auth, admin)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.events)
    qtmodeltester.check(dialog.lockouts)
    assert [e.action for e in dialog.rows()][:2] == [AuditAction.SIGN_IN_THROTTLED] * 2
    assert dialog.events.index(2, 2).data() == "changed a person"
    assert dialog.events.index(2, 3).data() == "marta"
    assert dialog.lockouts.rowCount() == 2 and dialog.lockouts.index(0, 1).data() == "5"

    target = tmp_path / "audit.csv"
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "CSV (*.csv)"))
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert {r["action"] for r in rows} >= {"changed_person", "sign_in_throttled"}
    assert dialog.rows()[0].action is AuditAction.EXPORTED  # the export is in the trail too
    assert target.stat().st_mode & 0o077 == 0
