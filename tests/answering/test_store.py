"""Indexes kept on disk (``IndexStore``): read back after a restart instead of built, never read
for a file that changed or by another version of the engine, and a corrupt entry is built
again."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.answering.index import IndexBuilder, PostingIndex
from bot.answering.store import IndexStore
from bot.postings import Catalog, Posting
from tests.answering.scoring import SHARED_POSTINGS

SLUG = "tech-support-specialist"
QUESTION = "Какой график работы?"


def restarted(answerer: Answerer, store: IndexStore) -> Answerer:
    """A new engine with ``store``, as after a restart: no index in memory (the dictionaries
    and the lexicon are the session's, to save loading them again)."""
    fresh = Answerer(deferred=True, store=store)
    fresh.analyzer, fresh.lexicon = answerer.analyzer, answerer.lexicon
    fresh._builder = IndexBuilder(answerer.lexicon, fresh.w)
    return fresh


def counting_builds(answerer: Answerer) -> list[str]:
    """The slugs ``answerer`` builds an index of from now on."""
    built: list[str] = []
    build = answerer._builder.build

    def counted(posting: Posting) -> PostingIndex:
        built.append(posting.slug)
        return build(posting)

    answerer._builder.build = counted  # type: ignore[method-assign]
    return built


@pytest.fixture
def catalog(tmp_path: Path) -> Catalog:
    folder = tmp_path / "postings"
    folder.mkdir()
    shutil.copy(SHARED_POSTINGS / f"{SLUG}.md", folder)
    catalog = Catalog(folder)
    catalog.reload()
    return catalog


def posting_of(catalog: Catalog) -> Posting:
    posting = catalog.get(SLUG)
    assert posting is not None
    return posting


def test_a_stored_index_is_read_after_a_restart_not_built(
    answerer: Answerer, catalog: Catalog, tmp_path: Path
) -> None:
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    before = restarted(answerer, store)
    assert before.prepare(posting_of(catalog))  # the card opened before the restart
    expected = before.answer(posting_of(catalog), QUESTION)
    store.flush()
    assert list(store.version.glob("*.idx"))

    after = restarted(answerer, IndexStore(tmp_path / "indexes", catalog.digest_of))
    built = counting_builds(after)
    assert after.answer(posting_of(catalog), QUESTION) == expected
    assert built == []
    assert after.has_index(posting_of(catalog))


def test_a_stored_index_answers_as_the_built_one(
    answerer: Answerer, postings: dict[str, Posting], tmp_path: Path
) -> None:
    folder = tmp_path / "postings"
    shutil.copytree(SHARED_POSTINGS, folder)
    catalog = Catalog(folder)
    catalog.reload()
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    restarted(answerer, store).index(catalog.all())
    store.flush()
    after = restarted(answerer, IndexStore(tmp_path / "indexes", catalog.digest_of))
    built = counting_builds(after)
    questions = ("Какая зарплата?", QUESTION, "Где офис?", "Есть ли ДМС?", "удаленка возможна?")
    for posting in catalog.all():
        for question in questions:
            assert after.answer(posting, question) == answerer.answer(
                postings[posting.slug], question
            )
    assert built == []


def test_a_changed_file_is_indexed_again(
    answerer: Answerer, catalog: Catalog, tmp_path: Path
) -> None:
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    assert "5/2" in restarted(answerer, store).answer(posting_of(catalog), QUESTION).text
    store.flush()
    path = posting_of(catalog).source
    assert path is not None
    path.write_text(path.read_text(encoding="utf-8").replace("5/2", "2/2"), encoding="utf-8")
    catalog.reload()

    after = restarted(answerer, IndexStore(tmp_path / "indexes", catalog.digest_of))
    built = counting_builds(after)
    text = after.answer(posting_of(catalog), QUESTION).text
    assert "2/2" in text and "5/2" not in text
    assert built == [SLUG]


def test_a_corrupt_entry_is_built_again_and_replaced(
    answerer: Answerer, catalog: Catalog, tmp_path: Path
) -> None:
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    expected = restarted(answerer, store).answer(posting_of(catalog), QUESTION)
    store.flush()
    (entry,) = store.version.glob("*.idx")
    for damaged in (entry.read_bytes()[: entry.stat().st_size // 2], b"\x00garbage", b""):
        entry.write_bytes(damaged)
        again = IndexStore(tmp_path / "indexes", catalog.digest_of)
        after = restarted(answerer, again)
        built = counting_builds(after)
        assert after.answer(posting_of(catalog), QUESTION) == expected
        assert built == [SLUG]
        again.flush()
        assert entry.read_bytes() != damaged  # written again, whole


def test_another_version_of_the_engine_neither_reads_nor_keeps_the_entries(
    answerer: Answerer, catalog: Catalog, tmp_path: Path
) -> None:
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    restarted(answerer, store).prepare(posting_of(catalog))
    store.flush()
    old = store.version

    other = IndexStore(tmp_path / "indexes", catalog.digest_of)
    after = restarted(answerer, other)
    other.depends_on(b"other weights")  # as another lexicon or other weights would
    built = counting_builds(after)
    after.answer(posting_of(catalog), QUESTION)
    other.flush()  # its writer removes the other versions' entries first
    assert built == [SLUG]
    assert other.version != old
    assert not old.exists() and list(other.version.glob("*.idx"))


def test_a_posting_no_file_serves_is_not_stored(
    answerer: Answerer, catalog: Catalog, postings: dict[str, Posting], tmp_path: Path
) -> None:
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    assert catalog.digest_of(postings[SLUG]) is None  # the same file, read by another catalog
    restarted(answerer, store).answer(postings[SLUG], QUESTION)
    store.flush()
    assert not (tmp_path / "indexes").exists()


def test_an_index_that_cannot_be_written_does_not_stop_the_next_one(
    answerer: Answerer, catalog: Catalog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Any failure to encode one entry is logged; the store's writer goes on with the next."""
    import bot.answering.store as store_module

    encode = store_module._encode
    calls: list[int] = []

    def failing_once(index: PostingIndex) -> bytes:
        calls.append(1)
        if len(calls) == 1:
            raise RuntimeError("an entry that will not encode")
        return encode(index)

    monkeypatch.setattr(store_module, "_encode", failing_once)
    store = IndexStore(tmp_path / "indexes", catalog.digest_of)
    engine = restarted(answerer, store)
    index = engine._index_of(posting_of(catalog))  # built and saved: the save fails
    store.save(posting_of(catalog), index)  # … and the next one is written
    for _ in range(200):  # not flush(): with a stopped writer it would wait for ever
        if not store._queue.unfinished_tasks:
            break
        time.sleep(0.05)
    assert len(calls) == 2
    assert list(store.version.glob("*.idx"))
