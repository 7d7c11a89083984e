"""Database outages become the domain's StorageUnavailableError at the repository boundary."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from ..domain.errors import StorageUnavailableError

log = logging.getLogger(__name__)
T = TypeVar("T")


def _wrap(method: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(method)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return method(*args, **kwargs)
        except IntegrityError:
            raise  # a broken rule, not an outage
        except (OperationalError, InterfaceError, DBAPIError) as error:
            log.error("database unavailable in %s: %s", method.__qualname__, error)
            raise StorageUnavailableError(str(getattr(error, "orig", None) or error)) from error

    return guarded


def outage_safe(cls: type[T]) -> type[T]:
    """Class decorator: every public method reports outages as StorageUnavailableError."""
    for name, value in list(vars(cls).items()):
        if callable(value) and not name.startswith("_"):
            setattr(cls, name, _wrap(value))
    return cls
