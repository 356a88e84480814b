"""The screening questionnaire in the chat: consent, one question at a time, review, submit.

The ``Draft`` (``bot.screening``) lives in FSM data as JSON under ``draft`` (kept as an object by
the storage beside it: ``get_record``, ``put_record``); the FSM state says which screen is
showing. Buttons carry the question id they belong to, so a double tap or an old keyboard changes
nothing. Contact and phone questions use a reply keyboard («Поделиться номером»,
with «Назад» / «Пропустить» as its text buttons); it is removed as soon as the question is left.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from contextlib import suppress
from dataclasses import dataclass

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command
from aiogram.fsm.context import FSMContext
from aiogram.fsm.state import State, StatesGroup
from aiogram.types import (
    CallbackQuery,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    User,
)

from bot.answering import Answerer
from bot.config import Settings
from bot.filters import (
    PRIVATE,
    ButtonOf,
    CommandLike,
    HasContact,
    HasText,
    InState,
    PlainText,
    Pressed,
    SlashText,
)
from bot.handlers.asking import answer_question, clean_question
from bot.keyboards import (
    AnswerCB,
    ConsentCB,
    PostingCB,
    ReapplyCB,
    ReviewCB,
    back_to_posting_keyboard,
    card_keyboard,
    consent_keyboard,
    contact_keyboard,
    edit_pick_keyboard,
    question_keyboard,
    reapply_keyboard,
    remove_keyboard,
    review_keyboard,
    summary_markup,
)
from bot.locales import t
from bot.memo import per_posting
from bot.outbox import OutboxWorker, rendered_to_part, with_markup
from bot.postings import Catalog, Posting
from bot.postings.models import Question, QuestionType
from bot.postings.render import Rendered, TextBuilder
from bot.routing import LeanRouter
from bot.screening import (
    AskedQuestion,
    Draft,
    Invalid,
    KnockoutHit,
    Outcome,
    SummaryInput,
    choice_by_index,
    contact_from_shared,
    display_value,
    knockout_reason,
    looks_like_question,
    multichoice_from_indices,
    questionnaire_for,
    render_hr_summary,
    render_knockout_notice,
    render_question,
    render_review,
    validate_answer,
    yesno_answer,
)
from bot.storage import (
    Answer,
    ApplicationRepo,
    ApplicationSummary,
    CandidateRepo,
    ConsentRepo,
    QuestionRepo,
    Submission,
)
from bot.storage.applications import SubmitContext, SummaryOf
from bot.storage.fsm import get_record, put_record
from bot.storage.updates import queued_together
from bot.telegram import Markup, answer_press, bot_of, drop_markup, reply, send, show
from bot.views import render_card

log = logging.getLogger(__name__)

DRAFT = "draft"  # FSM data key: the Draft as JSON
REPLY_KEYBOARD_TYPES = (QuestionType.CONTACT, QuestionType.PHONE)


class Screening(StatesGroup):
    """Which questionnaire screen the candidate is on (drawn in bot/screening/README.md)."""

    consent = State()
    answering = State()
    review = State()


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE)
    router.callback_query.filter(ButtonOf(PostingCB, ReapplyCB, ConsentCB, AnswerCB, ReviewCB))
    # First the press made most often: each kind has its own prefix, so the order changes
    # only how many filters an answer's press is offered to before its own.
    router.callback_query.register(answer_button, Pressed(AnswerCB))
    router.callback_query.register(apply, Pressed(PostingCB, F.action == "apply"))
    router.callback_query.register(reapply, Pressed(ReapplyCB))
    router.callback_query.register(consent_given, Pressed(ConsentCB, F.action == "yes"))
    router.callback_query.register(consent_declined, Pressed(ConsentCB, F.action == "no"))
    router.callback_query.register(submit, Pressed(ReviewCB, F.action == "submit"))
    router.callback_query.register(review_button, Pressed(ReviewCB))
    # A typed answer is offered to ``pause`` first: one comparison refuses it (CommandLike)
    # before aiogram's Command parses the text and raises to say it is no command.
    router.message.register(pause, CommandLike(), InState(Screening), Command("cancel"))
    answering = InState(Screening.answering)
    router.message.register(answer_text, answering, PlainText())
    router.message.register(answer_contact, answering, HasContact())
    router.message.register(not_text, answering, ~HasText())
    waiting = InState(Screening.consent, Screening.review)
    router.message.register(use_buttons, waiting, ~SlashText())
    return router


# --- the flow's state -------------------------------------------------------------------------


@dataclass
class Step:
    """The posting, its questionnaire in the candidate's language, and the draft."""

    posting: Posting
    questions: tuple[Question, ...]
    draft: Draft

    @property
    def question(self) -> Question | None:
        return self.draft.current_question(self.questions)

    @property
    def uses_reply_keyboard(self) -> bool:
        question = self.question
        return question is not None and question.type in REPLY_KEYBOARD_TYPES


