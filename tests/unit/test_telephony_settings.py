"""[telephony] in config.toml, the AMI secret in the keyring, and `reception-console phone ami-secret`."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

import pytest

from reception_console.commands import phone
from reception_console.platform.paths import Paths
from reception_console.platform.settings import load_settings
from reception_console.platform.telephony_settings import AMI_SECRET_ENV, TelephonySettings, ami_secret


def settings_from(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    paths = Paths(tmp_path / "data", tmp_path / "config", tmp_path / "logs", None)
    paths.config.mkdir(parents=True)
    (paths.config / "config.toml").write_text(text, encoding="utf-8")
    return load_settings(paths)


def test_telephony_section_is_read(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        """
[telephony]
source = "AMI"
on_ring = "flash"
tray = false
[telephony.ami]
host = "pbx.local"
username = "console"
interfaces = "PJSIP/101"
originate_channel = "PJSIP/101"
[telephony.lines]
"sip:clinic-a@pbx.local" = "+48228431200"
""",
    )
    t = settings.telephony
    assert (t.source, t.on_ring, t.tray) == ("ami", "flash", False)
    assert (t.ami_host, t.ami_port, t.ami_username, t.ami_interfaces) == ("pbx.local", 5038, "console", ("PJSIP/101",))
    assert t.lines == {"sip:clinic-a@pbx.local": "+48228431200"} and settings.problems == ()


def test_wrong_values_are_reported_and_the_defaults_kept(tmp_path: Path) -> None:
    settings = settings_from(
        tmp_path,
        """
[telephony]
source = "skype"
on_ring = "shout"
[telephony.baresip]
port = 99999
""",
    )
    assert settings.telephony == TelephonySettings()
    assert len(settings.problems) == 3 and any("skype" in p for p in settings.problems)


def test_ami_secret_from_the_keyring_or_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    t = TelephonySettings(ami_host="pbx.local", ami_username="console")
    monkeypatch.delenv(AMI_SECRET_ENV, raising=False)
    assert ami_secret(t) == ""
    monkeypatch.setattr(getpass, "getpass", lambda prompt="": "s3cret")
    settings = settings_from_telephony(t)
    assert phone.run(argparse.Namespace(action="ami-secret"), settings) == 0
    assert ami_secret(t) == "s3cret"
    monkeypatch.setenv(AMI_SECRET_ENV, "from-env")
    assert ami_secret(t) == "from-env"


def test_ami_secret_needs_a_user_first(capsys: pytest.CaptureFixture[str]) -> None:
    assert phone.run(argparse.Namespace(action="ami-secret"), settings_from_telephony(TelephonySettings())) == 1
    assert "username" in capsys.readouterr().err


def settings_from_telephony(t: TelephonySettings):  # type: ignore[no-untyped-def]
    from reception_console.platform.settings import Settings

    return Settings(paths=Paths.default(), telephony=t)


def test_phone_accounts_per_line_in_the_database(demo_db, capsys: pytest.CaptureFixture[str], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from reception_console.platform.settings import Settings
    from reception_console.storage.repositories import SqlCardStore

    settings = Settings(paths=Paths.default(), database_url=demo_db.url)

    def account(number: str, value: str = "", clear: bool = False) -> int:
        namespace = argparse.Namespace(action="account", number=number, account=value, clear=clear, user="anna")
        return phone.run(namespace, settings)

    monkeypatch.setenv("RECEPTION_CONSOLE_PASSWORD", "demo")
    assert account("22 843 12 00", "sip:clinic-a@127.0.0.1") == 0  # a national number, in the default region
    lines = {line.number: line.telephony_account for line in SqlCardStore(demo_db.connections).lines()}
    assert lines["+48228431200"] == "sip:clinic-a@127.0.0.1"
    assert account("+74956431020", "sip:clinic-a@127.0.0.1") == 1  # one account, one line
    assert "already the account of another line" in capsys.readouterr().err
    assert account("+48999999999", "x") == 1 and "no clinic's line" in capsys.readouterr().err
    assert account("+48228431200") == 1  # neither an account nor --clear
    assert phone.run(argparse.Namespace(action="lines"), settings) == 0
    listed = capsys.readouterr().out
    assert "+48228431200" in listed and "sip:clinic-a@127.0.0.1" in listed
    assert account("+48228431200", clear=True) == 0
    assert {line.telephony_account for line in SqlCardStore(demo_db.connections).lines()} == {None}
