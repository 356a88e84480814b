"""Callback data classes and inline keyboards. Callback data stays within Telegram's 64 bytes:
slugs are at most 48 ASCII characters and every prefix here is one or two letters."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Annotated, Literal, cast

from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from aiogram.utils.keyboard import InlineKeyboardBuilder, ReplyKeyboardBuilder
from pydantic import ConfigDict, Field

from bot.locales import t
from bot.memo import per_posting
from bot.postings import Posting
from bot.postings.announce import Announcement
from bot.postings.models import Question, QuestionType
from bot.screening.desk import STATUS_LETTER, decision_labels
from bot.views import Page, posting_pages

BUTTON_MAX = 60

# Every field a button carries is range-checked when the data is unpacked: a forged or stale
# callback that fails these checks matches no handler and gets the fallback's «button is gone»
# answer, instead of reaching SQLite (an id past 2**63 raised OverflowError) or an index.
Slug = Annotated[str, Field(pattern=r"^[a-z0-9_-]{1,48}$")]
QuestionKey = Annotated[str, Field(pattern=r"^[A-Za-z0-9_-]{0,32}$")]
Index = Annotated[int, Field(ge=0, le=9999)]
ROW_ID_MAX = 2**63 - 1
RowId = Annotated[int, Field(ge=1, le=ROW_ID_MAX)]  # an SQLite INTEGER PRIMARY KEY
# Unpacked button data is a value: ``bot.filters.Pressed`` hands the same object to every press
# of one button, so no handler may change it.
FROZEN = ConfigDict(frozen=True)


class PostingCB(CallbackData, prefix="p"):
    """Actions on a posting: open its card, ask about it, apply to it."""

    model_config = FROZEN

    action: Literal["open", "ask", "apply"]
    slug: Slug


class PageCB(CallbackData, prefix="s"):
    """One page (intro or section) of a posting."""

    model_config = FROZEN

    slug: Slug
    index: Index


class ListCB(CallbackData, prefix="l"):
    """The list of open vacancies."""

    model_config = FROZEN

    page: Index = 0


def short(label: str, limit: int = BUTTON_MAX) -> str:
    """A button label that fits on a phone screen."""
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1].rstrip() + "…"


def inline_rows(
    buttons: Sequence[tuple[str, CallbackData]], sizes: Sequence[int] = (2,)
) -> InlineKeyboardMarkup:
    """(label, callback data) buttons in rows of ``sizes``, the last size repeating, as
    ``InlineKeyboardBuilder.adjust`` lays them out. Built directly: the builder deep-copies
    every button when it exports, which made a keyboard cost more than the message under it."""
    widths = iter(sizes)
    width = next(widths, 2)
    rows: list[list[InlineKeyboardButton]] = []
    row: list[InlineKeyboardButton] = []
    for text, data in buttons:
        if len(row) >= width:
            rows.append(row)
            width = next(widths, width)
            row = []
        row.append(InlineKeyboardButton(text=text, callback_data=data.pack()))
    if row:
        rows.append(row)
    return InlineKeyboardMarkup(inline_keyboard=rows)


def labelled(
    locale: str, *buttons: tuple[str, CallbackData], sizes: Sequence[int] = (2,)
) -> InlineKeyboardMarkup:
    """A keyboard of fixed buttons: (locale key of the label, callback data), rows of ``sizes``."""
    return inline_rows([(t(locale, key), data) for key, data in buttons], sizes)


LIST_PAGE = 8


def vacancies_keyboard(
    postings: list[Posting], locale: str, page: int = 0
) -> InlineKeyboardMarkup:
    """One button per open posting (title, and city when known), eight to a page."""
    pages = max(1, -(-len(postings) // LIST_PAGE))
    page = min(max(page, 0), pages - 1)
    buttons: list[tuple[str, CallbackData]] = []
    for posting in postings[page * LIST_PAGE : (page + 1) * LIST_PAGE]:
        label = f"{posting.title} · {posting.city}" if posting.city else posting.title
        buttons.append((short(label), PostingCB(action="open", slug=posting.slug)))
    sizes = [1] * len(buttons)
    if pages > 1:
        if page > 0:
            buttons.append(("‹", ListCB(page=page - 1)))
        buttons.append((f"{page + 1}/{pages}", ListCB(page=page)))
        if page < pages - 1:
            buttons.append(("›", ListCB(page=page + 1)))
        sizes.append(1 + (page > 0) + (page < pages - 1))
    rows = inline_rows(buttons, sizes).inline_keyboard if buttons else []
    return InlineKeyboardMarkup(inline_keyboard=[*rows, [subscribe_button(locale)]])


@per_posting
def card_keyboard(posting: Posting, locale: str, *, show_list: bool) -> InlineKeyboardMarkup:
    """Section buttons two to a row, then «Задать вопрос» / «Откликнуться», then «Все вакансии»."""
    pages = posting_pages(posting, locale)
    buttons: list[tuple[str, CallbackData]] = [
        (short(page.label, 32), PageCB(slug=posting.slug, index=page.index)) for page in pages
    ]
    buttons.append((t(locale, "browse.ask_button"), PostingCB(action="ask", slug=posting.slug)))
    buttons.append(
        (t(locale, "browse.apply_button"), PostingCB(action="apply", slug=posting.slug))
    )
    sizes = [2] * (len(pages) // 2) + ([1] if len(pages) % 2 else []) + [2]
    if show_list:
        buttons.append((t(locale, "browse.list_button"), ListCB()))
        sizes.append(1)
    return inline_rows(buttons, sizes)


@per_posting
def page_keyboard(posting: Posting, page: Page, locale: str) -> InlineKeyboardMarkup:
    """Under a section: back to the card, and the two actions."""
    return labelled(
        locale,
        ("browse.back_button", PostingCB(action="open", slug=posting.slug)),
        ("browse.ask_button", PostingCB(action="ask", slug=posting.slug)),
        ("browse.apply_button", PostingCB(action="apply", slug=posting.slug)),
        sizes=(1, 2),
    )


class AboutCB(CallbackData, prefix="q"):
    """«Which vacancy is your question about?» — the answer picks a posting."""

    model_config = FROZEN

    slug: Slug


class HandoverCB(CallbackData, prefix="h"):
    """Pass an unanswered question to HR (``send``), or not (``skip``)."""

    model_config = FROZEN

    action: Literal["send", "skip"]
    question_id: RowId


def which_posting_keyboard(postings: list[Posting]) -> InlineKeyboardMarkup:
    """One button per open posting, to say which one a question is about."""
    builder = InlineKeyboardBuilder()
    for posting in postings:
        builder.button(text=short(posting.title), callback_data=AboutCB(slug=posting.slug))
    builder.adjust(1)
    return builder.as_markup()


@per_posting
def answered_keyboard(posting: Posting, locale: str) -> InlineKeyboardMarkup:
    """After an answer: apply, or go back to the card."""
    return labelled(
        locale,
        ("browse.apply_button", PostingCB(action="apply", slug=posting.slug)),
        ("browse.back_button", PostingCB(action="open", slug=posting.slug)),
    )


def handover_keyboard(question_id: int, locale: str) -> InlineKeyboardMarkup:
    """«Передать» / «Не нужно» under an abstained answer."""
    return labelled(
        locale,
        ("questions.send_button", HandoverCB(action="send", question_id=question_id)),
        ("questions.skip_button", HandoverCB(action="skip", question_id=question_id)),
    )


# --- the screening questionnaire --------------------------------------------------------------


class ConsentCB(CallbackData, prefix="sc"):
    """«Согласен» (``yes``) / «Не согласен» (``no``) on a posting's consent screen."""

    model_config = FROZEN

    action: Literal["yes", "no"]
    slug: Slug


