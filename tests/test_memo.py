"""Cards, pages and keyboards are drawn once per posting object, and redrawn for a new version."""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from bot.answering import Answer, Answerer
from bot.handlers.asking import ANSWERS_KEPT, answer_of
from bot.handlers.questionnaire import Step, render_step
from bot.keyboards import card_keyboard, edit_pick_keyboard
from bot.memo import MEMO, per_posting
from bot.postings import Catalog, Posting
from bot.postings.loader import parse_posting
from bot.postings.models import Question
from bot.screening.draft import Draft
from bot.screening.validation import Valid
from bot.views import posting_pages, render_card, render_page

POSTING = """---
title: {title}
slug: courier
---

Вступление.

## Обязанности
- доставлять заказы.

## Условия
- график 2/2.
"""


def make(title: str = "Курьер") -> Posting:
    return parse_posting(POSTING.format(title=title), Path("courier.md"))


def test_the_same_posting_object_gets_the_very_same_card_pages_and_keyboard() -> None:
    posting = make()
    assert render_card(posting, "ru") is render_card(posting, "ru")
    assert card_keyboard(posting, "ru", show_list=True) is card_keyboard(
        posting, "ru", show_list=True
    )
    page = posting_pages(posting, "ru")[1]
    assert render_page(posting, page) is render_page(posting, page)
    # Each language and each argument has its own entry.
    assert render_card(posting, "en") is not render_card(posting, "ru")
    with_list = card_keyboard(posting, "ru", show_list=True)
    without = card_keyboard(posting, "ru", show_list=False)
    assert len(with_list.inline_keyboard) == len(without.inline_keyboard) + 1


def test_an_equal_but_new_posting_object_is_drawn_anew() -> None:
    first, second = make(), make()
    assert first == second
    assert render_card(first, "ru") is not render_card(second, "ru")
    assert render_card(first, "ru") == render_card(second, "ru")


def test_a_reload_that_changes_a_posting_shows_the_new_version(tmp_path: Path) -> None:
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "courier.md").write_text(POSTING.format(title="Курьер"), encoding="utf-8")
    catalog = Catalog(folder)
    catalog.reload()
    before = catalog.get("courier")
    assert before is not None
    assert render_card(before, "ru").text.startswith("Курьер")

    (folder / "courier.md").write_text(POSTING.format(title="Старший курьер"), encoding="utf-8")
    catalog.reload()
    after = catalog.get("courier")
    assert after is not None
    assert render_card(after, "ru").text.startswith("Старший курьер")
    keyboard = card_keyboard(after, "ru", show_list=False)
    assert keyboard is not card_keyboard(before, "ru", show_list=False)


def test_what_was_drawn_for_a_posting_goes_when_the_posting_goes() -> None:
    gc.collect()
    kept = len(MEMO)
    posting = make()
    render_card(posting, "ru")
    card_keyboard(posting, "ru", show_list=False)
    assert len(MEMO) == kept + 1
    del posting
    gc.collect()
    assert len(MEMO) == kept


def test_a_cached_function_is_called_once_per_posting_and_arguments() -> None:
    calls: list[tuple[str, int]] = []

    @per_posting
    def shout(posting: Posting, times: int) -> str:
        calls.append((posting.slug, times))
        return posting.title.upper() * times

    posting = make("Курьер")
    assert shout(posting, 2) == "КУРЬЕРКУРЬЕР"
    assert shout(posting, 2) == "КУРЬЕРКУРЬЕР"
    assert shout(posting, times=1) == "КУРЬЕР"
    assert calls == [("courier", 2), ("courier", 1)]


class CountingAnswerer(Answerer):
    """The real engine, counting the questions it works out."""

    def __init__(self) -> None:
        super().__init__()
        self.worked: list[str] = []

    def answer(self, posting: Posting, question: str, locale: str | None = None) -> Answer:
        self.worked.append(question)
        return super().answer(posting, question, locale)


def test_a_question_asked_again_of_the_same_posting_gets_the_same_reply_without_work() -> None:
    answerer, posting = CountingAnswerer(), make()
    first = answer_of(answerer, posting, "Какой график?", "ru")
    again = answer_of(answerer, posting, "Какой график?", "ru")
    assert again is first and first.answered
    assert answerer.worked == ["Какой график?"]
    # Another wording, another language, another engine: each worked out on its own.
    answer_of(answerer, posting, "какой график работы", "ru")
    answer_of(answerer, posting, "Какой график?", "en")
    other = CountingAnswerer()
    assert answer_of(other, posting, "Какой график?", "ru") == first
    assert len(answerer.worked) == 3 and other.worked == ["Какой график?"]


def test_a_new_version_of_the_posting_answers_anew_and_few_answers_are_kept() -> None:
    answerer = CountingAnswerer()
    old, new = make(), make("Курьер на авто")
    answer_of(answerer, old, "Какой график?", "ru")
    answer_of(answerer, new, "Какой график?", "ru")
    assert answerer.worked == ["Какой график?"] * 2
    for n in range(ANSWERS_KEPT + 1):
        answer_of(answerer, new, f"вопрос {n}", "ru")
    answer_of(answerer, new, "Какой график?", "ru")  # the oldest, let go
    assert answerer.worked.count("Какой график?") == 3
    answer_of(answerer, new, f"вопрос {ANSWERS_KEPT}", "ru")  # the newest, kept
    assert answerer.worked.count(f"вопрос {ANSWERS_KEPT}") == 1


QUESTIONNAIRE = """---
title: Курьер
slug: courier
questionnaire:
  - id: shift
    text: {shift}
    type: choice
    options: [Утро, Вечер]
  - id: phone
    text: Ваш телефон?
    type: phone
    required: false
---

Вступление.
"""


def live_questions(text: str) -> list[Question]:
    gc.collect()
    return [o for o in gc.get_objects() if isinstance(o, Question) and o.text == text]


def test_a_reload_frees_the_screens_and_keyboards_of_the_replaced_questions(
    tmp_path: Path,
) -> None:
    """Memory stays flat over reloads: what was drawn for a question of a changed posting (its
    screen, its buttons, the review's picker) goes with the posting, in every language."""
    old = "Какая смена подходит? (старая)"
    folder = tmp_path / "postings"
    folder.mkdir()
    (folder / "courier.md").write_text(QUESTIONNAIRE.format(shift=old), encoding="utf-8")
    catalog = Catalog(folder)
    catalog.reload()
    posting = catalog.get("courier")
    assert posting is not None
    questions = posting.questionnaire
    for locale in ("ru", "en"):
        draft = Draft.start(posting.slug, questions, now=dt.datetime.now(dt.UTC))
        step = Step(posting, questions, draft)
        rendered, markup = render_step(step, locale)
        assert old in rendered.text and markup is not None
        draft.answer("shift", Valid(0, "Утро"))
        render_step(step, locale)  # the phone's reply keyboard
        edit_pick_keyboard(posting, questions, locale)
    del posting, questions, draft, step, rendered, markup
    assert live_questions(old)

    changed = QUESTIONNAIRE.format(shift="Какая смена?")
    (folder / "courier.md").write_text(changed, encoding="utf-8")
    catalog.reload()
    assert live_questions(old) == []
