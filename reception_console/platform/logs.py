"""Logging: named loggers into a rotating file in the user's log folder, and Qt's messages routed in.

Nothing of a patient goes into the log at any level: SQL statements and their parameters are never logged
(SQLAlchemy's loggers are held at WARNING and the engine hides parameters from its errors), code names calls
by their id, and a last filter masks any phone number that still reaches a line to its last three digits.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from ..domain.privacy import mask_numbers
from .private_files import private_file, private_folder

QUIET = ("sqlalchemy", "alembic")  # they would log SQL, parameters and result rows at INFO and DEBUG


class MaskNumbers(logging.Filter):
    """Masks phone numbers in the message and in a traceback to their last three digits."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = mask_numbers(message)
        if masked != message:
            record.msg, record.args = masked, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = mask_numbers(record.exc_text)
        return True


class MaskingFormatter(logging.Formatter):
    """Every line written, tracebacks included, with the passwords of database URLs replaced by ***."""

    def format(self, record: logging.LogRecord) -> str:
        from .database_settings import mask_url

        return mask_url(super().format(record))


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    private_folder(folder)
    path = folder / "reception-console.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    private_file(path)
    handler.setFormatter(MaskingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(MaskNumbers())
    root = logging.getLogger()
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
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
