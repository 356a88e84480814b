"""What candidates see of a posting — the card and its pages — as Telegram text with entities.

Pure: no aiogram; handlers turn :class:`Rendered` into messages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from bot.locales import t
from bot.memo import per_posting
from bot.postings import Posting, ReloadReport, SectionKind
from bot.postings.facts import posting_facts
from bot.postings.render import Rendered, TextBuilder, render_markdown
from bot.storage.models import ApplicationSummary, Funnel, UnansweredStat


@dataclass(frozen=True)
class Page:
    """One button's worth of a posting: the intro or a section."""

    index: int
    label: str
    heading: str
    markdown: str


@per_posting
def posting_pages(posting: Posting, locale: str) -> tuple[Page, ...]:
    """The intro (when there is one) and each section, labelled in ``locale``.

    A label is the canonical name of the section's kind; when two sections share a kind (or the
    kind is ``other``), HR's own headings tell them apart — all of them, not only the later
    ones, since HR may have called the second «Требования» as well. A label still taken gets
    its page number, so no two buttons ever read the same.
    """
    pages: list[Page] = []
    used: set[str] = set()
    if posting.intro.strip():
        has_about = any(s.kind == SectionKind.ABOUT for s in posting.sections)
        label = t(locale, "section.other" if has_about else "section.about")
        pages.append(Page(0, label, label, posting.intro))
        used.add(label)
    canonical = [t(locale, f"section.{section.kind}") for section in posting.sections]
    shared = {label for label in canonical if canonical.count(label) > 1} | used
    for number, section in enumerate(posting.sections, start=1):
        label = canonical[number - 1]
        if section.kind == SectionKind.OTHER or label in shared:
            label = section.heading.strip() or label
        if label in used:
            label = f"{label} ({number})"
        used.add(label)
        pages.append(Page(number, label, section.heading, section.markdown))
    return tuple(pages)


def find_page(posting: Posting, index: int, locale: str) -> Page | None:
    """The page with that index, if the posting (still) has it."""
    return next((p for p in posting_pages(posting, locale) if p.index == index), None)


@per_posting
def render_card(posting: Posting, locale: str) -> Rendered:
    """Title, a facts line, the description and a hint on what to do next."""
    out = TextBuilder()
    out.add(posting.title, "bold")
    facts = [f.value for f in posting_facts(posting, locale)]
    if facts:
        out.newline().add(" · ".join(facts))
    if posting.description:
        out.newline(2).add(posting.description)
    out.newline(2).add(t(locale, "browse.card_hint"), "italic")
    return out.build()


@per_posting
def render_page(posting: Posting, page: Page) -> Rendered:
    """A page's heading in bold above its Markdown, rendered with entities."""
    out = TextBuilder()
    out.add(posting.title, "italic").newline()
    out.add(page.heading, "bold").newline(2)
    out.add_rendered(render_markdown(page.markdown))
    return out.build()


def render_list(postings: list[Posting], locale: str, *, greeting: bool) -> Rendered:
    """The greeting (on /start) and the invitation to pick a vacancy, or say there are none."""
    out = TextBuilder()
    if greeting:
        out.add(t(locale, "browse.greeting")).newline(2)
    out.add(t(locale, "browse.pick" if postings else "browse.none"))
    return out.build()


_SECTION_CHANGES = {"+section": "admin.section_added", "-section": "admin.section_removed"}


def _change_label(change: str, locale: str) -> str:
    kind, _, heading = change.partition(" ")
    if kind in _SECTION_CHANGES:
        return t(locale, _SECTION_CHANGES[kind], heading=heading)
    if kind == "section":
        return t(locale, "admin.section_changed", heading=heading)
    return t(locale, f"admin.field.{change}")


def render_reload_report(
    report: ReloadReport,
    locale: str,
    edited: Sequence[tuple[str, int, str]] = (),
    hr_chat_problems: Sequence[str] = (),
) -> Rendered:
    """What a reload added, removed and changed, each file's errors, the channel posts it edited
    (``(slug, chat id, "update" | "close")``) and the HR chats the bot cannot post to."""
    out = TextBuilder().add(
        t(locale, "admin.reloaded", total=report.total, open=report.open), "bold"
    )
    blocks = [
        ("admin.added", [f"• {slug}" for slug in report.added]),
        ("admin.removed", [f"• {slug}" for slug in report.removed]),
        (
            "admin.changed",
            [
                f"• {slug}: " + ", ".join(_change_label(c, locale) for c in changes)
                for slug, changes in sorted(report.changed.items())
            ],
        ),
        ("admin.kept", [f"• {slug}" for slug in report.kept]),
        ("admin.errors", [f"• {error.text(locale)}" for error in report.errors]),
        (
            "admin.warnings",
            [
                f"• {slug}: {w.text(locale)}"
                for slug, ws in sorted(report.warnings.items())
                for w in ws
            ],
        ),
        (
            "announce.edited_title",
            [
                t(locale, f"announce.edited_{kind}", slug=slug, chat=chat_id)
                for slug, chat_id, kind in edited
            ],
        ),
        ("admin.hr_chats", [f"• {said}" for said in hr_chat_problems]),
    ]
    if not (report.added or report.removed or report.changed or report.errors):
        out.newline().add(t(locale, "admin.no_changes"))
    for key, lines in blocks:
        if lines:
            out.newline(2).add(t(locale, key), "bold").newline().add("\n".join(lines))
    return out.build()


