"""The live set of postings, swapped in whole on reload so readers never see half a folder.

A reload re-reads only the files whose size or modification time changed, and re-parses only
those whose bytes changed too; every other file keeps its very :class:`Posting` object, so
whatever is cached per posting (the answering engine's index) stays valid. ``reload_async``
parses in a worker process, so a big reload never holds the event loop's GIL.

The first load of many files is parsed by worker processes of its own, one per core, which send
back each posting as the start-up cache stores it (so the cache is written without encoding them
again); ``start_loading`` starts it before the event loop does, so ``python -m bot run`` imports
aiogram while the files are parsed. There the workers parse the front matter alone (a fifth of
the work): the bot polls sooner, each body is parsed when first read, and ``check_bodies``, once
updates are taken, parses and checks every body as a reload would and writes the cache whole.
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
import signal
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import suppress
from dataclasses import dataclass, field
from functools import cache, partial
from importlib import resources
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


Job = tuple[Path, bytes, tuple[int, int, int]]
"""A file to parse: its path, bytes and stat signature."""


@dataclass(frozen=True)
class _Started:
    """A first load ``start_loading`` began: the files to parse, the rest as the cache had
    them, and the workers parsing the former (None: too few for workers)."""

    pending: list[Job]
    files: dict[str, _File]
    parsing: _Parsing | None


def _signature(path: str) -> tuple[int, int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return (info.st_size, info.st_mtime_ns, info.st_ino)


def _digest(raw: bytes) -> bytes:
    return hashlib.blake2b(raw, digest_size=16).digest()


# What turns a file into a posting: the loader, the body's parser and their vocabularies.
_PARSER_FILES = (
    "loader.py",
    "structure.py",
    "thread.py",
    "models.py",
    "section_kinds.yaml",
    "field_labels.yaml",
    "other_jobs.yaml",
    "thread.yaml",
)


@cache
def parser_digest() -> str:
    """A digest of the code and data that turn a file into a posting: a cache entry another
    version of them wrote is parsed afresh, or a body cut by an older parser would be served
    until its file changed."""
    digest = hashlib.blake2b(digest_size=8)
    package = resources.files("bot.postings")
    for name in _PARSER_FILES:
        digest.update(package.joinpath(name).read_bytes())
    return digest.hexdigest()


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


# A first load of more files than this is parsed by worker processes at once, one per core
# (a pool costs a few hundred ms of CPU to start; 200 files take 0.25 s to parse here).
POOL_AT_START_FILES = 200


def _new_pool(
    *, low_priority: bool, workers: int = 2, fork: bool = False
) -> ProcessPoolExecutor | None:
    """Worker processes for parsing; ``None`` where none can be started.

    From the fork server unless ``fork``: workers never inherit the bot's threads or sockets.
    ``fork`` is for a process that has neither yet (the catalog is all it imported): its
    workers start at once, with the parser already imported.
    """
    try:
        context = multiprocessing.get_context("fork" if fork else "forkserver")
        if not fork:
            context.set_forkserver_preload(["bot.postings.catalog"])
        return ProcessPoolExecutor(
            max_workers=max(1, min(workers, _cores())),
            mp_context=context,
            initializer=(
                _yield_to_the_bot
                if low_priority
                else partial(_die_with_the_bot, os.getpid() if fork else None)
            ),
        )
    except (OSError, ValueError, NotImplementedError):
        return None


def _cores() -> int:
    """The CPUs this process may run on (a container's or taskset's limit, where it has one)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


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
    fields: Literal[3]
    """The posting model's version: a cache written before ``tags`` and ``image`` (1), or before
    the body was a part of its own (2), is re-parsed."""
    parser: str = ""
    """``parser_digest()`` of the version that parsed it: another one's entry is re-parsed."""
    signature: tuple[int, int, int] | None = None
    """Size, modification time (ns) and inode when parsed: a file that still has them is not
    even read at the next start (None in a cache written before they were kept)."""


@cache
def _cache_adapter() -> TypeAdapter[list[_Cached]]:
    return TypeAdapter(list[_Cached])