async def load_step(state: FSMContext, catalog: Catalog, locale: str) -> Step | None:
    """The draft in progress, if it still fits an open posting's questionnaire."""
    try:
        draft = await get_record(state, DRAFT, Draft)
    except ValueError:
        return None
    if draft is None:
        return None
    posting = catalog.get_open(draft.slug)
    if posting is None:
        return None
    questions = questionnaire_for(posting, locale)
    return Step(posting, questions, draft) if draft.matches(posting.slug, questions) else None


async def save_step(state: FSMContext, step: Step, raw_state: str | None) -> None:
    """Store the draft and put the FSM on the screen it shows."""
    target = Screening.review if step.draft.at_review else Screening.answering
    if raw_state == target.state:
        await put_record(state, DRAFT, step.draft)
    else:  # two writes to different columns, queued together: one wait for the database
        await queued_together(put_record(state, DRAFT, step.draft), state.set_state(target))


@per_posting
def question_screen(
    posting: Posting, question: Question, n: int, total: int, locale: str
) -> Rendered:
    """A question of ``posting``'s questionnaire not answered yet: the same screen for every
    candidate, built once per posting, so that a reload that replaces the posting lets it go."""
    return render_question(question, n, total, locale)


def render_step(
    step: Step, locale: str, notice: str | None = None
) -> tuple[Rendered, Markup | None]:
    """The current screen (a question or the review), with ``notice`` above it."""
    draft = step.draft
    question = step.question
    if question is None:
        rendered = render_review(step.questions, draft, locale)
        markup: Markup | None = review_keyboard(locale)
    else:
        n, total = draft.progress()
        answer = draft.answers.get(question.id)
        current = answer["display"] if answer else None
        if current:  # a candidate's own answer: never kept
            rendered = render_question(question, n, total, locale, current=current)
        else:
            rendered = question_screen(step.posting, question, n, total, locale)
        back = draft.editing or draft.index > 0
        posting = step.posting
        if question.type in REPLY_KEYBOARD_TYPES:
            markup = contact_keyboard(posting, question, locale, can_go_back=back)
        else:
            multi = question.type == QuestionType.MULTICHOICE
            ticked = draft.ticked(question) if multi else []
            markup = question_keyboard(posting, question, locale, ticked=ticked, can_go_back=back)
    if notice:
        rendered = TextBuilder().add(notice).newline(2).add_rendered(rendered).build()
    return rendered, markup


async def present(query: CallbackQuery, rendered: Rendered, markup: Markup | None) -> None:
    """Show a screen in place of the pressed message (a reply keyboard needs a new one)."""
    if isinstance(markup, ReplyKeyboardMarkup | ReplyKeyboardRemove):
        await send(bot_of(query), query.from_user.id, rendered, markup)
    else:
        await show(query, rendered, markup)


async def move_on(message: Message, step: Step, locale: str, left_reply: bool, ack: str) -> None:
    """After a typed answer: close the reply keyboard if its question was left, show the next."""
    rendered, markup = render_step(step, locale)
    if left_reply and not isinstance(markup, ReplyKeyboardMarkup):
        await reply(message, Rendered(ack), remove_keyboard())
    await reply(message, rendered, markup)


async def lost(message: Message, state: FSMContext, locale: str) -> None:
    """The draft no longer fits (posting closed or its questionnaire changed): leave the flow."""
    await state.set_state(None)
    await reply(message, Rendered(t(locale, "screening.lost")), remove_keyboard())


# --- starting -----------------------------------------------------------------------------------


