"""What `check` tells HR: the cause, the line and the fix, never pydantic's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.postings import PostingError, load_posting
from bot.postings.loader import parse_posting

HEAD = "---\ntitle: T\nslug: t\n"
QUESTION = "questionnaire:\n  - id: exp\n    text: Опыт?\n"

# front matter after title and slug → the whole English message (the file is t.md)
CASES = {
    "knockout without reason": (
        QUESTION + "    type: number\n    knockout: {min: 2}\n",
        "t.md:8: question 'exp', field 'knockout': a knockout needs a 'reason' — the sentence "
        "the candidate is told when the requirement is not met",
    ),
    "unknown key in a question": (
        QUESTION + "    hint: подсказка\n",
        "t.md:7: question 'exp': unknown key 'hint'; the keys here are: id, text, type, "
        "required, options, min, max, knockout",
    ),
    "date with dots": (
        "closes: 31.03.2027\n",
        "t.md:4: field 'closes': '31.03.2027' is not a date; use YYYY-MM-DD, e.g. 2027-03-31",
    ),
    "required: может быть": (
        QUESTION + "    required: может быть\n",
        "t.md:7: question 'exp', field 'required': 'может быть' is not a yes or no; "
        "write true/false or да/нет",
    ),
    "one option": (
        QUESTION + "    type: choice\n    options: [Да]\n",
        "t.md:5: question 'exp': a choice needs 2–10 options, and this one has 1",
    ),
    "bad status": (
        "status: draft\n",
        "t.md:4: field 'status': 'draft' is not allowed here; use open or closed",
    ),
    "salary key misspelt": (
        "salary: {from: 100, too: 200}\n",
        "t.md:4: field 'salary': unknown key 'too'; the keys here are: from, to, currency, "
        "note, period",
    ),
    "number as text": (
        QUESTION + "    type: number\n    min: много\n",
        "t.md:8: question 'exp', field 'min': 'много' is not a number",
    ),
}

PYDANTIC_WORDS = (
    "Input should",
    "Extra inputs",
    "Value error",
    "unable to interpret",
    "invalid character",
    "is required; add 'questionnaire",
    "options;",
    "Field required",
)


@pytest.mark.parametrize("case", sorted(CASES))
def test_check_explains_the_cause_and_the_line(case: str, tmp_path: Path) -> None:
    front, expected = CASES[case]
    with pytest.raises(PostingError) as caught:
        parse_posting(HEAD + front + "---\n- x\n", tmp_path / "t.md")
    assert str(caught.value) == expected
    russian = caught.value.text("ru")
    assert russian.startswith(expected.split(": ", 1)[0] + ": ")
    for words in PYDANTIC_WORDS:
        assert words not in str(caught.value) and words not in russian


def test_every_message_has_a_russian_text_without_english_words(tmp_path: Path) -> None:
    for front, _ in CASES.values():
        with pytest.raises(PostingError) as caught:
            parse_posting(HEAD + front + "---\n- x\n", tmp_path / "t.md")
        russian = caught.value.text("ru").split(": ", 1)[1]
        for english in ("question", "field", "is not", "needs", "unknown key"):
            assert english not in russian, russian


@pytest.mark.parametrize(("word", "value"), [("нет", False), ("да", True), ("false", False)])
def test_required_takes_da_and_net(word: str, value: bool, tmp_path: Path) -> None:
    posting = parse_posting(
        HEAD + QUESTION + f"    required: {word}\n---\n- x\n", tmp_path / "t.md"
    )
    assert posting.questionnaire[0].required is value


def test_salary_as_text_under_a_text_key_is_the_text(tmp_path: Path) -> None:
    path = tmp_path / "s.md"
    path.write_text(HEAD + "salary: {text: от 3 500 ₽ за смену}\n---\n- x\n")
    assert load_posting(path).salary == "от 3 500 ₽ за смену"


def test_the_readmes_example_posting_is_accepted(tmp_path: Path) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    example = readme.split("```markdown\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "example.md"
    path.write_text(example)
    posting = load_posting(path)
    assert posting.slug == "python-backend-developer" and posting.salary is not None
    # the comment beside `salary:` shows the other accepted form; it must load as well
    comment = next(line for line in example.splitlines() if line.startswith("salary:"))
    other = comment.split("#", 1)[1].split(": ", 1)[1].strip()
    assert other.startswith("salary: ")
    path.write_text(HEAD + other + "\n---\n- x\n")
    assert load_posting(path).salary == "от 3 500 ₽ за смену"
