"""The HR desk's texts and rules: which decisions a status allows, the message the candidate gets,
the status shown on a summary, HR's list of applications.

Statuses are the stored strings (``new``, ``flagged``, ``invited``, ``reserve``, ``rejected``,
``withdrawn``); buttons carry one letter for each, to keep callback data short. HR's and
candidates' text goes in verbatim (entities style it), so ``<b>`` or ``&`` stay literal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from bot.locales import t
from bot.postings.models import Messages, Question
from bot.postings.render import Rendered, TextBuilder
from bot.screening.knockouts import KnockoutHit
from bot.screening.render import AskedQuestion, SummaryInput

Decision = Literal["i", "r", "s", "w"]
"""Invite, reject, reserve, write to the candidate (no status change)."""

STATUS_LETTER: dict[str, Literal["n", "f", "i", "s", "r", "w"]] = {
    "new": "n",
    "flagged": "f",
    "invited": "i",
    "reserve": "s",
    "rejected": "r",
    "withdrawn": "w",
}
LETTER_STATUS: dict[str, str] = {letter: status for status, letter in STATUS_LETTER.items()}
DECISION_STATUS = {"i": "invited", "r": "rejected", "s": "reserve"}
DECISION_TEMPLATE = {"i": "invite", "r": "reject", "s": "reserve"}
UNDECIDED = frozenset({"new", "flagged"})
WITHDRAWABLE = frozenset({"new", "flagged", "reserve", "invited"})

# What HR may still do from each status: the summary keeps only these buttons.
NEXT: dict[str, tuple[Decision, ...]] = {
    "new": ("i", "r", "s", "w"),
    "flagged": ("i", "r", "s", "w"),
    "reserve": ("i", "r", "w"),
    "invited": ("r", "w"),
    "rejected": ("w",),
    "withdrawn": (),
}
SEPARATOR = "\n\n———\n"


def decisions_for(status: str) -> tuple[Decision, ...]:
    """The buttons a summary shows for an application in ``status``."""
    return NEXT.get(status, ())


def allows(status: str, decision: Decision) -> bool:
    """Whether HR may take ``decision`` on an application in ``status``."""
    return decision in decisions_for(status)


def decision_labels(status: str, lang: str) -> list[tuple[Decision, str]]:
    """(letter, label) for each button the summary keeps."""
    return [(d, t(lang, f"hr.button.{d}")) for d in decisions_for(status)]


def fill(template: str, title: str, name: str) -> str:
    """Put the posting's title and the candidate's name in; other braces stay as written."""
    return template.replace("{title}", title).replace("{name}", name)


def proposed_text(
    messages: Messages | None, decision: Decision, lang: str, title: str, name: str
) -> str:
    """The posting's template for the decision, or the locale's default, filled in."""
    key = DECISION_TEMPLATE[decision]
    template = messages.template(key) if messages is not None else None
    return fill(template or t(lang, f"hr.template.{key}"), title, name or "")


def render_prompt(decision: Decision, text: str | None, lang: str) -> Rendered:
    """What HR sees before the candidate is told: the proposed message and how to replace it."""
    out = TextBuilder()
    if decision == "w":
        out.add(t(lang, "hr.prompt.write"), "bold")
        return out.build()
    out.add(t(lang, f"hr.prompt.title_{DECISION_TEMPLATE[decision]}"), "bold").newline(2)
    out.add(text or "", "blockquote").newline(2)
    out.add(t(lang, "hr.prompt.howto"), "italic")
    return out.build()


def render_candidate_message(title: str, text: str, lang: str) -> Rendered:
    """HR's message to the candidate, under a line naming the vacancy."""
    out = TextBuilder()
    out.add(t(lang, "hr.to_candidate", title=title), "italic").newline(2)
    out.add(text)
    return out.build()


@dataclass(frozen=True)
class Change:
    """One status change as the summary lists it."""

    new_status: str
    by_name: str | None
    by_id: int | None
    at: dt.datetime
    by_candidate: bool = False


def stamp(moment: dt.datetime) -> str:
    """03.12.2026 14:30 UTC."""
    return moment.astimezone(dt.UTC).strftime("%d.%m.%Y %H:%M UTC")


