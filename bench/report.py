"""Figures and how they are printed: percentiles, one table row per measurement, the machine they ran on."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path


def percentile(samples: list[float], q: float) -> float:
    """Linear interpolation between closest ranks (numpy's default), q in [0, 1]."""
    if not samples:
        return float("nan")
    ordered = sorted(samples)
    k = (len(ordered) - 1) * q
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


@dataclass
class Row:
    """One line of the table. Values are milliseconds unless `unit` says "x" (a ratio) or "MB" (a size)."""

    name: str
    n: int = 0
    p50: float | None = None
    p95: float | None = None
    target: float | None = None  # None: for information only
    judged_on: str = "p95"  # which figure the target applies to: "p95" or "p50"
    unit: str = "ms"
    error: str | None = None
    indent: int = 0  # sub-rows (breakdowns) are indented under their parent

    @classmethod
    def of(cls, name: str, samples_ms: list[float], target: float | None = None, **kw) -> Row:  # type: ignore[no-untyped-def]
        return cls(name, len(samples_ms), percentile(samples_ms, 0.5), percentile(samples_ms, 0.95), target, **kw)

    @property
    def judged(self) -> float | None:
        return self.p95 if self.judged_on == "p95" else self.p50

    @property
    def verdict(self) -> str:
        if self.error:
            return "ERROR"
        if self.target is None or self.judged is None:
            return ""
        return "ok" if self.judged <= self.target else "over"


@dataclass
class Section:
    title: str
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # something broken (not merely slow) seen on the way


def _value(value: float | None, unit: str) -> str:
    if value is None or value != value:  # None or NaN
        return "—"
    if unit == "x":
        return f"{value:.2f}x"
    if unit == "MB":
        return f"{value:.1f} MB"
    if value >= 100:
        return f"{value:,.0f} ms"
    return f"{value:.1f} ms"


def _target(row: Row) -> str:
    if row.target is None:
        return ""
    bound = {"x": f"{row.target:.1f}x", "MB": f"{row.target:g} MB"}.get(row.unit, f"{row.target:g} ms")
    return f"{row.judged_on} ≤ {bound}" if row.unit != "x" else f"≤ {bound}"


def format_table(sections: list[Section]) -> str:
    rows = [r for s in sections for r in s.rows]
    name_width = max([len(r.name) + 2 * r.indent for r in rows] + [40])
    head = f"{'benchmark':<{name_width}}  {'n':>4}  {'p50':>9}  {'p95':>9}  {'target':<14}  verdict"
    rule = "-" * len(head)
    out = [head, rule]
    for section in sections:
        if not section.rows:
            continue
        out.append(section.title)
        for r in section.rows:
            name = "  " * (r.indent + 1) + r.name
            if r.error:
                out.append(f"{name:<{name_width + 2}} {'':>4}  {'':>9}  {'':>9}  {_target(r):<14}  ERROR: {r.error}")
                continue
            out.append(
                f"{name:<{name_width + 2}}"
                f"{r.n if r.n else '':>4}  {_value(r.p50, r.unit):>9}  {_value(r.p95, r.unit):>9}  "
                f"{_target(r):<14}  {r.verdict}"
            )
    out.append(rule)
    return "\n".join(line.rstrip() for line in out)


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def _memory() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB RAM"
    except (OSError, ValueError):
        pass
    return ""


def _git(repo: Path) -> str:
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=repo, capture_output=True, text=True, timeout=10
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=repo,
            capture_output=True,
            text=True,
            timeout=10,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return f"{commit}{' + uncommitted changes' if dirty else ''}" if commit else "unknown"


def machine_lines(repo: Path) -> list[str]:
    import sqlite3

    import PySide6
    import sqlalchemy
    from PySide6.QtCore import qVersion

    cores = os.cpu_count() or 0
    usable = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else cores
    load = ", ".join(f"{x:.2f}" for x in os.getloadavg()) if hasattr(os, "getloadavg") else "n/a"
    memory = _memory()
    return [
        f"machine : {usable} usable of {cores} cores · {_cpu_model()}{' · ' + memory if memory else ''}",
        f"system  : {platform.platform()} · load average {load}",
        f"python  : {sys.version.split()[0]} ({platform.python_implementation()}) · "
        f"PySide6 {PySide6.__version__} / Qt {qVersion()} · SQLAlchemy {sqlalchemy.__version__} · "
        f"SQLite {sqlite3.sqlite_version}",
        f"qt      : QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM', '(unset)')}",
        f"code    : {_git(repo)}",
    ]
