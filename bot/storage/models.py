"""What the repositories return: plain frozen dataclasses, never database rows."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any


class ApplicationStatus(StrEnum):
    """Where an application stands. Stored as text; adding a member needs no migration."""

    NEW = "new"
    """Submitted, no knockout answers."""
    FLAGGED = "flagged"
    """Submitted, at least one answer hit a knockout rule."""
    INVITED = "invited"
    """HR invited the candidate."""
    RESERVE = "reserve"
    """HR keeps the candidate in reserve."""
    REJECTED = "rejected"
    """HR declined the application."""
    WITHDRAWN = "withdrawn"
    """The candidate withdrew the application."""

    @property
    def undecided(self) -> bool:
        """Submitted and waiting for HR (``new`` or ``flagged``)."""
        return self in (ApplicationStatus.NEW, ApplicationStatus.FLAGGED)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A person who consented to apply or asked us to pass a question to HR."""

    user_id: int
    first_name: str
    last_name: str | None
    username: str | None
    language_code: str | None
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Consent:
    """One recorded consent to process personal data for a posting."""

    id: int
    user_id: int
    posting_slug: str
    consent_version: str
    given_at: datetime


@dataclass(frozen=True, slots=True)
class Answer:
    """One questionnaire answer, as submitted and as read back (in questionnaire order)."""

    question_id: str
    question_text: str
    answer_text: str
    """Display form, as shown to HR."""
    value: Any
    """Machine form; must be JSON-serializable (stored as JSON)."""
    knockout_reason: str | None = None
    """Why this answer disqualifies, or None."""


@dataclass(frozen=True, slots=True)
class Application:
    """A submitted application with its answers."""

    id: int
    user_id: int
    posting_slug: str
    posting_title: str
    status: ApplicationStatus
    consent_version: str
    consent_at: datetime
    started_at: datetime
    created_at: datetime
    """First submission."""
    submitted_at: datetime
    """Latest submission (later than ``created_at`` after an update)."""
    duration_seconds: int
    """How long the latest questionnaire run took (``submitted_at - started_at``)."""
    answers: tuple[Answer, ...] = field(default=())

    @property
    def knockouts(self) -> tuple[Answer, ...]:
        """The answers that hit a knockout rule."""
        return tuple(answer for answer in self.answers if answer.knockout_reason)


@dataclass(frozen=True, slots=True)
class ApplicationSummary:
    """One line of a candidate's ``/my`` list."""

    id: int
    posting_slug: str
    posting_title: str
    status: ApplicationStatus
    submitted_at: datetime


@dataclass(frozen=True, slots=True)
class StatusChange:
    """One change of an application's status: from what, to what, by whom, when."""

    id: int
    application_id: int
    user_id: int
    """The candidate."""
    old_status: ApplicationStatus
    new_status: ApplicationStatus
    changed_by: int | None
    """The HR member (or the candidate, on withdrawal); None once they erased their data."""
    changed_by_name: str | None
    changed_at: datetime
    message_text: str | None
    """What the candidate was told, if anything."""


@dataclass(frozen=True, slots=True)
class DeskRow:
    """One application in HR's list: enough for a line with status and flags."""

    id: int
    user_id: int
    posting_slug: str
    posting_title: str
    status: ApplicationStatus
    submitted_at: datetime
    flags: int
    """How many answers hit a knockout rule."""
    name: str | None
    """The candidate's first and last name, when we hold them."""


@dataclass(frozen=True, slots=True)
class AskedQuestion:
    """A question a candidate asked the bot about a posting."""

    id: int
    user_id: int
    posting_slug: str
    question_text: str
    answered: bool
    """Whether the bot answered it from the posting itself."""
    section: str | None
    asked_at: datetime
    hr_chat_id: int | None
    hr_message_id: int | None
    forwarded_at: datetime | None
    hr_reply_text: str | None
    replied_by: int | None
    replied_at: datetime | None


@dataclass(frozen=True, slots=True)
class UnansweredStat:
    """A question the postings don't cover, with how often candidates asked it."""

    posting_slug: str
    question_text: str
    """One of the asked wordings (they differ only in case and spacing)."""
    count: int
    last_asked_at: datetime


@dataclass(frozen=True, slots=True)
class Funnel:
    """How a posting converts: opens, distinct people who opened it, applications."""

    posting_slug: str
    views: int
    viewers: int
    applications: int


@dataclass(frozen=True, slots=True)
class OutboxItem:
    """A message (one or more parts) waiting to be delivered to a chat."""

    id: int
    chat_id: int
    parts: tuple[dict[str, Any], ...]
    """Each part is e.g. ``{"text": str, "entities": [{"type", "offset", "length", ...}]}``."""
    sent_parts: int
    """How many leading parts were already delivered; resume at ``parts[sent_parts]``."""
    application_id: int | None
    question_id: int | None
    attempts: int
    last_error: str | None
    created_at: datetime
    next_attempt_at: datetime
    to_candidate: bool = False
    """For the candidate's private chat; otherwise for an HR group, never a person."""

    @property
    def pending_parts(self) -> list[tuple[int, dict[str, Any]]]:
        """``(part_index, part)`` for every part still to send, in order."""
        return list(enumerate(self.parts))[self.sent_parts :]


@dataclass(frozen=True, slots=True)
class SentMessage:
    """A message the bot posted in an HR chat about a person (a summary part, a question)."""

    chat_id: int
    message_id: int
    sent_at: datetime


@dataclass(frozen=True, slots=True)
class Erasure:
    """What an erasure removed: rows per table, and the HR-chat messages about the person
    (which live in Telegram, not here: the caller deletes those that Telegram still allows)."""

    counts: dict[str, int]
    hr_messages: tuple[SentMessage, ...]


@dataclass(frozen=True, slots=True)
class ChannelPost:
    """A vacancy published to a channel: where it is, and what it said when last sent."""

    id: int
    chat_id: int
    message_id: int
    slug: str
    title: str
    lang: str
    text_hash: str
    closed: bool
    posted_at: datetime
    edited_at: datetime | None
    photo: bool = False
    """A photo post: its text is the caption (1024 characters at most)."""


@dataclass(frozen=True, slots=True)
class Subscription:
    """A candidate's wish to hear of new vacancies, narrowed to a city or a tag ('' when not)."""

    user_id: int
    city: str
    tag: str
    lang: str


@dataclass(frozen=True, slots=True)
class BroadcastItem:
    """One message of a broadcast, for one person."""

    id: int
    broadcast_id: int
    user_id: int
    slug: str
    lang: str
    attempts: int


@dataclass(frozen=True, slots=True)
class BroadcastProgress:
    """Where a broadcast stands: how many of its messages went, were refused, wait."""

    id: int
    slug: str
    status: str
    admin_chat_id: int | None
    progress_message_id: int | None
    total: int
    sent: int
    blocked: int
    failed: int
    waiting: int
    locale: str | None = None  # the admin's language, as the broadcast was started

    @property
    def finished(self) -> bool:
        return self.status != "running"
