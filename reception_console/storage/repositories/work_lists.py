"""The work lists' change counters: raised with every change to open tasks, read by every console each second."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select
from sqlalchemy.dialects.sqlite import insert as sqlite_insert

from ..tables import work_list_versions

NO_CLINIC = 0  # the counter of tasks that belong to no clinic


def bump(conn: Connection, clinic_ids: Iterable[int | None]) -> None:
    """Raise the counters of these clinics inside the caller's transaction (so they move exactly when the tasks
    are committed). In clinic order, so two transactions never wait for each other's counters in a circle; the
    caller runs this last, so a counter's row is held only while the transaction commits."""
    dialect = conn.dialect.name
    make: Callable[[Any], Any] = sqlite_insert
    if dialect == "postgresql":  # imported here: an embedded console never loads the PostgreSQL dialect (0.1 s)
        from sqlalchemy.dialects.postgresql import insert as make
    for clinic_id in sorted({c or NO_CLINIC for c in clinic_ids}):
        statement = make(work_list_versions).values(clinic_id=clinic_id, version=1)
        conn.execute(
            statement.on_conflict_do_update(
                index_elements=[work_list_versions.c.clinic_id],
                set_={"version": work_list_versions.c.version + 1},
            )
        )


def version(conn: Connection, clinic_ids: Sequence[int] = ()) -> int:
    """The sum of the counters (of these clinics, or all): it grows with every committed change."""
    query = select(func.coalesce(func.sum(work_list_versions.c.version), 0))
    if clinic_ids:
        query = query.where(work_list_versions.c.clinic_id.in_([*clinic_ids, NO_CLINIC]))
    return int(conn.execute(query).scalar_one())
