"""Typed settings in one place: defaults < machine config (IT) < user config < environment < command line.

The config files are TOML (`config.toml`). They never hold passwords: those of the shared database live in the
system keyring (`database_settings`), and a password written into `[database] url` is dropped with a warning.
"""

from __future__ import annotations

import logging
import os
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .database_settings import SharedDatabase, merge_database, url_password, without_password
from .notify_settings import NotifySettings, merge_notify
from .paths import Paths
from .telephony_settings import TelephonySettings, merge_telephony

log = logging.getLogger(__name__)

DB_ENV = "RECEPTION_CONSOLE_DB"


@dataclass(frozen=True)
class Settings:
    paths: Paths
    database_url: str = ""  # empty = the shared database of `shared`, else the embedded SQLite file
    shared: SharedDatabase = field(default_factory=SharedDatabase)
    phone_region: str = "PL"  # for numbers typed without a country code
    language: str = ""  # empty = follow the system
    theme: str = "system"  # the console's colours: system, light or dark
    demo_on_first_start: bool = True
    telephony: TelephonySettings = field(default_factory=TelephonySettings)
    notify: NotifySettings = field(default_factory=NotifySettings)
    problems: tuple[str, ...] = field(default=())  # config files that could not be read

    @property
    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        if self.shared.configured:
            return self.shared.url()
        return f"sqlite:///{self.paths.database}"

    @property
    def is_embedded(self) -> bool:
        return self.effective_database_url.startswith("sqlite")


def _read(path: Path) -> tuple[dict[str, Any], str | None]:
    if not path.is_file():
        return {}, None
    try:
        return tomllib.loads(path.read_text(encoding="utf-8")), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        return {}, f"{path}: {exc}"


def load_settings(paths: Paths | None = None, *, database_url: str | None = None) -> Settings:
    paths = paths or Paths.default()
    settings = Settings(paths=paths)
    problems: list[str] = []
    files = [paths.site_config / "config.toml"] if paths.site_config else []
    files.append(paths.config / "config.toml")
    for path in files:
        data, problem = _read(path)
        if problem:
            log.error("ignoring unreadable config %s", problem)
            problems.append(problem)
        db = data.get("database", {})
        phone = data.get("phone", {})
        ui = data.get("ui", {})
        url = str(db.get("url", settings.database_url))
        if url_password(url):
            problems.append(
                f"{path}: the password in [database] url is ignored: keep it in the system keyring "
                "(reception-console db connect)"
            )
            url = without_password(url)
        settings = replace(
            settings,
            database_url=url,
            shared=merge_database(settings.shared, db, problems) if isinstance(db, dict) else settings.shared,
            phone_region=str(phone.get("default_region", settings.phone_region)).upper(),
            language=str(ui.get("language", settings.language)),
            theme=str(ui.get("theme", settings.theme)),
            demo_on_first_start=bool(db.get("demo_on_first_start", settings.demo_on_first_start)),
            telephony=merge_telephony(settings.telephony, data.get("telephony", {}), problems),
            notify=merge_notify(settings.notify, data.get("notify", {}), problems),
        )
    env_url = os.environ.get(DB_ENV)
    if env_url:
        settings = replace(settings, database_url=env_url)
    if database_url:
        settings = replace(settings, database_url=database_url)
    return replace(settings, problems=tuple(problems))
