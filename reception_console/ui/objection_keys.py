"""The keys that show an objection's prompt, used by the console and shown in the script editor."""

from __future__ import annotations

from ..domain.script import Objection

FIRST_KEY = 2  # F2 for the first objection: F1 stays Help everywhere
OBJECTION_KEYS = {objection: f"F{FIRST_KEY + i}" for i, objection in enumerate(Objection)}
