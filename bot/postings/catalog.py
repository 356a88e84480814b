"""The live set of postings, swapped in whole on reload so readers never see half a folder.

A reload re-reads only the files whose size or modification time changed, and re-parses only
those whose bytes changed too; every other file keeps its very :class:`Posting` object, so
whatever is cached per posting (the answering engine's index) stays valid. ``reload_async``
parses in a worker process, so a big reload never holds the event loop's GIL.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import multiprocessing
import os
import threading
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from bot.postings.errors import Notice, PostingError
from bot.postings.loader import assemble, parse_source, posting_files, read_source
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
    warnings: dict[str, list[Notice]] = field(default_factory=dict)


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
    """What differs between two versions of a posting: fields, then sections, by content.

    Sections are matched by kind and heading and compared by their text only: a line added
    above them moves their line numbers, which is no change a candidate could see.
    """
    changes = [name for name in _COMPARED_FIELDS if getattr(old, name) != getattr(new, name)]
    old_sections = {(s.kind, s.heading): (s.markdown, s.items) for s in old.sections}
    new_sections = {(s.kind, s.heading): (s.markdown, s.items) for s in new.sections}
    for key in new_sections:
        if key not in old_sections:
            changes.append(f"+section {key[1]}")
    for key in old_sections:
        if key not in new_sections:
            changes.append(f"-section {key[1]}")
    for key, content in new_sections.items():
        if key in old_sections and old_sections[key] != content:
            changes.append(f"section {key[1]}")
    return changes


@dataclass(frozen=True)
class _File:
    """What one file held when last read: its stat signature, digest, and posting or error."""

    signature: tuple[int, int, int]
    digest: bytes
    outcome: Posting | PostingError


@dataclass(frozen=True)
class _State:
    """Everything readers see, replaced in one assignment."""

    by_slug: dict[str, Posting] = field(default_factory=dict)
    ordered: tuple[Posting, ...] = ()  # by title, built once per reload
    files: dict[Path, _File] = field(default_factory=dict)


def _signature(path: Path) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


def parse_many(jobs: list[tuple[Path, bytes]]) -> list[Posting | PostingError]:
    """Parse files' bytes (in a worker process); every failure is that file's error."""
    out: list[Posting | PostingError] = []
    for path, raw in jobs:
        try:
            out.append(parse_source(path, raw))
        except PostingError as error:
            out.append(error)
    return out


_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _worker_pool() -> Executor | None:
    """One process pool for every catalog, started on first use; ``None`` where none can run."""
    global _pool
    with _pool_lock:
        if _pool is None:
            try:
                # forkserver: workers never inherit the bot's threads or sockets
                context = multiprocessing.get_context("forkserver")
                context.set_forkserver_preload(["bot.postings.loader"])
                workers = min(2, os.cpu_count() or 1)
                _pool = ProcessPoolExecutor(max_workers=workers, mp_context=context)
            except (OSError, ValueError, NotImplementedError):
                return None
        return _pool


class Catalog:
    """Postings by slug, read from one folder; ``reload`` replaces them in one assignment."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._state = _State()
        self._open: tuple[_State, dt.date, list[Posting]] | None = None
        self._reloading = asyncio.Lock()

    def get(self, slug: str) -> Posting | None:
        """The posting with that slug, open or closed."""
        return self._state.by_slug.get(slug)

    def get_open(self, slug: str, today: dt.date | None = None) -> Posting | None:
        """The posting with that slug if candidates may still see and apply to it."""
        posting = self._state.by_slug.get(slug)
        return posting if posting is not None and posting.is_open(today) else None

    def all(self) -> list[Posting]:
        """Every posting, ordered by title (sorted once per reload, not per call)."""
        return list(self._state.ordered)

    def open_postings(self, today: dt.date | None = None) -> list[Posting]:
        """Postings candidates may see and apply to, ordered by title; computed once a day."""
        today = today or dt.date.today()
        state, cached = self._state, self._open
        if cached is None or cached[0] is not state or cached[1] != today:
            cached = (state, today, [p for p in state.ordered if p.is_open(today)])
            self._open = cached
        return list(cached[2])

    def __len__(self) -> int:
        return len(self._state.by_slug)

    # --- reloading ------------------------------------------------------------------------

    def reload(self) -> ReloadReport:
        """Re-read the folder in this thread; a broken file keeps its last good version live."""
        try:
            pending, files = self._scan()
        except PostingError as error:
            return self._folder_gone(error)
        for path, raw, signature in pending:
            files[path] = _File(signature, _digest(raw), parse_many([(path, raw)])[0])
        return self._swap(files)

    async def reload_async(self, executor: Executor | None = None) -> ReloadReport:
        """Re-read the folder off the event loop: files in a thread, parsing in a worker process.

        Reloads never overlap: a second caller waits for the first one's result to be in place.
        """
        async with self._reloading:
            try:
                pending, files = await asyncio.to_thread(self._scan)
            except PostingError as error:
                return self._folder_gone(error)
            if pending:
                jobs = [(path, raw) for path, raw, _ in pending]
                outcomes = await _parse_off_loop(jobs, executor)
                for (path, raw, signature), outcome in zip(pending, outcomes, strict=True):
                    files[path] = _File(signature, _digest(raw), outcome)
            return self._swap(files)

    def _scan(
        self,
    ) -> tuple[list[tuple[Path, bytes, tuple[int, int, int]]], dict[Path, _File]]:
        """Files to parse (path, bytes, signature), and the rest as they were."""
        known = self._state.files
        files: dict[Path, _File] = {}
        pending: list[tuple[Path, bytes, tuple[int, int, int]]] = []
        for path in posting_files(self.folder):
            signature = _signature(path) or (-1, -1, -1)
            previous = known.get(path)
            if previous is not None and previous.signature == signature and signature[0] >= 0:
                files[path] = previous
                continue
            try:
                raw = read_source(path)
            except PostingError as error:
                files[path] = _File(signature, b"", error)
                continue
            if previous is not None and previous.digest == _digest(raw):
                files[path] = _File(signature, previous.digest, previous.outcome)
                continue
            pending.append((path, raw, signature))
        return pending, files

    def _folder_gone(self, error: PostingError) -> ReloadReport:
        """The folder itself is gone: keep serving what we have."""
        current = self._state.by_slug
        return ReloadReport(
            total=len(current),
            open=sum(1 for p in current.values() if p.is_open()),
            errors=[error],
            kept=sorted(current),
        )

    def _swap(self, files: dict[Path, _File]) -> ReloadReport:
        current = self._state.by_slug
        live_by_path = {p.source: p for p in current.values() if p.source is not None}
        result = assemble(
            {path: entry.outcome for path, entry in files.items()},
            prefer={slug: p.source for slug, p in current.items() if p.source},
        )
        fresh = {posting.slug: posting for posting in result.postings.values()}
        kept: list[str] = []
        for problem in result.errors:
            previous = live_by_path.get(problem.path)
            if previous is not None and previous.slug not in fresh and problem.path in files:
                fresh[previous.slug] = previous
                kept.append(previous.slug)
        ordered = tuple(sorted(fresh.values(), key=lambda p: p.title.lower()))
        self._state = _State(fresh, ordered, files)  # the one step readers can observe
        changed = {
            slug: diff
            for slug, posting in fresh.items()
            if slug in current
            and current[slug] is not posting
            and (diff := describe_changes(current[slug], posting))
        }
        return ReloadReport(
            total=len(fresh),
            open=len(self.open_postings()),
            added=sorted(fresh.keys() - current.keys()),
            removed=sorted(current.keys() - fresh.keys()),
            changed=changed,
            errors=result.errors,
            kept=sorted(kept),
            warnings={p.slug: list(p.warnings) for p in ordered if p.warnings},
        )


async def _parse_off_loop(
    jobs: list[tuple[Path, bytes]], executor: Executor | None
) -> list[Posting | PostingError]:
    """Parse in the worker processes, in batches; in a thread if no process can be started."""
    pool = executor or _worker_pool()
    if pool is None:
        return await asyncio.to_thread(parse_many, jobs)
    loop = asyncio.get_running_loop()
    size = max(8, len(jobs) // 16)
    batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
    try:
        parts = await asyncio.gather(
            *(loop.run_in_executor(pool, parse_many, batch) for batch in batches)
        )
    except BrokenProcessPool:  # a worker died (killed, out of memory): parse here instead
        _forget_pool(pool)
        return await asyncio.to_thread(parse_many, jobs)
    return [outcome for part in parts for outcome in part]


def _forget_pool(pool: Executor) -> None:
    global _pool
    with _pool_lock:
        if _pool is pool:
            _pool = None
    pool.shutdown(wait=False, cancel_futures=True)


def shutdown_workers() -> None:
    """Stop the worker processes (at shutdown; they would be stopped at exit anyway)."""
    global _pool
    with _pool_lock:
        pool, _pool = _pool, None
    if pool is not None:
        pool.shutdown(wait=True, cancel_futures=True)