class ReapplyCB(CallbackData, prefix="sr"):
    """Already applied: ``update`` the answers or ``keep`` the application."""

    model_config = FROZEN

    action: Literal["update", "keep"]
    slug: Slug


class AnswerCB(CallbackData, prefix="sa"):
    """A button under question ``qid``: ``c``hoice i, ``t``oggle i, ``d``one, ``y``es, ``n``o,
    ``s``kip, ``b``ack. ``qid`` is the draft's step guard: a button of an old question is ignored.
    """

    model_config = FROZEN

    qid: QuestionKey
    action: Literal["c", "t", "d", "y", "n", "s", "b"]
    i: Index = 0


YESNO_BUTTONS: tuple[tuple[Literal["y", "n"], str], ...] = (("y", "yes"), ("n", "no"))


class ReviewCB(CallbackData, prefix="sv"):
    """Review buttons: ``submit``, ``change`` (pick one), ``edit`` qid, ``show``, ``back``."""

    model_config = FROZEN

    action: Literal["submit", "change", "edit", "show", "back"]
    qid: QuestionKey = ""


class PrivacyCB(CallbackData, prefix="pd"):
    """/delete_me confirmation: ``erase`` or ``keep``."""

    model_config = FROZEN

    action: Literal["erase", "keep"]


