"""Screening texts for Telegram, as plain text plus entities (never HTML).

Candidate answers and HR's question texts go in verbatim — a ``<b>`` or ``&`` stays literal —
and styling is carried by entities. Every fixed phrase comes from the locale files.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from bot.locales import t
from bot.postings.models import Question, QuestionType
from bot.postings.render import (
    MESSAGE_LIMIT,
    Entity,
    Rendered,
    TextBuilder,
    split_rendered,
    utf16_len,
)
from bot.screening.draft import Draft
from bot.screening.knockouts import KnockoutHit
from bot.screening.validation import display_value, plain_line, question_hint, visible_text


def render_question(
    question: Question, n: int, total: int, locale: str, *, current: str | None = None
) -> Rendered:
    """«Вопрос 2 из 6», the question, its options and a hint; ``current`` is the answer so far.
    Not cached here: the bot keeps an unanswered screen per posting (``question_screen`` in
    ``bot.handlers.questionnaire``), so that it goes with the posting a reload replaces."""
    out = TextBuilder()
    out.add(t(locale, "screening.progress", n=n, total=total), "italic").newline()
    out.add(question.text, "bold").newline(2)
    if question.type in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
        for number, option in enumerate(question.options or (), start=1):
            out.add(f"{number}. {option}").newline()
        out.newline(2)
    out.add(question_hint(question, locale), "italic").newline()
    if not question.required:
        out.add(t(locale, "screening.optional"), "italic").newline()
    if current:
        out.newline(2)
        out.add(t(locale, "screening.current", answer=current))
    return out.build()


def render_review(questionnaire: Sequence[Question], draft: Draft, locale: str) -> Rendered:
    """Every question in bold with its answer below; skipped optional ones as «— пропущено».

    The text can exceed one message when answers are long: send it through ``split_rendered``.
    """
    out = TextBuilder()
    out.add(t(locale, "screening.review.title"), "bold").newline(2)
    for number, question in enumerate(questionnaire, start=1):
        out.add(f"{number}. {question.text}", "bold").newline()
        answer = draft.answers.get(question.id)
        if answer is not None:
            out.add(display_value(question, answer["value"], answer["display"], locale))
        elif not question.required:
            out.add(t(locale, "screening.review.skipped"), "italic")
        else:
            out.add(t(locale, "screening.review.missing"), "italic")
        out.newline(2)
    out.add(t(locale, "screening.review.footer"), "italic")
    return out.build()


def render_knockout_notice(reasons: Sequence[str], locale: str) -> Rendered:
    """Tell the candidate kindly which requirements they miss, and that HR still sees them."""
    if not reasons:
        return Rendered("")
    out = TextBuilder()
    out.add(t(locale, "screening.knockout.title"), "bold").newline(2)
    intro = "screening.knockout.intro" if len(reasons) == 1 else "screening.knockout.intro_many"
    out.add(t(locale, intro)).newline()
    for reason in reasons:
        out.add(f"• {reason}").newline()
    out.newline(2)
    out.add(t(locale, "screening.knockout.footer"))
    return out.build()


# --- the HR summary ---------------------------------------------------------------------------


@dataclass(frozen=True)
class AskedQuestion:
    """A question the candidate asked the bot, whether the bot could answer it, and whether the
    candidate passed it on to HR."""

    text: str
    answered: bool
    forwarded: bool = False


@dataclass(frozen=True)
class SummaryInput:
    """What the HR summary shows, as plain values (no storage rows, no aiogram objects).

    ``questions`` should be the questionnaire in ``lang`` (the posting's language), ``answers``
    the draft's answers, ``knockouts`` from :func:`bot.screening.find_knockouts`.
    """

    posting_title: str
    lang: str
    application_id: int | str
    user_id: int
    full_name: str
    questions: Sequence[Question]
    answers: Mapping[str, Mapping[str, Any]]
    knockouts: Sequence[KnockoutHit] = ()
    username: str | None = None
    asked: Sequence[AskedQuestion] = ()
    duration: dt.timedelta | None = None
    updated: bool = False
    source: str | None = None


def format_duration(duration: dt.timedelta, locale: str) -> str:
    """133 s → «2 мин 13 с»; 3900 s → «1 ч 5 мин»; 45 s → «45 с»."""
    seconds = max(0, int(duration.total_seconds()))
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    if hours:
        parts = [("hours", hours), ("minutes", minutes)]
    elif minutes:
        parts = [("minutes", minutes), ("seconds", seconds)]
    else:
        parts = [("seconds", seconds)]
    return " ".join(t(locale, f"screening.duration.{unit}", n=n) for unit, n in parts if n) or (
        t(locale, "screening.duration.seconds", n=0)
    )


def render_hr_summary(summary: SummaryInput, tail: Rendered | None = None) -> list[Rendered]:
    """The application for HR, in the posting's language, split into messages ≤ 4096 units;
    ``tail`` (e.g. HR's decisions so far) goes at the end."""
    lang = summary.lang
    out = TextBuilder()
    title = "screening.summary.title_updated" if summary.updated else "screening.summary.title_new"
    out.add(t(lang, title, id=summary.application_id), "bold").newline()
    if summary.updated:
        out.add(t(lang, "screening.summary.updated_note"), "italic").newline()
    out.add(t(lang, "screening.summary.posting")).add(summary.posting_title, "bold").newline()
    _add_candidate(out, summary)
    if summary.source:
        source = plain_line(summary.source)
        out.add(t(lang, "screening.summary.source", source=source)).newline()
    if summary.duration is not None:
        duration = format_duration(summary.duration, lang)
        out.add(t(lang, "screening.summary.duration", duration=duration)).newline()

    if summary.knockouts:
        out.newline(2)
        out.add(t(lang, "screening.summary.knockouts"), "bold").newline()
        for hit in summary.knockouts:
            key = "screening.summary.knockout_line"
            out.add(t(lang, key, question=hit.question, reason=hit.reason)).newline()

    out.newline(2)
    out.add(t(lang, "screening.summary.answers"), "bold").newline(2)
    flagged = {hit.question_id for hit in summary.knockouts}
    for number, question in enumerate(summary.questions, start=1):
        out.add(f"{number}. {question.text}", "bold").newline()
        answer = summary.answers.get(question.id)
        if answer is None:
            out.add(t(lang, "screening.summary.skipped"), "italic")
        else:
            if question.id in flagged:
                out.add(t(lang, "screening.summary.knockout_mark"))
            shown = display_value(question, answer["value"], answer["display"], lang)
            out.add(visible_text(shown))
        out.newline(2)

    out.add(t(lang, "screening.summary.asked"), "bold").newline()
    if not summary.asked:
        out.add(t(lang, "screening.summary.asked_none"), "italic").newline()
    for asked in summary.asked:
        status = "asked_answered" if asked.answered else "asked_unanswered"
        if not (asked.answered or asked.forwarded):
            status = "asked_unanswered_kept"
        text = plain_line(asked.text)
        out.add(f"• {text} — ").add(t(lang, f"screening.summary.{status}")).newline()
    out.newline(2)
    out.add(t(lang, "screening.summary.application", id=summary.application_id), "italic")
    if tail is not None:
        out.add_rendered(tail)
    return _split_with_headers(out.build(), summary)


def _add_candidate(out: TextBuilder, summary: SummaryInput) -> None:
    lang = summary.lang
    user_id = t(lang, "screening.summary.user_id", id=summary.user_id)
    name = plain_line(summary.full_name)  # a Telegram name may carry U+202E and the like
    out.add(t(lang, "screening.summary.candidate"))
    out.add(name or user_id, "text_link", url=f"tg://user?id={summary.user_id}")
    if summary.username:
        out.add(f" (@{plain_line(summary.username).lstrip('@')})")
    if name:
        out.add(", " + user_id)
    out.newline()


def _part_header(summary: SummaryInput, n: int, total: int) -> Rendered:
    lang = summary.lang
    text = (
        t(lang, "screening.summary.application", id=summary.application_id)
        + " "
        + t(lang, "screening.summary.part", n=n, total=total)
    )
    return Rendered(text + "\n", (Entity("italic", 0, utf16_len(text)),))


def _split_with_headers(rendered: Rendered, summary: SummaryInput) -> list[Rendered]:
    """Split a long summary; parts after the first say whose application they continue."""
    if utf16_len(rendered.text) <= MESSAGE_LIMIT:
        return [rendered]
    reserve = utf16_len(_part_header(summary, 999, 999).text)
    parts = split_rendered(rendered, MESSAGE_LIMIT - reserve)
    total = len(parts)
    return [
        part if n == 1 else _part_header(summary, n, total) + part
        for n, part in enumerate(parts, start=1)
    ]