def render_answer(text: str) -> Rendered:
    """The answering engine's reply, its first line (where the quote comes from) in bold."""
    head, _, rest = text.partition("\n")
    out = TextBuilder().add(head, *(("bold",) if rest else ()))
    if rest:
        out.newline().add(rest)
    return out.build()


@dataclass(frozen=True)
class Person:
    """Who a message in the HR chat is about."""

    user_id: int
    name: str
    username: str | None = None


def add_person(out: TextBuilder, person: Person) -> TextBuilder:
    """The person's name as a link to their profile, and their @username when known."""
    out.add(person.name or str(person.user_id), "text_link", url=f"tg://user?id={person.user_id}")
    if person.username:
        out.add(f" (@{person.username})")
    return out


def render_hr_question(posting: Posting, person: Person, question: str, locale: str) -> Rendered:
    """A candidate's question as HR sees it, with a hint to reply to it."""
    out = TextBuilder().add(t(locale, "questions.hr_question_header", title=posting.title), "bold")
    out.newline().add(t(locale, "questions.hr_from"))
    add_person(out, person)
    out.newline(2).add(question)
    out.newline(2).add(t(locale, "questions.hr_hint"), "italic")
    return out.build()


def render_hr_reply(question: str, reply_text: str, locale: str) -> Rendered:
    """HR's reply as the candidate sees it, naming the question it answers."""
    shown = question if len(question) <= 200 else question[:199] + "…"
    out = TextBuilder().add(t(locale, "questions.hr_reply_header", question=shown), "bold")
    return out.newline(2).add(reply_text).build()


def render_stats(funnels: list[Funnel], unanswered: list[UnansweredStat], locale: str) -> Rendered:
    """Funnel figures per posting and the most asked questions postings do not answer."""
    out = TextBuilder().add(t(locale, "admin.stats_funnel"), "bold")
    for funnel in funnels:
        line = t(
            locale,
            "admin.stats_line",
            slug=funnel.posting_slug,
            views=funnel.views,
            viewers=funnel.viewers,
            applications=funnel.applications,
        )
        out.newline().add(line)
    out.newline(2).add(t(locale, "admin.stats_unanswered"), "bold")
    if not unanswered:
        out.newline().add(t(locale, "admin.stats_none"))
    for stat in unanswered:
        shown = (
            stat.question_text
            if len(stat.question_text) <= 200
            else stat.question_text[:199] + "…"
        )
        out.newline().add(f"• {shown} — {stat.posting_slug} ×{stat.count}")
    return out.build()


def render_my_applications(
    applications: list[ApplicationSummary], unfinished: str | None, locale: str
) -> Rendered:
    """/my: each application with its status and date, and an unfinished questionnaire if any."""
    out = TextBuilder()
    if not applications:
        out.add(t(locale, "screening.my.none"))
    else:
        out.add(t(locale, "screening.my.title"), "bold").newline()
        for application in applications:
            line = t(
                locale,
                "screening.my.line",
                title=application.posting_title,
                status=t(locale, f"screening.status.{application.status.value}"),
                date=application.submitted_at.strftime("%d.%m.%Y"),
            )
            out.newline().add(f"• {line}")
    if unfinished:
        out.newline(2).add(t(locale, "screening.my.draft", title=unfinished), "italic")
    return out.build()


def render_channels(channels: Sequence[tuple[int, str, str | None]], locale: str) -> Rendered:
    """``CHANNEL_IDS`` in words: for each ``(chat id, status, title)``, can the bot post there."""
    out = TextBuilder().add(t(locale, "announce.channels_title"), "bold")
    if not channels:
        return out.newline(2).add(t(locale, "announce.no_channels")).build()
    for chat_id, status, title in channels:
        said = t(locale, f"announce.channel.{status}", chat=chat_id, title=title or chat_id)
        out.newline().add(f"• {said}")
    return out.build()
