"""Who may do what on a shared PostgreSQL database, enforced by PostgreSQL itself (`reception-console db init`).

Roles, for a prefix chosen once (the database's name by default) and kept in the `access_roles` table:

- `<prefix>_owner` (no login) owns every table and the people functions; it alone reads password hashes.
- `<prefix>_receptionist`, `<prefix>_supervisor`, `<prefix>_admin` (no login): the three jobs. A supervisor is a
  member of the receptionist group, an admin of the supervisor group, so each job has what the one below has.
- one login role per person, named by the person's login and a member of exactly one job group. Logins are made,
  switched off, moved between jobs and given new passwords only through `reception_add_person` and
  `reception_update_person` (SECURITY DEFINER, owned by the owner, executable by admins), which keep the `people`
  row and the login role in step and accept a password only as a SCRAM verifier, so no password in clear ever
  reaches the server or its log.

Row-level security on `tasks` (and on the training tables: practice attempts, test results, assignments): a
receptionist sees and completes only her own tasks and the team's unassigned
ones; supervisors and admins see all. Every table of the schema must be named in TABLES (a test checks), so a new
table cannot ship without deciding who may touch it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import Connection, text

JOBS = ("receptionist", "supervisor", "admin")
PEOPLE_READABLE = "id, login, display_name, role, active, created_at, demo"  # everything but password_hash
CARD_EDIT = "SELECT, INSERT, UPDATE, DELETE"

# table → job → privileges; a job also has those of the jobs below it (admin ⊃ supervisor ⊃ receptionist)
TABLES: dict[str, dict[str, str]] = {
    "clinics": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "phone_lines": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "specialists": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "services": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "knowledge_entries": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "objection_prompts": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "phrases": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "card_changes": {"supervisor": "SELECT, INSERT"},
    "people": {"receptionist": f"SELECT ({PEOPLE_READABLE})"},
    "calls": {"receptionist": "SELECT, INSERT, UPDATE"},
    "tasks": {
        "receptionist": "SELECT, INSERT, UPDATE (done_at, done_by_id, claimed_by_id, claimed_at)",
        "supervisor": "UPDATE, DELETE",
    },
    # raised with every change to open tasks (a save with tasks, taking one, completing one), read every second
    "work_list_versions": {"receptionist": "SELECT, INSERT, UPDATE"},
    "visits": {"receptionist": "SELECT, INSERT, UPDATE"},
    "knowledge_gaps": {"receptionist": "SELECT, INSERT", "supervisor": "UPDATE"},
    "receptionist_targets": {"supervisor": "SELECT, INSERT, UPDATE, DELETE"},
    # the privacy branch's tables: a console records what its person saw; the daily purge and the sign-in lockouts
    # are run by a supervisor's or an admin's console (a receptionist's cannot claim the day)
    "audit_events": {"receptionist": "SELECT (id), INSERT", "supervisor": "SELECT, UPDATE, DELETE"},
    "sign_in_failures": {"supervisor": "SELECT, INSERT, UPDATE, DELETE"},
    "maintenance_runs": {"supervisor": "SELECT, INSERT, UPDATE"},
    # messages that leave the console: written with a call, claimed and marked by every console's delivery worker
    "outbox": {"receptionist": "SELECT, INSERT, UPDATE"},
    # training: stored apart from calls; a receptionist adds and reads her own attempts and results (row-level
    # security below), supervisors read everyone's, keep the scenarios and assign practice and tests
    "training_scenarios": {"receptionist": "SELECT", "supervisor": CARD_EDIT},
    "practice_attempts": {"receptionist": "SELECT, INSERT", "supervisor": "DELETE"},
    "knowledge_test_results": {"receptionist": "SELECT, INSERT", "supervisor": "DELETE"},
    "training_assignments": {
        "receptionist": "SELECT, UPDATE (done_at, done_attempt_id)",
        "supervisor": "INSERT, UPDATE, DELETE",
    },
    "alembic_version": {"receptionist": "SELECT"},
    "access_roles": {"receptionist": "SELECT"},
}
LOGIN = re.compile(r"^[a-z0-9][a-z0-9._-]{0,62}$")  # a person's login, also their PostgreSQL role name
PREFIX = re.compile(r"^[a-z][a-z0-9_]{0,40}$")


class AccessError(Exception):
    """db init cannot go on (the message says why and what to do)."""


def prefix_for(database: str) -> str:
    cleaned = re.sub(r"[^a-z0-9_]", "_", database.lower()).strip("_") or "reception"
    return cleaned if cleaned[0].isalpha() else f"rc_{cleaned}"


def installed_prefix(conn: Connection) -> str | None:
    """The prefix `db init` chose for this database, or None before it ran."""
    if not conn.execute(text("SELECT to_regclass('public.access_roles')")).scalar():
        return None
    owner = conn.execute(text("SELECT role_name FROM access_roles WHERE job = 'owner'")).scalar()
    return str(owner).removesuffix("_owner") if owner else None


def role_names(prefix: str) -> dict[str, str]:
    return {job: f"{prefix}_{job}" for job in ("owner", *JOBS)}


def _ident(conn: Connection, name: str) -> str:
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar())


def init(conn: Connection, database: str, prefix: str | None = None) -> str:
    """Create (or bring up to date) the roles, ownership, grants, policies and people functions. Idempotent: run it
    again after every schema upgrade. Runs inside the caller's transaction; returns the prefix used."""
    prefix = installed_prefix(conn) or prefix or prefix_for(database)
    if not PREFIX.match(prefix):
        raise AccessError(f"{prefix!r} cannot name roles: lower-case letters, digits and _ (up to 40).")
    roles = role_names(prefix)
    q = {job: _ident(conn, name) for job, name in roles.items()}
    for job, name in roles.items():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}).scalar()
        if not exists:
            extra = " CREATEROLE" if job == "owner" else ""
            conn.execute(text(f"CREATE ROLE {q[job]} NOLOGIN{extra}"))
    conn.execute(text(f"GRANT {q['receptionist']} TO {q['supervisor']}"))
    conn.execute(text(f"GRANT {q['supervisor']} TO {q['admin']}"))
    for job in JOBS:  # the people functions, run as the owner, hand these out
        conn.execute(text(f"GRANT {q[job]} TO {q['owner']} WITH ADMIN OPTION"))
    db = _ident(conn, database)
    conn.execute(text(f"REVOKE ALL ON DATABASE {db} FROM PUBLIC"))
    conn.execute(text(f"GRANT CONNECT ON DATABASE {db} TO {q['receptionist']}"))
    conn.execute(text("REVOKE CREATE ON SCHEMA public FROM PUBLIC"))
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {q['receptionist']}"))
    conn.execute(text(f"GRANT USAGE, CREATE ON SCHEMA public TO {q['owner']}"))
    conn.execute(text("CREATE TABLE IF NOT EXISTS access_roles (job varchar(20) PRIMARY KEY, role_name text NOT NULL)"))
    for job, name in roles.items():
        conn.execute(
            text("INSERT INTO access_roles VALUES (:j, :n) ON CONFLICT (job) DO UPDATE SET role_name = :n"),
            {"j": job, "n": name},
        )
    _own_and_grant(conn, q)
    _functions(conn, q, roles)
    _task_policies(conn, q)
    _training_policies(conn, q)
    return prefix


