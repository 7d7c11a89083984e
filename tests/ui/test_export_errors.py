"""An export the PC cannot write (a full disk, a folder she may not write to) says which file and why, and the
dashboard records nothing as exported."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from reception_console.ui.dashboard.widgets import written
from tests.ui.conftest import when_dialog_opens
from tests.ui.keyboard import Keyboard


def test_a_file_that_cannot_be_written_is_named_with_the_reason(qtbot, app) -> None:  # type: ignore[no-untyped-def]
    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[str] = []

    def read_and_close(box) -> None:  # type: ignore[no-untyped-def]
        assert isinstance(box, QMessageBox)
        said.append(box.text())
        Keyboard(qtbot)("<Enter>")  # OK, where the focus is

    def refused() -> None:
        raise PermissionError(13, "Permission denied")

    when_dialog_opens(qtbot, read_and_close)
    assert written(parent, refused, "/srv/exports/figures.csv") is False
    assert said == ["Cannot write /srv/exports/figures.csv: [Errno 13] Permission denied"]
    assert written(parent, lambda: None, "figures.csv") is True
