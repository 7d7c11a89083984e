"""(h) The frozen program: its folder's size, and its start against the same start from source.

The program is the PyInstaller one-folder build of installer/reception-console.spec, built once per source state
and cached in .cache/frozen/ (tests/packaging/frozen.py; the first build is timed and reported). Both starts sign
in as the generated database's receptionist and print "shown" once the console is on screen
(RECEPTION_CONSOLE_EXIT_WHEN_SHOWN), on copies of the same database, taking turns after one warm-up each.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

from tests.packaging.frozen import folder_size, frozen_program

from .coldstart import _env, time_in_turns
from .generate import GeneratedData
from .report import Row, Section

SIZE_TARGET_MB = 110.0
RATIO_TARGET = 1.1


def run(data: GeneratedData, workdir: Path, runs: int, log=print) -> Section:  # type: ignore[no-untyped-def]
    section = Section(f"(h) frozen program (PyInstaller one-folder): size; start → console shown (median of {runs})")
    folder, build_s = frozen_program()
    size_mb = folder_size(folder) / 1e6
    section.rows.append(Row("program folder size", 1, size_mb, None, SIZE_TARGET_MB, judged_on="p50", unit="MB"))
    section.notes.append(
        f"frozen program: {folder} ({size_mb:.1f} MB); "
        + (f"built now in {build_s:.0f} s (a cold build)." if build_s is not None else "from the build cache.")
    )

    def start(program: list[str], name: str) -> tuple[list[str], dict[str, str]]:
        home = workdir / f"home-{name}"
        home.mkdir(parents=True, exist_ok=True)
        db = data.copy_to(workdir / f"start-{name}")
        env = _env(
            RECEPTION_CONSOLE_HOME=str(home),
            RECEPTION_CONSOLE_PASSWORD=data.password,
            RECEPTION_CONSOLE_EXIT_WHEN_SHOWN="1",
            RECEPTION_CONSOLE_DB=f"sqlite:///{db}",
        )
        return [*program, "--user", data.receptionist], env

    variants = {
        "console from source": start([sys.executable, "-m", "reception_console"], "source"),
        "console, frozen program": start([str(folder / "reception-console")], "frozen"),
    }
    times, errors = time_in_turns(variants, runs, log, "frozen/source start")
    for name in variants:
        section.rows.append(Row(name, error=errors[name]) if name in errors else Row.of(name, times[name]))
    if not errors:
        ratio = statistics.median(times["console, frozen program"]) / statistics.median(times["console from source"])
        section.rows.append(Row("ratio frozen / source", runs, ratio, None, RATIO_TARGET, judged_on="p50", unit="x"))
    return section
