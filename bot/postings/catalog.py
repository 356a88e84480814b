"""The live set of postings, swapped in whole on reload so readers never see half a folder.

A reload re-reads only the files whose size or modification time changed, and re-parses only
those whose bytes changed too; every other file keeps its very :class:`Posting` object, so
whatever is cached per posting (the answering engine's index) stays valid. ``reload_async``
parses in a worker process, so a big reload never holds the event loop's GIL.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import datetime as dt
import gc
import hashlib
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable
from concurrent.futures import Executor, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, TypeAdapter

from bot.postings.errors import Notice, PostingError
from bot.postings.loader import parse_source, posting_names, read_source
from bot.postings.models import Posting

log = logging.getLogger(__name__)


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
    files: dict[str, _File] = field(default_factory=dict)  # by file name
    live: dict[str, Posting] = field(default_factory=dict)  # file name → the posting it serves


def _signature(path: str) -> tuple[int, int, int] | None:
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


# Up to this many bytes of changed files are parsed in a thread (about eight typical postings, a
# few milliseconds); more go to the worker processes.
IN_THREAD_BYTES = 32 * 1024

# A reload that parsed this many files gives the memory of what it replaced back (trim_heap).
TRIM_AFTER_FILES = 64

_pool: ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()


def _new_pool(*, low_priority: bool) -> ProcessPoolExecutor | None:
    """Worker processes for parsing; ``None`` where none can be started."""
    try:
        # forkserver: workers never inherit the bot's threads or sockets
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["bot.postings.loader"])
        return ProcessPoolExecutor(
            max_workers=min(2, os.cpu_count() or 1),
            mp_context=context,
            initializer=_yield_to_the_bot if low_priority else None,
        )
    except (OSError, ValueError, NotImplementedError):
        return None


def _worker_pool() -> Executor | None:
    """One low-priority pool for every catalog's reloads, started on first use.

    Call it in a thread, not on the event loop: the first call starts the fork server and a
    worker, which import the parser first (0.5–1 s on a busy machine); a first submit made on
    the loop would block it that long.
    """
    global _pool
    with _pool_lock:
        if _pool is None:
            _pool = _new_pool(low_priority=True)
            if _pool is not None:
                try:  # here, not on the loop: wait until a worker is up
                    _pool.submit(os.getpid).result()
                except (OSError, BrokenProcessPool):
                    _pool.shutdown(wait=False, cancel_futures=True)
                    _pool = None
        return _pool


class _Cached(BaseModel):
    """One parsed file in the start-up cache: its name, stat signature and digest, and the
    posting it gave."""

    name: str
    digest: str
    posting: Posting
    fields: Literal[2]
    """The posting model's version: a cache written before ``tags`` and ``image`` is re-parsed."""
    signature: tuple[int, int, int] | None = None
    """Size, modification time (ns) and inode when parsed: a file that still has them is not
    even read at the next start (None in a cache written before they were kept)."""


@cache
def _cache_adapter() -> TypeAdapter[list[_Cached]]:
    return TypeAdapter(list[_Cached])


def read_cache(path: Path) -> dict[str, _File]:
    """Postings parsed at an earlier start, by file name, with the signature and digest their
    files had; nothing if unreadable.

    JSON, not pickle: a file in the data folder must never be able to run code.
    """
    try:
        entries = _cache_adapter().validate_json(path.read_bytes())
    except (OSError, ValueError):  # missing, torn or from an older version: parse afresh
        return {}
    unknown = (-1, -1, -1)  # matches no file's signature: the file is read and its digest told
    return {
        e.name: _File(e.signature or unknown, bytes.fromhex(e.digest), e.posting) for e in entries
    }


@cache
def _malloc_trim() -> Callable[[int], int] | None:
    """glibc's ``malloc_trim``, or None on a C library without it."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        trim: Callable[[int], int] = libc.malloc_trim
    except (OSError, AttributeError):
        return None
    return trim


def trim_heap() -> bool:
    """Give the C heap's free pages back to the system; False where that cannot be done.

    Loading 5,000 postings reads a 30 MB cache and builds and drops a great many objects; the
    memory they leave free stays in the process (60 MiB with 5,000 postings) unless the C
    library is asked to return it. The call releases the GIL (ctypes) and takes a few ms.
    """
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)
    return True


def _slug_of(posting: Posting | None) -> str | None:
    return None if posting is None else posting.slug


def _yield_to_the_bot() -> None:
    """In a worker: a lower priority, so the bot's own process is never starved of a core."""
    with suppress(OSError):  # not permitted here: parse at the same priority
        os.nice(10)