def _tables(conn: Connection) -> list[str]:
    return list(conn.execute(text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).scalars())


def unclassified(tables: Iterable[str]) -> list[str]:
    return sorted(set(tables) - set(TABLES))


def _own_and_grant(conn: Connection, q: dict[str, str]) -> None:
    tables = _tables(conn)
    missing = unclassified(tables)
    if missing:
        raise AccessError(f"No access rules for the table(s) {', '.join(missing)}: this version cannot protect them.")
    for table in tables:
        t = _ident(conn, table)
        conn.execute(text(f"ALTER TABLE {t} OWNER TO {q['owner']}"))  # owned sequences follow their table
        conn.execute(text(f"REVOKE ALL ON {t} FROM PUBLIC, {q['receptionist']}, {q['supervisor']}, {q['admin']}"))
        for job, privileges in TABLES[table].items():
            conn.execute(text(f"GRANT {privileges} ON {t} TO {q[job]}"))
        inserters = [job for job, privileges in TABLES[table].items() if re.search(r"\bINSERT\b", privileges)]
        for sequence in conn.execute(
            text(
                "SELECT pg_get_serial_sequence(:t, a.attname) FROM pg_attribute a WHERE a.attrelid = to_regclass(:t)"
                " AND a.attnum > 0 AND NOT a.attisdropped AND pg_get_serial_sequence(:t, a.attname) IS NOT NULL"
            ),
            {"t": f"public.{table}"},
        ).scalars():
            for job in inserters:
                conn.execute(text(f"GRANT USAGE ON SEQUENCE {sequence} TO {q[job]}"))


