"""SQLAlchemy implementations of the service ports; every method is one short transaction.

The stores every console needs at start are here, written on the tables themselves (`storage.tables`) over plain
connections: a receptionist's console never loads the ORM; the supervisor's (card edits, figures, goals, visits, people
admin, knowledge gaps) are imported from their own modules where they are built, so a receptionist's console
does not load them.
"""

from .calls import SqlCallStore
from .cards import SqlCardStore
from .people import SqlPeopleStore
from .tasks import SqlTaskStore

__all__ = ["SqlCallStore", "SqlCardStore", "SqlPeopleStore", "SqlTaskStore"]
