import tomllib
from pathlib import Path

import pytest

from reception_console.platform.config_file import ConfigWriteError, dumps, set_value
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings

IT_CONFIG = """# placed by IT — keep this comment
[database]
url = "postgresql+psycopg://db.clinic.local/reception"  # the shared database
demo_on_first_start = false

[ui]
# the language of the console
theme = "calm"

[phone]
default_region = "PL"
"""


def test_a_missing_file_is_created(tmp_path: Path) -> None:
    path = tmp_path / "config" / "config.toml"
    set_value(path, "ui", "language", "pl")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"ui": {"language": "pl"}}


def test_one_value_changes_and_everything_else_stays_as_written(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(IT_CONFIG, encoding="utf-8")
    set_value(path, "ui", "language", "ru")
    text = path.read_text(encoding="utf-8")
    assert text == IT_CONFIG.replace('theme = "calm"\n', 'theme = "calm"\nlanguage = "ru"\n')
    set_value(path, "ui", "language", "")  # back to following the system: the same line is changed
    assert text.replace('language = "ru"', 'language = ""') == path.read_text(encoding="utf-8")


def test_a_value_on_a_line_with_a_comment_keeps_the_comment(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[ui]\nlanguage = "en"   # chosen by Anna\n', encoding="utf-8")
    set_value(path, "ui", "language", "pl")
    assert path.read_text(encoding="utf-8") == '[ui]\nlanguage = "pl"   # chosen by Anna\n'


def test_a_file_without_the_table_gets_it_at_the_end(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('[phone]\ndefault_region = "RU"', encoding="utf-8")  # no final newline
    set_value(path, "ui", "language", "ru")
    assert path.read_text(encoding="utf-8") == '[phone]\ndefault_region = "RU"\n\n[ui]\nlanguage = "ru"\n'


def test_forms_the_text_edit_cannot_handle_are_written_out_whole(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text('ui.language = "en"\n[database]\nurl = "sqlite:///x"\n', encoding="utf-8")
    set_value(path, "ui", "language", "ru")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {
        "ui": {"language": "ru"},
        "database": {"url": "sqlite:///x"},
    }


def test_an_unreadable_file_is_never_overwritten(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text("[database\nurl = ", encoding="utf-8")
    with pytest.raises(ConfigWriteError, match=r"config\.toml"):
        set_value(path, "ui", "language", "pl")
    assert path.read_text(encoding="utf-8") == "[database\nurl = "


def test_the_writer_round_trips_what_settings_hold() -> None:
    data = {
        "top": 1,
        "database": {"url": 'sqlite:///C:\\data\\"x".db', "demo_on_first_start": False},
        "ui": {"language": "ru", "zoom": 1.25, "lines": ["+48 22", "Мокотув"]},
        "a": {"b": {"c": "d"}},
    }
    assert tomllib.loads(dumps(data)) == data


def test_settings_read_what_was_written(tmp_path: Path) -> None:
    paths = Paths(tmp_path / "data", tmp_path / "user", tmp_path / "logs", None)
    set_value(paths.config / "config.toml", "ui", "language", "ru")
    assert load_settings(paths).language == "ru"
