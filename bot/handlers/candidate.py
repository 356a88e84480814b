"""Browsing: /start and deep links, the list of vacancies, posting cards and their sections."""

from __future__ import annotations

from aiogram import Bot, F, Router
from aiogram.filters import Command, CommandObject, CommandStart
from aiogram.fsm.context import FSMContext
from aiogram.types import CallbackQuery, Message

from bot.answering import Answerer
from bot.filters import PRIVATE, ButtonOf, CommandLike, Pressed
from bot.handlers.asking import prepare_answers
from bot.handlers.questionnaire import pause_chat
from bot.keyboards import (
    ListCB,
    PageCB,
    PostingCB,
    card_keyboard,
    page_keyboard,
    vacancies_keyboard,
)
from bot.locales import t
from bot.postings import Catalog, Posting
from bot.postings.render import Rendered, TextBuilder
from bot.routing import LeanRouter
from bot.storage import ViewRepo
from bot.storage.updates import queued_together
from bot.telegram import answer_press, reply, show
from bot.views import find_page, render_card, render_list, render_page

CURRENT = "posting"  # FSM data key: the posting the candidate is looking at


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE, CommandLike())
    router.edited_message.filter(PRIVATE)
    router.callback_query.filter(ButtonOf(PostingCB, PageCB, ListCB))
    router.message.register(open_deep_link, CommandStart(deep_link=True))
    router.message.register(start, CommandStart())
    router.message.register(list_vacancies, Command("vacancies"))
    router.message.register(show_help, Command("help"))
    router.callback_query.register(open_posting, Pressed(PostingCB, F.action == "open"))
    router.callback_query.register(show_page, Pressed(PageCB))
    router.callback_query.register(list_from_button, Pressed(ListCB))
    return router


def parse_payload(payload: str) -> tuple[str, str | None]:
    """Split a deep-link payload ``<slug>`` or ``<slug>__<source>``."""
    slug, _, source = payload.partition("__")
    return slug.lower(), (source[:32] or None)


async def start(
    message: Message,
    bot: Bot,
    catalog: Catalog,
    locale: str,
    state: FSMContext,
    views: ViewRepo,
    answerer: Answerer,
) -> None:
    """Greet and show the open vacancies, or the only one directly."""
    await leave_flow(bot, message.chat.id, state, locale)
    postings = catalog.open_postings()
    if len(postings) == 1:
        await reply(message, TextBuilder().add(t(locale, "browse.greeting")).build())
        await _send_card(
            message, postings[0], locale, state, views, answerer, source=None, show_list=False
        )
        return
    await reply(
        message, render_list(postings, locale, greeting=True), vacancies_keyboard(postings, locale)
    )


async def open_deep_link(
    message: Message,
    bot: Bot,
    command: CommandObject,
    catalog: Catalog,
    locale: str,
    state: FSMContext,
    views: ViewRepo,
    answerer: Answerer,
) -> None:
    """Open the posting a channel link points to, or explain why it cannot be opened."""
    await leave_flow(bot, message.chat.id, state, locale)
    slug, source = parse_payload(command.args or "")
    posting = catalog.get(slug)
    if posting is not None and posting.is_open():
        show_list = catalog.open_count() > 1
        await _send_card(
            message, posting, locale, state, views, answerer, source=source, show_list=show_list
        )
        return
    key = "browse.not_found" if posting is None else "browse.closed"
    notice = t(locale, key, title=posting.title if posting else "")
    postings = catalog.open_postings()
    text = (
        TextBuilder()
        .add(notice)
        .newline(2)
        .add_rendered(render_list(postings, locale, greeting=False))
    )
    await reply(message, text.build(), vacancies_keyboard(postings, locale))


async def list_vacancies(
    message: Message, bot: Bot, catalog: Catalog, locale: str, state: FSMContext
) -> None:
    """Show the open vacancies as buttons."""
    await leave_flow(bot, message.chat.id, state, locale)
    postings = catalog.open_postings()
    await reply(
        message,
        render_list(postings, locale, greeting=False),
        vacancies_keyboard(postings, locale),
    )


async def list_from_button(
    query: CallbackQuery, catalog: Catalog, locale: str, callback_data: ListCB | None = None
) -> None:
    """Show the open vacancies (one page of them) in place of the pressed message."""
    postings = catalog.open_postings()
    markup = vacancies_keyboard(postings, locale, callback_data.page if callback_data else 0)
    await show(query, render_list(postings, locale, greeting=False), markup)
    await answer_press(query)


async def show_help(message: Message, locale: str) -> None:
    """Say in three lines what the bot can do."""
    await reply(message, Rendered(t(locale, "browse.help")))


async def open_posting(
    query: CallbackQuery,
    callback_data: PostingCB,
    bot: Bot,
    catalog: Catalog,
    locale: str,
    state: FSMContext,
    views: ViewRepo,
    answerer: Answerer,
) -> None:
    """Show a posting's card in place of the pressed message."""
    posting = catalog.get_open(callback_data.slug)
    if posting is None:
        await list_from_button(query, catalog, locale)
        return
    await state.update_data({CURRENT: posting.slug})
    await views.record(query.from_user.id, posting.slug, None)
    markup = card_keyboard(posting, locale, show_list=catalog.open_count() > 1)
    await show(query, render_card(posting, locale), markup)
    await answer_press(query)
    await leave_flow(bot, query.from_user.id, state, locale)
    prepare_answers(answerer, posting)


async def show_page(
    query: CallbackQuery,
    callback_data: PageCB,
    bot: Bot,
    catalog: Catalog,
    locale: str,
    state: FSMContext,
    answerer: Answerer,
) -> None:
    """Show one section of the posting, with a way back to the card."""
    posting = catalog.get_open(callback_data.slug)
    if posting is None:
        await list_from_button(query, catalog, locale)
        return
    page = find_page(posting, callback_data.index, locale)
    await state.update_data({CURRENT: posting.slug})
    if page is None:  # the posting was edited since the button was drawn
        await answer_press(query, t(locale, "browse.gone"))
        markup = card_keyboard(posting, locale, show_list=catalog.open_count() > 1)
        await show(query, render_card(posting, locale), markup)
        return
    await show(query, render_page(posting, page), page_keyboard(posting, page, locale))
    await answer_press(query)
    await leave_flow(bot, query.from_user.id, state, locale)
    prepare_answers(answerer, posting)


async def leave_flow(bot: Bot, chat_id: int, state: FSMContext, locale: str) -> None:
    """Pause a questionnaire the candidate walks away from; its draft stays to resume."""
    if await state.get_state() is not None:
        await pause_chat(bot, chat_id, state, locale)


async def _send_card(
    message: Message,
    posting: Posting,
    locale: str,
    state: FSMContext,
    views: ViewRepo,
    answerer: Answerer,
    *,
    source: str | None,
    show_list: bool,
) -> None:
    user_id = message.from_user.id if message.from_user else message.chat.id
    # Independent writes, queued together: one wait for the database.
    await queued_together(
        state.update_data({CURRENT: posting.slug}), views.record(user_id, posting.slug, source)
    )
    await reply(
        message, render_card(posting, locale), card_keyboard(posting, locale, show_list=show_list)
    )
    prepare_answers(answerer, posting)  # the candidate's questions are about this card
