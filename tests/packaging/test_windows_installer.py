"""The Windows installer (installer/windows/reception-console.nsi): compiled by makensis on every run, and its
silent mode run under wine64 — install, upgrade over it, a malformed parameter, uninstall.

The program folder it packs is a stand-in with the real one's layout (the real one is built on Windows by
installer/windows/build.ps1): these tests are about what the installer does with it, not about the program.
"""

from __future__ import annotations

import getpass
import os
import re
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "installer" / "windows" / "reception-console.nsi"
ICON = ROOT / "resources" / "icons" / "reception-console.ico"
WINE = Path("/usr/lib/wine/wine64")
INSTALL_DIR = "C:\\Program Files\\Reception Console"
IT_CONFIG = """# Reception Console, Przychodnia Mokotów: ustawienia działu IT
[ui]
language = "pl"  # język

[database]
url = "sqlite:///C:/old.sqlite3"
demo_on_first_start = false

[telephony.baresip]
host = "10.0.0.7"
"""


def stand_in_program(folder: Path, version: str) -> Path:
    (folder / "_internal" / "reception_console").mkdir(parents=True)
    (folder / "reception-console.exe").write_bytes(b"MZ program " + version.encode())
    (folder / "reception-console-cli.exe").write_bytes(b"MZ command line " + version.encode())
    (folder / "_internal" / "reception_console" / "version.txt").write_text(version)
    (folder / "_internal" / f"only-in-{version}.txt").write_text(version)
    return folder


def build(tmp_path: Path, version: str) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        pytest.fail("makensis is missing: installer/linux/system-deps.sh test installs it (Debian nsis)")
    program = stand_in_program(tmp_path / f"program-{version}", version)
    out = tmp_path / f"ReceptionConsole-{version}-setup.exe"
    result = subprocess.run(
        [makensis, "-V2", "-WX", f"-DVERSION={version}", f"-DBUNDLE={program}", f"-DICON={ICON}", f"-DOUTFILE={out}",
         str(SCRIPT)],
        capture_output=True, text=True, check=False, timeout=120,
    )  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    return out


def test_the_installer_compiles_without_warnings(tmp_path: Path) -> None:
    setup = build(tmp_path, "0.1.0")
    assert setup.read_bytes()[:2] == b"MZ" and setup.stat().st_size > 50_000  # -WX: a warning fails the build


