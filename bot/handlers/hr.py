"""The HR desk in the HR chat: decide from the summary and tell the candidate, write to the
candidate, list applications; and the candidate's «Отозвать» in /my.

A decision button on a summary shows HR the message the candidate will get (the posting's
``messages`` template or the locale's default) with «Отправить как есть» / «Отмена»; a reply to
that prompt sends HR's own text instead. The prompt's buttons carry the application, the
decision, the status the summary showed and the summary's message id, so a reply to the prompt
needs no stored state. Only the application's HR chat (and, when ``HR_IDS`` is set, only those
people in it) may decide; the status changes only if it is still the one the button was drawn
for, so of two HR members pressing at once exactly one wins.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import re
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass
from typing import Any

from aiogram import Bot, F, Router
from aiogram.exceptions import TelegramBadRequest
from aiogram.filters import Command, CommandObject, Filter
from aiogram.types import BufferedInputFile, CallbackQuery, InlineKeyboardMarkup, Message, User

from bot.announcing import Announcer
from bot.answering import Answerer
from bot.answering.text import normalize
from bot.config import Settings
from bot.filters import GROUPS, ButtonOf, IsReply, Pressed
from bot.handlers.asking import engine_ready
from bot.keyboards import (
    DeskListCB,
    HrCB,
    StatusLetter,
    WithdrawCB,
    desk_keyboard,
    prompt_keyboard,
    summary_keyboard,
    withdraw_confirm_keyboard,
)
from bot.locales import t
from bot.outbox import OutboxWorker, rendered_to_part
from bot.postings import Catalog
from bot.postings.models import SLUG_RE
from bot.postings.render import Rendered, TextBuilder, split_rendered
from bot.routing import LeanRouter
from bot.screening import render_hr_summary, service
from bot.screening.desk import (
    DECISION_STATUS,
    LETTER_STATUS,
    STATUS_LETTER,
    WITHDRAWABLE,
    Change,
    Decision,
    DeskLine,
    StoredAnswer,
    allows,
    desk_button,
    proposed_text,
    render_candidate_message,
    render_desk,
    render_prompt,
    render_status,
    stamp,
    status_label,
    stored_summary_input,
)
from bot.screening.export import build_table, to_csv, to_xlsx
from bot.screening.funnel import aggregate, chart_png, render_funnel
from bot.screening.gaps import Asked, group_gaps, render_gaps
from bot.screening.render import AskedQuestion
from bot.storage import (
    Application,
    ApplicationRepo,
    ApplicationStatus,
    CandidateRepo,
    Database,
    DeskRepo,
    ExportRow,
    OutboxRepo,
    QuestionRepo,
    StatusChange,
    ViewRepo,
)
from bot.telegram import answer_press, send, show, to_entities

log = logging.getLogger(__name__)
PAGE = 10
HR_TEXT_MAX = 3500  # HR's own text, leaving room for the line naming the vacancy


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.callback_query.filter(ButtonOf(HrCB, DeskListCB, WithdrawCB))
    router.callback_query.register(press_decision, Pressed(HrCB, F.act == "d"))
    router.callback_query.register(send_as_is, Pressed(HrCB, F.act == "s"))
    router.callback_query.register(cancel_prompt, Pressed(HrCB, F.act == "x"))
    router.callback_query.register(reopen, Pressed(HrCB, F.act == "o"))
    router.callback_query.register(list_page, Pressed(DeskListCB))
    router.callback_query.register(ask_withdraw, Pressed(WithdrawCB, F.act == "a"))
    router.callback_query.register(confirm_withdraw, Pressed(WithdrawCB, F.act == "y"))
    router.callback_query.register(keep_application, Pressed(WithdrawCB, F.act == "n"))
    router.message.filter(GROUPS)  # every message handler here is for HR's group chats
    router.message.register(reply_to_prompt, IsReply(), RepliesToPrompt())
    router.message.register(list_applications, Command("applications"))
    router.message.register(export_applications, Command("export"))
    router.message.register(show_funnel, Command("stats"))
    router.message.register(show_gaps, Command("gaps"))
    return router


# --- who may decide -----------------------------------------------------------------------------


def hr_chat_of(slug: str, catalog: Catalog, settings: Settings) -> int | None:
    """The chat that receives this posting's summaries: its own ``hr_chat`` or HR_CHAT_ID."""
    posting = catalog.get(slug)
    return posting.hr_chat if posting is not None and posting.hr_chat else settings.hr_chat_id


