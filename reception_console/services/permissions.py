"""Permission checks for the use cases: a receptionist who reaches an edit (a button, a script, a bug)
gets PermissionDenied here, whatever the UI showed."""

from __future__ import annotations

from ..domain.permissions import Actor, Permission, allowed

MESSAGES = {
    Permission.EDIT_CARDS: "Only supervisors and admins may edit clinic cards and scripts.",
    Permission.MANAGE_PEOPLE: "Only admins may manage people.",
    Permission.REPORT_GAP: "Sign in to pass on a question.",
    Permission.SUPERVISE: "Only supervisors and admins see figures and work lists, set goals and targets, and "
    "complete another receptionist's task.",
}


class PermissionDenied(PermissionError):
    """`code` is the permission that was missing (the UI words it)."""

    def __init__(self, permission: Permission) -> None:
        super().__init__(MESSAGES[permission])
        self.code = permission.value
        self.permission = permission


def require(actor: Actor | None, permission: Permission) -> None:
    if not allowed(actor, permission):
        raise PermissionDenied(permission)
