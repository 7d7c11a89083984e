"""SQLAlchemy implementations of the service ports; every method is one short transaction."""

from .calls import SqlCallStore
from .card_edits import SqlCardEditStore
from .cards import SqlCardStore
from .knowledge_gaps import SqlKnowledgeGapStore
from .people import SqlPeopleStore
from .people_admin import SqlPeopleAdminStore
from .tasks import SqlTaskStore

__all__ = [
    "SqlCallStore",
    "SqlCardEditStore",
    "SqlCardStore",
    "SqlKnowledgeGapStore",
    "SqlPeopleAdminStore",
    "SqlPeopleStore",
    "SqlTaskStore",
]
