"""Answering a candidate's free-text question from a posting: shared by the questions router
(a question asked while browsing) and the questionnaire (a question typed where an answer was
due)."""

from __future__ import annotations

import asyncio
import gc
import weakref

from aiogram.types import InlineKeyboardMarkup

from bot.answering import Answer, Answerer
from bot.keyboards import answered_keyboard, handover_keyboard
from bot.locales import t
from bot.memo import PostingMemo
from bot.postings import Posting
from bot.postings.render import Rendered
from bot.screening.validation import clean_text
from bot.storage import QuestionRepo
from bot.storage.updates import after_update
from bot.views import render_answer

MAX_QUESTION = 1000
ANSWERS_KEPT = 64
"""The most answers remembered per posting (``answer_of``), the oldest let go first."""

_answers: weakref.WeakKeyDictionary[Answerer, PostingMemo] = weakref.WeakKeyDictionary()


def clean_question(raw: str) -> str:
    """The question as stored and shown to HR: NFC, no invisible or control characters,
    whitespace tidied, at most ``MAX_QUESTION`` characters; "" when nothing visible is left."""
    return clean_text(raw[: MAX_QUESTION * 2])[:MAX_QUESTION]


def keep_out_of_full_collections() -> None:
    """Freeze what is alive now, as start-up's heap is: called when a question built its
    posting's index, which lives as long as the posting.

    Indexes built after start-up would otherwise be walked by every full garbage collection:
    with a thousand postings asked about, one took 100–200 ms, and no update was handled
    meanwhile. Freezing is cheap (the young generations are linked in, nothing is walked), and
    the bot leaves no cyclic garbage to be frozen with them (none after 2,400 questionnaire
    updates); indexes of postings a reload replaces are still freed by reference counting.
    """
    gc.freeze()


def prepare_answers(answerer: Answerer, posting: Posting) -> None:
    """Build the posting's index for the candidate's questions on it once this update is
    committed, in a callback of its own on the event loop: the first question finds it built.

    Not in a thread: building holds the GIL throughout (0.5–2 ms), so the loop would wait for
    it all the same, with two threads sharing the builder's caches. Nothing when it is built
    already, or the engine is still loading (the first question waits for that anyway)."""
    if not answerer.ready or answerer.has_index(posting):
        return
    loop = asyncio.get_running_loop()

    def soon() -> None:
        loop.call_soon(_prepare, answerer, posting)

    after_update(soon)


def _prepare(answerer: Answerer, posting: Posting) -> None:
    if answerer.prepare(posting):
        keep_out_of_full_collections()


def answer_of(answerer: Answerer, posting: Posting, text: str, locale: str) -> Answer:
    """``answerer.answer(posting, text, locale)``, remembered: a posting's candidates ask the
    same questions in the same words («Какой график работы?»), and an answer is a function of
    the engine, the posting object (a reload that changes the file makes a new one) and the
    words (0.3–0.4 ms of CPU each on the sample posting; a remembered one, a dict look-up).
    Kept per engine and posting object, as long as both live, ``ANSWERS_KEPT`` per posting."""
    memo = _answers.get(answerer)
    if memo is None:
        memo = _answers[answerer] = PostingMemo()
    kept = memo.values(posting)
    key = (text, locale)
    answer = kept.get(key)
    if answer is None:
        answer = kept[key] = answerer.answer(posting, text, locale)
        if len(kept) > ANSWERS_KEPT:
            del kept[next(iter(kept))]
    return answer


async def engine_ready(answerer: Answerer) -> None:
    """Wait, off the event loop, for the answering engine the bot loads in the background at
    start (``load_engine``); at once when it is loaded."""
    if not answerer.ready:
        await asyncio.to_thread(answerer.load)


async def answer_question(
    user_id: int,
    posting: Posting,
    text: str,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
    *,
    in_questionnaire: bool = False,
) -> tuple[Rendered, InlineKeyboardMarkup | None]:
    """Answer ``text`` (a cleaned question) from the posting and store it; the reply and its
    buttons: «Передать» when the posting does not say; during the questionnaire no other
    buttons, since the pending question follows."""
    if not text:  # blank, zero-width or control characters only: nothing to answer or pass on
        return Rendered(t(locale, "questions.empty")), None
    await engine_ready(answerer)
    indexed = answerer.indexed
    answer = answer_of(answerer, posting, text, locale)
    if answerer.indexed > indexed:
        keep_out_of_full_collections()
    follow_up = None if in_questionnaire else answered_keyboard(posting, locale)
    if answer.small_talk:  # «привет» is not a question for HR, nor one the posting misses
        return Rendered(answer.text), follow_up
    if answer.answered:  # no «Передать», so no id: stored with the update, the reply first
        await questions.record(user_id, posting.slug, text, True, answer.section)
        return render_answer(answer.text), follow_up
    question_id = await questions.add(user_id, posting.slug, text, False, answer.section)
    return render_answer(answer.text), handover_keyboard(question_id, locale)
