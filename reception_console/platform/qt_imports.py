"""PySide6 looks at every module imported after it: it reads the module's whole source to see whether it names
PySide6, for its opt-in `__feature__` switches (snake_case names, true properties). Nothing here or in the packages
below uses them, so for the standard library, these packages and this app's own modules that reading can only
cost time: about 20 ms of the console's start (210 modules). They are answered without reading the source, as
modules PySide6 need not switch features for. A test keeps `__feature__` out of this app.
"""

from __future__ import annotations

import sys
import sysconfig

NEVER_QT = frozenset(
    {
        "alembic",
        "asyncio",
        "decimal",
        "email",
        "greenlet",
        "json",
        "keyring",
        "openpyxl",
        "phonenumbers",
        "platformdirs",
        "reception_console",  # uses PySide6, but no `__feature__` switch (tests/unit/test_qt_imports.py)
        "sqlalchemy",
        "sqlite3",
        "typing_extensions",
        "uuid",
        "zoneinfo",
    }
)


def skip_source_scan_for_known_packages() -> bool:
    """Install the shortcut; False where this PySide6 has no such scan (nothing to do). Called before PySide6's
    modules are imported (shiboken6, imported here, brings the scan): they import the standard library."""
    import shiboken6  # noqa: F401

    feature = sys.modules.get("shibokensupport.feature")
    scan = getattr(feature, "_mod_uses_pyside", None)
    if scan is None or getattr(scan, "skips_known_packages", False):
        return False

    stdlib = sysconfig.get_paths()["stdlib"]

    def uses_pyside(module) -> bool:  # type: ignore[no-untyped-def]
        if getattr(module, "__name__", "").partition(".")[0] in NEVER_QT:
            return False
        if str(getattr(module, "__file__", "") or "").startswith(stdlib):  # the standard library: never
            return False
        return bool(scan(module))

    uses_pyside.skips_known_packages = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]
    return True
