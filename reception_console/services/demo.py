"""The demo database: three clinics in three languages, two receptionists and a supervisor."""

from __future__ import annotations

from pathlib import Path

from .card_files import CardFile, read_card_file
from .passwords import hash_password
from .ports import CardStore, PeopleStore


class DatabaseNotEmptyError(RuntimeError):
    pass


def read_demo(folder: Path) -> CardFile:
    merged = CardFile()
    for path in sorted(folder.glob("*.json")):
        part = read_card_file(path)
        merged.clinics += part.clinics
        merged.prompts += part.prompts
        merged.phrases += part.phrases
        merged.people += part.people
    return merged


def load_demo(folder: Path, cards: CardStore, people: PeopleStore, *, only_if_empty: bool = False) -> bool:
    """Load the demo data. Refuses a database that has clinics or people (returns False if only_if_empty)."""
    if cards.clinic_count() or people.count():
        if only_if_empty:
            return False
        raise DatabaseNotEmptyError(
            "The database already holds clinics or people; the demo data is loaded only into an empty database."
        )
    demo = read_demo(folder)
    cards.add_cards(demo.clinics, demo.prompts, demo.phrases)
    for person in demo.people:
        people.add(person.login, person.display_name, person.role, hash_password(person.password), demo=True)
    return True