@cache
def consent_keyboard(slug: str, locale: str) -> InlineKeyboardMarkup:
    """«Согласен» / «Не согласен»."""
    return labelled(
        locale,
        ("screening.button.consent_accept", ConsentCB(action="yes", slug=slug)),
        ("screening.button.consent_decline", ConsentCB(action="no", slug=slug)),
    )


@cache
def reapply_keyboard(slug: str, locale: str) -> InlineKeyboardMarkup:
    """«Обновить ответы» / «Оставить как есть»."""
    return labelled(
        locale,
        ("screening.button.update", ReapplyCB(action="update", slug=slug)),
        ("screening.button.keep", ReapplyCB(action="keep", slug=slug)),
        sizes=(1,),
    )


@cache
def back_to_posting_keyboard(slug: str, locale: str) -> InlineKeyboardMarkup:
    """One button: back to the posting's card."""
    return labelled(locale, ("screening.button.to_posting", PostingCB(action="open", slug=slug)))


def question_keyboard(
    posting: Posting,
    question: Question,
    locale: str,
    *,
    ticked: Sequence[int],
    can_go_back: bool,
) -> InlineKeyboardMarkup | None:
    """Options (choice), toggles with ✓ and «Готово» (multichoice), «Да»/«Нет», then
    «Назад» and «Пропустить» (optional questions only) for a question of ``posting``'s
    questionnaire. Cached per posting (``per_posting``): keyboards are pure values and building
    one through InlineKeyboardBuilder deep-copies every button; a reload that replaces the
    posting lets its questions' keyboards go with it."""
    return _question_keyboard(posting, question, locale, tuple(ticked), can_go_back)


@per_posting
def _question_keyboard(
    posting: Posting, question: Question, locale: str, ticked: tuple[int, ...], can_go_back: bool
) -> InlineKeyboardMarkup | None:
    builder = InlineKeyboardBuilder()
    sizes: list[int] = []
    qid = question.id
    options = question.options or ()
    if question.type == QuestionType.CHOICE:
        for i, option in enumerate(options):
            builder.button(text=short(option), callback_data=AnswerCB(qid=qid, action="c", i=i))
        sizes += [1] * len(options)
    elif question.type == QuestionType.MULTICHOICE:
        for i, option in enumerate(options):
            label = short(f"✓ {option}" if i in ticked else option)
            builder.button(text=label, callback_data=AnswerCB(qid=qid, action="t", i=i))
        builder.button(
            text=t(locale, "screening.button.done"), callback_data=AnswerCB(qid=qid, action="d")
        )
        sizes += [1] * (len(options) + 1)
    elif question.type == QuestionType.YESNO:
        for action, key in YESNO_BUTTONS:
            builder.button(
                text=t(locale, f"screening.button.{key}"),
                callback_data=AnswerCB(qid=qid, action=action),
            )
        sizes.append(2)
    tail = 0
    if can_go_back:
        builder.button(
            text=t(locale, "screening.button.back"), callback_data=AnswerCB(qid=qid, action="b")
        )
        tail += 1
    if not question.required:
        builder.button(
            text=t(locale, "screening.button.skip"), callback_data=AnswerCB(qid=qid, action="s")
        )
        tail += 1
    if tail:
        sizes.append(tail)
    if not sizes:
        return None
    builder.adjust(*sizes)
    return builder.as_markup()