@cache
def _entry_adapter() -> TypeAdapter[_Cached]:
    return TypeAdapter(_Cached)


def parse_to_entries(jobs: list[Job], bodies: bool = True) -> list[bytes | PostingError]:
    """Parse files' bytes (in a worker process) into start-up cache entries, as JSON; every
    failure is that file's error. ``bodies=False``: front matter only (``parse_source``).

    JSON rather than the postings: it is what the cache keeps, so the bot writes the cache
    without encoding 5,000 postings again, and decoding it costs about what unpickling would.
    """
    adapter = _entry_adapter()
    out: list[bytes | PostingError] = []
    for path, raw, signature in jobs:
        try:
            posting = parse_source(path, raw, body=bodies)
        except PostingError as error:
            out.append(error)
            continue
        entry = _Cached(
            name=path.name,
            digest=_digest(raw).hex(),
            posting=posting,
            fields=3,
            parser=parser_digest(),
            signature=signature,
        )
        out.append(adapter.dump_json(entry, by_alias=True))
    return out


class _Parsing:
    """A first load's files being parsed by worker processes started for it alone."""

    def __init__(
        self,
        pool: ProcessPoolExecutor,
        batches: list[list[Job]],
        parts: list[Future[list[bytes | PostingError]]],
        bodies: bool,
    ) -> None:
        self._pool = pool
        self._batches = batches
        self._parts = parts
        self.bodies = bodies
        """Whether the workers parse the bodies too."""

    @classmethod
    def start(cls, jobs: list[Job], bodies: bool = True) -> _Parsing | None:
        """The files handed to one worker per core, in batches; ``None`` where no worker can
        be started. Forked from this process when it runs no other thread. ``bodies=False``:
        their front matter only, the bodies left for ``Catalog.check_bodies``."""
        size = max(8, len(jobs) // 16)
        batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        alone = threading.active_count() == 1
        pool = _new_pool(low_priority=False, workers=len(batches), fork=alone)
        if pool is None:
            return None
        try:
            parts = [pool.submit(parse_to_entries, batch, bodies) for batch in batches]
        except (OSError, RuntimeError, BrokenProcessPool):
            pool.shutdown(wait=False, cancel_futures=True)
            return None
        return cls(pool, batches, parts, bodies)

    def results(self) -> Iterator[tuple[list[Job], list[bytes | PostingError]]]:
        """Each batch and its files' entries or errors, in order, as the workers finish them
        (so the bot decodes one while they parse the next); parsed here from the first batch a
        dead worker (killed, out of memory) left on. The workers are stopped after."""
        broken = False
        try:
            for batch, part in zip(self._batches, self._parts, strict=True):
                if not broken:
                    try:
                        entries = part.result()
                    except BrokenProcessPool:
                        broken = True
                if broken:
                    entries = parse_to_entries(batch, self.bodies)
                yield batch, entries
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def cancel(self) -> None:
        """Parse no more batches and let the workers go (a start-up that failed first)."""
        self._pool.shutdown(wait=False, cancel_futures=True)


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
    parser = parser_digest()
    return {
        e.name: _File(e.signature or unknown, bytes.fromhex(e.digest), e.posting)
        for e in entries
        if e.parser == parser
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


def _held(state: _State) -> dict[int, Posting]:
    """Every posting a state holds, by identity: the ones it serves and the ones its files
    hold (a file whose slug another file keeps)."""
    held = {id(posting): posting for posting in state.live.values()}
    for entry in state.files.values():
        if isinstance(entry.outcome, Posting):
            held.setdefault(id(entry.outcome), entry.outcome)
    return held


def _retired(old: _State, new: _State) -> list[Posting]:
    """The postings ``old`` holds and ``new`` does not: the ones a reload replaced or removed."""
    kept = _held(new)
    return [posting for ident, posting in _held(old).items() if ident not in kept]


RELEASE_SLICE_SECONDS = 0.001
"""How long the event loop spends letting go of replaced postings before it handles anything
else: a posting whose card, pages and answering index were built takes ~0.08 ms to free."""


async def _release(postings: list[Posting]) -> None:
    """Let go of replaced postings (``postings`` holds the last reference to most of them) a
    slice at a time, yielding to the event loop between slices.

    Freeing a posting frees what was built from it (its card, keyboards, answering index:
    ``bot.memo``, ``Answerer``), all in one call: 500 of them took 40 ms of CPU at once, in
    whichever update let go of them last — a candidate's card.
    """
    while postings:
        until = time.perf_counter() + RELEASE_SLICE_SECONDS
        postings.pop()
        while postings and time.perf_counter() < until:
            postings.pop()
        if postings:
            await asyncio.sleep(0)


def _yield_to_the_bot() -> None:
    """In a worker: a lower priority, so the bot's own process is never starved of a core."""
    _die_with_the_bot()
    with suppress(OSError):  # not permitted here: parse at the same priority
        os.nice(10)


_PR_SET_PDEATHSIG = 1


def _die_with_the_bot(parent: int | None = None) -> None:
    """In a worker: be killed when the process that started it ends (Linux); ``parent``, its
    id when known, for one that ended before this was asked.

    A worker waits for its next batch on a pipe it holds both ends of, so it would otherwise
    outlive a bot killed at start-up (a SIGTERM before its handler is set) and wait forever.
    """
    with suppress(OSError, AttributeError):  # not Linux: the pool's own shutdown only
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    if parent is not None and os.getppid() != parent:
        os._exit(1)


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
        self._fresh: dict[str, tuple[Posting, bytes]] = {}
        """By file name, postings parsed by a first load's workers and their cache entries'
        JSON, until ``save_cache`` writes them."""
        self._started: _Started | PostingError | None = None  # see start_loading
        self._unchecked: dict[str, Posting] = {}
        """By file name, the postings a first load made of front matter alone (or found so in
        the cache), until ``check_bodies`` parses and checks their bodies."""
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
        return list(self._open_now(today))

    def open_count(self, today: dt.date | None = None) -> int:
        """How many postings are open: a card asks it to offer the list, and with 5,000 postings
        a copy of the list just to count it would cost more than the card."""
        return len(self._open_now(today))

    def _open_now(self, today: dt.date | None) -> list[Posting]:
        today = today or dt.date.today()
        state, cached = self._state, self._open
        if cached is None or cached[0] is not state or cached[1] != today:
            cached = (state, today, [p for p in state.ordered if p.is_open(today)])
            self._open = cached
        return cached[2]

    def __len__(self) -> int:
        return len(self._state.by_slug)

    def digest_of(self, posting: Posting) -> bytes | None:
        """What identifies the file ``posting`` was read from: its name and its bytes' digest
        (None when no file of the catalog is read as that posting now, as a broken file's last
        good version). Indexes kept on disk are found by it."""
        if posting.source is None:
            return None
        name = posting.source.name
        entry = self._state.files.get(name)
        if entry is None or entry.outcome is not posting:
            return None
        return entry.digest + name.encode()

    # --- reloading ------------------------------------------------------------------------

    def start_loading(self, *, bodies_later: bool = False) -> None:
        """Begin the first load, for ``reload`` or ``reload_async`` to finish: the folder is
        scanned now and, with more than ``POOL_AT_START_FILES`` files to parse, worker processes
        parse them meanwhile, one per core.

        ``python -m bot run`` calls it before importing aiogram (seconds of CPU), which then
        happens while the postings are parsed. Called while this process runs no other thread,
        the workers are forked from it, with the parser already imported.

        ``bodies_later``: those workers parse and check the front matter only (a fifth of the
        work); each body is parsed when first read, and ``check_bodies``, called once updates
        are taken, parses and checks them all, refuses the files it must, and writes the cache.
        """
        if self._started is not None or self._state.files:
            return
        try:
            pending, files = self._scan()
        except PostingError as error:
            self._started = error
            return
        parsing = None
        if len(pending) > POOL_AT_START_FILES:
            parsing = _Parsing.start(pending, bodies=not bodies_later)
        self._started = _Started(pending, files, parsing)

    def close(self) -> None:
        """Stop a load ``start_loading`` began and nobody finished (a start-up that failed)."""
        started, self._started = self._started, None
        if isinstance(started, _Started) and started.parsing is not None:
            started.parsing.cancel()

    def _take_started(self) -> _Started | None:
        """What ``start_loading`` began, once; :class:`PostingError` if the folder was gone."""
        started, self._started = self._started, None
        if isinstance(started, PostingError):
            raise started
        return started

    def reload(self) -> ReloadReport:
        """Re-read the folder in this thread; a broken file keeps its last good version live."""
        self._fresh = {}
        try:
            started = self._take_started()
            pending, files = (started.pending, started.files) if started else self._scan()
        except PostingError as error:
            return self._folder_gone(error)
        if started is not None and started.parsing is not None:
            self._gather(started.parsing, files)
        else:
            for path, raw, signature in pending:
                files[path.name] = _File(signature, _digest(raw), parse_many([(path, raw)])[0])
        del pending  # the files' bytes: not kept a moment longer than needed
        state, report = self._prepare(files)
        self._replace(state)  # the replaced postings go here and now: nobody waits on a loop
        self.loaded_at = dt.datetime.now(dt.UTC)
        return report

    async def reload_async(self, executor: Executor | None = None) -> ReloadReport:
        """Re-read the folder off the event loop: files in a thread, parsing in a worker process.

        Reloads never overlap: a second caller waits for the first one's result to be in place.
        """
        async with self._reloading:
            self._fresh = {}
            try:
                started = self._take_started()
                if started is not None:
                    pending, files, parsing = started.pending, started.files, started.parsing
                else:
                    pending, files = await asyncio.to_thread(self._scan)
                    parsing = None
            except PostingError as error:
                return self._folder_gone(error)
            first = not self._state.files  # start-up: nobody waits on the loop yet
            if (
                parsing is None
                and first
                and executor is None
                and sum(len(raw) for _, raw, _ in pending) > IN_THREAD_BYTES
            ):
                parsing = await asyncio.to_thread(_Parsing.start, pending)
            if parsing is not None:
                await asyncio.to_thread(self._gather, parsing, files)
            elif pending:
                jobs = [(path, raw) for path, raw, _ in pending]
                outcomes = await _parse_off_loop(jobs, executor)
                for (path, raw, signature), outcome in zip(pending, outcomes, strict=True):
                    files[path.name] = _File(signature, _digest(raw), outcome)
            parsed = len(pending)
            del pending  # the files' bytes: not kept a moment longer than needed
            # Comparing and sorting thousands of postings is work too: not on the event loop.
            state, report, retired = await asyncio.to_thread(self._prepare_replacing, files)
            self._replace(state)
            self.loaded_at = dt.datetime.now(dt.UTC)
            await _release(retired)
            if parsed:
                # The new postings live until the next reload. A full garbage collection walks
                # every object not frozen, holding the GIL throughout: with 500 fresh postings
                # that stalled the event loop for 0.3–1 s. Postings hold no reference cycles, so
                # the ones replaced later are still freed by reference counting (``_release``).
                gc.freeze()
                if parsed >= TRIM_AFTER_FILES:
                    await asyncio.to_thread(trim_heap)  # what the replaced postings held
            return report

    async def check_bodies(self) -> list[PostingError]:
        """Parse and check the bodies a first load left for later (``start_loading``), in the
        low-priority worker processes reloads use; then serve the checked postings, refuse the
        files whose bodies are broken (as a reload does: their errors are returned), and write
        the start-up cache. Nothing to do (an empty list) without such a load.

        Their postings were served meanwhile, each body parsed when first read.
        """
        async with self._reloading:
            unchecked, self._unchecked = self._unchecked, {}
            jobs = await asyncio.to_thread(self._read_unchecked, unchecked)
            del unchecked
            if not jobs:
                return []
            entries = await _entries_off_loop(jobs)
            refused = sorted(
                (e for e in entries if isinstance(e, PostingError)), key=lambda e: e.path.name
            )
            state, retired = await asyncio.to_thread(self._take_checked, jobs, entries)
            self._replace(state)
            del jobs, entries
            await _release(retired)
            gc.freeze()  # as after any reload: the checked postings live until the next one
            await asyncio.to_thread(trim_heap)  # what the unchecked postings held
            await asyncio.to_thread(self.save_cache)
            return refused

    def _read_unchecked(self, unchecked: dict[str, Posting]) -> list[Job]:
        """The files of the unchecked postings still served, if they still hold the bytes they
        were made of (one changed since is parsed whole by the next reload)."""
        current = self._state.files
        jobs: list[Job] = []
        for name, posting in unchecked.items():
            entry = current.get(name)
            if entry is None or entry.outcome is not posting:  # a reload replaced it
                continue
            path = self.folder / name
            try:
                raw = read_source(path)
            except PostingError:
                continue
            if _digest(raw) == entry.digest:
                jobs.append((path, raw, entry.signature))
        return jobs

    def _take_checked(
        self, jobs: list[Job], entries: list[bytes | PostingError]
    ) -> tuple[_State, list[Posting]]:
        """The state with the checked postings in place of the unchecked ones, and the
        unchecked ones it no longer holds (``_retired``)."""
        adapter = _entry_adapter()
        files = dict(self._state.files)
        self._unsaved = True  # the cache gets the checked postings
        for job, entry in zip(jobs, entries, strict=True):
            self._store(files, job, entry, adapter)
        state = self._prepare(files, compare=False)[0]
        return state, _retired(self._state, state)

    def _prepare_replacing(
        self, files: dict[str, _File]
    ) -> tuple[_State, ReloadReport, list[Posting]]:
        """``_prepare``, and the postings of the current state the next one no longer holds."""
        state, report = self._prepare(files)
        return state, report, _retired(self._state, state)

    def _replace(self, state: _State) -> None:
        """Serve ``state``: the one step readers can observe. The list of open postings
        computed from the state it replaces goes with it, so that a candidate's next card is
        not the one to let go of the replaced postings (it was: 40 ms of one card, with 500
        replaced postings whose cards had been opened)."""
        self._state, self._open = state, None

    def _store(
        self,
        files: dict[str, _File],
        job: Job,
        entry: bytes | PostingError,
        adapter: TypeAdapter[_Cached],
    ) -> Posting | None:
        """One worker's result put in ``files`` (and kept for ``save_cache`` when there is a
        cache); the posting it holds, None for a file refused."""
        path, raw, signature = job
        if isinstance(entry, PostingError):
            files[path.name] = _File(signature, _digest(raw), entry)
            return None
        cached = adapter.validate_json(entry)
        files[path.name] = _File(signature, bytes.fromhex(cached.digest), cached.posting)
        if self.cache is not None:
            self._fresh[path.name] = (cached.posting, entry)
        return cached.posting

    def _gather(self, parsing: _Parsing, files: dict[str, _File]) -> None:
        """The first load's postings from its workers into ``files``; their cache entries kept
        for ``save_cache`` when there is a cache."""
        adapter = _entry_adapter()
        for batch, entries in parsing.results():
            for job, entry in zip(batch, entries, strict=True):
                posting = self._store(files, job, entry, adapter)
                if posting is not None and not parsing.bodies:
                    self._unchecked[job[0].name] = posting

    def _scan(self) -> tuple[list[Job], dict[str, _File]]:
        """Files to parse (path, bytes, signature), and the rest as they were, by file name.

        Names and ``os.stat`` only: with thousands of files, Path objects cost more than the rest.
        """
        known = self._state.files
        files: dict[str, _File] = {}
        pending: list[Job] = []
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
                files[name] = self._check_later(name, earlier)
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
                files[name] = self._check_later(name, _File(signature, digest, earlier.outcome))
                continue
            pending.append((path, raw, signature))
        self._unsaved = self._unsaved or bool(pending)
        return pending, files

    def _check_later(self, name: str, cached: _File) -> _File:
        """A file as the cache had it; its body checked by ``check_bodies`` if it was not yet."""
        if isinstance(cached.outcome, Posting) and not cached.outcome.checked:
            self._unchecked[name] = cached.outcome
        return cached

    def save_cache(self) -> None:
        """Write the postings parsed so far to ``cache`` (once, at start-up).

        One JSON list, in one file written whole and then renamed into place; the entries a
        first load's workers made are written as they sent them, the others encoded here.
        """
        fresh, self._fresh = self._fresh, {}
        if self.cache is None or not self._unsaved:
            return
        self._unsaved = False
        adapter = _entry_adapter()
        temporary = self.cache.with_name(self.cache.name + ".tmp")
        try:
            self.cache.parent.mkdir(parents=True, exist_ok=True)
            with temporary.open("wb") as out:
                separator = b"["
                for name, entry in self._state.files.items():
                    posting = entry.outcome
                    if not isinstance(posting, Posting):
                        continue
                    made = fresh.get(name)
                    if made is not None and made[0] is posting:
                        encoded = made[1]
                    else:
                        encoded = adapter.dump_json(
                            _Cached(
                                name=name,
                                digest=entry.digest.hex(),
                                posting=posting,
                                fields=3,
                                parser=parser_digest(),
                                signature=entry.signature,
                            ),
                            by_alias=True,
                        )
                    out.write(separator)
                    out.write(encoded)
                    separator = b","
                out.write(b"[]" if separator == b"[" else b"]")
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

    def _prepare(
        self, files: dict[str, _File], *, compare: bool = True
    ) -> tuple[_State, ReloadReport]:
        """The next state from the files' outcomes, and the report comparing it with this one
        (``compare=False``: no changes listed, for files whose bytes did not change).

        A slug held by two files stays with the file that held it before (a copy is refused),
        else with the first by name; a broken file keeps serving its last good version (a
        version whose body was never checked is none: ``check_bodies``).
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
            if (
                previous is not None
                and previous.checked
                and previous.slug not in fresh
                and name in files
            ):
                fresh[previous.slug] = live[name] = previous
                kept.append(previous.slug)
        errors.sort(key=lambda e: e.path.name)
        ordered = tuple(sorted(fresh.values(), key=lambda p: p.title.lower()))
        today = dt.date.today()
        changed = {
            slug: diff
            for slug, posting in fresh.items()
            if compare
            and slug in current
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
    jobs: list[tuple[Path, bytes]], executor: Executor | None
) -> list[Posting | PostingError]:
    """Parse in worker processes, in batches.

    A few small files are parsed in a thread (a few milliseconds cost less than a trip to a
    process), and so is everything where no process can be started. Reloads use the shared
    low-priority workers, so candidates' updates always come first (a first load has its own:
    ``_Parsing``).
    """
    if executor is not None:
        return await _in_pool(executor, jobs)
    if sum(len(raw) for _, raw in jobs) <= IN_THREAD_BYTES:
        return await asyncio.to_thread(parse_many, jobs)
    shared = await asyncio.to_thread(_worker_pool)
    if shared is None:
        return await asyncio.to_thread(parse_many, jobs)
    return await _in_pool(shared, jobs)


async def _entries_off_loop(jobs: list[Job]) -> list[bytes | PostingError]:
    """Start-up cache entries of files, parsed in the shared low-priority worker processes (in
    a thread where none can be started or one died)."""
    shared = await asyncio.to_thread(_worker_pool)
    if shared is not None:
        loop = asyncio.get_running_loop()
        size = max(8, len(jobs) // 16)
        batches = [jobs[i : i + size] for i in range(0, len(jobs), size)]
        try:
            parts = await asyncio.gather(
                *(loop.run_in_executor(shared, parse_to_entries, batch) for batch in batches)
            )
        except BrokenProcessPool:
            _forget_pool(shared)
        else:
            return [entry for part in parts for entry in part]
    return await asyncio.to_thread(parse_to_entries, jobs)


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
