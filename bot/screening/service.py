"""The screening use cases that change an application after it was submitted: HR decides, HR
writes to the candidate, the candidate withdraws.

Each one is a single transaction: the conditional status change (``… WHERE status = ?``, so of
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
    message to the candidate — all or nothing."""
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
            await outbox.enqueue(
                change.user_id, message_parts, application_id, tx=tx, to_candidate=True
            )
            return Done(change)
    return await _why_not(desk, application_id)


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
