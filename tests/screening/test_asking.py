"""A question typed where an answer is due is told apart from the answer."""

from __future__ import annotations

import pytest

from bot.screening import looks_like_question


@pytest.mark.parametrize(
    "text",
    [
        "А какой график работы?",
        "А сколько платят?",
        "сколько платят ?",
        "(а что?)",
        "А какой график работы",
        "Какая зарплата",
        "можно ли удалённо",
        "Есть ли ДМС",
        "а когда выход на работу",
        "подскажите, где офис",
        "Do you offer stock options",
        "what is the salary",
        "Is there parking",
        "how much do you pay",
    ],
)
def test_questions(text: str) -> None:
    assert looks_like_question(text)


@pytest.mark.parametrize(
    "text",
    [
        "Анна",
        "Anna Smith",
        "сразу",
        "через 2 недели",
        "Когда угодно",
        "как удобно",
        "Где угодно",
        "5",
        "Работаю 5 лет в поддержке",
        "Can start right away",
        "when my notice period ends",
        "+7 912 345-67-89",
        "anna@example.com",
        "да",
        "5?",
        "???",
    ],
)
def test_answers(text: str) -> None:
    assert not looks_like_question(text)
