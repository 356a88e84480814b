"""Free-text questions about a posting: answer from the posting, or hand over to HR and back."""

from __future__ import annotations

import datetime as dt
import logging

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramAPIError
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.answering import Answerer
from bot.config import Settings
from bot.filters import GROUPS, PRIVATE, ButtonOf, HasText, InState, IsReply, PlainText, Pressed
from bot.handlers.asking import answer_question, clean_question, prepare_answers
from bot.handlers.candidate import CURRENT
from bot.handlers.questionnaire import pause_chat
from bot.keyboards import (
    AboutCB,
    HandoverCB,
    PostingCB,
    answered_keyboard,
    handover_keyboard,
    which_posting_keyboard,
)
from bot.locales import LOCALES, pick_locale, t
from bot.outbox import OutboxWorker, rendered_to_part
from bot.postings import Catalog
from bot.postings.render import Rendered, split_rendered
from bot.routing import LeanRouter
from bot.screening.validation import plain_line
from bot.storage import AskedQuestion, CandidateRepo, OutboxRepo, QuestionRepo
from bot.storage.updates import after_update
from bot.telegram import answer_press, reply, send, show
from bot.views import Person, render_hr_question, render_hr_reply

log = logging.getLogger(__name__)
PENDING = "pending_question"  # FSM data key: a question waiting for «which vacancy?»
# One person passes at most this many questions to the HR chat in an hour; the rest wait.
HR_QUESTIONS_PER_HOUR = 5
HR_QUESTIONS_WINDOW = dt.timedelta(hours=1)


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.register(relay_hr_reply, GROUPS, IsReply(), HasText())
    router.message.register(hr_reply_not_text, GROUPS, IsReply(), ~HasText())
    private = LeanRouter(name=f"{__name__}.private")
    private.message.filter(PRIVATE)
    private.callback_query.filter(ButtonOf(PostingCB, AboutCB, HandoverCB))
    private.callback_query.register(prompt_question, Pressed(PostingCB, F.action == "ask"))
    private.callback_query.register(answer_pending, Pressed(AboutCB))
    private.callback_query.register(hand_over, Pressed(HandoverCB, F.action == "send"))
    private.callback_query.register(keep_question, Pressed(HandoverCB, F.action == "skip"))
    private.message.register(ask, InState(None), PlainText())
    router.include_router(private)
    return router


async def prompt_question(
    query: CallbackQuery,
    callback_data: PostingCB,
    bot: Bot,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    answerer: Answerer,
) -> None:
    """Invite the candidate to type a question about this posting (pausing a questionnaire,
    whose steps would otherwise take the question for an answer)."""
    posting = catalog.get(callback_data.slug)
    await answer_press(query)
    if posting is None:
        return
    if await state.get_state() is not None:
        await pause_chat(bot, query.from_user.id, state, locale)
    await state.update_data({CURRENT: posting.slug})
    prompt = Rendered(t(locale, "browse.ask_prompt", title=posting.title))
    await send(bot, query.from_user.id, prompt)
    prepare_answers(answerer, posting)


async def ask(
    message: Message,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
) -> None:
    """Answer a question about the posting the candidate is looking at, or ask which one."""
    text = clean_question(message.text or "")
    if not text:  # zero-width spaces, NUL…: nothing to answer, nothing to offer HR
        await reply(message, Rendered(t(locale, "questions.empty")))
        return
    data = await state.get_data()
    posting = catalog.get_open(data.get(CURRENT, ""))
    if posting is None:
        postings = catalog.open_postings()
        if len(postings) != 1:
            key = "questions.which_posting" if postings else "questions.no_postings"
            await state.update_data({PENDING: text})
            await reply(
                message,
                Rendered(t(locale, key)),
                which_posting_keyboard(postings) if postings else None,
            )
            return
        posting = postings[0]
        await state.update_data({CURRENT: posting.slug})
    user_id = message.from_user.id if message.from_user else message.chat.id
    await reply(
        message, *await answer_question(user_id, posting, text, locale, answerer, questions)
    )


async def answer_pending(
    query: CallbackQuery,
    callback_data: AboutCB,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
) -> None:
    """Answer the question that waited for a posting to be picked, in the picker's place."""
    await answer_press(query)
    posting = catalog.get(callback_data.slug)
    data = await state.get_data()
    pending = data.get(PENDING)
    if posting is None or not pending:
        return
    await state.update_data({CURRENT: posting.slug, PENDING: None})
    user_id = query.from_user.id
    await show(
        query, *await answer_question(user_id, posting, pending, locale, answerer, questions)
    )


