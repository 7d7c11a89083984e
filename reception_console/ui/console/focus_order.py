"""Tab through the console in reading order: the calls on the left, the call's header and the card in the
middle, what to say and the outcome on the right, the toolbar last; Tab leaves every table (arrows move inside).

The five outcome buttons are one stop, as radio buttons are: Tab comes to the chosen one (or the first), the
arrow keys move between them, Space chooses."""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QToolBar, QWidget

from .call_header import CallHeader
from .calls_column import CallsColumn
from .card_panel import CardPanel
from .missed_calls import MissedCallsPanel
from .outcome_panel import OutcomePanel
from .prompts_panel import PromptsPanel


def reachable_toolbar(bar: QToolBar) -> list[QWidget]:
    """The toolbar's buttons, reachable by Tab (Qt makes them click-only)."""
    buttons = [bar.widgetForAction(action) for action in bar.actions() if not action.isSeparator()]
    for button in buttons:
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return buttons


def reading_order(
    calls: CallsColumn,
    missed: MissedCallsPanel,
    clinic_picker: QWidget,
    header: CallHeader,
    card: CardPanel,
    prompts: PromptsPanel,
    outcome: OutcomePanel,
    toolbar: QToolBar,
) -> list[QWidget]:
    return [
        calls.list,
        missed.view,
        missed.button,
        clinic_picker,
        header.answer,
        header.end,
        card.search,
        card.specialists,
        card.services,
        card.knowledge,
        prompts,  # (its tab bar takes the focus)
        prompts.objection_list,
        prompts.prompt_text,
        prompts.phrases,
        prompts.getting_here,
        prompts.history,
        *outcome.group.buttons(),
        *outcome.fields_in_order(),
        outcome.save,
        *reachable_toolbar(toolbar),
    ]


def chain(widgets: Sequence[QWidget]) -> None:
    """Tab goes from each widget to the next (and from the last, through the window, back to the first)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
