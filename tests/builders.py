"""Building services for tests the same way the app does."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from reception_console.app import build_services
from reception_console.platform.paths import Paths
from reception_console.platform.settings import Settings
from reception_console.services.console import ConsoleServices
from reception_console.storage.database import Database


def services_for(db: Database, clock: Callable[[], datetime] | None = None) -> ConsoleServices:
    settings = Settings(paths=Paths.default(), database_url=db.url)
    return build_services(db, settings, clock=clock)
