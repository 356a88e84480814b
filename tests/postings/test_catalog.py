"""Reloading the catalog: what changed, what broke, and that broken files keep serving."""

from __future__ import annotations

import shutil
from pathlib import Path

from bot.postings import Catalog
from tests.conftest import BAD, SAMPLES, SEED, SHIPPED


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