async def apply(
    query: CallbackQuery,
    callback_data: PostingCB,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    applications: ApplicationRepo,
    settings: Settings,
) -> None:
    """Start the questionnaire: resume a draft, offer to update an application, or ask consent."""
    posting = catalog.get_open(callback_data.slug)
    if posting is None:
        await answer_press(query, t(locale, "screening.gone"))
        return
    step = await load_step(state, catalog, locale)
    if step is not None and step.posting.slug == posting.slug and step.draft.has_consent:
        await save_step(state, step, None)
        await answer_press(query)
        await present(query, *render_step(step, locale, t(locale, "screening.resumed")))
        return
    existing = await applications.summary_for(query.from_user.id, posting.slug)
    await answer_press(query)
    if existing is not None:
        await show(query, render_already(existing, locale), reapply_keyboard(posting.slug, locale))
        return
    other = step.posting.title if step is not None and step.draft.has_consent else None
    await ask_consent(query, posting, state, locale, settings.retention_days, replacing=other)


def consent_version(locale: str, days: int) -> str:
    """The consent's text version and the retention term it names («2026-12-ru-2-180d»)."""
    return f"{t(locale, 'screening.consent.version')}-{days}d"


def render_already(application: ApplicationSummary, locale: str) -> Rendered:
    """«Вы уже откликались…», the status, and the offer to update."""
    date = application.submitted_at.strftime("%d.%m.%Y")
    status = t(locale, f"screening.status.{application.status.value}")
    text = t(
        locale, "screening.already.text", title=application.posting_title, date=date, status=status
    )
    return TextBuilder().add(text).newline(2).add(t(locale, "screening.already.offer")).build()


async def ask_consent(
    query: CallbackQuery,
    posting: Posting,
    state: FSMContext,
    locale: str,
    days: int,
    replacing: str | None = None,
) -> None:
    """Show the versioned consent text, how long the data is kept, «Согласен» / «Не согласен»."""
    await state.set_state(Screening.consent)
    text = TextBuilder().add(t(locale, "screening.consent.title"), "bold").newline(2)
    text.add(t(locale, "screening.consent.text", title=posting.title))
    text.newline(2).add(t(locale, "screening.consent.retention", days=days))
    if replacing is not None:  # one draft at a time: say so before the other one is replaced
        text.newline(2).add(t(locale, "screening.consent.replaces", title=replacing), "italic")
    await show(query, text.build(), consent_keyboard(posting.slug, locale))


async def reapply(
    query: CallbackQuery,
    callback_data: ReapplyCB,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    settings: Settings,
) -> None:
    """Already applied: start again to update the answers, or keep the application."""
    posting = catalog.get_open(callback_data.slug)
    await answer_press(query)
    if posting is None:
        return
    if callback_data.action == "update":
        await ask_consent(query, posting, state, locale, settings.retention_days)
        return
    kept = Rendered(t(locale, "screening.already.kept"))
    await show(query, kept, back_to_posting_keyboard(posting.slug, locale))


async def consent_given(
    query: CallbackQuery,
    callback_data: ConsentCB,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
    consents: ConsentRepo,
    settings: Settings,
) -> None:
    """Record the consent (version and time) and ask the first question."""
    posting = catalog.get_open(callback_data.slug)
    await answer_press(query)
    if posting is None:
        return
    if not await may_consent(state, raw_state, posting):
        return  # a second tap, or an old consent screen over a draft under way
    now = dt.datetime.now(dt.UTC)
    version = consent_version(locale, settings.retention_days)
    questions = questionnaire_for(posting, locale)
    draft = Draft.start(posting.slug, questions, now=now, consent_version=version)
    await consents.give(query.from_user.id, posting.slug, version, given_at=now)
    step = Step(posting, questions, draft)
    await save_step(state, step, raw_state)
    await present(query, *render_step(step, locale))


async def may_consent(state: FSMContext, raw_state: str | None, posting: Posting) -> bool:
    """On the consent screen; or on one left by a command, unless a draft of that posting is
    under way («Откликнуться» resumes it; an old «Согласен» must not start it over)."""
    if raw_state == Screening.consent.state:
        return True
    if raw_state is not None:
        return False
    draft = (await state.get_data()).get(DRAFT) or {}
    return not (draft.get("slug") == posting.slug and draft.get("consent_at"))


async def consent_declined(
    query: CallbackQuery,
    callback_data: ConsentCB,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
) -> None:
    """Store nothing and return to the posting's card."""
    if raw_state == Screening.consent.state:
        await state.set_state(None)
    await answer_press(query, t(locale, "screening.consent.declined"))
    posting = catalog.get_open(callback_data.slug)
    if posting is not None:
        markup = card_keyboard(posting, locale, show_list=catalog.open_count() > 1)
        await show(query, render_card(posting, locale), markup)


