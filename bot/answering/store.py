"""Built posting indexes kept on disk, keyed by the posting file's digest: after a restart, a
posting's first question reads its index (about 0.1 ms) instead of building it (0.5–2 ms with
lines other postings share, several ms with lines of its own), on the event loop either way.

A folder per version of the engine: the digest of the code and data that build an index (this
package's, the postings parser's and the locales' files, the morphology packages' versions,
Python's, the weights and a lexicon given in code) names it, so an index another version built
is never read; such folders are removed when this version first writes. Entries are ``marshal``
data (no objects built from the file but plain values): a file that does not read as one
(truncated, corrupt, another layout) is ignored and built again.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import marshal
import os
import queue
import shutil
import sys
import threading
from collections.abc import Callable
from dataclasses import fields
from functools import cache
from importlib import metadata, resources
from pathlib import Path

from bot.answering.index import Candidate, PostingIndex, Topical
from bot.postings.models import Posting, SectionKind

log = logging.getLogger(__name__)

# Fields a candidate shares with the lexicon and the builder that read it: not stored, set
# again from the engine that reads the entry (``spoken``: whether the line writes numbers in
# words, stored as such).
_SHARED = ("intents", "shown", "spoken")
_KINDS = ("kind", "role")  # the candidate's SectionKind fields, stored as their values
# Built again when a question needs them (``IndexBuilder.vocabulary``): not plain values.
_REBUILT = ("spelling",)
_LAYOUT = 1  # of an entry's values; changed with ``_encode``
_PACKAGES = ("pymorphy3", "pymorphy3-dicts-ru", "snowballstemmer", "razdel", "english-words")
_SOURCES = ("bot.answering", "bot.postings", "bot.locales")


@cache
def code_digest() -> bytes:
    """A digest of the code, data and packages an index is built with."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{sys.version} {_LAYOUT}".encode())
    for name in _PACKAGES:
        with contextlib.suppress(metadata.PackageNotFoundError):
            digest.update(f"{name}={metadata.version(name)}".encode())
    for package in _SOURCES:
        for path in sorted(_files(resources.files(package))):
            digest.update(path.encode())
            digest.update(Path(path).read_bytes())
    return digest.digest()


def _files(folder: object) -> list[str]:
    root = Path(str(folder))
    return [
        str(p)
        for p in root.rglob("*")
        if p.is_file() and p.suffix in (".py", ".yaml", ".yml", ".json", ".txt", ".ftl")
    ]


_CANDIDATE_FIELDS = tuple(f.name for f in fields(Candidate))
_INDEX_FIELDS = tuple(f.name for f in fields(PostingIndex) if f.name not in _REBUILT)


def _encode(index: PostingIndex) -> bytes:
    at_shared = [_CANDIDATE_FIELDS.index(name) for name in _SHARED]
    at_kinds = [_CANDIDATE_FIELDS.index(name) for name in _KINDS]
    at_topical = _CANDIDATE_FIELDS.index("topical")
    rows = []
    for candidate in index.candidates:
        row = [getattr(candidate, name) for name in _CANDIDATE_FIELDS]
        for at in at_kinds:
            if row[at] is not None:
                row[at] = row[at].value
        row[at_shared[0]] = row[at_shared[1]] = None
        row[at_shared[2]] = row[at_shared[2]] is not None
        row[at_topical] = row[at_topical].get()  # (found on the loop: ``Answerer._index_of``)
        rows.append(tuple(row))
    values = {name: getattr(index, name) for name in _INDEX_FIELDS}
    values["candidates"] = (_CANDIDATE_FIELDS, tuple(rows))
    return marshal.dumps((_LAYOUT, values))


def _decode(data: bytes, shared: Callable[[bool], tuple[object, object, object]]) -> PostingIndex:
    layout, values = marshal.loads(data)
    if layout != _LAYOUT:
        raise ValueError(f"layout {layout}")
    names, rows = values["candidates"]
    if tuple(names) != _CANDIDATE_FIELDS:
        raise ValueError("another candidate layout")
    at_kinds = [_CANDIDATE_FIELDS.index(name) for name in _KINDS]
    at_shared = [_CANDIDATE_FIELDS.index(name) for name in _SHARED]
    at_topical = _CANDIDATE_FIELDS.index("topical")
    both = (shared(False), shared(True))
    candidates = []
    for stored in rows:
        row = list(stored)
        row[at_topical] = Topical(found=tuple(row[at_topical]))
        for at in at_kinds:
            if row[at] is not None:
                row[at] = SectionKind(row[at])
        for at, value in zip(at_shared, both[row[at_shared[2]]], strict=True):
            row[at] = value
        # The fields in the constructor's order (``_decode`` checked the names).
        candidates.append(Candidate(*row))
    values["candidates"] = tuple(candidates)
    return PostingIndex(**values)


