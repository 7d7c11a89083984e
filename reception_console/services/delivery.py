"""The delivery worker: claims due outbox rows, hands each to its channel, and records what happened.

Every step is written before the next begins, so a console killed at any point loses nothing: a claimed row
whose console died is claimed again when its lease ends (or at once by the same console after a restart). The
one possible repeat is a message the server accepted just before the console died, before it was marked sent;
it carries the same Message-ID / idempotency key, so it is recognisably the same message.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Protocol

from ..domain.calls import utcnow
from ..domain.errors import StorageUnavailableError
from ..domain.messages import DeliveryError, Medium, OutboxItem, Receipt, mask_address, mask_numbers
from .ports import OutboxStore

log = logging.getLogger(__name__)
NO_CHANNEL = "No {medium} channel is set up (Settings → Messages)."


class Sender(Protocol):
    def send(self, item: OutboxItem) -> Receipt: ...


@dataclass(frozen=True)
class RetryPolicy:
    first: timedelta = timedelta(seconds=30)
    longest: timedelta = timedelta(hours=1)
    attempts: int = 12  # then the message is failed; a person can retry it

    def delay(self, attempts_so_far: int, retry_after: float | None = None) -> timedelta:
        if retry_after is not None:  # the provider said when (a 429's Retry-After): that, not our guess
            return timedelta(seconds=max(1.0, retry_after))
        return min(self.first * (2 ** max(0, attempts_so_far)), self.longest)


class DeliveryWorker:
    """One console's delivery: `run_once` claims what is due and delivers it; never raises for a channel."""

    def __init__(
        self,
        outbox: OutboxStore,
        senders: Mapping[Medium, Sender],
        *,
        worker_id: str,
        clock: Callable[[], datetime] = utcnow,
        policy: RetryPolicy | None = None,
        lease: timedelta = timedelta(minutes=5),
        step: Callable[[str, OutboxItem], None] | None = None,
    ) -> None:
        self._outbox = outbox
        self._senders = dict(senders)
        self.worker_id = worker_id
        self._clock = clock
        self._policy = policy or RetryPolicy()
        self._lease = lease
        self._step = step or (lambda _name, _item: None)  # observes "claimed", "accepted", "recorded"

    def set_senders(self, senders: Mapping[Medium, Sender]) -> None:
        self._senders = dict(senders)

    def run_once(self, limit: int = 10) -> int:
        items = self._outbox.claim(self.worker_id, self._clock(), self._lease, limit)
        for item in items:
            self._step("claimed", item)
            self.deliver(item)
        return len(items)

    def deliver(self, item: OutboxItem) -> None:
        where = f"message {item.id} ({item.kind}, {item.medium} to {mask_address(item.to)})"
        sender = self._senders.get(item.medium)
        try:
            if sender is None:
                medium = "e-mail" if item.medium is Medium.EMAIL else "SMS"
                raise DeliveryError(NO_CHANNEL.format(medium=medium), permanent=True)  # a person must act
            receipt = sender.send(item)
        except DeliveryError as error:
            self._failed(item, where, error)
            return
        except Exception as error:  # a channel's own bug must not stop the worker; the message is kept
            log.exception("%s: unexpected error in its channel", where)
            self._failed(item, where, DeliveryError(f"Unexpected error: {type(error).__name__}: {error}"))
            return
        self._step("accepted", item)
        if self._outbox.mark_sent(item.id, self.worker_id, self._clock(), receipt.provider_id, receipt.answer):
            log.info("%s sent, provider id %s", where, receipt.provider_id or "—")
        else:
            log.warning("%s sent, but its claim had passed to another console", where)
        self._step("recorded", item)

    def _failed(self, item: OutboxItem, where: str, error: DeliveryError) -> None:
        answer = mask_numbers(error.answer)
        attempt = item.attempts + 1
        if error.permanent or attempt >= self._policy.attempts:
            self._outbox.mark_failed(item.id, self.worker_id, error.answer)
            log.error("%s failed after %d attempt(s): %s", where, attempt, answer)
            return
        delay = self._policy.delay(item.attempts, error.retry_after)
        self._outbox.mark_retry(item.id, self.worker_id, self._clock() + delay, error.answer)
        log.warning("%s not delivered (attempt %d), next in %ds: %s", where, attempt, delay.total_seconds(), answer)


class DeliveryLoop:
    """Runs a worker (and other periodic jobs, like the owners' summaries) on its own thread, never the UI's."""

    def __init__(
        self,
        worker: DeliveryWorker,
        *,
        interval: float = 10.0,
        jobs: Sequence[Callable[[], object]] = (),
        on_delivered: Callable[[], None] | None = None,
        prepare: Callable[[], None] | None = None,
    ) -> None:
        self.worker = worker
        self._prepare = prepare
        self._interval = interval
        self._jobs = list(jobs)
        self._on_delivered = on_delivered
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="delivery", daemon=True)
            self._thread.start()

    def wake(self) -> None:
        """Look at the outbox now (a call with a message was just saved)."""
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _run(self) -> None:
        if self._prepare is not None:
            try:
                self._prepare()
            except Exception:
                log.exception("the delivery channels could not be set up")
        while not self._stop.is_set():
            self._wake.clear()
            self.tick()
            self._wake.wait(self._interval)

    def tick(self) -> None:
        for job in self._jobs:
            try:
                job()
            except StorageUnavailableError as error:
                log.warning("periodic job skipped, the database is away: %s", error)
            except Exception:
                log.exception("periodic job failed")
        try:
            while not self._stop.is_set() and self.worker.run_once():
                if self._on_delivered:
                    self._on_delivered()
        except StorageUnavailableError as error:
            log.warning("delivery paused, the database is away: %s", error)
        except Exception:
            log.exception("delivery round failed")