class Wine:
    """A private 64-bit Windows prefix."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix
        self.env = {**os.environ, "WINEPREFIX": str(prefix), "WINEDEBUG": "-all", "WINEDLLOVERRIDES": "mscoree,mshtml="}
        self.drive = prefix / "drive_c"

    def run(self, *args: str, timeout: float = 300) -> int:
        code = subprocess.run([str(WINE), *args], env=self.env, capture_output=True, timeout=timeout, check=False)
        self.wait()
        return code.returncode

    def run_line(self, command_line: str, timeout: float = 300) -> int:
        """A command line as a deployment tool passes it: NSIS wants /D= last and unquoted, spaces and all."""
        return self.run("cmd", "/c", command_line, timeout=timeout)

    def wait(self) -> None:
        server = shutil.which("wineserver") or "/usr/lib/wine/wineserver64"
        subprocess.run([server, "-w"], env=self.env, timeout=300, check=False)

    @property
    def program(self) -> Path:
        return self.drive / "Program Files" / "Reception Console"

    @property
    def machine_config(self) -> Path:
        return self.drive / "ProgramData" / "ReceptionConsole" / "config.toml"

    @property
    def user_data(self) -> Path:
        return self.drive / "users" / getpass.getuser() / "AppData" / "Local" / "ReceptionConsole"

    @property
    def log(self) -> str:
        path = self.drive / "users" / getpass.getuser() / "Temp" / "reception-console-setup.log"
        return path.read_text(encoding="cp1252", errors="replace") if path.exists() else ""

    def registry(self) -> str:
        self.wait()
        return (self.prefix / "system.reg").read_text(encoding="utf-8", errors="replace")


def windows_path(path: Path) -> str:
    return "Z:" + str(path).replace("/", "\\")


def registry_value(registry: str, key: str, name: str = "@") -> str | None:
    header = "[" + key.replace("\\", "\\\\") + "]"
    if header not in registry:
        return None
    body = registry.split(header, 1)[1].split("\n[", 1)[0]
    wanted = "@=" if name == "@" else f'"{name}"='
    line = next((x for x in body.splitlines() if x.startswith(wanted)), None)
    if line is None:
        return None
    quoted = line[len(wanted) :]
    return re.sub(r"\\(.)", r"\1", quoted[1:-1]) if quoted.startswith('"') else quoted


@pytest.fixture(scope="module")
def wine(tmp_path_factory: pytest.TempPathFactory) -> Wine:
    if not WINE.exists():
        if os.environ.get("CI"):
            pytest.fail("wine64 is missing: installer/linux/system-deps.sh test installs it (Debian wine)")
        pytest.skip("wine64 is not installed")
    machine = Wine(tmp_path_factory.mktemp("wine") / "prefix")
    subprocess.run([str(WINE), "wineboot", "-i"], env=machine.env, capture_output=True, timeout=300, check=False)
    machine.wait()
    assert (machine.drive / "windows").is_dir()
    return machine


@pytest.mark.slow
def test_silent_install_upgrade_and_uninstall_under_wine(wine: Wine, tmp_path: Path) -> None:
    first, second = build(tmp_path, "0.1.0"), build(tmp_path, "0.2.0")

    # 1. a silent install with the shared database and the telephony source as parameters, on a PC whose IT
    #    already placed a machine config (kept, apart from the keys the parameters set)
    wine.machine_config.parent.mkdir(parents=True)
    wine.machine_config.write_bytes(IT_CONFIG.encode("utf-8"))
    code = wine.run_line(
        f"{windows_path(first)} /S /DBHOST=db.clinic.local /DBPORT=6432 /DBNAME=reception /DBSSLMODE=verify-full"
        f" /TELEPHONY=baresip /DESKTOP=1 /D={INSTALL_DIR}"
    )
    assert code == 0, wine.log
    assert (wine.program / "reception-console.exe").read_bytes() == b"MZ program 0.1.0"
    assert (wine.program / "reception-console-cli.exe").exists() and (wine.program / "uninstall.exe").exists()
    assert (wine.program / "_internal" / "only-in-0.1.0.txt").exists()
    menu = wine.drive / "ProgramData" / "Microsoft" / "Windows" / "Start Menu" / "Programs" / "Reception Console.lnk"
    desktop = wine.drive / "users" / "Public" / "Desktop" / "Reception Console.lnk"
    assert menu.exists() and desktop.exists()
    text = wine.machine_config.read_bytes().decode("utf-8")
    config = tomllib.loads(text)
    assert config["database"] == {
        "host": "db.clinic.local", "port": 6432, "name": "reception", "sslmode": "verify-full",
        "demo_on_first_start": False,
    }  # fmt: skip
    assert config["telephony"] == {"source": "baresip", "baresip": {"host": "10.0.0.7"}}
    assert config["ui"] == {"language": "pl"}
    assert "# Reception Console, Przychodnia Mokotów: ustawienia działu IT" in text and "# język" in text
    assert "password" not in text.lower()
    registry = wine.registry()
    uninstall = "Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\ReceptionConsole"
    assert registry_value(registry, uninstall, "DisplayVersion") == "0.1.0"
    command = f'"{INSTALL_DIR}\\reception-console.exe" "%1"'
    assert registry_value(registry, "Software\\Classes\\tel\\shell\\open\\command") == command
    assert registry_value(registry, "Software\\Classes\\callto\\shell\\open\\command") == command
    assert registry_value(registry, "Software\\ReceptionConsole\\Capabilities\\URLAssociations", "tel")

    # 2. a user works: her data lives in her own folder
    wine.user_data.mkdir(parents=True)
    database = wine.user_data / "reception-console.sqlite3"
    database.write_bytes(b"SQLite format 3\x00 the calls of a whole year")
    config_before = wine.machine_config.read_bytes()

    # 3. a malformed parameter: refused with the reason in the log, nothing changed
    for bad, reason in (("/DBPORT=65536", "/DBPORT=65536: a port is a number from 1 to 65535"),
                        ("/DBSSLMODE=maybe", "/DBSSLMODE=maybe: one of disable"),
                        ("/DBHOST=db;drop", "/DBHOST=db;drop: the character ';' is not allowed"),
                        ("/TELEPHONY=skype", "/TELEPHONY=skype: one of baresip, ami, none"),
                        ("/DBPASSWORD=secret", "a password never goes into config.toml")):  # fmt: skip
        given = {"/DBHOST": "db2.clinic.local", "/DBNAME": "reception"} | dict([bad.split("=", 1)])
        args = [str(second), "/S", *(f"{name}={value}" for name, value in given.items())]
        code = wine.run(*args)
        assert code == 2, bad
        assert "Nothing was installed or changed" in wine.log and reason in wine.log, wine.log[-800:]
        assert (wine.program / "reception-console.exe").read_bytes() == b"MZ program 0.1.0"
        assert wine.machine_config.read_bytes() == config_before
        assert registry_value(wine.registry(), uninstall, "DisplayVersion") == "0.1.0"

    # 4. the next version over it, silently, without parameters: upgraded in place, data and config kept
    assert wine.run(str(second), "/S") == 0, wine.log
    assert (wine.program / "reception-console.exe").read_bytes() == b"MZ program 0.2.0"
    assert not (wine.program / "_internal" / "only-in-0.1.0.txt").exists()
    assert (wine.program / "_internal" / "only-in-0.2.0.txt").exists()
    assert registry_value(wine.registry(), uninstall, "DisplayVersion") == "0.2.0"
    assert database.read_bytes() == b"SQLite format 3\x00 the calls of a whole year"
    assert wine.machine_config.read_bytes() == config_before

    # 5. uninstalled: the program, its shortcuts and registrations go; users' data and the machine config stay
    assert wine.run(f"{INSTALL_DIR}\\uninstall.exe", "/S") == 0
    wine.wait()
    assert not (wine.program / "reception-console.exe").exists() and not (wine.program / "_internal").exists()
    assert not menu.exists() and not desktop.exists()
    registry = wine.registry()
    assert registry_value(registry, uninstall, "DisplayVersion") is None
    assert registry_value(registry, "Software\\Classes\\tel\\shell\\open\\command") is None
    assert database.read_bytes() == b"SQLite format 3\x00 the calls of a whole year"
    assert wine.machine_config.read_bytes() == config_before
