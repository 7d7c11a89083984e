"""PySide6's per-import source scan is skipped for packages known to hold no Qt code, and only for them."""

from __future__ import annotations

import subprocess
import sys
import textwrap


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
        uses = feature.pyside_feature_dict
        assert not any(name.startswith("sqlalchemy") for name in scanned), scanned
        assert "fractions" not in scanned
        assert uses["sqlalchemy.orm"] == -1 and uses["fractions"] == -1
        assert "reception_console.ui.console.sign_in" in scanned  # our own modules are still looked at
        assert uses["reception_console.ui.console.sign_in"] == 0  # and found to use PySide6
        print("ok")
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
