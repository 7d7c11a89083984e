"""Messages right under the form field they are about, hidden until there is something to say."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


class FieldErrors:
    def __init__(self) -> None:
        self._rows: dict[str, tuple[QFormLayout, QLabel]] = {}

    def add(self, name: str, form: QFormLayout, field: QWidget) -> None:
        """A message line under `field` (a row of `form`) for the errors named `name`."""
        label = QLabel()
        label.setObjectName("error")
        label.setWordWrap(True)
        row, _role = form.getWidgetPosition(field)
        form.insertRow(row + 1, label)
        form.setRowVisible(label, False)
        self._rows[name] = (form, label)

    def show(self, name: str, text: str) -> bool:
        """Say `text` under the field; False when there is no such field here."""
        if name not in self._rows:
            return False
        form, label = self._rows[name]
        label.setText(text)
        form.setRowVisible(label, True)
        return True

    def clear(self, name: str | None = None) -> None:
        for each in [name] if name else list(self._rows):
            form, label = self._rows[each]
            if label.text():
                label.setText("")
                form.setRowVisible(label, False)

    def text(self, name: str) -> str:
        return self._rows[name][1].text()
