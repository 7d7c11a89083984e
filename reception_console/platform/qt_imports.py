"""PySide6 looks at every module imported after it: it reads the module's whole source to see whether it names
PySide6 (for its opt-in `__feature__` switches, which this app does not use). For the standard library and the
packages below — the storage stack, imported after the first window is on screen — that reading is known to find
nothing, and it costs about a tenth of the console's start. They are answered without reading the source.
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
        "sqlalchemy",
        "sqlite3",
        "typing_extensions",
        "uuid",
        "zoneinfo",
    }
)


def skip_source_scan_for_known_packages() -> bool:
    """Install the shortcut; False where this PySide6 has no such scan (nothing to do)."""
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
