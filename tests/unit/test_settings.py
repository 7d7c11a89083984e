from pathlib import Path

from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings


def paths(tmp_path: Path) -> Paths:
    return Paths(tmp_path / "data", tmp_path / "user", tmp_path / "logs", tmp_path / "site")


def test_defaults_use_the_embedded_database(tmp_path: Path) -> None:
    settings = load_settings(paths(tmp_path))
    assert settings.is_embedded
    assert settings.effective_database_url.endswith("data/reception-console.sqlite3")


def test_user_config_over_site_config_under_environment_and_command_line(tmp_path: Path, monkeypatch) -> None:
    p = paths(tmp_path)
    p.site_config.mkdir(parents=True)
    p.config.mkdir(parents=True)
    (p.site_config / "config.toml").write_text(
        '[database]\nurl = "postgresql+psycopg://db/site"\n[phone]\ndefault_region = "ru"\n'
    )
    (p.config / "config.toml").write_text('[ui]\nlanguage = "pl"\n')
    monkeypatch.delenv("RECEPTION_CONSOLE_DB", raising=False)
    settings = load_settings(p)
    assert (settings.database_url, settings.phone_region, settings.language) == (
        "postgresql+psycopg://db/site",
        "RU",
        "pl",
    )
    assert not settings.is_embedded
    monkeypatch.setenv("RECEPTION_CONSOLE_DB", "sqlite:///env.db")
    assert load_settings(p).database_url == "sqlite:///env.db"
    assert load_settings(p, database_url="sqlite:///cli.db").database_url == "sqlite:///cli.db"


def test_a_broken_config_file_is_reported_and_defaults_apply(tmp_path: Path) -> None:
    p = paths(tmp_path)
    p.config.mkdir(parents=True)
    (p.config / "config.toml").write_text("[database\nurl = ")
    settings = load_settings(p)
    assert settings.is_embedded and len(settings.problems) == 1 and "config.toml" in settings.problems[0]