def status_label(status: str, lang: str) -> str:
    """The status as HR reads it («🆕 новый», «✅ приглашён»…)."""
    return t(lang, f"hr.status.{status}")


def render_status(status: str, changes: Sequence[Change], lang: str) -> Rendered:
    """The summary's tail: the status now, then who changed it and when."""
    out = TextBuilder()
    out.add(SEPARATOR)
    out.add(t(lang, "hr.summary.status")).add(status_label(status, lang), "bold")
    for change in changes:
        out.newline()
        if change.by_candidate:
            who = t(lang, "hr.summary.by_candidate")
        elif change.by_id is None:
            who = t(lang, "hr.summary.by_erased")
        else:
            who = t(lang, "hr.summary.by", name=change.by_name or "", id=change.by_id)
        line = t(
            lang,
            "hr.summary.change",
            at=stamp(change.at),
            status=status_label(change.new_status, lang),
            who=who,
        )
        out.add(line)
    return out.build()


@dataclass(frozen=True)
class StoredAnswer:
    """An answer as stored: question, the text HR saw, a knockout reason if any."""

    question_id: str
    question_text: str
    answer_text: str
    knockout_reason: str | None


def stored_summary_input(
    *,
    application_id: int,
    user_id: int,
    posting_title: str,
    lang: str,
    full_name: str,
    username: str | None,
    answers: Sequence[StoredAnswer],
    asked: Sequence[AskedQuestion],
    duration_seconds: int,
    updated: bool,
    source: str | None,
) -> SummaryInput:
    """The HR summary of a stored application (for a re-opened or refreshed summary)."""
    questions = [Question(id=answer.question_id, text=answer.question_text) for answer in answers]
    values: Mapping[str, Mapping[str, Any]] = {
        answer.question_id: {"value": answer.answer_text, "display": answer.answer_text}
        for answer in answers
    }
    knockouts = [
        KnockoutHit(answer.question_id, answer.question_text, answer.knockout_reason)
        for answer in answers
        if answer.knockout_reason
    ]
    return SummaryInput(
        posting_title=posting_title,
        lang=lang,
        application_id=application_id,
        user_id=user_id,
        full_name=full_name,
        questions=questions,
        answers=values,
        knockouts=knockouts,
        username=username,
        asked=asked,
        duration=dt.timedelta(seconds=duration_seconds),
        updated=updated,
        source=source,
    )


@dataclass(frozen=True)
class DeskLine:
    """One application in HR's list."""

    id: int
    title: str
    name: str | None
    status: str
    flags: int
    submitted_at: dt.datetime


def desk_button(line: DeskLine, lang: str) -> str:
    """«#12 ✅ Анна · Python-разработчик ⚠️1» — the button that re-opens the summary."""
    mark = t(lang, f"hr.mark.{line.status}")
    flags = f" ⚠️{line.flags}" if line.flags else ""
    who = line.name or t(lang, "hr.list.no_name")
    return f"#{line.id} {mark} {who} · {line.title}{flags}"


def render_desk(
    lines: Sequence[DeskLine], total: int, page: int, pages: int, filters: str, lang: str
) -> Rendered:
    """The list's text: what is shown, the page, and one line per application."""
    out = TextBuilder()
    if not lines:
        out.add(t(lang, "hr.list.empty", filters=filters))
        return out.build()
    out.add(t(lang, "hr.list.title", total=total, filters=filters), "bold").newline()
    out.add(t(lang, "hr.list.page", page=page + 1, pages=pages), "italic").newline(2)
    for line in lines:
        status = status_label(line.status, lang)
        flags = t(lang, "hr.list.flags", n=line.flags) if line.flags else ""
        date = line.submitted_at.strftime("%d.%m.%Y")
        who = line.name or t(lang, "hr.list.no_name")
        out.add(f"#{line.id} ", "bold").add(f"{who} · {line.title} · {date} · {status}{flags}")
        out.newline()
    out.newline().add(t(lang, "hr.list.howto"), "italic")
    return out.build()
