"""Reloading the catalog: what changed, what broke, and that broken files keep serving."""

from __future__ import annotations

import asyncio
import itertools
import json
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from bot.postings import Catalog, Posting
from bot.postings import catalog as catalog_module
from tests.conftest import BAD, SAMPLES, SEED, SHIPPED


def count_parses(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the catalog parses from now on, in order."""
    parsed: list[str] = []
    real = catalog_module.parse_source

    def counting(path: Path, raw: bytes, body: bool = True) -> Posting:
        parsed.append(path.name)
        return real(path, raw, body=body)

    monkeypatch.setattr(catalog_module, "parse_source", counting)
    return parsed


def folder_with(tmp_path: Path, *files: Path) -> Path:
    folder = tmp_path / "postings"
    folder.mkdir(exist_ok=True)
    for file in files:
        shutil.copy(file, folder / file.name)
    return folder


def test_reload_reports_added_removed_and_changed(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    catalog = Catalog(folder)
    first = catalog.reload()
    assert first.added == ["courier", SEED] and first.total == 2
    (folder / "courier.md").unlink()
    text = (
        (folder / f"{SEED}.md")
        .read_text()
        .replace("title: Специалист службы поддержки пользователей", "title: Специалист поддержки")
    )
    (folder / f"{SEED}.md").write_text(text.replace("- ДМС со стоматологией.\n", ""))
    shutil.copy(SAMPLES / "python-backend-developer.md", folder)
    second = catalog.reload()
    assert second.added == ["python-backend-developer"]
    assert second.removed == ["courier"]
    assert second.changed[SEED] == ["title", "section Условия"]
    assert catalog.get(SEED).title == "Специалист поддержки"  # type: ignore[union-attr]


def test_broken_file_keeps_its_last_good_version(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    catalog = Catalog(folder)
    catalog.reload()
    good = catalog.get(SEED)
    (folder / f"{SEED}.md").write_text('---\ntitle: "сломано\nslug: x\n---\n')
    report = catalog.reload()
    assert report.kept == [SEED]
    assert len(report.errors) == 1 and f"{SEED}.md:2" in str(report.errors[0])
    assert catalog.get(SEED) is good


def test_a_copied_slug_is_refused_and_the_original_keeps_serving(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    catalog = Catalog(folder)
    catalog.reload()
    shutil.copy(BAD / "duplicate-slug.md", folder)
    report = catalog.reload()
    assert [e.path.name for e in report.errors] == ["duplicate-slug.md"]
    assert catalog.get(SEED).title == "Специалист службы поддержки пользователей"  # type: ignore[union-attr]


def test_a_missing_folder_is_reported_and_nothing_is_dropped(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    catalog = Catalog(folder)
    catalog.reload()
    shutil.rmtree(folder)
    report = catalog.reload()
    assert [str(e) for e in report.errors] == ["postings: postings folder not found"]
    assert report.kept == [SEED]
    assert catalog.get(SEED) is not None


def test_only_open_postings_are_handed_out_for_candidates(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    (folder / "old.md").write_text("---\ntitle: Old\nslug: old\nstatus: closed\n---\n- x\n")
    catalog = Catalog(folder)
    catalog.reload()
    assert catalog.get_open(SEED) is catalog.get(SEED) is not None
    assert catalog.get("old") is not None and catalog.get_open("old") is None
    assert catalog.get_open("nowhere") is None
    assert [p.slug for p in catalog.open_postings()] == [SEED]
    assert catalog.open_count() == 1
    # the list handed out is the caller's own: changing it changes nothing in the catalog
    catalog.open_postings().clear()
    assert catalog.open_count() == 1


def test_adding_a_field_is_the_only_change_reported(tmp_path: Path) -> None:
    """Sections are compared by content: a new line above them moves them, it changes nothing."""
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    catalog = Catalog(folder)
    catalog.reload()
    seed = folder / f"{SEED}.md"
    seed.write_text(seed.read_text().replace("slug:", "city: Казань\nslug:", 1))
    assert catalog.reload().changed == {SEED: ["city"]}


def test_unchanged_files_keep_their_posting_objects_and_are_not_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    catalog = Catalog(folder)
    catalog.reload()
    seed, courier = catalog.get(SEED), catalog.get("courier")
    parsed = count_parses(monkeypatch)
    (folder / "courier.md").write_bytes((folder / "courier.md").read_bytes())  # new mtime only
    report = catalog.reload()
    assert parsed == [] and report.changed == {}
    assert catalog.get(SEED) is seed and catalog.get("courier") is courier

    text = (folder / "courier.md").read_text()
    (folder / "courier.md").write_text(text.replace("Курьер на велосипеде", "Курьер"))
    report = catalog.reload()
    assert parsed == ["courier.md"] and report.changed == {"courier": ["title"]}
    assert catalog.get(SEED) is seed and catalog.get("courier") is not courier
    assert [p.title for p in catalog.all()] == sorted(p.title for p in catalog.all())


async def test_reload_async_parses_away_from_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    threads: list[int] = []
    real = catalog_module.parse_source

    def recording(path: Path, raw: bytes, body: bool = True) -> Posting:
        threads.append(threading.get_ident())
        return real(path, raw, body=body)

    monkeypatch.setattr(catalog_module, "parse_source", recording)
    catalog = Catalog(folder)
    with ThreadPoolExecutor(1) as worker:  # stands in for the process pool: same call path
        report = await catalog.reload_async(executor=worker)
    assert report.added == ["courier", SEED]
    assert len(threads) == 2 and threading.get_ident() not in threads


async def test_reload_async_in_worker_processes_matches_reload(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "IN_THREAD_BYTES", 0)  # two small files: still a worker
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    in_thread, in_workers = Catalog(folder), Catalog(folder)
    in_thread.reload()

    def not_here(path: Path, raw: bytes) -> Posting:
        raise AssertionError("parsed in the bot's own process")

    monkeypatch.setattr(catalog_module, "parse_source", not_here)  # workers import their own
    report = await in_workers.reload_async()
    assert report.added == ["courier", SEED]
    assert in_workers.get(SEED) == in_thread.get(SEED)
    assert in_workers.get(SEED) is not in_thread.get(SEED)


def cached_catalog(tmp_path: Path) -> tuple[Path, Path, Catalog]:
    """The seed and the courier in a folder, and a catalog of them that saved its start-up
    cache: (folder, cache file, that catalog)."""
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    cache = tmp_path / "data" / "postings.json"
    first = Catalog(folder, cache=cache)
    first.reload()
    first.save_cache()
    return folder, cache, first


def test_a_start_parses_only_files_the_previous_start_did_not(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, cache, first = cached_catalog(tmp_path)
    parsed = count_parses(monkeypatch)
    courier = folder / "courier.md"
    courier.write_text(courier.read_text().replace("Курьер на велосипеде", "Курьер"))
    second = Catalog(folder, cache=cache)
    second.reload()
    assert parsed == ["courier.md"]
    assert second.get(SEED) == first.get(SEED)
    assert second.get("courier").title.startswith("Курьер или")  # type: ignore[union-attr]


def count_reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the files the catalog reads from now on, in order."""
    read: list[str] = []
    real = catalog_module.read_source

    def counting(path: Path) -> bytes:
        read.append(path.name)
        return real(path)

    monkeypatch.setattr(catalog_module, "read_source", counting)
    return read


def test_a_start_reads_only_files_touched_since_the_cache_was_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, cache, first = cached_catalog(tmp_path)
    read, parsed = count_reads(monkeypatch), count_parses(monkeypatch)
    again = Catalog(folder, cache=cache)
    again.reload()
    assert read == [] and parsed == []  # size, time and inode unchanged: nothing read
    assert again.get(SEED) == first.get(SEED)
    courier = folder / "courier.md"
    moved = courier.stat().st_mtime_ns + 1_000_000_000
    os.utime(courier, ns=(moved, moved))  # touched, the same bytes: read, not parsed
    seed = folder / f"{SEED}.md"
    seed.write_text(seed.read_text().replace("Специалист", "Старший специалист", 1))
    third = Catalog(folder, cache=cache)
    third.reload()
    assert sorted(read) == ["courier.md", f"{SEED}.md"] and parsed == [f"{SEED}.md"]
    assert third.get(SEED).title.startswith("Старший")  # type: ignore[union-attr]


def test_a_cache_without_signatures_still_spares_the_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    folder, cache, first = cached_catalog(tmp_path)
    entries = json.loads(cache.read_text(encoding="utf-8"))
    assert all(entry.pop("signature") for entry in entries)
    cache.write_text(json.dumps(entries), encoding="utf-8")  # as an older version wrote it
    read, parsed = count_reads(monkeypatch), count_parses(monkeypatch)
    second = Catalog(folder, cache=cache)
    second.reload()
    assert sorted(read) == ["courier.md", f"{SEED}.md"] and parsed == []
    assert second.get("courier") == first.get("courier")


def test_a_cache_another_parser_wrote_is_parsed_afresh(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import json

    folder, cache, _ = cached_catalog(tmp_path)
    entries = json.loads(cache.read_text(encoding="utf-8"))
    assert all(entry["parser"] == catalog_module.parser_digest() for entry in entries)
    for entry in entries:
        entry["parser"] = "an older parser"  # its bodies may be cut as this one no longer cuts
    cache.write_text(json.dumps(entries), encoding="utf-8")
    parsed = count_parses(monkeypatch)
    again = Catalog(folder, cache=cache)
    again.reload()
    assert sorted(parsed) == ["courier.md", f"{SEED}.md"]
    # Written again by this parser: the next start parses nothing.
    again.save_cache()
    parsed.clear()
    Catalog(folder, cache=cache).reload()
    assert parsed == []


def parsed_here(monkeypatch: pytest.MonkeyPatch, log: Path) -> None:
    """From now on every parse appends the id of the process it ran in to ``log`` (a worker
    forked after this sees the change too; one from the fork server parses unrecorded)."""
    real = catalog_module.parse_source

    def recording(path: Path, raw: bytes, body: bool = True) -> Posting:
        with log.open("a") as out:
            out.write(f"{os.getpid()}\n")
        return real(path, raw, body=body)

    monkeypatch.setattr(catalog_module, "parse_source", recording)


@pytest.mark.parametrize("start", ["start_loading", "reload_async"])
async def test_a_first_load_in_worker_processes_is_the_load_in_this_one(
    start: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cache entries a first load's workers send back give the very postings, errors (file
    and line), warnings and kept slugs a load in this process gives."""
    files = [*sorted(BAD.glob("*.md")), *sorted(SAMPLES.glob("*.md")), SHIPPED / f"{SEED}.md"]
    folder = folder_with(tmp_path, *files)
    seed = (folder / f"{SEED}.md").read_text(encoding="utf-8")
    warned = seed.replace(f"slug: {SEED}", "slug: warned\nsalry: 50000", 1)
    (folder / "warned.md").write_text(warned, encoding="utf-8")  # an unknown field: a warning
    here = Catalog(folder)
    expected = here.reload()
    assert expected.errors and expected.warnings  # the comparison below compares something
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 4)
    monkeypatch.setattr(catalog_module, "IN_THREAD_BYTES", 0)
    pids = tmp_path / "pids"
    parsed_here(monkeypatch, pids)
    pooled = Catalog(folder, cache=tmp_path / "data" / "postings.json")
    if start == "start_loading":
        pooled.start_loading()
        report = pooled.reload()
    else:
        report = await pooled.reload_async()
    assert str(os.getpid()) not in (pids.read_text().split() if pids.exists() else [])
    assert pooled.all() == here.all() and len(pooled) == len(here)
    assert [(e.where, e.text("ru")) for e in report.errors] == [
        (e.where, e.text("ru")) for e in expected.errors
    ]
    assert "not-utf8.md:2" in [e.where for e in report.errors]
    assert (report.total, report.open, report.added) == (
        expected.total,
        expected.open,
        expected.added,
    )
    assert report.warnings == expected.warnings and report.kept == expected.kept


def test_a_first_load_whose_workers_died_is_parsed_here_from_where_they_stopped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(tmp_path, *sorted(BAD.glob("*.md")))
    seed = (SHIPPED / f"{SEED}.md").read_text(encoding="utf-8")
    for n in range(200):
        copy = seed.replace(f"slug: {SEED}", f"slug: copy-{n}", 1)
        (folder / f"copy-{n:03d}.md").write_text(copy, encoding="utf-8")
    here = Catalog(folder)
    expected = here.reload()
    catalog = Catalog(folder)
    catalog.start_loading()
    started = catalog._started
    assert isinstance(started, catalog_module._Started) and started.parsing is not None
    for pid in list(started.parsing._pool._processes):  # killed, as by the OOM killer
        os.kill(pid, signal.SIGKILL)
    parsed = count_parses(monkeypatch)  # in this process (a worker forked before has its own)
    report = catalog.reload()
    assert parsed and parsed == sorted(parsed) and parsed[-1] == "yaml-code-execution.md"
    assert catalog.all() == here.all() and report.total == expected.total == 201
    assert [e.where for e in report.errors] == [e.where for e in expected.errors]


KILLED_WHILE_STARTING = """
import os, signal, sys
from pathlib import Path
from bot.postings import catalog as catalog_module
catalog_module.POOL_AT_START_FILES = 2
catalog = catalog_module.Catalog(Path(sys.argv[1]))
catalog.start_loading()
print(*catalog._started.parsing._pool._processes, flush=True)
os.kill(os.getpid(), signal.SIGKILL)
"""


def running(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def test_workers_of_a_bot_killed_while_it_starts_do_not_outlive_it(tmp_path: Path) -> None:
    folder = folder_with(tmp_path)
    seed = (SHIPPED / f"{SEED}.md").read_text(encoding="utf-8")
    for n in range(40):
        copy = seed.replace(f"slug: {SEED}", f"slug: copy-{n}", 1)
        (folder / f"copy-{n:03d}.md").write_text(copy, encoding="utf-8")
    out = tmp_path / "out"
    with out.open("w") as into:  # not a pipe: workers left alive would hold it open
        done = subprocess.run(
            [sys.executable, "-c", KILLED_WHILE_STARTING, str(folder)],
            stdout=into,
            stderr=subprocess.STDOUT,
            check=False,
        )
    workers = [int(pid) for pid in out.read_text().split() if pid.isdigit()]
    assert done.returncode == -signal.SIGKILL and workers, out.read_text()
    deadline = time.monotonic() + 10
    while any(running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = [pid for pid in workers if running(pid)]
    for pid in left:
        os.kill(pid, signal.SIGKILL)
    assert not left


def encoded_here(catalog: Catalog) -> object:
    """The start-up cache of ``catalog`` as this process encodes it, decoded."""
    entries = [
        catalog_module._Cached(
            name=name,
            digest=entry.digest.hex(),
            posting=entry.outcome,
            fields=3,
            parser=catalog_module.parser_digest(),
            signature=entry.signature,
        )
        for name, entry in catalog._state.files.items()
        if isinstance(entry.outcome, Posting)
    ]
    return json.loads(catalog_module._cache_adapter().dump_json(entries, by_alias=True))


def test_the_cache_a_pooled_first_load_writes_spares_the_next_start_all_parsing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = sorted(SAMPLES.glob("*.md"))
    folder = folder_with(tmp_path, *files)
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 2)
    cache = tmp_path / "data" / "postings.json"
    first = Catalog(folder, cache=cache)
    first.start_loading()
    first.reload()
    first.save_cache()  # the workers' entries, as they sent them
    assert json.loads(cache.read_bytes()) == encoded_here(first)
    parsed = count_parses(monkeypatch)
    again = Catalog(folder, cache=cache)
    again.start_loading()
    assert again.reload().total == len(files) and parsed == []
    assert again.all() == first.all()
    courier = folder / "courier.md"
    courier.write_text(courier.read_text().replace("Курьер на велосипеде", "Курьер"))
    third = Catalog(folder, cache=cache)
    third.reload()
    third.save_cache()  # one entry encoded here, the others as read from the cache
    assert parsed == ["courier.md"]
    assert json.loads(cache.read_bytes()) == encoded_here(third)


def test_a_started_load_closed_unused_leaves_a_catalog_that_still_loads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_with(tmp_path, *sorted(SAMPLES.glob("*.md")))
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 2)
    catalog = Catalog(folder)
    catalog.start_loading()
    catalog.close()
    assert catalog.reload().total == 4


def test_a_torn_cache_is_ignored(tmp_path: Path) -> None:
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md")
    cache = tmp_path / "postings.json"
    cache.write_text('[{"name": "tech-support-specialist.md", "digest": "00", "posting": {')
    catalog = Catalog(folder, cache=cache)
    assert catalog.reload().added == [SEED]
    catalog.save_cache()
    assert SEED in cache.read_text()


async def test_a_reload_frees_the_postings_it_replaced(tmp_path: Path) -> None:
    """Replaced postings go at once (reference counting), though reloads freeze the heap."""
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    catalog = Catalog(folder)
    await catalog.reload_async()
    old_seed, courier = weakref.ref(catalog.get(SEED)), catalog.get("courier")  # type: ignore[arg-type]
    seed = folder / f"{SEED}.md"
    seed.write_text(seed.read_text() + "\n- ещё одно условие\n")
    report = await catalog.reload_async()
    assert report.changed == {SEED: ["section Условия"]}
    # The executor thread that parsed it lets go of its result when it next gets the GIL:
    # give it the moment (a real leak keeps the posting however long this waits).
    for _ in range(200):
        if old_seed() is None:
            break
        await asyncio.sleep(0.005)
    assert old_seed() is None and catalog.get("courier") is courier


async def test_a_reload_frees_the_postings_it_replaced_though_a_card_counted_them(
    tmp_path: Path,
) -> None:
    """The open postings a card counted before the reload do not keep the replaced postings
    until the next card: that card would free them all (and what was built from them)."""
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    catalog = Catalog(folder)
    await catalog.reload_async()
    seed = folder / f"{SEED}.md"
    for round_ in range(2):
        assert catalog.open_count() == 2  # a card asks it
        old_seed = weakref.ref(catalog.get(SEED))  # type: ignore[arg-type]
        seed.write_text(seed.read_text() + f"\n- условие {round_}\n")
        if round_ == 0:
            await catalog.reload_async()
        else:
            catalog.reload()
        for _ in range(200):  # the parsing thread lets go of its result when it gets the GIL
            if old_seed() is None:
                break
            await asyncio.sleep(0.005)
        assert old_seed() is None


async def test_a_reload_lets_go_of_replaced_postings_a_slice_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Freeing 500 replaced postings with their cards and indexes took 40 ms of the event loop
    at once: other tasks run between slices (a slice of one posting here)."""
    folder = folder_with(tmp_path, *sorted(SAMPLES.glob("*.md")))
    catalog = Catalog(folder)
    await catalog.reload_async()
    events: list[str] = []
    for posting in catalog.all():
        weakref.finalize(posting, events.append, "freed")
    del posting
    for path in folder.glob("*.md"):
        path.write_text(path.read_text() + "\n- ещё одно условие\n")
    monkeypatch.setattr(catalog_module, "RELEASE_SLICE_SECONDS", 0.0)

    async def tick() -> None:
        while True:
            events.append("tick")
            await asyncio.sleep(0)

    ticker = asyncio.create_task(tick())
    report = await catalog.reload_async()
    ticker.cancel()
    assert len(report.changed) == len(catalog) >= 3
    freed = [i for i, event in enumerate(events) if event == "freed"]
    assert len(freed) == len(catalog)
    assert all("tick" in events[a:b] for a, b in itertools.pairwise(freed)), events


def test_trimming_the_heap_gives_memory_freed_in_the_middle_back() -> None:
    def rss_kib() -> int:
        status = Path("/proc/self/status").read_text().splitlines()
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS:"))

    blocks = [bytes(2000) + str(n).encode() for n in range(30_000)]  # 60 MB from malloc's heap
    kept = blocks[::16]  # what a load keeps, scattered among what it drops
    del blocks
    before = rss_kib()
    assert catalog_module.trim_heap()
    assert rss_kib() < before - 30_000  # most of the 56 MB dropped, which free() alone kept
    assert len(kept) == 1875


async def test_a_reload_starts_its_worker_processes_off_the_event_loop(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Starting the fork server and a worker imports the parser (0.5–1 s on a busy machine):
    the first /reload after a start from the cache must not hold the event loop meanwhile."""
    monkeypatch.setattr(catalog_module, "IN_THREAD_BYTES", 0)
    monkeypatch.setattr(catalog_module, "_pool", None)  # as after a start from the cache
    folder = folder_with(tmp_path, SHIPPED / f"{SEED}.md", SAMPLES / "courier.md")
    catalog = Catalog(folder)
    catalog.reload()
    started_in: list[int] = []
    real_new_pool = catalog_module._new_pool

    def recording(*, low_priority: bool) -> object:
        started_in.append(threading.get_ident())
        return real_new_pool(low_priority=low_priority)

    monkeypatch.setattr(catalog_module, "_new_pool", recording)
    courier = folder / "courier.md"
    courier.write_text(courier.read_text().replace("Курьер на велосипеде", "Курьер"))
    try:
        report = await catalog.reload_async()
    finally:
        catalog_module.shutdown_workers()
    assert report.changed == {"courier": ["title"]}
    assert len(started_in) == 1 and started_in[0] != threading.get_ident()


MANY_SECTIONS = "".join(f"## Раздел {n}\n- пункт\n" for n in range(41))


def folder_to_check_later(tmp_path: Path) -> Path:
    """Samples, the seed, bad files, one with an unknown field (a front matter warning), one
    with an other-jobs list (a body warning) and one with 41 sections (a body error)."""
    files = [*sorted(BAD.glob("*.md")), *sorted(SAMPLES.glob("*.md")), SHIPPED / f"{SEED}.md"]
    folder = folder_with(tmp_path, *files)
    seed = (folder / f"{SEED}.md").read_text(encoding="utf-8")
    warned = seed.replace(f"slug: {SEED}", "slug: warned\nsalry: 50000", 1)
    (folder / "warned.md").write_text(warned, encoding="utf-8")
    front = "---\ntitle: Много разделов\nslug: many\n---\n"
    (folder / "many.md").write_text(front + MANY_SECTIONS, encoding="utf-8")
    others = seed.replace(f"slug: {SEED}", "slug: others", 1)
    others += "\n## Похожие вакансии\n- Кассир\n- Повар\n- Грузчик\n"
    (folder / "others.md").write_text(others, encoding="utf-8")
    return folder


async def test_a_start_that_leaves_the_bodies_for_later_serves_then_checks_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Before the check every posting is served, its sections parsed when read (the very ones a
    whole parse gives); the check then refuses the file whose body is broken, naming it, and
    leaves the catalog, its warnings and the cache a whole load gives."""
    folder = folder_to_check_later(tmp_path)
    here = Catalog(folder)
    expected = here.reload()
    assert "many.md:85" in [e.where for e in expected.errors]
    assert "others" in expected.warnings and "warned" in expected.warnings
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 4)
    cache = tmp_path / "data" / "postings.json"
    catalog = Catalog(folder, cache=cache)
    catalog.start_loading(bodies_later=True)
    early = catalog.reload()
    catalog.save_cache()  # what run_bot does before its first poll
    assert catalog.get("many") is not None and early.total == expected.total + 1
    assert "many.md" not in [e.path.name for e in early.errors]
    assert not any(p.checked for p in catalog.all())
    for posting in here.all():
        served = catalog.get(posting.slug)
        assert served is not None and served.sections == posting.sections
        assert (served.intro, served.intro_items) == (posting.intro, posting.intro_items)
    refused = await catalog.check_bodies()
    assert [e.where for e in refused] == ["many.md:85"]
    assert catalog.get("many") is None and catalog.all() == here.all()
    assert all(p.checked for p in catalog.all())
    report = await catalog.reload_async()
    assert report.warnings == expected.warnings and report.total == expected.total
    assert [e.where for e in report.errors] == [e.where for e in expected.errors]
    assert json.loads(cache.read_bytes()) == encoded_here(catalog)
    again = Catalog(folder, cache=cache)
    again.start_loading(bodies_later=True)
    again.reload()
    # From the cache, checked; the refused file, which the cache has not, parsed and checked
    # again as at the first start.
    assert [p.slug for p in again.all() if not p.checked] == ["many"]
    assert [e.where for e in await again.check_bodies()] == ["many.md:85"]
    assert again.all() == here.all()


async def test_a_start_from_a_cache_written_before_the_check_checks_what_it_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bot stopped before its check left a cache of unchecked postings: the next start serves
    them without parsing and checks them after, as the first start would have."""
    folder = folder_to_check_later(tmp_path)
    here = Catalog(folder)
    here.reload()
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 4)
    cache = tmp_path / "data" / "postings.json"
    stopped = Catalog(folder, cache=cache)
    stopped.start_loading(bodies_later=True)
    stopped.reload()
    stopped.save_cache()
    parsed = count_parses(monkeypatch)
    again = Catalog(folder, cache=cache)
    again.start_loading(bodies_later=True)
    again.reload()
    assert parsed == [] and again.get("many") is not None
    assert not any(p.checked for p in again.all())
    assert [e.where for e in await again.check_bodies()] == ["many.md:85"]
    assert again.all() == here.all()
    assert json.loads(cache.read_bytes()) == encoded_here(again)


async def test_a_file_changed_before_the_check_is_left_to_the_reload_that_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = folder_to_check_later(tmp_path)
    monkeypatch.setattr(catalog_module, "POOL_AT_START_FILES", 4)
    catalog = Catalog(folder)
    catalog.start_loading(bodies_later=True)
    catalog.reload()
    many = folder / "many.md"
    many.write_text(many.read_text().replace("## Раздел 40\n", ""), encoding="utf-8")
    assert await catalog.check_bodies() == []  # not the bytes it was made of: not judged
    report = await catalog.reload_async()
    assert report.changed == {"many": ["-section Раздел 40", "section Раздел 39"]}
    assert "many.md" not in [e.path.name for e in report.errors]
    many_now = catalog.get("many")
    assert many_now is not None and many_now.checked and len(many_now.sections) == 40
