"""Behaviour of the answering engine: morphology, lexicon, abstention, sources, reply text."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.answering import Answer, Answerer
from bot.postings import Posting, load_folder, load_posting
from bot.postings.loader import parse_posting

FIXTURES = Path(__file__).parent / "fixtures"


def fixture(qa_set: str, slug: str) -> Posting:
    """A posting of an opened question set, as its file is."""
    path = FIXTURES / f"postings-{qa_set}" / f"{slug}.md"
    return parse_posting(path.read_text(encoding="utf-8"), path)


def ad(title: str, body: str, *, lang: str | None = "ru", front: str = "") -> Posting:
    """A posting of ``body`` as HR wrote it, under a front matter of its title, its language
    (``None``: detected from the text) and ``front``, more fields."""
    said = "" if lang is None else f"lang: {lang}\n"
    return parse_posting(
        f"---\ntitle: {title}\nslug: ad\n{said}{front}---\n\n{body}", Path("ad.md")
    )


POSTING = ad(
    "Бариста",
    """Мы сеть кофеен в центре города. Открылись в 2015 году.

## Обязанности

- готовить кофе и напитки по техкартам;
- принимать оплату и работать с кассой.

## Условия

- сменный график 2/2 с 8:00 до 20:00;
- бесплатные обеды и напитки;
- обучение с нуля и наставник на первые две недели.
""",
    lang=None,
    front="""city: Казань
format: в кофейне
salary: от 60 000 ₽ в месяц
faq:
  - q: Можно ли совмещать с учёбой?
    a: Да, смены подстраиваем под расписание занятий.
""",
)


@pytest.fixture(scope="module")
def barista() -> Posting:
    return POSTING


# --- text analysis ------------------------------------------------------------------------------


def test_russian_words_become_lemmas(answerer: Answerer) -> None:
    key = answerer.analyzer.key
    assert key("платят") == key("платить") == "платить"
    assert key("кормят") == "кормить"
    assert key("удалённо") == key("удаленно")  # 'ё' is read as 'е'
    assert "е" in key("удалённо") and "ё" not in key("удалённо")


def test_english_words_become_stems(answerer: Answerer) -> None:
    key = answerer.analyzer.key
    assert key("vacation") == key("vacations")
    assert key("offering") == key("offered") == "offer"


def test_numbers_and_times_stay_whole(answerer: Answerer) -> None:
    analyzed = answerer.analyzer.analyze("от 250 000 ₽, график 5/2, с 8:00")
    assert {"250000", "5/2", "8:00"} <= analyzed.keys


def test_words_and_numbers_side_by_side_are_cut_where_they_meet(answerer: Answerer) -> None:
    text = "IT-компания_2/2, 8:00–17:00; 250 000₽ (0,5 ставки) O’Neil 3D 1,000 people"
    assert answerer.analyzer.tokens(text) == [
        "it-компания", "2/2", "8:00", "17:00", "250 000", "0,5", "ставки", "o’neil", "3",
        "d", "1,000", "people",
    ]  # fmt: skip


def test_a_line_is_tokenized_once_for_its_keys_and_its_tokens(answerer: Answerer) -> None:
    analyzer = answerer.analyzer
    texts = ["Берёте ли без опыта? Дресс-код: свободный, 8:00–17:00", "IT-компания, 250 000 ₽"]
    for text in texts:
        assert analyzer.analyze_tokens(text) == (analyzer.analyze(text), analyzer.tokens(text))
    assert analyzer.analyze_tokens("Берёте")[1] == ["берете"]


def test_lemmas_are_cached(answerer: Answerer) -> None:
    answerer.analyzer.key("велосипедами")
    before = answerer.analyzer.key.cache_info().hits
    answerer.analyzer.key("велосипедами")
    assert answerer.analyzer.key.cache_info().hits == before + 1


# --- lexicon ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        ("Сколько платят?", "salary"),
        ("Какая вилка?", "salary"),
        ("What is the pay?", "salary"),
        ("Можно работать из дома?", "remote"),
        ("Is it remote?", "remote"),
        ("Кормят?", "food"),
        ("Есть страховка?", "insurance"),
        ("Дадите ноутбук?", "equipment"),
        ("Будет наставник?", "mentor"),
        ("Есть дресс-код?", "dress_code"),
        ("Можно с собакой?", "pets"),
        ("Есть испытательный срок?", "probation"),
        ("Do you offer stock options?", "equity"),
        ("Как проходит собеседование?", "interview"),
        ("whats the job exactly", "duties"),
        ("можно на полставки?", "part_time"),
        ("is training paid", "training"),
    ],
)
def test_lexicon_recognises_topics(answerer: Answerer, question: str, topic: str) -> None:
    analyzer = answerer.analyzer
    topics, _ = answerer.lexicon.question_topics(
        analyzer.analyze(question), question.lower(), analyzer.tokens(question)
    )
    assert topic in topics


def test_lexicon_expansion_finds_a_line_without_shared_words(
    answerer: Answerer, barista: Posting
) -> None:
    # "кормят" shares no word with "бесплатные обеды": only the food topic links them.
    answer = answerer.answer(barista, "Кормят?")
    assert answer.answered
    assert answer.items[0] == "бесплатные обеды и напитки"


def test_custom_lexicon_data_is_used() -> None:
    data = {"topics": {"coffee": {"terms": ["эспрессо", "кофе"]}}}
    answerer = Answerer(lexicon_data=data)
    posting = POSTING
    assert answerer.answer(posting, "Эспрессо?").items[0].startswith("готовить кофе")


# --- abstention ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "Есть ли ДМС?",
        "Какой дресс-код?",
        "Можно с собакой?",
        "Сколько дней отпуска?",
        "Есть испытательный срок?",
        "Помогаете с релокацией?",
        "",
        "???",
    ],
)
def test_abstains_on_what_the_posting_does_not_say(
    answerer: Answerer, barista: Posting, question: str
) -> None:
    answer = answerer.answer(barista, question)
    assert answer == Answer(
        False, None, [], "В описании вакансии об этом не сказано. Передать вопрос HR?"
    )


@pytest.mark.parametrize("question", ["Как дела?", "привет", "Hello!"])
def test_small_talk_abstains_with_a_hint_instead_of_offering_hr(
    answerer: Answerer, barista: Posting, question: str
) -> None:
    answer = answerer.answer(barista, question)
    assert not answer.answered and answer.small_talk and answer.items == []
    assert answer.text.startswith("Я бот и отвечаю на вопросы о вакансии")
    assert not answerer.answer(barista, "Привет! Какой график?").small_talk


def test_abstains_in_english(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Is there a dress code?", locale="en")
    assert not answer.answered
    assert answer.text == "The posting doesn't say. Shall I pass your question to HR?"


# --- sources ------------------------------------------------------------------------------------


def test_section_answer_names_the_posting_heading(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Какой график?")
    assert answer.answered
    assert answer.section == "conditions"
    assert answer.items[0] == "сменный график 2/2 с 8:00 до 20:00"
    assert answer.text.splitlines() == [
        "Из раздела «Условия»:",
        "— сменный график 2/2 с 8:00 до 20:00",
    ]


def test_time_question_prefers_a_line_with_a_time(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Во сколько начинается смена?")
    assert "8:00" in answer.items[0]


def test_facts_answer_salary(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Сколько платят?")
    assert answer.answered
    assert answer.items == ["Зарплата: от 60 000 ₽ в месяц"]
    assert answer.section is None
    assert answer.text == "В описании вакансии:\n— Зарплата: от 60 000 ₽ в месяц"


def test_facts_answer_city(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "В каком городе работа?")
    assert answer.items[0] == "Город: Казань"


def test_faq_answer_is_quoted(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Получится совмещать работу и учёбу?")
    assert answer.answered
    assert answer.section is None
    assert answer.items[0].startswith("Да, смены подстраиваем")
    assert answer.text.startswith("HR уже отвечали на похожий вопрос:\n— Да, смены")


def test_intro_sentences_are_quoted_one_by_one(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "В каком году открылись?")
    assert answer.items == ["Открылись в 2015 году."]
    assert answer.text.startswith("В описании вакансии:")


def test_english_question_on_an_english_posting(
    answerer: Answerer, postings: dict[str, Posting]
) -> None:
    answer = answerer.answer(postings["customer-success-manager"], "Will I get a laptop?")
    assert answer.items[0] == "a new laptop of your choice"
    assert answer.text.startswith("From the section “What we offer”:")


def test_english_question_on_a_russian_posting_uses_the_lexicon(
    answerer: Answerer, barista: Posting
) -> None:
    answer = answerer.answer(barista, "Is there a mentor?", locale="en")
    assert "наставник" in answer.items[0]
    assert answer.text.startswith("From the section “Условия”:")


def test_at_most_three_items_from_one_section(answerer: Answerer, barista: Posting) -> None:
    answer = answerer.answer(barista, "Какие условия?")
    assert 1 <= len(answer.items) <= 3
    assert all(line.startswith("— ") for line in answer.text.splitlines()[1:])


# --- caching ------------------------------------------------------------------------------------


def test_index_is_built_once_per_posting(answerer: Answerer, barista: Posting) -> None:
    answerer.index([barista])
    first = answerer._index_of(barista)
    answerer.answer(barista, "Какой график?")
    assert answerer._index_of(barista) is first


def test_a_changed_posting_gets_a_new_index(answerer: Answerer, barista: Posting) -> None:
    changed = barista.model_copy(update={"city": "Самара"})
    assert answerer.answer(changed, "В каком городе?").items[0] == "Город: Самара"
    assert answerer.answer(barista, "В каком городе?").items[0] == "Город: Казань"


def test_a_replaced_posting_takes_its_index_with_it(barista: Posting) -> None:
    import gc

    answerer = Answerer()
    replaced = barista.model_copy(update={"city": "Самара"})
    answerer.answer(replaced, "В каком городе?")
    answerer.answer(barista, "В каком городе?")
    assert answerer.indexed == 2
    del replaced
    gc.collect()
    assert answerer.indexed == 1  # /reload's old posting is gone, and so is its index


def test_a_batch_of_indexes_leaves_the_garbage_collector_as_it_found_it(
    answerer: Answerer, barista: Posting
) -> None:
    import gc

    def failing() -> Iterator[Posting]:
        yield barista
        raise RuntimeError("a posting could not be read")

    assert gc.isenabled()
    answerer.index([barista.model_copy(update={"slug": "b-batch"})])
    assert gc.isenabled()  # the collector is held off while a batch builds, then runs again
    with pytest.raises(RuntimeError):
        answerer.index(failing())
    assert gc.isenabled()
    gc.disable()
    try:
        answerer.index([barista.model_copy(update={"slug": "b-batch-2"})])
        assert not gc.isenabled()  # whoever turned it off keeps it off
    finally:
        gc.enable()


def test_a_deferred_answerer_loads_once_when_asked_and_answers_alike(
    answerer: Answerer, barista: Posting
) -> None:
    import threading

    deferred = Answerer(deferred=True)
    assert not deferred.ready and "lexicon" not in vars(deferred)  # nothing loaded yet
    threads = [threading.Thread(target=deferred.load) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert deferred.ready
    lexicon = deferred.lexicon
    deferred.load()
    assert deferred.lexicon is lexicon  # loaded once, however many asked
    for question in ["Какой график?", "Сколько платят?", "Is it remote?", "Как дела?"]:
        assert deferred.answer(barista, question) == answerer.answer(barista, question)


def test_a_deferred_answerer_loads_on_first_use_if_nobody_loaded_it(barista: Posting) -> None:
    deferred = Answerer(deferred=True)
    assert deferred.answer(barista, "Какой график?").answered
    assert deferred.ready
    with pytest.raises(AttributeError):
        deferred.no_such_part  # noqa: B018


def test_indexes_are_built_on_the_first_question_and_never_evicted(barista: Posting) -> None:
    answerer = Answerer()
    many = [barista.model_copy(update={"slug": f"b{n}"}) for n in range(300)]
    assert answerer.indexed == 0
    for posting in many:
        answerer.answer(posting, "Какой график?")
    assert answerer.indexed == len(many)


POSTINGS3 = Path(__file__).parent / "fixtures" / "postings3"


@pytest.fixture(scope="module")
def it_support() -> Posting:
    from bot.postings import load_posting

    return load_posting(POSTINGS3 / "it-support-engineer.md")


@pytest.fixture(scope="module")
def forklift() -> Posting:
    from bot.postings import load_posting

    return load_posting(POSTINGS3 / "forklift-driver.md")


def test_a_line_naming_the_city_says_where(answerer: Answerer, it_support: Posting) -> None:
    # More specific than the front-matter fact "Location: Dublin".
    assert "Docklands" in answerer.answer(it_support, "where's the office?").items[0]


def test_one_of_two_alternatives_is_enough(answerer: Answerer, it_support: Posting) -> None:
    assert "Windows 11" in answerer.answer(it_support, "windows or mac?").items[0]


def test_tools_the_posting_never_names_are_not_answered(
    answerer: Answerer, it_support: Posting
) -> None:
    assert not answerer.answer(it_support, "python or bash?").answered
    assert answerer.answer(it_support, "what tools do you use?").answered


def test_a_hyphenated_term_hides_its_parts(answerer: Answerer, forklift: Posting) -> None:
    # "дресс-код" is no "код" (programming): the posting does not mention a dress code.
    parsed = answerer.parse("дресс-код есть?", answerer._index_of(forklift))
    assert parsed.strong | parsed.dropped == {"dress_code"}
    assert not answerer.answer(forklift, "дресс-код есть?").answered


def test_a_country_asks_about_citizenship_when_abroad_is_not_covered(
    answerer: Answerer, forklift: Posting
) -> None:
    assert "гражданство" in answerer.answer(forklift, "из Узбекистана можно?").items[0]


def test_aliases_read_other_spellings(answerer: Answerer) -> None:
    assert answerer.analyzer.analyze("фигму").keys == answerer.analyzer.analyze("Figma").keys


# --- what the candidate says of themselves, and labelled paragraphs ------------------------------

STARTUP = ad(
    "Android Developer",
    """## Perks

- 28 days off
- a laptop of your choice

How we hire: a chat with our CTO, a small paid take-home, then a call with the whole team.
""",
    lang="en",
    front="""employment: full-time
""",
)


def test_a_topic_named_only_in_the_candidates_own_situation_is_not_asked_about(
    answerer: Answerer, barista: Posting
) -> None:
    # The posting says nothing of age; "я студентка" only tells who is asking.
    answer = answerer.answer(barista, "я студентка, можно совмещать с учёбой?")
    assert answer.answered
    assert "расписание занятий" in answer.items[0]


def test_what_the_candidate_says_of_themselves_after_asking_is_not_asked_about(
    answerer: Answerer,
) -> None:
    caseworker = ad(
        "Casework Officer",
        """## Details

- Working pattern: Flexible working, Full-time, Job share, Part-time
- Salary: £31,000
""",
        lang="en",
    )
    # No "?": of "can i … , i have kids" the question is the clause that does not say "i have".
    assert "Part-time" in quoted(answerer, caseworker, "can i do it part time, i have kids")


def test_a_labelled_paragraph_after_a_list_is_read_as_its_label_says(
    answerer: Answerer, tmp_path: Path
) -> None:
    posting = STARTUP
    answer = answerer.answer(posting, "What are the interview steps?")
    assert answer.answered
    assert answer.items[0].startswith("How we hire")
    assert answer.section == "process"
    assert not answerer.answer(posting, "how many days off?").items[0].startswith("How we")


def test_of_two_things_asked_one_the_posting_names_is_answered(
    answerer: Answerer, barista: Posting
) -> None:
    # Bonuses are never mentioned; free lunches are, and either would answer.
    answer = answerer.answer(barista, "Бывают ли премии или бесплатные обеды?")
    assert answer.answered
    assert "обеды" in answer.items[0]
    assert not answerer.answer(barista, "Бывают ли премии?").answered


def test_a_payments_business_is_no_answer_about_pay(answerer: Answerer, tmp_path: Path) -> None:
    text = (
        "---\ntitle: Business Analyst\nslug: ba\nlang: en\n---\n"
        "We build payment infrastructure for marketplaces: 3 million transactions a day.\n\n"
        "## What we offer\n\n- hybrid work, 3 days in the Lisbon office\n"
    )
    posting = parse_posting(text, tmp_path / "ba.md")
    assert not answerer.answer(posting, "What is the salary?").answered
    assert answerer.answer(posting, "Can I work from home?").answered


def test_a_term_names_every_reading_of_its_word(answerer: Answerer) -> None:
    # pymorphy reads the bare term "йога" as a yogi's genitive; "йогой" in a line is yoga.
    from bot.answering.lexicon import Lexicon
    from bot.answering.text import TextAnalyzer, normalize

    analyzer = TextAnalyzer()  # a lexicon of its own sets its analyzer's aliases: not the shared
    assert "йога" in analyzer.other_keys("йога")
    lexicon = Lexicon(analyzer, {"topics": {"sport": {"terms": ["йога"]}}})
    line = "по четвергам занимаемся йогой"
    topics = lexicon.line_topics(analyzer.analyze(line), normalize(line), analyzer.tokens(line))
    assert topics == {"sport"}
    assert analyzer.other_keys("yoga") == frozenset()


def test_the_opening_lines_answer_what_the_company_does(
    answerer: Answerer, barista: Posting
) -> None:
    answer = answerer.answer(barista, "Чем занимается компания?")
    assert answer.answered
    assert answer.items[0].startswith("Мы сеть кофеен")


def test_a_subject_the_posting_never_covers_is_not_answered_by_a_look_alike_line(
    answerer: Answerer, tmp_path: Path
) -> None:
    text = (
        "---\ntitle: Onboarding Specialist\nslug: onb\nlang: en\n---\n"
        "You'll work as a contractor and send a monthly invoice; "
        "we pay on the 1st of each month.\n\n"
        "## Growth\n\n- most of our team leads started as associates\n"
    )
    posting = parse_posting(text, tmp_path / "onb.md")
    assert not answerer.answer(posting, "How much does the role pay?").answered  # no amount
    assert not answerer.answer(posting, "Are there company parties or team events?").answered
    assert answerer.answer(posting, "Can I be promoted to team lead?").answered


def test_a_line_on_the_topic_must_also_cover_what_else_the_question_names(
    answerer: Answerer,
) -> None:
    from bot.postings import load_posting

    posting = load_posting(
        Path(__file__).parent / "fixtures" / "postings-messy-dev" / "komplektovshchik-sklad.md"
    )
    assert "4 200" in answerer.answer(posting, "сколько за смену платят").items[0]
    # The pickers' pay says nothing of the forklift drivers' pay.
    assert not answerer.answer(posting, "а сколько платят водителям погрузчика").answered


WAITER = ad(
    "Официант",
    """## Условия

- Ставка 2 200 ₽ за смену + все чаевые ваши
- Зарплата 48 000 ₽ на руки плюс премия за наполняемость зала
""",
    lang=None,
    front="""city: Екатеринбург
""",
)


def test_a_figure_answers_for_the_subject_of_its_own_part_of_the_line(answerer: Answerer) -> None:
    waiter = WAITER
    rate = answerer.answer(waiter, "сколько платят за смену?")
    assert rate.answered and "2 200 ₽ за смену" in rate.items[0]
    # The sums are the rate's and the salary's: the tips and the bonus have none.
    assert not answerer.answer(waiter, "сколько в среднем чаевых выходит?").answered
    assert not answerer.answer(waiter, "премия за наполняемость сколько?").answered


WELDER = ad(
    "Сварщик",
    """## Условия

- выплаты два раза в месяц: 5-го и 20-го числа
- 90 000 – 140 000 руб. на руки
""",
    lang=None,
    front="""city: Набережные Челны
""",
)


def test_a_bare_pay_question_prefers_a_sum_of_money_to_a_payday(answerer: Answerer) -> None:
    welder = WELDER
    pay = answerer.answer(welder, "зп какая")
    assert pay.answered and "90 000 – 140 000 руб." in pay.items[0]
    # Asked when, the payday answers.
    when = answerer.answer(welder, "зп какого числа?")
    assert when.answered and "5-го и 20-го" in when.items[0]


def quoted(answerer: Answerer, posting: Posting, question: str) -> str:
    """The first line quoted in answer to ``question``, or "" when the posting does not say."""
    answer = answerer.answer(posting, question)
    return answer.items[0] if answer.answered else ""


NIGHT_SHIFTS = ad(
    "Warehouse Associate",
    """## Shifts and hours

- full-time is 5 shifts a week, part-time from 3 shifts a week
- shifts are 8 hours with a 30-minute paid break: early 6:00–14:00, late 14:00–22:00
- you pick your shifts two weeks ahead in the rota app
- at least one weekend shift a month
- $19.50 – $21 per hour, paid weekly
- free shuttle bus from Rugby for days and lates
- fully remote trainings, we work in UTC+1 time zone
""",
    lang="en",
)


def test_a_question_for_the_time_of_day_is_answered_by_a_line_showing_one(
    answerer: Answerer,
) -> None:
    shifts = NIGHT_SHIFTS
    # The best line on shifts names no hour; the close runner-up that does is quoted.
    assert "early 6:00–14:00" in quoted(answerer, shifts, "what are the shift times")
    # The shuttle is there, but not when it leaves: the posting does not say.
    assert not answerer.answer(shifts, "what time does the shuttle leave rugby").answered
    # "hourly" is no "what hours"; "what time zone" asks where the hours are kept.
    assert "$19.50 – $21 per hour" in quoted(answerer, shifts, "whats the hourly rate")
    assert "UTC+1" in quoted(answerer, shifts, "what time zone?")


FACTORY = ad(
    "Швея",
    """## Условия

- служебный автобус из Речицы и Ветки
- режим работы с 9 до 18 по будням
- столовая на территории, обеды по 5 рублей
- обучение работе в 1С за счёт компании
""",
    lang=None,
)


def test_only_a_time_of_day_answers_when_and_until_when(answerer: Answerer) -> None:
    factory = FACTORY
    assert not answerer.answer(factory, "автобус из ветки во сколько отходит").answered
    # «с 9 до 18» is a time of day without the colons.
    assert "с 9 до 18" in quoted(answerer, factory, "во сколько начало и конец работы")
    # «во время смены» is «during», and «в 1С» is no hour: neither asks for a time of day.
    assert "столовая" in quoted(answerer, factory, "где можно поесть во время смены?")
    assert "1С" in quoted(answerer, factory, "в 1с научите работать?")


SHOP = ad(
    "Продавец-флорист",
    """## Обязанности

- собирать букеты и композиции по заказам
- разбор обращений покупателей второй линии (первую закрывает администратор)

## Условия

- скидка 20% на покупки во всех магазинах сети
- бесплатный кофе на смене
""",
    lang=None,
)


def test_whether_an_offer_reaches_a_thing_the_posting_never_names_it_does_not_say(
    answerer: Answerer,
) -> None:
    shop = SHOP
    assert not answerer.answer(shop, "скидка 20% на алкоголь тоже действует?").answered
    assert not answerer.answer(shop, "а друзьям кофе тоже бесплатно?").answered
    # What the posting does name is answered, "too" or not.
    assert "собирать букеты" in quoted(answerer, shop, "букеты тоже собирать?")
    # "тоже на мне?" asks whose duty it is, not how far an offer reaches.
    assert "первую закрывает" in quoted(
        answerer, shop, "первая линия поддержки тоже на мне будет?"
    )


CALL_CENTRE = ad(
    "Оператор контакт-центра",
    """## Условия

- студентов очной формы берём только на вечерний график с 16:00 до 24:00
- группа для детей сотрудников 3–4 лет в нашем саду
""",
    lang=None,
)

PIZZA = ad(
    "Пиццамейкер",
    """## Условия

- возможность совмещать с учёбой — студентам идём навстречу по графику

## Требования

- возраст от 18 лет
""",
    lang=None,
)


def test_the_candidates_own_age_is_answered_only_by_an_age_limit(answerer: Answerer) -> None:
    call_centre = CALL_CENTRE
    # Students and a children's group are no age limit: the posting does not say.
    assert not answerer.answer(call_centre, "мне 45, возраст не помеха?").answered
    assert not answerer.answer(call_centre, "мне 57, не поздно?").answered
    pizza = PIZZA
    assert "возраст от 18 лет" in quoted(answerer, pizza, "мне 17, возьмете?")


def test_the_candidates_figure_is_compared_with_a_requirements_limit(answerer: Answerer) -> None:
    """«9 классов хватит?» — «образование не ниже среднего общего (11 классов)»: the figure the
    candidate gives is compared with the one the requirement sets by the same word, as their
    own age is; a term of the job they ask another value of («можно по 4 часа» — «по 12
    часов») is no limit."""
    police = ad(
        "Полицейский-водитель",
        """## Требования

- гражданство РФ, возраст от 18 до 35 лет
- образование не ниже среднего общего (11 классов)
- водительское удостоверение категории «B», стаж вождения от 3 лет

## Условия

- денежное довольствие от 55 000 руб.
- График 2/2 по 12 часов, смены дневные и ночные
""",
    )
    assert "11 классов" in quoted(answerer, police, "9 классов хватит?")
    assert not answerer.answer(police, "можно на полдня работать, по 4 часа").answered


def test_the_place_of_a_subject_asked_is_shown_by_the_address(answerer: Answerer) -> None:
    """«куда ехать в кадры, адрес», «куда приезжать на собес»: the place asked is where the
    staff office or the interview is, and the address under «Куда обращаться» shows it, though
    the line names neither."""
    police = ad(
        "Полицейский-водитель",
        """## Этапы отбора

1. Собеседование с сотрудником отдела кадров, заполнение анкеты.
2. Медицинское освидетельствование в ВВК.

## Куда обращаться

Отделение по работе с личным составом:
г. Ярославль, ул. Слободская Застава, д. 14, каб. 12 (вход со двора).
Прием кандидатов: вторник и четверг с 10:00 до 17:00.
Телефон для справок: 8 (4852) 00-02-47
""",
    )
    assert "ул. Слободская Застава" in quoted(answerer, police, "куда ехать в кадры, адрес")


PICKER = ad(
    "Warehouse Picker",
    """## Requirements

- Previous warehouse experience NOT required, full induction given (paid)
- Safety boots (S1P) - we can provide boots for £15 if you don't have your own
- CSA-approved steel-toe boots (we reimburse up to $150 per year)
""",
    lang="en",
)


def test_a_requirement_the_employer_meets_itself_answers_as_an_offer(answerer: Answerer) -> None:
    picker = PICKER
    assert "full induction given (paid)" in quoted(answerer, picker, "is the induction paid")
    assert "we can provide boots" in quoted(answerer, picker, "dont have safety boots")
    assert "we reimburse" in quoted(answerer, picker, "do i need to buy my own steel toes")


def test_the_clipped_words_of_a_chat_are_read(answerer: Answerer) -> None:
    studio = parse_posting(
        "---\ntitle: Studio Assistant\nslug: studio\nlang: en\n---\n\n"
        "Pay is $17/hour to start, $18.50 after 90 days.\n\nMostly pouring and finishing.\n",
        Path("studio.md"),
    )
    assert "$17/hour" in quoted(answerer, studio, "how much per hr")
    shop = parse_posting(
        "---\ntitle: Работник зала\nslug: shop\n---\n\n## Условия\n\n"
        "- оформление по ТК с первого дня\n- скидка 20% на покупки\n",
        Path("shop.md"),
    )
    assert "по ТК" in quoted(answerer, shop, "офиц устройство?")


SALES = ad(
    "Менеджер по продажам",
    """## Условия

- оклад 45 000 ₽ + 5% от суммы сделок, средний доход — 110 000 ₽
- квартальные бонусы за выполнение плана

## Обязанности

- звонки клиентам из базы
- встречи с клиентами в офисе
- ведение сделок в CRM
- подготовка коммерческих предложений
- работа с дебиторской задолженностью
""",
    lang=None,
    front="""salary:
  from: 60000
  to: 150000
  note: оклад 45 000 ₽ плюс процент с продаж
""",
)


def test_a_percentage_asked_for_is_quoted_from_the_line_that_shows_one(
    answerer: Answerer,
) -> None:
    sales = SALES
    assert "5% от суммы сделок" in quoted(answerer, sales, "процент с продаж какой")


MOVERS = ad(
    "Грузчик на переезды",
    """Переезды по Краснодару, заказы каждый день, в том числе выходные.
Бригада 4 человека, старший — Руслан.
Подъём без лифта — до 5 этажа.
Оплата 500 руб/час, минималка 4 часа.
""",
    lang=None,
)


def test_how_many_of_a_thing_is_answered_only_by_a_figure(answerer: Answerer) -> None:
    movers = MOVERS
    assert not answerer.answer(movers, "скок заказов в день обычно").answered
    assert "до 5 этажа" in quoted(answerer, movers, "сколько этажей без лифта?")


PROMO = ad(
    "Промоутер",
    """## Условия

- смены по 6 часов, оплата 400 ₽/час
- выходить в субботу и воскресенье, с 10:00
""",
    lang=None,
)


def test_which_days_is_answered_by_the_days_themselves(answerer: Answerer) -> None:
    promo = PROMO
    assert "в субботу и воскресенье" in quoted(answerer, promo, "в какие дни смены?")


CLINIC = ad(
    "Медсестра",
    """Требуется медсестра в частную клинику.
Зарплата 5 000 000 - 7 000 000 сум, в среднем на руки выходит 6-7 млн.
""",
    front="""salary: {from: 5000000, to: 7000000, currency: UZS}
""",
)


def test_the_postings_own_pay_line_answers_before_the_front_matters_figure(
    answerer: Answerer,
) -> None:
    clinic = CLINIC
    # The front matter's «от 5 000 000 до 7 000 000 сум» is the same figure: HR's line, with its
    # detail, is quoted.
    assert "в среднем на руки выходит" in quoted(answerer, clinic, "скока платят")


def test_a_pay_line_in_thousands_or_with_its_own_label_answers_before_the_front_matters_figure(
    answerer: Answerer,
) -> None:
    backend = ad(
        "Backend-разработчик",
        """Грейд и вилка: Middle, 140–190 тыс. на руки, точная цифра после техсобеса.
""",
        front="salary: {from: 140000, to: 190000}\n",
    )
    assert "140–190 тыс. на руки" in quoted(answerer, backend, "какая зарплата")
    boiler = ad(
        "Оператор котельной",
        """Оператор котельной
185 000 – 210 000 тг
Отопительный сезон с октября по апрель.
""",
        front="salary: {from: 185000, to: 210000, currency: KZT}\n",
    )
    # The card's «Зарплата: …» names the word asked; the ad's own line states the same sum.
    assert quoted(answerer, boiler, "зарплата сколько") == "185 000 – 210 000 тг"
    rust = ad(
        "Backend Engineer",
        """Acme Analytics | Backend Engineer | Denver, CO | Full-time | $165k–$205k USD + equity
We use Rust and Postgres.
""",
        lang="en",
        front="salary: {from: 165000, to: 205000, currency: USD}\n",
    )
    assert "$165k–$205k" in quoted(answerer, rust, "whats the salary")
    vet = ad(
        "Ассистент ветврача",
        """## Условия

- оклад 45 000 ₽ + % от услуг, итого в среднем 55–60 тыс.
- график 2/2 с 9:00 до 21:00
""",
        front="salary: 45 000 – 60 000 ₽\n",
    )
    # The front matter's pay in HR's own words holds its figures too.
    assert "оклад 45 000 ₽" in quoted(answerer, vet, "сколько платите")


def test_a_line_that_asks_is_never_the_answer(answerer: Answerer) -> None:
    daycare = ad(
        "Early Childhood Educator Assistant",
        """## Requirements

- First Aid Certificate
- CPR Certificate
- Criminal record check

## Screening questions

- Do you have a valid First Aid and CPR certificate?
- Are you available to start immediately?
""",
        lang="en",
    )
    # The employer's own question to applicants is no answer to the candidate's.
    assert quoted(answerer, daycare, "first aid required?") == "First Aid Certificate"
    thread = ad(
        "Повар",
        """Ищем повара в кафе, график 2/2, 3 500 за смену.

а студентов на подработку берёте?
нет, нужен диплом и аккредитация
""",
    )
    # A question in a comment thread: the reply under it answers.
    assert quoted(answerer, thread, "студентов берете?") == "нет, нужен диплом и аккредитация"


def test_a_phone_with_a_city_code_in_brackets_is_where_to_call(answerer: Answerer) -> None:
    clinic = ad(
        "Медрегистратор",
        """Поликлиника №7 приглашает медрегистратора.

Резюме: отдел кадров, тел. (831) 000-07-07, доб. 115
""",
    )
    assert "(831) 000-07-07" in quoted(answerer, clinic, "куда звонить")


def test_who_pays_for_a_document_is_answered_only_by_a_line_that_says_who_pays(
    answerer: Answerer,
) -> None:
    depot = ad(
        "Водитель автобуса",
        """## Требования

- права категории D
- медкомиссия перед трудоустройством — за счёт предприятия
""",
    )
    assert "за счёт предприятия" in quoted(answerer, depot, "медкомиссию за свой счет?")
    nanny = ad(
        "Няня",
        """## Требования

- опыт работы няней от 3 лет
- медкнижка или готовность её оформить
""",
    )
    # The posting asks for one; who pays for it, it does not say.
    assert not answerer.answer(nanny, "медкнижку кто оплачивает").answered


def test_a_rent_per_week_says_nothing_of_how_often_pay_comes(answerer: Answerer) -> None:
    hotel = ad(
        "Food & Beverage Assistant",
        """## What we offer

- £13.00 per hour + tips
- Live-in available, single room, £60 per week deducted from wages, includes bills
- Meals provided on duty
""",
        lang="en",
    )
    assert not answerer.answer(hotel, "do u pay weekly").answered
    assert "£60 per week" in quoted(answerer, hotel, "how much is the room")


def test_a_subject_named_by_a_phrase_is_answered_by_a_line_with_every_word_asked(
    answerer: Answerer,
) -> None:
    crew = ad(
        "Assistant Waiter",
        """## Documents

- C1/D seaman visa – we help with the US Embassy appointment, visa fee paid by the company
- Seaman's book
""",
        lang="en",
    )
    assert "we help with the US Embassy" in quoted(answerer, crew, "can u help with the visa")
    # A line with only some of the words does not answer what the posting never speaks of.
    assert not answerer.answer(crew, "do you sponsor a work visa for my wife").answered


def test_a_share_of_a_post_is_no_pay(answerer: Answerer) -> None:
    callcentre = ad(
        "Оператор колл-центра",
        """## Условия

- По договору ГПХ, через 3 месяца — трудовой договор на 0,5 ставки
- зарплата два раза в месяц, 5-го и 20-го числа
""",
    )
    assert "5-го и 20-го числа" in quoted(answerer, callcentre, "когда зп")


def test_a_boulevard_written_short_is_an_address(answerer: Answerer) -> None:
    kindergartens = ad(
        "Вакансии детских садов",
        """| Учреждение, адрес | Должность | Телефон |
|---|---|---|
| Детский сад № 12, ул. Склизкова, 34 | Воспитатель | 8 (4822) 42-17-05 |
| Детский сад № 98, б-р Цанова, 9 | Учитель-логопед | 8 (4822) 58-02-91 |
| Детский сад № 37, пр-т Победы, 51 | Повар | 8 (4822) 35-60-18 |

По вопросам трудоустройства обращаться в отдел кадров: ул. Трёхсвятская, 28.
""",
    )
    assert "б-р Цанова" in quoted(answerer, kindergartens, "логопед нужен где нибудь")


def test_a_day_on_and_days_off_written_with_a_slash_is_a_schedule(answerer: Answerer) -> None:
    kindergarten = ad(
        "Вакансии детского сада",
        """| Должность | Ставка | Заработная плата, руб. |
|---|---|---|
| Воспитатель | 1 | 38 000 |
| Сторож (сутки/трое) | 1 | 22 440 |
| Повар | 1 | 31 000 |

Режим работы воспитателя — по графику в две смены: 7.00–13.00 и 13.00–19.00.
""",
    )
    assert "сутки/трое" in quoted(answerer, kindergarten, "сторожем какой график")


def test_a_city_asked_by_the_name_people_call_it(answerer: Answerer) -> None:
    bank = ad(
        "Java-разработчик",
        """## Условия

- Офис в Москве, гибрид: 2 дня в офисе
- Рассматриваем кандидатов из Санкт-Петербурга на удалёнку
""",
    )
    assert "Санкт-Петербурга" in quoted(answerer, bank, "я из питера, можно")


def test_a_roles_pay_after_a_dash_is_said_of_the_role_before_it(answerer: Answerer) -> None:
    concert = ad(
        "Персонал на концерт",
        """Нужны на позиции:
🔹 Контролёр на входы (сканируем билеты) — 3 500 ₽ за смену
🔹 Стюард на трибуны (рассадка, помощь зрителям) — 3 800 ₽ за смену
🔹 Гардероб / камера хранения — 3 200 ₽ за смену
""",
    )
    assert "3 800 ₽" in quoted(answerer, concert, "стюардам сколько платят")
    # A clause that leads with no name says nothing of what follows the dash.
    nanny = ad(
        "Няня",
        """## Условия

- если задерживаемся после 20:00 — оплачиваем такси до дома
""",
    )
    assert not answerer.answer(nanny, "переработки если задержитесь оплачиваются?").answered


def test_what_follows_each_name_of_a_list_in_one_line_is_said_of_that_name(
    answerer: Answerer,
) -> None:
    crew = ad(
        "Матрос, моторист (навигация)",
        """Заработная плата в навигацию: матрос — от 85 000 руб., моторист — от 95 000 руб., \
моторист-рулевой — до 120 000 руб. в месяц (до вычета НДФЛ), к окладу начисляется \
районный коэффициент.
""",
    )
    assert "матрос — от 85 000" in quoted(answerer, crew, "сколько матрос получает")
    bakery = ad(
        "Counter/Barista and Early Morning Baker",
        """👉 Counter/Barista – part time, 20-25 hrs a week
👉 Early morning baker – full time, 4am-12pm Tues-Sat
""",
    )
    assert "20-25 hrs" in quoted(answerer, bakery, "how many hrs a week for counter")
    # A name qualified by a figure («в первые 3 года») is a name all the same.
    school = ad(
        "Учитель математики",
        """Меры поддержки:
- Доплата за классное руководство — 5 000 руб. ежемесячно
- Выпускникам вузов в первые 2 года — доплата 25% к окладу
""",
    )
    assert "25% к окладу" in quoted(answerer, school, "выпускникам доплата какая")


def test_a_role_of_the_title_given_a_sum_after_a_dash_is_that_roles_pay(
    answerer: Answerer,
) -> None:
    resort = ad(
        "Сезонный персонал в санаторий (горничные, официанты, повар)",
        """Требуются:
— горничные — 48 000 руб./мес.
— официанты — 42 000 руб./мес. + чаевые
— повар горячего цеха — от 60 000 руб./мес.
Зарплата указана до вычета НДФЛ, выплачивается 2 раза в месяц на банковскую карту.
""",
        front="salary:\n  from: 42000\n  to: 60000\n  currency: RUB\n",
    )
    assert "48 000" in quoted(answerer, resort, "горничным скока платят")
    assert "42 000" in quoted(answerer, resort, "официант зп?")
    # A sum after a dash that no role of the title leads is no pay: a meal's price.
    canteen = ad(
        "Оператор линии",
        """Мы предлагаем:
- льготное питание в столовой
- комплексный обед — 90 руб.
""",
    )
    assert not answerer.answer(canteen, "какая зарплата у оператора?").answered


def test_a_line_led_by_another_role_does_not_answer_for_the_role_asked(
    answerer: Answerer,
) -> None:
    bakery = ad(
        "Counter/Barista and Early Morning Baker",
        """Maple Street Bakery is looking for 2 awesome people!!

👉 Counter/Barista – part time, 20-25 hrs a week
👉 Early morning baker – full time, 4am-12pm Tues-Sat

💵 Counter starts at $14/hr + tips (tips usually add $4-6/hr)
💵 Baker starts at $17/hr, more w/ experience
""",
        lang="en",
    )
    assert not answerer.answer(bakery, "do bakers get tips too").answered
    assert "$14/hr" in quoted(answerer, bakery, "do counter staff get tips")
    # Words of one role's name that lead a line together are one role, not two.
    trainer = ad(
        "Тренер тренажёрного зала",
        """Тренер тренажёрного зала и персональный тренер в фитнес-клуб «Атлетика».

## Обязанности

- дежурство в тренажёрном зале: помощь клиентам, контроль техники
- проведение персональных тренировок

## Требования

- опыт работы тренером от 1 года
""",
    )
    assert "дежурство" in quoted(answerer, trainer, "Что входит в обязанности тренера?")


def test_a_role_in_capitals_heads_the_labelled_parts_under_it(answerer: Answerer) -> None:
    chair = ad(
        "Вакансии кафедры химии",
        """1. АССИСТЕНТ
Квалификационные требования: магистратура по направлению «Химия».
Должностной оклад: 24 380 руб.

2. ЛАБОРАНТ
Квалификационные требования: среднее профессиональное образование.
Должностной оклад: 19 900 руб.
""",
    )
    assert "19 900" in quoted(answerer, chair, "лаборант скок получает")
    assert "24 380" in quoted(answerer, chair, "какая зарплата у ассистента")
    # A role in capitals with a note in brackets heads its parts the same way.
    museum = ad(
        "Гардеробщик; смотритель музейный",
        """ГАРДЕРОБЩИК (2 ставки, сезонная работа с 1 октября по 30 апреля)
Заработная плата: 28 500 руб. (оклад + стимулирующие выплаты).
График работы гардеробщика: 2/2, с 9:30 до 18:30.
Требования:
1) среднее общее образование;
2) опыт работы не требуется.

СМОТРИТЕЛЬ МУЗЕЙНЫЙ (экспозиция «Купеческий дом», 1 ставка)
Заработная плата: от 31 200 руб. + ежеквартальные премии.
График работы смотрителя: пятидневка, с 10:00 до 18:00.
Требования:
1) среднее профессиональное или высшее образование;
2) готовность работать в выходные дни;
3) рассматриваем кандидатов пенсионного возраста.
""",
    )
    assert "профессиональное или высшее" in quoted(
        answerer, museum, "для смотрителя какое образование надо"
    )
    # «2 ставки», «1 ставка» count the posts: no pay.
    assert "28 500" in quoted(answerer, museum, "гардеробщику скока платят")
    assert "31 200" in quoted(answerer, museum, "смотритель зп какая")
    # The role heading its part names it nearly as the line itself would.
    assert "пенсионного возраста" in quoted(answerer, museum, "пенсионерку смотрителем возьмете")


def test_a_role_typed_as_a_bold_line_heads_the_labelled_parts_under_it(answerer: Answerer) -> None:
    # A parish's notice hires two: each role's name alone on a bold numbered line over its own
    # «Обязанности:», «Требования:», «Условия:». The seller's pay is the seller's, the
    # watchman's hours the watchman's, though no line names either role.
    parish = ad(
        "Продавец церковной лавки; сторож",
        """Приходу требуются на постоянную работу:

**1. Продавец в церковную лавку**

Обязанности:
— продажа свечей, икон и книг;
— работа с кассой.

Условия:
— график 2/2, с 8:00 до 18:00;
— 30 000 руб. в месяц.

**2. Сторож (ночной)**

Обязанности:
— охрана храма и территории в ночное время.

Условия:
— дежурства с 18:00 до 8:00, сутки через двое;
— оплата 1 700 руб. за дежурство.

---

**Расписание богослужений**

Будние дни: литургия — 8:00; вечернее богослужение — 17:00
""",
    )
    assert "30 000" in quoted(answerer, parish, "скока платят продавцу в лавке")
    assert "с 18:00 до 8:00" in quoted(answerer, parish, "сторож во сколько заступает")


def test_a_requirement_that_says_it_is_paid_answers_whether_it_is(answerer: Answerer) -> None:
    resort = ad(
        "Официант на сезон",
        """## Требования

- опыт от полугода
- обучение 3 дня перед открытием сезона, стажировка оплачивается по ставке
""",
    )
    assert "стажировка оплачивается" in quoted(answerer, resort, "стажировка оплачивается?")


def test_the_way_to_work_is_answered_from_the_requirements_too(answerer: Answerer) -> None:
    hotel = ad(
        "Food & Beverage Assistant",
        """## About you

- Experience in a busy hotel restaurant
- A driving licence is handy but not essential - the nearest train station is Strathcarron
""",
        lang="en",
    )
    assert "train station" in quoted(answerer, hotel, "no car, how would i get there")


def test_a_preposition_names_nothing(answerer: Answerer) -> None:
    taxi = ad(
        "Водитель такси",
        """## Условия

- Аренда авто от 1 900 ₽/сутки
- Аренда с выкупом — срок от 3 лет, подробности у менеджера
""",
    )
    # «под», like «в» or «за», only frames what is asked.
    assert "с выкупом" in quoted(answerer, taxi, "под выкуп можно взять")


def test_the_last_day_to_apply_is_a_subject_of_its_own(answerer: Answerer) -> None:
    school = ad(
        "Teaching Assistant",
        """## About the role

- Supporting a Year 3 pupil, 32.5 hours a week
- We reserve the right to close this vacancy early if we receive many applications
- To apply, send your CV to office@school.example
""",
        lang="en",
    )
    # The vacancy may close early; until when it is open, the posting does not say.
    assert not answerer.answer(school, "whats the closing date").answered
    dated = ad(
        "Teaching Assistant",
        """## About the role

- Supporting a Year 3 pupil, 32.5 hours a week
- Closing date: 23 January 2027
""",
        lang="en",
    )
    assert "23 January 2027" in quoted(answerer, dated, "when does it close")
    camp = ad(
        "Вожатый",
        """## Как попасть

Заполните анкету на сайте лагеря до 15 марта, потом пригласим на онлайн-собеседование.
Выплаты два раза в месяц, 10 и 25 числа.
""",
    )
    # «до какого числа» asks a last date, not on which days of the month.
    assert "до 15 марта" in quoted(answerer, camp, "до какого числа анкету подавать")


def test_wifi_is_answered_only_by_a_line_that_names_it(answerer: Answerer) -> None:
    resort = ad(
        "Сотрудник проката",
        """## Условия

- проживание бесплатно — в апартаментах на Горной по 3–4 человека в комнате
- питание: обед за счёт компании
""",
    )
    assert not answerer.answer(resort, "в апартаментах вайфай есть").answered
    camp = ad(
        "Вожатый",
        """## Условия

- проживание в корпусе по 4 человека
- Wi-Fi только в административном корпусе
""",
    )
    assert "Wi-Fi" in quoted(answerer, camp, "интернет там есть?")


def test_laundry_is_answered_only_by_a_line_that_names_it(answerer: Answerer) -> None:
    camp = ad(
        "Бетонщик на вахту",
        """## Условия

- Проживание: вахтовый городок, модули по 4 человека, душ и сушилка
- форма выдаётся
""",
    )
    assert not answerer.answer(camp, "стирка в городке есть?").answered
    assert not answerer.answer(camp, "форму стирать самой?").answered
    washed = ad(
        "Повар",
        """## Условия

- форма выдаётся, стирка за счёт компании
""",
    )
    assert "стирка за счёт компании" in quoted(answerer, washed, "а форму кто стирает")


def test_typing_fines_and_cold_calls_are_subjects_of_their_own(answerer: Answerer) -> None:
    callcentre = ad(
        "Оператор колл-центра",
        """## Требования

- грамотная речь, скорость печати от 150 знаков в минуту

## Условия

- только входящие звонки, исходящих продаж нет
- выплаты 2 раза в месяц, «белая» зп
""",
    )
    assert "150 знаков" in quoted(answerer, callcentre, "печатаю медленно, это критично?")
    assert "исходящих продаж нет" in quoted(answerer, callcentre, "холодные звонки будут?")
    # The pay line names the salary; whether shortages are deducted from it, it does not say.
    assert not answerer.answer(callcentre, "недостачу из зп вычитают?").answered


def test_what_a_thing_costs_is_no_standing_at_work(answerer: Answerer) -> None:
    depot = ad(
        "Водитель автобуса",
        """## Условия

- Жильё для иногородних: общежитие рядом с автоколонной, 2 человека в комнате, 1 500 ₽ в месяц
- На линии работают автобусы ЛиАЗ и НефАЗ
""",
    )
    assert "1 500 ₽ в месяц" in quoted(answerer, depot, "общага сколько стоит")
    warehouse = ad(
        "Грузчик",
        """## Обязанности

- разгрузка фур с кирпичом и цементом
""",
    )
    assert "разгрузка фур" in quoted(answerer, warehouse, "тяжело физически?")


def test_job_boards_other_words_for_a_check_a_health_paper_and_a_start(
    answerer: Answerer,
) -> None:
    ranger = ad(
        "Park Ranger",
        """## Requirements

- Must pass a background investigation
- U.S. citizenship
""",
        lang="en",
    )
    assert "background investigation" in quoted(answerer, ranger, "is there a background check")
    warehouse = ad(
        "Кладовщик",
        """## Требования

- удостоверение личности
- медсправку 075 делаем сами за счёт компании

## Условия

- бетонщики: ВЫХОД В ТОТ ЖЕ ДЕНЬ
""",
    )
    assert "медсправку 075" in quoted(answerer, warehouse, "медкнижка нужна своя?")
    assert "ВЫХОД В ТОТ ЖЕ ДЕНЬ" in quoted(answerer, warehouse, "можно завтра сразу выйти?")


def test_a_salary_in_an_envelope_asks_whether_it_is_official(answerer: Answerer) -> None:
    plant = ad(
        "Слесарь-ремонтник",
        """## Условия

- официальное трудоустройство, белая зарплата, аванс 25 числа, расчёт 10 числа
""",
    )
    assert "белая зарплата" in quoted(answerer, plant, "зп белая или в конверте")


def test_a_format_is_not_held_by_every_line_with_its_figure(answerer: Answerer) -> None:
    java = ad(
        "Java-разработчик",
        """## Условия

- официальное оформление, испытательный срок 3 месяца
- 3 дня в офисе, 2 дня из дома
- тестовое задание на 3 часа
""",
        front="format: гибрид (3 дня в офисе)\n",
    )
    # The probation line has a 3 in it too; it says nothing of working from home.
    assert "испытательный" not in quoted(answerer, java, "удаленка есть?")
    assert "3 дня в офисе" in quoted(answerer, java, "удаленка есть?")


OFFICE = ad(
    "Специалист офиса",
    """## Условия

- График работы: 5/2 с 9:00 до 18:00, обед 1 час; работа только в офисе.
- Первый этап отбора — тестовое задание, оплачиваем его.
""",
)


def test_how_long_in_time_is_answered_only_by_a_length(answerer: Answerer) -> None:
    office = OFFICE
    assert "обед 1 час" in quoted(answerer, office, "обед сколько по времени")
    # The test task is named, its length is not: the posting does not say.
    assert not answerer.answer(office, "сколько времени займет тестовое?").answered


GUARD = ad(
    "Охранник в ТЦ",
    """Графики на выбор: сутки через двое или дневные смены 2/2 с 9:00 до 21:00.

Похожие вакансии
Охранник-контролёр в ТРЦ «Фантастика» — 58 000 ₽ в месяц · вахта 15/15
""",
)


def test_the_job_boards_other_jobs_answer_nothing_about_this_one(answerer: Answerer) -> None:
    guard = GUARD
    # Another employer's «58 000 ₽ в месяц» is not this job's pay: the posting does not say.
    assert not answerer.answer(guard, "сколько в месяц выходит").answered
    assert "сутки через двое" in quoted(answerer, guard, "какой график")


TUTOR = ad(
    "Репетитор по математике",
    """Ищем репетиторов в онлайн-школу, уроки по московскому времени.
Как попасть: пиши в лс @ksenia_formula, в сообщении — ФИО и образование.
""",
)

COOK = ad(
    "Повар на мангал",
    """Ресторан кавказской кухни в Адлере ищет повара на мангал, график 2/2.
Звоните Тимуру: +7 928 663-14-07.
""",
)

EDITOR = ad(
    "Video editor",
    """Looking for a video editor for our woodworking channel, 4 videos a month.
DM me (don't comment "interested") with links to 2-3 videos you edited and your timezone.
""",
    lang="en",
)


def test_a_chats_words_for_how_to_reach_the_employer_are_read(answerer: Answerer) -> None:
    tutor = TUTOR
    assert "пиши в лс @ksenia_formula" in quoted(answerer, tutor, "куда писать")
    cook = COOK
    assert "+7 928 663-14-07" in quoted(answerer, cook, "номер дайте")
    editor = EDITOR
    assert "DM me" in quoted(answerer, editor, "how do i apply")


CLEANING = ad(
    "Уборщица офисов",
    """Утренняя смена с 6:00 до 10:00 пока офис пустой, оплата за выход 1300 руб.
Нам нужны ответственные люди, которые не пропадают после первой зарплаты)
Выплаты два раза в месяц, 10 и 25 числа, на карту любого банка.
""",
)


def test_when_pay_comes_is_answered_by_how_often_not_by_a_shifts_hours(
    answerer: Answerer,
) -> None:
    cleaning = CLEANING
    assert "два раза в месяц" in quoted(answerer, cleaning, "когда зп выдают")


LANDSCAPER = ad(
    "Casual landscaper",
    """Casual landscaper wanted for a small crew in the eastern suburbs, 3-4 days a week.
To apply, hit Apply on Seek with a short note about your experience.
""",
    lang="en",
)


def test_a_four_letter_typo_is_read_as_the_word_it_misses(answerer: Answerer) -> None:
    landscaper = LANDSCAPER
    assert "hit Apply on Seek" in quoted(answerer, landscaper, "how do i aply")


FARM = ad(
    "Farm Assistant",
    """## How to apply

- Application deadline: 20/12/2026
- To apply please send your CV to Brian Kiely, brian@kilbrackfarms.ie or call 087 331 9024.
""",
    lang="en",
)


def test_how_to_apply_is_answered_by_the_way_in_not_the_deadline(answerer: Answerer) -> None:
    farm = FARM
    assert "send your CV to Brian Kiely" in quoted(answerer, farm, "how do i apply")


ANIMATORS = ad(
    "Аниматор в отель",
    """Опыт не обязателен — всему научим на тренингах перед выездом.
Тестовый день в отеле — оплачивается.
""",
)


def test_whether_a_thing_is_free_needs_a_line_that_says_who_pays(answerer: Answerer) -> None:
    animators = ANIMATORS
    # The trainings are named, who pays for them is not: the posting does not say.
    assert not answerer.answer(animators, "тренинги перед выездом платные?").answered
    # "X — оплачивается": the bare predicate after the dash says it of X.
    assert "Тестовый день в отеле" in quoted(answerer, animators, "тестовый день платный?")


EXTRA = ad(
    "Водитель погрузчика",
    """## Условия

- дневная смена с 8:00 до 20:00, оплата за выход 2 300 руб.
- ночные смены оплачиваются на 20% выше
- доплата за каждый принятый без брака стык
""",
)


CLEANING_SHIFTS = ad(
    "Уборщица офисов",
    "Утренняя смена с 6:00 до 10:00 пока офис пустой, оплата за выход 1300 руб. "
    "Вечерняя смена с 18:30 до 22:30, оплата за выход 1400 руб.\n"
    "Выплаты два раза в месяц, 10 и 25 числа.\n",
)


def test_extra_pay_needs_a_line_that_shows_something_on_top(answerer: Answerer) -> None:
    extra = EXTRA
    assert "на 20% выше" in quoted(answerer, extra, "ночные доплачиваются?")
    # Each shift's own rate is no extra pay: nothing on top is said, the posting does not say.
    assert not answerer.answer(CLEANING_SHIFTS, "за вечер доплачивают?").answered
    assert not answerer.answer(CLEANING_SHIFTS, "за ночь доплачиваете?").answered
    # An amount asked of the extra pay needs the amount, not the extra pay named.
    assert not answerer.answer(extra, "сколько доплата за один стык").answered


def test_a_heading_that_states_a_fact_is_quoted(answerer: Answerer) -> None:
    chain = ad(
        "Работа в магазинах",
        """Более 300 магазинов в области, официальное оформление.

### Товаровед — от 55 000 ₽ в месяц

Приёмка товара, работа с накладными.

### Ночной кассир — смена 12 часов

Работа на кассе, выкладка товара.
""",
    )
    # A chain's page gives each role's pay and hours in its heading.
    assert (
        quoted(answerer, chain, "сколько платят товароведу?") == "Товаровед — от 55 000 ₽ в месяц"
    )
    assert quoted(answerer, chain, "сколько часов смена?") == "Ночной кассир — смена 12 часов"
    # A heading's own number, or a title's, is no fact.
    numbered = ad("Кассир", "## 1. Обязанности\n\n- работа на кассе\n")
    assert quoted(answerer, numbered, "какие обязанности?") == "работа на кассе"


def test_a_table_typed_with_bars_is_read_row_by_row_under_its_columns(answerer: Answerer) -> None:
    clinic = ad(
        "Медсестра",
        """## График и оплата

- Смена | Время | Часы | Ставка за смену
- Дневная | 08:00–20:00 | 12 ч | 3 400 руб.
- Ночная | 20:00–08:00 | 12 ч | 3 900 руб.
- Выходного дня | 09:00–18:00 | 9 ч | 3 000 руб.
""",
    )
    # The row is quoted whole: its pay is the night's, named so by the column over it.
    assert quoted(answerer, clinic, "сколько платят за ночную смену?") == (
        "Ночная | 20:00–08:00 | 12 ч | 3 900 руб."
    )
    assert quoted(answerer, clinic, "во сколько начинается дневная смена?") == (
        "Дневная | 08:00–20:00 | 12 ч | 3 400 руб."
    )


def test_a_tables_header_with_a_units_superscript_still_names_its_columns(
    answerer: Answerer,
) -> None:
    # A roofing crew's rates per square metre: «за м²» in the header is a unit, no figure of a
    # row, so the header names the columns and a roof asked «почем» gets its row.
    crew = ad(
        "Кровельщик",
        """## Расценки

| Вид кровли | Оплата за м² | Примечание |
|---|---|---|
| Металлочерепица | 350 ₽ | самый частый заказ |
| Профнастил | 300 ₽ | гаражи, хозпостройки |
| Мягкая (гибкая) черепица | 480 ₽ | по сплошному настилу OSB |
| Фальцевая кровля | 650 ₽ | только с опытом фальца |
""",
    )
    assert quoted(answerer, crew, "а за мягкую кровлю почем") == (
        "Мягкая (гибкая) черепица | 480 ₽ | по сплошному настилу OSB"
    )


def test_a_table_typed_with_tabs_is_read_row_by_row_under_its_columns(answerer: Answerer) -> None:
    # A job fair's brochure, its table of posts copied from a spreadsheet.
    fair = ad(
        "Оператор линии розлива / Водитель-экспедитор / Лаборант",
        "ВАКАНСИИ:\n"
        "Должность\tКол-во мест\tЗаработная плата\tТребования к кандидату\tРежим работы\n"
        "Оператор линии розлива\t4\tот 52 000 руб.\tбез опыта\t2/2 по 12 часов\n"
        "Водитель-экспедитор\t2\t65 000 – 80 000 руб.\tв/у кат. «С», стаж от 3 лет\t5/2\n"
        "Лаборант\t1\t45 000 руб.\tопыт от 1 года\t5/2, с 8:00 до 17:00\n",
    )
    assert "65 000 – 80 000" in quoted(answerer, fair, "водителем сколько получают")
    assert "от 52 000" in quoted(answerer, fair, "оператору линии скока платят")


def test_is_it_paid_needs_a_line_that_says_it_is_paid(answerer: Answerer) -> None:
    stocker = ad(
        "Overnight Stocker",
        """## What you'll do

- Stock shelves and coolers; use a pallet jack (we'll train you)

## Perks

- Trial shifts are paid at the full rate
""",
        lang="en",
    )
    # The training is there, its pay is not: no quote, but an offer to ask HR.
    assert quoted(answerer, stocker, "is training paid") == ""
    assert (
        quoted(answerer, stocker, "are trial shifts paid")
        == "Trial shifts are paid at the full rate"
    )


def test_a_take_home_exercise_is_the_test_task_and_not_the_take_home_pay(
    answerer: Answerer,
) -> None:
    analyst = ad(
        "Data Analyst",
        """## How we hire

- Intro call (30 min) with the hiring manager
- A take-home task (2–3 hours, we pay you £100 for your time)
- Final interview with the team

## What we offer

- Salary £42,000–£50,000
""",
        lang="en",
    )
    assert "we pay you £100" in quoted(answerer, analyst, "is the take home paid")
    assert "we pay you £100" in quoted(answerer, analyst, "is the take home task paid")
    assert quoted(answerer, analyst, "whats the take home pay") == "Salary £42,000–£50,000"
    silent = ad(
        "Technical Writer",
        """## Process

- Intro call → writing exercise (about 2 hours) → panel interview
""",
        lang="en",
    )
    assert quoted(answerer, silent, "is the writing exercise paid") == ""


def test_a_kind_is_named_within_its_phrase_and_not_across_a_dash(answerer: Answerer) -> None:
    operator = ad(
        "Оператор колл-центра",
        """## Условия

- Подходит студентам — смены по 6 часов можно ставить под расписание пар.
""",
    )
    # The shifts after the dash are no kind of student: the line answers a full-time student.
    assert quoted(answerer, operator, "я студент очник подойдет?").startswith("Подходит студентам")


def test_never_having_done_the_work_asks_whether_experience_is_needed(
    answerer: Answerer,
) -> None:
    dishwasher = ad(
        "Dishwasher",
        """Harbor Lantern Bistro (Fore St, Old Port) needs a dependable dishwasher for evening \
shifts. We're a 70-seat seafood place and it gets busy, especially Friday and Saturday.

You'd be running the Hobart machine, keeping the line stocked with clean plates and pans, \
taking out trash and recycling, and closing the dish pit and mopping the kitchen at the \
end of the night.

Shifts are 4pm to close (usually around 11pm), Wednesday through Sunday. We're closed \
Mondays and Tuesdays. Four or five nights a week, your call.

Pay is $18/hr plus a share of the tip pool, which has been running about $4-6 an hour on \
top. Paid weekly by direct deposit every Friday.

No experience needed, we'll show you everything on your first shift. You need to be 16 or \
older and able to stand for the whole shift. Non-slip shoes are a must (we reimburse up to \
$40 for a pair after your first month).

Staff meal every shift. Free parking in the lot behind the building after 5pm.

Some of our dishwashers have moved up to prep cook within a year if that's something you \
want.

Stop by between 2 and 4pm any weekday and ask for Marco, or reply to this post with a few \
lines about yourself. Please no phone calls during service.
""",
        lang="en",
    )
    # "never … before" is how the question asks; the kitchen is what the candidate lacks.
    assert quoted(answerer, dishwasher, "never worked in a kitchen is that ok").startswith(
        "No experience needed"
    )
    # A pay line is on the pay, not on overtime, however the question words its rate.
    assert quoted(answerer, dishwasher, "is overtime paid time and a half") == ""


def test_how_an_ad_asks_to_be_called_is_its_contact(answerer: Answerer) -> None:
    welder = ad(
        "Сварщик НАКС",
        """## Условия

- оплата сдельная, от 90 000 ₽
- спецодежда выдаётся

Звонить с 8 до 17 по будням, Сергей Викторович, начальник цеха.
В WhatsApp не пишите, не отвечаем.
""",
    )
    assert quoted(answerer, welder, "когда можно позвонить").startswith("Звонить с 8 до 17")
    # «ватсап» is WhatsApp as a chat spells it.
    assert quoted(answerer, welder, "можно в ватсап написать?") == (
        "В WhatsApp не пишите, не отвечаем."
    )
    # Asked for the number, the ad that only says when to call does not say.
    assert quoted(answerer, welder, "номер телефона какой") == ""
    cook = ad(
        "Повар",
        """## Условия

- график 5/2, с 6:30 до 15:00

Звоните 8 (912) 394-17-26, Андрей.
""",
    )
    assert quoted(answerer, cook, "телефон дайте") == "Звоните 8 (912) 394-17-26, Андрей."


def test_when_one_would_start_is_the_start_date_in_the_ways_ads_print_it(
    answerer: Answerer,
) -> None:
    def hotel(line: str) -> Posting:
        return ad(
            "Food & Beverage Assistant",
            f"""## The role

- Serving breakfast and dinner to hotel guests
- Deliver short induction sessions to new starters
- {line}
""",
            lang="en",
        )

    for line in (
        "Start: from 2nd March 2026, until the end of October",
        "Joining dates: March – May 2026",
        "You would join our restaurant team from January",
        "Full-time sous chef, starting 1 April 2025 or by arrangement",
    ):
        assert quoted(answerer, hotel(line), "when would i start") == line
    assert quoted(answerer, hotel("Four nights a week"), "when would i start") == ""


def test_a_whole_ad_in_one_list_keeps_its_pay_among_its_requirements(
    answerer: Answerer,
) -> None:
    shop = ad(
        "Продавец",
        """‼️ТРЕБУЕТСЯ ПРОДАВЕЦ‼️
В продуктовый магазин «Хозяюшка» срочно требуется продавец 👩‍💼
📌График 2/2 с 8:00 до 20:00
📌Зарплата 2000 р. в день + % от выручки
📌ОБУЧИМ!!! Опыт не обязателен, главное желание работать 💪
📌Знание кассы (1С) приветствуется
📌БЕЗ ВРЕДНЫХ ПРИВЫЧЕК!!!
""",
    )
    assert quoted(answerer, shop, "сколько платят").startswith("Зарплата 2000 р. в день")


def test_for_how_long_a_contract_runs_is_a_length_not_an_amount(answerer: Answerer) -> None:
    seamstress = ad(
        "Швея-мотористка",
        """## Условия

- оформление по трудовому договору (контракт на 1 год с продлением), соцпакет
- сдельная оплата от 1 400 BYN, премия до 20%
""",
    )
    assert quoted(answerer, seamstress, "контракт на сколько заключаете").startswith(
        "оформление по трудовому договору"
    )
    assert quoted(answerer, seamstress, "на сколько процентов премия").startswith(
        "сдельная оплата"
    )


def test_how_much_break_asks_its_length(answerer: Answerer) -> None:
    operator = ad(
        "Оператор call-центра",
        """## Условия

- график 2/2 по 12 часов, 3 000 ₽ за смену
- гарнитуру и рабочее место выдаем, на перерывы в смену положено в сумме 1,5 часа
""",
    )
    assert quoted(answerer, operator, "перерывы сколько").startswith("гарнитуру и рабочее место")


def test_a_state_job_banks_table_of_fields_answers_from_its_rows(answerer: Answerer) -> None:
    cook = ad(
        "Повар 4 разряда",
        "ПОВАР\n"
        "Дата размещения: 03.11.2025    Вакансия действительна до 03.12.2025\n\n"
        "Количество рабочих мест\t2 рабочих места\n"
        "Заработная плата\tот 1 050,00 до 1 300,00 BYN\n"
        "Время работы\tс 07.00 до 15.30, перерыв на обед 30 минут\n"
        "Предоставление жилья\tжилье не предоставляется\n"
        "Социальные гарантии\tсогласно коллективному договору\n",
    )
    assert quoted(answerer, cook, "соцпакет какой").startswith("Социальные гарантии")
    assert quoted(answerer, cook, "сколько человек берут") == (
        "Количество рабочих мест: 2 рабочих места"
    )
    assert "действительна до 03.12.2025" in quoted(answerer, cook, "до какого числа вакансия")
    assert quoted(answerer, cook, "во сколько начинается рабочий день").startswith(
        "Время работы: с 07.00 до 15.30"
    )


def test_leave_and_extra_pay_in_the_words_ads_use(answerer: Answerer) -> None:
    smm = ad(
        "SMM-менеджер",
        """## Условия

- оплата $600–900 в месяц
- 20 рабочих дней оплачиваемого отдыха в год
""",
    )
    assert quoted(answerer, smm, "отпуск есть") == "20 рабочих дней оплачиваемого отдыха в год"
    crew = ad(
        "Landscape Crew Member",
        """## Pay

- $19/hr to start, Monday to Friday
- Saturdays are optional and paid at time and a half
""",
        lang="en",
    )
    assert "time and a half" in quoted(answerer, crew, "is saturday paid extra")


def test_what_a_cook_or_a_nurse_wears_is_the_uniform(answerer: Answerer) -> None:
    cook = ad(
        "Повар-универсал",
        """## Мы предлагаем

- ставка 4500 ₽ за смену
- форму выдаем и стираем сами
""",
    )
    assert quoted(answerer, cook, "китель свой покупать?") == "форму выдаем и стираем сами"
    assistant = ad(
        "Ассистент стоматолога",
        """## Условия

- оклад 45 000 ₽
- медицинские костюмы от клиники
""",
    )
    assert quoted(answerer, assistant, "форму выдаёте?") == "медицинские костюмы от клиники"


def test_a_smoker_asks_whether_the_ad_wants_none(answerer: Answerer) -> None:
    shop = ad(
        "Продавец",
        """## Требования

- опыт в торговле приветствуется
- БЕЗ ВРЕДНЫХ ПРИВЫЧЕК!!!
""",
    )
    assert quoted(answerer, shop, "курю, это проблема?") == "БЕЗ ВРЕДНЫХ ПРИВЫЧЕК!!!"
    market = ad("Продавец на рынок", "## Условия\n\n- работа 4/4 с 8:00 до 16:00\n")
    assert quoted(answerer, market, "курю, это критично?") == ""


def test_heat_and_cold_at_work_are_a_subject_of_their_own(answerer: Answerer) -> None:
    market = ad(
        "Продавец на рынок",
        """## Условия

- работа 4/4 с 8:00 до 16:00
- Зимой в павильоне тепло, стоит обогреватель.
""",
    )
    assert quoted(answerer, market, "зимой не холодно стоять?").startswith("Зимой в павильоне")
    warehouse = ad(
        "Warehouse Operative",
        """## The job

- Picking and packing food orders for supermarkets
- Working in a chilled environment (2-5°C) - thermal jacket and gloves provided
""",
        lang="en",
    )
    assert quoted(answerer, warehouse, "is it cold in there").startswith(
        "Working in a chilled environment"
    )
    silent = ad("Комплектовщик", "## Условия\n\n- график 2/2 по 12 часов\n")
    assert quoted(answerer, silent, "летом на складе жарко? кондей есть") == ""


def test_what_to_send_asks_what_an_application_is_made_of(answerer: Answerer) -> None:
    chef = ad(
        "Sous Chef",
        """## Your tasks

- Plan and supervise mise en place and banquets

## Contact

- Please apply online with your complete application: CV, references, diplomas.
""",
        lang="en",
    )
    assert "CV, references, diplomas" in quoted(answerer, chef, "what do i need to send")


def test_a_chats_word_finds_the_word_the_ad_prints(answerer: Answerer) -> None:
    courier = ad(
        "Велокурьер",
        """## Что нужно

- смартфон на Android 8+ или iOS 14+
- резюме с фотографией
""",
    )
    assert quoted(answerer, courier, "у меня айфон 8 пойдет") == (
        "смартфон на Android 8+ или iOS 14+"
    )
    assert quoted(answerer, courier, "резюме с фоткой обязательно?") == "резюме с фотографией"
    tutor = ad("Репетитор", "## Условия\n\n- уроки на нашей платформе, Zoom не нужен\n")
    assert "Zoom не нужен" in quoted(answerer, tutor, "зум нужен")


def test_a_rate_that_goes_up_after_a_while_is_a_raise(answerer: Answerer) -> None:
    studio = ad(
        "Studio Assistant",
        """## Pay

- Pay is $17/hour to start, $18.50 after 90 days if we're both happy.
- Paid every other Friday.
""",
        lang="en",
    )
    assert "$18.50 after 90 days" in quoted(answerer, studio, "raise after a while?")
    desk = ad("Front Desk", "## Pay\n\n- $14.81/hr, paid biweekly via direct deposit\n", lang="en")
    assert quoted(answerer, desk, "do u get a raise") == ""


def test_never_having_done_it_in_russian_asks_whether_experience_is_needed(
    answerer: Answerer,
) -> None:
    washer = fixture("blind-m", "avtomojshchik-avito-krasnodar")
    assert quoted(answerer, washer, "опыта нет вообще, ни разу не мыл").startswith(
        "Опыт не обязателен"
    )
    hostel = ad(
        "Администратор хостела",
        """## Требования

- английский не ниже B1
- опыт в гостиницах желателен, но не обязателен
""",
    )
    assert quoted(answerer, hostel, "в отелях не работала ни дня, возьмете?") == (
        "опыт в гостиницах желателен, но не обязателен"
    )


def test_slang_finds_the_words_an_ad_prints(answerer: Answerer) -> None:
    operator = ad(
        "Оператор входящей линии",
        """## Условия

- Холодных продаж нет — нам звонят сами.
- за питание вычитают 600 р/сутки
""",
    )
    assert quoted(answerer, operator, "продавать что-то надо? не хочу впаривать").startswith(
        "Холодных продаж нет"
    )
    assert quoted(answerer, operator, "кормежка есть?") == "за питание вычитают 600 р/сутки"


def test_a_minimum_of_years_with_a_plus_is_the_experience_asked(answerer: Answerer) -> None:
    backend = ad(
        "Python-разработчик",
        """## Кого ищем

- Обязательно 3+ года коммерческой разработки на Python; уверенный SQL; опыт с очередями
- Будет плюсом: Go, опыт в логистике
""",
    )
    assert quoted(answerer, backend, "сколько опыта надо").startswith("Обязательно 3+ года")


def test_serving_meals_is_the_work_and_a_meal_on_duty_the_perk(answerer: Answerer) -> None:
    hotel = fixture("blind-an", "strathcarron-hotel-fb-assistant")
    assert quoted(answerer, hotel, "do u get fed").startswith("Meals provided on duty")


def test_a_sum_and_its_period_is_the_pay(answerer: Answerer) -> None:
    county = ad(
        "Maintenance Worker",
        """## Salary

$21.37 - $28.64 Hourly

$44,449.60 - $59,571.20 Annually

## Benefits

- a $60 monthly allowance for internet
""",
        lang="en",
    )
    assert quoted(answerer, county, "whats the hourly pay") == "$21.37 - $28.64 Hourly"
    assert quoted(answerer, county, "how much a year") == "$44,449.60 - $59,571.20 Annually"


def test_an_employer_that_offers_benefits_says_so_under_any_heading(answerer: Answerer) -> None:
    county = fixture("blind-ap", "maintenance-worker-tillamore-county")
    # Under "Supplemental Information", among the selection rules: still what the county gives.
    assert "10 paid holidays" in quoted(answerer, county, "paid holidays?")
    assert "medical, dental and vision" in quoted(answerer, county, "do you have health insurance")


def test_a_farms_or_a_freezers_gear_is_the_uniform(answerer: Answerer) -> None:
    farm = ad(
        "Dairy Farm Assistant",
        """## What we offer

- $27 an hour, paid weekly
- Wet weather gear and gumboots supplied
""",
        lang="en",
    )
    assert quoted(answerer, farm, "gumboots provided or bring my own") == (
        "Wet weather gear and gumboots supplied"
    )
    call_centre = ad(
        "Customer Service Representative",
        "## Compensation\n\n- Basic pay of PHP 18,000\n- 20% night differential\n",
        lang="en",
    )
    assert quoted(answerer, call_centre, "night diff how many percent") == "20% night differential"


def test_a_headset_and_a_mac_by_the_names_candidates_use(answerer: Answerer) -> None:
    remote = ad(
        "Оператор контакт-центра (удалённо)",
        """## Требования

- Грамотная речь, уверенный пользователь ПК, скорость печати от 150 знаков в минуту.
- Нужен свой компьютер или ноутбук с Windows 10 и выше (Mac и планшеты не подходят).

## Условия

- Гарнитуру с шумоподавлением отправим курьером.
""",
    )
    assert quoted(answerer, remote, "наушники свои нужны?").startswith("Гарнитуру")
    bank = fixture("blind-aq", "operator-kc-bank-udalenno")
    assert "Mac и планшеты не подходят" in quoted(answerer, bank, "у меня макбук пойдет")


def test_a_day_and_night_shift_is_what_sutki_asks_for(answerer: Answerer) -> None:
    nurse = fixture("blind-ap", "medsestra-ladamed-samara")
    assert quoted(answerer, nurse, "сутки есть? сколько за сутки").startswith("Суточная")


def test_night_pay_is_answered_by_what_nights_pay_and_never_by_their_hours(
    answerer: Answerer,
) -> None:
    warehouse = ad(
        "Комплектовщик",
        """## Условия

- смены дневные 08:00–20:00 и ночные 20:00–08:00
- за ночные смены доплата 20% к ставке
""",
    )
    assert quoted(answerer, warehouse, "ночью больше платят?") == (
        "за ночные смены доплата 20% к ставке"
    )
    silent = ad(
        "Комплектовщик", "## Условия\n\n- смены дневные 08:00–20:00 и ночные 20:00–08:00\n"
    )
    # The nights' hours say nothing of their pay: the posting does not say.
    assert quoted(answerer, silent, "ночью платят больше?") == ""
    care = ad(
        "Night Care Assistant",
        "## Hours\n\n- nights 20:00–8:00, 3 shifts a week\n",
        lang="en",
        front="salary: £12.60 per hour, £14.10 per hour on night shifts\n",
    )
    assert "14.10" in quoted(answerer, care, "do night shifts pay more")


def test_a_late_shift_s_premium_is_answered_by_the_premium_never_by_the_shifts_hours(
    answerer: Answerer,
) -> None:
    lab = ad(
        "Laboratory Assistant",
        """## Hours

37.5 hours per week on a rota: Monday to Friday, either 7am-3pm or 2pm-10pm. A 10% shift
allowance is paid for late shifts.

## Pay

£24,500 per annum + shift allowance
""",
        lang="en",
    )
    assert "10% shift" in quoted(answerer, lab, "is there extra pay for late shifts?")
    support = ad(
        "Customer Support",
        "## Schedule\n\n- Monday–Friday, 8:00 am – 4:30 pm or 10:30 am – 7:00 pm (we rotate the"
        " late shift every other week)\n- Pay: $21.00 – $24.00 per hour\n",
        lang="en",
    )
    # The late shift's hours say nothing of what it pays: the posting does not say.
    assert quoted(answerer, support, "does the late shift pay more") == ""
    plant = ad(
        "Оператор ЧПУ",
        """## Условия

- график 5/2 в две смены: 7:00–15:30 и 15:30–24:00, ночных нет
- вторая смена +20% к часовой ставке
""",
    )
    assert quoted(answerer, plant, "за вечернюю смену больше платят?") == (
        "вторая смена +20% к часовой ставке"
    )


def test_a_row_of_chips_is_quoted_whole_and_yields_to_a_line_that_says_more(
    answerer: Answerer,
) -> None:
    listing = ad(
        "Customer Service Advisor",
        """Brightwell Direct Ltd
Leeds, West Yorkshire
Permanent · Full-time · Hybrid
Python · PostgreSQL · FastAPI · AWS
Job description
Full training is provided in the office for the first 6 weeks, after that you'll work 3 days \
from home and 2 days in the office.
""",
        lang="en",
    )
    assert quoted(answerer, listing, "full time or part time?") == "Permanent · Full-time · Hybrid"
    # The row names "Hybrid"; the sentence says what it is.
    assert "3 days" in quoted(answerer, listing, "can i wfh")


def test_part_time_is_asked_of_a_line_that_speaks_of_it_not_of_full_time(
    answerer: Answerer,
) -> None:
    full = ad("Фармацевт", "Занятость: полная занятость\nГрафик: 2/2 по 12 часов\n")
    # Full time says nothing of less: the posting does not say, HR is asked.
    assert quoted(answerer, full, "можно на полставки?") == ""
    assert quoted(answerer, full, "можно совмещать с учебой на заочке") == ""
    either = ad("Почтальон", "Тип занятости: полная занятость, возможна частичная\nГрафик: 5/2\n")
    assert "возможна частичная" in quoted(answerer, either, "можно на полставки я пенсионерка")
    students = ad(
        "Комплектовщик",
        "## Условия\n\n- график 2/2 по 12 часов\n"
        "- для студентов есть смены по 6 часов по выходным\n",
    )
    assert "для студентов" in quoted(answerer, students, "я студент, есть подработка на выходные?")


def test_a_first_day_asked_by_its_date_needs_a_date(answerer: Answerer) -> None:
    school = ad(
        "Учитель начальных классов",
        """Школа № 41 объявляет о приёме учителя начальных классов с 1 сентября 2025 года.

## Условия

- обучение в первую смену, начало уроков в 8:30
- зарплата выплачивается 10 и 25 числа
""",
    )
    assert "с 1 сентября 2025 года" in quoted(answerer, school, "с какого числа выходить")
    # A time of day is no date, nor is a payday the first day.
    lessons = ad("Учитель", "## Условия\n\n- обучение в первую смену, начало уроков в 8:30\n")
    assert quoted(answerer, lessons, "с какого числа выходить") == ""


def test_a_kitchen_is_a_place_not_the_staff_s_meals(answerer: Answerer) -> None:
    cleaning = ad(
        "Уборщица офисов",
        """## Что делать

- влажная уборка полов, уборка санузлов и кухонь

## Условия

- на объектах есть комната приёма пищи, питание не предоставляем
""",
    )
    assert "питание не предоставляем" in quoted(answerer, cleaning, "кормят там")
    bistro = ad("Повар", "Ресторан кавказской кухни в Адлере.\n\n## Условия\n\n- график 2/2\n")
    # The cuisine says nothing of meals for the staff.
    assert quoted(answerer, bistro, "кормите?") == ""


def test_an_equal_opportunity_accommodation_is_no_room(answerer: Answerer) -> None:
    county = ad(
        "Maintenance Worker",
        """## Benefits

- medical, dental and vision insurance

## Equal opportunity

- Reasonable accommodation in the application process is available upon request.
""",
        lang="en",
    )
    assert quoted(answerer, county, "do u pay relocation") == ""


def test_weekend_pay_is_answered_by_what_weekends_pay_and_never_by_their_hours(
    answerer: Answerer,
) -> None:
    cook = ad(
        "Care Home Cook",
        "## Hours\n\n- 4 days a week, 7:30am – 3:30pm, including alternate weekends\n",
        lang="en",
    )
    assert quoted(answerer, cook, "do weekend shifts pay more") == ""
    picker = ad(
        "Warehouse Associate",
        "## Pay\n\n- Pay rate: $20.25/hr (includes $1.00/hr weekend shift differential)\n"
        "- Shift: Weekend Day, Fri-Sun 6:00 AM-4:30 PM\n",
        lang="en",
    )
    assert "weekend shift differential" in quoted(answerer, picker, "weekends pay more?")
    hostess = ad(
        "Хостес",
        "## Условия\n\n- график 2/2, в пятницу и субботу до 01:00 "
        "(эти смены оплачиваются по 3 300 ₽)\n",
    )
    assert "3 300" in quoted(answerer, hostess, "в субботу больше платят?")


def test_food_as_a_trade_is_no_meal(answerer: Answerer) -> None:
    lab = ad(
        "Laboratory Assistant",
        "We are a testing laboratory working with food manufacturers across the north.\n\n"
        "## Benefits\n\n- 25 days holiday\n",
        lang="en",
    )
    assert quoted(answerer, lab, "is there a canteen or free lunch") == ""


def test_a_shift_s_sum_is_its_pay_however_it_is_joined(answerer: Answerer) -> None:
    warehouse = ad(
        "Сборщик заказов",
        "## Условия\n\n- график 2/2 по 12 часов, день 08:00–20:00 или ночь 20:00–08:00\n"
        "- дневная смена 10 000 ₸, ночная смена 12 500 ₸\n",
    )
    assert "10 000 ₸" in quoted(answerer, warehouse, "сколько за смену")


def test_who_pays_for_a_thing_is_answered_by_a_line_that_says_who_pays(answerer: Answerer) -> None:
    hospital = ad(
        "Медицинская сестра",
        """## Условия

- Для трудоустройства необходимо пройти медицинский осмотр (направление выдаёт отдел кадров)
- Оклад 38 000 ₽
""",
    )
    assert quoted(answerer, hospital, "медосмотр за мой счет?") == ""
    crew = ad(
        "Матрос",
        """## Условия

- Медкомиссия перед навигацией, расходы компенсируются после первого месяца работы
- Нет удостоверения? Отучим за 2 недели, стоимость обучения вернём после 3 месяцев работы
""",
    )
    assert "компенсируются" in quoted(answerer, crew, "медкомиссию за свой счет проходить?")
    assert "вернём" in quoted(answerer, crew, "обучение на погрузчик за свой счет?")


def test_a_posting_hiring_several_roles_answers_for_the_role_asked_about(
    answerer: Answerer,
) -> None:
    warehouse = ad(
        "Кладовщики, комплектовщики, водители погрузчика",
        """ТРЕБУЮТСЯ:

КЛАДОВЩИКИ
м. до 45 л. опыт на складе от 1 г.
з/п от 75 т.р. гр. 5/2 с 8 до 20

КОМПЛЕКТОВЩИКИ
м/ж 18-50 л. опыт не обяз
з/п 55-70 т.р. сдельно, гр. 2/2

ВОДИТЕЛИ ПОГРУЗЧИКА
удостоверение обяз., опыт от 2 л.
з/п до 90 т.р. гр. 2/2 по 12 ч
""",
        front="salary:\n  from: 55000\n  to: 90000\n  currency: RUB\n",
    )
    assert "от 75 т.р." in quoted(answerer, warehouse, "кладовщиком зп какая")
    assert "55-70 т.р." in quoted(answerer, warehouse, "сколько получают комплектовщики")
    assert "до 90 т.р." in quoted(answerer, warehouse, "на погрузчике скока платят")
    # A role's heading may say more in brackets: its name is the words before them.
    shops = ad(
        "Продавец-кассир, пекарь, товаровед",
        """**Продавец-кассир**
от 46 000 ₽ · смены с 8:00 до 20:00, график 2/2
Работа на кассе, выкладка товара.

**Пекарь (пекарня в магазине)**
от 52 000 ₽ · смены с 5:00 до 17:00, график 2/2
Выпекаем хлеб из полуфабрикатов.

**Товаровед**
от 60 000 ₽ · 5/2, с 8:00 до 17:00
Приёмка товара, инвентаризации.

Ночные смены: продавец-кассир в круглосуточных магазинах — с 21:00 до 9:00.
""",
    )
    assert "с 5:00 до 17:00" in quoted(answerer, shops, "пекарем во сколько смена начинается")
    # A posting for one role names it in a heading too: the question naming the role is still
    # answered by the requirement it asks about.
    aide = ad(
        "Certified Nursing Assistant (CNA)",
        """## As a CNA you will

- Assist residents with bathing, dressing and feeding

## Requirements

- STNA certification - students in a state-tested program may be hired as nurse aide trainees
- CPR/BLS within 60 days of hire (we'll pay for the class)

## Pay

- $19.50-$23.00/hr, +$2/hr nights
""",
        lang="en",
    )
    assert "nurse aide trainees" in quoted(
        answerer, aide, "im in a cna class rn not certified yet can i still apply"
    )


def test_hours_a_week_are_the_schedule_wherever_the_posting_states_them(
    answerer: Answerer,
) -> None:
    internship = ad(
        "Стажёр-аналитик",
        """Стажировка длится 4 месяца: с 1 ноября по 28 февраля.

## Кого мы ждём

- студентов 3–4 курса
- готовность уделять стажировке от 20 часов в неделю

## Условия

- гибкий график — ты сам выбираешь дни
- доход 45 000 ₽
""",
    )
    assert "от 20 часов в неделю" in quoted(answerer, internship, "сколько часов в неделю надо")
    assert "длится 4 месяца" in quoted(answerer, internship, "сколько длится стажка")


def test_a_line_that_names_the_interview_is_about_it_outside_a_process_section(
    answerer: Answerer,
) -> None:
    counselor = ad(
        "Admissions Counselor",
        """## What you'll do

- Conduct interviews and information sessions with prospective students
- Travel to college fairs in the spring

## Pay

- $52,000 a year, paid monthly

Applications close on 2 May. Interviews will be held via MS Teams from 6 May.
""",
        lang="en",
    )
    assert "MS Teams" in quoted(answerer, counselor, "are interviews face to face")
    # Interviewing students is a duty, not the hiring interview.
    assert "Conduct interviews" not in quoted(answerer, counselor, "how many interview rounds")


def test_med_is_short_for_medical_and_za_schet_asks_who_pays(answerer: Answerer) -> None:
    classified = ad(
        "Грузчики на склад",
        """ТРЕБУЮТСЯ ГРУЗЧИКИ
з/п 2500 р/смена, гр. 2/2
мед. книжка обяз. можем оформ.
при себе паспорт
""",
    )
    assert "мед. книжка" in quoted(answerer, classified, "медкнижки нету")
    lab = ad(
        "Лаборант",
        """## Требования

- действующая медицинская книжка или готовность её оформить
""",
    )
    assert quoted(answerer, lab, "мед книжку за счет завода делаете?") == ""


def test_the_ages_hired_are_read_however_the_ad_prints_them(answerer: Answerer) -> None:
    storekeeper = ad(
        "Кладовщик",
        """## Требования

- мужчины и женщины от 20 лет
- опыт работы на складе от 1 года
""",
    )
    assert "от 20 лет" in quoted(answerer, storekeeper, "мне 19 норм?")
    assert "опыт работы" in quoted(answerer, storekeeper, "без опыта возьмете?")


def test_a_distribution_team_is_no_distributed_team(answerer: Answerer) -> None:
    coordinator = ad(
        "Logistics Coordinator",
        """We need a Logistics Coordinator to support our warehousing and distribution team.

## Requirements

- Experience with distributed systems is a plus
""",
        lang="en",
    )
    assert quoted(answerer, coordinator, "can wfh sometimes?") == ""
    remote = ad(
        "Support Engineer",
        """## About us

- We are a fully distributed team across 9 time zones
""",
        lang="en",
    )
    assert "fully distributed" in quoted(answerer, remote, "can i work from home?")


def test_time_and_a_half_asks_for_a_premium_not_the_base_pay(answerer: Answerer) -> None:
    cook = ad(
        "Line Cook",
        """## Benefits

- Paid time off
- Health insurance after 60 days

## Hours

- Average around 50 hrs a week, paid for every hour worked
- Overtime paid at time and a half after 40 hours
""",
        lang="en",
    )
    assert "time and a half after 40" in quoted(answerer, cook, "time and a half for overtime?")
    farm = ad(
        "Farm Assistant",
        """## Conditions

- Paid time off
- Average around 50 hrs a week over the season, paid for every hour worked
""",
        lang="en",
    )
    assert quoted(answerer, farm, "do holidays pay time and a half") == ""
    assert quoted(answerer, farm, "time and a half for hours over 50?") == ""


def test_dental_cover_is_not_answered_by_health_insurance_alone(answerer: Answerer) -> None:
    barista = ad(
        "Barista",
        """## Benefits

- Health insurance for employees averaging 30+ hours/week
- Free drinks on shift
""",
        lang="en",
    )
    assert quoted(answerer, barista, "is there dental") == ""
    assert quoted(answerer, barista, "does the insurance include dental") == ""
    assert "Health insurance" in quoted(answerer, barista, "health insurance?")
    crew = ad(
        "Flight Attendant",
        """## Benefits

- Medical and dental cover from day one
""",
        lang="en",
    )
    assert "dental cover" in quoted(answerer, crew, "do u cover the dentist")


def test_years_doing_something_are_the_experience_asked_for(answerer: Answerer) -> None:
    founding = ad(
        "Founding Backend Engineer",
        """## About the job

what we'd love: 5+ years building backend systems in Python, real experience with Postgres
""",
        lang="en",
    )
    assert "5+ years building" in quoted(answerer, founding, "how many yrs of experience")


def test_a_term_is_its_word_not_every_word_of_its_stem(answerer: Answerer) -> None:
    agent = ad(
        "Customer Service Agent",
        """## Details

- Handle incoming calls from customers about customs brokerage
- Pay $18–$22/hr depending on experience and related certifications
""",
        lang="en",
    )
    # "depending", "related", "incoming" are not dependants, relatives or an income.
    assert quoted(answerer, agent, "is my family covered, dependents too?") == ""
    assert quoted(answerer, agent, "can relatives apply") == ""
    assert "$18–$22/hr" in quoted(answerer, agent, "what is the income")


def test_a_chat_greeting_is_small_talk_not_a_word_of_the_posting(answerer: Answerer) -> None:
    animator = ad(
        "Аниматор",
        """## Требования

- Опыт приветствуется, но не обязателен — всему научим
- График 6/1, смены с 9:00 до 18:00
""",
    )
    greeting = answerer.answer(animator, "приветик)")
    assert greeting.small_talk and not greeting.answered
    assert "6/1" in quoted(answerer, animator, "здрасьте, график какой?")


def test_a_question_in_the_posting_is_never_the_answer(answerer: Answerer) -> None:
    chat = ad(
        "Бариста",
        """Ищем бариста в кофейню во дворе ЖК, график 2/2.

Денис:
а кормить будете? 😅

Марина (Зерно и Пена):
  Денис, напитки для сотрудников бесплатно, плюс выпечка со скидкой 50%
""",
    )
    # A neighbour's question under the post is no answer to the same question.
    for question in ("кормят сотрудников?", "а кормить будете?"):
        assert quoted(answerer, chat, question) != "а кормить будете? 😅"


def test_a_field_copied_without_its_colon_still_reads_as_a_field(answerer: Answerer) -> None:
    advert = ad(
        "Casework Officer",
        """Reference number 391442
Salary £28,120
Job grade Executive Officer
Contract type Permanent

## Job description

As a Casework Officer you will manage claims; support colleagues at AO grade and share your
knowledge.
""",
        lang="en",
    )
    assert quoted(answerer, advert, "what grade is this") == "Job grade Executive Officer"


def test_a_student_of_either_form_of_study_is_a_student(answerer: Answerer) -> None:
    internship = ad(
        "Стажировка в банке",
        """## Кого мы ждём

- студентов 3–4 курса бакалавриата, только для студентов очной формы обучения
- готовность уделять стажировке от 20 часов в неделю
""",
    )
    assert "очной формы" in quoted(answerer, internship, "я заочник подойду?")


def test_a_year_of_study_asks_about_no_course_of_training(answerer: Answerer) -> None:
    trainee = ad(
        "Стажёр-бухгалтер",
        """## Требования

- студентов 3–4 курса бакалавриата по экономике

## Условия

- Развитие: курс по МСФО от нашего партнёра
""",
    )
    assert "курс по МСФО" not in quoted(answerer, trainee, "я на 2 курсе экономфака, можно?")
    assert "курс по МСФО" in quoted(answerer, trainee, "курсы какие-то есть?")


def test_a_chats_short_forms_are_their_words(answerer: Answerer) -> None:
    picker = ad(
        "Комплектовщик",
        """## Условия

- выплаты 2 раза в месяц: 10 и 25 числа
- график 2/2, дневные смены с 8:00 до 20:00
- выйти на работу можно сразу после собеседования
""",
    )
    assert "выйти на работу можно сразу" in quoted(answerer, picker, "када выходить")


def test_a_flat_asked_about_is_housing(answerer: Answerer) -> None:
    fitter = ad(
        "Слесарь КИПиА",
        """## Условия

- Предоставление служебного жилья на период работы (однокомнатная квартира)
- Оклад 65 000 ₽, премии ежеквартально
- Компенсация расходов на переезд работника и членов семьи
- Сменный график: 4 бригады, смены по 12 часов (день/ночь)
- Бесплатное питание в столовой предприятия

## Требования

- Среднее профессиональное образование по направлению
- Опыт работы от 2 лет
""",
    )
    # Whether it is free the posting does not say.
    assert quoted(answerer, fitter, "служебная квартира платная или бесплатно") == ""
    assert "служебного жилья" in quoted(answerer, fitter, "квартиру дают?")


def test_bike_parking_is_no_parking_for_a_car(answerer: Answerer) -> None:
    cook = ad(
        "Line Cook",
        """## Perks

- Free TriMet pass, or bike parking in back (we're right off the 4 bus)
- Shift meal every shift
""",
        lang="en",
    )
    assert quoted(answerer, cook, "is there car parking for staff") == ""
    barista = ad(
        "Barista",
        """## Perks

- Bike storage out back (sorry, no staff parking – we're on a tram line)
""",
        lang="en",
    )
    assert "no staff parking" in quoted(answerer, barista, "is there parking for staff")


def test_whom_the_job_reports_to_is_not_its_reports(answerer: Answerer) -> None:
    coordinator = ad(
        "Volunteer Coordinator",
        """## What you'll do

- Track volunteer hours and prepare quarterly impact reports for funders
- Lead volunteer orientations on Tuesday evenings
""",
        lang="en",
    )
    assert quoted(answerer, coordinator, "who would i report to") == ""
    chef = ad(
        "Sous Chef",
        """## The role

- Reports to: Head Chef Marco Keller
- Plan and supervise mise en place
""",
        lang="en",
    )
    assert "Head Chef" in quoted(answerer, chef, "who would i report to")


def test_a_bot_cards_emoji_fields_are_each_a_fact(answerer: Answerer) -> None:
    # A staffing agency's Telegram bot prints one emoji per field; a field whose value has no
    # digit («✅ Опыт: не нужен») reads as a label and its text, not as a heading of the next.
    cleaner = ad(
        "Уборщик торгового центра",
        """🧹 Уборщик(ца) торгового центра
💰 Оплата: 2 200 ₽ за смену 12 ч
📋 Оформление: договор ГПХ или самозанятость
📄 Документы: паспорт, СНИЛС, ИНН, мед.книжка
🩺 Медкнижка: если нет — оформим за наш счёт
✅ Опыт: не нужен
👕 Форма: выдаётся бесплатно (футболка, брюки, жилет)
🏠 Жильё: не предоставляется
""",
    )
    assert "паспорт, СНИЛС" in quoted(answerer, cleaner, "какие документы нужны")
    assert "договор ГПХ" in quoted(answerer, cleaner, "официально оформляете?")
    assert "не предоставляется" in quoted(answerer, cleaner, "общага есть")
    assert "выдаётся бесплатно" in quoted(answerer, cleaner, "форму дают или в своем")


def test_a_perk_said_in_the_passive_among_the_duties_is_still_given(answerer: Answerer) -> None:
    # «выдаётся», «предоставляется»: what the employer gives, however far down the duties HR
    # typed it — as "is provided" reads in English.
    seller = ad(
        "Продавец-консультант",
        """## Обязанности

- консультация покупателей, выкладка товара
- Форма (жилет и футболка с логотипом) выдаётся бесплатно.
""",
    )
    assert "выдаётся бесплатно" in quoted(answerer, seller, "форму дают или в своем")


def test_a_provident_fund_is_the_pension_asked_about(answerer: Answerer) -> None:
    supervisor = ad(
        "Warehouse Supervisor",
        """## Benefits

- Provident fund – company matches up to 7.5%
- 15 days annual leave
""",
        lang="en",
    )
    assert "Provident fund" in quoted(answerer, supervisor, "is there a pension fund")


def test_when_one_hears_back_is_a_subject_of_its_own(answerer: Answerer) -> None:
    engineer = ad(
        "Support Engineer",
        """## How to apply

Send your CV and a short note to jobs@example.com.
We aim to respond to every applicant within 10 business days.
""",
        lang="en",
    )
    assert "within 10 business days" in quoted(answerer, engineer, "how long till i hear back")
    assert "within 10 business days" in quoted(answerer, engineer, "when will they get back to me")
    remote = ad(
        "Senior Go Engineer",
        "## How to apply\n\nApply through our careers page. We answer every applicant within 10 "
        "business days.\n",
        lang="en",
    )
    assert "within 10 business days" in quoted(answerer, remote, "when will they get back to me")


def test_a_first_day_given_by_its_date_answers_when_to_start(answerer: Answerer) -> None:
    assistant = ad(
        "Research Assistant",
        """## About the post

Fixed term for 24 months.
The post is available from 1 May 2025.
""",
        lang="en",
    )
    assert "available from 1 May" in quoted(answerer, assistant, "when would i start")
    movers = ad("Грузчики на переезд", "Начать 20 апреля 2024, 10:00\nАдрес: ул. Ленина, 5\n")
    assert "Начать 20 апреля" in quoted(answerer, movers, "когда начинать")


def test_a_raise_asked_with_the_verb_after_its_object(answerer: Answerer) -> None:
    maid = ad("Горничная", "## Условия\n\n- Зарплата: от 46 000 ₽ на руки\n- график 5/2\n")
    assert quoted(answerer, maid, "через полгода зарплату поднимают?") == ""
    cashier = ad(
        "Кассир", "## Условия\n\n- Зарплата: от 46 000 ₽\n- индексация зарплаты раз в год\n"
    )
    assert "индексация" in quoted(answerer, cashier, "оклад поднимают?")


def test_a_comment_that_asks_and_goes_on_is_no_answer_and_the_reply_past_a_name_is(
    answerer: Answerer,
) -> None:
    camp = ad(
        "Вожатый в летний лагерь",
        """## Условия

- зарплата 40 000 руб. за смену

## Комментарии

Алина Морозова
а парней берете? у нас на факультете одни девочки
Солнечный берег
Алина, конечно берем, вожатых-парней особенно ждем
""",
    )
    assert "особенно ждем" in quoted(answerer, camp, "парней берете?")


def test_a_forum_ads_glued_dashes_and_labels_one_under_another(answerer: Answerer) -> None:
    # «-ходовка» is a chat's list item; «От вас: …» and «Оплата: …» one right under the other
    # are two facts, and the lines after them are facts of their own, not requirements.
    service = ad(
        "Автослесарь",
        """Что делать:
-ходовка, тормоза, ТО, замена жидкостей
-дефектовка, снятие/установка ДВС и КПП
От вас: опыт от 2х лет в сервисе обязательно, руки и голова.
Оплата: 50% от нормочаса, нормочас 2400р.
Выплаты два раза в месяц 10 и 25 числа, на карту.
Оформление по ТК после испытательного месяца, до этого договор ГПХ.
""",
    )
    assert "10 и 25 числа" in quoted(answerer, service, "зп когда выдают")
    assert "Оформление по ТК" in quoted(answerer, service, "официально устраиваете или как")


def test_a_classified_ads_cut_words(answerer: Answerer) -> None:
    warehouse = ad(
        "Грузчик, комплектовщик",
        """ГРУЗЧИКИ, КОМПЛЕКТОВЩИКИ на склад. м/ж 18-50 л. о/р не обяз.
г/р РФ, РБ, Казахстан, Киргизия.
Водитель погрузчика: удост. обяз.
собесед. ежедн. с 10 до 16 Пн-Пт
""",
    )
    assert "о/р не обяз" in quoted(answerer, warehouse, "без опыта берут?")
    assert "г/р РФ" in quoted(answerer, warehouse, "я из киргизии, можно?")
    assert "собесед. ежедн." in quoted(answerer, warehouse, "когда на собес можно приехать")


def test_pay_that_comes_is_asked_when_not_the_candidate_coming_to_work(answerer: Answerer) -> None:
    crew = ad(
        "Сотрудник ресторана",
        """## Условия

- почасовую оплату от 230 ₽/час, после 3 месяцев — от 250 ₽/час
- ночные часы (с 23:00 до 7:00) оплачиваются на 20% выше
- выплаты 2 раза в месяц — 10 и 25 числа
- гибкий график: смены от 4 до 12 часов
""",
    )
    assert "2 раза в месяц" in quoted(answerer, crew, "когда зп приходит")


def test_which_day_of_the_month_is_asked_by_its_date(answerer: Answerer) -> None:
    picker = ad("Комплектовщик", "## Условия\n\n- выплаты 2 раза в месяц на карту\n- график 2/2\n")
    assert quoted(answerer, picker, "какого числа зп приходит") == ""
    cashier = ad("Кассир", "## Условия\n\n- выплаты 2 раза в месяц, 10 и 25 числа\n- график 2/2\n")
    assert "10 и 25 числа" in quoted(answerer, cashier, "какого числа зп приходит")


def test_extra_for_nights_asks_for_a_night_premium(answerer: Answerer) -> None:
    technician = ad(
        "Mechatronics Technician",
        """## What we offer

- Work in our 3-shift system (early 6:00–14:00, late 14:00–22:00, night 22:00–6:00)
- Monthly gross salary of €3,900 – €4,400
""",
        lang="en",
    )
    assert quoted(answerer, technician, "how much extra for night shift") == ""
    associate = ad(
        "Warehouse Associate",
        "## Pay\n\n- $19.00/hr base\n- $1.50/hr overnight shift premium\n",
        lang="en",
    )
    assert "overnight shift premium" in quoted(answerer, associate, "is there extra for nights")


def test_a_northern_allowance_beside_night_shifts_is_no_night_premium(answerer: Answerer) -> None:
    driver = ad(
        "Машинист ПДМ",
        """## Условия

- смены по 11 часов, день/ночь, районный коэффициент 1,8 и северная надбавка до 80%
""",
    )
    assert quoted(answerer, driver, "ночные смены доплачиваются?") == ""


def test_when_it_begins_asks_for_the_start(answerer: Answerer) -> None:
    internship = ad(
        "Стажёр в банк",
        "## О стажировке\n\nСтажировка длится 4 месяца: с 1 ноября 2025 по 28 февраля 2026.\n",
    )
    assert "с 1 ноября 2025" in quoted(answerer, internship, "когда начинается")


def test_a_table_of_posts_before_any_heading_answers_row_by_row(answerer: Answerer) -> None:
    kindergartens = ad(
        "Вакансии детских садов",
        """| № | Учреждение | Должность | Ставка | Заработная плата, руб. |
|---|---|---|---|---|
| 1 | Детский сад № 12 | Воспитатель | 1 | 38 000 – 42 000 |
| 2 | Детский сад № 12 | Помощник воспитателя | 1 | 24 500 |
| 3 | Детский сад № 37 | Повар | 1 | 31 000 |
| 4 | Детский сад № 163 | Дворник | 1 | 22 440 |

## Примечание

Режим работы воспитателя — по графику в две смены.
""",
    )
    assert "Повар | 1 | 31 000" in quoted(answerer, kindergartens, "поваром есть вакансия?")
    assert "Помощник воспитателя | 1 | 24 500" in quoted(
        answerer, kindergartens, "помощник воспитателя зп"
    )


def test_an_internship_boards_card_reads_its_stipend_field(answerer: Answerer) -> None:
    internship = ad(
        "Social Media Marketing Internship",
        """Social Media Marketing
Glowroot Naturals
Duration
3 Months
Stipend
₹ 8,000 - 12,000 /month
Apply By
28 Jun' 25

## About the internship

1. Planning posts and reels for Instagram
2. Writing captions for product reels
""",
        lang="en",
    )
    stipend = quoted(answerer, internship, "how much is the stipend")
    assert stipend == "Stipend: ₹ 8,000 - 12,000 /month"


def test_a_vk_posts_reply_answers_and_its_chrome_is_never_quoted(answerer: Answerer) -> None:
    cinema = ad(
        "Билетёр на лето",
        """Киномир | Краснодар
12 мая в 14:03

Ищем билетёров на лето! Работаем на сезон с 1 июня по 31 августа.

Что мы предлагаем?
✅ 190 ₽/час
✅ выплаты 2 раза в месяц на карту
Пиши в сообщения сообщества с пометкой «ЛЕТО»

👍 87  ↪ 34  💬 19

Артём Гуров
до скольки последние сеансы? мне потом ехать далеко
12 мая в 17:45  Ответить
    Киномир | Краснодар
    Артём, последние сеансы заканчиваются около 01:00, смены закрытия по тому же тарифу
    12 мая в 18:02  Ответить  Нравится 3
Максим Лоза
а зп вовремя платят или как в прошлом году)))
12 мая в 19:13  Ответить  Нравится 9
""",
    )
    late = quoted(answerer, cinema, "до скольки работать вечером")
    assert "заканчиваются около 01:00" in late
    assert "Ответить" not in late
    # A stranger's comment is nobody's answer: the ad's own line is.
    assert "выплаты 2 раза в месяц на карту" in quoted(answerer, cinema, "зп когда")


def test_a_repost_answered_by_the_employers_page_and_its_chrome_never_quoted(
    answerer: Answerer,
) -> None:
    # A «Подслушано» group posts the ad anonymously; the bakery answers in the comments under
    # its page's name, the front matter's company, whichever way the words end.
    post = """Подслушано Кимры
вчера в 19:42

Ищу продавца в нашу пекарню «Колосок» на Савёловской. График 2/2 с 7:00 до 19:00.
Пишите в лс

❤ 57   💬 23

Показать предыдущие комментарии
Даша Ермолаева
а студентов берете? я на заочке
вчера в 20:02  Ответить
Колосок Пекарня
Даша, берём, если сможете 2/2 выходить
вчера в 20:12  Ответить
Вика
а можно сразу на 2 смены подряд выходить ?)
сегодня в 9:01  Ответить
"""
    bakery = ad("Продавец в пекарню", post, front="company: Пекарня «Колосок»\n")
    assert "берём, если сможете 2/2" in quoted(answerer, bakery, "я студентка заочница, подойду?")
    # Where no comment is the employer's, the thread stays, but for its chrome.
    strangers = ad("Продавец в пекарню", post.replace("Колосок Пекарня", "Лена"))
    assert not strangers.replies
    for question in ("можно две смены подряд брать?", "во сколько отвечаете"):
        assert "Ответить" not in quoted(answerer, strangers, question)


def test_a_call_to_hire_heading_a_whole_post_gives_its_lines_no_kind(answerer: Answerer) -> None:
    # «ИЩЕМ В КОМАНДУ» heads the whole Instagram post: its pay, perks and interview are not
    # what the candidate must bring, as lines under «Кого мы ищем» would be.
    coffee = ad(
        "Бариста",
        """ИЩЕМ В КОМАНДУ 🔥🔥🔥

бариста на новую точку + на Красную
ставка 220 ₽/час
чаевые все ваши, делим на смену поровну
фартук и футболка от нас
собес проходит прямо в кофейне на Красной, 15 минут + пробная варка
пиши в директ слово «БАРИСТА»
""",
    )
    assert "собес проходит" in quoted(answerer, coffee, "собес где проходит")
    assert "фартук и футболка" in quoted(answerer, coffee, "форму свою надо?")
    assert "чаевые все ваши" in quoted(answerer, coffee, "чаевые кому идут")


def test_a_catch_all_heading_yields_the_duties_to_their_own_heading(answerer: Answerer) -> None:
    # "Описание вакансии" over the employer's opening paragraph: the duties are under their own
    # heading, and "About the role" over a roster and its pay is no list of duties.
    keeper = ad(
        "Кладовщик",
        """## Описание вакансии

ООО «СнабКомплект» — оптовый поставщик крепежа, работаем с 2009 года, склад 3 000 м².

## Обязанности

- приёмка товара от поставщиков по количеству
- сборка заказов по накладным
""",
    )
    assert "приёмка товара" in quoted(answerer, keeper, "че делать то надо")
    barista = ad(
        "Casual Barista",
        """## About the role

- Saturday and Sunday, 6:30am - 2:30pm
- Extra weekday shifts available over summer and to cover leave
- Minimum 2 weekend shifts per week
- Wages are paid fortnightly and include Saturday and Sunday penalty rates

## About you

- Minimum 1 year barista experience
""",
        lang="en",
    )
    assert "paid fortnightly" in quoted(answerer, barista, "do u pay weekly")
    assert quoted(answerer, barista, "whats the rate on public holidays") == ""


def test_hands_and_a_rate_going_up_are_no_pay_asked(answerer: Answerer) -> None:
    # «на руках» with no word of pay is the hands, not pay after tax; a rate that goes up is a
    # raise, which a post giving only its rates does not promise.
    coffee = ad(
        "Бариста",
        """## Условия

- ставка 220 ₽/час
- за обучение мы НЕ берём денег и платим 150 ₽/час пока учишься
""",
    )
    assert quoted(answerer, coffee, "с татухами на руках берёте?") == ""
    assert quoted(answerer, coffee, "через сколько ставку повышают") == ""
    assert "220 ₽/час" in quoted(answerer, coffee, "сколько на руки в час")


def test_a_share_of_the_takings_beside_a_rate_is_pay(answerer: Answerer) -> None:
    # «% с выручки смены» is paid to the barista, as «процент от выручки» is: the rate beside it
    # is the pay asked about, not the business's takings.
    coffee = ad(
        "Бариста",
        """## Условия

- ставка 220 ₽/час + % с выручки смены (в среднем выходит +400-700 за смену)
- бесплатный кофе на смене
""",
    )
    assert "220 ₽/час" in quoted(answerer, coffee, "скок в час")


def test_paying_for_a_thing_needs_a_line_that_says_who_pays(answerer: Answerer) -> None:
    # "do you pay for my CPR course" names a subject the posting has (a certificate it asks
    # for): the line must still say that it is paid, funded, free or what it costs.
    daycare = fixture("blind-ak", "ece-assistant-jobbank-calgary")
    assert quoted(answerer, daycare, "will you pay for my CPR course") == ""
    phlebotomist = fixture("blind-n", "phlebotomist-band-3-nhs-leeds")
    assert quoted(answerer, phlebotomist, "do i pay for my own dbs") == ""
    # The employer's offer of a sum for the thing says it pays.
    analyst = ad(
        "Data Analyst",
        """## Requirements

- SQL and Python

## Benefits

- a yearly budget of 1,000 USD for courses and conferences
""",
        lang="en",
    )
    assert "1,000 USD" in quoted(answerer, analyst, "Do you pay for conferences?")
    # A deduction from the pay says who pays: the candidate.
    camp = fixture("blind-o", "vozhatyj-letnij-lager-podmoskovye")
    assert "удержим" in quoted(answerer, camp, "медкнижку кто оплачивает")


def test_a_thing_named_as_what_is_paid_for_asks_who_pays(answerer: Answerer) -> None:
    # «стажировку оплачиваете?»: the thing is the object of the verb, as in «за стажировку
    # платите?»; a line that only names the thing does not say.
    cafe = fixture("blind-ao", "oficiantka-kafe-bishkek")
    assert quoted(answerer, cafe, "стажировку оплачиваете?") == ""
    camp = fixture("blind-au", "vozhatye-lager-solnechnyj")
    assert quoted(answerer, camp, "медкнижку лагерь оплачивает?") == ""
    chats = fixture("blind-ab", "menedzher-chatov-udalenno")
    assert quoted(answerer, chats, "интернет компенсируете?") == ""
    # The way there is asked in the candidate's word, the posting says it in its own.
    site = ad(
        "Электромонтажник",
        """## Условия

- График 5/2 с 8:00 до 17:00.
- До объекта добираетесь сами, проезд компенсируем 3 000 ₽ в месяц.
""",
    )
    assert "проезд компенсируем" in quoted(answerer, site, "Дорогу до объекта оплачиваете?")


def test_a_count_asked_needs_a_figure_of_what_is_counted(answerer: Answerer) -> None:
    # «сколько продавцов в смене?» counts sellers: the shift's hours are figures, but of
    # something else.
    shop = fixture("blind-ar", "prodavec-hozyayushka-semiluki")
    assert quoted(answerer, shop, "сколько продавцов в смене") == ""
    assembler = fixture("blind-f", "sborshchik-mebeli-vyezd-voronezh")
    assert quoted(answerer, assembler, "сколько заказов в день обычно") == ""
    # A figure of the noun, or of its synonym, counts it.
    courier = ad(
        "Курьер",
        """## Условия

- График 5/2, выходные плавающие.
- В среднем 25–30 заказов в день, оплата за каждый заказ.
""",
    )
    assert "25–30 заказов" in quoted(answerer, courier, "сколько заказов в день обычно")
    nursery = ad(
        "Няня в ясли",
        """## Условия

- Группа раннего возраста, в группе 12 малышей.
- График 5/2 с 7:00 до 19:00.
""",
    )
    assert "12 малышей" in quoted(answerer, nursery, "Сколько детей в группе?")


def test_a_line_on_another_member_of_the_kind_asked_does_not_answer(answerer: Answerer) -> None:
    # Another meal, another group of people, another part of the day than the one asked.
    warehouse = ad(
        "Грузчик на склад",
        """## Условия

- Обед бесплатно в столовой склада, чай и кофе весь день.
- Развозка на ночные смены от метро.
- Бесплатная парковка для посетителей первые 3 часа.
""",
    )
    assert quoted(answerer, warehouse, "ужин тоже бесплатно?") == ""
    assert quoted(answerer, warehouse, "на дневные смены развозка есть?") == ""
    assert quoted(answerer, warehouse, "парковка для сотрудников бесплатная?") == ""
    # The member asked, or one said of the staff in their own words, answers.
    assert "Обед бесплатно" in quoted(answerer, warehouse, "обед бесплатно?")
    pizza = ad(
        "Пиццамейкер",
        """## Условия

- Скидка 30% на всё меню для тебя и семьи.
- График 2/2 по 12 часов.
""",
    )
    assert "Скидка 30%" in quoted(answerer, pizza, "скидка сотрудникам есть")
    # Asked which shifts there are, the schedule's other member says it.
    night = ad(
        "Ночной аудитор",
        """## Условия

- Только ночные смены с 20:00 до 8:00.
- Оформление по ТК РФ.
""",
    )
    assert "ночные смены" in quoted(answerer, night, "дневные смены тоже бывают?")
    # A schedule stated apart from the thing asked is no other member of it.
    training = ad(
        "Customer Service Representative",
        """## What we offer

- 3 weeks paid training, Monday to Friday, day shift
- Night shift (US hours), 5 days a week
""",
        lang="en",
    )
    assert "day shift" in quoted(answerer, training, "training is night shift too?")


def test_a_time_asked_of_one_shift_is_not_another_shifts(answerer: Answerer) -> None:
    cashier = ad(
        "Cashier",
        """## Requirements

- Available at least 2 weekday evenings (4 PM – 10 PM) and one weekend day.
- Able to lift 25 lbs.
""",
        lang="en",
    )
    assert quoted(answerer, cashier, "what time do morning shifts start") == ""
    assert "4 PM" in quoted(answerer, cashier, "what time do evening shifts start")
    # Asked which shifts there are, the evenings say it.
    assert "evenings" in quoted(answerer, cashier, "any morning shifts?")


def test_a_line_on_the_hours_does_not_say_how_long_the_job_lasts(answerer: Answerer) -> None:
    # Permanent, seasonal or just for Christmas asked; only the hours given.
    porter = ad(
        "Kitchen Porter",
        """## What we offer

- Full-time, 40 hours a week, Monday to Friday.
- Free staff meal on every shift.
""",
        lang="en",
    )
    assert quoted(answerer, porter, "is this permanent or just for xmas") == ""
    assert quoted(answerer, porter, "is it seasonal?") == ""
    # Asked with the hours, the hours answer.
    assert "Full-time" in quoted(answerer, porter, "contract or full time?")
    # Another term answers whether the job is permanent.
    assistant = ad(
        "Teaching Assistant",
        """## What we offer

- Fixed term until 31 August 2026, full-time, term time only.
- Free parking on site.
""",
        lang="en",
    )
    assert "Fixed term" in quoted(answerer, assistant, "is it a permanent job")
    teacher = ad(
        "Учитель начальных классов",
        """## Условия

- Полная занятость, 5/2 с 8:00 до 15:00.
- Оформление по ТК РФ.
""",
    )
    assert quoted(answerer, teacher, "это постоянная работа или временно") == ""


def test_a_line_on_another_arrangement_of_the_work_does_not_answer(answerer: Answerer) -> None:
    # A rotation asked, a daily schedule given; a side job asked, a full week given.
    loader = ad(
        "Грузчик на стройбазу",
        """## Условия

- График 5/2 с 8:00 до 17:00, 3 000 ₽ в день.
- Оформление по ТК РФ.
""",
    )
    assert quoted(answerer, loader, "вахтой можно работать?") == ""
    assert quoted(answerer, loader, "можно подработать пару дней на выходных?") == ""
    # Another daily schedule than the one asked answers which there is.
    waiter = ad(
        "Официант",
        """## Условия

- График 2/2 или 3/3 с 10:00 до 23:00.
- Оплата 2 раза в месяц.
""",
    )
    assert "2/2 или 3/3" in quoted(answerer, waiter, "график 5/2 есть?")
    accountant = ad(
        "Бухгалтер",
        """## Условия

- Неполный рабочий день, с 9:00 до 13:00.
- Оформление по ТК РФ.
""",
    )
    assert quoted(answerer, accountant, "потом можно перейти на полный день?") == ""


def test_the_way_from_another_place_does_not_answer(answerer: Answerer) -> None:
    # «из Люберец» asked; the bus runs from two other stations.
    warehouse = ad(
        "Кладовщик",
        """## Условия

- Бесплатная развозка от м. Выхино и м. Котельники.
- График 2/2 с 8:00 до 20:00.
""",
    )
    assert quoted(answerer, warehouse, "развозка из люберец есть") == ""
    assert quoted(answerer, warehouse, "от метро домодедовская автобус ходит?") == ""
    # The place asked, by another of its names, or no place at all: the line answers.
    assert "Выхино" in quoted(answerer, warehouse, "развозка от выхино есть?")
    assert "Выхино" in quoted(answerer, warehouse, "как от метро добраться")
    camp = ad(
        "Вожатый",
        """## Условия

- Трансфер из Петербурга и обратно на автобусе лагеря бесплатно.
- Проживание и питание бесплатно.
""",
    )
    assert "Трансфер" in quoted(answerer, camp, "я из питера, проезд компенсируете?")
    assert quoted(answerer, camp, "я из казани, проезд компенсируете?") == ""


def test_the_way_from_a_place_asked_with_s(answerer: Answerer) -> None:
    # «автобус с безымянки ходит?» — «корпоративный автобус от ст. м. «Кировская» и от Южного
    # моста»: the bus runs from two other places.
    plant = fixture("blind-bm", "operator-chpu-yarmarka-stend-14")
    assert quoted(answerer, plant, "автобус с безымянки ходит?") == ""
    warehouse = ad(
        "Кладовщик",
        """## Условия

- Бесплатная развозка от м. Выхино и м. Котельники.
- График 2/2 с 8:00 до 20:00.
""",
    )
    assert quoted(answerer, warehouse, "развозка с люберец есть?") == ""
    # The place asked, or no place at all («с работы», «с какого»): the line answers.
    assert "Выхино" in quoted(answerer, warehouse, "развозка с выхино есть?")
    assert "Выхино" in quoted(answerer, warehouse, "развозка с работы есть?")


def test_a_ride_called_podvozka_is_the_way_to_work(answerer: Answerer) -> None:
    # «из нагарии подвозка есть» — «Подвозка бесплатно!!! Возим из Кирьят-Яма, …»: the ride
    # runs from other towns.
    haifa = fixture("blind-bo", "upakovka-pishchevoe-proizvodstvo-haifa")
    assert quoted(answerer, haifa, "из нагарии подвозка есть") == ""
    plant = ad(
        "Упаковщик",
        """## Условия

- Бесплатная подвозка от станции Подольск к началу смены.
- График 2/2 с 8:00 до 20:00.
""",
    )
    assert "подвозка" in quoted(answerer, plant, "подвозка есть?")
    assert "подвозка" in quoted(answerer, plant, "я из подольска, подвоз есть?")
    assert quoted(answerer, plant, "подвозка из климовска есть?") == ""


def test_an_amount_asked_must_be_the_subjects_own(answerer: Answerer) -> None:
    # "how much super?": "$28 – $32 per hour + super" gives the rate's range, and the super is
    # named with no figure of its own (the range's dash parts nothing).
    barista = fixture("blind-l", "casual-barista-melbourne")
    assert quoted(answerer, barista, "how much super do you pay") == ""
    # The 401 of "401(k)" is the plan's name, asked in the question: no amount of the match.
    nurse = fixture("blind-ae", "cna-nights-dayton")
    assert quoted(answerer, nurse, "how much is the 401k match") == ""
    # The super's own figure answers.
    cafe = ad(
        "Barista",
        """## Pay

- $28 – $32 per hour + 11.5% super
- Weekly pay into your account
""",
        lang="en",
    )
    assert "11.5% super" in quoted(answerer, cafe, "how much super do you pay")


def test_how_much_is_not_answered_by_how_often_or_on_which_day(answerer: Answerer) -> None:
    # «а оклад сколько без процентов?» — «выплаты 2 раза в месяц (10 и 25 числа)»: how often and
    # on which days, no sum; «премия какая по сумме» asks a sum too.
    shop = fixture("blind-ax", "prodavets-konsultant-stroymarket-omsk")
    assert quoted(answerer, shop, "а оклад сколько без процентов") == ""
    chat = fixture("blind-t", "operator-chata-podderzhki-udalenno")
    assert quoted(answerer, chat, "премия какая по сумме") == ""
    # … and asked how often the pay comes, the line answers still.
    assert "2 раза в месяц" in quoted(answerer, shop, "сколько раз в месяц зп?")
    # "quarterly or yearly?" asks how often: "per year" is the salary's period.
    csm = fixture("blind-ba", "senior-csm-tallyforge-remote")
    assert quoted(answerer, csm, "is the 15% variable paid quarterly or yearly") == ""
    # A sum is preferred to how often pay comes when the question asks how much.
    driver = fixture("blind-at", "rzd-pomoshnik-mashinista-ekb")
    assert "от 82 000 до 104 000 ₽" in quoted(answerer, driver, "сколько платят")
    # «зп на карту?» asks how pay comes: no sum needed.
    store = fixture("blind-aw", "kladovshchik-trud-ekb")
    assert "на карту" in quoted(answerer, store, "зп на карту или наличкой")


def test_an_english_count_needs_a_figure_of_what_is_counted(answerer: Answerer) -> None:
    # "how many mods are you hiring?" counts mods: "the mod team needs more hands" gives none.
    discord = fixture("blind-bc", "discord-emberfall-community-moderator")
    assert quoted(answerer, discord, "how many mods are you hiring") == ""
    school = fixture("blind-z", "teaching-assistant-sen-leeds")
    assert quoted(answerer, school, "how many kids in the class") == ""
    # A figure per the unit asked counts what is counted per it; a sum per it does not.
    support = ad(
        "Support Agent",
        """## The job

- Handle support tickets by email and chat, about 15-20 per day.
- Training: 5 days, paid at $120 a day.
""",
        lang="en",
    )
    assert "15-20 per day" in quoted(answerer, support, "how many tickets a day")
    calls = ad(
        "Оператор колл-центра",
        """## Обязанности

- Принимать входящие звонки клиентов банка.

## Условия

- Обучение: 7 рабочих дней, оплачивается 1 000 ₽ за день.
- График 2/2 с 9:00 до 21:00.
""",
    )
    assert quoted(answerer, calls, "сколько звонков в день") == ""
    # The word counted may be the posting's synonym of it.
    products = ad(
        "E-commerce Content Manager",
        """## About us

- We have about 3,000 SKUs across four brands.
""",
        lang="en",
    )
    assert "3,000 SKUs" in quoted(answerer, products, "how many products")
    bank = ad(
        "Bank Support Agent",
        """## Pay

- Gross salary of 28,000 EUR a year, paid in 14 instalments.
""",
        lang="en",
    )
    assert "14 instalments" in quoted(answerer, bank, "How many paychecks do I get in a year?")


def test_when_pay_comes_needs_a_line_that_says_when(answerer: Answerer) -> None:
    # «бонус 3к когда выплатят?» asks when the bonus is paid: its size is no answer.
    courier = fixture("blind-w", "velokurer-shustrik-spb")
    assert quoted(answerer, courier, "бонус 3к когда выплатят") == ""
    # A day named by its place answers when pay comes.
    camp = ad(
        "Вожатый",
        """## Оплата

- 45 000 ₽ за смену, выплата в последний день смены.
""",
    )
    assert "последний день смены" in quoted(answerer, camp, "когда деньги выдают")
    driver = ad(
        "Bus Operator Trainee",
        """## Pay

- $2,000 retention bonus, paid after successful completion of the 12-month probation.
""",
        lang="en",
    )
    assert "after successful completion" in quoted(answerer, driver, "when do i get the bonus")


def test_a_situation_the_candidate_asks_about_is_answered_only_by_a_line_on_it(
    answerer: Answerer,
) -> None:
    # Someone who comes with them, where they come from, a pet, a record of their own: a line
    # that does not speak to it is no answer, however close its subject.
    resort = ad(
        "Горничная в санаторий на сезон",
        """## Условия

- Иногородним — общежитие на территории, комнаты на 3–4 человека, душ на этаже.
- Для оформления необходимо: паспорт, СНИЛС, ИНН, медицинская книжка.
- Порядок отбора: рассмотрение резюме, собеседование, стажировка.
""",
    )
    assert quoted(answerer, resort, "с ребенком можно жить в общежитии") == ""
    assert quoted(answerer, resort, "я из казахстана, возьмете?") == ""
    assert quoted(answerer, resort, "у меня старая судимость, пройду?") == ""
    assert "общежитие" in quoted(answerer, resort, "общежитие есть?")
    guesthouse = ad(
        "Volunteer at a guesthouse",
        """## About us

- We need help with preparing rooms and feeding our animals (2 dogs, 4 cats).
""",
        lang="en",
    )
    assert quoted(answerer, guesthouse, "can i bring my dog") == ""
    # A line that speaks to it answers — its kind, or who may; of two lines on the subject,
    # the one that speaks to it.
    family = ad(
        "Водитель автобуса",
        """## Условия

- Для оформления необходимо: паспорт, СНИЛС, ИНН.
- Рассматриваем граждан РФ и стран ЕАЭС (Беларусь, Казахстан, Киргизия, Армения).
- Общежитие рядом с автоколонной, можно жить с семьей.
- Dogs are fine if they are fenced in.
""",
    )
    assert "с семьей" in quoted(answerer, family, "с женой можно в общежитии жить?")
    assert "граждан РФ" in quoted(answerer, family, "я из узбекистана можно?")
    assert "Dogs are fine" in quoted(answerer, family, "can i bring my dog")


def test_pay_during_a_period_needs_a_line_that_speaks_of_pay(answerer: Answerer) -> None:
    # «на испытательном зп такая же?», «стажировка оплачивается?», «пока учат платят?» ask the
    # pay of the probation or the training: its length, its mentor, or that it costs the
    # candidate nothing, is no pay.
    shop = ad(
        "Продавец-консультант",
        """## Условия

- Оформление по ТК РФ, испытательный срок 2 месяца.
- Обучение товару за счёт компании, наставник на первые 2 недели.
- Зарплата 48 000 ₽ на руки, выплаты 2 раза в месяц.
""",
    )
    assert quoted(answerer, shop, "на испытательном зп такая же?") == ""
    assert quoted(answerer, shop, "стажировка оплачивается?") == ""
    assert quoted(answerer, shop, "пока учат платят?") == ""
    # What it costs is asked, or something else with it: those lines answer.
    assert "за счёт компании" in quoted(answerer, shop, "обучение платное?")
    assert "2 месяца" in quoted(answerer, shop, "испыталка сколько и зп на ней режут?")
    # A line that speaks of the pay answers, ahead of one that only names the period.
    paid = ad(
        "Оператор чата",
        """## Условия

- Первые 2 недели обучения оформляются по договору ГПХ.
- Обучение онлайн по будням, оплачивается 12 000 ₽ за весь курс.
- Испытательный срок 3 месяца, без снижения оплаты.
- Зарплата от 40 000 ₽.
""",
    )
    assert "12 000" in quoted(answerer, paid, "обучение платят?")
    assert "без снижения оплаты" in quoted(answerer, paid, "на испытательном зп меньше?")
    # «стажировочные смены» are the training's: the closing shifts' pay is not theirs.
    cinema = ad(
        "Билетёр-кассир",
        """## Условия

- Опыт не нужен — обучим за 2 стажировочные смены.
- Смены закрытия оплачиваются по тому же тарифу.
- 250 ₽ в час.
""",
    )
    assert quoted(answerer, cinema, "стажировочные смены оплачиваются?") == ""
    assert "стажировочные" in quoted(answerer, cinema, "обучение есть?")


def test_a_piece_of_gear_is_answered_only_by_a_line_that_names_it(answerer: Answerer) -> None:
    # «перчатки выдают?» asks of gloves: a uniform that the laundry washes says nothing of them,
    # and the candidate's reason («у меня аллергия на химию») does not make it say more.
    hotel = ad(
        "Горничная",
        """## Условия

- Выдаём униформу, которую стирает прачечная отеля.
""",
    )
    assert quoted(answerer, hotel, "у меня аллергия на химию, перчатки выдают?") == ""
    assert "униформу" in quoted(answerer, hotel, "форму выдают?")
    assert "униформу" in quoted(answerer, hotel, "халат свой покупать?")
    loader = ad("Грузчик", "## Условия\n\n- Выдаём спецодежду и перчатки.\n")
    assert "перчатки" in quoted(answerer, loader, "перчатки дают?")


def test_of_lines_that_tie_the_one_that_echoes_the_question_answers(answerer: Answerer) -> None:
    # «сколько платят за смену?»: the shift's hours and its pay score the same; the pay line
    # says «оплата», the question «платят» — it answers, not the line read first.
    picker = ad(
        "Комплектовщик",
        """Зарплата от 52 000 до 78 000 руб. в месяц, выплаты 2 раза в месяц.

## Условия

- график 2/2 по 12 часов, дневные смены с 8:00 до 20:00 или ночные с 20:00 до 8:00 на выбор
- оплата сдельная, в среднем 3 200 руб. за дневную смену, за ночную до 3 900 руб
""",
    )
    assert "3 200 руб" in quoted(answerer, picker, "сколько платят за смену")
    # A word of the topic asked says nothing more of a line already on it: of two pay lines
    # the first still answers «скока платят» («зарплата 2 раза в месяц» holds «плат» too).
    nurse = ad(
        "Медсестра",
        """## Условия

- оклад 5 млн + % с процедур, в среднем на руки выходит 6-7 млн
- зарплата 2 раза в месяц (аванс 20-го числа, остальное 5-го) на карту
""",
    )
    assert "6-7 млн" in quoted(answerer, nurse, "скока платят")


def test_what_the_candidate_eats_is_answered_only_by_a_line_on_it(answerer: Answerer) -> None:
    # "im vegan, is there food for me": that meals are provided says nothing of a vegan's.
    camp = ad(
        "Camp counselor",
        """## What we offer

- All meals are provided in the dining hall.
- Shared cabins with other counselors.
""",
        lang="en",
    )
    assert quoted(answerer, camp, "im vegan, is there food for me") == ""
    assert "All meals" in quoted(answerer, camp, "is food provided")
    kitchen = ad(
        "Camp counselor",
        """## What we offer

- All meals are provided in the dining hall.
- The kitchen caters for vegetarian and vegan diets.
""",
        lang="en",
    )
    assert "vegan diets" in quoted(answerer, kitchen, "im vegan, is there food for me")


def test_what_the_candidate_says_of_themselves_beside_a_question_is_not_asked(
    answerer: Answerer,
) -> None:
    # "can i do just 4 nights a week? i have school", «я из Бердска, дорогу оплатят?»: the
    # line answers the question; the school or the town is no word it must have.
    bistro = ad(
        "Dishwasher, nights",
        """## Schedule

- Four or five nights a week, your call.
- Shifts run 5pm to close.
""",
        lang="en",
    )
    assert "Four or five nights" in quoted(
        answerer, bistro, "can i do just 4 nights a week? i have school"
    )
    contest = ad(
        "Специалист казначейства",
        """## Условия конкурса

- Расходы, связанные с участием в конкурсе (проезд к месту проведения конкурса и обратно),
  осуществляются кандидатами за счет собственных средств.
""",
    )
    assert "собственных средств" in quoted(
        answerer, contest, "я из бердска, дорогу на конкурс оплатят?"
    )
    # Unless the question points back at it: the candidate's town is then what is asked.
    chain = ad(
        "Кассир",
        """## О нас

- У нас 7 ресторанов в Туле и Новомосковске, открываем новый ресторан на ул. Советской.

## Условия

- График 2/2 с 10:00 до 22:00, бесплатное питание в смену.
- Приходите на собеседование в любой ресторан с 10:00 до 17:00 по будням.
""",
    )
    assert quoted(answerer, chain, "я в ефремове живу, там есть ваш ресторан?") == ""


def test_the_words_that_ask_for_a_premium_are_had_by_a_line_that_shows_one(
    answerer: Answerer,
) -> None:
    # "is on call paid extra": the line shows the premium in its own words ("allowance … on
    # top"), and the question's "paid", "extra" are how it asks, not a subject.
    devops = ad(
        "DevOps Engineer",
        """## Conditions

- On-call one week in six, with an on-call allowance of 300 EUR per week on top of the salary.
- Salary 70,000 EUR a year, paid monthly.
- 30 days of paid holiday.
""",
        lang="en",
    )
    assert "300 EUR per week" in quoted(answerer, devops, "is on call paid extra")
    # With no known subject asked, the line has the freezer, and shows the premium.
    forklift = fixture("blind-as", "forklift-operator-columbus")
    assert "Freezer premium" in quoted(answerer, forklift, "extra pay for freezer?")


def test_the_papers_asked_for_are_answered_wherever_the_ad_lists_them(
    answerer: Answerer,
) -> None:
    # «какие доки нужны?»: a passport is never the employer's offer — the list under the
    # conditions says what to bring.
    picker = ad(
        "Сборщик заказов",
        """## Условия

- График 2/2 по 12 часов, дневные и ночные смены.
- Выплаты каждую неделю на карту.
- С собой: паспорт, СНИЛС, ИНН.
""",
    )
    assert "паспорт, СНИЛС" in quoted(answerer, picker, "какие доки нужны")


def test_who_pays_is_answered_by_a_requirement_that_says_who(answerer: Answerer) -> None:
    # «штрафы кто платит?»: the requirements say the driver does.
    taxi = ad(
        "Водитель такси",
        """## Требования

- Стаж вождения от 3 лет, права категории B.
- Штрафы ГИБДД оплачивает водитель.

## Условия

- Аренда автомобиля 2 500 ₽ в сутки, выплаты ежедневно.
""",
    )
    assert "оплачивает водитель" in quoted(answerer, taxi, "штрафы кто платит")
    # Whether the employer pays for a thing is not said by a requirement paid more for.
    warehouse = ad(
        "Warehouse Associate",
        """## Requirements

- Forklift certification is a plus (we pay $1.50/hr more for certified drivers).
- Able to lift 50 lbs.
""",
        lang="en",
    )
    assert quoted(answerer, warehouse, "do you pay for the forklift certification") == ""


def test_where_the_clinic_is_asks_the_workplace_not_the_cover(answerer: Answerer) -> None:
    # «где клиника находится?» on a clinic's posting: its address, not medical cover.
    clinic = fixture("blind-ag", "medsestra-klinika-tashkent")
    assert "метро Юнусабад" in quoted(answerer, clinic, "где клиника находится, от метро далеко?")


def test_whether_a_thing_is_required_is_answered_by_the_requirement_naming_it(
    answerer: Answerer,
) -> None:
    # «накс обязательно?»: the line among the requirements says it is, without the word.
    welder = fixture("blind-g", "elektrosvarshchik-naks-vahta-yamal")
    assert "удостоверение НАКС" in quoted(answerer, welder, "накс обязательно?")


def test_pay_asked_as_one_frequency_is_answered_by_the_one_the_ad_gives(
    answerer: Answerer,
) -> None:
    # «зп раз в месяц?»: the line that says how often pay comes answers, with another rhythm.
    fitter = ad(
        "Монтажник окон",
        """## Условия

- Сдельная оплата, в среднем 90 000 ₽ в месяц.
- Выплаты каждую неделю по пятницам.
- Инструмент выдаём, спецодежда за счёт компании.
""",
    )
    assert "каждую неделю по пятницам" in quoted(answerer, fitter, "зп раз в месяц?")


def test_what_time_a_shift_starts_or_ends_is_answered_by_its_hours(answerer: Answerer) -> None:
    # "what time do i finish": the hours say it ("8:30am to 3:15pm"), without the word.
    assistant = fixture("blind-z", "teaching-assistant-sen-leeds")
    assert "8:30am to 3:15pm" in quoted(answerer, assistant, "what time do i finish")
    # … but not another shift's: closing shifts are not the opening ones.
    cafe = ad(
        "Barista",
        """## Schedule

- Opening shifts start at 5:30 AM.
- Weekends required, 25–32 hours a week.
""",
        lang="en",
    )
    assert quoted(answerer, cafe, "what time do closing shifts end") == ""


def test_the_words_that_ask_who_pays_are_had_by_a_line_that_pays(answerer: Answerer) -> None:
    # "will you pay for my desk and monitor": a sum set aside for it says so, without "pay".
    sre = fixture("blind-m", "site-reliability-engineer-remote")
    assert "home office setup budget" in quoted(
        answerer, sre, "will you pay for my desk and monitor"
    )
    # A kind of pay is a subject, not how the question asks: "holiday pay" is not paid vacation.
    cook = fixture("blind-aw", "line-cook-poached-portland")
    assert quoted(answerer, cook, "do we get holiday pay for thanksgiving") == ""


def test_whether_one_brings_a_thing_is_answered_by_the_requirement_naming_it(
    answerer: Answerer,
) -> None:
    # «Нужен ли свой инструмент?»: the requirement says it, though tools are the employer's
    # to give elsewhere.
    barber = ad(
        "Барбер",
        """## Требования

- опыт работы барбером от 1 года;
- свой инструмент — машинки, триммер, ножницы.

## Условия

- 45% от стоимости услуги, выплаты 2 раза в месяц;
- график 2/2 с 10:00 до 22:00.
""",
    )
    assert "свой инструмент" in quoted(answerer, barber, "Нужен ли свой инструмент?")


def test_a_part_of_the_day_or_week_asked_needs_its_hours_or_its_days(answerer: Answerer) -> None:
    # A line on the shifts that names no part of the day, and no hours, does not say whether
    # there are night shifts; one without the days does not say whether weekends are worked.
    operator = ad(
        "Оператор call-центра",
        """## Условия

- Гибкий график: смены по 4 или 6 часов.
- Оплата почасовая, выплаты 2 раза в месяц.
""",
    )
    assert quoted(answerer, operator, "ночные смены есть") == ""
    assert quoted(answerer, operator, "в выходные обязательно работать?") == ""
    moderator = ad(
        "Community Moderator",
        """## The role

- About 15-20 hours a week, flexible within the evening window.
""",
        lang="en",
    )
    assert quoted(answerer, moderator, "do i have to work weekends") == ""
    # The hours say which part of the day; the days, a five-day week or a rota say the week.
    picker = ad(
        "Комплектовщик",
        """## Условия

- Смены по 12 часов с 20:00 до 8:00.
- Пятидневная рабочая неделя.
""",
    )
    assert "8:00" in quoted(answerer, picker, "ночные смены бывают?")
    assert "Пятидневная" in quoted(answerer, picker, "суббота рабочая или нет")
    # A part of the day the candidate speaks of as theirs is not asked.
    intern = ad(
        "Стажёр",
        """## Что мы предлагаем

- Гибкий график — ты сам выбираешь дни, главное — выполнить норму часов.
""",
    )
    assert "Гибкий график" in quoted(answerer, intern, "у меня пары днём, график гибкий?")


def test_pay_asked_per_a_unit_of_time_needs_a_line_on_that_unit(answerer: Answerer) -> None:
    # Asked the pay of an hour, a line with sums per shift only does not say it; asked the
    # month, an hourly rate paid twice a month does not; asked the hour, a yearly salary.
    operator = ad(
        "Оператор call-центра",
        """## Условия

- Плюшки: компенсация питания 150 рублей за смену от 6 часов.
- Оплата: зарплата перечисляется на карту 2 раза в месяц.
""",
    )
    assert quoted(answerer, operator, "скока в час платят") == ""
    barista = ad(
        "Бариста",
        """## Условия

- Оплата 230 ₽/час + 3% от выручки смены, выплаты 2 раза в месяц (10 и 25 числа).
""",
    )
    assert quoted(answerer, barista, "а в месяц сколько примерно выходит") == ""
    assert "230 ₽/час" in quoted(answerer, barista, "сколько в час платят?")
    farm = ad(
        "Dairy Farm Assistant",
        """## Details

- Salary: €34,000-€38,000 per year.
""",
        lang="en",
    )
    assert quoted(answerer, farm, "whats the hourly rate") == ""
    # A line that names the unit asked answers, whatever it counts the sum in.
    picker = ad(
        "Комплектовщик",
        """## Условия

- Ставка 3 800 ₽ за смену, в среднем выходит 60–75 тыс. в месяц.
""",
    )
    assert "60–75 тыс" in quoted(answerer, picker, "а в месяц скок выходит примерно")


def test_a_sum_joined_by_a_plus_is_no_figure_of_the_part_after_it(answerer: Answerer) -> None:
    # The figure before the "+" is the shift's rate, the one after the comma the month's total;
    # the premium for quality between them has none.
    baker = ad(
        "Пекарь",
        """## Условия

- 3 300 ₽ за смену + премия за качество по итогам месяца, в месяц получается 49 500–58 000 ₽.
""",
    )
    assert quoted(answerer, baker, "премия за качество это сколько в рублях?") == ""
    paid = ad(
        "Пекарь",
        """## Условия

- 3 300 ₽ за смену + премия за качество до 5 000 ₽ в месяц.
""",
    )
    assert "до 5 000" in quoted(answerer, paid, "премия за качество это сколько в рублях?")


def test_whether_the_posting_is_still_open_needs_a_line_that_says_so(answerer: Answerer) -> None:
    # A line that merely opens («открыли вакансию», "open 7am-3pm") does not say the posting
    # is still open.
    accountant = ad(
        "Бухгалтер на полставки",
        """## Условия

- Работа с 9:00 до 13:00. Да, именно под такой график мы и открыли вакансию.
""",
    )
    assert quoted(answerer, accountant, "а вакансия ещё открыта?") == ""
    assert quoted(answerer, accountant, "вакансия еще актуальна?") == ""
    cook = ad(
        "Line Cook",
        """## About us

- We are a busy brunch place on SE Hawthorne, open 7am-3pm seven days a week.
- Employment: part-time.
""",
        lang="en",
    )
    assert quoted(answerer, cook, "is this still open?") == ""
    assert quoted(answerer, cook, "still hiring?") == ""
    # A line that says until when it is open answers.
    courier = ad(
        "Курьер",
        """## Условия

- Вакансия актуальна до 30 июня.
- Оплата 250 ₽/час.
""",
    )
    assert "актуальна до 30 июня" in quoted(answerer, courier, "вакансия еще актуальна?")


def test_whether_the_job_changes_later_needs_a_line_on_a_change(answerer: Answerer) -> None:
    # A line on the job as it is does not say whether it can change later.
    accountant = ad(
        "Бухгалтер на полставки",
        """## Условия

- Оклад 1 400 BYN до вычета налогов за 4-часовой рабочий день.
""",
    )
    assert quoted(answerer, accountant, "потом на полный день можно перейти") == ""
    barista = ad(
        "Casual Barista",
        """## Details

- Employment: part-time
- Contract - W2, 12 months
""",
        lang="en",
    )
    assert quoted(answerer, barista, "could it turn into a permanent part time role later") == ""
    assert quoted(answerer, barista, "is this contract to hire") == ""
    # A line that speaks of a change answers.
    picker = ad(
        "Warehouse Operative",
        """## Details

- Employment: temporary
- Temp to perm after 12 weeks for the right people.
""",
        lang="en",
    )
    assert "Temp to perm" in quoted(answerer, picker, "could it turn into a permanent job later")


def test_a_count_of_the_people_of_a_place_needs_a_line_naming_it(answerer: Answerer) -> None:
    # People counted elsewhere — those the canteen feeds, the whole staff — are not the kitchen's.
    canteen = ad(
        "Повар в столовую",
        """## О нас

Столовая при заводе, кормим 400 человек в день, в штате 900 человек.
""",
    )
    assert quoted(answerer, canteen, "сколько человек на кухне работает") == ""
    assert quoted(answerer, canteen, "в бытовке скока человек живет") == ""
    # A line on the place asked answers, in its own words for it.
    tutor = ad(
        "Преподаватель английского",
        """## Обязанности

- вести групповые занятия (до 8 человек) и индивидуальные уроки;
""",
    )
    assert "до 8 человек" in quoted(answerer, tutor, "сколько человек в группе")
    sales = ad(
        "Менеджер по продажам",
        """## О компании

Поставляем кухонное оборудование. В команде продаж 12 человек, средний стаж — 4 года.
""",
    )
    assert "12 человек" in quoted(answerer, sales, "сколько человек в отделе")


def test_hours_that_count_the_leave_ask_no_working_hours(answerer: Answerer) -> None:
    # "PTO hours" counts the leave in hours: the working week does not say it.
    associate = ad(
        "Warehouse Associate",
        """## Schedule

- 40 hours per week
- Overtime available

## Benefits

- Paid time off and paid parental leave
""",
        lang="en",
    )
    assert quoted(answerer, associate, "how many PTO hours do i get") == ""
    assert "40 hours" in quoted(answerer, associate, "how many hours a week")
    # Hours asked beside what the candidate says of themselves stay the working hours.
    designer = ad(
        "Product Designer",
        """## How we work

- Flexible hours, with core hours from 10:00 to 16:00.
""",
        lang="en",
    )
    assert "core hours" in quoted(answerer, designer, "i have a 2 year old, are hours flexible?")


def test_which_days_needs_the_days_or_who_picks_them(answerer: Answerer) -> None:
    # How many days a week does not say which.
    analyst = ad(
        "Junior Data Analyst",
        """## How we work

- Hybrid: 3 days a week in our Shoreditch office, 2 from home
""",
        lang="en",
    )
    assert quoted(answerer, analyst, "which days are the office days") == ""
    engineer = ad(
        "QA Automation Engineer",
        """## Conditions

- Work format: hybrid (2 days a week in the office)
- Office days are Tuesdays and Thursdays
""",
        lang="en",
    )
    assert "Tuesdays and Thursdays" in quoted(
        answerer, engineer, "Which days do I need to be in the office?"
    )


def test_a_break_for_a_meal_does_not_say_the_staff_are_fed(answerer: Answerer) -> None:
    museum = ad(
        "Гардеробщик",
        """## Условия

- Оформление по ТК РФ.

## Контакты

Телефон отдела кадров: +7 (846) 333-41-27 (пн–пт с 9:00 до 17:00, обед 13:00–14:00).
""",
    )
    assert quoted(answerer, museum, "обед для сотрудников есть") == ""
    daycare = ad(
        "ECE Assistant",
        """## Details

- Work schedule: Mon–Fri, shifts between 7:30 and 5:30 (8 hrs + 30 min unpaid lunch).
""",
        lang="en",
    )
    assert quoted(answerer, daycare, "do staff get lunch provided") == ""
    # Asked whether there is a break for it, the break answers.
    assert "unpaid lunch" in quoted(answerer, daycare, "is lunch break paid")


def test_a_line_on_another_language_does_not_answer(answerer: Answerer) -> None:
    hostel = ad(
        "Администратор хостела",
        """## Требования

- грамотный русский язык / fluent Russian
- английский на уровне B1
""",
    )
    assert quoted(answerer, hostel, "китайский язык нужен?") == ""
    assert "B1" in quoted(answerer, hostel, "английский нужен?")


def test_whose_task_it_is_needs_a_line_among_the_duties(answerer: Answerer) -> None:
    # The salon's own description of what it does is no duty of the candidate's.
    salon = ad(
        "Парикмахер-универсал",
        """Салон красоты «Локон» приглашает парикмахера-универсала, нам нужен мастер, который \
умеет делать женские и мужские стрижки и детские стрижки, график 2/2 с 9:00 до 20:00.
""",
    )
    assert quoted(answerer, salon, "детские стрижки тоже на мне?") == ""
    accountant = ad(
        "Бухгалтер по зарплате",
        """## Обязанности

- расчёт заработной платы, отпускных и больничных;
- исполнительные листы, алименты.
""",
    )
    assert "алименты" in quoted(answerer, accountant, "алименты тоже на мне будут?")


def test_whether_an_offer_covers_a_thing_never_named_is_not_said(answerer: Answerer) -> None:
    # "usable for", "cover" ask whether the offer reaches a thing of their own: a line that
    # never names it does not say.
    engineer = ad(
        "Site Reliability Engineer",
        """## Benefits

- €1,500 yearly learning budget
- 30 days of paid holiday
""",
        lang="en",
    )
    assert quoted(answerer, engineer, "is the learning budget usable for conferences") == ""
    # The family asked in its own words is the dependents the line names.
    csm = ad(
        "Senior CSM",
        """## Benefits

- Medical, dental and vision insurance with 100% of employee premiums covered and 75% for \\
dependents
""",
        lang="en",
    )
    assert "75% for" in quoted(answerer, csm, "does insurance cover my wife and kids")


def test_the_pay_of_a_part_of_the_week_does_not_ask_if_it_is_worked(answerer: Answerer) -> None:
    # "sunday rate" asks the pay of Sundays: a rate line that names no day still answers it.
    picker = ad(
        "Warehouse Picker",
        """## Pay rates (per hour)

- Days 06:00 - 14:00 £12.60 £13.10 £14.60
- Lates 14:00 - 22:00 £12.85 £13.35 £14.85
""",
        lang="en",
    )
    assert "06:00 - 14:00" in quoted(answerer, picker, "sunday rate for days?")


def test_a_pages_chrome_is_never_quoted(answerer: Answerer) -> None:
    # A newspaper's ad with its advertising mark, a bot's buttons, a landing page's icon names,
    # its footer: nobody's word on the job. «16+» is no age limit.
    paper = ad(
        "Оператор линии розлива",
        """ООО «Вельский молочный завод» приглашает операторов линии розлива.

Зарплата от 48 000 руб., график 2/2.

Реклама. 16+
""",
    )
    assert quoted(answerer, paper, "до скольки лет берете") == ""
    bank = ad(
        "Оператор контакт-центра",
        """Работа из дома, обучение онлайн, оплата от 45 000 ₽.

[Откликнуться]   [Пройти тест сразу]

## Как проходит отбор
1. Анкета на сайте, 5 минут.
2. Онлайн-тест: внимательность, грамотность и скорость печати, около 25 минут.
3. Интервью по видеосвязи.
""",
    )
    assert "внимательность" in quoted(answerer, bank, "что за тест надо пройти")
    landing = ad(
        "Менеджер по продажам",
        """## Почему у нас круто
иконка часы
График 2/2 с 10:00 до 21:00
иконка диплом
Обучение 10 дней — платим 1 500 ₽ за каждый день обучения

© 2025 Кухни Мирра. Все права защищены
Made on Tilda
""",
    )
    assert quoted(answerer, landing, "во сколько начинается смена") == (
        "График 2/2 с 10:00 до 21:00"
    )
    assert quoted(answerer, landing, "в программах для дизайна не шарю") == ""


def test_a_price_list_with_dotted_leaders_gives_each_role_its_own_pay(answerer: Answerer) -> None:
    # A Telegram post listing a café's jobs as a price list: the dots lead from a role to its
    # pay, three of them as much as thirty.
    cafe = ad(
        "Вакансии в сеть кафе",
        """💰 ОПЛАТА ЗА СМЕНУ (12 часов):
Кассир ...................... 2 400 ₽/смена
Повар-блинопёк ......... от 2 900 ₽/смена
Мойщица посуды ......... 2 200 ₽/смена
Курьер (пеший, 4-6 ч) ... 250 ₽/час + чаевые

✅ ЧТО ДАЁМ ВСЕМ:
🗓 график 2/2, 3/3 или 5/2 — обсуждается
💵 выплаты раз в неделю, по пятницам, на карту
""",
    )
    assert "250 ₽/час" in quoted(answerer, cafe, "курьером почасовая оплата?")


def test_other_peoples_ads_in_a_batch_are_not_the_employers(answerer: Answerer) -> None:
    # A TV ticker's batch of one-line ads, each with its phone, pasted with the sewing shop's
    # own page: the garage to let and the taxi drivers' pay are someone else's.
    ticker = ad(
        "Швея",
        """ТЕЛЕКАНАЛ «КИНЕШМА-24» • БЕГУЩАЯ СТРОКА
СДАМ ГАРАЖ Р-Н ЗАВОЛЖЬЕ НЕДОРОГО. Т. 8-900-000-41-07
МАГАЗИНУ «ЛАДУШКА» ТРЕБУЕТСЯ ПРОДАВЕЦ-КАССИР, З/П 32 000 Р, ГРАФИК 2/2. Т. 8-900-000-63-15
ООО «ТЕКСТИЛЬ-НОВА» ПРИГЛАШАЕТ ШВЕЙ. З/П ОТ 42 000 ДО 70 000 Р. Т. 8-900-000-27-90
ТРЕБУЮТСЯ РАЗНОРАБОЧИЕ НА ВАХТУ, ПРОЖИВАНИЕ И ПИТАНИЕ БЕСПЛАТНО. Т. 8-900-000-19-44
ТАКСИ «ВЕГА» — ВОДИТЕЛИ С ЛИЧНЫМ АВТО, ВЫПЛАТЫ ЕЖЕДНЕВНО. Т. 8-900-000-90-09

ООО «ТЕКСТИЛЬ-НОВА» — швейный цех, пошив спецодежды
График: пятидневка с 7:30 до 16:30, сб, вс — выходные
З/п сдельная, выплаты 2 раза в месяц, задержек нет
Обед — своя столовая, комплекс 120 р.
""",
        front="company: ООО «Текстиль-Нова»\n",
    )
    assert quoted(answerer, ticker, "жилье даете? я из вичуги") == ""
    assert "2 раза в месяц" in quoted(answerer, ticker, "зарплату вовремя платят? как часто")


def test_a_newspapers_ad_runs_on_to_the_next_rule(answerer: Answerer) -> None:
    # A classifieds page: other people's one-line ads, each with its phone, and the builders'
    # own ad of several lines between two rules; all of it is theirs, not only its first line.
    # A sum «от 90 т.р.» keeps its cut word's stop.
    page = ad(
        "Монолитчики (вахта)",
        """«Из рук в руки» № 47   стр. 14
0614 ТРЕБУЮТСЯ
-----
Прод-ц в прод. маг. (р-н Филейка), гр. 2/2, з/п от 38 т.р., без в/п. Т. 8-912-000-11-22
-----
Водит. кат. С,Е на самосвал, з/п сдельн., опыт от 3 л. Т. 8-922-000-33-44
-----
■ ООО «ВЯТСТРОЙМОНТАЖ» приглаш. на ВАХТУ в г. Новый Уренгой:
● МОНОЛИТЧИКИ — з/п от 90 т.р.
● АРМАТУРЩИКИ — з/п от 85 т.р.
Вахта 60/30, гр. 11 ч/день, без вых. Проезд за счёт орг.
Медкомиссия за счёт орг. в г. Кирове. Возраст 20–55 лет.
Т. 8 (8332) 00-45-67 (Вячеслав, WhatsApp).
-----
Уборщ. в офис (центр), 5/2 неп. день, 18 т.р. Т. 8-953-000-55-66
-----
Няня для девочки 4 лет, Нововятск, 3 дня в нед. Т. 8-912-000-44-01
""",
        front="company: ООО «ВятСтройМонтаж»\n",
    )
    assert "Медкомиссия за счёт орг." in quoted(answerer, page, "медосмотр за чей счет")
    assert "8 (8332) 00-45-67" in quoted(answerer, page, "номер телефона дайте")
    assert "з/п от 90 т.р." in quoted(answerer, page, "монолитчику сколько платите")
    assert quoted(answerer, page, "няне сколько платите") == ""


def test_an_item_marked_by_a_printed_shape_ends_at_its_stop(answerer: Answerer) -> None:
    # A newspaper's ad: its jobs marked «●», each closed by a stop, then the terms for all of
    # them; the terms are no part of the last job's line.
    page = ad(
        "Монолитчики, подсобные рабочие (вахта)",
        """■ ООО «ВЯТСТРОЙМОНТАЖ» приглаш. на ВАХТУ в г. Новый Уренгой:
● МОНОЛИТЧИКИ — з/п от 90 т.р.
● ПОДСОБН. РАБОЧИЕ — з/п от 60 т.р.
Вахта 60/30, гр. 11 ч/день, без вых. Проезд до объекта и обратно за счёт орг.
Оформл. по ТК с 1-го дня. Бригадам приоритет. Межвахта не оплач.
""",
    )
    assert quoted(answerer, page, "проезд за свой счет?").startswith("Проезд до объекта")


def test_a_channels_answer_marked_with_an_arrow_is_the_authors(answerer: Answerer) -> None:
    # A Telegram channel's post with its comments, each answer «↳» under the question it
    # answers: the channel's words are what it answered, not its name's line.
    channel = ad(
        "Бариста",
        """Зерно и Пена | кофейни СПб
12 480 подписчиков

Ищем бариста в команду! ☕️
Что по деньгам: ставка 280 ₽/час + чаевые
График 2/2 по 12 часов

❤️ 214  🔥 57  👍 38
👁 9,8K   изменено  14:05

Комментарии (47)

Дмитрий
Медкнижка нужна?
↳ Зерно и Пена | кофейни СПб
да, нужна. если нет — оформляем за наш счёт

Ксюша
ногти/тату можно?
↳ Зерно и Пена | кофейни СПб
тату без проблем, маникюр только короткий
""",
        front="company: Зерно и Пена (сеть кофеен)\n",
    )
    assert "тату без проблем" in quoted(answerer, channel, "у меня рукав тату, норм?")
    assert "за наш счёт" in quoted(answerer, channel, "медкнижку за чей счет делать")


def test_a_channels_answer_to_another_question_yields_to_the_one_asked(
    answerer: Answerer,
) -> None:
    # The channel's answer under «карьерный рост есть?» names a rate too, but it answers the
    # way up; the one under «сколько в среднем выходит за месяц?» answers what is asked.
    channel = ad(
        "Бариста",
        """Зерно и Пена | кофейни СПб
12 480 подписчиков

Ищем бариста в команду! ☕️
Что по деньгам: ставка 280 ₽/час + чаевые
График 2/2 по 12 часов

Комментарии (47)

Катя Морозова
а сколько в среднем выходит за месяц?
↳ Зерно и Пена | кофейни СПб
в среднем у ребят выходит 55–65 тыс. с чаевыми при 15 сменах

Petr
карьерный рост есть?
↳ Зерно и Пена | кофейни СПб
старший бариста через 3-4 месяца, ставка там 330 ₽/час
""",
        front="company: Зерно и Пена (сеть кофеен)\n",
    )
    assert "55–65 тыс" in quoted(answerer, channel, "а в месяц в итоге сколько получается")


def test_the_managers_number_is_on_the_line_under_her_name(answerer: Answerer) -> None:
    # A job board's card: whom to call named on one line, the number two lines on.
    card = ad(
        "Кладовщик-комплектовщик",
        """Кладовщик-комплектовщик (склад маркетплейса)

з/п от 72 000 до 95 000 ₽ на руки
Опыт работы: не требуется
График: сменный

Что нужно делать:
• сборка заказов покупателей по заданию на ТСД (сканер)
• приёмка товара от поставщиков, сверка с накладными
• размещение товара по ячейкам хранения
• упаковка заказов в пакеты и короба, маркировка

Мы ждём:
- возраст от 18 лет
- внимательность, готовность работать в темпе

Мы предлагаем:
- оформление по ТК РФ с первого рабочего дня, белая зп
- график 2/2 по 12 часов, дневные смены с 8:00 до 20:00, ночные с 20:00 до 8:00
- ставка за смену 4 200 ₽ день / 4 900 ₽ ночь + премия за выработку
- выплаты 2 раза в месяц: 10 и 25 числа, на карту любого банка
- бесплатное горячее питание в каждую смену
- выдаём спецодежду: футболку, жилет, утеплённую куртку

Собеседование проходит в день обращения, с собой паспорт, СНИЛС и ИНН.
Приходите с пн по пт с 10 до 16 в офис подбора на КПП №2 или звоните менеджеру Алине.
Контактное лицо: Алина, менеджер по подбору персонала
Телефон: +7 (900) 000-42-17 (звонки и WhatsApp)
""",
    )
    assert "000-42-17" in quoted(answerer, card, "дайте номер менеджера")


def test_an_employees_words_signed_after_them_are_no_terms(answerer: Answerer) -> None:
    # A careers page's testimonials, the words first and the name after a dash: what one
    # operator found, not what the company gives.
    page = ad(
        "Оператор входящей линии",
        """Удалённо: после 1 месяца работы в офисе можно перейти на удалёнку.
Для дома нужна гарнитура с шумоподавлением и проводной интернет от 50 Мбит/с.

Что говорят наши сотрудники
«Пришла студенткой на 4 часа в день, теперь старший оператор» — Дарья К., 2 года с нами
«Работаю из дома, за интернет мне доплачивают, бонусы реально платят» — Игорь С., оператор
«После декрета искала что-то спокойное, без продаж — нашла» — Анна Л., 8 месяцев с нами
""",
    )
    assert quoted(answerer, page, "интернет для удаленки компенсируете?") == ""


def test_a_notices_field_block_is_headed_by_its_title(answerer: Answerer) -> None:
    # An Indian government notification: a title over fields with their colons set apart, and
    # each fee its own line though it ends in "/-".
    notice = ad(
        "Junior Assistant",
        """Important Dates
Online Application Start : 21/07/2025
Last Date to Apply Online : 20/08/2025

Application Fee
General / OBC / EWS : ₹600/-
SC / ST : ₹300/-
PwBD / Female (all categories) : ₹0/- (Exempted)
Pay the Examination Fee through Debit Card, Credit Card, Net Banking or UPI only
""",
        lang="en",
    )
    assert quoted(answerer, notice, "fees for obc candidate") == "General / OBC / EWS : ₹600/-"


def test_a_shifts_pay_with_overtime_after_it_is_still_the_pay(answerer: Answerer) -> None:
    # A notice-board poster: the loader's pay per shift, then what overtime adds, then another
    # role's rate. Asked the pay, the poster's own rate answers, not the other role's.
    poster = ad(
        "Грузчик",
        """ТРЕБУЮТСЯ ГРУЗЧИКИ!!!

Оплата КАЖДЫЙ ДЕНЬ наличными или на карту
2 500 руб. за смену (8:00 – 20:00), переработка – доплата 300 р/час
Грузчик-комплектовщик (с опытом) – 3 200 руб./смена
""",
    )
    assert "2 500 руб. за смену" in quoted(answerer, poster, "скока за смену платят")


def test_a_close_runner_up_with_every_word_asked_answers_when_the_best_fails(
    answerer: Answerer,
) -> None:
    # "do i get paid during induction": the best line, on the pay alone, says nothing of the
    # induction; the runner-up, "a paid two-week induction", holds both words. "how many
    # families": of three lines tied on the families, the one that gives a figure.
    carer = fixture("blind-t", "care-assistant-norwich")
    assert "paid two-week induction" in quoted(answerer, carer, "do i get paid during induction")
    worker = fixture("blind-az", "family-support-worker-sheffield")
    assert "caseload of around 12 families" in quoted(
        answerer, worker, "how many families would i have"
    )


RENTAL = ad(
    "Прокатчик",
    """Прокат снаряжения у подъёмника ищет сотрудника на сезон.

Деньги:
• оклад 45 000 ₽ в месяц + 3% от выручки смены;
• бонус за весь сезон — 40 000 ₽, выплачивается в мае;
• в новогодние праздники двойная оплата дней.

График: 6/1, с 8:30 до 18:30.
""",
)


def test_a_runner_up_showing_the_extra_answers_when_the_best_shows_another(
    answerer: Answerer,
) -> None:
    # «на новый год доплата будет?»: the pay line has something on top («+ 3% от выручки»), but
    # not for the holidays, and is refused; the line just below, on the holidays' double pay,
    # shows what is asked and answers.
    assert "двойная оплата дней" in quoted(answerer, RENTAL, "на новый год доплата будет?")
    # Nothing on top for nights: the posting does not say.
    assert quoted(answerer, RENTAL, "за ночь доплата будет?") == ""


def test_when_pay_comes_is_sought_in_a_close_runner_up(answerer: Answerer) -> None:
    # «зп когда выдают»: the pay line («ЗП: оклад … + % с продаж») says nothing of when; the
    # next line gives the paydays («2 раза в месяц, 5 и 20 числа») and answers.
    shop = fixture("blind-cd", "prodavec-konsultant-telefony-tashkent")
    assert "5 и 20 числа" in quoted(answerer, shop, "зп когда выдают")


def test_an_unmistakable_answer_is_sought_a_little_further_down(answerer: Answerer) -> None:
    # "what time does the shift start": the best line («pick your start date and shift») names
    # no hour; the shift line with "8:00pm-6:30am" scores less than 0.8 of it, yet a time of day
    # is no near miss. «зп раз в месяц?»: «зп каждую неделю по понедельникам» below a line on a
    # monthly bonus.
    warehouse = fixture("blind-e", "warehouse-associate-overnight-sparks")
    assert "8:00pm-6:30am" in quoted(answerer, warehouse, "what time does the shift start")
    barista = fixture("blind-ba", "barista-zerno-i-par-krd")
    assert "каждую неделю по понедельникам" in quoted(answerer, barista, "зп раз в месяц?")


def test_a_sum_asked_apart_from_another_needs_a_figure_of_its_own(answerer: Answerer) -> None:
    # «оклад без премии» asks the base pay alone: a sum of the two together does not say it.
    confectioner = ad(
        "Кондитер",
        """## Условия

- заработная плата 55 000 – 70 000 руб. (оклад + премия за выполнение плана), выплаты 2 раза в \\
месяц
- график 5/2 с 7:00 до 16:00
""",
    )
    assert quoted(answerer, confectioner, "оклад сколько без премии") == ""
    assert "55 000" in quoted(answerer, confectioner, "какая зарплата?")
    clerk = ad(
        "Специалист офиса",
        """## Условия

- белая заработная плата — оклад 48 000 ₽ + ежемесячная премия по итогам выполнения плана
- график 5/2 с 9:00 до 18:00
""",
    )
    assert "оклад 48 000" in quoted(answerer, clerk, "оклад скока без премии")
    # A sign names the other as its word does: «% от продаж» is the percent.
    pharmacist = ad(
        "Фармацевт",
        """## Условия

- сменный график 2/2 с 8:00 до 20:00 — обсуждается оклад + % от продаж, выплаты 2 раза в месяц
""",
    )
    assert quoted(answerer, pharmacist, "а оклад какой без процентов?") == ""


def test_a_figure_of_another_part_of_the_line_is_no_answer(answerer: Answerer) -> None:
    # The regional extra is named beside the federal one's sum, with none of its own.
    teacher = ad(
        "Учитель начальных классов",
        """## Условия

- Ежемесячная доплата за классное руководство 5 000 руб. (федеральная) + региональная доплата.
- Заработная плата от 38 000 до 52 000 руб.
""",
    )
    assert quoted(answerer, teacher, "региональная доплата сколько") == ""
    assert "5 000" in quoted(answerer, teacher, "за классное руководство сколько доплата?")


def test_the_means_to_eat_do_not_say_meals_are_given(answerer: Answerer) -> None:
    # A microwave in the rest room is where one heats one's own food, no meal from the employer.
    guard = ad(
        "Охранник в ТЦ",
        """## Условия

- график сутки через трое, 3 300 ₽ за сутки
- Для сотрудников есть комната отдыха с микроволновкой и холодильником.
""",
    )
    assert quoted(answerer, guard, "питание предоставляется?") == ""
    assert "микроволновкой" in quoted(answerer, guard, "где поесть можно?")


def test_a_job_the_posting_does_not_offer_is_not_answered_by_its_pay(answerer: Answerer) -> None:
    # The dishwasher is named once, in passing: the pay line is the waiters'.
    waiter = ad(
        "Официант в кафе",
        """## Условия

- оплата 250 ₽/час + чаевые, выплата каждую неделю по пятницам
- график 2/2 с 10:00 до 22:00

P.P.S. На кухню тоже ищем посудомойку, подробности в личке.
""",
    )
    assert quoted(answerer, waiter, "посудомойке сколько платят") == ""
    assert "250 ₽/час" in quoted(answerer, waiter, "официанткой сколько платят?")


def test_in_some_months_asks_whether_the_job_changes(answerer: Answerer) -> None:
    # «через полгода» asks of a change: the pay as it is now does not say.
    nanny = ad(
        "Няня",
        """## Условия

- Оплата: 85 000 ₽ в месяц на руки, выплачиваем 2 раза в месяц
- Требования: возраст от 18 лет, опыт с детьми
""",
    )
    assert quoted(answerer, nanny, "через полгода зп повысите?") == ""
    # The candidate's own age to come is no change of the job.
    assert "от 18 лет" in quoted(answerer, nanny, "мне 17, через месяц 18, можно?")


def test_where_the_company_is_does_not_say_it_hires_there(answerer: Answerer) -> None:
    # The chain is in two cities; the posting hires in one.
    cook = ad(
        "Повар-сушист в Алматы",
        """Yamato Roll — сеть из 14 точек доставки японской кухни в Алматы и Астане.

## Условия

- оплата 12 000 ₸ за смену, график 2/2
""",
    )
    assert quoted(answerer, cook, "в астане есть вакансия?") == ""


def test_a_day_s_hours_do_not_say_whether_there_are_night_shifts(answerer: Answerer) -> None:
    loader = ad(
        "Грузчик",
        """## Условия

- 2 500 руб. за смену (8:00 – 20:00), переработка – доплата 300 р/час
""",
    )
    assert quoted(answerer, loader, "ночные смены есть?") == ""
    # Hours that reach into the night answer it.
    picker = ad(
        "Комплектовщик",
        """## Условия

- 3 800 руб. за смену (20:00 – 08:00), выплаты каждую неделю
""",
    )
    assert "20:00 – 08:00" in quoted(answerer, picker, "ночные смены есть?")


def test_the_way_there_does_not_say_the_way_back(answerer: Answerer) -> None:
    cook = ad(
        "Повар в столовую",
        """## Условия

- служебный автобус утром от м. Заельцовская в 5:30
- питание бесплатно
""",
    )
    assert quoted(answerer, cook, "а обратно после смены автобус везет?") == ""
    assert "5:30" in quoted(answerer, cook, "служебный автобус есть?")


def test_how_often_pay_comes_is_no_monthly_sum(answerer: Answerer) -> None:
    operator = ad(
        "Оператор call-центра",
        """## Оплата

- Оплата: зарплата перечисляется на карту 2 раза в месяц
- почасовая ставка плюс премия за качество обслуживания
""",
    )
    assert quoted(answerer, operator, "сколько в месяц выходит на руки") == ""
    assert "2 раза в месяц" in quoted(answerer, operator, "сколько раз в месяц платят?")


def test_a_time_of_day_is_no_amount_asked(answerer: Answerer) -> None:
    # "How much" is not answered by the hours a premium is paid in, but by its sum.
    courier = ad(
        "Courier",
        """## Pay

- Peak boosts — extra money at lunch (11:30–14:00) and dinner (17:30–21:30) in busy zones.
- Night differential is paid for hours worked between 6:00 p.m. and 6:00 a.m.
""",
        lang="en",
    )
    assert quoted(answerer, courier, "how much is the peak boost exactly") == ""
    assert quoted(answerer, courier, "how much is the night differential, like 10%?") == ""
    cashier = ad(
        "Cashier",
        """## Pay

- $18.50 per hour, shifts 9:00–17:00
""",
        lang="en",
    )
    assert "$18.50" in quoted(answerer, cashier, "how much does it pay")
    # «к скольки» asks a time of day, and «сутки через трое» counts the days off.
    mover = ad(
        "Грузчик",
        """## Условия

- сбор у шлагбаума к 8:00
- график сутки через трое
""",
    )
    assert "8:00" in quoted(answerer, mover, "к скольки приходить")
    assert "трое" in quoted(answerer, mover, "скок выходных после смены")


def test_a_percent_asked_needs_a_line_with_a_percentage(answerer: Answerer) -> None:
    # "whats the bonus percent" asks a share, which a line naming the bonus beside a salary
    # range does not give.
    manager = ad(
        "Program Manager",
        """## Compensation

- The US base salary range for this position is $142,000-$209,000 + bonus + equity.
- 401(k) with a 4% company match
""",
        lang="en",
    )
    assert quoted(answerer, manager, "whats the bonus percent") == ""
    assert "4%" in quoted(answerer, manager, "what is the 401k match percentage")
    nurse = ad(
        "Staff Nurse",
        """## Benefits

- Salary 3.5 to 5 LPA, free accommodation, night shift allowance, annual increment, 12 days leave.
""",
        lang="en",
    )
    assert quoted(answerer, nurse, "annual increment how much percent") == ""


def test_whether_a_shift_pays_extra_needs_a_line_on_extra_pay(answerer: Answerer) -> None:
    # A line that only says the shift or the overtime is there does not say it pays more.
    support = ad(
        "Support Specialist",
        """## Schedule

- Monday–Friday, 6:00am-2:30pm, plus one Saturday shift (7am-1pm) per month
- Occasional fieldwork on the estuary, including some early mornings and weekends.
- Rotating shifts, 06:00-14:00 / 14:00-22:00, Monday to Saturday
- Overtime available
""",
        lang="en",
    )
    assert quoted(answerer, support, "does the saturday shift pay extra") == ""
    assert quoted(answerer, support, "do u pay extra for the weekend fieldwork") == ""
    assert quoted(answerer, support, "is there a shift allowance for late shift") == ""
    assert quoted(answerer, support, "what's overtime paid at") == ""
    landscaper = ad(
        "Landscaper",
        """## Pay

- Saturdays are paid at time and a half
""",
        lang="en",
    )
    assert "time and a half" in quoted(answerer, landscaper, "does the saturday shift pay extra")


def test_how_long_the_probation_is_needs_its_own_length(answerer: Answerer) -> None:
    # The length in a line that names the probation may be another thing's.
    accountant = ad(
        "Junior Accountant",
        """## Benefits

- Hybrid working — 3 days in the office, 2 from home after probation
- 5.6 weeks' holiday, a free hot meal on every shift, and a bonus once you pass probation
""",
        lang="en",
    )
    assert quoted(answerer, accountant, "how long is probation") == ""
    clerk = ad(
        "Clerk",
        """## Terms

- Permanent, full time, with a 6-month probation period
""",
        lang="en",
    )
    assert "6-month" in quoted(answerer, clerk, "how long is probation")


def test_a_figure_asked_with_its_unit_is_not_another_units_figure(answerer: Answerer) -> None:
    # "4 day week" asks of days: "4 hours" of overlap is another count.
    engineer = ad(
        "Senior Go Engineer",
        """## How we work

- You must be able to overlap at least 4 hours with US Eastern Time (9am–1pm ET).
""",
        lang="en",
    )
    assert quoted(answerer, engineer, "can i do a 4 day week") == ""
    picker = ad(
        "Picker",
        """## Hours

- 4 days a week, 10 hours a day, Monday to Thursday
""",
        lang="en",
    )
    assert "4 days a week" in quoted(answerer, picker, "can i do a 4 day week")


def test_a_sum_per_month_does_not_say_how_often_it_is_paid(answerer: Answerer) -> None:
    # "per month" after a sum is the rate's unit; how often pay comes is another thing.
    agent = fixture("blind-aq", "csr-bpo-cebu-jobstreet")
    assert quoted(answerer, agent, "do u pay weekly") == ""
    picker = ad(
        "Picker",
        """## Pay

- $18.25/hr, paid weekly every Friday
""",
        lang="en",
    )
    assert "weekly" in quoted(answerer, picker, "do u pay weekly")


def test_when_a_perk_begins_is_no_amount_of_it(answerer: Answerer) -> None:
    # "after 1 year" says when the tuition help starts, not how much it is.
    cna = ad(
        "CNA",
        """## Benefits

- We offer: medical/dental/vision for full-time staff, PTO accrual from day one, tuition help toward LPN school after 1 year, free meals on shift, scrubs provided (2 sets), and a $3,000 sign-on bonus for full-time CNAs ($1,000 after 30 days, $2,000 after 6 months).
""",  # noqa: E501
        lang="en",
    )
    assert quoted(answerer, cna, "how much is the tuition help") == ""
    assert "$3,000" in quoted(answerer, cna, "how much is the sign on bonus")


def test_whether_pay_comes_monthly_asks_how_often_not_whether_paid(answerer: Answerer) -> None:
    # A line that names the pay band says nothing of how often the salary is paid.
    caseworker = fixture("blind-au", "casework-officer-rpia")
    assert quoted(answerer, caseworker, "is the salary paid monthly") == ""
    picker = ad(
        "Picker",
        """## Pay

- $18.25/hr, paid weekly every Friday
""",
        lang="en",
    )
    assert "weekly" in quoted(answerer, picker, "is the pay paid weekly")


def test_the_company_introduction_does_not_say_what_it_gives_staff(answerer: Answerer) -> None:
    # Whom the company seeks, or what it makes, is not what it gives the people it hires.
    receptionist = fixture("blind-ao", "receptionist-dubai-bayt")
    assert quoted(answerer, receptionist, "do u provide uniform") == ""
    seamstress = fixture("blind-bf", "begushchaya-stroka-shveya-kineshma")
    assert quoted(answerer, seamstress, "спецодежду работникам то дают?") == ""


def test_what_comes_after_the_training_needs_a_line_on_after_it(answerer: Answerer) -> None:
    # The training's own hours do not say when the shifts start once it is over.
    rep = ad(
        "Customer Service Representative",
        """## Schedule

- Paid training: 3 weeks in the office, Monday-Friday 9am-5:30pm
""",
        lang="en",
    )
    assert quoted(answerer, rep, "after training, what time do shifts start?") == ""
    later = ad(
        "Customer Service Representative",
        """## Schedule

- Paid training: 3 weeks in the office, Monday-Friday 9am-5:30pm
- After training, shifts start at 2pm and end at 10:30pm
""",
        lang="en",
    )
    assert "2pm" in quoted(answerer, later, "after training, what time do shifts start?")


def test_a_training_named_by_another_name_is_another_kind(answerer: Answerer) -> None:
    # "Makaton training" is a kind of training; autism training is not said.
    assistant = ad(
        "Teaching Assistant",
        """## Benefits

- Ongoing CPD including Makaton training
""",
        lang="en",
    )
    assert quoted(answerer, assistant, "will i get autism training") == ""
    assert "Makaton" in quoted(answerer, assistant, "will i get makaton training")
    assert "Makaton" in quoted(answerer, assistant, "will i get training")


def test_a_line_of_what_is_mandatory_does_not_say_it_is_given(answerer: Answerer) -> None:
    # "ACLS preferred" is what the candidate should bring, not training the hospital gives.
    nurse = fixture("blind-ag", "staff-nurse-icu-pune")
    assert quoted(answerer, nurse, "hospital gives ACLS training?") == ""


def test_what_happens_once_i_join_needs_a_line_on_a_change(answerer: Answerer) -> None:
    # What the course costs before joining does not say whether it is refunded after.
    waiter = fixture("blind-am", "assistant-waiter-cruise-baltic-crew")
    assert quoted(answerer, waiter, "do they refund the stcw course after i join") == ""


def test_a_figure_in_a_name_is_no_count(answerer: Answerer) -> None:
    # "401(k)" names a retirement plan and "Class 1" a licence: neither counts what is asked.
    picker = ad(
        "Picker",
        """## Benefits

- Part-time associates get 401(k) and paid time off, but not medical coverage
""",
        lang="en",
    )
    assert quoted(answerer, picker, "how many hours of pto do i get") == ""
    driver = ad(
        "Driver",
        """## About the job

- HGV Class 1 Driver – Nights – Doncaster
""",
        lang="en",
    )
    assert quoted(answerer, driver, "how many drivers on nights") == ""
    nurse = ad(
        "Nurse",
        """## Benefits

- 20 days PTO and a 401(k) with a 4% match
""",
        lang="en",
    )
    assert "20 days" in quoted(answerer, nurse, "how many days of pto do i get")


def test_a_count_of_weeks_needs_a_line_that_names_weeks(answerer: Answerer) -> None:
    # When the paid vacation begins is no count of its weeks, nor a shift pattern of the hours.
    driver = ad(
        "Driver",
        """## Benefits

- health, dental, vision after 30 days (company pays 70%), paid vacation after 6 months, $2,000 sign-on bonus paid out over 6 months.
- Shift: 4 on 4 off, 18:00 – 06:00
""",  # noqa: E501
        lang="en",
    )
    assert quoted(answerer, driver, "how many weeks of paid vacation") == ""
    assert quoted(answerer, driver, "how many hours a week are guaranteed") == ""
    analyst = ad(
        "Analyst",
        """## How we work

- Hybrid: Tuesdays and Thursdays in the office, 3 days from home
""",
        lang="en",
    )
    assert "Tuesdays" in quoted(answerer, analyst, "how many days in office for hybrid")


def test_a_count_of_a_unit_is_sought_in_a_runner_up_of_that_unit(answerer: Answerer) -> None:
    # "how many hours a week": the rota's "2 weeks" counts weeks; the line of hours just below
    # answers. A sum per hour counts no hours, so it is not sought in its place.
    cook = ad(
        "Line Cook",
        """## The job

- Rota is done on Planday and published 2 weeks in advance.
- Usually 40–45 hours over 5 days, mix of day and evening shifts.
- Free staff meal on every shift.
""",
        lang="en",
    )
    assert "40–45 hours" in quoted(answerer, cook, "how many hours a week is it")
    assert "40–45 hours" in quoted(answerer, cook, "how many hrs a week")
    porter = ad(
        "Kitchen Porter",
        """## Pay

- Rota is published 2 weeks in advance.
- Pay: £11.50 per hour, paid weekly
""",
        lang="en",
    )
    assert quoted(answerer, porter, "how many hours a week is it") == ""


def test_a_count_of_vacation_days_needs_a_line_that_names_days(answerer: Answerer) -> None:
    # Paid holidays are not days of vacation: the line counts no days.
    operator = ad(
        "Bus operator",
        """## Benefits

- Retirement through Oregon PERS, paid sick leave, 11 paid holidays.
- 10 vacation days a year, rising with service
""",
        lang="en",
    )
    assert "10 vacation days" in quoted(answerer, operator, "how many vacation days do u get")
    trainee = ad(
        "Bus operator trainee",
        """## Benefits

- Retirement through Oregon PERS, paid sick leave, 11 paid holidays.
""",
        lang="en",
    )
    assert quoted(answerer, trainee, "how many vacation days do u get") == ""


def test_a_name_asked_needs_a_line_that_names_one(answerer: Answerer) -> None:
    # A line that speaks of the hiring manager or the insurance does not say who or which.
    researcher = fixture("blind-q", "ux-researcher-london")
    assert quoted(answerer, researcher, "who is the hiring manager") == ""
    csm = fixture("blind-ba", "senior-csm-tallyforge-remote")
    assert quoted(answerer, csm, "which insurance carrier is it, is my doctor in network") == ""
    logged = ad("Sales", "## Duties\n\n- We log every call in the CRM (Salesforce)\n", lang="en")
    assert "Salesforce" in quoted(answerer, logged, "which crm do you use")
    teller = ad("Teller", "## Pay\n\n- Salary paid into your account with Barclays\n", lang="en")
    assert "Barclays" in quoted(answerer, teller, "which bank is the salary paid to")


def test_whether_i_pay_myself_needs_a_line_on_who_pays(answerer: Answerer) -> None:
    # A perk listed among the benefits does not say whether the candidate pays for it.
    engineer = fixture("blind-y", "qa-engineer-fintech-warsaw")
    assert quoted(answerer, engineer, "do i pay for multisport myself") == ""
    assert "Multisport" in quoted(answerer, engineer, "is there multisport")


def test_a_laptop_asked_needs_a_line_that_names_one(answerer: Answerer) -> None:
    # A budget for the home office is not a laptop.
    engineer = fixture("blind-az", "senior-go-engineer-parcelwise-remote")
    assert quoted(answerer, engineer, "do you send a laptop") == ""
    founder = fixture("blind-av", "founding-backend-wellfound")
    assert quoted(answerer, founder, "do you send a laptop") == ""
    developer = ad(
        "Developer",
        """## What we offer

- MacBook Pro and a second monitor sent to your home
""",
        lang="en",
    )
    assert "MacBook" in quoted(answerer, developer, "do i get a laptop")


def test_the_one_site_of_the_posting_does_not_say_where_the_second_is(answerer: Answerer) -> None:
    # The posting is for one clinic and one line; the candidate asks of the other.
    receptionist = ad(
        "Администратор стоматологии",
        """## Адрес

Красный проспект, 157, 5 минут от м. Заельцовская

## Условия

- зарплата от 38 000 до 52 000 ₽, выплаты 2 раза в месяц
- оператор первой линии, через полгода можно перейти на вторую линию
""",
    )
    assert quoted(answerer, receptionist, "а вторая клиника где") == ""
    assert "Красный проспект" in quoted(answerer, receptionist, "а клиника где")
    assert "вторую линию" in quoted(answerer, receptionist, "на вторую линию можно перейти?")


def test_a_lunch_hour_is_the_break_asked_and_not_the_meal_given(answerer: Answerer) -> None:
    # «Обед 40 минут с 12:30» is the break for lunch: it answers whether there is one, and
    # whether the staff are fed is answered by the line that feeds them.
    bakery = ad(
        "Пекарь",
        """График: 5/2 с 7:00 до 16:00.
Обед 40 минут с 12:30.
Обед бесплатный, в столовой цеха.
""",
    )
    assert "40 минут" in quoted(answerer, bakery, "перерыв на обед есть")
    assert "бесплатный" in quoted(answerer, bakery, "кормят на работе?")


def test_before_lunch_asks_a_part_of_the_day_not_a_meal(answerer: Answerer) -> None:
    # «до обеда» is the morning: a whole day's hours or the lunch break do not say it can be
    # worked alone.
    seller = ad(
        "Продавец",
        """## Условия

- График 2/2 с 8:00 до 20:00
- перерыв на обед 40 минут, есть микроволновка и чайник
""",
    )
    assert quoted(answerer, seller, "у меня ребенок, можно только до обеда работать") == ""
    assert quoted(answerer, seller, "можно брать только утренние смены? у меня ребенок") == ""
    maid = ad(
        "Горничная",
        """## Условия

- зарплата 45 000 ₽
- Подработка: смены с 8:00 до 13:00 по выходным
""",
    )
    assert "с 8:00 до 13:00" in quoted(answerer, maid, "можно только до обеда работать?")
    # The time asked is the answer: the start of the day says what time the morning begins.
    picker = ad("Fruit picker", "## Hours\n\n- 6am start, 38–50 hrs/week in peak\n")
    assert "6am start" in quoted(answerer, picker, "what time do we start in the morning")


def test_the_children_of_the_work_are_not_the_candidate_s_own(answerer: Answerer) -> None:
    # The animators work with children; the candidate asks of bringing their own.
    animator = ad(
        "Детский аниматор",
        """Набираем на сезон детских аниматоров (мини-клуб, дети 4–12 лет).

## Условия

- оплата 800 $ в месяц
""",
    )
    assert quoted(answerer, animator, "а с ребенком можно поехать") == ""
    teacher = ad(
        "Воспитатель",
        """Частный детский сад ищет воспитателя в старшую группу (дети 5–7 лет).

## Условия

- оплата 45 000 ₽
""",
    )
    assert quoted(answerer, teacher, "сколько стоит ваш сад для детей сотрудников?") == ""
    teacher = ad(
        "Воспитатель",
        """Частный детский сад ищет воспитателя в старшую группу (дети 5–7 лет).

## Условия

- скидка 50% на детский сад для детей сотрудников
""",
    )
    assert "для детей сотрудников" in quoted(
        answerer, teacher, "у меня сын 5 лет, есть скидка для детей сотрудников?"
    )


def test_a_rate_per_shift_is_no_sum_of_the_tips_per_shift(answerer: Answerer) -> None:
    # The shift is the unit the tips are asked in: the rate's figure is the rate's.
    waiter = ad(
        "Официант",
        """## Условия

- Ставка 2 200 ₽ за смену + 5% от личной выручки + все чаевые ваши
""",
    )
    assert quoted(answerer, waiter, "сколько в среднем чаевых выходит за смену?") == ""
    tipped = ad(
        "Официант",
        """## Условия

- Ставка 2 200 ₽ за смену + чаевые в среднем 1 500 ₽ за смену
""",
    )
    assert "1 500" in quoted(answerer, tipped, "сколько в среднем чаевых выходит за смену?")


def test_the_rate_and_the_share_do_not_say_what_they_come_to(answerer: Answerer) -> None:
    clerk = ad(
        "Сотрудник проката",
        """## Условия

- оклад 45 000 ₽ в месяц + 3% от выручки смены
""",
    )
    assert quoted(answerer, clerk, "сколько в среднем выходит с процентом") == ""
    assert "45 000" in quoted(answerer, clerk, "оклад сколько")
    averaged = ad(
        "Сотрудник проката",
        """## Условия

- оклад 45 000 ₽ в месяц + 3% от выручки смены, в среднем выходит 60 000 ₽
""",
    )
    assert "60 000" in quoted(answerer, averaged, "сколько в среднем выходит с процентом")


def test_a_job_s_people_are_counted_as_people_are(answerer: Answerer) -> None:
    # «сколько админов в смене» counts the people of the shift, as «сколько человек в смене».
    admin = ad(
        "Администратор стоматологии",
        """## Условия

- график 2/2 с 08:00 до 20:00
- оплата 60 000 ₽ в месяц
""",
    )
    assert quoted(answerer, admin, "сколько админов в смене") == ""
    counted = ad(
        "Администратор стоматологии",
        """## Условия

- график 2/2 с 08:00 до 20:00, в смене 2 администратора
""",
    )
    assert "в смене 2 администратора" in quoted(answerer, counted, "сколько админов в смене")


def test_what_a_bonus_is_paid_for_does_not_say_what_the_plan_is(answerer: Answerer) -> None:
    marketer = ad(
        "Performance-маркетолог",
        """## Условия

- 120 000–160 000 ₽ на руки + ежеквартальный бонус до 30% от оклада за выполнение плана по лидам
""",
    )
    assert quoted(answerer, marketer, "какой план по лидам") == ""
    assert "бонус до 30%" in quoted(answerer, marketer, "премия за план сколько процентов")
    seller = ad(
        "Менеджер по продажам кухонь",
        """## Условия

- зарплата 95 000 ₽ при выполнении личного плана продаж (в среднем 6–8 договоров в месяц)
""",
    )
    assert "6–8 договоров" in quoted(answerer, seller, "план сколько договоров")


def test_a_higher_rate_asked_needs_a_line_on_extra_pay(answerer: Answerer) -> None:
    picker = ad(
        "Fruit Picker",
        """## Hours

- Monday to Saturday, 7:00 am to 3:30 pm. No work in heavy rain – those hours are not paid.

## Pay

- $24.95 per hour, paid weekly
""",
        lang="en",
    )
    # The Saturday hours and the unpaid rain hours say nothing of a higher rate on Saturdays.
    assert quoted(answerer, picker, "is saturday paid at a higher rate") == ""
    assert quoted(answerer, picker, "are saturdays paid at an enhanced rate?") == ""
    crew = ad(
        "Landscape Crew Member",
        """## Pay

- $19/hr to start, Monday to Friday
- Saturdays are optional and paid at time and a half
""",
        lang="en",
    )
    assert "time and a half" in quoted(answerer, crew, "is saturday paid at a higher rate")


def test_how_long_the_hiring_process_takes_is_not_a_steps_length(answerer: Answerer) -> None:
    writer = ad(
        "Technical Writer",
        """## How we hire

Intro call (30 min) → writing exercise (2 hours, unpaid) → panel with two engineers → references.
""",
        lang="en",
    )
    # Each step's length is given, the whole process's is not: the posting does not say.
    assert quoted(answerer, writer, "how long does the hiring process take") == ""
    assert "Intro call" in quoted(answerer, writer, "what is the interview process")
    analyst = ad(
        "Data Analyst",
        """## How we hire

Intro call (30 min) → take-home task → final interview. We usually finish within 3 weeks.
""",
        lang="en",
    )
    assert "3 weeks" in quoted(answerer, analyst, "how long does the hiring process take")


def test_pay_during_the_rest_between_shifts_needs_a_line_that_speaks_of_pay(
    answerer: Answerer,
) -> None:
    # «за межвахту что-нибудь платят» asks the pay of the rest between two rotations: the
    # rotation's length, which names the rest, does not say it is paid.
    fitter = ad(
        "Монтажник металлоконструкций (вахта)",
        """## Условия

- вахта 60/30 (60 дней на объекте, 30 дней межвахта), возможна вахта 45/45 для опытных
- проживание в вагон-городке, трёхразовое питание
""",
    )
    assert quoted(answerer, fitter, "за межвахту что-нибудь платят") == ""
    assert "60/30" in quoted(answerer, fitter, "график вахты какой")
    paid = ad(
        "Бетонщик (вахта)",
        """## Условия

- вахта 30/30, межвахтовый отдых не оплачивается
- проезд от Тюмени за счёт компании
""",
    )
    assert "не оплачивается" in quoted(answerer, paid, "межвахта оплачивается?")
    assert "не оплачивается" in quoted(answerer, paid, "за межвахту что-нибудь платят")


def test_which_metro_needs_a_line_that_names_a_station(answerer: Answerer) -> None:
    # «какое метро рядом» asks the station's name: the city or the taxi home names none.
    cinema = ad(
        "Кассир кинотеатра",
        """## Условия

- Город: Санкт-Петербург
- После смен, которые заканчиваются после 00:30, компенсируем такси до дома в пределах города
""",
    )
    assert quoted(answerer, cinema, "какое метро рядом") == ""
    recruiter = ad(
        "Рекрутер массового подбора",
        """## Условия

- Город: Санкт-Петербург
- гибридный график: 3 дня в офисе (м. Чёрная речка), 2 дня дома
""",
    )
    assert "Чёрная речка" in quoted(answerer, recruiter, "офис у какого метро")


def test_the_weather_where_the_job_is_is_small_talk(answerer: Answerer) -> None:
    # A line that mentions the weather or the region does not tell what the weather is like.
    crew = fixture("blind-bg", "landscape-crew-boise-craigslist")
    chat = answerer.answer(crew, "hows the weather out there lol")
    assert chat.small_talk and not chat.answered
    butcher = fixture("blind-bh", "eures-butcher-landshut-de")
    assert quoted(answerer, butcher, "whats the weather like in bavaria") == ""
    assert not answerer.answer(crew, "do we work in bad weather").small_talk


def test_the_world_asked_with_a_place_or_a_game_the_posting_names_is_small_talk(
    answerer: Answerer,
) -> None:
    # The weather in the job's city, yesterday's match, the dollar today, a series to watch: a
    # line naming the city, a football cup or a time in the evening says nothing of them.
    loader = ad(
        "Грузчик",
        """Город: Тверь

## Условия

- оплата в долларах по курсу дня выплаты
- корпоративный кубок по футболу, Совет молодёжи
- смены с 16:00 до 23:00, вечером развозка
""",
    )
    for question in (
        "какая погода в твери",
        "кто вчера в футбол выиграл",
        "какой курс доллара щас",
        "посоветуй сериал на вечер",
    ):
        chat = answerer.answer(loader, question)
        assert chat.small_talk and not chat.answered, question
    assert "курсу дня" in quoted(answerer, loader, "по какому курсу платите")
    clerk = ad(
        "Program Support Assistant",
        """## Pay

- Salary includes locality pay for the Kansas City, MO-KS area.
""",
        lang="en",
    )
    assert answerer.answer(clerk, "hows the weather in kansas city").small_talk


def test_pay_of_one_grade_is_not_said_by_the_pay_of_another(answerer: Answerer) -> None:
    # The 3rd grade's pay says nothing of the 4th's; a range of grades holding it does.
    apprentice = ad(
        "Ученик оператора станков с ЧПУ",
        """## Условия

- стипендия 45 000 ₽ на время обучения
- после экзамена доход оператора 3 разряда от 70 000 ₽ до вычета НДФЛ
""",
    )
    assert quoted(answerer, apprentice, "скока платят на 4 разряде") == ""
    assert "3 разряда" in quoted(answerer, apprentice, "сколько платят на 3 разряде")
    welder = ad(
        "Сварщик",
        """## Условия

- сварщикам 4–5 разряда от 90 000 ₽ в месяц
""",
    )
    assert "90 000" in quoted(answerer, welder, "сколько платят сварщику 4 разряда")


def test_how_much_of_the_pay_is_not_said_by_the_days_it_comes(answerer: Answerer) -> None:
    # «аванс 25-го» says when the advance comes, not how much it is; nor do paydays say the
    # pay of a part of the year.
    clinic = ad(
        "Ассистент ветврача",
        """## Условия

- оформление по ТК, аванс 25-го, расчёт 10-го числа
""",
    )
    assert quoted(answerer, clinic, "аванс сколько примерно") == ""
    assert "25-го" in quoted(answerer, clinic, "аванс когда")
    studio = ad(
        "2D-художник",
        """## Оплата

- выплаты 2 раза в месяц, 5-го и 20-го, на карту
""",
    )
    assert quoted(answerer, studio, "на летней стажировке скока платят") == ""


def test_a_leave_of_another_kind_is_no_holiday(answerer: Answerer) -> None:
    # A student's leave for the session says nothing of the yearly leave; asked of the session,
    # it answers.
    apprentice = ad(
        "Ученик оператора ЧПУ",
        """## Вопросы

- Можно ли учиться заочно? — Да, на время сессии даем учебный отпуск.
""",
    )
    assert quoted(answerer, apprentice, "отпуск ученикам положен") == ""
    assert "учебный отпуск" in quoted(answerer, apprentice, "на сессию отпуск дадут?")


def test_a_trade_listed_once_in_a_table_of_posts_is_not_the_job_described(
    answerer: Answerer,
) -> None:
    # The commandant's hours are no electrician's: the electrician is only a row of the table.
    campus = ad(
        "Комендант общежития",
        """## Вакансии

| № | Должность | Ставка | Оклад |
| --- | --- | --- | --- |
| 1 | Комендант общежития | 1,0 | 34 500 |
| 2 | Электромонтёр по ремонту электрооборудования | 1,0 | 31 000 |

## Комендант: условия

- пятидневная рабочая неделя, с 8:30 до 17:00
""",
    )
    assert quoted(answerer, campus, "у электромонтера график сменный или пятидневка") == ""
    assert "8:30" in quoted(answerer, campus, "у коменданта график какой")


def test_a_day_of_the_month_is_no_sum(answerer: Answerer) -> None:
    # «аванс 25-го» says when the advance comes, not how much it is.
    clinic = ad(
        "Ассистент ветврача",
        """## Условия

- график 2/2
- аванс 25-го, расчёт 10-го, на карту
""",
    )
    assert quoted(answerer, clinic, "аванс сколько примерно") == ""


def test_a_vk_reply_headed_with_whom_it_answers_is_the_employers_answer(
    answerer: Answerer,
) -> None:
    # VK prints a reply in a quote block under the comment, headed «<page> ответила <name>»:
    # the heading names who answers, and the lines under it are the answer, not a quote of the
    # comment. The employer's answer holds the front matter's pay, as a line of the text would.
    post = ad(
        "Бариста",
        """Кофейня «Зерно» | Казань
вчера в 14:32 · 📌 запись закреплена

Ищем бариста в команду! График 2/2, смены с 9:00 до 21:00. Обучим с нуля.

Комментарии

**Дина Хайруллина**
а зарплата какая? в посте не написали(
вчера в 14:58 · Ответить

> **Кофейня «Зерно»** ответила Дине
> Дина, на стажировке 38 000 ₽, после — от 45 000 до 55 000 ₽
> вчера в 15:10 · Ответить

**Камила**
я на 2 курсе, можно совмещать с учёбой?
вчера в 17:03 · Ответить

> **Кофейня «Зерно»** ответила Камиле
> Камила, да, для студентов можем сделать смены только по выходным 👍 Напишите в сообщения
> вчера в 17:20 · Ответить
""",
        front='company: "Кофейня «Зерно»"\nsalary:\n  from: 38000\n  to: 55000\n  currency: RUB\n',
    )
    assert [reply.asked for reply in post.replies] == [
        "а зарплата какая? в посте не написали(",
        "я на 2 курсе, можно совмещать с учёбой?",
    ]
    assert quoted(answerer, post, "я учусь в колледже, можно совмещать").startswith(
        "Камила, да, для студентов"
    )
    assert "после — от 45 000 до 55 000" in quoted(answerer, post, "зп какая")


def test_a_telegram_reply_headed_ответ_and_the_name_answered_is_the_channels_answer(
    answerer: Answerer,
) -> None:
    # A Telegram channel's comments head the channel's reply «<channel> ответ <name>», the name
    # sometimes with an emoji after it: the heading names who answers, and the lines under it
    # are the answer — the heading itself is no line to quote.
    post = ad(
        "Флорист",
        """Цветочная мастерская «Пион» | Казань
📌 закреплено

Ищем флориста на сезон! Смены 2/2 с 9:00 до 21:00, оплата 2 500 ₽ за смену.

💬 Комментарии (12)

**Лиля 🌷**
а обедать где? кормите?

> **Цветочная мастерская «Пион»** ответ Лиля 🌷
> Лиля, обед за счёт мастерской, заказываем из кафе напротив

**Рустам**
можно без опыта?

> **Цветочная мастерская «Пион»** ответ Рустам
> Рустам, да, две недели учим на месте
""",
        front='company: "Цветочная мастерская «Пион»"\n',
    )
    assert [reply.asked for reply in post.replies] == [
        "а обедать где? кормите?",
        "можно без опыта?",
    ]
    assert quoted(answerer, post, "на смене кормят?").startswith("Лиля, обед за счёт")


def test_a_reply_names_the_reason_of_an_extra_its_comment_asked_about(
    answerer: Answerer,
) -> None:
    # «за дрон доплата будет» — the channel's reply to «а дрон нужен? доплачиваете?» says the
    # extra in its second sentence, «Если есть — +3 000 ₽ за мероприятие»: the reason is named
    # by the comment it answers, and the reply gives its extra.
    post = ad(
        "Видеограф",
        """Студия «Кадр» | Казань
📌 закреплено

Ищем видеографа на свадьбы. Оплата 2 000 ₽ за час съемки.

💬 Комментарии (5)

**Роман**
а стабилизатор нужен? доплачиваете?

> **Студия «Кадр»** ответ Роман
> Стабилизатор не обязателен. Если есть и откалиброван — +1 500 ₽ за мероприятие
""",
        front='company: "Студия «Кадр»"\n',
    )
    assert "+1 500 ₽ за мероприятие" in quoted(
        answerer, post, "у меня ронин, за стабилизатор доплата будет"
    )


def test_a_meal_asked_by_any_form_of_the_verb_is_not_answered_by_a_snack_to_bring(
    answerer: Answerer,
) -> None:
    # «кормят на свадьбах?» — «договариваемся, чтобы команду покормили, …, возьмите перекус»:
    # the meal is asked in any form of the verb, and a line that names the meal answers it
    # whatever snack it also names.
    post = ad(
        "Фотограф",
        """Ищем второго фотографа на свадьбы. Оплата 1 500 ₽ за час.

Всегда договариваемся с заказчиком, чтобы команду покормили, но на всякий случай возьмите перекус.
""",
    )
    assert "команду покормили" in quoted(answerer, post, "на свадьбах кормят или с собой брать")


def test_a_bare_куда_обращаться_heading_ends_the_list_of_papers_above_it(
    answerer: Answerer,
) -> None:
    # A city page prints «Куда обращаться» alone on a line over the HR office's address and a
    # table of phones: a heading of the way in, not more of the papers to bring above it, so
    # the HR office's number is given when asked.
    post = ad(
        "Дворник",
        """МБУ «Горсвет» набирает дворников на сезон.

Документы для оформления

паспорт, СНИЛС, ИНН, трудовая книжка.

Куда обращаться

Отдел кадров: ул. Советская, д. 5, 1 этаж.

| Подразделение | Контактное лицо | Телефон |
|---|---|---|
| Отдел кадров | инспектор Петрова А. В. | 8 (4752) 00-11-22 |
| Гараж | механик | 8 (4752) 00-11-33 |
""",
    )
    assert "00-11-22" in quoted(answerer, post, "дайте номер отдела кадров")


def test_words_clipped_by_a_crew_or_a_notice_read_as_the_postings_words(
    answerer: Answerer,
) -> None:
    # «поливалка» is the watering truck of the table's row, «каб.» the room of the address,
    # «возят» what «доставляются служебным транспортом» says.
    post = ad(
        "Рабочий благоустройства",
        """Требуются:

| Должность | Кол-во ставок | Заработная плата | Требования |
|---|---|---|---|
| Рабочий благоустройства | 10 | 35 000 руб. | без опыта |
| Водитель поливомоечной машины | 3 | 55 000 – 62 000 руб. | категория С |
| Тракторист | 2 | 50 000 руб. | удостоверение тракториста |
| Озеленитель | 8 | 38 000 руб. | опыт желателен |

Сбор в 7:45 на базе по адресу: ул. Лесная, д. 3 (проезд автобусом № 5).

К месту работ и обратно на базу бригады доставляются служебным транспортом.

Отдел кадров: ул. Лесная, д. 3, 2 этаж, каб. 4.
""",
    )
    assert "55 000" in quoted(answerer, post, "на поливалке водителем какая зп")
    assert "каб. 4" in quoted(answerer, post, "куда подходить устраиваться, кабинет какой")
    assert "доставляются" in quoted(answerer, post, "по объектам самим добираться или возят")


def test_a_reply_in_a_quote_block_under_a_comment_headed_by_the_page_alone_is_its_answer(
    answerer: Answerer,
) -> None:
    # The same VK shape with the page's name alone over its answer: the quote block under a
    # comment's words is the page's reply to it, not the comment quoting the page.
    post = ad(
        "Бармен",
        """**Бар «Микрофон» | Екатеринбург**
закреплённая запись · 3 дня назад

Ищем бармена на ночные смены. Такси домой после 02:00 за счёт бара.

Комментарии

**Кирилл_ЕКБ**
такси только по городу?
> **Бар «Микрофон»**
> Кирилл, в пределах ЕКБ да, Верхняя Пышма и Берёзовский уже за свой счёт

**Ольга**
а опыт нужен?
> **Бар «Микрофон»**
> Ольга, опыт не обязателен, всему научим
""",
        front='company: "Бар «Микрофон»"\n',
    )
    assert [reply.asked for reply in post.replies] == ["такси только по городу?", "а опыт нужен?"]
    assert "Берёзовский уже за свой счёт" in quoted(
        answerer, post, "я в березовском живу, такси довезет?"
    )
    assert quoted(answerer, post, "без опыта норм?").startswith("Ольга, опыт не обязателен")


def test_the_employers_reply_correcting_its_post_outranks_the_posts_line(
    answerer: Answerer,
) -> None:
    # «Поправка: в посте ошиблись, …» under a comment: the later word on the subject is the
    # employer's, and it is what a candidate asking it must read.
    post = ad(
        "Ассистент ветврача",
        """Ветклиника «Кот и Пёс» | Казань
вчера в 14:32 · 📌 запись закреплена

Ищем ассистента ветврача! график 2/2, смены с 9:00 до 21:00, обучение за счёт клиники.

Комментарии

**Артём Гусев**
Смены правда по 12 часов? А ночные есть?
вчера в 15:22 · Ответить

> **Ветклиника «Кот и Пёс»** ответила Артёму
> Артём, ночных смен у ассистентов нет, клиника работает до 21:00 😊
> вчера в 15:40 · Ответить

> **Ветклиника «Кот и Пёс»** ответила Артёму
> Поправка: в посте ошиблись, смены с 8:30 до 21:00 (подготовка кабинетов до открытия). Извините!
> вчера в 16:02 · Ответить
""",
        front='company: "Ветклиника «Кот и Пёс»"\n',
    )
    assert quoted(answerer, post, "к скольки утром приходить").startswith("Поправка")


def test_a_reply_sending_the_reader_back_to_the_post_yields_to_the_posts_line(
    answerer: Answerer,
) -> None:
    # «Ирина, в посте же написано 35-55 …» under «а сколько платят?»: the page points to its
    # post, whose own line says the pay first and in full.
    post = ad(
        "Швея",
        """Подслушано в Кимрах
вчера в 19:42

Требуются швеи на обувное производство.
Зарплата сдельная от 35 000 до 55 000 на руки, выплаты 2 раза в месяц.
Работа 5/2 с 8:00 до 17:00.

Комментарии
Ирина Соколова
а сколько платят?
Ответить · Класс 2
    Подслушано в Кимрах
    Ирина, в посте же написано 35-55 смотря как шьете, хорошие швеи и больше 60 выходит
""",
    )
    assert quoted(answerer, post, "скока на руки выходит").startswith("Зарплата сдельная")


def test_a_reply_naming_the_age_bound_without_years_speaks_to_a_minor_asking(
    answerer: Answerer,
) -> None:
    # «к сожалению до 18 никак» under «17 лет, через 2 месяца 18»: the bound is said without
    # «лет», and it is the answer to a candidate who says they are 17.
    post = ad(
        "Бармен",
        """**Бар «Микрофон» | Екатеринбург**
закреплённая запись · 3 дня назад

Ищем бармена на ночные смены, с 20:00 до 05:00.

Комментарии

**Артём Б.**
я студент, днём пары, ночью вообще норм. 17 лет, через 2 месяца 18
> **Бар «Микрофон»**
> Артём, к сожалению до 18 никак, это закон(( напишите нам после дня рождения
""",
        front='company: "Бар «Микрофон»"\n',
    )
    assert "до 18 никак" in quoted(answerer, post, "мне 17 будет 18 летом, можно сейчас")


def test_a_pages_reply_to_a_comment_stating_the_same_age_answers_a_minor_asking(
    answerer: Answerer,
) -> None:
    # «мне 17, в феврале будет 18, можно?» under the post, «Сорри, только с 18 без исключений»
    # from the page: the reply answers the situation its comment states, though it says the
    # bound in a form no line on age would need to («только с 18»).
    post = ad(
        "Кальянщик",
        """**ОБЛАКО lounge**

Ищем кальянщика на ночные смены, с 18:00 до 04:00. Оформление по договору.

💬 41 комментарий

**Кирилл**
мне 17, в феврале будет 18, можно пока стажироваться?

  ↳ **ОБЛАКО lounge** (админ)
  Сорри, только с 18 без исключений 🙏 Напиши нам когда исполнится!
""",
        front='company: "ОБЛАКО lounge"\n',
    )
    assert "только с 18 без исключений" in quoted(answerer, post, "мне 17 можно")


def test_long_asked_as_an_adjective_or_an_adverb_asks_a_length(answerer: Answerer) -> None:
    # «собеседование долго идет?», «испытательный срок долгий?»: how long, shown by a length.
    shop = ad(
        "Продавец",
        """## Условия

- Выберите магазин рядом с домом — и приходите на собеседование уже завтра!
- Собеседование в магазине — 20 минут, с паспортом.
""",
    )
    assert "20 минут" in quoted(answerer, shop, "собеседование долго идет?")


def test_for_how_many_years_asks_how_long_not_how_old(answerer: Answerer) -> None:
    # «на сколько лет можно остаться» asks the length of the stay, which «срок пребывания — до
    # 63 месяцев» gives; the ages hired do not.
    agency = ad(
        "Сиделка в Израиле",
        """## Требования

- женщины и мужчины от 25 до 55 лет

## Виза

- Виза выдаётся на год и продлевается, общий срок пребывания — до 63 месяцев.
""",
    )
    assert "до 63 месяцев" in quoted(answerer, agency, "на сколько лет максимум можно остаться")


def test_a_hedge_of_speech_names_nothing_a_line_must_hold(answerer: Answerer) -> None:
    # «прям» in «шить прям уметь надо» only presses the question.
    theatre = ad(
        "Костюмер",
        """## Требования

- уверенные навыки ручного шитья, умение работать на швейной машине
- аккуратность, хорошая память
""",
    )
    assert "навыки ручного шитья" in quoted(answerer, theatre, "шить прям уметь надо")


def test_hedges_that_press_the_question_name_nothing(answerer: Answerer) -> None:
    """«чем конкретно заниматься» asks what one does; «правда что курицу дают» whether it is
    given: the hedge is no word a line must hold."""
    shop = ad(
        "Помощник в магазин на маркетплейсе",
        """Всем привет! Мы магазин электроники на маркетплейсе, ищем помощника в команду.

📦 Что нужно делать:
- принимать и обрабатывать заказы в кабинете продавца (принять заказ, сформировать накладную)
- отвечать покупателям в чате, вежливо и быстро
- упаковка товара: пупырка, коробка, скотч

✅ Требования:
- внимательность, ошибка в заказе = отмена
- возраст от 18 лет

💰 Условия:
- Зп 180 000 - 250 000 тг на руки, зависит от количества заказов
- график 6/1, выходной воскресенье
""",
    )
    plant = ad(
        "Рабочие на птицефабрику",
        """Трудоустройство официальное, полный соцпакет, оплачиваемый отпуск, бесплатный обед в
заводской столовой, спецодежда, продукция фабрики (курица и яйца) сотрудникам со скидкой 30%.
Зарплата от 55 000 рублей, выплаты два раза в месяц.
""",
    )
    assert "принимать и обрабатывать заказы" in quoted(answerer, shop, "чем конкретно заниматься")
    assert "курица и яйца" in quoted(answerer, plant, "правда что курицу дают сотрудникам")


def test_at_what_hours_asks_a_time_of_day(answerer: Answerer) -> None:
    # «в какие часы надо быть онлайн» asks the hours, which a line on remote work lacks.
    studio = ad(
        "2D-художник",
        """## Условия

- полностью удалённо, офиса нет и не планируется
- обязательное пересечение с командой с 11:00 до 16:00 по МСК
""",
    )
    assert "полностью удалённо" not in quoted(answerer, studio, "в какие часы надо быть онлайн")


def test_a_staff_buffet_is_where_to_eat_and_trips_to_other_towns_are_no_place(
    answerer: Answerer,
) -> None:
    # «служебный буфет» is where the staff eat, as a canteen is; «выезды в другие города» are
    # trips away, not a question of where the job is.
    theatre = ad(
        "Монтировщик сцены",
        """## Условия

- оклад 32 000 руб. + надбавка за выездной спектакль 1 500 руб. за каждый выезд
- служебный буфет для сотрудников на 2-м этаже
- Отдел кадров: пн–пт с 9:00 до 17:00, обед с 13:00 до 14:00.
""",
        front="city: Вологда\n",
    )
    assert "служебный буфет" in quoted(answerer, theatre, "а поесть в театре где можно")
    assert "надбавка за выездной спектакль" in quoted(
        answerer, theatre, "а за выезды в другие города доплачивают чтото"
    )


def test_a_vehicle_asked_is_not_another_vehicle(answerer: Answerer) -> None:
    # Driving the employer's van does not say whether one needs a car of one's own.
    coordinator = fixture("blind-at", "volunteer-coordinator-pittsburgh")
    assert quoted(answerer, coordinator, "do i need my own car") == ""
    guesthouse = fixture("blind-bc", "workaway-guesthouse-olive-grove-greece")
    assert quoted(answerer, guesthouse, "is there a bike i can use") == ""
    courier = ad(
        "Courier",
        """## What we offer

- a company van and fuel card, no need for your own car
""",
        lang="en",
    )
    assert "company van" in quoted(answerer, courier, "do i need my own car")


def test_the_week_s_days_off_are_not_the_year_s_holiday(answerer: Answerer) -> None:
    # Two days off a week is the rota's rest, not how much holiday the job gives.
    hotel = fixture("blind-an", "strathcarron-hotel-fb-assistant")
    assert quoted(answerer, hotel, "how many days holiday do we get") == ""
    assert "2 days off per week" in quoted(answerer, hotel, "how many days off")


def test_which_holidays_needs_a_line_that_names_them(answerer: Answerer) -> None:
    # A count of paid holidays does not say which days they are.
    operator = fixture("blind-as", "forklift-operator-columbus")
    assert quoted(answerer, operator, "which holidays are paid") == ""
    warehouse = ad(
        "Warehouse Associate",
        """## Benefits

- Paid holidays: New Year's Day, Memorial Day, Thanksgiving and Christmas
""",
        lang="en",
    )
    assert "Thanksgiving" in quoted(answerer, warehouse, "which holidays are paid")


def test_covering_colleagues_sickness_is_no_sick_pay(answerer: Answerer) -> None:
    # Covering for others when they are ill says nothing of the candidate's own sick pay.
    receptionist = fixture("blind-bi", "reed-medical-receptionist-leeds")
    assert quoted(answerer, receptionist, "is there company sick pay") == ""
    clinic = ad(
        "Medical Receptionist",
        """## Benefits

- Company sick pay after probation
""",
        lang="en",
    )
    assert "sick pay" in quoted(answerer, clinic, "is there company sick pay")


def test_a_facility_on_site_is_no_way_of_working(answerer: Answerer) -> None:
    # "On-site parking" says where one parks, not whether one works on site or from home.
    receptionist = fixture("blind-bi", "reed-medical-receptionist-leeds")
    assert quoted(answerer, receptionist, "can i do some days from home") == ""
    assistant = fixture("blind-ax", "research-assistant-flood-modelling")
    assert "Hybrid working" in quoted(answerer, assistant, "can i work from home")


def test_the_steps_asked_need_a_line_that_names_a_step(answerer: Answerer) -> None:
    # A warning about the hiring process names the process, none of its rounds.
    csm = fixture("blind-ba", "senior-csm-tallyforge-remote")
    assert quoted(answerer, csm, "how many interview rounds") == ""
    analyst = ad(
        "Analyst",
        """## How we hire

- 30-minute intro call with our recruiter
- a take-home task, then a final interview with the team
""",
        lang="en",
    )
    assert "intro call" in quoted(answerer, analyst, "how many interview rounds")


def test_an_accommodation_for_a_disability_is_no_relocation(answerer: Answerer) -> None:
    # The equal-opportunity notice's "accommodation" is help for a disability, not a move.
    tpm = fixture("blind-bd", "tpm-data-center-quanterra-careers")
    assert quoted(answerer, tpm, "relocation package?") == ""
    engineer = ad(
        "Engineer",
        """## Benefits

- Relocation package for candidates moving to Denver
- If you need an accommodation during the application, tell us
""",
        lang="en",
    )
    assert "Relocation package" in quoted(answerer, engineer, "relocation package?")


def test_whether_a_deposit_comes_back_needs_a_line_on_its_return(answerer: Answerer) -> None:
    # The deposit's sum is named; whether it is returned is not.
    courier = fixture("blind-ac", "zipp-courier-manchester")
    assert quoted(answerer, courier, "do i get the £20 deposit back if i quit") == ""
    rider = ad(
        "Rider",
        """## Kit

- thermal bag and jacket for a £20 deposit, paid back in full when you quit and return them
""",
        lang="en",
    )
    assert "paid back" in quoted(answerer, rider, "do i get the £20 deposit back if i quit")


def test_where_the_company_has_offices_does_not_say_one_may_work_there(
    answerer: Answerer,
) -> None:
    # The company names its second office; it does not say the job may be done from it.
    writer = fixture("blind-p", "technical-writer-dublin")
    assert quoted(answerer, writer, "could i work from the rotterdam office") == ""
    designer = ad(
        "Designer",
        """## About us

We're 40 people with offices in Berlin and Lisbon, and you can work from either office.
""",
        lang="en",
    )
    assert "Lisbon" in quoted(answerer, designer, "could i work from the lisbon office")


def test_a_detail_of_the_housing_needs_a_line_that_names_it(answerer: Answerer) -> None:
    # The house, its rent and its power are named; its furniture is not.
    farm = fixture("blind-aq", "dairy-farm-assistant-waikato")
    assert quoted(answerer, farm, "is the house furnished") == ""
    picker = ad(
        "Fruit Picker",
        """## Accommodation

- a fully furnished staff house on the orchard, $90 a week
""",
        lang="en",
    )
    assert "furnished" in quoted(answerer, picker, "is the house furnished")


def test_food_as_the_trade_is_no_meal_for_the_staff(answerer: Answerer) -> None:
    # The butcher's occupation code names food preparers; it gives no lunch.
    butcher = fixture("blind-bh", "eures-butcher-landshut-de")
    assert quoted(answerer, butcher, "is there canteen or free lunch") == ""


def test_coffee_and_fruit_do_not_say_lunch_is_given(answerer: Answerer) -> None:
    # A staff room with free coffee is a means to eat, not a meal.
    storeperson = fixture("blind-bh", "seek-storeperson-forklift-truganina")
    assert quoted(answerer, storeperson, "is lunch provided") == ""
    depot = ad(
        "Storeperson",
        """## Benefits

- staff room with free coffee and fruit
- a free hot lunch on every shift
""",
        lang="en",
    )
    assert "hot lunch" in quoted(answerer, depot, "is lunch provided")


def test_an_ordinal_is_no_count(answerer: Answerer) -> None:
    # The 13th month is the name of a payment, not how many months the bonus is.
    coordinator = fixture("blind-aw", "logistics-coordinator-mcf-sg")
    assert quoted(answerer, coordinator, "performance bonus how many months usually") == ""
    analyst = ad(
        "Analyst",
        """## Benefits

- performance bonus of 1 to 3 months' salary, paid in March
""",
        lang="en",
    )
    assert "3 months" in quoted(answerer, analyst, "performance bonus how many months usually")


def test_a_reviewers_words_are_not_the_employers(answerer: Answerer) -> None:
    # An employer page with its staff's reviews under the vacancy: «кормят хорошо» in a review
    # is not what the employer offers, the employer's answer to a review is its own word.
    page = ad(
        "Повар-универсал",
        """Мы предлагаем
график 2/2 по 12 часов, с 7:00 до 19:00
форма выдаётся, стирка за наш счёт

Отзывы сотрудников о компании
★★★★☆ Повар горячего цеха · Новосибирск · Работает сейчас · 12 октября 2025
Плюсы: Официально, кормят хорошо, коллектив дружный.
Минусы: В обед на раздаче завал.
Полезно 👍 14   Не полезно 2
Ответ работодателя · 5 сентября 2025
Спасибо за отзыв! На раздачу в часы пик теперь ставим второго повара.
""",
    )
    assert quoted(answerer, page, "кормят на работе?") == ""
    assert quoted(answerer, page, "официально устраиваете?") == ""
    assert "второго повара" in quoted(answerer, page, "в часы пик на раздаче одна стою?")


def test_a_review_sites_rated_benefits_are_not_the_employers(answerer: Answerer) -> None:
    # A review site's page under the job: the benefits its reviewers rated, as tags under
    # "Benefits rating", are not what the employer gives; the employer's own line answers, and
    # the share of reviewers who recommend the company is still a rating one may ask about.
    page = ad(
        "Warehouse Associate",
        """Benefits
- Dental and vision cover from your first month
- 15% staff discount in all our garden centres

Company rating
4.1 ★   640 reviews
80% Recommend to a friend

Benefits rating
3.9 ★   102 Ratings
Dental Insurance · Employee Discount · Gym Membership
""",
        lang="en",
    )
    assert "15% staff discount" in quoted(answerer, page, "is there an employee discount?")
    assert "first month" in quoted(answerer, page, "dental insurance?")
    assert quoted(answerer, page, "gym membership?") == ""
    assert "80% Recommend" in quoted(answerer, page, "how many recommend it")


def test_what_is_said_before_what_about_is_the_candidates_situation(answerer: Answerer) -> None:
    # "my son starts school in september, what about holidays": the clause before "what
    # about" tells why one asks; the subject asked is the holidays alone.
    page = ad(
        "Office Coordinator",
        """What we offer
- 28 days of paid holiday plus bank holidays
- Hybrid work: office on Mondays and Wednesdays
- Cycle to work scheme
""",
        lang="en",
    )
    assert "28 days" in quoted(
        answerer, page, "my son starts school in september, what about holidays"
    )
    assert "28 days" in quoted(answerer, page, "moving house next spring, how about holidays")


def test_a_notice_in_kazakh_then_russian_is_quoted_in_russian(answerer: Answerer) -> None:
    # An akimat's notice gives every block in Kazakh, then in Russian: the candidate asks in
    # Russian and reads the Russian line.
    notice = ad(
        "Главный специалист",
        """Функционалдық міндеттері: үкіметтік емес ұйымдармен өзара іс-қимыл.
Функциональные обязанности: взаимодействие с неправительственными организациями.

Конкурсқа қатысу үшін мынадай құжаттар ұсынылады:
Для участия в конкурсе представляются следующие документы:
1) белгіленген нысандағы өтініш / заявление по установленной форме;
2) білімі туралы құжаттардың көшірмелері / копии документов об образовании.
""",
    )
    assert "неправительственными" in quoted(answerer, notice, "что делать надо будет")
    assert "копии документов об образовании" in quoted(
        answerer, notice, "копии документов об образовании нужны?"
    )


def test_a_lead_line_giving_an_email_is_no_heading(answerer: Answerer) -> None:
    # «Присылайте на почту casting@…:» over what to send ends in a colon as a heading does, but
    # it gives the address to write to: it is a line of the post, and the address is quoted.
    post = ad(
        "Хостес на выставку",
        """💰 ОПЛАТА
хостес на стенд — 4500р/день
Оплата в течение 10 рабочих дней после выставки, на карту

📸 КАСТИНГ ПО ФОТО
Присылайте на почту casting@lime-event.ru:
— 2 фото (портрет + в полный рост), без фильтров
— ФИО, возраст, рост, размер одежды
— ссылку на страницу ВК
""",
    )
    assert "casting@lime-event.ru" in quoted(answerer, post, "на какую почту присылать фото")
    assert "casting@lime-event.ru" in quoted(answerer, post, "какой email для кастинга")


def test_an_ats_exports_internal_notes_are_not_the_posting(answerer: Answerer) -> None:
    # The recruiters' notes on the record above the text for publication, and a note in the
    # text marked «не публиковать», are not what the employer tells a candidate.
    export = ad(
        "Бухгалтер по расчету заработной платы",
        """Ответственный рекрутер: Соколова Ирина
Заказчик: Головина Т.А. (гл. бухгалтер)

Комментарии (3)
Соколова И. 16.10: Заказчик просил не рассматривать кандидатов без опыта на ЗУП 3.1
Головина Т.А. 16.10: кандидатов из бюджетных организаций не смотрим
Соколова И. 17.10: принято. Тест высылаю после скрининга

---------- Текст вакансии для публикации ----------

В связи с расширением (фактически декрет, см выше - не публиковать) ищем в команду бухгалтера.

Условия:
Оформление по ТК РФ с первого дня, белая зарплата.
""",
        front="company: ООО «УралТехСнаб»\n",
    )
    assert quoted(answerer, export, "из бюджетных организаций кандидатов смотрите?") == ""
    assert "декрет" not in quoted(answerer, export, "это на время декрета?")


def test_an_nhs_jobs_details_block_reads_label_and_value(answerer: Answerer) -> None:
    # NHS Jobs prints each detail as its label over its value.
    advert = ad(
        "Healthcare Support Worker",
        """Details
Date posted
03 December 2026
Pay scheme
Agenda for change
Band
Band 3
Contract
Permanent
""",
        lang="en",
    )
    assert "Band 3" in quoted(answerer, advert, "which band is it")


def test_a_blogs_links_to_other_articles_are_no_answer(answerer: Answerer) -> None:
    # A company blog post with the vacancy in it, then the blog's "read also" link.
    post = ad(
        "Кладовщик",
        """Ищем кладовщиков на склад, график 2/2 по 12 часов.

Писать в Telegram @korobok_hr_ekb.

Подписаться на блог
Читать также: Как мы переехали на собственное общежитие для сотрудников и не уронили продажи
""",
    )
    assert quoted(answerer, post, "общежитие даете иногородним") == ""


def test_a_percent_sign_names_the_percent_asked(answerer: Answerer) -> None:
    # «процент с банкетов какой»: no line is about a bonus, yet «+ 2% от банкетов» names the
    # percent by its sign.
    hostess = ad(
        "Хостес в ресторан",
        """## Условия

- Ставка 2 800 ₽ за смену + 2% от банкетов и предзаказов, которые ты оформила
- График 2/2 с 11:00 до 23:00
""",
    )
    assert "2% от банкетов" in quoted(answerer, hostess, "процент с банкетов какой")


def test_ones_own_clothes_worn_are_no_load_carried(answerer: Answerer) -> None:
    # «форму дают или своё носить» asks of the uniform; «носить» is no weight to carry here.
    seller = ad(
        "Продавец-консультант",
        """## Условия

- форменная одежда предоставляется
- график 2/2 с 9:00 до 21:00
""",
    )
    assert "форменная одежда" in quoted(answerer, seller, "форму дают или своё носить")
    mover = ad(
        "Грузчик",
        """## Условия

- носить коробки до 20 кг, работа на складе
- оплата 2 500 ₽ за смену
""",
    )
    assert "20 кг" in quoted(answerer, mover, "тяжелое носить придется?")


def test_a_duty_does_not_say_what_the_employer_gives(answerer: Answerer) -> None:
    # «форму выдаете?» — «выдача верхней одежды посетителей» is the cloakroom's work, no kit.
    cloakroom = ad(
        "Гардеробщик в музей",
        """## Обязанности

- прием, хранение и выдача верхней одежды посетителей
- поддержание порядка в гардеробе

## Условия

- график 2/2 с 9:00 до 21:00
""",
    )
    assert quoted(answerer, cloakroom, "форму выдаете или свое носить") == ""


def test_an_interview_held_online_is_no_remote_work(answerer: Answerer) -> None:
    # «собеседование онлайн можно?» asks of the interview, not whether the job is remote.
    butcher = ad(
        "Butcher",
        """## Application

- Send your CV by e-mail.
- The job interview can be realised also by video call (Teams or Skype).
""",
        lang="en",
    )
    assert "video call" in quoted(answerer, butcher, "can the interview be online")
    maid = ad(
        "Горничная",
        """## Как откликнуться

- Позвоните в отдел персонала. Собеседование проходит в отеле, с собой паспорт.
""",
    )
    assert "Собеседование проходит в отеле" in quoted(
        answerer, maid, "собеседование онлайн можно?"
    )


def test_a_contract_set_against_a_permanent_job_asks_the_term(answerer: Answerer) -> None:
    # "is it permanent or contract" asks how long the job lasts, not how one is employed.
    officer = ad(
        "Records Officer",
        """## Details

- Job Type: Ongoing, Full-time
- Salary: $80,000 per year
""",
        lang="en",
    )
    assert "Ongoing" in quoted(answerer, officer, "is it permanent or contract")


def test_an_extra_sum_among_the_duties_is_pay_the_employer_gives(answerer: Answerer) -> None:
    # «быть классным руководителем (доплата 15 000 ₽ в месяц)»: a duty, and the pay for it.
    teacher = ad(
        "Учитель математики",
        """## Обязанности

- вести уроки алгебры и геометрии в 7–9 классах
- быть классным руководителем одного класса (доплата 15 000 ₽ в месяц)

## Условия

- оклад 60 000 ₽
""",
    )
    assert "доплата 15 000" in quoted(answerer, teacher, "за классное руководство доплачивают?")


def test_a_loading_for_nights_is_night_pay(answerer: Answerer) -> None:
    # "extra for nights?" — "night shift loading 30% on top of base rate" (an Australian loading).
    storeperson = ad(
        "Storeperson",
        """## Pay and hours

- $31.50 per hour base rate
- Night shift Sun–Thu 10:00pm – 6:30am (night shift loading 30% on top of base rate)
""",
        lang="en",
    )
    assert "loading 30%" in quoted(answerer, storeperson, "extra for nights?")


def test_a_phone_asked_of_a_posting_without_a_work_phone_asks_whom_to_call(
    answerer: Answerer,
) -> None:
    # «телефон отдела кадров» where the posting gives no work phone: the number to call.
    dairy = ad(
        "Продавец на ярмарку",
        """## Условия

- оплата 2 500 ₽ за смену, выплаты еженедельно

## Контакты

- Тел. отдела персонала: (8172) 52-33-90, e-mail: hr@molkray35.ru
""",
    )
    assert "52-33-90" in quoted(answerer, dairy, "телефон отдела кадров")
    # One's own phone is a device: no number answers it.
    moderator = ad(
        "Community moderator",
        """## How to apply

- Contact us: mods@emberfall.gg
- Pay: $15 per hour
""",
        lang="en",
    )
    assert quoted(answerer, moderator, "can i mod from my phone only") == ""


def test_free_training_among_the_requirements_is_given_by_the_employer(
    answerer: Answerer,
) -> None:
    # «опыт не обязателен, бесплатное обучение в нашей школе бариста» stands among the
    # requirements, yet the training is what the employer gives: «обучение платное?».
    barista = ad(
        "Бариста",
        """## Требования

- опыт не обязателен, бесплатное обучение в нашей школе бариста (3 дня)
- медкнижка

## Условия

- график 2/2 с 8:00 до 20:00
""",
    )
    assert "бесплатное обучение" in quoted(answerer, barista, "обучение платное?")


def test_the_medical_commission_in_full_is_the_medkomissiya_asked(answerer: Answerer) -> None:
    # «медкомиссию за свой счёт проходить?» — «Медицинская комиссия за счёт компании»: the
    # clipped word and the words it is clipped from.
    driver = ad(
        "Машинист ПДМ",
        """## Условия

- Медицинская комиссия за счёт компании в г. Красноярске
- вахта 30/30
""",
    )
    assert "Медицинская комиссия" in quoted(
        answerer, driver, "медкомиссию за свой счет проходить?"
    )


def test_a_one_off_payment_on_joining_is_the_relocation_sum_asked(answerer: Answerer) -> None:
    # «подъемные платят?» — «единовременная выплата 50 000 руб.» is that sum, in its own words.
    teacher = ad(
        "Учитель начальных классов",
        """## Условия

- Молодым специалистам: ежемесячная надбавка 30% от оклада, единовременная выплата 50 000 руб.
- оклад 32 000 руб.
""",
    )
    assert "единовременная выплата" in quoted(answerer, teacher, "подъемные платят?")


def test_a_sum_of_several_parts_does_not_say_how_much_one_part_is(answerer: Answerer) -> None:
    # «надбавка за классность сколько» — the income holds the extra, but no sum is the extra's.
    school = ad(
        "Водитель автобуса",
        """## Условия

- Доход от 85 000 до 120 000 ₽ — зависит от часов, оклад + надбавка за классность + премия.
""",
    )
    assert quoted(answerer, school, "надбавка за классность сколько") == ""
    assert "85 000" in quoted(answerer, school, "какой доход")
    extra = ad(
        "Водитель автобуса",
        """## Условия

- оклад 40 000 ₽ + надбавка за классность 10 000 ₽
""",
    )
    assert "10 000" in quoted(answerer, extra, "надбавка за классность сколько")


def test_extra_pay_for_a_reason_needs_a_line_that_names_the_reason(answerer: Answerer) -> None:
    # «доплата за категорию есть?» — a premium for something else is not an extra for that.
    kindergarten = ad(
        "Воспитатель",
        """## Условия

- Зарплата 48 000 ₽ на руки плюс премия за наполняемость группы, выплаты 2 раза в месяц.
""",
    )
    assert quoted(answerer, kindergarten, "доплата за категорию есть?") == ""
    assert "наполняемость" in quoted(answerer, kindergarten, "премия за наполняемость есть?")
    bakery = ad(
        "Пекарь",
        """## Условия

- график 2/2, доплата за работу в ночное время
""",
    )
    assert "ночное время" in quoted(answerer, bakery, "за ночь доплачивают")


def test_how_many_hours_a_shift_needs_a_line_that_shows_hours(answerer: Answerer) -> None:
    # «уборщице сколько часов смена» — a rate per shift counts no hours; a span of the clock does.
    cafe = ad(
        "Сотрудники в кафе",
        """## Условия

- Уборщица зала — 2 200 ₽/смена
""",
    )
    assert quoted(answerer, cafe, "уборщице сколько часов смена") == ""
    canteen = ad(
        "Повар в столовую",
        """## Условия

- график 5/2 с 6:00 до 15:00
""",
    )
    assert "6:00" in quoted(answerer, canteen, "смена сколько часов")


def test_a_line_about_other_jobs_does_not_answer_for_the_job_asked(answerer: Answerer) -> None:
    # «на админа опыт нужен?» — the line says what the cashier, washer and cook need.
    cafe = ad(
        "Кассир, повар, мойщица, администратор",
        """## Требования

- опыт для кассира и мойщицы не нужен, для повара горячего цеха — от 1 года
""",
    )
    assert quoted(answerer, cafe, "на админа опыт нужен?") == ""
    assert "от 1 года" in quoted(answerer, cafe, "повару опыт нужен?")


def test_whether_a_thing_is_paid_needs_a_line_that_speaks_of_paying(answerer: Answerer) -> None:
    # «школа вожатых платная?» — when and where the school runs says nothing of its cost.
    camp = ad(
        "Вожатый в летний лагерь",
        """## Требования

- Если опыта нет — приходи в нашу Школу вожатых, она проходит по субботам в апреле и мае.
""",
    )
    assert quoted(answerer, camp, "школа вожатых платная?") == ""
    free = ad(
        "Вожатый в летний лагерь",
        """## Требования

- Если опыта нет — приходи в нашу Школу вожатых, она бесплатная и проходит по субботам.
""",
    )
    assert "бесплатная" in quoted(answerer, free, "школа вожатых платная?")


def test_a_hostel_asked_is_not_a_discount_on_hotels_nor_rent_paid(answerer: Answerer) -> None:
    # «общежитие иногородним даете?» — a staff discount in the chain's hotels gives no room.
    hotel = ad(
        "Горничная",
        """## Условия

- скидка 50% на проживание в отелях сети для сотрудников и их семей
""",
    )
    assert quoted(answerer, hotel, "общежитие иногородним даете?") == ""
    clinic = ad(
        "Медсестра",
        """## Условия

- компенсация аренды жилья молодым специалистам до 10 000 руб. в месяц
""",
    )
    assert quoted(answerer, clinic, "общежитие есть для персонала") == ""
    assert "10 000" in quoted(answerer, clinic, "аренду жилья компенсируете?")
    plant = ad(
        "Сварщик",
        """## Условия

- иногородним — комната в общежитии завода бесплатно первые 3 месяца
""",
    )
    assert "общежитии" in quoted(answerer, plant, "общежитие иногородним даете?")


def test_pay_per_one_piece_of_work_needs_a_line_that_names_the_piece(answerer: Answerer) -> None:
    # «скока платят за одно окно» — a monthly range says nothing per window.
    fitter = ad(
        "Монтажник окон",
        """## Условия

- Зарплата: от 80 000 до 150 000 руб.
""",
    )
    assert quoted(answerer, fitter, "скока платят за одно окно") == ""
    piecework = ad(
        "Монтажник окон",
        """## Условия

- Зарплата сдельная: 1 200 ₽ за каждое окно
""",
    )
    assert "1 200" in quoted(answerer, piecework, "скока платят за одно окно")


def test_pay_per_a_unit_of_work_is_not_said_by_a_month_s_sum(answerer: Answerer) -> None:
    # «скока платят за метр потолка» — a month's range says nothing per metre; the price row does.
    ceilings = ad(
        "Монтажник натяжных потолков",
        """## Условия

**от 90 000 до 180 000 ₽** за месяц

- полотно ПВХ — 150 р за м2
- установка люстры — 300 р/шт
""",
    )
    assert "150 р за м2" in quoted(answerer, ceilings, "скока платят за метр потолка")
    monthly = ad(
        "Монтажник натяжных потолков",
        """## Условия

- от 90 000 до 180 000 ₽ за месяц
""",
    )
    assert quoted(answerer, monthly, "двухуровневый потолок скока стоит за метр монтажнику") == ""


def test_how_much_a_course_is_asks_its_price(answerer: Answerer) -> None:
    # "how much is the ref course" — the course's dates are no price; its fee is.
    league = ad(
        "Youth Soccer Referee",
        """## New referee course

- New referee course: Saturday, March 8, 9:00 AM - 3:00 PM, at the clubhouse.
- The course fee is $85 (paid at registration).
""",
        lang="en",
    )
    assert "$85" in quoted(answerer, league, "how much is the ref course")


def test_a_perk_for_friends_and_family_is_not_said_for_the_candidate(answerer: Answerer) -> None:
    # «мне самому скидка будет?» — the discount the line gives is for friends and family.
    rental = ad(
        "Сотрудник проката",
        """## Условия

- скидка 50% на аренду снаряжения для друзей и семьи
""",
    )
    assert quoted(answerer, rental, "мне самому скидка на аренду сноуборда будет?") == ""
    assert "друзей и семьи" in quoted(answerer, rental, "семье скидка на аренду будет?")


def test_the_hours_to_call_the_office_are_not_the_hours_of_work(answerer: Answerer) -> None:
    # «учеба по выходным бывает?» — the office answers the phone on weekdays; that is no timetable.
    school = ad(
        "Водитель автобуса (обучение)",
        """## Контакты

- Запись на обучение: 8 (831) 000-52-19 (Наталья, отдел кадров, пн-пт 8:00-17:00)
""",
    )
    assert quoted(answerer, school, "учеба по выходным бывает?") == ""
    assert "000-52-19" in quoted(answerer, school, "куда звонить чтобы записаться")


def test_an_employee_s_review_quoted_on_the_page_answers_no_question(answerer: Answerer) -> None:
    # «машину домой можно забирать на ночь» — what one driver says of his car is no term of a job.
    park = ad(
        "Водитель такси",
        """## Отзывы водителей

Рустам, 34 года: «Работаю второй год на Солярисе, машины чистые, механики быстро чинят».
Игорь, 41 год: «Перешёл со своей машины на Камри в аренду, выплаты приходят сразу».
""",
    )
    assert quoted(answerer, park, "машину домой можно забирать на ночь") == ""
    assert quoted(answerer, park, "каско есть на машинах") == ""


def test_sleeping_on_a_night_shift_needs_a_line_that_speaks_of_sleep(answerer: Answerer) -> None:
    # «ночью поспать можно?» — the night shift's hours say nothing of sleeping on it.
    clinic = ad(
        "Медсестра",
        """## Условия

- Ночная смена (стационар): 20:00–08:00, 3 900 руб.
""",
    )
    assert quoted(answerer, clinic, "ночью поспать можно?") == ""
    assert "20:00" in quoted(answerer, clinic, "ночные смены во сколько?")


def test_a_meal_the_posting_never_names_is_not_given(answerer: Answerer) -> None:
    # «а завтрак тоже дают» — the canteen names the meals it gives (lunch and dinner) elsewhere.
    canteen = ad(
        "Повар в столовую",
        """## Условия

- график 2/2 по 12 часов, с 7:00 до 19:00, питание и премия за выполнение плана
- бесплатное питание в смену (полноценный обед и ужин)
""",
    )
    assert quoted(answerer, canteen, "а завтрак тоже дают") == ""
    assert "обед и ужин" in quoted(answerer, canteen, "а ужин тоже дают")


def test_summer_is_not_the_years_of_an_age_limit(answerer: Answerer) -> None:
    # «а летом работа у вас есть?» — «лет» in an age limit is years, no form of «лето».
    rental = ad(
        "Сотрудник проката (зимний сезон)",
        """## Требования

- возраст от 18 лет
""",
    )
    assert quoted(answerer, rental, "а летом работа у вас есть?") == ""
    assert "18 лет" in quoted(answerer, rental, "со скольки лет берете?")


def test_an_address_over_several_lines_is_quoted_whole(answerer: Answerer) -> None:
    # NHS Jobs prints the address a line a part under its label: the postcode is part of it.
    ward = ad(
        "Healthcare Support Worker",
        """We are looking for a caring Healthcare Support Worker for our Acute Medical Unit.

Employer name
Northbridge and Weald NHS Foundation Trust
Address
Weald General Hospital
Pembury Road
Tunbridge Wells
TN2 4QJ
Employer's website
https://www.nwft.example.nhs.uk
""",
        lang="en",
    )
    assert "TN2 4QJ" in quoted(answerer, ward, "whats the address of the hospital")


def test_bank_shifts_are_no_bank_holidays(answerer: Answerer) -> None:
    # The NHS staff bank: "extra bank shifts" are not answered by a rota that includes bank
    # holidays.
    ward = ad(
        "Healthcare Support Worker",
        """## Main duties of the job

You will assist registered nurses with personal care, nutrition and hydration.
The unit runs 24/7; you will work long days (07:30-20:00) and nights including bank holidays.
Hours are 37.5 per week for full time.
""",
        lang="en",
    )
    assert quoted(answerer, ward, "can i pick up extra bank shifts") == ""


def test_who_pays_for_a_thing_named_between_is_asked(answerer: Answerer) -> None:
    # «а кто за медкнижку платит» — «… мы поможем оформить но за ваш счёт»: whose account it is
    # says who pays.
    baker = ad(
        "Пекарь",
        """## Требования

- опыт желателен хотя бы полгода в пекарне
- медкнижка обязательно, если нет медкнижки мы поможем оформить но за ваш счёт
- обучение первые две недели в дневную смену оплачивается
""",
    )
    assert "за ваш счёт" in quoted(answerer, baker, "а кто за медкнижку платит")


def test_a_group_asked_in_english_is_counted_by_a_line_on_it(answerer: Answerer) -> None:
    # "how many ppl on a shift" — the shift's hours count no one; "how big are the classes" —
    # the faculty's teachers are not the pupils of a class.
    storeperson = ad(
        "Storeperson",
        """## Shifts

- Night shift Sun–Thu 10:00pm – 6:30am (night shift loading 30% on top of base rate)
- Afternoon shift Mon–Fri 2:00pm – 10:30pm
""",
        lang="en",
    )
    assert quoted(answerer, storeperson, "how many ppl on a shift") == ""
    teacher = ad(
        "Science Teacher",
        """## About us

Our Science faculty is a team of 14 teachers and 3 technicians, working in 11 laboratories.
""",
        lang="en",
    )
    assert quoted(answerer, teacher, "how big are the classes") == ""
    # The team as a whole is no place of its own, and a line on the group asked counts it.
    assert "team of 14 teachers" in quoted(answerer, teacher, "how big is the team")
    assert "team of 14 teachers" in quoted(answerer, teacher, "how big is the science faculty")
    picker = ad(
        "Picker",
        """## Shifts

- Day shift 6:00am – 2:30pm, 12 people per shift
""",
        lang="en",
    )
    assert "12 people per shift" in quoted(answerer, picker, "how many people on a shift")


def test_a_rate_asked_needs_a_sum_a_share_or_a_multiple(answerer: Answerer) -> None:
    # "whats the super rate" — the hourly sum is not super's; "bank holiday rates?" — the leave
    # accrued is no rate.
    retail = ad(
        "Retail Assistant",
        """## Pay

- $29.50 – $31.00 per hour + super (casual rate, incl. 25% loading)
- Holiday pay accrued on top of the rates above (5.6 weeks pro rata)
- Overtime paid at time and a half after 38 hours
""",
        lang="en",
    )
    assert quoted(answerer, retail, "whats the super rate") == ""
    assert quoted(answerer, retail, "bank holiday rates?") == ""
    assert "$29.50" in quoted(answerer, retail, "whats the hourly rate")
    # A multiple of the base is a rate.
    assert "time and a half" in quoted(answerer, retail, "whats the overtime rate")


def test_a_rate_once_you_go_full_time_asks_a_later_change(answerer: Answerer) -> None:
    # "what's the rate once you go full time" — Saturday's time and a half is no rate of the
    # job it will become.
    landscaper = ad(
        "Landscaper",
        """## The job

Casual to start, full time after 3 months for the right person.
Hours are Mon–Fri 7am to 3:30pm, plus the odd Saturday in busy season (paid at time and a half).
""",
        lang="en",
    )
    assert quoted(answerer, landscaper, "what's the rate once you go full time") == ""


def test_a_members_word_in_another_sense_names_no_member(answerer: Answerer) -> None:
    # "do i need a car" — "the school car park" is a place to park, no car the job needs.
    assistant = ad(
        "Teaching Assistant",
        """## Getting here

There is free parking in the school car park and the school is a short walk from the station.
""",
        lang="en",
    )
    assert quoted(answerer, assistant, "do i need a car") == ""
    carer = ad(
        "Home Carer",
        """## Requirements

- a full UK driving licence and your own car for visits
""",
        lang="en",
    )
    assert "your own car" in quoted(answerer, carer, "do i need a car")


def test_which_days_asked_with_no_subject_needs_the_days(answerer: Answerer) -> None:
    # "can i pick which days i work" — picking orders is the job, not picking the days.
    picker = ad(
        "Warehouse Picker",
        """## Duties

- picking orders using RF handheld scanners (voice picking on nights)

## Shifts

- Day shifts run from 6:00am to 2:00pm
""",
        lang="en",
    )
    assert quoted(answerer, picker, "can i pick which days i work") == ""
    # The day shift's times are hours, no days.
    assert "6:00am" in quoted(answerer, picker, "what are the day shift times")


def test_a_choice_between_two_members_needs_a_line_naming_one(answerer: Answerer) -> None:
    # "is the equity options or rsus" — "0.1-0.25% equity" names neither form.
    backend = ad(
        "Backend Engineer",
        """## Pay

- $165k-$190k base + 0.1-0.25% equity
""",
        lang="en",
    )
    assert quoted(answerer, backend, "is the equity options or rsus") == ""
    # "is the typing test online or in person" — the speed asked names neither.
    assistant = ad(
        "Medical Support Assistant",
        """## How to apply

- Typing test: applicants must be able to type at least 40 words per minute.
""",
        lang="en",
    )
    assert quoted(answerer, assistant, "is the typing test online or in person") == ""
    # A line naming one of them answers.
    founder = ad(
        "Founding Engineer",
        """## Pay

- $150k base + 0.5% equity as stock options, 4-year vesting
""",
        lang="en",
    )
    assert "stock options" in quoted(answerer, founder, "is the equity options or rsus")


def test_the_word_that_asks_the_times_is_had_by_the_line_that_shows_them(
    answerer: Answerer,
) -> None:
    # "what times would i work?" — a line uses "times" («Most times you will be alone»), yet the
    # one that shows the hours is what was asked; the word "times" only asked for them. ("which
    # days", its first example, now goes by the days intent's pattern, which needs the days named
    # and does not bring the weekday line in: that question abstains on this posting.)
    studio = ad(
        "Studio assistant",
        """## About the job

- Some days it's just folding boxes for 3 hours.
- Most times you will be alone in the studio.
- It's 15–20 hours a week, Tuesday, Wednesday and Thursday, roughly 9:30 to 3:30.
- Pay is $17/hour to start.
""",
        lang="en",
    )
    assert "roughly 9:30 to 3:30" in quoted(answerer, studio, "what times would i work")


def test_a_line_opening_with_the_pay_and_how_it_comes_is_the_pay(answerer: Answerer) -> None:
    # «Оплата 2 раза в месяц, без задержек.» opens with the pay and says when it comes: «как
    # часто зп» is answered by it, as "how often do u pay" by "Paid every two weeks."
    mechanic = ad(
        "Автослесарь",
        """В автосервис на Бурнаковской требуется автослесарь-универсал.
Работаем с иномарками, 4 подъёмника, запись всегда есть.
Оплата 2 раза в месяц, без задержек.
График 5/2 с 9:00 до 19:00.
""",
    )
    assert "Оплата 2 раза в месяц" in quoted(answerer, mechanic, "как часто зп")
    content = ad(
        "Content manager",
        """We sell climbing gear online.
Paid every two weeks.
Hours are 9am to 5pm.
""",
        lang="en",
    )
    assert "Paid every two weeks" in quoted(answerer, content, "how often do u pay")


def test_whom_to_ring_is_answered_by_the_line_with_a_uk_number(answerer: Answerer) -> None:
    # "0113 496 0727" is a phone number as UK ads print it; "who do i ring about it" asks it.
    cook = ad(
        "Care home cook",
        """## About the role

- Cooking breakfast and lunch for 40 residents
- Pay: £12.60 per hour

## How to apply

- Please apply with your CV or call the home manager, Sarah, on 0113 496 0727.
""",
        lang="en",
    )
    assert "0113 496 0727" in quoted(answerer, cook, "who do i ring about it")


def test_the_deadline_is_the_date_applications_are_taken_until(answerer: Answerer) -> None:
    # "We'll accept applications for this role until March 28, 2025." says the deadline.
    support = ad(
        "Bilingual support specialist",
        """## The role

- Answer customer emails in English and Spanish
- Pay: $24 per hour

## Apply

- We'll accept applications for this role until March 28, 2025.
""",
        lang="en",
    )
    assert "until March 28" in quoted(answerer, support, "when's the deadline to apply")


def test_a_velik_is_the_bike(answerer: Answerer) -> None:
    # «велик свой нужен?»: the chat's word for the bike (the dictionary reads «велика» as
    # «большой»).
    courier = ad(
        "Велокурьер",
        """## Условия

- велосипед в аренду, если нет своего — 5 BYN в день
- оплата каждую неделю
""",
    )
    assert "велосипед в аренду" in quoted(answerer, courier, "у меня нет велика")


def test_moving_on_to_another_line_of_work_is_the_growth_asked(answerer: Answerer) -> None:
    # «а рост какой-то есть потом?» — «через 3 месяца можно перейти в чат-поддержку или на
    # вторую линию»: moving on in the company is the growth the candidate asks about.
    operator = ad(
        "Оператор call-центра",
        """## Условия

- график 2/2 по 12 часов
- через 3 месяца можно перейти в чат-поддержку или на вторую линию
- оклад 45 000 ₽
""",
    )
    assert "можно перейти в чат-поддержку" in quoted(
        answerer, operator, "а рост какой-то есть потом"
    )


def test_where_to_leave_the_car_asks_the_parking(answerer: Answerer) -> None:
    # «машину есть где поставить» asks the parking, not whether one needs a car.
    nurse = ad(
        "Медсестра",
        """## Условия

- график 2/2 с 8:00 до 20:00
- парковка для сотрудников во дворе клиники
- оклад 55 000 ₽
""",
    )
    assert "парковка для сотрудников" in quoted(answerer, nurse, "машину есть где поставить")


def test_an_unlimited_contract_says_the_job_is_permanent(answerer: Answerer) -> None:
    # "is it permanent" — "Unlimited employment contract, probation period of 6 months".
    technician = ad(
        "Mechatronics technician",
        """## What we offer

- Unlimited employment contract, probation period of 6 months
- 30 days of holiday
""",
        lang="en",
    )
    assert "Unlimited employment contract" in quoted(answerer, technician, "is it permanent")


def test_an_appointment_for_a_period_is_the_length_of_the_contract(answerer: Answerer) -> None:
    # "how long is the contract" — "The appointment is for an initial period of one year".
    officer = ad(
        "Programme management officer",
        """## Special notice

- The appointment is for an initial period of one year, with possibility of extension.
- Applicants must be fluent in English.
""",
        lang="en",
    )
    assert "initial period of one year" in quoted(answerer, officer, "how long is the contract")


def test_how_big_a_thing_is_needs_a_figure(answerer: Answerer) -> None:
    # «премия большая?» asks its size: a line naming the premium without a sum does not say.
    call_centre = ad(
        "Оператор колл-центра",
        """## Условия

- Оплата: почасовая ставка плюс премия за качество обслуживания
- ежегодный отпуск 36 календарных дней
""",
    )
    assert quoted(answerer, call_centre, "премия большая?") == ""
    assert "36 календарных" in quoted(answerer, call_centre, "отпуск большой у вас?")


def test_pay_for_one_kind_of_a_thing_is_not_pay_for_another(answerer: Answerer) -> None:
    # «за вводные тренировки платят?» — the line pays a share of the personal ones only.
    gym = ad(
        "Фитнес-тренер",
        """## Условия

- оклад + процент с персональных тренировок
""",
    )
    assert quoted(answerer, gym, "за вводные тренировки тренеру платят?") == ""
    assert "персональных" in quoted(answerer, gym, "за персональные тренировки процент платят?")


def test_a_part_headed_by_another_job_does_not_answer_for_the_job_asked(
    answerer: Answerer,
) -> None:
    # «кассирам премии платят» — the KPI is the deputy director's, under his own heading.
    shops = ad(
        "Продавец-кассир, заместитель директора магазина",
        """**Продавец-кассир**
от 46 000 до 58 000 ₽ на руки · график 2/2 или 5/2
Работа на кассе, выкладка товара, помощь покупателям в зале.

**Заместитель директора магазина**
до 85 000 ₽ (оклад + KPI) · 5/2 плавающие выходные
Управление сменой, открытие/закрытие магазина, инкассация.
""",
    )
    assert quoted(answerer, shops, "кассирам премии платят") == ""
    assert "85 000" in quoted(answerer, shops, "заместителю директора премии платят?")


def test_a_premium_for_a_period_needs_a_line_that_names_the_period(answerer: Answerer) -> None:
    # «13я зарплата бывает» — the pay holds a premium, and the monthly one is another.
    plant = ad(
        "Электромонтёр",
        """## Условия

- заработная плата 380 000 – 450 000 тенге до вычета налогов (оклад + ночные + премия)
- ежемесячная премия до 20% по итогам работы без аварий
""",
    )
    assert quoted(answerer, plant, "13я зарплата бывает") == ""
    assert quoted(answerer, plant, "премии квартальные есть?") == ""
    assert "ежемесячная" in quoted(answerer, plant, "ежемесячная премия есть?")


def test_how_many_days_needs_a_line_that_counts_days(answerer: Answerer) -> None:
    # «обучение на лицензию сколько дней длится» — the training's price counts no days.
    guards = ad(
        "Охранник",
        """## Условия

- можно без лицензии, поможем получить лицензию (обучение 4 200 ₽, оплата частями из зарплаты)
""",
    )
    assert quoted(answerer, guards, "обучение на лицензию сколько дней длится") == ""
    counted = ad(
        "Охранник",
        """## Условия

- поможем получить лицензию: обучение 5 дней, 4 200 ₽, оплата частями из зарплаты
""",
    )
    assert "5 дней" in quoted(answerer, counted, "обучение на лицензию сколько дней длится")


def test_holding_another_job_beside_this_one_needs_a_line_that_speaks_of_it(
    answerer: Answerer,
) -> None:
    # «можно совмещать с другой работой» — part-time shifts for students are not two jobs.
    shop = ad(
        "Продавец-кассир",
        """## Условия

- Подработка для студентов: смены по 4–6 часов в вечернее время.
- Занятость: полная занятость, частичная занятость
""",
    )
    assert quoted(answerer, shop, "можно совмещать с другой работой") == ""
    said = ad(
        "Продавец-кассир",
        """## Условия

- Подработка для студентов: смены по 4–6 часов в вечернее время.
- можно совмещать с основной работой: смены по вечерам и в выходные
""",
    )
    assert "основной работой" in quoted(answerer, said, "можно совмещать с другой работой")


def test_a_sum_asked_for_a_thing_needs_a_sum_not_a_count(answerer: Answerer) -> None:
    # "how much do u get for a sleep in" — "around two per month" counts the shifts, not the
    # pay; "fee for ex servicemen" — "As per Govt. rules" names no fee.
    support = ad(
        "Support Worker",
        """## The role

- Sleep-in shifts (around two per month), paid separately as a flat-rate allowance.
- Pay is £12.60 per hour, paid weekly.

## Application fee

- General / OBC / EWS : ₹600/-
- Ex-Servicemen : As per Govt. rules
""",
        lang="en",
    )
    assert quoted(answerer, support, "how much do u get for a sleep in") == ""
    assert quoted(answerer, support, "fee for ex servicemen") == ""
    assert "£12.60" in quoted(answerer, support, "how much do u get per hour")


def test_pay_for_one_country_does_not_answer_for_another(answerer: Answerer) -> None:
    # "pay range if i work from canada" — the range printed is the US one.
    tpm = ad(
        "Technical Program Manager",
        """## Compensation

- The US base salary range for this full-time position is $142,000-$209,000 + bonus.
- Our salary ranges are set by role, level, and location.

## Equal opportunity

We are committed to equal employment opportunity regardless of race, color, ancestry, religion,
sex, national origin or citizenship.
""",
        lang="en",
    )
    assert quoted(answerer, tpm, "pay range if i work from canada") == ""
    assert "$142,000" in quoted(answerer, tpm, "what's the salary range in the US")


def test_c2c_asks_the_contract_not_the_c_language(answerer: Answerer) -> None:
    # "is c2c or contract ok" — "Series C fintech" is a funding round, no language and no terms.
    inmail = ad(
        "Senior Data Engineer",
        """Subject: Senior Data Engineer – Series C fintech (hybrid Denver) – $170-195K base

I'm partnering with a Series C fintech to hire a Senior Data Engineer for their Data Platform team.
""",
        lang="en",
    )
    assert quoted(answerer, inmail, "is c2c or contract ok") == ""
    devops = ad(
        "DevOps Engineer",
        """## Terms

- Payroll: weekly on W2, Net 30 on C2C
- Accepts corp to corp applications
""",
        lang="en",
    )
    answer = quoted(answerer, devops, "c2c ok? i have my own corp").lower()
    assert "c2c" in answer or "corp to corp" in answer


def test_the_people_wanted_are_no_count_of_a_crew(answerer: Answerer) -> None:
    # "how many guys on a crew" — "Looking for 2 … guys" counts the hires, not the crew.
    crew = ad(
        "Landscape Crew Member",
        """Looking for 2 hard working guys or gals to join our maintenance crew.
Mowing, edging, blowing and trimming for residential clients around Boise.
""",
        lang="en",
    )
    assert quoted(answerer, crew, "how many guys on a crew") == ""


def test_a_cap_or_a_minimum_asked_needs_a_line_that_names_a_bound(answerer: Answerer) -> None:
    # "is pto capped at 4 weeks or minimum" — "4 weeks PTO" says neither.
    startup = ad(
        "Backend Engineer",
        """## Perks

- $1,500/yr learning budget, 4 weeks PTO + the week between Christmas and New Year off.
""",
        lang="en",
    )
    assert quoted(answerer, startup, "is pto capped at 4 weeks or minimum") == ""
    flexible = ad(
        "Support Lead",
        """## Perks

- Unlimited PTO, with a 15-day minimum we ask everyone to take.
""",
        lang="en",
    )
    assert "Unlimited PTO" in quoted(answerer, flexible, "is pto unlimited or capped")


def test_the_candidates_age_is_answered_only_by_a_line_on_age(answerer: Answerer) -> None:
    # «до скольки лет берете» — the driver's card, kept for a year, says nothing of age.
    drivers = ad(
        "Водитель-экспедитор",
        """## Требования

- Обязательно наличие карты водителя для тахографа; при её отсутствии оформление за счёт
  работодателя с удержанием при увольнении до 1 года.
- Стаж вождения категории C от 3 лет.
""",
    )
    assert quoted(answerer, drivers, "до скольки лет берете водителей") == ""
    assert quoted(answerer, drivers, "мне 58, возьмете?") == ""
    said = ad(
        "Водитель-экспедитор",
        """## Требования

- Обязательно наличие карты водителя для тахографа; при её отсутствии оформление за счёт
  работодателя с удержанием при увольнении до 1 года.
- Возраст от 25 до 55 лет, стаж вождения категории C от 3 лет.
""",
    )
    assert "55 лет" in quoted(answerer, said, "до скольки лет берете водителей")
    assert "55 лет" in quoted(answerer, said, "мне 58, возьмете?")


def test_whether_a_thing_is_paid_needs_a_line_that_names_it(answerer: Answerer) -> None:
    # «дни в дороге оплачиваются?» — the rotation's pay says nothing of the days on the road.
    money = (
        "Вахта 30/30, смена 11 часов. Проживание в вагон-городке, питание за счёт компании.\n\n"
        "По деньгам: оплата за вахту 30 дней от 165 000 до 190 000 руб. чистыми, зависит от "
        "разряда. Зарплату перечисляем на карту два раза в месяц, даже когда вы дома.\n\n"
        "Билеты до Нового Уренгоя оплачиваем из любого города России, от аэропорта до объекта "
        "везём служебным транспортом.\n"
    )
    rotation = ad("Электромонтажник вахтой 30/30", money)
    assert quoted(answerer, rotation, "дни в дороге оплачиваются?") == ""
    said = ad(
        "Электромонтажник вахтой 30/30",
        money + "\nДни в дороге оплачиваются по 1 500 руб. в сутки.\n",
    )
    assert "в дороге" in quoted(answerer, said, "дни в дороге оплачиваются?")


def test_a_clause_number_counts_nothing(answerer: Answerer) -> None:
    # «сколько машин в автопарке» — «2.9 Автомобиль оставлять на стоянке»: the clause's number.
    rules = ad(
        "Водитель-экспедитор",
        """## 2. Обязанности

2.8 Следить за техническим состоянием автомобиля, вовремя проходить техосмотр.
2.9 Автомобиль оставлять на охраняемой стоянке базы, домой на машине не уезжать.
""",
    )
    assert quoted(answerer, rules, "сколько машин в автопарке") == ""
    counted = ad(
        "Водитель-экспедитор",
        """## 2. Обязанности

2.8 Следить за техническим состоянием автомобиля, вовремя проходить техосмотр.
2.9 В автопарке 12 машин, автомобиль оставлять на охраняемой стоянке базы.
""",
    )
    assert "12 машин" in quoted(answerer, counted, "сколько машин в автопарке")


def test_a_count_of_workers_the_dictionary_reads_two_ways_needs_their_number(
    answerer: Answerer,
) -> None:
    # «сколько стропалей на кран» — the cranes' makes count no slingers.
    cranes = ad(
        "Машинист башенного крана (вахта)",
        """## Условия

- Краны: Liebherr 132 EC-H, Potain MC 175, КБ-405.
- Вахта 30/30, проживание в общежитии.
""",
    )
    assert quoted(answerer, cranes, "сколько стропалей на кран") == ""
    counted = ad(
        "Машинист башенного крана (вахта)",
        """## Условия

- Краны: Liebherr 132 EC-H, Potain MC 175, КБ-405, на кран 5 стропалей в смену.
- Вахта 30/30, проживание в общежитии.
""",
    )
    assert "5 стропалей" in quoted(answerer, counted, "сколько стропалей на кран")


def test_a_sum_asked_in_money_is_not_shown_by_a_share(answerer: Answerer) -> None:
    # «стимулирующие сколько в рублях примерно» — «… высшая — 25%» is a share, not roubles.
    pay = (
        "Должностной оклад: 21 450 руб. (за 18 часов).\n\n"
        "Компенсационные выплаты: доплата за классное руководство — 5 000 руб.; доплата за "
        "проверку тетрадей — 10% от оклада.\n\n"
    )
    share = (
        "Стимулирующие выплаты: по итогам работы за квартал, по критериям эффективности "
        "(участие учеников в олимпиадах, методическая работа); надбавка за квалификационную "
        "категорию: первая — 15%, высшая — 25%.\n"
    )
    school = ad("Учитель начальных классов", pay + share)
    assert quoted(answerer, school, "стимулирующие сколько в рублях примерно") == ""
    said = ad(
        "Учитель начальных классов",
        pay + "Стимулирующие выплаты: по итогам работы за квартал, в среднем 6 000 руб.\n",
    )
    assert "6 000 руб" in quoted(answerer, said, "стимулирующие сколько в рублях примерно")


def test_the_pay_of_a_season_needs_a_line_on_that_season(answerer: Answerer) -> None:
    # «зимой сколько платят» — a piece rate for any window says nothing of the winter.
    windows = ad(
        "Монтажник ПВХ окон",
        """## Условия

- оплата сдельная: от 1 100 руб. за окно, в среднем 90 000 – 150 000 руб./мес.
- выплаты каждую неделю по пятницам
""",
    )
    assert quoted(answerer, windows, "зимой сколько платят") == ""
    said = ad(
        "Монтажник ПВХ окон",
        """## Условия

- оплата сдельная: от 1 100 руб. за окно, в среднем 90 000 – 150 000 руб./мес.
- зимой заработок меньше: в среднем 50 000 – 60 000 руб./мес.
""",
    )
    assert "зимой" in quoted(answerer, said, "зимой сколько платят")


def test_a_field_labelled_with_another_subject_is_not_the_conditions_own_word_on_it(
    answerer: Answerer,
) -> None:
    # «график какой» — the conditions' schedule, not the employment field that names a shift.
    studio = ad(
        "Мастер маникюра",
        """Студия на Малышева ищет мастера маникюра.

Что у нас:
💰 50% от стоимости услуг, материалы салона
📅 график 2/2 или свободный, студия открыта с 10:00 до 22:00
📲 выплаты 2 раза в месяц
""",
        front="employment: сменный график\n",
    )
    assert "2/2" in quoted(answerer, studio, "график какой")
    # A field whose label is the kind of pay asked for still is: nights are pay.
    home = ad(
        "Care Assistant",
        """**Shifts and pay:**
* long days 8:00–20:00 or nights 20:00–8:00, usually 3 or 4 shifts a week;
* a paid 30-minute break on every shift, with a hot meal from our kitchen;
* paid weekly, every Friday.
""",
        lang="en",
        front="salary: £12.60 per hour, £13.40 at night and at weekends\n",
    )
    assert "13.40" in quoted(answerer, home, "Do you pay more for night shifts?")


def test_who_is_welcome_to_apply_is_not_how_to_apply(answerer: Answerer) -> None:
    # "how to apply" — the instruction, not "graduates are welcome to apply".
    firm = ad(
        "Logistics Coordinator",
        """## Requirements

- Diploma in logistics or supply chain management
- Fresh graduates with internship experience in logistics are welcome to apply

## How we hire

Interested applicants please click "Apply Now".
""",
        lang="en",
    )
    assert "Apply Now" in quoted(answerer, firm, "how to apply")


def test_by_day_asks_the_day_shifts_as_at_night_asks_the_night_ones(answerer: Answerer) -> None:
    # «можно только днем работать» — the day shifts, not a line on a paid leave of 28 days.
    guards = ad(
        "Охранник",
        "Приглашаем охранников на объект — ТРЦ «Волжский Пассаж». Графики на выбор: сутки через"
        " двое (24 часа, 3 600 ₽ за смену) или дневные смены 2/2 с 9:00 до 21:00 (3 200 ₽ за"
        " смену). Условия: официальное трудоустройство по ТК РФ с первого дня, оплачиваемый"
        " отпуск 28 дней, форма выдаётся бесплатно.\n",
    )
    assert "дневные смены" in quoted(answerer, guards, "можно только днем работать")


def test_the_metro_is_named_by_its_short_form_too(answerer: Answerer) -> None:
    # «от метро далеко?» — «5 минут пешком от м. Площадь 1905 года», not the street alone.
    studio = ad(
        "Мастер маникюра",
        """Екатеринбург, ул. Малышева

Студия «Пальчики» ищет мастера маникюра в дружную команду.

📅 график 2/2, студия открыта с 10:00 до 22:00
📍 ул. Малышева, 71, 2 этаж (5 минут пешком от м. Площадь 1905 года)
""",
    )
    assert "м. Площадь" in quoted(answerer, studio, "от метро далеко идти?")


def test_a_date_says_when(answerer: Answerer) -> None:
    # "when does it close" — the closing date, not the hour of the day a form is due.
    notice = ad(
        "Medical Support Assistant",
        """## How to apply

- Submit your resume via USAJOBS by 11:59 PM Eastern Time on the closing date.
- Open & closing dates: 11/18/2026 to 12/02/2026
""",
        lang="en",
    )
    assert "12/02/2026" in quoted(answerer, notice, "when does it close")


def test_a_rate_that_changes_in_two_months_is_no_payday(answerer: Answerer) -> None:
    # «когда зп приходит» — the pay days, not the rate that rises «через 2 месяца».
    cinema = ad(
        "Кассир кинотеатра",
        """**— Сколько платят?**
— 230 ₽ в час на испытательном сроке, через 2 месяца — 260 ₽ в час.

**— Когда выплаты?**
— Два раза в месяц, 10 и 25 числа, на карту любого банка.
""",
    )
    assert "10 и 25 числа" in quoted(answerer, cinema, "когда зп приходит")


def test_hours_in_a_week_are_no_pay_rhythm(answerer: Answerer) -> None:
    # "do u pay weekly" — how often pay comes, not a rate after "48 hours in a week".
    haulier = ad(
        "HGV Class 1 Driver",
        """Pay: £19.50 per hour basic (nights), £21.75 per hour after 48 hours in a week

## Benefits

- Weekly pay, every Friday
- 28 days holiday including bank holidays
""",
        lang="en",
    )
    assert "Weekly pay" in quoted(answerer, haulier, "do u pay weekly")


def test_a_skill_that_is_a_bonus_is_no_bonus_paid(answerer: Answerer) -> None:
    # "christmas bonus?" — "… it's a bonus - we have a second car": a plus in a candidate.
    nanny = ad(
        "Nanny",
        """We're a family in Putney with two boys, 3 and 7.

Driving not essential, everything's walkable, but it's a bonus - we have a second car.
£17 net per hour, 40 hours a week.
""",
        lang="en",
    )
    assert not answerer.answer(nanny, "christmas bonus?").answered


def test_a_count_of_the_company_is_no_size_of_the_team_asked(answerer: Answerer) -> None:
    # "how big is the data platform team" — the client's headcount, in another clause.
    inmail = ad(
        "Senior Data Engineer",
        "Hi Sam,\n\n"
        "I'm partnering with a Series C fintech in the lending space (~450 employees, profitable"
        " since last year), to hire a Senior Data Engineer for their Data Platform team.\n\n"
        "Base: $170-195K, hybrid in Denver.\n",
        lang="en",
    )
    assert not answerer.answer(inmail, "how big is the data platform team").answered
    shop = ad(
        "Менеджер маркетплейсов",
        "Soft Home — бренд пледов. Команда небольшая, 12 человек, все работают удалённо.\n",
    )
    assert "12 человек" in quoted(answerer, shop, "Сколько человек в команде?")


def test_a_fee_named_without_a_figure_is_not_the_hourly_sum(answerer: Answerer) -> None:
    # "base fee per order how much" — the £17 is per hour; the base fee has no figure.
    courier = ad(
        "Courier",
        """## Pay

- Earn up to £17 per hour — every order pays a base fee plus distance, and you keep 100% of tips.
- Weekly payouts every Monday
""",
        lang="en",
    )
    assert not answerer.answer(courier, "base fee per order how much").answered


def test_a_warning_against_fraud_gives_nothing_it_names(answerer: Answerer) -> None:
    # "is there a uniform" — the board's "Never pay any money upfront for … uniforms".
    cafe = ad(
        "Barista",
        """Barista wanted for our specialty coffee shop in Kemptown, £12.60/hr to start.

At least 6 months barista experience please.

Never pay any money upfront for a job, training, uniforms or a DBS check.
""",
        lang="en",
    )
    assert not answerer.answer(cafe, "is there a uniform").answered
    assert not answerer.answer(cafe, "will i need a dbs check").answered


def test_a_holiday_asked_by_its_name_needs_that_name(answerer: Answerer) -> None:
    # "do i get christmas day off" — "28 days holiday (including bank holidays)" names none.
    pub = ad(
        "Bar Staff",
        """## Benefits

- 28 days holiday (including bank holidays), rising with length of service
- Staff meals on shift
""",
        lang="en",
    )
    assert not answerer.answer(pub, "do i get christmas day off").answered


def test_other_employers_jobs_in_a_city_portals_list_are_not_the_employers(
    answerer: Answerer,
) -> None:
    # A news site's «вакансии недели»: the bakery's job is one numbered entry of four, the
    # tram depot's training and the factory's medical cover are other employers' — and the
    # courses' advert under it is the advertiser's.
    digest = ad(
        "Пекарь",
        """4 вакансии недели в Твери

1. Водитель трамвая — МУП «Тверьэлектротранс»
Зарплата от 70 000 рублей, обучение бесплатно. Развозка ранним утром.

2. Пекарь — пекарня «Колосок»
Ставка 3 000 ₽ за смену. График 2/2 с 6:00 до 18:00. Форму выдаём.

РЕКЛАМА
Курсы бариста — скидка 20% до конца месяца.

3. Инженер — завод «Тверьмаш»
От 120 000 рублей, ДМС, корпоративный спорт.

4. Продавец — магазин «Уют»
40 000 рублей, график 5/2.
""",
        front="company: пекарня «Колосок»\n",
    )
    assert quoted(answerer, digest, "развозка есть?") == ""
    assert quoted(answerer, digest, "дмс дают?") == ""
    assert quoted(answerer, digest, "скидки сотрудникам есть?") == ""
    assert "2/2" in quoted(answerer, digest, "график какой")


def test_other_cards_of_a_channels_keycap_digest_are_not_the_employers(
    answerer: Answerer,
) -> None:
    # A job channel's post of four cards numbered by keycaps: the bakery's is the second; the
    # warehouse's hostel and meals, the courier's and the cashier's ages are other jobs'.
    digest = ad(
        "Пекарь",
        """ВАКАНСИИ ДНЯ 🔥

1️⃣ **Кладовщик на склад**
📍 Химки
💰 от 80 000 ₽/мес
Вахта 15/15, общежитие и питание бесплатно.
#вакансия #склад

2️⃣ **Пекарь в пекарню «Колосок»**
📍 Тверь, ул. Советская, 12
💰 3 000 ₽ за смену
График 2/2 с 6:00 до 18:00. Форму выдаём.
Пишите @kolosok_hr

3️⃣ **Курьер**
📍 Тверь, центр
💰 от 4 000 ₽ за смену
Выплаты ежедневно на карту, возраст от 16 лет.
#вакансия #курьер

4️⃣ **Кассир в супермаркет**
📍 Тверь
💰 45 000 ₽/мес
График 5/2, с 18 лет.
""",
        front="company: пекарня «Колосок»\n",
    )
    assert quoted(answerer, digest, "общежитие есть?") == ""
    assert quoted(answerer, digest, "кормят бесплатно?") == ""
    assert quoted(answerer, digest, "со скольки лет берете") == ""
    assert "3 000" in quoted(answerer, digest, "какая зарплата")


def test_a_boards_safety_tips_and_similar_ads_are_not_the_employers(answerer: Answerer) -> None:
    # A classifieds page copied whole: the board's safety advice names uniforms and DBS checks,
    # and its list of similar ads asks for experience — neither is the café's.
    page = ad(
        "Kitchen Porter",
        """Kitchen porter wanted at our seafront café, £12 per hour.
Washing up, keeping the kitchen clean, helping with prep. No experience needed, we train you.

Similar ads
Head Chef - Experience Required - £16.00 - Hove
Barista - Brighton Marina

Stay safe on Gumtree
Never pay any money upfront for a job, training, uniforms or a DBS check.
Meet in a public place or at the business premises during working hours.
""",
        lang="en",
    )
    assert quoted(answerer, page, "is there a uniform") == ""
    assert quoted(answerer, page, "will i need a dbs check") == ""
    assert "No experience needed" in quoted(answerer, page, "never done this before is that ok")


def test_a_sheet_of_branches_answers_from_the_jobs_own_row(answerer: Answerer) -> None:
    # HR pasted the whole sheet of open jobs: the address and the papers asked are the
    # barista's branch's, not the baker's on the first row.
    sheet = ad(
        "Бариста (филиал Северный)",
        """Вакансии филиалов (обновл. 14.11)

Филиал\tДолжность\tГрафик\tТребования\tКонтакт
Центральный (ул. Ленина 88)\tПекарь\t5/2 с 5:00\tопыт от 1 г., санкнижка\tОльга
Северный (ул. Мира 61)\tБариста\t2/2 по 12ч\tот 18 лет, опыт не нужен\tНастя
Южный (ул. Гагарина 4)\tПродавец\t2/2\tот 18\tОльга
Заречный (ул. Новая 3)\tКурьер\tсвободный\tсвой смартфон\tНастя
""",
    )
    assert "ул. Мира 61" in quoted(answerer, sheet, "адрес точки скиньте")
    assert quoted(answerer, sheet, "санкнижку надо делать?") == ""


def test_a_sum_written_out_in_words_answers_how_much(answerer: Answerer) -> None:
    # A radio announcement typed as it was read out: the pay of each job is in words.
    radio = ad(
        "Рабочие на птицефабрику",
        "Птицефабрика Заречная приглашает на работу операторов птичника и рабочих убойного"
        " цеха.\nЗаработная плата операторов птичника от сорока пяти тысяч рублей, у рабочих"
        " убойного цеха от пятидесяти тысяч рублей, выплаты два раза в месяц.\nОбращаться в"
        " отдел кадров, улица Фабричная, дом один.\n",
    )
    assert "сорока пяти тысяч" in quoted(answerer, radio, "сколько получает оператор птичника")


def test_an_offer_letters_terms_typed_with_a_bar_keep_each_label_with_its_value(
    answerer: Answerer,
) -> None:
    # A job offer pasted as the vacancy: its terms are a table of "label | value" lines.
    offer = ad(
        "Менеджер по продажам",
        """ПРЕДЛОЖЕНИЕ О РАБОТЕ

Должность | Менеджер по продажам
Оклад | 70 000 руб. в месяц
Испытательный срок | 3 месяца
ДМС | после испытательного срока, включая стоматологию
Дата выхода | 17 марта 2025 г.

Просим подтвердить согласие ответным письмом.
""",
    )
    assert "17 марта" in quoted(answerer, offer, "когда выходить")
    assert "стоматолог" in quoted(answerer, offer, "дмс есть?")


def test_how_often_pay_comes_is_found_below_the_hours(answerer: Answerer) -> None:
    # "do u pay weekly" — the line that says how often pay comes, though a line on the hours a
    # week or the rate ranks first; "28K monthly" is a sum, not a rhythm, and "one week in six"
    # is how often on-call comes.
    moderator = fixture("blind-bc", "discord-emberfall-community-moderator")
    assert "paid monthly" in quoted(answerer, moderator, "do u pay weekly")
    cook = fixture("blind-au", "line-cook-tacoma")
    assert "every other Friday" in quoted(answerer, cook, "do u pay weekly")
    agent = ad(
        "Customer Service Representative",
        """## What we offer

- Up to 28K monthly package + 20% night differential
- HMO from day one
""",
        lang="en",
    )
    assert quoted(answerer, agent, "do u pay weekly") == ""
    sre = ad(
        "Site Reliability Engineer",
        """## What you'll do

- Take part in on-call: one week in six, with a €400 weekly on-call allowance
""",
        lang="en",
    )
    assert "one week in six" in quoted(answerer, sre, "how often is on call")


def test_what_one_has_never_done_frames_the_question(answerer: Answerer) -> None:
    # "never ran a commercial mower, is that ok" — whether one fits: the line that says the
    # crew trains, with no word for "never" in it.
    crew = fixture("blind-bg", "landscape-crew-boise-craigslist")
    assert "we will train the right person" in quoted(
        answerer, crew, "never ran a commercial mower, is that ok"
    )
    custodian = fixture("blind-aj", "night-custodian-school-district-salem")
    assert "GED preferred but not required" in quoted(
        answerer, custodian, "i never finished high school is that ok"
    )


def test_write_to_me_in_a_message_is_how_to_apply(answerer: Answerer) -> None:
    # «куда писать» — an owner's «Пишите мне в личку», as a company's «пишите нам в личку».
    chat = fixture("blind-av", "barista-zhk-chat-spb")
    assert "Пишите мне в личку" in quoted(answerer, chat, "куда писать")


def test_a_monthly_premium_does_not_answer_for_a_thirteenth_salary(answerer: Answerer) -> None:
    # «тринадцатая зарплата есть» — a premium paid every month says nothing of a 13th salary.
    boiler_house = ad(
        "Оператор котельной",
        """## Условия

- Заработная плата: от 34 000 до 41 000 руб. (оклад + ночные 40 % + ежемесячная премия)
- Компенсация стоимости проезда к месту работы
""",
    )
    assert quoted(answerer, boiler_house, "тринадцатая зарплата есть") == ""
    assert quoted(answerer, boiler_house, "13я зарплата или годовой бонус есть") == ""
    assert "ежемесячная" in quoted(answerer, boiler_house, "премия ежемесячная?")


def test_an_older_candidate_is_not_answered_by_the_least_age(answerer: Answerer) -> None:
    # «до скольки лет берут» — «от 21 года» is how young one may be, not how old.
    canteen = ad(
        "Повар",
        """## Требования

- Требуется возраст от 21 года.
- Опыт работы поваром от года.
""",
    )
    assert quoted(answerer, canteen, "до скольки лет берут") == ""
    assert quoted(answerer, canteen, "мне 58, не поздно?") == ""
    assert "от 21 года" in quoted(answerer, canteen, "мне 19, возьмете?")
    # «мне 56, по возрасту не откажут?» — the children's age groups are not the candidate's age.
    dance = ad(
        "Хореограф",
        """## Обязанности

- руководство детским ансамблем танца (3 возрастные группы, около 45 участников)
""",
    )
    assert quoted(answerer, dance, "мне 56, по возрасту не откажут?") == ""
    loaders = ad(
        "Грузчик",
        """## Кого ищем

- мужчины и женщины, возраст 18–55 лет
""",
    )
    assert "18–55" in quoted(answerer, loaders, "мне 50, не поздно?")


def test_shoes_asked_are_not_answered_by_a_uniform(answerer: Answerer) -> None:
    # «обувь выдают?» — «Форму выдают и стирают» says nothing of the shoes.
    canteen = ad(
        "Повар",
        """## Условия

- Форму выдают и стирают.
- Обед бесплатно.
""",
    )
    assert quoted(answerer, canteen, "обувь выдают?") == ""
    assert quoted(answerer, canteen, "тапки рабочие дают или свои") == ""
    assert "Форму" in quoted(answerer, canteen, "форму дают?")
    school = ad(
        "Водитель автобуса",
        """## Условия

- Форменная одежда выдаётся.
- ЗП 2 раза в месяц на карту.
""",
    )
    assert quoted(answerer, school, "обувь тоже выдаете или только форму") == ""
    assert "Форменная" in quoted(answerer, school, "форму выдаете?")
    warehouse = ad(
        "Комплектовщик",
        """## Условия

- Обувь своя, закрытая.
- График 2/2 по 12 часов.
""",
    )
    assert "Обувь своя" in quoted(answerer, warehouse, "в какой обуви приходить")


def test_which_bank_asks_a_name_the_line_must_give(answerer: Answerer) -> None:
    # «на карту какого банка платите» — «на карту» names no bank.
    gym = ad(
        "Администратор фитнес-клуба",
        """## Условия

- Выплаты 2 раза в месяц, 5 и 20 числа, на карту.
- График 2/2.
""",
    )
    assert quoted(answerer, gym, "на карту какого банка платите") == ""
    assert "на карту" in quoted(answerer, gym, "зп на карту?")
    # «процент с банкетов какой» asks no bank.
    hall = ad(
        "Хостес",
        """## Условия

- 2% от банкетов и предзаказов.
""",
    )
    assert "банкетов" in quoted(answerer, hall, "процент с банкетов какой")


def test_a_fare_paid_on_a_route_does_not_answer_for_another_town(answerer: Answerer) -> None:
    # «я из вологды буду ездить, проезд компенсируют?» — the fare paid is the bus from Сокол.
    boiler_house = ad(
        "Оператор котельной",
        """## Условия

- Компенсация стоимости проезда к месту работы (автобус по маршруту Сокол — Кадников).
- График сменный.
""",
    )
    asked = "я из вологды буду ездить, проезд компенсируют?"
    assert quoted(answerer, boiler_house, asked) == ""
    assert "Компенсация" in quoted(answerer, boiler_house, "я из сокола, проезд компенсируют?")


def test_foreigners_asked_as_a_class_need_a_line_on_who_may_work(answerer: Answerer) -> None:
    # «иностранцев берете» — the papers to bring say nothing of foreigners.
    plant = ad(
        "Рабочие птицефабрики",
        """## Как устроиться

- Обращаться в отдел кадров, при себе иметь паспорт, СНИЛС и трудовую книжку.
""",
    )
    assert quoted(answerer, plant, "иностранцев берете") == ""
    assert quoted(answerer, plant, "иностранцев с патентом берете?") == ""
    shop = ad(
        "Кассир",
        """## Требования

- гражданство РФ или ЕАЭС, патент не рассматриваем
- паспорт и СНИЛС при оформлении
""",
    )
    assert "гражданство" in quoted(answerer, shop, "иностранцев берете?")


def test_cover_asked_for_the_family_needs_a_line_on_the_family(answerer: Answerer) -> None:
    # «дмс на детей можно оформить» — «ДМС после испытательного» says nothing of children.
    service = ad(
        "Сервисный инженер",
        """Первые два года я сам ездил на все заявки, по вечерам чинил на кухне, жена терпела.

## Условия

- ДМС после испытательного.
- Оформление по ТК РФ с первого дня, испытательный срок 2 месяца.
""",
    )
    assert quoted(answerer, service, "дмс на детей можно оформить") == ""
    assert "ДМС" in quoted(answerer, service, "дмс есть?")
    bank = ad(
        "Операционист",
        """## Условия

- ДМС для сотрудников и их детей.
""",
    )
    assert "детей" in quoted(answerer, bank, "дмс на детей есть?")


def test_a_particular_member_asked_beside_its_whole_needs_that_member(
    answerer: Answerer,
) -> None:
    # "does cycle to work cover e-bikes" — "a cycle to work scheme" names bikes as a whole;
    # "do they test for weed" — "drug test" names no drug; "is it maths?" — "a short online
    # assessment" names nothing it tests.
    nurse = ad(
        "Staff Nurse",
        """## Benefits

- 27 days' annual leave rising with service, a cycle to work scheme, and staff car parking
""",
        lang="en",
    )
    assert not answerer.answer(nurse, "does cycle to work cover e-bikes").answered
    assert answerer.answer(nurse, "cycle scheme?").answered
    picker = ad(
        "Warehouse Picker",
        """## How to start

- Complete a pre-hire appointment: ID check, photo, drug test
- Registration (ID check and a short online assessment) takes about 1 hour at our branch
""",
        lang="en",
    )
    assert not answerer.answer(picker, "do they test for weed").answered
    assert not answerer.answer(picker, "whats on the online assessment, is it maths?").answered
    assert answerer.answer(picker, "is there a drug test").answered


def test_whether_a_perk_is_compulsory_is_not_said_by_the_perk(answerer: Answerer) -> None:
    # "is medical aid compulsory" — "Medical aid (company contributes 50%)" offers it; whether
    # one must join is not said.
    supervisor = ad(
        "Warehouse Supervisor",
        """## What we offer

- Medical aid (company contributes 50%)
- Provident fund
- 15 days annual leave
""",
        lang="en",
    )
    assert not answerer.answer(supervisor, "is medical aid compulsory").answered
    assert answerer.answer(supervisor, "is there medical aid").answered


def test_a_duty_gives_no_perk(answerer: Answerer) -> None:
    # "do staff get free guest passes" — "Sell guest passes and process locker rentals": what
    # the desk sells is not what the staff get.
    desk = ad(
        "Front Desk Attendant",
        """## What you'll do

- Greet members and check them in
- Sell guest passes and process locker rentals using the point-of-sale system
- Answer phone calls about class schedules

## Training

First Aid certification must be obtained within 30 days; the class is offered free of charge.

## Perks

- Staff t-shirts and a name badge provided
- Flexible scheduling around exams
""",
        lang="en",
    )
    assert not answerer.answer(desk, "do staff get free guest passes").answered
    assert answerer.answer(desk, "will i sell guest passes").answered


def test_own_transport_is_a_car_not_a_truck(answerer: Answerer) -> None:
    # "do i need a truck licence" — "must have own transport" asks a car of the candidate, not
    # a truck; "do i need a car" is answered by it.
    landscaper = ad(
        "Casual Landscaper",
        """## The work

- mowing, edging and hedge trimming
- loading/unloading the trucks

## What you need

- must have own transport – we meet on site, not at a depot
- able to start at 7am
""",
        lang="en",
    )
    assert not answerer.answer(landscaper, "do i need a truck licence").answered
    assert answerer.answer(landscaper, "do i need a car").answered


def test_tuition_and_a_gym_are_not_the_jobs_training_or_a_league(answerer: Answerer) -> None:
    # "tuition reimbursement?" — "Paid training: … shadowing" is the job's own training; "is
    # there a gym for staff" — "a volleyball league" is another way to keep fit.
    lodge = ad(
        "Line Cook",
        """## Perks

- Paid training: your first 3 weeks are shadowing with a dedicated buddy
- We have an employee rec program with weekly trips and a volleyball league.
- Staff meals every shift
""",
        lang="en",
    )
    assert not answerer.answer(lodge, "tuition reimbursement?").answered
    assert not answerer.answer(lodge, "is there a gym for staff").answered
    assert answerer.answer(lodge, "is the training paid").answered


def test_the_employers_pension_share_says_nothing_of_the_workers(answerer: Answerer) -> None:
    # "do i have to pay in myself to get the 6% pension?" — "Pension with 6% employer
    # contribution" says what the employer pays in, not what the worker must.
    support = ad(
        "Support Worker",
        """## Benefits

- Pension with 6% employer contribution
- Cycle to Work scheme and Blue Light Card
""",
        lang="en",
    )
    assert not answerer.answer(
        support, "do i have to pay in myself to get the 6% pension?"
    ).answered
    assert answerer.answer(support, "pension?").answered


def test_pay_with_its_sum_among_the_requirements_is_the_pay(answerer: Answerer) -> None:
    # «зп какая» — the only sum is in a requirement: «берём без опыта, оплата 2 500 ₽ за выход».
    site = ad(
        "Подсобник на стройку",
        """## Требования

- физическая выносливость
- берём без опыта, оплата 2 500 ₽ за выход

## Условия

- расчёт каждую пятницу
- спецодежда выдаётся
""",
    )
    assert "2 500 ₽" in quoted(answerer, site, "зп какая")
    assert "2 500 ₽" in quoted(answerer, site, "сколько за выход платят")
    assert "выдаётся" in quoted(answerer, site, "спецовку дают?")


def test_a_line_naming_a_part_of_the_day_or_week_speaks_to_one_asked(answerer: Answerer) -> None:
    # «ночные смены будут?» — «Работаем только в дневную смену», not the rotation's hours.
    rotation = ad(
        "Электромонтажник вахтой",
        """## Условия

- Вахта 30/30, смена 11 часов, выходных на вахте нет.
- Работаем только в дневную смену.
- Проживание в общежитии.
""",
    )
    assert "дневную" in quoted(answerer, rotation, "ночные смены будут?")
    assert "11 часов" in quoted(answerer, rotation, "смена сколько часов")
    pharmacy = ad(
        "Фармацевт",
        """## Условия

- Аптеки работают с 8:00 до 22:00.
- Основной график 2/2 по 14 часов, есть вакансии 5/2 в аптеках при поликлиниках.
""",
    )
    assert "5/2" in quoted(answerer, pharmacy, "а пятидневка есть?")


def test_the_duties_asked_with_the_work_between_the_words(answerer: Answerer) -> None:
    # «что по работе делать надо» asks «что делать»: the duties, not an abstention.
    shop = ad(
        "Продавец сантехники",
        """## Обязанности

- консультирование покупателей в торговом зале
- выкладка товара

## Условия

- график 2/2 с 9:00 до 21:00
""",
    )
    assert "консультирование" in quoted(answerer, shop, "что по работе делать надо")
    assert "консультирование" in quoted(answerer, shop, "что делать надо")
    assert "2/2" in quoted(answerer, shop, "график какой")


def test_a_chat_copula_stands_inside_a_question_phrase(answerer: Answerer) -> None:
    # "what r the hours" asks "what hours", as "what are the hours" does: the schedule's times,
    # not the hourly pay.
    depot = ad(
        "Bus Operator Trainee",
        """## Benefits

- Salary: $21.84 - $29.37 Hourly
- Work Schedule: Service runs 5:15 a.m. to 10:30 p.m., seven days a week.
- Paid training
""",
        lang="en",
    )
    assert "5:15" in quoted(answerer, depot, "what r the hours")
    assert "5:15" in quoted(answerer, depot, "what are the hours")
    assert "$21.84" in quoted(answerer, depot, "how much per hour")


def test_a_terms_length_is_no_payday(answerer: Answerer) -> None:
    # «Когда выплачивают зарплату?» — «10 и 25 числа», not «испытательный срок 2 месяца».
    clinic = ad(
        "Ассистент ветеринарного врача",
        """## Условия

- оклад 48 000 ₽ плюс 5% от стоимости процедур
- испытательный срок 2 месяца, зарплата на испытательном сроке не меняется
- официальное трудоустройство, выплаты два раза в месяц — 10 и 25 числа
""",
    )
    assert "10 и 25 числа" in quoted(answerer, clinic, "Когда выплачивают зарплату?")
    assert "срок 2 месяца" in quoted(answerer, clinic, "испытательный срок сколько")


def test_a_card_of_several_positions_answers_for_its_own_only(answerer: Answerer) -> None:
    # A seaside hotel's card lists five jobs with their pay and details the maid's below: the
    # waiters' tips are not the maid's, and the cooks' pay is not hers either.
    card = ad(
        "Горничная (сезон)",
        """Открытые позиции:
🌊 Горничная — 60 000 ₽ (подробно ниже)
🌊 Официант ресторана — 55 000 ₽ + чаевые
🌊 Повар горячего цеха — от 90 000 ₽
🌊 Аниматор детского клуба — 50 000 ₽

ГОРНИЧНАЯ
График 6/1, смена 8 часов с 8:00 до 16:30
Что нужно делать: уборка номеров, смена белья и полотенец.
""",
    )
    assert quoted(answerer, card, "горничным чаевые оставляют?") == ""
    assert "Повар" not in quoted(answerer, card, "повару сколько платят")


def test_a_boards_message_box_and_ad_number_are_no_answer(answerer: Answerer) -> None:
    # A Kijiji page copied whole: its message box with the text it fills in, the ad's number
    # and the report link are the board's, not the employer's way to apply.
    page = ad(
        "Snow Removal Labourer",
        """We need 3 more reliable guys or gals for the winter season.
Start pay $22/hr, paid every Friday by e-transfer.
To apply send a message here with your name and your area of Ottawa.

Reply to this ad: Hi, is this job still available?
Send message

Ad ID 1719384452
Report Ad
""",
    )
    assert "To apply send a message here" in quoted(answerer, page, "how do i apply")


def test_a_voice_message_transcribed_as_one_line_answers_only_where_it_says_so(
    answerer: Answerer,
) -> None:
    # The owner's voice message, transcribed without a stop: «с машины» is the pay's and «в
    # день» the training's, far apart — no count of cars a day is said.
    line = (
        "короче вот смотри нам на мойку нужны ребята мойщики двое а лучше трое мы на "
        "Ставропольской 214 это возле моста ну там где шиномонтаж рядом да вот график два "
        "через два смены с восьми утра до восьми вечера по двенадцать часов ну бывает летом "
        "задерживаемся если поток идёт по оплате значит у нас процент тридцать процентов от "
        "выручки с машины плюс если чай дают то чай ваш мы не забираем ну в среднем ребята "
        "выходят по три с половиной четыре тысячи за смену в хороший день и больше выходит "
        "выплата каждый день в конце смены наличкой или на карту как удобно опыт не нужен "
        "всему научим сами первые два дня стажировка с старшим мойщиком стажировка "
        "оплачивается тысяча в день форму даём фартук сапоги перчатки резиновые"
    )
    wash = ad("Мойщик автомобилей", f"Расшифровка:\n{line}\n")
    assert quoted(answerer, wash, "скока машин в день примерно") == ""
    assert "стажировка оплачивается" in quoted(answerer, wash, "стажировка оплачивается?")


def test_an_edit_saying_the_job_is_still_open_answers_whether_they_still_hire(
    answerer: Answerer,
) -> None:
    # A wall post edited twice: the second edit says the vacancy is still open.
    post = ad(
        "Комплектовщик на склад",
        """ТРЕБУЮТСЯ КОМПЛЕКТОВЩИКИ НА СКЛАД
Оплата 2600 р за смену + премия за выработку
Звоните 📞 +7 (912) 000-47-18 Ольга

UPD: ставку подняли!! теперь 2900 р за смену
UPD2 (12.11): открыли ночную смену с 20:00 до 8:00, ночь 3300 р. вакансия ещё актуальна
""",
    )
    assert "вакансия ещё актуальна" in quoted(answerer, post, "еще набираете или уже все")


def test_a_year_of_study_named_by_a_word_is_no_course(answerer: Answerer) -> None:
    # «Студентов последнего курса»: a year of study, so «обучение для новеньких есть» is not
    # answered by it; a student on their last year still asks who is taken.
    clinic = ad(
        "Медсестра",
        """## Условия

- Студентов последнего курса колледжа берём только на подработку по выходным.
- Оформление по ТК, график 2/2.
""",
    )
    assert quoted(answerer, clinic, "обучение для новеньких есть") == ""
    assert "Студентов" in quoted(answerer, clinic, "я на последнем курсе колледжа можно к вам")


def test_the_age_bound_of_a_programme_is_no_bound_on_whom_they_hire(answerer: Answerer) -> None:
    # «мне 57, не поздно?» — «Молодым специалистам (до 35 лет …) – доплата» pays the young; it
    # does not say how old a candidate may be.
    school = ad(
        "Воспитатель",
        """## Условия

- Оклад 14 860 руб., отпуск 42 дня.
- Молодым специалистам (до 35 лет, три года после учёбы) – ежемесячная доплата 30 %.
""",
    )
    assert quoted(answerer, school, "мне 57, не поздно?") == ""
    assert "Молодым" in quoted(answerer, school, "молодым спецам доплата есть? мне 23")
    shop = ad(
        "Кассир",
        """## Требования

- Возраст до 55 лет.
""",
    )
    assert "55" in quoted(answerer, shop, "мне 50, не поздно?")


def test_a_bank_asked_is_not_answered_by_a_card_of_another_bank(answerer: Answerer) -> None:
    # «на карту idbank можно получать?» — «на карту Ameriabank» names another bank; a card of
    # any bank answers it.
    cafe = ad(
        "Бариста",
        """## Условия

- зарплату даем 2 раза в месяц наличными или на карту Ameriabank
- смены по 8 часов
""",
    )
    assert quoted(answerer, cafe, "на карту idbank можно получать?") == ""
    assert "Ameriabank" in quoted(answerer, cafe, "на карту ameriabank можно получать?")
    shop = ad(
        "Продавец",
        """## Условия

- выплаты 2 раза в месяц на карту любого банка
""",
    )
    assert "любого банка" in quoted(answerer, shop, "у меня карта тинькофф, на нее можно зп?")


def test_a_line_leading_with_another_job_does_not_answer_for_the_titles(
    answerer: Answerer,
) -> None:
    # «горничным чаевые оставляют?» of a maid's posting — «Официант ресторана — 55 000 ₽ +
    # чаевые» is the waiter's pay, not the maid's.
    hotel = ad(
        "Горничная (сезон)",
        """## Вакансии отеля

- Горничная — 60 000–75 000 ₽
- Официант ресторана шведской линии — 55 000 ₽ + чаевые

## Условия

- Проживание и питание бесплатно.
""",
    )
    assert quoted(answerer, hotel, "горничным чаевые оставляют?") == ""
    assert "чаевые" in quoted(answerer, hotel, "официантам чаевые оставляют?")


def test_a_rank_asked_needs_a_line_naming_a_rank(answerer: Answerer) -> None:
    # «старшим вожатым какой опыт нужен» — «Возраст — от 18 лет» is said of every counsellor.
    camp = ad(
        "Вожатый",
        """## Требования

- Возраст — от 18 лет.
- Опыт не обязателен, обучим в школе вожатых.

## Условия

- Старшим вожатым доплата 5 000 ₽ за смену.
""",
    )
    assert quoted(answerer, camp, "старшим вожатым какой опыт нужен") == ""
    assert "Старшим" in quoted(answerer, camp, "старшим вожатым доплата есть?")
    assert "18" in quoted(answerer, camp, "людей старшего возраста берете?")


def test_which_days_needs_the_days_not_a_count_of_leave(answerer: Answerer) -> None:
    # «в какие дни пары у ассистента» — «отпуск 56 календарных дней» counts leave, it names no day.
    chair = ad(
        "Ассистент, лаборант кафедры химии",
        """Кафедра объявляет конкурс.

Ассистенту предоставляется удлинённый ежегодный оплачиваемый отпуск 56 календарных дней.

Режим работы: пятидневная рабочая неделя, с 8:30 до 17:00; суббота, воскресенье — выходные.
""",
    )
    assert quoted(answerer, chair, "в какие дни пары у ассистента") == ""
    courier = ad(
        "Курьер",
        """## Условия

- Выплаты каждую неделю, по пятницам.
""",
    )
    assert "пятницам" in quoted(answerer, courier, "в какие дни выплачивают деньги?")


def test_a_ride_asked_by_its_verb_is_the_way_to_work(answerer: Answerer) -> None:
    # «а обратно вечером развозят?» — «От вокзала в 7:20 бесплатная развозка»: the morning
    # ride only; the ride asked by its verb is the way to work, and back is not said.
    loader = ad(
        "Грузчик на склад",
        """## Условия

- От ж/д вокзала в 7:20 бесплатная развозка до склада.
- Оплата 2 500 ₽ за смену.
""",
    )
    assert quoted(answerer, loader, "а обратно вечером до вокзала развозят?") == ""
    assert "7:20" in quoted(answerer, loader, "от вокзала развозят?")


def test_pay_every_day_is_not_answered_by_pay_every_week(answerer: Answerer) -> None:
    # «можно чтоб каждый день платили?» — «Выплаты каждую неделю по средам»: another rhythm.
    picker = ad(
        "Сборщик заказов",
        """## Условия

- Выплаты каждую неделю по средам на карту.
- График 2/2 по 12 часов.
""",
    )
    assert quoted(answerer, picker, "можно чтоб каждый день платили?") == ""
    assert "средам" in quoted(answerer, picker, "зарплату каждую неделю платите?")
    warehouse = ad(
        "Warehouse Associate",
        """## Pay

- WEEKLY PAY every Friday - direct deposit or paycard
- Pay Rate: $18.25 - $20.25/hr
""",
    )
    assert quoted(answerer, warehouse, "do u have same day pay or daily pay") == ""
    assert "WEEKLY" in quoted(answerer, warehouse, "is it weekly pay?")


def test_the_way_up_to_a_post_does_not_say_what_it_pays(answerer: Answerer) -> None:
    # «а сколько получает менеджер смены» — the growth to that post, not its pay.
    crew = ad(
        "Сотрудник ресторана",
        """## Мы предлагаем

- почасовая оплата от 230 ₽/час
- возможность вырасти до менеджера смены за 6–12 месяцев
- бесплатное питание в каждую смену
""",
    )
    assert quoted(answerer, crew, "а сколько получает менеджер смены") == ""
    assert "6–12" in quoted(answerer, crew, "до менеджера смены можно вырасти?")


def test_students_taken_is_no_part_time_for_one_who_names_no_study(answerer: Answerer) -> None:
    # «можно подработку на полсмены» — students are taken, nothing says less than a full day.
    cook = ad(
        "Повар в столовую",
        """## Условия

- можно без опыта студентам колледжа питания — берём помощником повара, ставка 3 300 за смену
- график 5/2 с 7:00 до 16:00
""",
    )
    assert quoted(answerer, cook, "можно подработку на полсмены") == ""
    # A student asking, in their own words: the line on students answers.
    assert "студентам" in quoted(answerer, cook, "я заочник, подойду?")


def test_pay_for_a_grade_is_not_a_programmes_payment(answerer: Answerer) -> None:
    # «за высшую категорию сколько добавляют» — the young specialists' one-off payment names no
    # grade; «высшая категория» is a grade of qualification, not higher education.
    kindergartens = fixture("blind-az", "vakansii-dou-tver")
    assert quoted(answerer, kindergartens, "за высшую категорию сколько добавляют") == ""
    # «сколько надбавка за высшую категорию» — «Молодым специалистам … — надбавка 30%»: the
    # pay's own word is no reason named.
    school = fixture("blind-aq", "uchitel-nachalnyh-klassov-vologda")
    assert quoted(answerer, school, "сколько надбавка за высшую категорию") == ""


def test_the_driver_home_at_night_is_not_the_van_taken_home(answerer: Answerer) -> None:
    # "can i take the van home at night" — the driver is home every night; where the van
    # stays is not said.
    driver = ad(
        "Delivery Driver",
        """## The job

- You drive a company cargo van on a set local route, and you'll be home every night.
""",
        lang="en",
    )
    assert quoted(answerer, driver, "can i take the van home at night") == ""
    courier = ad(
        "Courier",
        """## The job

- Drivers take the van home overnight and start their route from home.
""",
        lang="en",
    )
    assert "overnight" in quoted(answerer, courier, "can i take the van home at night")


def test_fixed_pay_asked_as_fiks_is_the_base_pay(answerer: Answerer) -> None:
    # «фикса» is what a salesperson calls the fixed part of pay: «оклад» says it.
    seller = ad(
        "Продавец-консультант сантехники",
        """Салон сантехники ищет продавца.

Условия: оклад 30 000 + 3% от личных продаж, в среднем опытный продавец выходит на 70 т.р
график 2/2 с 10:00 до 21:00, салон работает без выходных
""",
    )
    assert "оклад 30 000" in quoted(answerer, seller, "а фикса какая без процентов")
    assert "оклад 30 000" in quoted(answerer, seller, "фикс какой?")


def test_dms_is_answered_by_voluntary_health_insurance_spelt_out(answerer: Answerer) -> None:
    # «дмс» names health cover and insurance at once: the line spelling it out says both.
    electrician = ad(
        "Электромонтер",
        """## Условия

- добровольное медицинское страхование после испытательного срока (3 месяца)
- график 5/2 с 8:00 до 17:00
""",
    )
    assert "медицинское страхование" in quoted(answerer, electrician, "дмс есть")
    # A clinic paying for training is no health cover.
    vet = ad(
        "Ветеринарный ассистент",
        """## Условия

- обучение за счёт клиники: внутренние семинары и конференции
- график 2/2 с 9:00 до 21:00
""",
    )
    assert quoted(answerer, vet, "дмс есть?") == ""


def test_the_thing_asked_in_another_word_beside_framing_verbs(answerer: Answerer) -> None:
    # «туалеты мыть надо?»: the ad says «санузлы»; «тест надо сдавать?»: «тестирования».
    cleaner = ad(
        "Уборщица в торговый центр",
        """## Обязанности

- санузлы (с 1 по 3 этаж), пополнение расходников
- график 2/2 с 8:00 до 20:00
""",
    )
    assert "санузлы" in quoted(answerer, cleaner, "туалеты мыть надо?")
    clerk = ad(
        "Главный специалист отдела",
        """## Документы

- сертификат о прохождении тестирования на знание законодательства
- копия удостоверения личности
""",
    )
    assert "тестирования" in quoted(answerer, clerk, "тест надо сдавать?")


def test_a_subject_in_another_russian_form_counts_whole(answerer: Answerer) -> None:
    # «от метро далеко?» — «7 минут пешком от м. «Российская»»: the metro by its letter.
    nurse = ad(
        "Медицинская сестра / медбрат процедурного кабинета",
        """Медицинская сестра / медбрат (процедурный кабинет + дневной стационар)

Медицинский центр «Ладамед» — 3 клиники в Самаре, работаем с 2011 года, лицензия на все виды.
В связи с открытием круглосуточного стационара на Ново-Садовой ищем медсестёр в постоянный штат!

Чем предстоит заниматься:
• внутривенные, внутримышечные, подкожные инъекции, капельницы
• забор венозной крови, подготовка биоматериала к отправке в лабораторию
• ассистирование врачу на процедурах
• наблюдение за пациентами стационара в ночное время
• ведение документации в МИС, учёт расходных материалов

Наши ожидания:
• среднее медицинское образование «Сестринское дело»
• свидетельство об аккредитации специалиста (действующее)
• опыт работы медсестрой от 1 года, уверенный забор крови
• санитарная книжка — если нет, оформим за счёт клиники
• доброжелательность, аккуратность

ГРАФИК И ОПЛАТА (смены выбираете сами, можно комбинировать):

Смена | Время | Часы | Ставка за смену
Дневная (пн–пт) | 08:00–20:00 | 12 ч | 3 400 руб.
Дневная (сб–вс) | 09:00–18:00 | 9 ч | 3 000 руб.
Ночная (стационар) | 20:00–08:00 | 12 ч | 3 900 руб.
Суточная | 08:00–08:00 | 24 ч | 7 000 руб.

* в месяц от 10 до 16 смен, график составляем на месяц вперёд до 20 числа
* ставка указана до вычета НДФЛ
* выплаты 2 раза в месяц — 5 и 20 числа, на карту любого банка

Что предлагаем:
• официальное оформление по ТК РФ с первого дня
• испытательный срок 1 месяц, ставка без понижения
• 2 оплачиваемые смены стажировки со старшей медсестрой
• медицинская форма (2 комплекта) и обувь выдаются, стирка формы в клинике
• бесплатное лечение сотрудников в наших клиниках и скидка 30% для членов семьи
• оплата циклов НМО и повышения квалификации
• парковка для сотрудников во дворе клиники

Адрес: ул. Ново-Садовая, 160Д, 3 этаж (ост. «Постников овраг», 7 минут пешком от м. «Российская»)
Собеседование в будни с 10 до 17, по предварительной записи.
Звоните или пишите в WhatsApp/Telegram: +7 (927) 605-33-81, Ирина Олеговна (старшая медсестра)
Резюме: hr@ladamed-clinic.ru

Отклики без телефона не рассматриваются.
""",
        front="company: ООО «Ладамед»\ncity: Самара\n"
        "employment: полная занятость, сменный график\n",
    )
    assert "7 минут пешком" in quoted(answerer, nurse, "где клиника, от метро далеко?")


def test_a_house_chat_answers_with_the_sellers_reply_not_a_neighbours_question(
    answerer: Answerer,
) -> None:
    # A house chat copied as the app shows it, «Имя  09:14» over each message, under the chat's
    # title and no name of the employer: who opened the talk and answered everyone is the
    # employer; the neighbours' questions and the senders' lines are nobody's answer.
    chat = ad(
        "Повар в кафе",
        """Чат дома на Лесной 🏠
530 участников

Олег Сидоров (подъезд 2)  10:02
Соседи, привет! В наше кафе «Лесная» на первом этаже нужен повар.
График 5/2 с 9 до 18, оплата 3000 за смену.

Анна П.  10:10
Олег, а в выходные кафе открыто? Может нужен кто-то на субботу

Олег Сидоров (подъезд 2)  10:14
Анна, нет, по выходным закрыты

Виктор  10:20
Санитарная книжка нужна?

Олег Сидоров (подъезд 2)  10:25
Виктор, медкнижка обязательна, оформим за наш счёт
(изменено)

Анна П.  10:31
👍
""",
    )
    assert "закрыты" in quoted(answerer, chat, "а в субботу можно работать?")
    assert "медкнижка обязательна" in quoted(answerer, chat, "санкнижка нужна")


def test_an_exported_chat_answers_with_the_contact_the_notice_names_not_a_neighbour(
    answerer: Answerer,
) -> None:
    # A notice with the house chat exported under it, a message a line («[09.10 19:47] Имя:
    # …»): the chair the notice names to contact is the employer, and her correction, not the
    # neighbour's hearsay, answers.
    notice = ad(
        "Дворник",
        """ТСЖ «Клён» ТРЕБУЕТСЯ дворник
Оплата 35 000 руб. на руки
Обращаться: председатель ТСЖ Марина Сергеевна, кв. 12

Чат дома (выгрузка)

[09.10 19:31] Нина кв. 9: Зарплата раз в месяц? Прошлый говорил раз в месяц получал
[09.10 19:34] Марина Сергеевна (председатель): Нина, выплата два раза в месяц, 5 и 20 числа
[09.10 19:47] Игорь кв. 45: Так он ещё в подсобке жил, Петрович говорил
[09.10 20:06] Марина Сергеевна (председатель): Жилья не предоставляем, в подсобке ночевать нельзя
""",
    )
    assert "5 и 20 числа" in quoted(answerer, notice, "зарплату раз в месяц дают?")
    assert "Жилья не предоставляем" in quoted(answerer, notice, "можно жить в подсобке?")


def test_a_job_fair_leaflet_answers_only_from_the_employers_own_stand(answerer: Answerer) -> None:
    # A leaflet of a job fair, one block per stand: what another stand offers (a hostel, вахта)
    # is another employer's, not this job's.
    leaflet = ad(
        "Сварщик",
        """ЯРМАРКА ВАКАНСИЙ
Тольятти · ДК «Строитель» · 5 апреля

СТЕНД №3  ООО «Стройтрест»
каменщики, разнорабочие. от 60 000 ₽, вахта 30/30, общежитие

СТЕНД №5  ЗАО «Металлист»
сварщик НАКС — 4 человека
доход от 90 000 ₽
график 5/2 с 8:00 до 17:00
служебный автобус от автовокзала

СТЕНД №8  ГБУЗ «Больница №2»
санитарки, медсёстры. ЗП от 40 000
""",
        front="company: ЗАО «Металлист»\n",
    )
    assert quoted(answerer, leaflet, "вахтой можно работать?") == ""
    assert quoted(answerer, leaflet, "общежитие даёте?") == ""
    assert "90 000" in quoted(answerer, leaflet, "какая зп у сварщика")


def test_a_job_fair_notice_answers_from_its_employers_numbered_block_only(
    answerer: Answerer,
) -> None:
    # An employment centre's fair notice lists its employers as bold numbered lines, each over
    # its vacancy: another employer's bus and bonus are not this job's, the fair's place is.
    fair = ad(
        "Повар",
        """ЯРМАРКА ВАКАНСИЙ 14 марта с 10:00 до 13:00
Место проведения: ДК «Знамя», ул. Советская, 194.

**1. АО «Электроприбор»**
Вакансия: слесарь
З/п от 45 000 руб., сменный график 2/2, служебный автобус.

**2. ООО «Школьник»**
Вакансия: повар в школьную столовую
З/п 32 000 руб., график 5/2 с 6:30 до 15:00.

**3. ФГУП «Почта России»**
Вакансия: почтальон
З/п 24 500 руб. + премия, 5/2.

Ждём вас!
""",
        front="company: ООО «Школьник»\n",
    )
    assert quoted(answerer, fair, "развозка до работы есть") == ""
    assert quoted(answerer, fair, "премии платят?") == ""
    assert "ДК «Знамя»" in quoted(answerer, fair, "где проходит ярмарка")


def test_a_job_fair_notice_answers_the_shift_from_the_employers_block(
    answerer: Answerer,
) -> None:
    # The fair's own hours tie with the job's on the words asked: the line under the heading
    # that names the employer is the job's, the fair's day is not when the shift starts.
    fair = ad(
        "Повар",
        """# ЯРМАРКА ВАКАНСИЙ

14 марта с 10:00 до 13:00 центр занятости приглашает граждан, ищущих работу, на ярмарку.
Место проведения: ДК «Знамя», ул. Советская, 194.

**1. АО «Электроприбор»**
Вакансия: слесарь
З/п от 45 000 руб., сменный график 2/2.

**2. ООО «Школьник»**
Вакансия: повар в школьную столовую
З/п 32 000 руб., график 5/2 с 6:30 до 15:00, в субботу выходной.

**3. ФГУП «Почта России»**
Вакансия: почтальон
З/п 24 500 руб., 5/2.
""",
        front="company: ООО «Школьник»\n",
    )
    assert "с 6:30 до 15:00" in quoted(answerer, fair, "во сколько приходить на смену")


def test_a_canteen_hired_for_is_no_meal_given(answerer: Answerer) -> None:
    # The canteen one is hired to cook in and the caterer's name are the job, not a meal: the
    # line that feeds the staff answers whether they are fed.
    canteen = ad(
        "Повар",
        """ООО «Комбинат питания «Школьник»
Вакансия: повар в школьную столовую
З/п 32 000 руб., график 5/2.
Бесплатное питание в смену, спецодежда выдаётся.
""",
    )
    assert "Бесплатное питание" in quoted(answerer, canteen, "кормят на работе")


def test_a_grid_of_days_is_read_by_its_short_day_names(answerer: Answerer) -> None:
    # A grid of the days of the week labels its rows short: "Fri" is Friday, «Пт» is «пятница».
    sitter = ad(
        "Dog walker",
        """Looking for a dog walker for our two labs.

Days & times
Mon   8:00 am – 10:00 am
Wed   8:00 am – 10:00 am
Fri   7:00 am – 9:00 am
""",
        lang="en",
    )
    assert "7:00 am" in quoted(answerer, sitter, "what time on fridays")
    shop = ad(
        "Продавец",
        """Ищем продавца в павильон.

Часы работы
Пн  9:00–18:00
Ср  9:00–18:00
Пт  10:00–16:00
""",
    )
    assert "10:00–16:00" in quoted(answerer, shop, "в пятницу во сколько")


def test_a_boards_similar_jobs_of_a_named_kind_are_no_part_of_the_post(answerer: Answerer) -> None:
    # "Similar babysitting jobs near …", «Похожие темы: …»: the board's links to other posts,
    # with their towns and pay, are not this job's.
    sitter = ad(
        "Babysitter",
        """Babysitter needed for our two boys (5 and 8) after school.
We live in Evanston, close to the lake. $20/hr.

Similar babysitting jobs near Evanston: Nanny for twins in Skokie · Date-night sitter in Wilmette
""",
        lang="en",
    )
    assert quoted(answerer, sitter, "is the job in skokie") == ""
    forum = ad(
        "Водитель",
        """Требуется водитель на Газель, город, з/п 50 000 сом.

Похожие темы: Требуется водитель на Шакман (Кара-Балта) · Продам Газель 2010
""",
    )
    assert quoted(answerer, forum, "на шакман нужен водитель?") == ""


def test_a_sum_asked_in_the_local_money_asks_the_pay(answerer: Answerer) -> None:
    # «сколько лей в месяц» names no pay word: the money named is what it asks of, not how often
    # pay comes.
    card = ad(
        "Бариста",
        """В кофейню на Ботанике требуется бариста.

- опыт не обязателен, обучение оплачивается 250 лей/смена
- график 2/2 по 12 часов, зарплата 9000-12000 лей + чаевые
- выплата два раза в месяц, на карту банка
""",
    )
    assert "9000-12000 лей" in quoted(answerer, card, "сколько лей в месяц")


def test_a_grid_of_ticked_shifts_says_nothing_of_overtime(answerer: Answerer) -> None:
    # "Late nights ✓" in a grid of shifts one may pick is a shift, not staying late.
    page = ad(
        "Dishwasher",
        """Dishwasher wanted for a busy taproom.
$17/hr + tip share.

Shift availability
Mornings ✗   Afternoons ✓   Evenings ✓   Late nights ✓
""",
        lang="en",
    )
    assert quoted(answerer, page, "do you pay overtime") == ""


def test_the_schedule_asked_plainly_is_the_rota_not_its_type(answerer: Answerer) -> None:
    # «график какой?» wants the rota and its hours, not a field naming the schedule's type.
    picker = ad(
        "Комплектовщик",
        """График работы: сменный график

## Условия

- график 2/2 по 12 часов, дневные смены с 8:00 до 20:00 или ночные с 20:00 до 8:00
- бесплатное горячее питание в каждую смену
""",
    )
    assert "2/2 по 12 часов" in quoted(answerer, picker, "график какой")
    assert "2/2 по 12 часов" in quoted(answerer, picker, "график?")
    # A part of the day asked is answered by the line that names it, figure or not.
    cook = ad(
        "Повар",
        """## Условия

- смены по 12 часов с 7:30 до 19:30, 2/2
- ночных смен нет
""",
    )
    assert "ночных смен нет" in quoted(answerer, cook, "ночью работать надо?")


def test_pay_while_learning_the_job_asked_as_poka_uchus(answerer: Answerer) -> None:
    # «пока учусь» is the time one learns the job: its pay, not the job's type of employment.
    cook = fixture("blind-t", "povar-sushist-almaty")
    assert "ученический период оплачивается" in quoted(
        answerer, cook, "пока учусь платите что-то?"
    )
    seamstress = fixture("blind-af", "shveya-verhnyaya-odezhda-gomel")
    assert "гарантированная оплата" in quoted(answerer, seamstress, "пока учусь сколько платят")
    # A posting that never says the training is paid does not answer it.
    assistant = fixture("blind-at", "rzd-pomoshnik-mashinista-ekb")
    assert quoted(answerer, assistant, "а пока учусь стипендию платят?") == ""


def test_the_pay_asked_is_the_jobs_not_the_training_periods(answerer: Answerer) -> None:
    # «сколько за смену платят?» asks what the job pays, not the pay of the first shifts' training.
    guard = fixture("blind-ba", "okhrannik-chop-bastion-ekb")
    assert "3 200 ₽" in quoted(answerer, guard, "сколько за смену платят")
    operator = fixture("blind-ab", "menedzher-chatov-udalenno")
    assert "от 35 000 до 50 000 ₽" in quoted(answerer, operator, "зп какая")
    # A line giving the training's pay and the pay after it still answers.
    seller = fixture("blind-bm", "prodavec-minimarket-zhk-severny-park")
    assert "3200 ₽ за смену" in quoted(answerer, seller, "сколько за смену платят")


def test_health_insurance_asked_is_answered_by_the_cover_in_other_words(
    answerer: Answerer,
) -> None:
    # "insurance" alone is another subject, but "health insurance" names the cover asked.
    engineer = ad(
        "Senior Data Engineer",
        """## Benefits

- Medical/dental/vision 100% covered for employee, 80% for dependents
- 25 days PTO
""",
        lang="en",
    )
    assert "100% covered" in quoted(answerer, engineer, "health insurance covered?")
    # Life insurance is no health cover.
    assert quoted(answerer, engineer, "do you offer life insurance") == ""


def test_leave_as_a_verb_is_no_time_off(answerer: Answerer) -> None:
    # "I'll leave a meal plan" is something left on the fridge, not leave from work.
    caregiver = ad(
        "Caregiver for my dad",
        """Part-time caregiver needed for my dad (81).

Dad is diabetic, so meals need to be low sugar - I'll leave a weekly meal plan on the fridge.

$22 – $27 / hr
""",
        lang="en",
    )
    assert quoted(answerer, caregiver, "holiday pay?") == ""
    assert quoted(answerer, caregiver, "any paid time off") == ""
    nanny = ad(
        "Nanny",
        """## What we offer

- 28 days paid leave a year, including bank holidays.
""",
        lang="en",
    )
    assert "28 days paid leave" in quoted(answerer, nanny, "any paid time off")


def test_a_train_one_rides_is_no_training(answerer: Answerer) -> None:
    # "if you take the train" is how one comes to work: it says nothing of training.
    support = ad(
        "Customer Support Specialist",
        """## Perks

- Free parking at HQ; transit pass reimbursed up to $88/month if you take the train.
""",
        lang="en",
    )
    assert quoted(answerer, support, "is training paid") == ""
    trainee = ad(
        "Customer Support Specialist",
        """## Perks

- Two weeks of paid training before your first shift.
""",
        lang="en",
    )
    assert "paid training" in quoted(answerer, trainee, "is training paid")


def test_late_nights_among_the_parts_of_the_day_are_no_overtime(answerer: Answerer) -> None:
    # An availability grid names late nights as hours one may work, not as extra hours paid.
    cook = ad(
        "Line Cook",
        """## Availability

Mornings ✗   Afternoons ✓   Evenings ✓   Weekends ✓   Late nights ✓

## Pay

$19.00 – $23.00/hr + tips
""",
        lang="en",
    )
    assert quoted(answerer, cook, "do u pay overtime") == ""
    office = ad(
        "Project Coordinator",
        """## The job

- Occasional late nights before a launch, paid as overtime.
""",
        lang="en",
    )
    assert "late nights" in quoted(answerer, office, "do u pay overtime")


def test_an_advanced_degree_says_nothing_of_pay(answerer: Answerer) -> None:
    # "advanced" is a level of a degree or a skill, not an advance on the pay.
    officer = ad(
        "Programme Officer",
        """## Education

- A first-level university degree with two more years of experience may be accepted in lieu
  of the advanced university degree.
""",
        lang="en",
    )
    assert quoted(answerer, officer, "whats the salary") == ""
    courier = ad(
        "Courier",
        """## Pay

- Salary advance available after your first week.
""",
        lang="en",
    )
    assert "Salary advance" in quoted(answerer, courier, "can i get an advance")


def test_your_days_off_are_the_weeks_rest_not_a_vacation(answerer: Answerer) -> None:
    # "on your days off" are the days between shifts: they say nothing of paid vacation.
    cook = ad(
        "Line Cook",
        """## Perks

- Free shift meal every shift you work, 50% off dining on your days off.

## Pay

$19.00 – $23.00/hr + tips
""",
        lang="en",
    )
    assert quoted(answerer, cook, "paid vacation?") == ""
    assert "days off" in quoted(answerer, cook, "do you get days off")
    server = ad(
        "Server",
        """## Perks

- Free shift meal every shift you work.
- Two weeks of paid vacation after a year.
""",
        lang="en",
    )
    assert "paid vacation" in quoted(answerer, server, "paid vacation?")


def test_a_perk_of_one_option_is_not_said_of_the_other(answerer: Answerer) -> None:
    # The Wi-Fi comes with the cottage's rooms, not with the caravan park offered beside them.
    picker = ad(
        "Fruit Picker",
        """## Accommodation

- On-farm caravan park with powered sites at $120 per week, or shared rooms in our worker
  cottage at $160 per week (including bills and Wi-Fi).
""",
        lang="en",
    )
    assert quoted(answerer, picker, "is there wifi at the caravan park") == ""
    assert "Wi-Fi" in quoted(answerer, picker, "is there wifi in the cottage")


def test_week_commencing_dates_another_step_not_the_start(answerer: Answerer) -> None:
    # "week commencing" is how a date is written: the sift's date says nothing of the first day.
    caseworker = ad(
        "Casework Officer",
        """## Timeline

- Closing date: 6 April 2025.
- Sift is expected week commencing 21 April 2025.
""",
        lang="en",
    )
    assert quoted(answerer, caseworker, "when would i start") == ""
    starter = ad(
        "Casework Officer",
        """## Timeline

- Start date: week commencing 2 June 2025.
""",
        lang="en",
    )
    assert "2 June" in quoted(answerer, starter, "when would i start")


def test_a_share_a_sum_or_a_span_beside_the_noun_counted_is_no_count_of_it(
    answerer: Answerer,
) -> None:
    # «сколько мастеров у вас?» — «мастеру 45% от стоимости услуги»: a share, no masters counted.
    salon = fixture("blind-h", "parikmaher-universal-novosibirsk")
    assert quoted(answerer, salon, "сколько мастеров у вас работает?") == ""
    # «Первые 3 месяца … пока идут первые сделки»: months counted, no deals.
    agency = fixture("blind-h", "agent-nedvizhimosti-vtorichka-spb")
    assert quoted(answerer, agency, "сколько сделок в месяц в среднем делают агенты?") == ""
    # «для детей 3–4 лет»: the children's age, not how many there are.
    kindergarten = fixture("blind-ad", "vospitatel-detskiy-sad-cherepovets")
    assert quoted(answerer, kindergarten, "сколько детей в группе?") == ""
    # People counted count the children, days counted the leave right after them.
    private = fixture("blind-h", "vospitatel-chastnyj-sad-krasnoyarsk")
    assert "в группе 14 человек" in quoted(answerer, private, "какая группа, сколько детей?")
    camp = ad(
        "Вожатый",
        """## Условия

- Четыре смены по 21 дню, заезд 1 июня.
- Оплата 38 000 ₽ за смену.
""",
    )
    assert "Четыре смены" in quoted(answerer, camp, "сколько смен всего")


def test_a_price_asked_needs_a_sum_of_money(answerer: Answerer) -> None:
    # «сколько обед стоит?» — «горячее питание в столовой — компенсация 70%»: a share paid by
    # the employer, no price.
    fair = fixture("blind-bm", "operator-chpu-yarmarka-stend-14")
    assert quoted(answerer, fair, "сколько обед в столовой стоит") == ""
    plant = fixture("blind-ab", "elektromonter-zavod-lipetsk")
    assert quoted(answerer, plant, "обед в столовой примерно сколько стоит") == ""
    # A sum of money is a price, and a line with one answers before a line without.
    drivers = fixture("blind-ac", "avtokolonna-voditeli-nn")
    assert "1 500 ₽ в месяц" in quoted(answerer, drivers, "общага сколько стоит")
    movers = fixture("blind-bc", "ish-bor-gruzchik-sklad-moskva")
    assert "5 000 ₽" in quoted(answerer, movers, "жилье даете? сколько стоит")


def test_pay_asked_per_day_needs_a_sum_not_a_count_of_days(answerer: Answerer) -> None:
    # «стажировку сколько оплачивают за день?» — «стажировка 3 дня …, стажировка
    # оплачивается»: how many days, not what one of them pays.
    hotel = fixture("blind-g", "gornichnaya-gostinica-kazan")
    assert quoted(answerer, hotel, "стажировку сколько оплачивают за день?") == ""
    cafe = ad(
        "Бариста",
        """## Условия

- Стажировка 3 дня, оплачивается 1 500 ₽ за день.
- График 2/2 с 8:00 до 20:00.
""",
    )
    assert "1 500 ₽ за день" in quoted(answerer, cafe, "стажировку сколько оплачивают за день?")


def test_a_meal_named_by_its_verb_is_that_meal(answerer: Answerer) -> None:
    # «а ужин тоже кормите?» — «Обедаем за счет фирмы в столовой на базе с 13 до 14»: lunch.
    driver = fixture("blind-bn", "voditel-kat-c-stroysnab-bishkek")
    assert quoted(answerer, driver, "а ужин тоже кормите?") == ""
    assert "Обедаем за счет фирмы" in quoted(answerer, driver, "обед за счет фирмы?")


def test_how_one_studies_needs_a_line_on_students_or_study(answerer: Answerer) -> None:
    # «я студент очник, подойдет?» — «Занятость: полная занятость, сменный график»: the hours,
    # nothing of students.
    bakery = fixture("blind-bg", "pekar-yaroslavl-video")
    assert quoted(answerer, bakery, "я студент очник, подойдет?") == ""
    insurer = fixture("blind-ag", "specialist-ofisa-strahovaya-ekb")
    assert quoted(answerer, insurer, "я студентка заочница, сессию отпустите?") == ""
    # A line on students answers, and so does a reply that they take the asker.
    shop = ad(
        "Продавец-кассир",
        """## Условия

- Занятость: полная, сменный график 2/2.
- Студентам очной формы подберём график под учёбу.
""",
    )
    assert "Студентам очной формы" in quoted(answerer, shop, "я студент очник, подойдет?")
    kimry = fixture("blind-be", "podslushano-pekarnya-prodavec-kimry")
    assert "берём, если сможете 2/2" in quoted(answerer, kimry, "я студентка заочница, подойду?")


def test_a_choice_between_forms_of_hiring_needs_one_of_them_named(answerer: Answerer) -> None:
    # «договор какой, тк или гпх?» — «Оформление по договору, стажировка 2 дня оплачивается»:
    # a contract, but neither of the two asked.
    cafe = fixture("blind-ac", "oficiant-kafe-vologda-vk")
    assert quoted(answerer, cafe, "договор какой, тк или гпх?") == ""
    kwork = fixture("blind-ax", "dizajn-kartochek-wb-kwork")
    assert quoted(answerer, kwork, "нужно быть самозанятым или ип?") == ""
    # A line naming one of them answers; asked of one form, a line naming another answers too.
    shop = ad(
        "Продавец",
        """## Условия

- Оформление по ТК РФ с первого дня.
- График 2/2 с 9:00 до 21:00.
""",
    )
    assert "по ТК РФ" in quoted(answerer, shop, "договор какой, тк или гпх?")
    camp = fixture("blind-au", "vozhatye-lager-solnechnyj")
    assert "Работаем по договору ГПХ" in quoted(answerer, camp, "трудовой договор будет?")


def test_a_line_on_dogs_does_not_answer_for_cats(answerer: Answerer) -> None:
    # «кошек тоже можно брать на передержку» — «прогулки и передержку для собак».
    walker = fixture("blind-p", "vygulshchik-sobak-spb")
    assert quoted(answerer, walker, "кошек тоже можно брать на передержку") == ""
    shelter = ad(
        "Помощник в приют",
        """## Обязанности

- Кормить кошек и собак, убирать вольеры.
- Выгуливать собак дважды в день.
""",
    )
    assert "Кормить кошек" in quoted(answerer, shelter, "за кошками ухаживать надо?")


def test_pay_in_one_money_is_not_pay_in_another(answerer: Answerer) -> None:
    # «зп в долларах можно получать» — «Заработная плата 1 400 – 1 800 лари (на руки, …)»: a
    # sum in lari says nothing of dollars.
    hotel = fixture("blind-bo", "administrator-recepcii-otel-tbilisi")
    assert quoted(answerer, hotel, "зп в долларах можно получать") == ""
    shop = ad(
        "Продавец",
        """## Условия

- Зарплата 45 000 ₽ в месяц, выплаты 2 раза в месяц.
- График 2/2 с 9:00 до 21:00.
""",
    )
    assert quoted(answerer, shop, "зарплата в евро?") == ""
    # The money asked, or none named: the line answers.
    assert "45 000 ₽" in quoted(answerer, shop, "зарплата в рублях?")
    assert "45 000 ₽" in quoted(answerer, shop, "какая зарплата?")


def test_a_job_asked_to_be_taken_on_as_needs_a_line_that_hires_it(answerer: Answerer) -> None:
    # «а курьером к вам можно устроиться» of a picker's posting — «Сборщик собирает заказы …
    # и передаёт курьеру»: the courier is named, not hired.
    picker = fixture("blind-be", "korzinka-sborshchik-bot-nn")
    assert quoted(answerer, picker, "а курьером к вам можно устроиться") == ""
    bakery = ad(
        "Пекарь",
        """## Обязанности

- Выпекать хлеб и выпечку, отдавать готовое продавцу на витрину.

## Условия

- Продавцы-кассиры тоже нужны, график 2/2.
- Опыт не обязателен, всему научим.
""",
    )
    # A line leading with the job asked, or the job of the title: the line answers.
    assert "Продавцы-кассиры" in quoted(answerer, bakery, "а продавцом можно к вам?")
    assert "Опыт не обязателен" in quoted(answerer, bakery, "пекарем без опыта возьмете?")
    shop = ad(
        "Кассир",
        """## Обязанности

- Работа на кассе, выкладка товара, помощь грузчику на приёмке.
- Опыт не обязателен, всему научим.
""",
    )
    assert quoted(answerer, shop, "а грузчиком можно устроиться?") == ""


def test_another_kind_of_the_job_asked_is_not_this_posting(answerer: Answerer) -> None:
    # «а учитель информатики вам не нужен?» of «Учитель математики 5–9 классов»: the posting
    # never speaks of informatics.
    school = fixture("blind-f", "uchitel-matematiki-chastnaya-shkola")
    assert quoted(answerer, school, "а учитель информатики вам не нужен?") == ""
    assert "Учителя математики" in quoted(answerer, school, "учитель математики нужен?")
    warehouse = ad(
        "Водитель",
        """## Условия

- Права категории B, опыт вождения от 2 лет.
- Оплата 3 500 ₽ за смену.
""",
    )
    assert quoted(answerer, warehouse, "водителю погрузчика сколько платят?") == ""
    # A word asking how much («скока») is no kind of the job.
    assert "3 500" in quoted(answerer, warehouse, "водителю скока платят")


def test_a_fine_asked_for_a_reason_needs_the_reason_named(answerer: Answerer) -> None:
    # «штрафы за опоздание есть» — «в сильный гололед смены отменяются без штрафов»: no fine
    # for a cancelled shift says nothing of lateness.
    courier = fixture("blind-k", "kurer-velo-minsk-tg")
    assert quoted(answerer, courier, "штрафы за опоздание есть") == ""
    shop = ad(
        "Курьер",
        """## Условия

- За опоздание штраф 500 ₽.
- Оплата 3 000 ₽ за смену.
""",
    )
    assert "За опоздание штраф" in quoted(answerer, shop, "штрафы за опоздание есть")
    assert quoted(answerer, shop, "штрафы за порчу товара есть?") == ""
    # No fines at all answers a fine for any reason.
    calm = ad(
        "Курьер",
        """## Условия

- Штрафов нет.
- Оплата 3 000 ₽ за смену.
""",
    )
    assert "Штрафов нет" in quoted(answerer, calm, "штрафы за опоздание есть")


def test_how_much_it_comes_to_is_no_first_day(answerer: Answerer) -> None:
    # «если 15 смен отработаю сколько выйдет» asks what the pay comes to, not when one starts.
    shop = ad(
        "Продавец-кассир",
        """## Условия

- Ставка 3 500 ₽ за смену, 15 смен в месяц — доход 52 500 ₽.
- График 2/2 с 9:00 до 21:00.
""",
    )
    assert "52 500" in quoted(answerer, shop, "если 15 смен в месяц отработаю сколько выйдет")
    # The first day, which the ad does not name, is still asked by «выйти».
    assert quoted(answerer, shop, "когда можно выйти?") == ""


def test_a_clause_opening_with_the_pay_pays_the_one_before(answerer: Answerer) -> None:
    # «а помощнику сколько платят» — «… берём помощником повара, оплата 2 000 ₽ за смену»: the
    # sum stands in its own clause, after the one naming the assistant.
    kitchen = ad(
        "Повар",
        """## Условия

- Повар: от 3 500 ₽ за смену, график 2/2.
- Без опыта берём только помощником повара, оплата 2 000 ₽ за смену.
""",
    )
    assert "оплата 2 000 ₽" in quoted(answerer, kitchen, "а помощнику сколько платят")


def test_more_pay_asked_is_shown_by_something_on_top(answerer: Answerer) -> None:
    # "i speak french, do you pay more for that" — "French is a plus (+$1.00/hr differential)":
    # the line never says "more", but shows a premium.
    desk = ad(
        "Front Desk Agent",
        """Harbor Inn is a 120-room hotel by the marina, open all year.

## Duties

- Check guests in and out, take payments and handle bookings.
- Answer phones and emails, give directions and local tips.
- Keep the lobby tidy and restock the coffee station.
- Hand over to the night auditor at the end of the evening shift.

## Requirements

- Friendly, reliable, able to work weekends.
- French is a plus (+$1.00/hr differential).

## Pay

- $16.00 per hour.
""",
        lang="en",
    )
    assert "+$1.00/hr" in quoted(answerer, desk, "i speak french, do you pay more for that")


def test_a_line_paying_while_one_learns_answers_pay_while_learning(answerer: Answerer) -> None:
    # «пока учусь и медленно собираю, что по деньгам» — «… гарантированная оплата 3 200 ₽ за
    # смену, пока учитесь»: the line speaks of the time one learns the job, never says «обучение».
    picker = ad(
        "Комплектовщик",
        """Склад маркетплейса в Подольске, работа сдельная.

## Условия

- Сдельная оплата: от 4 000 ₽ за смену при норме, выплаты каждую неделю.
- В первую неделю гарантированная оплата 3 200 ₽ за смену, пока учитесь.
- Занятость: сменный график, смены по 11 часов.
- Развозка от станции Подольск.
""",
    )
    assert "пока учитесь" in quoted(
        answerer, picker, "пока учусь и медленно собираю, что по деньгам"
    )


def test_a_wife_asked_of_is_spoken_to_by_a_line_on_couples(answerer: Answerer) -> None:
    # «едем с женой, поселят вместе?» — «Семейные пары селим вместе»: no line names a wife or
    # the family, but this one speaks to coming as a couple.
    farm = ad(
        "Сборщик урожая",
        """Тепличный комбинат под Липецком, сезон с апреля по октябрь.

## Условия

- Оплата сдельная, от 2 500 ₽ за смену.
- Проживание бесплатно, комнаты на 4 человека. Семейные пары селим вместе.
- Питание за счёт комбината.

## Требования

- Без опыта, обучим на месте.
""",
    )
    assert "Семейные пары селим вместе" in quoted(answerer, farm, "едем с женой, поселят вместе?")
    hostel = ad(
        "Сборщик урожая",
        """Тепличный комбинат под Липецком, сезон с апреля по октябрь.

## Условия

- Оплата сдельная, от 2 500 ₽ за смену.
- Проживание бесплатно, комнаты на 4 человека.
- Питание за счёт комбината.
""",
    )
    assert quoted(answerer, hostel, "едем с женой, поселят вместе?") == ""


def test_where_one_comes_from_is_no_thing_asked_of_the_fare(answerer: Answerer) -> None:
    # «я из калуги, дорогу оплатите?» — «Проезд: из Тулы и Орла оплачиваем, …»: «дорога» is
    # the line's «проезд»; Kaluga is where the candidate comes from, not a word asked.
    site = ad(
        "Бетонщик",
        """Вахта на строительстве моста, 30/30.

## Условия

- Оплата от 4 000 ₽ за смену, выплаты два раза в месяц.
- Проживание в вахтовом городке, трёхразовое питание.
- Проезд: из Тулы и Орла оплачиваем, из других городов — компенсация до 10 000 ₽ после вахты.
- Спецодежда выдаётся.

## Требования

- Опыт бетонных работ от года.
""",
    )
    assert "компенсация до 10 000 ₽" in quoted(answerer, site, "я из калуги, дорогу оплатите?")


def test_probation_cut_short_is_probation(answerer: Answerer) -> None:
    # «испыталка скок» — «оформление по ТК с первого дня, испыт срок 2 мес»: the term as ads
    # cut it short.
    shop = ad(
        "Бариста-кассир",
        """всем привет ищем бариста в кофейню у метро
график 2/2 с 8 до 20
оплата 2500 за смену плюс чаевые
оформление по ТК с первого дня, испыт срок 2 мес
писать в личку
""",
    )
    assert "испыт срок 2 мес" in quoted(answerer, shop, "испыталка скок")


def test_a_forum_topic_without_post_numbers_answers_with_the_authors_replies(
    answerer: Answerer,
) -> None:
    # A forum topic as IP.Board prints it: each post under its author's name, card and
    # «Отправлено <date>», no post numbers. The author's replies answer, a bump's lines are the
    # posting's, one by one; the others' posts are nobody's answer.
    topic = ad(
        "Водитель категории С",
        """Stroy_Baza
Участник · Сообщений: 312 · Регистрация: 14.03.2016 · Откуда: Бишкек
Отправлено 02 Октябрь 2024 - 10:14
Нашей фирме требуется водитель кат. С на доставку стройматериалов по городу.
з/п от 45 000 до 60 000 сом, график 6/1 с 8:00 до 18:00

Marat_77
Старожил · Сообщений: 5 821 · Регистрация: 09.06.2011
Отправлено 02 Октябрь 2024 - 11:02
в Москве на газели втрое больше поднимешь, а жилье вообще дают?

Nurlan.K
Сообщений: 88
Отправлено 03 Октябрь 2024 - 09:31
Салам. с категорией В и Газелью 5 лет опыта не рассматриваете?
Stroy_Baza: нет брат, только С, машина 5 тонн, страховка не пропустит

Stroy_Baza
Отправлено 15 Октябрь 2024 - 08:47
UP!!! Еще ищем. Изменения: суббота теперь короткий день до 14:00
Собеседование на базе по будням в 17:00, с собой права и паспорт
""",
    )
    assert "только С" in quoted(answerer, topic, "с правами В возьмете? на газели катался")
    assert "по будням в 17:00" in quoted(answerer, topic, "когда можно на собес подъехать")


def test_a_forum_topic_with_member_cards_under_re_headings_answers_with_the_authors_posts(
    answerer: Answerer,
) -> None:
    # A Kunena-style forum topic: each post headed «RE: <topic> 2 нед. назад #5131», its author
    # on a bulleted member card (name, online status, rank, count of posts) and its words after a
    # blank line. The author's reply answers the comment it quotes («… пишет: …»); a bump («АП.
    # Ещё ищем. …») under another member's remark answers no one, its lines are the posting's;
    # the cards and the pager («• Страница: 1 2») are nobody's word.
    topic = ad(
        "Моторист на базу отдыха",
        """Форум рыбаков Поволжья » Работа » Нужен моторист на базу

  • Страница: 1 2

ТЕМА: Нужен моторист на базу «Щучий плёс» 3 нед. назад #5120

  • Плёс_База
  • В сети
  • Администратор
  • Сообщений: 97

База отдыха «Щучий плёс» ищет моториста на сезон с мая по октябрь.
Оплата 45 000 в месяц, проживание на базе бесплатно.

RE: Нужен моторист на базу «Щучий плёс» 2 нед. назад #5131

  • Vasiliy_Samara
  • Не в сети
  • Новичок
  • Сообщений: 4

а права на маломерное судно нужны? у меня только категория B

RE: Нужен моторист на базу «Щучий плёс» 2 нед. назад #5134

  • Плёс_База
  • В сети
  • Администратор

Vasiliy_Samara пишет: а права на маломерное судно нужны?
Нужны, удостоверение ГИМС обязательно, без него к лодкам не допустим.

RE: Нужен моторист на базу «Щучий плёс» 1 мес. назад #5152

  • Лёха_63
  • Не в сети
  • Завсегдатай
  • Сообщений: 1204

45 за сезон на воде это нормально, жить на базе тоже плюс. Удачи с поиском

RE: Нужен моторист на базу «Щучий плёс» 1 мес. назад #5160

  • Плёс_База
  • В сети
  • Администратор

АП. Ещё ищем. Питание трёхразовое за счёт базы.

Пожалуйста Войти или Регистрация, чтобы присоединиться к беседе.

  • Страница: 1 2
""",
    )
    assert "ГИМС обязательно" in quoted(answerer, topic, "права на лодку нужны?")
    assert "Питание трёхразовое" in quoted(answerer, topic, "кормят?")
    assert "Питание" not in quoted(answerer, topic, "45 тыс это за сезон?")
    assert quoted(answerer, topic, "сколько страниц") == ""  # the forum's pager


def test_a_forum_topics_re_headings_posted_by_a_member_the_post_names_answer_as_its_author(
    answerer: Answerer,
) -> None:
    # A crew board's topic: the listing's header names its poster («Posted by: bar_k_ranch»),
    # each reply is headed "**Re: <topic>** — posted by <member> | <date>". The poster's replies
    # answer the questions over them; another member's praise is nobody's word on the job.
    topic = ad(
        "Ranch hand",
        """Ranch Jobs Board > Listings > Montana

**Ranch hand - cow/calf operation near Lewistown**

Posted by: bar_k_ranch | Posted: Mar 10, 2025 | Views: 412 | Replies: 5

Looking for a full-time ranch hand, calving season through fall. $3,200/month plus a bunkhouse.
Must be able to ride and fix fence.

**Re: Ranch hand - cow/calf operation near Lewistown** — posted by tyler_wy | Mar 11, 2025
do I need my own horse?

**Re: Ranch hand - cow/calf operation near Lewistown** — posted by bar_k_ranch | Mar 11, 2025
No, we have a string of ranch horses. Bring your own saddle if you have one.

**Re: Ranch hand - cow/calf operation near Lewistown** — posted by jen_r | Mar 12, 2025
Is there cell service at the bunkhouse?

**Re: Ranch hand - cow/calf operation near Lewistown** — posted by bar_k_ranch | Mar 12, 2025
Spotty. Wifi in the main house though.

**Re: Ranch hand - cow/calf operation near Lewistown** — posted by old_hand_72 | Mar 14, 2025
Good outfit, rode for them in '19. Paycheck never late and they feed you good.
""",
        lang="en",
    )
    assert "string of ranch horses" in quoted(answerer, topic, "do you provide horses")
    assert "Wifi in the main house" in quoted(answerer, topic, "is there cell service")
    assert quoted(answerer, topic, "do they feed you") == ""


def test_a_perks_tile_with_its_sum_under_the_label_answers_how_much(answerer: Answerer) -> None:
    # A careers page's perks grid pasted flat: each tile's label on one line, its sum (when it
    # has one) on the next.
    page = ad(
        "Customer Success Manager",
        """Perks
Wellness allowance
5 000 SEK/year
Hybrid
30 vacation days
Learning budget
""",
        lang="en",
    )
    assert "5 000 SEK/year" in quoted(answerer, page, "how much is the wellness thing")


def test_who_the_boss_is_asked_in_a_candidates_words(answerer: Answerer) -> None:
    # «кто руководитель будет», "who would be my boss": whom the job reports to — a card's field
    # «Руководитель: …», a line "You'll report to …" — not a line that only names managers.
    card = ad(
        "Ведущий аналитик данных",
        """Грейд 9, вилка 210 000–260 000 ₽ gross в месяц
Руководитель: Денис Марков, руководитель направления pricing analytics

Перед подачей заявки согласуйте переход с вашим текущим руководителем.
""",
    )
    assert "Денис Марков" in quoted(answerer, card, "кто руководитель будет")
    page = ad(
        "Customer Success Manager",
        """You'll own a portfolio of about 45 mid-sized customers.
You'll report to Sanna, our Head of Customer Success.

You have at least 2 years in customer success, account management or a similar role.
""",
        lang="en",
    )
    assert "report to Sanna" in quoted(answerer, page, "who would be my boss")


def test_a_forms_required_question_heads_the_options_that_answer_it(answerer: Answerer) -> None:
    # An application form pasted as the page shows it: a question marked required with «*», its
    # answer options under it hold facts — the training's start dates answer when it starts.
    form = ad(
        "Оператор контакт-центра",
        """Обучение оплачиваемое — 2 недели, 1 000 ₽ за день обучения, наставник на месяц.

Удобный график *
○ 2/2 с 8 до 20
○ 5/2 с 9 до 18

Когда готовы выйти на обучение? *
○ Ближайший поток — 16 июня
○ Поток 1 июля
○ Позже
""",
    )
    assert "16 июня" in quoted(answerer, form, "когда ближайшее обучение начинается")


def test_a_group_named_with_a_preposition_answers_in_its_comments(answerer: Answerer) -> None:
    # An Odnoklassniki group's post «ОТ ПОДПИСЧИКА», the group answering the comments under it
    # by its name, «Подслушано в Кимрах», whose «в» is in lower case.
    post = ad(
        "Швея",
        """Подслушано в Кимрах
вчера в 19:42
ОТ ПОДПИСЧИКА
ТРЕБУЮТСЯ ШВЕИ НА ОБУВНОЕ ПРОИЗВОДСТВО, ЗАРПЛАТА СДЕЛЬНАЯ ОТ 35 000 ДО 55 000 НА РУКИ
Класс 143 · Поделиться 37 · Комментарии 58

Комментарии
Тамара Л.
а развозка есть? я с Савелово
Ответить
    Подслушано в Кимрах
    Тамара, развозки нет, от моста пешком 10 минут, ходит автобус №2 до остановки Кирова
Оксана
медкнижка нужна?
Ответить
    Подслушано в Кимрах
    Оксана, не нужна, это не пищевое, при устройстве паспорт снилс инн
Сергей Г
опять кимры обувь шьют а зарплаты как в 2005 году(((
    Лена М
    Сергей, не нравится не иди
""",
    )
    assert "развозки нет" in quoted(answerer, post, "развозят сотрудников?")
    assert "паспорт снилс инн" in quoted(answerer, post, "какие документы нести")


def test_gas_asked_of_driving_for_the_job_is_the_mileage(answerer: Answerer) -> None:
    # American English: "gas" is the fuel a caregiver's own car burns on the job's errands.
    post = ad(
        "Caregiver",
        """Drive him to PT and errands in your own car, mileage reimbursed at the IRS rate.
Payment via Zelle every Friday.
""",
        lang="en",
    )
    assert "mileage reimbursed" in quoted(answerer, post, "do u cover gas")


def test_a_discord_thread_parted_from_its_post_by_blank_lines_is_read_as_replies(
    answerer: Answerer,
) -> None:
    # Discord copies a post's reactions, a blank line, the thread's own bar, another blank line
    # and only then the first reply: the employer's answer is quoted, not the candidate's question.
    post = ad(
        "QA Tester",
        """**jo | Pinefox** — Today at 10:14 AM
hey all! **Pinefox is hiring a QA Tester** for our cozy farming game
💸 $20/hr, paid as a contractor
⏰ 20 hrs/week, you pick your hours
🌍 fully remote
(edited)
👍 42   🦋 17

   🧵 **QA — questions** · 6 replies

   **kaito_dev** — Today at 10:52 AM
   do you provide the hardware or do I need my own PC
   **jo | Pinefox** — Today at 10:58 AM
   you need your own PC that can run the game, we send a Steam Deck on loan
""",
        lang="en",
    )
    assert "you need your own PC" in quoted(answerer, post, "do i need my own computer")


def test_a_taleo_unposting_date_is_when_applications_close(answerer: Answerer) -> None:
    # Oracle Taleo closes a requisition on its "Unposting Date", printed in the footer's fields.
    post = ad(
        "Meter Technician",
        """Install and test electric meters in the Dayton area.

Job: Field Services
Schedule: Full-time
Job Posting: Nov 3, 2025, 4:15:00 PM
Unposting Date: Nov 24, 2025, 11:59:00 PM
Job Number: 2500317
""",
        lang="en",
    )
    assert "Nov 24" in quoted(answerer, post, "deadline to apply?")


def test_a_us_hospital_shift_written_7p_to_7_30a_is_a_time_of_day(answerer: Answerer) -> None:
    # US hospitals write their shifts "7p-7:30a", "8a-4:30p": hours with a letter for am/pm.
    post = ad(
        "Patient Transport Aide",
        """Shift: Nights (7p-7:30a)
Transport patients by wheelchair, stretcher, or bed to and from departments.
Free employee parking in Garage C with shuttle to main entrance.
""",
        lang="en",
    )
    assert "7p-7:30a" in quoted(answerer, post, "what time is the shift")


def test_a_sentence_opening_duties_include_says_what_the_job_is(answerer: Answerer) -> None:
    # An agency's ad with no heading over its duties: "Duties include …" among the pay lines.
    post = ad(
        "Warehouse Operative",
        """Pay rates:
Days (06:00 - 14:00) £12.60 per hour
Overtime paid at time and a half after 40 hours
Duties include picking orders using voice-pick headsets, loading and unloading containers
Safety boots and hi-vis provided on day one
""",
        lang="en",
    )
    assert "picking orders" in quoted(answerer, post, "what's the job actually")


def test_the_number_to_ring_is_the_phone_not_another_number(answerer: Answerer) -> None:
    # "number to ring" asks for the phone (British English), not the National Insurance number.
    post = ad(
        "Warehouse Operative",
        """To apply, call the Brightline Northampton branch on 01604 555 0192.
Please bring two forms of ID and proof of National Insurance number to your registration.
""",
        lang="en",
    )
    assert "01604 555 0192" in quoted(answerer, post, "number to ring")


def test_full_time_or_part_time_is_answered_by_the_option_the_posting_names(
    answerer: Answerer,
) -> None:
    # The candidate offers two options; the posting names one of them, and that answers.
    post = ad(
        "Housekeeping Aid",
        """Clean patient rooms, restrooms and common areas in the medical center.

Work schedule: Full-time
Salary: $18.50 - $21.00 per hour
""",
        lang="en",
    )
    assert "Full-time" in quoted(answerer, post, "is this full time or part time")


def test_what_youd_do_heads_the_duties_asked_as_what_i_do_all_day(answerer: Answerer) -> None:
    # A chat post's own heading, "what you'd do:", over the work; asked "what do I do all day".
    post = ad(
        "QA Tester",
        """Mothlight Games is hiring a QA Tester, $18–22/hr, 20 hrs/week, fully remote.

what you'd do:
• run test passes on new builds (we push 2-3 builds a week)
• write repro steps + log bugs in Jira, attach clips
""",
        lang="en",
    )
    assert "run test passes" in quoted(answerer, post, "what would i actually do all day")


def test_a_map_cards_vacancy_under_its_reviews_is_read(answerer: Answerer) -> None:
    # A maps service's organisation card: customers' reviews, the organisation's answer to one
    # («Ответ организации: …»), then the «Вакансии» tab — the vacancy is the employer's word.
    card = ad(
        "Автомеханик",
        """Автотехцентр МоторЛайн
Отзывы
Алексей ★★★★☆ 28 октября
Нормально, но пришлось ждать записи почти неделю, мастеров не хватает
Ответ организации: Алексей, спасибо! Расширяем штат
Вакансии
Автомеханик (автослесарь)
Условия:
график 2/2 по 12 часов, смены с 8:30 до 20:30
Выплаты два раза в месяц, 10 и 25 числа, на карту
""",
    )
    assert "10 и 25 числа" in quoted(answerer, card, "когда выплаты")
    assert "2/2" in quoted(answerer, card, "график какой у механиков")


def test_a_school_chat_with_one_space_before_the_time_is_a_chat(answerer: Answerer) -> None:
    # A parents' chat copied from a messenger that puts one space between the sender and the
    # time («Мама Кирилла 09:20»): the director's answers to parents' questions are hers to
    # quote, and the senders' lines are nobody's answer.
    chat = ad(
        "Вахтёр",
        """Татьяна Викторовна (директор) 09:14
Школе срочно требуется ВАХТЁР — график сутки через трое, 2 200 руб за сутки.
Мама Кирилла 09:20
Татьяна Викторовна, а на вахту женщину возьмут? у меня мама на пенсии как раз
Татьяна Викторовна (директор) 09:23
Да, конечно, без разницы. Возраст до 70
Мама Сони 09:52
а кормят сотрудников? в столовой обеды для персонала есть?
Татьяна Викторовна (директор) 10:02
Сотрудники могут обедать в столовой по льготной цене, комплекс 90 рублей
""",
    )
    assert "комплекс 90 рублей" in quoted(answerer, chat, "поесть сотрудникам где можно")
    assert "без разницы" in quoted(answerer, chat, "на вахту женщин берут или только мужчин")


def test_a_theatres_news_feed_quotes_only_the_vacancy_item(answerer: Answerer) -> None:
    # A theatre's news page pasted with the vacancy as one of its dated items: the tour's
    # report is other news, the vacancy's own line says who goes on tour.
    feed = ad(
        "Монтировщик сцены",
        """НОВОСТИ ТЕАТРА

16 сентября 2024
ТЕАТРУ ТРЕБУЕТСЯ МОНТИРОВЩИК СЦЕНЫ
Приглашаем в постановочную часть монтировщика сцены (мужчина, можно без опыта).
Работаем в основном вечером: спектакли начинаются в 19:00, монтировка начинается за 3-4 часа \
до начала, как правило заканчиваем около 23:00.
Зарплата 42 000 рублей «на руки», выплачивается 2 раза в месяц (5 и 20 числа).
Театр много гастролирует — 2-3 выезда за сезон (Ярославль, Вологда, Иваново, летом фестиваль \
в Пскове), монтировщики ездят с труппой, суточные и проживание в гостинице оплачиваются \
театром, гастрольные часы оплачиваются отдельно.
Оформление строго по ТК, соцпакет, испытательный срок 1 месяц.
Читать далее →

12 сентября 2024
Гастроли в Ярославле: итоги
Театр вернулся с обменных гастролей, показали 4 спектакля, зрители приняли «Женитьбу» стоя.

5 сентября 2024
Сбор труппы
Традиционный сбор труппы прошёл 2 сентября на Большой сцене.
""",
    )
    assert "ездят с труппой" in quoted(answerer, feed, "на гастроли тоже ездить?")


def test_the_least_age_the_director_says_in_a_news_article(answerer: Answerer) -> None:
    # A local news article on the driver shortage: the director's quoted «Берём с 21 года» is
    # the employer's least age, not the site's «18+» mark in its menu.
    article = ad(
        "Водитель автобуса",
        """Новости | Общество | Происшествия | Транспорт | Афиша | Работа | 18+

«Берём с 21 года, верхней планки нет, главное — пройти медкомиссию, — говорит директор. — \
Медкомиссию оплачивает предприятие».
""",
    )
    assert "с 21 года" in quoted(answerer, article, "со скольки лет берут")


def test_the_hours_candidates_are_received_are_no_shift(answerer: Answerer) -> None:
    # A police contract-service notice gives the hours the personnel office receives
    # candidates; nothing says how long a shift lasts.
    notice = ad(
        "Полицейский",
        """Служба осуществляется по графику сменности, несение службы на маршрутах патрулирования.
Денежное довольствие от 52 000 до 68 000 ₽.

Часы приёма кандидатов: понедельник — четверг с 9:00 до 17:00, пятница с 9:00 до 16:00, \
перерыв с 13:00 до 13:45.
""",
    )
    assert quoted(answerer, notice, "смена сколько часов длится") == ""
    civil = ad(
        "Ведущий специалист",
        """Прием документов осуществляется по адресу: ул. Кирова, д. 3, каб. 208 (отдел кадров), \
в рабочие дни с 9:00 до 12:00 и с 14:00 до 17:00.
Режим работы: пятидневная служебная неделя с 9:00 до 18:00, в пятницу до 16:45, перерыв с \
13:00 до 13:45
""",
    )
    assert "до 18:00" in quoted(answerer, civil, "во сколько рабочий день заканчивается")


def test_the_hours_of_the_group_asked_are_no_length_of_its_leave(answerer: Answerer) -> None:
    # "30+ hours" is how much the part-timers work to qualify; the PTO they accrue has no figure.
    post = ad(
        "Part-Time Teller",
        """## Benefits
- Part-time employees working 30+ hours are eligible for medical and dental insurance, a 401(k) with a 4% match, and PTO accrual.
- Part-time tellers accrue 4 hours of PTO for every 80 hours worked.
""",  # noqa: E501
        lang="en",
    )
    assert "4 hours of PTO" in quoted(answerer, post, "how much pto do part-time tellers accrue")
    bare = ad(
        "Part-Time Teller",
        """## Benefits
- Part-time employees working 30+ hours are eligible for medical and dental insurance, a 401(k) with a 4% match, and PTO accrual.
""",  # noqa: E501
        lang="en",
    )
    assert quoted(answerer, bare, "how much pto do part-time tellers accrue") == ""


def test_is_it_free_asks_what_it_costs(answerer: Answerer) -> None:
    # The test's dates say nothing of a fee; the application fee line says what applying costs.
    post = ad(
        "Inside Wireman Apprentice",
        """*** 2026 INSIDE WIREMAN APPRENTICESHIP INTAKE — NOW ACCEPTING APPLICATIONS ***

Applications accepted: Monday, February 2, 2026 through Friday, March 13, 2026
Location: JATC Training Center, 4410 Harbor Industrial Dr., Muskegon, MI 49442
Applications must be picked up and returned in person only. No mailed, faxed or emailed applications.

The Inside Wireman program is a 5-year registered apprenticeship (8,000 hours of on-the-job training). Apprentices work full time for our signatory electrical contractors on commercial and industrial jobsites in Muskegon, Ottawa, Oceana and Newaygo counties, and attend related classroom instruction at the Training Center. You earn a paycheck from day one — this is NOT a school you pay tuition to.

MINIMUM QUALIFICATIONS
1. Must be at least 18 years of age at time of application (proof of age required — birth certificate or passport).
4. Valid driver's license (must be obtained prior to indenture).
6. Application fee: $30 non-refundable (money order or cashier's check only — NO cash, NO personal checks).

APTITUDE TEST
Applicants who meet all minimum qualifications will be scheduled for the Electrical Training Alliance Aptitude Test (algebra & functions and reading comprehension, approx. 2.5 hours, calculators not permitted). Test dates: Saturday March 28 and Saturday April 11, 2026, 8:00 a.m. sharp — late arrivals will not be admitted.
Passing score is a 4 (stanine) or higher. Applicants who do not pass may retest after 6 months.
""",  # noqa: E501
        lang="en",
    )
    assert quoted(answerer, post, "is the test free") == ""
    assert "$30" in quoted(answerer, post, "is the application free")


def test_paying_for_one_thing_says_nothing_of_paying_for_another(answerer: Answerer) -> None:
    # The family pays for the first-aid course; of the DBS check, the post says only it is needed.
    post = ad(
        "Nanny",
        """We're a family in Putney with two boys, 3 and 7.
Ideally: at least 2 years nanny experience with under 5s, paediatric first aid (or willing to do it - we'll pay for the course), enhanced DBS, Ofsted registered would be nice as we use tax free childcare but not a deal breaker.
Pay is £17-18 gross per hour, paid monthly through a payroll company.
""",  # noqa: E501
        lang="en",
    )
    assert quoted(answerer, post, "who pays for the dbs check") == ""
    paid = ad(
        "Nanny",
        """We're a family in Putney with two boys, 3 and 7.
Ideally: paediatric first aid (we'll pay for the course) and an enhanced DBS check (we pay for it).
""",
        lang="en",
    )
    assert "we pay for it" in quoted(answerer, paid, "who pays for the dbs check")


def test_when_next_asks_a_date_not_how_often(answerer: Answerer) -> None:
    # "Twice a year" says how often the academy opens, not when it opens next.
    post = ad(
        "HGV Class 1 Driver",
        """Newly qualified drivers: please do not apply for this role.
We run a separate Driver Academy programme that opens twice a year.
""",
        lang="en",
    )
    assert quoted(answerer, post, "when does the driver academy open next") == ""
    dated = ad(
        "HGV Class 1 Driver",
        """Newly qualified drivers: please do not apply for this role.
We run a separate Driver Academy programme that opens twice a year, next on September 14.
""",
        lang="en",
    )
    assert "September 14" in quoted(answerer, dated, "when does the driver academy open next")


def test_how_a_shared_sum_is_split_needs_the_way_it_is_divided(answerer: Answerer) -> None:
    # A share of the tip pool is no word on how the pool is divided.
    post = ad(
        "Dishwasher",
        """Shifts are 4pm to close (usually around 11pm), Wednesday through Sunday.
Pay is $18/hr plus a share of the tip pool, which has been running about $4-6 an hour on top.
""",
        lang="en",
    )
    assert quoted(answerer, post, "how is the tip pool split, by hours?") == ""
    split = ad(
        "Dishwasher",
        """Shifts are 4pm to close (usually around 11pm), Wednesday through Sunday.
Pay is $18/hr plus a share of the tip pool, split by hours worked across the kitchen.
""",
        lang="en",
    )
    assert "split by hours" in quoted(answerer, split, "how is the tip pool split, by hours?")


def test_a_kind_of_licence_the_posting_never_names_is_not_asked_of_it(answerer: Answerer) -> None:
    # The family asks for a driver with a clean record; a CNA license is nowhere in the post.
    post = ad(
        "Caregiver for my dad",
        """Looking for a kind, patient caregiver for my father (82) in Naperville.
Drive him to PT twice a week and to errands in your own car.
Has own car and clean driving record
Pay: $22/hr, paid weekly via Zelle.
""",
        lang="en",
    )
    assert quoted(answerer, post, "do i need a CNA license") == ""
    # (a driving licence is a kind the posting speaks of: it is answered)
    assert quoted(answerer, post, "do i need a driving license")


def test_a_deed_asked_of_the_candidate_needs_a_line_naming_it(answerer: Answerer) -> None:
    # Being fine with dogs is no word on walking one; cooking for the boys is a duty named.
    post = ad(
        "Nanny / Housekeeper",
        """We're a family in Putney with two boys, 3 and 7, plus a very friendly cockapoo.
Non-smoker please, and must be ok with dogs!
Duties: school runs, cooking the boys' tea, diapering and potty training the little one.
""",
        lang="en",
    )
    assert quoted(answerer, post, "would i have to walk the dog") == ""
    assert "cooking" in quoted(answerer, post, "would i have to cook for the boys")


def test_where_is_it_is_answered_by_the_line_with_the_street(answerer: Answerer) -> None:
    # The street without its number ("on Alder St"), a street named in Latin letters («ул.
    # Peterburi tee 71»), a microdistrict («мкр.») and a floor are where the job is.
    bakery = ad(
        "Counter staff",
        """Hannah here, I own Honey Loaf on Alder St (the blue awning next to the laundromat).
Looking for someone friendly for the counter, 3 mornings a week.
Pay is $17/hr plus tips.
""",
        lang="en",
    )
    assert "Alder St" in quoted(answerer, bakery, "where is the bakery exactly")
    kitchen = ad(
        "Повар-сушист",
        """Yamato Roll — сеть из 14 точек доставки японской кухни в Алматы и Астане.
Сейчас открываем новую кухню в мкр. Самал-2 и ищем поваров-сушистов.
Оплата 12 000 тенге за смену.
""",
    )
    assert "Самал-2" in quoted(answerer, kitchen, "где кухня находится")
    cinema = ad(
        "Кассир",
        """Киноцентр «Октава» (ТРЦ «Галерея», 4 этаж) ищет кассиров на подработку.
После поздних смен компенсируем такси до дома в пределах города.
""",
    )
    assert "4 этаж" in quoted(answerer, cinema, "а где кинотеатр находится")


def test_what_ones_daily_work_is_asks_the_duties(answerer: Answerer) -> None:
    # "daily work", "a typical day": what one does at the job, as "day to day" does.
    post = ad(
        "Social Media Intern",
        """## What you'll do
- Planning and scheduling posts and reels for our clients' Instagram pages
- Writing captions and replying to comments

## What we offer
- Stipend of ₹12,000 per month
- Certificate and a letter of recommendation
""",
        lang="en",
    )
    assert "Planning and scheduling" in quoted(answerer, post, "what will be my daily work")


def test_what_one_in_the_job_does_asks_the_duties(answerer: Answerer) -> None:
    # «а что билетёр делает?», "what do front desk ppl actually do": the job's duties, not the
    # line that names the job.
    usher = ad(
        "Билетёр",
        """Кинотеатр «Мир» ищет билетёров на лето.

Обязанности:
- встречать гостей и проверять билеты
- следить за порядком в зале

Условия:
- 2 000 ₽ за смену, график 2/2
""",
    )
    assert "проверять билеты" in quoted(answerer, usher, "а что билетёр делает")
    desk = ad(
        "Front Desk Associate",
        """## Responsibilities
- Check members in using ID card scanners
- Answer the phone and book classes

## Pay
- $15 an hour
""",
        lang="en",
    )
    assert "ID card scanners" in quoted(answerer, desk, "what do front desk ppl actually do")


def test_how_you_hire_me_is_asked_by_the_imperfective_verb(answerer: Answerer) -> None:
    # «как оформляете?», «трудовую оформляете» ask how one is employed, as «оформите?» does;
    # what the candidate is to put through themselves («рассрочку самим оформлять?») is a task.
    post = ad(
        "Продавец-консультант",
        """Обязанности:
- консультировать покупателей, оформление продаж, рассрочки и кредитов

Условия:
- договор ГПХ или самозанятость
- 3 000 ₽ за смену, график 2/2
""",
    )
    assert "самозанятость" in quoted(answerer, post, "как оформляете")
    assert "самозанятость" in quoted(answerer, post, "трудовую оформляете или как")
    assert "самозанятость" not in quoted(answerer, post, "рассрочку тоже самим оформлять?")


def test_work_clothes_and_the_thirteenth_are_asked_by_short_names(answerer: Answerer) -> None:
    # «рабочую одежду выдаете» is the uniform; «тринадцатая есть?» the 13th salary.
    post = ad(
        "Комплектовщик",
        """Условия:
- Спецодежда и защитная обувь бесплатно, выдаём в первый день.
- По итогам года выплачивается 13-я зарплата.
- Оклад 1 400 € в месяц.
""",
    )
    assert "Спецодежда" in quoted(answerer, post, "рабочую одежду выдаете")
    assert "13-я зарплата" in quoted(answerer, post, "тринадцатая есть?")


def test_to_earn_on_the_side_is_asked_by_the_verb(answerer: Answerer) -> None:
    # «подработать» asks what «подработка» says: extra shifts beyond the schedule, not the
    # schedule itself.
    path = FIXTURES / "postings10" / "hotel-housekeeper.md"
    hotel = parse_posting(path.read_text(encoding="utf-8"), path)
    assert "дополнительные смены" in quoted(
        answerer, hotel, "летом можно подработать сверх графика?"
    )


def test_a_ride_asked_is_not_answered_by_the_shift_it_is_for(answerer: Answerer) -> None:
    # «а на смену к 20:00 тоже подвозите» — «ночные смены с 20:00 до 08:00»: the shift's hours
    # say nothing of a ride to it, and the ride the posting names is the one home after it.
    baker = ad(
        "Пекарь",
        """## Условия

- График 2/2, ночные смены с 20:00 до 08:00.
- Развоз сотрудников после ночной смены до станции метро.
- Оплата 95 ₽ в час.
""",
    )
    assert quoted(answerer, baker, "а на смену к 20:00 тоже подвозите?") == ""
    assert "20:00 до 08:00" in quoted(answerer, baker, "во сколько начинается ночная смена?")


def test_pensioners_asked_are_not_answered_by_the_least_age(answerer: Answerer) -> None:
    # «пенсионеров берете?» — «От 18 лет.»: how young one may be says nothing of pensioners.
    cashier = ad(
        "Продавец-кассир",
        """## Требования

- От 18 лет.
- Гражданство РФ.
""",
    )
    assert quoted(answerer, cashier, "пенсионеров берете?") == ""
    assert "От 18 лет" in quoted(answerer, cashier, "со скольки лет берете?")
    welcome = ad(
        "Гардеробщик",
        """## Требования

- Рассматриваем кандидатов пенсионного возраста.
""",
    )
    assert "пенсионного возраста" in quoted(answerer, welcome, "а пенсионерам можно?")


def test_a_younger_candidate_is_not_answered_by_a_call_to_pensioners(answerer: Answerer) -> None:
    # «мне 17 можно в гардероб» — «рассматриваем кандидатов пенсионного возраста»: who else is
    # welcome says nothing of how young one may be.
    cloakroom = ad(
        "Гардеробщик",
        """## Требования

- Рассматриваем кандидатов пенсионного возраста.
- Аккуратность, вежливость.
""",
    )
    assert quoted(answerer, cloakroom, "мне 17 можно в гардероб") == ""
    assert "пенсионного возраста" in quoted(answerer, cloakroom, "мне 63, возьмете?")
    promo = ad(
        "Промоутер",
        """## Требования

- Возраст от 16 лет.
""",
    )
    assert "от 16 лет" in quoted(answerer, promo, "мне 16, возьмете?")


def test_citizens_of_a_country_asked_need_a_line_on_who_may_work(answerer: Answerer) -> None:
    # «гражданам узбекистана можно?» — «Паспорт и СНИЛС с собой возьмите»: the documents to
    # bring say nothing of whom they take.
    shop = ad(
        "Продавец",
        """## Условия

- Паспорт и СНИЛС с собой возьмите.
- Оплата 2 500 ₽ за смену.
""",
    )
    assert quoted(answerer, shop, "гражданам узбекистана можно?") == ""
    assert quoted(answerer, shop, "с патентом можно?") == ""
    taken = ad(
        "Комплектовщик",
        """## Требования

- Граждане РФ, РБ, Казахстана, Киргизии, Армении; иностранцы с патентом.
""",
    )
    assert "с патентом" in quoted(answerer, taken, "с патентом можно?")
    assert "Граждане РФ" in quoted(answerer, taken, "гражданам киргизии можно?")


def test_the_hours_interviews_are_held_are_not_the_work_schedule(answerer: Answerer) -> None:
    # «график службы какой, сутки через трое?» — «Собеседование: пн–пт с 9:00 до 17:00»: when
    # the interviews are held, not the hours of the service.
    rescuer = ad(
        "Спасатель (контракт)",
        """## Условия

- Денежное довольствие от 55 000 ₽.

## Как поступить на службу

- Собеседование: пн–пт с 9:00 до 17:00, перерыв 13:00–14:00.
""",
    )
    assert quoted(answerer, rescuer, "график службы какой, сутки через трое?") == ""
    assert "с 9:00 до 17:00" in quoted(answerer, rescuer, "собеседование во сколько проходит?")


def test_at_the_exit_is_no_first_day(answerer: Answerer) -> None:
    # «досматривают на выходе?» — «первая смена — ознакомительная»: the exit of the warehouse,
    # not the day one starts.
    sorter = ad(
        "Сортировщик",
        """## Условия

- Обучение на месте с наставником, первая смена — ознакомительная.
- Оплата 3 000 ₽ за смену.
""",
    )
    assert quoted(answerer, sorter, "досматривают на выходе?") == ""
    assert "первая смена" in quoted(answerer, sorter, "когда выход на работу, первая смена какая?")


def test_a_labelled_line_under_a_marked_one_is_its_own(answerer: Answerer) -> None:
    # A Telegram post marks its lines with emoji and writes «Что делать: …» under the night
    # shifts' line unmarked: the duties are a line of their own, not more of the night shifts'
    # (whose pay they made look like the cashier's).
    post = ad(
        "Продавец-кассир",
        """СЕЙЧАС ИЩЕМ: ПРОДАВЕЦ-КАССИР
💰 Доход от 52 000 до 64 000 ₽ в месяц, ставка 230 ₽/час + премия за выполнение плана магазина
Выплаты без задержек: аванс 28-го, зарплата 13-го
🌙 Круглосуточные магазины — ночные смены 21:00–9:00, доплата 20% за ночные часы
Что делать: обслуживание покупателей на кассе, выкладка товара, проверка сроков годности
Опыт не нужен — обучим за 3 дня в учебном центре на ул. Бебеля, 17, обучение оплачивается
""",
    )
    assert "от 52 000 до 64 000" in quoted(answerer, post, "сколько кассиры получают")
    assert quoted(answerer, post, "что делать надо").startswith("Что делать")


def test_a_referral_programmes_terms_are_not_the_jobs(answerer: Answerer) -> None:
    # A staff «Приведи друга» mail gives the programme's terms under «Условия программы» and
    # the vacancy below: who may take part in the programme is no term of the job asked.
    mail = ad(
        "Оператор производственной линии",
        """Уважаемые коллеги! У нас действует программа «Приведи друга».

Условия программы:
1. Участвовать могут все штатные сотрудники кроме руководителей отделов
2. Рекомендацию нужно оформить ДО того как друг пришел на собеседование

ВАКАНСИЯ: Оператор производственной линии

Что мы предлагаем:
* График 2/2 по 12 часов, смены с 8:00 до 20:00
* Оформление по ТК РФ с первого дня, белая зп, оплачиваемый больничный
""",
    )
    assert "Оформление по ТК РФ" in quoted(answerer, mail, "официально устраивают?")


def test_a_state_services_own_words_for_pay_and_the_medical(answerer: Answerer) -> None:
    # A police notice calls the pay «денежное довольствие» and the medical «военно-врачебная
    # комиссия (ВВК)»: a candidate asks of «зп» and «медкомиссия».
    notice = ad(
        "Полицейский ППСП",
        """Вакантные должности: полицейский отдельного батальона ППСП — от 52 000 руб.

Денежное довольствие выплачивается ежемесячно, до 20-го числа текущего месяца.

Перед назначением на должность кандидат проходит профессиональный психологический отбор, \
военно-врачебную комиссию (ВВК) в ФКУЗ «МСЧ МВД России по Тверской области», проверку уровня \
физической подготовки.
""",
    )
    assert "до 20-го числа" in quoted(answerer, notice, "зп какого числа")
    assert "ВВК" in quoted(answerer, notice, "медкомиссию где проходят")


def test_which_documents_is_answered_by_the_list_from_its_start(answerer: Answerer) -> None:
    # «какие документы нужны?» asks the whole list under «Перечень документов»: it is quoted
    # from its first item, not from the item that happens to say «документ» again; a section
    # whose heading names no document («Как устроиться?») is no such list.
    notice = ad(
        "Воспитатель",
        """Как устроиться?
- Позвоните нам, собеседование в день обращения, с собой паспорт

Перечень документов при трудоустройстве:
- паспорт; трудовая книжка
- СНИЛС; документ об образовании
- медицинская книжка
""",
    )
    assert "паспорт; трудовая книжка" in quoted(answerer, notice, "какие доки нести")
    packer = ad(
        "Упаковщик",
        """Кого ищем?
Мужчин и женщин от 18 лет, опыт не нужен. Нужен паспорт или ID-карта гражданина Узбекистана. \
Студентам подходит, если можете выходить 2/2 на полные смены.

Как устроиться?
Напишите в Telegram или позвоните: +998 90 123 45 67, Дилноза (HR). Собеседование в день \
обращения, с собой — паспорт. Выйти на смену можно уже на следующий день.
""",
    )
    assert "ID-карта" in quoted(answerer, packer, "какие документы нужны")


def test_which_documents_is_answered_by_the_lead_in_over_the_list(answerer: Answerer) -> None:
    # A state notice's list of documents, led by «… представляет в Управление:» or headed by
    # «Перечень документов, предоставляемых кандидатом:»: «какие документы нужны?» asks for
    # the list as a whole, answered by its lead-in or first item, not by the later item that
    # happens to say «документ».
    notice = ad(
        "Ведущий специалист",
        """Перечень документов

Гражданин, изъявивший желание участвовать в конкурсе, представляет в Управление:
а) личное заявление на имя руководителя Управления;
б) анкету с фотографией;
в) копию паспорта или заменяющего его документа;
г) копии документов об образовании.

Сроки

Документы принимаются в течение 21 дня со дня размещения объявления.
""",
    )
    assert "представляет в Управление" in quoted(answerer, notice, "какие документы нужны")
    police = ad(
        "Полицейский",
        """Требования:
- возраст от 18 до 40 лет, годность по здоровью

Перечень документов, предоставляемых кандидатом:
1. Личное заявление
2. Автобиография
3. Паспорт гражданина РФ
4. Документы воинского учёта (военный билет)
5. Документ об образовании
""",
    )
    assert "Личное заявление" in quoted(answerer, police, "какие доки собирать")


def test_a_case_asked_with_esli_is_answered_by_the_line_on_that_case(answerer: Answerer) -> None:
    # «если …» opens the case the candidate asks about; the line on being late answers it,
    # and the word «если» itself is nothing a line must say.
    shifts = ad(
        "Сборщик заказов",
        """Условия:
- смены 2/2 по 12 часов, с 8:00 до 20:00
- оплата 2 800 ₽ за смену, выплаты каждую неделю

Правила склада:
- опоздание более 15 минут: смену могут не засчитать
- отбор: тест по 223-ФЗ, онлайн
""",
    )
    assert "более 15 минут" in quoted(answerer, shifts, "если опоздаю минут на 20 что будет")
    # The test is named, but not retaking it: the case is no answer by itself.
    assert quoted(answerer, shifts, "тест по 223 можно пересдать если завалю") == ""


def test_a_fine_asked_with_esli_is_answered_by_the_line_on_fines(answerer: Answerer) -> None:
    # «если ошибся» states the case; the line on fines answers, though it has no «если».
    picker = ad(
        "Комплектовщик",
        """Обязанности:
- сборка заказов по накладным
- упаковка и маркировка товара
- работа со сканером
- приёмка поставок

Требования:
- внимательность
- готовность к физической работе

Условия:
- смены 2/2 по 12 часов, оплата 2 800 ₽ за смену
- выплаты каждую неделю на карту
- штрафов за пересорт нет, бригадир покажет, как правильно
- форма и обувь выдаются бесплатно
- обед за счёт компании
""",
    )
    assert "штрафов за пересорт нет" in quoted(answerer, picker, "штрафуют если ошибся в заказе")


def test_besides_the_rate_asks_what_comes_on_top_of_it(answerer: Answerer) -> None:
    # «помимо», «кроме» set aside what the candidate knows; they name nothing a line must say.
    sushi = ad(
        "Повар-сушист",
        """Сеть доставки ищет повара-сушиста в новый цех. У нас 6 точек по городу и более 900 \
заказов в день.

Обязанности:
- приготовление роллов, суши, сетов по технологическим картам
- заготовки: варка и заправка риса, нарезка рыбы и овощей
- поддержание чистоты на рабочем месте, маркировка продуктов

Требования:
- опыт работы сушистом от 6 месяцев
- действующая медкнижка или готовность её оформить

Условия:
- график 2/2 с 10:00 до 23:00
- оплата за смену 3 200 руб. + процент с выручки цеха
- выплаты каждую неделю по пятницам
- бесплатное питание на смене
- форма выдаётся, стирка за счёт компании
""",
    )
    assert "процент с выручки" in quoted(answerer, sushi, "помимо ставки процент есть?")


def test_what_time_a_shift_starts_is_the_clause_with_the_clock(answerer: Answerer) -> None:
    # "time" asks for the clock; the clause naming the working time has none, the next one has.
    butcher = ad(
        "Butcher",
        """Your tasks: cutting and deboning of pork and beef, preparing orders for our shops.

Working hours: Full time, 40 hours per week
The working time is from Monday until Friday, the early shift begins at 5:00 o'clock and ends \
13:30 o'clock.
Sometimes Saturday work in the season before Christmas is possible, it is paid with surcharge.
Salary: 2,900 EUR gross per month.
Starting date: As soon as possible
""",
    )
    assert "begins at 5:00" in quoted(answerer, butcher, "what time does the shift start")


def test_the_hours_after_a_range_of_days_are_the_labels(answerer: Answerer) -> None:
    # «понедельник – четверг» is one range of days, not two clauses: the hours after it are
    # the personnel office's hours the label names.
    club = ad(
        "Хореограф",
        """Обязанности: ведение занятий в студиях народного и эстрадного танца.

Продолжительность рабочего времени – 40 часов в неделю, занятия проводятся преимущественно во \
второй половине дня.
Режим работы ДК: вт–вс 10.00–21.00, пн – выходной.
Часы работы отдела кадров: понедельник – четверг с 8.30 до 17.30, пятница с 8.30 до 16.30, \
перерыв на обед с 12.30 до 13.18.
Заработная плата от 38 000 руб.
""",
    )
    assert "с 8.30 до 17.30" in quoted(answerer, club, "кадры до скольки работают")


def test_a_probation_of_3_mes_is_its_length(answerer: Answerer) -> None:
    # «3 мес.» is three months cut short: how long probation lasts.
    accountant = ad(
        "Бухгалтер по заработной плате",
        """Обязанности: расчёт заработной платы, больничных и отпускных, отчётность в СФР.

Условия:
- оклад 85 000 ₽
- Испытательный срок 3 мес., после него возможен гибридный формат - 2 дня в неделю из дома.
- ДМС после испытательного срока, включая стоматологию.
- офис у м. Геологическая
""",
    )
    assert "срок 3 мес." in quoted(answerer, accountant, "испыталка сколько длится")


def test_a_ride_asked_by_its_verb_beside_the_hours_is_not_answered_by_them(
    answerer: Answerer,
) -> None:
    # «пекарей ночью домой развозят?» — «Пекарь (ночь) — 3 600 ₽/смена»: the night named beside
    # the ride is no answer when the posting names no ride at all.
    cafe = ad(
        "Пекарь",
        """## Вакансии

- Кассир — 2 400 ₽/смена
- Пекарь (ночь) — 3 600 ₽/смена
- Смены с 8:00 до 20:00 (пекари с 21:00 до 9:00)
""",
    )
    assert quoted(answerer, cafe, "пекарей ночью домой развозят?") == ""
    assert "21:00" in quoted(answerer, cafe, "пекари ночью во сколько работают?")


def test_a_sum_per_shift_is_not_answered_by_a_month_beside_a_night_premium(
    answerer: Answerer,
) -> None:
    # «сколько за одну смену платят» — «в среднем 85 000–110 000 ₽ в месяц, ночные смены +20% к
    # ставке»: the shifts are named only beside a share; no sum is paid per one.
    picker = ad(
        "Комплектовщик",
        """## Условия

- Оплата сдельная: в среднем 85 000–110 000 ₽ в месяц, ночные смены +20% к ставке.
- Графики 2/2 по 12 часов.
""",
    )
    assert quoted(answerer, picker, "сколько за одну смену платят") == ""
    assert "85 000" in quoted(answerer, picker, "сколько платят?")


def test_whether_a_thing_is_paid_is_not_answered_by_a_condition_on_no_perk(
    answerer: Answerer,
) -> None:
    # «можно жить на своей квартире и не платить за общагу» — «ЖИЛЬЁ: предоставляет агентство,
    # общежитие-пансионат, …»: the housing there is, not whether one must pay for it when
    # living elsewhere; a line among the conditions speaks for paying only on a perk.
    factory = ad(
        "Оператор линии (Чехия)",
        """## Условия

- ЖИЛЬЁ: предоставляет агентство, общежитие-пансионат, комнаты по 2–3 человека.
- Стоимость 5 500 CZK в месяц, вычитается из зарплаты.
- В среднем на руки выходит 28 000 – 34 000 CZK в месяц (после налогов и вычета за жильё).
""",
    )
    assert quoted(answerer, factory, "можно жить на своей квартире и не платить за общагу") == ""
    assert "общежитие" in quoted(answerer, factory, "жилье предоставляете?")


def test_a_ride_from_a_place_the_posting_never_names_is_not_answered(answerer: Answerer) -> None:
    # «до работы развозка есть? я с пролетарского» — a line naming no place says nothing of a
    # ride from there; where the posting names the place, the ride line answers.
    plant = ad(
        "Электромонтер",
        """## Условия

- Официальное трудоустройство, заработная плата два раза в месяц.
- Служебный автобус до завода.
- Живём в посёлке Мелехово, рядом с заводом.
""",
    )
    assert quoted(answerer, plant, "до работы развозка есть? я с пролетарского") == ""
    assert "автобус" in quoted(answerer, plant, "я с мелехово, развозка есть?")


def test_where_the_candidate_lives_asks_where_the_hired_must_live(answerer: Answerer) -> None:
    # "i live in cincinnati is that ok", "im in the philippines now can i apply", «я из
    # казахстана, можно?» — the line on where those hired must live answers them.
    technician = ad(
        "Meter Technician",
        """## Requirements

- Valid driver's licence.
- Must reside within 45 minutes of the Dayton Service Center.

## Pay

- $24.50 an hour.
""",
        lang="en",
    )
    assert "reside within 45 minutes" in quoted(
        answerer, technician, "i live in cincinnati is that ok"
    )
    assert "reside within 45 minutes" in quoted(
        answerer, technician, "im in the philippines now can i apply"
    )
    # … not a ride asked by one who says where they live
    assert quoted(answerer, technician, "do u have a shuttle? i live in talisay") == ""
    tutor = ad(
        "Репетитор по математике (онлайн)",
        """## Условия

- Оплата 900 ₽ за урок.
- Можно из любого города и страны, главное — вести уроки по московскому времени.
""",
    )
    assert "из любого города" in quoted(answerer, tutor, "я из казахстана, можно?")
    support = ad(
        "Специалист поддержки 1С",
        """## Условия

- Удалёнка по РФ, график 5/2.
- Оклад 90 000 ₽.
""",
    )
    assert "Удалёнка по РФ" in quoted(answerer, support, "можно работать из казахстана")


def test_a_country_by_its_short_form(answerer: Answerer) -> None:
    # «я из России, можно?» — «граждан РФ и Беларуси не оформляем», not the line on another
    # country's citizens.
    factory = ad(
        "Оператор линии (Чехия)",
        """## Кого берём

- граждане Украины с временной защитой — оформление сразу;
- граждан РФ и Беларуси на данный момент НЕ оформляем.
""",
    )
    assert "граждан РФ" in quoted(answerer, factory, "я из России, можно?")
    assert "граждан РФ" in quoted(answerer, factory, "я из беларуси, можно?")


def test_the_number_asked_with_the_verb_after_it(answerer: Answerer) -> None:
    # «номер скиньте пожалуйста», «номер отдела кадров дайте» ask whom to call, as «скиньте
    # номер» does.
    driver = ad(
        "Помощник машиниста",
        """## Условия

- Оклад от 60 000 ₽, бесплатный проезд.

## Контакты

- +7 (343) 358-41-07, пн–пт с 8:00 до 17:00
""",
    )
    assert "358-41-07" in quoted(answerer, driver, "номер скиньте пожалуйста")
    assert "358-41-07" in quoted(answerer, driver, "номер отдела кадров дайте")


def test_what_one_never_did_asks_the_experience(answerer: Answerer) -> None:
    # «я никогда не шила, возьмете», «никогда не варила кофе, возьмете?» — the line on the
    # experience needed answers them.
    seamstress = ad(
        "Швея",
        """## Требования

- Опыт желателен, но можно без опыта — научим.

## Условия

- Сдельная оплата, от 45 000 ₽.
""",
    )
    assert "без опыта" in quoted(answerer, seamstress, "я никогда не шила, возьмете")
    assert "без опыта" in quoted(answerer, seamstress, "никогда не кроила, возьмете?")


def test_whom_an_ad_takes_by_sex(answerer: Answerer) -> None:
    # «девушек берете в охрану», «я девушка, комплектовщицей можно?», "female only?" — the line
    # on whom the ad takes: «мужчины и женщины», «м/ж 18-50», "Gender: Any".
    guard = ad(
        "Охранник",
        """## Требования

- Удостоверение частного охранника 4 разряда.
- мужчины и женщины, возраст от 21 года

## Условия

- График сутки через трое, 2 800 ₽ за смену.
""",
    )
    assert "мужчины и женщины" in quoted(answerer, guard, "девушек берете в охрану")
    assert "мужчины и женщины" in quoted(answerer, guard, "я девушка, охранником можно?")
    receptionist = ad(
        "Receptionist",
        """## Job Details

- Gender: Any
- Salary: AED 4,500 per month
""",
        lang="en",
    )
    assert "Gender: Any" in quoted(answerer, receptionist, "female only?")


def test_which_days_asked_alone_asks_the_schedule(answerer: Answerer) -> None:
    # "which days", "what days would i work" — the line naming the days of the shifts.
    dishwasher = ad(
        "Dishwasher (nights)",
        """## The job

- Keep the dish pit moving on busy nights.
- Some days it's just folding boxes for an hour.

## Hours

- Shifts are 4pm to close (usually around 11pm), Wednesday through Sunday.
""",
        lang="en",
    )
    assert "Wednesday through Sunday" in quoted(answerer, dishwasher, "what days would i work")
    assert "Wednesday through Sunday" in quoted(answerer, dishwasher, "which days")


def test_what_to_come_in_is_the_dress_code_not_the_hours(answerer: Answerer) -> None:
    # «в чем приходить» — «Дресс-код: чёрный низ», not the date and hours of the shift.
    staff = ad(
        "Персонал на концерт",
        """## Смена

- Дата: 12 июля (суббота)
- Время: с 12:00 до 00:30

## Что нужно знать

- Дресс-код: чёрный низ (джинсы/брюки), закрытая удобная обувь.
- Оплата 3 500 ₽ за смену.
""",
    )
    assert "Дресс-код" in quoted(answerer, staff, "в чем приходить")
    assert "12:00" in quoted(answerer, staff, "во сколько приходить")


def test_what_the_pay_comes_to_in_thousands_is_the_pay(answerer: Answerer) -> None:
    # «сколько за смену платят» — «ребята выходят на 5–7 тысяч за смену»: a sum in thousands
    # per a shift, or what one «выходит на», is the pay (and «7 тысяч» is no «7 1 000»).
    fitter = ad(
        "Шиномонтажник",
        """## Оплата

- Сдельно, 40% от выработки, опытным с первого дня 45%.
- В сезон ребята выходят на 5–7 тысяч за смену, зимой поменьше.
- Зп каждую неделю по пятницам.
""",
    )
    assert "5–7 тысяч" in quoted(answerer, fitter, "сколько за смену платят?")
    sales = ad(
        "Менеджер", "По деньгам: фикс 110 000 ₽ + 8% с оплат.\n\nЭто реально 180–220к в месяц."
    )
    assert "реально 180–220к" in quoted(answerer, sales, "а реально сколько платят в месяц?")


def test_how_much_a_month_comes_to_asks_the_pay(answerer: Answerer) -> None:
    # «сколько в месяц выходит?», «выходит сколько в среднем?» ask what the pay comes to, as
    # «сколько платят?» does — the line need not say «выходит».
    picker = ad(
        "Комплектовщик",
        """## Условия

- Оплата сдельная: в среднем 85 000–110 000 ₽ в месяц, ночные смены +20% к ставке.
- Графики 2/2 по 12 часов.
""",
    )
    assert "85 000" in quoted(answerer, picker, "сколько в месяц выходит?")
    assert "85 000" in quoted(answerer, picker, "выходит сколько в среднем?")


def test_whether_there_is_probation_is_answered_by_its_length(answerer: Answerer) -> None:
    # «испыталка есть?» — «испытательный срок — 3 месяца», not the perk that waits for its end.
    miner = ad(
        "Машинист ПДМ",
        """## Условия

- ДМС после окончания испытательного срока, программы санаторно-курортного лечения
- испытательный срок — 3 месяца
""",
    )
    assert "3 месяца" in quoted(answerer, miner, "испыталка есть?")


def test_whether_the_rest_between_rotations_is_paid_is_not_answered_by_the_rota(
    answerer: Answerer,
) -> None:
    # «за межвахту платят что нибудь» — «график вахты 45/45 (… 45 дней межвахтового отдыха)»
    # says the rest is there, not that it is paid: the line under it, with the pay's northern
    # bonus, is a line of its own (the list is typed without marks, one line opening «ДМС»).
    miner = ad(
        "Машинист ПДМ",
        """Условия
график вахты 45/45 (45 дней работы / 45 дней межвахтового отдыха), смены по 11 часов, день/ночь
районный коэффициент 1,8 и северная надбавка до 80% (начисляются на заработок в период вахты)
ДМС после окончания испытательного срока, корпоративные программы санаторно-курортного лечения
испытательный срок — 3 месяца
""",
    )
    assert quoted(answerer, miner, "за межвахту платят что нибудь") == ""
    assert "45/45" in quoted(answerer, miner, "какой график вахты")


def test_a_question_naming_no_job_is_not_answered_by_another_jobs_card(
    answerer: Answerer,
) -> None:
    # A clinic's page lists its openings as cards: «график работы какой» asks the assistant's
    # hours, not those of the receptionist's card above it. Asked by its name, the other card
    # still answers, its sum alone under its name as its pay.
    clinic = ad(
        "Ассистент ветеринарного врача",
        """Вакансии 2

Администратор ресепшн
38 000 ₽
График 5/2, с 9 до 18
Откликнуться

Ассистент ветеринарного врача
45 000 – 60 000 ₽ на руки
Сменный график 2/2 с 9 до 21, опыт не обязателен
Откликнуться
""",
    )
    assert "2/2 с 9 до 21" in quoted(answerer, clinic, "график работы какой")
    assert "38 000" in quoted(answerer, clinic, "администратору сколько платят?")


def test_a_sites_terms_are_listed_under_its_name(answerer: Answerer) -> None:
    # An agency lists its sites, each over its own shifts: «в трц днем сколько платят» asks
    # the day shift's pay under «1) ТРЦ …», not the business centre's evening that pays
    # «2 400 ₽ в день».
    cleaner = ad(
        "Уборщик помещений",
        """Вы выбираете объект и смену.

## Объекты и смены

1) ТРЦ «Гринвич-Плаза» (м. Геологическая)
— дневная смена 8:00–20:00, график 2/2 — 2 600 ₽ за смену
— ночная генеральная уборка 22:00–6:00, график 5/2 — 2 400 ₽ за смену

2) Бизнес-центр «Высоцкий-Сити» (ул. Малышева)
— утро 6:00–10:00, только будни — 1 100 ₽ за смену
— вечер 18:00–22:00, только будни — 1 100 ₽ за смену
(можно взять и утро, и вечер — тогда 2 400 ₽ в день)

3) Распределительный центр «Кольцово» (Кольцовский тракт)
— 12-часовые смены, график 3/3, день или ночь — 3 000 ₽ за смену, ночь 3 300 ₽

4) Поликлиника на ул. Бебеля
— 7:00–15:00, график 5/2 — 36 000 ₽ в месяц, нужна медкнижка
""",
    )
    assert "2 600" in quoted(answerer, cleaner, "в трц днем сколько платят")


def test_a_number_typed_off_a_door_sign_in_odd_groups_is_the_phone(answerer: Answerer) -> None:
    # A sign on a bakery's door, typed off a photo: «ЗВОНИТЬ: 8 950 7 00 00 45» — ten digits
    # after the «8», grouped as the sign had them, are still the number to call.
    bakery = ad(
        "Пекарь",
        """ТРЕБУЕТСЯ ПЕКАРЬ — 3000 р/смена
ГРАФИК 2/2

ЗВОНИТЬ: 8 950 7 00 00 45  Ольга Викторовна
""",
    )
    assert "8 950 7 00 00 45" in quoted(answerer, bakery, "телефон какой")
    assert "8 950 7 00 00 45" in quoted(answerer, bakery, "номер телефона какой?")


def test_a_page_named_in_lower_case_words_answers_under_its_own_post(answerer: Answerer) -> None:
    # A VK page «Студенческий офис ТГУ | Внеучебка» answers students under its post: its name
    # heads its replies, lower-case words and all, and what it says there is the posting's word;
    # the student's question is not.
    camp = ad(
        "Вожатый",
        """Студенческий офис ТГУ | Внеучебка
закреплённая запись · 14 фев в 18:03

Лагерь «Ровесник» набирает вожатых на лето!

Оплата: вожатый — 28 000 ₽ за смену.

Комментарии

Ксения Л.
а выходные у вожатых бывают?
15 фев в 09:48   Ответить
  Студенческий офис ТГУ | Внеучебка
  Ксения, один выходной день за смену плюс ежедневный тихий час.
  15 фев в 10:05
""",
    )
    answer = quoted(answerer, camp, "выходной у вожатых есть вообще")
    assert "один выходной день за смену" in answer


def test_a_label_under_the_posters_name_is_what_the_poster_wrote(answerer: Answerer) -> None:
    # On a neighbourhood board the owner adds under her own name "Update: interviews this
    # Thursday …" — her word, not a comment by someone called "Update".
    bakery = ad(
        "Counter staff",
        """Hannah Okafor · Honey Loaf Bakery & Café
Linden Grove · 2 hr ago · Posted in General

Hi neighbors! We're hiring 2 people for the front counter. Pay is $17-19/hr.

12 Likes · 8 Replies
Like   Reply   Share

Greg T. · Linden Grove
Are weekends required?

Hannah Okafor · Honey Loaf Bakery & Café
@Greg we need everyone to work at least one weekend day, Sunday is fine!

Hannah Okafor · Honey Loaf Bakery & Café
Update: interviews this Thursday and Friday 2–4pm at the café, just come in and ask for me.
""",
        lang="en",
    )
    assert "interviews this Thursday" in quoted(answerer, bakery, "when r the interviews")


def test_the_email_asked_for_needs_the_address(answerer: Answerer) -> None:
    # "whats ur email" asks for the address itself: "email me" says how, not where.
    cafe = ad(
        "Counter staff",
        """We're hiring for the front counter. Stop by with a resume or email me.

Or email hello@honeyloaf.example
""",
        lang="en",
    )
    assert "hello@honeyloaf.example" in quoted(answerer, cafe, "whats ur email")


def test_the_sites_footer_under_its_copyright_is_no_contact_for_the_job(
    answerer: Answerer,
) -> None:
    # A city's site: the vacancy gives the museum's HR phone, the footer under «© 2026 …» the
    # administration's reception — whom to call about the job is the first.
    museum = ad(
        "Смотритель музейного зала",
        """Краеведческий музей объявляет о наличии вакантной должности смотрителя зала.

Оклад 21 500 руб., сменный график 2/2.

Справки по телефону: 8 (34999) 2-15-48, отдел кадров музея, с 9.00 до 17.00.

© 2026 Администрация города Верхнекамска. Все права защищены.
618400, г. Верхнекамск, пл. Советская, д. 1. Приёмная: 8 (34999) 2-11-00. Звоните!
Карта сайта | Политика обработки персональных данных
""",
    )
    answer = quoted(answerer, museum, "куда звонить по вакансии")
    assert "2-15-48" in answer
    assert "2-11-00" not in answer


def test_a_pdfs_pointer_to_its_table_is_no_answer_the_tables_row_is(answerer: Answerer) -> None:
    # A clinic's ad pasted from a PDF: «График и оплата (таблица 1)», the caption «Таблица 1»,
    # the flattened rows and a page mark — «график работы какой» is answered by the row.
    clinic = ad(
        "Администратор",
        """Условия работы
График и оплата (таблица 1)

Таблица 1
Показатель          Значение                    Примечание
График              2/2, с 8:00 до 20:00         смены по утвержд. графику
Оклад               42 000 руб.                 до вычета НДФЛ

Стр. 1 из 2
""",
    )
    assert "2/2, с 8:00 до 20:00" in quoted(answerer, clinic, "график работы какой")


def test_family_cover_asked_in_english_needs_a_line_on_the_family(answerer: Answerer) -> None:
    # "does the city cover my kids on the medical plan" asks of the family, as «ДМС на детей»
    # does: a health line that says nothing of relatives does not answer it.
    keeper = ad(
        "Zookeeper",
        """## Benefits

- Medical, dental and vision insurance; the City pays 85% of the premium.
- Free zoo membership for employees' families.
""",
        lang="en",
    )
    asked = "does the city cover my kids on the medical plan for free"
    assert quoted(answerer, keeper, asked) == ""
    assert quoted(answerer, keeper, "can i add my wife to the medical insurance") == ""
    assert "85%" in quoted(answerer, keeper, "is there medical insurance")


def test_a_piece_of_uniform_asked_is_not_answered_by_other_pieces(answerer: Answerer) -> None:
    # "do u give uniform shirts" — the boots refunded and the vest given are other pieces of it.
    associate = ad(
        "Warehouse Associate",
        """## Benefits

- Steel-toe boots: we reimburse up to $150 per year.
- Safety vest and gloves provided.
""",
        lang="en",
    )
    assert quoted(answerer, associate, "do u give uniform shirts") == ""
    assert "vest" in quoted(answerer, associate, "do you give gloves")


def test_a_multiple_of_the_rate_asked_is_not_answered_by_another(answerer: Answerer) -> None:
    # "double time after 12?" — "OT after 8 hrs … at time and one-half" pays another multiple.
    call = fixture("blind-bs", "stagehands-iatse-local-dispatch-call")
    assert quoted(answerer, call, "double time after 12?") == ""
    crew = ad(
        "Stagehand",
        """## Terms

- Overtime is paid at time and a half after 8 hours.
- Rate: $38.50/hr.
""",
        lang="en",
    )
    assert "time and a half" in quoted(answerer, crew, "is overtime paid at time and a half?")


def test_a_trip_cost_asked_is_not_answered_by_another_paid(answerer: Answerer) -> None:
    # "per diem?" — "Mileage: $0.50/mile reimbursed …" pays the miles, not the days away.
    grip = fixture("blind-bt", "key-grip-short-film-albuquerque")
    assert quoted(answerer, grip, "per diem?") == ""
    crew = ad(
        "Key Grip",
        """## Pay

- Rate: $250/day.
- Mileage: $0.50/mile reimbursed; per diem $40 on the out-of-town days.
""",
        lang="en",
    )
    assert "per diem" in quoted(answerer, crew, "per diem?")


def test_a_part_of_a_stage_call_asked_is_not_answered_by_another(answerer: Answerer) -> None:
    # "do they feed us on the load out" — the load-in's unpaid meal says nothing of the load-out.
    call = ad(
        "Stagehands",
        """## The call

- SHIFT: 6:00A - 2:00P load-in (8 hr), 1 hr unpaid meal at 11:00A unless show feeds.
- LOAD-OUT: Saturday following the show, approx. 10:30 PM call, 4 hr minimum.
""",
        lang="en",
    )
    assert quoted(answerer, call, "do they feed us on the load out") == ""
    assert "unpaid meal" in quoted(answerer, call, "do they feed us on the load in")


def test_whether_the_pay_is_the_same_in_another_case_needs_a_comparison(
    answerer: Answerer,
) -> None:
    # «на удаленке зп такая же как в офисе?» asks whether the pay holds in another case: a line
    # stating the pay, or the remote work, for one case compares nothing; a line saying it is the
    # same, or in proportion, answers.
    operator = ad(
        "Оператор контакт-центра",
        """## Условия

- Зарплата 45 000 ₽ в месяц, выплаты два раза в месяц
- Работать можно из офиса, после 3 месяцев — переход на удалёнку
""",
    )
    assert quoted(answerer, operator, "на удаленке зп такая же как в офисе?") == ""
    part_time = ad(
        "Оператор контакт-центра",
        """## Условия

- Ставка — 26 000 ₽ (при норме 160 часов в месяц, при неполном графике — пропорционально часам)
- График 5/2 или 2/2
""",
    )
    assert "пропорционально" in quoted(
        answerer, part_time, "если по 6 часов работать ставка такая же?"
    )


def test_an_amount_for_a_thing_priced_apart_after_the_figure_is_not_answered(
    answerer: Answerer,
) -> None:
    # «сколько за балкон дают» — «от 1 200 ₽ за проём стандартного окна, балконы и лоджии по
    # отдельному прайсу»: the figure is the window's, the balcony's price is not given.
    fitter = ad(
        "Монтажник окон ПВХ",
        """## Оплата

- Сдельно: от 1 200 ₽ за проём стандартного окна, балконы и лоджии по отдельному прайсу.
- Инструмент выдаём.
""",
    )
    assert quoted(answerer, fitter, "сколько за балкон дают") == ""
    assert "1 200" in quoted(answerer, fitter, "сколько за стандартное окно")


def test_a_pool_or_a_class_is_not_answered_by_the_gym(answerer: Answerer) -> None:
    # «бассейн в клубе есть», «йогу можно вести» — «Компания: фитнес-клуб»: a gym says nothing of
    # a pool or of yoga classes.
    trainer = ad(
        "Тренер тренажёрного зала",
        """Компания: фитнес-клуб «Атлет»

## Условия

- свои тренировки в любом клубе сети бесплатно
- график свободный
""",
    )
    assert quoted(answerer, trainer, "бассейн в клубе есть") == ""
    assert quoted(answerer, trainer, "а йогу можно вести у вас") == ""
    assert "фитнес-клуб" in quoted(answerer, trainer, "спортзал есть?")


def test_whether_the_employer_compensates_a_thing_needs_a_line_paying(answerer: Answerer) -> None:
    # «налог самозанятого вы компенсируете?» — «Самозанятость или ИП — на выбор» names the form
    # of work, not that anything is paid back.
    barber = ad(
        "Парикмахер",
        """## Условия

- Самозанятость или ИП — на выбор, договор с салоном.
- Проезд компенсируем — 3 000 ₽ в месяц.
""",
    )
    assert quoted(answerer, barber, "налог самозанятого вы компенсируете?") == ""
    assert "3 000" in quoted(answerer, barber, "проезд компенсируете?")


def test_a_district_the_question_names_must_be_named_by_the_line(answerer: Answerer) -> None:
    # «развозка в алатауский район едет?» — «развозку после закрытия … по маршрутам» does not
    # name the district; «развозка есть?» is answered by it.
    pizza = ad(
        "Пиццамейкер",
        """Нас 23 пиццерии в Алматы и Астане. Ищем ребят в команду кухни!

Мы гарантируем:
✔ удобный график: 2/2 или 3/3, смены с 10:00 до 22:00 или с 11:00 до 23:00
✔ бесплатное питание в каждую смену
✔ форму — выдаём бесплатно, стирка на нас
✔ развозку после закрытия (смены до 23:00) по маршрутам
""",
        front="city: Алматы\n",
    )
    assert quoted(answerer, pizza, "развозка в алатауский район едет?") == ""
    assert "развозку" in quoted(answerer, pizza, "развозка есть?")


def test_lines_typed_below_a_requirements_list_say_what_they_offer(answerer: Answerer) -> None:
    # "What we're looking for: - …", a blank line, then the perks typed one per line: "401k
    # match?" is answered by "401(k) with a 3% match", not by the row of benefit names.
    cook = ad(
        "Line Cook",
        """## Benefits

Health Insurance   Dental   Vision   Paid Time Off   401(k)   Shift Meal   Employee Discount

## What we're looking for

- 1+ year of line experience in a full-service restaurant
- Able to stand for 8-10 hour shifts and lift 50 lbs

Full-time cooks work 4-5 shifts a week (32-45 hours).
401(k) with a 3% match after 1 year.
Bring your own non-slip shoes and knives.
""",
        lang="en",
    )
    assert "3% match" in quoted(answerer, cook, "401k match?")


def test_a_row_of_benefit_chips_yields_to_the_line_that_spells_the_benefit_out(
    answerer: Answerer,
) -> None:
    # "do we get fed": the board's chips name a shift meal; the line HR wrote says what it is.
    cook = ad(
        "Line Cook",
        """## Benefits

Health Insurance   Dental   Vision   Paid Time Off   401(k)   Shift Meal   Employee Discount

## What we offer

Health, dental and vision start after 60 days; we cover 75% of the premium.
Free shift meal before service every day + 50% off dining in on your days off.
""",
        lang="en",
    )
    assert "Free shift meal" in quoted(answerer, cook, "do we get fed")
    assert "60 days" in quoted(answerer, cook, "do u get health insurance")


def test_a_boards_digest_of_benefits_yields_to_the_line_it_was_pulled_from(
    answerer: Answerer,
) -> None:
    # Indeed's "Benefits / Pulled from the full job description / On-site parking": "can i park
    # there" is answered by the ad's own line, which says the parking is free.
    associate = ad(
        "Warehouse Associate",
        """Benefits
Pulled from the full job description
Dental care
On-site parking
Store discount

## What we offer

Free parking on site. Bus route 33 stops in front of the building.
Pay is every two weeks by direct deposit.
""",
        lang="en",
    )
    assert "Free parking" in quoted(answerer, associate, "can i park there")


def test_the_last_day_to_apply_asks_the_closing_date(answerer: Answerer) -> None:
    # A government board's field block: "Closing Date" over its value.
    keeper = ad(
        "Zookeeper I",
        """Salary
$22.15 - $28.90 Hourly
Job Type
Full-Time
Closing Date
3/31/2025 11:59 PM Eastern

## Description

The work schedule is 4 days x 10 hours, 6:30 a.m. to 5:00 p.m.
""",
        lang="en",
    )
    assert "3/31/2025" in quoted(answerer, keeper, "last day to apply?")


def test_a_pay_review_is_asked_as_indexation_and_raises(answerer: Answerer) -> None:
    # «индексация зарплаты бывает» — «пересмотр зп раз в полгода»; "raises how often" — a
    # public employer's "step increases after 6 months and annually thereafter".
    qa = ad(
        "QA-инженер",
        """## Что предлагаем

- Зарплата от 180 000 до 240 000 ₽
- пересмотр зп раз в полгода по итогам performance review
- ДМС со стоматологией
""",
    )
    assert "пересмотр зп" in quoted(answerer, qa, "индексация зарплаты бывает")
    keeper = ad(
        "Zookeeper I",
        """## Benefits

- $22.15 - $28.90 Hourly
- Employees receive step increases after 6 months and annually thereafter, subject to
  satisfactory performance.
- Medical, dental and vision insurance.
""",
        lang="en",
    )
    assert "step increases" in quoted(answerer, keeper, "raises how often")


def test_the_last_day_to_apply_is_the_deadline(answerer: Answerer) -> None:
    # "last day to apply?" — "Closing Date: 3/31/2025"; «до какого числа анкету заполнить» —
    # «Анкета 👉 vk.cc/… до 28 февраля».
    keeper = ad(
        "Zookeeper I",
        """## Salary

- $22.15 - $28.90 Hourly
- Closing Date: 3/31/2025 11:59 PM Eastern
- The work schedule is 4 days x 10 hours, 6:30 a.m. to 5:00 p.m.
""",
        lang="en",
    )
    assert "Closing Date" in quoted(answerer, keeper, "last day to apply?")
    camp = ad(
        "Вожатый",
        """Ищем вожатых на лето! Смены по 21 дню, оплата 30 000 ₽ за смену.

Анкета 👉 vk.cc/camp2025 до 28 февраля
""",
    )
    assert "до 28 февраля" in quoted(answerer, camp, "до какого числа анкету заполнить")


def test_petrol_and_car_cover_asked_as_drivers_say_them(answerer: Answerer) -> None:
    # «бенз компенсируют?» — «компенсация топлива»; «страховка на машину есть» — «ОСАГО … +
    # КАСКО».
    courier = ad(
        "Курьер",
        """## Условия

- Доход до 4 500 ₽ за смену
- Авто-курьерам: компенсация топлива 8 ₽ за км по маршруту в приложении
""",
    )
    assert "компенсация топлива" in quoted(answerer, courier, "бенз компенсируют?")
    taxi = ad(
        "Водитель такси",
        """## Условия

- Машины: Hyundai Solaris, Kia Rio 2021–2023 г.в., все на газу
- ОСАГО с допуском неограниченного числа лиц + КАСКО на все машины
- Мойка 1 раз в неделю бесплатно
""",
    )
    assert "ОСАГО" in quoted(answerer, taxi, "страховка на машину есть")


def test_how_to_apply_is_answered_by_apply_with(answerer: Answerer) -> None:
    # "how do i apply" — "Apply with your Culinary Agents profile".
    cook = ad(
        "Line Cook",
        """## What we're looking for

- 1+ year of line experience
- Apply with your Culinary Agents profile
""",
        lang="en",
    )
    assert "Apply with" in quoted(answerer, cook, "how do i apply")


def test_pay_at_the_end_of_a_shift_says_when_pay_comes(answerer: Answerer) -> None:
    # «деньги когда отдают» — «Выплата по окончании смены на карту».
    camp = ad(
        "Вожатый",
        """## Условия

- Оплата: вожатый — 28 000 ₽ за смену, старший вожатый — 35 000 ₽ за смену.
- Выплата по окончании смены на карту.
- Питание 5 раз в день вместе с детьми, бесплатно.
""",
    )
    assert "по окончании смены" in quoted(answerer, camp, "деньги когда отдают")


def test_meals_asked_by_the_verb_feed(answerer: Answerer) -> None:
    # «покормят на работе?» — «ОБЕД + ВЫПЕЧКА С СОБОЙ».
    bakery = ad(
        "Пекарь",
        """## Условия

- Пекарь в ночь — 3000 р/смена
- обед + выпечка с собой
- график 2/2
""",
    )
    assert "обед" in quoted(answerer, bakery, "покормят на работе?")


def test_what_tips_usually_come_to_is_their_average(answerer: Answerer) -> None:
    # "how much r tips usually" — "Tip pool averages $5-7/hr", not the base rate "+ tips".
    cook = ad(
        "Line Cook",
        """## Pay

- $21.00 - $24.00 / hour + tips
- Tip pool averages $5-7/hr on top of base, paid out on your paycheck
""",
        lang="en",
    )
    assert "Tip pool" in quoted(answerer, cook, "how much r tips usually")


def test_when_they_call_back_is_answered_by_the_reply_time(answerer: Answerer) -> None:
    # «как быстро перезвоните после резюме» — «… отвечаем на резюме в течение 2 рабочих дней».
    pharmacy = ad(
        "Фармацевт",
        """## Как устроиться

- Если на все ответил «да» — ждём твоё резюме!
- Собеседование проходит в офисе на ул. Ильинская, 50 или онлайн по видеосвязи, отвечаем на
  резюме в течение 2 рабочих дней.
""",
    )
    assert "в течение 2 рабочих дней" in quoted(
        answerer, pharmacy, "как быстро перезвоните после резюме"
    )


def test_everyday_words_are_no_tool_names(answerer: Answerer) -> None:
    # "any bus going there" — the bus line, not "going up to $21.00" read as the Go language;
    # "Loading dock C", "dispatch window" name no C nor Windows: "what software do you use",
    # "windows or mac?" have no answer in a dispatch call.
    warehouse = ad(
        "Warehouse Associate",
        """## Pay and getting there

Starting rate is $19.50/hour, going up to $21.00 after the 3-month probation.
Free parking on site. Bus route 33 (STO) stops in front of the building.
""",
        lang="en",
    )
    assert "Bus route 33" in quoted(answerer, warehouse, "any bus going there")
    call = ad(
        "Stagehands",
        """REPORT TO: Riverfront Arena, 900 Levee St.
Loading dock C (north side), check in with the steward at the dock desk.

HALL HOURS: Mon-Fri 9:00 AM - 4:00 PM, dispatch window 9:00-11:00 AM for signing.
""",
        lang="en",
    )
    assert not answerer.answer(call, "what software do you use").answered
    assert not answerer.answer(call, "windows or mac?").answered


def test_going_in_a_question_is_no_programming_language(answerer: Answerer) -> None:
    # "any bus going there" — "Bus route 33 …", not the pay "going up to $21.00" (Go, the
    # language, shares the stem of "going").
    warehouse = ad(
        "Warehouse Associate",
        """## Pay and location

- Starting rate is $19.50/hour, going up to $21.00 after the 3-month probation.
- Bus route 33 (STO) stops in front of the building.
""",
        lang="en",
    )
    assert "Bus route 33" in quoted(answerer, warehouse, "any bus going there")


def test_supplemental_information_is_a_heading_of_no_kind(answerer: Answerer) -> None:
    # "when are interviews" — NEOGOV's "Supplemental Information" under the qualifications
    # gives the interview week; it is no more of the qualifications (whose "must" lines made
    # it a requirement that names the interview, which is not about it).
    zoo = ad(
        "Zookeeper I",
        """Minimum Qualifications
High school diploma or GED.
Must be able to lift and carry 50 pounds and work outdoors in all weather conditions.

Supplemental Information
Candidates who pass will be invited to a panel interview, tentatively the week of April 14.
Within the first year, the employee must obtain CPR/First Aid certification.
Employees must supply their own waterproof work boots.
Residency in Riverbend is NOT required.
""",
        lang="en",
    )
    assert "week of April 14" in quoted(answerer, zoo, "when are interviews")


def test_a_case_asked_with_also_must_be_named_by_the_line(answerer: Answerer) -> None:
    # «летом тоже будет набор?» asks whether what a line says of one case holds for another:
    # «набор на зимнюю стажировку» says nothing of summer, and the travel paid to one's own
    # leave nothing of the family's; a line naming the case («зимой — утеплённый комплект»)
    # still answers.
    bureau = ad(
        "Стажёр-конструктор",
        """Предприятие объявляет набор на зимнюю стажировку в конструкторское бюро.

Условия:
- основной отпуск 30 суток, проезд к месту отдыха оплачивается раз в год
- спецодежда по сезону, зимой — утеплённый комплект
- ДМС для сотрудника и членов семьи

Летом отдел кадров принимает документы по пятницам.
""",
    )
    assert quoted(answerer, bureau, "летом тоже будет набор?") == ""
    assert quoted(answerer, bureau, "семье дорогу в отпуск тоже оплачивают") == ""
    assert "проезд" in quoted(answerer, bureau, "проезд к месту отдыха оплачивают?")
    assert "утеплённый" in quoted(answerer, bureau, "спецовку дают, зимнюю тоже?")


def test_friends_are_not_the_family_a_perk_is_for(answerer: Answerer) -> None:
    # «а друзьям скидка на лечение будет?» — «20 % для членов семьи»: the family's discount says
    # nothing of friends; a line naming friends («Приведи друга») still answers of them.
    clinic = ad(
        "Администратор стоматологии",
        """Мы предлагаем:
- оклад 45 000 ₽ + 3 % от выручки
- скидка 50 % на лечение для сотрудника и 20 % для членов семьи
- «Приведи друга»: 5 000 ₽ за каждого друга, который отработает 2 месяца
""",
    )
    assert quoted(answerer, clinic, "а друзьям скидка на лечение будет?") == ""
    assert "семьи" in quoted(answerer, clinic, "родственникам скидка на лечение будет?")
    assert "друга" in quoted(answerer, clinic, "за приведённого друга сколько платят?")


def test_a_form_to_fill_in_is_no_uniform(answerer: Answerer) -> None:
    # «форму выдают или в своем ходить» on a posting that never speaks of clothes is not
    # answered by the application form among the documents; «форма выдаётся» answers it.
    museum = ad(
        "Смотритель музейного зала",
        """График: вторник – воскресенье, с 10:00 до 18:00.

Документы:
- паспорт, трудовая книжка
- заполненная анкета (форма прилагается)
""",
    )
    assert quoted(answerer, museum, "форму выдают или в своем ходить") == ""
    kept = ad(
        "Смотритель музейного зала",
        """График: вторник – воскресенье, с 10:00 до 18:00.

Условия:
- форма выдаётся бесплатно
""",
    )
    assert "форма" in quoted(answerer, kept, "форму выдают или в своем ходить")


def test_shoes_to_change_into_ask_no_shift(answerer: Answerer) -> None:
    # «а тапочки сменные дают» asks of shoes to change into, not of the shifts: the line on
    # the one day shift does not answer it; «смены какие?» still asks the schedule.
    sewing = ad(
        "Швея",
        """Условия:
- смена одна, только дневная, с 8:00 до 17:00
- оклад от 45 000 ₽
""",
    )
    assert quoted(answerer, sewing, "а тапочки сменные дают") == ""
    assert "дневная" in quoted(answerer, sewing, "смены какие?")


def test_help_paying_for_school_asks_the_tuition(answerer: Answerer) -> None:
    # "will they help pay for school" — "Tuition reimbursement up to $2,000 …", not the
    # insurance the employer pays a share of.
    keeper = ad(
        "Zookeeper",
        """## Benefits

- Medical, dental and vision insurance; the City pays 85% of the premium.
- Tuition reimbursement up to $2,000 per year after one year of service.
""",
        lang="en",
    )
    assert "Tuition" in quoted(answerer, keeper, "will they help pay for school")


def test_term_time_only_answers_the_school_holidays(answerer: Answerer) -> None:
    # "do i work in the school holidays" — "Contract: Term time only (39 weeks)".
    assistant = ad(
        "Teaching Assistant",
        """## Job details

- Hours: 32.5 hours per week, Monday to Friday
- Contract: Term time only (39 weeks), fixed term until 31 August 2026
- Experience of working with children in a school or childcare setting
""",
        lang="en",
    )
    assert "Term time only" in quoted(answerer, assistant, "do i work in the school holidays")


def test_a_bus_route_answers_getting_there_by_bus(answerer: Answerer) -> None:
    # "can i get there by bus" — "… site is also on the D1 bus route from Northampton town
    # centre".
    warehouse = ad(
        "Warehouse Operative",
        """## Benefits

- Weekly pay every Friday
- Free on-site parking; site is also on the D1 bus route from Northampton town centre
""",
        lang="en",
    )
    assert "D1 bus route" in quoted(answerer, warehouse, "can i get there by bus")


def test_where_to_write_is_answered_by_a_way_in_when_no_line_is_on_applying(
    answerer: Answerer,
) -> None:
    # «куда писать?» of an ad with no line on applying: the handle it gives is the way in.
    developer = ad(
        "Frontend-разработчик",
        """## Что делать

- Писать интерфейсы на React и TypeScript.
- Ревьюить код коллег.

## Условия

- Удалёнка, оплата от 250 000 ₽.
- Пиши в tg: @finmill_hiring
""",
    )
    assert "@finmill_hiring" in quoted(answerer, developer, "куда писать")
    assert "@finmill_hiring" in quoted(answerer, developer, "куда писать чтоб устроиться")


def test_the_last_date_to_apply_is_read_where_the_ad_gives_it(answerer: Answerer) -> None:
    # «до какого числа анкету заполнить» — «Анкета 👉 vk.cc/… до 28 февраля»; "last date to
    # apply?", "deadline to apply?" — "Last application date: 28/02/2026".
    camp = ad(
        "Вожатый",
        """Летний лагерь ищет вожатых на три смены.

- Оплата 35 000 ₽ за смену, проживание и питание.
- Анкета 👉 vk.cc/camp2025 до 28 февраля
""",
    )
    assert "до 28 февраля" in quoted(answerer, camp, "до какого числа анкету заполнить")
    butcher = ad(
        "Butcher",
        """A family butcher's shop in Landshut is hiring a butcher.

- Full time, 40 hours a week, €2,900 gross a month.
- Send your CV in German or English to jobs@example.de.
- Last application date: 28/02/2026
""",
        lang="en",
    )
    assert "28/02/2026" in quoted(answerer, butcher, "deadline to apply?")
    assert "28/02/2026" in quoted(answerer, butcher, "last date to apply?")


def test_a_team_of_so_many_people_gives_its_size(answerer: Answerer) -> None:
    # "how big is the support team" — "join our 14-person Support team in Denver"; "20-person
    # offsites" are events, not a team.
    support = ad(
        "Support Specialist",
        """We're hiring a bilingual Support Specialist to join our 14-person Support team.

- Answer customer tickets in English and Spanish
- $52,000–$60,000 a year
""",
        lang="en",
    )
    assert "14-person" in quoted(answerer, support, "how big is the support team")


def test_a_price_asked_with_pochem_is_answered_by_the_rate(answerer: Answerer) -> None:
    # «малина почем идет» — «Малина ремонтантная: 85 руб/кг»: «почём» asks a price.
    farm = ad(
        "Сборщик ягод",
        """Фермерское хозяйство приглашает на сезон сборщиков ягод.

## Расценки

- Клубника: 60 руб/кг
- Малина ремонтантная: 85 руб/кг

## Условия

- Проживание в общежитии бесплатно.
""",
    )
    assert "85 руб/кг" in quoted(answerer, farm, "малина почем идет")


def test_fuel_asked_in_chat_words_is_answered_by_its_compensation(answerer: Answerer) -> None:
    # «бенз компенсируют?» — «компенсация топлива 8 ₽ за км»: «бенз» is the chat's petrol.
    courier = ad(
        "Курьер",
        """## Условия

- Авто-курьерам: компенсация топлива 8 ₽ за км по маршруту в приложении
- Выплаты каждый день на карту.
""",
    )
    assert "компенсация топлива" in quoted(answerer, courier, "бенз компенсируют?")


def test_a_health_book_clipped_apart_is_the_medical_book(answerer: Answerer) -> None:
    # «медкнижка нужна» — «сан книжка не нужна».
    pickup = ad(
        "Менеджер ПВЗ",
        """ищем сотрудника на пвз, график 2 через 2 с 9 до 21
оплата 2500 за смену
сан книжка не нужна
""",
    )
    assert "сан книжка" in quoted(answerer, pickup, "медкнижка нужна")


def test_whom_to_write_is_answered_by_an_address(answerer: Answerer) -> None:
    # «кому писать вопросы по процедуре» — «Вопросы по процедуре — hr-career@… или в Teams».
    analyst = ad(
        "Ведущий аналитик",
        """## Процедура

- Заявки принимаются через внутренний портал.
- Вопросы по процедуре — hr-career@meridian.example или в Teams: Соколова Анна (HR BP).
""",
    )
    assert "hr-career@" in quoted(answerer, analyst, "кому писать вопросы по процедуре")


def test_a_role_asked_is_answered_by_its_own_line_over_a_comment_naming_it(
    answerer: Answerer,
) -> None:
    # A door sign typed off a photo, a colleague's comment below: «пекарю в ночь сколько
    # платят» — the night baker's own line, its hours in brackets after its name, not the
    # comment that says «пекарь на ночь нужен срочно».
    bakery = ad(
        "Пекарь, кассир-бариста, уборщица",
        """[объявление с двери, распознано с фото]

ПЕКАРНЯ «КАРАВАЙ»
свежий хлеб каждый день с 7:00

ТРЕБУЮТСЯ:
ПЕКАРЬ (ночные смены, с 22 до 8) — 3100 р/смена
ПЕКАРЬ-КОНДИТЕР (дневные смены) — 2600 р/смена
КАССИР-БАРИСТА — 2200 р/смена + % с кассы
УБОРЩИЦА / МОЙЩИЦА ПОСУДЫ — 1800 р/смена, подработка на вечер

ГРАФИК 2/2 — ОБСУЖДАЕТСЯ
ОПЛАТА КАЖДУЮ НЕДЕЛЮ
обучение на месте, можно без опыта (КРОМЕ ПЕКАРЯ НОЧНОГО — опыт от 1 г.)
Медкнижка обязательна!!

ЗВОНИТЬ: 8 950 7 00 00 11 Ирина

---
Коммент Лены (переписала с фото):
фото со входа, сделала вчера. звонила по номеру — ответила Ирина, сказали что пекарь на \
ночь нужен срочно. стажировка 2 дня оплачивается половиной ставки. форму дают, обувь своя. \
оформляют по договору ГПХ первые 3 месяца, потом по ТК. собеседование — приходить с \
паспортом и медкнижкой в будни с 10 до 12
""",
    )
    assert "3100 р/смена" in quoted(answerer, bakery, "пекарю в ночь сколько платят")
    # A posting for one role in grades names no other role: «Тренер 2 категории — …» is no
    # other's line, and the pay of its grades does not answer what the question asks of it.
    gym = ad(
        "Фитнес-тренер тренажёрного зала",
        """
Обязанности:
- проведение персональных и сплит-тренировок в тренажерном зале;
- дежурство в зале по графику, консультирование гостей клуба по технике выполнения упражнений;
- проведение вводных (бесплатных) тренировок для новых клиентов;
- продажа пакетов персональных тренировок;
- поддержание порядка в зале, контроль исправности тренажеров.

Требования:
- сертификат фитнес-тренера (ФПА, Fitness Academy, Spirit и т.п.) ОБЯЗАТЕЛЕН;
- профильное образование (физкультурное) приветствуется;
- опыт работы тренером тренажерного зала от 1 года;
- активная жизненная позиция, опрятный внешний вид, грамотная речь;
- знание основ функционального тренинга.

Условия:
- график сменный 2/2, смены 07:00–15:00 и 15:00–23:00, клуб работает без выходных;
- официальное трудоустройство по ТК РФ с первого дня;
- оклад + процент с персональных тренировок, уровень зависит от категории:

Тренер — оклад 22 000 ₽ + 50% с персональных
Тренер 2 категории — оклад 28 000 ₽ + 55% с персональных
Тренер 1 категории — оклад 34 000 ₽ + 60% с персональных
Мастер-тренер — оклад 40 000 ₽ + 65% с персональных

- категория присваивается по итогам аттестации, аттестация 2 раза в год;
- бесплатное посещение клуба для сотрудника + скидка 50% на клубную карту для членов семьи;
- форма предоставляется клубом;
- корпоративное обучение и семинары внутри сети;
""",
    )
    assert not answerer.answer(gym, "за вводные тренировки тренеру платят?").answered


def test_a_roles_second_sentence_on_its_line_says_what_that_role_does(
    answerer: Answerer,
) -> None:
    # A head teacher's message in a parents' chat, a role to a line: «а что сторож делает
    # вообще» — the sentence after the watchman's terms is his work, not a line of its own.
    school = ad(
        "Гардеробщик, сторож, дворник в школу",
        """Уважаемые родители! Школе срочно требуются сотрудники, передайте знакомым 🙏

1) ГАРДЕРОБЩИК — работа с 7:30 до 13:30 пн-пт, зарплата 19 000 руб
2) СТОРОЖ — график сутки через трое, 2 100 руб за сутки. Пропускной режим, журнал \
посетителей, обход здания вечером, ночью сидит на посту у входа
3) ДВОРНИК — с 6:00 до 10:00, 21 000 руб в месяц

Всё официально, трудовой договор, отпуск летом 28 дней.
""",
    )
    assert "Пропускной режим" in quoted(answerer, school, "а что сторож делает вообще")


def test_a_role_asked_is_answered_from_its_own_part_of_the_posting(answerer: Answerer) -> None:
    # A bus depot's call for three roles, each in capitals over its own lines and an offer
    # for all of them after: «кондуктором сколько платят» is the conductor's «от 45 000 ₽»,
    # not the driver's income above it nor the mechanic's pay below it.
    depot = ad(
        "Водители автобусов, кондукторы, автослесари — набор в автоколонну",
        """Приглашаем на три вакансии:

1) ВОДИТЕЛЬ АВТОБУСА (кат. D)
доход от 85 000 до 120 000 ₽ (часовая ставка 410 ₽ + премия за выполнение рейсов)
стаж на категории D от 1 года

2) КОНДУКТОР
от 45 000 ₽, оплата почасовая
работа с валидатором и терминалом

3) АВТОСЛЕСАРЬ (ремонтная зона)
от 70 000 до 90 000 ₽
график 5/2 с 8:00 до 17:00

Мы предлагаем:
— Официальное трудоустройство с первого дня, белая зарплата два раза в месяц.
— Жильё для иногородних: общежитие, 1 500 ₽ в месяц.
""",
    )
    assert "от 45 000 ₽" in quoted(answerer, depot, "кондуктором сколько платят")
    assert "от 70 000 до 90 000 ₽" in quoted(answerer, depot, "автослесарю сколько платят")


def test_the_place_of_a_job_names_the_job_the_title_lists(answerer: Answerer) -> None:
    # «гардероб во сколько работать» on a school's call for a «гардеробщик»: the cloakroom
    # attendant's own hours, not a line that says the cloakroom takes older people.
    school = ad(
        "Гардеробщик, вахтёр, уборщица в школу",
        """Уважаемые родители! Школе срочно требуются сотрудники 🙏

1) ГАРДЕРОБЩИК (гардеробщица) — работа с 7:45 до 13:15 пн-пт, зарплата 19 000 руб
2) ВАХТЁР — график сутки через трое, 2 100 руб за сутки
3) УБОРЩИЦА — с 14:00 до 19:00 после уроков, 23 000 руб в месяц

Нужна справка об отсутствии судимости, медосмотр проходим бесплатно. Можно пенсионерам, \
для гардероба и вахты как раз ищем людей постарше.
""",
    )
    assert "с 7:45 до 13:15" in quoted(answerer, school, "гардероб во сколько работать")


def test_a_role_asked_needs_a_line_that_names_it_before_a_dash(answerer: Answerer) -> None:
    # "Staff Nurse - ICU / Critical Care" is one job: a line opening "GNM / B.Sc Nursing" is
    # no role's own line over the one the gate refused.
    nurse = ad(
        "Staff Nurse - ICU / Critical Care",
        """Staff Nurse - ICU / Critical Care (Immediate Joiners)
Sahyadri Lifeline Multispeciality Hospital
3.8 ★ | 214 Reviews
2 - 5 years
3.5-5 Lacs P.A.
Pune( Kharadi )
Send me jobs like this
Posted: 4 days ago | Openings: 15 | Applicants: 100+
Apply   Save

Job highlights
- GNM / B.Sc Nursing with valid MNC registration, 2+ years ICU experience
- Free accommodation for female nurses, rotational shifts, PF & ESIC

Job description
Roles and Responsibilities
- Provide direct bedside care to critically ill patients in MICU/SICU (nurse to patient ratio 1:2)
- Monitor vitals, ventilator and infusion pumps, maintain ICU charts and intake-output records
- Administer medications as per doctor's orders and hospital protocols
- Assist during intubation, central line insertion and other bedside procedures
- Participate in code blue, handover and infection control rounds
- Maintain NABH documentation standards

Desired Candidate Profile
- GNM / B.Sc Nursing / Post Basic B.Sc Nursing is mandatory
- Valid Maharashtra Nursing Council (MNC) registration, candidates with other state council \
registration must transfer within 6 months
- Minimum 2 years experience in ICU of a multispeciality hospital, freshers please do not apply
- BLS certification mandatory, ACLS preferred
- Good communication in English, Marathi / Hindi
- Female and male candidates both can apply

Perks and Benefits
Salary 3.5 to 5 LPA depending on experience and last drawn CTC, PF, ESIC, free accommodation \
(hostel near hospital, sharing basis) for female nurses, subsidised meals in hospital canteen, \
uniform provided, night shift allowance, annual increment, 12 days casual leave + 18 days \
earned leave per year. Rotational shifts (Morning 8am-2pm / Evening 2pm-8pm / Night 8pm-8am), \
6 days working.

Interested candidates can walk-in Mon to Sat, 10 AM to 1 PM with updated resume, 2 passport \
photos and original certificates at HR Dept, 2nd Floor, Sahyadri Lifeline Hospital, Kharadi \
Bypass Road, Pune. Or share CV on WhatsApp to the HR number given below.
Contact: Ms. Priya Deshmukh (HR Executive)

Role: Staff Nurse
Industry Type: Medical Services / Hospital
Department: Healthcare & Life Sciences
Employment Type: Full Time, Permanent
Role Category: Nursing
Education
UG: B.Sc in Nursing, Diploma in Nursing
PG: Any Postgraduate

Key Skills
Skills highlighted with '*' are preferred keyskills
ICU*  Critical Care*  Patient Care  Ventilator Management  BLS  ACLS  NABH  Staff Nurse  GNM

About company
Sahyadri Lifeline is a 250-bed NABH accredited multispeciality hospital in East Pune with 40 \
ICU beds, cath lab and round-the-clock emergency services. Read more

Company Info
Address: Kharadi Bypass Road, Kharadi, Pune, Maharashtra, India

Beware of imposters! Sahyadri Lifeline does not charge any fee for recruitment. Report
""",
        lang="en",
    )
    assert "GNM" not in quoted(answerer, nurse, "im fresher bsc nursing can i apply")


def test_a_certificate_of_no_record_is_asked_by_its_everyday_name(answerer: Answerer) -> None:
    # «справка о несудимости» is what people call «справка об отсутствии судимости»: the
    # documents list's line answers, not «Справки по телефону», a line of enquiries.
    notice = ad(
        "Лаборант кафедры",
        """## Документы

- заявление на имя ректора
- копия паспорта
- справка о наличии (отсутствии) судимости

Справки по телефону: (473) 000-00-00, отдел кадров.
""",
    )
    assert "судимости" in quoted(answerer, notice, "справку о несудимости надо?")


def test_a_bare_process_heading_is_the_hiring_process(answerer: Answerer) -> None:
    # A careers page's "The process" over its steps: the hiring's, so "what does the interview
    # process look like" is answered by its first step.
    page = ad(
        "Customer Success Manager",
        """## What you'll do

- Own a portfolio of mid-sized customers

## The process

- Short intro call with Ida from People (30 min)
- A meeting with two of the team
""",
        lang="en",
    )
    assert "intro call" in quoted(answerer, page, "what does the interview process look like")


def test_money_for_a_thing_asks_what_is_paid_towards_it(answerer: Answerer) -> None:
    # "any money for courses" asks a sum towards courses, not the wage.
    page = ad(
        "Operations Associate",
        """## What we offer

- Salary: €42,000 – €50,000 gross per year, depending on your experience
- €1,000 yearly learning budget and German classes during working hours
- 28 days of paid holiday
""",
        lang="en",
    )
    assert "learning budget" in quoted(answerer, page, "any money for courses")


def test_our_application_process_as_a_label_is_the_hiring_process(answerer: Answerer) -> None:
    # "Our application process: …" run into a line of its own under another heading states
    # the hiring's steps.
    page = ad(
        "Operations Associate",
        """## Start date

- As soon as possible, ideally in March.
- Our application process: short call with Lea from our People team (20 min) → case study \
at home (about 2 hours) → meeting the team on site
""",
        lang="en",
    )
    assert "short call" in quoted(answerer, page, "what are the interview steps")


def test_an_application_forms_fields_are_no_lines_of_the_ad(answerer: Answerer) -> None:
    # A small firm's careers page pasted whole: the application form's field labels under the
    # benefits ask the candidate ("Earliest start date", "Do you hold … ? * ( ) Yes ( ) No");
    # they say nothing of the job.
    page = ad(
        "Plumber",
        """Qualifications
- 3+ years of residential plumbing experience
- Journeyman plumbing license required

Compensation & Benefits
- $26 - $34 per hour depending on experience
- Weekly pay, every Friday via direct deposit

Apply for this position
First Name *
Last Name *
Email *
Do you hold a journeyman license? * ( ) Yes ( ) No
Years of plumbing experience *
Desired hourly rate
Earliest start date
""",
        lang="en",
    )
    assert quoted(answerer, page, "when can i start") == ""
    assert "$26 - $34" in quoted(answerer, page, "how much does it pay")
    assert "required" in quoted(answerer, page, "do i need a journeyman license")


REMOTE_STARTUP = ad(
    "Senior Backend Engineer",
    """Remote Work Policy
Hires remotely in: United States, Canada
Visa sponsorship: Not available

About the job
You'll join a team of 6 engineers and own our payments services end to end.

Benefits
- Health, dental and vision 100% covered for you, 75% for dependents
- Unlimited PTO with a 15-day minimum we actually enforce
- Offsite twice a year (the last ones were in Austin and Banff)
""",
    lang="en",
)


def test_dependents_are_the_family_a_perk_covers(answerer: Answerer) -> None:
    assert "75% for dependents" in quoted(answerer, REMOTE_STARTUP, "health insurance for family?")


def test_an_h1b_asked_is_answered_by_the_visa_sponsorship_line(answerer: Answerer) -> None:
    # The posting says nothing of the right to work: the visa asked about is a sponsored one.
    assert "Visa sponsorship" in quoted(answerer, REMOTE_STARTUP, "do u sponsor h1b")


def test_a_remote_team_meeting_in_person_is_its_offsite(answerer: Answerer) -> None:
    assert "Offsite" in quoted(answerer, REMOTE_STARTUP, "does the team ever meet in person?")


def test_super_on_top_is_the_pension_of_an_australian_ad(answerer: Answerer) -> None:
    # Australia's superannuation, as a cafe's casual ad says it after the pay.
    cafe = ad(
        "Barista",
        """About you
- min 1 year barista experience in a busy cafe
- available Saturday AND Sunday

Casual, 20-30 hrs a week. Shifts are usually 6 to 8 hours.
Pay is $28 - $32 p/h depending on experience, paid weekly every Wednesday. Super on top.
""",
        lang="en",
    )
    assert "Super on top" in quoted(answerer, cafe, "super included?")


def test_when_the_day_ends_is_not_said_by_its_start_alone(answerer: Answerer) -> None:
    # «во сколько уроки заканчиваются» — «уроки с 8:00»: when they start, not when they end;
    # «до скольки рабочий день» — «начало в 8:00». Hours with their end still answer.
    school = ad(
        "Учитель информатики",
        """## Условия

- Работаем в одну смену, уроки с 8:00
- График: пн–сб, начало в 8:00, воскресенье выходной.
- Зарплата от 45 000 руб.
""",
    )
    assert quoted(answerer, school, "во сколько уроки заканчиваются") == ""
    assert quoted(answerer, school, "а до скольки рабочий день") == ""
    assert "с 8:00" in quoted(answerer, school, "во сколько начинаются уроки")
    shop = ad(
        "Продавец",
        """## Условия

- График 2/2 с 9:00 до 21:00
""",
    )
    assert "до 21:00" in quoted(answerer, shop, "до скольки работаете")


def test_a_day_shift_is_not_said_by_an_evenings_hours(answerer: Answerer) -> None:
    # "any openings on day shift?" — "Schedule: Monday–Friday, 2:30 PM – 11:00 PM": the hours
    # of the only shift there is, and they are not a day's. A day's hours still answer.
    late = ad(
        "Inventory Associate",
        """## Schedule

- Schedule: Monday–Friday, 2:30 PM – 11:00 PM, with occasional Saturday shifts
- Pay: $19.00/hr starting
""",
        lang="en",
    )
    assert quoted(answerer, late, "any openings on day shift?") == ""
    early = ad(
        "Inventory Associate",
        """## Schedule

- Schedule: Monday–Friday, 7:00 AM – 3:30 PM
- Pay: $19.00/hr starting
""",
        lang="en",
    )
    assert "7:00 AM" in quoted(answerer, early, "any openings on day shift?")


def test_the_pay_of_a_job_the_posting_does_not_offer_is_not_its_pay(answerer: Answerer) -> None:
    # «прорабу сколько платите» of a rotation ad for concrete and rebar workers — «Зарплата: от
    # 60 000 ₽» is their pay: a foreman is no job the ad offers.
    crew = ad(
        "Арматурщики, монолитчики на вахту",
        """## Условия

- Вахта 60/30, проживание в общежитии
- Зарплата: от 60 000 ₽
""",
    )
    assert quoted(answerer, crew, "прорабу сколько платите") == ""
    assert "60 000" in quoted(answerer, crew, "арматурщику сколько платите")


def test_how_much_a_stipend_is_needs_its_sum(answerer: Answerer) -> None:
    # "how much is the on call stipend" — "… on-call rotation roughly every 6 weeks, with a
    # stipend for on-call weeks": the stipend named, its sum not (the 6 counts the weeks).
    paid = ad(
        "Senior Backend Engineer",
        """## Benefits

- We have a one-week on-call rotation roughly every 6 weeks, with a stipend for on-call weeks.
- $1,500 home office budget in your first month.
""",
        lang="en",
    )
    assert quoted(answerer, paid, "how much is the on call stipend") == ""
    told = ad(
        "Senior Backend Engineer",
        """## Benefits

- One-week on-call rotation every 6 weeks, with a $400 stipend for each on-call week.
""",
        lang="en",
    )
    assert "$400" in quoted(answerer, told, "how much is the on call stipend")


def test_where_to_come_is_the_address_whatever_one_comes_for(answerer: Answerer) -> None:
    # «куда приходить устраиваться» — «ОБРАЩАТЬСЯ: Г. КОВРОВ, УЛ. ФРУНЗЕ, 12»: where one comes
    # is the address, not the hours one comes at («ГРАФИК 5/2 С 7.30 ДО 16.30»).
    plant = ad(
        "Слесарь-ремонтник",
        """ЗАВОДУ ТРЕБУЮТСЯ СЛЕСАРИ-РЕМОНТНИКИ

ГРАФИК 5/2 С 7.30 ДО 16.30
ЗАРПЛАТА ОТ 55 000 РУБ.
ОБРАЩАТЬСЯ: Г. КОВРОВ, УЛ. ФРУНЗЕ, 12, ОТДЕЛ КАДРОВ
""",
    )
    assert "ФРУНЗЕ, 12" in quoted(answerer, plant, "куда приходить устраиваться")
    assert "ФРУНЗЕ, 12" in quoted(answerer, plant, "куда прийти поговорить")


def test_deeds_listed_as_gerunds_are_the_work(answerer: Answerer) -> None:
    # "what would i actually be doing" of a neighbourhood post with no duties heading: the line
    # listing deeds as gerunds says it ("ringing up, making drinks, boxing pastries"), and
    # "growing and hiring" is no list of deeds.
    bakery = ad(
        "Counter Staff",
        """Hi neighbors! We are growing and hiring at the bakery on Linden Ave.
Looking for 2 friendly people for the front counter — ringing up, making drinks, boxing pastries.
$16/hour plus tips, Saturday and Sunday mornings.
""",
        lang="en",
    )
    assert "ringing up" in quoted(answerer, bakery, "what would i actually be doing")
    assert "ringing up" in quoted(answerer, bakery, "what's the actual work")


def test_many_asked_is_answered_by_a_count(answerer: Answerer) -> None:
    # «много людей набираете?» asks how many, as «сколько» does: a line giving the count of the
    # posts («… — 12 человек») answers it.
    fair = ad(
        "Оператор станков с ЧПУ",
        """## Кого ищем

- Оператор станков с ЧПУ (токарная и фрезерная группа) — 12 человек
- опыт на станках с ЧПУ от 1 года или профильное образование

## Что предлагаем

- доход 75 000 – 110 000 руб. (оклад + премия за выработку)
- график 5/2 в две смены
""",
    )
    assert "12 человек" in quoted(answerer, fair, "много людей набираете?")


def test_when_a_season_begins_is_said_by_its_start(answerer: Answerer) -> None:
    # «когда навигация начинается» — «Начало навигации ориентировочно 20–25 апреля»: the verb
    # asked and the noun the line uses are one thing.
    crew = ad(
        "Матрос на буксир",
        """## Условия

- Начало навигации ориентировочно 20–25 апреля, окончание — с ледоставом
- Заработная плата в навигацию: матрос — от 85 000 руб.
- Проживание на судне, питание за счёт компании
""",
    )
    assert "20–25 апреля" in quoted(answerer, crew, "когда навигация начинается")


def test_perks_marked_by_emoji_below_a_paragraph_are_no_duties(answerer: Answerer) -> None:
    # A hiring manager's post: the duties marked 👉, a paragraph on who is wanted, then the perks
    # marked 💷 🌴 📚 — no more of the duties list, so they answer as perks; and the sum that
    # opens "£70k–£85k + equity" is not the equity's, nor is a learning budget said to go on
    # conference tickets.
    post = ad(
        "Senior Data Engineer",
        """We're hiring! 🚀

What you'd actually be doing:
👉 owning our streaming ingestion end to end
👉 being on call roughly one week in six, with a proper day off after

What I'm looking for: solid Python or Scala, and you've run something on Kubernetes.

💷 £70k–£85k + equity + 10% bonus
🌴 30 days holiday + bank holidays, and your birthday off
📚 £1,500 personal learning budget every year
""",
        lang="en",
    )
    assert "30 days holiday" in quoted(answerer, post, "how much annual leave")
    assert "learning budget" in quoted(answerer, post, "do u pay for courses/training")
    assert "10% bonus" in quoted(answerer, post, "any bonus on top?")
    assert quoted(answerer, post, "how much equity exactly") == ""
    assert quoted(answerer, post, "can the learning budget go on conference tickets") == ""


def test_a_label_saying_the_process_is_short_heads_the_hiring_steps(answerer: Answerer) -> None:
    # "Process is short: 30 min chat with me, a take-home …" in a hiring manager's post: the
    # hiring process, however its label says it.
    post = ad(
        "Senior Data Engineer",
        """We're hiring! My team needs another Senior Data Engineer.

Process is short: 30 min chat with me, a take-home (max 3 hrs), then a final with two engineers.

DM me or apply via the link.
""",
        lang="en",
    )
    assert "30 min chat" in quoted(answerer, post, "what are the interview stages")


def test_a_board_field_of_the_countries_hired_in_answers_where_one_lives(
    answerer: Answerer,
) -> None:
    # A startup board's "Remote Work Policy" block: "Hires remotely in: United States, Canada"
    # says where the hired must live, colon and all.
    post = ad(
        "Senior Backend Engineer (Go)",
        """Remote Work Policy
Remote only
Hires remotely in: United States, Canada

About the job
Design and ship Go services on Postgres and Kafka.
""",
        lang="en",
    )
    assert "United States, Canada" in quoted(answerer, post, "im in germany, can i apply")


def test_how_much_it_pays_passes_over_a_pay_line_with_no_figure(answerer: Answerer) -> None:
    # "how much does it pay" of a small HVAC company's page — "Weekly pay, every Friday via
    # direct deposit" leads the ranking and names no sum; the close line that gives one answers.
    hvac = fixture("blind-bv", "hvac-service-technician-brightline-columbus")
    assert "$26 - $38 per hour" in quoted(answerer, hvac, "how much does it pay")


def test_how_much_is_paid_is_not_said_by_a_length_or_a_schedule(answerer: Answerer) -> None:
    # «на испытательном сколько платите» — «испытательный срок 2 месяца»: how long, not how
    # much; «подработка сколько платится» — «только 2/2 полные»: a schedule; «аванс сколько по
    # сумме» — «аванс 2 р. в мес.»: how often. The line with the sum still answers.
    garage = ad(
        "Автомеханик",
        """## Условия

- Оформление по ТК РФ с первого дня, испытательный срок 2 месяца
- вечерних полусмен нет, только 2/2 полные, но летом бывают подработки на выходные
- Выплаты: аванс 2 р. в мес., расчёт по окончании месяца.
""",
    )
    assert quoted(answerer, garage, "на испытательном сколько платите") == ""
    assert quoted(answerer, garage, "летом на выходных подработка сколько платится") == ""
    assert quoted(answerer, garage, "аванс сколько по сумме") == ""
    paid = ad(
        "Автомеханик",
        """## Условия

- Испытательный срок 2 месяца, на испытательном оклад 40 000 руб.
""",
    )
    assert "40 000" in quoted(answerer, paid, "на испытательном сколько платите")


def test_how_much_is_paid_is_not_said_by_a_date_or_a_length_in_words(answerer: Answerer) -> None:
    # «аванс какой суммой дают» — «Аванс каждые две недели, расчёт не позднее 15 октября»: how
    # often and by when, not how much; "how much do you pay" — "Pay is weekly, every Friday,
    # first payday on 14 March": a date. The line with the sum still answers.
    farm = ad(
        "Тракторист на сезон",
        """## Условия

- Аванс выдаём каждые две недели на карту, полный расчёт — не позднее 15 октября.
- После стажировки лучших берём в штат с 1 января.
""",
    )
    assert quoted(answerer, farm, "аванс какой суммой дают") == ""
    assert quoted(answerer, farm, "сколько платят в штате после стажировки") == ""
    paid = ad(
        "Тракторист на сезон",
        """## Условия

- Аванс 15 000 руб. каждые две недели, полный расчёт — не позднее 15 октября.
""",
    )
    assert "15 000" in quoted(answerer, paid, "аванс какой суммой дают")
    shop = ad(
        "Sales assistant",
        """## What we offer

- Pay is weekly, every Friday, first payday on 14 March.
""",
        lang="en",
    )
    assert quoted(answerer, shop, "how much do you pay") == ""


def test_when_asked_of_no_known_subject_needs_a_time(answerer: Answerer) -> None:
    # «новая аптека когда открывается?» — «В связи с открытием новой аптеки … ищем фармацевта»:
    # the opening named, not when it is; "when does the new cafe open" — "We are opening a second
    # cafe …" likewise. A line that says when answers.
    pharmacy = ad(
        "Фармацевт",
        """## О нас

В связи с открытием новой аптеки в ЖК «Солнечный» ищем фармацевта за первый стол.

## Условия

- Оклад 60 000 руб.
""",
    )
    assert quoted(answerer, pharmacy, "новая аптека когда открывается?") == ""
    dated = ad(
        "Фармацевт",
        """## О нас

Новая аптека в ЖК «Солнечный» открывается 1 марта, ищем фармацевта за первый стол.
""",
    )
    assert "1 марта" in quoted(answerer, dated, "новая аптека когда открывается?")
    cafe = ad(
        "Barista",
        """## About us

We are opening a second cafe on Baker Street and need a barista.

## Pay

- $18 an hour
""",
        lang="en",
    )
    assert quoted(answerer, cafe, "when does the new cafe open") == ""


def test_how_much_extra_is_paid_is_not_said_by_a_length_or_a_numbered_place(
    answerer: Answerer,
) -> None:
    # «скока доплачивают за ночные часы» asks a sum: «Смена — 24 часа, пересменка в 8:00 на
    # проходной №2» gives a length, a time and the number of a gate, none a sum, and «доплата за
    # работу в ночное время» none either. A line with the sum answers.
    port = ad(
        "Докер-механизатор",
        """## Условия

- Смена — 24 часа, пересменка в 8:00 на проходной №2.
- доплата за работу в ночное время
- оклад 60 000 руб.
""",
    )
    assert quoted(answerer, port, "скока доплачивают за ночные часы") == ""
    paid = ad(
        "Докер-механизатор",
        """## Условия

- Смена — 24 часа, пересменка в 8:00 на проходной №2.
- доплата за работу в ночное время — 40% к тарифной ставке
""",
    )
    assert "40%" in quoted(answerer, paid, "скока доплачивают за ночные часы")


def test_a_reply_that_sends_the_question_elsewhere_answers_nothing(answerer: Answerer) -> None:
    # A district paper's article with its readers' comments, none by the employer: the
    # newsroom's «Этот вопрос лучше задать по телефону отдела кадров» under «А женщин на трактор
    # берут?» does not say whether they do, nor does the comment's heading «Редакция, 24.06.2026
    # 14:10». The article's own phone still answers where to call.
    paper = ad(
        "Трактористы на уборочную",
        """## Как устроиться

Звоните в отдел кадров холдинга: 8 900 000-14-95.

**Комментарии (3)**

**Сергей_М**, 24.06.2026 11:40
Работал у них два сезона, платили нормально и вовремя.

**Лидия**, 24.06.2026 13:27
А женщин на трактор берут? у меня корочки есть

**Редакция**, 24.06.2026 14:10
@Лидия Этот вопрос лучше задать по телефону отдела кадров, в статье он указан.
""",
    )
    assert quoted(answerer, paper, "женщин трактористок берете") == ""
    assert "8 900 000-14-95" in quoted(answerer, paper, "куда звонить")


def test_days_counted_are_not_named_by_a_word_ending_in_them(answerer: Answerer) -> None:
    # «сколько дней дается на тестовое» — a test task asking to book a patient «на сегодня» «за
    # 10 минут до закрытия»: «сегодня» ends in «дня» but names no day, and ten minutes count
    # none. A task given «за 2 дня» answers.
    clinic = ad(
        "Медрегистратор",
        """## Как откликнуться

- Выполните тестовое задание: напишите, как вы ответите пациенту, который позвонил за 10 минут
  до закрытия и просит записать его к кардиологу «на сегодня».
- Оформление по ТК РФ, оклад 55 000 руб.
""",
    )
    assert quoted(answerer, clinic, "сколько дней дается на тестовое") == ""
    timed = ad(
        "Медрегистратор",
        """## Как откликнуться

- Выполните тестовое задание за 2 дня: напишите, как вы ответите пациенту.
""",
    )
    assert "за 2 дня" in quoted(answerer, timed, "сколько дней дается на тестовое")


def test_the_name_of_a_company_asked_needs_a_company_named(answerer: Answerer) -> None:
    # «как комбинат называется» — «Мясоперерабатывающий комбинат, Тамбовская обл»: capitals,
    # but no name of the plant; "who is the actual client company" — "… for our client, a
    # leading home and garden retailer". A line naming the company in quotes answers.
    plant = ad(
        "Упаковщик на вахту",
        """## Условия

- Мясоперерабатывающий комбинат, Тамбовская обл, Рассказовский р-н
- ЗП за вахту 30 смен от 95 000 до 110 000 р
""",
    )
    assert quoted(answerer, plant, "как комбинат называется") == ""
    named = ad(
        "Упаковщик на вахту",
        """## Условия

- Работа на мясоперерабатывающем комбинате «Ромкор», Тамбовская обл
- ЗП за вахту 30 смен от 95 000 до 110 000 р
- Проживание в общежитии бесплатно
""",
    )
    assert "Ромкор" in quoted(answerer, named, "как комбинат называется")
    agency = ad(
        "Warehouse Operative",
        """## About the role

- Brightline Staffing are recruiting Warehouse Operatives for our client, a leading home and
  garden retailer's distribution centre at Brackmills Industrial Estate, NN4.
- Pay: £12.60 per hour
""",
        lang="en",
    )
    assert quoted(answerer, agency, "who is the actual client company") == ""


def test_the_rate_of_a_crew_job_the_call_does_not_offer_is_not_given(answerer: Answerer) -> None:
    # "whats the rate for the gaffer" of a key grip's call — "Rate: $250/day" is the grip's:
    # a gaffer, named once in passing, is no job the call offers. The grip's rate answers.
    grip = ad(
        "Key Grip — Short Film",
        """## The job

- Rate: $250/day
- Shoot: May 15–18, Albuquerque
- 4-day shoot, 12-hour days, meals provided on set
- Own grip truck a plus, not required
- Must have 2+ years grip experience on indie sets
- Lighting is run by our gaffer, who you will work beside every day
""",
        lang="en",
    )
    assert quoted(answerer, grip, "whats the rate for the gaffer") == ""
    assert "$250/day" in quoted(answerer, grip, "whats the rate for the key grip")


def test_how_much_is_paid_is_not_said_by_what_the_worker_is_charged(answerer: Answerer) -> None:
    # «а яблоки собирать сколько платят» of a strawberry farm — «Стоимость — 150 руб/сутки,
    # удерживается из заработка» is what the picker pays for a bed, not the pay.
    farm = ad(
        "Сборщик клубники",
        """## Условия

- Проживание в вагончиках. Стоимость — 150 руб/сутки, удерживается из заработка.
- Выходной — по погоде, в среднем 1 день в неделю.
- Норма для новичка — от 60 кг клубники в день.
""",
    )
    assert quoted(answerer, farm, "а яблоки собирать сколько платят") == ""


def test_an_avito_sellers_chat_answers_with_the_sellers_words_not_the_senders_stamps(
    answerer: Answerer,
) -> None:
    # Avito's «Чат с продавцом» copied under the ad, «Имя, 2 дек 13:30» over each message: the
    # stamps are nobody's answer, nor are the candidates' questions; the seller's replies are.
    chat = ad(
        "Скотник",
        """Требуется скотник на ферму, жильё есть, з/п 35т. Звонить Петру

Продавец: Пётр
Частное лицо · На Авито с 2018

№ 4000000001 · 5 марта в 08:10 · 97 просмотров

Чат с продавцом

Анна, 5 мар 09:12
а жильё какое? квартира или комната?

Пётр, 5 мар 09:40
дом отдельный, 2 комнаты, печка

Сергей, 5 мар 11:02
дорогу оплачиваете?

Пётр, 5 мар 11:30
проезд не оплачиваем, встречу на станции
""",
    )
    assert "дом отдельный" in quoted(answerer, chat, "жилье квартира или комната")
    assert "проезд не оплачиваем" in quoted(answerer, chat, "дорогу компенсируете")
    # The ad's number, time and views over the chat are no word of the ad either.
    assert "08:10" not in quoted(answerer, chat, "во сколько начинать")


def test_a_portal_cards_field_left_not_stated_says_nothing(answerer: Answerer) -> None:
    # A «Работа России» card prints «не указано» in the fields it leaves empty: such a field is
    # no answer, whether alone on its line or the last clause of a list of perks.
    card = ad(
        "Повар",
        """Заработная плата
от 30000 до 35000 руб.
Тип занятости: Полная занятость
Вакансия для инвалидов: не указано

Бонусы
Бонусы: Бесплатное питание, Предоставление служебного жилья — не указано
Транспорт: не указано
""",
    )
    assert quoted(answerer, card, "служебное жилье даете?") == ""
    assert quoted(answerer, card, "инвалидов берете?") == ""
    assert "Бесплатное питание" in quoted(answerer, card, "кормите?")


def test_numbers_a_sponsor_read_says_in_words_answer_how_much(answerer: Answerer) -> None:
    # A podcast's sponsor read, transcribed: "thirty days of holiday", "ninety-five to a hundred
    # and twenty thousand euros" are read as figures (and quoted as said).
    read = ad(
        "Senior Backend Engineer",
        "[00:00:29] TOMASZ: We build bookkeeping automation for small businesses.\n"
        "[00:01:40] TOMASZ: We're fully remote, so we ask people to be online between eleven"
        " and four, UK time.\n"
        "[00:01:53] TOMASZ: The salary band for this role is ninety-five to a hundred and twenty"
        " thousand euros, and there's equity on top.\n"
        "[00:02:03] TOMASZ: Um, thirty days of holiday, a four-day week in August - everybody,"
        " the whole company.\n",
        lang="en",
    )
    assert "thirty days of holiday" in quoted(answerer, read, "how much vacation")
    assert "ninety-five to a hundred" in quoted(answerer, read, "whats the salary range")


def test_a_team_counted_in_words_answers_how_many_people(answerer: Answerer) -> None:
    # "team of five" is read as "team of 5" in every clause the count is looked for in.
    recruiter = ad(
        "Tech Recruiter",
        "We grew from 40 to 120 people in the last two years. You will join a people team of"
        " five and report to our Head of People, Jana.\n",
        lang="en",
    )
    assert "team of five" in quoted(answerer, recruiter, "how many ppl in the hr team")


def test_two_engineers_who_interview_are_no_size_of_the_team(answerer: Answerer) -> None:
    # "a final with two engineers" is the interview panel, not how big the team is.
    post = ad(
        "Data Engineer",
        "My team needs another data engineer.\n\n"
        "Process is short: 30 min chat with me, a take-home, then a final with two engineers."
        " Done in about 2 weeks.\n",
        lang="en",
    )
    assert quoted(answerer, post, "how big is the team") == ""


def test_a_sum_in_a_clause_opening_with_which_is_said_of_the_clause_before(
    answerer: Answerer,
) -> None:
    # "Tips are split … every two weeks, which usually adds around $3-4/hr": the tips' sum.
    cook = ad(
        "Line Cook",
        "Schedule is 4 or 5 shifts a week. Tips are split between BOH and FOH every two weeks,"
        " which usually adds around $3-4/hr on top of your wage.\n\n"
        "compensation: $19-$22/hr DOE + tip share\n",
        lang="en",
    )
    assert "usually adds around" in quoted(answerer, cook, "how much do tips usually add")


def test_a_colleague_discount_is_the_staff_discount_asked(answerer: Answerer) -> None:
    # "whats the staff discount" — a UK shop calls its staff colleagues: "15% colleague discount
    # card …, plus 10% for a family member" is the staff's, the family's share beside it.
    shop = ad(
        "Night Colleague",
        "## What's in it for you\n\n"
        "- Paid weekly every Friday, direct into your bank account\n"
        "- 15% colleague discount card from day one, rising to 20% after a year, plus 10% for a"
        " family member\n"
        "- Company pension with 4% employer contribution\n",
        lang="en",
    )
    assert "15% colleague discount" in quoted(answerer, shop, "whats the staff discount")


def test_a_count_of_days_written_in_words_answers_how_much_leave(answerer: Answerer) -> None:
    # "how much vacation" of a podcast's sponsor read — "thirty days of holiday, a four-day week
    # in August": the count of days is spelled out, as a host says it.
    read = fixture("blind-bz", "backend-engineer-podcast-sponsor-read")
    assert "thirty days of holiday" in quoted(answerer, read, "how much vacation")


def test_who_pays_is_answered_by_a_line_saying_who_pays(answerer: Answerer) -> None:
    # "who pays for the dbs" of an NHS listing — "The trust pays for the enhanced DBS check."
    nhs = fixture("blind-bz", "healthcare-assistant-nhs-band3-norwich")
    assert "The trust pays for the enhanced DBS check" in quoted(
        answerer, nhs, "who pays for the dbs"
    )


def test_the_number_asked_in_the_dative_asks_whom_to_call(answerer: Answerer) -> None:
    # «по какому номеру звонить» of a library's vacancy — «Справки по телефону: 8 (00000)
    # 2-14-57, специалист по кадрам …»: the contact asked, though the line never says «звонить».
    library = fixture("blind-ca", "bibliotekar-cbs-gorod")
    assert "Справки по телефону" in quoted(answerer, library, "по какому номеру звонить")


def test_paying_for_the_gym_answers_whether_sport_is_paid_for(answerer: Answerer) -> None:
    # «спорт компенсируете» of a Minsk accountant's listing — «После 6 месяцев работы —
    # частичная компенсация спортзала»: the gym paid for is sport paid for.
    minsk = fixture("blind-ca", "buhgalter-rabota-by-minsk")
    assert "частичная компенсация спортзала" in quoted(answerer, minsk, "спорт компенсируете")


def test_paid_dearer_asks_for_more_than_the_base(answerer: Answerer) -> None:
    # «ночные смены дороже оплачиваются?» of a grocery chain's FAQ — «… там есть ночные смены,
    # ставка ночью выше на 20%»: a higher rate is what is asked, not whether nights are paid.
    shop = fixture("blind-ca", "prodavec-kassir-supermarket-samara")
    asked = "ночные смены дороже оплачиваются?"
    assert "ставка ночью выше на 20%" in quoted(answerer, shop, asked)


def test_how_much_the_salary_passes_over_a_pay_line_with_only_a_date(answerer: Answerer) -> None:
    # "how much is the salary mam" under a Dubai mother's post — her reply "monthly, on the 1st
    # via bank transfer (WPS)" leads the ranking and has a date, no sum; the post's "salary 3500
    # AED to start" answers.
    post = fixture("blind-by", "live-in-nanny-dubai-facebook")
    assert "salary 3500 AED to start" in quoted(answerer, post, "how much is the salary mam")


def test_leave_to_work_another_rotation_is_not_said_by_the_one_worked(answerer: Answerer) -> None:
    # «а можно вахтой 30/30 ездить» of a 60/30 rotation: the posting states its own value, not
    # leave to work another; asking what there is («вахта какая?») still gets the line.
    rotation = ad(
        "Машинист экскаватора (вахта)",
        """## Условия

- Режим работы: вахта 60/30 (60 дней работы / 30 дней межвахтового отдыха), смены по 11 часов.
- Проживание в вахтовом поселке, питание трёхразовое.
""",
    )
    assert quoted(answerer, rotation, "а можно вахтой 30/30 ездить") == ""
    assert quoted(answerer, rotation, "можно 60/30 работать?").startswith("Режим работы")
    assert quoted(answerer, rotation, "вахта какая?").startswith("Режим работы")


def test_a_field_left_empty_does_not_say_what_it_names(answerer: Answerer) -> None:
    # A «Работа России» card: «Предоставление служебного жилья — не указано» says nothing of
    # housing; the perk the same line does state still answers.
    card = ad(
        "Помощник воспитателя",
        """Заработная плата: от 25 000 ₽
Бонусы: Санаторно-курортное лечение, Предоставление служебного жилья — не указано
Транспорт: не указано
Спецодежда — не указано
""",
    )
    assert quoted(answerer, card, "служебное жилье предоставляете") == ""
    assert quoted(answerer, card, "транспорт есть?") == ""
    assert quoted(answerer, card, "спецодежду выдаете?") == ""
    assert "Санаторно-курортное" in quoted(answerer, card, "санаторий дают?")


def test_helping_patients_dress_is_no_dress_code(answerer: Answerer) -> None:
    # "uniform provided?" of an NHS healthcare assistant's listing — "Assisting patients with
    # washing, dressing, eating …" is the care given, not what the assistant wears.
    ward = fixture("blind-bz", "healthcare-assistant-nhs-band3-norwich")
    assert quoted(answerer, ward, "uniform provided?") == ""


def test_the_form_of_study_is_no_uniform(answerer: Answerer) -> None:
    # «форму вожатскую выдаете?» of a camp's post — «для студентов очной формы — справка из
    # вуза» names full-time students, not a counsellor's uniform.
    camp = fixture("blind-bz", "vozhatye-lager-vk-ekaterinburg")
    assert quoted(answerer, camp, "форму вожатскую выдаете?") == ""


def test_is_the_fare_refunded_asks_whether_it_is_paid(answerer: Answerer) -> None:
    # «проезд компенсируется?» of a library's vacancy — the workplace's address with its buses
    # says how to get there, not that the fare is paid back.
    library = fixture("blind-ca", "bibliotekar-cbs-gorod")
    assert quoted(answerer, library, "проезд компенсируется?") == ""


def test_the_break_of_the_office_taking_documents_is_not_the_work_break(
    answerer: Answerer,
) -> None:
    # «обеденный перерыв у библиотекаря во сколько» — «Документы принимаются в отделе кадров …
    # с 9:00 до 17:00 (перерыв 13:00–14:00)»: the hours and break of the office one applies at.
    library = fixture("blind-ca", "bibliotekar-cbs-gorod")
    assert quoted(answerer, library, "обеденный перерыв у библиотекаря во сколько") == ""


def test_a_guides_pay_asked_in_the_dative_is_the_pay_of_that_guide(answerer: Answerer) -> None:
    # «а старшему гиду скока» of a tourist base's post: how much goes to a job named in the
    # dative is its pay — the line naming the senior guide's day rate, not the one saying each
    # group has a senior guide.
    base = fixture("blind-dh", "gid-provodnik-altai-baza-chuya-vk")
    assert "старший гид — 4 500 ₽" in quoted(answerer, base, "а старшему гиду скока")


def test_a_farm_job_the_ad_does_not_offer_is_not_paid_by_it(answerer: Answerer) -> None:
    # «а скотнику сколько платите» of a farm's ad for a milkmaid: the posting hires no stockman.
    farm = fixture("blind-by", "doyarka-ferma-avito-chat")
    assert quoted(answerer, farm, "а скотнику сколько платите") == ""


def test_a_pay_table_under_the_requirements_gives_the_pay_of_the_grade_asked(
    answerer: Answerer,
) -> None:
    # A mine's pay table by grade typed right below its requirements list, its own label too
    # long to head it: «скока получает машинист 6 разряда» is the 6th grade's row of the table
    # (its "Доход в месяц" column says pay), not the northern allowance below the table.
    mine = ad(
        "Машинист экскаватора (вахта)",
        """Требования:
— удостоверение машиниста экскаватора
— опыт работы на экскаваторах — не менее 3 лет

Заработная плата (до вычета НДФЛ, за отработанный месяц вахты, с учетом районного коэффициента):

| Разряд | Часовая тарифная ставка | Доход в месяц |
|---|---|---|
| 5 разряд | 410 руб/час | от 185 000 руб. |
| 6 разряд | 465 руб/час | от 215 000 руб. |

Северная надбавка — до 100%, начисляется в соответствии с имеющимся северным стажем.
""",
    )
    assert "от 215 000 руб." in quoted(answerer, mine, "скока получает машинист 6 разряда")


def test_an_age_asked_of_a_role_is_the_age_in_that_roles_requirements(
    answerer: Answerer,
) -> None:
    # A cruise line hiring three roles, each in capitals over its own lines: "im 19 can i be
    # bar server" is the bar server's "age 21+" at the end of its requirements, whose "bar"
    # (of "bar service") is the role's part, not a detail the age must be said of.
    ship = ad(
        "Shipboard Crew - Assistant Waiter, Cabin Steward, Bar Server",
        """We are recruiting for three entry roles in Hotel Operations.

ASSISTANT WAITER
Salary: USD 1,450 per month plus gratuities
Requirements: minimum 1 year experience as a waiter in a hotel or restaurant, age 21+

CABIN STEWARD
Salary: USD 1,300 per month plus gratuities
Requirements: at least 6 months housekeeping experience in a hotel, basic English, age 21+

BAR SERVER
Salary: USD 1,150 per month plus 15% drink commission share
Requirements: 1 year experience in bar service, very good English, age 21+ (alcohol service \
rules in US waters)
""",
        lang="en",
    )
    asked = "im 19 can i be bar server"
    assert "1 year experience in bar service" in quoted(answerer, ship, asked)
    # A note in the title's brackets is no role: «Матрос, моторист (навигация 2027)» over a
    # call whose first part is headed «… НА НАВИГАЦИЮ 2027 ГОДА» — «премия за навигацию
    # сколько» is not the sailors' pay line that names a premium with no sum.
    crew = fixture("blind-ap", "ekipazh-navigaciya-irtysh-flot")
    assert not answerer.answer(crew, "премия за навигацию сколько").answered


def test_a_portal_cards_tab_named_as_its_field_heads_it(answerer: Answerer) -> None:
    # A state portal's card: «Социальный пакет» over «Социальный пакет: …» is a tab of its
    # own, not one more duty under «Обязанности» — «отпуск какой» is its leave.
    card = ad(
        "Повар",
        """Обязанности
Приготовление блюд по меню; соблюдение санитарных норм

Социальный пакет
Социальный пакет: оплачиваемый отпуск 42 дня, больничный, бесплатное питание

Дополнительные пожелания
Работа в одну смену с 7:00 до 15:00. Суббота, воскресенье — выходные.

Контактная информация
Контактное лицо: Иванова Мария Петровна, шеф-повар
Телефон: +7 (4822) 00-11-22
""",
    )
    assert "отпуск 42 дня" in quoted(answerer, card, "отпуск какой")


def test_a_list_of_documents_to_present_is_what_is_needed(answerer: Answerer) -> None:
    # A municipal notice lists the papers to hand in among its terms, under a line that
    # says they must be presented: «справка о несудимости нужна?» is answered by the list's
    # item, not refused as a perk the employer offers.
    notice = ad(
        "Архивариус",
        """Условия труда:
Заработная плата: 31 000 руб., пятидневная рабочая неделя.
Для участия в отборе необходимо представить следующие документы:
- заявление на имя директора;
- копию паспорта;
- справку о наличии (отсутствии) судимости;
- копию трудовой книжки.
""",
    )
    assert "судимости" in quoted(answerer, notice, "справка о несудимости нужна?")


def test_a_medical_certificate_by_its_state_name_is_the_one_asked(answerer: Answerer) -> None:
    # A civil-service notice names the medical certificate as its forms do: «медсправка какая
    # нужна» is answered by «заключение медицинской организации …».
    notice = ad(
        "Специалист отдела кадров",
        """Документы для участия в конкурсе
Гражданин, изъявивший желание участвовать в конкурсе, представляет:
а) личное заявление;
б) копию паспорта;
в) заключение медицинской организации об отсутствии заболевания, препятствующего \
поступлению на службу (форма № 001-ГС/у).
""",
    )
    assert "001-ГС/у" in quoted(answerer, notice, "медсправка какая нужна")


def test_work_clothes_asked_as_a_crew_says_it_are_the_posting_s_work_clothes(
    answerer: Answerer,
) -> None:
    # «спецуху дают?»: «спецуха» is «спецодежда» as a rotation crew shortens it, so the ad's
    # «Спецодежда и СИЗ по нормам» answers it.
    rotation = ad(
        "Машинист экскаватора (вахта)",
        """Мы предлагаем:
- вахта 60/30, смены по 11 часов
- проживание в общежитии вахтового посёлка, питание 3 раза в день
- Спецодежда и СИЗ по нормам, зимний комплект (валенки, полушубок)
""",
    )
    asked = "спецуху дают или свою везти"
    assert "Спецодежда и СИЗ по нормам" in quoted(answerer, rotation, asked)


def test_temporary_or_permanent_asked_with_adverbs_is_how_long_the_job_lasts(
    answerer: Answerer,
) -> None:
    # «это временно или постоянно» asks how long the job lasts as «постоянная работа или
    # временная?» does: the card's «Характер работы: постоянная работа» answers it.
    cook = ad(
        "Повар",
        """Характер работы: постоянная работа, основное место работы
Продолжительность рабочего времени: полный рабочий день, 40 часов в неделю
Время работы: с 07.00 до 15.30, перерыв на обед 30 минут
Время для звонков: пн-пт 8.00-12.00
""",
    )
    assert "постоянная работа" in quoted(answerer, cook, "это временно или постоянно")


def test_a_full_time_student_says_ochko_for_the_form_of_study(answerer: Answerer) -> None:
    # «я учусь на очке»: the full-time form of study as students clip it — a student asking
    # whether the job fits their studies, answered by the line for students, not by the card's
    # «Занятость» field; «очки» (glasses) stay glasses.
    pizzeria = ad(
        "Повар (пиццамейкер)",
        """Что делать:
— раскатывать тесто, собирать и выпекать пиццу по техкартам

Кого ищем:
— от 18 лет, подработка для студентов — ок 👍
— обучение с нуля за 3 дня, на первых сменах рядом наставник
""",
        front="employment: полная или частичная занятость, сменный график\n",
    )
    asked = "я учусь на очке, получится совмещать"
    assert "подработка для студентов" in quoted(answerer, pizzeria, asked)


def test_a_food_warehouse_is_no_meal_for_the_staff(answerer: Answerer) -> None:
    # «Складу продуктов питания … требуются комплектовщики»: food as the trade, not a meal —
    # «покушать есть где» is the canteen's hot lunch, not the warehouse's address.
    warehouse = ad(
        "Комплектовщик заказов",
        """Складу продуктов питания в Ласнамяэ (ул. Peterburi tee 71) требуются комплектовщики.

Условия:
- график 2/2 по 12 часов
- Бесплатный кофе и чай, горячий обед за 2 € в столовой склада.
""",
    )
    assert "горячий обед за 2 €" in quoted(answerer, warehouse, "покушать есть где")


def test_where_do_i_apply_asks_the_way_in_not_the_place_of_work(answerer: Answerer) -> None:
    # A remote job's "Location:" line is where one works; "where do i apply" asks where to send
    # the application, as "where to apply" does.
    job = ad(
        "Senior Backend Engineer",
        """Location: Remote (UK and EU time zones)

We're hiring a senior backend engineer for the payments-and-ledger team.

To apply, go to our careers page and mention the podcast in your application.
""",
        lang="en",
    )
    assert "To apply, go to our careers page" in quoted(answerer, job, "where do i apply")


def test_years_of_experience_said_as_a_sponsor_read_says_them(answerer: Answerer) -> None:
    # "five plus years building backend services" is 5+ years of it: the years said in words,
    # and "plus" before "years" is the count's plus, no second sum joined.
    job = ad(
        "Senior Backend Engineer",
        """We're looking for a senior backend engineer to join the payments team.

So what we're looking for - like five plus years building backend services in production, \
and you should be comfortable with SQL, like really comfortable.

Fintech experience is a nice-to-have, not a must.
""",
        lang="en",
    )
    assert "five plus years building" in quoted(answerer, job, "how many yrs exp do u want")


def test_hours_said_without_am_or_pm_before_their_time_zone(answerer: Answerer) -> None:
    # A sponsor read says the hours one must be online in words, with the zone and no am or pm:
    # "between eleven and four, UK time" are the hours asked, shown as times of day.
    job = ad(
        "Senior Backend Engineer",
        """We're hiring a senior backend engineer, fully remote.

We're fully remote, but we hire in the UK and EU only, because we want overlap, so we ask \
people to be online between eleven and four, UK time. Outside that, your hours are your own.

Thirty days of holiday and a two thousand euro home office budget when you join.
""",
        lang="en",
    )
    asked = "what hours do i need to be online"
    assert "online between eleven and four, UK time" in quoted(answerer, job, asked)


def test_mostly_is_the_candidates_hedge_not_a_word_to_find(answerer: Answerer) -> None:
    # "i mostly do python" says "i do python": the line on Python answers, not the stack's
    # "mostly Go".
    job = ad(
        "Senior Backend Engineer",
        """The stack is mostly Go, with Postgres, some Kafka for the event stream, and it all \
runs on AWS with Terraform.

If you've done Python or Kotlin and want to move to Go, honestly, that's fine, we care more \
that you've built systems where money has to add up.
""",
        lang="en",
    )
    asked = "i mostly do python, is that a dealbreaker"
    assert "If you've done Python or Kotlin" in quoted(answerer, job, asked)


def test_one_sport_or_one_medical_check_is_not_answered_by_the_kind(answerer: Answerer) -> None:
    # A camp's counsellor post: «бассейн в лагере есть?» is not answered by a «спортивная»
    # shift, nor «флюорографию надо делать?» by a medical book «со всеми прививками» — each asks
    # one member of a kind the line names only as a whole.
    camp = ad(
        "Вожатый в детский лагерь",
        """## Смены

- 3 смена — 20.07 – 09.08
- 4 смена — 11.08 – 24.08 (короткая, спортивная)

## Документы

- медкнижка (с отметкой о прохождении аттестации и всеми прививками)
- справка об отсутствии судимости
""",
    )
    assert quoted(answerer, camp, "бассейн в лагере есть?") == ""
    assert quoted(answerer, camp, "флюорографию надо делать?") == ""
    assert "медкнижка" in quoted(answerer, camp, "медкнижка нужна?")
    assert "спортивная" in quoted(answerer, camp, "спортивные смены бывают?")


def test_experience_of_a_tool_the_posting_never_names_is_not_said(answerer: Answerer) -> None:
    # "do i need kubernetes experience" of a backend job whose only line on experience is the
    # field's: the tool is named nowhere, so the posting does not say.
    backend = ad(
        "Backend Engineer",
        """## What we need

- Strong Python and PostgreSQL
- Fintech experience is a nice-to-have, not a must
""",
        lang="en",
    )
    assert quoted(answerer, backend, "do i need kubernetes experience") == ""
    assert "Fintech experience" in quoted(answerer, backend, "do i need fintech experience")


def test_what_one_may_show_at_work_is_asked_thing_by_thing(answerer: Answerer) -> None:
    # A coffee shop's post: «пирсинг в носу можно» is not answered by what it says of tattoos
    # and nails; a tattoo asked by its short name is the tattoos a line rules out.
    barista = ad(
        "Бариста",
        """## Условия

- смены 2/2 по 12 часов
- внешний вид: тату без проблем, маникюр только короткий
""",
    )
    assert quoted(answerer, barista, "пирсинг в носу можно") == ""
    assert "тату без проблем" in quoted(answerer, barista, "а тату можно?")
    guide = ad(
        "Бортпроводник",
        """## Требования

- рост от 160 до 185 см
- отсутствие татуировок и пирсинга на открытых частях тела
""",
    )
    assert "отсутствие татуировок" in quoted(answerer, guide, "у меня тату на запястье(")


def test_teeth_asked_of_the_insurance_need_a_line_on_dental_cover(answerer: Answerer) -> None:
    # An agency's seasonal farm job: «страховка зубы лечит?» is not answered by the medical
    # insurance the employer pays for, which says nothing of teeth.
    farm = ad(
        "Сбор клубники в Германии",
        """## Условия

- проживание в контейнерах на ферме — 8 € в сутки
- медицинская страховка на весь период — за счёт работодателя, оформляется с первого дня
""",
    )
    assert quoted(answerer, farm, "страховка зубы лечит?") == ""
    assert "медицинская страховка" in quoted(answerer, farm, "страховка есть?")
    clinic = ad(
        "Менеджер",
        """## Условия

- ДМС со стоматологией после испытательного срока
""",
    )
    assert "ДМС со стоматологией" in quoted(answerer, clinic, "страховка зубы лечит?")


def test_buses_asked_are_the_way_to_work(answerer: Answerer) -> None:
    # A supermarket's night shelf-stacker: "any night buses to the store?" asks the way to work,
    # which the store's name and number in the job's heading do not say.
    store = ad(
        "Night Colleague",
        """Night Colleague – Harrowfields Kirkstall Road (Store 0412)

## What you'll do

- Replenish shelves overnight
- £12.60 an hour, nights 10pm–7am
""",
        lang="en",
    )
    assert quoted(answerer, store, "any night buses to the store?") == ""
    shuttle = ad(
        "Warehouse Operative",
        """## Benefits

- Free staff shuttle from the city centre for every shift
- £12.60 an hour
""",
        lang="en",
    )
    assert "shuttle" in quoted(answerer, shuttle, "any night buses to the site?")


def test_comments_stamped_days_ago_with_an_abbreviated_unit(
    answerer: Answerer,
) -> None:
    # A warehouse channel's video with its comments, each headed by a handle and a stamp with an
    # abbreviated unit («@Витя Мск 2 дн. назад»): the channel's reply answers the comment over
    # it, and a question nobody answered hands its words to no stranger's heading.
    video = ad(
        "Комплектовщик",
        """Всем привет, это канал склада «СкладЛайн» в Подольске 👋

⏱ Таймкоды:
00:00 Вступление
01:12 Сколько платят
09:02 Ответы на частые вопросы

📦 Условия для комплектовщиков:
✅ Ставка 3600 ₽ за смену 12 часов
✅ Смены дневные 8:00–20:00 и ночные 20:00–8:00, график 2/2
Берём с 18 лет, граждан РФ, Беларуси, Казахстана.

Комментарии 214   Упорядочить

@dilnoza_m 2 нед. назад
Здравствуйте, а из Узбекистана берёте по патенту?
    👍 12   Ответить
    @СкладЛайн — работа на складе 2 нед. назад
    Здравствуйте! Пока только граждане РФ и ЕАЭС, список в описании

@Аня Лис 3 дн. назад
а студентам можно только по выходным выходить?
    👍 3   Ответить

@Витя Мск 2 дн. назад
музыка в видео огонь 🔥
    👍 2   Ответить
""",
        front="company: СкладЛайн\n",
    )
    assert "Пока только граждане РФ и ЕАЭС" in quoted(
        answerer, video, "таджикистан по патенту можно?"
    )
    assert quoted(answerer, video, "студентам можно только по выходным выходить?") == ""
    assert "3600 ₽ за смену" in quoted(answerer, video, "сколько платят за смену")


def test_a_sum_per_month_before_tax_is_no_rhythm_of_pay(answerer: Answerer) -> None:
    # A Dutch design studio's listing: "do u pay weekly" is not answered by the salary's
    # monthly figure, gross or net — a rate per month says nothing of how often it is paid.
    studio = ad(
        "Product Designer",
        """## What we offer

- A salary between €4,600 and €6,100 gross per month, depending on experience
- 30 holidays per year on a full-time contract
""",
        lang="en",
    )
    assert quoted(answerer, studio, "do u pay weekly") == ""
    paid = ad(
        "Product Designer",
        """## What we offer

- A salary between €4,600 and €6,100 gross per month, paid monthly on the 25th
""",
        lang="en",
    )
    assert "paid monthly" in quoted(answerer, paid, "do u pay weekly")


def test_a_forum_topics_first_post_is_the_vacancy_and_its_authors_quoting_replies_answer(
    answerer: Answerer,
) -> None:
    # A forum topic pasted from its breadcrumb down: the first post, under its author's name and
    # card in brackets, is the vacancy; the author's later posts answer the lines they quote
    # («> …»); «Ответить | Цитата» is the forum's chrome, and another firm's offer in the topic
    # is nobody's answer.
    topic = ad(
        "Кладовщик",
        """Форум › Работа › Вакансии: склады и логистика

Тема: Нужен кладовщик на склад в Казани
Ответов: 4 | Просмотров: 310 | Подписаться на тему

**Склад_Восток** (Работодатель, Казань) — 02.04.2025 09:10
Добрый день. Ищем кладовщика на склад стройматериалов в Казани, приёмка и отгрузка \
товара, учёт в 1С, работа с накладными, график 5/2 с 8 до 17, оформление официальное с \
первого дня, зарплата от 55 000 на руки, выплаты два раза в месяц, опыт на складе желателен, \
обучим программе.
Ответить | Цитата | Пожаловаться

**Гость_Артём** — 02.04.2025 10:02
а питание есть? и спецодежда?
Ответить | Цитата

**Склад_Восток** — 02.04.2025 10:30
> а питание есть?
Обеды компенсируем 200 рублей в день, спецовку выдаём.
Ответить | Цитата

**Лена_Логист** (ООО «Ромашка», Самара) — 03.04.2025 08:15
Мы тоже ищем кладовщика в офис, оклад 70 000 + премия, пишите в ЛС
Ответить | Цитата
""",
    )
    assert "компенсируем 200" in quoted(answerer, topic, "кормят на работе?")
    assert "70 000" not in quoted(answerer, topic, "премии бывают?")


def test_a_fine_asked_for_a_reason_the_faq_question_over_the_answer_names(
    answerer: Answerer,
) -> None:
    # An FAQ page: the question heading names the reason («если я отменю заказ»), the answer
    # under it says there are no fines in money — it answers fines for that reason.
    page = ad(
        "Сборщик заказов",
        """### Сколько я заработаю?

От 3 000 ₽ за смену, выплаты каждую неделю.

### Что будет, если я отменю заказ?

Рейтинг снизится, и заказы будут предлагаться реже. Штрафов в деньгах нет.
""",
    )
    assert "Штрафов в деньгах нет" in quoted(answerer, page, "штрафы за отмену есть?")


def test_a_paragraph_after_requirements_typed_without_marks_is_no_requirement(
    answerer: Answerer,
) -> None:
    # A classified card: «Требования:» right over lines typed without marks, then a blank line
    # and the terms, with no heading of their own — they are the job's terms, not what is
    # required of the candidate.
    card = ad(
        "Кассир",
        """Требования:
опыт работы с кассой от полугода
аккуратность, внимательность

График 5/2 с 9:00 до 18:00
Официальное трудоустройство после стажировки, по ТК
Форму выдаём
""",
    )
    assert "Официальное трудоустройство" in quoted(answerer, card, "официально оформляете?")


def test_where_i_live_asked_with_mne_is_answered_by_work_from_any_city(
    answerer: Answerer,
) -> None:
    # «я из омска, мне можно?»: where the candidate lives, asked as whether it will do — a
    # remote job «работать можно из любого города» says it will.
    remote = ad(
        "Оператор чата",
        """Работа удалённая, работать можно из любого города, нужен ноутбук и интернет.
Оплата 250 ₽ в час, выплаты раз в неделю.
""",
    )
    assert "из любого города" in quoted(answerer, remote, "я из омска, мне можно?")


def test_a_digest_answers_from_the_asked_vacancys_block(answerer: Answerer) -> None:
    # A channel's post lists several vacancies, each under a keycap number and a bold name;
    # the posting is the cook's: the courier's and the loader's blocks are not its terms.
    digest = ad(
        "Повар (подборка вакансий из канала)",
        """🔥 ВАКАНСИИ НА СЕГОДНЯ 🔥

1️⃣ **Курьер пеший**
📍 Казань, Вахитовский район
💰 от 3 000 ₽ за смену
Свободный график, выплаты каждый день. Жильё иногородним предоставляем. Возраст 16+.
#вакансия #курьер

2️⃣ **Повар в столовую «Сытый Дом»**
📍 Казань, ул. Баумана, 12
💰 2 800 ₽ за смену
График 2/2 с 8:00 до 20:00. Зарплата 2 раза в месяц (10 и 25 числа).
Ищем от 18 лет, санкнижка обязательна.
#вакансия #повар

3️⃣ **Грузчик на склад**
📍 Казань, Кировский район
💰 от 50 000 ₽/мес
Вахта 15/15, обед бесплатно.
#вакансия #склад
""",
    )
    assert "2/2 с 8:00 до 20:00" in quoted(answerer, digest, "какой график у повара")
    assert "2 раза в месяц" in quoted(answerer, digest, "когда зарплата у повара")
    assert "«Сытый Дом»" in quoted(answerer, digest, "как столовая называется")
    assert quoted(answerer, digest, "повару жильё дают?") == ""
    assert "от 18 лет" in quoted(answerer, digest, "мне 17, возьмёте?")
    assert quoted(answerer, digest, "обед бесплатный?") == ""


def test_a_state_notices_terms_are_read_in_its_own_wording(answerer: Answerer) -> None:
    # A civil-service competition notice says the probation and the contract's term as the
    # regulation words them: «испытание сроком», «на неопределённый срок».
    notice = ad(
        "Ведущий специалист-эксперт",
        """## Условия прохождения гражданской службы

Денежное содержание составляет от 38 000 до 46 000 рублей.
Предусмотрено прохождение испытания сроком 3 месяца.
Служебный контракт заключается на неопределённый срок.
""",
    )
    assert "испытания сроком 3 месяца" in quoted(answerer, notice, "испытательный срок есть")
    assert "на неопределённый срок" in quoted(answerer, notice, "контракт срочный или бессрочный")


def test_a_notices_list_of_documents_is_what_the_candidate_brings(answerer: Answerer) -> None:
    # «Перечень документов» lists the papers a candidate submits: the work record book there
    # says nothing of how the job is formalised, the conditions do.
    museum = ad(
        "Смотритель музейного зала",
        """## Условия

- трудоустройство согласно ТК РФ, полный социальный пакет
- оклад 32 000 рублей

## Перечень документов

- паспорт
- трудовая книжка и (или) сведения о трудовой деятельности (при наличии)
- документ об образовании
""",
    )
    assert "согласно ТК РФ" in quoted(answerer, museum, "оформление по трудовому?")


def test_an_agency_ads_ages_and_visas_answer_the_candidates_situation(
    answerer: Answerer,
) -> None:
    # An agency hiring abroad states the ages as a range after whom it hires, and answers one
    # who says where they come from with the visa it arranges.
    agency = ad(
        "Отделочники — работа в Польше",
        """✅ ТРЕБОВАНИЯ:
▪️ опыт от 1 года в отделке
▪️ мужчины 20–55 лет

📄 ДОКУМЕНТЫ:
👉 для Беларуси и Казахстана делаем рабочее приглашение под национальную визу D
👉 договор umowa zlecenie первые 3 месяца
""",
    )
    assert "мужчины 20–55 лет" in quoted(answerer, agency, "мне 58 лет возьмете")
    assert "визу D" in quoted(answerer, agency, "я из беларуси, визу делаете?")


def test_a_ride_home_is_no_work_from_home(answerer: Answerer) -> None:
    # A contact centre drives its late shift home: that says nothing of working from home.
    centre = ad(
        "Оператор контакт-центра",
        """## Мы предлагаем

- смены с 08:00 до 17:00 и с 15:00 до 00:00
- после полуночи развозим домой служебным такси
""",
    )
    assert quoted(answerer, centre, "можно из дома работать") == ""
    assert "служебным такси" in quoted(answerer, centre, "домой развозите?")


def test_checks_and_ways_of_working_as_other_countries_word_them(answerer: Answerer) -> None:
    # A US school's "DOJ/FBI fingerprint clearance" is its background check; a German ad's
    # "mobile work (Homeoffice)" is working from home.
    school = ad(
        "Paraeducator",
        """## Requirements

- High school diploma or equivalent
- Upon offer, candidates must complete DOJ/FBI fingerprint clearance and a TB test
""",
        lang="en",
    )
    assert "fingerprint clearance" in quoted(answerer, school, "background check?")
    student = ad(
        "Working Student Marketing",
        """## What we offer

- 20 hours/week during the semester
- Up to 2 days per week mobile work (Homeoffice) after onboarding
""",
        lang="en",
    )
    assert "mobile work" in quoted(answerer, student, "can i work from home sometimes")


def test_the_variable_part_of_the_pay_is_a_bonus(answerer: Answerer) -> None:
    # A newsletter's blurb: "up to 15% variable" on top of the base is the bonus asked.
    blurb = ad(
        "Customer Success Manager",
        """## Pay

- $78k–$95k base + up to 15% variable tied to net retention
- Remote, US & Canada only
""",
        lang="en",
    )
    assert "15% variable" in quoted(answerer, blurb, "is there commission or bonus on top")


def test_whom_to_talk_to_and_how_to_apply_as_ads_write_it(answerer: Answerer) -> None:
    # An Australian hospital's "For a confidential chat … contact Karen … on (02) 5550 1923" is
    # whom to talk to; a camp's «заполни анкету по ссылке» is how to apply.
    ward = ad(
        "Registered Nurse",
        """## About you

- AHPRA registration as a Registered Nurse

## How to apply

For a confidential chat about the role, contact Karen Whitlock, NUM, on (02) 5550 1923.
""",
        lang="en",
    )
    assert "Karen Whitlock" in quoted(answerer, ward, "who can i talk to about the role")
    camp = ad(
        "Вожатые в лагерь",
        """Ищем вожатых на летние смены! Смена 21 день, проживание и питание бесплатно.

Как попасть: заполни анкету по ссылке vk.cc/anketa, дальше — собеседование в офисе.
""",
    )
    assert "заполни анкету" in quoted(answerer, camp, "как подать заявку")


def test_probation_and_the_deadline_as_notices_word_them(answerer: Answerer) -> None:
    # A civil-service notice: «прохождение испытания сроком 3 месяца» is the probation asked;
    # "until when can i apply" asks the closing date.
    notice = ad(
        "Ведущий специалист-эксперт",
        """## Условия

- Служебный контракт заключается на неопределённый срок.
- Предусмотрено прохождение испытания сроком 3 месяца.
""",
    )
    assert "испытания сроком" in quoted(answerer, notice, "испытательный срок есть")
    blurb = ad(
        "Customer Success Manager",
        """Loopdesk makes scheduling software for clinics.

Hiring manager: Dana Whitfield, VP Customer Success. Applications close June 30.
""",
        lang="en",
    )
    assert "Applications close June 30" in quoted(
        answerer, blurb, "until when can i apply for the csm role"
    )


def test_a_chats_clipped_words_are_the_postings_words(answerer: Answerer) -> None:
    # "new grads", "days hols", "my bday": the graduates, holidays and birthday the ad names.
    ward = ad(
        "Registered Nurse",
        """## About you

- Both new graduates with a completed transition program and experienced RNs are welcome.

## Benefits

- 33 days holiday including bank holidays
- Your birthday off, every year
""",
        lang="en",
    )
    assert "new graduates" in quoted(answerer, ward, "can new grads apply")
    assert "33 days holiday" in quoted(answerer, ward, "how many days hols")
    assert "birthday off" in quoted(answerer, ward, "do i get my bday off lol")


def test_money_for_a_home_office_is_one_thing_whatever_it_is_called(answerer: Answerer) -> None:
    # A remote job's "home office stipend" is the "home office setup" money asked, and its
    # "home office budget" the "home office stipend".
    stipend = ad(
        "Support Engineer",
        """## Benefits

- Everyone gets a $1,500 home office stipend in the first month.
- 25 days PTO
""",
        lang="en",
    )
    assert "home office stipend" in quoted(answerer, stipend, "any money for home office setup")
    budget = ad(
        "Founding Backend Engineer",
        """Remote only, US time zones.

## Benefits

- $2k home office budget
- Equity 0.6% – 1.2%
""",
        lang="en",
    )
    assert "home office budget" in quoted(answerer, budget, "home office stipend?")


def test_the_ages_hired_after_whom_they_are(answerer: Answerer) -> None:
    # An agency's brigade call: «мужчины 20–55 лет» is the age limit an older candidate asks of.
    brigade = ad(
        "Отделочники в Польшу",
        """## Требования

- мужчины 20–55 лет
- опыт отделочных работ от 1 года
""",
    )
    assert "20–55 лет" in quoted(answerer, brigade, "мне 58 лет возьмете")


def test_whose_expense_it_is_says_who_pays(answerer: Answerer) -> None:
    # A crewing agency's posting: "… the pre-employment medical … at company cost" answers who
    # pays for the medical, as "at district expense" does for a school's physical.
    tanker = ad(
        "Second Engineer",
        """## Requirements

- Valid STCW certificates and CoC as Second Engineer
- Valid medical certificate (pre-employment medical in our clinic at company cost)
""",
        lang="en",
    )
    assert "at company cost" in quoted(answerer, tanker, "medical exam who pays")


def test_a_homes_size_in_its_beds_says_how_big_it_is(answerer: Answerer) -> None:
    # A care home's cook: "a 48-bed residential and dementia care home" says how big the home is.
    home = ad(
        "Care Home Cook",
        """Meadowbank House is a 48-bed residential and dementia care home in Headingley, Leeds.

## About you

- Previous experience cooking in a care home, hospital, school or similar setting
""",
        lang="en",
    )
    assert "48-bed" in quoted(answerer, home, "how big is the home")


def test_a_students_holidays_are_no_break_in_the_day(answerer: Answerer) -> None:
    # A working student's page: "can i work more in semester break" asks of the holidays, which
    # "up to 40 in the holidays" answers; a lunch break is another thing.
    student = ad(
        "Working Student Marketing",
        """## What we offer

- 20 hours/week during the semester, up to 40 in the holidays
- Flexible working hours around your lectures and exams
""",
        lang="en",
    )
    assert "up to 40 in the holidays" in quoted(
        answerer, student, "can i work more in semester break"
    )


def test_the_hiring_manager_named_is_the_boss_asked(answerer: Answerer) -> None:
    # A newsletter's blurb: "Hiring manager: Dana Whitfield, VP Customer Success" answers "who
    # would be my boss".
    blurb = ad(
        "Customer Success Manager",
        """Loopdesk makes scheduling and invoicing software for physio clinics.

Hiring manager: Dana Whitfield, VP Customer Success. Remote, US & Canada only.
""",
        lang="en",
    )
    assert "Dana Whitfield" in quoted(answerer, blurb, "who would be my boss")


def test_who_pays_is_answered_by_the_line_that_names_the_payer(answerer: Answerer) -> None:
    # A children's camp: «медкнижку самому оплачивать?» asks who pays for it — the requirement
    # naming the book says nothing of that; the condition that the camp pays for it does.
    camp = ad(
        "Вожатый",
        """## Требования

- медкнижка с отметкой о прививках и допуском

## Условия

- медкнижку оформляем за счёт лагеря
""",
    )
    for question in ("медкнижку самому оплачивать?", "а медкнижку за свой счет делать?"):
        assert "за счёт лагеря" in quoted(answerer, camp, question), question
    # … and a payer named in the words of an English ad: "at district expense".
    district = ad(
        "Paraeducator",
        """## Requirements

- Must be able to lift up to 50 pounds
- Candidates must complete a pre-employment physical at district expense
""",
        lang="en",
    )
    assert "at district expense" in quoted(answerer, district, "do i pay for the physical myself")
    # A paying of another thing is no answer: the tax asked is not the medical book.
    shop = ad(
        "Сборщик заказов",
        """## Условия

- оформление: самозанятость или договор ГПХ
- медицинская книжка обязательна, если её нет — оформим за счёт компании
""",
    )
    assert quoted(answerer, shop, "налог самозанятого кто платит я или вы") == ""


def test_when_asked_of_a_thing_needs_a_line_that_says_when(answerer: Answerer) -> None:
    # A warehouse's benefits: "when does the 401k match vest" is not answered by the line that
    # names the match and says nothing of when it vests.
    benefits = ad(
        "Inventory Associate",
        """## Benefits

- 401(k) with 4% company match
- Paid time off and holidays
""",
        lang="en",
    )
    assert quoted(answerer, benefits, "when does the 401k match vest") == ""
    vesting = ad(
        "Inventory Associate",
        """## Benefits

- 401(k) with 4% company match, fully vested after 6 months
""",
        lang="en",
    )
    assert "after 6 months" in quoted(answerer, vesting, "when does the 401k match vest")
    # «когда» after a question word of its own opens a clause: who to ask for is asked.
    yard = ad(
        "Грузчик",
        """## Контакты

- Звонить 8 (863) 000-31-31, спросить Тимура, ул. Портовая, 190.
""",
    )
    assert "спросить Тимура" in quoted(answerer, yard, "кого спросить когда позвоню")


def test_the_next_intake_asked_is_not_this_one(answerer: Answerer) -> None:
    # An airline's open day: «следующий набор когда» asks the next one, which the date of this
    # one does not say; a posting naming the next one answers.
    day = ad(
        "Бортпроводник",
        """## День открытых дверей

- Когда: суббота, 22 марта, начало в 10:00
- Где: учебный центр, ул. Пилотов, 18
""",
    )
    assert quoted(answerer, day, "если в эту субботу не смогу, следующий набор когда") == ""
    later = ad(
        "Бортпроводник",
        """## День открытых дверей

- Когда: суббота, 22 марта, начало в 10:00
- Следующий набор — в мае, дату объявим в группе
""",
    )
    assert "Следующий набор" in quoted(answerer, later, "следующий набор когда")


def test_other_blurbs_of_a_newsletter_parted_by_rules_are_not_the_employers(
    answerer: Answerer,
) -> None:
    # A weekly e-mail of remote jobs, one blurb each, parted by "━━━━" rules: the designer's
    # portfolio and the writer's samples are other employers' asks, the sponsor's free months
    # the sponsor's.
    letter = ad(
        "Customer Success Manager",
        """Five new remote roles this week.

━━━━━━━━━━━━━━━━━━━━
Customer Success Manager — Loopdesk
📍 Remote, US & Canada only
Perks: medical/dental/vision, 401(k) with 4% match.
Apply →

━━━━━━━━━━━━━━━━━━━━
Product Designer — Tallyroo
Design for a budgeting app. Portfolio required, no take-home test.
Apply →

━━━━━━━━━━━━━━━━━━━━
— SPONSOR —
Trackly keeps every application in one board. Readers get 3 months free.
━━━━━━━━━━━━━━━━━━━━

Technical Writer (contract) — Vantaform
API docs and developer guides. Writing samples required.
Apply →
""",
        lang="en",
        front="company: Loopdesk\n",
    )
    assert quoted(answerer, letter, "do i need a portfolio") == ""
    assert quoted(answerer, letter, "do you need writing samples") == ""
    assert "401(k)" in quoted(answerer, letter, "is there a 401k")


def test_english_short_words_and_checks_read_as_the_postings_words(answerer: Answerer) -> None:
    # "new grads" are new graduates, a thing "due" has a deadline, and a school district's
    # fingerprint clearance is its background check.
    nurse = ad(
        "Registered Nurse",
        """## About you

- Current AHPRA registration as a Registered Nurse
- Both new graduates with a completed transition program and experienced RNs are welcome.

## Before you start

- Upon offer of employment, candidates must complete DOJ/FBI fingerprint clearance.

## The project

- Files are split into 6 batches, the first batch is due 11 days after the start.
- Delivery deadline: Dec 16, 2024
""",
        lang="en",
    )
    assert "new graduates" in quoted(answerer, nurse, "can new grads apply")
    assert "fingerprint clearance" in quoted(answerer, nurse, "background check?")
    assert "Dec 16" in quoted(answerer, nurse, "when is the final delivery due")


def test_a_list_item_ending_in_years_old_keeps_its_stop(answerer: Answerer) -> None:
    # "Age up to 55 y.o." — the stop is the abbreviation's, not the item's to drop.
    crew = ad(
        "Second Engineer",
        """Requirements:
* Valid CoC Second Engineer (STCW III/2), unlimited
* Yellow fever vaccination
* Age up to 55 y.o.
""",
        lang="en",
    )
    assert quoted(answerer, crew, "im 57 is that ok") == "Age up to 55 y.o."


def test_a_share_of_variable_pay_is_a_bonus(answerer: Answerer) -> None:
    # "$78k–$95k base + up to 15% variable" — the English «переменная часть»: a bonus on top.
    csm = ad(
        "Customer Success Manager",
        """Customer Success Manager — Loopdesk
Remote, US & Canada only.
$78k–$95k base + up to 15% variable tied to net retention.
You'd own a book of ~60 mid-market accounts.
""",
        lang="en",
    )
    assert "15% variable" in quoted(answerer, csm, "is there commission or bonus on top")


def test_an_australian_number_and_a_chat_about_the_role_name_the_contact(
    answerer: Answerer,
) -> None:
    # "(02) 5550 1923" is a phone number as Australia writes it, and "a confidential chat about
    # the role" names whom to talk to.
    nurse = ad(
        "Registered Nurse",
        """## About the role

- Permanent full-time position on a 24/7 rotating roster.

## How to apply

For a confidential chat about the role, contact Karen Whitlock, Nurse Unit Manager.
Reception: (02) 5550 1923
""",
        lang="en",
    )
    assert "Karen Whitlock" in quoted(answerer, nurse, "who can i talk to about the role")
    assert "(02) 5550 1923" in quoted(answerer, nurse, "whats the phone number")


def test_at_company_cost_says_who_pays_and_a_crew_cabin_is_where_one_sleeps(
    answerer: Answerer,
) -> None:
    # "… at company cost" says the company pays, as «за счёт компании» does; a shared crew
    # cabin is the crew's accommodation, the guest cabins one cleans are not.
    ship = ad(
        "Cabin Steward",
        """Requirements:
* Valid seaman's book
* Valid medical certificate (we arrange the pre-employment medical at company cost)

You will: clean and make up 16-18 guest cabins twice a day, change linen and towels.

Company offers:
- Salary: USD 1,300 per month plus gratuities
- A shared 2-person crew cabin with private bathroom
""",
        lang="en",
    )
    assert "company cost" in quoted(answerer, ship, "medical exam who pays")
    assert "crew cabin" in quoted(answerer, ship, "do i get my own cabin")


def test_german_words_of_an_english_page_and_an_answer_as_a_reply(answerer: Answerer) -> None:
    # A Munich page in English keeps German words: "Homeoffice" is working from home, an
    # "Anschreiben" the cover letter; and "we answer every application" is how fast they reply.
    page = ad(
        "Werkstudent Marketing",
        """What we offer
- €16.50 per hour
- Up to 2 days per week mobile work (Homeoffice) after onboarding
- Free drinks and fresh fruit

Send us your CV via the "Jetzt bewerben" button — a cover letter is optional.
""",
        lang="en",
    )
    assert "Homeoffice" in quoted(answerer, page, "can i work from home sometimes")
    assert "cover letter" in quoted(answerer, page, "do i need an anschreiben")
    # The whole page: its contact lines and "Jetzt bewerben" compete with the promise.
    munich = fixture("blind-cc", "werkstudent-marketing-muenchen-alpenbyte")
    assert "10 working days" in quoted(answerer, munich, "how fast do you reply to applications")


def test_a_case_stated_with_if_names_no_subject_asked(answerer: Answerer) -> None:
    # "if they get sick" states the case; what is asked is whether the family is covered, which
    # the benefits line says — the posting's silence on sick pay is no reason to abstain.
    bank = ad(
        "Customer Support Agent",
        """We answer every chat in under two minutes.

**Schedule:** 40 hours a week in shifts between 8:00 and 22:00, one weekend day in two.

**Benefits:** health insurance for you and your family, a meal allowance of EUR 10 per \
working day and 25 days of paid holiday.

**How to apply:** apply through this bot. We reply within 5 working days.
""",
        lang="en",
    )
    assert "health insurance" in quoted(answerer, bank, "Is my family covered if they get sick?")
    # Asked alone, the case is what is asked: the posting does not say.
    assert quoted(answerer, bank, "what if i get sick") == ""


def test_a_cards_field_line_with_a_comma_heads_no_section(answerer: Answerer) -> None:
    # «📍 Москва, ЦАО, Хамовники» over «💰 …», «💳 Выплаты каждую неделю, по понедельникам» over
    # «👔 …»: a card's place or pay — its parts parted by commas —, not a heading over the next
    # mark's line; the fact stays a line to quote.
    courier = ad(
        "Курьер",
        """Курьер на велосипеде в Москве.

📍 Москва, ЦАО, Хамовники
💰 от 4 500 ₽ за смену
""",
    )
    assert "Хамовники" in quoted(answerer, courier, "это в хамовниках?")
    waiter = ad(
        "Официант",
        """Официант в кафе.

💳 Выплаты каждую неделю, по понедельникам
👔 Фартук выдаём
""",
    )
    assert "каждую неделю" in quoted(answerer, waiter, "зарплату как часто платите?")


def test_a_classified_cards_counters_and_status_lines_are_no_answer(answerer: Answerer) -> None:
    # An OLX card pasted whole: the ad's number, its views and the seller's «Онлайн вчера в 23:40»
    # are the board's — asked whether the work is online, the seller's status says nothing.
    card = ad(
        "Продавец",
        """Требуется продавец в магазин телефонов. Оклад 4 000 000 сум.

ID: 51873364

Просмотры: 412

Smart Zone
Онлайн вчера в 23:40

Все объявления автора
""",
        front="company: Smart Zone\n",
    )
    assert quoted(answerer, card, "работа онлайн?") == ""
    assert quoted(answerer, card, "вы онлайн работаете?") == ""
    assert "4 000 000 сум" in quoted(answerer, card, "какой оклад")


def test_an_order_services_status_line_and_its_similar_orders_are_no_answer(
    answerer: Answerer,
) -> None:
    # A tutoring service's order pasted whole: the service prints who placed it and whether they
    # are online behind a status mark («🟢 Клиент был в сети 5 минут назад · 11 откликов ·
    # Выбирает специалиста»), and other clients' orders under «Похожие заказы рядом» — neither is
    # the client's word: asked of a longer lesson's price or of a deadline, they say nothing.
    order = fixture("blind-ch", "repetitor-matematika-oge-perovo")
    assert quoted(answerer, order, "а если по 90 минут скока будет") == ""
    assert quoted(answerer, order, "до какого числа выбираете репетитора") == ""
    assert quoted(answerer, order, "сколько платят за занятие").startswith("Бюджет: 1500–2000 ₽")


def test_pay_through_one_payment_service_is_not_said_by_another(answerer: Answerer) -> None:
    # A remote job paid through one service: asked of another (Wise, crypto), the line naming
    # only PayPal or Payoneer does not answer; asked of the one it names, or how pay comes,
    # it does.
    job = ad(
        "Medical translator EN>RU",
        """We need a medical translator for clinical trial documents, about 40,000 words.

Rate: 0.06 USD per word
Payment terms: Net 30 via PayPal (fees on our side).
Deadline: 3 weeks from the start.
""",
        lang="en",
    )
    assert quoted(answerer, job, "can i get paid via wise") == ""
    assert quoted(answerer, job, "can you pay me through payoneer") == ""
    assert "PayPal" in quoted(answerer, job, "do you pay by paypal")
    assert "PayPal" in quoted(answerer, job, "how do you pay")
    copywriter = ad(
        "Копирайтер",
        """Ищем копирайтера на удалёнку, тексты для блога.

Оплата: 500 ₽ за 1000 знаков, раз в неделю на карту Т-Банка или Payoneer.
""",
    )
    assert quoted(answerer, copywriter, "в крипте можно получать?") == ""
    assert quoted(answerer, copywriter, "через пейпал платите?") == ""
    assert "Payoneer" in quoted(answerer, copywriter, "как платите")


def test_a_sum_asked_per_hour_plainly_is_not_said_by_a_yearly_salary(answerer: Answerer) -> None:
    # "whats that per hour", "whats the pay per hour" ask a sum per hour as "how much per hour"
    # does: a salary per year does not say it; a rate per hour does.
    federal = fixture("blind-ci", "usajobs-program-support-assistant")  # a USAJOBS notice
    assert quoted(answerer, federal, "whats that per hour") == ""
    assert quoted(answerer, federal, "whats the pay per hour") == ""
    assert "per year" in quoted(answerer, federal, "whats the salary")
    cashier = ad(
        "Cashier",
        """Part-time cashier at our store.

Pay: $15.50 per hour, paid weekly.
""",
        lang="en",
    )
    assert "$15.50 per hour" in quoted(answerer, cashier, "whats that per hour")
    assert "$15.50 per hour" in quoted(answerer, cashier, "whats the pay per hour")


def test_the_day_a_benefit_starts_counts_no_days(answerer: Answerer) -> None:
    # "accruing on day one", "from day one" say when a benefit starts: asked how many days of
    # it there are, such a line gives no count, while it still says the benefit is there.
    cafe = ad(
        "Barista",
        """Barista at a busy cafe.

Paid time off that starts accruing on day one.
Health insurance from day one.
""",
        lang="en",
    )
    assert quoted(answerer, cafe, "how many pto days a year") == ""
    assert quoted(answerer, cafe, "how many vacation days") == ""
    assert "accruing on day one" in quoted(answerer, cafe, "do i get paid time off")


def test_a_pdf_page_in_two_columns_is_read_column_by_column(answerer: Answerer) -> None:
    # A brochure copied from a PDF prints its offer and its duties side by side: each line holds
    # the start of one column and the start of the other. Each column is read under its title.
    bakery = ad(
        "Старший пекарь",
        """ЧТО МЫ ДАЁМ               ЧТО ВЫ БУДЕТЕ ДЕЛАТЬ
 Зарплата 2 раза в месяц,  • Выпечка хлеба и булочек
аванс 20-го, расчёт 5-го числа  по технологическим картам
 Отпуск 28 дней, больничные • Приёмка муки и контроль
оплачиваются              остатков на складе
 Бесплатный обед в смену   • Обучение новых пекарей
""",
    )
    assert quoted(answerer, bakery, "аванс какого числа").startswith("Зарплата 2 раза в месяц")
    assert quoted(answerer, bakery, "отпуск скока дней").startswith("Отпуск 28 дней")
    assert "Выпечка" not in quoted(answerer, bakery, "кормят на смене?")
    assert quoted(answerer, bakery, "что делать надо").startswith("Выпечка хлеба")


def test_a_pdfs_short_lines_cut_mid_phrase_are_joined(answerer: Answerer) -> None:
    # A PDF breaks its lines where its column ends, short ones too: a bracket that opens the
    # next line, a sum after «до» or a lower-case line closing the sentence go on with the line
    # before.
    storekeeper = ad(
        "Кладовщик",
        """Условия работы
Оклад 45 000 ₽ + премия
(за план и чистоту на складе), всего до
75 000 ₽ в месяц
Испытательный срок 2 месяца, оклад
сохраняется полностью.
""",
    )
    assert "75 000 ₽" in quoted(answerer, storekeeper, "максимум сколько можно получать")
    asked = "на испытательном сроке оклад урезают?"
    assert "сохраняется полностью" in quoted(answerer, storekeeper, asked)


def test_a_newspaper_page_ruled_into_columns_is_read_column_by_column(answerer: Answerer) -> None:
    # A job newspaper's page typed up with its rule between two columns: the ad asked about
    # runs down the right column, its words broken at the column's edge, beside other ads.
    storekeeper = ad(
        "Кладовщик",
        """ПРОДАВЕЦ в киоск, 2/2,       |   КЛАДОВЩИК на склад строй-
т. 8-900-000-11-22           |   материалов, ООО «Опора».
                             |   З/П 60 т.р., выплаты 2 раза
ПОВАР в столовую, з/п 40     |   в мес. График 5/2 с 9 до 18.
т.р., т. 8-900-000-33-44     |   Обед бесплатный, спецодеж-
                             |   да выдается.
""",
    )
    assert "5/2" in quoted(answerer, storekeeper, "какой график")
    fed = quoted(answerer, storekeeper, "обед дают?")
    assert "Обед бесплатный" in fed and "ПОВАР" not in fed
    paid = quoted(answerer, storekeeper, "сколько платят")
    assert "60 т.р." in paid and "з/п 40" not in paid


def test_a_case_stated_need_not_be_said_by_the_line(answerer: Answerer) -> None:
    # «если в пятницу смена до 12 ночи» states the case; the way home is what is asked, and the
    # line on it answers though it names neither the day nor the hour.
    centre = ad(
        "Оператор контакт-центра",
        """Мы — контакт-центр, обслуживаем клиентов банков и служб доставки.

Мы предлагаем:
- Официальное трудоустройство с первого рабочего дня
- Оплачиваемое обучение 7 рабочих дней
- Сменный график 2/2 по 9 часов, смены с 08:00 до 17:00, с 12:00 до 21:00 и с 15:00 до 00:00
- После полуночи развозим домой служебным такси
- Выплата зарплаты 2 раза в месяц
- Бесплатная парковка у офиса

Что нужно делать:
- принимать входящие звонки и отвечать в чатах
- фиксировать обращения в CRM

Что для нас важно:
- Грамотная речь, скорость печати от 150 знаков в минуту
- Готовность работать в выходные и праздничные дни по графику

Звонки не принимаем, пишите в WhatsApp +7 701 000 12 34, если есть вопросы.
""",
    )
    assert "развозим домой" in quoted(
        answerer, centre, "как домой добираться если в пятницу смена до 12 ночи"
    )
    # Whether the case is paid more is what is asked: a line must speak to it.
    assert quoted(answerer, centre, "если еду на две смены, ставка выше?") == ""


def test_a_case_asked_alone_is_answered_by_the_line_on_it(answerer: Answerer) -> None:
    # «что будет» asks what follows the case stated: the line on the case answers, though it
    # does not repeat «если».
    call_centre = ad(
        "Оператор входящей линии",
        """Мы — контакт-центр интернет-магазина бытовой техники.

Условия:
- График 5/2 или 2/2, смены по 8 часов
- Оклад 38 000 ₽ + премия до 15 000 ₽
- Бонус за привлечение друга — 5 000 ₽ после того, как он отработает 2 месяца

Требования:
- Грамотная речь
- Удостоверение оператора ПК
""",
    )
    assert "привлечение друга" in quoted(answerer, call_centre, "если друга приведу что то будет?")
    # With no comma, the case may run on into what is asked: «сами обучите?» asks for training
    # the newspaper ad does not offer; its line on the licence needed does not say it.
    loader = fixture("blind-bz", "voditel-pogruzchika-gazeta-tver")
    assert quoted(answerer, loader, "если удостоверения нет сами обучите?") == ""


def test_where_the_candidate_is_or_what_they_drive_is_no_subject_asked(answerer: Answerer) -> None:
    """'я без машины' tells who asks: the line on the ride to the first run answers, though it
    names no car."""
    posting = fixture("blind-ac", "avtokolonna-voditeli-nn")
    answer = answerer.answer(posting, "как к первому рейсу добираться рано утром, я без машины")
    assert answer.answered
    assert answer.items[0].startswith("Проезд на служебном транспорте"), answer.items


def test_a_first_person_clause_typed_without_a_comma_is_no_subject_asked(
    answerer: Answerer,
) -> None:
    """'im in germany can i apply remote': where the candidate lives tells who asks; the line on
    who may work remotely answers."""
    posting = ad(
        "Senior Backend Engineer",
        """Fernhollow Analytics | Denver, CO (hybrid) or REMOTE (US & Canada only) | Full-time

Hybrid people are Tuesdays and Thursdays in the office; remote people fly in once a quarter on us.

To apply email me directly at kate@fernhollow.io. We can't sponsor visas right now, sorry.
""",
        lang="en",
    )
    answer = answerer.answer(posting, "im in germany can i apply remote")
    assert answer.answered
    assert "REMOTE (US & Canada only)" in answer.items[0], answer.items


def test_girls_as_a_chat_says_it_ask_whom_the_ad_takes(answerer: Answerer) -> None:
    # «девчонок берёте» asks whom the ad takes by sex, and «девчонки» in a line says it.
    kitchen = ad(
        "Повар шаурмы",
        """Ищем поваров на точку, график 2/2.
У нас половина команды девчонки, всему научим.
Ставка 2 500 ₽ за смену.
""",
    )
    assert "половина команды девчонки" in quoted(
        answerer, kitchen, "девчонок берете или только парней"
    )


def test_german_and_us_words_of_the_terms_of_hire(answerer: Answerer) -> None:
    """An English ad that keeps a German board's words or a US practice's: a night shift's
    "supplement" is its premium, an "introductory period" the probation, Weihnachtsgeld a
    Christmas bonus."""
    posting = ad(
        "Warehouse Operative (m/f/d)",
        """Lagerhaus Nord GmbH, Bremen

### What we offer
- Hourly wage €15.80 gross
- Night shift supplement 20% on top of the hourly wage
- Weihnachtsgeld (Christmas bonus) in November
- There is a 60-day introductory period before the pension scheme starts

### Your profile
- Forklift licence
""",
        lang="en",
    )
    assert "Night shift supplement" in quoted(answerer, posting, "do u pay more for nights")
    assert "introductory period" in quoted(answerer, posting, "is there a probation period")
    assert "Christmas bonus" in quoted(answerer, posting, "any christmas money")


def test_an_asian_ads_language_and_bonus(answerer: Answerer) -> None:
    """Japanese or Korean is a language a line may not need, and "Contract completion bonus:" a
    bonus paid, not a plus in the candidate."""
    posting = ad(
        "English Teacher – Busan",
        """## Benefits
- Contract completion bonus: one month's salary at the end of the year

## Requirements
- Korean: not required
- Bachelor's degree
""",
        lang="en",
    )
    assert "Korean: not required" in quoted(answerer, posting, "i dont speak korean is that ok")
    assert "completion bonus" in quoted(answerer, posting, "any bonus")


NEWS_ARTICLE = ad(
    "Механизатор",
    """ЗАРЯ — районная газета

# Агрохолдинг ищет механизаторов на жатву

Агрохолдинг набирает на сезон комбайнеров. Комбайнерам платят 520 рублей с гектара, \
иногородних селят в общежитии бесплатно.

**Комментарии (4)**

**Гость_Пыховка**, 24.06.2026 11:15
а в прошлом году обещали с гектара а в итоге считали по бункерному весу, выходило меньше

**Сергей_М**, 24.06.2026 11:40
Работал у них два сезона, платили нормально и вовремя. общага чистая, кормят хорошо

**Редакция**, 24.06.2026 12:02
@Гость_Пыховка В отделе кадров нам уточнили: в этом году считают по убранной площади, \
по актам агронома.

**Лидия**, 24.06.2026 13:27
А женщин на трактор берут? у меня корочки есть

**Редакция**, 24.06.2026 14:10
@Лидия Этот вопрос лучше задать по телефону отдела кадров, в статье он указан.
""",
)


def test_a_newspapers_reply_under_its_article_answers_the_comment_it_names(
    answerer: Answerer,
) -> None:
    # A district paper's article with readers' comments under a bold «Комментарии (4)»: the
    # paper's «Редакция» answers for the post, a reader's guess is nobody's answer, and a reply
    # opening «@Гость_Пыховка» answers that reader's comment, not the one right above it.
    answer = quoted(answerer, NEWS_ARTICLE, "по бункерному весу считать будут как в том году?")
    assert "по убранной площади" in answer
    # (the reply does not take the words of Сергей_М's comment above it, on the hostel)
    assert "бесплатно" in quoted(answerer, NEWS_ARTICLE, "за общагу вычитают?")


def test_a_reply_that_sends_the_asker_to_the_phone_answers_nothing(answerer: Answerer) -> None:
    # «@Лидия Этот вопрос лучше задать по телефону отдела кадров» under «А женщин на трактор
    # берут?»: the paper did not say; the candidate is not told it did.
    assert quoted(answerer, NEWS_ARTICLE, "женщин трактористок берете") == ""


def test_an_faq_answers_verdict_is_read_with_its_question(answerer: Answerer) -> None:
    # «Да, с 18 лет.» under «Можно студентам?»: the verdict answers the question over it, as
    # HR's FAQ answers are read with theirs — not the longer sentence after it that happens to
    # name shifts. A form's options («○ Да, больше года», «○ Нет опыта …») are no verdicts.
    page = ad(
        "Комплектовщик",
        """## Частые вопросы

**Можно студентам?**
Да, с 18 лет. Подработка по выходным — отличный вариант, смены 2 раза в неделю.

**Какой график?**
Смены 2/2 по 12 часов, дневные и ночные.

## Анкета

Есть ли у вас опыт работы на складе?
○ Да, больше года
○ Да, меньше года
○ Нет опыта — ничего страшного, всему научим
""",
    )
    assert "Да, с 18 лет" in quoted(answerer, page, "я студент, возьмете?")
    assert "Нет опыта" in quoted(answerer, page, "без опыта норм?")


def test_an_exported_house_chat_answers_with_the_contacts_correction_not_a_residents_guess(
    answerer: Answerer,
) -> None:
    # A notice retyped from the door, then the residents' chat exported one message a line
    # («[09.10 19:47] Игорь кв. 45: …»): the chair the notice sends candidates to answers for
    # the employer, and her correction, not a resident's guess, is what a candidate is told.
    notice = ad(
        "Дворник",
        """ТСЖ ТРЕБУЕТСЯ дворник
Оплата 40 000 руб. на руки, пн-пт с 8:00 до 17:00, сб — дежурство по графику
Обращаться: председатель ТСЖ Ольга Викторовна, кв. 112

Чат дома (выгрузка)

[09.10 19:31] Нина Петровна кв. 9: Зарплата два раза в месяц будет или раз?
[09.10 19:33] Игорь кв. 45: Михалыч говорил раз в месяц получал
[09.10 19:34] Ольга Викторовна (председатель ТСЖ): Выплата два раза в месяц, 5 и 20 числа
[09.10 19:45] Светлана кв. 78: а по субботам сколько доплачивают?
[09.10 19:47] Игорь кв. 45: Так субботы же оплачиваются двойным тарифом
[09.10 19:58] Ольга Викторовна (председатель ТСЖ): Поправлю Игоря: субботнее дежурство \
оплачивается отдельно — 1 500 руб. за дежурство, не двойной тариф
""",
    )
    assert "1 500 руб. за дежурство" in quoted(answerer, notice, "субботы в двойном размере?")
    assert "5 и 20 числа" in quoted(answerer, notice, "зарплату раз в месяц дают?")


def test_a_trial_asked_alone_is_the_trial_shift_or_period(answerer: Answerer) -> None:
    """'is the trial paid' asks of the trial, not of the wage: the line on the trial answers,
    written as a trial shift or as a trial of so many days."""
    cafe = ad(
        "Barista",
        """Small specialty coffee shop hiring a casual barista.

Pay is $27 - $31 p/h depending on experience, paid weekly every Wednesday.

How to apply: send your resume. Shortlisted people get a paid 3 hour trial shift on a weekday.
""",
        lang="en",
    )
    assert "paid 3 hour trial shift" in quoted(answerer, cafe, "is the trial paid")
    family = ad(
        "Live-in nanny",
        """Looking for a live-in nanny for our family, two kids. Salary 3,800 AED monthly.
Someone already in the UAE preferred, we can also do trial of 3 days paid 140 AED per day.
""",
        lang="en",
    )
    assert "trial of 3 days" in quoted(answerer, family, "is the trial paid")


def test_the_days_in_the_office_state_how_the_job_is_worked(answerer: Answerer) -> None:
    """'is this remote or in office' is answered by the days one is in the office, not by a
    home-office perk that names both words."""
    support = ad(
        "Support Specialist",
        """## What you bring
- 2+ years in customer support
- You live within commuting distance of Austin; we're in the office Monday through Wednesday

## Benefits
- $400 one-time home office stipend for your remote days
- 20 days PTO
""",
        lang="en",
    )
    assert "in the office Monday through Wednesday" in quoted(
        answerer, support, "is this remote or in office"
    )


def test_a_fee_charged_for_being_hired_is_answered_by_the_notice_there_is_none(
    answerer: Answerer,
) -> None:
    """'do i have to pay the agency anything' asks of a charge for being hired: the agency's
    notice that it charges none answers, though it reads as a warning."""
    agency = ad(
        "Chief Cook (Container Vessel)",
        """Wage: USD 4,200 per month, paid monthly to your bank account.
Contract: 6 months +/- 1 month.

Crewlink Manning is a licensed manning agency. We never charge fees to seafarers for
recruitment or placement.
""",
        lang="en",
    )
    assert "never charge fees" in quoted(
        answerer, agency, "do i have to pay any fee for placement"
    )
    assert "never charge fees" in quoted(answerer, agency, "do i have to pay the agency anything")


def test_a_price_list_row_of_another_item_does_not_answer(answerer: Answerer) -> None:
    """A finishing crew's price list and a dog-walking service's: «шпаклевка под обои сколько»
    is not answered by the row for filler under paint, nor «сколько за прогулку платят» by the
    row for boarding a dog at home; the row naming the item asked still answers."""
    crew = fixture("blind-bp", "brigady-otdelochnikov-novostroyki-krasnodar")
    assert not answerer.answer(crew, "шпаклевка под обои сколько").answered
    answer = answerer.answer(crew, "стяжка сколько за квадрат")
    assert answer.answered
    assert answer.items[0].startswith("Стяжка пола"), answer.items
    walks = fixture("blind-p", "vygulshchik-sobak-spb")
    answer = answerer.answer(walks, "сколько за прогулку платят")
    assert not answer.answered or "передержка" not in answer.items[0], answer.items
    answer = answerer.answer(walks, "передержка у себя дома сколько стоит")
    assert answer.answered
    assert answer.items[0].startswith("передержка у вас дома"), answer.items
    # a row's item named by another word for it: signing a contract is concluding it
    rescue = fixture("blind-bi", "kontrakt-mchs-spasatel-volhov")
    answer = answerer.answer(rescue, "подъемные при подписании контракта дают?")
    assert answer.answered
    assert "при заключении первого контракта" in answer.items[0], answer.items


def test_a_state_services_uniform_and_fitness_tests_are_named_as_it_names_them(
    answerer: Answerer,
) -> None:
    """The police, the army and the rescue services say «форменное обмундирование» and «сдача
    нормативов по физической подготовке»; candidates ask «форму самому покупать?» and «что по
    физре сдавать»."""
    rescue = ad(
        "Пожарный-спасатель",
        """Пожарно-спасательная часть приглашает на службу по контракту.

Требования:
- возраст от 18 до 35 лет
- сдача нормативов по физической подготовке: бег 100 м, бег 3 км, подтягивание
- отсутствие судимости

Мы предлагаем:
- денежное довольствие от 60 000 руб.
- форменное обмундирование выдаётся бесплатно
- отпуск 30 суток
""",
    )
    assert "обмундирование" in quoted(answerer, rescue, "форму самому покупать?")
    assert "бег 100 м" in quoted(answerer, rescue, "что по физре сдавать")
    assert "бег 100 м" in quoted(answerer, rescue, "какие нормативы по физо")


def test_the_titles_own_job_asked_is_every_lines_job(answerer: Answerer) -> None:
    """«еда бесплатная для вожатых?» of a camp's post hiring вожатые: the post's line on meals is
    for them, though a heading of another part («Вожатская школа») begins with the same letters."""
    camp = fixture("blind-bu", "vozhatye-lager-rovesnik-tomsk")
    assert "Питание 5 раз в день" in quoted(answerer, camp, "еда бесплатная для вожатых?")


def test_a_price_says_whether_a_thing_is_free(answerer: Answerer) -> None:
    """«питание бесплатное?» — «обед в столовой за 50 р»: what it costs says it is not free."""
    plant = ad(
        "Упаковщик (вахта)",
        """Вахта 30/15 на мясокомбинат.

- проживание в общежитии, комнаты по 4 человека
- питание: обед в столовой комбината за 50 р, остальное самостоятельно
- ЗП за вахту от 90 000 р
""",
    )
    assert "за 50 р" in quoted(answerer, plant, "питание бесплатное?")


def test_a_phone_number_asked_with_whose_it_is(answerer: Answerer) -> None:
    """«номер директора скиньте», «телефон отдела кадров дайте», «телефон кадровиков» ask the
    number: the line that shows it answers, whether the person or the office stands before the
    number or after it."""
    factory = ad(
        "Оператор линии розлива",
        """Молочный завод приглашает операторов линии розлива.

График 2/2 по 12 часов, зарплата от 45 000 руб.

Звоните директору завода Петрову Ивану Сергеевичу.
Тел.: 8 (81836) 6-55-12, 8-921-555-40-17 (Ольга Николаевна, отдел кадров)
Контакты: бригадир Николай, тел. +7 (900) 000-58-31 (звонки и WhatsApp)
""",
    )
    for question in ("телефон отдела кадров дайте", "телефон кадровиков", "номер отдела кадров"):
        assert "8-921-555-40-17" in quoted(answerer, factory, question), question
    assert "+7 (900) 000-58-31" in quoted(answerer, factory, "телефон бригадира дайте")
    # The number asked with the verb after it: the line that shows it, not the one that says to
    # call; a number as a chat types it, with dashes after the 8.
    shop = ad(
        "Продавец-консультант",
        """Условия:
- график 2/2 с 10:00 до 21:00
- бесплатная парковка во дворе, кухня с микроволновкой и кофемашиной
Пройти собеседование можно в день звонка, звоните с 9 до 18 по будням, спросить Светлану.

Контактное лицо: Светлана, менеджер по персоналу
Телефон: +7 (343) 000-41-27
""",
    )
    assert "+7 (343) 000-41-27" in quoted(answerer, shop, "номер скиньте куда звонить")
    bakery = ad(
        "Бариста-кассир",
        """Примечания для кандидатов:
- выплаты 2 раза в месяц, 10 и 25 числа, на карту
- собеседование в самом филиале, пн-пт с 11 до 16, спросить управляющую Ирину

Контакт: Настя (HR) 8-930-700-45-12, тг @karavai_hr_nn
""",
    )
    assert "8-930-700-45-12" in quoted(answerer, bakery, "номер hr дайте пж")
    # One's own phone or a work phone is no number asked.
    assert answerer.answer(factory, "телефон рабочий дают?").items[:1] != [
        "Тел.: 8 (81836) 6-55-12, 8-921-555-40-17 (Ольга Николаевна, отдел кадров)"
    ]


def test_the_hours_of_the_office_that_receives_candidates(answerer: Answerer) -> None:
    """«в пятницу до скольки кадры принимают» asks the hours of the office, not the job's: the
    line of its reception hours answers, as does the office named with its days."""
    police = ad(
        "Полицейский патрульно-постовой службы",
        """Служба по графику сменности, в том числе в ночное время.

Часы приёма кандидатов: пн — чт с 9:00 до 17:00, пятница с 9:00 до 16:00, перерыв 13:00–13:45.
""",
    )
    assert "пятница с 9:00 до 16:00" in quoted(
        answerer, police, "в пятницу до скольки кадры работают"
    )
    plant = ad(
        "Слесарь-ремонтник",
        """ТРЕБУЮТСЯ СЛЕСАРИ-РЕМОНТНИКИ. З/П ОТ 60 000.

ФРУНЗЕ, 12, ОТДЕЛ КАДРОВ (КАБ. 104), ПН-ПТ С 8.00 ДО 12.00

ТЕЛ. 8 (49232) 3-41-17, 8-910-775-20-64
""",
    )
    assert "ПН-ПТ С 8.00 ДО 12.00" in quoted(answerer, plant, "отдел кадров до скольки принимает")


def test_never_having_worked_somewhere_asks_whether_experience_is_needed(
    answerer: Answerer,
) -> None:
    """«я ни разу на складе не работал»: what one never did, with words between, asks whether
    experience is needed; «раз» is no subject a line must name."""
    bakery = ad(
        "Бариста-кассир",
        """Примечания для кандидатов:
- стажировка 3 дня, оплачивается 1500 р/день
- обед за счет компании, на выпечку скидка сотрудникам -50%
- кофе варить учим сами на месте, опыт бариста не обязателен
- в смене 2 человека + управляющая по будням
""",
    )
    assert "опыт бариста не обязателен" in quoted(
        answerer, bakery, "я ни разу кофе не варила возьмете"
    )


def test_a_state_employers_help_towards_leave_is_something_on_top(answerer: Answerer) -> None:
    """«к отпуску доплачивают что-нибудь?» — «материальная помощь к трудовому отпуску»."""
    plant = ad(
        "Наладчик оборудования",
        """Условия:
- Трудовой отпуск 24 календарных дня + дополнительный отпуск до 5 дней.
- материальная помощь к трудовому отпуску в размере одной тарифной ставки
""",
    )
    assert "материальная помощь" in quoted(answerer, plant, "к отпуску что-то доплачивают")


def test_a_district_clipped_as_ads_clip_it_is_a_place(answerer: Answerer) -> None:
    """«Рассказовский р-н (30 км от Тамбова)» says where the plant is."""
    chat = ad(
        "Упаковщик (вахта)",
        """Мясоперерабатывающий завод, Тамбовская обл, Рассказовский р-н (30 км от Тамбова)

Вахта 30/15, проживание бесплатно.
""",
        front="city: Тамбовская область\n",
    )
    assert "р-н" in quoted(answerer, chat, "где завод находится")


def test_how_long_one_learns_the_job_is_a_length(answerer: Answerer) -> None:
    """«скока учиться» asks how long the training lasts: the line with its length answers, not
    the stipend paid while one learns."""
    school = ad(
        "Водитель автобуса (с обучением)",
        """Обучим на категорию D за счёт предприятия!

- Пока учишься — платим стипендию 25 000 руб в месяц
- Срок обучения — 2,5 месяца (теория 3 раза в неделю по вечерам + вождение по графику)
- Запись на обучение: 8 (831) 000-52-19, пн-пт 8:00-17:00
""",
    )
    assert "Срок обучения" in quoted(answerer, school, "скока учиться")


def test_a_replys_first_sentence_answers_its_comment_not_a_later_one_echoing_it(
    answerer: Answerer,
) -> None:
    # «а допуск по электрике нужен? лампы же менять» — the shop's reply answers in its first
    # sentence; the later one only names the electrician the comment did and is not the answer.
    post = ad(
        "Разнорабочий в магазин",
        """Хозтовары «Мастер» | Тверь
вчера в 18:10

Ищем разнорабочего в магазин: приёмка товара, мелкий ремонт в зале, замена ламп.
Оплата 45 000 руб., график 5/2 с 9:00 до 18:00.

Андрей Котов
а допуск по электрике нужен? лампы же менять
вчера в 19:02  Ответить
Хозтовары «Мастер» | Тверь
Андрей, группа допуска не нужна, лампы меняются без щита. Щиток обслуживает электрик по договору
вчера в 19:20  Ответить
""",
        front="company: Хозтовары «Мастер»\n",
    )
    assert "группа допуска не нужна" in quoted(
        answerer, post, "допуск по электрике нужен, у меня нету"
    )


def test_a_german_boards_fields_in_an_english_ad(answerer: Answerer) -> None:
    """A German board keeps its field labels in an English ad: "Befristung: befristet" says the
    term (answering "permanent or temp" when the "Employment: full-time" line above only names
    the hours), "Beginn der Tätigkeit" the first day."""
    posting = ad(
        "Picker (m/f/d) – Warehouse",
        """Lagerlogistik West GmbH

Arbeitsort: 44137 Dortmund
Befristung: befristet, 6 Monate
Beginn der Tätigkeit: ab 15.04.2025

### Your tasks
- Picking orders with a hand scanner
""",
        lang="en",
        front='employment: "full-time, shift work"\n',
    )
    assert "befristet, 6 Monate" in quoted(answerer, posting, "is the job permanent or temporary")
    assert "ab 15.04.2025" in quoted(answerer, posting, "when would i start")


def test_singapore_chat_english_and_a_portals_terms(answerer: Answerer) -> None:
    """A MyCareersFuture-style ad asked in Singapore's chat English: "AL" is annual leave, a
    diploma asked is answered by the GCE 'O' Level / NITEC asked for, a work pass by who may
    apply, "until when can apply" by the closing date."""
    posting = ad(
        "Store Supervisor",
        """Posted 02 Mar 2026 · Closing on 02 Apr 2026

Requirements:
- Minimum GCE 'O' Level / NITEC or equivalent
- 2 years of retail experience

What we offer:
- 12 days annual leave
- Staff discount

Only Singaporeans and PRs need apply.
""",
        lang="en",
    )
    assert "12 days annual leave" in quoted(answerer, posting, "how many days AL")
    assert "NITEC" in quoted(answerer, posting, "need diploma?")
    assert "Singaporeans and PRs" in quoted(answerer, posting, "im on S pass can apply")
    assert "Closing on 02 Apr 2026" in quoted(answerer, posting, "until when can apply")


def test_a_russian_word_the_jobs_title_names_is_no_tool_its_alias_stands_for(
    answerer: Answerer,
) -> None:
    # «докер» is a dock worker on a port's posting, not Docker: asked about a docker's pay or
    # work, the candidate names the job, no tool the posting lacks.
    port = ad(
        "Докер-стропальщик",
        """## Обязанности

- разгрузка контейнеров и сыпучих грузов с судов
- строповка грузов и работа с портальным краном

## Условия

- Зарплата: от 70 000 до 95 000 руб.
- Опытным докерам — доплата за разряд
""",
    )
    assert "70 000" in quoted(answerer, port, "скока платят докеру")
    assert "разгрузка контейнеров" in quoted(answerer, port, "а чем докер занимается")


def test_whom_a_role_hires_by_age_is_no_experience_and_a_relatives_age_is_asked(
    answerer: Answerer,
) -> None:
    # A parish hires «сестра от 35 лет» (its word for a woman): an age, no years of experience;
    # asked of one's mother's age, the age the role takes answers.
    parish = ad(
        "Уборщица храма; дворник",
        """**1. Уборщица храма**

Требования:
— сестра от 35 лет;
— аккуратность.

**2. Дворник**

Требования:
— брат до 60 лет, непьющий.
""",
    )
    assert "сестра от 35 лет" in quoted(answerer, parish, "мне 25, уборщицей возьмете?")
    assert "брат до 60 лет" in quoted(answerer, parish, "папе 63 года, дворником возьмут?")


def test_a_chats_words_for_paying_on_top_ask_for_a_premium(answerer: Answerer) -> None:
    # «накидывают», «докидывают» are how a chat says «доплачивают», and «чтото» is «что-то»
    # typed in one word: asked so, the premium's line answers.
    plant = ad(
        "Гальваник",
        """## Условия

- оклад 62 000 руб.
- надбавка за вредность — 12% к окладу
- спецодежда бесплатно
""",
    )
    assert "12% к окладу" in quoted(answerer, plant, "за вредность докидывают чтото?")


def test_a_price_list_under_a_heading_that_asks_gives_each_row_its_pay(answerer: Answerer) -> None:
    """Rows «item — sum» under «Сколько можно заработать» (a heading asking without its mark)
    say what each item pays: «сколько за прогулку платят» gets the walk's row, «химчистка
    дивана сколько платите» the sofa's; a row of another item still does not answer, nor does a
    row's price answer what a month brings."""
    walks = fixture("blind-p", "vygulshchik-sobak-spb")
    assert quoted(answerer, walks, "сколько за прогулку платят").startswith("прогулка 30 минут")
    assert not answerer.answer(walks, "сколько в месяц реально выходит").answered
    cleaning = ad(
        "Клинер",
        """## Сколько вы получите

- Уборка кухни — от 1 500 ₽
- Химчистка дивана — от 2 200 ₽
- Мытьё окон — от 450 ₽ за створку
- Глажка белья — 600 ₽ в час
""",
    )
    assert quoted(answerer, cleaning, "химчистка дивана сколько платите").startswith(
        "Химчистка дивана"
    )
    assert not answerer.answer(cleaning, "химчистка ковра сколько платите").answered


def test_how_much_to_a_job_named_in_the_dative_asks_its_pay(answerer: Answerer) -> None:
    """«а кладовщику скока», «разнорабочим скока»: a bare «сколько» after a job in the dative
    asks what that job is paid, even with no word of pay in the question."""
    warehouse = ad(
        "Комплектовщик, кладовщик",
        """Распределительный центр набирает персонал: комплектовщиков и кладовщиков — всего
около 150 человек.

Заработная плата комплектовщиков — от 58 000 рублей, кладовщиков — до 90 000 рублей.
""",
    )
    assert "до 90 000 рублей" in quoted(answerer, warehouse, "а кладовщику скока")


def test_the_housings_address_is_not_where_the_workplace_is(answerer: Answerer) -> None:
    """«где завод находится» is asked of the factory, not of the hostel it gives: «комната в
    общежитии завода (ул. Чернышевского)» names the hostel's street. Asked of the hostel, that
    line still answers."""
    plant = ad(
        "Сварщик",
        """Мы предлагаем:
- иногородним — комната в общежитии завода (ул. Чернышевского) бесплатно первые 3 месяца
- зарплата 2 раза в месяц

Отдел кадров: г. Вологда, ул. Преображенского, 41, тел. (8172) 00-31-64
""",
    )
    assert "Преображенского" in quoted(answerer, plant, "где завод находится")
    assert "Чернышевского" in quoted(answerer, plant, "где общежитие находится")


def test_after_how_long_asks_a_length_of_time(answerer: Answerer) -> None:
    """«пенсия через сколько» asks after how long: «после 20 лет службы» answers it, though the
    question names no unit."""
    rescue = ad(
        "Спасатель",
        """Мы предлагаем:
- денежное довольствие от 68 000 руб.
- право на пенсию за выслугу лет после 20 лет службы
- основной отпуск 30 суток
""",
    )
    assert "после 20 лет службы" in quoted(answerer, rescue, "пенсия через сколько")


def test_how_long_asked_of_any_thing_needs_a_length(answerer: Answerer) -> None:
    # «вводное занятие сколько длится» — «оно проходит в первую субботу месяца в 11:00»: when it
    # starts, not how long it lasts, whether or not the lexicon knows the thing asked about. A
    # range of hours, a length in hours cut short ("4 hrs") or in pages answers.
    museum = ad(
        "Волонтёр музея",
        """## Как начать

- Приходите на вводное занятие — оно проходит в первую субботу месяца в 11:00 в лектории.
""",
    )
    assert quoted(answerer, museum, "вводное занятие сколько длится") == ""
    ranged = ad(
        "Волонтёр музея",
        """## Как начать

- Вводное занятие — в первую субботу месяца с 11:00 до 13:00 в лектории.
""",
    )
    assert "11:00 до 13:00" in quoted(answerer, ranged, "вводное занятие сколько длится")
    move = ad(
        "Moving helpers",
        """## Details

- sunday: start 9am, prob 4 hrs
- for sunday i can give a ride from sellwood at 8:15 if you dont have a car
""",
        lang="en",
    )
    assert "4 hrs" in quoted(answerer, move, "how long sunday")
    school = ad(
        "Science teacher",
        """## How to apply

- Your letter of application (no more than two sides of A4) should explain how you meet the
  person specification.
""",
        lang="en",
    )
    assert "two sides" in quoted(answerer, school, "how long should my letter be")


def test_a_later_part_of_a_series_is_not_answered_by_the_first(answerer: Answerer) -> None:
    # "when is batch 2 due" — "the first batch (8,200 words) is due 11 days after the start": the
    # first batch's date, not the second's; «второй этап когда» likewise. A line naming the
    # second answers; the first batch asked is answered by its line.
    job = ad(
        "EN>RU medical translator",
        """## Timeline

Files are split into 6 batches, the first batch (8,200 words) is due 11 days after the start.

## Payment

- Net 30 via PayPal
""",
        lang="en",
    )
    assert quoted(answerer, job, "when is batch 2 due") == ""
    assert "first batch" in quoted(answerer, job, "when is the first batch due")
    both = ad(
        "EN>RU medical translator",
        """## Project

- Batch 1 is due 11 days after the start, batch 2 is due 18 days after the start.
""",
        lang="en",
    )
    assert "18 days" in quoted(answerer, both, "when is batch 2 due")
    contest = ad(
        "Лаборант",
        """## Отбор

- Первый этап конкурса — 10 марта, собеседование в отделе кадров.
""",
    )
    assert quoted(answerer, contest, "второй этап когда") == ""


def test_a_premium_asked_for_one_time_is_not_the_premium_for_another(answerer: Answerer) -> None:
    # "saturday shifts paid extra?" — "Night shift supplement of 25% on the hourly rate": a
    # premium, but for nights; "nights paid extra?" — "Saturdays are paid at time and a half"
    # likewise. The line on the premium asked answers.
    nights = ad(
        "Forklift driver",
        """## What we offer

- Night shift supplement of 25% on the hourly rate
- Occasional Saturday shifts are announced at least 2 weeks in advance
""",
        lang="en",
    )
    assert quoted(answerer, nights, "saturday shifts paid extra?") == ""
    saturdays = ad(
        "Forklift driver",
        """## What we offer

- Saturday shifts are paid at time and a half
- Pay: €17.20 gross per hour
""",
        lang="en",
    )
    assert "time and a half" in quoted(answerer, saturdays, "saturday shifts paid extra?")
    assert quoted(answerer, saturdays, "night shifts paid extra?") == ""


def test_insurance_of_the_clients_property_does_not_cover_ones_own_injury(
    answerer: Answerer,
) -> None:
    # «если я сама на заказе травмируюсь страховка есть?» — «Каждый заказ застрахован: если вы
    # случайно повредили имущество клиента, страховка покрывает ущерб»: the client's property, not
    # the worker's injury; "am i insured if i get injured on a job?" likewise. A line on the injury
    # answers, and the property asked is answered by its line.
    cleaning = ad(
        "Клинер",
        """## Условия

- Каждый заказ застрахован: если вы случайно повредили имущество клиента, страховка покрывает
  ущерб до 100 000 ₽.
""",
    )
    assert quoted(answerer, cleaning, "если я сама на заказе травмируюсь страховка есть?") == ""
    assert "имущество" in quoted(
        answerer, cleaning, "если разобью вазу клиента, страховка покроет?"
    )
    injury = ad(
        "Клинер",
        """## Условия

- Каждый заказ застрахован: если вы получили травму на заказе, страховка оплатит лечение.
""",
    )
    assert "травму" in quoted(
        answerer, injury, "если я сама на заказе травмируюсь страховка есть?"
    )
    jobs = ad(
        "Cleaner",
        """## Benefits

- Every job is insured: if you accidentally damage the client's property, insurance covers it.
""",
        lang="en",
    )
    assert quoted(answerer, jobs, "am i insured if i get injured on a job?") == ""


def test_whom_a_canteen_feeds_as_its_trade_is_no_meal_for_the_staff(answerer: Answerer) -> None:
    # «Кормим горожан …», «кормим 400 человек в день» say what the employer does for its
    # customers; the perk line says what its cooks get.
    canteen = ad(
        "Повар в столовую",
        """Кормим горожан домашней едой с 2012 года.

Столовая при заводе, кормим 400 человек в день, комплексные обеды и раздача.

## Условия

- график 2/2 по 12 часов
- бесплатное питание в смену
""",
    )
    assert "бесплатное питание" in quoted(answerer, canteen, "кормят на работе")
    assert "бесплатное питание" in quoted(answerer, canteen, "кормят?")
    # Its own staff fed is the perk itself.
    staff = ad(
        "Повар в столовую",
        """## Условия

- Кормим сотрудников бесплатно в каждую смену.
""",
    )
    assert "Кормим сотрудников" in quoted(answerer, staff, "кормят на работе")


def test_an_english_rate_row_of_another_item_does_not_answer(answerer: Answerer) -> None:
    """A cleaning platform's rates in English: "how much do you pay for carpet cleaning" is not
    answered by the kitchen's row (another item cleaned); the row naming the item asked still
    answers."""
    cleaning = ad(
        "Home Cleaner",
        """## What you earn

- Kitchen cleaning — from $45
- Sofa cleaning — $80
- Window washing — $12 per window
- Oven degreasing — $30
""",
        lang="en",
    )
    assert not answerer.answer(cleaning, "how much do you pay for carpet cleaning?").answered
    assert quoted(answerer, cleaning, "how much for sofa cleaning?").startswith("Sofa cleaning")


def test_a_chat_reply_answers_the_question_above_a_neighbours_remark(answerer: Answerer) -> None:
    # A house chat: a resident asks, a neighbour guesses under it, and the chair answers — the
    # question, not the guess right above her, is what she answers.
    notice = ad(
        "Дворник",
        """ТСЖ ТРЕБУЕТСЯ дворник
Оплата 38 000 руб. на руки
Обращаться: председатель ТСЖ Анна Павловна, кв. 5

Чат дома (выгрузка)

[10.10 18:01] Пётр кв. 3: А мусоропровод тоже он будет чистить?
[10.10 18:03] Лена кв. 40: Конечно он, прошлый всегда чистил
[10.10 18:10] Анна Павловна (председатель ТСЖ): Нет, его моет подрядчик по договору, \
дворник только двор
""",
    )
    assert "его моет подрядчик" in quoted(answerer, notice, "мусоропровод мне чистить?")


def test_a_thread_reply_answers_the_question_asked_without_a_question_mark(
    answerer: Answerer,
) -> None:
    # "is the pairing session in Go or …" asks with its first word, no "?": the author's reply
    # under it answers it, not the "do you sponsor visas?" left unanswered above.
    thread = ad(
        "Backend engineer",
        """Maya Okafor @mayabuilds · Mar 4
We're hiring a backend engineer at Lanternfish. Pay: $165k-$190k. Remote in the US.

Maya Okafor @mayabuilds · Mar 4
Process: a 30-min chat, then a 90-min pairing session, then an offer.

Kat @kat_codes · Mar 4
do you sponsor visas?

bytes & bagels @bytesandbagels · Mar 4
is the pairing session in Go or can I use any language
  Maya Okafor @mayabuilds · Mar 4
  Replying to @bytesandbagels
  Go preferred but Python or Rust is fine for the pairing, we care how you think not syntax
""",
        lang="en",
    )
    assert quoted(answerer, thread, "do you sponsor h1b") == ""
    assert "Python or Rust is fine" in quoted(answerer, thread, "can I pair in python")


def test_coming_to_work_is_no_day_off(answerer: Answerer) -> None:
    # «выходить» (to come to work) shares its start with «выходные» (days off): asked whether
    # one works on Saturday, the line on Saturday duty answers, not the weekend call-outs.
    notice = ad(
        "Сантехник",
        """Требуется сантехник в управляющую компанию.
Оплата 45 000 руб.
Суббота — дежурство 2 раза в месяц по 4 часа.
Аварийные вызовы в выходные и ночью принимает подрядчик.
""",
    )
    assert "дежурство 2 раза" in quoted(answerer, notice, "в субботу выходить надо?")


def test_the_size_asked_is_said_by_a_staff_or_a_headcount_not_by_an_interview_panel(
    answerer: Answerer,
) -> None:
    # "how big is the team i'd support" — "support to a staff of 25 … employees"; "is the
    # company big" asks the size as "how big" does; "a case … with two people from the team" is
    # the panel of an interview, not the company's size beside "Today we are 42 people".
    notice = ad(
        "Program Support Assistant",
        "## Duties\n\nThe incumbent provides administrative and program support to a staff of"
        " 25 inspection and laboratory employees.\n",
        lang="en",
    )
    assert "staff of 25" in quoted(answerer, notice, "how big is the team i'd support")
    card = ad(
        "Accounts Clerk",
        "## Company Info\n\nWholesale / Retail\n\n## Company Size\n\n51 - 100 Employees\n",
        lang="en",
    )
    assert "51 - 100 Employees" in quoted(answerer, card, "is the company big")
    page = ad(
        "Customer Success Manager",
        """## Our process

- Case: you present an onboarding plan (60 min, with two people from the team)

## About us

Today we are 42 people from 14 countries, with our HQ in Stockholm.
""",
        lang="en",
    )
    assert "42 people" in quoted(answerer, page, "how big is the company")


def test_hearing_back_is_said_by_being_contacted_or_notified(answerer: Answerer) -> None:
    # "when will they get back to me" — "Applicants not being contacted within 4 weeks …";
    # "when will i hear back" — "You will be notified again … usually within 4 weeks".
    clerk = ad(
        "Accounts Clerk",
        "## How to apply\n\nSend your full resume to our HR Department.\n\nApplicants not being"
        " contacted within 4 weeks may consider their application unsuccessful.\n",
        lang="en",
    )
    assert "within 4 weeks" in quoted(answerer, clerk, "when will they get back to me")
    notice = ad(
        "Program Support Assistant",
        "## Next steps\n\nYou will receive an email notification when your application is"
        " received. You will be notified again after the referral of certificates, usually"
        " within 4 weeks after the closing date.\n",
        lang="en",
    )
    assert "within 4 weeks" in quoted(answerer, notice, "when will i hear back after applying")


def test_putonghua_is_mandarin(answerer: Answerer) -> None:
    # A Hong Kong candidate names Mandarin as Hong Kong does.
    clerk = ad(
        "Accounts Clerk",
        "## Requirements\n\n- Good command of written English and Chinese, fluent Cantonese;"
        " Mandarin is a must for handling PRC suppliers\n- Proficient in MS Excel\n",
        lang="en",
    )
    assert "Mandarin is a must" in quoted(answerer, clerk, "my putonghua is bad is that ok")


def test_the_first_step_asked_is_the_first_stage_of_the_hiring(answerer: Answerer) -> None:
    # "whats the first step after i apply" asks the process from its first stage.
    analyst = ad(
        "Data Analyst",
        """## Recruitment stages

1. Short call with our recruiter (20 min)
2. Home task – a small Power BI report, up to 3 hours
3. Technical interview with the Analytics Team Lead (60 min, online)
""",
        lang="en",
    )
    assert "Short call with our recruiter" in quoted(
        answerer, analyst, "whats the first step after i apply"
    )


def test_long_asked_alone_asks_a_length(answerer: Answerer) -> None:
    # «учеба долго длится» asks how long the training lasts: the line with the weeks answers,
    # not the stipend paid during it.
    page = ad(
        "Агент по обслуживанию пассажиров",
        """Условия:
- На обучении: 35 000 ₽ в месяц
- Обучение в нашем учебном центре за счет компании: агенты — 3 недели, перрон — 2 недели.
""",
    )
    assert "3 недели" in quoted(answerer, page, "учеба долго длится")


def test_the_candidates_own_age_in_an_faq_question_is_no_detail(answerer: Answerer) -> None:
    # «мне 17, возьмете?» — the FAQ's «Можно ли учиться, если мне 17? — Нет, … только с 18
    # лет»: the candidate's own 17 is compared with the line's 18, not a detail to be shown.
    page = ad(
        "Ученик оператора станков с ЧПУ",
        """## Частые вопросы

**Можно ли учиться, если мне 17?** — Нет, ученический договор заключаем только с 18 лет.
**Берете женщин?** — Да, у нас в цехе работают 14 девушек-операторов.
""",
    )
    assert "с 18 лет" in quoted(answerer, page, "мне 17, возьмете?")


def test_the_posting_s_own_fields_answer_before_the_front_matter_s_employment_line(
    answerer: Answerer,
) -> None:
    """The front matter's "Employment: full-time, permanent" yields to the posting's own fields
    when they say it: each piece in a field of its own ("Appointment type: Permanent",
    "Work schedule: Full-time"), or all of them in one line written another way ("Job type:
    Full Time, Part-time" for "full-time or part-time")."""
    federal = ad(
        "Program Support Assistant",
        """Department of Veterans Affairs

## Summary
- Appointment type: Permanent
- Work schedule: Full-time

## Duties
- Answer phones and schedule appointments
""",
        lang="en",
        front='employment: "full-time, permanent"\n',
    )
    assert "Appointment type: Permanent" in quoted(answerer, federal, "is this permanent or temp")
    cook = ad(
        "Line Cook",
        """Copper Lantern Kitchen

Job type: Full Time, Part-time

## What you'll do
- Cook to order on grill and sauté during service
""",
        lang="en",
        front="employment: full-time or part-time\n",
    )
    assert "Job type" in quoted(answerer, cook, "part time ok?")


def test_a_reply_opening_with_a_commenters_handle_is_no_contact(answerer: Answerer) -> None:
    # "@Greg we need …" answers Greg's comment: the handle it opens with is whom it answers, not
    # an account to write to, so the reply speaks of the weekends asked, not of reaching anyone.
    bakery = ad(
        "Counter staff",
        """Nextdoor

Maria Lopez · Sunrise Donuts
Riverbend · 3 hr ago · Posted in General

Hi all! We're hiring 2 people for the front counter at Sunrise Donuts, $17/hr, part time,
early mornings. Stop by with a resume!

9 Likes · 4 Replies
Like   Reply   Share

Greg T. · Riverbend
Are weekends required? My son's looking but he has soccer Saturdays

Maria Lopez · Sunrise Donuts
@Greg we need everyone to work at least one weekend day, Sunday is fine!

Ann P. · Oak Hill
do you have parking?

Maria Lopez · Sunrise Donuts
@Ann yes, two spots behind the shop
""",
        lang="en",
        front="company: Sunrise Donuts\n",
    )
    assert bakery.replies
    assert "at least one weekend day" in quoted(answerer, bakery, "do i have to work weekends")


def test_an_answer_speaks_to_the_situation_the_question_it_answers_states(
    answerer: Answerer,
) -> None:
    # «к сожалению нет» under «а можно с ребенком приходить иногда?» speaks of coming with a
    # child as much as its comment does; so does an FAQ's verdict of the heading it answers.
    salon = ad(
        "Мастер маникюра",
        """Студия «Ноготок»
12 мая в 14:03

Ищем мастера маникюра, график 2/2, 50% от услуг.

👍 87  💬 19

Светлана Котова
ой а можно с ребенком приходить иногда
12 мая в 17:45  Ответить
    Студия «Ноготок»
    Светлана, к сожалению нет 🙏
    12 мая в 18:02  Ответить  Нравится 3
""",
        front="company: Студия «Ноготок»\n",
    )
    assert salon.replies
    assert "к сожалению нет" in quoted(answerer, salon, "можно иногда с дочкой приходить")
    resort = ad(
        "Сезонная работа",
        """## Условия

- проживание в общежитии бесплатно, комнаты на 2–3 человека

## Можно ли с собакой / с детьми?

Нет, общежитие только для сотрудников. Животных заселять нельзя.
""",
    )
    assert "только для сотрудников" in quoted(answerer, resort, "с ребенком можно жить в общаге")


def test_the_weather_or_a_series_asked_is_chat_whatever_else_it_names(answerer: Answerer) -> None:
    # «какая погода в твери» names the town of the job and «на вечер» a part of the day: the
    # message still chats, and no line on the town or on evening shifts answers it.
    notice = ad(
        "Курьер",
        """## Условия

- Город: Тверь
- смены вечером, с 17:00 до 23:00
- работа на улице в любую погоду, термокуртка выдаётся
""",
    )
    for chat in ("какая погода в твери", "какая сегодня погода", "посоветуй сериал на вечер"):
        answer = answerer.answer(notice, chat)
        assert answer.small_talk and not answer.answered, (chat, answer.items)
    assert not answerer.answer(notice, "как в плохую погоду работаете").small_talk


def test_a_sum_per_day_in_the_local_money_is_pay(answerer: Answerer) -> None:
    # «500 сом в день», «400 лей в день»: a sum per day in som or lei is pay as a sum in roubles
    # per day is, so the apprentices' line answers what apprentices are paid, not the month's
    # range in the header.
    workshop = ad(
        "Швея",
        """Зарплата: от 25 000 до 60 000 сом

## Условия

- Ученикам оплата первые 2 недели 500 сом в день.
- Расчёт каждую субботу.
""",
    )
    assert "500 сом в день" in quoted(answerer, workshop, "ученикам сколько платят")
    tiler = ad(
        "Плиточник",
        """Зарплата: от 15 000 до 25 000 лей

## Условия

- Подсобнику оплата 400 лей в день.
""",
    )
    assert "400 лей в день" in quoted(answerer, tiler, "подсобнику сколько платят")


def test_a_street_written_out_with_its_number_is_the_address(answerer: Answerer) -> None:
    # «на Верхне-Волжской набережной, 7» names no «ул.», no metro and no «адрес», yet it is where
    # one comes; a line on the events one helps at («День города») is not.
    museum = ad(
        "Волонтёр музея",
        """## Чем заниматься

- помогают на больших событиях: «Ночь музеев», День города, детские праздники

**Где проходят смены?**
Основное здание на Верхне-Волжской набережной, 7 и павильон у Речного вокзала.
""",
    )
    assert "набережной, 7" in quoted(answerer, museum, "куда приходить, адрес")


def test_the_address_asked_is_the_street_and_number_not_the_walk_from_the_metro(
    answerer: Answerer,
) -> None:
    # «адрес офиса какой»: the line with the street and the house number answers, not the one
    # that names the office and its three minutes from the metro.
    centre = ad(
        "Оператор контакт-центра",
        """## Условия

- Рабочее место в современном офисе в 3 минутах от станции метро «Алатау»
- График 5/2

## Адрес

Алматы, Алатау, улица Тимирязева, 42к15, БЦ «Атакент-Плаза», 6 этаж
""",
    )
    assert "Тимирязева, 42к15" in quoted(answerer, centre, "адрес офиса какой")
    # Asked how far it is from the metro, the walk still answers.
    assert "3 минутах" in quoted(answerer, centre, "от метро далеко?")


def test_a_cards_form_field_is_the_uniform_whatever_garments_it_lists(
    answerer: Answerer,
) -> None:
    """«Форма: пиджак, брюки, галстук» on a card's conditions: the field names the uniform though
    no word of the value does (nor does the row «Форма оплаты: …» beside it)."""
    hotel = ad(
        "Портье",
        """Условия:
| | |
|---|---|
| График | 2/2 по 12 часов |
| Доход | от 48 000 ₽ на руки |
| Форма | пиджак, брюки, галстук — за счет отеля |
| Форма оплаты | на карту 2 раза в месяц |

Технический персонал работает в спецодежде и спецобуви.
""",
    )
    assert "пиджак" in quoted(answerer, hotel, "форму портье выдают?")


def test_days_asked_are_shown_by_short_names_and_a_predicate_after_a_dash(
    answerer: Answerer,
) -> None:
    """«в какие дни и во сколько?» — «Когда удобно: пн, ср после 17:00, сб — первая половина
    дня»: days written short and parted by commas show which days, and «первая половина дня»
    after «сб —» is said of Saturday, no other part the days are missing from."""
    order = ad(
        "Репетитор по химии",
        """Ищем репетитора дочке, 10 класс, готовимся к ЕГЭ. Органику знает слабо, задачи
на расчеты не решает, в школе учитель часто болеет.

Предмет: химия
Цель: сдать ЕГЭ на 80+
Формат: у нас дома, м. Щукинская, или онлайн
Когда удобно: пн, ср после 17:00, сб — первая половина дня
Бюджет: 2 000 ₽ за 60 минут
Опыт: от 3 лет подготовки к ЕГЭ

Пишите в отклике, каких результатов добивались ваши ученики.
""",
    )
    assert "пн, ср после 17:00" in quoted(answerer, order, "в какие дни и во сколько заниматься")


def test_a_reply_to_a_comment_asking_whose_task_it_is_answers_it(answerer: Answerer) -> None:
    # «детские стрижки тоже на мне?» needs a duty, not the salon's description of itself; but
    # the employer's reply to a comment asking the same thing answers it, wherever it stands.
    salon = ad(
        "Администратор салона",
        """Студия «Ноготок»
12 мая в 14:03

Ищем администратора: запись клиентов, касса, порядок на ресепшене. График 2/2, 45 000 ₽.

👍 87  💬 19

Ирина Белова
а соцсети салона тоже вести нужно будет?
12 мая в 17:45  Ответить
    Студия «Ноготок»
    Ирина, нет, соцсети ведёт наш маркетолог
    12 мая в 18:02  Ответить  Нравится 3
""",
        front="company: Студия «Ноготок»\n",
    )
    assert salon.replies
    assert "ведёт наш маркетолог" in quoted(answerer, salon, "соцсети тоже на мне будут?")


def test_the_first_pay_on_the_coming_weekday_says_when_pay_comes(answerer: Answerer) -> None:
    # «в ближайшую пятницу», "next Friday" name the day the first pay comes, as «по пятницам»
    # names the day every pay does.
    shop = ad(
        "Продавец-кассир",
        """## Когда я получу первые деньги?

Первая выплата — в ближайшую пятницу после первой отработанной смены.
""",
    )
    assert "в ближайшую пятницу" in quoted(answerer, shop, "первые деньги когда получу")
    cafe = ad(
        "Barista",
        """## Pay

- $17/hr
- First paycheck next Friday after your first shift
""",
        lang="en",
    )
    assert "next Friday" in quoted(answerer, cafe, "when do i get my first paycheck")


def test_a_verb_asked_is_said_by_the_noun_of_its_deed(answerer: Answerer) -> None:
    # «убирать» and «уборка» do not share a beginning; an FAQ answer speaking of «уборки»
    # answers a question asking to «убирать».
    cleaning = ad(
        "Клинер",
        """## Можно работать вдвоём?

Да, для генеральной уборки и уборки после ремонта можно взять напарника — он тоже должен быть \
зарегистрирован в сервисе.

## Оплачивается ли дорога?

Нет, дорога не оплачивается.
""",
    )
    assert "можно взять напарника" in quoted(answerer, cleaning, "можно убирать вдвоём?")


def test_a_part_of_the_week_asked_is_said_by_the_line_that_names_the_days(
    answerer: Answerer,
) -> None:
    # "can i get weekends off": a perk's "50% off" shares the rarer word, but the line that
    # names the days worked says it; a line on the way to the office that names weekdays does
    # not («по субботам учитесь?» — the reception's hours).
    cafe = ad(
        "Line Cook",
        """## The job

- Schedule is 4 or 5 shifts a week, 6:30am-2:30pm, and you MUST be available Saturday and Sunday.
- What we offer: free shift meal and coffee, 50% off food when you're not working.
- Paid every other Friday by direct deposit.
""",
        lang="en",
    )
    assert "available Saturday and Sunday" in quoted(answerer, cafe, "can i get weekends off")
    assert "available Saturday and Sunday" in quoted(
        answerer, cafe, "can i have weekends off, i have a kid"
    )
    school = ad(
        "Учитель информатики",
        """Условия:
- нагрузка 18 часов в неделю (1 ставка), возможна доп. нагрузка до 27 часов
- Работаем в одну смену, уроки с 8:00

Звоните 8-913-000-42-19 или приходите в приемную (ул. Октябрьская, 21, 2 этаж) в будни с 9 до 16.
""",
    )
    assert quoted(answerer, school, "по субботам учитесь?") == ""


def test_a_day_clipped_is_asked_of_the_days_worked_and_a_range_of_days_is_the_schedule(
    answerer: Answerer,
) -> None:
    # "do i need to work on sat": the clipped day asks of the weekend, and "Mon to Fri,
    # 9:00am - 6:00pm" (a time glued to its "am") is the week's schedule that says it.
    clerk = ad(
        "Accounts Clerk",
        """What we offer:
- 5-day work (Mon to Fri, 9:00am - 6:00pm)
- Double pay
- 12 days annual leave (increase with year of service)
- Dental insurance, Double pay, Education allowance, Five-day work week, Medical insurance
""",
        lang="en",
    )
    assert "Mon to Fri" in quoted(answerer, clerk, "do i need to work on sat")


def test_what_time_one_gets_off_work_is_a_time_of_day_not_leave(answerer: Answerer) -> None:
    # "wat time off work": when the day ends, shown by the hours — not the year's leave; and
    # the question word's own "time" is no word a line must have ("Job Type: Full Time").
    clerk = ad(
        "Accounts Clerk",
        """Job Type: Full Time, Permanent

What we offer:
- 5-day work (Mon to Fri, 9:00am - 6:00pm)
- 12 days annual leave (increase with year of service)
- Birthday leave
""",
        lang="en",
    )
    assert "6:00pm" in quoted(answerer, clerk, "wat time off work")
    assert "6:00pm" in quoted(answerer, clerk, "what time do i get off work")


def test_do_i_have_to_pay_for_a_thing_asks_who_pays(answerer: Answerer) -> None:
    """Asking "do i have to pay for my dbs" asks who pays, as "who pays for the dbs" does: a line
    among the requirements that says the cost is taken from one's pay answers it."""
    ward = ad(
        "Healthcare Support Worker",
        """## Person specification
- Able to work a 24/7 rota including nights and weekends
- All successful applicants will have an enhanced DBS check, the cost of which (currently £38)
  will be deducted from the first month's salary.

## Benefits
- Pay scheme: Agenda for change
""",
        lang="en",
    )
    assert "currently £38" in quoted(answerer, ward, "do i have to pay for my dbs")


def test_even_in_a_question_is_a_hedge(answerer: Answerer) -> None:
    """Asking "what does loopdesk even do" of a newsletter's featured job asks what the company
    does: "even" names nothing a line must hold, as "actually" does not."""
    newsletter = fixture("blind-cc", "csm-remote-newsletter-loopdesk")
    assert "scheduling and invoicing software" in quoted(
        answerer, newsletter, "what does loopdesk even do"
    )


def test_fill_the_form_says_how_to_apply(answerer: Answerer) -> None:
    """A server's "Fill the form in #channel" says how to apply, as "apply online" does."""
    server = ad(
        "Community Moderator",
        """Our server needs more mods in the late EU / US evening hours.

Fill the form in #mods-wanted (pinned message) by March 22. Shortlisted people get a
20-min text interview with me.
""",
        lang="en",
    )
    assert "Fill the form" in quoted(answerer, server, "how do i apply")


def test_a_room_of_one_s_own_is_the_housing_asked(answerer: Answerer) -> None:
    """Asking "will i have my own room" or "will i have a roommate" asks where one sleeps, as a
    crew cabin is asked: "a private room with a double bed", "2 people to a room" answer it."""
    exchange = ad(
        "Guesthouse Helper",
        """We run a little 6-room guesthouse above the sea with 300 olive trees.

We need help with preparing rooms between guests and serving breakfast.

You will have a private room with a double bed in the annex, shared bathroom with the other
volunteer. Wifi is good in the house.
""",
        lang="en",
    )
    assert "private room" in quoted(answerer, exchange, "will i have my own room?")
    lodge = ad(
        "Line Cook",
        """Seasonal line cook at a lodge in the park, May to September.

Employees live in dorms behind the lodge, 2 people to a room, shared bathrooms on each floor.
Housing is $45 per pay period, deducted from your paycheck.
""",
        lang="en",
    )
    assert "2 people to a room" in quoted(answerer, lodge, "will i have a roommate")


def test_a_field_answers_its_piece_of_an_employment_line_the_posting_says_only_in_part(
    answerer: Answerer,
) -> None:
    """ "Employment: full-time, regular, union" over a Taleo page whose fields say "Schedule:
    Full-time" and "Employee Status: Regular" but no union: the field answers the piece it
    states; the front matter's line still answers the piece only it says."""
    technician = ad(
        "Meter Services Technician",
        """## Description
- Install, test and exchange residential electric and gas meters

## Job details
- Job: Field Services
- Schedule: Full-time
- Employee Status: Regular
- Travel: Yes, 25 % of the Time
""",
        lang="en",
        front='employment: "Full-time, regular, union"\n',
    )
    assert quoted(answerer, technician, "is this full time or part time") == "Schedule: Full-time"
    assert "union" in quoted(answerer, technician, "is it union")


def test_where_the_place_is_is_its_street_not_another_places(answerer: Answerer) -> None:
    # «где магазин находится»: the line with the street and its number answers, not the one that
    # names the mall and the walk from the metro …
    shop = ad(
        "Продавец-консультант",
        """Ищем продавца в новый магазин в ТРЦ «Самал», 5 минут пешком от метро «Алмалы».

## Условия

- График 2/2 с 10:00 до 22:00

## Адрес

Алматы, улица Фурманова, 107Б, ТРЦ «Самал», 2 этаж
""",
    )
    assert "Фурманова, 107Б" in quoted(answerer, shop, "где магазин находится")
    # … but the street of the office where one is interviewed is not where the pharmacies are.
    pharmacy = ad(
        "Фармацевт",
        """Приглашаем фармацевтов в аптеки в районах Уралмаш и Ботаника: выберите ту, что ближе.

## Условия

- График 2/2, оклад от 55 000 ₽

**Собеседование:** в офисе на ул. Малышева, 51 (метро «Геологическая»), по будням с 10:00 до 17:00.
""",
    )
    assert "Уралмаш" in quoted(answerer, pharmacy, "где находятся аптеки?")
    assert "Малышева, 51" in quoted(answerer, pharmacy, "где собеседование")


def test_a_road_out_of_town_with_its_distance_is_an_address(answerer: Answerer) -> None:
    # «на Новорижском шоссе, в 15 км от МКАД» is where the warehouse is, as a street and its
    # number would be: asked where they are, it answers before the office of the interview.
    warehouse = ad(
        "Комплектовщик на склад",
        """## Условия

- Склад находится на Новорижском шоссе, в 15 км от МКАД
- До склада ходит служебный автобус от метро «Тушинская»
- График 2/2, смены по 12 часов

## Как устроиться

Собеседование: в офисе на ул. Ленина, 12, по будням с 10:00 до 17:00.
""",
    )
    assert "Новорижском шоссе" in quoted(answerer, warehouse, "где вы находитесь")
    assert "Ленина, 12" in quoted(answerer, warehouse, "где собеседование")


def test_a_weekend_clipped_in_russian_asks_the_days_named_not_a_rota(answerer: Answerer) -> None:
    # «выходные всегда сб вс?», «учусь, можно только сб вс?»: «сб вс» ask the days, said by a
    # line naming the days off or the weekend — not by a rota that names no day («5/2 с 9 до 18»).
    canteen = ad(
        "Повар в столовую",
        """Условия:
- Зарплата от 55 000 рублей, выплаты 2 раза в месяц
- График 2/2 по 12 часов, выходные плавающие, можно обсудить 5/2
- Питание бесплатное
""",
    )
    assert "выходные плавающие" in quoted(answerer, canteen, "выходные всегда сб вс?")
    shop = ad(
        "Продавец-кассир",
        """Требования:
От 18 лет. Студенты очной формы — добро пожаловать, есть смены по 6 часов в выходные.

Условия:
- Оплата 3 500 ₽ за смену
""",
    )
    assert "в выходные" in quoted(answerer, shop, "учусь на очке, можно только сб вс")
    office = ad(
        "Оператор колл-центра",
        """Графики на выбор:
○ 2/2 с 8 до 20
○ 5/2 с 9 до 18

Оклад 38 000 ₽ + премия.
""",
    )
    assert not answerer.answer(office, "на пятидневке выходные сб вс?").answered


def test_pay_after_training_is_answered_by_the_line_on_after(answerer: Answerer) -> None:
    """«скока буду получать после учебы» — «После экзамена — перевод в цех…, доход … от 68 000
    ₽»: the training named after «после» says when the pay is asked of, which the line's own
    «после» says; it is no subject the line must name. The stipend paid while training does
    not answer."""
    body = """## Условия

- Обучение в учебном центре завода — 4 месяца, наставник в цехе.
- Стипендия — 30 000 ₽ в месяц.
- В конце — квалификационный экзамен.
- После экзамена — перевод в цех, доход токаря 3 разряда от 68 000 ₽.
- Общежитие для иногородних.
- Совмещать с учёбой в колледже можно.
"""
    plant = ad("Ученик токаря", body)
    assert "от 68 000" in quoted(answerer, plant, "скока буду получать после учебы")
    stipend = ad("Ученик токаря", body.replace("- После экзамена", "- Затем"))
    assert "30 000" not in quoted(answerer, stipend, "скока буду получать после учебы")


def test_pay_per_unit_asked_is_shown_before_a_sum_per_none(answerer: Answerer) -> None:
    """«скока в час платят» — «Часовая тарифная ставка — 310 руб./час» goes before «Средняя
    заработная плата водителя 85 000 – 110 000 руб.», a sum per no unit; asked per month, the
    monthly sum stays first."""
    fleet = ad(
        "Водитель автобуса",
        """## Условия

- Средняя заработная плата водителя 85 000 – 110 000 руб.
- Часовая тарифная ставка — 310 руб./час (городские маршруты)
- Зарплата 2 раза в месяц, на карту
""",
    )
    assert "310 руб./час" in quoted(answerer, fleet, "скока в час платят")
    assert "85 000" in quoted(answerer, fleet, "сколько получает водитель")


def test_days_asked_of_the_days_off_are_shown_by_their_names(answerer: Answerer) -> None:
    """«выходные в какие дни у вас» — of lines that tie, «выходной день — понедельник» names the
    day, where «работа вечером и в выходные дни» only echoes the question's own word."""
    theatre = ad(
        "Монтировщик сцены",
        """## Условия

- работа преимущественно вечером и в выходные дни, когда идут спектакли
- выходной день — понедельник, второй выходной по графику цеха
- оформление по ТК РФ
""",
    )
    assert "понедельник" in quoted(answerer, theatre, "выходные в какие дни у вас")


def test_the_employers_own_car_asked_is_not_given_by_a_licence_required(
    answerer: Answerer,
) -> None:
    # "a company car" asks what the employer gives, as "do you give" does: a driving licence the
    # candidate must hold says nothing of it; a line that gives the car answers.
    body = """## About you

- You have a valid driving licence (B), since client visits are sometimes far from the metro

## What we offer

- 30 days of paid holiday
{given}"""
    manager = ad("Account Manager", body.format(given=""), lang="en")
    assert quoted(answerer, manager, "do i get a company car for the client visits") == ""
    car = "- Company car for client visits\n"
    given = ad("Account Manager", body.format(given=car), lang="en")
    assert "Company car" in quoted(answerer, given, "do i get a company car for the client visits")
    courier = ad(
        "Курьер",
        """## Требования

- водительские права категории B, опыт вождения от 2 лет

## Условия

- оплата 2 раза в месяц
""",
    )
    assert quoted(answerer, courier, "служебная машина будет?") == ""


def test_an_english_verb_that_frames_a_count_need_not_be_in_the_line(answerer: Answerer) -> None:
    """A count asked with an English verb ("how many accounts would i handle") asks of the
    accounts: "own a book of roughly 60 accounts" answers it though it never says "handle",
    as a Russian verb would only frame the question."""
    csm = ad(
        "Customer Success Manager",
        """## About the role

As a CSM you'll own a book of roughly 60 mid-market accounts and be their main point of contact.

## What you'll do

- Run quarterly business reviews and build success plans
- Drive renewals alongside the sales team
- Turn customer feedback into product requests

## What we offer

- Remote within US time zones, 25 days of paid time off
""",
        lang="en",
    )
    assert "60 mid-market accounts" in quoted(answerer, csm, "how many accounts would i handle")
    assert "60 mid-market accounts" in quoted(answerer, csm, "how many accounts would i juggle")


def _sellers_chat(hours: str) -> Posting:
    """A post copied from a sellers' chat with the replies under it, saying ``hours``."""
    return ad(
        "Менеджер маркетплейсов",
        f"""Селлеры WB | Ozon — чат
38 412 участников

Анна | ДомУют WB/Ozon, [12.03 11:06]
#вакансия #менеджер

Ищу в команду менеджера маркетплейсов.

Оплата: фикс 35 000 ₽ + 1,5% от выручки
{hours}
Резюме пишите в лс @anna_hr

👍 27  🔥 6

Марина Ш., [12.03 11:20]
а процент с выручки или с прибыли?

Анна | ДомУют WB/Ozon, [12.03 11:24]
с выручки
""",
    )


def test_a_chat_posts_header_stamped_without_a_year_is_no_answer(answerer: Answerer) -> None:
    """«во сколько работать надо» under a post copied from a chat: «Анна | ДомУют WB/Ozon,
    [12.03 11:06]» is who posted and when (a day and a month with the time, as Telegram copies a
    message of this year), not the hours; a post that names none does not say."""
    chat = _sellers_chat("Работа удаленно, на связи в Telegram.")
    assert quoted(answerer, chat, "во сколько работать надо") == ""
    assert quoted(answerer, chat, "какие часы работы") == ""


def test_a_messenger_one_is_reachable_in_at_work_is_no_contact(answerer: Answerer) -> None:
    """«во сколько работать надо» — «с 10 до 19 по МСК по будням, на связи в Telegram»: the
    messenger is where one is reachable while working, not whom to write to, so the line is the
    hours, not a contact's."""
    chat = _sellers_chat("Работа удаленно, с 10 до 19 по МСК по будням, на связи в Telegram.")
    assert "с 10 до 19" in quoted(answerer, chat, "во сколько работать надо")


def test_night_pay_is_said_by_a_sum_for_the_night_shifts(answerer: Answerer) -> None:
    """«ночью больше платят?» — «260 ₽/час в дневные смены и 320 ₽/час в ночные» and «+50 ₽ за
    заказ в ночное время» say what nights pay; «2/2 в ночную смену» names no sum."""
    store = ad(
        "Сборщик заказов",
        """## Условия

- Ставка сборщика — 260 ₽/час в дневные смены и 320 ₽/час в ночные (с 22:00 до 8:00).
- Смены по 8 или 12 часов, график выбираете сами.
- Опыт не нужен, первая смена — обучение с наставником.
""",
    )
    assert "320 ₽/час" in quoted(answerer, store, "ночью больше платят?")
    courier = ad(
        "Курьер",
        """## Сколько можно заработать

- Выплаты приходят на карту каждый день.
- Доплаты: +30% за заказы в дождь и снег, +50 ₽ за заказ в ночное время с 23:00 до 06:00.
""",
    )
    assert "+50 ₽" in quoted(answerer, courier, "ночью больше платят?")
    rota = ad(
        "Охранник",
        """## Условия

- Работа 2/2 в ночную смену, пост на входе.
- Оформление по ТК РФ.
""",
    )
    assert not answerer.answer(rota, "ночью больше платят?").answered


def test_a_premium_asked_is_answered_by_the_same_rate(answerer: Answerer) -> None:
    """«за ночь доплата есть» — «ночью процент тот же» answers it: no premium; as «за поздние смены
    доплата есть» is answered by «смены закрытия оплачиваются по тому же тарифу»."""
    tyres = ad(
        "Шиномонтажник",
        """## Условия

- График 2/2 с 9:00 до 21:00.
- Ночные смены только по желанию (с 21 до 9), ночью процент тот же.
- Оплата — 40% от выработки, выплаты раз в неделю.
""",
    )
    assert "процент тот же" in quoted(answerer, tyres, "за ночь доплата есть")
    assert "процент тот же" in quoted(answerer, tyres, "ночью процент больше?")
    cinema = ad(
        "Билетёр-кассир",
        """## Условия

- Ставка 250 ₽ в час, выплаты два раза в месяц.
- Последние сеансы заканчиваются около 01:00, смены закрытия оплачиваются по тому же тарифу.
""",
    )
    assert "тому же тарифу" in quoted(answerer, cinema, "за поздние смены доплата есть")


def test_overtime_is_said_by_working_longer_and_its_pay(answerer: Answerer) -> None:
    """«а если задержимся доплата будет» — «если дольше по моей вине — доплачу 1000 за каждый
    час» says what staying late pays; «премия сверх оклада» is no overtime."""
    move = ad(
        "Грузчики на переезд",
        """## Условия

- Нужно 2 человека, бюджет 7000 на двоих за всё.
- Оплата наличными после выполнения.
- Если дольше по моей вине — доплачу 1000 за каждый час на двоих.
""",
    )
    assert "доплачу 1000" in quoted(answerer, move, "а если задержимся доплата будет")
    office = ad(
        "Кладовщик",
        """## Условия

- Оклад 50 000 ₽, премия сверх оклада до 10 000 ₽.
- График 5/2 с 9 до 18.
""",
    )
    assert not answerer.answer(office, "а если задержимся доплата будет").answered


def test_a_russian_line_naming_a_kazakh_word_is_kept(answerer: Answerer) -> None:
    # An Almaty seller's ad names a Kaspi sale in Kazakh («Kaspi Жұма») inside a Russian line:
    # the line is Russian, not a Kazakh line above its translation, and it says the hours.
    shop = ad(
        "Помощник в Kaspi магазин",
        """💰 Условия:
- график 6/1, выходной воскресенье
- с 10:00 до 19:00, в сезон (ноябрь-декабрь, Kaspi Жұма) бывает до 21:00 с доплатой
- склад у нас отапливаемый, есть кухня и туалет
""",
    )
    assert "с 10:00 до 19:00" in quoted(answerer, shop, "со скольки до скольки работа")
    assert "до 21:00" in quoted(answerer, shop, "в декабре допоздна сидеть придется?")


def test_a_boards_gender_neutral_status_line_is_no_answer(answerer: Answerer) -> None:
    # OLX prints the seller's status as «Был(а) онлайн сегодня в 11:42»: the board's, not the
    # seller's word on whether the work is online.
    card = ad(
        "Помощник продавца",
        """Ищем помощника в магазин, оклад 180 000 тг.

Дана
Был(а) онлайн сегодня в 11:42

Другие объявления автора
""",
    )
    assert quoted(answerer, card, "работа онлайн?") == ""


def test_after_how_many_years_asks_how_long_not_an_age(answerer: Answerer) -> None:
    # «через скока лет на пенсию» asks after how long, not how old one must be.
    police = ad(
        "Полицейский (водитель)",
        """На службу принимаются граждане РФ в возрасте от 18 до 35 лет.

**Социальные гарантии:**

— право выхода на пенсию по выслуге 20 лет (с учетом службы в армии);
— ежегодный оплачиваемый отпуск от 30 суток.
""",
    )
    assert "пенсию по выслуге 20 лет" in quoted(answerer, police, "через скока лет на пенсию")


def test_a_tattoo_on_the_arm_is_no_net_pay(answerer: Answerer) -> None:
    # «на руке» is the arm («с тату на руке берут?»), never the net pay «на руки».
    police = ad(
        "Полицейский (водитель)",
        """**Требования к кандидатам:**

— отсутствие татуировок на видимых частях тела;
— постоянная регистрация в Ярославской области.

**Денежное довольствие**

— после присвоения специального звания: от 62 000 рублей.
""",
        front="salary:\n  from: 48000\n  to: 62000\n  currency: RUB\n",
    )
    assert "татуировок" in quoted(answerer, police, "с тату на руке берут?")
    # «прописка» is the registration asked
    assert "регистрация" in quoted(answerer, police, "прописка у меня костромская, можно")


def test_a_rented_flat_is_said_by_the_state_services_hire_of_housing(answerer: Answerer) -> None:
    # A state service compensates «наем (поднаем) жилого помещения»: that is the rent of a
    # flat one asks about, not the training centre's dormitory.
    police = ad(
        "Полицейский (водитель)",
        """**Обучение**

Обучение бесплатное, проживание в общежитии учебного центра и питание предоставляются.

**Социальные гарантии:**

— денежная компенсация за наем (поднаем) жилого помещения;
— единовременная социальная выплата для приобретения жилья (при стаже службы не менее 10 лет).
""",
    )
    assert "компенсация за наем" in quoted(
        answerer, police, "квартиру снимаю, компенсируют аренду?"
    )


def test_which_day_asks_the_day_named(answerer: Answerer) -> None:
    # «выходной какой день» asks which day, as «в какие дни» does: a board's «График работы:
    # Полный день» names none, «график 6/1, выходной воскресенье» names it.
    card = ad(
        "Помощник в Kaspi магазин",
        """Вид занятости: Полная занятость
График работы: Полный день

💰 Условия:
- Зп 180 000 - 250 000 тг на руки
- график 6/1, выходной воскресенье
""",
    )
    assert "воскресенье" in quoted(answerer, card, "выходной какой день")


def test_a_cards_table_pasted_without_its_rule_is_read_as_fields(answerer: Answerer) -> None:
    """A crewing agency's card with its field table pasted bar by bar and no rule under a
    header row (Markdown then reads no table): «| Дата посадки | 10–15 марта 2025 |» is the field
    «Дата посадки: 10–15 марта 2025», so «когда посадка на судно» is answered by the date, not
    cut at the bar into a label and a value of its own."""
    card = ad(
        "Матрос-обработчик",
        """МАТРОС-ОБРАБОТЧИК

| Должность | матрос-обработчик рыбы |
| Судно | траулер «Кречет» |
| Порт посадки | Петропавловск-Камчатский |
| Дата посадки | 10–15 марта 2025 |
| Ориентир дохода | 150 000 – 250 000 руб./мес. |

УСЛОВИЯ
До посадки на судно — проживание в гостинице моряков, первые 5 суток бесплатно.
Питание на судне бесплатное, каюты 2–4-местные.
На судне есть Wi-Fi, 1 ГБ в месяц бесплатно.
""",
    )
    assert "10–15 марта 2025" in quoted(answerer, card, "когда посадка на судно")
    assert "Ориентир дохода: 150 000" in quoted(answerer, card, "ориентир дохода какой")


def test_when_asked_is_shown_by_a_close_runner_up_with_a_date(answerer: Answerer) -> None:
    """«когда посадка на судно» — «До посадки на судно — проживание в гостинице» names the
    boarding and no time; «Дата посадки: 10–15 марта 2025» the line under it shows when, as a
    time of day or a phone number is sought from a close runner-up."""
    card = ad(
        "Матрос-обработчик",
        """## Условия

- До посадки на судно — проживание в гостинице моряков, первые 5 суток бесплатно.
- Дата посадки: 10–15 марта 2025.
- Работа в две смены по 6 часов, без выходных.
- Аванс — 30 000 руб. ежемесячно на карту.
- Спецодежда выдаётся: роба, фартук, сапоги.
- Каюты 2–4-местные, душ, сауна.
- Питание 4-разовое, бесплатно.
- Обратный перелёт — за счёт судовладельца.
""",
    )
    assert "10–15 марта" in quoted(answerer, card, "когда посадка на судно")


def test_the_last_day_to_apply_is_asked_of_the_application(answerer: Answerer) -> None:
    """«до какого числа заявку подать» asks the last day to apply, as «до какого числа анкету»
    does: «Заявки принимаются до 17 марта 2025 г. на e-mail …»."""
    notice = ad(
        "Артист хора",
        """## Документы

Заявки принимаются до 17 марта 2025 г. на e-mail chorus@example.ru:
- резюме с фотографией;
- копия диплома.
""",
    )
    assert "до 17 марта" in quoted(answerer, notice, "до какого числа заявку подать")


def test_an_faq_answer_speaks_to_the_situation_its_question_states(answerer: Answerer) -> None:
    """«у меня условка была, возьмете» — «Рассматриваем индивидуально» under «С судимостью
    можно?»: the answer's first line answers the question over it, whatever its own words, and
    a suspended sentence is a record too."""
    card = ad(
        "Матрос-обработчик",
        """## Условия

- Питание 4-разовое, бесплатно.
- Каюты 2–4-местные, душ.

ЧАСТЫЕ ВОПРОСЫ (FAQ)

❓ Правда возьмёте без опыта?
— Да. Всему научат на месте.

❓ С судимостью можно?
— Рассматриваем индивидуально, пишите честно в анкете.

❓ Женщин берёте?
— На рыбфабрику нет.
""",
    )
    assert "индивидуально" in quoted(answerer, card, "с судимостью возьмете?")
    assert "индивидуально" in quoted(answerer, card, "у меня условка была, возьмете")


def test_a_reply_speaks_to_the_situation_of_the_comment_it_answers(answerer: Answerer) -> None:
    """«с ребенком школьником можно» — «можно, школа в Чаёво, автобус школьный ходит» under «с
    ребенком 7 лет можно?»: the employer's answer speaks to the child the comment names."""
    chat = ad(
        "Доярка на ферму",
        """Ферма Чаёво | работа в деревне
1 240 подписчиков

Нужна доярка на ферму, дойка 2 раза в день.
Жильё даём — дом с печкой.

Комментарии (12)

Светлана
с ребенком 7 лет можно?
↳ Ферма Чаёво
можно, школа в Чаёво, автобус школьный ходит

Олег
зп какая?
↳ Ферма Чаёво
35 000 на руки, раз в месяц
""",
        front="company: Ферма Чаёво\n",
    )
    assert "школа в Чаёво" in quoted(answerer, chat, "с ребенком школьником можно")


def test_the_meal_after_or_only_is_known_not_asked(answerer: Answerer) -> None:
    """«ужин будет или только обед» asks of the dinner: the candidate knows of the lunch, and a
    line giving the lunch alone does not answer."""
    fair = ad(
        "Хостес на выставку",
        """## Условия

- Обед за счет заказчика (кейтеринг на стенде), перерыв 30 минут.
- Оплата 3500 ₽ за день.
""",
    )
    assert quoted(answerer, fair, "ужин будет или только обед") == ""
    assert quoted(answerer, fair, "dinner too or just lunch?") == ""
    assert "Обед за счет заказчика" in quoted(answerer, fair, "обед будет?")
    canteen = ad(
        "Повар",
        """## Условия

- Бесплатное питание: обед и ужин в столовой.
""",
    )
    assert "обед и ужин" in quoted(answerer, canteen, "ужин будет или только обед")


def test_a_candidates_own_stay_at_the_selection_is_no_housing(answerer: Answerer) -> None:
    """A state notice's «Расходы, связанные с участием в конкурсе (проезд, проживание) …» is the
    candidate's cost of taking part, and rent compensated is no dormitory given."""
    notice = ad(
        "Главный специалист отдела ЖКХ",
        """## Условия

- Должностной оклад от 180 000 тенге.
- Расходы, связанные с участием в конкурсе (проезд, проживание), кандидаты производят за счет
  собственных средств.
""",
    )
    assert quoted(answerer, notice, "жилье служебное приезжим дают") == ""
    assert quoted(answerer, notice, "служебное жилье дают?") == ""
    assert "за счет собственных средств" in quoted(answerer, notice, "проезд оплачиваете?")
    hospital = ad(
        "Палатная медсестра",
        """## Условия

- Компенсация найма жилья иногородним — до 10 000 руб. в месяц.
""",
    )
    assert quoted(answerer, hospital, "общежитие от больницы дают") == ""
    assert "Компенсация найма жилья" in quoted(answerer, hospital, "с жильем помогаете?")


def test_two_roles_joined_in_a_lead_are_two_roles(answerer: Answerer) -> None:
    """«Ищем хостес и промоутеров на выставку» leads with two roles, not one: the promoter's
    overtime does not answer what the hostesses get for theirs."""
    fair = ad(
        "Хостес и промоутеры на выставку",
        """Ищем хостес и промоутеров на выставку «СтройТех», 11–14 февраля.

Оплата:
хостес на стенд — 4500р/день
промоутер — 3800р/день (8 часов), переработка 400р/час
""",
    )
    assert quoted(answerer, fair, "хостесам переработку платят? сколько за час сверху") == ""
    assert "переработка 400р/час" in quoted(answerer, fair, "промоутерам переработку платят?")
    assert "4500р/день" in quoted(answerer, fair, "хостесам сколько платят")


def test_an_hourly_rate_asked_is_no_sum_per_no_unit(answerer: Answerer) -> None:
    """«сколько выходит в час» asks an hourly rate, which ads give with its unit: a salary line
    with no unit («от 38 000 до 52 000 руб.») does not say it; a rate per hour does."""
    ward = ad(
        "Палатная медсестра",
        """## Условия

- Заработная плата: от 38 000 до 52 000 руб. (оклад + стимулирующие выплаты).
- График сменный, сутки через трое.
""",
    )
    assert quoted(answerer, ward, "сколько выходит в час") == ""
    assert "38 000" in quoted(answerer, ward, "зарплата какая")
    cafe = ad(
        "Бариста",
        """## Условия

- Оплата: 250 ₽ в час, выплаты два раза в месяц.
""",
    )
    assert "250 ₽ в час" in quoted(answerer, cafe, "сколько выходит в час")


def test_the_rest_between_rotations_is_no_paid_leave(answerer: Answerer) -> None:
    """«отпуск оплачиваемый положен» asks of the year's leave: «ВАХТА 60/30 (60 дней работы / 30
    дней отдыха)» is the rest between two rotations, which says nothing of it."""
    camp = ad(
        "Повар на вахту",
        """## Условия

- ВАХТА 60/30 (60 дней работы / 30 дней отдыха), продление по согласованию.
- Проживание и питание бесплатно.
""",
    )
    assert quoted(answerer, camp, "отпуск оплачиваемый положен") == ""
    assert "30 дней отдыха" in quoted(answerer, camp, "сколько дней отдыха между вахтами")
    leave = ad(
        "Повар на вахту",
        """## Условия

- ВАХТА 60/30 (60 дней работы / 30 дней отдыха).
- Ежегодный оплачиваемый отпуск 28 дней.
""",
    )
    assert "оплачиваемый отпуск" in quoted(answerer, leave, "отпуск оплачиваемый положен")


def test_one_check_asked_is_not_answered_by_another_named_elsewhere(answerer: Answerer) -> None:
    """«санминимум кто оплачивает» asks of one check: «медкомиссия (…, оплачивает работодатель)»
    speaks of another, though the posting names the one asked on a line of its own."""
    camp = ad(
        "Повар на вахту",
        """## Требования

- действующая медицинская книжка с санминимумом (если нет — делаем в Якутске, 2 дня)

## Условия

- медкомиссия (предрейсовый медосмотр в Якутске, оплачивает работодатель)
""",
    )
    assert quoted(answerer, camp, "санминимум в якутске кто оплачивает, я или вы") == ""
    assert "оплачивает работодатель" in quoted(answerer, camp, "медкомиссию кто оплачивает")
    assert "с санминимумом" in quoted(answerer, camp, "санминимум нужен?")


def test_the_citys_bus_routes_are_no_staff_shuttle(answerer: Answerer) -> None:
    """«развозка от завода есть служебная» asks of the employer's bus: the city's routes to the
    gate («автобусы № 2, 23, 54 до остановки …») say nothing of it, and still tell the way."""
    canteen = ad(
        "Кухонный рабочий",
        """## Условия

- Проезд: автобусы № 2, 23, 54 до остановки «Завод Стальмаш», далее 300 м пешком.
- Бесплатное питание в смену.
""",
    )
    assert quoted(answerer, canteen, "развозка от завода есть служебная") == ""
    assert quoted(answerer, canteen, "развозка до цеха есть?") == ""
    assert "автобусы № 2, 23, 54" in quoted(answerer, canteen, "как добраться")
    plant = ad(
        "Кухонный рабочий",
        """## Условия

- Служебная развозка от м. Выхино, остановка у магазина «Пятёрочка».
""",
    )
    assert "Служебная развозка" in quoted(answerer, plant, "служебная развозка есть?")


def test_lacking_a_thing_is_no_kind_of_it(answerer: Answerer) -> None:
    """«опыт нужен или можно без стажа?» — «опыт работы не требуется.»: «без» says the candidate
    lacks the experience, it names no kind of it the posting never uses."""
    notice = ad(
        "Главный специалист",
        """Требования к участникам конкурса: высшее или послесреднее образование;
опыт работы не требуется.

Должностной оклад: 142 310 тенге.
""",
    )
    assert "не требуется" in quoted(answerer, notice, "опыт работы нужен или можно без стажа")


def test_the_option_naming_the_schedule_asked_answers(answerer: Answerer) -> None:
    """«сутки через трое есть график?» — «сменный — сутки через трое (24 часа), либо 12-часовые
    смены по графику …»: the option that names the very schedule asked is the answer, though
    the word «график» stands in the other one."""
    nurse = ad(
        "Медицинская сестра палатная",
        """**График работы:**
сменный — сутки через трое (24 часа), либо 12-часовые смены по графику «день–ночь–отсыпной».

**Отделения:**

| Отделение | Ставок | График |
|---|---|---|
| Терапевтическое отделение | 3 | сутки через трое |
| Кардиологическое отделение | 2 | 12 ч день/ночь |
""",
    )
    assert "(24 часа)" in quoted(answerer, nurse, "сутки через трое есть график")


def test_how_many_people_a_thing_is_for_is_no_length(answerer: Answerer) -> None:
    """«на скока человек готовить?» asks how many are fed, as «сколько человек» does — not for
    how long, as «контракт на сколько заключаете?» asks."""
    camp = ad(
        "Повар на вахту",
        """## Условия

- Вахта 60/30, смена 11 часов.
- Столовая вахтового посёлка, кормим от 80 до 110 человек.
""",
    )
    assert "от 80 до 110 человек" in quoted(answerer, camp, "на скока человек готовить")


def test_from_what_hour_to_what_hour_asks_the_hours(answerer: Answerer) -> None:
    """«с какого по сколько работать?» asks from what hour to what hour: «смена 8:00–20:00»,
    not an amount that no line on the schedule need show."""
    site = ad(
        "Разнорабочие на объект",
        """💰 Разнорабочий — 3200 р/смена
⏰ смена 8:00–20:00, обед час 13-14
📅 выходить можно хоть каждый день, хоть через день
""",
    )
    assert "8:00–20:00" in quoted(answerer, site, "с какого по сколько работать")


def test_a_camp_of_trailers_is_housing(answerer: Answerer) -> None:
    """«где жить там, общага?» — «Вагон-городок, вагончики по 4 человека»: where a вахта's crew
    lives is the housing asked."""
    camp = ad(
        "Повар на вахту",
        """🏠 УСЛОВИЯ ПРОЖИВАНИЯ:
Вагон-городок, вагончики по 4 человека, отопление, душевая и баня.
Питание 3-х разовое БЕСПЛАТНО.
""",
    )
    assert "Вагон-городок" in quoted(answerer, camp, "где жить там, общага?")


def test_a_station_asked_is_named_by_a_runner_up(answerer: Answerer) -> None:
    """«какое метро рядом» — a reply «хостелы рядом у метро» names no station; the line «м.
    Парнас, … от метро 12 мин пешком» does, and answers."""
    site = ad(
        "Разнорабочие на объект",
        """Прораб Саня | Работа на стройке СПб 🏗
12 480 подписчиков

📍 м. Парнас, ЖК на Верхней ул., от метро 12 мин пешком, сразу за Лентой
💰 Разнорабочий — 3200 р/смена

👁 4,7K   ✏️ изменено   09:14

💬 48 комментариев

—————

Алексей
а жильё даёте? я с Пскова

↳ Прораб Саня
жилья нет. хостелы рядом у метро по 500-600р
""",
    )
    assert "м. Парнас" in quoted(answerer, site, "какое метро рядом")


def test_a_sum_on_top_after_a_dash_is_said_of_the_case_before(answerer: Answerer) -> None:
    """«если задержимся после восьми доплата будет» — «если остаёмся после 20:00 — +400р за
    каждый час»: the sum on top after the dash is what staying late pays."""
    site = ad(
        "Разнорабочие на объект",
        """💰 Разнорабочий — 3200 р/смена
💸 Оплата КАЖДЫЙ ДЕНЬ после смены на карту
⏰ смена 8:00–20:00

Серж
за переработку доплачиваете если бетон пришёл поздно?

↳ Прораб Саня
если остаёмся после 20:00 — +400р за каждый час
""",
    )
    assert "+400р" in quoted(answerer, site, "если задержимся после восьми доплата будет")


def test_the_motor_pool_is_transport_given(answerer: Answerer) -> None:
    """«на выезды на своей машине или дают транспорт» — «служебный автотранспорт для выездов
    предоставляется»: «автотранспорт» is the transport asked."""
    notice = ad(
        "Главный специалист",
        """Функциональные обязанности: ведение учета имущества; выезды в сельские округа.

Дополнительная информация: должность основная; служебный автотранспорт для выездов предоставляется.
""",
    )
    assert "автотранспорт" in quoted(
        answerer, notice, "на выезды на своей машине или дают транспорт"
    )


def test_riding_about_the_villages_asks_the_trips(answerer: Answerer) -> None:
    """«по селам ездить надо будет» asks whether the job means trips about the district:
    «командировки в сельские округа района – регулярные»."""
    notice = ad(
        "Главный специалист",
        """Должностной оклад: 142 310 тенге.

Дополнительная информация: должность основная; командировки в сельские округа района – регулярные.
""",
    )
    assert "командировки" in quoted(answerer, notice, "по селам ездить надо будет")


def test_a_cert_is_a_certificate_of_its_own_kind(answerer: Answerer) -> None:
    """ "food safety cert needed?" asks for the paper ("Current Food Handling certificate"), as
    "certificate" would; a certificate of another kind ("RSA not needed") does not answer it, and
    "paediatric first aid" is the first aid certificate asked."""
    cafe = ad(
        "Barista",
        """## About you

- Minimum 1 year barista experience in a busy cafe
- Current Food Handling certificate (Food Safety Supervisor is a plus)
- Must have a valid Certificate of Good Conduct
""",
        lang="en",
    )
    assert "Food Handling certificate" in quoted(answerer, cafe, "food safety cert needed?")
    assert "Good Conduct" in quoted(answerer, cafe, "do i need good conduct cert")
    bar = ad(
        "Casual Barista",
        """## About you

- Weekend availability is a must
- RSA not needed, we don't serve alcohol
""",
        lang="en",
    )
    assert not answerer.answer(bar, "do i need a food safety cert").answered
    nanny = ad(
        "Nanny",
        """## About you

- Ideally: 2 years nanny experience, paediatric first aid (or willing to do it - we'll pay)
- Non-smoker
""",
        lang="en",
    )
    assert "paediatric first aid" in quoted(answerer, nanny, "my first aid cert expired, ok?")


def test_a_route_named_before_its_vehicle_is_the_way_there(answerer: Answerer) -> None:
    """ "how do i get there on public transport" — "Only 2 min walk from the 86 tram": the route's
    number before the tram names the way there as "tram 86" does."""
    cafe = ad(
        "Barista",
        """## What we offer

- Free coffee on shift
- Weekend and public holiday penalty rates

Only 2 min walk from the 86 tram and 10 min from Collingwood station.
""",
        lang="en",
    )
    assert "86 tram" in quoted(answerer, cafe, "how do i get there on public transport")


def test_a_minimum_cut_short_goes_on_with_its_figure(answerer: Answerer) -> None:
    """ "casual is min. 2-3 shifts per week": the stop after "min" cuts no sentence, so the count
    asked stays with what it counts."""
    cafe = ad(
        "Barista",
        "Both full time and casual positions available. Full time is approx 38 hrs over 5 days,"
        """ casual is min. 2-3 shifts per week.

## The role

- Making coffee during morning rush
""",
        lang="en",
    )
    assert "min. 2-3 shifts" in quoted(answerer, cafe, "casual how many shifts a week min")


def test_a_head_count_after_employs_is_the_company_size(answerer: Answerer) -> None:
    """ "how big is the company" — "The business employs around 650 staff across two sites", not
    the size of the team one joins."""
    agency = ad(
        "Payroll Administrator",
        "We are working with a family-owned food manufacturer who are looking to add a Payroll"
        " Administrator to their finance team. The business employs around 650 staff across two"
        " sites.\n\nThis is a fantastic opportunity for someone who wants to develop their career"
        " within a supportive team of 6.\n",
        lang="en",
    )
    assert "650 staff" in quoted(answerer, agency, "how big is the company")


def test_where_to_call_asks_the_number_not_the_hours_to_call_in(answerer: Answerer) -> None:
    """«куда звонить по вакансии» asks the number: «Телефон: +7 (8332) 00-41-17», not «Звонить
    с 8:00 до 16:00», the hours to call in; a mobile number in pairs after its leading 0, as a
    Kyrgyz ad prints it, is a number too."""
    card = ad(
        "Кухонный рабочий",
        """## Контакты

- Контактное лицо: Смирнова Ольга Петровна
- Телефон: +7 (8332) 00-41-17, доб. 215
- Звонить с 8:00 до 16:00 по местному времени.
""",
    )
    assert "00-41-17" in quoted(answerer, card, "куда звонить по вакансии")
    bishkek = ad(
        "Водитель кат. С",
        """Нужен водитель кат. С на развозку по городу, з/п от 50 000 сом.

Звонить 0555 10 20 30 (WhatsApp тоже) Айтбек, с 9 до 18, смс не читаю
""",
    )
    assert "0555 10 20 30" in quoted(answerer, bishkek, "куда звонить брат")


def test_a_driving_licence_asked_is_no_right_the_posting_grants(answerer: Answerer) -> None:
    """«права только год назад получил» asks of a driving licence — «водительское удостоверение
    категории «В», стаж вождения не менее 3 лет» —, which the dictionary reads as «право»: «право
    выхода на пенсию по выслуге 20 лет» is a right, no licence."""
    page = ad(
        "Полицейский-водитель",
        """## Требования

- водительское удостоверение категории «В», стаж вождения не менее 3 лет;
- отсутствие судимости.

## Условия

- право выхода на пенсию по выслуге 20 лет (с учетом службы в армии);
- ежегодный оплачиваемый отпуск от 30 суток.
""",
    )
    assert "стаж вождения" in quoted(answerer, page, "права только год назад получил, норм")
    assert "стаж вождения" in quoted(answerer, page, "права нужны?")


def test_a_state_services_schooling_is_the_training_whose_length_is_asked(
    answerer: Answerer,
) -> None:
    """«учеба сколько длится» — «направляется на первоначальную профессиональную подготовку в
    Учебный центр … сроком около 4 месяцев» is the schooling asked, not the traineeship's pay
    line «в период стажировки (испытательный срок от 2 до 6 месяцев): от 48 000 рублей»."""
    page = ad(
        "Полицейский-водитель",
        """## Денежное довольствие

- в период стажировки (испытательный срок от 2 до 6 месяцев): от 48 000 рублей;
- после присвоения специального звания: от 62 000 рублей.

## Обучение

После назначения на должность сотрудник направляется на первоначальную профессиональную \
подготовку в Учебный центр УМВД сроком около 4 месяцев с сохранением денежного довольствия.
""",
    )
    assert "около 4 месяцев" in quoted(answerer, page, "учеба сколько длится")


def test_a_chats_clips_and_the_shoes_one_is_told_to_wear(answerer: Answerer) -> None:
    """«можно в балетках а не на каблах» asks the shoes of the dress code — «черные лодочки на
    устойчивом каблуке 5-7 см» —; «условка» is a suspended sentence, a record: «С судимостью
    можно? — Рассматриваем индивидуально»."""
    card = ad(
        "Хостес на выставку",
        """## Внешний вид

- волосы собраны в гладкий пучок, маникюр нюдовый;
- девушки: черное платье-футляр, черные лодочки на устойчивом каблуке 5-7 см.

## Вопросы

❓ С судимостью можно?
— Рассматриваем индивидуально, пишите честно в анкете.

❓ Питание?
— Обед за счет заказчика.
""",
    )
    assert "каблуке 5-7 см" in quoted(answerer, card, "можно в балетках а не на каблах")
    assert "индивидуально" in quoted(answerer, card, "у меня условка была, возьмете")


def test_a_reply_to_a_comment_naming_the_shift_pattern_speaks_of_it(answerer: Answerer) -> None:
    """«я студентка, 5/2 не потяну, возьмете?» — «студентам подберем смены, можно брать только
    выходные» under «я студентка дневного, 5/2 никак не смогу»: the employer's answer to the
    comment naming the pattern speaks of it, though it names another itself."""
    post = ad(
        "Кассир в пекарню",
        """Пекарня «Колосок» | Пермь
3 400 подписчиков

Ищем кассира в пекарню на Ленина, 12.
График 5/2 с 8:00 до 17:00, 2 800 ₽ за смену.

Комментарии (5)

Ксения
я студентка дневного, 5/2 никак не смогу(
↳ Пекарня «Колосок»
студентам подберем смены, можно брать только выходные

Игорь
а оплата когда?
↳ Пекарня «Колосок»
каждую пятницу на карту
""",
        front="company: Пекарня «Колосок»\n",
    )
    assert "подберем смены" in quoted(answerer, post, "я студентка, 5/2 не потяну, возьмете?")


def test_whether_a_sum_is_net_needs_a_line_that_says_so(answerer: Answerer) -> None:
    """«3200 это на руки или еще налог вычтут» — «Зарплата: от 3 200 до 4 500 ₽» names the sum,
    not whether tax comes off it: the posting does not say. A line that says which («суммы
    указаны до вычета НДФЛ») answers, though the sum's line ranks first."""
    crew = ad(
        "Разнорабочие",
        """Зарплата: от 3 200 до 4 500 ₽ за смену
Оплата каждый день на карту
""",
    )
    assert quoted(answerer, crew, "3200 это на руки или еще налог вычтут") == ""
    plant = ad(
        "Ученик оператора",
        """## Зарплата

- в период обучения — 30 000 ₽ в месяц
- после обучения — от 42 000 ₽ в месяц
- суммы указаны до вычета НДФЛ, выплаты 2 раза в месяц на карту
""",
    )
    assert "до вычета НДФЛ" in quoted(answerer, plant, "это на руки или до налогов")


def test_a_clipped_phrase_is_read_as_its_words(answerer: Answerer) -> None:
    """«матпомощь» clips «материальная помощь»: «матпомощь к отпуску есть?» is answered by
    «Материальная помощь к отпуску», and «… скока дают» asks a sum the line does not give (not
    the paid leave's «28 календарных дней»)."""
    canteen = ad(
        "Кухонный рабочий",
        """## Условия

- Трудоустройство в соответствии с ТК РФ, ежегодный оплачиваемый отпуск 28 календарных дней
- Материальная помощь к отпуску, подарки детям сотрудников к Новому году
""",
    )
    assert "Материальная помощь" in quoted(answerer, canteen, "матпомощь к отпуску есть?")
    assert quoted(answerer, canteen, "матпомощь к отпуску скока дают") == ""


def test_how_nights_are_paid_is_not_the_weekends_pay(answerer: Answerer) -> None:
    """«ночные смены бывают? как оплачивают» asks what nights pay: «Работа в выходные и
    праздничные дни …, оплата в соответствии с ТК РФ» speaks of weekends and holidays."""
    canteen = ad(
        "Кухонный рабочий",
        """## Условия

- Режим работы: 2/2, смена с 6:00 до 18:00, перерыв для приема пищи 1 час
- Работа в выходные и праздничные дни по графику сменности, оплата в соответствии с ТК РФ
""",
    )
    assert quoted(answerer, canteen, "ночные смены бывают? как оплачивают") == ""


def test_a_day_asked_in_the_pattern_of_its_pay_asks_the_pay(answerer: Answerer) -> None:
    """ "do weekends pay more" — the weekend uplift, not the pay day ("Weekly pay every
    Friday") nor the weekend shifts' hours: "weekends" is a word of the pattern that asks what
    weekends pay, no roster asked beside it."""
    warehouse = ad(
        "Warehouse Operative",
        "## What's on offer\n\n"
        "- Weekly pay every Friday, paid one week in arrears\n"
        "- Weekend uplift of £1.00 per hour on Saturday and Sunday shifts\n\n"
        "## Shifts\n\n"
        "- Weekends: Saturday & Sunday 07:00-19:00\n"
        "- Nights: Sunday - Thursday 22:00-06:00\n",
        lang="en",
    )
    assert "Weekend uplift" in quoted(answerer, warehouse, "do weekends pay more")


def test_steel_toe_boots_are_asked_of_safety_boots(answerer: Answerer) -> None:
    """ "do i need to buy my own steel toe boots" — "Free PPE provided (hi-vis vest and safety
    boots)": the boots named by another kind are the same boots, no gear the posting never
    names."""
    warehouse = ad(
        "Warehouse Operative",
        "## Benefits\n\n"
        "- Free PPE provided (hi-vis vest and safety boots) on your first day\n"
        "- Weekly pay every Friday\n",
        lang="en",
    )
    assert "safety boots" in quoted(answerer, warehouse, "do i need to buy my own steel toe boots")


def test_office_based_in_a_header_says_the_way_of_working(answerer: Answerer) -> None:
    """ "can i wfh some days" — the header's "Office based" says it, no line on holidays."""
    payroll = ad(
        "Payroll Administrator",
        "**Payroll Administrator | Wakefield | £24,000 - £26,000 | Permanent | Office based**\n\n"
        "Hours: Monday to Friday, 8:30am - 5:00pm\n\n"
        "## Benefits\n\n- 25 days holiday plus bank holidays\n",
        lang="en",
    )
    assert "Office based" in quoted(answerer, payroll, "can i wfh some days")


def test_a_train_ticket_asked_is_the_way_to_work_not_training(answerer: Answerer) -> None:
    """ "any help with the train ticket" — "Subsidy of €25 per month for the Deutschlandticket":
    a train one rides is the way to work, not the training the word also names."""
    listing = ad(
        "Forklift Driver (m/f/d)",
        """## Your tasks

- Loading and unloading trucks with a forklift
- Picking orders with a hand scanner

## What we offer

- Paid induction training of two weeks with a buddy
- Subsidy of €25 per month for the Deutschlandticket Job; free parking on site
- 30 days of annual leave
""",
        lang="en",
    )
    assert "Subsidy" in quoted(answerer, listing, "any help with the train ticket")


def test_whose_money_pays_for_a_thing_is_asked_not_the_wage(answerer: Answerer) -> None:
    """«медосмотр за свои деньги?» — «медосмотр за счёт работодателя»: whose money pays for a
    thing is asked, not the wage the word «деньги» also names."""
    card = ad(
        "Грузчик на склад",
        """## Условия

- Заработная плата от 60 000 до 75 000 руб., выплаты 2 раза в месяц.
- График 5/2 с 8:00 до 17:00.

## Оформление

- Перед выходом нужно пройти медосмотр — за счёт работодателя.
- Спецодежда выдаётся бесплатно.
""",
    )
    assert "за счёт работодателя" in quoted(answerer, card, "медосмотр за свои деньги?")
    assert "за счёт работодателя" in quoted(
        answerer, card, "медкомиссию за свои деньги проходить?"
    )


def test_being_at_work_is_context_of_what_is_asked(answerer: Answerer) -> None:
    """«кормят на смене?» — «Горячий обед бесплатно», «где жить на вахте» — «вахтовый городок»:
    «на смене», «на вахте» say only when, as «во время смены» does; the meal or the housing is
    asked, not the shift."""
    card = ad(
        "Монтажник на вахту",
        """## Условия

- Вахта 30/30, смены по 11 часов, день/ночь.
- Оплата 4 000 ₽ за смену, переработки оплачиваются отдельно.
- Проживание: вахтовый городок, комнаты на 4 человека.
- Горячий обед бесплатно, ужин по талонам.
""",
    )
    assert "Горячий обед" in quoted(answerer, card, "кормят на смене?")
    assert "вахтовый городок" in quoted(answerer, card, "где жить на вахте")


def test_a_phone_brought_along_asks_no_number_and_a_form_field_names_no_phone(
    answerer: Answerer,
) -> None:
    """«телефон на смене можно с собой» — the page says nothing of it: not its hotline, nor the
    form's «Телефон* +7 (___) ___-__-__» with its blank to fill in."""
    page = ad(
        "Комплектовщик на склад",
        """## Условия

- График 2/2 по 11 часов, дневные и ночные смены.
- Оплата 300 ₽ в час, выплаты каждую неделю.

Горячая линия: ☎ 8 800 000-27-27 (бесплатно по РФ)

## Оставьте заявку — перезвоним за 15 минут

Ваше имя*
Телефон* +7 (___) ___-__-__
[ Отправить заявку ]
""",
    )
    assert quoted(answerer, page, "телефон на смене можно с собой") == ""
    assert "8 800" in quoted(answerer, page, "какой телефон горячей линии")


def test_a_german_street_and_its_number_is_the_address(answerer: Answerer) -> None:
    """ "whats the exact address of the warehouse" — "Warehouse Ruhrort, Hafenstraße 40 (gate
    3)": a German street with its number is an address, as "12 High Street" is."""
    listing = ad(
        "Forklift Driver (m/f/d)",
        """Rheinhafen Logistik runs two warehouses directly in the inland port of Duisburg.

## Your tasks

- Loading and unloading trucks and containers with a forklift

## Getting there

- Warehouse Ruhrort, Königsallee 14 (gate 3).
- Bus 901 stop "Hafenmund", about 10 minutes on foot from the station.
""",
        lang="en",
    )
    assert "Königsallee 14" in quoted(
        answerer, listing, "whats the exact address of the warehouse"
    )


def test_how_long_a_thing_takes_is_asked_by_how_much_it_takes(answerer: Answerer) -> None:
    """«пропуск скока делается» — «Оформление пропуска занимает 3–4 недели»: how much a thing
    is made or waited for asks how long it takes."""
    page = ad(
        "Агент по обслуживанию пассажиров",
        """## Пропуск и проверка

Работа проходит в контролируемой зоне аэропорта, поэтому всем кандидатам нужен постоянный пропуск.
Оформление пропуска занимает 3–4 недели и бесплатно для кандидата.

## Условия

- Компенсация питания — 250 ₽ за смену, начисляется на пропуск для столовой.
- График 2/2 по 12 часов.
""",
    )
    assert "3–4 недели" in quoted(answerer, page, "пропуск скока делается")


def test_a_market_stall_ad_is_read_as_a_seller_reads_it(answerer: Answerer) -> None:
    """A terse ad for a seller at a market: a stop inside brackets ends no sentence («(др. СНГ
    - только с патентом)»); a stall's row and place are where the job is; the market the title
    names is no other role («рынок раб. вт-вс …» answers «по каким дням работает»); a bed in a
    shared room is housing; the clothes sold are no dress code."""
    stall = ad(
        "Продавец в павильон на рынок Фермер (детская одежда)",
        """## Описание

Требуется продавец, детская одежда (платья, блузки, трикотаж, р-ры 80-140)

ТЦ Фермер, ряд 5, павильон 12Б (вход со стороны парковки)

рынок раб. вт-вс с 7:00 до 16:00, пн выходной (санитарный день)

Требования:
- гражданство РФ, Беларусь, Армения (др. СНГ - только с патентом)
- опрятный внешний вид

Условия:
* график 2/2
* иногородним помогаем найти койко-место рядом с рынком
""",
    )
    assert "Армения (др. СНГ - только с патентом)" in quoted(
        answerer, stall, "я из узбекистана, патента нет"
    )
    assert "павильон 12Б" in quoted(answerer, stall, "где конкретно ряд место")
    assert "вт-вс" in quoted(answerer, stall, "фермер по каким дням работает")
    assert "койко-место" in quoted(answerer, stall, "я не местная, с жильем поможете")
    assert quoted(answerer, stall, "форму какую то выдаете") == ""


def test_how_many_days_a_trip_lasts(answerer: Answerer) -> None:
    """«рейс сколько дней длится» — «Продолжительность рейса — от 3 до 12 суток»: the unit
    asked between «сколько» and «длится» asks how long, and days in «суток» show it."""
    page = ad(
        "Проводник пассажирского вагона",
        """## Рейсы и отдых

- Продолжительность рейса (туда и обратно) — от 3 до 12 суток, в зависимости от направления.
- Отдых между рейсами — обычно 4–8 суток дома.

## Для студентов

Сезон длится с 1 июня по 31 августа, с вами заключается срочный трудовой договор.
""",
    )
    assert "от 3 до 12 суток" in quoted(answerer, page, "рейс сколько дней длится")


def test_the_clothes_a_shop_sells_are_no_uniform(answerer: Answerer) -> None:
    """«форму какую то выдаете» — «Женская одежда, трикотаж, немного обуви»: the clothes a shop
    sells or a workshop sews, named by whom they are for, are no uniform given and no dress
    code; a line that gives one still answers."""
    seller = ad(
        "Продавец на рынок",
        """Ищу продавца в свой павильон на рынке. Женская одежда, трикотаж, немного обуви.
Работа 4/4 с 8:00 до 16:00.

Шьём мужские и женские пальто, куртки, костюмы.

## Условия

- оплата 2 500 ₽ в день
""",
    )
    assert quoted(answerer, seller, "форму какую то выдаете") == ""
    assert quoted(answerer, seller, "халат выдаете или свой") == ""
    sewing = ad(
        "Швея",
        """Шьём мужские и женские пальто, куртки, костюмы.

## Условия

- график 5/2, с 8:00 до 17:00
- спецодежда выдаётся бесплатно
""",
    )
    assert "спецодежда" in quoted(answerer, sewing, "халат выдаете или свой")


def test_a_ride_home_does_not_say_the_ride_to_work(answerer: Answerer) -> None:
    """«до работы такси тоже оплатите?» — «такси домой после 02:00 за счёт бара»: the ride
    home only, as the ride there does not say the way back."""
    bar = ad(
        "Бармен в караоке-бар",
        """## Условия

- смены с 18:00 до 04:00
- такси домой после 02:00 за счёт бара
""",
    )
    assert quoted(answerer, bar, "до работы такси тоже оплатите?") == ""
    assert "такси домой" in quoted(answerer, bar, "домой такси оплачиваете?")


def test_tips_called_tea_ask_what_the_pay_comes_to(answerer: Answerer) -> None:
    """«скока в месяц выходит в среднем с чаем» — «Зарплата: от 2 500 до 3 000 ₽»: «с чаем»
    is with the tips, and what the pay comes to with them is said only by a line on the total."""
    bar = ad(
        "Бармен в караоке-бар",
        """## Условия

- Зарплата: от 2 500 до 3 000 ₽
- ставка 3000 за смену + 10% с продаж + чай
""",
    )
    assert quoted(answerer, bar, "скока в месяц выходит в среднем с чаем") == ""


def test_a_page_named_in_a_quote_block_under_a_comment_heads_its_reply(
    answerer: Answerer,
) -> None:
    # A VK copy may set the page's reply in a quote block under the comment with no «ответила»:
    # «> **<page>**» then «> <answer>». The quote block is the page's answer, the comment over it
    # what it answers — not a forum's quote of the words answered (that comes before an answer).
    post = ad(
        "Бармен",
        """**Бар «Микрофон» | Екатеринбург**

Ищем бармена на ночные смены: ставка 2500 за смену + 5% от выручки бара.

Комментарии

**Sergey K.**
бармену процент с выручки всего бара или только с его смены?
> **Бар «Микрофон»**
> Сергей, 5% с выручки бара за ту смену, которую отработали

**Кирилл**
такси только по городу?
> **Бар «Микрофон»**
> Кирилл, в пределах города да, пригород уже за свой счёт
""",
        front='company: "Бар «Микрофон»"\n',
    )
    assert [reply.asked for reply in post.replies] == [
        "бармену процент с выручки всего бара или только с его смены?",
        "такси только по городу?",
    ]
    assert quoted(answerer, post, "процент бармену с чего").startswith("Сергей, 5%")


def test_how_holidays_or_weekends_are_paid_asks_their_pay(answerer: Answerer) -> None:
    # «в праздники как оплата»: the pay of the holidays, said by the line on their rate.
    office = ad(
        "Диспетчер",
        """## Условия

- график сутки через трое, смена с 08:00 до 08:00;
- оклад 42 000 — 48 000 ₽ в зависимости от стажа;
- оплата работы в праздничные дни в двойном размере;
- оплачиваемый отпуск 28 дней.
""",
    )
    assert "в двойном размере" in quoted(answerer, office, "в праздники как оплата")
    assert "в двойном размере" in quoted(answerer, office, "оплата за выходные какая")


def test_a_crews_words_for_work_clothes_and_the_program(answerer: Answerer) -> None:
    # «робу выдаете?» asks of the work clothes, «в какой проге работаете» of the program.
    print_shop = ad(
        "Печатник",
        """## Обязанности

- регистрация заказов в программе «Домовой»;
- смывка и мелкое ТО машины.

## Условия

- спецодежда выдаётся (комбинезон, футболки), СИЗ;
- бесплатные обеды.
""",
    )
    assert quoted(answerer, print_shop, "робу выдаете?").startswith("спецодежда выдаётся")
    assert "«Домовой»" in quoted(answerer, print_shop, "в какой проге работаете")


def test_reviews_under_a_heading_of_reviews_are_no_word_of_the_employer(
    answerer: Answerer,
) -> None:
    # A portal card's «### Отзывы сотрудников» holds the staff's reviews with starless headers:
    # «Плюсы: спецодежда» is a reviewer's word, not what the employer gives.
    card = ad(
        "Диспетчер",
        """**42 000 — 48 000 ₽/месяц**

ООО «УК Северный квартал»
★ 3,9 · 41 отзыв

**Условия:**

- график сутки через трое;
- медосмотр за счёт компании.

## О компании

Сотрудников: 100–250

### Отзывы сотрудников

**Слесарь-сантехник · работает в компании · 2024**
Плюсы: спецодежда, инструмент, дают премии
Минусы: аварийки ночью

---

Все отзывы (41) ›
""",
    )
    assert quoted(answerer, card, "форму выдаете") == ""
    assert "за счёт компании" in quoted(answerer, card, "медосмотр платный?")


def test_a_line_under_a_heading_naming_the_subject_asked_has_its_word(
    answerer: Answerer,
) -> None:
    # «куда звонить в кадры»: the phone under «Контакты отдела кадров:» is the HR office's,
    # though the line itself («Телефон: …», its number hidden by the site) does not name it.
    college = ad(
        "Мастер производственного обучения",
        """## Условия

- оклад от 38 000 руб.

**Контакты отдела кадров:**
Специалист по кадрам: Горбунова Т. В.
Телефон: 8 (3435) XX-XX-XX, доб. 104
Адрес: г. Нижний Тагил, ул. Красноармейская, 70, каб. 112
""",
    )
    assert "доб. 104" in quoted(answerer, college, "куда звонить в кадры")


AGENCY_POST = ad(
    "Оператор на завод в Южной Корее",
    """🏭 ЗАВОД АВТОКОМПЛЕКТУЮЩИХ

━━━━━━━━━━━━━━━
📋 ЭТАПЫ
━━━━━━━━━━━━━━━
1️⃣ Заявка менеджеру + фото загранпаспорта
2️⃣ Онлайн-собеседование с представителем завода по видео (15–20 мин): пара вопросов, тест на цвета
3️⃣ Медкомиссия в клинике-партнёре (флюорография, кровь, наркотест) — 6 500 ₽ оплачиваете сами
4️⃣ Сбор документов, справка о несудимости с апостилем, подача на визу
5️⃣ Получение визы → покупка билета → вылет в Инчхон

━━━━━━━━━━━━━━━
💵 СТОИМОСТЬ УСЛУГ АГЕНТСТВА
━━━━━━━━━━━━━━━
150 000 ₽ — в 2 этапа:
▫️ 50% после успешного собеседования с заводом
▫️ 50% после одобрения визы
🔴 НЕ ВХОДИТ: авиабилет (≈ 25–35 тыс ₽, покупаете сами), медкомиссия, справка о несудимости
""",
)


def test_a_keycap_number_opens_a_step_of_its_own(answerer: Answerer) -> None:
    """«медкомиссия скока стоит» — «3️⃣ Медкомиссия … — 6 500 ₽ оплачиваете сами», not the
    steps «2️⃣ … 3️⃣ … 5️⃣» glued into one line: a keycap number opens a step as «3.» does, so
    each step is a line, and «госпошлина за визу скока» is not answered by the steps at all."""
    assert quoted(answerer, AGENCY_POST, "медкомиссия скока стоит").startswith("3️⃣")
    assert quoted(answerer, AGENCY_POST, "госпошлина за визу скока") == ""


def test_a_heading_giving_a_sum_is_quoted_as_a_line(answerer: Answerer) -> None:
    """«скока ваши услуги стоят» — «150 000 ₽ — в 2 этапа:» over the fee's two parts: a heading
    that gives a sum of money says it of the lines under it, and is quoted like a line."""
    assert "150 000 ₽" in quoted(answerer, AGENCY_POST, "скока стоят ваши услуги агентства")


def test_a_lead_in_over_the_pay_parts_yields_to_a_line_with_the_sum(answerer: Answerer) -> None:
    """«зп какая у специалиста» — not «оплата труда по «эффективному контракту»:», a lead-in
    over the pay's parts that says none of them, but «средний уровень дохода 38 000 – 46 000
    руб.» that ties with it (a state centre's vacancies page)."""
    page = fixture("blind-cn", "mfc-specialist-priema-dokumentov")
    assert "38 000 – 46 000" in quoted(answerer, page, "зп какая у специалиста")


def test_a_boards_count_of_readers_is_no_team(answerer: Answerer) -> None:
    """«большая команда аналитики?» — not «Сейчас эту вакансию смотрят 9 человек», a job
    board's counter of who reads the ad, but the team the employer describes."""
    page = ad(
        "Аналитик данных",
        """Аналитик данных

от 160 000 до 220 000 ₽ на руки

Сейчас эту вакансию смотрят 9 человек

**О компании**

Команда аналитики коммерческой дирекции — 8 аналитиков и 3 data-инженера.
""",
    )
    assert "смотрят" not in quoted(answerer, page, "большая команда аналитики?")
    assert "смотрят" not in quoted(answerer, page, "сколько человек в команде?")


def test_an_exercise_asked_by_its_verb(answerer: Answerer) -> None:
    """«скок раз подтянуться надо» — «Подтягивание на перекладине: не менее 10 раз» in a table
    of physical tests: an exercise asked by its verb, not «Ежегодно — повторная тренировка»."""
    page = fixture("blind-cn", "parashutist-pozharny-pechorskaya-aviabaza")
    assert "10 раз" in quoted(answerer, page, "скок раз подтянуться надо")


def test_clickhouse_in_cyrillic(answerer: Answerer) -> None:
    """«кликхаус знать обязательно?» — «ClickHouse, Airflow, dbt» under «Будет плюсом»."""
    page = fixture("blind-cn", "analitik-dannyh-bi-kolosok")
    assert "ClickHouse" in quoted(answerer, page, "кликхаус знать обязательно? я не работал с ним")


def test_the_interview_by_either_of_its_names(answerer: Answerer) -> None:
    """«собес очно или можно по зуму» — «3️⃣ Интервью с наставником и HR, онлайн или в офисе»,
    not «1️⃣ Онлайн-тест …», the step before it: «собеседование» and «интервью» are one thing."""
    page = fixture("blind-be", "uraltu-stazhirovka-translogik")
    assert "Интервью" in quoted(answerer, page, "собес очно или можно по зуму")


def test_the_thing_priced_inside_the_price_question(answerer: Answerer) -> None:
    """«скока ваши услуги стоят» — «150 000 ₽ — в 2 этапа» under «СТОИМОСТЬ УСЛУГ АГЕНТСТВА»:
    «услуги» between «скока» and «стоят» is the thing priced, not a word of the asking, so a
    line that shows a sum does not cover the whole question by the sum alone."""
    assert "150 000 ₽" in quoted(answerer, AGENCY_POST, "скока ваши услуги стоят")


def test_a_price_in_the_money_of_the_country_of_work(answerer: Answerer) -> None:
    """«общага скока стоит» — «за общежитие ВЫЧИТАЮТ из зарплаты 150 000 вон в месяц»: a sum
    in Korean won is a price as one in roubles is."""
    post = ad(
        "Оператор на завод в Южной Корее",
        """🏠 ПРОЖИВАНИЕ И ПИТАНИЕ
🛏 общежитие от завода, 5 минут пешком, комнаты по 3-4 человека
💸 за общежитие ВЫЧИТАЮТ из зарплаты 150 000 вон в месяц (коммуналка включена)
🍚 обед в заводской столовой — бесплатно
""",
    )
    assert "150 000 вон" in quoted(answerer, post, "общага скока стоит")


def test_a_language_named_alone_in_a_question(answerer: Answerer) -> None:
    """«корейский не знаю вообще, это проблема?» — the FAQ's «Нет. На линии есть бригадир-узбек,
    говорит по-русски», not «выплата … на корейскую банковскую карту»: a language named alone
    in a question asks about the language."""
    post = ad(
        "Оператор на завод в Южной Корее",
        """💰 ЗАРПЛАТА
✔️ выплата 10-го числа каждого месяца на корейскую банковскую карту
✔️ 4 вида страховки по корейскому законодательству

❓ ЧАСТЫЕ ВОПРОСЫ

❓ Нужен корейский язык?
— Нет. На линии есть бригадир-узбек, говорит по-русски, первые дни показывают всё руками.
""",
    )
    assert "бригадир" in quoted(answerer, post, "корейский не знаю вообще, это проблема?")


def test_a_language_asked_by_its_adverb(answerer: Answerer) -> None:
    """«по украински обязательно говорить?» — a Work.ua card's «Знание языков: Украинский —
    средний»: the adverb («по-украински», «по-английски») names the language, and Ukrainian is
    a language as Polish is."""
    post = ad(
        "Кассир в супермаркет",
        """Условия и требования: Полная занятость. Можно без опыта работы.

Знание языков: Украинский — средний, Русский — свободно

Описание вакансии

График 2/2, с 8:00 до 20:00, ставка 600 грн за выход.
""",
    )
    assert "Украинский — средний" in quoted(answerer, post, "по украински обязательно говорить")
    assert "Украинский — средний" in quoted(answerer, post, "по-украински говорить надо?")


def test_a_team_and_its_head_count(answerer: Answerer) -> None:
    """«большая команда аналитики?» — «Команда аналитики коммерческой дирекции — 8 аналитиков и
    3 data-инженера»: a team named with its head count after a dash says its size."""
    page = ad(
        "Аналитик данных",
        """**О компании**

«Колосок» — сеть из 240 супермаркетов в Сибири и на Урале.
Команда аналитики коммерческой дирекции — 8 аналитиков и 3 data-инженера.

**Что предлагаем:**

- скидка 10% в магазинах сети по карте сотрудника.
""",
    )
    assert "8 аналитиков" in quoted(answerer, page, "большая команда аналитики?")


def test_the_pay_landing_in_an_account_on_a_named_day_is_when_pay_comes(
    answerer: Answerer,
) -> None:
    """ "when do i get paid" — "Pay goes into your bank account on the second Friday after the
    event": where and on which day the pay lands is the payday, not the hourly rate."""
    page = ad(
        "Event Steward",
        """## The pay

- Stewards: £12.20 per hour
- Supervisors: £13.10 per hour
- Pay goes into your bank account on the second Friday after the event
""",
        lang="en",
    )
    assert "second Friday" in quoted(answerer, page, "when do i get paid")


def test_an_irregular_past_and_a_tryout_read_as_their_words(answerer: Answerer) -> None:
    """ "what if i lose my badge" — "Lost badges cost £10 to replace"; "when are the tryouts" —
    "Skills tests are held on Sundays": a verb's irregular past is the verb, a tryout a test."""
    page = ad(
        "Ski Instructor",
        """## Before the season

Skills tests are held on Sundays in November at the indoor slope.
Every instructor gets a staff badge for the lifts.
Lost badges cost £10 to replace.
""",
        lang="en",
    )
    assert "Lost badges" in quoted(answerer, page, "what if i lose my badge")
    assert "Skills tests are held" in quoted(answerer, page, "when are the tryouts")


def test_a_table_under_a_heading_of_rates_by_kind_gives_each_row_its_pay(
    answerer: Answerer,
) -> None:
    """ "what does translation pay" — "Translation: $30 – $38" in a two-column table under "Pay
    rates by task type": each row is the rate of its kind of work."""
    page = ad(
        "Freelance Language Specialist",
        """**Pay:** $16–$38 per hour, depending on the task

### Pay rates by task type

| Task type | Pay (USD / hour) |
|---|---|
| Transcription | $16 – $20 |
| Subtitling | $22 – $28 |
| Translation | $30 – $38 |
""",
        lang="en",
    )
    assert "$30 – $38" in quoted(answerer, page, "what does translation pay")
    assert "$30 – $38" in quoted(answerer, page, "how much for translation")


def test_money_off_the_vet_bills_asks_the_staff_discount(answerer: Answerer) -> None:
    """ "do staff get money off vet bills for their own pets" — "50% discount on veterinary
    treatment for your own pets": money off is a discount, not the wage; "vet" is the clip of
    "veterinary"; "their" names nothing."""
    page = ad(
        "Veterinary Nurse",
        """## Benefits

- €34,000 – €38,000 per year
- 50% discount on veterinary treatment for up to 2 of your own pets
- Pension scheme after 6 months
""",
        lang="en",
    )
    assert "50% discount" in quoted(
        answerer, page, "do staff get money off vet bills for their own pets"
    )


def test_a_system_asked_is_the_software_the_posting_names(answerer: Answerer) -> None:
    """ "what booking system do you use" — "Experience with booking software (Vetstoria or
    similar) is an advantage": the system candidates ask about is the software a line names."""
    listing = ad(
        "Dental Receptionist",
        """## About you

- Friendly phone manner and good computer skills
- Experience with booking software (Vetstoria or similar) is an advantage
- Available to work one Saturday in three
""",
        lang="en",
    )
    assert "booking software" in quoted(answerer, listing, "what booking system do you use")


def test_a_post_named_in_a_table_row_is_whose_row_it_is(answerer: Answerer) -> None:
    """A college's table of posts: «Вахтёр общежития» names the watchman's post, and his row
    says nothing of what the dormitory costs; the math teacher's row gives his pay and degree,
    not his timetable. What the other cells state is still answered."""
    college = ad(
        "Мастер производственного обучения",
        """## Вакансии колледжа

| № | Должность | Кол-во ставок | Заработная плата | Требования |
| --- | --- | --- | --- | --- |
| 1 | Преподаватель математики | 1 | от 35 000 руб. | высшее педагогическое |
| 2 | Мастер по сварке | 1 | от 42 000 руб. | среднее профессиональное |
| 3 | Вахтёр общежития | 1 | 21 500 руб. | график сутки/трое |
""",
    )
    assert quoted(answerer, college, "общага платная? скока стоит") == ""
    assert quoted(answerer, college, "преподу математики какое расписание") == ""
    assert "35 000" in quoted(answerer, college, "преподу математики сколько платят")
    assert "21 500" in quoted(answerer, college, "сколько получает вахтер общежития")


def test_a_board_field_of_chips_yields_to_the_employers_own_line(answerer: Answerer) -> None:
    # «обед свой брать или кормят»: the board's parameter row «Условия: Оформление по ТК,
    # Парковка, Бесплатные обеды» and the employer's «бесплатные обеды в столовой …» tie; the
    # row only names the perk, the employer's line says it.
    card = ad(
        "Печатник",
        """Условия
- Условия: Оформление по ТК, Парковка, Бесплатные обеды
- График: 2/2

Описание

Мы предлагаем:
- бесплатные обеды в столовой на территории, чай/кофе
- спецодежда выдаётся
""",
    )
    assert quoted(answerer, card, "обед свой брать или кормят").startswith("бесплатные обеды")


def test_a_candidate_sings_and_clips_the_stipend(answerer: Answerer) -> None:
    # «я вообще не пою»: «пою» is «петь», not «поить»; «стипуха» is the stipend.
    bar = ad(
        "Ведущий караоке",
        """## Ведущий

- вести вечер, объявлять исполнителей
- уметь петь хотя бы чуть-чуть, на собеседовании попросим спеть 1 песню на выбор
- дресс-код: всё чёрное; ведущему можно ярко
""",
    )
    assert "попросим спеть" in quoted(answerer, bar, "я вообще не пою, на ведущего могу?")
    school = ad(
        "Проводник",
        """## Обучение

- Обучение бесплатное, в учебном центре компании
- Срок обучения — 6 недель
- На время обучения выплачивается стипендия 12 000 ₽ в месяц
""",
    )
    assert "стипендия" in quoted(answerer, school, "стипуха на учебе есть")


def test_a_word_asking_how_many_or_which_day_is_had_by_the_figure(answerer: Answerer) -> None:
    """«много людей в день?» — «Обслуживаем до 250 гостей в день»: the word asking how many is
    had by the figure; «какого числа банкет» — «Дата: 14 сентября»: the word naming what is
    asked is had by the date; "what day and time is the call" — "CALL: Monday 3/10, 7:00 AM":
    by the day and the time. A verb asking is not («дни можно самому выбирать?»)."""
    banquet = ad(
        "Официант на банкет",
        """Банкетный зал «Садовый» ищет официантов на свадебный сезон.

## Банкет

- Дата: 14 сентября (суббота)
- Обслуживаем до 250 гостей в день
- Оплата 3 000 ₽ за смену
""",
    )
    assert "до 250 гостей" in quoted(answerer, banquet, "много людей в день?")
    assert "14 сентября" in quoted(answerer, banquet, "какого числа банкет")
    assert quoted(answerer, banquet, "дни можно самому выбирать?") == ""
    call = ad(
        "Stagehands for a trade show",
        """## The call

- CALL: Monday 3/10, 7:00 AM load-in at the convention center, Hall B
- Bring work gloves and closed-toe boots
""",
        lang="en",
    )
    assert "Monday 3/10" in quoted(answerer, call, "what day and time is the call")


def test_what_one_would_be_without_is_answered_by_the_line_naming_it(answerer: Answerer) -> None:
    """«без портфолио можно?» — «портфолио упаковки … — обязательно»: the line names the thing
    the candidate would lack and says whether one may; «без» is no word it must have. A thing
    no line names is not answered («без медкнижки можно?»)."""
    designer = ad(
        "Дизайнер упаковки",
        """## Требования

- портфолио упаковки (ссылка на Behance или папку) — обязательно
- уверенный Illustrator

## Условия

- удалёнка, 70 000 ₽ на руки
""",
    )
    assert "портфолио упаковки" in quoted(answerer, designer, "без портфолио можно?")
    assert quoted(answerer, designer, "без медкнижки можно?") == ""


def test_what_the_candidate_never_did_is_their_situation_not_the_subject_asked(
    answerer: Answerer,
) -> None:
    picker = ad(
        "Warehouse Operative",
        """Northgate Logistics is hiring warehouse operatives for our chilled site in Corby.

## What you'll do

- Pick and pack customer orders with a handheld scanner
- Load and unload delivery vehicles

## About you

- No experience needed, full training given on site
- Able to stand and walk for a 10-hour shift

## What we offer

- £12.60 per hour, paid weekly
- Free parking on site
""",
        lang="en",
    )
    # The warehouse is where the candidate never worked, not a thing the line must name.
    question = "never worked in a warehouse b4, can i still apply"
    assert quoted(answerer, picker, question).startswith("No experience needed")
    assert quoted(answerer, picker, "never packed orders before, is that ok").startswith(
        "No experience needed"
    )
    # What the posting does not say stays unsaid, whatever the candidate never did.
    assert quoted(answerer, picker, "never worked nights, is there a night shift premium") == ""


def test_how_do_i_apply_is_answered_from_the_first_step_under_how_to_apply(
    answerer: Answerer,
) -> None:
    """ "how do i apply" — the steps under "HOW TO APPLY" from the first ("Register or log in …"),
    not the privacy note closing the section that says it will never send your CV on: the
    question names nothing but the way in, and the heading names it."""
    listing = ad(
        "Junior Deckhand",
        """HOW TO APPLY
1. Register or log in to your free crew profile.
2. Upload an up-to-date CV (PDF) with a professional photo.
3. Add two recent references with contact details.
4. Click "Apply now" on this listing and quote Ref: HH-2417.

Registration is FREE for crew.
Your data is processed in line with our Privacy Policy. We will never send your CV on without
your consent.
""",
        lang="en",
    )
    assert "Register or log in" in quoted(answerer, listing, "how do i apply")


def test_a_heading_naming_the_job_heads_no_list_of_the_way_in(answerer: Answerer) -> None:
    """«кому писать по баристе» under a heading naming the job («Бариста в кофейню»): the
    handle to write to, not the list's first line."""
    listing = ad(
        "Бариста",
        """## Бариста в кофейню «Зерно»

- Смены 2/2 с 8:00 до 20:00
- Оплата 2 500 ₽ за смену

Пишите в Telegram @hr_zerno
""",
    )
    assert "@hr_zerno" in quoted(answerer, listing, "кому писать по баристе")


def test_who_pays_the_flights_asks_the_travel_to_the_job(answerer: Answerer) -> None:
    """ "who pays flights to the ship" — "Travel to and from the vessel at company expense": the
    flights a candidate asks about are the journey to a job far from home."""
    listing = ad(
        "Second Engineer",
        """## We offer

- Wage: USD 9,500 per month
- Travel to and from the vessel at company expense, economy class
- Internet on board
""",
        lang="en",
    )
    assert "Travel to and from the vessel" in quoted(
        answerer, listing, "who pays flights to the ship"
    )


def test_where_a_cv_is_sent_is_the_address_to_write_to_not_the_office(
    answerer: Answerer,
) -> None:
    # «куда резюме кидать» asks where to send it (a thing between «куда» and the verb): the
    # e-mail, not the street one could also bring it to; the recruiter's contacts, not a line
    # that only says «присылайте».
    notice = ad(
        "Специалист",
        """**Как откликнуться**

Резюме направлять на электронную почту kadry@mfc.example с пометкой «Специалист».
Резюме также можно принести лично в отдел кадров: ул. Ленина, 12, каб. 214, пн–пт с 9:00 до 17:00.
""",
    )
    assert "kadry@mfc.example" in quoted(answerer, notice, "куда резюме кидать")
    agency = ad(
        "Мастер участка",
        """Контакты по вакансии: рекрутер Светлана Мальцева, +7 (912) 604-18-37, s.m@kadr.example
Резюме просьба направлять с пометкой «Мастер».

Если вакансия вам не подошла — присылайте резюме, подберем другие варианты!
""",
    )
    assert "+7 (912) 604-18-37" in quoted(answerer, agency, "куда резюме кидать")


def test_how_long_the_visa_takes_is_the_length_given_after_its_dash(answerer: Answerer) -> None:
    # «срок оформления визы — 1,5–2 месяца с момента сдачи документов»: the length after the
    # dash is the visa's (the documents named after it are when it counts from), and the
    # visa's processing is the visa asked; no price of it is given.
    post = ad(
        "Оператор линии",
        """🛂 ВИЗА
▪️ для граждан РФ — E-7-3 по приглашению завода
▪️ срок оформления визы — 1,5–2 месяца с момента сдачи документов

📋 ЭТАПЫ
1️⃣ Сбор документов, подача на визу
2️⃣ Получение визы → покупка билета → вылет
""",
    )
    assert "1,5–2 месяца" in quoted(answerer, post, "скока ждать визу")
    assert quoted(answerer, post, "госпошлина за визу скока") == ""


def test_trial_days_counted_before_the_word_trial(answerer: Answerer) -> None:
    """«пробные дни оплачиваются?» — «Первые 3 дня — пробные, оплачиваются по расценке»: the
    days named first and «пробные» after a dash are the trial days the posting speaks of."""
    sewing = ad(
        "Швея в цех",
        """## Условия

- зарплата сдельная, от 25 000 сом
- Первые 3 дня — пробные, оплачиваются по расценке
- общежитие бесплатно
""",
    )
    assert "пробные" in quoted(answerer, sewing, "пробные дни оплачиваются или бесплатно")


def test_an_alternative_after_a_preposition_is_one_of_two_asked(answerer: Answerer) -> None:
    """«оформление официальное или по договорённости» — «официальное оформление по Трудовому
    кодексу РФ»: the second option, named past its preposition, is one of two asked, and the
    line on the first answers."""
    theatre = ad(
        "Монтировщик сцены",
        """## Условия

- официальное оформление по Трудовому кодексу РФ, «белая» зарплата
- график по репертуару, выходной понедельник
""",
    )
    assert "официальное оформление" in quoted(
        answerer, theatre, "оформление официальное или по договорённости"
    )


def test_a_sum_with_its_sign_after_the_figure_is_a_price(answerer: Answerer) -> None:
    """«скока стоят услуги агентства» — «Наши услуги стоят 1 200 $.»: Russian and most of Europe
    write the sign after the sum, and it is as much a price as «$1 200»."""
    agency = ad(
        "Помощница по хозяйству в Израиль",
        """## Условия

- виза на год с продлением
- Наши услуги стоят 1 200 $.
- сопровождение куратора на русском языке
""",
    )
    assert "1 200 $" in quoted(answerer, agency, "скока стоят услуги агентства")


def test_whom_to_come_to_asks_for_the_contact(answerer: Answerer) -> None:
    """«к кому подойти насчет работы» — «Обращаться к старосте храма Нине Петровне … по
    телефону …»: whom to come to is the contact."""
    parish = ad(
        "Сторож (ночной)",
        """## Условия

- ночные дежурства с 19:00 до 7:30, график сутки через двое
- иногородним возможно проживание в сторожке при храме

Обращаться к старосте храма Нине Петровне или по телефону лавки: +7 (4822) 00-35-17.
""",
    )
    assert "Нине Петровне" in quoted(answerer, parish, "к кому подойти насчет работы")


def test_a_line_under_a_pay_heading_with_a_sum_or_a_share_gives_that_pay(
    answerer: Answerer,
) -> None:
    """«скок за метр платите» — «сдельная, от 900 ₽ за м²» under «Оплата»: the line names no
    pay word of its own («оплата» is one only in questions), its heading does; so does «старшему
    в бригаде +15% к выработке» for «старшему больше платят?». A discount's share under the same
    heading stays the discount's."""
    page = ad(
        "Плиточник",
        """Ремонтная компания «Квадрат» ищет плиточников на объекты в новостройках.

## Оплата

- сдельная, от 900 ₽ за м² (зависит от формата плитки)
- старшему в бригаде +15% к выработке
- в сезон ребята выходят на 110–160 тыс. в месяц
- скидка 20% на материалы в нашем магазине

## График

- 6/1 с 8:00 до 19:00
""",
    )
    assert "от 900 ₽ за м²" in quoted(answerer, page, "скок за метр платите")
    assert "+15% к выработке" in quoted(answerer, page, "старшему больше платят?")
    assert "скидка 20%" not in quoted(answerer, page, "зп какая")


def test_a_spiff_per_sale_is_a_bonus_not_the_wage(answerer: Answerer) -> None:
    """ "how much does it pay" — "$24 - $31 per hour", not "Spiff of $40 for every service plan
    sold" under the same "Compensation" heading: a spiff is a sales bonus."""
    page = ad(
        "Appliance Repair Technician",
        """## Compensation & Benefits

- Weekly pay, every Friday via direct deposit
- $24 - $31 per hour depending on experience and certifications
- Spiff of $40 for every service plan sold (optional)
- Paid time off: 10 days a year
""",
        lang="en",
    )
    assert "$24 - $31 per hour" in quoted(answerer, page, "how much does it pay")
    assert "Spiff" in quoted(answerer, page, "any bonus for selling plans")


def test_the_days_of_the_month_pay_comes_asked_need_a_date(answerer: Answerer) -> None:
    """«каких числах выплата» — «выплата два раза в месяц» says how often, not on which days;
    «зп когда приходит, какие числа» is answered by «выплаты дважды в месяц — 10-го и 25-го»."""
    twice = ad(
        "Сторож",
        """## Условия

- Оплата: 1 600 руб. за смену, выплата два раза в месяц.
- график сутки через трое
""",
    )
    assert quoted(answerer, twice, "каких числах выплата") == ""
    assert quoted(answerer, twice, "какая оплата") != ""
    dated = ad(
        "Кладовщик",
        """## Условия

- Платим от 68 000 до 85 000 рублей в месяц, выплаты дважды в месяц — 10-го и 25-го.
- график 5/2 с 9:00 до 18:00
""",
    )
    assert "10-го и 25-го" in quoted(answerer, dated, "зп когда приходит, какие числа")


def test_a_thing_asked_how_much_in_money_needs_a_sum(answerer: Answerer) -> None:
    """«квартальная премия какая по деньгам» — «ежеквартальная премия по итогам работы» names
    the bonus without its size; «премия какая по деньгам» of «премия до 5 000 ₽ в квартал» is
    answered by the sum."""
    page = ad(
        "Санитар",
        """## Условия

- оклад 32 000 ₽ плюс надбавки
- ежеквартальная премия по итогам работы
- график 2/2 по 12 часов
""",
    )
    assert quoted(answerer, page, "квартальная премия какая по деньгам") == ""
    sized = ad(
        "Санитар",
        """## Условия

- оклад 32 000 ₽ плюс надбавки
- ежеквартальная премия до 5 000 ₽ по итогам работы
""",
    )
    assert "5 000 ₽" in quoted(answerer, sized, "квартальная премия какая по деньгам")


def test_who_pays_for_a_thing_is_not_answered_by_the_pay_line(answerer: Answerer) -> None:
    """ "who pays for the vsc" — "Pay: $24.00-$27.50 per hour": the wage names no check, nor
    "the work card" of "does the agency pay for the work card"; the pay asked is still answered
    by it."""
    page = ad(
        "Personal Support Worker",
        """## Pay

- Pay: $24.00-$27.50 per hour

## Requirements

- Clear Vulnerable Sector Check (VSC) dated within the last 6 months
""",
        lang="en",
    )
    assert quoted(answerer, page, "who pays for the vsc") == ""
    assert quoted(answerer, page, "does the agency pay for the work card") == ""
    assert "$24.00-$27.50" in quoted(answerer, page, "how much do you pay")


def test_a_sum_after_its_sign_counts_no_thing(answerer: Answerer) -> None:
    """ "how many plants a day" — "Piece rate per plant, usually between $0.85 and $1.40 per
    plant": the cents of a rate count no plants; "300 plants a day" does."""
    work = """**The work**
- Cane pruning, stripping and wrapping
- It's physical, repetitive work outdoors - you'll be on your feet all day

**Pay**
- Piece rate per plant, usually between $0.85 and $1.40 per plant depending on the block
- Everyone is guaranteed at least the minimum wage ($23.50/hr)
"""
    page = ad("Winter Pruner", work, lang="en")
    assert quoted(answerer, page, "how many plants a day") == ""
    counted = ad("Winter Pruner", work + "- Most pruners do 300 plants a day\n", lang="en")
    assert "300 plants" in quoted(answerer, counted, "how many plants a day")


def test_an_apprenticeship_board_field_reads_with_its_value(answerer: Answerer) -> None:
    """GOV.UK's "Find an apprenticeship" prints each field as its label on a line of its own and
    the value on the next: "Possible start date" / "Monday 1 September 2025", "College or
    training organisation" / "HADLOW COLLEGE (…)" — the value in capitals is the field's, no
    heading of its own."""
    page = ad(
        "Apprentice Arborist",
        """Apprentice Arborist (Tree Surgery) - Level 2
HOLLINS & REED TREE SURGERY LTD
Ashford (TN25 4BH)

Summary

You'll learn climbing, pruning and felling with all training paid for.

Hours
Monday to Friday, 7.30am to 4pm.
40 hours a week
Possible start date
Monday 1 September 2025
Positions available
1

Training

Apprenticeships include time away from working for specialist training.

College or training organisation
HADLOW COLLEGE (NORTH KENT & HADLOW GROUP)

Your training plan
Day release at the college every Wednesday during term time.
""",
        lang="en",
    )
    assert "1 September 2025" in quoted(answerer, page, "when would i start")
    assert "HADLOW COLLEGE" in quoted(answerer, page, "which college is it with")


def test_a_title_s_terms_after_a_dash_are_no_role(answerer: Answerer) -> None:
    """A Workday page titled "Barback - Full Time (Swing/Grave)" prints "time type" / "Full
    time" in its card: "what time does grave start" asks no other role's hours, and "Swing
    typically runs 6:00pm-2:30am, grave typically 10:00pm-6:30am." answers it."""
    page = ad(
        "Barback - Full Time (Swing/Grave)",
        """# Barback - Full Time (Swing/Grave)

time type
Full time

**Your Role:**

The Barback supports bartenders by keeping bars stocked, clean and ready for service.

**Schedule:**

This position is for swing and graveyard shifts. Swing typically runs 6:00pm-2:30am, grave
typically 10:00pm-6:30am. Schedules are posted weekly.
""",
        lang="en",
    )
    assert "10:00pm-6:30am" in quoted(answerer, page, "what time does grave start")


def test_whether_one_fits_is_said_by_the_requirements(answerer: Answerer) -> None:
    """«иврит не знаю вообще, это проблема?» — «разговорный иврит на базовом уровне» among the
    requirements, not «трудовой договор на иврите» among the conditions, which names the same
    language first: whether one fits asks what one must bring, as «нужен» does; so does "my
    swedish is basic, is that ok"."""
    agency = ad(
        "Сиделка в Израиль",
        """## Условия

- официальный трудовой договор на иврите с переводом на русский
- проживание в семье подопечного

## Требования

- разговорный иврит или английский на базовом уровне
- опыт ухода за пожилыми
""",
    )
    assert "на базовом уровне" in quoted(answerer, agency, "иврит не знаю вообще, это проблема?")
    page = ad(
        "Customer Success Manager",
        """## About us

- We help Swedish housing cooperatives cut their energy bills with smart metering.

## What you bring

- You speak and write fluent Swedish and English
- Two years in a customer-facing role
""",
        lang="en",
    )
    assert "fluent Swedish" in quoted(answerer, page, "my swedish is basic, is that ok")


def test_the_day_pay_comes_is_the_pay_line(answerer: Answerer) -> None:
    """ "when is payday" — "Paid on the 25th of every month into your Japanese bank account",
    not "Salary is paid 12 months …" after it: a line opening with the day pay comes is the
    pay's line, as "Paid every Friday" is."""
    school = ad(
        "Assistant Language Teacher",
        """## Salary

- Paid on the 25th of every month into your Japanese bank account
- Salary is paid 12 months; in August (summer break) the salary is ¥180,000
""",
        lang="en",
    )
    assert "25th" in quoted(answerer, school, "when is payday")


def test_prepare_builds_an_index_once_and_answers_stay_the_same(
    answerer: Answerer, barista: Posting
) -> None:
    fresh = barista.model_copy(update={"slug": "b-prepared"})
    assert not answerer.has_index(fresh)
    assert answerer.prepare(fresh)
    assert answerer.has_index(fresh)
    assert not answerer.prepare(fresh)  # built already: nothing to do
    cold = Answerer()
    for question in ["Какой график?", "Сколько платят?", "Is it remote?", "графек?"]:
        assert answerer.answer(fresh, question) == cold.answer(barista, question)


def test_prepare_never_loads_the_engine(barista: Posting) -> None:
    deferred = Answerer(deferred=True)
    assert not deferred.prepare(barista)  # loading takes far longer than a question waits
    assert not deferred.ready and deferred.indexed == 0


def test_a_page_signing_its_reply_on_the_quote_line_answers_the_comment_over_it(
    answerer: Answerer,
) -> None:
    # A VK copy may fold the page's name in bold and its reply into one line of a quote block
    # («> **ЭкоТранс** Сергей, добрый день! Вахты у нас нет…»): the page answers the comment over
    # it, and the greeting it opens with («Сергей, добрый день!») answers nothing.
    post = ad(
        "Водитель мусоровоза",
        """**ЭкоТранс | Региональный оператор**
12 фев в 9:41

Требуются водители мусоровоза (категория С). Дневная смена с 6:00 до 18:00, график 2/2.

👍 84  💬 23

**Комментарии**

**Сергей Гаранин**
а на вахту вы не берёте? я из Димитровграда
12 фев в 10:15 · Ответить

> **ЭкоТранс** Сергей, добрый день! Вахты у нас нет, работа только в Ульяновске.
> 12 фев в 10:32 · Ответить

**Ирина Ковалёва**
А женщин берёте?
12 фев в 14:22 · Ответить

> **ЭкоТранс** Ирина, здравствуйте! На подборе работа тяжелая, берём только мужчин.
> 12 фев в 14:40 · Ответить
""",
        front='company: "ЭкоТранс"\n',
    )
    assert [reply.asked for reply in post.replies] == [
        "а на вахту вы не берёте? я из Димитровграда",
        "А женщин берёте?",
    ]
    assert quoted(answerer, post, "я из димитровграда, вахтой можно").startswith("Вахты у нас нет")
    assert quoted(answerer, post, "днем во сколько начинать").find("с 6:00 до 18:00") >= 0


def test_a_job_named_in_a_form_the_dictionary_reads_otherwise_is_that_job(
    answerer: Answerer,
) -> None:
    # «сторожу» is read first as «сторожить» (I guard), «горничные» as an adjective: a job's name
    # among a word's readings is the job, so «сторожу какая зарплата» asks the watchman's pay.
    parish = ad(
        "Свечница и сторож",
        """## Свечница

- продажа свечей и икон в лавке
- оплата 1 600 руб. за смену

## Сторож

- ночная охрана храма, сутки через трое
- оплата 2 200 руб. за сутки
""",
    )
    assert "2 200 руб. за сутки" in quoted(answerer, parish, "а сторожу какая зарплата")


def test_a_rotation_asked_by_its_rest_days_is_said_by_the_rotation(answerer: Answerer) -> None:
    # «сторож сутки через сколько» asks how many days off follow a day's shift: «сутки через
    # трое» says it (a rotation says how long the shift and the rest are).
    parish = ad(
        "Сторож",
        """## Обязанности

- ночная охрана храма и территории

## График

- сутки через трое, заступление в 8:00
""",
    )
    assert "сутки через трое" in quoted(answerer, parish, "сторож сутки через сколько")


def test_a_role_heading_with_lines_of_its_own_heads_the_labelled_parts_under_it(
    answerer: Answerer,
) -> None:
    """A metro's page for the roles of its title, each under a heading of its own with a line
    of its own and then «График: …», «**Кого ждем:**»: the schedule under «Дежурный по станции»
    is the duty officer's, the age under the driver's heading is not the controller's, and the
    perks «всем сотрудникам» after the last role are everyone's."""
    metro = ad(
        "Ученик машиниста электропоезда, дежурный по станции, контролер-ученик",
        """## Актуальные вакансии

### Ученик машиниста электропоезда

Обучение в Учебном центре 8 месяцев, стипендия 45 000 ₽ в месяц.

**Кого ждем:**
- мужчины и женщины от 21 до 45 лет;
- гражданство РФ.

### Дежурный по станции

Контроль работы станции, обеспечение безопасности пассажиров.
График: сутки через трое (08:00–08:00) или 2/2 по 12 часов.

### Контролер-ученик

Помощь пассажирам у турникетов, контроль оплаты проезда.
График: 2/2 по 12 часов, дневные смены.

## Что мы предлагаем всем сотрудникам

- бесплатный проезд в метро по служебному удостоверению;
- ведомственная поликлиника.
""",
    )
    assert "сутки через трое" in quoted(answerer, metro, "у дежурного по станции какой график")
    assert quoted(answerer, metro, "на контролера до скольки лет берут") == ""
    assert "бесплатный проезд" in quoted(answerer, metro, "машинистам проезд бесплатный?")


def test_night_shifts_in_the_instrumental_are_nights(answerer: Answerer) -> None:
    """«машинисты по ночам работают?» — «сменный график, с ночными сменами»: «ночными» is the
    adjective of the night (the dictionary reads it as the noun «ночное»), so the line names
    the nights asked."""
    depot = ad(
        "Машинист электропоезда",
        """## Условия

- график сменный, с ночными сменами (выходные скользящие)
- доход от 95 000 ₽
""",
    )
    assert "с ночными сменами" in quoted(answerer, depot, "по ночам работать надо?")


def test_a_reply_says_what_it_answers_with_the_comment_it_answers(answerer: Answerer) -> None:
    """«такси утром до дома оплачиваете» — the club's «Настя, утром смена в 10:00
    заканчивается, метро уже работает, так что нет)» under «такси домой утром оплачиваете?»:
    the reply answers whether the ride home is paid though its own words name neither the home
    nor the pay, as the comment over it does; «до дома» asks the way home, no work from home."""
    club = ad(
        "Ночной администратор компьютерного клуба",
        """RESPAWN | Компьютерный клуб
сегодня в 14:12

Ищем ночного админа! Смены с 22:00 до 10:00, 2500₽ за смену.
Пиши в личку группы.

👍 64   💬 23

Настя Кузнецова
такси домой утром оплачиваете?
вчера в 21:14 · Ответить · 👍 1

RESPAWN | Компьютерный клуб
Настя, утром смена в 10:00 заканчивается, метро уже работает, так что нет)
вчера в 21:30 · Ответить
""",
    )
    assert "метро уже работает" in quoted(answerer, club, "такси утром до дома оплачиваете")


def test_a_crews_clipped_words_are_the_postings_words(answerer: Answerer) -> None:
    """«за ствол надбавка есть», «броник дают?», «скока платят медпредам»: a collector's gun
    and body armour, a medical representative's clipped title, read as the posting's words."""
    collector = ad(
        "Инкассатор-водитель",
        """## Условия

- доход 68 000 — 82 000 ₽ в месяц: оклад + надбавка за работу с оружием (15% к окладу)
- бронежилет 4 класса защиты, шлем, форменная одежда
""",
    )
    assert "надбавка за работу с оружием" in quoted(answerer, collector, "за ствол надбавка есть")
    assert "бронежилет" in quoted(answerer, collector, "броник дают?")
    # the card's «опыт работы медпредом от 1 года» shares the clipped word; the pay lines do not
    rep = fixture("blind-cs", "medpred-ekb")
    assert "95 000" in quoted(answerer, rep, "скока платят медпредам у вас")


def test_a_police_check_of_another_country_is_a_background_check(answerer: Answerer) -> None:
    """Canada asks home-care staff for a "Vulnerable Sector Check", Scotland for PVG, Ireland for
    Garda vetting: "my police check is from last spring, ok?" asks of that check."""
    page = ad(
        "Home Support Worker",
        """## Requirements

- Valid driver's licence and a reliable car
- Clear Vulnerable Sector Check dated within the last 6 months
- First aid certificate (we can arrange one)
""",
        lang="en",
    )
    assert "Vulnerable Sector Check" in quoted(
        answerer, page, "my police check is from last spring is that ok"
    )


def test_a_costume_is_what_one_works_in(answerer: Answerer) -> None:
    """A costume is what a mascot or an elf works in: "do i bring my own mascot outfit" is
    answered by the line on the costume the employer lends."""
    page = ad(
        "Theme Park Mascot",
        """## What you get

- A mascot costume and cooling vest, cleaned for you after every shift
- Free park entry for you and a friend
- Discounted food on site
""",
        lang="en",
    )
    assert "mascot costume" in quoted(answerer, page, "do i have to bring my own mascot outfit")


def test_a_staff_perk_is_the_team_members_perk(answerer: Answerer) -> None:
    """A casino or a chain calls its staff "Team Members": "is employee parking free" is
    answered by "Free Team Member parking in the North Garage", no other kind of parking."""
    page = ad(
        "Cook",
        """## Perks

- Free Team Member parking in the North Garage
- Meals every shift in the Team Dining Room
- 401(k) with company match
""",
        lang="en",
    )
    assert "Team Member parking" in quoted(answerer, page, "is employee parking free")


def test_an_age_said_is_answered_by_its_own_band_or_the_limit(answerer: Answerer) -> None:
    """Pay by age bands and a minimum age: a 19-year-old's rate is the 18–20 row, and a
    15-year-old asking whether they may apply gets the minimum age, not another age's pay."""
    page = ad(
        "Seasonal Shop Assistant",
        """## Pay

- Aged 16–17: £8.00 per hour
- Aged 18–20: £10.00 per hour
- Aged 21 and over: £12.21 per hour

## Who we're looking for

- Minimum age 16
- Friendly, reliable and happy on your feet
""",
        lang="en",
    )
    assert "18–20" in quoted(answerer, page, "whats the rate for a 19 yr old")
    assert "Minimum age 16" in quoted(answerer, page, "im 15 can i apply")


def test_a_count_asked_is_not_the_count_of_an_extra_kind(answerer: Answerer) -> None:
    """«основной отпуск сколько дней» — «дополнительный отпуск за вредные условия — 7 дней»
    counts the leave given on top, not the leave asked; a line that says the usual leave
    beside the extra one answers («ежегодный отпуск 28 дней + дополнительный 3 дня»)."""
    extra = ad(
        "Контролер",
        """## Что мы предлагаем

- официальное трудоустройство, зарплата 2 раза в месяц;
- дополнительный отпуск за вредные условия труда — 7 дней;
- спортивный зал от профсоюза.
""",
    )
    assert quoted(answerer, extra, "основной отпуск сколько дней") == ""
    assert quoted(answerer, extra, "отпуск всего скока дней получается") == ""
    assert "7 дней" in quoted(answerer, extra, "дополнительный отпуск сколько дней")
    both = ad(
        "Контролер",
        """## Что мы предлагаем

- официальное трудоустройство, зарплата 2 раза в месяц;
- дополнительный отпуск за контракт — до 5 дней к основному (24 дня);
""",
    )
    assert "24 дня" in quoted(answerer, both, "отпуск сколько дней")


def test_the_title_job_of_another_kind_by_its_adjective_is_not_asked(answerer: Answerer) -> None:
    """«а дневной админ скока получает» of «Ночной администратор» asks of the day post, which
    the posting does not offer; the night one's pay answers «ночной админ сколько получает»."""
    night = ad(
        "Ночной администратор компьютерного клуба",
        """## Оплата

- 2500₽ за смену + бонус 5% от продаж бара
- выплаты 2 раза в месяц на карту

## Что делать

- закрыть кассу утром и сдать смену дневному админу
""",
    )
    assert quoted(answerer, night, "а дневной админ скока получает") == ""
    assert "2500₽ за смену" in quoted(answerer, night, "ночной админ сколько получает")
    guard = ad("Ночной охранник склада", "## Условия\n\n- оплата 2 400 ₽ за смену\n")
    assert quoted(answerer, guard, "дневной охранник сколько получает") == ""
    assert "2 400 ₽" in quoted(answerer, guard, "охранник сколько получает")


def test_a_count_of_times_counts_no_people(answerer: Answerer) -> None:
    """«сколько админов в смене» counts people: «выплаты 2 раза в месяц» in the pay line for the
    shift counts times, not admins; «в смене 2 админа» counts them."""
    body = """🌙 ГРАФИК:
смены только ночные, с 22:00 до 10:00

💸 ОПЛАТА:
2500₽ за смену + бонус 5% от продаж бара за ночь выплаты 2 раза в месяц на карту
"""
    times = ad("Ночной администратор компьютерного клуба", body)
    assert quoted(answerer, times, "сколько админов в смене") == ""
    assert quoted(answerer, times, "сколько админов в ночь работает одновременно") == ""
    staff = ad("Ночной администратор компьютерного клуба", body + "в смене 2 админа\n")
    assert "2 админа" in quoted(answerer, staff, "сколько админов в смене")


def test_whether_one_may_is_said_by_the_line_that_rules(answerer: Answerer) -> None:
    """ "can i just drop my resume in" — "Please no walk-ins with resumes during service", not
    "Please hit apply with your resume …" before it, which scores the same: a question whether
    one may is said by the line that rules (a refusal, a limit), not by the order of the lines;
    so «я студентка очка, подойду?» by «Студентов очной формы не рассматриваем», not by the
    line on part-time students before it."""
    cafe = ad(
        "Barista",
        """## How to apply

- Please hit apply with your resume and a short note about your coffee experience.
- Please no walk-ins with resumes during service, we're too busy to chat properly!
""",
        lang="en",
    )
    assert "no walk-ins" in quoted(answerer, cafe, "can i just drop my resume in")
    shop = ad(
        "Помощник в магазин",
        """## Условия

- Студенты заочники - пишите, обсудим.
- Студентов очной формы не рассматриваем, извините.
""",
    )
    assert "не рассматриваем" in quoted(answerer, shop, "я студентка очка 2 курс, подойду?")


def test_a_lack_stated_is_said_by_the_line_that_rules(answerer: Answerer) -> None:
    """ "i dont drive, is there a bus" — "there's no bus stop close by", not the drive to the
    post office before it, which scores the same: a candidate stating what they lack («никогда
    не работала», "i dont drive") asks whether they may, and the line that rules says it;
    «че делать» after the lack still asks what to do, not leave."""
    studio = ad(
        "Studio Assistant",
        """## The job

- Packing orders and getting them to the post office (a 4 min drive, you'd use the studio car).
- You need to be 18+ and able to get here yourself: there's no bus stop close by, but there's
  free parking in the driveway.
""",
        lang="en",
    )
    assert "no bus stop" in quoted(answerer, studio, "i dont drive, is there a bus")
    till = ad(
        "Кассир билетной кассы",
        """Ищем кассиров в билетные кассы станций.

## Условия

- надбавка за стаж в компании — со второго года работы
- Опыт не нужен — всему научим в учебном центре.
""",
    )
    assert "Опыт не нужен" in quoted(answerer, till, "кассиром никогда не работала это норм")
    maid = ad(
        "Горничная в отель",
        """## Условия

- Медкнижка нужна обязательно.
- Если уезжаете раньше 3 месяцев — дорогу не компенсируем и удерживаем стоимость медкнижки
""",
    )
    assert "нужна обязательно" in quoted(answerer, maid, "медкнижки у меня нет, че делать")


def test_a_long_shift_asked_is_its_length(answerer: Answerer) -> None:
    """«смена длинная?» asks how long a shift is: the line with its hours answers, not the
    line that only names the shifts."""
    page = ad(
        "Волонтёр музея",
        """## Как это устроено

Выбирайте смены в общем календаре и приходите!
Смены обычно по 4 часа, можно выбирать удобные дни.
""",
    )
    assert "по 4 часа" in quoted(answerer, page, "смена длинная?")


def test_pay_by_agreement_is_what_a_job_without_a_sum_pays(answerer: Answerer) -> None:
    """Two jobs, a sum for one and «Оплата по договорённости» for the other: «а дворнику какая
    зарплата» is answered by the pay by agreement (what the pay is where no sum is given), and
    the other job's pay is still its sum."""
    page = ad(
        "Уборщица и дворник",
        """Школе требуются:

**1. УБОРЩИЦА**

Обязанности:
- влажная уборка классов и коридоров;
- мытьё окон раз в четверть.

График: пн–пт с 14:00 до 20:00.

Оплата: 28 000 руб. в месяц, выплата два раза в месяц.

**2. ДВОРНИК**

Обязанности:
- уборка территории школы;
- чистка снега зимой.

График: пн–пт с 6:00 до 12:00.

Оплата по договорённости, обсуждается при собеседовании с директором.

---

Звонить завхозу: 8 (4942) 00-11-22.
""",
    )
    assert "по договорённости" in quoted(answerer, page, "а дворнику какая зарплата")
    assert "28 000" in quoted(answerer, page, "уборщице сколько платят")


def test_a_sum_in_another_countrys_currency_is_the_pay(answerer: Answerer) -> None:
    """ "whats the salary" — "Salary: 48 000 – 56 000 SEK / month", not the parental top-up
    "to 90% of your salary" before it: a sum in kronor, zloty or shillings is a sum of money,
    as one in euros is."""
    startup = ad(
        "Customer Success Manager",
        """## What we offer

- Parental pay top-up: we top up your parental leave pay to 90% of your salary for up to 6 months
- Salary: 48 000 – 56 000 SEK / month
""",
        lang="en",
    )
    assert "SEK" in quoted(answerer, startup, "whats the salary")


def test_hours_with_am_and_pm_say_when_the_day_ends(answerer: Answerer) -> None:
    """ "what time would i start and finish" — "Monday - Friday, 8:00 AM - 2:30 PM": a range
    of hours written with am/pm says when the day ends, as "8:00 - 14:30" does."""
    school = ad(
        "Paraeducator",
        """## Position details

- Work Schedule: Monday - Friday, 8:00 AM - 2:30 PM, includes a 30-minute unpaid lunch.
- Hours per Day: 6.5
""",
        lang="en",
    )
    assert "2:30 PM" in quoted(answerer, school, "what time would i start and finish")


def test_what_time_start_and_end_asks_the_hours(answerer: Answerer) -> None:
    """ "wat time start and end" — "rotating shifts between 10am and 10pm": the start and the
    end asked with no word between "what time" and them, the question word as a chat types it,
    are what a range of hours shows."""
    shop = ad(
        "Retail Supervisor",
        """Permanent, Full Time

## Roles & Responsibilities

Responsibilities:
- Plan weekly staff rosters and cover breaks and absences
- Handle opening and closing of the outlet, including cash float and daily cash-up

Working hours:
- 5-day work week, 44 hours, rotating shifts between 10am and 10pm
- Must be able to work weekends and public holidays (off-in-lieu given)

What we offer:
- Monthly sales incentive on top of basic salary
- 14 days annual leave, increasing with years of service
- Birthday leave
""",
        lang="en",
    )
    assert "10am and 10pm" in quoted(answerer, shop, "wat time start and end")


def test_the_only_line_on_a_subject_answers_a_kind_named_otherwise(answerer: Answerer) -> None:
    """When the posting has one line on what is asked and the question names its kind by a noun
    the posting never uses, the kind the line names is its answer, or the kind asked in other
    words: «рекомендация от батюшки нужна?» — «рекомендация настоятеля
    храма», «штрафы с камер кто платит?» — «Штрафы ГИБДД оплачивает водитель» (with several
    lines on it, another kind is another line's: ``test_seed_questions``, «опыт работы в
    поддержке?»)."""
    page = ad(
        "Сторож",
        """## Требования

- рекомендация настоятеля храма или другого священника
- гражданство РФ (иностранцев не рассматриваем)
- без вредных привычек

## Условия

- график сутки через трое
- Штрафы ГИБДД, полученные по вине водителя, оплачивает водитель
""",
    )
    assert "рекомендация настоятеля" in quoted(answerer, page, "рекомендация от батюшки нужна")
    assert "Штрафы ГИБДД" in quoted(answerer, page, "штрафы с камер кто платит")
    assert "иностранцев не рассматриваем" in quoted(
        answerer, page, "я из узбекистана, гражданство уз, возьмете?"
    )


def test_pay_asked_is_not_answered_by_a_line_that_says_nothing_of_pay(answerer: Answerer) -> None:
    """A question of what one is paid ("what do u pay on sundays", «сколько платят за дни
    обучения») is not answered by a line on the days or the training that says nothing of pay
    — no pay, no sum, nothing paid or free: the posting does not say. A line of pay still
    answers, and a question whether the candidate pays is no question of pay."""
    groomer = ad(
        "Pet Groomer",
        """## Schedule

- Weekend availability required: at least two weekend days per month, plus some holidays
- Salon hours: Mon-Sat 8am-7pm

## Pay

- $17-$22 per hour plus tips
- No fee to join our academy
""",
        lang="en",
    )
    assert quoted(answerer, groomer, "what do u pay on sundays or holidays") == ""
    assert "$17-$22 per hour" in quoted(answerer, groomer, "what do you pay per hour")
    census = ad(
        "Переписчик",
        """## Условия

- Обучение переписчиков: с 22 по 27 сентября — дистанционный курс + 2 дня очных занятий
- Вознаграждение за участок — 24 000 руб.
""",
    )
    assert quoted(answerer, census, "сколько платят за дни обучения") == ""


def test_a_table_row_of_posts_states_its_pay(answerer: Answerer) -> None:
    """«скока платят учетчику» — a state page's table of posts, «Учётчик пункта | 20 дней, с 3
    по 22 мая | 18 000 руб. за весь период»: the post's cell says whose row it is, each other
    cell is said of it (the days' count in the middle cell is no other figure's); the pay of a
    contract for a piece of work is its «вознаграждение»; and the post
    named in the dative («бригадиру учетчиков») is read with its own row."""
    post = ad(
        "Учётчик, бригадир учётчиков (временная работа)",
        """# Набор временного персонала для сельскохозяйственного учёта

## Кто нам нужен

| Должность | Срок привлечения | Вознаграждение |
|---|---|---|
| Учётчик пункта | 20 дней, с 3 по 22 мая | 18 000 руб. за весь период |
| Бригадир учётчиков | 35 дней, с 20 апреля по 25 мая | 31 000 руб. за весь период |

## Обучение

Обучение учётчиков: с 25 по 28 апреля, дистанционно.
""",
    )
    assert "18 000 руб." in quoted(answerer, post, "скока платят учетчику")
    assert "31 000 руб." in quoted(answerer, post, "а бригадиру учетчиков сколько платят")


def test_a_census_post_named_in_the_dative_asks_its_pay(answerer: Answerer) -> None:
    """«а контролеру сколько дают» — a census page's table of posts: «сколько дают» of a post
    named in the dative is its pay, as «а кладовщику скока» is."""
    post = ad(
        "Переписчик, контролёр (временная работа на период переписи)",
        """## Кто нам нужен

| Должность | Срок привлечения | Вознаграждение |
|---|---|---|
| Переписчик участка | 30 дней, с 1 по 30 октября | 24 000 руб. за весь период |
| Контролёр участка | 40 дней, с 25 сентября по 3 ноября | 35 000 руб. за весь период |

## Обязанности

- обход квартир на участке и опрос жителей на планшете;
- ежедневная передача данных контролёру.
""",
    )
    assert "35 000 руб." in quoted(answerer, post, "а контролеру сколько дают")


def test_clipped_words_of_kit_duty_and_a_sim_card(answerer: Answerer) -> None:
    """«снаряга своя нужна» — «за своё снаряжение +300 ₽ к смене»; «мат ответственность
    подписывать надо» — «договор о полной материальной ответственности»; «по симке которую
    дают можно звонить» — «SIM-карта для передачи данных (голосовая связь не подключена)»:
    the chat's clipped words are the posting's («снаряга», «мат.», «симка») — also where a
    review uses the clipped word too —, and «который» opens a clause, naming nothing a line
    must have."""
    post = ad(
        "Промышленный альпинист, кладовщик",
        """Условия:
Личная система (обвязка, зажимы) — лучше своя, за своё снаряжение +300 ₽ к смене.
С кладовщиком заключаем договор о полной материальной ответственности.
Выдаём телефон и SIM-карту для передачи данных (голосовая связь не подключена).
Смена 9 часов с 8:00 до 17:00, оплата каждую пятницу.

Отзывы

«Нормальная контора, снарягу дали, бригадир адекватный» — Пользователь, 3 октября
""",
    )
    assert "снаряжение" in quoted(answerer, post, "снаряга своя нужна или ваша")
    assert "материальной" in quoted(answerer, post, "мат ответственность подписывать надо")
    assert "голосовая связь" in quoted(answerer, post, "по симке которую дают можно звонить")


@pytest.mark.parametrize(
    ("qa_set", "slug", "question", "expected"),
    [
        (
            "blind-ca",
            "prodavec-kassir-supermarket-samara",
            "можно на пару часов подрабатывать",
            "подработка от 4 часов",
        ),
        (
            "blind-bs",
            "voditel-taksi-taksopark-avtolayn-nn",
            "если сломается ремонт кто платит",
            "ремонт за счёт парка",
        ),
        ("blind-ch", "repetitor-matematika-oge-perovo", "пробный урок бесплатный?", "занятие"),
        ("blind-cr", "merchendaizer-marshrut", "отчеты в чем отправлять", "ПолкаМерч"),
        ("blind-cj", "izrail-metapelet-agentstvo", "билет на самолет вы покупаете?", "Авиабилет"),
        (
            "blind-cb",
            "otdelochniki-polsha-vroclav",
            "вам надо что то заплатить вперед?",
            "ПРЕДОПЛАТ",
        ),
        (
            "blind-am",
            "warehouse-operative-nights-daventry",
            "my mate wants to join too any bonus",
            "Refer a friend",
        ),
        ("blind-cg", "kombucha-brand-identity-packaging", "when do u pick someone", "shortlist"),
        ("blind-cr", "winter-pruner-marlborough", "what footwear do i need", "gumboots"),
        ("blind-ch", "repetitor-matematika-oge-perovo", "когда у него экз", "ОГЭ в конце мая"),
        (
            "blind-j",
            "night-care-assistant-harrogate",
            "will i have to give out meds",
            "administer medication",
        ),
        ("blind-cr", "merchendaizer-marshrut", "у меня старый андроид пойдет", "Android"),
    ],
    ids=[
        "подрабатывать",
        "ремонт",
        "урок",
        "фотоотчет",
        "авиабилет",
        "вперед",
        "mate",
        "pick",
        "footwear",
        "экз",
        "meds",
        "андроид",
    ],
)
def test_a_word_of_the_question_finds_the_word_the_ad_uses_for_it(
    answerer: Answerer, qa_set: str, slug: str, question: str, expected: str
) -> None:
    """The candidate names a thing by one word and the ad by another for the same notion — a
    verb and the noun of its deed («подрабатывать» — «подработка», «сломается» — «ремонт»,
    «отчеты» — «фотоотчет»), a thing by either of its names («урок» — «занятие», «билет» —
    «авиабилет», "mate" — "friend", "footwear" — "gumboots"), paying «вперёд» and
    «предоплата», picking and a shortlist — or a chat's clipped or Cyrillic form of the word
    («экз», "meds", «андроид»): the line that uses the ad's word answers."""
    assert expected in quoted(answerer, fixture(qa_set, slug), question)


def test_a_notice_taking_applications_from_a_date_to_a_date_says_the_deadline(
    answerer: Answerer,
) -> None:
    """«до какого числа документы подать» — «Приём заявлений с 03.02.2025 по 03.03.2025»: the
    days a state notice takes applications are the deadline asked."""
    notice = fixture("blind-ci", "vuz-komendant-obshchezhitiya")
    question = "до какого числа документы на доцента подать"
    assert "по 03.03.2025" in quoted(answerer, notice, question)


def test_a_stipend_is_the_pay_of_the_time_one_learns_the_job(answerer: Answerer) -> None:
    """«а пока учусь платите что-нибудь» — «Все 6 недель платим стипендию 30 000 ₽ в месяц»: a
    line paying a stipend speaks of the time one learns the job, so it answers the pay of that
    time, and the job's pay asked plainly («скока платят кассиру») is the wage's line, not the
    stipend's; a period's pay asked by name is its sum («скока платят на стажировке» —
    «Стипендия стажёра — 50 000 ₽ в месяц»)."""
    page = ad(
        "Кассир билетный",
        """## Зарплата

- от 52 000 до 68 000 ₽ на руки — зависит от станции и количества смен в месяце
- выплаты дважды в месяц, 12 и 27 числа, на зарплатную карту

## Обучение со стипендией

Опыт не нужен — всему научим в собственном учебном центре.
Обучение длится 6 недель, занятия по будням с 9:00 до 16:00.
Все 6 недель платим стипендию 30 000 ₽ в месяц.

## Что мы даём

- Оформление по ТК РФ с первого дня обучения, белая зарплата
""",
        front="employment: сменный график\n",
    )
    assert "стипендию 30 000" in quoted(answerer, page, "а пока учусь платите чтонибудь")
    assert "от 52 000 до 68 000" in quoted(answerer, page, "скока платят кассиру")
    intern = ad(
        "Стажёр инженер-конструктор",
        """## Условия стажировки

• Стипендия стажёра — 50 000 ₽ в месяц до вычета НДФЛ, оформление по срочному трудовому договору.
• Гибкий график под учёбу: от 20 до 30 часов в неделю
• Компенсация питания в корпоративной столовой — 350 ₽ за день присутствия
""",
    )
    assert "50 000" in quoted(answerer, intern, "скока платят на стажировке")


def test_a_line_with_every_word_asked_answers_whatever_its_subject(answerer: Answerer) -> None:
    """ "are the monthly trainings paid" — "Attends mandatory in-service trainings (4 hours per
    month, paid)" among the duties: a line holding every word of a question of three words or
    more says what is asked, though its words were read as another subject (the hours) than
    the one asked (the training)."""
    pool = ad(
        "Seasonal Lifeguard",
        """## Responsibilities

- Enforces pool rules and responds to emergencies.
- Attends mandatory in-service trainings (4 hours per month, paid).

## Season

Pre-season training begins the week of May 19.

## Pay

- $17.50 per hour, paid biweekly.
""",
        lang="en",
    )
    assert "4 hours per month, paid" in quoted(answerer, pool, "are the monthly trainings paid")


def test_a_line_under_a_question_heading_is_judged_with_its_words(answerer: Answerer) -> None:
    """ "what if i fail the final test" — "You'll get extra coaching and one retake within 30
    days." under "**What happens if I fail the final assessment?**": an FAQ-shaped page's
    answer says what its heading asks, so the heading's words count as the line's own when
    the gate judges whether it answers (as HR's FAQ answer is read with its question)."""
    academy = ad(
        "Pet Groomer",
        """## Pay

- $16/hr while in the Academy, $18–24/hr after

## FAQ

**Can I attend the Academy part-time?**
The Academy is full-time only (40 hours per week) so you can finish in 12 weeks.

**What happens if I fail the final assessment?**
You'll get extra coaching and one retake within 30 days.

**Can I bring my own dog to work?**
Sorry, only client pets are allowed in the salon.
""",
        lang="en",
    )
    asked = "what if i fail the final test"
    assert "one retake within 30 days" in quoted(answerer, academy, asked)


def test_a_prompt_to_subscribe_is_no_answer(answerer: Answerer) -> None:
    """ "do elves get tips" — "Sign up to our newsletter for offers, events and gardening tips!
    [Your email] [Subscribe]": a garden centre's page asks one to subscribe to its mailing; that
    is the publisher's word on its newsletter, not the employer's on the job."""
    post = ad(
        "Christmas Grotto Elf",
        """## The role

Greet families at the grotto and help Father Christmas hand out presents.

Pay: £11.44 an hour.

Sign up to our newsletter for offers, events and gardening tips! [Your email] [Subscribe]
""",
        lang="en",
    )
    assert quoted(answerer, post, "do elves get tips") == ""
    assert "£11.44" in quoted(answerer, post, "how much is the pay")


def test_a_ride_named_by_where_it_goes_from_or_back_to(answerer: Answerer) -> None:
    """ "is there a bus from calgary" — "We run a crew bus from Vancouver": a ride named by where
    it leaves from is a ride, and one from another town is not the one asked; "is there a van
    back to town after work" — "Free morning van from Blenheim town": the way there only."""
    planters = ad(
        "Tree Planter",
        """## Getting to camp

We run a crew bus from Vancouver on May 1 — $60 per seat, deducted from your first cheque.
""",
        lang="en",
    )
    assert quoted(answerer, planters, "is there a bus from calgary") == ""
    assert "crew bus" in quoted(answerer, planters, "is there a bus from vancouver")
    pruners = ad(
        "Winter Pruner",
        """## What we offer

- Free morning van from Blenheim town (pick up 7.00am outside the Warehouse on Grove Rd)
- Piece rates paid weekly
""",
        lang="en",
    )
    assert quoted(answerer, pruners, "is there a van back to town after work") == ""
    assert "morning van" in quoted(answerer, pruners, "is there a van to the vineyard")


def test_a_meal_break_is_no_meal_given_by_feeding(answerer: Answerer) -> None:
    """«обедом кормят на работе» — «обед с 12:00 до 13:00»: feeding is giving food, and the
    break for lunch gives none."""
    post = ad(
        "Сезонный рабочий зеленого хозяйства",
        """## Условия

Режим работы: пятидневная рабочая неделя, с 8:00 до 17:00, обед с 12:00 до 13:00.
Спецодежда выдаётся.
""",
    )
    assert quoted(answerer, post, "обедом кормят на работе") == ""
    assert "12:00" in quoted(answerer, post, "обед во сколько")


def test_of_tied_lines_the_one_labelled_with_the_topic_asked_says_it(answerer: Answerer) -> None:
    """«сколько платят» — the card's pay field «55 000 — 70 000 ₽/месяц», not the clause «оклад
    30 000 + 3% от личных продаж …» among the conditions, which scores the same: of lines that
    tie, the one labelled with the topic asked that shows what is asked (a sum) says it, not the
    order of the lines."""
    card = ad(
        "Продавец-консультант",
        """Продавец-консультант в салон сантехники
55 000 — 70 000 ₽/месяц
Екатеринбург, м. Площадь 1905 года

Салон «АкваДом» ищет в команду продавца-консультанта.

Условия:
- график 2/2 с 10:00 до 21:00
- оклад 30 000 + 3% от личных продаж, в среднем опытный продавец выходит на 70 т.р.
- скидка сотрудникам 25%
""",
        front="salary:\n  from: 55000\n  to: 70000\n  currency: RUB\n",
    )
    assert quoted(answerer, card, "сколько платят").startswith("55 000 — 70 000")
    assert quoted(answerer, card, "скока платят").startswith("55 000 — 70 000")


def test_what_a_thing_costs_asked_in_english_needs_its_sum(answerer: Answerer) -> None:
    """A question "what does food cost us" asks a price, as «сколько стоит» does: the line that
    names the meals with their sum answers, not one that only names the meals."""
    lodge = ad(
        "Line Cook",
        """## Life at the lodge

Meals are served three times a day in the employee dining room (EDR).

## Housing & Meals

Housing is $45 per pay period and meals are $90 per pay period, deducted from your paycheck.
""",
        lang="en",
    )
    assert "meals are $90 per pay period" in quoted(answerer, lodge, "what does food cost us")


def test_us_as_a_pronoun_names_no_country(answerer: Answerer) -> None:
    """In "do u give us a jersey" the "us" is the pronoun, not the United States: the jersey is
    asked, and the line on who may apply is no answer; "i live in the us" still names the
    country."""
    league = ad(
        "Referee",
        """## Who can apply

- You must be a US citizen or permanent resident.
- Must be at least 13 years old.

## Uniform

- You buy your own jersey; the league lends flags.
""",
        lang="en",
    )
    assert "own jersey" in quoted(answerer, league, "do u give us a jersey")
    assert "own jersey" in quoted(answerer, league, "do u lend us flags")
    assert "US citizen" in quoted(answerer, league, "i live in the us can i apply")


def test_chat_contractions_of_frame_words_are_no_subject(answerer: Answerer) -> None:
    """In "when do i gotta be in kodiak" the "gotta" ("got to"), like "gonna" and "wanna",
    frames the question as "got" does and names nothing a line must have."""
    boat = ad(
        "Deckhand",
        """## The season

- Be in Kodiak by June 1.
- Fishing opens around June 15 and we go until about Aug 25.
""",
        lang="en",
    )
    assert "Be in Kodiak by June 1" in quoted(answerer, boat, "when do i gotta be in kodiak")


def test_a_ride_asked_is_the_way_there(answerer: Answerer) -> None:
    """A question "any ride up" or "can i take the bus" asks the way to work, as "get to work"
    does: the employer's crew bus is a way there and answers."""
    camp = ad(
        "Tree Planter",
        """## Getting to Camp

Everyone meets at our shop in Prince George on May 2 by 10:00 AM.
We run a crew bus from Vancouver on May 1 — $60 per seat, deducted from your first cheque.
""",
        lang="en",
    )
    assert "crew bus from Vancouver" in quoted(
        answerer, camp, "im coming from vancouver, any ride up"
    )


def test_a_dealbreaker_asked_frames_whether_one_fits(answerer: Answerer) -> None:
    """In "i cant ski, is that a dealbreaker" the "dealbreaker" asks whether one fits, as "is
    that a problem" does: it names nothing a line must have."""
    lift = ad(
        "Lift Operator",
        """## Requirements

- Ski or snowboard experience is a plus, not required
- Able to stand outdoors for your full shift in winter weather
""",
        lang="en",
    )
    assert "Ski or snowboard experience" in quoted(
        answerer, lift, "i cant ski, is that a dealbreaker"
    )


def test_a_reply_answers_what_its_comment_asks_by_cue_words_alone(answerer: Answerer) -> None:
    # A comment whose plain words name no subject («утром свободна. Утренние группы есть?»)
    # asks as a candidate does: its cue words say what the club's reply under it answers. And a
    # reply bidding a minor come back «как исполнится 18» states the age one must be.
    post = ad(
        "Тренер по плаванию",
        """СПОРТКЛУБ «ВОЛНА» | Пермь
запись закреплена

Ищем тренера по плаванию для детских групп! Группы пн/ср/пт в 17:00 и 18:00.
Оплата за занятие, выплаты два раза в месяц.

Комментарии

Ольга Петрова
Работаю в школе, утром свободна. Утренние группы есть?
2 апр в 11:05   Ответить

    СПОРТКЛУБ «ВОЛНА» | Пермь
    Ольга, утренних групп пока нет, утром только аквааэробика.
    2 апр в 11:22   Ответить

Никита
а если мне 17 но в мае 18, можно заранее?
3 апр в 10:00   Ответить

    СПОРТКЛУБ «ВОЛНА» | Пермь
    Никита, привет! Пиши нам в мае, как исполнится 18 🙌
    3 апр в 10:12   Ответить
""",
    )
    assert quoted(answerer, post, "утром свободен, утренние группы у вас есть").startswith(
        "Ольга, утренних групп пока нет"
    )
    assert "как исполнится 18" in quoted(answerer, post, "мне 17, в июне 18, можно уже сейчас")


def test_travel_between_sites_is_no_move_and_the_hr_clerk_is_the_hr_office(
    answerer: Answerer,
) -> None:
    # «переезды между участками» is a вахта's travel between its sites, not the housing or a
    # move asked of by «где жить»; a «кадровик» asked for is the row of the one «по кадрам».
    post = ad(
        "Машинист катка (вахта)",
        """**Вахта:** 30/30, переезды между участками дороги (до 120 км) на служебном автобусе.

Условия:
- бесплатное проживание в общежитии, комнаты на 3 человека, душ и стиральная машина;
- питание за счёт компании.

Контакты:

| Должность | ФИО | Телефон |
|---|---|---|
| Начальник участка | Ершов Иван Петрович | 8 (3452) 40-11-20 |
| Специалист по кадрам | Белова Анна Юрьевна | 8 (3452) 40-11-35 |
""",
    )
    assert quoted(answerer, post, "где жить там").startswith("бесплатное проживание")
    assert "40-11-35" in quoted(answerer, post, "кадровику позвонить можно? номер дайте")


def test_then_home_is_the_order_of_the_day_no_change_of_the_job(answerer: Answerer) -> None:
    # «потом» asks of a change later («потом на полный день можно перейти»), but «потом домой»
    # is what one does after the shift: a line saying what goes home answers it.
    post = ad(
        "Кинолог-инспектор",
        """### Собака

За каждым инспектором закрепляется служебная собака.
Домой собаку забирать не нужно, собаки живут в вольерах на территории склада.

### Условия

- оформление по ТК РФ;
- спецодежда бесплатно.
""",
    )
    assert quoted(answerer, post, "собаку потом домой к себе забирать").startswith(
        "Домой собаку забирать не нужно"
    )


def test_a_month_asked_is_shown_by_a_month_named(answerer: Answerer) -> None:
    # «с какого месяца по какой» asks a month: the season's dates answer it, not how often pay
    # comes in a month nor the pay for one; a line naming no month does not.
    post = ad(
        "Оператор агродрона",
        """### Условия

- расчет 2 раза в месяц на карту, аванс 20-го числа;
- от 90 000 до 220 000 ₽ за месяц;
- Сезон: с 15 апреля по 31 октября.
""",
    )
    assert quoted(answerer, post, "сезон с какого месяца по какой").startswith("Сезон: с 15")
    no_dates = ad("Оператор агродрона", "### Условия\n\n- расчет 2 раза в месяц на карту.\n")
    assert not answerer.answer(no_dates, "до какого месяца работа").answered


def test_pay_of_a_role_in_the_dative_beside_a_subject_its_name_names(answerer: Answerer) -> None:
    # «помощнику дежурного сколько» asks the assistant's pay, though «дежурного» also names the
    # on-call duty: the pay row answers, not the line listing the post.
    post = ad(
        "Оперативный дежурный ЕДДС",
        """### Вакансии

- оперативный дежурный ЕДДС (2 ставки);
- помощник оперативного дежурного — оператор системы-112 (1 ставка).

### Оплата

Оперативный дежурный — от 38 500 до 47 000 руб.

Помощник оперативного дежурного (оператор-112) — от 32 000 руб.
""",
    )
    assert "32 000" in quoted(answerer, post, "а помощнику дежурного, оператору 112, сколько")


def test_how_long_the_gig_or_the_project_lasts_is_its_length_field(answerer: Answerer) -> None:
    """ "how long is the gig", «скока времени на проект», "how long is the apprenticeship": the
    length of the work itself is asked, and a board's field of it answers («Срок: 14 дней",
    "Timeline: 6 weeks", "Duration" / "2 years", "3 month contract to start") — not a line that
    only names the project or the apprenticeship."""
    order = ad(
        "Лендинг для языковой школы",
        """Бюджет: 30 000 – 45 000 ₽
Срок: 14 дней
Проекты › Сайты › Лендинги
Ответы на проект: 37

Нужен лендинг на Тильде, прототип согласуем заранее.
""",
    )
    assert quoted(answerer, order, "скока времени на проект") == "Срок: 14 дней"
    brand = ad(
        "Brand identity for a kombucha line",
        """Budget: $4,000 fixed
Timeline: 6 weeks

We're a small brewery launching our first retail kombucha line this summer.
The gig covers a logo, three labels and a one-page brand guide.
""",
        lang="en",
    )
    assert quoted(answerer, brand, "how long is the gig") == "Timeline: 6 weeks"
    apprenticeship = ad(
        "Arborist apprentice",
        """Possible start date
Monday 1 September 2025
Duration
2 years

Most of your apprenticeship is spent working.
Apprenticeships include time away from working for specialist training.
""",
        lang="en",
    )
    assert "2 years" in quoted(answerer, apprenticeship, "how long is the apprenticeship")
    tester = ad(
        "QA tester (Discord)",
        """run test passes on new builds (we push 2-3 builds a week)
3 month contract to start (Jan–Mar), good chance of extension through 1.0 launch
invoices go out every two weeks, paid within 5 days
""",
        lang="en",
    )
    assert "3 month contract" in quoted(answerer, tester, "how long is the gig")


def test_whether_the_work_goes_on_after_its_term_is_asked_of_a_line_that_says(
    answerer: Answerer,
) -> None:
    """ "any chance of more work after this", "is there a job for me after", «после октября
    можно остаться на зиму»: whether the work goes on past its term — the line that says it does
    ("potential for ongoing work", "a good chance of a permanent position", «предлагается
    постоянная работа в зимний период») answers, not the job's terms as they are."""
    brand = ad(
        "Brand identity for a kombucha line",
        """Freelance
Paid in 3 milestones through the platform: 30% at kickoff, 40% after approval, 30% on final files.
If this goes well, there's potential for ongoing work on seasonal flavors (3–4 new labels a year).
""",
        lang="en",
    )
    assert "ongoing work" in quoted(answerer, brand, "any chance of more work after this")
    apprenticeship = ad(
        "Arborist apprentice",
        """Employment: full-time apprenticeship
Company benefits
Free PPE and work clothing, 20 days holiday plus bank holidays, pension scheme.

After this apprenticeship
There is a good chance of a permanent position as a climbing arborist for the right candidate.
""",
        lang="en",
    )
    assert "permanent position" in quoted(answerer, apprenticeship, "is there a job for me after")
    season = ad(
        "Сезонные рабочие",
        """Сезон продлится с 1 апреля по 31 октября 2025 года, договор срочный.
Занятость: сезонная работа.
По итогам сезона лучшим работникам предлагается постоянная работа в зимний период.
""",
    )
    answer = quoted(answerer, season, "а после октября можно остаться на зиму")
    assert "постоянная работа" in answer
    drones = ad(
        "Оператор агродрона",
        """Сезон: с апреля по октябрь, выезды по полям района.
Возможно продление на зимний период — обслуживание техники в мастерской.
""",
    )
    answer = quoted(answerer, drones, "а зимой что, уволят после сезона")
    assert answer.startswith("Возможно продление")


def test_the_share_a_platform_keeps_is_its_commission_or_service_fee(answerer: Answerer) -> None:
    """«какой процент сервис забирает», «сервис процент с уроков забирает», "how much do u guys
    take from each booking": the share of each order the platform keeps — its commission or
    service fee («Комиссия — 18% от стоимости заказа», «Комиссия с занятий не удерживается»,
    "The 20% service fee covers payment processing") — not the service's name."""
    cleaning = ad(
        "Клинер (самозанятый)",
        """Чисто.Сервис — онлайн-платформа для заказа уборки.

## Комиссия сервиса

Комиссия — 18% от стоимости каждого выполненного заказа, удерживается автоматически.
Выплаты на карту каждый понедельник.
""",
    )
    answer = quoted(answerer, cleaning, "какой процент сервис забирает")
    assert answer.startswith("Комиссия — 18%")
    tutoring = ad(
        "Репетитор по математике",
        """Компания: Частный заказчик (сервис «УчиПрофи»)
Бюджет: 1500–2000 ₽ за занятие 60 мин
Комиссия с занятий не удерживается: клиент платит за занятия вам напрямую.
""",
    )
    answer = quoted(answerer, tutoring, "сервис процент с уроков забирает")
    assert answer.startswith("Комиссия с занятий")
    sitting = ad(
        "Become a dog walker",
        """Join 250,000+ pet care providers across the US.
Set your own rates. Sitters keep 80% of each booking.
The 20% service fee covers payment processing, 24/7 support and the Pawsley Guarantee.
There is no fee to sign up and no monthly subscription.
""",
        lang="en",
    )
    answer = quoted(answerer, sitting, "how much do u guys take from each booking")
    assert "20% service fee" in answer


def test_how_many_clients_one_looks_after_is_the_book_or_the_caseload(answerer: Answerer) -> None:
    """ "how many accounts would i handle", «сколько бабушек на одного работника»: how many
    clients one person looks after — "Own a book of around 60 housing cooperatives", "a
    portfolio of around 120 installer companies", «на одного социального работника приходится
    8–10 получателей» — whatever noun the line counts them by."""
    success = ad(
        "Customer Success Manager",
        """- Own a book of around 60 housing cooperatives and property owners
- Run onboarding calls and quarterly reviews
- You have at least 2 years of experience in Customer Success or account management
""",
        lang="en",
    )
    answer = quoted(answerer, success, "how many accounts would i handle")
    assert "book of around 60" in answer
    care = ad(
        "Социальный работник",
        """На одного социального работника приходится 8–10 получателей социальных услуг.
Работа пешком по участку, проездной оплачиваем.
""",
    )
    answer = quoted(answerer, care, "сколько бабушек на одного работника")
    assert "8–10 получателей" in answer


def test_what_the_candidate_says_of_themselves_is_asked_when_nothing_else_is(
    answerer: Answerer,
) -> None:
    """«я рисую пиксельарт, подойду»: the question adds nothing but whether one fits, so what
    they say of themselves is what they ask, and a line naming it in another form answers."""
    studio = ad(
        "2D-художник",
        """### Ответы на комментарии

**Игорь:** а пиксельарт подойдёт?
> в этот раз нет, у нас не пиксельный стиль

### Условия

- удалённо, оплата за ассет.
""",
    )
    assert "пиксельный стиль" in quoted(answerer, studio, "я рисую пиксельарт, подойду")


def test_housing_asked_of_a_business_trip_is_the_trip_s(answerer: Answerer) -> None:
    """A business trip's housing is no move (``relocation``'s ``unless``), yet a candidate who
    asks of the trip's housing asks of that very kind: the trip's line answers."""
    facades = ad(
        "Промышленный альпинист",
        """### Условия

- оплата каждую пятницу;
- Бывают командировки (Великий Новгород) на 1–3 недели: жильё оплачиваем, суточные 700 ₽.
""",
    )
    assert "жильё оплачиваем" in quoted(answerer, facades, "командировки есть? жилье там чье")


def test_going_round_homes_and_the_clients_money_are_no_housing_and_no_pay(
    answerer: Answerer,
) -> None:
    """«по квартирам ходить» is the door-to-door work, no flat one lives in; «деньги клиентов»
    are the money one pays out, not one's own pay."""
    census = ad(
        "Переписчик",
        """### Как работаем

- работа с населением ежедневно с 8:00 до 22:00;
- приём выполненной работы у контролёра.

### Оплата

- вознаграждение 24 000 ₽ за участок.
""",
    )
    assert quoted(answerer, census, "до скольки вечера можно по квартирам ходить").startswith(
        "работа с населением"
    )
    scale = ad(
        "Приёмщик-весовщик",
        """### Обязанности

- взвешивать сырьё на платформенных весах;
- рассчитываться с клиентами: выплаты наличными из кассы пункта, вести кассовую книгу.

### Условия

- Оклад 28 000 ₽ + 350 ₽ с каждой принятой тонны.
- Деньги 2 раза в месяц, 10 и 25 числа, на карту любого банка.
- График 2/2 по 12 часов (пункт открыт для клиентов с 8:00 до 20:00).
""",
    )
    assert "кассы пункта" in quoted(answerer, scale, "с деньгами клиентов самому рассчитываться")


def test_the_title_clipped_into_one_word_is_the_title(answerer: Answerer) -> None:
    # «соцработник» is the title's two words clipped into one: read as them, it weighs as they
    # do, and the title's own pay line answers what the job is paid.
    post = fixture("blind-cv", "socialnyj-rabotnik-kcson-oktyabrskij")
    assert quoted(answerer, post, "соцработнику зарплата какая").startswith("Заработная плата")


def test_where_opening_what_the_candidate_says_of_themselves_asks_no_place(
    answerer: Answerer,
) -> None:
    # «магазин, где я работаю»: «где» after a noun, before «я», opens what the candidate says of
    # their own job; the agency's office address answers nothing asked.
    post = fixture("blind-cv", "tajnyj-pokupatel-zorkij-klient")
    for question in ("можно проверить магазин, где я работаю", "банк куда я хожу проверять можно"):
        assert "Хорошёвское" not in quoted(answerer, post, question)
    assert "Хорошёвское" in quoted(answerer, post, "где ваш офис находится")


def test_a_reply_sentence_saying_the_asked_word_itself_wins_over_the_one_before_it(
    answerer: Answerer,
) -> None:
    # A reply's first sentence has its comment's words by inheritance; when a later sentence of
    # the same reply says the asked word itself and scores the same, the later one answers
    # («Выходные по согласованию…», not «Вахты нет, живём на ферме постоянно»).
    post = ad(
        "Скотник на ферму",
        """ФЕРМЕРСКОЕ ХОЗЯЙСТВО «ЛУГОВОЕ» | Вологда
запись закреплена

Ищем скотника на молочную ферму, 40 голов. Дойка утром и вечером.

Комментарии

Пётр
Выходные у вас есть или круглый год на ферме сидеть? И жильё какое?
5 мая в 09:10   Ответить

    ФЕРМЕРСКОЕ ХОЗЯЙСТВО «ЛУГОВОЕ» | Вологда
    Пётр, вахты нет, скотник живёт на ферме постоянно. \
Выходные по графику, обычно 4 дня в месяц подряд. Жильё — отдельный домик.
    5 мая в 09:40   Ответить
""",
    )
    assert "4 дня в месяц" in quoted(answerer, post, "выходные бывают или безвылазно")
    assert "отдельный домик" in quoted(answerer, post, "жилье даете? я не местный")


def test_spring_as_a_season_and_springs_as_a_place_are_no_framework(answerer: Answerer) -> None:
    # "Spring" is the Java framework only beside its parts or the JVM's languages ("Spring
    # Boot", «Spring или Hibernate»); "Spring 2025 runs …" is a season and "Hot Springs" a place:
    # a question after the tools of the job is not answered by them.
    post = ad(
        "Tree Planters - Spring 2025",
        """## The season

Spring 2025 runs May 3 to June 27. Orientation is in Prince George on May 2.
Hiring rookies for our two spring camps near Hot Springs.

## Pay

- piece rate: 11¢ to 22¢ per tree
""",
        lang="en",
    )
    assert quoted(answerer, post, "what software do you use") == ""
    assert quoted(answerer, post, "what frameworks") == ""
    java = ad(
        "Java-разработчик",
        "## Требования\n\n- опыт со Spring или Hibernate\n- знание SQL\n",
    )
    assert quoted(answerer, java, "какие фреймворки нужны").startswith("опыт со Spring")


def test_selected_candidates_are_no_choice_of_the_candidate(answerer: Answerer) -> None:
    # "Selected candidates join a ship within 2-4 months" says whom the employer picked; it does
    # not answer whether the candidate may choose the ship.
    post = ad(
        "Cruise Crew",
        """## Hiring process

- The interview is held online by video. Selected candidates usually join a ship within 2-4 months.
- Flights to and from the ship are paid by the company.
""",
        lang="en",
    )
    assert quoted(answerer, post, "can i choose which ship") == ""


def test_go_the_verb_is_no_language(answerer: Answerer) -> None:
    # "tips go to you", "you go to the owners' homes", "will i go to trade fairs": the verb, not
    # the Go language — no line or question is about the tech stack by it.
    post = ad(
        "Dog Walker",
        """## How it works

- You set your own prices and schedule.
- Owners can add tips in the app, and 100% of tips go to you.

## Events

- You'll represent us at trade fairs twice a year (Essen in March, Berlin in May).
""",
        lang="en",
    )
    assert quoted(answerer, post, "what software do you use") == ""
    assert quoted(answerer, post, "will i go to trade fairs").startswith("You'll represent us")
    stack = ad("Backend Engineer", "## Stack\n\n- scripting in Python or Go\n", lang="en")
    assert quoted(answerer, stack, "do you use go").startswith("scripting in Python or Go")


def test_the_night_s_hours_by_the_clock_with_an_uplift_are_night_pay(answerer: Answerer) -> None:
    # «ночью дороже платят» asks the night's pay: a line giving the night's hours by the clock and
    # what they add, or naming a night coefficient, says it.
    post = ad(
        "Мобильный сотрудник",
        """## Сколько платим

Перегон в пределах зоны — 250 ₽.

С 23:00 до 06:00 к любой задаче +20% (ночной коэффициент).

Выплаты каждый вторник на карту за прошлую неделю.
""",
    )
    assert quoted(answerer, post, "ночью дороже платят").startswith("С 23:00 до 06:00")
    clock = ad("Курьер", "## Оплата\n\n- 300 ₽ за заказ;\n- с 22:00 до 6:00 к заказу +15%.\n")
    assert quoted(answerer, clock, "ночью платят больше?").startswith("с 22:00 до 6:00")


def test_a_game_played_and_an_exam_failed_are_named_by_their_nouns(answerer: Answerer) -> None:
    """«самому поиграть бесплатно можно будет» — «10 бесплатных часов игры в месяц» (not the
    club's reply on paid training): the verb and the noun of its deed; «а если экзамен завалю»
    — «Даётся одна пересдача через неделю» (not the line naming the exam): a test failed is
    answered by its retake."""
    club = load_folder(FIXTURES / "postings-blind-cs").by_slug["kiberklub-night-admin"]
    assert "часов игры" in quoted(answerer, club, "самому поиграть бесплатно можно будет")
    train = load_folder(FIXTURES / "postings-blind-cp").by_slug["provodnik-passazhirskogo-vagona"]
    assert "пересдача" in quoted(answerer, train, "а если экзамен завалю")


PHPBB_TOPIC = ad(
    "Помощник на пасеку",
    """Пасечный форум » Работа » Ищу помощника на пасеку на сезон

**Ищу помощника на пасеку на сезон**

#1  **Семёныч_мёд** » 11.03.2025, 21:47
Сообщений: 2 316 | Откуда: Горный Алтай

Ищу помощника на пасеку на сезон, с мая по сентябрь. Оплата 35 000 руб. в месяц.
Опыт не нужен, всему научу.

---

#2  **Вадим_72** » 14.03.2025, 07:30
Сообщений: 211 | Откуда: Тюмень

Связь там есть? Права нужны?

#3  **Семёныч_мёд** » 14.03.2025, 09:05
Связь в селе есть, МТС и Билайн. Права категории B желательно, но не обязательно.

---

#4  **Вадим_72** » 15.03.2025, 22:10
Сообщений: 211 | Откуда: Тюмень

А пить-курить можно?

#5  **Семёныч_мёд** » 16.03.2025, 08:44
Курить — не у ульев. Спиртное — сухой закон на весь сезон.
""",
)


def test_a_phpbb_topic_headed_by_number_author_and_date_answers_with_the_authors_posts(
    answerer: Answerer,
) -> None:
    # A phpBB topic: each post headed «#N **author** » date», over the member's card «Сообщений:
    # N | Откуда: …». The topic starter's later posts answer the members' questions above them;
    # the headings and the cards are nobody's word, and a member's question is no line of the
    # posting.
    assert quoted(answerer, PHPBB_TOPIC, "курить можно?").startswith("Курить — не у ульев")
    assert "»" not in quoted(answerer, PHPBB_TOPIC, "пить можно?")
    assert quoted(answerer, PHPBB_TOPIC, "права нужны?").startswith("Права категории B")


def test_of_a_reply_to_two_questions_the_sentence_that_says_the_asked_word_answers(
    answerer: Answerer,
) -> None:
    # «Связь там есть? Права нужны?» — «Связь в селе есть, … Права категории B желательно …»:
    # both sentences hold «права» (the first from the comment it answers), and they tie; the
    # one that says the word itself answers «у меня прав нет».
    answer = quoted(answerer, PHPBB_TOPIC, "у меня прав нет, это проблема?")
    assert answer.startswith("Права категории B")


def test_a_telegram_reply_signed_by_the_channels_shorter_name_is_the_employers(
    answerer: Answerer,
) -> None:
    # The channel's name over the post carries a city and an emoji («Карамель | Праздники для
    # детей 🎈 Екатеринбург»); its replies under the comments are marked «↪ Карамель | Праздники
    # для детей»: the page's name, shorter — its reply answers the comment, which is no line of
    # the posting.
    post = ad(
        "Аниматор",
        """Карамель | Праздники для детей 🎈 Екатеринбург

НАБОР АНИМАТОРОВ на лето! Оплата за каждый выезд от 1 200 ₽.

💬 12 комментариев

Олег
официально оформляете или как
  ↪ Карамель | Праздники для детей
  Работаем по договору ГПХ, если вы самозанятый — тоже ок

Вика
А можно совмещать с учёбой?
  ↪ Карамель | Праздники для детей
  Конечно, почти вся команда студенты
""",
    )
    assert quoted(answerer, post, "оформление официальное будет?").startswith("Работаем по")


def test_never_said_as_not_once_names_no_count_of_times(answerer: Answerer) -> None:
    # «ни разу не работал» says what the candidate never did: «раз» is no count a line must
    # hold («осмотр ульев (раз в 7-9 дней)»), and the experience asked is answered.
    post = ad(
        "Помощник пасечника",
        """Ищу помощника на пасеку на сезон, прошлогодний парень ушёл в армию.

Пасека 180 пчелосемей, стоим в предгорьях у села, летом кочую на гречиху и донник.
Сроки: с 10 мая по 15 сентября, минимум до окончания откачки.
Осмотр ульев раз в 7-9 дней, противороевые мероприятия.
Подготовка рамок, навощивание.
Откачка мёда: распечатка, медогонка, фасовка по флягам.
Перевозка ульев на кочёвку — грузим ночью, когда пчела собралась, 2-3 раза за лето.
По хозяйству: покос вокруг точка, дрова, подвоз воды.
Опыт не нужен, всему научу.
Главное чтобы руки росли откуда надо.
Жильё: отдельная комната в доме в селе, свет, баня по субботам.
На кочёвке живём в вагончике у пасеки.
Питание: за мой счёт, три раза в день, готовит жена.
Оплата: 35 000 руб. в месяц, деньгами на карту.
Аллергия: перед приездом проверьтесь у аллерголога.
Первые дни даю контрольные ужаления, в аптечке супрастин.
Дорога: из Новосибирска автобусом до Бийска, там встречу на машине.
Кто отработает сезон — билеты туда-обратно компенсирую.
Выходной один в неделю, в плохую погоду.
Связь в селе есть, МТС и Билайн.
Пишите в личку или на почту, звонить вечером после 20:00.
""",
    )
    assert quoted(answerer, post, "я с пчелами ни разу не работал").startswith("Опыт не нужен")


def test_a_room_in_the_staff_house_is_the_housing_given(answerer: Answerer) -> None:
    # «комната в доме для персонала», «комната на 2 человека» is where one lives («жильё есть?»),
    # and «жить где» asks it as «где жить» does; a rest room is none.
    post = ad(
        "Пармейстер",
        """## Условия

- Для иногородних — комната в доме для персонала прямо на территории (душ, кухня, Wi-Fi).
- Комната отдыха для персонала с чайником.
- График 2/2, смена с 10:00 до 23:00.
""",
    )
    assert quoted(answerer, post, "я не местный жилье есть?").startswith("Для иногородних")
    assert quoted(answerer, post, "жить где").startswith("Для иногородних")


def test_a_bonus_named_by_another_word_first_is_paid(answerer: Answerer) -> None:
    """A bonus named by another word first ("Every Weekend Bonus:", "Pay & End-of-Season
    Bonus") is paid; only a heading opening with "Bonus" is a plus in the candidate."""
    posting = ad(
        "Scare Actor",
        """## PAY
- Actors start at $14/hr.
- **Every Weekend Bonus:** work every Friday AND Saturday of the season and get a $300 bonus.

## Bonus points
- Stage combat experience
""",
        lang="en",
    )
    assert "$300 bonus" in quoted(answerer, posting, "whats the weekend bonus thing")
    lift = ad(
        "Lift Operator",
        """## Pay & End-of-Season Bonus
- $17.50/hr, paid bi-weekly by direct deposit
- End-of-season bonus: $2.00 for every hour worked if you stay to closing day
""",
        lang="en",
    )
    assert "bi-weekly" in quoted(answerer, lift, "do u pay weekly")


def test_a_sum_followed_by_hourly_is_the_pay(answerer: Answerer) -> None:
    """A sum before "Hourly" in a portal's field row ("$18.75 Hourly") is a rate, not eighteen
    hours: it answers what the job pays, over an extra paid on top of it."""
    posting = ad(
        "School Crossing Guard (Part-Time)",
        """**Salary** $18.75 Hourly
**Job Type** Part-Time

## Pay

Employees are paid biweekly by direct deposit.
Bilingual (English/Spanish) guards receive an additional $0.50 per hour after passing a test.
""",
        lang="en",
    )
    assert "$18.75 Hourly" in quoted(answerer, posting, "how much does it pay")


def test_a_cabin_or_room_named_by_its_beds_is_where_the_crew_sleeps(answerer: Answerer) -> None:
    """A cabin named by its beds ("Shared twin cabin") is the crew's, as a shared cabin is; a
    guest cabin is none."""
    posting = ad(
        "3rd Stewardess – 52m M/Y",
        """THE YACHT
* 12 guests in 6 cabins

PACKAGE
* Uniform provided
* Shared twin cabin with ensuite (interior crew share together)
""",
        lang="en",
    )
    assert "Shared twin cabin" in quoted(answerer, posting, "will i have my own cabin")


def test_the_flight_to_join_a_far_job_is_the_journey_there(answerer: Answerer) -> None:
    """A line that says the flight to join is paid answers whether they pay it, beside a line on
    the yacht's trips."""
    posting = ad(
        "3rd Stewardess – 52m M/Y",
        """THE YACHT
* Busy charter programme – approx. 10–12 charter weeks booked + owner trips

PACKAGE
* Comprehensive medical insurance
* Flights to join paid by the yacht
* Crew chef onboard – all meals provided
""",
        lang="en",
    )
    assert "Flights to join" in quoted(answerer, posting, "do they pay the flight to join")


def test_whether_a_case_pays_more_needs_a_premium_or_the_case_s_sum(answerer: Answerer) -> None:
    # "do night skiing shifts pay more", "is sunday pay higher" and «ставка двойная» compare a
    # case's pay with the base: the shifts' hours or when pay comes say nothing of it; a sum
    # for the case or something on top does.
    post = ad(
        "Lift Operator",
        """## What you get

- Some late shifts until 8:00 pm on night-skiing days (Fri-Sat only)
- Referees are paid through RefPay within 7 days after each weekend
- Staff ski pass for the season
""",
        lang="en",
    )
    assert not answerer.answer(post, "do night skiing shifts pay more").answered
    assert not answerer.answer(post, "is sunday pay higher than saturday").answered
    paid = ad(
        "Care Assistant",
        "## Pay\n\n- £12.60 per hour, £14.10 per hour on night shifts\n- Paid weekly\n",
        lang="en",
    )
    assert "£14.10" in quoted(answerer, paid, "do night shifts pay more")
    events = ad(
        "Официант на выездные мероприятия",
        """### Оплата

- официант — 380 ₽/час;
- выплаты раз в неделю, по понедельникам на карту, за все мероприятия прошлой недели.
""",
    )
    assert not answerer.answer(events, "в новогоднюю ночь ставка двойная").answered


def test_a_sum_asked_per_a_piece_named_beside_it_needs_a_line_naming_the_piece(
    answerer: Answerer,
) -> None:
    # «за юбку сколько платят», «залог за электровел сколько», "how much per bin" ask a sum per
    # one thing: a month's pay or another thing's deposit does not say it; the piece rate does,
    # an English piece matched as written, and a unit of measure («сколько за квадрат» — «320
    # р/м²») or a pronoun («скок за них») is no piece a line must name.
    sewing = ad(
        "Швея",
        """### Условия

- Зарплата: от 25 000 до 60 000 сом;
- термокороб и фирменная куртка — под залог 1500 ₽.
""",
    )
    assert not answerer.answer(sewing, "за юбку сколько платят").answered
    assert not answerer.answer(sewing, "залог за электровел сколько").answered
    picking = ad(
        "Fruit Picker",
        "## Pay\n\n- Piece rate: $62 per bin (apples), $68 per bin (pears)\n",
        lang="en",
    )
    assert "$62 per bin" in quoted(answerer, picking, "how much per bin")
    screed = fixture("blind-bp", "brigady-otdelochnikov-novostroyki-krasnodar")
    assert "320 р/м²" in quoted(answerer, screed, "стяжка сколько за квадрат")


def test_an_older_candidate_asking_in_english_needs_an_upper_age_bound(answerer: Answerer) -> None:
    # "im 40 is that too old to caddie" asks how old one may be at most: the least age ("Must be
    # at least 14") does not say it; an upper bound ("Age below 45 years") does.
    caddie = ad(
        "Caddie",
        "## Requirements\n\n- Must be at least 14 years old by June 1, 2025\n"
        "- Able to walk 18 holes\n",
        lang="en",
    )
    assert not answerer.answer(caddie, "im 40 is that too old to caddie").answered
    nurse = ad(
        "ICU Staff Nurse",
        "## Requirements\n\n- Age below 45 years\n- 2 years of ICU experience\n",
        lang="en",
    )
    assert "below 45" in quoted(answerer, nurse, "im 40 is that too old")


def test_a_value_one_would_leave_is_not_the_value_asked(answerer: Answerer) -> None:
    # «можно 5/2 работать а не 2/2» asks leave to work 5/2: the posting's «График: 2/2» is the
    # value the candidate would leave, and does not say whether 5/2 may be worked.
    post = ad(
        "Приёмщик химчистки",
        "### Условия\n\n- График: 2/2\n- Зарплата от 45 000 ₽\n",
    )
    assert not answerer.answer(post, "можно 5/2 работать а не 2/2").answered
    assert not answerer.answer(post, "can i do 5/2 instead of 2/2").answered


def test_whether_a_thing_is_ones_own_or_given(answerer: Answerer) -> None:
    # «костюм свой покупать надо или выдаете» asks whose the costume is: buying and giving frame
    # it, and of the lines that name the costume the one that says it is given answers; a
    # requirement that names the thing and says nothing of whose it is («отсутствие аллергии на
    # бытовую химию») does not answer «химию самому покупать или ваша».
    post = ad(
        "Аниматор",
        """## Условия

- Такси за наш счёт, если едешь с куклой (костюм весит 8 кг), остальным компенсируем 200 ₽
- Костюмы даём мы, все чистые, после каждого выезда сдаём в химчистку
- Оплата 1500 ₽ за выезд

## Требования

- рост для ростовых кукол 160–175 см (иначе костюм не сядет)
- отсутствие аллергии на бытовую химию
""",
    )
    assert quoted(answerer, post, "костюм свой покупать надо или выдаете").startswith(
        "Костюмы даём мы"
    )
    assert quoted(answerer, post, "химию самому покупать или ваша") == ""


def test_the_season_s_end_is_said_by_its_dates(answerer: Answerer) -> None:
    # "when does the season end", "how long is the season": a line giving the season's dates
    # ("runs … through to mid-September", "we go until about Aug 25") says how long it lasts;
    # a bonus paid at the season's end does not.
    post = ad(
        "Lift Operator - Winter Seasonal",
        """## The job

End-of-season bonus: $2.00 for every hour worked, paid if you work through your end date.

Season dates: Mid-November (opening day is snow-dependent) through April 20, 2025.

Free season pass for you.
""",
        lang="en",
    )
    assert quoted(answerer, post, "when does the season end").startswith("Season dates:")
    crew = ad(
        "Deckhand - salmon seiner, 2025 season",
        """SEASON / DATES
- Be in Kodiak by June 1.
- Fishing usually opens around June 15 and we go until about Aug 25, depends on the run.
- You stay the whole season.
""",
        lang="en",
    )
    assert quoted(answerer, crew, "when does season wrap up").startswith("Fishing usually opens")
    prune = ad(
        "Winter Pruners - 2025 season",
        """Employment: seasonal, full-time

**The season**
- Pruning starts Monday 2 June and runs through to mid-September (weather dependent)
""",
        lang="en",
    )
    lasts = quoted(answerer, prune, "how long is the season gonna last")
    assert lasts.startswith("Pruning starts")


def test_a_clipped_compound_is_read_as_its_head(answerer: Answerer) -> None:
    # «на рыбфабрике», «в ветклинике», «хозблок»: a compound of a clipped adjective and a noun
    # the dictionary does not know is that noun too — asked of «фабрика» or «клиника», the line
    # that names it answers.
    boat = ad(
        "Матрос-обработчик",
        """Набираем экипаж на путину, выход в море в июне.

## Что делать

- Работа на рыбфабрике судна: разделка и сортировка улова, заморозка, упаковка в короба.
- Вахты по 12 часов, питание на борту.
""",
    )
    assert quoted(answerer, boat, "че делать то на фабрике").startswith("Работа на рыбфабрике")
    clinic = ad(
        "Администратор",
        """## Где работать

- Ресепшн в ветклинике на Садовой, 12: запись хозяев, выдача анализов, касса.
""",
    )
    assert quoted(answerer, clinic, "в клинике что делать?").startswith("Ресепшн в ветклинике")


def test_a_noun_asked_in_another_form_counts_whole_in_the_coverage(answerer: Answerer) -> None:
    # «только ходовка?» of «(ходовая, ТО, замена ГРМ)»: the noun the candidate clips is the
    # line's word in another form, and counts as that word when the gate weighs what the line
    # covers — not as a near word at a share.
    garage = ad(
        "Автослесарь",
        """В автосервис требуется автослесарь-универсал (ходовая, ТО, замена ГРМ). Работаем с \
иномарками, 4 подъёмника, запись всегда есть.

Опыт от 3 лет обязательно, свой инструмент приветствуется. График 2/2 с 9 до 21. Оплата 2 раза \
в месяц, без задержек.
""",
        front="city: Нижний Новгород\nsalary: от 80 000 ₽ + процент от выработки\n",
    )
    assert "ходовая" in quoted(answerer, garage, "что надо делать, только ходовка?")


def test_an_faq_verdict_on_a_question_of_no_subject_asked_says_nothing_of_it(
    answerer: Answerer,
) -> None:
    # "No. All interpreters … work as independent contractors." answers "Am I an employee?": of
    # health insurance the candidate asks, its "No" says nothing, though it names contractors.
    page = ad(
        "Contract Interpreter",
        "## Why Meridian\n\n- Steady volume from 40+ healthcare partners in Central Ohio\n\n"
        "## FAQ\n\n**Am I an employee?**\n"
        "No. All interpreters in our network work as independent contractors. We do not "
        "withhold taxes.\n\n"
        "**Do I need a car?**\nYes. Most assignments are at clinics outside the bus routes.\n",
        lang="en",
    )
    assert not answerer.answer(page, "any health insurance for contractors").answered
    # A verdict on a question of the subject asked still answers it, in other words too.
    assert quoted(answerer, page, "dont have a car is that a problem").startswith("Yes.")


def test_a_sites_news_feed_under_the_posting_is_no_answer(answerer: Answerer) -> None:
    # A municipal page copied whole: under the vacancy, the site's news feed, each row opening
    # with its date. «а на выставку сотрудников бесплатно пускают» is not answered by the news
    # of an exhibition; the vacancy's own lines still answer what they say.
    post = ad(
        "Смотритель музейного зала",
        """## Условия

- график 2/2 с 9:00 до 19:00
- оплата 38 000 ₽ в месяц

Резюме можно направить на почту отдела кадров kadry@museum.ru

---

#### Новости
**12.03.2025** Открыта выставка «Северные мастера», вход для пенсионеров бесплатный
**05.03.2025** График работы музея в праздничные дни
**01.03.2025** Музей закрыт на санитарный день

---

© 2025 МБУК «Краеведческий музей»
""",
    )
    assert quoted(answerer, post, "а на выставку сотрудников бесплатно пускают?") == ""
    assert quoted(answerer, post, "какой график").startswith("график 2/2")
    english = ad(
        "Pool Attendant",
        """## What we offer

- $17 per hour, paid biweekly

**Latest news**
March 4, 2025 – Summer swim passes now on sale at the front desk
February 20, 2025 – Pool closed for maintenance week of March 10
""",
        lang="en",
    )
    assert quoted(answerer, english, "do staff get a free swim pass") == ""


def test_two_questions_in_one_message_answer_the_answered_one(answerer: Answerer) -> None:
    # «где склад и какой автобус туда» asks two things; the message as a whole reads as one
    # question no line answers, but each of its questions has its line: the first is answered.
    # "whats the pay and do u need a licence": the pay is said, the licence is not; "is it
    # paid" after "how long is the training" asks of the training, not alone.
    post = ad(
        "Кладовщик",
        """## Условия

- оплата 52 000 ₽ в месяц
- склад: г. Тверь, ул. Складская, д. 14

Остановка «Промзона», автобусы № 7 и 21.
""",
    )
    assert "Складская" in quoted(answerer, post, "где склад находится и какой автобус туда")
    english = ad(
        "Delivery Driver",
        """## Pay

- $21 per hour plus tips

## Schedule

- Monday to Friday, 9am to 5pm
""",
        lang="en",
    )
    assert "$21" in quoted(answerer, english, "whats the pay and do u need a licence")
    assert quoted(answerer, english, "do u need a licence") == ""
    # A second question that points back at the first is no question alone.
    paid = ad(
        "Delivery Driver",
        "Pay: $21.00-$23.00/hr based on experience, +$2/hr nights.\n\n"
        "Schedule: Monday to Friday, 9am to 5pm\n",
        lang="en",
    )
    assert quoted(answerer, paid, "how long is the training and is it paid") == ""


def test_a_later_sentence_of_a_list_item_keeps_what_the_item_is_about(answerer: Answerer) -> None:
    # "ProServe certification completed … Don't have it yet? You can still apply; we reimburse
    # the course fee …": the sentence that pays for the course goes on about the certification
    # its item opens with, though it never names it; its figure is the probation's length, no
    # price of the course.
    post = ad(
        "Counter Server",
        """Friendly neighbourhood bakery café hiring a counter server.

## What you need

- Weekend availability, at least two Saturdays a month
- ProServe certification completed before your first shift. Don't have it yet? You can still apply; we reimburse the course fee after your 60-day probation.
- Able to lift 15 kg sacks of flour

## What we offer

- $17.50 per hour plus tips
- Free coffee and a loaf to take home every shift
""",  # noqa: E501
        lang="en",
    )
    assert "we reimburse the course fee" in quoted(
        answerer, post, "do you pay for the proserve course"
    )
    assert not answerer.answer(post, "how much does the proserve course cost").answered
    assert "ProServe certification completed" in quoted(answerer, post, "is proserve required")


def test_what_one_has_never_done_before_is_asked_of_the_experience_line(
    answerer: Answerer,
) -> None:
    """ "never X before, is that ok": "before" only says when inside what one has never done
    ("boots broken in BEFORE May" is no answer); the line that names the deed by the
    question's own word still answers ("if you've done moving before say so")."""
    crew = fixture("blind-cv", "deckhand-kodiak-salmon-seiner")
    assert quoted(answerer, crew, "never fished before is that ok").startswith("No experience")
    planters = fixture("blind-ct", "tree-planter-cedarline")
    assert "no experience needed" in quoted(answerer, planters, "never planted before is that ok")
    movers = fixture("blind-cb", "moving-helpers-craigslist-portland")
    assert quoted(answerer, movers, "i never moved furniture before is that ok").startswith(
        "no experience needed"
    )


def test_a_line_opening_a_case_of_its_own_is_not_the_case_asked(answerer: Answerer) -> None:
    # «если опоздаю что будет» — a line whose only word of the question is the «если» opening
    # its own case («если его нет, поможем оформить») is on another case: the rule on being late
    # says it.
    post = ad(
        "Фотограф на свадьбы",
        """## Требования

- статус самозанятого — если его нет, поможем оформить

## Правила

1. приезжать за 30 минут до начала, опоздание — штраф 1 000 ₽
2. никакого алкоголя на съемке
""",
    )
    assert quoted(answerer, post, "если опоздаю что будет").startswith("приезжать за 30 минут")


def test_the_role_asked_leads_its_own_row_of_pay(answerer: Answerer) -> None:
    # «монолитчик скока за смену» on a posting hiring several trades: the trade's own row says
    # its pay, not the advance that the shift's weekday ranks first, nor the row of the trade's
    # foreman that names it too.
    post = ad(
        "Монолитчики, арматурщики, разнорабочие — вахта",
        """👷 Требуются:
▪️ Монолитчики (опалубка, бетон) — опыт от 1 года
▪️ Арматурщики — опыт от 1 года, вязка каркасов
▪️ Разнорабочие — без опыта, уборка территории, разгрузка

💵 ОПЛАТА ЗА СМЕНУ:
▪️ Бригадир монолитчиков — 5 500 ₽
▪️ Монолитчик — 4 200 ₽
▪️ Арматурщик — 4 000 ₽
▪️ Разнорабочий — 3 000 ₽

💸 Авансы каждую пятницу до 5 000 ₽ на карту
⏰ График 6/1, смена с 8:00 до 20:00, обед 1 час
🏠 Проживание бесплатно в бытовках на территории объекта
""",
    )
    assert quoted(answerer, post, "монолитчик скока за смену").startswith("Монолитчик — 4 200")


def test_a_rank_asked_is_no_age(answerer: Answerer) -> None:
    # «старшим официантом сколько выходит» asks the rank's pay: «старший» is a rank there, not
    # «старше» (an age), and the rank's row says it.
    post = ad(
        "Официант на выездные мероприятия",
        """## Оплата

- Стажёр — 300 ₽/час
- Официант — 380 ₽/час, с опытом банкетов от 1 года — 450 ₽/час
- Старший официант (бригадир смены) — 550 ₽/час

## Частые вопросы

Со скольки лет? — С 18 лет, студентов очень ждём.
""",
    )
    assert quoted(answerer, post, "старшим официантом сколько выходит").startswith(
        "Старший официант"
    )
    assert quoted(answerer, post, "старше 45 берете").startswith("Со скольки лет")


def test_a_lack_stated_is_answered_by_the_line_that_makes_up_for_it(answerer: Answerer) -> None:
    """«карты водителя нет, возьмете?» — «Карту водителя поможем оформить», not the
    requirement «Карта водителя для тахографа обязательна» before it, which scores the same: a
    lack the candidate states is answered by the line where the employer makes up for it; so is
    "i dont own a steam deck" by "we'll send a Steam Deck on loan", not the duty naming one."""
    trucker = ad(
        "Водитель категории CE",
        """## Требования

- Карта водителя для тахографа обязательна, стаж от 3 лет.
- Карту водителя поможем оформить за 2 недели, стоимость удержим из зарплаты.
""",
    )
    assert "поможем оформить" in quoted(answerer, trucker, "карты водителя нет, возьмете?")
    tester = ad(
        "Game QA Tester",
        """## What you'll do

- Run regression passes on save/load and controller support on the Steam Deck.
- No Steam Deck at home? We'll send a Steam Deck on loan for the whole project.
""",
        lang="en",
    )
    assert "on loan" in quoted(answerer, tester, "i never owned a steam deck")


def test_a_near_tie_showing_what_is_asked_answers_over_one_that_shows_none(
    answerer: Answerer,
) -> None:
    """«лаборант во сколько работает» on a chemistry department's notice for a laboratory
    assistant — «Режим работы: … с 8:30 до 17:00», not the list of documents for the post that
    names the assistant and scores a little more: when the best line answers but shows nothing
    of what the question word asks for (a time), a runner-up that nearly ties and shows it
    answers."""
    notice = load_posting(
        Path(__file__).parent / "fixtures/postings-blind-an/kafedra-himii-assistent-laborant.md"
    )
    assert "с 8:30 до 17:00" in quoted(answerer, notice, "лаборант во сколько работает")


def test_own_gear_asked_is_said_by_a_requirement_that_says_whose(answerer: Answerer) -> None:
    # «нужен свой комп?» asks whose the gear is: a laptop among the requirements is no perk, so
    # no line of the posting is about the gear, and the requirement that says «свой» answers.
    post = ad(
        "Менеджер чатов (удалённо)",
        """## Требования

- грамотная письменная речь;
- свой ноутбук/ПК и стабильный интернет от 50 Мбит/с.

## Условия

- оплата 2 раза в месяц на карту;
- график 5/2, смены по 8 часов.
""",
    )
    assert quoted(answerer, post, "нужен свой комп?").startswith("свой ноутбук/ПК")
    post = ad(
        "Key Grip",
        """## Requirements

- 2+ years on indie sets.
- Must supply own basic hand tools and gloves; all grip and rigging equipment rented by
  production.

## Pay

- $300/day flat, 10-hour days.
""",
        lang="en",
    )
    assert quoted(answerer, post, "do i bring my own tools").startswith("Must supply own")


def test_a_lack_stated_is_met_by_the_line_that_says_what_is_done_about_it(
    answerer: Answerer,
) -> None:
    # «у меня нет самозанятости, это проблема?» — of close lines on the status that both
    # answer, the one that says what is done about the lack («поможем оформить») over the one
    # that only names it; "You can still apply" over the certification required.
    post = fixture("blind-w", "velokurer-shustrik-spb")
    assert "поможем оформить" in quoted(answerer, post, "у меня нет самозанятости, это проблема?")
    post = fixture("blind-cx", "budtender-tamarack-cannabis")
    assert "You can still apply" in quoted(
        answerer, post, "i dont have cannsell yet can i still apply"
    )
    # A best line that names the lack in the question's own words says it already.
    post = ad(
        "Фармацевт",
        """## Требования

- диплом фармацевта и действующий сертификат или аккредитация;
- рассматриваем выпускников колледжей без опыта работы;
- опыт работы с программой 1С: Аптека или аналогами будет плюсом.

## Условия

- график 2/2 с 8:00 до 21:00.
""",
    )
    assert quoted(answerer, post, "берёте без опыта?").startswith("рассматриваем выпускников")


def test_the_same_pay_for_a_kind_of_work_is_its_rate_not_paying_for_a_thing(
    answerer: Answerer,
) -> None:
    # "same pay for takedown?" compares the pay of another stretch of the work: the line that
    # keeps the rate for it answers, as for "paid for overtime?" (no "do you pay for my exam").
    post = fixture("blind-da", "holiday-lights-installer-boise")
    assert quoted(answerer, post, "same pay for takedown?").startswith(
        "Installers who come back for takedown keep their same hourly rate"
    )


def test_a_virtual_role_is_work_from_home(answerer: Answerer) -> None:
    # "can i work from home" — "Virtual Tax Pro roles are available …", not the office line.
    post = fixture("blind-cz", "bluefile-seasonal-tax-preparer")
    assert quoted(answerer, post, "can i work from home").startswith("Virtual Tax Pro roles")


REED_LISTING = ad(
    "Daily Supply Teachers & Cover Supervisors",
    """Daily Supply Teachers & Cover Supervisors - Primary & Secondary

£95 - £175 per day
Leicester, Leicestershire

Posted 2 days ago by Brightpath Education   ★ Featured

We need reliable staff for day-to-day supply.
Whether you want 1 day a week or 5, we'll work around you.

**Our daily rates:**

- Qualified Teacher (QTS/QTLS): £150 - £175 per day
- Cover Supervisor: £95 - £110 per day

**Areas we cover:** Leicester city, Oadby & Wigston, Loughborough, Hinckley and Coalville.

---

**Similar jobs**

Primary Supply Teacher - Nottingham
£135 - £170 per day · Nottingham · Temporary
Posted 1 week ago by Horizon Teachers

Teaching Assistant - SEN school
£85 - £95 per day · Leicester · Temporary
Posted today by Brightpath Education

Cover Supervisor (Long Term) - Loughborough
£100 - £110 per day · Loughborough · Contract
Posted 3 days ago by Classroom First Recruitment

Get similar jobs by email  [Create alert]
""",
    lang="en",
)


def test_a_list_of_other_jobs_a_paragraph_each_is_no_part_of_the_posting(
    answerer: Answerer,
) -> None:
    # Reed prints each similar job as a paragraph of three lines: the whole list is the
    # board's, not only its first entry; the areas line answers, and no other job's pay does.
    assert quoted(answerer, REED_LISTING, "which areas do u cover, i live near loughborough") == (
        "Leicester city, Oadby & Wigston, Loughborough, Hinckley and Coalville."
    )
    assert quoted(answerer, REED_LISTING, "whats the rate for a teaching assistant") == ""


def test_when_and_by_whom_an_ad_was_posted_is_no_line_of_it(answerer: Answerer) -> None:
    # "Posted 2 days ago by Brightpath Education ★ Featured" is the board's note, not the days
    # one works.
    listing = fixture("blind-da", "supply-teacher-cover-supervisor-leicester")
    assert quoted(answerer, listing, "can i just do 2 days a week").startswith(
        "Whether you want 1 day a week or 5"
    )


def test_a_sum_per_piece_of_the_work_is_pay(answerer: Answerer) -> None:
    # "$120 per 30-minute home visit" is what a visit pays, as "$28 per hour" is: a question on
    # the pay of a visit gets it, not the hourly rate of another way of working.
    post = ad(
        "Mall & Event Santa",
        """## Two ways to be Santa

**Mall Santa (photo sets)**
- Pay: $28–$38 per hour depending on experience and beard type
- Paid every two weeks by direct deposit

**Event & Home-Visit Santa**
- Visit homes, offices, daycares, churches and parties
- Pay: $120 per 30-minute home visit, $175 for visits on Christmas Eve
- Corporate parties are paid by the hour, rate set per booking
""",
        lang="en",
    )
    assert quoted(answerer, post, "whats the pay for a home visit").startswith("Pay: $120")


def test_a_boards_profile_widget_is_no_line_of_the_ad(answerer: Answerer) -> None:
    # Indeed's "Profile insights" / "Find out how your skills align with the job description":
    # the board speaks to its reader there; "how do i find out …" is not answered by it.
    listing = fixture("blind-da", "holiday-lights-installer-boise")
    said = quoted(answerer, listing, "how do i find out if work is cancelled")
    assert "skills align" not in said


def test_old_said_of_a_thing_asks_no_age(answerer: Answerer) -> None:
    # "an old conviction" is no age asked: the fair-chance line answers, not the least age.
    post = fixture("blind-cz", "bluefile-seasonal-tax-preparer")
    assert quoted(answerer, post, "i have an old conviction will u still consider me").startswith(
        "Pursuant to applicable fair chance laws"
    )


NUMBERED_FORUM_TOPIC = ad(
    "Тракторист на сезон",
    """Форум АгроСоседи › Работа и кадры в АПК › Требуются работники

**Тема: Требуется тракторист на сезон (посевная + уборка)**

Страница 1 из 2 · [1] 2 · След. »

---

**#1 Kolos_KFH** · Зарегистрирован: 17.11.2015 · Сообщений: 312 · Откуда: Саратовская обл.
Отправлено: 26 фев 2024, 18:47

Добрый вечер всем. КФХ, 2800 га пашни, ищем тракториста на сезон.
Оплата: на посеве 180 р/га, на уборке 3500 р/день.
Жильё: отдельный дом в селе.

[Ответить с цитатой] [Пожаловаться]

---

**#2 tolyan_mtz** · Зарегистрирован: 03.04.2021 · Сообщений: 18 · Откуда: Балашов
Отправлено: 26 фев 2024, 20:12

Здравствуйте. По оформлению как, официально или как? И сколько часов в день работа?

[Ответить с цитатой] [Пожаловаться]

---

**#3 Kolos_KFH**
Отправлено: 26 фев 2024, 20:40

> **tolyan_mtz писал(а):**
> По оформлению как, официально или как?

Оформляем срочный трудовой договор на сезон. Кто хочет самозанятым — тоже можно.

По часам: на посевной работаем с 6 утра до 21-22, зато потом перерыв.
И ещё всем: дорогу до Ершова компенсируем после отработки посевной.

[Ответить с цитатой] [Пожаловаться]

---

Страница 1 из 2 · [1] 2 · След. »
Кто сейчас на форуме: 3 зарегистрированных, 41 гость
""",
)


def test_a_forum_topic_numbered_in_bold_answers_with_the_authors_posts(answerer: Answerer) -> None:
    # A forum topic whose posts are headed «**#N author**», alone over «Отправлено: …» or before
    # the member's card on its line: the author's later post answers the member's question,
    # past the blank line under its time and a «Label: text» line of its own; the forum's line
    # of who reads it now is nobody's word.
    topic = NUMBERED_FORUM_TOPIC
    assert quoted(answerer, topic, "самозанятым можно работать?").startswith("Кто хочет самоз")
    assert "перерыв" in quoted(answerer, topic, "перерыв после посевной будет?")
    assert quoted(answerer, topic, "официально оформляете?").startswith("Оформляем срочный")
    assert quoted(answerer, topic, "дорогу оплачиваете").startswith("И ещё всем: дорогу")
    # (neither a member's card «Зарегистрирован: …» nor «… 3 зарегистрированных, 41 гость»)
    assert not quoted(answerer, topic, "зарегистрироваться надо?")


def test_a_farms_count_of_heads_counts_the_animals_asked(answerer: Answerer) -> None:
    # «на одну доярку сколько коров приходится?» — the farm's reply «в смене 2 доярки, примерно
    # по 40 голов на человека»: a farm counts its animals by the head, as a group counts
    # children by «человек».
    post = ad(
        "Доярка",
        """Ферма «Луговое»
Молочная ферма · 1 204 подписчика

Требуется доярка! График 2/2, смена с 5:00 до 17:00, зарплата 45 000 ₽ в месяц.

Комментарии

**Ирина Соколова**
Сколько коров на одну доярку?
3 фев в 19:48 · Ответить
   ↳ **Ферма «Луговое»**: Ирина, в смене 2 доярки, примерно по 40 голов на человека
     3 фев в 20:02
""",
    )
    answer = quoted(answerer, post, "на одну доярку сколько коров приходится?")
    assert "40 голов" in answer


# A stable's page whose way there is a bus to a stop clipped «ост.».
STABLE_BY_BUS = """Требуется конюх в конный клуб.

📍 Адрес: д. Горки, ул. Луговая, 8
🚌 от автостанции — автобус № 37 до ост. «Поворот на Горки», дальше 1,5 км пешком
"""


def test_a_bus_stop_shortened_ends_no_sentence(answerer: Answerer) -> None:
    # «автобус № 37 до ост. «Поворот на Горки»»: «ост.» is the stop clipped, and the stop's
    # name is what the candidate needs to know.
    post = ad(
        "Конюх",
        STABLE_BY_BUS,
    )
    assert "Поворот на Горки" in quoted(answerer, post, "как до вас добраться без машины")


def test_the_law_faculty_clipped_reads_as_the_education_it_gives(answerer: Answerer) -> None:
    # «без юрфака возьмете?»: the faculty as students clip it is the education the requirement
    # names.
    post = ad(
        "Помощник нотариуса",
        """Требования:
- высшее юридическое образование (обязательно)
- опыт работы в нотариальной конторе от 1 года
- уверенный пользователь ПК

Условия: график 5/2, с 9:30 до 18:30.
""",
    )
    assert quoted(answerer, post, "без юрфака возьмете?").startswith("высшее юридическое")


def test_a_rate_asked_of_no_known_subject_needs_a_rate(answerer: Answerer) -> None:
    # "whats the rate for a teaching assistant" names no subject the lexicon knows: the heading
    # naming the post states no rate and is no answer; a row that states one still is.
    post = ad(
        "Supply Teachers and Cover Supervisors",
        """## Roles we're booking now

- Teaching Assistant - SEN school
- Cover Supervisor - secondary, Leicester city

## Pay (PAYE, no umbrella)

- Qualified Teacher (QTS/QTLS): £150 - £175 per day
- Cover Supervisor: £95 - £110 per day""",
        lang="en",
    )
    assert quoted(answerer, post, "whats the rate for a teaching assistant") == ""
    assert quoted(answerer, post, "whats the daily rate").startswith("Qualified Teacher")


def test_a_weekend_day_asked_is_not_answered_by_the_other_one(answerer: Answerer) -> None:
    # «в воскресенье есть группы?» — «субботние группы» is Saturday's; a range of days («СБ-ВС»,
    # «пн–сб») names the days between its ends, and the days off named one by one answer.
    club = ad(
        "Тренер по шахматам",
        """## Расписание

- в клубе ещё субботние группы с 10:00 до 14:00
- минимальная нагрузка — 3 дня в неделю
""",
    )
    assert quoted(answerer, club, "в воскресенье есть группы?") == ""
    tax = ad(
        "Seasonal Tax Preparer",
        """## Schedule

- Peak season: 30–40 hours per week, including evenings and Saturdays
""",
        lang="en",
    )
    assert quoted(answerer, tax, "will i have to work sundays") == ""
    bakery = ad(
        "Продавец в пекарню",
        """Мы работаем:
ПН-ПТ  7:00 - 21:00
СБ-ВС  8:00 - 20:00
""",
    )
    assert quoted(answerer, bakery, "в субботу до скольки открыто").startswith("СБ-ВС")
    track = ad(
        "Монтёр пути",
        """## Условия

- пятидневная рабочая неделя с 8:00 до 17:00, выходные — суббота и воскресенье
""",
    )
    assert "суббота" in quoted(answerer, track, "в субботу работать надо?")


def test_a_kindergarten_asked_is_not_a_childrens_camp(answerer: Answerer) -> None:
    # «детский сад для детей сотрудников есть» — the camp given to the staff's children is not
    # a kindergarten (nor the other way round), and moving the family says nothing of either;
    # the line naming the very thing asked answers.
    rail = ad(
        "Кассир билетный",
        """## Что мы даём

- Скидки на детский летний лагерь «Электричка» для детей сотрудников
- Компенсация расходов на переезд работника и членов семьи
""",
    )
    assert quoted(answerer, rail, "детский сад для детей сотрудников есть") == ""
    assert quoted(answerer, rail, "с садиком для ребенка помогут?") == ""
    assert quoted(answerer, rail, "лагерь для детей есть?").startswith("Скидки на детский")
    plant = ad(
        "Наладчик оборудования",
        """## Социальный пакет

- ведомственный детский сад — места для детей работников в первоочередном порядке
""",
    )
    assert quoted(answerer, plant, "летний лагерь для детей есть") == ""
    assert quoted(answerer, plant, "садик для ребенка дадут?").startswith("ведомственный")


def test_shoes_asked_of_the_dress_code_need_a_line_on_shoes(answerer: Answerer) -> None:
    # «ботинки тоже выдают или свои нужны» is read as the dress code: a rule of the dress code
    # that names no shoes says nothing of them; one that names them answers.
    hearse = ad(
        "Водитель катафалка",
        """## Внешний вид

- Не допускается: яркие аксессуары, видимый пирсинг, запах табака и перегара
""",
    )
    assert quoted(answerer, hearse, "ботинки тоже выдают или свои нужны") == ""
    shop = ad(
        "Продавец",
        """## Внешний вид

- Дресс-код: чёрный низ, закрытая чёрная обувь — своя
""",
    )
    assert "обувь" in quoted(answerer, shop, "ботинки выдают или свои нужны")


def test_a_work_phone_asked_is_no_number_to_call(answerer: Answerer) -> None:
    # «телефон служебный для работы дают» asks of a phone the employer gives, not whom to call:
    # a posting that gives none does not say, whatever its numbers; a number asked still is.
    post = ad(
        "Почтальон",
        """## Как откликнуться

- Отклик на сайте или звонок по телефону горячей линии
- Горячая линия: 8 800 000-00-00 (звонок бесплатный)
""",
    )
    assert "телефон" in quoted(answerer, post, "какой телефон для связи")
    postman = fixture("blind-cz", "pochta-pochtalon-selskoe-ops")
    assert quoted(answerer, postman, "телефон служебный для работы дают") == ""


def test_a_line_under_a_heading_naming_a_subject_is_on_it(answerer: Answerer) -> None:
    # «### Внешний вид» over «Агенты работают в своём деловом костюме»: a heading of no kind that
    # names one subject says it of the lines under it that name none of their own, so «агенту в
    # чем ходить» is answered by the agents' line, not by another line on the dress code.
    post = ad(
        "Водитель катафалка, ритуальный агент",
        """## Ритуальный агент

- оклад 25 000 руб.

### Внешний вид (для всех должностей)

Строгий траурный стиль: чёрный костюм, белая рубашка.
Агенты работают в своём деловом костюме тёмных тонов.
На зимний период выдаётся чёрное драповое пальто.
Не допускается: яркие аксессуары, видимый пирсинг!!
""",
    )
    assert "деловом костюме" in quoted(answerer, post, "агенту в чем ходить на работу")
    assert "пальто" in quoted(answerer, post, "зимой в чем работать верхнюю одежду дают")


def test_a_heading_over_a_forms_questions_lends_no_subject(answerer: Answerer) -> None:
    # "Your application will include the following questions" over the form's questions and the
    # board's warning after them: those lines ask or warn, they do not say how one applies.
    post = ad(
        "Storeperson",
        """To apply, click Apply and attach your resume and a copy of your LF licence.

Your application will include the following questions:
- Which of the following statements best describes your right to work in Australia?
- Do you have a current forklift licence (LF)?

Be careful
Don't provide your bank or credit card details when applying for jobs.
Report this job ad
""",
        lang="en",
    )
    assert quoted(answerer, post, "how do i apply").startswith("To apply")


def test_a_headings_note_in_brackets_lends_no_subject(answerer: Answerer) -> None:
    # The note in a heading's brackets is an aside, not the subject of the lines under it:
    # "Clarifications (added by client)" is on no client, so "blog posts too?" is answered by
    # the update that names them; «# Лендинг для языковой школы (дизайн + верстка на Тильде)»
    # over the client's story is on no tool, so «заявки в амо црм интегрировать?» is not
    # answered by «…таплинк, заявки идут плохо».
    post = fixture("blind-ch", "woocommerce-to-shopify-migration")
    assert "blog posts" in quoted(answerer, post, "blog posts too?")
    post = fixture("blind-cl", "lending-yazykovaya-shkola-fl")
    assert quoted(answerer, post, "заявки в амо црм интегрировать?") == ""


def test_a_subject_only_a_heading_gives_answers_no_line_on_another(answerer: Answerer) -> None:
    # «Housing» lends the move to the lines on the flat; "relocation allowance" asks the move
    # by a word no line has: the commuting allowance is another allowance, so the bot abstains.
    post = ad(
        "Assistant Language Teacher",
        """## Benefits

- Commuting allowance up to ¥20,000/month, paid with salary

## Housing

- We arrange a furnished 1K apartment near your schools, company-leased
- Rent ¥45,000–¥55,000/month, deducted from your salary
""",
        lang="en",
    )
    assert quoted(answerer, post, "any relocation allowance when i arrive") == ""
    assert "apartment" in quoted(answerer, post, "do you help with relocation")


def test_rows_under_a_heading_naming_their_subject_are_each_an_items(answerer: Answerer) -> None:
    # «Age Relaxation :» over «OBC (Non-Creamy Layer) : 3 Years» and the other categories' rows:
    # each row is its category's, so "age relaxation for women?" names none of them.
    post = ad(
        "Junior Assistant",
        """Age Limit
Minimum Age : 18 Years
Maximum Age : 27 Years

Age Relaxation :
OBC (Non-Creamy Layer) : 3 Years
SC / ST : 5 Years
PwBD : 10 Years
""",
        lang="en",
    )
    assert quoted(answerer, post, "age relaxation for women?") == ""
    assert quoted(answerer, post, "age relaxation for sc st?").startswith("SC / ST")


def test_pay_per_a_unit_of_piece_work(answerer: Answerer) -> None:
    # «скока за куб», «скока за гектар»: how much per a unit of piece work (a volume, an area, a
    # weight, a piece) asks the pay, and a sum per that unit («85 руб. за кубометр», «180 р/га»)
    # is pay; the unit clipped («куб», «га», «кило», «шт.») is read as the unit.
    logging = ad(
        "Вальщик леса, оператор харвестера",
        """🪓 ВАЛЬЩИК ЛЕСА
▪️ вахта 45/15
▪️ оплата сдельная — 140 руб. за кубометр
▪️ норма выработки на бригаду — от 40 кубов в смену

🚜 ОПЕРАТОР ХАРВЕСТЕРА
▪️ вахта 30/30, смены по 11 часов
▪️ 85 руб. за кубометр + премия за выполнение плана
""",
    )
    assert quoted(answerer, logging, "скока за куб вальщику").startswith("оплата сдельная")
    farm = ad(
        "Тракторист-машинист на сезон",
        """Добрый вечер всем. КФХ, 2800 га пашни, зерновые и подсолнечник.

Оплата:
на посеве — 180 р/га на Дире, на МТЗ культивация 90 р/га
на уборке (отвоз зерна от комбайна, дисковка) — 3500 р/день
""",
    )
    assert quoted(answerer, farm, "скока за гектар на посеве").startswith("на посеве — 180 р/га")
    berries = ad(
        "Сборщик ягод",
        """## Оплата сдельная

Ягоду принимаем на весах у поля каждый вечер.

- клубника — 35 руб/кг
- малина — 90 руб за ящик
""",
    )
    assert quoted(answerer, berries, "скока за кило клубники") == "клубника — 35 руб/кг"
    picker = ad(
        "Комплектовщик (сдельно)",
        """## Расценки

- Выплаты: аванс 15 числа, расчёт 30 числа
- Сбор товара (отбор 1 позиции): 4,5 ₽ за шт.
- Упаковка заказа: 6 ₽ за заказ
""",
    )
    assert (
        quoted(answerer, picker, "скок за штуку платят")
        == "Сбор товара (отбор 1 позиции): 4,5 ₽ за шт."
    )


def test_whether_ones_own_thing_is_needed(answerer: Answerer) -> None:
    # «велосипед свой нужен», "do i need my own boots" ask whose the thing is, as buying or
    # bringing it does: of the lines that name the bicycle the one that says it is given answers,
    # not the requirement that one can ride it; a requirement of the thing itself ("steel cap
    # boots" under "What you need") says one's own is needed, and so does "You bring work boots".
    postman = ad(
        "Почтальон",
        """## Участок доставки

Доставка на служебном велосипеде (выдаётся в ОПС на сезон с апреля по октябрь), зимой — пешком.

## Что мы ждём от вас

- Возраст от 18 лет
- Умение ездить на велосипеде и хорошая физическая форма
""",
    )
    assert quoted(answerer, postman, "велосипед свой нужен").startswith(
        "Доставка на служебном велосипеде"
    )
    landscaper = ad(
        "Landscaper - casual",
        """What you need:
- must have own transport – we meet on site
- White Card (non-negotiable)
- steel cap boots

We supply PPE (hi-vis, gloves, sunnies, hats).
""",
        lang="en",
    )
    assert quoted(answerer, landscaper, "do i need my own boots") == "steel cap boots"
    crew = ad(
        "Landscape Crew Member",
        """## Gear

We provide rain gear, gloves and safety glasses. You bring work boots.
""",
        lang="en",
    )
    assert "You bring work boots" in quoted(answerer, crew, "do i need my own boots")


def test_whether_a_thing_is_paid_needs_a_line_that_names_it_in_english_too(
    answerer: Answerer,
) -> None:
    # "is the january closure paid", "do we get paid on rain days": a line on when or how much
    # the pay comes names neither the closure nor the rain days, so the posting does not say;
    # "free to" is leave, no cost; a line naming the thing still answers.
    post = ad(
        "Holiday Lights Installer",
        """## Pay

- $19 - $24 an hour
- Paid weekly every Wednesday by direct deposit
- Paid training on your first day

## Schedule

- We close for two weeks every January.
- A split shift role, 7am–11am and 5pm–10pm, with the afternoon free to get out on the hills.
- On rain days crews are called off by text by 6:30am.
""",
        lang="en",
    )
    assert quoted(answerer, post, "is the january closure paid") == ""
    assert quoted(answerer, post, "do we get paid on rain days") == ""
    installer = fixture("blind-da", "holiday-lights-installer-boise")
    assert quoted(answerer, installer, "is drive time between jobs paid") == ""
    assert quoted(answerer, post, "is the gap between split shifts paid") == ""
    assert "Paid training" in quoted(answerer, post, "is training paid")
    assert "$19" in quoted(answerer, post, "how much does it pay")


def test_a_head_or_senior_one_of_the_job_asked_needs_a_line_that_names_a_rank(
    answerer: Answerer,
) -> None:
    # "how much do head lifeguards make" asks of a rank no line names: the posting's pay is the
    # lifeguard's; a line that names the head lifeguard's pay answers.
    pool = ad(
        "Seasonal Lifeguard",
        """## Pay

- $17.25 - $19.80 hourly
- Returning lifeguards receive a $0.50/hour increase for each completed season
""",
        lang="en",
    )
    assert quoted(answerer, pool, "how much do head lifeguards make") == ""
    headed = ad(
        "Seasonal Lifeguard",
        """## Pay

- $17.25 - $19.80 hourly
- Head lifeguards: $21.50 hourly
""",
        lang="en",
    )
    assert "$21.50" in quoted(answerer, headed, "how much do head lifeguards make")


def test_the_pay_of_a_stand_in_asked_needs_a_line_that_names_one(answerer: Answerer) -> None:
    # "whats the pay rate for subs" asks of substitutes the crossing guard's listing never
    # names: its own rate is the guard's.
    guard = ad(
        "School Crossing Guard",
        """## Pay

- Salary $18.75 Hourly
""",
        lang="en",
    )
    assert quoted(answerer, guard, "whats the pay rate for subs") == ""
    assert "$18.75" in quoted(answerer, guard, "whats the pay rate")


def test_felt_boots_asked_need_a_line_that_gives_shoes(answerer: Answerer) -> None:
    # «валенки выдаете» asks of shoes given: a line that gives a vest and gloves gives none, and
    # advice to dress warm gives nothing; the gloves asked are given.
    market = ad(
        "Продавец на ёлочный базар",
        """## Условия

- Выдаем: фирменный жилет с логотипом и рабочие перчатки.
- Одевайтесь тепло: термобелье, валенки или зимние ботинки, пуховик.
""",
    )
    assert quoted(answerer, market, "валенки выдаете") == ""
    assert "перчатки" in quoted(answerer, market, "перчатки выдаете")


def test_a_boards_field_over_its_value_reads_as_a_labelled_line(answerer: Answerer) -> None:
    # Indeed's job details print "Pay" over "$18 - $25 an hour"; its footer says "Pay: $18.00 -
    # $25.00 per hour" again. Both are the card's field: the first answers, as the label of
    # either names the pay. A field of no card fact ("License/Certification" / "Driver's License
    # (Preferred)") gains nothing: the employer's own line on it answers.
    post = ad(
        "Bicycle Mechanic",
        """Job details

Pay
$18 - $25 an hour

Job type
Full-time
Part-time

Full job description

**What we're looking for**

- Valid driver's license is a plus – we do occasional pick-ups with the shop van

**Perks**

- Employee discount on parts and accessories

Job Type: Full-time, Part-time

Pay: $18.00 - $25.00 per hour

License/Certification:
* Driver's License (Preferred)
""",
        lang="en",
        front="salary:\n  from: 18\n  to: 25\n  currency: USD\n",
    )
    assert quoted(answerer, post, "whats the pay") == "$18 - $25 an hour"
    assert quoted(answerer, post, "do i need a drivers license").startswith("Valid driver's")


def test_the_crew_as_a_whole_is_the_team_one_crew_of_several_is_not(answerer: Answerer) -> None:
    # "how big is the crew" asks the head count of the shop's team: "We're 6 people" answers,
    # as it does "how big is the team". "how many guys on a crew" counts one crew of several:
    # the people the ad wants ("need 3 more reliable guys") count no crew.
    shop = ad(
        "Bicycle Mechanic",
        """**About us**

Loose Spoke is a small, independent bike shop.
We're 6 people, one shop dog, and way too many tubes of grease.
""",
        lang="en",
    )
    assert quoted(answerer, shop, "how big is the crew").startswith("We're 6 people")
    snow = ad(
        "Snow Removal Labourer",
        """We have contracts and need 3 more reliable guys or gals for the winter season.

Crews work nights after a snowfall.
""",
        lang="en",
    )
    assert quoted(answerer, snow, "how many guys on each crew") == ""


def test_a_name_asked_beats_its_words_apart(answerer: Answerer) -> None:
    # "when is santa school" names "Santa School": the line that writes the name answers, not
    # the one before it with "Santas" and "school events" apart.
    post = ad(
        "Mall Santa",
        """## About us

We place Santas at 14 malls, plus home visits, office parties and school events every December.

## Santa School (required)

All new Santas attend our one-day Santa School on Saturday, October 19, 9am–4pm.
""",
        lang="en",
    )
    assert "October 19" in quoted(answerer, post, "when is santa school")


def test_a_span_of_dates_says_when_the_season_starts(answerer: Answerer) -> None:
    def resort(line: str) -> Posting:
        return ad(
            "Lift Operator",
            f"""## The job

- Load and unload guests safely at the chairlift
- {line}
- Shifts are 8 hours, five days a week
""",
            lang="en",
        )

    for line in (
        "The season runs October 6 through December 20",
        "Season: December 12, 2025 – April 6, 2026 (weather permitting)",
        "The season runs from April 15 (weather permitting) through October 31",
    ):
        question = "when does the season start and end"
        assert quoted(answerer, resort(line), question) == line


def test_what_one_asks_to_do_at_an_age_only_frames_it(answerer: Answerer) -> None:
    usher = ad(
        "Event Usher",
        """## Requirements

- Must be 18+ (valid photo ID checked at check-in)
- Comfortable standing for a full shift
""",
        lang="en",
    )
    expected = "Must be 18+ (valid photo ID checked at check-in)"
    assert quoted(answerer, usher, "im 17 can i still sign up") == expected


def test_a_period_asked_from_what_to_what_needs_both_its_ends(answerer: Answerer) -> None:
    # «сезон с какого по какое» asks the first and last days of the season: the line that gives
    # both («с 15 мая по 30 сентября»), not the one that names the season («на летний сезон») or
    # one month («по итогам сентября»); «с какого по какое время» still asks the hours.
    post = fixture("blind-da", "massazhist-sanatoriy-zelenyy-dol")
    assert "с 15 мая по 30 сентября" in quoted(answerer, post, "сезон с какого по какое")
    notary = fixture("blind-da", "pomoshchnik-notariusa-novoslobodskaya")
    assert "с 9:30 до 18:30" in quoted(answerer, notary, "с какого по какое время работа")


def test_days_on_and_off_typed_as_words_read_as_the_schedule_printed(answerer: Answerer) -> None:
    # «2 через 2» is the «2/2» the ad prints, not a count of anything.
    post = ad(
        "Продавец на рынок",
        """## Условия

Работа 4/4 с 8:00 до 16:00.
Оплата 60 р. за выход + 5% от выручки, выплата каждую неделю.
Если нужно 2/2 - договоримся.
""",
    )
    assert quoted(answerer, post, "а 2 через 2 можно?").startswith("Если нужно 2/2")


def test_a_boards_field_of_the_place_heads_no_duties(answerer: Answerer) -> None:
    # Avito's «Где предстоит работать: в торговом центре» is the place, not what one does.
    post = fixture("blind-cy", "priemshchik-himchistki-belyi-lotos")
    assert quoted(answerer, post, "чем заниматься то надо").startswith("приём вещей")


def test_what_to_wear_no_line_is_about_is_asked_by_the_uniform_named(answerer: Answerer) -> None:
    # «в чем работать, форма ваша?»: no line is about what to wear, but the uniform asked shares
    # its general words (clothes): the line that gives the uniform answers.
    post = fixture("blind-cx", "parmeyster-berezovyy-log")
    answer = quoted(answerer, post, "в чем работать, форма ваша?")
    assert answer.startswith("Выдаём фирменную форму")


def test_payday_asked_plainly_is_the_base_pays_not_a_commissions(answerer: Answerer) -> None:
    # "when is payday" — the day the base pay comes, not the month a commission on top is paid;
    # a question naming the commission still gets the commission's line.
    shop = ad(
        "Bicycle Mechanic",
        """## Pay

Starting pay is $18–$25/hr depending on experience.
On top of that, mechanics earn 10% commission on service labor they complete (paid monthly).
We pay every other Friday by direct deposit.
""",
        lang="en",
    )
    assert quoted(answerer, shop, "when is payday").startswith("We pay every other Friday")
    assert "commission" in quoted(answerer, shop, "when is the commission paid")


def test_when_is_payday_gets_the_line_naming_the_day(answerer: Answerer) -> None:
    # "when is payday" — the day pay comes, not a commission "paid monthly" that ties with it.
    shop = ad(
        "Bicycle Mechanic",
        """## Pay

- Starting pay is $18–$25/hr depending on experience.
- On top of that, mechanics earn 10% commission on service labor they complete (paid monthly).
- We pay every other Friday by direct deposit.
""",
        lang="en",
    )
    expected = "We pay every other Friday by direct deposit"
    assert quoted(answerer, shop, "when is payday") == expected


def test_a_transit_pass_is_no_fuel_paid(answerer: Answerer) -> None:
    """«бензин компенсируете» asks for the fuel of one's own car: a line on the transit pass the
    employer pays says nothing of it, and still answers a fare asked plainly."""
    fitter = ad(
        "Электромеханик по лифтам",
        """## Условия

- проездной на общественный транспорт оплачиваем полностью
- спецодежда за счёт компании
""",
    )
    assert quoted(answerer, fitter, "если на своей машине езжу бензин компенсируете") == ""
    assert "проездной" in quoted(answerer, fitter, "проездной оплачиваете?")


def test_minutes_asked_need_a_line_counting_them(answerer: Answerer) -> None:
    """«обед сколько минут» counts minutes: the canteen's price names none; a break of so many
    minutes does."""
    depot = ad(
        "Кондуктор",
        """## Условия

- столовая в автоколонне (комплексный обед 160 руб.)
""",
    )
    assert quoted(answerer, depot, "обед на конечной сколько минут") == ""
    office = ad(
        "Кондуктор",
        """## Условия

- столовая в автоколонне (комплексный обед 160 руб.)
- перерыв на обед 40 минут
""",
    )
    assert "40 минут" in quoted(answerer, office, "перерыв на обед сколько минут")


def test_a_job_named_once_by_its_first_letters_is_not_offered(answerer: Answerer) -> None:
    """«а комбайнерам скока платят» of a tractor driver's ad: «комбайна» (the machine) and
    «Комбайнёры у нас свои» name the job once; the driver's pay is not the harvester man's."""
    farm = ad(
        "Тракторист на посевную",
        """## Оплата

- на посеве — 180 р/га на Дире, на МТЗ культивация 90 р/га
- на уборке (отвоз зерна от комбайна, дисковка) — 3500 р/день

## Ответы

- Комбайнёры у нас свои, постоянные.
""",
    )
    assert quoted(answerer, farm, "а комбайнерам у вас скока платят") == ""
    assert "180 р/га" in quoted(answerer, farm, "трактористу скока платят")


def test_a_least_number_says_no_most(answerer: Answerer) -> None:
    """«сколько карточек максимум можно взять» asks the most: «от 30 карточек в месяц» says the
    least one must take, not how many one may."""
    channel = ad(
        "Копирайтер карточек",
        """## Требования

- готовность брать от 30 карточек в месяц
""",
    )
    assert quoted(answerer, channel, "сколько карточек максимум можно взять в месяц") == ""
    assert "от 30 карточек" in quoted(answerer, channel, "сколько карточек надо брать в месяц")


def test_a_ride_home_is_no_fare_to_the_workplace_named(answerer: Answerer) -> None:
    """«проезд до ресторана компенсируете» asks the way to the workplace it names: a taxi home
    after a late event says nothing of it."""
    caterer = ad(
        "Официант на выездные мероприятия",
        """## Условия

- если мероприятие закончилось после 23:00 — такси до дома за счёт компании
""",
    )
    assert quoted(answerer, caterer, "проезд до ресторана в городе компенсируете") == ""
    assert "такси до дома" in quoted(answerer, caterer, "такси домой оплачиваете?")


def test_how_pay_is_issued_is_the_pay_line(answerer: Answerer) -> None:
    # "when do we get the money" — "Stipends are mailed as a check …": how pay is handed out.
    polls = ad(
        "Poll Worker",
        """## Stipends

- Clerk: $175 for Election Day.
- Stipends are mailed as a check approximately 4–6 weeks after Election Day.
""",
        lang="en",
    )
    expected = "Stipends are mailed as a check approximately 4–6 weeks after Election Day"
    assert quoted(answerer, polls, "when do we get the money") == expected


def test_a_step_row_is_hourly_when_the_board_prints_the_pay_hourly(answerer: Answerer) -> None:
    # "how much an hour for first year" — "Step 1 (first season): $15.75" in a posting whose
    # pay is "$15.75 - $18.25 Hourly": a step table's rows give the hourly rate.
    rink = ad(
        "Outdoor Ice Rink Attendant",
        """Salary: $15.75 - $18.25 Hourly

## Pay

Seasonal staff are paid by step. Each returning season with the City moves you up one step.

| Step | Hourly rate |
|---|---|
| Step 1 (first season) | $15.75 |
| Step 2 | $16.50 |
| Step 3 | $17.25 |
| Step 4 | $18.25 |
""",
        lang="en",
    )
    expected = "Step 1 (first season) | $15.75"
    assert quoted(answerer, rink, "how much an hour for first year") == expected


def test_the_jobs_pay_does_not_say_a_course_taken_first_is_paid(answerer: Answerer) -> None:
    """ "do u pay me while im taking the course" asks the pay of the course: the job's hourly
    pay, which names no course, does not say it; a line on the course's pay does."""
    tax = ad(
        "Seasonal Tax Preparer",
        """## The Course
- Classroom sessions: Mon & Wed evenings 6–9pm

## Pay
- $16.00 – $24.00 per hour, based on experience and certifications
""",
    )
    assert quoted(answerer, tax, "do u pay me while im taking the course") == ""
    drones = ad(
        "Оператор агродрона",
        """## Условия

- обучение в учебном центре перед сезоном (2 недели, оплачивается 1 500 ₽/день)
- зарплата от 90 000 ₽
""",
    )
    assert "1 500" in quoted(answerer, drones, "за эти 2 недели учебы платят что нибудь")


def test_paid_or_free_asked_of_a_thing_needs_a_line_that_names_it(answerer: Answerer) -> None:
    """«методобъединение оплачивается или бесплатно сидеть»: whether a thing is paid, asked with
    its alternative, is not answered by another thing paid at the usual rate."""
    chess = ad(
        "Тренер по шахматам",
        """## Как попасть к нам

- пробное занятие в группе — его мы оплачиваем по обычной ставке
""",
    )
    assert quoted(answerer, chess, "методобъединение оплачивается или бесплатно сидеть") == ""
    assert "пробное" in quoted(answerer, chess, "пробное занятие оплачивается или бесплатно")


def test_a_discount_on_one_thing_does_not_answer_for_another(answerer: Answerer) -> None:
    """A discount asked on one thing: "discount at the cafe too" is not answered by a
    discount in the museum's store, nor "staff discount on rentals?" by a discounted pass; a
    discount on everything names no thing and answers either."""
    museum = ad(
        "Visitor Services Associate",
        """## Perks
- 20% discount in the Museum Store (excluding sale items)
""",
    )
    assert quoted(answerer, museum, "discount at the cafe too") == ""
    assert "Museum Store" in quoted(answerer, museum, "discount at the gift shop?")
    resort = ad(
        "Ski Instructor",
        """## Perks
- Free season pass for you – and a discounted pass for your spouse
""",
    )
    assert quoted(answerer, resort, "staff discount on rentals?") == ""
    pharmacy = ad(
        "Фармацевт",
        """## Условия

- скидка 15% на весь ассортимент аптеки
""",
    )
    assert "15%" in quoted(answerer, pharmacy, "скидка на лекарства есть?")


def test_the_deed_asked_first_and_a_forum_list_under_work(answerer: Answerer) -> None:
    """«а делать то что надо» asks what the work is, its verb before «что»: the verb that named
    the duties weighs as a term that named them, and a forum post's bare «Работа:» over a list
    of deeds heads the duties."""
    apiary = ad(
        "Помощник на пасеку",
        """Всем привет, ищу помощника на сезон.

Работа:
- осмотр ульев (раз в 7-9 дней), подставка магазинов
- откачка мёда, фасовка по флягам

Оплата: 35 000 руб. в месяц.
""",
    )
    assert "осмотр ульев" in quoted(answerer, apiary, "а делать то что надо")
    assert "осмотр ульев" in quoted(answerer, apiary, "че делать там надо по работе")


def test_one_piece_priced_needs_no_word_for_one(answerer: Answerer) -> None:
    """«носильщикам сколько за одни похороны» asks the sum per one piece: «одни» says one is
    meant, no word a line must have; the piece itself still must be named."""
    funeral = ad(
        "Носильщик ритуальный",
        """## Оплата

- оплата за выход — 1 500 руб. за похороны, в среднем 2–3 выхода в день
""",
    )
    assert "1 500 руб." in quoted(answerer, funeral, "носильщикам сколько за одни похороны")
    assert quoted(answerer, funeral, "сколько за один венок платят") == ""


def test_a_field_naming_the_schedules_type_yields_to_the_rota(answerer: Answerer) -> None:
    """«график какой» — a board's «График работы: Сменный» names only the schedule's type: the
    line with the rota itself answers, over a pay line with a figure; with no line on the rota
    the field answers."""
    market = ad(
        "Продавец на рынок",
        """График работы
Сменный

Оплата 60 р. за выход, выплата каждую неделю в субботу.

Работа 4/4 с 8:00 до 16:00, в пн рынок не работает.
""",
    )
    assert "4/4 с 8:00 до 16:00" in quoted(answerer, market, "график какой")
    plain = ad(
        "Продавец на рынок",
        """График работы
Сменный

Продажа ёлок у входа на рынок, тёплый вагончик.
""",
    )
    assert "Сменный" in quoted(answerer, plain, "график какой")


def test_a_thing_named_before_net_is_lacked_not_asked(answerer: Answerer) -> None:
    """«машины нет, как до вас добраться» names the car as what one lacks, as «без машины»
    does: the way there is asked, and the bus line answers it."""
    post = ad(
        "Конюх",
        STABLE_BY_BUS,
    )
    assert "Поворот на Горки" in quoted(answerer, post, "машины нет, как до вас добраться")


def test_houses_named_are_no_work_from_home(answerer: Answerer) -> None:
    """«мансарды есть в домах?» asks of the houses the crew builds: «домах» is no work from
    home, and the line on the houses' roofs answers."""
    post = ad(
        "Прораб на коттеджи",
        """## О проекте

- посёлок из 40 коттеджей, кровля простая двускатная везде, мансард нет
- работа с 8:00 до 18:00, суббота — короткий день
""",
    )
    assert "мансард нет" in quoted(answerer, post, "мансарды есть в домах?")


def test_i_pay_is_paying_not_crying(answerer: Answerer) -> None:
    """«за свет сам плачу?» asks who pays for the electricity («плачу» of «платить», not the
    noun «плач»); the line saying whose expense it is answers."""
    post = ad(
        "Сторож",
        """## Условия

- электричество в сторожке за счёт товарищества
""",
    )
    assert "за счёт товарищества" in quoted(answerer, post, "за свет в сторожке сам плачу")


def test_a_transfer_to_a_post_is_the_way_up(answerer: Answerer) -> None:
    """«можно потом на повара вырасти» — «через полгода переводим в помощники повара»."""
    post = ad(
        "Мойщик посуды",
        """## Условия

- через полгода хороших мойщиков переводим в помощники повара
""",
    )
    assert "помощники повара" in quoted(answerer, post, "можно потом на повара вырасти")


def test_heaters_say_how_a_place_is_heated(answerer: Answerer) -> None:
    """«отопление какое» — «печь + электрические обогреватели»: what heats the house."""
    post = ad(
        "Сторож",
        """## Условия

- домик сторожа: 2 комнаты, кухня, печь + электрические обогреватели
""",
    )
    assert "обогреватели" in quoted(answerer, post, "зимой в домике не замерзну отопление какое")


def test_frightening_roles_answer_scary_ones(answerer: Answerer) -> None:
    """«у меня астма, в страшные квесты возьмете» — «на пугающие роли не берём … с астмой»."""
    post = ad(
        "Актёр квестов",
        """## Требования

- на пугающие роли не берём с болезнями сердца, эпилепсией и астмой
""",
    )
    assert "пугающие роли" in quoted(answerer, post, "у меня астма, в страшные квесты возьмете")


def test_a_two_column_pay_table_answers_by_its_header(answerer: Answerer) -> None:
    """«how much do u pay level 1» — «| Level 1 | $18.25 |» under «| Certification | Hourly
    rate |»: the column's name says the figure is the pay."""
    post = ad(
        "Ski Instructor",
        """## Pay by certification level

| Certification | Hourly rate |
|---|---|
| Level 1 | $18.25 |
| Level 2 | $21.00 |
| Level 3 | $25.75 |
""",
        lang="en",
    )
    assert "$18.25" in quoted(answerer, post, "how much do u pay level 1")


def test_a_check_paid_for_by_the_employer_says_who_pays(answerer: Answerer) -> None:
    """«who pays for the dbs» — "… an enhanced DBS check, which is paid for by the Trust": the
    payer named after "paid for by" is no other thing paid for."""
    post = ad(
        "Porter",
        """## Additional information

- The post is subject to an enhanced DBS check, which is paid for by the Trust.
- Staff parking is available on site at £18 per month.
""",
        lang="en",
    )
    assert "paid for by the Trust" in quoted(answerer, post, "who pays for the dbs")


def test_a_shirt_asked_is_the_polo_given(answerer: Answerer) -> None:
    """ "do i have to buy the shirt" — "Arena polo and lanyard provided at check-in": a polo is
    the shirt asked, though the posting never says "shirt"."""
    post = ad(
        "Usher",
        """## Attire

- Black pants or black skirt (knee length or longer).
- Hair tied back, no hats
- Arena polo and lanyard provided at check-in – return them at the end of the shift.
""",
        lang="en",
    )
    assert "polo and lanyard" in quoted(answerer, post, "do i have to buy the shirt")


def test_the_piece_asked_before_other_pieces(answerer: Answerer) -> None:
    """ "do i bring my own hard hat" — "Bring gloves, a wrench and a flashlight" names other
    pieces; the close line giving the hard hat answers."""
    post = ad(
        "Stagehand",
        """## What to bring

- Bring gloves, crescent wrench on a lanyard, flashlight, wear blacks for the load-out
- Steel/composite toe boots required, hard hat provided by arena.
""",
        lang="en",
    )
    assert "hard hat provided" in quoted(answerer, post, "do i bring my own hard hat")


def test_a_channel_footer_warning_against_fraud_in_russian_gives_nothing(
    answerer: Answerer,
) -> None:
    # «доступ к мпстатс дадите» — a channel's footer «Никогда не платите за «обучение» или
    # «доступ к заказам»» warns, it gives no access.
    writer = ad(
        "Копирайтер карточек",
        """Ищем авторов описаний карточек для Wildberries и Ozon, удалённо.

Оплата 150 ₽ за 1000 знаков, выплаты по пятницам.

Никогда не платите за «обучение» или «доступ к заказам».
""",
    )
    assert not answerer.answer(writer, "доступ к мпстатс дадите").answered
    assert "150 ₽" in quoted(answerer, writer, "скока платят за 1000 знаков")


def test_a_sentence_opening_with_the_names_what_was_said_before(answerer: Answerer) -> None:
    # "The check is free for you." after "You'll be asked to consent in the app." under
    # "Background check": "The check" names its own subject, the heading's — it does not go on
    # about the consent before it.
    post = ad(
        "Delivery Driver",
        """Deliver packages with your own car.

## Background check

We partner with a screening company to run a criminal background check.
You'll be asked to consent in the app. The check is free for you.

## Pay

- $18-$25 per hour
""",
        lang="en",
    )
    assert "The check is free for you." in quoted(
        answerer, post, "do i have to pay for the background check"
    )


def test_whose_a_thing_is_is_said_without_the_words_that_say_which(answerer: Answerer) -> None:
    # «костюм пчеловода свой брать или дашь» — «Костюм, сетку, перчатки выдаю»: the line says
    # whose the costume is; «пчеловода», which says which costume, need not be on it.
    post = ad(
        "Помощник на пасеку",
        """Ищу помощника пчеловода на пасеку на сезон, 180 пчелосемей.

## Условия

Оплата 50 000 в месяц, жильё и питание.
Костюм, сетку, перчатки выдаю, берите только резиновые сапоги и рабочую одежду.
Опыт не нужен, научу.
""",
    )
    assert "перчатки выдаю" in quoted(answerer, post, "костюм пчеловода свой брать или дашь")


def test_full_time_typed_in_cyrillic_asks_the_employment(answerer: Answerer) -> None:
    # «это фулл тайм?»: the English term typed in Cyrillic asks the employment's kind.
    post = ad(
        "SMM-менеджер кофейни",
        """Ищем SMM-менеджера для сети кофеен.

Занятость: частичная, примерно 20 часов в неделю, график свободный.
Оплата 40 000 ₽ в месяц.
""",
    )
    assert "примерно 20 часов в неделю" in quoted(answerer, post, "это фулл тайм?")


def test_a_lack_said_with_nety_is_met_by_what_is_done_about_it(answerer: Answerer) -> None:
    """«медкнижки нету, возьмете» states a lack as «нет» does: the line that says what is done
    about it («готовность оформить (поможем …)») answers, not the interview's list of papers to
    bring, which names the book as well."""
    page = ad(
        "Мойщик посуды",
        """## Требования

- действующая медицинская книжка или готовность оформить (поможем, оформление за наш счёт)

## Как устроиться

Собеседование в день звонка, с собой паспорт и медкнижку (если есть).
""",
    )
    assert "готовность оформить" in quoted(answerer, page, "медкнижки нету, возьмете")


def test_how_far_asks_a_distance_or_the_time_the_way_takes(answerer: Answerer) -> None:
    """«далеко от тюмени вы» asks a distance: «28 км от Тюмени», not the room for those who live
    far; «общага далеко от завода?» is not answered by a line on the dormitory that gives no
    distance, nor «далеко возить» by how fast orders are brought («за 30 минут»)."""
    banya = ad(
        "Пармейстер",
        """## Где мы

- Для иногородних и тех, кому далеко ездить — комната в доме для персонала на территории.
- Где мы: 28 км от Тюмени по Ялуторовскому тракту, дальше 3 км по лесной дороге.
""",
    )
    assert "28 км от Тюмени" in quoted(answerer, banya, "далеко от тюмени вы")
    plant = ad(
        "Сварщик",
        """## Условия

- иногородним предоставляется общежитие (комната на 2 человека, 3 000 руб. в месяц)
- завод в промзоне, служебный автобус от метро
""",
    )
    assert quoted(answerer, plant, "общага далеко от завода?") == ""
    bikes = ad(
        "Курьер на велосипеде",
        """Доставляем продукты из наших дарксторов за 30 минут.

## Условия

- велосипед выдаём
""",
    )
    assert "30 минут" not in quoted(answerer, bikes, "далеко возить")


def test_how_far_is_a_radius_in_miles_not_a_store_near_a_campus(answerer: Answerer) -> None:
    """ "how far r the deliveries usually" asks a distance: "a 5-mile radius" says it; a store
    "near NC State" only says where the store is."""
    pizza = ad(
        "Delivery Driver",
        """## About us

You bring the car, we bring the hot pizza and a steady stream of orders — our store near NC
State does more than 600 deliveries on a football weekend.

## Deliveries

Our delivery zone is about a 5-mile radius from the store, and most runs are under 3 miles.
""",
        lang="en",
    )
    assert "5-mile radius" in quoted(answerer, pizza, "how far r the deliveries usually")


def test_a_level_asked_gets_the_row_of_that_level(answerer: Answerer) -> None:
    # A level is a grade, typed in figures, Roman figures or by its certification's body.
    school = ad(
        "Snow School Instructor",
        """## Pay by certification level

| Certification | Hourly rate |
| --- | --- |
| Level 1 (CSIA / CASI) | $18.25 |
| Level 2 | $21.00 |
| Level 3 | $25.75 |
""",
        lang="en",
    )
    assert "Level 3" in quoted(answerer, school, "im csia 3 whats my rate")
    assert "Level 2" in quoted(answerer, school, "level 2 pay")


def test_who_pays_for_a_thing_named_a_sentence_before(answerer: Answerer) -> None:
    # The paying line names no thing: the sentence before it does.
    kiosk = ad(
        "Продавец мороженого",
        """## Условия

Оплата 1 500 ₽ за день + 5% от выручки.

Медицинская книжка обязательна. Если её нет — оформим, стоимость (1 900 ₽) вернём.
""",
    )
    assert "вернём" in quoted(answerer, kiosk, "медкнижку кто оплачивает")
    santa = ad(
        "Mall Santa",
        """## Pay

$28–$38 per hour depending on experience.

## Safety first

Every Santa must pass a criminal background check and a registry check. We pay for it.
Mall Santas also complete a drug screen at a local clinic.
""",
        lang="en",
    )
    assert "We pay for it" in quoted(answerer, santa, "who pays for the background check")
    # A sentence that says no paying speaks of nothing the one before names.
    assert "We pay" not in quoted(answerer, santa, "when is the background check done")


def test_a_label_naming_the_unit_before_its_sum_gives_the_sum_per_that_unit(
    answerer: Answerer,
) -> None:
    # «скока за смену платят» — «Ставка за смену — 2 800 ₽» (the unit named by the label before
    # the sum), not «премия выходила 600–900 ₽ за смену».
    plant = ad(
        "Сортировщик",
        """## Оплата

Смены 2/2 по 12 часов, дневные и ночные.

**Ставка за смену — 2 800 ₽ (дневная), 3 200 ₽ (ночная).**

Премия за тоннаж: 150 ₽ за тонну сверх плана.
В прошлом году в среднем премия выходила 600–900 ₽ за смену.

При 15 сменах в месяц — от 45 до 60 тысяч рублей с премией, до вычета НДФЛ.
""",
    )
    assert "Ставка за смену" in quoted(answerer, plant, "скока за смену платят")


def test_when_the_day_starts_and_ends_is_the_range_of_hours_not_one_time(
    answerer: Answerer,
) -> None:
    # «во скока начинаете и до скольки пашете» — «рабочий день с 7:00 до 19:00», not the close
    # line «дорога до объекта …, сбор в 6:30 у базы» that gives one time of day.
    crew = ad(
        "Кровельщик",
        """## Условия

- дорога до объекта на бригадной «Газели», сбор в 6:30 у базы
- рабочий день с 7:00 до 19:00, в жару перерыв с 13 до 15
- выходной — воскресенье, в дождь тоже не работаем
""",
    )
    assert "с 7:00 до 19:00" in quoted(answerer, crew, "во скока начинаете и до скольки пашете")


def test_a_detail_asked_of_a_thing_needs_a_line_naming_it(answerer: Answerer) -> None:
    """ "is there a deposit for housing" — "Limited employee housing is available": the housing,
    not its deposit; «а если экзамен не сдам что тогда» — «обучение 3 недели»: the training, not
    the case of failing it."""
    lift = ad(
        "Lift Operator",
        """## Perks

- Limited employee housing is available at Ridgeview Lodge, 5 minutes from the base.
- Free season pass.
""",
        lang="en",
    )
    assert not answerer.answer(lift, "is there a deposit for housing").answered
    assert "Ridgeview Lodge" in quoted(answerer, lift, "is there housing")
    pawn = ad(
        "Товаровед-оценщик",
        """## Условия

- оплачиваемое обучение 3 недели в учебном центре: стипендия 1 500 ₽ за учебный день
- оклад 40 000 ₽ + премия
""",
    )
    assert not answerer.answer(pawn, "а если экзамен после обучения не сдам что тогда").answered


def test_whether_pay_comes_late_or_is_raised_needs_a_line_saying_so(answerer: Answerer) -> None:
    """«зп не задерживают» — «оклад 34 000 руб., выплаты 2 раза в месяц»: the sum and the
    paydays, not whether pay comes late; «через полгода зарплату поднимете» — the starting pay,
    no raise; «можно получать зп в долларах?» — no currency named. A line on delays or on a
    rate after a time says it."""
    guard = ad(
        "Егерь",
        """## Условия

- Оплата: оклад 34 000 на руки, официально, выплаты через банк 2 раза в месяц.
- Служебный снегоход и рация.
""",
    )
    assert not answerer.answer(guard, "зп не задерживают").answered
    assert not answerer.answer(guard, "через полгода зарплату поднимете").answered
    assert not answerer.answer(guard, "можно получать зп в долларах?").answered
    cafe = ad(
        "Бариста",
        """## Условия

- 230 ₽ в час на стажировке, через 2 месяца — 260 ₽ в час
- выплаты 2 раза в месяц без задержек
""",
    )
    assert "без задержек" in quoted(answerer, cafe, "зп не задерживают?")
    assert "через 2 месяца" in quoted(answerer, cafe, "ставку потом поднимают?")


def test_a_thing_given_a_judgement_or_a_case_asked_needs_a_line_saying_it(
    answerer: Answerer,
) -> None:
    """«телефон служебный дают» — «Телефон отдела кадров: …»: the thing, not the employer's
    own; «форель вкусная у вас?)» — «выращивает радужную форель»: the fish, not a judgement of
    it; «если уеду раньше вахты за отработанные дни заплатите» — the rotation's pay, not the
    case of leaving; «стажировку оплачиваете» — the training, not its pay; "holiday pay extra
    if i work thanksgiving?" — the night and weekend differentials, no holiday."""
    farm = ad(
        "Рыбовод",
        """Наше хозяйство выращивает радужную форель в садках на Сегозере.

## Условия

- ОПЛАТА: 90 000 ₽ за отработанную вахту (30 дней) на руки
- 2 недели стажировки со старшим рыбоводом
- Телефон отдела кадров: +7 (8142) 50-33-18
""",
    )
    assert not answerer.answer(farm, "телефон служебный дают").answered
    assert not answerer.answer(farm, "форель вкусная у вас?)").answered
    assert not answerer.answer(
        farm, "если уеду раньше вахты за отработанные дни заплатите"
    ).answered
    assert not answerer.answer(farm, "стажировку оплачиваете").answered
    ramp = ad(
        "Ramp Agent",
        """## Pay

- On top of the base rate we pay a night differential of $1.50 per hour and a weekend
  differential of $1.00 per hour.
""",
        lang="en",
    )
    assert not answerer.answer(ramp, "holiday pay extra if i work thanksgiving?").answered


def test_a_house_rule_a_room_alone_heat_or_compensation_needs_a_line_naming_it(
    answerer: Answerer,
) -> None:
    """«курить на территории можно» — «Держать кур … можно»; «в командировке в гостинице по одному
    селите» — «проживание оплачивает компания»; «а летом в жару обход сокращаете» — the rule for
    frost; «за мобильный интернет компенсация есть» — the phone one must have. A line naming a
    ban or the room's places says it."""
    park = ad(
        "Контролёр парковки",
        """## Условия

- Держать кур, коров и кроликов на территории можно
- Командировки с ночёвкой: проживание оплачивает компания, суточные 700 ₽
- При температуре ниже −20 °C обход сокращается до 40 минут
- смартфон на Android с мобильным интернетом
""",
    )
    assert not answerer.answer(park, "курить на территории можно").answered
    assert not answerer.answer(park, "в командировке в гостинице по одному селите").answered
    assert not answerer.answer(park, "а летом в жару обход сокращаете").answered
    assert not answerer.answer(park, "за мобильный интернет компенсация есть").answered
    camp = ad(
        "Вахтовик",
        """## Проживание

- общежитие, комнаты на 2 человека
- на территории сухой закон, курение только в отведённых местах
""",
    )
    assert "комнаты на 2" in quoted(answerer, camp, "в общежитии по одному селите?")


def test_a_grade_a_patent_a_coefficient_or_a_mortgage_needs_a_line_naming_it(
    answerer: Answerer,
) -> None:
    """«какой разряд нужен по удостоверению» — «удостоверение стропальщика — обязательно»: the
    certificate, not its grade; «северный стаж идет? коэффициент есть» — «Опыт работы: Не имеет
    значения»; «корпоративная ипотека есть?» — «корпоративный социальный пакет: ДМС»; «граждан
    снг берете, с патентом» — the papers to bring. A line naming the grade says it."""
    base = ad(
        "Стропальщик",
        """## Требования

- удостоверение стропальщика — обязательно, действующее
- Опыт работы: Не имеет значения

## Условия

- корпоративный социальный пакет: ДМС, санаторно-курортное лечение
- Собеседование в офисе: паспорт и СНИЛС с собой
""",
    )
    assert not answerer.answer(base, "какой разряд нужен по удостоверению").answered
    assert not answerer.answer(base, "северный стаж идет? коэффициент есть").answered
    assert not answerer.answer(base, "корпоративная ипотека есть?").answered
    assert not answerer.answer(base, "граждан снг берете, с патентом").answered
    graded = ad(
        "Стропальщик",
        """## Требования

- удостоверение стропальщика не ниже 4 разряда — обязательно
""",
    )
    assert "4 разряда" in quoted(answerer, graded, "какой разряд нужен по удостоверению")


def test_a_word_asking_the_price_is_had_by_a_line_giving_a_sum(answerer: Answerer) -> None:
    """«за люстру отдельно платите» — «установка люстры — 300 р/шт»: «отдельно» only says how
    of the thing asked and «платите» asks its price, which the row gives; a discount in per
    cent gives no price («набор химии почем» — «со скидкой 20%»)."""
    post = ad(
        "Монтажник натяжных потолков",
        """Компания приглашает монтажников натяжных потолков, своих бригад не хватает.

💰 ОПЛАТА СДЕЛЬНАЯ, за объем, никаких окладов:
— полотно ПВХ (глянец/мат/сатин) — 150 р за м2
— установка люстры — 300 р/шт
— установка карниза — 200 р/м

Берем как опытных так и без опыта, обучим с нуля.
Инструмент выдаем, расходники за счет компании.
Выплаты каждую неделю на карту.

Профессиональные наборы средств можно купить в приложении со скидкой 20% для монтажников.
""",
    )
    assert "300 р/шт" in quoted(answerer, post, "за люстру отдельно платите")
    assert quoted(answerer, post, "набор химии в вашем магазине почем") == ""


def test_a_word_saying_again_weighs_less_in_coverage(answerer: Answerer) -> None:
    """«тест завалил когда можно снова» — «Пересдать можно через 7 дней.»: «снова» only says
    how the thing asked is done."""
    post = ad(
        "Тайный покупатель",
        """## Как начать

- Пройдите тест по стандартам проверки в приложении.
- Пересдать можно через 7 дней.
- Задания появляются в приложении каждый день.
""",
    )
    assert "Пересдать" in quoted(answerer, post, "тест завалил когда можно снова")


def test_whose_a_thing_is_said_by_a_runner_up_on_the_same_thing(answerer: Answerer) -> None:
    # «костюм черный самому покупать или выдаете» — «Водителям костюм выдаётся предприятием»
    # over «Строгий траурный стиль: чёрный костюм, …», which names the costume and says
    # nothing of whose it is.
    post = ad(
        "Водитель катафалка",
        """Ритуальной службе требуется водитель катафалка.

## Условия

Строгий траурный стиль: чёрный костюм, белая рубашка, чёрный галстук.
Водителям и носильщикам костюм выдаётся предприятием (2 комплекта на год).
Оплата 55 000 ₽ в месяц.
""",
    )
    assert "костюм выдаётся предприятием" in quoted(
        answerer, post, "костюм черный самому покупать или выдаете"
    )


def test_a_thing_paid_by_the_studio_says_whose_it_is(answerer: Answerer) -> None:
    # «материалы свои покупать?» — «все материалы за счёт студии» says whose the materials
    # are: a runner-up saying «свои материалы» of renting a place does not go before it.
    post = ad(
        "Мастер маникюра",
        """Студия маникюра ищет мастера.

## Условия

- все материалы за счёт студии (Kodi, Luxio, TNL)
- оплата 40% от чека

## Требования

- опыт от 1 года
- Аренда места тоже возможна — 1 200 ₽ в день, свои материалы
""",
    )
    assert "за счёт студии" in quoted(answerer, post, "материалы свои покупать?")


def test_the_day_done_asked_is_answered_by_wrap_up_by(answerer: Answerer) -> None:
    """ "when r u usually done for the day" — "Most days wrap up by 1:30 p.m.": the day's end,
    asked in chat words."""
    post = ad(
        "Seasonal Greenskeeper",
        """## Schedule

- Shifts start at 5:30 a.m. so we can mow before the first tee time.
- Most days wrap up by 1:30 p.m.
- Every other weekend required.
- Pay: $17.50/hour, paid biweekly.
""",
        lang="en",
    )
    assert "wrap up by 1:30" in quoted(answerer, post, "when r u usually done for the day")


def test_a_speeding_ticket_asked_is_the_driving_record_rule(answerer: Answerer) -> None:
    """ "got a speeding ticket last yr is that a problem" — "no more than 2 moving violations":
    a ticket is on the driving record the posting limits."""
    post = ad(
        "Delivery Driver",
        """## Requirements

- 18+ with a valid driver's license held for 2 years
- Acceptable driving record: no more than 2 moving violations in the last 3 years
- Own insured car with working A/C
- Smartphone with a data plan
""",
        lang="en",
    )
    assert "moving violations" in quoted(
        answerer, post, "got a speeding ticket last yr is that a problem"
    )
    assert (
        quoted(
            answerer,
            ad("Cashier", "## Pay\n\n- $15/hr\n- Free parking\n", lang="en"),
            "got a dui 3 yrs ago is that ok",
        )
        == ""
    )


def test_worked_here_last_season_asks_the_returning_rate(answerer: Answerer) -> None:
    """ "i worked here last winter do i get more" — "returning employees $21.00/hr": one who
    worked here is a returning employee."""
    post = ad(
        "Lift Operator",
        """## Pay & perks

- Starting wage $19.50/hr, returning employees $21.00/hr.
- Free season pass and 50% off rentals.
- Staff cafeteria meals at $5.
""",
        lang="en",
    )
    assert "returning employees" in quoted(
        answerer, post, "i worked here last winter do i get more"
    )


def test_a_game_called_for_rain_is_the_weather_cancellation(answerer: Answerer) -> None:
    """ "if it rains and the game gets called after i show up do i get anything" — "If a game is
    cancelled for weather after you arrive at the field, you receive half pay."; "if the depo
    cancels last minute" — "Cancellations with less than 24 hours notice: …"."""
    post = ad(
        "Youth Soccer Referee",
        """## Pay

- Referees are paid per game: $30 for U9–U10, $40 for U11–U12.
- If a game is cancelled for weather after you arrive at the field, you receive half pay.
- Pay is sent every other Friday by direct deposit.
""",
        lang="en",
    )
    assert "half pay" in quoted(
        answerer, post, "if it rains and the game gets called after i show up do i get anything"
    )
    reporter = ad(
        "Freelance Court Reporter",
        """## Rates

- Appearance fee: $95 up to 4 hours, $150 over 4 hours.
- Cancellations with less than 24 hours notice: you still receive the full appearance fee.
- Transcripts are due in 10 business days.
""",
        lang="en",
    )
    assert "less than 24 hours" in quoted(
        answerer, reporter, "if the depo cancels last minute do i get anything"
    )


def test_the_person_to_call_is_the_contact_named_on_the_card(answerer: Answerer) -> None:
    """«кому звонить по вакансии» — «Контактное лицо | Сысолятина Татьяна Николаевна»; «когда
    можно позвонить» — «На звонки отвечаем с 10:00 до 17:00 в будни.»; «позвонить можно по
    номеру?» still gets the number, not the person."""
    post = ad(
        "Моторист-рулевой",
        """## Условия

- График 7/7, смена 12 часов.
- На звонки отвечаем с 10:00 до 17:00 в будни.

## Контакты

- Контактное лицо: Сысолятина Татьяна Николаевна, специалист по кадрам
- Телефон: +7 (83342) 4-12-17
""",
    )
    assert "Сысолятина" in quoted(answerer, post, "кому звонить по вакансии")
    assert "На звонки отвечаем" in quoted(answerer, post, "когда можно позвонить")
    assert "4-12-17" in quoted(answerer, post, "позвонить можно по номеру?")


def test_frost_asked_is_answered_by_the_bound_of_cold_work(answerer: Answerer) -> None:
    """«морозы там сильные?» — «Зимой бывает до −40, работаем до −35.»; Father Frost is a role,
    no cold: «скока платят деду морозу» still gets the pay."""
    post = ad(
        "Бетонщик вахтой",
        """## Условия

- Вахта 60/30, проживание в общежитии.
- Зимой бывает до −40, на улице работаем до −35, дальше актировка.
- Оплата 4 000 ₽ за смену.
""",
    )
    assert "до −35" in quoted(answerer, post, "морозы там сильные?")
    santa = ad(
        "Дед Мороз и Снегурочка",
        """## Оплата

- Дед Мороз + Снегурочка, вызов на дом — 3 500 ₽ за пару.
- В сильные морозы выездов на улицу не делаем.
""",
    )
    assert "3 500" in quoted(answerer, santa, "скока платят деду морозу за вызов")


def test_a_word_named_its_other_way_finds_the_line(answerer: Answerer) -> None:
    """«на электричке бесплатно ездить можно?» — «бесплатный проезд на пригородных поездах»;
    "im a woman, is that a problem on your boat" — "Had two women on crew"; "any extra for
    spanish" — "Bilingual guards receive an additional $0.50 per hour"."""
    post = ad(
        "Дежурный по переезду",
        """## Условия

- График сутки через трое.
- Бесплатный проезд на пригородных поездах от места жительства до места работы.
""",
    )
    assert "пригородных поездах" in quoted(
        answerer, post, "на электричке бесплатно ездить можно до работы?"
    )
    boat = ad(
        "Deckhand",
        """## Crew

- Had two women on crew the last few years, bunks are shared.
- Crew share is 6% of the boat's gross.
- Bilingual (English/Spanish) deckhands receive an additional $0.50 per hour.
""",
        lang="en",
    )
    assert "two women" in quoted(answerer, boat, "im a woman, is that a problem on your boat")
    assert "additional" in quoted(answerer, boat, "i speak spanish, any extra for that")


def test_who_pays_asked_in_the_passive_is_answered_by_who_pays(answerer: Answerer) -> None:
    """ "offshore medical paid by u or me" asks who pays for the medical, not the day rate: the
    sentence that says it is the candidate's own cost answers."""
    post = ad(
        "Deckhand",
        """## Pay

- Day rate of £210 for every day offshore, including travel days
- Paid fortnightly in arrears via PAYE

## Medicals

Candidates must arrive with a valid offshore medical, which remains at the candidate's own cost.
""",
        lang="en",
    )
    assert "candidate's own cost" in quoted(answerer, post, "offshore medical paid by u or me")


def test_a_paying_for_the_thing_asked_by_another_word_says_who_pays(answerer: Answerer) -> None:
    """ "do i pay for food in quarters" — "… the cook looks after breakfast and tea, and you
    don't pay for your meals": the meals paid for are the food asked, no other thing."""
    post = ad(
        "Shed hand",
        """## Quarters

- In quarters our cook does breakfast, lunch and tea, and you don't pay for your meals.
- Bring your own sleeping bag.
""",
        lang="en",
    )
    assert "don't pay for your meals" in quoted(answerer, post, "do i pay for food in quarters")


def test_a_length_asked_is_the_one_beside_the_thing_asked(answerer: Answerer) -> None:
    """ "how long is a shift", "how long is probation": of lines that tie, the one whose length
    stands beside the thing asked ("Shifts are typically 4, 6 or 7.5 hours", "3-month
    probation"), not a line naming it with another thing's length ("posted two weeks in
    advance; shift swaps …", "5 sick days a year … after probation")."""
    post = ad(
        "Visitor services associate",
        """## Schedule

- Schedules are posted two weeks in advance in the app; shift swaps are allowed.
- Shifts are typically 4, 6 or 7.5 hours.

## Benefits

- Statutory sick pay plus 5 company sick days a year at full rate after probation
- 3-month probation
""",
        lang="en",
    )
    assert "7.5 hours" in quoted(answerer, post, "how long is a shift")
    assert "3-month probation" in quoted(answerer, post, "how long is probation")


def test_how_long_till_asks_the_wait_with_no_word_a_line_must_have(answerer: Answerer) -> None:
    """ "how long till i get my badge": "till" frames the wait asked and names nothing, so the
    answer under "How long does the badge take?" says it without the word."""
    post = ad(
        "Ramp agent",
        """## FAQ

**Do I need experience?**
No. We train you on everything, including equipment.

**How long does the badge take?**
Usually 2–4 weeks. The badge fee is paid by us.

## Pay

- $19.50 an hour
""",
        lang="en",
    )
    assert "2–4 weeks" in quoted(answerer, post, "how long till i get my badge")


def test_a_long_english_typo_is_read_as_the_lexicon_word(answerer: Answerer) -> None:
    """ "is there accomodation": a long word one edit from a lexicon word is that word though the
    posting never writes it, and the gang's quarters are where one lives."""
    post = ad(
        "Shed hand",
        """## The work

- The gang stays in shearers' quarters on the station for 3–5 nights at a time.
- Shed hands: $270 per day.
""",
        lang="en",
    )
    assert "shearers' quarters" in quoted(answerer, post, "is there accomodation")


def test_a_bare_sum_after_the_housing_is_its_rent(answerer: Answerer) -> None:
    """«общага скока стоит в месяц» — «Проживание | общежитие … для иногородних, 1 500 ₽ в месяц»:
    a part that is a sum alone, after the part naming the dormitory, is the dormitory's; after the
    pay's own part it is still the pay's."""
    post = ad(
        "Ветфельдшер",
        """## Условия

- Оклад 52 000 ₽ на руки, выплаты два раза в месяц.
- Общежитие в с. Никольское для иногородних, 1 500 ₽ в месяц.
- Служебный автобус из Томаровки.
""",
    )
    assert "1 500 ₽" in quoted(answerer, post, "общага скока стоит в месяц")
    pay_only = ad(
        "Ветфельдшер",
        """## Условия

- Общежитие для иногородних, оплата почасовая, 300 ₽ в час.
- Служебный автобус из Томаровки.
""",
    )
    assert not answerer.answer(pay_only, "общага скока стоит в месяц").answered


def test_a_proezd_with_its_number_is_the_address_asked(answerer: Answerer) -> None:
    """«где вы находитесь адрес» — «г. Владимир, Промышленный проезд, 5, бокс 12» over a line
    naming a town and a floor: «проезд» with its number is a street, «оплата проезда» none."""
    post = ad(
        "Подмастерье кузнеца",
        """## О нас

- Кованые перила на второй этаж в частном доме, Суздаль — 11 погонных метров.
- г. Владимир, Промышленный проезд, 5, бокс 12 (вход со стороны гаражей).
- Оплата проезда 2 000 ₽ в месяц.
""",
    )
    assert "Промышленный проезд, 5" in quoted(answerer, post, "где вы находитесь адрес")


def test_how_many_to_a_room_asks_the_housing_not_the_team(answerer: Answerer) -> None:
    """«в комнате скока человек живет» — «комната в служебном доме (2 человека в комнате)»: how
    many share a room or a cabin is said of the housing, not of the team's size."""
    post = ad(
        "Моторист-рулевой",
        """## Условия

- Сменный график 7/7, смена 12 часов.
- Иногородним комната в служебном доме (2 человека в комнате, душ, кухня), бесплатно.
- Команда парома — 6 человек.
""",
    )
    assert "2 человека в комнате" in quoted(answerer, post, "в комнате скока человек живет")


def test_square_metres_by_their_sign_count_the_metres_asked(answerer: Answerer) -> None:
    """«комната какая скока метров» — «Комната 16 м² в гостевом доме»: «м²» writes the metres."""
    post = ad(
        "Садовник",
        """## Условия

- Комната 16 м² в гостевом доме, отдельный вход, свой санузел.
- Коммунальные платежи не удерживаем.
""",
    )
    assert "16 м²" in quoted(answerer, post, "комната какая скока метров")


def test_in_the_end_is_a_hedge_of_the_sum_asked(answerer: Answerer) -> None:
    """«скока в итоге в месяц выходит у монтажников» — «Средний заработок монтажника в сезон —
    85 000–110 000 ₽ в месяц»: «в итоге» hedges the question, it names nothing a line must hold."""
    post = ad(
        "Монтажник видеонаблюдения",
        """## Условия

- Оклад 30 000 ₽ плюс сдельная часть за смонтированные камеры.
- Средний заработок монтажника в сезон — 85 000–110 000 ₽ в месяц.
- Выплаты 2 раза в месяц.
""",
    )
    assert "85 000" in quoted(answerer, post, "скока в итоге в месяц выходит у монтажников")


def test_zero_experience_finds_teaching_from_scratch(answerer: Answerer) -> None:
    """«опыта ноль, возьмете?» — «Если опыта нет — учим с нуля.» over «опыт работы на ЧПУ
    приветствуется»: «ноль» and «нуль» are one word."""
    post = ad(
        "Оператор лазерного станка",
        """## Требования

- опыт работы на ЧПУ приветствуется

## Условия

- Открываем третью смену, берём и опытных, и без опыта.
- Если опыта нет — учим с нуля.
""",
    )
    assert "учим с нуля" in quoted(answerer, post, "опыта ноль, возьмете?")


def test_a_second_question_opened_by_che_is_asked_alone(answerer: Answerer) -> None:
    """«на собес когда приходить и че с собой брать» — «Собеседование: Пн–Пт с 10:00 до 15:00 …,
    с собой паспорт»: «че» opens a second question as «что» does."""
    post = ad(
        "Оператор лазерного станка",
        """## Как попасть к нам

- Собеседование: Пн–Пт с 10:00 до 15:00 по предварительной записи, с собой паспорт.
- Кто не может в ночь — скажите на собеседовании.
""",
    )
    assert "с собой паспорт" in quoted(
        answerer, post, "на собес когда приходить и че с собой брать"
    )


def test_the_people_of_a_room_night_pay_after_the_shifts_and_pay_that_comes(
    answerer: Answerer,
) -> None:
    """«скока человек в комнате живет» — «комнаты на 3 человека» (no team size); «ночью за игру
    больше дают?» — «В ночные смены за игру 600 ₽»; «зп каких числах приходит» — «10-го и 25-го
    числа»; «дорога за город на автобусе оплачивается» — the ride out of town, no place."""
    post = ad(
        "Сортировщик",
        """## Условия

- Общежитие для иногородних — в посёлке, комнаты на 3 человека, душ, кухня.
- Требуется: 14 человек.
- Днём за игру 400 ₽.
- В ночные смены за игру 600 ₽.
- Заработная плата выплачивается два раза в месяц — 10-го и 25-го числа на карту.
- Дорога на загородные площадки в служебном автобусе оплачивается 50% ставки.
""",
    )
    assert "на 3 человека" in quoted(answerer, post, "в комнате скока человек живет")
    assert "600" in quoted(answerer, post, "ночью за игру больше дают?")
    assert "25-го" in quoted(answerer, post, "зп каких числах приходит")
    assert "50% ставки" in quoted(answerer, post, "дорога за город на автобусе оплачивается")


def test_a_fuel_card_says_who_pays_for_diesel(answerer: Answerer) -> None:
    """ "who pays for diesel" — "… and the fuel card covers all work mileage": diesel is fuel,
    and a card that covers the mileage says who pays."""
    post = ad(
        "Window cleaner",
        """## What you'll get

- £95.00–£120.00 per day
- The van stays at the yard overnight, and the fuel card covers all work mileage.
- Uniform and boots provided.
""",
        lang="en",
    )
    assert "fuel card covers" in quoted(answerer, post, "who pays for diesel")


def test_how_far_back_asks_a_span_of_years_not_a_distance(answerer: Answerer) -> None:
    """ "how far back do they check background" — "Must pass a 10-year background check": how
    far back is how many years, not how far away."""
    post = ad(
        "Ramp agent",
        """## Requirements

- 18 years of age or older
- Must pass a 10-year background check to receive an airport badge
- You can't start on the ramp until the background check clears.
""",
        lang="en",
    )
    assert "10-year" in quoted(answerer, post, "how far back do they check background")


def test_overtime_at_a_multiple_says_it_is_paid(answerer: Answerer) -> None:
    """ "is overtime paid", "overtime paid? time and a half" — "Overtime at 1.5x after 40
    hours": the rate it is paid at says it is paid, and paid on top."""
    post = ad(
        "Greenskeeper",
        """## Pay and benefits

- $17.00 – $19.00 per hour
- Overtime at 1.5x after 40 hours
- 80 hours of paid time off per year
""",
        lang="en",
    )
    assert "1.5x" in quoted(answerer, post, "is overtime paid")
    assert "1.5x" in quoted(answerer, post, "overtime paid? time and a half")


def test_on_site_work_is_work_in_person(answerer: Answerer) -> None:
    """ "is there a minimum for in person jobs" — "On-site assignments have a 2-hour minimum":
    on site is in person."""
    post = ad(
        "Contract interpreter",
        """## Pay

- Phone (OPI): $0.40 – $0.55 per minute
- On-site assignments have a 2-hour minimum; after that you are billed in 15-minute increments.
""",
        lang="en",
    )
    assert "2-hour minimum" in quoted(answerer, post, "is there a minimum for in person jobs")


def test_a_place_after_tozhe_is_where_the_case_is_worked(answerer: Answerer) -> None:
    """«ночью тоже ходить по реке?» — «на ночь паром стоит у причала»: after the case asked
    («ночью тоже»), a place led by a preposition is where the work is done, not a thing the
    offer reaches; «за домофоны тоже сделка есть?» still reaches a pay the posting never names."""
    post = ad(
        "Моторист-рулевой",
        """## Условия

- Сменный график 7/7, две смены в сутки, дневная и ночная, на ночь паром стоит у причала.
- Оклад 48 000 ₽.
""",
    )
    assert "на ночь паром стоит" in quoted(answerer, post, "ночью тоже ходить по реке?")
    fitter = ad(
        "Монтажник слаботочных систем",
        """## Обязанности

- Монтаж видеонаблюдения, СКУД и домофоны.

## Оплата

- Оклад 60 000 ₽ + премия за видеонаблюдение.
""",
    )
    assert not answerer.answer(fitter, "за домофоны и скуд тоже сделка есть?").answered


def test_someones_home_is_where_they_live_not_remote_work(answerer: Answerer) -> None:
    """«у меня дома куры и утки, это ничего?» — «отсутствие в личном подворье домашней птицы»:
    what one keeps at home is one's own situation, no work from home asked; «Наставничество в
    первый месяц» answers «первое время одна буду ходить или с кем то»."""
    post = ad(
        "Оператор птицефабрики",
        """## Требования

- Отсутствие в личном подворье домашней птицы (куры, утки, гуси) — требование ветслужбы.

## Условия

- Наставничество в первый месяц работы — первые смены вместе с опытным оператором.
- Оклад 45 000 ₽.
""",
    )
    assert "домашней птицы" in quoted(answerer, post, "у меня дома куры и утки, это ничего?")
    assert "Наставничество" in quoted(answerer, post, "первое время одна буду ходить или с кем то")


def test_a_rate_asked_is_the_row_of_the_item_named(answerer: Answerer) -> None:
    """A rate asked: "rams n hoggets rate?" — the shearers' line giving the rams' rate, though
    "rate" is no item a row of the price list names."""
    shed = ad(
        "Shearers and shed hands",
        """## Pay

- Shearers: $2.80 per sheep for ewes and lambs, $3.20 per sheep for rams and hoggets
- Shed hands: $270 per day (4 runs, 8 hours), $300 per day for pressers
- Learner shearers: hourly rate of $26.50 while you're learning
""",
        lang="en",
    )
    assert "$3.20" in quoted(answerer, shed, "rams n hoggets rate?")


def test_the_pay_while_learning_is_not_the_pay_after_it(answerer: Answerer) -> None:
    """«сколько платят пока идёт обучение» — «На время обучения платим 45 000 ₽ за месяц.», not
    the row «2 разряд | после обучения, первые 3 месяца | 62 000 ₽» that comes first."""
    post = ad(
        "Оператор лазерного станка",
        """## Оплата по разрядам

| Разряд | Когда | Оклад |
|---|---|---|
| 2 разряд | после обучения, первые 3 месяца | 62 000 ₽ |
| 3 разряд | после аттестации | 75 000 ₽ |
| 4 разряд | от 2 лет | 90 000 ₽ |

## Условия

- Обучение с нуля за счёт компании, 2 месяца с наставником.
- На время обучения платим 45 000 ₽ за месяц.
""",
    )
    assert "45 000" in quoted(answerer, post, "сколько платят пока идёт обучение")


def test_a_multiple_of_the_rate_says_overtime_is_paid(answerer: Answerer) -> None:
    """Overtime asked: "is overtime paid", "overtime paid? time and a half" — "Overtime at 1.5x
    after 40 hours": a multiple typed with "x" is a premium and says how the hours are paid."""
    post = ad(
        "Cheesemaker Assistant",
        """## Pay and benefits

- $18–$21 per hour, depending on experience
- Overtime at 1.5x after 40 hours (it happens in May and June)
- 80 hours of paid time off per year plus 6 paid holidays
""",
        lang="en",
    )
    assert "1.5x" in quoted(answerer, post, "is overtime paid")
    assert "1.5x" in quoted(answerer, post, "overtime paid? time and a half")


def test_a_premium_for_a_named_holiday_or_a_holiday_adjective_answers_holiday_pay(
    answerer: Answerer,
) -> None:
    """ "holiday pay extra if i work thanksgiving?" — "We pay time and a half on Thanksgiving";
    «в праздники доплата есть?» — «В праздничные дни оплата в двойном размере» (the reason
    named by its adjective). The weekend's premium asked of a holiday line stays unsaid."""
    ramp = ad(
        "Ramp Agent",
        """## Pay

- Base rate $19.50 an hour.
- We pay time and a half on Thanksgiving and Christmas Day.
""",
        lang="en",
    )
    assert "Thanksgiving" in quoted(answerer, ramp, "holiday pay extra if i work thanksgiving?")
    crossing = ad(
        "Дежурный по переезду",
        """## Условия

- Оклад 40 000 ₽.
- В праздничные дни оплата в двойном размере.
""",
    )
    assert "праздничные" in quoted(answerer, crossing, "в праздники доплата есть?")
    assert not answerer.answer(crossing, "а за выходные доплата есть").answered


def test_an_english_post_asked_needs_a_line_naming_it_not_one_led_by_another(
    answerer: Answerer,
) -> None:
    """ "do pressers need experience" — "Shed hands don't need experience": a post the posting
    names once, in passing; "how many hours are the inspector classes" — "Clerk class: one
    2-hour in-person class.": a line led by another post. The post led asks its own line."""
    shed = ad(
        "Shearers & Shed Hands",
        """## The job

- Shed hands: $270 per day, $300 per day for pressers
- Shed hands don't need experience, we'll teach you to throw fleeces.
""",
        lang="en",
    )
    assert not answerer.answer(shed, "do pressers need experience").answered
    poll = ad(
        "Poll Workers",
        """## Posts

| Post | Duties | Pay |
| --- | --- | --- |
| Inspector | Leads the polling place team | $240 |
| Clerk | Checks in voters | $175 |

## Training

Clerk class: one 2-hour in-person class. Inspector training: two classes, in person.
""",
        lang="en",
    )
    assert not answerer.answer(poll, "how many hours are the inspector classes").answered
    assert "2-hour" in quoted(answerer, poll, "how long is the clerk class")


def test_advice_asked_of_the_bot_or_the_best_thing_of_a_town_is_chat(answerer: Answerer) -> None:
    # «посоветуй микс на вечер», «где в казани лучший эчпочмак», "best tacos in phoenix": the
    # candidate asks the bot's own taste, not the posting; lines on evening shifts, the city or
    # the weekend say nothing of it. Advice on applying, the best way there and the best
    # candidates asked stay questions.
    lounge = ad(
        "Кальянщик",
        """## Условия

- Город: Казань, ул. Баумана, 12
- смены с 18:00 до 04:00, выходные по графику
- Понедельник — выходной день
""",
    )
    for chat in (
        "посоветуй микс на вечер",
        "что посоветуешь посмотреть в казани на выходных",
        "где в казани лучший эчпочмак",
    ):
        answer = answerer.answer(lounge, chat)
        assert answer.small_talk and not answer.answered, (chat, answer.items)
    assert not answerer.answer(lounge, "что посоветуете подготовить к собеседованию").small_talk
    driver = ad(
        "Delivery Driver",
        """## Details

- Based in Phoenix, AZ; shifts 10am-6pm, weekends in rotation
- Take the 12 bus from downtown to the depot
""",
        lang="en",
    )
    for chat in ("best tacos in phoenix", "whats ur best pizza"):
        answer = answerer.answer(driver, chat)
        assert answer.small_talk and not answer.answered, (chat, answer.items)
    assert not answerer.answer(driver, "whats the best way to get to the depot").small_talk


def test_extra_pay_asked_beside_the_nights_is_not_said_by_another_extra(
    answerer: Answerer,
) -> None:
    # «ночные смены есть, доплата ночью»: the nights are what the extra pay is asked for, said
    # without «за»; a line on the extra pay for harmful work does not say it.
    plant = ad(
        "Сборщик электрощитов",
        """## Условия

- график 5/2, с 8:00 до 17:00
- Доплат за вредность нет — у нас чистое производство.
""",
    )
    assert quoted(answerer, plant, "ночные смены есть, доплата ночью") == ""
    assert "вредность" in quoted(answerer, plant, "доплата за вредность есть")


def test_a_lunch_hour_among_the_schedule_is_no_canteen(answerer: Answerer) -> None:
    # «столовка есть или обед свой носить» — «график 5/2, с 9:00 до 18:00, обед 1 час»: the
    # lunch hour among the schedule's terms gives no place to eat; it says how long lunch is.
    workshop = ad(
        "Ювелир-закрепщик",
        """## Условия

- график 5/2, с 9:00 до 18:00, обед 1 час
- оформление по ТК РФ
""",
    )
    assert quoted(answerer, workshop, "столовка есть или обед свой носить") == ""
    assert quoted(answerer, workshop, "столовая есть?") == ""
    assert "обед 1 час" in quoted(answerer, workshop, "обед сколько длится")


def test_a_row_under_a_column_naming_the_pay_gives_that_pay(answerer: Answerer) -> None:
    """«скока платят за м2 металлочерепицы» — «Металлочерепица | 350 ₽ | самый частый заказ»
    under «Вид кровли | Оплата за м² | Примечание»: the column names the pay per a unit of
    work (no thing paid for), and the row's sum under it is that pay."""
    roofer = ad(
        "Кровельщик в бригаду",
        """## Расценки для кровельщика

| Вид кровли | Оплата за м² | Примечание |
|---|---|---|
| Металлочерепица | 350 ₽ | самый частый заказ |
| Профнастил | 300 ₽ | гаражи, хозпостройки |
| Фальцевая кровля | 650 ₽ | только с опытом |

## Условия

- Аванс на объекте — 5 000 ₽ в неделю.
""",
    )
    assert "350 ₽" in quoted(answerer, roofer, "скока платят за м2 металлочерепицы")


def test_a_plain_rate_asked_is_the_base_pay_not_a_differential(answerer: Answerer) -> None:
    """ "how much u pay per hour" — "Pay: $19.50 – $23.25 / hour" over "On top of the base
    rate we pay a night differential of $1.50 per hour …": asked plainly, the base pay; asked
    of the nights, the differential."""
    ramp = ad(
        "Ramp Agent",
        """## Pay & shift differentials

- Pay: $19.50 – $23.25 / hour
- On top of the base rate we pay a night differential of $1.50 per hour after 10 pm.
- Lead agents earn an extra $2.00 per hour.
""",
        lang="en",
    )
    assert "$19.50" in quoted(answerer, ramp, "how much u pay per hour")
    assert "night differential" in quoted(answerer, ramp, "do nights pay extra")


def test_the_candidate_paying_asks_no_salary(answerer: Answerer) -> None:
    """ "do i pay utilities" — "$3,200/month starting": the candidate pays, and what one is
    paid is not asked; a line on the utilities answers, and none here does."""
    ranch = ad(
        "Ranch Hand",
        """## What we offer

- $3,200/month starting.
- Paid on the 1st and 15th.
- 3 bedroom house on the place.
""",
        lang="en",
    )
    assert not answerer.answer(ranch, "do i pay utilities").answered
    assert "$3,200" in quoted(answerer, ranch, "how much do u pay")


def test_a_runner_up_answers_when_the_best_line_covers_too_little_of_a_plain_question(
    answerer: Answerer,
) -> None:
    """ "металлолом на любом пункте принимают" — «Металлолом … — только на пункте №4» over a
    line naming the scrap alone, which covers too little of the question; "can i do doordash at
    the same time" likewise. A runner-up that loses a word the best line names is no answer:
    "какой оборот у магазина" is not answered by the supplies to the warehouses."""
    scrap = fixture("blind-ct", "priemshchik-vesovshchik-vtorkrug")
    assert "только на пункте №4" in quoted(answerer, scrap, "металлолом на любом пункте принимают")
    flex = fixture("blind-dd", "deliver-with-droproute-flex")
    assert "not during an active DropRoute block" in quoted(
        answerer, flex, "can i do doordash at the same time"
    )
    shop = fixture("blind-e", "menedzher-marketplejsov-wb-ozon")
    assert not answerer.answer(shop, "какой оборот у магазина").answered


def test_a_count_form_of_how_many_asks_a_number_not_a_length_or_an_hour(
    answerer: Answerer,
) -> None:
    """«в общаге комнаты на скольких» counts people (not «на сколько»: for how long); «по
    возрасту до скольки» asks an age bound (not «до скольки»: a time of day); «сезон со скольки
    и до какого числа» asks the season's first and last days, «с 1 мая и до конца октября»."""
    farm = ad(
        "Пастух",
        """## Условия

- Сезон пастьбы с 1 мая и до конца октября, как погода позволит.
- Мужчины, от 25 до 60 лет
- Общежитие в 10 минутах от базы, комнаты на 4 человека, кухня и душ на этаже.
- Подъём в 5:00, обед с 12:00 до 15:00.
""",
    )
    assert "комнаты на 4" in quoted(answerer, farm, "в общаге комнаты на скольких")
    assert "от 25 до 60" in quoted(answerer, farm, "по возрасту до скольки")
    assert "1 мая" in quoted(answerer, farm, "сезон со скольки и до какого числа")
    assert "1 мая" in quoted(answerer, farm, "сезон с какого числа по какое")


def test_gear_asked_by_its_other_name_finds_the_line_naming_it(answerer: Answerer) -> None:
    """«респиратор ваш?» — «полнолицевая маска 3M»; «лошадь своя нужна?» — «рабочий конь под
    седлом»; «солярку за свои заправлять?» — «топливная карта»; «права какой кат нужны» —
    «водительское удостоверение категории B» (the category as drivers clip it)."""
    shop = ad(
        "Маляр",
        """## Условия

- Что даём: полнолицевая маска 3M с фильтрами, комбинезоны и перчатки за наш счёт.
- рабочий конь под седлом и собака, конь на нашем корме
- топливная карта
- водительское удостоверение категории B
- личный автомобиль обязателен, подойдёт любой
""",
    )
    assert "маска 3M" in quoted(answerer, shop, "респиратор ваш или свой покупать")
    assert "конь" in quoted(answerer, shop, "лошадь своя нужна или ваша")
    assert "топливная карта" in quoted(answerer, shop, "солярку за свои заправлять?")
    assert "категории B" in quoted(answerer, shop, "права какой кат нужны")


def test_a_line_in_capitals_under_a_bulleted_item_is_a_sentence_of_its_own(
    answerer: Answerer,
) -> None:
    """«• выплаты раз в неделю, по понедельникам, на карту» / «В среднем наши мастера выходят на
    70–90к …, бывает 15+ кальянов за смену»: the line under the item is no part of it, and «15+»
    before a noun counts things, no age — «мне 17 можно» gets the age limit."""
    lounge = ad(
        "Кальянный мастер",
        """💰 ДЕНЬГИ
• ставка 250 ₽/час
• выплаты раз в неделю, по понедельникам, на карту
В среднем наши мастера выходят на 70–90к в месяц, в пятницу бывает 15+ кальянов за смену

✅ ЧТО НУЖНО ОТ ТЕБЯ
🔞 строго 18+, паспорт покажешь на собесе
""",
    )
    assert "строго 18+" in quoted(answerer, lounge, "мне 17 можно")
    assert quoted(answerer, lounge, "когда выплаты").startswith("выплаты раз в неделю")


def test_work_offered_to_a_family_member_answers_the_job_asked_for_them(
    answerer: Answerer,
) -> None:
    """«жену дояркой возьмете» — «жене можем дать работу дояркой»: a line that offers work
    hires for the job it names."""
    farm = ad(
        "Пастух",
        """## Условия

- дом для проживания, можно заезжать с семьёй
- жене можем дать работу дояркой, доярки у нас получают 38 000 р
""",
    )
    assert "дояркой" in quoted(answerer, farm, "жену дояркой возьмете")


def test_the_percentage_asked_names_no_premium_the_posting_lacks(answerer: Answerer) -> None:
    """«ночные доплачивают? скок процентов» — «доплата за работу в ночное время 40% часовой
    ставки»: «процентов» asks the figure, not a premium no line is about."""
    desk = ad(
        "Диспетчер",
        """## Условия

- График сутки через трое.
- оклад 28 500 руб. + доплата за работу в ночное время 40% часовой ставки (с 22:00 до 6:00)
""",
    )
    assert "40%" in quoted(answerer, desk, "ночные доплачивают? скок процентов")


def test_a_sum_asked_of_an_item_is_the_table_row_it_leads(answerer: Answerer) -> None:
    """ "how much do clerks get paid" — "Clerk | … | $175", a row of a table of stipends that
    names no pay, over the posting's pay range; "how much for inspector" — the inspector's row,
    not the line on the inspector's training."""
    poll = ad(
        "Poll Workers",
        """## Positions & Stipends

| Position | What you do | Election Day stipend |
| --- | --- | --- |
| Inspector | Leads the polling place team, opens and closes the polls | $240 |
| Clerk | Checks in voters, issues ballots, assists at the ballot box | $175 |

Stipends are mailed as a check approximately 4–6 weeks after Election Day.

## Training

Clerk class: one 2-hour in-person class. Inspector training: two classes, in person.
""",
        lang="en",
        front="salary:\n  from: 175\n  to: 280\n  currency: USD\n",
    )
    assert "$175" in quoted(answerer, poll, "how much do clerks get paid")
    assert "$240" in quoted(answerer, poll, "how much for inspector")


def test_what_a_worker_makes_asks_a_sum_not_a_line_that_says_make(answerer: Answerer) -> None:
    """ "realistically what does a rookie make" — "… a rookie that sticks it out typically clears
    $9,000–$14,000 for the spring", not "Most rookies don't make money in the first 2 weeks":
    what a worker makes is a sum."""
    planting = ad(
        "Tree Planter",
        """## Pay

Planting is piece work: you are paid per tree.
Most rookies don't make money in the first 2 weeks, and that's normal.
A rookie that sticks it out typically clears $9,000–$14,000 for the spring.
Vets plant 2,500–4,000 trees a day.
""",
        lang="en",
    )
    assert "$9,000" in quoted(answerer, planting, "realistically what does a rookie make")


def test_a_raise_asked_of_the_pay_gets_the_line_naming_the_raise(answerer: Answerer) -> None:
    """«разряд повысил, насколько больше платят» — «Повышение разряда …, каждый разряд +7 000 ₽
    к окладу» under «оклад от 52 000 ₽ (4 разряд)»: of close lines on the pay, the one that names
    the raise asked; «насколько больше» asks a sum, no team size."""
    lifts = ad(
        "Электромеханик по лифтам",
        """## Условия

- оклад от 52 000 ₽ (4 разряд)
- Повышение разряда (с 4 до 6) — после сдачи экзамена, каждый разряд +7 000 ₽ к окладу.
- итого на руки в среднем 65 000 – 95 000 ₽
""",
    )
    assert "+7 000" in quoted(answerer, lifts, "разряд повысил, насколько больше платят")


def test_how_big_a_bonus_is_asks_its_sum_not_a_head_count(answerer: Answerer) -> None:
    """ "how big is the end of season bonus" — "End-of-season bonus: $2.00 for every hour
    worked": a sum answers; a bonus named with no figure does not."""
    lift = ad(
        "Lift Operator",
        """## Pay

- $17.50/hour
- End-of-season bonus: $2.00 for every hour worked, paid if you work through your end date.
""",
        lang="en",
    )
    assert "$2.00" in quoted(answerer, lift, "how big is the end of season bonus")
    tax = ad(
        "Seasonal Tax Preparer",
        """## Pay

- $22 per hour
- Plus an end-of-season performance bonus based on returns prepared and client reviews.
""",
        lang="en",
    )
    assert not answerer.answer(tax, "how big is the bonus usually").answered


def test_coworkers_are_colleagues_not_a_coworking_space(answerer: Answerer) -> None:
    """ "can i swap shifts w coworkers" — "shift swaps are allowed with supervisor approval":
    the people one works with, no coworking allowance the posting never names."""
    museum = ad(
        "Visitor Services Associate",
        """## Schedule

- Schedules are posted two weeks in advance; shift swaps are allowed with supervisor approval.
- Free admission to all special exhibitions for you and one guest
""",
        lang="en",
    )
    assert "shift swaps" in quoted(answerer, museum, "can i swap shifts w coworkers")


def test_what_one_really_makes_is_said_by_what_people_typically_make(
    answerer: Answerer,
) -> None:
    """ "how much did greenhorns actually make" — "Last 3 seasons a greenhorn share came out
    between $9k and $21k." over the share's terms; «сколько реально в месяц поднять можно» —
    «Хороший монтажник в сезон делает 150-180 тыс» over the range of the card."""
    boat = ad(
        "Deckhand",
        """## Pay

- Crew share. Greenhorn share is 6% of the boat's gross after fuel, food and ice come off the top.
- Last 3 seasons a greenhorn share came out between $9k and $21k.
""",
        lang="en",
    )
    assert "$9k" in quoted(answerer, boat, "how much did greenhorns actually make")
    ceilings = fixture("blind-dd", "montazhnik-natyazhnyh-potolkov-avito")
    assert "делает 150-180" in quoted(answerer, ceilings, "сколько реально в месяц поднять можно")


def test_a_chatbot_named_by_its_brand_is_a_neural_network(answerer: Answerer) -> None:
    """«можно через чатгпт генерить» — «нейросетевой текст без редактуры — сразу видно, не
    надо»: the chatbot a candidate names by its brand is what the posting calls a network."""
    cards = ad(
        "Копирайтер карточек",
        """## Что не принимаем

- тексты с ошибками и канцеляритом
- нейросетевой текст без редактуры — сразу видно, не надо
""",
    )
    assert "нейросетевой" in quoted(answerer, cards, "можно через чатгпт генерить")


def test_a_row_under_a_heading_or_column_naming_the_pay_its_own_way_gives_that_pay(
    answerer: Answerer,
) -> None:
    # "Caddie Fees" on a caddie's posting, «Сдельные расценки», "Election Day stipend": the rows
    # under them that show a sum are the pay, though the word names none in a line.
    caddie = ad(
        "Caddies Wanted",
        """## Caddie Fees (per 18-hole loop)

| | C Caddie | B Caddie | A Caddie |
|---|---|---|---|
| Single bag | $60 | $75 | $90 |
| Double bag | n/a | $140 | $170 |
| Forecaddie (per player) | n/a | $40 | $45 |

Fees are paid to caddies in cash at the end of each day.
""",
        lang="en",
    )
    assert "Forecaddie" in quoted(answerer, caddie, "what do forecaddies get paid")
    polls = ad(
        "Poll Workers",
        """## Positions

| Position | What you do | Election Day stipend |
|---|---|---|
| Inspector | Leads the polling place team | $240 |
| Clerk | Checks in voters, assists at the ballot box | $175 |
| Student Poll Worker | Clerk duties for high school students | $100 |
""",
        lang="en",
    )
    assert "$175" in quoted(answerer, polls, "how much do clerks get paid")


def test_a_count_asked_inside_a_rows_span_picks_that_row(answerer: Answerer) -> None:
    # «скок платят если в группе человек 12» — «группа 11–14 детей — 1 800 ₽»: the figure
    # asked lies in the row's span of the noun it counts (people, a head, count the children);
    # a span of years («5–6 лет») counts no children.
    chess = ad(
        "Тренер по шахматам",
        """**Группы по возрасту:**
• «Пешки» 5–6 лет — 45 минут, игровая форма
• «Кони» 7–9 лет — 60 минут

**Оплата (за одно занятие):**
• группа до 6 детей — 900 ₽
• группа 7–10 детей — 1 300 ₽
• группа 11–14 детей — 1 800 ₽
""",
    )
    assert "11–14" in quoted(answerer, chess, "скок платят если в группе человек 12")
    assert "до 6 детей" in quoted(answerer, chess, "а за мелкую группу детей 5 сколько")


def test_the_hourly_asked_alone_is_the_base_pay_not_the_hours_or_a_differential(
    answerer: Answerer,
) -> None:
    # "whats the hourly": the adjective standing alone is the hourly pay, no hours of work; a
    # line whose first sum is named as pay on top ("a $1.00/hour differential") gives way to
    # the base pay's line.
    preparer = ad(
        "Seasonal Tax Preparer",
        """## Pay
- $16.00 – $24.00 per hour, based on experience and certifications
- Paid weekly

## Hours / season
- Peak season: 30–40 hours per week, including evenings and Saturdays

## Preferred
- Bilingual English/Spanish (a $1.00/hour differential applies for bilingual preparers)
""",
        lang="en",
    )
    for question in ("whats the hourly", "what is the hourly rate"):
        assert "$16.00 – $24.00 per hour" in quoted(answerer, preparer, question), question
    assert "30–40 hours per week" in quoted(answerer, preparer, "how many hours a week")


def test_a_licence_asked_with_no_vehicle_may_be_a_trades_licence(answerer: Answerer) -> None:
    # "do i need a license already": a pesticide applicator's licence answers, not only a
    # driving licence; a driver's licence asked is still the driving one.
    pest = ad(
        "Pest Control Technician",
        """## Details
- Licenses: Driver's License (Required)
- State licensing: we pay for your Tennessee certified applicator exam and license fees after
  hire (license must be obtained within 90 days)
- Valid driver's license and an acceptable driving record (MVR check)
""",
        lang="en",
    )
    assert "applicator exam" in quoted(answerer, pest, "how long do i have to get licensed")
    assert "Driver's License" in quoted(answerer, pest, "do i need a drivers license")


def test_an_appearance_fee_is_no_dress_code(answerer: Answerer) -> None:
    # "Appearance fee, over 4 hours | $195": the fee for turning up, not what one looks like.
    reporter = ad(
        "Freelance Court Reporter",
        """## Rates
- Appearance fee, up to 4 hours: $110
- Appearance fee, over 4 hours: $195

## Dress
- Business attire at every deposition
""",
        lang="en",
    )
    assert "Appearance fee" in quoted(answerer, reporter, "what is the appearance fee")
    assert "Business attire" in quoted(answerer, reporter, "what should i wear")


def test_a_take_home_vehicle_answers_taking_it_home_and_is_no_take_home_test(
    answerer: Answerer,
) -> None:
    # "can i take the truck home": "Take-home company truck" and "THE TRUCK GOES HOME WITH YOU"
    # say where the vehicle stays at night; a take-home truck is no take-home test.
    pest = ad(
        "Pest Control Technician",
        """## Benefits
- Take-home company truck (Ford Ranger) with fuel card for techs living within 25 miles
- Paid training and state licensing
""",
        lang="en",
    )
    assert "Take-home company truck" in quoted(answerer, pest, "can i take the truck home")
    assert not answerer.answer(pest, "is there a take home test").answered
    tow = ad(
        "Tow Truck Operator",
        """## Pay and trucks
- PAY - $14/hr base for every hour you are on call.
- THE TRUCK GOES HOME WITH YOU on your on-call days. You have to live within 15 miles of our yard.
- Our light duty trucks are all under 26,001 lbs.
""",
        lang="en",
    )
    assert "GOES HOME WITH YOU" in quoted(answerer, tow, "do i get to take the truck home")


def test_a_subject_named_only_by_its_phrase_is_stated_by_its_other_words_and_the_answer(
    answerer: Answerer,
) -> None:
    # "how many ppl are u hiring", «в какое время надо быть на связи»: the subject (how many
    # are hired, the hours on call) is named by a phrase with no word of its own, and no line of
    # the posting is about it; a line with the phrase's other words that shows what is asked (a
    # count, a time of day) states it. One with the words and no such figure does not.
    bakery = ad(
        "Counter Staff",
        """## About the job

- Looking for 2 people for the front counter
- ringing up, making drinks, boxing pastries
""",
        lang="en",
    )
    assert "2 people" in quoted(answerer, bakery, "how many ppl are u hiring")
    vague = ad(
        "Counter Staff",
        """## About the job

- Looking for friendly people for the front counter
- ringing up, making drinks, boxing pastries
""",
        lang="en",
    )
    assert quoted(answerer, vague, "how many ppl are u hiring") == ""
    smm = ad(
        "SMM-менеджер",
        """## Условия

- занятость частичная, график свободный, но на связи с 10 до 19 по будням
- оплата 40 000 ₽ в месяц
""",
    )
    assert "с 10 до 19" in quoted(answerer, smm, "в какое время надо быть на связи")
    loose = ad(
        "SMM-менеджер",
        """## Условия

- занятость частичная, график свободный, главное — быть на связи
- оплата 40 000 ₽ в месяц
""",
    )
    assert quoted(answerer, loose, "в какое время надо быть на связи") == ""


def test_a_discount_asked_on_a_thing_no_perk_list_names(answerer: Answerer) -> None:
    """A discount asked on a thing of any name («кальян», "cheese") is not answered by a
    discount on another thing the line names, whatever kind it is; a discount on all the
    employer sells or on its services answers, and so does one on the very thing."""
    lounge = ad(
        "Кальянщик",
        """## Условия

- Напитки из бара — со скидкой 50%
""",
    )
    assert quoted(answerer, lounge, "скидка сотрудникам на кальян есть") == ""
    assert "50%" in quoted(answerer, lounge, "скидка на напитки есть")
    farm = ad(
        "Farm Hand",
        """## Perks
- Farm share discount on beef and eggs
""",
        lang="en",
    )
    assert quoted(answerer, farm, "employee discount on cheese in the farm store?") == ""
    assert "beef" in quoted(answerer, farm, "employee discount on beef?")
    clinic = ad(
        "Администратор клиники",
        """## Условия

- скидка 50% на услуги клиники для сотрудника и членов семьи
""",
    )
    assert "50%" in quoted(answerer, clinic, "для семьи скидки на лечение есть")


def test_a_perk_asked_from_day_one_needs_a_line_saying_when(answerer: Answerer) -> None:
    """ "sick pay from day one?" asks when the perk starts: the perk's bare name does not say,
    a line naming the first day or a wait does («ДМС после испытательного срока»)."""
    council = ad(
        "Refuse Loader",
        """## Benefits
- Occupational sick pay scheme
""",
        lang="en",
    )
    assert quoted(answerer, council, "sick pay from day one?") == ""
    hospital = ad(
        "Санитар",
        """## Условия

- ДМС после испытательного срока
""",
    )
    assert "после" in quoted(answerer, hospital, "Медицинская страховка действует с первого дня?")


def test_a_kind_asked_by_its_term_is_not_answered_by_a_sibling_term(answerer: Answerer) -> None:
    """ "life insurance included?" names a kind the line does not ("Medical, dental and vision
    insurance": the same noun after another word of another subject's term); "vision
    insurance?" is not answered by a line on cover by its general word, while "health
    insurance?" is, and a term of one subject in other words answers ("police check")."""
    brewery = ad(
        "Canning Line Operator",
        """## Benefits
- Medical, dental and vision insurance, eligible after 60 days
""",
        lang="en",
    )
    assert quoted(answerer, brewery, "life insurance included?") == ""
    assert "vision insurance" in quoted(answerer, brewery, "health insurance?")
    pool = ad(
        "Pool Technician",
        """## Benefits
- Health insurance after 90 days
""",
        lang="en",
    )
    assert quoted(answerer, pool, "vision insurance?") == ""
    assert "Health insurance" in quoted(answerer, pool, "health insurance?")
    nursery = ad(
        "Nursery Assistant",
        """## Requirements
- Criminal record check before you start
""",
        lang="en",
    )
    assert "record check" in quoted(answerer, nursery, "do u need a police check")


def test_a_forum_topic_parted_by_box_rules_answers_with_the_authors_posts(
    answerer: Answerer,
) -> None:
    # Posts parted by a rule of box-drawing dashes, each under its author's name in bold and
    # «Добавлено: <date>», its words past a blank line: the rule is nobody's words, and the
    # author's posts answer the comments over them — the commenter's own words do not.
    topic = ad(
        "Сторож на базу отдыха",
        """Форум Заречья » Работа » Вакансии
Тема: Нужен сторож на базу отдыха «Сосны»

──────────────────────
**Sosny_admin** · Сообщений: 88
Добавлено: 02.09.2025, 10:12

Ищем сторожа с проживанием на базе. Зарплата 28 000 руб. в месяц, обход 3 раза в сутки.

──────────────────────
**Petrovich_61** · Сообщений: 12
Добавлено: 02.09.2025, 12:40

А с супругой можно заехать? У меня жена, тоже работу ищем.

──────────────────────
**Sosny_admin**
Добавлено: 02.09.2025, 13:05

Можно вдвоём, в домике две комнаты. Платим одну ставку.

──────────────────────
Ответить  |  Цитировать
""",
    )
    assert "Можно вдвоём" in quoted(answerer, topic, "с женой можно заехать")


def test_a_case_heading_names_the_thing_asked_by_its_synonym(answerer: Answerer) -> None:
    # «На своём автомобиле» over the terms of working in one's own car: a question about fuel
    # «на своей машине» is asked of them, though no line under it says «машина» (the school's
    # car is named so above).
    school = ad(
        "Инструктор по вождению",
        """## Два формата работы

**1. На автомобиле школы**
Оплата — 400 ₽ за час вождения.
Топливо и ремонт — за счёт школы.
Машина закрепляется за инструктором.

**2. На своём автомобиле**
Автомобиль должен быть с дублирующими педалями, не старше 10 лет.
Оплата — 700 ₽ за час вождения.
Бензин и обслуживание — за свой счёт.
""",
    )
    assert "за свой счёт" in quoted(answerer, school, "на своей машине бенз мой получается")


def test_a_medical_exam_by_the_employers_referral_says_who_pays(answerer: Answerer) -> None:
    # «по направлению работодателя»: the employer sends one to the exam, and pays for it.
    duty = ad(
        "Оперативный дежурный",
        """## Требования
- среднее профессиональное образование
- медицинское заключение (предварительный медосмотр проводится по направлению работодателя)
""",
    )
    assert "по направлению работодателя" in quoted(
        answerer, duty, "медкомиссию за свои деньги проходить?"
    )


def test_age_and_another_thing_that_do_not_matter_speak_to_an_older_candidate(
    answerer: Answerer,
) -> None:
    # «возраст и образование не важны»: age does not matter, said beside another thing.
    hunt = ad(
        "Егерь",
        """## Требования
- возраст и образование не важны, важно здоровье
- знание леса
""",
    )
    assert "возраст и образование не важны" in quoted(answerer, hunt, "мне 58 не старый")


def test_experience_with_dogs_is_no_dog_brought_along(answerer: Answerer) -> None:
    # «опыт с собаками обязателен?» asks the experience, not whether one may come with a dog.
    handler = ad(
        "Кинолог",
        """## Требования
- опыт дрессировки собак (служебное собаководство, спорт) — обязательно
- физическая выносливость
""",
    )
    assert "опыт дрессировки собак" in quoted(
        answerer, handler, "опыт с собаками обязателен или научите"
    )


def test_living_together_speaks_to_a_candidate_coming_with_a_partner(answerer: Answerer) -> None:
    # «заселяем вместе, если оба устроились»: a couple is housed together.
    resort = ad(
        "Оператор канатной дороги",
        """## Проживание
- общежитие в посёлке, комнаты на 2–3 человека

## Вопросы
**— Можно с парнем или девушкой?**
Да, заселяем вместе, если оба устроились на курорт.
""",
    )
    assert "заселяем вместе" in quoted(answerer, resort, "можно с девушкой приехать и жить вместе")


def test_a_requirement_opening_with_the_least_age_states_an_age(answerer: Answerer) -> None:
    # «от 20 лет, опыт … приветствуется»: the item opens with the youngest age taken.
    weigher = ad(
        "Приёмщик-весовщик",
        """## Требования
- от 20 лет, опыт приёмщиком приветствуется, но можно без опыта — научим;
- физическая выносливость
""",
    )
    assert "от 20 лет" in quoted(answerer, weigher, "мне 19 норм")


def test_a_make_typed_in_cyrillic_finds_the_postings_latin_name(answerer: Answerer) -> None:
    """«комацу есть?» asks of the machines the posting writes in Latin letters ("Komatsu"): a
    Cyrillic word no line has finds the Latin words that start as its spelling does."""
    quarry = ad(
        "Машинист бульдозера",
        """## Техника

- Komatsu D155A — 6 единиц
- Shantui SD32 — 9 единиц

## Условия

- вахта 60/30, проживание в общежитии
""",
    )
    assert "Komatsu" in quoted(answerer, quarry, "на какой технике работать, комацу есть")
    assert "Shantui" in quoted(answerer, quarry, "скока шантуев у вас")
    assert answerer.lexicon.to_latin("комацу") == "komatsu"
    assert answerer.lexicon.to_latin("Figma") is None


def test_a_service_car_taken_home_needs_a_line_on_where_it_sleeps(answerer: Answerer) -> None:
    """«служебную ларгус можно домой забирать» asks of the work car named by its make: a line
    that only names the car says nothing of it; «машина ночует на базе, домой не забираем» does."""
    agent = ad(
        "Агент ритуальной службы",
        """## Условия

- агент выезжает на служебной Lada Largus
""",
    )
    assert quoted(answerer, agent, "агенту служебную ларгус можно домой забирать") == ""
    driver = ad(
        "Водитель-ассенизатор",
        """## Условия

- машина: КамАЗ 43253, цистерна 10 м3, закреплена за одним водителем
- машина ночует на базе, домой не забираем
- работаем 6/1, выезд с базы в 7:30, ночных смен нет
- топливо по топливной карте
""",
    )
    assert "ночует" in quoted(answerer, driver, "машину домой на ночь можно брать")


def test_a_probation_named_by_its_unit_alone_lasts_one(answerer: Answerer) -> None:
    """«испытательный скока» asks a length: «Потом испытательный месяц.» gives one, its unit
    alone standing for one of it; «права какие нужны» is answered by the driving licence under
    its other name, «водительское удостоверение»."""
    workshop = ad(
        "Столяр-реставратор",
        """## Условия

- сдельная оплата, расценки висят в цеху
- сначала пробная работа на 1 день. Потом испытательный месяц.
""",
    )
    assert "испытательный месяц" in quoted(answerer, workshop, "испытательный скока")
    service = ad(
        "Мастер-приёмщик",
        """## Требования

- знание устройства автомобиля: двигатель, трансмиссия, ходовая часть
- водительское удостоверение категории B, стаж от 2 лет
""",
    )
    assert "категории B" in quoted(answerer, service, "права нужны какие")


def test_a_piece_rate_list_under_a_lead_in_naming_the_pay_gives_each_piece_its_pay(
    answerer: Answerer,
) -> None:
    """«Оплата сдельная, за каждое изделие … Примеры:» over «комод советский с заменой шпона на
    фасадах — 14 000 ₽»: each row is the restorer's pay for that piece (the rows are no list of
    other positions though one names the title's word after its comma); a piece the list lacks
    is not answered by another row."""
    joiner = fixture("blind-do", "stolyar-restavrator-mebeli-avito-masterskaya")
    assert "14 000 ₽" in quoted(answerer, joiner, "а комод советский со шпоном скока")
    assert "2 400 ₽ за м²" in quoted(answerer, joiner, "шеллачка за метр почем")
    assert quoted(answerer, joiner, "за ломберный столик скока платите") == ""


def test_a_sum_asked_for_a_piece_is_the_line_paying_per_that_piece(answerer: Answerer) -> None:
    """«скока за группу платите»: «1 600 ₽ за групповое занятие» pays per group, «прогулки на
    закат с группой — 2 000 ₽ за выход» per outing, though it names a group too; «скока за
    венский стул платите»: the row the chair leads, not the trial day's sum of a line naming
    the chair («эта смена оплачивается 2 500 ₽»)."""
    sup = fixture("blind-do", "instruktor-sap-ozero-telegram-leto")
    assert "1 600 ₽ за групповое" in quoted(answerer, sup, "скока за группу платите")
    joiner = fixture("blind-do", "stolyar-restavrator-mebeli-avito-masterskaya")
    assert "3 000 ₽" in quoted(answerer, joiner, "скока за венский стул платите")


def test_extra_asked_alone_is_money_on_top(answerer: Answerer) -> None:
    """ "anything extra for nights", "wat about weekends, extra?", "do i get extra": money on
    top, shown by an allowance or a differential — not a line that only has the shifts."""
    cellar = fixture("blind-dl", "vintage-cellar-hands-barossa-nuriootpa")
    assert "15% shift allowance" in quoted(answerer, cellar, "anything extra for nights")
    ramp = fixture("blind-dk", "ramp-agent-baggage-handler-northstar-msp")
    assert "weekend differential of $1.00" in quoted(answerer, ramp, "wat about weekends, extra?")
    rota = ad(
        "Warehouse Operative",
        """## Shifts
- nights and weekends on a rota, 4 on 4 off
""",
        lang="en",
    )
    assert quoted(answerer, rota, "anything extra for nights") == ""
    assert quoted(answerer, rota, "wat about weekends, extra?") == ""


def test_a_price_asked_with_pochyom_needs_a_sum_of_money(answerer: Answerer) -> None:
    """«почём» asks a price: a sum of money shows it, in the clipped zloty too («500 зл/мес»),
    a count of things («15 камней») does not."""
    studio = ad(
        "Закрепщик",
        """## Условия
- тестовое задание: закрепить 15 камней в шинку за один день
""",
    )
    assert quoted(answerer, studio, "тестовое почем") == ""
    bakery = fixture("blind-dp", "tandyrshchik-lepeshki-vk-chaikhana-samarkand")
    assert "по 90 ₽" in quoted(answerer, bakery, "почем у вас лепешка")
    hostel = fixture("blind-cb", "otdelochniki-polsha-vroclav")
    assert "500 зл" in quoted(answerer, hostel, "жилье есть? почем")


def test_a_thing_on_us_is_paid_by_the_employer(answerer: Answerer) -> None:
    """ "Fuel is on us", "Lunch is on the house": the employer pays for it."""
    crew = ad(
        "Kitchen Porter",
        """## Perks
- Lunch is on the house every shift
""",
        lang="en",
    )
    assert "on the house" in quoted(answerer, crew, "do you pay for lunch")


def test_a_piece_asked_a_few_words_before_skolko_must_be_named(answerer: Answerer) -> None:
    """«за фотопечать на потолке сколько платят»: the piece named words before «сколько» is
    still the piece asked, which a month's pay does not name; «премия за что и скока» names
    no piece."""
    ceilings = fixture("blind-dd", "montazhnik-natyazhnyh-potolkov-avito")
    assert quoted(answerer, ceilings, "за фотопечать на потолке сколько платят") == ""


def test_a_shift_diff_is_the_differential(answerer: Answerer) -> None:
    """ "how much is the shift diff": the premium as shifts clip it; "weekends extra $?" asks
    the weekend premium."""
    cannery = fixture("blind-do", "canning-line-operator-brewery-jobboard")
    assert "shift differential" in quoted(answerer, cannery, "how much is the shift diff")
    cna = fixture("blind-ae", "cna-nights-dayton")
    assert "+$1/hr weekends" in quoted(answerer, cna, "weekends extra $?")


def test_pay_shapes_of_english_gig_ads_session_38(answerer: Answerer) -> None:
    # "$16/hr for servers": a sum per hour for the people it pays is pay; a paragraph opening
    # "PAY:" is the pay's; "Paid on the 1st and 15th" names the payday; "$175 a week" after the
    # room it is the rent of is that room's sum.
    barn = ad(
        "Event Servers",
        """We're hiring for the wedding season.

$16/hr for servers, $18/hr for bartenders, PLUS a share of the gratuity pool.

Training day is Saturday, April 24, 10 AM–2 PM at the barn (paid at your base rate).
""",
        lang="en",
    )
    assert "$16/hr for servers" in quoted(answerer, barn, "how much do servers make an hour")
    boat = ad(
        "Sternman",
        """Looking for a hardworking sternman for the season.

PAY: you get 20 percent of the catch after fuel and bait come off the top.

Housing is not included but there's a room for rent in town, $175 a week.
""",
        lang="en",
    )
    assert "20 percent of the catch" in quoted(answerer, boat, "how much u pay")
    assert "$175 a week" in quoted(answerer, boat, "any housing? how much is the room")
    ranch = ad(
        "Ranch Hand",
        """## Pay
- $3,400 a month
- Paid on the 1st and 15th
""",
        lang="en",
    )
    assert "1st and 15th" in quoted(answerer, ranch, "when do u get paid")


def test_english_dates_of_a_season_and_a_deadline_session_38(answerer: Answerer) -> None:
    # A span written day first ("from Good Friday (3 April 2026) until …") says when the work
    # starts; "through to the end of March" when the season ends; a CV e-mailed "by Sunday 15
    # March 2026" is the closing date.
    cidery = ad(
        "Tasting Room Assistant",
        """## Hours

The tasting room is open on weekends from Good Friday (3 April 2026) until 25 October 2026.

## How to apply

Email a short CV to jobs@example.co.uk by Sunday 15 March 2026.
""",
        lang="en",
    )
    assert "Good Friday (3 April 2026)" in quoted(answerer, cidery, "when does it start")
    assert "15 March 2026" in quoted(answerer, cidery, "closing date for applications")
    shearing = ad(
        "Shed Hands",
        """We are looking for keen shed hands for the 2026/27 season.

The main shear runs from early November through to the end of March.
""",
        lang="en",
    )
    assert "end of March" in quoted(answerer, shearing, "when does the season start n finish")


def test_chat_english_forms_of_hiring_and_leaving_session_38(answerer: Answerer) -> None:
    # "how many ppl r u hiring" asks the openings (Indeed's "Hiring 2 candidates for this
    # role"), not the team; "i gotta leave mid april" is leaving the job, not a holiday.
    pool = ad(
        "Pool Technician",
        """## Hiring insights
Hiring 2 candidates for this role
""",
        lang="en",
    )
    assert "Hiring 2 candidates" in quoted(answerer, pool, "how many ppl r u hiring")
    vintage = ad(
        "Cellar Hand",
        """## Requirements
- Availability for the WHOLE vintage — we can't take anyone who needs to leave before 30 April
- During peak (usually mid-March to mid-April) we run two 12-hour shifts

## Benefits
- 4 weeks annual leave
""",
        lang="en",
    )
    assert "before 30 April" in quoted(answerer, vintage, "i gotta leave mid april is that ok")


def test_clipped_chat_english_words_session_38(answerer: Answerer) -> None:
    # "the shift diff" is the shift differential; "wat days" asks the days as "what days" does.
    brewery = ad(
        "Canning Line Operator",
        """## Pay
- $21/hour to start
- Second shift carries a $1.75/hour shift differential on every hour worked.
- Beer allowance: one shift beer after clocking out
""",
        lang="en",
    )
    assert "$1.75/hour" in quoted(answerer, brewery, "how much is the shift diff")
    ramp = ad(
        "Ramp Agent",
        """## Pay
- $19.50 per hour to start
- We pay a night differential of $1.50 per hour for hours worked between 10pm and 5am.

## FAQ
**Is part-time eligible for differentials?**
Yes. Night and weekend differentials apply to every hour that qualifies, full-time or part-time.
""",
        lang="en",
    )
    assert "$1.50 per hour" in quoted(answerer, ramp, "is there a night diff")
    barn = ad(
        "Event Staff",
        """## Schedule
- Days: Friday and Saturday, 3:30 PM to midnight
- Training day is one Saturday in April
""",
        lang="en",
    )
    assert quoted(answerer, barn, "wat days do u work") == quoted(
        answerer, barn, "what days do u work"
    )
    assert "Friday and Saturday" in quoted(answerer, barn, "wat days do u work")


def test_make_of_a_thing_made_asks_no_pay_session_38(answerer: Answerer) -> None:
    # "which days are make days": "make" of a thing made names no pay; "what do cheesemakers
    # make", "how much can i make an hour" ask it.
    dairy = ad(
        "Cheesemaker Assistant",
        """## Schedule
- Make days are Tuesday through Saturday.
- Shifts start at 6am.

## Pay
- $18.50 per hour, paid weekly
""",
        lang="en",
    )
    assert "Tuesday through Saturday" in quoted(answerer, dairy, "which days are make days")
    assert "$18.50" in quoted(answerer, dairy, "what do cheesemakers make")
    assert "$18.50" in quoted(answerer, dairy, "how much can i make an hour")


def test_pay_asked_of_a_case_is_said_by_a_line_that_says_it_is_paid(answerer: Answerer) -> None:
    """ "do we still get paid if it rains" asks pay beside the case: a line on the case that says
    what is paid answers it in whatever word («оплачивается», "no pay"); a word of paying before
    another thing ("Paid training") says nothing of how often pay comes."""
    beach = fixture("blind-dn", "spasateli-plyazh-loo-rabota-v-sochi-tg")
    assert "оплачивается" in quoted(answerer, beach, "в шторм пляж закрыт платят тогда?")
    farm = fixture("blind-ah", "fruit-picker-shepparton")
    assert "rain days" in quoted(answerer, farm, "what if it rains, do we still get paid")
    rep = fixture("blind-c", "customer-service-rep-tampa")
    assert quoted(answerer, rep, "how often do we get paid, weekly or biweekly?") == ""


def test_the_metro_not_running_asks_no_place(answerer: Answerer) -> None:
    """«метро же закрыто» says when the candidate goes home, not where the job is: the line on
    the taxi home answers without naming the metro."""
    waiter = fixture("blind-g", "oficiant-gruzinskaya-kuhnya-ekb")
    assert "такси" in quoted(answerer, waiter, "как домой ночью добираться, метро же закрыто")


def test_a_sum_after_a_currency_sign_is_the_named_things_own(answerer: Answerer) -> None:
    """ "$175 a week" after a part naming the room is the room's price, as «1 500 ₽ в месяц» is:
    the currency sign before the figure does not make it another subject's."""
    sternman = fixture("blind-do", "lobster-sternman-maine-craigslist")
    assert "$175" in quoted(answerer, sternman, "any housing? how much is the room")


def test_a_subject_named_after_posle_beside_another_is_when_not_what(answerer: Answerer) -> None:
    """«после курсов» says where the candidate comes from, beside the experience asked: the
    posting has no line on courses, and the requirement answers."""
    masseur = fixture("blind-da", "massazhist-sanatoriy-zelenyy-dol")
    assert "от 1 года" in quoted(answerer, masseur, "опыт нужен или после курсов можно")


def test_going_somewhere_asks_the_place_not_the_verb(answerer: Answerer) -> None:
    """ "do i have to go in the freezer" asks of the freezer: "go" frames it, as a Russian verb
    would, and a line on working in the freezer answers without the word."""
    stocker = fixture("blind-ap", "grocery-stocker-overnight-columbus")
    assert "freezer" in quoted(answerer, stocker, "do i have to go in the freezer lol")


def test_the_candidates_own_life_and_the_bots_opinion_are_small_talk(answerer: Answerer) -> None:
    # Making a thing at home, paying one's own flat's bills, the bot's opinion of the employer:
    # asked of the bot, whatever word of the posting they share ("cider", «Пузакова 12»,
    # «завод»).
    cidery = ad(
        "Tasting Room Assistant",
        """## The role

- explaining how our ciders and perries are made, selling bottles in the shop
""",
        lang="en",
    )
    chat = answerer.answer(cidery, "how do i make cider at home")
    assert chat.small_talk and not chat.answered
    assert "ciders" in quoted(answerer, cidery, "what will i be doing")
    dispatcher = ad(
        "Диспетчер АДС",
        """## Условия

- обслуживаем дома: ул. Пузакова, д. 12, 14, 16/2
- завод «Прогресс» рядом, проходная № 1
""",
    )
    for question in (
        "как мне квартплату оплатить у меня пузакова 12",
        "ну как у вас вообще норм завод",
    ):
        chat = answerer.answer(dispatcher, question)
        assert chat.small_talk and not chat.answered, question


def test_a_word_read_in_its_other_sense_names_no_subject(answerer: Answerer) -> None:
    # «рост» beside the body's weight is one's height, not a career; «буфеты» among chairs are
    # furniture, not a canteen. A career asked, or a canteen's buffet, is still answered.
    firemen = ad(
        "Пожарный",
        """## Условия

- карьерный рост до начальника караула
""",
    )
    assert quoted(answerer, firemen, "рост вес какой нужен") == ""
    assert "карьерный рост" in quoted(answerer, firemen, "карьерный рост есть?")
    joiner = ad(
        "Столяр-реставратор",
        """## Обязанности

- реставрация мебели: венские стулья, буфеты, этажерки
""",
    )
    assert quoted(answerer, joiner, "обед кормите или с собой") == ""
    canteen = ad(
        "Кладовщик",
        """## Условия

- на территории буфет для сотрудников
""",
    )
    assert "буфет" in quoted(answerer, canteen, "обед кормите или с собой")


def test_a_tie_goes_to_the_line_under_a_heading_naming_the_word_asked(answerer: Answerer) -> None:
    # "About 60% of our work is now remote" under "Remote Depositions", not the blurb on the
    # firm's remote deposition services: the same words asked, the section on them.
    reporters = fixture("blind-de", "freelance-court-reporter-halvorsen")
    assert "About 60% of our work is now remote" in quoted(
        answerer, reporters, "how much of the work is remote these days"
    )


def test_a_heading_over_its_one_line_is_a_label_not_a_section_on_the_word(
    answerer: Answerer,
) -> None:
    # A job board's "Licence/Certification" over "UK Driving Licence (required)" wins no tie
    # against the requirement that says which licence.
    cleaner = fixture("blind-di", "window-cleaner-wfp-indeed-wokingham")
    assert "full UK manual driving licence" in quoted(
        answerer, cleaner, "i only have an automatic licence"
    )


def test_a_sum_asked_with_its_thousands_clipped_is_the_postings_figure_in_full(
    answerer: Answerer,
) -> None:
    watchman = ad(
        "Сторож-дворник в СНТ",
        """Ищем сторожа-дворника на круглый год.

## Условия

- зарплата 30 000 руб. в месяц, выплачиваем до 5 числа следующего месяца
- 30 000 на руки.
- домик для проживания на территории
""",
    )
    # «30 тыщ» is the «30 000» the posting writes, not a «30» and a «тысяча» of their own.
    assert "30 000 на руки" in quoted(answerer, watchman, "30 тыщ это на руки или до вычета")


def test_alternatives_past_a_future_auxiliary_and_a_threshold_as_when(answerer: Answerer) -> None:
    """«одна работать буду или вдвоём» asks one of two past the auxiliary and its infinitive:
    «мастер работает на островке один» names one; «а 50% когда дают» is answered by the line
    that states the threshold bringing it."""
    kiosk = fixture("blind-do", "master-remont-obuvi-klyuchi-kiosk-hh")
    assert "островке один" in quoted(answerer, kiosk, "на точке одна работать буду или вдвоем")
    studio = fixture("blind-dq", "lashmaker-vi-lash-telegram-ekb")
    assert "от 80 клиенток" in quoted(answerer, studio, "а 50% когда дают")


def test_a_role_s_rate_asked_is_the_runner_up_naming_that_role(answerer: Answerer) -> None:
    # "bartender rate?": the best line on training pay states no sum; a close runner-up that
    # names the bartenders and their rate answers — a rate asked of a post no line names still
    # is not answered by another post's row of pay.
    post = ad(
        "Event Servers & Bartenders",
        """## Pay

- Training day before the first event (paid at your base rate)
- $16/hr for servers, $18/hr for bartenders, plus a share of the gratuity pool""",
        lang="en",
    )
    assert "$18/hr for bartenders" in quoted(answerer, post, "bartender rate?")
    assert quoted(answerer, post, "whats the rate for a teaching assistant") == ""


def test_a_phrasal_verb_s_particle_names_no_subject(answerer: Answerer) -> None:
    # "is there a bus out to the farm" asks "a bus to the farm": the particle is read with its
    # verb, not as a word the line must hold.
    post = ad(
        "Cheesemaker Assistant",
        """## Getting here

- Reliable transportation — the farm is 9 miles from town and there is no bus""",
        lang="en",
    )
    assert "there is no bus" in quoted(answerer, post, "is there a bus out to the farm")


def test_the_bot_s_favourite_or_forecast_asked_is_small_talk(answerer: Answerer) -> None:
    # "whats ur fav cozy game", "whats the weather gonna be like", «как думаете урожай в этом
    # году хороший будет»: the bot's own taste or forecast is asked; a line naming the games,
    # the weather gear or the harvest says nothing of it.
    studio = ad(
        "QA Tester",
        """## About us

- We are a small studio making cozy farming games for Steam
- Bring your own tent and wet weather gear for the summer festival""",
        lang="en",
    )
    for chat in ("whats ur fav cozy game", "whats the weather gonna be like"):
        answer = answerer.answer(studio, chat)
        assert answer.small_talk and not answer.answered, (chat, answer.items)
    assert "cozy farming games" in quoted(answerer, studio, "do you make farming games")
    assert "wet weather gear" in quoted(answerer, studio, "what weather gear do i need")
    elevator = ad(
        "Лаборант",
        """Элеватор на сезон уборки урожая 2027 года приглашает лаборантов.""",
    )
    chat = answerer.answer(elevator, "как думаете урожай в этом году хороший будет")
    assert chat.small_talk and not chat.answered
    assert not answerer.answer(elevator, "как думаете, меня без опыта возьмут?").small_talk


def test_a_message_of_delight_asks_nothing(answerer: Answerer) -> None:
    # "aww i love dogs 🐶", "love ur work omg 😍": the candidate's delight asks nothing, so no
    # line with "love" or "dogs" answers it; a question after it still asks.
    kennel = ad(
        "Kennel Assistant",
        """## About you

- You love dogs and cats and don't mind getting wet, muddy and covered in fur
- Work 3 days a week, so you can keep another job""",
        lang="en",
    )
    for chat in ("aww i love dogs 🐶", "love ur work omg 😍"):
        answer = answerer.answer(kennel, chat)
        assert answer.small_talk and not answer.answered, (chat, answer.items)
    assert not answerer.answer(kennel, "omg can i bring my dog to work?").small_talk


def test_a_thing_in_the_house_asks_no_work_from_home(answerer: Answerer) -> None:
    # «телевизор в доме есть»: «в доме» is inside the house given, not working from home
    # («дома», «из дома»), so a line where one rests at home does not answer it.
    farm = ad(
        "Пастух",
        """## Условия

- Отдельный дом на стоянке, печка на угле
- В обед 3 часа свободные, можно отдыхать дома.""",
    )
    assert quoted(answerer, farm, "телевизор в доме есть") == ""
    assert quoted(answerer, farm, "газ в доме проведен") == ""
    assert "отдыхать дома" in quoted(answerer, farm, "в обед можно отдыхать дома?")


def test_a_unit_s_adjective_before_the_rate_gives_a_sum_per_that_unit(answerer: Answerer) -> None:
    # «скока в час платят» — «часовая ставка 210 ₽, …» under the month's range: the rate named
    # by its unit's adjective is a sum per hour.
    post = ad(
        "Лаборант",
        """## Условия

- от 48 000 до 64 000 ₽ за месяц, до вычета налогов
- часовая ставка 210 ₽, премия по итогам месяца до 15%""",
    )
    assert "часовая ставка 210" in quoted(answerer, post, "скока в час платят")


def test_a_performer_s_evening_is_a_unit_of_pay(answerer: Answerer) -> None:
    # «скока за вечер платите» asks the pay per evening, not the evenings of the schedule.
    post = ad(
        "Вокалист",
        """Ищем вокалиста для живой музыки по выходным.

🗓 Когда: пятница и суббота, 3 сета по 45 минут с 19:30 до 23:30

💰 Оплата: 6 000 ₽ за вечер + чаевые

Прослушивания — по вторникам с 15:00 до 17:00""",
    )
    assert "6 000 ₽ за вечер" in quoted(answerer, post, "скока за вечер платите")


def test_a_way_up_that_gives_its_sums_is_pay(answerer: Answerer) -> None:
    # «а после испыталки скока платят» — the grades' sums after probation answer; a way up
    # with no sum still does not («а сколько получает старший механик» of «вырасти до
    # старшего механика за год»).
    post = ad(
        "Механик",
        """## Условия

- от 55 000 до 80 000 ₽ на руки
- испытательный срок 2 месяца, в это время оплата 55 000 ₽ на руки
- после испытательного срока — аттестация и присвоение грейда: механик 1 грейда — 62 000 ₽, \
механик 2 грейда — 70 000 ₽""",
    )
    asked = "а после испыталки скока платят, грейды какие"
    assert "присвоение грейда" in quoted(answerer, post, asked)
    growth = ad("Механик", "## Условия\n\n- возможность вырасти до старшего механика за год")
    assert quoted(answerer, growth, "а сколько получает старший механик") == ""


def test_night_and_saturday_pay_said_by_the_clock_and_the_same_rate(answerer: Answerer) -> None:
    # «часы работы после 22:00 оплачиваются с надбавкой 20%» is night pay; «в субботу по
    # желанию (оплата та же сдельная)» says what a Saturday pays.
    post = ad(
        "Механик",
        """## Условия

- график 2/2 по 12 часов, готовность к работе в ночное время
- часы работы после 22:00 оплачиваются с надбавкой 20%
- в субботу по желанию (оплата та же сдельная)""",
    )
    assert "надбавкой 20%" in quoted(answerer, post, "ночные часы доплачиваются")
    assert "оплата та же" in quoted(answerer, post, "а в субботу платят больше")


def test_staying_on_asked_after_the_season_is_not_the_uniform_kept(answerer: Answerer) -> None:
    # «после сезона на зиму оставляете работать» asks whether the work goes on: the uniform
    # that stays one's own after the season does not say.
    post = fixture("blind-dn", "spasateli-plyazh-loo-rabota-v-sochi-tg")
    assert quoted(answerer, post, "после сезона на зиму оставляете работать") == ""


def test_a_rate_and_a_share_say_how_a_thing_is_paid(answerer: Answerer) -> None:
    post = ad(
        "Преподаватель",
        """## Условия

- Корпоративы: ставка 3 500 ₽ за программу + 10% от суммы заказа сверху.
- Выездные — доставку кругов и такси преподавателю оплачивает студия.""",
    )
    assert "10% от суммы заказа" in quoted(
        answerer, post, "корпоративы как оплачиваются, процент с заказа есть"
    )


def test_a_metro_sign_names_the_station(answerer: Answerer) -> None:
    # hh.ru's «🚇 Российская · 🚇 Московская» under the address: the stations near.
    post = ad(
        "Механик",
        """## Адрес

Самара, Московское шоссе, 185А

🚇 Российская · 🚇 Московская

## Условия

- после смены, закончившейся после 01:00, оплачиваем такси до дома""",
    )
    assert "Российская" in quoted(answerer, post, "какое метро рядом")


def test_a_clipped_coefficient_and_a_prefixed_verb(answerer: Answerer) -> None:
    post = ad(
        "Горнорабочий",
        """## Условия

- К тарифу начисляются премия до 40%, уральский коэффициент 15% и доплата за подземные условия.
- Раз в 3 месяца можно съездить домой на 5–7 дней.""",
    )
    assert "уральский коэффициент" in quoted(answerer, post, "уральский коэф есть")
    assert "съездить домой" in quoted(answerer, post, "домой ездить можно")


def test_a_trial_evening_asked_paid_is_the_trial_line_showing_it(answerer: Answerer) -> None:
    # «пробный вечер оплачивается» — «Пробный вечер — оплачиваем 50% ставки (3 000 ₽)»: a trial
    # named by a performer's unit of work, and the line that shows it paid.
    post = fixture("blind-dt", "vokalist-zhivaya-muzyka-tg-nn")
    assert "оплачиваем 50% ставки" in quoted(answerer, post, "пробный вечер оплачивается")


def test_a_change_later_asked_is_the_tied_line_that_says_it(answerer: Answerer) -> None:
    # «ставку потом поднимите» — «…, ставка стартовая, через 3 месяца пересматриваем» over the
    # tied «Пробный вечер — оплачиваем 50% ставки», which says no change.
    post = fixture("blind-dt", "vokalist-zhivaya-muzyka-tg-nn")
    assert "через 3 месяца пересматриваем" in quoted(answerer, post, "ставку потом поднимите")


def test_a_sum_per_hour_named_by_the_units_adjective_and_a_pay_per_piece_lead(
    answerer: Answerer,
) -> None:
    # «скока в час платят»: «часовая ставка 210 ₽» gives a sum per hour though no «в час»
    # follows it; «Оплата за каждый проведённый мастер-класс: круг — 2 000 ₽, …» is the pay,
    # asked of a piece as «а за ручную лепку скок дают»; «скока за вечер платите» asks the
    # evening's pay, though «вечер» alone names the hours.
    elevator = fixture("blind-dr", "laborant-probootbornik-elevator-petuhovka")
    assert "часовая ставка 210 ₽" in quoted(answerer, elevator, "скока в час платят")
    studio = fixture("blind-dr", "goncharnaya-studiya-obzhig-prepodavatel-tula-vk")
    assert "ручная лепка — 1 600 ₽" in quoted(answerer, studio, "а за ручную лепку скок дают")
    assert "10% от суммы заказа" in quoted(
        answerer, studio, "корпоративы как оплачиваются, процент с заказа есть"
    )
    singer = fixture("blind-dt", "vokalist-zhivaya-muzyka-tg-nn")
    assert "6 000 ₽ за вечер" in quoted(answerer, singer, "скока за вечер платите")


def test_weekend_and_night_pay_asked_and_said_in_more_forms(answerer: Answerer) -> None:
    # "is weekend pay higher" is not answered by the base rate; «в субботу … (оплата та же
    # сдельная)» says what Saturday pays; «часы работы после 22:00 оплачиваются с надбавкой
    # 20%» is night pay; «ночные смены есть там больше платят» is not answered by a day's sum.
    lot = fixture("blind-dr", "christmas-tree-lot-seasonal-craigslist-raleigh")
    assert quoted(answerer, lot, "is weekend pay higher") == ""
    packing = fixture("blind-ds", "fasovshchica-specii-chay-voronezh-sj")
    assert "оплата та же сдельная" in quoted(answerer, packing, "а в субботу платят больше")
    bowling = fixture("blind-ds", "mehanik-boulinga-pinsetter-samara-hh")
    assert "надбавкой 20%" in quoted(answerer, bowling, "ночные часы доплачиваются")
    mushrooms = fixture("blind-dt", "sborshchik-veshenki-hh-tula")
    assert quoted(answerer, mushrooms, "ночные смены есть там больше платят") == ""
    cemetery = fixture("blind-dt", "cemetery-groundskeeper-mw1-neogov")
    assert quoted(answerer, cemetery, "if i work on a holiday do i get double") == ""
    # «ночью как оплата» asks the night's pay, which a line of the day shift's hours does not say
    paving = fixture("blind-dm", "mashinist-katka-superjob-vyatkadorstroy")
    assert quoted(answerer, paving, "ночные смены есть? ночью как оплата") == ""


def test_an_age_said_in_a_case_picks_its_row_and_a_grades_sum_is_pay(answerer: Answerer) -> None:
    # "how much per hour if im 19": the age said in the case is the candidate's, and the row of
    # the band holding it answers; "im 17 wat pay" asks the pay of that row; «старший механик
    # скока получает» — «… механик 2 грейда — 72 000 ₽, старший механик — 80 000 ₽».
    kennels = fixture("blind-ds", "kennel-assistant-meadowbank-norfolk")
    assert "£10.75 per hour" in quoted(answerer, kennels, "how much per hour if im 19")
    assert "£8.50 per hour" in quoted(answerer, kennels, "im 17 wat pay")
    bowling = fixture("blind-ds", "mehanik-boulinga-pinsetter-samara-hh")
    assert "старший механик — 80 000 ₽" in quoted(
        answerer, bowling, "старший механик скока получает"
    )


def test_pay_asked_as_chats_type_it_and_a_share_given_to_the_worker(answerer: Answerer) -> None:
    # "how much u pay in stage 2", «уральский коэф есть», "when do i get 200 a day" ("Goes to
    # $200/day once you can pull …"), «за батарейки скока процентов» («… — это 30% мастеру»).
    tattoo = fixture("blind-ds", "tattoo-apprentice-black-lantern-tucson-ig")
    assert "$15/hour for 20 hours" in quoted(answerer, tattoo, "how much u pay in stage 2")
    mine = fixture("blind-dt", "groz-podzemnyy-rudnik-severouralsk")
    assert "уральский коэффициент 15%" in quoted(answerer, mine, "уральский коэф есть")
    farrier = fixture("blind-dt", "farrier-apprentice-fb-kentucky")
    assert "Goes to $200/day" in quoted(answerer, farrier, "when do i get 200 a day")
    watches = fixture("blind-dr", "chasovshchik-remont-chasov-avito-voronezh")
    assert "30% мастеру" in quoted(answerer, watches, "за батарейки скока процентов")


def test_an_n_typed_for_and_joins_two_questions(answerer: Answerer) -> None:
    # "whats the last day n what time u close": a chat's "n" is "and", no word a line must hold;
    # the two questions are read apart and the first is answered.
    lot = ad(
        "Christmas Tree Lot Crew",
        """## Details

- The lot opens Thanksgiving weekend, Friday Nov 26, and we close at 4pm on Christmas Eve, Dec 24.
- HOURS: weekdays 3pm-9pm, Sat & Sun 9am-9pm.
- Thanksgiving Day itself we're closed, so don't worry about that.""",
        lang="en",
    )
    assert "4pm on Christmas Eve" in quoted(
        answerer, lot, "whats the last day n what time u close"
    )


def test_min_clipped_before_a_pay_word_is_the_minimum(answerer: Answerer) -> None:
    # "is there a min hours per week" asks the minimum hours, "min wage" the minimum wage:
    # no minutes.
    annotation = fixture("blind-co", "ai-trainer-remote-annotation")
    assert "Work 2 hours a week or 40" in quoted(
        answerer, annotation, "is there a min hours per week"
    )
    pruning = fixture("blind-cr", "winter-pruner-marlborough")
    assert "minimum wage" in quoted(answerer, pruning, "im slow at first, do i still get min wage")


def test_an_age_said_in_a_case_picks_the_pay_row_of_its_band(answerer: Answerer) -> None:
    # "how much per hour if im 19": the age said in the case still says whose row of an age
    # table is asked; "im 17 wat pay": a band "16–17" states the age compared.
    kennels = ad(
        "Kennel Assistant",
        """## Pay

| Age | Hourly rate |
| --- | --- |
| 16–17 | £8.50 per hour |
| 18–20 | £10.75 per hour |
| 21 and over | £12.85 per hour |""",
        lang="en",
    )
    assert "£10.75" in quoted(answerer, kennels, "how much per hour if im 19")
    assert "£8.50" in quoted(answerer, kennels, "im 17 wat pay")


def test_whose_a_thing_is_asked_with_get_takes_the_line_saying_it(answerer: Answerer) -> None:
    # "do i get my own van": of the lines naming the van, the one that says it is given.
    sweep = ad(
        "Apprentice Chimney Sweep",
        """## What you'll be doing

- Loading and unloading the van and keeping the kit clean

## Hours

- Vans leave the yard at 7am, so you'll need to be in by 6:45

## The van

- After probation you'll be given your own company van, fully kitted out""",
        lang="en",
    )
    assert "your own company van" in quoted(answerer, sweep, "do i get my own van")


def test_a_boards_hiring_insights_are_no_lines_of_the_ad(answerer: Answerer) -> None:
    # Indeed's "Hiring insights" — "Job activity", "Employer reviewed job 1 day ago" — and its
    # readers' searches: the board's counters; "how long till im assessed" is the employer's
    # "Most people are assessed within 6–9 months".
    sweep = fixture("blind-dr", "chimney-sweep-apprentice-indeed-shropshire")
    assert "within 6–9 months" in quoted(answerer, sweep, "how long till im assessed")


def test_a_number_in_words_with_its_figure_in_brackets_is_one_figure(answerer: Answerer) -> None:
    # "six (6) months", as public-sector postings write it, is a length of six months: "probation
    # how long" is answered by it.
    city = ad(
        "Cemetery Groundskeeper",
        """## Benefits

- Pension: employee contributes 10%, City contributes 14%
- All new employees serve a probationary period of six (6) months.""",
        lang="en",
    )
    assert "six (6) months" in quoted(answerer, city, "probation how long")


def test_a_subject_no_line_is_about_named_only_by_the_case_or_the_share_asked(
    answerer: Answerer,
) -> None:
    """ "when i drive clients" states the case of the kilometres asked, and «скок процентов»
    asks the share: neither names a subject the posting lacks (clients, a bonus) that a line
    must then name, when no other subject is asked."""
    support = fixture("blind-h", "disability-support-worker-casual-geelong")
    assert "99c per km" in quoted(answerer, support, "do you pay for km when i drive clients")
    trainer = fixture("blind-bt", "trener-fitnes-klub-ekaterinburg")
    assert "50% от каждой" in quoted(answerer, trainer, "какой процент с персоналки тренеру")


def test_whether_a_thing_is_paid_is_shown_by_a_row_pricing_it(answerer: Answerer) -> None:
    """«обед платный?», «а малина как оплачивается» are answered by a row that names the thing
    before a dash and gives a sum after it; a row pricing another thing («Групповое занятие …
    — 1 100 ₽ за урок; индивидуальное — от 450 ₽») says nothing of a trial lesson."""
    fair = fixture("blind-bb", "yarmarka-molochny-kray-vologda")
    assert "комплексный обед — 90 руб." in quoted(answerer, fair, "обед платный?")
    berries = fixture("blind-aw", "sbor-yagod-lipetsk")
    assert "90 руб за ящик" in quoted(answerer, berries, "а малина как оплачивается")
    school = fixture("blind-ba", "prepodavatel-onlajn-shkola-umnikum")
    assert quoted(answerer, school, "пробный урок оплачивается?") == ""


def test_a_verb_of_the_first_person_before_the_question_is_the_candidates_own(
    answerer: Answerer,
) -> None:
    """«на машине езжу, парковка есть?», «езжу на своей тачке, бенз компенсируете»: a present
    verb of the first person says what the candidate does, as «я …» would — no subject asked
    (a car); after the question it does not («доски продаете? хочу себе купить»)."""
    erp = fixture("blind-aa", "programmist-1s-erp-nn")
    assert "своя парковка" in quoted(answerer, erp, "на машине езжу, парковка есть?")
    facades = fixture("blind-ct", "promalp-moyka-fasadov-vertikal")
    assert "бензин не компенсируем" in quoted(
        answerer, facades, "езжу на своей тачке, бенз компенсируете"
    )
    sup = fixture("blind-do", "instruktor-sap-ozero-telegram-leto")
    assert quoted(answerer, sup, "доски продаете? хочу себе купить") == ""


def test_a_cards_employment_field_yields_to_the_texts_own_line_on_the_term(
    answerer: Answerer,
) -> None:
    # "is it permanent" — the text's "fixed term until 31 August", not the card's bare
    # "Employment: contract"; a length asked is still the field's when it shows one.
    post = ad(
        "Teaching Assistant",
        """Oakfield Primary is looking for a teaching assistant to support one pupil in Year 4.

The post is fixed term until 31 August, as it is linked to the pupil's funding, but we hope
it can be extended.

## What you will do

- support the pupil in lessons and at break times
""",
        lang="en",
        front="employment: contract\n",
    )
    assert "fixed term" in quoted(answerer, post, "is it permanent")
    crew = ad(
        "Матрос-обработчик",
        """Набираем матросов-обработчиков на траулер.

Работа в две смены: 6 часов работаешь — 6 часов отдыхаешь, без выходных на весь рейс.
""",
        front="employment: вахта, рейс 4–6 месяцев\n",
    )
    assert "4–6 месяцев" in quoted(answerer, crew, "на сколько уходить, рейс долгий?")


def test_one_card_asked_is_not_answered_by_another_certificate(answerer: Answerer) -> None:
    """A question on one card ("do i need a cscs card") is not answered by "the certificate of
    sweeping" filled in on the job, another one; the posting never names the one asked."""
    sweep = ad(
        "Chimney Sweep Apprentice",
        """## What you'll do

- Smoke testing and CCTV inspections, and filling in the certificate of sweeping on the tablet

## What you need

- A full UK driving licence
""",
        lang="en",
    )
    assert quoted(answerer, sweep, "do i need a cscs card") == ""


def test_a_case_that_names_nothing_only_hedges(answerer: Answerer) -> None:
    """«а подмена есть если что»: «если что» only hedges, no case a line must state."""
    workshop = ad(
        "Мастер по ремонту часов",
        """## Условия

- график 2/2, обед 40 минут, подменяет мастер с соседней точки
- оплата 40% от стоимости ремонта
""",
    )
    assert "подменяет мастер" in quoted(answerer, workshop, "а подмена есть если что")
