"""Files that hold patient data are readable by the user alone: folders 0700, files 0600, old ones narrowed."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reception_console import cli
from reception_console.domain.calls import Call, Direction, EventSource, utcnow
from reception_console.platform.journal import CallJournal
from reception_console.platform.logs import setup_logging
from reception_console.platform.paths import HOME_ENV
from reception_console.platform.private_files import private_folder
from reception_console.services.exports import Table, write_csv, write_xlsx

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes; Windows relies on the profile's ACLs")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The process runs with a permissive umask, as a console started from a careless shell would."""
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def test_an_existing_installation_is_tightened_at_start(tmp_path: Path, monkeypatch, open_umask) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    data, config, logs = home / "data", home / "config", home / "logs"
    for folder in (data, config, logs):
        folder.mkdir(parents=True, mode=0o755)
        os.chmod(folder, 0o755)
    files = [
        data / "unsaved-calls.json",
        data / "reception-console.sqlite3.before-0003-from-0002-20260101-000000.sqlite3",
        config / "config.toml",
        logs / "reception-console.log",
        logs / "reception-console.log.1",
    ]
    for path in files:
        path.write_text("[]" if path.suffix == ".json" else "")
        os.chmod(path, 0o644)
    monkeypatch.setenv(HOME_ENV, str(home))

    assert cli.main(["db", "upgrade"]) == 0

    database = data / "reception-console.sqlite3"
    assert {p.name: oct(mode(p)) for p in (data, config, logs)} == dict.fromkeys(("data", "config", "logs"), "0o700")
    assert {p.name: oct(mode(p)) for p in [*files, database]} == {p.name: "0o600" for p in [*files, database]}


def test_a_new_installation_is_private_from_the_start(tmp_path: Path, monkeypatch, open_umask) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "fresh"
    monkeypatch.setenv(HOME_ENV, str(home))

    assert cli.main(["db", "upgrade"]) == 0

    assert oct(mode(home / "data")) == "0o700"
    created = [p for p in (home / "data").iterdir()]
    assert created and all(mode(p) == 0o600 for p in created), {p.name: oct(mode(p)) for p in created}


def test_journal_log_and_exports_are_written_private(tmp_path: Path, open_umask) -> None:
    journal = CallJournal(tmp_path / "data" / "unsaved-calls.json")
    journal.write([Call(id="c1", direction=Direction.INBOUND, source=EventSource.MANUAL, rang_at=utcnow())])
    log_file = setup_logging(tmp_path / "logs")
    csv_file, xlsx_file = tmp_path / "out.csv", tmp_path / "out.xlsx"
    csv_file.write_text("")
    os.chmod(csv_file, 0o644)  # an export over an older file readable by others
    table = Table("t", ("a",), [["x"]])
    write_csv(csv_file, table)
    write_xlsx(xlsx_file, [table])
    try:
        assert oct(mode(tmp_path / "data")) == "0o700"
        assert oct(mode(tmp_path / "logs")) == "0o700"
        paths = (journal.path, log_file, csv_file, xlsx_file)
        assert {p.name: oct(mode(p)) for p in paths} == {p.name: "0o600" for p in paths}
    finally:
        root = logging.getLogger()
        for handler in [h for h in root.handlers if getattr(h, "baseFilename", "") == str(log_file)]:
            root.removeHandler(handler)
            handler.close()


def test_a_database_named_in_a_shared_folder_leaves_the_folder_as_it_is(tmp_path: Path, open_umask) -> None:
    """A --db file in /tmp or on a share several consoles use: the folder is not this app's to narrow (narrowing
    /tmp to 0700 locks every other program out of it)."""
    from reception_console.storage.database import open_database

    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)  # like /tmp
    team = tmp_path / "team"
    team.mkdir()
    os.chmod(team, 0o2775)  # a group's share
    for folder in (shared, team):
        db = open_database(f"sqlite:///{folder / 'consoles.sqlite3'}")
        with db.engine.connect():
            pass
        db.dispose()
    assert oct(mode(shared)) == "0o1777" and oct(mode(team)) == "0o2775"
    new = tmp_path / "new" / "folder"
    open_database(f"sqlite:///{new / 'x.sqlite3'}").dispose()
    assert oct(mode(new)) == "0o700"  # one it makes is private
    private_folder(shared)  # even the app's own narrowing never touches a sticky folder
    assert oct(mode(shared)) == "0o1777"