def _task_policies(conn: Connection, q: dict[str, str]) -> None:
    """A receptionist sees and adds her own tasks and the team's; she updates one only while nobody else has taken
    it, and only to take it, give it back or complete it in her own name."""
    conn.execute(text("ALTER TABLE tasks ENABLE ROW LEVEL SECURITY"))
    for name in ("tasks_team", "tasks_mine_read", "tasks_mine_add", "tasks_mine_done"):
        conn.execute(text(f"DROP POLICY IF EXISTS {name} ON tasks"))
    me = "reception_person_id()"
    mine = f"(assignee_id IS NULL OR assignee_id = {me})"
    free_or_mine = f"(claimed_by_id IS NULL OR claimed_by_id = {me})"
    by_me = f"(done_by_id IS NULL OR done_by_id = {me})"
    conn.execute(text(f"CREATE POLICY tasks_team ON tasks TO {q['supervisor']} USING (true) WITH CHECK (true)"))
    conn.execute(text(f"CREATE POLICY tasks_mine_read ON tasks FOR SELECT TO {q['receptionist']} USING {mine}"))
    conn.execute(text(f"CREATE POLICY tasks_mine_add ON tasks FOR INSERT TO {q['receptionist']} WITH CHECK {mine}"))
    conn.execute(
        text(
            f"CREATE POLICY tasks_mine_done ON tasks FOR UPDATE TO {q['receptionist']}"
            f" USING ({mine} AND {free_or_mine}) WITH CHECK ({mine} AND {free_or_mine} AND {by_me})"
        )
    )


