"""The frozen program (PyInstaller one-folder build of installer/reception-console.spec), built once and cached.

The cache under .cache/frozen/ is keyed by the hash of uv.lock, the spec and every file that goes into the
program (the package's sources and resources/): a repeated run reuses the build, a changed line of code rebuilds it,
so the tests never try an old program.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "installer" / "reception-console.spec"
CACHE = ROOT / ".cache" / "frozen"
NAME = "reception-console"


def build_key() -> str:
    digest = hashlib.sha256()
    sources = [
        ROOT / "uv.lock",
        SPEC,
        ROOT / "installer" / "linux" / "icu_data.py",
        ROOT / "installer" / "early_start_hook.py",
        *sorted((ROOT / "reception_console").rglob("*.py")),
    ]
    sources += sorted(p for p in (ROOT / "resources").rglob("*") if p.is_file() and p.suffix != ".qm")
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:20]


def frozen_program() -> tuple[Path, float | None]:
    """The program folder, and how long building it took (None when it came from the cache)."""
    from reception_console.platform.build_translations import build

    build()  # the .qm files the spec packs
    key = build_key()
    folder = CACHE / key / NAME
    if (folder / NAME).is_file():
        return folder, None
    work = CACHE / f"{key}.building"
    shutil.rmtree(work, ignore_errors=True)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, check=False,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
    )  # fmt: skip
    if done.returncode != 0:
        raise RuntimeError(f"PyInstaller failed:\n{done.stdout[-3000:]}\n{done.stderr[-6000:]}")
    elapsed = time.monotonic() - started
    for old in CACHE.iterdir():  # one build is kept: the newest
        if old.name != f"{key}.building":
            shutil.rmtree(old, ignore_errors=True)
    (CACHE / key).mkdir(parents=True)
    (work / "dist" / NAME).rename(folder)
    shutil.rmtree(work, ignore_errors=True)
    return folder, elapsed


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
