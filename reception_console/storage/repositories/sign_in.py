"""Wrong passwords in a row per login and per PC (`sign_in_failures`), for the sign-in's growing wait."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.exc import IntegrityError

from ..errors import outage_safe
from ..sessions import Connections, changed
from ..tables import sign_in_failures


@outage_safe
class SqlSignInFailureStore:
    def __init__(self, connections: Connections) -> None:
        self._connections = connections

    def failure(self, scope: str, key: str) -> tuple[int, datetime] | None:
        with self._connections() as s:
            row = s.execute(
                select(sign_in_failures.c.failures, sign_in_failures.c.last_failed_at).where(
                    sign_in_failures.c.scope == scope, sign_in_failures.c.key == key
                )
            ).first()
            return (row[0], row[1]) if row else None

    def add_failure(self, scope: str, key: str, at: datetime) -> int:
        where = (sign_in_failures.c.scope == scope, sign_in_failures.c.key == key)
        for _ in range(2):  # a first failure typed on two PCs at once: the loser of the INSERT updates
            with self._connections.begin() as s:
                counted = changed(
                    s.execute(
                        update(sign_in_failures)
                        .where(*where)
                        .values(failures=sign_in_failures.c.failures + 1, last_failed_at=at)
                    )
                )
                if counted:
                    return int(s.scalar(select(sign_in_failures.c.failures).where(*where)) or 0)
            try:
                with self._connections.begin() as s:
                    s.execute(
                        insert(sign_in_failures).values(
                            scope=scope, key=key, failures=1, first_failed_at=at, last_failed_at=at
                        )
                    )
                return 1
            except IntegrityError:
                continue
        return 0

    def clear(self, scope: str, key: str) -> None:
        with self._connections.begin() as s:
            s.execute(delete(sign_in_failures).where(sign_in_failures.c.scope == scope, sign_in_failures.c.key == key))

    def throttled(self, minimum: int) -> list[tuple[str, str, int, datetime]]:
        with self._connections() as s:
            rows = s.execute(
                select(
                    sign_in_failures.c.scope,
                    sign_in_failures.c.key,
                    sign_in_failures.c.failures,
                    sign_in_failures.c.last_failed_at,
                )
                .where(sign_in_failures.c.failures >= minimum)
                .order_by(sign_in_failures.c.last_failed_at.desc())
            )
            return [(scope, key, failures, last) for scope, key, failures, last in rows]