@per_posting
def contact_keyboard(
    posting: Posting, question: Question, locale: str, *, can_go_back: bool
) -> ReplyKeyboardMarkup:
    """A reply keyboard: «Поделиться номером» (request_contact), then «Назад» / «Пропустить»
    as plain text buttons (a message carries one keyboard, so these cannot be inline); cached
    per posting, as ``question_keyboard``."""
    builder = ReplyKeyboardBuilder()
    builder.button(text=t(locale, "screening.button.share_contact"), request_contact=True)
    tail = [t(locale, "screening.button.back")] if can_go_back else []
    if not question.required:
        tail.append(t(locale, "screening.button.skip"))
    for label in tail:
        builder.button(text=label)
    builder.adjust(1, *([len(tail)] if tail else []))
    return builder.as_markup(resize_keyboard=True, one_time_keyboard=False)


@cache
def remove_keyboard() -> ReplyKeyboardRemove:
    """Take the reply keyboard away: drawn once, like the keyboards above (never changed)."""
    return ReplyKeyboardRemove()


@cache
def review_keyboard(locale: str) -> InlineKeyboardMarkup:
    """«Отправить», then «Изменить» and «Назад»."""
    return labelled(
        locale,
        ("screening.button.submit", ReviewCB(action="submit")),
        ("screening.button.change", ReviewCB(action="change")),
        ("screening.button.back", ReviewCB(action="back")),
        sizes=(1, 2),
    )


def edit_pick_keyboard(
    posting: Posting, questions: Sequence[Question], locale: str
) -> InlineKeyboardMarkup:
    """One button per question of ``posting``'s questionnaire («2. Сколько лет…»), then «Назад»
    to the review; cached per posting, as ``question_keyboard``."""
    return _edit_pick_keyboard(posting, tuple(questions), locale)


@per_posting
def _edit_pick_keyboard(
    posting: Posting, questions: tuple[Question, ...], locale: str
) -> InlineKeyboardMarkup:
    builder = InlineKeyboardBuilder()
    for number, question in enumerate(questions, start=1):
        builder.button(
            text=short(f"{number}. {question.text}", 40),
            callback_data=ReviewCB(action="edit", qid=question.id),
        )
    builder.button(text=t(locale, "screening.button.back"), callback_data=ReviewCB(action="show"))
    builder.adjust(1)
    return builder.as_markup()


@cache
def erase_keyboard(locale: str) -> InlineKeyboardMarkup:
    """/delete_me: «Да, удалить всё» / «Нет, оставить»."""
    return labelled(
        locale,
        ("screening.button.erase", PrivacyCB(action="erase")),
        ("screening.button.erase_keep", PrivacyCB(action="keep")),
        sizes=(1,),
    )


# --- the HR desk --------------------------------------------------------------------------------

MESSAGE_ID_MAX = 2**31 - 1
PAGE_MAX = 100_000
DecisionLetter = Literal["i", "r", "s", "w", ""]
StatusLetter = Literal["n", "f", "i", "s", "r", "w", ""]


class HrCB(CallbackData, prefix="hr"):
    """The HR desk's buttons on application ``app``.

    ``act``: ``d`` a decision button on the summary (``d``: ``i``nvite, ``r``eject, re``s``erve,
    ``w``rite to the candidate), ``s`` send the proposed message as it is, ``x`` cancel, ``o``
    re-open the summary. ``f``: the status letter the button was drawn for (a button drawn for
    an older status is refused). ``m``: the summary message a prompt belongs to.
    """

    model_config = FROZEN

    act: Literal["d", "s", "x", "o"]
    app: RowId
    d: DecisionLetter = ""
    f: StatusLetter = ""
    m: int = Field(default=0, ge=0, le=MESSAGE_ID_MAX)


class DeskListCB(CallbackData, prefix="hl"):
    """A page of HR's application list: posting ``slug`` ('' for all), status letter ``st``."""

    model_config = FROZEN

    slug: Annotated[str, Field(pattern=r"^[a-z0-9_-]{0,48}$")] = ""
    st: StatusLetter = ""
    page: int = Field(default=0, ge=0, le=PAGE_MAX)


class WithdrawCB(CallbackData, prefix="wd"):
    """/my: ``a``sk to withdraw application ``app``, ``y``es, ``n``o."""

    model_config = FROZEN

    act: Literal["a", "y", "n"]
    app: RowId