def is_hr_chat(chat_id: int, catalog: Catalog, settings: Settings) -> bool:
    """HR_CHAT_ID or some posting's ``hr_chat``."""
    return chat_id == settings.hr_chat_id or any(p.hr_chat == chat_id for p in catalog.all())


def is_hr(user: User, chat_id: int | None, catalog: Catalog, settings: Settings) -> bool:
    """In an HR chat (whose members alone see its buttons) and, when HR_IDS is set, one of them."""
    if chat_id is None or not is_hr_chat(chat_id, catalog, settings):
        return False
    return not settings.hr_ids or user.id in settings.hr_ids


def chat_of(query: CallbackQuery) -> int | None:
    return query.message.chat.id if query.message is not None else None


@dataclass
class Desk:
    """What the HR handlers read and write: built once in ``build_dispatcher`` (as ``hr_desk``)."""

    catalog: Catalog
    settings: Settings
    db: Database
    applications: ApplicationRepo
    candidates: CandidateRepo
    questions: QuestionRepo
    views: ViewRepo
    desk: DeskRepo
    outbox: OutboxRepo
    outbox_worker: OutboxWorker

    def scope(self, chat_id: int) -> list[str] | None:
        """The postings a chat's lists cover: every one in HR_CHAT_ID; in a posting's own
        ``hr_chat``, only the postings that send their summaries there."""
        if chat_id == self.settings.hr_chat_id:
            return None
        return [p.slug for p in self.catalog.all() if p.hr_chat == chat_id]

    def lang(self, application: Application) -> str:
        """HR read an application in its posting's language (as its summary)."""
        posting = self.catalog.get(application.posting_slug)
        return posting.lang if posting is not None else self.settings.default_locale

    async def authorized(
        self, query: CallbackQuery, application_id: int, locale: str
    ) -> Application | None:
        """The application, if the presser may act on it here; else answer why not."""
        chat = chat_of(query)
        if not is_hr(query.from_user, chat, self.catalog, self.settings):
            await answer_press(query, t(locale, "hr.not_allowed"), show_alert=True)
            return None
        application = await self.applications.get(application_id)
        if application is None:
            await answer_press(query, t(locale, "hr.erased"), show_alert=True)
            return None
        if chat != hr_chat_of(application.posting_slug, self.catalog, self.settings):
            await answer_press(query, t(locale, "hr.not_allowed"), show_alert=True)
            return None
        return application

    async def summary(self, application: Application) -> tuple[list[Rendered], Any]:
        """The application's summary from what is stored, with its status and buttons."""
        lang = self.lang(application)
        candidate = await self.candidates.get(application.user_id)
        asked = await self.questions.list_for_user_posting(
            application.user_id, application.posting_slug
        )
        source = await self.views.source_of(application.user_id, application.posting_slug)
        history = await self.desk.history(application.id)
        full_name = (
            " ".join(p for p in (candidate.first_name, candidate.last_name) if p)
            if candidate
            else ""
        )
        summary = stored_summary_input(
            application_id=application.id,
            user_id=application.user_id,
            posting_title=application.posting_title,
            lang=lang,
            full_name=full_name,
            username=candidate.username if candidate else None,
            answers=[
                StoredAnswer(a.question_id, a.question_text, a.answer_text, a.knockout_reason)
                for a in application.answers
            ],
            asked=[
                AskedQuestion(q.question_text, q.answered, q.hr_message_id is not None)
                for q in asked
            ],
            duration_seconds=application.duration_seconds,
            updated=application.created_at != application.submitted_at,
            source=source,
        )
        status = render_status(application.status.value, changes(history), lang)
        parts = render_hr_summary(summary, status)
        return parts, summary_keyboard(application.id, application.status.value, lang)

    async def refresh(
        self,
        bot: Bot,
        chat_id: int,
        message_id: int,
        application_id: int,
        shown: Message | None = None,
    ) -> None:
        """Show the application's status and remaining buttons on its summary message
        (``shown``: the message as the chat has it, when known, to skip an edit that would
        change nothing)."""
        application = await self.applications.get(application_id)
        if application is None or message_id == 0:
            return
        parts, markup = await self.summary(application)
        last = parts[-1]
        if shown is not None and shown.text == last.text and same(shown.reply_markup, markup):
            return
        with suppress(TelegramBadRequest):  # an old summary may be gone or unchanged
            await bot.edit_message_text(
                chat_id=chat_id,
                message_id=message_id,
                text=last.text,
                entities=to_entities(last),
                reply_markup=markup,
            )


