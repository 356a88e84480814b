"""Front matter ``image:`` names a picture beside the posting; a bad one is an error naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bot.postings.errors import PostingError
from bot.postings.loader import load_posting

POSTING = "---\ntitle: Курьер\nslug: courier\ntags: Доставка, IT, доставка\n{image}---\n- пункт\n"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def write(folder: Path, image: str | None) -> Path:
    path = folder / "courier.md"
    line = f"image: {image}\n" if image is not None else ""
    path.write_text(POSTING.format(image=line), encoding="utf-8")
    return path


def test_a_picture_beside_the_posting_is_kept_and_tags_are_folded(tmp_path: Path) -> None:
    (tmp_path / "courier.png").write_bytes(PNG)
    posting = load_posting(write(tmp_path, "courier.png"))
    assert posting.image == (tmp_path / "courier.png").resolve()
    assert posting.tags == ("доставка", "it")
    assert load_posting(write(tmp_path, None)).image is None


@pytest.mark.parametrize(
    ("image", "says"),
    [
        ("missing.png", "there is no file 'missing.png'"),
        ("../outside.png", "must be a file in the posting's own folder"),
        ("notes.txt", "is not a JPEG, PNG or WebP picture"),
        ("empty.png", "'empty.png' is 0.0 MB"),
    ],
)
def test_a_bad_image_is_an_error_naming_the_file(tmp_path: Path, image: str, says: str) -> None:
    (tmp_path / "notes.txt").write_text("x")
    (tmp_path / "empty.png").write_bytes(b"")
    (tmp_path.parent / "outside.png").write_bytes(PNG)
    with pytest.raises(PostingError) as error:
        load_posting(write(tmp_path, image))
    assert error.value.where == "courier.md"
    assert says in str(error.value)
    assert "image:" in error.value.text("ru")


def test_check_names_the_file_and_fails(tmp_path: Path) -> None:
    write(tmp_path, "missing.png")
    done = subprocess.run(
        [sys.executable, "-m", "bot", "check", "--postings", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 1
    assert "courier.md: image: there is no file 'missing.png'" in done.stdout + done.stderr
