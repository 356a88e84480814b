"""Postings shaped like real ads — one run-on paragraph, bold labels over lists, an Indeed-style
block, a careers page with nested lists — and questions as candidates type them: the line that
says it, or an honest abstention."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.answering import Answerer
from bot.postings import Posting, load_posting
from bot.postings.loader import parse_posting

SHAPES = Path(__file__).parent / "fixtures" / "postings-shapes"


@pytest.fixture(scope="module")
def ads() -> dict[str, Posting]:
    names = ("driver", "manager", "cashier", "careers")
    return {name: load_posting(SHAPES / f"{name}.md") for name in names}


@pytest.mark.parametrize(
    ("ad", "question", "first"),
    [
        ("driver", "какой график", "График 5/2"),
        ("driver", "машина своя нужна?", "Автомобиль предоставляем"),
        ("driver", "где склад", "ул. Черкасской"),
        ("driver", "а бензин кто оплачивает", "ГСМ за счёт компании"),
        ("driver", "что за компания", "Компания «Урал-Опт» занимается"),
        ("driver", "возраст до скольки", None),
        ("driver", "дмс есть", None),
        ("manager", "какой процент с продаж", "5% от сделок"),
        ("manager", "в какой црм работаете", "amoCRM"),
        ("manager", "во сколько начало", "9:00–18:00"),
        ("manager", "сколько длится испыталка", "испытательный срок 3 месяца"),
        ("manager", "удаленка возможна?", None),
        ("cashier", "how much do you pay", "Pay: £11.44"),
        ("cashier", "how old do i have to be", "must be 18+"),
        ("cashier", "what will i do", "Serve customers"),
        ("cashier", "do you offer health insurance", None),
        # Bold labels over nested lists; the pay both in the front matter and in the text.
        ("careers", "официально оформляют?", "Оформление: срочный трудовой договор"),
        ("careers", "какая зп", "Деньги: оклад 45 000 ₽ на руки"),
        ("careers", "дмс есть?", None),
    ],
)
def test_real_world_shaped_ads(
    answerer: Answerer, ads: dict[str, Posting], ad: str, question: str, first: str | None
) -> None:
    answer = answerer.answer(ads[ad], question)
    if first is None:
        assert not answer.answered, answer.items
    else:
        assert answer.answered, question
        assert answer.items[0].startswith(first) or first in answer.items[0], answer.items


def test_the_front_matters_pay_range_yields_to_the_rows_that_state_its_ends(
    answerer: Answerer, tmp_path: Path
) -> None:
    # «Зарплата: от 50 000 до 60 000 ₽» on the card sums up two rows of the post, each for its
    # rota: asked the pay, the candidate gets the rows, which say what each sum is for.
    text = (
        "---\ntitle: Конюх\nslug: konyuh\nlang: ru\n"
        "salary:\n  from: 50000\n  to: 60000\n  currency: RUB\n---\n"
        "Оплата:\n💰 2/2 — 50 000 ₽ в месяц\n💰 сутки/двое — 60 000 ₽ в месяц\n"
        "💰 выплаты 2 раза в месяц, наличными или на карту\n"
    )
    posting = parse_posting(text, tmp_path / "konyuh.md")
    answer = answerer.answer(posting, "зп скока у конюха")
    assert answer.answered
    assert answer.items[0] == "2/2 — 50 000 ₽ в месяц", answer.items
