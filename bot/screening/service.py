"""The screening use cases that change an application after it was submitted: HR decides, HR
writes to the candidate, the candidate withdraws.

Each one is a single transaction, run as one job on the database's thread (``Database.atomic``,
one hop, no lock held across hops): the conditional status change (``… WHERE status = ?``, so of
two HR members pressing at once exactly one wins), its history row, and the message it sends,
queued in the outbox to be delivered once. Handlers call these and only render the outcome.
Storage types are imported for annotations only: this module needs no database to import.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.storage import (
        ApplicationStatus,
        Database,
        DeskRepo,
        OutboxRepo,
        StatusChange,
    )
    from bot.storage.desk import StatusAttempt


@dataclass(frozen=True)
class Done:
    """The change was made; ``change`` is its history row (None for a message only)."""

    change: StatusChange | None


@dataclass(frozen=True)
class Outdated:
    """Someone changed the status first: it is ``status`` now; ``last`` says who and when."""

    status: ApplicationStatus
    last: StatusChange | None


@dataclass(frozen=True)
class Gone:
    """The application no longer exists (the candidate erased their data)."""


Outcome = Done | Outdated | Gone


@dataclass(frozen=True)
class Actor:
    """Who acts: a Telegram user id and the name to show."""

    id: int
    name: str


async def decide(
    db: Database,
    desk: DeskRepo,
    outbox: OutboxRepo,
    *,
    application_id: int,
    expected: ApplicationStatus,
    new: ApplicationStatus,
    hr: Actor,
    message_text: str,
    message_parts: Sequence[dict[str, Any]],
    now: dt.datetime | None = None,
) -> Outcome:
    """Set the status HR chose if it is still ``expected``, record who and when, and queue the
    message to the candidate — all or nothing, in one job on the database's thread."""
    notify = outbox.prepare(None, message_parts, application_id, now=now, to_candidate=True)
    attempt = await desk.change_status_atomically(
        application_id,
        expected=expected,
        new=new,
        changed_by=hr.id,
        changed_by_name=hr.name,
        message_text=message_text,
        notify=notify,
        now=now,
    )
    return _outcome(attempt)


async def write(
    outbox: OutboxRepo,
    desk: DeskRepo,
    *,
    application_id: int,
    candidate_id: int,
    message_parts: Sequence[dict[str, Any]],
) -> Outcome:
    """Queue HR's message to the candidate (the status stays); Gone if the application is."""
    if await desk.status(application_id) is None:
        return Gone()
    await outbox.enqueue(candidate_id, message_parts, application_id, to_candidate=True)
    return Done(None)


async def withdraw(
    db: Database,
    desk: DeskRepo,
    outbox: OutboxRepo,
    *,
    application_id: int,
    candidate: Actor,
    expected: ApplicationStatus,
    new: ApplicationStatus,
    hr_chat: int | None,
    hr_parts: Sequence[dict[str, Any]],
    now: dt.datetime | None = None,
) -> Outcome:
    """The candidate withdraws their own application (if it is still ``expected``); HR is told.
    One job on the database's thread, like ``decide``."""
    notify = None
    if hr_chat is not None:
        notify = outbox.prepare(hr_chat, hr_parts, application_id, now=now)
    attempt = await desk.change_status_atomically(
        application_id,
        expected=expected,
        new=new,
        changed_by=candidate.id,
        changed_by_name=candidate.name,
        owner=candidate.id,
        notify=notify,
        now=now,
    )
    return _outcome(attempt)


def _outcome(attempt: StatusAttempt) -> Outcome:
    if attempt.change is not None:
        return Done(attempt.change)
    if attempt.status is None:
        return Gone()
    return Outdated(attempt.status, attempt.last)
