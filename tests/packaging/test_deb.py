"""The Debian package: built from the frozen program with dpkg-deb, clean for lintian, installed, tried, purged."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from reception_console import __version__

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]


def sh(*command: str, timeout: float = 600, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        list(command), capture_output=True, text=True, timeout=timeout, check=False, env={**os.environ, **env}
    )


@pytest.fixture(scope="module")
def deb(frozen: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    for tool in ("dpkg-deb", "dpkg-shlibdeps", "patchelf", "lintian"):
        if shutil.which(tool) is None:
            pytest.fail(f"{tool} is missing: installer/linux/system-deps.sh test installs it")
    out = tmp_path_factory.mktemp("deb")
    built = sh(str(ROOT / "installer" / "linux" / "build-deb.sh"), str(frozen), str(out))
    assert built.returncode == 0, built.stderr
    return Path(built.stdout.strip().splitlines()[-1])


def test_the_package_says_what_it_is_and_needs(deb: Path) -> None:
    assert deb.name == f"reception-console_{__version__}_amd64.deb"
    control = sh("dpkg-deb", "--field", str(deb)).stdout
    assert f"Version: {__version__}" in control
    depends = control.split("Depends:")[1].splitlines()[0]
    for library in ("libgl1", "libegl1", "libfontconfig1", "libxkbcommon0", "libxcb-cursor0", "libxcb-icccm4",
                    "libdbus-1-3", "libpq5", "libsqlite3-0", "libssl3"):  # fmt: skip
        assert library in depends, library
    files = sh("dpkg-deb", "--contents", str(deb)).stdout
    for path in ("./usr/bin/reception-console -> ../lib/reception-console/reception-console",
                 "./usr/share/applications/reception-console.desktop",
                 "./usr/share/icons/hicolor/256x256/apps/reception-console.png",
                 "./usr/share/icons/hicolor/scalable/apps/reception-console.svg",
                 "./usr/lib/reception-console/_internal/reception_console/storage/migrations/versions/0001_initial_schema.py",
                 "./usr/share/doc/reception-console/copyright"):  # fmt: skip
        assert path in files, path


def test_lintian_finds_no_errors(deb: Path) -> None:
    result = sh("lintian", "--no-tag-display-limit", str(deb))
    errors = [line for line in result.stdout.splitlines() if line.startswith("E:")]
    assert errors == [], "\n".join(errors)
    assert result.returncode == 0, result.stdout + result.stderr


def test_installed_it_passes_its_self_test_and_purges_clean(deb: Path, tmp_path: Path) -> None:
    if os.geteuid() != 0:
        if os.environ.get("CI"):
            pytest.fail("CI runs the tests as root to install the package")
        pytest.skip("installing a package needs root")
    if sh("dpkg-query", "-W", "reception-console").returncode == 0:
        pytest.skip("reception-console is installed on this machine already: not touching it")
    installed = sh(
        "apt-get", "install", "-y", "-qq", "--no-install-recommends", str(deb), DEBIAN_FRONTEND="noninteractive"
    )
    try:
        assert installed.returncode == 0, installed.stdout + installed.stderr
        assert Path("/usr/bin/reception-console").resolve() == Path("/usr/lib/reception-console/reception-console")
        home = tmp_path / "home"
        home.mkdir()
        env = {k: v for k, v in os.environ.items() if not k.startswith(("RECEPTION_CONSOLE_", "PYTHON", "VIRTUAL_ENV"))}
        env.update(RECEPTION_CONSOLE_HOME=str(home), QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:/bin")
        result = subprocess.run(
            ["reception-console", "self-test"], cwd=home, env=env, capture_output=True, text=True, timeout=180
        )
        assert result.returncode == 0, result.stdout + result.stderr
        assert "frozen build in /usr/lib/reception-console" in result.stdout
        assert "PostgreSQL driver: psycopg 3." in result.stdout
    finally:
        purged = sh("apt-get", "purge", "-y", "-qq", "reception-console", DEBIAN_FRONTEND="noninteractive")
    assert purged.returncode == 0, purged.stderr
    assert not Path("/usr/lib/reception-console").exists()
    assert not Path("/usr/bin/reception-console").exists()
    assert sh("dpkg-query", "-W", "reception-console").returncode != 0
