"""The left column: the calls on this console (or an empty-state hint) and the missed calls below."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from ..models.calls_model import ActiveCallsModel
from .call_delegate import CallDelegate


class CallsColumn(QWidget):
    def __init__(self, model: ActiveCallsModel, missed: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.list = QListView()
        self.list.setObjectName("calls")
        self.list.setModel(model)
        self.list.setItemDelegate(CallDelegate(self.list))
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setAccessibleName(QCoreApplication.translate("MainWindow", "Calls"))
        self.empty = QLabel(
            QCoreApplication.translate(
                "MainWindow", "No calls.\n\nIncoming calls appear here.\nCtrl+N starts one by hand."
            )
        )
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.setMinimumWidth(180)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(QCoreApplication.translate("MainWindow", "Calls"))
        title.setObjectName("sectionTitle")
        layout.addWidget(title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(missed)

    def update_empty_state(self) -> None:
        has_calls = self.model.rowCount() > 0
        self.list.setVisible(has_calls)
        self.empty.setVisible(not has_calls)
