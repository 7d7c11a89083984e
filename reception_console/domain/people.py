"""The people who use the console."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    RECEPTIONIST = "receptionist"
    SUPERVISOR = "supervisor"
    ADMIN = "admin"


@dataclass(frozen=True, slots=True)
class Person:
    id: int
    login: str
    display_name: str
    role: Role
    active: bool = True
    demo: bool = False  # an account of the demo data (its short password works only on a demo database)
