"""PySide6's per-import source scan (for its `__feature__` switches) is skipped for the standard library, the
packages known to hold no Qt code and this app's own modules, which use no such switch; other packages are still
looked at."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path


def test_only_known_packages_skip_the_source_scan() -> None:
    script = textwrap.dedent(
        """
        import sys
        import PySide6.QtCore
        feature = sys.modules["shibokensupport.feature"]
        scanned = []
        original = feature._mod_uses_pyside
        def counting(module):
            scanned.append(module.__name__)
            return original(module)
        feature._mod_uses_pyside = counting
        from reception_console.platform.qt_imports import skip_source_scan_for_known_packages
        assert skip_source_scan_for_known_packages()
        assert not skip_source_scan_for_known_packages()  # installed once
        from sqlalchemy.orm import Session
        from fractions import Fraction
        from reception_console.ui.console.sign_in import SignInDialog
        from tests.ui.keyboard import Keyboard  # (neither standard nor known: a module that names PySide6)
        uses = feature.pyside_feature_dict
        scanned.remove("reception_console.platform.qt_imports")  # (imported before the shortcut exists)
        assert not any(name.startswith(("sqlalchemy", "reception_console")) for name in scanned), scanned
        assert "fractions" not in scanned
        assert uses["sqlalchemy.orm"] == -1 and uses["fractions"] == -1
        assert uses["reception_console.ui.console.sign_in"] == -1
        assert "tests.ui.keyboard" in scanned and uses["tests.ui.keyboard"] == 0  # others are still looked at
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr


def test_no_module_of_the_app_switches_a_pyside_feature() -> None:
    """What lets the scan skip this app: switched on in any module, snake_case or true_property would change the
    names every other module sees."""
    root = Path(__file__).resolve().parents[2] / "reception_console"
    switching = [
        p for p in root.rglob("*.py") if "__feature__" in p.read_text(encoding="utf-8") and p.name != "qt_imports.py"
    ]
    assert switching == []
