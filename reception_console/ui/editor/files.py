"""Card files from the editor: the same import and export as `reception-console cards`."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QStatusBar, QWidget

from ...domain.card_records import EditableCard
from ...domain.card_rules import FieldError
from ...domain.people import Person
from ...services.card_files import CardFileError, read_card_text, write_card_file
from ...services.console import ConsoleServices
from ..fields import error_text


class CardEditorWindow(Protocol):
    """What card files need of the editor window: the parent for dialogs, its unsaved-work check, the card on
    screen and the list of clinics to refresh after an import."""

    services: ConsoleServices
    person: Person
    base: EditableCard | None

    def may_leave(self) -> bool: ...

    def refresh_clinics(self) -> None: ...

    def open_clinic(self, clinic_id: int) -> None: ...

    def statusBar(self) -> QStatusBar: ...

    def window(self) -> QWidget: ...


def card_filter() -> str:
    """The file dialogs' filter, in the user's language (the pattern stays as it is)."""
    return QCoreApplication.translate("CardFiles", "Card files (*.json)")


def problem_lines(errors: list[FieldError]) -> list[str]:
    """Each problem in the user's language, with where it is in the file (a problem without a code: its English)."""
    return [f"{e.path}: {error_text(e)}" if e.code and e.path else error_text(e) for e in errors]


def show_problems(window: CardEditorWindow, name: str, errors: list[FieldError]) -> None:
    problems = problem_lines(errors)
    box = QMessageBox(window)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("CardFiles", "Import"))
    box.setText(
        QCoreApplication.translate("CardFiles", "%1 was not imported: nothing was changed.").replace("%1", name)
        + "\n\n"
        + "\n".join(problems[:8])
        + ("\n…" if len(problems) > 8 else "")
    )
    box.setDetailedText("\n".join(problems))
    box.exec()


def import_cards(window: CardEditorWindow, path: str | None = None) -> bool:
    """Check the file whole, say what it would change, and import it all or nothing."""
    if not window.may_leave():
        return False
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window, QCoreApplication.translate("CardFiles", "Import clinic cards"), "", card_filter()
        )
        if not path:
            return False
    file = Path(path)
    exchange, person = window.services.exchange, window.person
    try:
        text = read_card_text(file)
        plan = exchange.plan(person, text, file.name)
    except CardFileError as error:
        show_problems(window, file.name, error.errors)
        return False
    if plan.empty:
        QMessageBox.information(
            window,
            QCoreApplication.translate("CardFiles", "Import"),
            QCoreApplication.translate("CardFiles", "The cards in %1 are already as the file says.").replace(
                "%1", file.name
            ),
        )
        return False
    question = QCoreApplication.translate(
        "CardFiles", "Import %1?\n\nNew clinics: %2\nUpdated clinics: %3\nUnchanged: %4\nGlobal prompts: %5"
    )
    answer = QMessageBox.question(
        window,
        QCoreApplication.translate("CardFiles", "Import"),
        question.replace("%1", file.name)
        .replace("%2", ", ".join(plan.created) or "—")
        .replace("%3", ", ".join(plan.updated) or "—")
        .replace("%4", str(len(plan.unchanged)))
        .replace("%5", ", ".join(plan.scripts) or "—"),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        exchange.import_text(person, text, file.name)
    except CardFileError as error:
        show_problems(window, file.name, error.errors)
        return False
    window.refresh_clinics()
    if window.base is not None and window.base.id is not None:
        window.open_clinic(window.base.id)
    window.statusBar().showMessage(
        QCoreApplication.translate("CardFiles", "%1 imported.").replace("%1", file.name), 8000
    )
    return True


def export_cards(window: CardEditorWindow, clinic_key: str | None, path: str | None = None) -> bool:
    if path is None:
        suggested = f"{clinic_key or 'clinic-cards'}.json"
        path, _ = QFileDialog.getSaveFileName(
            window, QCoreApplication.translate("CardFiles", "Export clinic cards"), suggested, card_filter()
        )
        if not path:
            return False
    try:
        write_card_file(Path(path), window.services.exchange.export(window.person, clinic_key))
    except OSError as error:
        QMessageBox.warning(
            window, QCoreApplication.translate("CardFiles", "Export"), f"{path}: {error.strerror or error}"
        )
        return False
    window.statusBar().showMessage(
        QCoreApplication.translate("CardFiles", "Cards written to %1.").replace("%1", path), 8000
    )
    return True
