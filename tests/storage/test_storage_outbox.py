"""The outbox: due items, resuming at the first unsent part, postponement."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.storage import Database, EmptyMessageError, OutboxRepo, QuestionRepo
from tests.storage.conftest import INTEGRITY_ERRORS

T0 = datetime(2025, 3, 1, 9, 0, 0, tzinfo=UTC)
HR = -100500


def parts(count: int) -> list[dict[str, object]]:
    return [
        {
            "text": f"Часть {i}",
            "entities": [{"type": "text_link", "offset": 0, "length": 5, "url": "https://x.y"}],
        }
        for i in range(count)
    ]


async def test_enqueue_and_due_round_trip(db: Database) -> None:
    outbox = OutboxRepo(db)
    item_id = await outbox.enqueue(HR, parts(2), now=T0)
    assert await outbox.pending_count() == 1
    assert await outbox.due(T0 - timedelta(seconds=1)) == []
    (item,) = await outbox.due(T0)
    assert item.id == item_id
    assert item.chat_id == HR
    assert item.parts == tuple(parts(2))
    assert item.sent_parts == 0 and item.attempts == 0
    assert item.application_id is None and item.question_id is None
    assert [index for index, _ in item.pending_parts] == [0, 1]


async def test_empty_message_is_refused(db: Database) -> None:
    with pytest.raises(EmptyMessageError):
        await OutboxRepo(db).enqueue(HR, [])


async def test_resume_at_first_unsent_part(db: Database) -> None:
    outbox = OutboxRepo(db)
    item_id = await outbox.enqueue(HR, parts(3), now=T0)
    assert await outbox.mark_sent(item_id, 0)
    # A crash here: the next fetch resumes at part 1, never resending part 0.
    (item,) = await outbox.due(T0)
    assert item.sent_parts == 1
    assert [index for index, _ in item.pending_parts] == [1, 2]
    assert item.pending_parts[0][1]["text"] == "Часть 1"

    assert not await outbox.mark_sent(item_id, 0)  # repeated: no effect
    assert not await outbox.mark_sent(item_id, 2)  # out of order: no effect
    (item,) = await outbox.due(T0)
    assert item.sent_parts == 1

    assert await outbox.mark_sent(item_id, 1)
    assert await outbox.pending_count() == 1
    assert await outbox.mark_sent(item_id, 2)
    assert await outbox.pending_count() == 0
    assert await outbox.due(T0 + timedelta(days=1)) == []
    assert not await outbox.mark_sent(item_id, 3)
    row = await db.fetchone("SELECT status, sent_at FROM outbox WHERE id = ?", (item_id,))
    assert row is not None and row["status"] == "sent" and row["sent_at"] is not None


async def test_postpone_counts_attempts_and_delays(db: Database) -> None:
    outbox = OutboxRepo(db)
    item_id = await outbox.enqueue(HR, parts(1), now=T0)
    retry_at = T0 + timedelta(seconds=30)
    assert await outbox.postpone(item_id, retry_at, "TelegramRetryAfter")
    assert await outbox.due(T0 + timedelta(seconds=29)) == []
    (item,) = await outbox.due(retry_at)
    assert item.attempts == 1
    assert item.last_error == "TelegramRetryAfter"
    assert item.next_attempt_at == retry_at

    assert await outbox.postpone(item_id, retry_at + timedelta(minutes=1), "x" * 2000)
    (item,) = await outbox.due(retry_at + timedelta(minutes=1))
    assert item.attempts == 2
    assert item.last_error is not None and len(item.last_error) == 500
    assert await outbox.pending_count() == 1


async def test_fail_gives_up(db: Database) -> None:
    outbox = OutboxRepo(db)
    item_id = await outbox.enqueue(HR, parts(1), now=T0)
    assert await outbox.fail(item_id, "chat not found")
    assert await outbox.pending_count() == 0
    assert await outbox.due(T0 + timedelta(days=1)) == []
    assert not await outbox.postpone(item_id, T0, "late")
    assert not await outbox.mark_sent(item_id, 0)


async def test_due_orders_by_time_and_limits(db: Database) -> None:
    outbox = OutboxRepo(db)
    late = await outbox.enqueue(HR, parts(1), now=T0 + timedelta(seconds=2))
    early = await outbox.enqueue(HR, parts(1), now=T0)
    middle = await outbox.enqueue(HR, parts(1), now=T0 + timedelta(seconds=1))
    due = await outbox.due(T0 + timedelta(minutes=1), limit=2)
    assert [item.id for item in due] == [early, middle]
    everything = await outbox.due(T0 + timedelta(minutes=1))
    assert [item.id for item in everything] == [early, middle, late]


async def test_item_of_unknown_application_is_refused(db: Database) -> None:
    with pytest.raises(INTEGRITY_ERRORS):
        await OutboxRepo(db).enqueue(HR, parts(1), application_id=12345)


async def test_a_question_handed_over_is_linked_to_its_message_when_its_last_part_is_sent(
    db: Database,
) -> None:
    questions, outbox = QuestionRepo(db), OutboxRepo(db)
    asked = await questions.add(42, "seed", "Можно с собакой?", answered=False, asked_at=T0)
    item = outbox.prepare(HR, parts(2), question_id=asked, user_id=42, now=T0)
    await questions.hand_over(asked, HR, item, now=T0)  # outside an update: at once, together
    question = await questions.get(asked)
    assert question is not None and question.forwarded_at == T0 and question.hr_message_id is None
    (queued,) = await outbox.due(T0)
    assert queued.question_id == asked and queued.chat_id == HR
    assert await outbox.mark_sent(queued.id, 0, message_id=70)
    assert await questions.find_by_hr_message(HR, 70) is None  # a first part: not the reply's
    assert await outbox.mark_sent(queued.id, 1, message_id=71)
    found = await questions.find_by_hr_message(HR, 71)
    assert found is not None and found.id == asked
    assert not await outbox.mark_sent(queued.id, 1, message_id=72)  # again: nothing changes
    assert await questions.find_by_hr_message(HR, 72) is None
