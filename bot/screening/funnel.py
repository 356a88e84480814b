"""HR's funnel: viewed → started → submitted → invited, per posting and per source tag, with the
conversion at each step and the median time to fill in; as text and as a PNG chart.

The chart is drawn with matplotlib's object API on an Agg canvas (no pyplot, no global state),
so it is safe to build in a worker thread.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import statistics
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.locales import t
from bot.postings.render import Rendered, TextBuilder
from bot.screening.render import format_duration

STAGES = ("viewed", "started", "submitted", "invited")
CHART_POSTINGS = 8


class StageLike(Protocol):
    """One stage count as the storage reports it."""

    @property
    def stage(self) -> str: ...
    @property
    def posting_slug(self) -> str: ...
    @property
    def source(self) -> str | None: ...
    @property
    def count(self) -> int: ...
    @property
    def durations(self) -> tuple[int, ...]: ...


@dataclass
class Line:
    """One funnel: how many reached each stage, and the times to fill in."""

    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STAGES, 0))
    durations: list[int] = field(default_factory=list)

    def add(self, stage: str, count: int, durations: Iterable[int]) -> None:
        self.counts[stage] = self.counts.get(stage, 0) + count
        self.durations.extend(durations)

    @property
    def median_seconds(self) -> float | None:
        return statistics.median(self.durations) if self.durations else None


@dataclass
class PostingFunnel:
    """A posting's funnel in total and per source tag (None: no tag)."""

    slug: str
    title: str
    total: Line = field(default_factory=Line)
    sources: dict[str | None, Line] = field(default_factory=dict)


def aggregate(rows: Iterable[StageLike], titles: Mapping[str, str]) -> list[PostingFunnel]:
    """Group stage counts by posting; most viewed first."""
    postings: dict[str, PostingFunnel] = {}
    for row in rows:
        if row.stage not in STAGES:
            continue
        funnel = postings.setdefault(
            row.posting_slug,
            PostingFunnel(row.posting_slug, titles.get(row.posting_slug, row.posting_slug)),
        )
        funnel.total.add(row.stage, row.count, row.durations)
        funnel.sources.setdefault(row.source, Line()).add(row.stage, row.count, row.durations)
    return sorted(
        postings.values(), key=lambda p: (-p.total.counts["viewed"], -p.total.counts["submitted"])
    )


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "—"


def funnel_text(line: Line, lang: str) -> str:
    """«120 → 40 (33%) → 30 (75%) → 5 (17%)»."""
    counts = [line.counts[stage] for stage in STAGES]
    pieces = [str(counts[0])]
    for before, now in itertools.pairwise(counts):
        pieces.append(f"{now} ({percent(now, before)})")
    return " → ".join(pieces)


def render_funnel(
    postings: Sequence[PostingFunnel],
    period: str,
    lang: str,
    names: Mapping[str, str] | None = None,
) -> Rendered:
    """The funnel as text: a legend, then each posting with its sources (``names``: what to
    call a source tag, e.g. a channel's title for its ``c<digits>`` tag)."""
    out = TextBuilder()
    out.add(t(lang, "hr.stats.title", period=period), "bold").newline()
    if not postings:
        out.add(t(lang, "hr.stats.empty"))
        return out.build()
    out.add(t(lang, "hr.stats.legend"), "italic").newline(2)
    for funnel in postings:
        out.add(funnel.title, "bold").newline()
        out.add(funnel_text(funnel.total, lang)).newline()
        median = funnel.total.median_seconds
        if median is not None:
            duration = format_duration_seconds(median, lang)
            out.add(t(lang, "hr.stats.median", duration=duration)).newline()
        if len(funnel.sources) > 1 or None not in funnel.sources:
            ordered = sorted(
                funnel.sources.items(),
                key=lambda i: (-i[1].counts["viewed"], i[0] is None, i[0] or ""),
            )
            for source, line in ordered:
                name = (names or {}).get(source or "", source) or t(lang, "hr.stats.no_source")
                out.add(f"  • {name}: {funnel_text(line, lang)}").newline()
        out.newline()
    return out.build()


def format_duration_seconds(seconds: float, lang: str) -> str:
    return format_duration(dt.timedelta(seconds=round(seconds)), lang)


def chart_png(postings: Sequence[PostingFunnel], lang: str) -> bytes:
    """Grouped bars: the four stages for each of the most viewed postings."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    shown = list(postings[:CHART_POSTINGS])
    figure = Figure(figsize=(9, 5), dpi=100)
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    labels = [t(lang, f"hr.stats.stage.{stage}") for stage in STAGES]
    width = 0.8 / max(1, len(shown))
    for index, funnel in enumerate(shown):
        xs = [stage + index * width for stage in range(len(STAGES))]
        heights = [funnel.total.counts[stage] for stage in STAGES]
        title = funnel.title if len(funnel.title) <= 40 else funnel.title[:39] + "…"
        bars = axes.bar(xs, heights, width=width, label=title)
        axes.bar_label(bars, fontsize=8)
    axes.set_xticks([stage + 0.4 - width / 2 for stage in range(len(STAGES))], labels)
    axes.set_ylabel(t(lang, "hr.stats.people"))
    axes.set_title(t(lang, "hr.stats.chart_title"))
    if shown:
        axes.legend(fontsize=8)
    figure.tight_layout()
    out = io.BytesIO()
    figure.savefig(out, format="png")
    return out.getvalue()
