"""The ``ask`` command, run in-process through its own parser."""

from __future__ import annotations

import argparse
import io
import json
from pathlib import Path

import pytest

from bot.cli import ask
from tests.answering.scoring import SHARED_POSTINGS


def parse(*argv: str) -> argparse.Namespace:
    parser = argparse.ArgumentParser()
    ask.add_parser(parser.add_subparsers(dest="command"))
    return parser.parse_args(["ask", *argv])


def test_parser_sets_the_handler() -> None:
    args = parse("--postings", "x", "courier", "Какой график?")
    assert args.handler is ask.run
    assert (args.slug, args.question, args.json) == ("courier", "Какой график?", False)


def test_prints_the_answer_text(capsys: pytest.CaptureFixture[str]) -> None:
    code = ask.run(parse("--postings", str(SHARED_POSTINGS), "courier", "Какой график?"))
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("Из раздела «Условия»:\n— свободный график")


def test_json_answer(capsys: pytest.CaptureFixture[str]) -> None:
    args = parse("--postings", str(SHARED_POSTINGS), "--json", "courier", "Есть ли ДМС?")
    assert ask.run(args) == 0
    reply = json.loads(capsys.readouterr().out)
    assert reply == {
        "answered": False,
        "section": None,
        "items": [],
        "text": "В описании вакансии об этом не сказано. Передать вопрос HR?",
    }


def test_unknown_slug_is_a_clear_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert ask.run(parse("--postings", str(SHARED_POSTINGS), "nope", "Какой график?")) == 2
    captured = capsys.readouterr()
    assert "no posting with slug 'nope'" in captured.err
    assert "Traceback" not in captured.err
    assert captured.out == ""


def test_missing_folder_is_exit_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert ask.run(parse("--postings", str(tmp_path / "absent"), "courier", "?")) == 2
    assert "error:" in capsys.readouterr().err


def test_postings_default_to_env(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POSTINGS_DIR", str(SHARED_POSTINGS))
    assert ask.run(parse("--json", "customer-success-manager", "Is it remote?")) == 0
    assert json.loads(capsys.readouterr().out)["answered"] is True


def test_batch_answers_in_order_and_reports_bad_lines(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    lines = [
        {"posting": "courier", "question": "С какого возраста берёте?"},
        "not json",
        {"posting": "nope", "question": "x"},
        {"posting": "customer-success-manager", "question": "What is the salary?"},
        ["a list"],
    ]
    text = "\n".join(x if isinstance(x, str) else json.dumps(x, ensure_ascii=False) for x in lines)
    monkeypatch.setattr("sys.stdin", io.StringIO(text + "\n\n"))
    assert ask.run(parse("--postings", str(SHARED_POSTINGS), "--json", "--batch", "-")) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(out) == 5
    assert out[0]["answered"] is True and "18 лет" in out[0]["items"][0]
    assert out[0]["section"] == "requirements"
    assert out[1]["line"] == 2 and "not JSON" in out[1]["error"]
    assert out[2] == {"error": "unknown posting 'nope'", "line": 3}
    assert out[3]["answered"] is False
    assert out[3]["text"] == "The posting doesn't say. Shall I pass your question to HR?"
    assert "error" in out[4]


def test_broken_files_are_reported_but_good_ones_answered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    (tmp_path / "courier.md").write_text(
        (SHARED_POSTINGS / "courier.md").read_text("utf-8"), "utf-8"
    )
    (tmp_path / "broken.md").write_text("no front matter here\n", "utf-8")
    assert ask.run(parse("--postings", str(tmp_path), "courier", "Нужна медкнижка?")) == 0
    captured = capsys.readouterr()
    assert "broken.md" in captured.err
    assert "медицинская книжка" in captured.out
