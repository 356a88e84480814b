"""Typo tolerance: unknown words read as the vocabulary's word one edit away."""

from __future__ import annotations

from pathlib import Path

from bot.answering import Answerer
from bot.answering.spelling import Vocabulary, within_one_edit
from bot.postings.loader import parse_posting


def test_one_edit_covers_substitution_insertion_deletion_and_swap() -> None:
    assert within_one_edit("графек", "график")
    assert within_one_edit("грфик", "график")
    assert within_one_edit("грaафик"[:0] + "графикк", "график")
    assert within_one_edit("гарфик", "график")
    assert not within_one_edit("гарфек", "график")


def test_vocabulary_finds_neighbours_but_not_itself_or_short_words() -> None:
    vocabulary = Vocabulary(["график", "графика", "оплата", "зп"])
    assert vocabulary.near("графек") == ["график"]
    assert vocabulary.near("график") == []
    assert vocabulary.near("зпп") == []
    assert vocabulary.near("аплата") == ["оплата"]


DRIVER_MD = """---
title: HGV Driver
slug: hgv-driver
city: Doncaster
lang: en
---

## Benefits

- Company pension (5% employer contribution)
- 28 days holiday plus bank holidays
"""


def test_an_english_typo_is_read_as_the_posting_word_but_a_real_word_is_not(
    answerer: Answerer,
) -> None:
    posting = parse_posting(DRIVER_MD, Path("hgv-driver.md"))
    typed = answerer.answer(posting, "pention?")
    assert typed.answered and "pension" in typed.items[0]
    # "rains" is a word (GCIDE's "rain" with a plural ending), no typo of "trains" or "days".
    assert not answerer.answer(posting, "what happens when it rains?").answered


COURIER_MD = """---
title: Bike Courier
slug: bike-courier
city: Leeds
lang: en
---

## About the job

- Deliver food orders around the city centre
- Most shifts are done by 10 pm

## Requirements

- Your own bike, or rent an E-bike from us
- A smartphone with mobile data

## What we offer

- £12.50 per hour plus tips
- E-bike rental: £15 a week, taken from your pay
"""


def test_a_chat_spelling_the_lexicon_knows_is_no_typo_of_a_posting_word(
    answerer: Answerer,
) -> None:
    posting = parse_posting(COURIER_MD, Path("bike-courier.md"))
    # "dont" is the lexicon's word (a stop word), not a typo of the posting's "done".
    answer = answerer.answer(posting, "i dont have a bike")
    assert answer.answered and "rent" in answer.items[0]


def test_a_contraction_typed_without_its_apostrophe_is_a_function_word(
    answerer: Answerer,
) -> None:
    posting = parse_posting(COURIER_MD, Path("bike-courier.md"))
    # "havent" frames the lack as "dont" does: no subject the posting would have to name.
    answer = answerer.answer(posting, "i havent got a bike")
    assert answer.answered and "rent" in answer.items[0]


INTERN_MD = """---
title: Стажёр в отдел продаж
slug: stazher-prodazhi
city: Казань
lang: ru
---

## Условия

- Стажировка 3 месяца, стипендия 30 000 ₽
- Ставка после стажировки — от 55 000 ₽
- Лучших стажёров после стажировки берём в штат
"""


def test_a_form_of_a_word_is_read_as_that_word_before_another_one_edit_away(
    answerer: Answerer,
) -> None:
    posting = parse_posting(INTERN_MD, Path("stazher-prodazhi.md"))
    # «стажки» is one edit from «стажка» (the lexicon's clip of «стажировка») and from
    # «ставки»: the word that differs only in its ending is the one typed.
    answer = answerer.answer(posting, "после стажки в штат берете")
    assert answer.answered and "в штат" in answer.items[0]


def test_a_word_the_posting_hyphenates_is_read_as_written_when_typed_glued(
    answerer: Answerer,
) -> None:
    posting = parse_posting(COURIER_MD, Path("bike-courier.md"))
    # "ebikes" is no typo of the posting's "bikes": it glues its "E-bike".
    for question in ("do u rent ebikes", "how much is the ebike"):
        answer = answerer.answer(posting, question)
        assert answer.answered and "E-bike" in answer.items[0], question


COOK_MD = """---
title: Line Cook
slug: line-cook
city: Bristol
lang: en
---

## What you'll need

- 2 years on a busy line
- Your own set of knives

## What we offer

- £13 per hour plus tronc
- Uniform and aprons provided
"""


def test_a_plural_in_ves_is_read_as_its_word_in_f(answerer: Answerer) -> None:
    posting = parse_posting(COOK_MD, Path("line-cook.md"))
    # "knives" is the plural of "knife", which the stemmer keeps apart ("knive").
    answer = answerer.answer(posting, "do i need my own knife")
    assert answer.answered and "knives" in answer.items[0]


def test_a_typo_keeps_the_words_first_letter() -> None:
    vocabulary = Vocabulary(["найти", "докер", "work", "график"])
    assert vocabulary.near("айти") == []  # IT, as chats write it: no «найти»
    assert vocabulary.near("шокер") == []
    assert vocabulary.near("york") == []
    assert vocabulary.near("графек") == ["график"]


def test_a_four_letter_word_is_reached_only_by_its_ending() -> None:
    vocabulary = Vocabulary(["авто", "перф", "педы", "apis", "time", "apply"])
    assert vocabulary.near("авито") == []  # a job board, no car
    assert vocabulary.near("apps") == []
    assert vocabulary.near("tipe") == []
    assert vocabulary.near("перфа") == ["перф"]  # a form of the clipped word
    assert vocabulary.near("педа") == ["педы"]
    assert vocabulary.near("aply") == ["apply"]  # longer words keep one edit anywhere


KITCHEN_MD = """---
title: Менеджер кухни
slug: menedzher-kuhni
city: Екатеринбург
lang: ru
---

## Условия

- Компенсация бензина, если вы на авто
- График 5/2
"""


def test_a_job_board_named_is_no_car_of_the_posting(answerer: Answerer) -> None:
    posting = parse_posting(KITCHEN_MD, Path("menedzher-kuhni.md"))
    assert not answerer.answer(posting, "а вы на авито тоже размещаетесь?").answered