def decision_keyboard(
    application_id: int, status_letter: StatusLetter, labels: Sequence[tuple[DecisionLetter, str]]
) -> InlineKeyboardMarkup | None:
    """The summary's buttons: (decision letter, label) pairs, two to a row; None when empty."""
    if not labels:
        return None
    return inline_rows(
        [
            (label, HrCB(act="d", app=application_id, d=letter, f=status_letter))
            for letter, label in labels
        ]
    )


def summary_keyboard(application_id: int, status: str, lang: str) -> InlineKeyboardMarkup | None:
    """The buttons under an HR summary: the decisions its status still allows."""
    letter = cast(StatusLetter, STATUS_LETTER.get(status, ""))
    return decision_keyboard(application_id, letter, decision_labels(status, lang))


JsonMarkup = dict[str, list[list[dict[str, str]]]]
"""An inline keyboard as JSON, as ``model_dump(mode="json", exclude_none=True)`` gives it."""


def summary_markup(application_id: int, status: str, lang: str) -> JsonMarkup | None:
    """``summary_keyboard`` as the outbox stores it under a new summary, drawn without a
    pydantic object per button: the labels and the buttons' data are drawn once per status and
    language (``_summary_layout``), and the application id is put into each button's data."""
    layout = _summary_layout(status, lang)
    if layout is None:
        return None
    if not 1 <= application_id <= ROW_ID_MAX:  # what HrCB's RowId would refuse
        raise ValueError(f"not an application id: {application_id}")
    app = str(application_id)
    return {
        "inline_keyboard": [
            [{"text": text, "callback_data": f"{head}{app}{tail}"} for text, head, tail in row]
            for row in layout
        ]
    }


@cache
def _summary_layout(status: str, lang: str) -> tuple[tuple[tuple[str, str, str], ...], ...] | None:
    """The summary's buttons for any application: (label, data before the id, data after it)
    per button, in rows. ``HrCB.pack`` writes the id as ``str(app)`` between its neighbours."""
    markup = summary_keyboard(1, status, lang)
    if markup is None:
        return None
    rows = []
    for row in markup.inline_keyboard:
        cells = []
        for button in row:
            assert button.callback_data is not None
            fields = button.callback_data.split(HrCB.__separator__)
            assert fields[2] == "1", "the id is HrCB's second field"
            head = HrCB.__separator__.join(fields[:2]) + HrCB.__separator__
            tail = HrCB.__separator__ + HrCB.__separator__.join(fields[3:])
            cells.append((button.text, head, tail))
        rows.append(tuple(cells))
    return tuple(rows)


def prompt_keyboard(
    locale: str,
    application_id: int,
    decision: DecisionLetter,
    status_letter: StatusLetter,
    summary_id: int,
) -> InlineKeyboardMarkup:
    """Under a proposed message: «Отправить как есть» (decisions only) and «Отмена»."""
    app, d, f, m = application_id, decision, status_letter, summary_id
    buttons: list[tuple[str, CallbackData]] = []
    if decision != "w":
        buttons.append(("hr.button.send_as_is", HrCB(act="s", app=app, d=d, f=f, m=m)))
    buttons.append(("hr.button.cancel", HrCB(act="x", app=app, d=d, f=f, m=m)))
    return labelled(locale, *buttons, sizes=(1,))


def desk_keyboard(
    entries: Sequence[tuple[int, str]],
    slug: str,
    status_letter: StatusLetter,
    page: int,
    pages: int,
) -> InlineKeyboardMarkup | None:
    """HR's list: one button per application (id, label), then ‹ n/m › when there are pages."""
    builder = InlineKeyboardBuilder()
    for application_id, label in entries:
        builder.button(text=short(label), callback_data=HrCB(act="o", app=application_id))
    sizes = [1] * len(entries)
    if pages > 1:
        if page > 0:
            builder.button(
                text="‹", callback_data=DeskListCB(slug=slug, st=status_letter, page=page - 1)
            )
        builder.button(
            text=f"{page + 1}/{pages}",
            callback_data=DeskListCB(slug=slug, st=status_letter, page=page),
        )
        if page < pages - 1:
            builder.button(
                text="›", callback_data=DeskListCB(slug=slug, st=status_letter, page=page + 1)
            )
        sizes.append(1 + (page > 0) + (page < pages - 1))
    if not sizes:
        return None
    builder.adjust(*sizes)
    return builder.as_markup()


