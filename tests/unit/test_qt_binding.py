"""The Qt binding must not leak or drop references: a console runs for a whole shift."""

import sys

from PySide6.QtWidgets import QLabel


def test_void_qt_calls_keep_the_reference_count_of_none(qapp) -> None:  # type: ignore[no-untyped-def]
    label = QLabel()
    before = sys.getrefcount(None)
    for _ in range(2000):
        label.setText("x")
        label.update()
    # PySide6 6.12.0 on Python 3.11 drops one reference per call here and later aborts the process
    assert abs(sys.getrefcount(None) - before) < 50
