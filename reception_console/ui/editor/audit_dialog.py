"""The admin's view of the audit trail (who saw, exported, changed or erased what) and of the logins and PCs
held back after wrong passwords; the trail exports to CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.audit import AuditAction, AuditEvent
from ...domain.people import Person
from ...services.audit import AuditTrail
from ...services.auth import AuthService
from ...services.exports import write_csv
from ..models.report_models import Column, ColumnTableModel, Kind


class AuditDialog(QDialog):
    def __init__(self, trail: AuditTrail, auth: AuthService, actor: Person, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(900, 520)
        self.trail = trail
        self.actor = actor
        actions = {
            AuditAction.VIEWED_HISTORY: self.tr("viewed a caller's history"),
            AuditAction.EXPORTED: self.tr("exported"),
            AuditAction.CHANGED_CARD: self.tr("changed a clinic card"),
            AuditAction.CHANGED_PERSON: self.tr("changed a person"),
            AuditAction.PURGED: self.tr("anonymised old calls"),
            AuditAction.SUBJECT_EXPORTED: self.tr("handed out a caller's data"),
            AuditAction.SUBJECT_ERASED: self.tr("erased a caller's data"),
            AuditAction.SIGN_IN_THROTTLED: self.tr("wrong passwords: sign-in slowed down"),
        }
        self.events = ColumnTableModel(
            "audit trail",
            [
                Column(self.tr("When"), lambda e: e.at, Kind.DATETIME),
                Column(self.tr("Who"), lambda e: e.actor),
                Column(self.tr("What"), lambda e: actions.get(e.action, e.action.value)),
                Column(self.tr("About"), lambda e: e.subject),
                Column(self.tr("Details"), lambda e: e.details),
            ],
            parent=self,
        )
        scopes = {"login": self.tr("login"), "pc": self.tr("PC")}
        self.lockouts = ColumnTableModel(
            "sign-in lockouts",
            [
                Column(self.tr("Login or PC"), lambda r: f"{scopes.get(r[0], r[0])}: {r[1]}"),
                Column(self.tr("Wrong passwords in a row"), lambda r: r[2], Kind.COUNT),
                Column(self.tr("Last one"), lambda r: r[3], Kind.DATETIME),
            ],
            parent=self,
        )
        tabs = QTabWidget()
        for model, title in ((self.events, self.tr("Events")), (self.lockouts, self.tr("Sign-in lockouts"))):
            view = QTableView()
            view.setModel(model)
            view.setSortingEnabled(False)
            view.horizontalHeader().setStretchLastSection(True)
            tabs.addTab(view, title)
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.clicked.connect(self.ask_export)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.events.set_rows(trail.events(actor))
        self.lockouts.set_rows(auth.lockouts(actor))

    def rows(self) -> list[AuditEvent]:
        return [self.events.row_object(i) for i in range(self.events.rowCount())]

    def export(self, path: Path) -> int:
        table = self.trail.export(self.actor)
        write_csv(path, table)
        return len(table.rows)

    def ask_export(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the audit trail"), "audit-trail.csv", "CSV (*.csv)")
        if not name:
            return
        try:
            self.export(Path(name))
        except OSError as error:
            message = self.tr("Cannot write %1: %2").replace("%1", name).replace("%2", str(error))
            QMessageBox.warning(self, self.tr("Audit trail"), message)
            return
        self.events.set_rows(self.trail.events(self.actor))  # the export itself is now in the trail
