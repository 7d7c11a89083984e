"""Changing one value in the user's `config.toml` without losing anything else in it.

The file is edited as text, so IT's comments and every other key stay exactly as written; the result is read
back with `tomllib` and must equal the old settings with the one change. When the text edit cannot give that
(dotted keys, inline tables), the whole file is written out again from its parsed contents — only the comments
are lost then. A file that cannot be read is never overwritten.
"""

from __future__ import annotations

import json
import os
import re
import tomllib
from pathlib import Path
from typing import Any

from .private_files import private_folder

Scalar = str | bool | int | float


class ConfigWriteError(Exception):
    """The settings file could not be changed; it was left as it was."""


def set_value(path: Path, table: str, key: str, value: Scalar) -> None:
    """Set `[table] key = value` in the TOML file at `path` (created if missing), keeping everything else."""
    try:
        old_text = path.read_text(encoding="utf-8") if path.exists() else ""
        old = tomllib.loads(old_text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigWriteError(f"{path}: {exc}") from exc
    wanted = _with_value(old, table, key, value)
    text = _edit_text(old_text, table, key, value)
    if not _parses_to(text, wanted):
        text = dumps(wanted)
    _write_atomically(path, text)


def _with_value(data: dict[str, Any], table: str, key: str, value: Scalar) -> dict[str, Any]:
    section = data.get(table, {})
    if not isinstance(section, dict):
        raise ConfigWriteError(f"'{table}' is not a table")
    return {**data, table: {**section, key: value}}


def _parses_to(text: str, wanted: dict[str, Any]) -> bool:
    try:
        return tomllib.loads(text) == wanted
    except tomllib.TOMLDecodeError:
        return False


_HEADER = re.compile(r"^\s*\[\[?\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")


def _edit_text(text: str, table: str, key: str, value: Scalar) -> str:
    lines = text.splitlines()
    assignment = re.compile(rf"^(\s*{re.escape(key)}\s*=\s*)(\"(?:[^\"\\]|\\.)*\"|'[^']*'|[^\s#]+)(.*)$")
    start = next((i for i, line in enumerate(lines) if (m := _HEADER.match(line)) and m.group(1) == table), None)
    new_line = f"{_bare_or_quoted(key)} = {toml_value(value)}"
    if start is None:
        tail = [""] if lines and lines[-1].strip() else []
        return "\n".join([*lines, *tail, f"[{_bare_or_quoted(table)}]", new_line]) + "\n"
    end = next((i for i in range(start + 1, len(lines)) if _HEADER.match(lines[i])), len(lines))
    for i in range(start + 1, end):
        found = assignment.match(lines[i])
        if found:
            lines[i] = f"{found.group(1)}{toml_value(value)}{found.group(3)}"
            return "\n".join(lines) + "\n"
    last = max(i for i in range(start, end) if lines[i].strip() and not lines[i].lstrip().startswith("#"))
    lines.insert(last + 1, new_line)
    return "\n".join(lines) + "\n"


def _write_atomically(path: Path, text: str) -> None:
    try:
        private_folder(path.parent)
        temporary = path.with_name(f".{path.name}.writing")
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)
    except OSError as exc:
        raise ConfigWriteError(f"{path}: {exc}") from exc


# --- a minimal TOML writer: tables of strings, booleans, numbers and lists of them -------------------------------


def toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=False)  # a JSON string is a valid TOML basic string
    if isinstance(value, list):
        return "[" + ", ".join(toml_value(v) for v in value) + "]"
    raise ConfigWriteError(f"cannot write {type(value).__name__} values")


def _bare_or_quoted(key: str) -> str:
    return key if re.fullmatch(r"[A-Za-z0-9_-]+", key) else json.dumps(key, ensure_ascii=False)


def dumps(data: dict[str, Any], prefix: str = "") -> str:
    scalars = [f"{_bare_or_quoted(k)} = {toml_value(v)}" for k, v in data.items() if not isinstance(v, dict)]
    out = "\n".join(scalars) + ("\n" if scalars else "")
    for k, v in data.items():
        if isinstance(v, dict):
            name = f"{prefix}{_bare_or_quoted(k)}"
            body = dumps(v, f"{name}.")
            out += ("\n" if out else "") + f"[{name}]\n" + body
    return out


def set_table(path: Path, dotted: str, values: dict[str, Any]) -> None:
    """Replace the table `dotted` (e.g. "notify.email") of the TOML file with `values`, keeping every other
    table and key. The file is written out from its parsed contents: its comments are not kept."""
    try:
        old = tomllib.loads(path.read_text(encoding="utf-8")) if path.exists() else {}
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigWriteError(f"{path}: {exc}") from exc
    node = old
    *parents, last = dotted.split(".")
    for name in parents:
        child = node.setdefault(name, {})
        if not isinstance(child, dict):
            raise ConfigWriteError(f"'{name}' is not a table")
        node = child
    kept = {k: v for k, v in (node.get(last) or {}).items() if isinstance(v, dict)}  # sub-tables stay
    node[last] = {**values, **{k: v for k, v in kept.items() if k not in values}}
    _write_atomically(path, dumps(old))