class Catalog:
    """Postings by slug, read from one folder; ``reload`` replaces them in one assignment.

    With ``cache`` (a file path), the postings parsed at start-up are kept there as JSON keyed by
    each file's name and digest, so the next start parses only the files that changed.
    """

    def __init__(self, folder: Path, cache: Path | None = None) -> None:
        self.folder = folder
        self.cache = cache
        self._cached: dict[str, _File] | None = None
        self._unsaved = False  # parsed something the cache does not hold yet
        self._state = _State()
        self._open: tuple[_State, dt.date, list[Posting]] | None = None
        self._reloading = asyncio.Lock()
        self.loaded_at: dt.datetime | None = None
        """When the postings were last read (None: never). Another instance's edit of a channel
        post after it was made with postings newer than these."""

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
            files[path.name] = _File(signature, _digest(raw), parse_many([(path, raw)])[0])
        state, report = self._prepare(files)
        self._state = state  # the one step readers can observe
        self.loaded_at = dt.datetime.now(dt.UTC)
        return report

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
                first = not self._state.files  # start-up: nobody waits on the loop yet
                outcomes = await _parse_off_loop(jobs, executor, urgent=first)
                for (path, raw, signature), outcome in zip(pending, outcomes, strict=True):
                    files[path.name] = _File(signature, _digest(raw), outcome)
            # Comparing and sorting thousands of postings is work too: not on the event loop.
            state, report = await asyncio.to_thread(self._prepare, files)
            self._state = state  # the one step readers can observe
            self.loaded_at = dt.datetime.now(dt.UTC)
            if pending:
                # The new postings live until the next reload. A full garbage collection walks
                # every object not frozen, holding the GIL throughout: with 500 fresh postings
                # that stalled the event loop for 0.3–1 s. Postings hold no reference cycles, so
                # the ones replaced later are still freed by reference counting.
                gc.freeze()
                if len(pending) >= TRIM_AFTER_FILES:
                    await asyncio.to_thread(trim_heap)  # what the replaced postings held
            return report

    def _scan(
        self,
    ) -> tuple[list[tuple[Path, bytes, tuple[int, int, int]]], dict[str, _File]]:
        """Files to parse (path, bytes, signature), and the rest as they were, by file name.

        Names and ``os.stat`` only: with thousands of files, Path objects cost more than the rest.
        """
        known = self._state.files
        files: dict[str, _File] = {}
        pending: list[tuple[Path, bytes, tuple[int, int, int]]] = []
        cached = self._cached
        if cached is None:  # the first reload: what an earlier start parsed
            cached = read_cache(self.cache) if self.cache is not None else {}
        self._cached = {}  # used once; later reloads know their files
        folder = os.fspath(self.folder)
        for name in posting_names(self.folder):
            signature = _signature(os.path.join(folder, name)) or (-1, -1, -1)
            previous = known.get(name)
            if previous is not None and previous.signature == signature and signature[0] >= 0:
                files[name] = previous
                continue
            path = self.folder / name
            earlier = cached.get(name)
            if earlier is not None and (
                not isinstance(earlier.outcome, Posting) or earlier.outcome.source != path
            ):
                earlier = None  # the folder moved: its postings name their files
            if earlier is not None and earlier.signature == signature and signature[0] >= 0:
                # Untouched since the start that cached it (size, time, inode): not even read.
                files[name] = earlier
                continue
            try:
                raw = read_source(path)
            except PostingError as error:
                files[name] = _File(signature, b"", error)
                continue
            digest = _digest(raw)
            if previous is not None and previous.digest == digest:
                files[name] = _File(signature, digest, previous.outcome)
                continue
            if earlier is not None and earlier.digest == digest:
                files[name] = _File(signature, digest, earlier.outcome)
                continue
            pending.append((path, raw, signature))
        self._unsaved = self._unsaved or bool(pending)
        return pending, files

    def save_cache(self) -> None:
        """Write the postings parsed so far to ``cache`` (once, at start-up: it takes a while)."""
        if self.cache is None or not self._unsaved:
            return
        self._unsaved = False
        entries = [
            _Cached(
                name=name,
                digest=entry.digest.hex(),
                posting=entry.outcome,
                fields=2,
                signature=entry.signature,
            )
            for name, entry in self._state.files.items()
            if isinstance(entry.outcome, Posting)
        ]
        temporary = self.cache.with_name(self.cache.name + ".tmp")
        try:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(_cache_adapter().dump_json(entries, by_alias=True))
            temporary.replace(self.cache)
        except OSError as error:  # a read-only data folder: start-up is only slower next time
            log.warning("postings cache not written: %s", error.strerror)

    def _folder_gone(self, error: PostingError) -> ReloadReport:
        """The folder itself is gone: keep serving what we have."""
        current = self._state.by_slug
        return ReloadReport(
            total=len(current),
            open=sum(1 for p in current.values() if p.is_open()),
            errors=[error],
            kept=sorted(current),
        )

    def _prepare(self, files: dict[str, _File]) -> tuple[_State, ReloadReport]:
        """The next state from the files' outcomes, and the report comparing it with this one.

        A slug held by two files stays with the file that held it before (a copy is refused),
        else with the first by name; a broken file keeps serving its last good version.
        """
        state = self._state
        current = state.by_slug
        holders: dict[str, list[str]] = {}
        errors: list[PostingError] = []
        for name, entry in files.items():
            if isinstance(entry.outcome, PostingError):
                errors.append(entry.outcome)
            else:
                holders.setdefault(entry.outcome.slug, []).append(name)
        fresh: dict[str, Posting] = {}
        live: dict[str, Posting] = {}
        for slug, names in holders.items():
            if len(names) > 1:
                owner = next((n for n in names if _slug_of(state.live.get(n)) == slug), None)
                names = sorted(names, key=lambda n: (n != owner, n))
                for other in names[1:]:
                    notice = Notice.of("duplicate_slug", slug=slug, other=names[0])
                    errors.append(PostingError(self.folder / other, notice))
            posting = files[names[0]].outcome
            assert isinstance(posting, Posting)
            fresh[slug] = live[names[0]] = posting
        kept: list[str] = []
        for problem in errors:
            name = problem.path.name
            previous = state.live.get(name)
            if previous is not None and previous.slug not in fresh and name in files:
                fresh[previous.slug] = live[name] = previous
                kept.append(previous.slug)
        errors.sort(key=lambda e: e.path.name)
        ordered = tuple(sorted(fresh.values(), key=lambda p: p.title.lower()))
        today = dt.date.today()
        changed = {
            slug: diff
            for slug, posting in fresh.items()
            if slug in current
            and current[slug] is not posting
            and (diff := describe_changes(current[slug], posting))
        }
        return _State(fresh, ordered, files, live), ReloadReport(
            total=len(fresh),
            open=sum(1 for p in ordered if p.is_open(today)),
            added=sorted(fresh.keys() - current.keys()),
            removed=sorted(current.keys() - fresh.keys()),
            changed=changed,
            errors=errors,
            kept=sorted(kept),
            warnings={p.slug: list(p.warnings) for p in ordered if p.warnings},
        )


async def _parse_off_loop(
    jobs: list[tuple[Path, bytes]], executor: Executor | None, *, urgent: bool = False
) -> list[Posting | PostingError]:
    """Parse in worker processes, in batches.

    A few small files are parsed in a thread (a few milliseconds cost less than a trip to a
    process), and so is everything where no process can be started. ``urgent`` (the load at
    start-up, when no candidate is waiting yet) uses workers at normal priority, stopped after;
    reloads use the shared low-priority ones, so candidates' updates always come first.
    """
    if executor is not None:
        return await _in_pool(executor, jobs)
    if sum(len(raw) for _, raw in jobs) <= IN_THREAD_BYTES:
        return await asyncio.to_thread(parse_many, jobs)
    if urgent:
        pool = _new_pool(low_priority=False)
        if pool is not None:
            try:
                return await _in_pool(pool, jobs)
            finally:
                await asyncio.to_thread(pool.shutdown)
    shared = await asyncio.to_thread(_worker_pool)
    if shared is None:
        return await asyncio.to_thread(parse_many, jobs)
    return await _in_pool(shared, jobs)


async def _in_pool(pool: Executor, jobs: list[tuple[Path, bytes]]) -> list[Posting | PostingError]:
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