async def pause(message: Message, state: FSMContext, locale: str) -> None:
    """Leave the questionnaire; the draft stays, «Откликнуться» continues it."""
    await pause_chat(bot_of(message), message.chat.id, state, locale)


async def pause_chat(bot: Bot, chat_id: int, state: FSMContext, locale: str) -> None:
    """Leave the questionnaire and say so: answers kept, or (on the consent screen) none begun."""
    on_consent = await state.get_state() == Screening.consent.state
    await state.set_state(None)
    key = "screening.consent.declined" if on_consent else "screening.paused"
    await send(bot, chat_id, Rendered(t(locale, key)), remove_keyboard())


# --- answering ----------------------------------------------------------------------------------


async def answer_text(
    message: Message,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
) -> None:
    """Take a typed message as the answer to the current question (or a reply-keyboard button);
    a question typed instead is answered, and the pending question asked again."""
    step = await load_step(state, catalog, locale)
    question = step.question if step else None
    if step is None or question is None:
        await lost(message, state, locale)
        return
    left_reply = step.uses_reply_keyboard
    text = (message.text or "").strip()
    ack = t(locale, "screening.ok")
    if looks_like_question(text):  # answer it, then ask the pending question again
        await answer_aside(message, step.posting, text, locale, answerer, questions)
        await reply(message, *render_step(step, locale, t(locale, "screening.back_to_question")))
        return
    if not (left_reply and keyboard_action(step.draft, question, text, locale)):
        outcome = validate_answer(question, text, locale)
        if isinstance(outcome, Invalid):
            await reply(message, *render_step(step, locale, outcome.message))
            return
        step.draft.answer(question.id, outcome)
        ack = t(locale, "screening.accepted", answer=outcome.display)
    await save_step(state, step, raw_state)
    await move_on(message, step, locale, left_reply, ack)


async def answer_aside(
    message: Message,
    posting: Posting,
    text: str,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
) -> None:
    """Answer a question typed where an answer or a button press was due: from the posting,
    or offer to pass it to HR. The draft does not change."""
    user_id = message.from_user.id if message.from_user else message.chat.id
    rendered, markup = await answer_question(
        user_id, posting, clean_question(text), locale, answerer, questions, in_questionnaire=True
    )
    await reply(message, rendered, markup)


def keyboard_action(draft: Draft, question: Question, text: str, locale: str) -> bool:
    """Apply «Назад» / «Пропустить» typed by the reply keyboard; False when it is not one."""
    if text == t(locale, "screening.button.back"):
        return draft.back(question.id)
    if text == t(locale, "screening.button.skip"):
        return draft.skip(question.id)
    return False


async def answer_contact(
    message: Message, catalog: Catalog, state: FSMContext, raw_state: str | None, locale: str
) -> None:
    """Take a shared contact (the person's own) as the answer to a contact or phone question."""
    step = await load_step(state, catalog, locale)
    if step is None or step.question is None:
        await lost(message, state, locale)
        return
    question = step.question
    contact = message.contact
    assert contact is not None and message.from_user is not None
    outcome: Outcome = Invalid(t(locale, "screening.invalid.not_text"))
    if question.type in REPLY_KEYBOARD_TYPES:
        outcome = Invalid(t(locale, "screening.contact_not_own"))
        if contact.user_id == message.from_user.id:
            outcome = contact_from_shared(contact.phone_number, locale)
    if isinstance(outcome, Invalid):
        await reply(message, *render_step(step, locale, outcome.message))
        return
    step.draft.answer(question.id, outcome)
    await save_step(state, step, raw_state)
    ack = t(locale, "screening.accepted", answer=outcome.display)
    await move_on(message, step, locale, True, ack)


async def not_text(message: Message, catalog: Catalog, state: FSMContext, locale: str) -> None:
    """Answer a sticker, photo or voice during a question with a hint and the question again."""
    step = await load_step(state, catalog, locale)
    if step is None or step.question is None:
        await lost(message, state, locale)
        return
    await reply(message, *render_step(step, locale, t(locale, "screening.invalid.not_text")))