def same(a: InlineKeyboardMarkup | None, b: InlineKeyboardMarkup | None) -> bool:
    """Whether two keyboards show the same buttons (pydantic equality also weighs extras)."""
    dump = lambda m: None if m is None else m.model_dump(exclude_none=True)  # noqa: E731
    return dump(a) == dump(b)


def changes(history: list[StatusChange]) -> list[Change]:
    return [
        Change(
            new_status=c.new_status.value,
            by_name=c.changed_by_name,
            by_id=c.changed_by,
            at=c.changed_at,
            by_candidate=c.new_status == ApplicationStatus.WITHDRAWN,
        )
        for c in history
    ]


# --- deciding -----------------------------------------------------------------------------------


def expected_status(letter: str) -> ApplicationStatus:
    return ApplicationStatus(LETTER_STATUS[letter])


def who_and_when(change: StatusChange | None, lang: str) -> dict[str, str]:
    if change is None:
        return {}
    if change.new_status == ApplicationStatus.WITHDRAWN:
        who = t(lang, "hr.summary.by_candidate")
    elif change.changed_by is None:
        who = t(lang, "hr.summary.by_erased")
    else:
        who = t(lang, "hr.summary.by", name=change.changed_by_name or "", id=change.changed_by)
    return {"who": who, "at": stamp(change.changed_at)}


