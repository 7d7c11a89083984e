"""SQLAlchemy implementations of the service ports; every method is one short transaction."""

from .calls import SqlCallStore
from .cards import SqlCardStore
from .goals import SqlGoalStore
from .people import SqlPeopleStore
from .reports import SqlReportStore
from .tasks import SqlTaskStore
from .visits import SqlVisitStore

__all__ = [
    "SqlCallStore",
    "SqlCardStore",
    "SqlGoalStore",
    "SqlPeopleStore",
    "SqlReportStore",
    "SqlTaskStore",
    "SqlVisitStore",
]
