"""Folders for data, configuration and logs (platformdirs), with one override for tests and portable use."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from pathlib import Path

APP = "ReceptionConsole"
HOME_ENV = "RECEPTION_CONSOLE_HOME"  # one folder for everything: tests, portable installs


@dataclass(frozen=True)
class Paths:
    data: Path
    config: Path
    logs: Path
    site_config: Path | None  # machine-wide config placed by IT; None when HOME_ENV is set

    @classmethod
    def default(cls) -> Paths:
        home = os.environ.get(HOME_ENV)
        if home:
            root = Path(home)
            return cls(root / "data", root / "config", root / "logs", None)
        import platformdirs

        return cls(
            Path(platformdirs.user_data_dir(APP, appauthor=False)),
            Path(platformdirs.user_config_dir(APP, appauthor=False)),
            Path(platformdirs.user_log_dir(APP, appauthor=False)),
            Path(platformdirs.site_config_dir(APP, appauthor=False)),
        )

    @property
    def database(self) -> Path:
        return self.data / "reception-console.sqlite3"


def resources_dir() -> Path:
    """`resources/` beside the package in a checkout, or inside the frozen bundle."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"