async def press_decision(
    query: CallbackQuery, callback_data: HrCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Show HR the message the candidate will get (or ask for one), under the summary."""
    desk = hr_desk
    application = await desk.authorized(query, callback_data.app, locale)
    if application is None or query.message is None:
        return
    lang = desk.lang(application)
    status = application.status.value
    if not callback_data.d:  # a made-up button: no decision on it
        await answer_press(query, t(lang, "hr.not_allowed_now"), show_alert=True)
        return
    decision: Decision = callback_data.d
    if STATUS_LETTER.get(status) != callback_data.f or not allows(status, decision):
        await refuse_outdated(query, bot, desk, application, lang)
        return
    text = None
    if decision != "w":
        posting = desk.catalog.get(application.posting_slug)
        candidate = await desk.candidates.get(application.user_id)
        name = candidate.first_name if candidate else ""
        messages = posting.messages if posting is not None else None
        text = proposed_text(messages, decision, lang, application.posting_title, name)
    summary_id = query.message.message_id
    markup = prompt_keyboard(lang, application.id, decision, callback_data.f, summary_id)
    await send(
        bot,
        query.message.chat.id,
        render_prompt(decision, text, lang),
        markup,
        reply_to=summary_id,
    )
    await answer_press(query)


async def refuse_outdated(
    query: CallbackQuery, bot: Bot, desk: Desk, application: Application, lang: str
) -> None:
    """Say the status already changed (who and when), and bring the summary up to date."""
    history = await desk.desk.history(application.id)
    last = history[-1] if history else None
    label = status_label(application.status.value, lang)
    if last is None:
        text = t(lang, "hr.outdated_plain", status=label)
    else:
        text = t(lang, "hr.outdated", status=label, **who_and_when(last, lang))
    await answer_press(query, text, show_alert=True)
    if isinstance(query.message, Message):
        summary_id = query.message.message_id
        await desk.refresh(bot, query.message.chat.id, summary_id, application.id, query.message)


async def send_as_is(
    query: CallbackQuery, callback_data: HrCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Send the proposed message to the candidate and record the decision."""
    desk = hr_desk
    application = await desk.authorized(query, callback_data.app, locale)
    if application is None or query.message is None or callback_data.d in ("", "w"):
        return
    lang = desk.lang(application)
    posting = desk.catalog.get(application.posting_slug)
    candidate = await desk.candidates.get(application.user_id)
    name = candidate.first_name if candidate else ""
    messages = posting.messages if posting is not None else None
    decision: Decision = callback_data.d  # type: ignore[assignment]
    text = proposed_text(messages, decision, lang, application.posting_title, name)
    await answer_press(query)
    await carry_out(
        bot,
        desk,
        query.message.chat.id,
        query.message.message_id,
        callback_data,
        application,
        text,
        query.from_user,
    )


async def cancel_prompt(
    query: CallbackQuery, callback_data: HrCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Drop the proposed message: nothing reaches the candidate."""
    desk = hr_desk
    application = await desk.authorized(query, callback_data.app, locale)
    if application is None:
        return
    await answer_press(query)
    await show(query, Rendered(t(desk.lang(application), "hr.prompt.cancelled")), None)


class RepliesToPrompt(Filter):
    """A reply to the bot's prompt for a message to the candidate; gives the prompt's ``HrCB``."""

    async def __call__(self, message: Message, bot: Bot) -> bool | dict[str, Any]:
        replied = message.reply_to_message
        if replied is None or replied.from_user is None or replied.from_user.id != bot.id:
            return False
        if (message.text or "").startswith("/"):  # a command, not a message for the candidate
            return False
        markup = replied.reply_markup
        if not isinstance(markup, InlineKeyboardMarkup):
            return False
        for row in markup.inline_keyboard:
            for button in row:
                data = button.callback_data or ""
                if data.startswith(f"{HrCB.__prefix__}{HrCB.__separator__}"):
                    with suppress(TypeError, ValueError):
                        prompt = HrCB.unpack(data)
                        if prompt.act == "x":
                            return {"prompt": prompt}
        return False


async def reply_to_prompt(
    message: Message, prompt: HrCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Send HR's own text to the candidate (with the decision the prompt was for)."""
    desk = hr_desk
    assert message.from_user is not None and message.reply_to_message is not None
    if not is_hr(message.from_user, message.chat.id, desk.catalog, desk.settings):
        refusal = Rendered(t(locale, "hr.not_allowed"))  # someone outside HR_IDS
        await send(bot, message.chat.id, refusal, reply_to=message.message_id)
        return
    application = await desk.applications.get(prompt.app)
    lang = desk.lang(application) if application is not None else desk.settings.default_locale
    prompt_id = message.reply_to_message.message_id
    if application is None:
        await edit(bot, message.chat.id, prompt_id, Rendered(t(lang, "hr.prompt.gone")))
        return
    if message.chat.id != hr_chat_of(application.posting_slug, desk.catalog, desk.settings):
        return
    text = (message.text or "").strip()
    key = "hr.prompt.need_text" if not text else "hr.prompt.too_long"
    if not text or len(text) > HR_TEXT_MAX:
        await send(
            bot,
            message.chat.id,
            Rendered(t(lang, key, max=HR_TEXT_MAX)),
            reply_to=message.message_id,
        )
        return
    await carry_out(
        bot, desk, message.chat.id, prompt_id, prompt, application, text, message.from_user
    )


async def carry_out(
    bot: Bot,
    desk: Desk,
    chat_id: int,
    prompt_id: int,
    prompt: HrCB,
    application: Application,
    text: str,
    hr_user: User,
) -> None:
    """Record the decision and queue the message, or say why not; update prompt and summary."""
    lang = desk.lang(application)
    rendered = render_candidate_message(application.posting_title, text, lang)
    parts = [rendered_to_part(part) for part in split_rendered(rendered)]
    hr = service.Actor(hr_user.id, hr_user.full_name)
    if prompt.d == "w":
        outcome = await service.write(
            desk.outbox,
            desk.desk,
            application_id=application.id,
            candidate_id=application.user_id,
            message_parts=parts,
        )
    else:
        outcome = await service.decide(
            desk.db,
            desk.desk,
            desk.outbox,
            application_id=application.id,
            expected=expected_status(prompt.f),
            new=ApplicationStatus(DECISION_STATUS[prompt.d]),
            hr=hr,
            message_text=text,
            message_parts=parts,
        )
    await edit(bot, chat_id, prompt_id, outcome_note(outcome, hr_user, text, lang))
    if isinstance(outcome, service.Done):
        desk.outbox_worker.wake()  # delivery is the worker's: a handler never waits for it
        if outcome.change is not None:  # the winner brings the summary up to date
            await desk.refresh(bot, chat_id, prompt.m, application.id)


def outcome_note(outcome: service.Outcome, hr_user: User, text: str, lang: str) -> Rendered:
    """What the prompt says once it is used: sent (by whom, when, what), or why not."""
    if isinstance(outcome, service.Gone):
        return Rendered(t(lang, "hr.prompt.gone"))
    if isinstance(outcome, service.Outdated):
        label = status_label(outcome.status.value, lang)
        if outcome.last is None:
            return Rendered(t(lang, "hr.prompt.outdated_plain", status=label))
        return Rendered(
            t(lang, "hr.prompt.outdated", status=label, **who_and_when(outcome.last, lang))
        )
    change = outcome.change
    at = stamp(change.changed_at) if change is not None else stamp_now()
    who = t(lang, "hr.summary.by", name=hr_user.full_name, id=hr_user.id)
    out = TextBuilder().add(t(lang, "hr.prompt.sent", who=who, at=at)).newline(2)
    return out.add(text, "blockquote").build()


def stamp_now() -> str:
    return stamp(dt.datetime.now(dt.UTC))


async def edit(bot: Bot, chat_id: int, message_id: int, rendered: Rendered) -> None:
    """Replace a prompt's text (its buttons go); a prompt that is gone is left alone."""
    part = split_rendered(rendered)[0]
    with suppress(TelegramBadRequest):
        await bot.edit_message_text(
            chat_id=chat_id,
            message_id=message_id,
            text=part.text,
            entities=to_entities(part),
            reply_markup=None,
        )


# --- the list -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class ListQuery:
    slug: str
    status: StatusLetter


def parse_list_args(args: str | None) -> ListQuery | None:
    """``[slug] [status]`` in any order; None when a word is neither."""
    slug, status = "", ""
    for word in (args or "").split():
        lowered = word.lower()
        if lowered in STATUS_LETTER and not status:
            status = STATUS_LETTER[lowered]
        elif SLUG_RE.fullmatch(lowered) and not slug:
            slug = lowered
        else:
            return None
    return ListQuery(slug, status)  # type: ignore[arg-type]


async def list_applications(
    message: Message, command: CommandObject, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Show the applications, newest first, ten to a page, each a button to its summary."""
    desk = hr_desk
    assert message.from_user is not None
    if not is_hr(message.from_user, message.chat.id, desk.catalog, desk.settings):
        return
    wanted = parse_list_args(command.args)
    if wanted is None:
        await send(bot, message.chat.id, Rendered(t(locale, "hr.list.usage")))
        return
    scope = desk.scope(message.chat.id)
    rendered, markup = await desk_page(desk, wanted.slug, wanted.status, 0, locale, scope)
    await send(bot, message.chat.id, rendered, markup)


async def desk_page(
    desk: Desk,
    slug: str,
    letter: StatusLetter,
    page: int,
    locale: str,
    scope: list[str] | None,
) -> tuple[Rendered, InlineKeyboardMarkup | None]:
    status = expected_status(letter) if letter else None
    rows, total = await desk.desk.page(
        slug or None, status, offset=page * PAGE, limit=PAGE, scope=scope
    )
    pages = max(1, -(-total // PAGE))
    if page >= pages and total:
        return await desk_page(desk, slug, letter, pages - 1, locale, scope)
    filters = ""
    if slug:
        filters += t(locale, "hr.list.filter_slug", slug=slug)
    if status is not None:
        filters += t(locale, "hr.list.filter_status", status=status_label(status.value, locale))
    lines = [
        DeskLine(r.id, r.posting_title, r.name, r.status.value, r.flags, r.submitted_at)
        for r in rows
    ]
    rendered = render_desk(lines, total, page, pages, filters, locale)
    buttons = [(line.id, desk_button(line, locale)) for line in lines]
    return rendered, desk_keyboard(buttons, slug, letter, page, pages)


async def list_page(
    query: CallbackQuery, callback_data: DeskListCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Turn the list's page."""
    desk = hr_desk
    if not is_hr(query.from_user, chat_of(query), desk.catalog, desk.settings):
        await answer_press(query, t(locale, "hr.not_allowed"), show_alert=True)
        return
    scope = desk.scope(query.message.chat.id) if query.message else []
    rendered, markup = await desk_page(
        desk, callback_data.slug, callback_data.st, callback_data.page, locale, scope
    )
    await answer_press(query)
    await show(query, rendered, markup)


async def reopen(
    query: CallbackQuery, callback_data: HrCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Send the application's summary anew, with its status and buttons."""
    desk = hr_desk
    application = await desk.authorized(query, callback_data.app, locale)
    if application is None or query.message is None:
        return
    await answer_press(query)
    parts, markup = await desk.summary(application)
    for number, part in enumerate(parts, start=1):
        await send(bot, query.message.chat.id, part, markup if number == len(parts) else None)


# --- the candidate withdraws --------------------------------------------------------------------


async def own_application(
    query: CallbackQuery, application_id: int, locale: str, applications: ApplicationRepo
) -> Application | None:
    application = await applications.get(application_id)
    if application is None or application.user_id != query.from_user.id:
        await answer_press(query, t(locale, "hr.withdraw.gone"), show_alert=True)
        return None
    return application


async def ask_withdraw(
    query: CallbackQuery,
    callback_data: WithdrawCB,
    bot: Bot,
    locale: str,
    applications: ApplicationRepo,
) -> None:
    """Ask the candidate to confirm withdrawing an application."""
    application = await own_application(query, callback_data.app, locale, applications)
    if application is None:
        return
    await answer_press(query)
    text = Rendered(t(locale, "hr.withdraw.confirm", title=application.posting_title))
    await send(bot, query.from_user.id, text, withdraw_confirm_keyboard(locale, application.id))


async def confirm_withdraw(
    query: CallbackQuery, callback_data: WithdrawCB, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Withdraw the application; HR's chat is told."""
    desk = hr_desk
    application = await own_application(query, callback_data.app, locale, desk.applications)
    if application is None:
        return
    status = application.status.value
    if status not in WITHDRAWABLE:
        label = t(locale, f"screening.status.{status}")
        await answer_press(
            query, t(locale, "hr.withdraw.not_possible", status=label), show_alert=True
        )
        return
    user = query.from_user
    lang = desk.lang(application)
    note = t(
        lang,
        "hr.withdraw.hr_note",
        name=user.full_name,
        id=user.id,
        app=application.id,
        title=application.posting_title,
    )
    outcome = await service.withdraw(
        desk.db,
        desk.desk,
        desk.outbox,
        application_id=application.id,
        candidate=service.Actor(user.id, user.full_name),
        expected=application.status,
        new=ApplicationStatus.WITHDRAWN,
        hr_chat=hr_chat_of(application.posting_slug, desk.catalog, desk.settings),
        hr_parts=[rendered_to_part(Rendered(note))],
    )
    if not isinstance(outcome, service.Done):
        await answer_press(query, t(locale, "hr.withdraw.gone"), show_alert=True)
        return
    await answer_press(query)
    await show(
        query, Rendered(t(locale, "hr.withdraw.done", title=application.posting_title)), None
    )
    desk.outbox_worker.wake()  # delivery is the worker's: a handler never waits for it


async def keep_application(query: CallbackQuery, locale: str) -> None:
    """Withdraw nothing."""
    await answer_press(query)
    await show(query, Rendered(t(locale, "hr.withdraw.kept")), None)


# --- the export ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportQuery:
    slug: str | None
    since: dt.date | None
    until: dt.date | None
    csv: bool


class ExportArgsError(ValueError):
    """The arguments of /export are not understood; ``key`` and ``values`` say why."""

    def __init__(self, key: str, **values: str) -> None:
        super().__init__(key)
        self.key = key
        self.values = values


DATE_LIKE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4}")


def parse_date(word: str) -> dt.date | None:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        with suppress(ValueError):
            return dt.datetime.strptime(word, pattern).date()
    return None


def parse_export_args(args: str | None) -> ExportQuery:
    """``[slug] [from] [to] [csv]``: dates as 2026-12-01 or 01.12.2026, both ends inclusive."""
    slug: str | None = None
    dates: list[dt.date] = []
    as_csv = False
    for word in (args or "").split():
        lowered = word.lower()
        if lowered in ("csv", "xlsx"):
            as_csv = lowered == "csv"
        elif DATE_LIKE.fullmatch(lowered) and len(dates) < 2:
            date = parse_date(lowered)
            if date is None:
                raise ExportArgsError("hr.export.bad_date", value=word[:20])
            dates.append(date)
        elif SLUG_RE.fullmatch(lowered) and slug is None and not dates:
            slug = lowered
        else:
            raise ExportArgsError("hr.export.usage")
    since = dates[0] if dates else None
    until = dates[1] if len(dates) > 1 else None
    if since and until and since > until:
        raise ExportArgsError("hr.export.bad_range")
    return ExportQuery(slug, since, until, as_csv)


def export_filters(wanted: ExportQuery, locale: str) -> str:
    filters = t(locale, "hr.list.filter_slug", slug=wanted.slug) if wanted.slug else ""
    if wanted.since:
        filters += t(locale, "hr.export.filter_from", date=wanted.since.isoformat())
    if wanted.until:
        filters += t(locale, "hr.export.filter_to", date=wanted.until.isoformat())
    return filters


async def export_applications(
    message: Message, command: CommandObject, locale: str, bot: Bot, hr_desk: Desk
) -> None:
    """Send the applications as an XLSX (or, with ``csv``, a CSV) file."""
    desk = hr_desk
    assert message.from_user is not None
    if not is_hr(message.from_user, message.chat.id, desk.catalog, desk.settings):
        return
    try:
        wanted = parse_export_args(command.args)
    except ExportArgsError as error:
        await send(bot, message.chat.id, Rendered(t(locale, error.key, **error.values)))
        return
    since = None if wanted.since is None else dt.datetime.combine(wanted.since, dt.time(), dt.UTC)
    until = None
    if wanted.until is not None:
        until = dt.datetime.combine(wanted.until + dt.timedelta(days=1), dt.time(), dt.UTC)
    rows = await desk.desk.export_rows(
        wanted.slug, since, until, scope=desk.scope(message.chat.id)
    )
    filters = export_filters(wanted, locale)
    if not rows:
        await send(bot, message.chat.id, Rendered(t(locale, "hr.export.empty", filters=filters)))
        return
    content = await asyncio.to_thread(build_export, rows, locale, wanted.csv)
    name = f"applications-{wanted.slug or 'all'}-{dt.datetime.now(dt.UTC):%Y%m%d}"
    extension = "csv" if wanted.csv else "xlsx"
    caption = t(locale, "hr.export.caption", count=len(rows), filters=filters)
    await bot.send_document(
        message.chat.id, BufferedInputFile(content, f"{name}.{extension}"), caption=caption
    )


def build_export(rows: list[ExportRow], locale: str, as_csv: bool) -> bytes:
    """The file's bytes (runs in a worker thread)."""
    table = build_table(rows, locale)
    return to_csv(table) if as_csv else to_xlsx(table, t(locale, "hr.export.sheet"))


# --- the funnel ---------------------------------------------------------------------------------

STATS_DAYS = 30
EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)
PERIOD = re.compile(r"(\d{1,4})d?")


@dataclass(frozen=True)
class StatsQuery:
    slug: str | None
    days: int | None  # None: all time

    def window(self, locale: str) -> tuple[dt.datetime, dt.datetime, str]:
        """The period asked for: from, until (now), and how to name it."""
        until = dt.datetime.now(dt.UTC)
        if not self.days:
            return EPOCH, until, t(locale, "hr.stats.period_all")
        since = until - dt.timedelta(days=self.days)
        return since, until, t(locale, "hr.stats.period_days", days=self.days)


def parse_stats_args(args: str | None) -> StatsQuery | None:
    """``[slug] [period]``: a period is ``7d``, ``30`` or ``all``; 30 days by default."""
    slug: str | None = None
    days: int | None = STATS_DAYS
    for word in (args or "").lower().split():
        period = PERIOD.fullmatch(word)
        if word == "all":
            days = None
        elif period is not None and 0 < int(period.group(1)) <= 3660:
            days = int(period.group(1))
        elif SLUG_RE.fullmatch(word) and slug is None:
            slug = word
        else:
            return None
    return StatsQuery(slug, days)


async def show_funnel(
    message: Message,
    command: CommandObject,
    bot: Bot,
    locale: str,
    hr_desk: Desk,
    announcer: Announcer,
) -> None:
    """Show the funnel per posting and source as text, then as a chart."""
    assert message.from_user is not None
    if not is_hr(message.from_user, message.chat.id, hr_desk.catalog, hr_desk.settings):
        return
    wanted = parse_stats_args(command.args)
    if wanted is None:
        await send(bot, message.chat.id, Rendered(t(locale, "hr.stats.usage")))
        return
    since, until, period = wanted.window(locale)
    rows = await hr_desk.desk.funnel(
        since, until, wanted.slug, scope=hr_desk.scope(message.chat.id)
    )
    titles = {p.slug: p.title for p in hr_desk.catalog.all()}
    postings = aggregate(rows, titles)
    names = announcer.source_names(locale)  # each channel by its title, subscribers by name
    await send(bot, message.chat.id, render_funnel(postings, period, locale, names))
    if postings:
        png = await asyncio.to_thread(chart_png, postings, locale)
        caption = t(locale, "hr.stats.caption", period=period)
        await bot.send_document(
            message.chat.id, BufferedInputFile(png, "funnel.png"), caption=caption
        )


# --- what postings do not say -------------------------------------------------------------------


def topic_finder(answerer: Answerer) -> Callable[[str], str | None]:
    """The answering engine's reading of a question: its strongest topic, if it names one."""
    lexicon, analyzer = answerer.lexicon, answerer.analyzer

    def topic_of(text: str) -> str | None:
        topics, _ = lexicon.question_topics(
            analyzer.analyze(text), normalize(text), analyzer.tokens(text)
        )
        kinds = lexicon.topics
        strong = sorted(n for n in topics if not kinds[n].weak and not kinds[n].smalltalk)
        weak = sorted(n for n in topics if not kinds[n].smalltalk)
        return (strong or weak)[0] if strong or weak else None

    return topic_of


async def gaps_report(
    desk: Desk,
    answerer: Answerer,
    since: dt.datetime,
    until: dt.datetime,
    slug: str | None,
    period: str,
    locale: str,
    scope: list[str] | None = None,
) -> Rendered:
    """The unanswered questions of the period, grouped per posting and topic (off the loop)."""
    rows = await desk.desk.unanswered(since, until, slug, scope=scope)
    asked = [Asked(row.posting_slug, row.text, row.hr_reply) for row in rows]
    await engine_ready(answerer)
    gaps = await asyncio.to_thread(group_gaps, asked, topic_finder(answerer))
    titles = {p.slug: p.title for p in desk.catalog.all()}
    return render_gaps(gaps, titles, period, locale)


async def show_gaps(
    message: Message,
    command: CommandObject,
    bot: Bot,
    locale: str,
    hr_desk: Desk,
    answerer: Answerer,
) -> None:
    """List what candidates asked that the postings do not answer."""
    assert message.from_user is not None
    if not is_hr(message.from_user, message.chat.id, hr_desk.catalog, hr_desk.settings):
        return
    wanted = parse_stats_args(command.args)
    if wanted is None:
        await send(bot, message.chat.id, Rendered(t(locale, "hr.gaps.usage")))
        return
    since, until, period = wanted.window(locale)
    scope = hr_desk.scope(message.chat.id)
    report = await gaps_report(hr_desk, answerer, since, until, wanted.slug, period, locale, scope)
    await send(bot, message.chat.id, report)