async def hand_over(
    query: CallbackQuery,
    callback_data: HandoverCB,
    catalog: Catalog,
    settings: Settings,
    locale: str,
    questions: QuestionRepo,
    candidates: CandidateRepo,
    outbox: OutboxRepo,
    outbox_worker: OutboxWorker,
) -> None:
    """Queue the question for the HR chat; the outbox links its message, so HR's reply comes
    back."""
    question = await questions.get(callback_data.question_id)
    refusal = handover_refusal(question, query.from_user.id)
    await answer_press(query, t(locale, refusal) if refusal else None)
    if refusal or question is None:
        return
    if await too_many_for_hr(query.from_user.id, questions):
        notice = Rendered(t(locale, "limits.hr_questions", n=HR_QUESTIONS_PER_HOUR))
        await show(query, notice, handover_keyboard(question.id, locale))  # kept for later
        return
    posting = catalog.get(question.posting_slug)
    hr_chat = (posting.hr_chat if posting else None) or settings.hr_chat_id
    if posting is None or hr_chat is None:
        await show(query, Rendered(t(locale, "questions.no_hr_chat")), None)
        return
    user = query.from_user
    await candidates.upsert(
        user.id, user.first_name, user.last_name, user.username, user.language_code
    )
    person = Person(user.id, plain_line(user.full_name), user.username)
    rendered = render_hr_question(posting, person, question.question_text, posting.lang)
    parts = [rendered_to_part(part) for part in split_rendered(rendered)]
    item = outbox.prepare(hr_chat, parts, question_id=question.id, user_id=user.id)
    # Queued with the update's record: a redelivered press queues no second copy for HR.
    await questions.hand_over(question.id, hr_chat, item)
    after_update(outbox_worker.wake)  # the item exists once the update is committed
    await show(query, Rendered(t(locale, "questions.sent")), answered_keyboard(posting, locale))


def handover_refusal(question: AskedQuestion | None, user_id: int) -> str | None:
    """Why a «Передать» press passes nothing on (a locale key for its answer), or None."""
    if question is None or question.user_id != user_id:
        return "questions.stale"
    if not clean_question(question.question_text):  # stored blank before texts were cleaned
        return "questions.stale"
    if question.forwarded_at is not None:
        return "questions.already_sent"
    return None


async def too_many_for_hr(user_id: int, questions: QuestionRepo) -> bool:
    """Whether this person has passed the hour's share of questions to HR already."""
    since = dt.datetime.now(dt.UTC) - HR_QUESTIONS_WINDOW
    return await questions.count_forwarded_since(user_id, since) >= HR_QUESTIONS_PER_HOUR


async def keep_question(query: CallbackQuery, locale: str) -> None:
    """Leave the question with the bot."""
    await answer_press(query)
    await show(query, Rendered(t(locale, "questions.skipped")), None)


async def relay_hr_reply(
    message: Message,
    bot: Bot,
    catalog: Catalog,
    questions: QuestionRepo,
    candidates: CandidateRepo,
    settings: Settings,
) -> None:
    """Send HR's reply to a forwarded question back to the candidate."""
    replied = message.reply_to_message
    assert replied is not None and message.from_user is not None
    if not is_forwarded_question(replied, bot.id):
        return  # a reply to something else: HR are talking among themselves
    question = await replied_question(replied, questions)
    if question is None:  # its candidate has erased their data
        gone = Rendered(t(settings.default_locale, "questions.hr_question_gone"))
        await send(bot, message.chat.id, gone, reply_to=message.message_id)
        return
    await questions.set_hr_reply(question.id, message.text or "", message.from_user.id)
    candidate = await candidates.get(question.user_id)
    locale = pick_locale(candidate.language_code if candidate else None, settings.default_locale)
    rendered = render_hr_reply(question.question_text, message.text or "", locale)
    key = "questions.hr_delivered"
    try:
        await send(bot, question.user_id, rendered)
    except TelegramAPIError as error:
        log.warning("HR reply to question %s not delivered: %s", question.id, type(error).__name__)
        key = "questions.hr_not_delivered"
    posting = catalog.get(question.posting_slug)  # HR read a posting's messages in its language
    notice = Rendered(t(posting.lang if posting else settings.default_locale, key))
    await send(bot, message.chat.id, notice, reply_to=message.message_id)


async def replied_question(replied: Message, questions: QuestionRepo) -> AskedQuestion | None:
    """The question whose forwarded message HR replied to: stored under that (chat, message
    id), and that very question's text is in the message (an id alone may be a reused one)."""
    question = await questions.find_by_hr_message(replied.chat.id, replied.message_id)
    if question is None or question.question_text not in (replied.text or ""):
        return None
    return question


def is_forwarded_question(message: Message, bot_id: int) -> bool:
    """Whether ``message`` is one of ours that forwarded a question (it ends with the hint)."""
    if message.from_user is None or message.from_user.id != bot_id or not message.text:
        return False
    return any(message.text.endswith(t(locale, "questions.hr_hint")) for locale in LOCALES)


async def hr_reply_not_text(
    message: Message, bot: Bot, questions: QuestionRepo, settings: Settings
) -> None:
    """Tell HR that a sticker, photo or file replying to a question never reaches the candidate."""
    replied = message.reply_to_message
    assert replied is not None
    if not is_forwarded_question(replied, bot.id):
        return  # a reply to something else: HR are talking among themselves
    if await replied_question(replied, questions) is None:
        return  # a reply to something else: HR are talking among themselves
    notice = Rendered(t(settings.default_locale, "questions.hr_text_only"))
    await send(bot, message.chat.id, notice, reply_to=message.message_id)
