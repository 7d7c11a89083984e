"""The yardstick for the console's start-up: a bare PySide6 main window started the same way.

python -m bench.bare_window                    prints "shown" once the window is shown, then quits
python -m bench.bare_window --with-sqlalchemy  the same after importing SQLAlchemy's ORM and SQLite dialect:
                                               the least any console on this stack can take
"""

from __future__ import annotations

import importlib
import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow


def main() -> int:
    if "--with-sqlalchemy" in sys.argv:
        for module in ("sqlalchemy.orm", "sqlalchemy.dialects.sqlite"):
            importlib.import_module(module)
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.resize(1366, 740)  # the console's size
    window.show()
    QTimer.singleShot(0, lambda: (print("shown", flush=True), app.quit()))
    return app.exec()


if __name__ == "__main__":
    raise SystemExit(main())
