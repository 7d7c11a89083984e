"""Who may do what. The services check these rules; the UI only hides what a person may not use."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from .people import Person, Role


class Permission(StrEnum):
    EDIT_CARDS = "edit_cards"  # clinic cards, scripts, history, import; the questions inbox
    MANAGE_PEOPLE = "manage_people"  # add, deactivate, reset passwords, roles
    REPORT_GAP = "report_gap"  # "couldn't answer" during a call
    SUPERVISE = "supervise"  # figures, goals, targets, work lists, anyone's task


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.RECEPTIONIST: frozenset({Permission.REPORT_GAP}),
    Role.SUPERVISOR: frozenset({Permission.REPORT_GAP, Permission.EDIT_CARDS, Permission.SUPERVISE}),
    Role.ADMIN: frozenset(Permission),
}


@dataclass(frozen=True, slots=True)
class CommandLine:
    """Whoever runs the command line on the database itself (IT): an admin's rights, recorded as no person.

    Anyone who can point the command line at the database can change it directly, so asking for a
    password there would protect nothing.
    """

    display_name: str = "command line"
    role: Role = Role.ADMIN
    id: None = None


Actor = Person | CommandLine


def allowed(actor: Actor | None, permission: Permission) -> bool:
    if actor is None:
        return False
    if isinstance(actor, Person) and not actor.active:
        return False
    return permission in GRANTS.get(actor.role, frozenset())
