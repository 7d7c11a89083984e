"""Session options the repositories share."""

from __future__ import annotations

from typing import Any

# A read of one statement needs no transaction around it: on PostgreSQL that saves the BEGIN and ROLLBACK
# round trips (the console's polls and the call lookups run many times a minute).
AUTOCOMMIT: dict[str, Any] = {"isolation_level": "AUTOCOMMIT"}
