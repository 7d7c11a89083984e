"""The top of the call: the greeting to say, who is calling, and the call's buttons.

Nothing here changes size between calls: the greeting's box is where the clinic lookup sits with no call (one
holds the place of the other), the caller's row keeps its height with or without the returning-patient badge,
and Answer and End wait greyed when there is no call. So a ring repaints the header and what changed, never the
whole window moved down by a line.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...domain.calls import Call, CallState, Direction
from .. import formatting as fmt
from ..elided_label import ElidedLabel
from ..steady_size import keep_text_height

CALLER_MAX_WIDTH = 360  # px: a name and a number; a longer one is elided, in full in the tooltip


class CallHeader(QWidget):
    answer_clicked = Signal()
    end_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setWordWrap(True)
        self.greeting.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.greeting.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.top = QGridLayout()  # one cell: the greeting, or what shows in its place (see `show_in_place`)
        self.top.setContentsMargins(0, 0, 0, 0)
        self._in_place: list[QWidget] = []
        self.put_in_place(self.greeting)
        self.caller = ElidedLabel(1)
        self.caller.setObjectName("caller")
        self.returning = QLabel()
        self.returning.setObjectName("returning")
        self.returning.hide()
        # the call's state ("⚠ Ringing · 0:12") takes what the row leaves and is cut with "…" when that is short:
        # shown whole it widened the column at the window's narrowest (a 1366 laptop at 125 %: the window no longer
        # fitted the screen) and pushed the calls and the form aside at every ring. Whole in its tooltip and the list.
        self.state = QLabel()
        self.state.setObjectName("callState")
        policy = self.state.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        self.state.setSizePolicy(policy)
        self._state_text = ""
        self.state.installEventFilter(self)
        self.answer = QPushButton(self.tr("Answer  F9"))
        self.answer.setObjectName("answerButton")
        self.end = QPushButton(self.tr("End  F10"))
        self.answer.clicked.connect(self.answer_clicked)
        self.end.clicked.connect(self.end_clicked)
        for button in (self.answer, self.end):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Tab reaches them; a click never takes the focus

        # the caller on the first line, the badge and the state under it, the buttons beside both: long words
        # in any language never squeeze the caller's name and number
        about = QHBoxLayout()
        about.setContentsMargins(0, 0, 0, 0)
        about.addWidget(self.returning)
        about.addWidget(self.state, 1)
        row = QGridLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setVerticalSpacing(1)
        row.addWidget(self.caller, 0, 0)
        row.addLayout(about, 1, 0)
        row.addWidget(self.answer, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.end, 0, 2, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        row.setColumnStretch(0, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(self.top)
        layout.addLayout(row)
        keep_text_height(self.greeting, lines=2)  # the next call's greeting does not move the whole window
        keep_text_height(self.returning)
        self.state.setMinimumHeight(self.returning.minimumHeight())  # the badge coming or going moves nothing
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def put_in_place(self, widget: QWidget) -> None:
        """Give `widget` the greeting's place, to show there instead of it (`show_in_place`). The place is as
        tall as the tallest of them, shown or not. (A QStackedWidget would do the same, but switching its
        page posts one more layout pass, which repaints the header a second time after the ring's paint.)"""
        policy = widget.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        widget.setSizePolicy(policy)
        self.top.addWidget(widget, 0, 0)
        self._in_place.append(widget)
        widget.setVisible(widget is self.greeting)

    def show_in_place(self, widget: QWidget | None) -> None:
        """Show `widget` (given by `put_in_place`) where the greeting goes, or the greeting again (None)."""
        shown = widget or self.greeting
        for other in self._in_place:
            if other is not shown:
                other.hide()
        shown.show()

    def show_call(self, call: Call | None, greeting: str, previous_calls: int) -> None:
        # What comes or goes first, texts after: showing a widget lays the window out at once, and with no text
        # changed yet that pass is short; the texts are laid out once, with everything else the call changed.
        if call is None:
            self.returning.hide()
            for button in (self.answer, self.end):  # greyed in their places: the next ring only lights them up
                button.setEnabled(False)
                button.show()
            self.greeting.setText(greeting)
            self.caller.setText("")
            self.set_state_text("")
            return
        if previous_calls:
            self.returning.setText(self.tr("Returning patient · %n earlier call(s)", "", previous_calls))
            self.returning.show()
        else:
            self.returning.hide()
        self.answer.setVisible(call.state is CallState.RINGING)
        self.end.setVisible(call.state in (CallState.RINGING, CallState.ANSWERED))
        self.answer.setEnabled(True)
        self.end.setEnabled(True)
        self.end.setToolTip(
            self.tr("The caller hung up before anyone answered") if call.state is CallState.RINGING else ""
        )
        self.greeting.setText(greeting)
        who = fmt.phone(call.caller)
        if call.caller_name:
            who = f"{call.caller_name} · {who}"
        if call.direction is Direction.OUTBOUND:
            who = self.tr("Calling back %1").replace("%1", who)
        self.caller.setText(who)
        # the caller is the one thing on this row never to be cut: the badges and buttons must leave it room
        self.caller.ensurePolished()
        self.caller.setMinimumWidth(min(self.caller.fontMetrics().horizontalAdvance(who) + 2, CALLER_MAX_WIDTH))

    def set_state_text(self, text: str) -> None:
        self._state_text = text
        self._fit_state()

    def state_text(self) -> str:
        """The call's state in full, however much of it the row shows."""
        return self._state_text

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.state and event.type() == QEvent.Type.Resize:
            self._fit_state()
        return False

    def _fit_state(self) -> None:
        label, whole = self.state, self._state_text
        metrics = label.fontMetrics()
        around = label.sizeHint().width() - metrics.size(0, label.text()).width()  # margins, indent: as it counts
        room = label.width() - around
        shown, target = whole, room
        while shown and metrics.size(0, shown).width() > room:
            target -= 2
            shown = metrics.elidedText(whole, Qt.TextElideMode.ElideRight, max(target, 0))
        if shown != label.text():
            label.setText(shown)
        label.setToolTip(whole if shown != whole else "")
