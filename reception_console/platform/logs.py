"""Logging: named loggers into a rotating file in the user's log folder, and Qt's messages routed in."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from .private_files import private_file, private_folder


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    private_folder(folder)
    path = folder / "reception-console.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    private_file(path)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.setLevel(level)
    if not any(isinstance(h, logging.handlers.RotatingFileHandler) for h in root.handlers):
        root.addHandler(handler)
    return path


def route_qt_messages() -> None:
    """Qt's own warnings go to the same log file (named logger "qt")."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    qt_log = logging.getLogger("qt")
    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(kind, context, message: str) -> None:  # type: ignore[no-untyped-def]
        qt_log.log(levels.get(kind, logging.WARNING), "%s (%s:%s)", message, context.file, context.line)

    qInstallMessageHandler(handler)