async def use_buttons(
    message: Message,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
    answerer: Answerer,
    questions: QuestionRepo,
) -> None:
    """Point to the buttons of the consent and review screens; on the review (consent given),
    answer a question typed there first. Before consent nothing typed is stored."""
    text = message.text or ""
    if raw_state == Screening.review.state and looks_like_question(text):
        step = await load_step(state, catalog, locale)
        if step is not None:
            await answer_aside(message, step.posting, text, locale, answerer, questions)
    await reply(message, Rendered(t(locale, "screening.use_buttons")))


# Which answer buttons each question type draws; «Назад» and «Пропустить» fit every type.
BUTTON_ACTIONS = {
    QuestionType.CHOICE: frozenset("c"),
    QuestionType.MULTICHOICE: frozenset("td"),
    QuestionType.YESNO: frozenset("yn"),
}


def apply_button(draft: Draft, question: Question, cb: AnswerCB, locale: str) -> Outcome | bool:
    """Apply a question's button to the draft: True or a ``Valid`` when it moved, False when
    nothing changed (a button the question never had), an ``Invalid`` to stay and explain."""
    action = cb.action
    if action not in BUTTON_ACTIONS.get(question.type, frozenset()) | {"b", "s"}:
        return False
    if action == "t":
        return draft.toggle(question, cb.i)
    if action == "s":
        return draft.skip(question.id)
    if action == "b":
        return draft.back(question.id)
    if action == "c":
        outcome = choice_by_index(question, cb.i, locale)
    elif action in ("y", "n"):
        outcome = yesno_answer(action == "y", locale)
    else:  # "d": multichoice done
        outcome = multichoice_from_indices(question, draft.ticked(question), locale)
    if not isinstance(outcome, Invalid):
        draft.answer(question.id, outcome)
    return outcome


async def answer_button(
    query: CallbackQuery,
    callback_data: AnswerCB,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
) -> None:
    """Apply a question's button (option, toggle, done, yes/no, skip, back); show what's next."""
    step = await load_step(state, catalog, locale)
    question = step.question if step else None
    if step is None or question is None or question.id != callback_data.qid:
        await answer_press(query)  # a double tap or an old keyboard: nothing changes
        return
    outcome = apply_button(step.draft, question, callback_data, locale)
    if outcome is False:
        await answer_press(query)  # a made-up button, or «Назад» on the first question
        return
    if isinstance(outcome, Invalid):
        await answer_press(query, outcome.message, show_alert=True)
        return
    await save_step(state, step, raw_state)
    await answer_press(query)
    await present(query, *render_step(step, locale))


async def review_button(
    query: CallbackQuery,
    callback_data: ReviewCB,
    catalog: Catalog,
    state: FSMContext,
    raw_state: str | None,
    locale: str,
) -> None:
    """On the review: pick a question to change, re-ask it, go back, or show the review again."""
    step = await load_step(state, catalog, locale)
    await answer_press(query)
    if step is None or not step.draft.at_review:
        return
    action = callback_data.action
    if action == "change":
        picker = edit_pick_keyboard(step.posting, step.questions, locale)
        await show(query, Rendered(t(locale, "screening.edit_pick")), picker)
        return
    if action == "edit":
        step.draft.edit(callback_data.qid)
    elif action == "back":
        step.draft.back()
    await save_step(state, step, raw_state)
    await present(query, *render_step(step, locale))


# --- submitting ---------------------------------------------------------------------------------


