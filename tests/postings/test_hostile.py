"""Postings that can hurt: odd values, odd files, huge files; each fails alone, with its line."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from bot.__main__ import main
from bot.postings import Catalog, PostingError, load_folder, load_posting
from bot.postings import catalog as catalog_module
from bot.postings import loader as loader_module
from bot.postings.loader import MAX_FILE_BYTES, read_source
from bot.postings.models import MAX_QUESTIONS, MAX_SECTIONS
from tests.conftest import SEED, SHIPPED

ROOT = Path(__file__).resolve().parents[2]

HEAD = "---\ntitle: T\nslug: t\n"

# name → (front-matter lines after title and slug, the line the error must name, words in it)
BAD_VALUES = {
    "impossible-day.md": ("closes: 2027-02-30\n", 4, "use YYYY-MM-DD"),
    "month-13.md": ("closes: 2027-13-01\n", 4, "use YYYY-MM-DD"),
    "dotted-date.md": ("closes: 31.03.2027\n", 4, "'31.03.2027' is not a date; use YYYY-MM-DD"),
    "deep-flow.md": ("x: " + "[" * 500 + "]" * 500 + "\n", 4, "nested more than 20 levels"),
    "deep-block.md": (
        "x:\n" + "".join(" " * n + "- \n" for n in range(1, 60)) + "    y\n",
        24,
        "nested more than 20 levels",
    ),
    "huge-number.md": ("hr_chat: " + "9" * 4400 + "\n", 4, "more than 30 digits"),
    "huge-number-deep.md": ("faq:\n  - q: " + "1" * 5000 + "\n    a: b\n", 5, "30 digits"),
}


def write_bad(folder: Path, name: str) -> Path:
    front, _, _ = BAD_VALUES[name]
    path = folder / name
    path.write_text(HEAD.replace("slug: t", f"slug: {name[:-3]}") + front + "---\n- x\n")
    return path


@pytest.mark.parametrize("name", sorted(BAD_VALUES))
def test_a_bad_value_is_its_files_error_with_its_line(name: str, tmp_path: Path) -> None:
    _, line, words = BAD_VALUES[name]
    with pytest.raises(PostingError) as caught:
        load_posting(write_bad(tmp_path, name))
    assert str(caught.value).startswith(f"{name}:{line}: "), str(caught.value)
    assert words in str(caught.value)


def test_check_names_every_broken_file_and_lists_the_good_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / f"{SEED}.md").write_bytes((SHIPPED / f"{SEED}.md").read_bytes())
    for name in BAD_VALUES:
        write_bad(tmp_path, name)
    assert main(["check", "--postings", str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"{len(BAD_VALUES)} file(s) with errors:" in out
    for name, (_, line, _words) in BAD_VALUES.items():
        assert f"  {name}:{line}: " in out
    assert SEED in out.splitlines()[1]  # the good posting is in the table
    assert "Traceback" not in out


def test_any_unexpected_failure_stays_with_its_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Whatever a parser step might raise one day is that file's error, not everyone's."""
    real = loader_module.detect_lang

    def fragile(text: str) -> str:
        if "ломается" in text:
            raise ZeroDivisionError("boom")
        return real(text)

    monkeypatch.setattr(loader_module, "detect_lang", fragile)
    (tmp_path / "ok.md").write_text(HEAD + "---\n- всё хорошо\n")
    (tmp_path / "odd.md").write_text(HEAD.replace("t\n", "odd\n") + "---\n- ломается\n")
    result = load_folder(tmp_path)
    assert list(result.by_slug) == ["t"]
    assert [str(e) for e in result.errors] == [
        "odd.md: the file could not be read (ZeroDivisionError); check it, or show it to the "
        "developers"
    ]


def test_reload_keeps_other_files_changes_and_the_broken_files_last_good_version(
    tmp_path: Path,
) -> None:
    good = tmp_path / "good.md"
    good.write_text(HEAD.replace("slug: t", "slug: good") + "---\n- первая версия\n")
    other = tmp_path / "other.md"
    other.write_text(HEAD.replace("slug: t", "slug: other") + "---\n- было\n")
    catalog = Catalog(tmp_path)
    catalog.reload()
    served = catalog.get("good")
    good.write_text(HEAD.replace("slug: t", "slug: good") + "closes: 2027-02-30\n---\n- x\n")
    other.write_text(HEAD.replace("slug: t", "slug: other") + "---\n- стало\n")
    report = catalog.reload()
    assert [e.where for e in report.errors] == ["good.md:4"]
    assert report.kept == ["good"] and catalog.get("good") is served
    assert catalog.get("other").intro_items == ("стало",)  # type: ignore[union-attr]
    assert report.changed == {"other": ["intro"]}


