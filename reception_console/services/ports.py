"""What the services need from storage. `reception_console.storage` implements these."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from ..domain.calls import Call, OutcomeForm, PastCall
from ..domain.clinic import ClinicCard, LineChoice, PhoneLine
from ..domain.people import Person, Role
from ..domain.script import ObjectionPrompt, Phrase
from ..domain.tasks import Task, TaskKind

if TYPE_CHECKING:  # the supervisor's types: only their services load them
    from ..domain.card_changes import CardChange, ChangeSet
    from ..domain.card_records import ClinicSummary, EditableCard, GlobalScript
    from ..domain.knowledge_gaps import KnowledgeGap
    from ..domain.visits import Visit


class CardStore(Protocol):
    def line_by_number(self, number: str) -> PhoneLine | None: ...
    def lines(self) -> list[LineChoice]: ...
    def card(self, clinic_id: int) -> ClinicCard | None: ...
    def card_version(self, clinic_id: int) -> int | None: ...
    def prompts(self, clinic_id: int | None, language: str) -> list[ObjectionPrompt]: ...
    def phrases(self, clinic_id: int | None, language: str) -> list[Phrase]: ...
    def clinic_count(self) -> int: ...
    def add_cards(
        self,
        cards: Sequence[ClinicCard],
        prompts: Sequence[tuple[str, ObjectionPrompt, str]],
        phrases: Sequence[tuple[str, Phrase, str]],
    ) -> None:
        """Insert cards, and prompts/phrases as (language, item, clinic key or "") in one transaction."""
        ...


class CallStore(Protocol):
    def get(self, call_id: str) -> Call | None: ...
    def add(self, call: Call) -> bool:
        """Insert the call; False (and nothing written) when a call with that id exists."""
        ...

    def set_times(
        self, call_id: str, *, answered_at: datetime | None = None, ended_at: datetime | None = None
    ) -> None: ...
    def set_clinic(self, call_id: str, clinic_id: int, line: str | None) -> None: ...
    def set_receptionist(self, call_id: str, person_id: int) -> None: ...
    def save_draft(self, call_id: str, form: OutcomeForm) -> None: ...
    def save_outcome(
        self,
        call_id: str,
        form: OutcomeForm,
        saved_at: datetime,
        tasks: Sequence[Task],
        visit: Visit | None,
        *,
        ended_at: datetime | None = None,
        receptionist_id: int | None = None,
    ) -> list[Task] | None:
        """Record the outcome, its tasks and its visit in one transaction; returns tasks with ids. None (and
        nothing written) when the call was saved already. `ended_at` and `receptionist_id` fill those columns
        where they are still empty."""
        ...

    def tasks_of(self, call_id: str) -> list[Task]:
        """The tasks a call's saved outcome created."""
        ...

    def history(self, caller: str, limit: int = 20, exclude: str | None = None) -> list[PastCall]: ...
    def unsaved(self, receptionist_id: int | None) -> list[Call]: ...


class TaskStore(Protocol):
    def get(self, task_id: int) -> Task | None: ...
    def open_tasks(self, kinds: Sequence[TaskKind] | None = None) -> list[Task]: ...
    def open_tasks_for(self, person_id: int | None) -> list[Task]:
        """Open tasks assigned to the person and the team's unassigned ones (nobody else's)."""
        ...

    def complete(self, task_id: int, person_id: int, at: datetime) -> None: ...
    def claim(self, task_id: int, person_id: int, at: datetime) -> bool:
        """Take the task unless somebody else has (atomically); True when it is now this person's."""
        ...

    def release(self, task_id: int, person_id: int) -> bool: ...
    def version(self, clinic_ids: Sequence[int] = ()) -> int:
        """A number that grows with every committed change to open tasks (of these clinics)."""
        ...


class SignInGate(Protocol):
    """Checks a login and password; the person, or None when either is wrong."""

    @property
    def signed_in(self) -> bool: ...
    def check(self, login: str, password: str) -> Person | None: ...


class PeopleStore(Protocol):
    def people(self, active_only: bool = True) -> list[Person]: ...
    def person(self, person_id: int) -> Person | None: ...
    def credentials(self, login: str) -> tuple[Person, str] | None: ...
    def add(self, login: str, display_name: str, role: Role, password_hash: str, *, demo: bool = False) -> Person: ...
    def set_password_hash(self, person_id: int, password_hash: str) -> None: ...
    def demo_only(self) -> bool:
        """Whether every active account is a demo account (the demo database, nothing real in it yet)."""
        ...

    def count(self) -> int: ...


class CardEditStore(Protocol):
    """Cards as supervisors edit them, with their change history."""

    def clinic_list(self, include_archived: bool = False) -> list[ClinicSummary]: ...
    def editable(self, clinic_id: int) -> EditableCard | None: ...
    def clinic_id_by_key(self, key: str) -> int | None: ...
    def line_owners(self, numbers: Sequence[str]) -> dict[str, tuple[int, str]]:
        """Clinic id and name for each number that is a line (not archived) of some clinic."""
        ...

    def specialist_keys(self, clinic_id: int) -> set[str]:
        """Every specialist key the clinic has used, archived ones included."""
        ...

    def apply(
        self,
        change_sets: Sequence[ChangeSet],
        actor_id: int | None,
        at: datetime,
        scripts: Sequence[CardChange] = (),
    ) -> list[int]:
        """Write and record the change sets and global script changes in one transaction, bumping each
        changed clinic's version; returns the clinic ids. Raises StaleCardError (nothing written) when a
        clinic is no longer at the expected version or a script no longer is a change's `before`. A global
        script change bumps the version of that language's clinics: their consoles show the new prompts."""
        ...

    def changes(self, clinic_id: int | None, *, after_id: int = 0, limit: int = 500) -> list[CardChange]:
        """Recorded changes of a clinic (None: global scripts), newest first."""
        ...

    def change(self, change_id: int) -> CardChange | None: ...
    def global_script(self, language: str) -> GlobalScript: ...


class KnowledgeGapStore(Protocol):
    def add(self, gap: KnowledgeGap) -> KnowledgeGap: ...
    def open_gaps(self, clinic_id: int | None = None) -> list[KnowledgeGap]: ...
    def close(self, gap_ids: Sequence[int], at: datetime) -> None:
        """Close questions without an entry (not a real gap, or answered elsewhere)."""
        ...


class PeopleAdminStore(Protocol):
    """`password_hash` is the stored form of a password: see `PeopleAdmin`'s `secret_for`."""

    def get(self, person_id: int) -> Person | None: ...
    def people(self, active_only: bool = True) -> list[Person]: ...
    def login_taken(self, login: str) -> bool: ...
    def add(self, login: str, display_name: str, role: Role, password_hash: str) -> Person: ...
    def update(
        self,
        person_id: int,
        *,
        display_name: str | None = None,
        role: Role | None = None,
        active: bool | None = None,
        password_hash: str | None = None,
    ) -> Person: ...
