"""Call ids made from the phone system's own identifier, so a repeated or replayed event names the same call."""

from __future__ import annotations

import uuid

NAMESPACE = uuid.UUID("5d8f4c36-2f0e-4bb5-9c55-3f7c1b0e6a21")


def stable_call_id(system: str, external_id: str) -> str:
    """The same (system, id) always gives the same UUID; different systems never collide."""
    return str(uuid.uuid5(NAMESPACE, f"{system}\x00{external_id}"))