async def test_reload_in_the_worker_process_reports_the_same_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(catalog_module, "IN_THREAD_BYTES", 0)  # small files: still a worker
    (tmp_path / f"{SEED}.md").write_bytes((SHIPPED / f"{SEED}.md").read_bytes())
    catalog = Catalog(tmp_path)
    await catalog.reload_async()
    for name in BAD_VALUES:
        write_bad(tmp_path, name)
    report = await catalog.reload_async()
    assert sorted(e.where for e in report.errors) == sorted(
        f"{name}:{line}" for name, (_, line, _w) in BAD_VALUES.items()
    )
    assert "ГГГГ-ММ-ДД" in next(e.text("ru") for e in report.errors if "month-13" in e.where)
    assert report.total == 1 and catalog.get(SEED) is not None


# --- files that are not plain files ---------------------------------------------------------


def test_a_fifo_a_device_link_and_a_folder_are_refused_without_reading(tmp_path: Path) -> None:
    (tmp_path / f"{SEED}.md").write_bytes((SHIPPED / f"{SEED}.md").read_bytes())
    os.mkfifo(tmp_path / "x.md")  # opening it for reading would wait for a writer forever
    (tmp_path / "zero.md").symlink_to("/dev/zero")  # reading it would never end
    (tmp_path / "folder.md").mkdir()
    result = load_folder(tmp_path)
    assert list(result.by_slug) == [SEED]
    assert [str(e) for e in result.errors] == [
        f"{name}: not a regular file (a link to a device, a folder or a pipe); "
        "only plain files are read"
        for name in ("folder.md", "x.md", "zero.md")
    ]


def test_a_big_file_is_refused_after_reading_one_byte_over_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    big = tmp_path / "big.md"
    with big.open("wb") as handle:
        handle.truncate(50 * MAX_FILE_BYTES)  # sparse: 3 MiB of zeros on disk for free
    read = 0
    real_read = os.read

    def counting_read(fd: int, size: int) -> bytes:
        nonlocal read
        chunk = real_read(fd, size)
        read += len(chunk)
        return chunk

    monkeypatch.setattr(loader_module.os, "read", counting_read)
    with pytest.raises(PostingError, match="over 64 KiB"):
        read_source(big)
    assert read == MAX_FILE_BYTES + 1


def test_a_link_to_a_regular_posting_file_is_read(tmp_path: Path) -> None:
    (tmp_path / "link.md").symlink_to(SHIPPED / f"{SEED}.md")
    assert list(load_folder(tmp_path).by_slug) == [SEED]


# --- limits ---------------------------------------------------------------------------------


def test_more_sections_than_the_limit_is_refused_at_the_first_one_over(tmp_path: Path) -> None:
    body = "".join(f"## Раздел {n}\n- пункт\n" for n in range(MAX_SECTIONS + 1))
    at_limit = "".join(f"## Раздел {n}\n- пункт\n" for n in range(MAX_SECTIONS))
    (tmp_path / "fine.md").write_text(HEAD.replace("t\n", "fine\n") + "---\n" + at_limit)
    (tmp_path / "many.md").write_text(HEAD + "---\n" + body)
    result = load_folder(tmp_path)
    assert list(result.by_slug) == ["fine"]
    line = 5 + 2 * MAX_SECTIONS  # four lines of front matter, two per section
    assert str(result.errors[0]) == (
        f"many.md:{line}: 41 sections; the limit is 40 (each is a button on the card); merge some"
    )


def test_more_questions_than_the_limit_is_refused(tmp_path: Path) -> None:
    questions = "".join(f"  - id: q{n}\n    text: Вопрос {n}?\n" for n in range(MAX_QUESTIONS + 1))
    path = tmp_path / "q.md"
    path.write_text(HEAD + "questionnaire:\n" + questions + "---\n- x\n")
    with pytest.raises(PostingError) as caught:
        load_posting(path)
    assert str(caught.value) == (
        "q.md:4: field 'questionnaire': 41 questions; the limit is 40; "
        "a short questionnaire gets more answers"
    )


