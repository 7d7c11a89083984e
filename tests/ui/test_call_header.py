"""The call's state in the header gives way on a short row: cut with "…", whole in its tooltip and `state_text()`."""

from __future__ import annotations

from reception_console.ui.console.call_header import CallHeader


def test_the_state_is_cut_with_an_ellipsis_only_when_its_row_is_short(qtbot) -> None:  # type: ignore[no-untyped-def]
    header = CallHeader()
    qtbot.addWidget(header)
    header.resize(700, header.sizeHint().height())
    header.show()
    qtbot.waitExposed(header)
    narrowest = header.minimumSizeHint().width()
    header.set_state_text("⚠ Ringing · 0:12")
    label = header.state
    assert label.text() == "⚠ Ringing · 0:12" and label.toolTip() == ""
    assert header.minimumSizeHint().width() == narrowest  # the state never widens the row: it is cut instead
    header.resize(narrowest, header.height())
    qtbot.waitUntil(lambda: label.toolTip() == "⚠ Ringing · 0:12")
    assert label.text().endswith("…") or label.text() == ""
    assert label.sizeHint().width() <= label.width()  # what is shown fits where it is
    assert header.state_text() == "⚠ Ringing · 0:12"
    header.set_state_text("⚠ Ringing · 0:13")  # the clock ticks while the row is short
    assert label.text() != "⚠ Ringing · 0:13" and label.toolTip() == "⚠ Ringing · 0:13"
    header.resize(700, header.height())
    qtbot.waitUntil(lambda: label.text() == "⚠ Ringing · 0:13")
    assert label.toolTip() == ""
