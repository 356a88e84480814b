"""Callback data classes and inline keyboards. Callback data stays within Telegram's 64 bytes:
slugs are at most 48 ASCII characters and every prefix here is one or two letters."""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup
from aiogram.utils.keyboard import InlineKeyboardBuilder

from bot.locales import t
from bot.postings import Posting
from bot.views import Page, posting_pages

BUTTON_MAX = 60


class PostingCB(CallbackData, prefix="p"):
    """Actions on a posting: open its card, ask about it, apply to it."""

    action: str  # open | ask | apply
    slug: str


class PageCB(CallbackData, prefix="s"):
    """One page (intro or section) of a posting."""

    slug: str
    index: int


class ListCB(CallbackData, prefix="l"):
    """The list of open vacancies."""

    page: int = 0


def short(label: str, limit: int = BUTTON_MAX) -> str:
    """A button label that fits on a phone screen."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


LIST_PAGE = 8


def vacancies_keyboard(
    postings: list[Posting], locale: str, page: int = 0
) -> InlineKeyboardMarkup:
    """One button per open posting (title, and city when known), eight to a page."""
    builder = InlineKeyboardBuilder()
    pages = max(1, -(-len(postings) // LIST_PAGE))
    page = min(max(page, 0), pages - 1)
    for posting in postings[page * LIST_PAGE : (page + 1) * LIST_PAGE]:
        label = f"{posting.title} · {posting.city}" if posting.city else posting.title
        builder.button(
            text=short(label), callback_data=PostingCB(action="open", slug=posting.slug)
        )
    sizes = [1] * min(LIST_PAGE, len(postings) - page * LIST_PAGE)
    if pages > 1:
        if page > 0:
            builder.button(text="‹", callback_data=ListCB(page=page - 1))
        builder.button(text=f"{page + 1}/{pages}", callback_data=ListCB(page=page))
        if page < pages - 1:
            builder.button(text="›", callback_data=ListCB(page=page + 1))
        sizes.append(1 + (page > 0) + (page < pages - 1))
    builder.adjust(*sizes)
    return builder.as_markup()


def card_keyboard(posting: Posting, locale: str, *, show_list: bool) -> InlineKeyboardMarkup:
    """Section buttons two to a row, then «Задать вопрос» / «Откликнуться», then «Все вакансии»."""
    builder = InlineKeyboardBuilder()
    pages = posting_pages(posting, locale)
    for page in pages:
        builder.button(
            text=short(page.label, 32), callback_data=PageCB(slug=posting.slug, index=page.index)
        )
    builder.button(
        text=t(locale, "browse.ask_button"),
        callback_data=PostingCB(action="ask", slug=posting.slug),
    )
    builder.button(
        text=t(locale, "browse.apply_button"),
        callback_data=PostingCB(action="apply", slug=posting.slug),
    )
    sizes = [2] * (len(pages) // 2) + ([1] if len(pages) % 2 else []) + [2]
    if show_list:
        builder.button(text=t(locale, "browse.list_button"), callback_data=ListCB())
        sizes.append(1)
    builder.adjust(*sizes)
    return builder.as_markup()


def page_keyboard(posting: Posting, page: Page, locale: str) -> InlineKeyboardMarkup:
    """Under a section: back to the card, and the two actions."""
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t(locale, "browse.back_button"),
        callback_data=PostingCB(action="open", slug=posting.slug),
    )
    builder.button(
        text=t(locale, "browse.ask_button"),
        callback_data=PostingCB(action="ask", slug=posting.slug),
    )
    builder.button(
        text=t(locale, "browse.apply_button"),
        callback_data=PostingCB(action="apply", slug=posting.slug),
    )
    builder.adjust(1, 2)
    return builder.as_markup()


class AboutCB(CallbackData, prefix="q"):
    """«Which vacancy is your question about?» — the answer picks a posting."""

    slug: str


class HandoverCB(CallbackData, prefix="h"):
    """Pass an unanswered question to HR (``send``), or not (``skip``)."""

    action: str
    question_id: int


def which_posting_keyboard(postings: list[Posting]) -> InlineKeyboardMarkup:
    """One button per open posting, to say which one a question is about."""
    builder = InlineKeyboardBuilder()
    for posting in postings:
        builder.button(text=short(posting.title), callback_data=AboutCB(slug=posting.slug))
    builder.adjust(1)
    return builder.as_markup()


def answered_keyboard(posting: Posting, locale: str) -> InlineKeyboardMarkup:
    """After an answer: apply, or go back to the card."""
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t(locale, "browse.apply_button"),
        callback_data=PostingCB(action="apply", slug=posting.slug),
    )
    builder.button(
        text=t(locale, "browse.back_button"),
        callback_data=PostingCB(action="open", slug=posting.slug),
    )
    builder.adjust(2)
    return builder.as_markup()


def handover_keyboard(question_id: int, locale: str) -> InlineKeyboardMarkup:
    """«Передать» / «Не нужно» under an abstained answer."""
    builder = InlineKeyboardBuilder()
    builder.button(
        text=t(locale, "questions.send_button"),
        callback_data=HandoverCB(action="send", question_id=question_id),
    )
    builder.button(
        text=t(locale, "questions.skip_button"),
        callback_data=HandoverCB(action="skip", question_id=question_id),
    )
    builder.adjust(2)
    return builder.as_markup()
