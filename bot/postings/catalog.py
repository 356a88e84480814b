"""The live set of postings, swapped in whole on reload so readers never see half a folder."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from bot.postings.errors import PostingError
from bot.postings.loader import load_folder
from bot.postings.models import Posting


@dataclass(frozen=True)
class ReloadReport:
    """What a reload changed and what is wrong, for the admin who asked for it."""

    total: int
    open: int
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: dict[str, list[str]] = field(default_factory=dict)
    errors: list[PostingError] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)
    warnings: dict[str, list[str]] = field(default_factory=dict)


_COMPARED_FIELDS = (
    "title",
    "salary",
    "status",
    "closes",
    "city",
    "format",
    "employment",
    "company",
    "description",
    "questionnaire",
    "faq",
    "hr_chat",
    "intro",
)


def describe_changes(old: Posting, new: Posting) -> list[str]:
    """Names of what differs between two versions of a posting: fields, then sections."""
    changes = [name for name in _COMPARED_FIELDS if getattr(old, name) != getattr(new, name)]
    old_sections = {(s.kind, s.heading): s for s in old.sections}
    new_sections = {(s.kind, s.heading): s for s in new.sections}
    for key in new_sections.keys() - old_sections.keys():
        changes.append(f"+section {key[1]}")
    for key in old_sections.keys() - new_sections.keys():
        changes.append(f"-section {key[1]}")
    for key in new_sections.keys() & old_sections.keys():
        if new_sections[key] != old_sections[key]:
            changes.append(f"section {key[1]}")
    return changes


class Catalog:
    """Postings by slug, read from one folder; ``reload`` replaces them in one assignment."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._by_slug: dict[str, Posting] = {}

    def get(self, slug: str) -> Posting | None:
        """The posting with that slug, open or closed."""
        return self._by_slug.get(slug)

    def get_open(self, slug: str, today: dt.date | None = None) -> Posting | None:
        """The posting with that slug if candidates may still see and apply to it."""
        posting = self._by_slug.get(slug)
        return posting if posting is not None and posting.is_open(today) else None

    def all(self) -> list[Posting]:
        """Every posting, ordered by title."""
        return sorted(self._by_slug.values(), key=lambda p: p.title.lower())

    def open_postings(self, today: dt.date | None = None) -> list[Posting]:
        """Postings candidates may see and apply to, ordered by title."""
        return [p for p in self.all() if p.is_open(today)]

    def __len__(self) -> int:
        return len(self._by_slug)

    def reload(self) -> ReloadReport:
        """Re-read the folder; a broken file keeps its last good version live."""
        current = self._by_slug
        by_path = {p.source: p for p in current.values() if p.source is not None}
        try:
            result = load_folder(
                self.folder, prefer={s: p.source for s, p in current.items() if p.source}
            )
        except PostingError as error:  # the folder itself is gone: keep serving what we have
            return ReloadReport(
                total=len(current),
                open=sum(1 for p in current.values() if p.is_open()),
                errors=[error],
                kept=sorted(current),
            )
        fresh: dict[str, Posting] = {}
        for posting in result.postings.values():
            fresh[posting.slug] = posting
        kept: list[str] = []
        for problem in result.errors:
            previous = by_path.get(problem.path)
            if previous is not None and previous.slug not in fresh and problem.path.exists():
                fresh[previous.slug] = previous
                kept.append(previous.slug)
        self._by_slug = fresh  # the one step readers can observe
        changed = {
            slug: diff
            for slug, posting in fresh.items()
            if slug in current and (diff := describe_changes(current[slug], posting))
        }
        return ReloadReport(
            total=len(fresh),
            open=sum(1 for p in fresh.values() if p.is_open()),
            added=sorted(fresh.keys() - current.keys()),
            removed=sorted(current.keys() - fresh.keys()),
            changed=changed,
            errors=result.errors,
            kept=sorted(kept),
            warnings={p.slug: list(p.warnings) for p in fresh.values() if p.warnings},
        )