HOSTILE_BODIES = [("*a ", 30000), ("> *a\n", 12000), ("[a ](", 15000), ("_a ", 20000)]


def test_hostile_bodies_load_and_render_in_linear_time() -> None:
    """Under a CPU budget a hundred times what linear parsing needs: quadratic work dies."""
    script = textwrap.dedent(
        """
        import resource, sys
        from pathlib import Path
        from bot.postings.loader import parse_posting
        from bot.postings.render import render_markdown, split_rendered
        resource.setrlimit(resource.RLIMIT_CPU, (20, 20))
        for unit, count in BODIES:
            body = unit * count
            posting = parse_posting("---\\ntitle: T\\nslug: t\\n---\\n" + body, Path("h.md"))
            for part in [posting.intro] + [s.markdown for s in posting.sections]:
                assert split_rendered(render_markdown(part))
        print("ok")
        """
    ).replace("BODIES", repr(HOSTILE_BODIES))
    done = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert done.stdout.strip() == "ok", done.stderr[-2000:]


def test_check_speaks_russian_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write_bad(tmp_path, "impossible-day.md")
    (tmp_path / "extra.md").write_text(HEAD.replace("t\n", "extra\n") + "bonus: 1\n---\n- x\n")
    assert main(["check", "--postings", str(tmp_path), "--lang", "ru"]) == 1
    out = capsys.readouterr().out
    assert "warning: extra.md: неизвестное поле 'bonus' пропущено" in out
    assert (
        "  impossible-day.md:4: поле 'closes': '2027-02-30' — не дата; пишите ГГГГ-ММ-ДД, "
        "например 2027-03-31"
    ) in out


def _yaml_outcome(read: object, text: str) -> object:
    from bot.postings.errors import PostingError

    try:
        meta, root = read(text, Path("x.md"))  # type: ignore[operator]
    except PostingError as error:
        return str(error)
    except RecursionError:  # a value that holds itself: parse_source's "too complex"
        return "RecursionError"
    return repr(meta), None if root is None else (root.start_mark.line, root.end_mark.line)


@pytest.mark.parametrize(
    "text",
    [
        "a: " + "[" * 18 + "1" + "]" * 18 + "\n",  # 20 levels: allowed
        "a: " + "[" * 19 + "1" + "]" * 19 + "\n",  # 21: refused
        "a: &x " + "[" * 17 + "1" + "]" * 17 + "\nb: [*x]\n",  # an alias one level deeper
        "a: &x [1]\nb: " + "[" * 17 + "*x" + "]" * 17 + "\n",
        "a: &x [*x]\n",
        "a: [1, 2\nb: 3\n",  # unclosed
        "a: !!python/object:os.system x\n",
        "a: " + "1" * 40 + "\n",
        "- a\n- b\n",
        "",
        "a: 2027-02-30\nb: {c: [d, {e: f}]}\n",
        # what the plain-tree reading leaves to PyYAML's constructor, and what it reads itself
        "a: &x 1\nb: *x\n",
        "base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",
        "=: 1\n",
        "? [a, b]\n: c\n",
        "a: !!str 1\nb: !!binary aGVsbG8=\nc: !!set {x}\n",
        "a: 0x1F\nb: 1_000\nc: 1:30\nd: .inf\ne: ~\nf: yes\ng: '1'\nh: 2.5\n1: k\nnull: v\n",
        "a: 1\na: 2\nb: [x, {c: d}]\n",
    ],
)
def test_yaml_read_in_c_gives_what_the_checked_reading_gives(text: str) -> None:
    from bot.postings.loader import _checked_yaml, _load_yaml

    assert _yaml_outcome(_load_yaml, text) == _yaml_outcome(_checked_yaml, text)


def test_a_front_matter_error_names_its_line_after_the_fast_reading(tmp_path: Path) -> None:
    path = tmp_path / "late.md"
    path.write_text("---\ntitle: T\nslug: late\ncity: Казань\ncloses: someday\n---\nТекст.\n")
    with pytest.raises(PostingError) as caught:
        load_posting(path)
    assert str(caught.value).startswith("late.md:5: "), str(caught.value)