def _training_policies(conn: Connection, q: dict[str, str]) -> None:
    """A receptionist sees and adds only her own practice attempts and test results, and marks only her own
    assignments done; supervisors and admins see and keep everyone's."""
    mine = "(person_id = reception_person_id())"
    for table in ("practice_attempts", "knowledge_test_results", "training_assignments"):
        conn.execute(text(f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY"))
        for name in ("team", "mine_read", "mine_add", "mine_done"):
            conn.execute(text(f"DROP POLICY IF EXISTS {table}_{name} ON {table}"))
        conn.execute(text(f"CREATE POLICY {table}_team ON {table} TO {q['supervisor']} USING (true) WITH CHECK (true)"))
        conn.execute(text(f"CREATE POLICY {table}_mine_read ON {table} FOR SELECT TO {q['receptionist']} USING {mine}"))
    for table in ("practice_attempts", "knowledge_test_results"):
        conn.execute(
            text(f"CREATE POLICY {table}_mine_add ON {table} FOR INSERT TO {q['receptionist']} WITH CHECK {mine}")
        )
    conn.execute(
        text(
            f"CREATE POLICY training_assignments_mine_done ON training_assignments FOR UPDATE TO {q['receptionist']}"
            f" USING {mine} WITH CHECK {mine}"
        )
    )


def _functions(conn: Connection, q: dict[str, str], roles: dict[str, str]) -> None:
    conn.execute(
        text(
            "CREATE OR REPLACE FUNCTION reception_person_id() RETURNS integer LANGUAGE sql STABLE"
            " SET search_path = public, pg_temp AS $$ SELECT id FROM people WHERE login = session_user $$"
        )
    )
    groups = ", ".join(f"'{roles[job]}'" for job in JOBS)
    jobs = "jsonb_build_object(" + ", ".join(f"'{job}', '{roles[job]}'" for job in JOBS) + ")"
    common = f"""
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
    DECLARE
        groups text[] := ARRAY[{groups}];
        job_roles jsonb := {jobs};
    """
    conn.execute(
        text(
            f"""
    CREATE OR REPLACE FUNCTION reception_add_person(p_login text, p_display_name text, p_role text,
                                                    p_verifier text) RETURNS integer {common}
        new_id integer;
    BEGIN
        IF p_login !~ '{LOGIN.pattern}' THEN
            RAISE EXCEPTION 'a login is lower-case letters, digits, dots, dashes' USING ERRCODE = '22023';
        END IF;
        IF NOT job_roles ? p_role THEN
            RAISE EXCEPTION 'no such job: %', p_role USING ERRCODE = '22023';
        END IF;
        IF p_verifier !~ '^SCRAM-SHA-256\\$' THEN
            RAISE EXCEPTION 'a password is accepted only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = p_login) THEN
            RAISE EXCEPTION 'the login % is taken on this database server', p_login USING ERRCODE = '42710';
        END IF;
        EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', p_login, p_verifier, job_roles ->> p_role);
        INSERT INTO people (login, display_name, role, password_hash, active, created_at)
            VALUES (p_login, p_display_name, p_role, '', true, now()) RETURNING id INTO new_id;
        RETURN new_id;
    END $$"""
        )
    )
    conn.execute(
        text(
            f"""
    CREATE OR REPLACE FUNCTION reception_update_person(p_id integer, p_display_name text, p_role text,
                                                       p_active boolean, p_verifier text) RETURNS void {common}
        person people%ROWTYPE;
        g text;
    BEGIN
        SELECT * INTO person FROM people WHERE id = p_id FOR UPDATE;
        IF NOT FOUND THEN
            RAISE EXCEPTION 'no person %', p_id USING ERRCODE = 'P0002';
        END IF;
        IF p_role IS NOT NULL AND NOT job_roles ? p_role THEN
            RAISE EXCEPTION 'no such job: %', p_role USING ERRCODE = '22023';
        END IF;
        IF p_verifier IS NOT NULL AND p_verifier !~ '^SCRAM-SHA-256\\$' THEN
            RAISE EXCEPTION 'a password is accepted only as a SCRAM-SHA-256 verifier' USING ERRCODE = '22023';
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person.login) THEN
            -- only a login that belongs to this database's jobs may be changed from here
            IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles r ON r.oid = m.member
                           JOIN pg_roles grp ON grp.oid = m.roleid
                           WHERE r.rolname = person.login AND grp.rolname = ANY(groups)) THEN
                RAISE EXCEPTION 'the login % is not one of this database''s people', person.login
                    USING ERRCODE = '42501';
            END IF;
        ELSIF p_verifier IS NOT NULL THEN  -- a person from before db init gets a login with a new password
            EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', person.login, p_verifier,
                           job_roles ->> person.role);
        END IF;
        IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = person.login) THEN
            IF p_role IS NOT NULL AND p_role <> person.role THEN
                FOREACH g IN ARRAY groups LOOP
                    EXECUTE format('REVOKE %I FROM %I', g, person.login);
                END LOOP;
                EXECUTE format('GRANT %I TO %I', job_roles ->> p_role, person.login);
            END IF;
            IF p_verifier IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I PASSWORD %L', person.login, p_verifier);
            END IF;
            IF p_active IS NOT NULL THEN
                EXECUTE format('ALTER ROLE %I %s', person.login, CASE WHEN p_active THEN 'LOGIN' ELSE 'NOLOGIN' END);
            END IF;
        END IF;
        UPDATE people SET display_name = coalesce(p_display_name, display_name), role = coalesce(p_role, role),
                          active = coalesce(p_active, active)
            WHERE id = p_id;
    END $$"""
        )
    )
    for signature in (
        "reception_add_person(text, text, text, text)",
        "reception_update_person(integer, text, text, boolean, text)",
    ):
        conn.execute(text(f"ALTER FUNCTION {signature} OWNER TO {q['owner']}"))
        conn.execute(text(f"REVOKE ALL ON FUNCTION {signature} FROM PUBLIC"))
        conn.execute(text(f"GRANT EXECUTE ON FUNCTION {signature} TO {q['admin']}"))
    conn.execute(text(f"ALTER FUNCTION reception_person_id() OWNER TO {q['owner']}"))