async def submit(
    query: CallbackQuery,
    bot: Bot,
    catalog: Catalog,
    state: FSMContext,
    locale: str,
    settings: Settings,
    applications: ApplicationRepo,
    candidates: CandidateRepo,
    outbox_worker: OutboxWorker,
) -> None:
    """Commit the application with its HR summary, tell the candidate what happens next."""
    step = await load_step(state, catalog, locale)
    if step is None or not step.draft.can_submit:
        await answer_press(query)  # a second tap: the first one already sent it
        return
    user, posting = query.from_user, step.posting
    answers = hr_answers(posting, step.draft)
    # Committed with this update's record.
    await candidates.refresh(
        user.id, user.first_name, user.last_name, user.username, user.language_code
    )
    hr_chat = posting.hr_chat or settings.hr_chat_id

    def summary(found: SubmitContext) -> list[dict[str, object]]:
        plan = found.plan
        shown = summary_input(step, plan.application_id, plan.updated, user, found, answers)
        parts = [rendered_to_part(part) for part in render_hr_summary(shown)]
        # HR's decision buttons ride the last part (the status the submit stores).
        status = "flagged" if any(a.knockout_reason for a in answers) else "new"
        buttons = summary_markup(plan.application_id, status, posting.lang)
        return [*parts[:-1], with_markup(parts[-1], buttons)]

    # The application and its summary are committed together, as one job on the database's
    # thread that also reads what the summary shows and renders it there; the same run
    # submitted again (a second tap after a crash) stores nothing new.
    done = await store_application(step, user.id, applications, answers, hr_chat, summary)
    if hr_chat is None:
        log.warning("application %s: no HR chat, summary not queued", done.application.id)
    outbox_worker.wake()  # delivery is the worker's job: this candidate never waits for it
    await answer_press(query)
    reasons = [a.knockout_reason for a in done.application.knockouts if a.knockout_reason]
    # The review loses its buttons while the confirmation goes: the candidate waits for one
    # round trip to Telegram, not for two one after the other.
    dropping = asyncio.ensure_future(drop_buttons(query))
    try:
        await send(bot, user.id, render_submitted(reasons, done.updated, locale))
    finally:
        await dropping
    # Last: until the candidate was told, a second tap finds the form and confirms again.
    await queued_together(state.update_data({DRAFT: None}), state.set_state(None))


async def drop_buttons(query: CallbackQuery) -> None:
    """Take the buttons off the pressed message, where Telegram still allows it."""
    if isinstance(query.message, Message):
        with suppress(TelegramBadRequest):
            await drop_markup(query.message)


def hr_answers(posting: Posting, draft: Draft) -> list[Answer]:
    """The draft's answers as stored: question texts and display in the posting's language."""
    answers = []
    for question in questionnaire_for(posting, posting.lang):
        answer = draft.answers.get(question.id)
        if answer is None:
            continue
        value = answer["value"]
        shown = display_value(question, value, answer["display"], posting.lang)
        reason = knockout_reason(question, value)
        answers.append(Answer(question.id, question.text, shown, value, reason))
    return answers


async def store_application(
    step: Step,
    user_id: int,
    applications: ApplicationRepo,
    answers: list[Answer],
    hr_chat: int | None,
    summary: SummaryOf,
) -> Submission:
    """Store the application (or update the earlier one) with its HR summary for ``hr_chat``."""
    draft, posting = step.draft, step.posting
    assert draft.consent_version is not None and draft.consent_at is not None
    return await applications.submit_reading(
        user_id=user_id,
        posting_slug=posting.slug,
        posting_title=posting.title,
        consent_version=draft.consent_version,
        consent_at=dt.datetime.fromisoformat(draft.consent_at),
        started_at=started_at(draft),
        answers=answers,
        hr_chat=hr_chat,
        summary=summary,
    )


def started_at(draft: Draft) -> dt.datetime:
    """When this questionnaire run began: it tells one run's submits from another's."""
    return dt.datetime.fromisoformat(draft.started_at)


def summary_input(
    step: Step,
    application_id: int,
    updated: bool,
    user: User,
    found: SubmitContext,
    answers: list[Answer],
) -> SummaryInput:
    """What the HR summary shows, in the posting's language; the knockouts are the ones
    ``hr_answers`` found (in questionnaire order, as ``find_knockouts`` lists them)."""
    posting = step.posting
    questionnaire = questionnaire_for(posting, posting.lang)
    return SummaryInput(
        posting_title=posting.title,
        lang=posting.lang,
        application_id=application_id,
        user_id=user.id,
        full_name=user.full_name,
        questions=questionnaire,
        answers=step.draft.answers,
        knockouts=[
            KnockoutHit(a.question_id, a.question_text, a.knockout_reason)
            for a in answers
            if a.knockout_reason
        ],
        username=user.username,
        asked=[AskedQuestion(q.question_text, q.answered, q.forwarded) for q in found.asked],
        duration=step.draft.elapsed(dt.datetime.now(dt.UTC)),
        updated=updated,
        source=found.source,
    )


def render_submitted(reasons: list[str], updated: bool, locale: str) -> Rendered:
    """The honest knockout notice (if any) and what happens next."""
    out = TextBuilder()
    if reasons:
        out.add_rendered(render_knockout_notice(reasons, locale)).newline(2)
    out.add(t(locale, "screening.updated" if updated else "screening.submitted"))
    return out.build()
