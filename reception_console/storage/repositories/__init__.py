"""SQLAlchemy implementations of the service ports; every method is one short transaction."""

from .calls import SqlCallStore
from .cards import SqlCardStore
from .people import SqlPeopleStore
from .tasks import SqlTaskStore

__all__ = ["SqlCallStore", "SqlCardStore", "SqlPeopleStore", "SqlTaskStore"]
