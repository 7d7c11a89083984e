"""SQLAlchemy implementations of the service ports; every method is one short transaction."""

from .calls import SqlCallStore
from .card_edits import SqlCardEditStore
from .cards import SqlCardStore
from .goals import SqlGoalStore
from .knowledge_gaps import SqlKnowledgeGapStore
from .people import SqlPeopleStore
from .people_admin import SqlPeopleAdminStore
from .reports import SqlReportStore
from .tasks import SqlTaskStore
from .visits import SqlVisitStore

__all__ = [
    "SqlCallStore",
    "SqlCardEditStore",
    "SqlCardStore",
    "SqlGoalStore",
    "SqlKnowledgeGapStore",
    "SqlPeopleAdminStore",
    "SqlPeopleStore",
    "SqlReportStore",
    "SqlTaskStore",
    "SqlVisitStore",
]
