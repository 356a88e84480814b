"""What postings do not answer: candidates' unanswered questions grouped per posting and topic,
with how often they were asked, two or three example wordings, and what HR replied — the list
of what to add to each posting."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.locales import t
from bot.postings.render import Rendered, TextBuilder

EXAMPLES = 3
REPLIES = 2
TOPICS_PER_POSTING = 10


@dataclass(frozen=True)
class Asked:
    """One unanswered question as stored."""

    posting_slug: str
    text: str
    hr_reply: str | None


@dataclass
class Gap:
    """Questions on one topic of one posting (or one wording, when no topic was recognised)."""

    topic: str | None
    count: int = 0
    examples: list[str] = field(default_factory=list)
    replies: list[str] = field(default_factory=list)

    def add(self, asked: Asked) -> None:
        self.count += 1
        wording = " ".join(asked.text.split())
        known = {example.casefold() for example in self.examples}
        if len(self.examples) < EXAMPLES and wording.casefold() not in known:
            self.examples.append(wording)
        reply = " ".join((asked.hr_reply or "").split())
        if reply and len(self.replies) < REPLIES and reply not in self.replies:
            self.replies.append(reply)


def group_gaps(
    asked: Iterable[Asked], topic_of: Callable[[str], str | None]
) -> dict[str, list[Gap]]:
    """Per posting, the gaps most asked first; a question without a topic groups by wording."""
    postings: dict[str, dict[str, Gap]] = {}
    for item in asked:
        topic = topic_of(item.text)
        key = f"topic:{topic}" if topic else "text:" + " ".join(item.text.casefold().split())
        gaps = postings.setdefault(item.posting_slug, {})
        gaps.setdefault(key, Gap(topic)).add(item)
    return {
        slug: sorted(gaps.values(), key=lambda gap: (-gap.count, gap.topic is None))
        for slug, gaps in sorted(
            postings.items(), key=lambda entry: -sum(g.count for g in entry[1].values())
        )
    }


def render_gaps(
    gaps: Mapping[str, Sequence[Gap]], titles: Mapping[str, str], period: str, lang: str
) -> Rendered:
    """«Что не сказано в вакансиях»: per posting, each topic with its count, wordings, replies."""
    out = TextBuilder()
    out.add(t(lang, "hr.gaps.title", period=period), "bold").newline()
    if not gaps:
        out.add(t(lang, "hr.gaps.empty"))
        return out.build()
    out.add(t(lang, "hr.gaps.howto"), "italic").newline(2)
    for slug, items in gaps.items():
        out.add(titles.get(slug, slug), "bold").newline()
        for gap in items[:TOPICS_PER_POSTING]:
            topic = gap.topic or t(lang, "hr.gaps.no_topic")
            out.add(t(lang, "hr.gaps.topic", topic=topic, n=gap.count)).newline()
            for example in gap.examples:
                out.add(f"  «{example}»").newline()
            for reply in gap.replies:
                out.add("  " + t(lang, "hr.gaps.reply"), "italic").add(reply).newline()
        out.newline()
    return out.build()
