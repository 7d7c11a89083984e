"""The last line of defence: an unexpected error is logged with its traceback and shown once, plainly."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

log = logging.getLogger("reception_console.crash")


def install_crash_handler(log_file: str) -> None:
    showing = False

    def handle(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        nonlocal showing
        from .database_settings import mask_url

        text = mask_url("".join(traceback.format_exception(kind, value, tb)))
        log.critical("unexpected error\n%s", text)
        if showing:
            return
        showing = True
        try:
            from PySide6.QtWidgets import QApplication, QMessageBox

            if QApplication.instance() is not None:
                box = QMessageBox(
                    QMessageBox.Icon.Critical,
                    QApplication.translate("Crash", "Reception Console"),
                    QApplication.translate(
                        "Crash",
                        "Something went wrong inside the console. What you typed is kept as a draft.\n\n"
                        "Please tell IT and give them the log file:\n%1",
                    ).replace("%1", log_file),
                )
                box.setDetailedText(text)
                box.exec()
        finally:
            showing = False

    sys.excepthook = handle
