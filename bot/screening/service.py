"""The screening use cases that change an application after it was submitted: HR decides, HR
writes to the candidate, the candidate withdraws.

Each one is a single transaction: the conditional status change (``… WHERE status = ?``, so of
two HR members pressing at once exactly one wins) and its history row (with the message the
candidate is told); a note to HR rides the outbox in the same transaction. The outbox carries
messages to groups only, so the handler sends the candidate's message itself once the decision
is committed, and tells HR if it could not be delivered. Handlers call these and only render the
outcome.
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
    *,
    application_id: int,
    expected: ApplicationStatus,
    new: ApplicationStatus,
    hr: Actor,
    message_text: str,
    now: dt.datetime | None = None,
) -> Outcome:
    """Set the status HR chose if it is still ``expected`` and record who, when and what the
    candidate is told — all or nothing."""
    async with db.transaction() as tx:
        change = await desk.change_status(
            tx,
            application_id,
            expected=expected,
            new=new,
            changed_by=hr.id,
            changed_by_name=hr.name,
            message_text=message_text,
            now=now,
        )
        if change is not None:
            return Done(change)
    return await _why_not(desk, application_id)


async def write(desk: DeskRepo, *, application_id: int) -> Outcome:
    """HR writes to the candidate (the status stays): allowed while the application exists."""
    if await desk.status(application_id) is None:
        return Gone()
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
    """The candidate withdraws their own application (if it is still ``expected``); HR is told."""
    async with db.transaction() as tx:
        change = await desk.change_status(
            tx,
            application_id,
            expected=expected,
            new=new,
            changed_by=candidate.id,
            changed_by_name=candidate.name,
            owner=candidate.id,
            now=now,
        )
        if change is not None:
            if hr_chat is not None:
                await outbox.enqueue(hr_chat, hr_parts, application_id, tx=tx)
            return Done(change)
    return await _why_not(desk, application_id)


async def _why_not(desk: DeskRepo, application_id: int) -> Outcome:
    status = await desk.status(application_id)
    if status is None:
        return Gone()
    history = await desk.history(application_id)
    return Outdated(status, history[-1] if history else None)