class IndexStore:
    """Posting indexes on disk in ``folder``, by the digest ``digest_of`` gives a posting's file
    (None: the posting is not stored, as one that no file of the catalog serves)."""

    def __init__(self, folder: Path, digest_of: Callable[[Posting], bytes | None]) -> None:
        self.folder = folder
        self.digest_of = digest_of
        self._extra = b""  # what else the indexes depend on (``depends_on``)
        self._version: Path | None = None
        self._lock = threading.Lock()
        self._writer: threading.Thread | None = None
        self._queue: queue.Queue[tuple[Path, str, PostingIndex]] = queue.Queue()

    def depends_on(self, setting: bytes) -> None:
        """Key the entries by ``setting`` too (the engine's weights, a lexicon given in code)."""
        self._extra, self._version = setting, None

    @property
    def version(self) -> Path:
        """The folder of this version's entries (its digest reads the code's files once: the
        engine asks it where it loads, off the event loop)."""
        if self._version is None:
            digest = hashlib.blake2b(code_digest() + self._extra, digest_size=8).hexdigest()
            self._version = self.folder / digest
        return self._version

    def _path(self, posting: Posting) -> Path | None:
        digest = self.digest_of(posting)
        if digest is None:
            return None
        return self.version / f"{hashlib.blake2b(digest, digest_size=16).hexdigest()}.idx"

    def load(
        self, posting: Posting, shared: Callable[[bool], tuple[object, object, object]]
    ) -> PostingIndex | None:
        """The posting's stored index, its candidates sharing what ``shared`` gives them (by
        whether the line writes numbers in words); None when none is stored or it does not
        read."""
        path = self._path(posting)
        if path is None:
            return None
        try:
            data = path.read_bytes()
        except OSError:
            return None
        try:
            return _decode(data, shared)
        except Exception as failure:  # any bad entry: built again, and written over
            log.warning("index entry %s unreadable: %s", path.name, type(failure).__name__)
            return None

    def save(self, posting: Posting, index: PostingIndex) -> None:
        """Keep ``index`` for ``posting``'s file, in the store's thread: encoding and writing it
        take 0.3–1 ms of CPU and a write may wait on the disk, none of which a candidate's
        update should wait for. A failure to write is logged, never raised."""
        path = self._path(posting)
        if path is None:
            return
        with self._lock:
            if self._writer is None:
                self._writer = threading.Thread(
                    target=self._write_queued, name="index store", daemon=True
                )
                self._writer.start()
        self._queue.put((path, posting.slug, index))

    def flush(self) -> None:
        """Wait until every index handed to :meth:`save` so far is written (or failed)."""
        if self._writer is not None:
            self._queue.join()

    def _write_queued(self) -> None:
        self.prune(self.version)  # other versions' entries: none of them is read again
        while True:
            path, slug, index = self._queue.get()
            try:
                # The maps a question fills meanwhile (``PostingIndex.by_topic`` …) are read by
                # marshal's one C call, which holds the GIL: whole, before or after.
                data = _encode(index)
                path.parent.mkdir(parents=True, exist_ok=True)
                temporary = path.with_suffix(f".{os.getpid()}.tmp")
                temporary.write_bytes(data)
                os.replace(temporary, path)
            except Exception as failure:  # one entry's failure never stops the writer
                log.warning("index of %s not stored: %s", slug, failure)
            finally:
                self._queue.task_done()

    def prune(self, keep: Path) -> None:
        """Remove every folder of ``self.folder`` but ``keep``."""
        with contextlib.suppress(OSError):
            for entry in self.folder.iterdir():
                if entry != keep and entry.is_dir():
                    shutil.rmtree(entry, ignore_errors=True)