def withdraw_keyboard(entries: Sequence[tuple[int, str]]) -> InlineKeyboardMarkup | None:
    """/my: one «Отозвать: …» button per application that can still be withdrawn."""
    if not entries:
        return None
    builder = InlineKeyboardBuilder()
    for application_id, label in entries:
        builder.button(text=short(label), callback_data=WithdrawCB(act="a", app=application_id))
    builder.adjust(1)
    return builder.as_markup()


def withdraw_confirm_keyboard(locale: str, application_id: int) -> InlineKeyboardMarkup:
    """«Да, отозвать» / «Нет»."""
    return labelled(
        locale,
        ("hr.button.withdraw_yes", WithdrawCB(act="y", app=application_id)),
        ("hr.button.withdraw_no", WithdrawCB(act="n", app=application_id)),
    )


# --- announcing in channels ---------------------------------------------------------------------

ChannelIndex = Annotated[int, Field(ge=0, le=99)]


class AnnounceCB(CallbackData, prefix="an"):
    """Under an /announce preview: ``pub``lish posting ``slug`` to channel number ``ch`` of
    CHANNEL_IDS (an index keeps the data short), or ``x`` cancel."""

    model_config = FROZEN

    action: Literal["pub", "x"]
    slug: Slug
    ch: ChannelIndex = 0


def post_keyboard(announcement: Announcement) -> InlineKeyboardMarkup:
    """The one URL button under a channel post: «Подробнее и откликнуться»."""
    button = InlineKeyboardButton(text=announcement.button, url=announcement.url)
    return InlineKeyboardMarkup(inline_keyboard=[[button]])


def announce_keyboard(
    announcement: Announcement, slug: str, channels: Sequence[str], locale: str
) -> InlineKeyboardMarkup:
    """The post's own URL button, then «Опубликовать в …» per channel, then «Отмена»."""
    rows = post_keyboard(announcement).inline_keyboard
    rows = [*rows]
    for index, label in enumerate(channels):
        text = short(t(locale, "announce.publish_button", channel=label))
        data = AnnounceCB(action="pub", slug=slug, ch=index).pack()
        rows.append([InlineKeyboardButton(text=text, callback_data=data)])
    cancel = AnnounceCB(action="x", slug=slug).pack()
    rows.append(
        [InlineKeyboardButton(text=t(locale, "announce.cancel_button"), callback_data=cancel)]
    )
    return InlineKeyboardMarkup(inline_keyboard=rows)


class SubscribeCB(CallbackData, prefix="su"):
    """``on``: subscribe to new vacancies (from the list or a closed posting); ``off``: the
    one-tap unsubscribe under every notification."""

    model_config = FROZEN

    action: Literal["on", "off"]


class BroadcastCB(CallbackData, prefix="bc"):
    """Under the admin's progress message: stop broadcast ``id``."""

    model_config = FROZEN

    action: Literal["x"]
    id: RowId


def subscribe_button(locale: str) -> InlineKeyboardButton:
    """«🔔 Сообщить о новых вакансиях»."""
    data = SubscribeCB(action="on").pack()
    return InlineKeyboardButton(text=t(locale, "subscribe.button"), callback_data=data)


def notification_keyboard(announcement: Announcement, locale: str) -> InlineKeyboardMarkup:
    """The posting's link, and «Отписаться» under a notification of a new vacancy."""
    link = InlineKeyboardButton(text=announcement.button, url=announcement.url)
    off = SubscribeCB(action="off").pack()
    leave = InlineKeyboardButton(text=t(locale, "subscribe.off_button"), callback_data=off)
    return InlineKeyboardMarkup(inline_keyboard=[[link], [leave]])


def broadcast_keyboard(broadcast_id: int, locale: str) -> InlineKeyboardMarkup:
    """«Остановить рассылку» under a running broadcast's progress."""
    data = BroadcastCB(action="x", id=broadcast_id).pack()
    stop = InlineKeyboardButton(text=t(locale, "broadcast.stop_button"), callback_data=data)
    return InlineKeyboardMarkup(inline_keyboard=[[stop]])
