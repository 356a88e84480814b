"""The seed posting's questions from issue 10, as a candidate types them: each answered by the
line that says it, or honestly abstained on when the posting is silent."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_posting

SEED = Path(__file__).parents[2] / "postings" / "tech-support-specialist.md"


@pytest.fixture(scope="module")
def seed() -> Posting:
    return load_posting(SEED)


@pytest.mark.parametrize(
    "question",
    [
        "Какой уровень английского нужен?",  # English lessons are only a perk
        "Нужен ли опыт работы в поддержке?",  # «опыт программирования» is another experience
        "Есть ли компенсация спорта?",  # the team's volleyball is no paid sport
    ],
)
def test_what_the_posting_does_not_say_is_not_quoted(
    answerer: Answerer, seed: Posting, question: str
) -> None:
    answer = answerer.answer(seed, question)
    assert not answer.answered, answer.items


@pytest.mark.parametrize(
    ("question", "first"),
    [
        ("А можно приходить к 11?", "гибкое начало рабочего дня с 8:00 до 10:00"),
        ("графек работы какой", "график работы 5/2"),
        ("что надо будет делать?", "прием обращений пользователей"),
        ("что за компания?", "Pyrus — это low-code платформа"),
        ("Расскажите о компании", "Pyrus — это low-code платформа"),
    ],
)
def test_the_line_that_says_it_comes_first(
    answerer: Answerer, seed: Posting, question: str, first: str
) -> None:
    answer = answerer.answer(seed, question)
    assert answer.answered
    assert answer.items[0].startswith(first)


def test_duties_are_quoted_as_several_lines(answerer: Answerer, seed: Posting) -> None:
    answer = answerer.answer(seed, "что надо будет делать?")
    assert answer.section == "duties"
    assert len(answer.items) == 3


def test_english_lessons_still_answer_a_question_about_lessons(
    answerer: Answerer, seed: Posting
) -> None:
    answer = answerer.answer(seed, "Оплачиваете курсы английского?")
    assert answer.items[0] == "изучение английского языка с компенсацией от компании"


def test_the_team_sport_still_answers_whether_there_is_sport(
    answerer: Answerer, seed: Posting
) -> None:
    answer = answerer.answer(seed, "Есть ли спорт в компании?")
    assert answer.items[0] == "играет в волейбол и настольный теннис"
