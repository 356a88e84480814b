"""The structure parser on the forms real job-board ads take (one parser for loader and index)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.postings.models import SectionKind
from bot.postings.structure import (
    Body,
    parse_body,
    split_sentences,
    tidy_bar_fields,
    tidy_tab_fields,
    units,
)

MESSY = """ООО «Ромашка» — сеть кофеен в Казани. Мы работаем с 2012 года.

ОБЯЗАННОСТИ:
приготовление кофе и напитков
работа на кассе

ТРЕБОВАНИЯ: опыт от полугода; санитарная книжка; ответственность

1. Условия:
- график 2/2 с 8:00 до 20:00
- оплата 250 р/час + чаевые

🎯 Что вас ждёт
• бесплатный кофе
• обучение за счёт компании

🧭 Как у нас принято
• кофе на ходу
• форма бесплатно

**КОНТАКТЫ**
Звоните Анне. Пишите в Telegram.
"""


def _sections(body: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(s.kind, s.heading, s.items) for s in parse_body(body).sections]


def _items(body: Body) -> list[str]:
    """Every item the body keeps: the intro's, then each section's."""
    return [*body.intro_items, *(i for s in body.sections for i in s.items)]


def test_caps_lines_inline_lists_numbered_and_emoji_labels_are_headings() -> None:
    parsed = parse_body(MESSY)
    assert parsed.intro_items == (
        "ООО «Ромашка» — сеть кофеен в Казани. Мы работаем с 2012 года.",
    )
    assert _sections(MESSY) == [
        ("duties", "ОБЯЗАННОСТИ", ("приготовление кофе и напитков", "работа на кассе")),
        (
            "requirements",
            "ТРЕБОВАНИЯ",
            ("опыт от полугода", "санитарная книжка", "ответственность"),
        ),
        ("conditions", "Условия", ("график 2/2 с 8:00 до 20:00", "оплата 250 р/час + чаевые")),
        ("conditions", "Что вас ждёт", ("бесплатный кофе", "обучение за счёт компании")),
        # A heading the vocabulary does not know keeps its own text; its lines stay items.
        ("other", "Как у нас принято", ("кофе на ходу", "форма бесплатно")),
        ("other", "КОНТАКТЫ", ("Звоните Анне. Пишите в Telegram.",)),
    ]


SHOUTED = """Описание вакансии

ТРЕБУЮТСЯ БЕТОНЩИКИ НА СТРОИТЕЛЬСТВО ЖК!!!
ЗАРПЛАТА КАЖДУЮ ПЯТНИЦУ НАЛИЧНЫМИ ИЛИ НА КАРТУ
ОБЕД ЗА СЧЕТ ОРГАНИЗАЦИИ (ПРИВОЗЯТ НА ОБЪЕКТ)
ОФОРМЛЕНИЕ ПО ТК РФ ПОСЛЕ 1 МЕСЯЦА РАБОТЫ

УСЛОВИЯ
СПЕЦОВКА, КАСКА, СИЗ - ВЫДАЕМ
"""


def test_an_ad_written_in_capitals_keeps_its_lines_as_lines() -> None:
    # Line after line in capitals, none heads the next: each is a fact a candidate asks about;
    # a short heading the vocabulary knows still heads what follows it.
    assert _sections(SHOUTED) == [
        (
            "duties",
            "Описание вакансии",
            (
                "ТРЕБУЮТСЯ БЕТОНЩИКИ НА СТРОИТЕЛЬСТВО ЖК!!!",
                "ЗАРПЛАТА КАЖДУЮ ПЯТНИЦУ НАЛИЧНЫМИ ИЛИ НА КАРТУ",
                "ОБЕД ЗА СЧЕТ ОРГАНИЗАЦИИ (ПРИВОЗЯТ НА ОБЪЕКТ)",
                "ОФОРМЛЕНИЕ ПО ТК РФ ПОСЛЕ 1 МЕСЯЦА РАБОТЫ",
            ),
        ),
        ("conditions", "УСЛОВИЯ", ("СПЕЦОВКА, КАСКА, СИЗ - ВЫДАЕМ",)),
    ]


BOARD_PAGE = """Оператор ПВЗ, 2 300 ₽ за смену.

Обязанности: выдача заказов; приёмка товара

Похожие вакансии в Подольске
Сборщик заказов на склад — 3 900 ₽ за смену
Кладовщик — 65 000 ₽

Контакты
Звоните Юлии.
"""


def test_a_job_boards_list_of_other_jobs_is_no_part_of_the_posting() -> None:
    parsed = parse_body(BOARD_PAGE, first_line=5)
    assert [s.heading for s in parsed.sections] == ["Обязанности"]
    assert parsed.other_jobs == (("Похожие вакансии в Подольске", 9),)
    # The list is one block: the page's own lines after it stay.
    assert parsed.intro_items == ("Оператор ПВЗ, 2 300 ₽ за смену.", "Контакты: Звоните Юлии.")
    # Written as a label with the jobs after it, it is left out too.
    inline = parse_body("Кофейня у метро.\n\nПохожие вакансии: Продавец-кассир · Повар\n")
    assert inline.sections == ()
    assert inline.intro_items == ("Кофейня у метро.",)


BOARD_BOLD_ENTRIES = """Мойщик посуды в банкетный комплекс, 3 000 ₽ за смену.

### Условия

- график 2/2

### Похожие вакансии

**Посудомойщица в столовую бизнес-центра**
от 55 000 ₽ · ООО «Столовая №7» · м. Тёплый Стан · 5/2

**Мойщица посуды в ресторан, вахта 30/30**
90 000 ₽ · Рестораны «Вольга» · Сочи · проживание
"""


def test_the_jobs_of_a_similar_jobs_list_in_bold_are_no_sections_of_the_posting() -> None:
    # «общагу даете?» is not answered by «… Сочи · проживание», another job's card.
    parsed = parse_body(BOARD_BOLD_ENTRIES)
    assert [s.heading for s in parsed.sections] == ["Условия"]
    assert [title for title, _ in parsed.other_jobs] == [
        "Похожие вакансии",
        "Посудомойщица в столовую бизнес-центра",
        "Мойщица посуды в ресторан, вахта 30/30",
    ]


def test_a_plain_label_with_a_list_on_one_line_starts_a_section() -> None:
    body = "Обязанности: приём звонков; консультации клиентов; оформление заказов.\n"
    assert _sections(body) == [
        (
            "duties",
            "Обязанности",
            ("приём звонков", "консультации клиентов", "оформление заказов"),
        ),
    ]


def test_a_paragraph_led_by_a_known_label_is_a_section_of_that_paragraph() -> None:
    body = (
        "Кофейня у метро.\n\nОбязанности: варить кофе; работать на кассе. Требования: опыт "
        "от 3 месяцев; медкнижка.\n\nУсловия: график 2/2. Ставка 250 ₽ в час.\n\n"
        "Адрес: ул. Сущёвская, 19.\n\nПишите в телеграм.\n"
    )
    parsed = parse_body(body)
    assert _sections(body) == [
        ("duties", "Обязанности", ("варить кофе", "работать на кассе")),
        ("requirements", "Требования", ("опыт от 3 месяцев", "медкнижка")),
        ("conditions", "Условия", ("Условия: график 2/2. Ставка 250 ₽ в час.",)),
        ("other", "Адрес", ("Адрес: ул. Сущёвская, 19.",)),  # a label after a labelled one
    ]
    # A paragraph without a label after it is no part of it: it reads as free text.
    assert parsed.intro_items == ("Кофейня у метро.", "Пишите в телеграм.")
    assert parsed.intro == "Кофейня у метро."
    assert parsed.sections[-1].markdown.endswith("Пишите в телеграм.")


def test_an_emoji_before_a_label_in_capitals_heads_its_paragraph() -> None:
    body = (
        "## ТРЕБОВАНИЯ\n✅ права категории C\n✅ стаж от 2 лет\n\n"
        "🕐 ГРАФИК: сутки через двое. Ночью можно спать дома.\n\n"
        "📞 Звонить Денису: +7 (904) 287-15-63.\n"
    )
    parsed = parse_body(body)
    assert _sections(body) == [
        ("requirements", "ТРЕБОВАНИЯ", ("права категории C", "стаж от 2 лет")),
        ("conditions", "ГРАФИК", ("ГРАФИК: сутки через двое. Ночью можно спать дома",)),
    ]
    # The number to call after it is no requirement: it reads as free text.
    assert parsed.intro_items == ("Звонить Денису: +7 (904) 287-15-63",)


def test_a_line_in_capitals_under_a_shape_marked_item_in_lower_case_is_no_part_of_it() -> None:
    body = (
        "💰 ДЕНЬГИ\n• ставка 250 ₽/час\n• выплаты раз в неделю, по понедельникам, на карту\n"
        "В среднем наши мастера выходят на 70–90к в месяц с чаевыми\n"
    )
    items = _items(parse_body(body))
    assert "выплаты раз в неделю, по понедельникам, на карту" in items
    assert not any("на карту В среднем" in item for item in items)


def test_an_emoji_before_a_label_in_lower_case_stays_a_list_item() -> None:
    body = "## Требования\n✅ Опыт: не нужен\n✅ Возраст: от 18 лет\n"
    assert _sections(body) == [
        ("requirements", "Требования", ("Опыт: не нужен", "Возраст: от 18 лет")),
    ]


def test_a_label_line_after_a_list_starts_a_section() -> None:
    body = (
        "Schedule:\n- 10 hour shift\n\nPay: $19.25 per hour\n\nJob Type: Full-time\n\n"
        "Our office is nice: really.\n"
    )
    assert _sections(body) == [
        ("conditions", "Schedule", ("10 hour shift",)),
        ("conditions", "Pay", ("Pay: $19.25 per hour",)),
        ("other", "Job Type", ("Job Type: Full-time",)),
    ]
    assert parse_body(body).intro_items == ("Our office is nice: really.",)


def test_a_wrapped_line_goes_on_and_short_lines_are_items() -> None:
    body = (
        "## Условия\nМы платим дважды в месяц и оформляем всех по Трудовому кодексу\n"
        "с первого рабочего дня.\n"
    )
    assert _sections(body)[0][2] == (
        "Мы платим дважды в месяц и оформляем всех по Трудовому кодексу с первого рабочего дня.",
    )


def test_a_pdf_line_ending_in_a_words_alternative_in_brackets_goes_on() -> None:
    # A PDF's list of documents broken after «(отсутствии)»: «судимости» on the next line ends
    # the same document, so a candidate asking about «справка о несудимости» gets it whole.
    body = (
        "## Документы\nпаспорт; трудовая книжка и (или) сведения о трудовой деятельности;\n"
        "СНИЛС; документ об образовании; справка о наличии (отсутствии)\n"
        "судимости; личная медицинская книжка.\n"
    )
    items = _sections(body)[0][2]
    assert any("справка о наличии (отсутствии) судимости" in item for item in items)


def test_markdown_headings_and_section_lines_and_markdown() -> None:
    parsed = parse_body("Вступление.\n\n## Условия\n- ДМС\n- обед\n", first_line=5)
    section = parsed.sections[0]
    assert (section.kind, section.line, section.markdown) == ("conditions", 7, "- ДМС\n- обед")


def test_sentences_keep_abbreviations_and_semicolons() -> None:
    assert split_sentences("Офис у м. Курская, ул. Ленина. Работаем 5/2.") == [
        "Офис у м. Курская, ул. Ленина.",
        "Работаем 5/2.",
    ]
    # An address's own abbreviations: «мкр.», «р-н», «обл.», «оф.» end no sentence.
    assert split_sentences("Адрес: Алматы, мкр. Алгабас, ул. Бекмаханова 93. Вход с торца.") == [
        "Адрес: Алматы, мкр. Алгабас, ул. Бекмаханова 93.",
        "Вход с торца.",
    ]
    assert split_sentences("Офис: Тюменская обл. Тобольск, оф. 12. Звоните.") == [
        "Офис: Тюменская обл. Тобольск, оф. 12.",
        "Звоните.",
    ]
    assert split_sentences("English at B2 level or higher; Polish is not required.") == [
        "English at B2 level or higher; Polish is not required."
    ]


def test_an_emoji_led_item_with_a_clause_break_is_an_item_not_a_heading() -> None:
    body = (
        "Кого ищем:\n✅ грамотная письменная речь\n✅ скорость печати от 200 знаков/мин\n"
        "✅ опыт не обязателен, всему научим\n\n"
        "Что даём:\n✅ оплачиваемое обучение\n✅ выплаты 2 раза в месяц\n"
    )
    assert [(kind, heading) for kind, heading, _ in _sections(body)] == [
        ("requirements", "Кого ищем"),
        ("conditions", "Что даём"),
    ]
    assert "опыт не обязателен, всему научим" in _sections(body)[0][2]


def test_an_emoji_before_a_capital_ends_a_sentence_of_a_chat_ad() -> None:
    # Telegram ads end sentences with emoji, not stops: each sentence is its own unit to quote.
    ad = (
        "Форма от нас, обувь своя, без высокого каблука 👠❌ После смены в 01:00 вызываем "
        "такси за счёт ресторана 🚕 Оформление по договору, после 3 месяцев — по ТК."
    )
    assert split_sentences(ad) == [
        "Форма от нас, обувь своя, без высокого каблука 👠❌",
        "После смены в 01:00 вызываем такси за счёт ресторана 🚕",
        "Оформление по договору, после 3 месяцев — по ТК.",
    ]
    # Before a small letter an emoji is decoration inside the sentence; a leading one a bullet.
    assert split_sentences("Ставка 2 800 ₽ + 2% 💰 выплаты два раза в месяц") == [
        "Ставка 2 800 ₽ + 2% 💰 выплаты два раза в месяц"
    ]
    assert split_sentences("✅ Опыт не нужен, научим") == ["✅ Опыт не нужен, научим"]


def test_a_comment_in_lower_case_sentences_is_quoted_sentence_by_sentence() -> None:
    # A colleague's comment under a door sign, every sentence started in lower case: each is a
    # fact of its own («в субботу до скольки открыто» is not answered by the whole comment).
    comment = (
        "фото со входа на Мира, сделала вчера вечером. звонила по номеру, ответила Ольга, "
        "сказали что пекарь на ночь нужен срочно, на Кольцовскую нужна только кассир. "
        "стажировка 2 дня оплачивается половиной ставки. форму (фартук, кепка) дают, обувь "
        "своя закрытая. собеседование — просто приходить с паспортом и медкнижкой в будни с "
        "10 до 12, спросить Ольгу."
    )
    assert split_sentences(comment) == [
        "фото со входа на Мира, сделала вчера вечером.",
        "звонила по номеру, ответила Ольга, сказали что пекарь на ночь нужен срочно, на "
        "Кольцовскую нужна только кассир.",
        "стажировка 2 дня оплачивается половиной ставки.",
        "форму (фартук, кепка) дают, обувь своя закрытая.",
        "собеседование — просто приходить с паспортом и медкнижкой в будни с 10 до 12, "
        "спросить Ольгу.",
    ]
    # One lower-case start after a stop may be a slip, and an abbreviation («просп.») goes on.
    slip = (
        "испытательный срок 1 месяц, в это время зарплата 1800 сомони и обед за счёт магазина "
        "плюс проезд. трудовой договор после испытательного срока, звонить с 10 до 18 в рабочие "
        "дни или писать на WhatsApp, адрес магазина просп. ленина 5, спросить Фархода"
    )
    assert split_sentences(slip) == [slip]


def test_who_wrote_a_chats_next_lines_is_no_unit() -> None:
    # A forwarded chat's and a thread's speaker lines say who wrote and when, nothing else.
    assert units("Тимур Гаджиев, [21.05.2025 14:45]") == []
    assert units("u/cutsbyleo · 8h") == []
    assert units("Posted by u/oak_and_ember_shop · 9h") == []
    # A line that says something after a name or a date stays.
    assert units("Тимур: нет брат, нужен полный график 2/2") == [
        "Тимур: нет брат, нужен полный график 2/2"
    ]
    assert units("Приём документов до [21.05.2025 14:45] включительно") == [
        "Приём документов до [21.05.2025 14:45] включительно"
    ]


def test_when_a_board_put_the_ad_up_is_no_unit() -> None:
    assert units("Обновлено: сегодня, 09:41") == []
    assert units("создано сегодня в 08:12") == []
    assert units("Опубликовано 14 ноября · 213 просмотров · 9 откликов") == []
    assert units("Опубликовано: 02.04.2025 | Автор: Администратор | Просмотров: 412") == []
    assert units("Posted 6 days ago · Apply by December 13, 2024 at 11:59 PM") == [
        "Apply by December 13, 2024 at 11:59 PM"
    ]
    # A line that goes on to say something keeps it.
    line = "Дата размещения: 03.11.2025    Вакансия действительна до 03.12.2025"
    assert units(line) == [line]


def test_units_split_prose_and_run_ons_but_keep_short_pieces_whole() -> None:
    assert units("Платим раз в неделю на карту. Форму выдаём бесплатно.") == [
        "Платим раз в неделю на карту.",
        "Форму выдаём бесплатно.",
    ]
    assert units("Сбор заказов. Всё.") == ["Сбор заказов. Всё."]
    # A channel's tags are nothing a candidate asks about; a tag inside a sentence stays.
    assert units("#вакансия #удаленка #безопыта") == []
    assert units("Пишите в личку, #вакансия актуальна") == ["Пишите в личку, #вакансия актуальна"]
    run_on = "; ".join(f"пункт номер {n} про что-то важное и нужное" for n in range(6))
    assert len(units(run_on)) == 6
    assert units("Шаг один. Шаг два, три и четыре.", whole=True) == [
        "Шаг один. Шаг два, три и четыре."
    ]


def test_a_header_of_fields_splits_into_its_facts() -> None:
    assert units("Нижний Новгород | Сменный график | Опыт от 1 года | Полная занятость") == [
        "Нижний Новгород",
        "Сменный график",
        "Опыт от 1 года",
        "Полная занятость",
    ]
    assert units("Full-time · 5+ years of exp") == ["Full-time", "5+ years of exp"]
    # A row of chips, names without figures, lists one thing: it is read whole.
    assert units("Permanent · Full-time · Hybrid") == ["Permanent · Full-time · Hybrid"]
    # A sentence that merely has a separator in it is no header.
    sentence = "Мы открыли пять точек · и в каждой из них не хватает людей на кассе и на складе"
    assert units(sentence) == [sentence]


def test_a_table_of_fields_pasted_with_tabs_reads_as_label_and_value() -> None:
    pasted = (
        "Количество рабочих мест\t2 рабочих места\n"
        "Время работы\tс 07.00 до 15.30, перерыв на обед 30 минут\n"
        "Наименование\tПовар\tЛида\n"
        "- пункт\tсо своим текстом\n"
    )
    assert tidy_tab_fields(pasted).split("\n") == [
        "Количество рабочих мест: 2 рабочих места",
        "Время работы: с 07.00 до 15.30, перерыв на обед 30 минут",
        # Three cells are a row of some table, not a field; a list item stays an item.
        "Наименование\tПовар\tЛида",
        "- пункт\tсо своим текстом",
        "",
    ]
    body = parse_body("## Вакансия\n\nРежим работы\tОдносменный\nЗаработная плата\tот 1 050 BYN\n")
    assert "Режим работы: Односменный" in body.sections[0].items


def test_check_shows_units_per_section_and_warns_of_one_block(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import argparse

    from bot.cli import check

    (tmp_path / "a.md").write_text(
        "---\ntitle: A\nslug: a\n---\nКофейня.\n\n## Обязанности\n- варить кофе\n- касса\n",
        "utf-8",
    )
    prose = "Мы ищем бариста в кофейню у метро, работа в дружной команде. " * 8
    (tmp_path / "b.md").write_text(f"---\ntitle: B\nslug: b\n---\n{prose}\n", "utf-8")
    assert check.run(argparse.Namespace(postings=tmp_path, lang="en")) == 0
    out = capsys.readouterr().out
    assert "  a: intro 1, duties(Обязанности) 2" in out
    assert "warning: b.md: the body is one block of text" in out
    assert "warning: a.md" not in out


def test_a_bare_heading_line_over_lines_or_a_list_is_a_heading() -> None:
    body = (
        "Компания Х ищет продавца.\n\nОбязанности\n- продажи\n- выкладка\n\n"
        "Требования к кандидату\nопыт от года\nмедкнижка\n\nДружная команда и обеды.\n"
    )
    assert _sections(body) == [
        ("duties", "Обязанности", ("продажи", "выкладка")),
        # A sentence that names a kind is no heading: it stays a line of the section.
        (
            "requirements",
            "Требования к кандидату",
            ("опыт от года", "медкнижка", "Дружная команда и обеды."),
        ),
    ]


def test_an_unknown_bare_heading_over_a_marked_list_is_a_heading() -> None:
    body = (
        "What we're looking for\n- strong SQL\n- a degree\n\n"
        "Why you'll love it\n🌱 Salary £42,000\n🏖 30 days holiday\n\n"
        "Short note\nwe reply within a week\n"
    )
    assert _sections(body) == [
        ("requirements", "What we're looking for", ("strong SQL", "a degree")),
        # Unknown to the vocabulary, yet the marked list right under it shows it heads one;
        # "Short note" has no list under it, so it stays a line.
        (
            "other",
            "Why you'll love it",
            ("Salary £42,000", "30 days holiday", "Short note", "we reply within a week"),
        ),
    ]


def test_a_heading_of_five_words_over_a_marked_list_is_a_heading() -> None:
    body = (
        "What you'll be doing\nServing cask ales; running food.\n\n"
        "What's in it for you\n• £12.60 per hour\n• 28 days holiday\n"
    )
    # Five words, more than a bare heading has: the list under it shows a heading, so the
    # perks are not read as duties.
    assert _sections(body)[-1] == (
        "conditions",
        "What's in it for you",
        ("£12.60 per hour", "28 days holiday"),
    )
    # Without a list under it, a line of five words is a line.
    assert [
        title for _, title, _ in _sections("Intro\n\nWe open at nine on weekdays\nCome by\n")
    ] == []


def test_an_unknown_bare_heading_right_over_a_list_is_a_heading() -> None:
    body = "«Кодим» — онлайн-школа.\n\nЗачем ты нам\n- запускать рекламу\n- считать CPL\n"
    assert _sections(body) == [("other", "Зачем ты нам", ("запускать рекламу", "считать CPL"))]
    # A blank line between them: the short line is no heading of the list.
    assert _sections("Зачем ты нам\n\n- запускать рекламу\n") == []


def test_list_marks_typed_on_one_line_after_a_label_split_it() -> None:
    body = "Требования: - опыт от 1 года - медкнижка - гражданство РФ\n"
    assert _sections(body) == [
        ("requirements", "Требования", ("опыт от 1 года", "медкнижка", "гражданство РФ")),
    ]
    # A dash inside a sentence is punctuation, not a list.
    prose = "**The role:** you support residents — washing, dressing — and chat with them.\n"
    assert parse_body(prose).sections[0].items == (
        "you support residents — washing, dressing — and chat with them.",
    )


def test_an_ad_pasted_with_its_html_reads_as_the_text_it_shows() -> None:
    body = (
        "<p><b>Сеть доставки ищет повара!</b></p>\n"
        "<p><b>Обязанности:</b><br>\n"
        "- приготовление роллов;<br>\n"
        "- нарезка рыбы.</p>\n"
        "<p><b>Условия:</b><br>\n"
        "- оплата за смену 3 200&nbsp;руб. + процент;<br>\n"
        "- такси после 22:30 &amp; форма.</p>\n"
    )
    sections = _sections(body)
    assert [(kind, heading) for kind, heading, _ in sections][-2:] == [
        ("duties", "Обязанности"),
        ("conditions", "Условия"),
    ]
    assert sections[-1][2] == ("оплата за смену 3 200 руб. + процент", "такси после 22:30 & форма")
    # Line numbers stay those of the file: the conditions heading is on the body's 5th line.
    assert parse_body(body).sections[-1].line == 5


def test_a_careers_page_pasted_with_its_accordion_and_table_tags_reads_as_text() -> None:
    body = (
        '<section class="faq"><h2>Частые вопросы</h2>\n'
        "<details><summary>Когда зарплата?</summary>\n"
        '<p>Два раза в месяц, <a href="/pay">на карту</a>.</p>\n'
        "</details>\n"
        "<table><tr><td>Смена</td><td>12 часов</td></tr></table>\n"
    )
    sections = _sections(body)
    # The accordion's question heads its answer; no tag is left in a line.
    assert (
        "conditions",
        "Когда зарплата?",
        ("Два раза в месяц, на карту.", "Смена 12 часов"),
    ) in (sections)


def test_a_block_of_fields_is_facts_not_a_section_under_its_first_label() -> None:
    body = (
        "Почтальон 1 класса\n\n"
        "Опыт работы: не требуется\nТип занятости: полная\nГрафик работы: 5/2\n\n"
        "Обязанности\n• Доставка писем\n"
    )
    parsed = parse_body(body)
    # Each field is a fact of its own: the experience is not the employment type's heading.
    assert "Опыт работы: не требуется" in parsed.intro_items
    assert "График работы: 5/2" in parsed.intro_items
    assert [s.heading for s in parsed.sections] == ["Обязанности"]
    # One label over its text is still a section.
    alone = parse_body("Условия: график 2/2; оплата за смену; форма\n")
    assert alone.sections[0].heading == "Условия"


def test_a_card_s_fields_after_a_section_are_the_card_s_not_that_section_s() -> None:
    body = (
        "Адреса пунктов:\n— ул. Генерала Смирнова, 4\n— ул. Заводская, 7а\n\n"
        "Тип занятости\nЧастичная занятость\nГрафик работы\nСменный график\n"
    )
    parsed = parse_body(body)
    assert parsed.sections[0].items == ("ул. Генерала Смирнова, 4", "ул. Заводская, 7а")
    assert "Тип занятости: Частичная занятость" in parsed.intro_items


def test_numbered_section_titles_are_headings_and_numbered_sub_items_are_items() -> None:
    body = (
        "1. О компании\n\nОхраняем более 30 объектов в Москве.\n\n"
        "3. Обязанности\n\n3.1. Обход этажей каждые 2 часа.\n3.2. Контроль видеонаблюдения.\n\n"
        "5. График и оплата\n\n5.1. График сутки через трое.\n5.2. Оплата 4 200 руб. за сутки.\n"
    )
    assert _sections(body) == [
        ("about", "О компании", ("Охраняем более 30 объектов в Москве.",)),
        ("duties", "Обязанности", ("Обход этажей каждые 2 часа", "Контроль видеонаблюдения")),
        (
            "conditions",
            "График и оплата",
            ("График сутки через трое", "Оплата 4 200 руб. за сутки"),
        ),
    ]


def test_a_numbered_section_on_one_line_is_a_section_with_its_items() -> None:
    # SuperJob: «1. Обязанности: a; b; c» — each numbered line holds a whole section.
    body = (
        "Приглашаем электромонтёров в цех.\n\n"
        "1. Обязанности: ремонт станков; плановые осмотры; монтаж нового оборудования.\n"
        "2. Требования: группа допуска не ниже IV; опыт от 2 лет; умение читать схемы.\n"
        "3. Условия: график 2/2 по 12 часов; развозка от пл. Победы; спецодежда бесплатно.\n"
    )
    assert _sections(body) == [
        (
            "duties",
            "Обязанности",
            ("ремонт станков", "плановые осмотры", "монтаж нового оборудования"),
        ),
        (
            "requirements",
            "Требования",
            ("группа допуска не ниже IV", "опыт от 2 лет", "умение читать схемы"),
        ),
        (
            "conditions",
            "Условия",
            ("график 2/2 по 12 часов", "развозка от пл. Победы", "спецодежда бесплатно"),
        ),
    ]
    # A numbered step that merely has a colon stays a step.
    steps = "Как проходит отбор:\n\n1. Созвон: 15 минут\n2. Тест: 1 час\n3. Встреча в офисе\n"
    assert _sections(steps)[0][2] == ("Созвон: 15 минут", "Тест: 1 час", "Встреча в офисе")


def test_a_numbered_title_over_unindented_text_heads_it() -> None:
    # A vacancy notice copied from a PDF: «2. Требования» with its text run on under it.
    body = (
        "1. Общие положения\nДетский сад № 12 объявляет о вакансии воспитателя.\n"
        "2. Требования\nсреднее педагогическое образование;\nстаж работы не менее 1 года.\n"
    )
    assert [(kind, heading) for kind, heading, _ in _sections(body)] == [
        ("other", "Общие положения"),
        ("requirements", "Требования"),
    ]
    assert _sections(body)[1][2][-1] == "стаж работы не менее 1 года."
    # An item wrapped mid-phrase stays one item.
    wrapped = (
        "Обязанности:\n\n1. Приём звонков от клиентов и\nконсультации по тарифам\n2. Ведение CRM\n"
    )
    assert _sections(wrapped)[0][2] == (
        "Приём звонков от клиентов и консультации по тарифам",
        "Ведение CRM",
    )


def test_a_line_broken_after_a_preposition_or_an_adjective_goes_on() -> None:
    # A notice copied from a PDF keeps the PDF's short lines; an unmarked list does not run on.
    body = (
        "Требования:\n\nсреднее профессиональное или высшее\nпедагогическое образование;\n"
        "знание основ дошкольной педагогики и\nпсихологии.\n"
    )
    assert _sections(body)[0][2] == (
        "среднее профессиональное или высшее педагогическое образование",
        "знание основ дошкольной педагогики и психологии.",
    )
    listed = "Обязанности:\n\nприготовление кофе\nработа на кассе\nуборка зала\n"
    assert _sections(listed)[0][2] == ("приготовление кофе", "работа на кассе", "уборка зала")


def test_a_job_boards_field_label_reads_with_its_value() -> None:
    # Avito, hh.ru and Indeed print a field as its label over its value, line under line.
    body = (
        "Грузчик\n45 000 ₽ за месяц\n\n"
        "Сфера деятельности\nСклад\nЧастота выплат\nКаждую неделю\nГрафик работы\n5/2\n\n"
        "Адрес\nКазань, ул. Гвардейская, 33\n"
    )
    intro = parse_body(body).intro_items
    assert intro[2:] == (
        "Сфера деятельности: Склад",
        "Частота выплат: Каждую неделю",
        "График работы: 5/2",
        "Адрес: Казань, ул. Гвардейская, 33",
    )
    # A label with nothing under it in its paragraph stays as written.
    assert parse_body("Адрес\n\nКазань").intro_items == ("Адрес", "Казань")


def test_a_numbered_list_of_steps_stays_a_list() -> None:
    body = "Как проходит отбор:\n\n1. Созвон с HR\n2. Тестовое задание\n3. Встреча с командой\n"
    assert _sections(body)[0][2] == ("Созвон с HR", "Тестовое задание", "Встреча с командой")


def test_a_table_row_is_an_item_led_by_its_first_cell() -> None:
    # (a header row that names no column: see the next test for one that does)
    body = (
        "## Коротко об условиях\n\n"
        "| | |\n|---|---|\n"
        "| Зарплата | оклад 38 000 ₽ + премия |\n| Офис | ул. Ново-Садовая, 106 |\n"
    )
    assert _sections(body) == [
        (
            "conditions",
            "Коротко об условиях",
            ("Зарплата: оклад 38 000 ₽ + премия", "Офис: ул. Ново-Садовая, 106"),
        )
    ]


def test_a_two_column_table_with_named_columns_keeps_its_header_with_its_rows() -> None:
    # "how much do u pay level 1": the figure's column says it is the hourly rate.
    body = (
        "## Pay by certification level\n\n| Certification | Hourly rate |\n|---|---|\n"
        "| Level 1 | $18.25 |\n| Level 2 | $21.00 |\n"
    )
    assert _sections(body)[0][2] == (
        "Certification | Hourly rate",
        "Level 1 | $18.25",
        "Level 2 | $21.00",
    )


def test_a_wider_table_keeps_its_rows_as_typed_under_its_header_row() -> None:
    # Three columns or more: a table of posts, read like one typed with bars alone (its
    # columns' names go with each row when it is matched, see the index).
    body = (
        "## Вакансии\n\n| Должность | Ставка | Зарплата |\n|---|---|---|\n"
        "| Повар | 1 | 31 000 |\n| Дворник | 1 | 22 440 |\n"
    )
    assert _sections(body)[0][2] == (
        "Должность | Ставка | Зарплата",
        "Повар | 1 | 31 000",
        "Дворник | 1 | 22 440",
    )


def test_an_ad_written_as_questions_reads_each_question_as_its_answers_heading() -> None:
    body = (
        "Ниже ответы на частые вопросы.\n\n"
        "— Сколько платят?\nОклад 1 400 BYN до вычета налогов.\n\n"
        "— Какой график?\nС понедельника по пятницу, с 9:00 до 13:00.\n"
    )
    sections = _sections(body)
    assert [(heading, items) for _, heading, items in sections] == [
        ("Сколько платят?", ("Оклад 1 400 BYN до вычета налогов.",)),
        ("Какой график?", ("С понедельника по пятницу, с 9:00 до 13:00.",)),
    ]


def test_a_short_label_over_a_nested_list_names_its_items() -> None:
    body = (
        "## Что мы даём\n\n"
        "- **Оформление**\n"
        "  - срочный трудовой договор на 3 месяца;\n"
        "- Время:\n"
        "  - гибкое начало дня с 8:00 до 10:00;\n"
        "  - в сессию сокращённый день.\n"
        "- работа на реальном участке под присмотром наставника:\n"
        "  - сверки с контрагентами;\n"
        "- бесплатная парковка\n"
    )
    assert _sections(body) == [
        (
            "conditions",
            "Что мы даём",
            (
                # The label is no item of its own: alone it answers nothing.
                "Оформление: срочный трудовой договор на 3 месяца",
                "Время: гибкое начало дня с 8:00 до 10:00",
                "Время: в сессию сокращённый день",
                # A whole sentence over a list stays an item, and labels nothing.
                "работа на реальном участке под присмотром наставника:",
                "сверки с контрагентами",
                "бесплатная парковка",
            ),
        )
    ]


_EVERY_BLOCK = """Вступление со ссылкой [сюда](https://example.com).

[ref]: https://example.com

> цитата кандидата
> на две строки

```
код
```

~~~
ещё код
~~~

| Поле | Значение |
|---|---|
| График | 5/2 |

## Условия
- пункт
  > вложенная цитата
1. шаг
"""


def test_block_tokens_match_a_parser_with_every_rule() -> None:
    # A rule switched off for a body without its mark must give the very same tokens: each
    # body below lacks one mark, or has them all.
    from markdown_it import MarkdownIt

    from bot.postings.structure import _block_tokens

    full = (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable("table")
        .disable(["inline", "text_join"])
    )
    bodies = [_EVERY_BLOCK, *(_EVERY_BLOCK.replace(m, "") for m in "|`~>[")]
    bodies += ["- a\n- b\n\nтекст\n---\n", "Заголовок\n===\n\n    код отступом\n"]
    # Rules switched off for a body without a line of their shape: "hr", "lheading", "code".
    bodies += [
        "- a\n- b\n",
        "- a\n\n* * *\n- b\n",
        "- a\n  - _ _ _\n",
        "Заголовок\n  -\n",
        "> цитата\n> ===\n",
        "-     код после маркера\n",
        "- пункт\n\n\tкод табом\n",
        "1. шаг\n   ---\n",
        "# Заголовок\n#не заголовок\n",
        "строка\r\nещё\rи ещё\n",  # "normalize" replaces these
        "заголовок\r---\r\n- a\r* * *\r    код\n",
        "нулевой \0 символ\n",
    ]
    for body in bodies:
        assert [t.as_dict() for t in _block_tokens(body)] == [
            t.as_dict() for t in full.parse(body)
        ], body


@pytest.mark.parametrize(
    "text",
    ["", "слово", "a b", "a  b", "a\u00a0 b", "a\t\nb", "a \u2003", " ", "**b**", "a_b",
     "x\\y", "[a](b)", "`c`", "~~s~~", "!", "a ] b", "a\u3000\u3000b", "end "],
)  # fmt: skip
def test_the_quick_look_for_markup_finds_what_the_plain_form_finds(text: str) -> None:
    import re

    from bot.postings.structure import _ANY_MARKUP

    plain_form = re.compile(r"[!\[*_`~\\]|\s\s")
    assert (_ANY_MARKUP.search(text) is None) == (plain_form.search(text) is None)


def test_an_emoji_led_field_is_no_heading_of_the_fields_under_it() -> None:
    card = "📋 Оформление: договор ГПХ\n📄 Документы: паспорт, СНИЛС, ИНН\n🩺 Медкнижка: оформим\n"
    parsed = parse_body(card)
    assert [s.heading for s in parsed.sections if ": " in s.heading] == []
    items = parsed.intro_items + tuple(i for s in parsed.sections for i in s.items)
    assert "Документы: паспорт, СНИЛС, ИНН" in items


def test_lines_led_by_a_glued_dash_are_a_list_that_ends_with_them() -> None:
    body = "Что делать:\n-ходовка, тормоза\n-дефектовка\nОт вас: опыт от 2 лет\n"
    assert _sections(body)[0] == ("duties", "Что делать", ("ходовка, тормоза", "дефектовка"))


def test_a_glued_dash_list_keeps_the_postings_line_numbers() -> None:
    body = "Что делать:\n-ходовка\n-дефектовка\nОт вас: опыт\n\n## Условия\n\n- график 5/2\n"
    assert [(s.heading, s.line) for s in parse_body(body, first_line=10).sections][-1] == (
        "Условия",
        15,
    )


def test_a_role_in_capitals_with_a_note_in_brackets_heads_its_lines() -> None:
    page = (
        "ГАРДЕРОБЩИК (2 ставки, сезонная работа с 1 октября)\n"
        "Заработная плата: 28 500 руб.\n\n"
        "СМОТРИТЕЛЬ МУЗЕЙНЫЙ (экспозиция «Купеческий дом», 1 ставка)\n"
        "Заработная плата: от 31 200 руб.\n"
    )
    assert [s.heading for s in parse_body(page).sections] == [
        "ГАРДЕРОБЩИК (2 ставки, сезонная работа с 1 октября)",
        "СМОТРИТЕЛЬ МУЗЕЙНЫЙ (экспозиция «Купеческий дом», 1 ставка)",
    ]


def test_a_paragraph_after_a_table_is_no_part_of_its_last_row() -> None:
    page = (
        "| Должность | Ставка | Зарплата |\n|---|---|---|\n| Повар | 1 | 31 000 |\n"
        "| Сторож | 1 | 22 440 |\n\nРежим работы воспитателя — в две смены.\n"
    )
    assert parse_body(page).intro_items[-2:] == (
        "Сторож | 1 | 22 440",
        "Режим работы воспитателя — в две смены.",
    )


def test_a_forum_threads_replies_are_the_authors_and_the_rest_is_left_out() -> None:
    body = parse_body(
        """Zel_Dolina_HR
Сообщение #1 · 14.03.2026, 11:02

Набираем сборщиков огурца на сезон. Иногородним даём общежитие.

vitek48
Сообщение #2 · 14.03.2026, 19:40
а проезд оплачиваете? я с Тамбова

Zel_Dolina_HR
Сообщение #3 · 15.03.2026, 09:15
Цитата (vitek48)
а проезд оплачиваете?
Билеты компенсируем после отработки 30 смен.

Serg_Dankov
Сообщение #4 · 17.03.2026, 13:27
опять эти теплицы, но платили вовремя
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("а проезд оплачиваете?", "Билеты компенсируем после отработки 30 смен.")
    ]
    items = " ".join(body.intro_items)
    assert "Набираем сборщиков" in items
    assert "Сообщение" not in items and "Тамбова" not in items and "теплицы" not in items


def test_a_thread_in_the_middle_of_a_page_ends_at_a_captioned_rule() -> None:
    # An ATS export: the recruiters' notes under the card, then the vacancy's own text.
    body = parse_body(
        """Бухгалтер по расчёту заработной платы
Ответственный рекрутер: Соколова И.

Комментарии (3)
Соколова И. 16.10: заказчик просил без опыта не рассматривать
Головина Т.А. 16.10: желательно с опытом на 500+ человек
Соколова И. 17.10: принято, тест высылаю после скрининга

---------- Текст вакансии для публикации ----------

Чем предстоит заниматься:
- начисление з/п, отпускных и больничных на 820 сотрудников
- сдача отчётности 6-НДФЛ и РСВ

Условия:
Оформление по ТК РФ с первого дня, гибрид после испытательного срока.
"""
    )
    duties = next(s for s in body.sections if s.kind == "duties")
    assert "сдача отчётности 6-НДФЛ и РСВ" in duties.items
    conditions = " ".join(" ".join(s.items) for s in body.sections if s.kind == "conditions")
    assert "гибрид после испытательного срока" in conditions


def test_a_post_written_a_statement_a_line_keeps_each_line_apart() -> None:
    # Instagram stories written out: lines in lower case, closed by emoji, one fact each.
    story = (
        "что по деньгам 💸\n"
        "ставка 220 ₽/час + % с выручки смены\n"
        "опыт?? не обязателен!\n"
        "научим с нуля — обучение 5 дней в нашей школе бариста на Северной, 324\n"
        "за обучение мы НЕ берём денег и платим 150 ₽/час пока учишься\n"
        "🏆 лучший бариста месяца получает +5000 к зп\n"
        "📍 точки: ТЦ «Галерея» 2 этаж, ул. Красная 134\n"
        "как попасть к нам 👇\n"
        "собес проходит прямо в кофейне на Красной, 15 минут + пробная варка\n"
    )
    items = parse_body(story).intro_items
    assert "за обучение мы НЕ берём денег и платим 150 ₽/час пока учишься" in items
    assert "точки: ТЦ «Галерея» 2 этаж, ул. Красная 134" in items
    assert "собес проходит прямо в кофейне на Красной, 15 минут + пробная варка" in items
    # A column copied from a PDF still runs on: its lines close no statement.
    column = (
        "Режим работы: пятидневная рабочая неделя, продолжительность\n"
        "рабочего времени 36 часов в неделю (1 ставка). Работа в две смены\n"
        "по графику 7.00–14.12 и 11.48–19.00, чередование понедельно.\n"
    )
    assert len(parse_body(column).sections[0].items) == 1


def test_a_list_item_ending_in_a_cut_word_keeps_its_stop() -> None:
    # A list item's full stop goes; the stop of «руб./мес.», «ч.» is part of the word HR cut.
    body = """Требуются:
— горничные — 48 000 руб./мес.
— официанты — 42 000 руб./мес. + чаевые
— рабочий по благоустройству территории — по договорённости.
"""
    assert parse_body(body).sections[0].items == (
        "горничные — 48 000 руб./мес.",
        "официанты — 42 000 руб./мес. + чаевые",
        "рабочий по благоустройству территории — по договорённости",
    )


def test_a_chat_keeps_the_employers_messages_and_leaves_the_candidates_out() -> None:
    # A candidate's talk with a hiring bot, pasted as it ran: the bot's lists stay lists, the
    # candidate's own messages and phone number are nobody's word on the job, and an HR's
    # short answer to the candidate's question is read with it.
    body = parse_body(
        """переписка из бота с кандидатом, копирую как есть

Алексей, [12.03.2025 18:05]
[🕒 График]

Корзинка | Работа, [12.03.2025 18:05]
🕒 Смены ты выбираешь сам:
• смены по 8 или 12 часов
• минимум 3 смены в неделю
[📍 Адреса] [⬅ Назад в меню]

Алексей, [12.03.2025 18:10]
а в ночь можно только работать?

Анастасия | HR Корзинки, [12.03.2025 18:19]
Да, можно брать только ночные смены, их как раз не хватает.

Алексей, [12.03.2025 18:22]
Алексей 8 920 555-31-08
""",
        company="«Корзинка Экспресс»",
    )
    items = [item for section in body.sections for item in section.items] + list(body.intro_items)
    assert "смены по 8 или 12 часов" in items
    assert not any("555-31-08" in item or "Назад в меню" in item for item in items)
    assert [(r.asked, r.said) for r in body.replies] == [
        (
            "а в ночь можно только работать?",
            "Да, можно брать только ночные смены, их как раз не хватает.",
        )
    ]


def test_an_x_thread_keeps_the_authors_posts_and_answers_and_leaves_the_replies_out() -> None:
    body = parse_body(
        """Maya Okafor
@mayabuilds
1/3 We're hiring a Senior Backend Engineer 🐟

Maya Okafor @mayabuilds · Mar 4
2/3 on-call 1 week every ~6 weeks, paid extra

sam ☁️ @sam_ops · Mar 5
what's the "paid extra" for on-call
  Maya Okafor @mayabuilds · Mar 5
  Replying to @sam_ops
  $500 per on-call week

Chris @ChrisInSF · Mar 5
is 4 weeks PTO a floor or a cap
"""
    )
    items = " ".join(body.intro_items)
    assert "on-call 1 week every ~6 weeks" in items
    assert "floor or a cap" not in items and "@sam_ops" not in items
    assert [(r.asked, r.said) for r in body.replies] == [
        ('what\'s the "paid extra" for on-call', "$500 per on-call week")
    ]


def test_a_captioned_rule_parts_the_page_and_is_no_item() -> None:
    # An ATS export: the rule that marks where the text for publication starts is the page's.
    body = parse_body(
        """Грейд: Middle (Б2)
Вилка: 110 000 – 130 000 gross
---------- Текст вакансии для публикации ----------
УралТехСнаб - оптовые поставки промышленного оборудования, на рынке с 2006 года.
"""
    )
    items = _items(body)
    assert not any("для публикации" in item for item in items)
    assert any(item.startswith("УралТехСнаб - оптовые поставки") for item in items)


def test_a_list_typed_without_marks_in_lower_case_keeps_its_lines() -> None:
    # An employer page's "what we offer": long lines, each its own fact, none marked.
    body = parse_body(
        """Мы предлагаем
график 2/2 по 12 часов, с 7:00 до 19:00, ночных смен в столовой нет
оплата: ставка 4 800 руб. за смену + премия за выполнение плана выручки точки
зарплата 2 раза в месяц на карту, без задержек
бесплатное питание в смену (полноценный обед и ужин)
"""
    )
    items = [item for section in body.sections for item in section.items]
    assert "зарплата 2 раза в месяц на карту, без задержек" in items
    assert len(items) == 4


def test_a_wrapped_paragraph_starting_with_a_capital_stays_one_item() -> None:
    # A PDF's paragraph: its first line starts with a capital, the lines under it go on.
    body = parse_body(
        """Завод более 25 лет изготавливает строительные металлоконструкции для промышленных
и гражданских объектов Северо-Запада, в связи с расширением производства приглашаем
на постоянную работу сварщиков 3-5 разряда.
"""
    )
    assert len(body.intro_items) == 1


def test_an_application_forms_consent_notice_is_no_item() -> None:
    # The notice under a board's "apply" button is the form's word, not the employer's.
    body = parse_body(
        """Our facility in Truganina opened in 2024.

Нажимая «Откликнуться», вы даёте согласие на обработку персональных данных.
Your email address will not be shared. By signing in you agree to SEEK's Terms & Conditions.
"""
    )
    items = _items(body)
    assert items == ["Our facility in Truganina opened in 2024."]


def test_a_clause_after_a_label_inside_a_clause_is_its_sections_again() -> None:
    # A job pasted as a «должностная инструкция»: clause 2.7 names the pay in passing, and the
    # clauses after it are duties again, each its own item.
    body = parse_body(
        """2. ДОЛЖНОСТНЫЕ ОБЯЗАННОСТИ
2.6 Следить за техническим состоянием автомобиля, ежедневный осмотр.
2.7 Режим работы: пятидневная рабочая неделя. Оплата труда: оклад 45 000 руб. + 350 руб. за точку.
2.8 Сообщать диспетчеру о задержках, ДТП и поломках по рабочему телефону.
2.9 Автомобиль оставлять на охраняемой стоянке базы, домой на машине не уезжать.
"""
    )
    by_heading = {s.heading: s for s in body.sections if s.items}
    assert by_heading["Оплата труда"].items[0].startswith("Оплата труда: оклад 45 000")
    assert len(by_heading["Оплата труда"].items) == 1
    duties = [s for s in body.sections if s.heading == "ДОЛЖНОСТНЫЕ ОБЯЗАННОСТИ"]
    items = [item for section in duties for item in section.items]
    assert any(item.startswith("2.8 Сообщать диспетчеру") for item in items)
    assert any(item.startswith("2.9 Автомобиль оставлять") for item in items)


def test_a_row_of_a_boards_links_is_no_item() -> None:
    # EURES, SEEK and Tes pages keep their links: nobody's word on the job.
    body = parse_body(
        """Accommodation in a shared flat near the shop can be arranged.

Report this job vacancy | Share | Save to My EURES
Unlock job insights
Salary match · Number of applicants · Skills match
Ofsted report: View report
Share options in the company after a year.
"""
    )
    items = _items(body)
    assert items == [
        "Accommodation in a shared flat near the shop can be arranged.",
        "Unlock job insights",
        "Share options in the company after a year.",
    ]


def test_an_address_field_runs_over_its_short_lines() -> None:
    # A county page's card: the address a line a part, then the next field.
    body = parse_body(
        """Agency
Tillamore County
Address
201 Laurel Ave
Bay City, Oregon, 97107
Phone
(503) 842-3380
"""
    )
    items = _items(body)
    assert "Address: 201 Laurel Ave, Bay City, Oregon, 97107" in items
    assert "Phone: (503) 842-3380" in items


def test_a_transcripts_time_coded_lines_are_each_a_statement() -> None:
    # An owner's video, pasted with its time codes: each line says one thing.
    body = parse_body(
        """00:00 всем привет меня зовут Андрей я владелец пекарни
00:15 цех у нас находится на улице угличской 38
00:42 по графику работаем два через два, смена с десяти вечера до восьми утра
00:51 по деньгам смена стоит три тысячи двести рублей это на руки
"""
    )
    items = _items(body)
    assert "цех у нас находится на улице угличской 38" in items
    assert len(items) == 4


def test_a_sheet_pasted_with_tabs_keeps_the_jobs_own_row_as_its_headers_fields() -> None:
    # A spreadsheet of branches copied into the post: the barista's row, its pay cell quoted
    # over two lines, is read under the header's names; the other branches' rows are left out,
    # and the heading after the sheet keeps its own line number.
    body = (
        "Лист вакансий\n\n"
        "Филиал\tДолжность\tГрафик\tЗ/п\n"
        "Центр (ул. Ленина 1)\tПекарь\t5/2\tот 55 000\n"
        'Север (ул. Мира 3)\tБариста\t2/2\t"от 48 000\nплюс чаевые"\n'
        "Юг\tПродавец\t2/2\tот 45 000\n\n"
        "## Условия\n- обед бесплатно\n"
    )
    parsed = parse_body(body, first_line=10, title="Бариста (филиал Север)")
    assert parsed.intro_items == (
        "Лист вакансий",
        "Филиал: Север (ул. Мира 3)",
        "Должность: Бариста",
        "График: 2/2",
        "З/п: от 48 000, плюс чаевые",
    )
    assert [(s.heading, s.line) for s in parsed.sections] == [("Условия", 18)]


def test_a_positions_row_gives_way_to_its_details_only_when_they_say_its_sum() -> None:
    # A seaside hotel's list of positions: the other jobs' rows are left out; the maid's own
    # row too, for her block below says the same pay with what it is. The cook's row of a
    # lodge, whose block names no pay, is kept.
    hotel = parse_body(
        "Открытые позиции:\n"
        "🌊 Горничная — 60 000–75 000 ₽ (подробно ниже)\n"
        "🌊 Официант ресторана — 55 000 ₽ + чаевые\n"
        "🌊 Повар горячего цеха — от 90 000 ₽\n\n"
        "ГОРНИЧНАЯ\n"
        "Оплата: 60 000–75 000 ₽/мес, в июле-августе доплата.\n",
        title="Горничная (сезон)",
    )
    items = _items(hotel)
    assert not any("Официант" in i or "Горничная —" in i for i in items)
    assert any(i.startswith("Оплата: 60 000–75 000") for i in items)
    lodge = parse_body(
        "Open Positions\n"
        "- Housekeeping Room Attendant - $17.00/hr\n"
        "- Server / Busser - $11.00/hr + tips\n"
        "- Front Desk Agent - $17.50/hr\n"
        "- Line Cook - $19.00 - $21.50/hr DOE (details below)\n\n"
        "Line Cook - Ptarmigan Dining Room\n"
        "Prepare breakfast, lunch and dinner for the dining room.\n",
        title="Line Cook (seasonal)",
    )
    items = _items(lodge)
    assert any("$19.00 - $21.50/hr" in i for i in items)
    assert not any("Server" in i for i in items)


def test_a_label_typed_right_under_a_list_starts_its_own_block() -> None:
    # No blank line between the last requirement and «Обязанности: …»: Markdown runs the line
    # into the item, HR began a new block — and the line after it is no duty.
    body = parse_body(
        """Требования:
- права кат. С, стаж от 3 лет
- возраст от 25 до 50 лет
Обязанности: развоз по накладным, помощь при разгрузке
Обедаем за счет фирмы в столовой на базе
"""
    )
    kinds = {s.heading: s.items for s in body.sections}
    assert kinds["Требования"][-1] == "возраст от 25 до 50 лет"
    assert kinds["Обязанности"] == ("Обязанности: развоз по накладным, помощь при разгрузке",)
    assert "Обедаем за счет фирмы в столовой на базе" in body.intro_items


def test_how_we_work_heads_the_terms_of_work() -> None:
    # A careers page's emoji headings: «🏡 How we work» names where and when one works, a block
    # of its own, not more of the pay above it.
    body = parse_body(
        """💰 Compensation
Monthly salary 42 000 – 50 000 SEK, plus a quarterly bonus.

🏡 How we work
We're in the office on Tuesdays and Thursdays, the rest is up to you. Core hours 10–15.
"""
    )
    assert [s.heading for s in body.sections] == ["Compensation", "How we work"]
    assert body.sections[1].items[0].startswith("We're in the office")


def test_a_bots_menu_of_options_is_no_item() -> None:
    # A chat with a hiring bot pasted as it ran: its menu — keycap-numbered options, in a column
    # or in one line — names subjects and says nothing of them; a numbered list of steps stays.
    body = parse_body(
        """Бот: Привет! Мы ищем сборщиков заказов в даркстор.
1️⃣ Зарплата
2️⃣ График
3️⃣ Оформление
Вы: 3
Бот: Оформление на выбор: самозанятость или договор ГПХ.
Бот: 1️⃣ Зарплата 2️⃣ График 3️⃣ Оформление

Этапы отбора:
1️⃣ Онлайн-тест, 60 минут
2️⃣ Кейс — домашнее задание
3️⃣ Интервью с наставником
"""
    )
    items = _items(body)
    assert not any("Зарплата" in item or item == "3️⃣ Оформление" for item in items)
    assert "Бот: Оформление на выбор: самозанятость или договор ГПХ." in items
    assert "1️⃣ Онлайн-тест, 60 минут" in items


def test_a_list_without_marks_keeps_its_lines_when_one_opens_with_an_abbreviation() -> None:
    # «ДМС после окончания испытательного срока, …» among lines in lower case: an abbreviation
    # is in capitals wherever it stands, so the lines are still a list typed without marks —
    # «…, день/ночь» is not joined with «районный коэффициент 1,8 …» under it.
    body = parse_body(
        """Условия
график вахты 45/45 (45 дней работы / 45 дней межвахтового отдыха), смены по 11 часов, день/ночь
районный коэффициент 1,8 и северная надбавка до 80% (начисляются на заработок в период вахты)
ДМС после окончания испытательного срока, корпоративные программы санаторно-курортного лечения
испытательный срок — 3 месяца
"""
    )
    assert _items(body) == [
        "график вахты 45/45 (45 дней работы / 45 дней межвахтового отдыха), смены по 11 часов, "
        "день/ночь",
        "районный коэффициент 1,8 и северная надбавка до 80% (начисляются на заработок в период "
        "вахты)",
        "ДМС после окончания испытательного срока, корпоративные программы санаторно-курортного "
        "лечения",
        "испытательный срок — 3 месяца",
    ]


def test_a_line_ending_in_a_noun_of_a_deed_is_no_adjective_waiting_for_its_noun() -> None:
    # «трёхразовое горячее питание» ends its line: «питание» looks like «горячие» but is a
    # noun — «спецодежда …» under it is the next item, not the rest of the phrase.
    body = parse_body(
        """Условия
проживание в вахтовом общежитии (комнаты на 2 человека), трёхразовое горячее питание
спецодежда, СИЗ и самоспасатель выдаются бесплатно
дошкольное образовательное
учреждение рядом
"""
    )
    assert _items(body) == [
        "проживание в вахтовом общежитии (комнаты на 2 человека), трёхразовое горячее питание",
        "спецодежда, СИЗ и самоспасатель выдаются бесплатно",
        "дошкольное образовательное учреждение рядом",
    ]


def test_what_we_provide_heads_what_the_employer_gives() -> None:
    # A casting board's call: "What we provide" over «Meals: …», «Mileage: …» is no more of the
    # requirements above it.
    body = parse_body(
        """Requirements:
- At least 3 credits as key grip
- Must supply own basic hand tools and gloves

What we provide
Meals: breakfast and hot lunch on set every day
Payment by Venmo or check within 14 days of wrap

Submission instructions
Submit through Backstage with your resume and credits list.
"""
    )
    kinds = {s.heading: s.kind for s in body.sections}
    assert kinds["What we provide"] is SectionKind.CONDITIONS
    assert kinds["Submission instructions"] is SectionKind.PROCESS


def test_numbered_roles_in_capitals_head_the_lines_typed_under_them() -> None:
    # A bus depot hiring three roles: «1) ВОДИТЕЛЬ АВТОБУСА (кат. D)» over its pay and terms
    # typed in lower case heads them, as «2) КОНДУКТОР» does; its lines are no one item.
    body = parse_body(
        """Приглашаем на три вакансии:

1) ВОДИТЕЛЬ АВТОБУСА (кат. D)
доход от 85 000 до 120 000 ₽ (часовая ставка 410 ₽)
стаж на категории D от 1 года
маршруты по городу, автобусы с кондиционером

2) КОНДУКТОР
можно без опыта, пенсионерам и студентам
работа с валидатором и терминалом

3) АВТОСЛЕСАРЬ (ремонтная зона)
от 70 000 до 90 000 ₽
график 5/2 с 8:00 до 17:00
"""
    )
    by_heading = {s.heading: s.items for s in body.sections}
    assert by_heading["ВОДИТЕЛЬ АВТОБУСА (кат. D)"] == (
        "доход от 85 000 до 120 000 ₽ (часовая ставка 410 ₽)",
        "стаж на категории D от 1 года",
        "маршруты по городу, автобусы с кондиционером",
    )
    assert by_heading["АВТОСЛЕСАРЬ (ремонтная зона)"] == (
        "от 70 000 до 90 000 ₽",
        "график 5/2 с 8:00 до 17:00",
    )


def test_a_roles_lines_after_its_labelled_parts_stay_that_roles() -> None:
    # A university's notice for two posts: under «1. АССИСТЕНТ», after its «Должностные
    # обязанности: …», the pay and the contract's term are still the assistant's, not the
    # notice's for both posts; a blank line ends the role's part.
    body = parse_body(
        """1. АССИСТЕНТ
Квалификационные требования: высшее образование по направлению «Химия».
Должностные обязанности: проведение лабораторных занятий; участие в научной работе.
Учебная нагрузка: 450 часов в учебном году (на 0,5 ставки).
Должностной оклад: 24 380 руб. на 0,5 ставки.
Срок трудового договора: 1 (один) год.

2. ЛАБОРАНТ
Квалификационные требования: среднее профессиональное образование.
Должностные обязанности: подготовка оборудования; приготовление растворов.
Ежегодный основной оплачиваемый отпуск 28 календарных дней.

ПЕРЕЧЕНЬ ДОКУМЕНТОВ, представляемых претендентами
Паспорт; СНИЛС; документ об образовании.
""",
        title="Ассистент (0,5 ставки), лаборант кафедры химии",
    )
    role_of = {item: s.heading for s in body.sections for item in s.items}
    assert role_of["Должностной оклад: 24 380 руб. на 0,5 ставки."] == "АССИСТЕНТ"
    assert role_of["Ежегодный основной оплачиваемый отпуск 28 календарных дней."] == "ЛАБОРАНТ"
    assert "ПЕРЕЧЕНЬ ДОКУМЕНТОВ, представляемых претендентами" in body.intro_items


def test_what_every_role_gets_after_a_rule_is_no_part_of_the_last_role() -> None:
    # A shop chain's careers page: its cards of roles in bold, a rule of dashes, then «Для всех
    # сотрудников сети» over what every role gets — not more lines of the last card.
    body = parse_body(
        """**Товаровед**
от 60 000 до 68 000 ₽ · 5/2, с 8:00 до 17:00
Откликнуться →

**Заместитель директора магазина**
до 85 000 ₽ (оклад + KPI) · 5/2 плавающие выходные
Откликнуться →

———
Для всех сотрудников сети
Официальное оформление по ТК РФ с первого дня; зарплата два раза в месяц
Бесплатная форма (футболка, фартук, жилет)
"""
    )
    by_heading = {s.heading: s for s in body.sections}
    assert by_heading["Для всех сотрудников сети"].kind is SectionKind.CONDITIONS
    assert not any(
        "Официальное оформление" in item
        for item in by_heading["Заместитель директора магазина"].items
    )


def test_a_named_heading_of_five_words_heads_the_unmarked_lines_under_it() -> None:
    # "What's in it for you" after a marked list of requirements: the perks under it are the
    # employer's offer, not more requirements.
    body = (
        "What we're looking for\n"
        "- You must be 18 or over for this role\n"
        "- Right to work in the UK\n"
        "\n"
        "What's in it for you\n"
        "£12.00 per hour, rising to £12.40 after completing your 12 week probation\n"
        "Company pension with 4% employer contribution\n"
    )
    kinds = {heading: kind for kind, heading, _ in _sections(body)}
    assert kinds["What's in it for you"] == SectionKind.CONDITIONS


def test_a_line_opening_with_a_share_is_an_item_of_its_own() -> None:
    # "Paid weekly every Friday, direct into your bank account" / "15% colleague discount card
    # …": two perks of a list typed without marks, not one sentence wrapped.
    body = (
        "What's in it for you\n"
        "Paid weekly every Friday, direct into your bank account\n"
        "15% colleague discount card from day one, rising to 20% after a year\n"
        "Company pension with 4% employer contribution\n"
    )
    (section,) = parse_body(body).sections
    assert "15% colleague discount card from day one, rising to 20% after a year" in section.items


def test_a_label_with_a_note_in_brackets_heads_the_list_under_it() -> None:
    # A state body's «Требования (в соответствии с … инструкцией):» over its list: the note in
    # brackets makes the label long, not a sentence; the list is the requirements, not more of
    # the duties above it.
    body = (
        "Должностные обязанности:\n"
        "- приём документов от заявителей;\n"
        "- выдача результатов предоставления услуг.\n"
        "\n"
        "Требования (в соответствии с квалификационными требованиями и должностной "
        "инструкцией):\n"
        "- среднее профессиональное или высшее образование;\n"
        "- уверенный пользователь ПК.\n"
    )
    kinds = {item: kind for kind, _, items in _sections(body) for item in items}
    assert kinds["среднее профессиональное или высшее образование"] == SectionKind.REQUIREMENTS


def test_a_boards_count_of_who_views_the_ad_is_no_line_of_it() -> None:
    # hh.ru's «Сейчас эту вакансию смотрят 9 человек» under the card's header: the board's
    # counter, nothing about the team («большая команда?»).
    body = (
        "от 160 000 до 220 000 ₽ на руки\n"
        "\n"
        "Сейчас эту вакансию смотрят 9 человек\n"
        "\n"
        "**О компании**\n"
        "\n"
        "Команда аналитики — 8 аналитиков и 3 data-инженера.\n"
    )
    assert not any("смотрят" in item for item in _items(parse_body(body)))


def test_a_commenter_signed_with_an_initial_and_the_posts_counters_are_no_comment() -> None:
    # A TenChat post: its counters «1,4 тыс. просмотров · 9 репостов» are chrome, not a comment
    # the author's note answers; «Дмитрий К. · 24 янв» heads Дмитрий's comment — the name
    # ends in an initial, no sentence — and the author's reply answers that comment alone.
    body = parse_body(
        """Андрей Зырянов
Ищем сервисного инженера по ремонту кофемашин, оклад 60 000 ₽.

🔥 48   👏 21
1,4 тыс. просмотров · 9 репостов

Комментарии 6

Андрей Зырянов (автор) · 23 янв
Забыл написать: инструмент и спецодежду выдаём свои.
Ответить

Дмитрий К. · 24 янв
А из Каменска-Уральского рассматриваете?
Ответить

Андрей Зырянов (автор) · 24 янв
Дмитрий, только если готовы жить в Екатеринбурге.
Ответить
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("", "Забыл написать: инструмент и спецодежду выдаём свои."),
        (
            "А из Каменска-Уральского рассматриваете?",
            "Дмитрий, только если готовы жить в Екатеринбурге.",
        ),
    ]


def test_a_quote_block_opened_by_a_quote_lead_with_the_members_name_quotes_only_the_words() -> (
    None
):
    # «> Цитата(Lena_Tomsk) Возьмёте девушку?» over the topic starter's answer: the lead and the
    # member's name in brackets are nobody's question, the words after them are.
    body = parse_body(
        """#1  **Михалыч_пасека** » 11.03.2025, 21:47
Ищу помощника на пасеку на сезон, оплата 35 000 руб. в месяц.

#2  **Lena_Tomsk** » 13.03.2025, 19:25
Здравствуйте! Я девушка, 22 года. Возьмёте девушку?

#3  **Михалыч_пасека** » 13.03.2025, 20:48
> Цитата(Lena_Tomsk) Возьмёте девушку?
Возьму, в прошлом году тоже девушка была.
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("Возьмёте девушку?", "Возьму, в прошлом году тоже девушка была.")
    ]


def test_the_pages_shorter_name_alone_on_a_line_heads_its_reply() -> None:
    # A VK post by «Детский центр «Солнечный остров» | Логопед • Дефектолог | Новосибирск»: its
    # replies are signed «Детский центр «Солнечный остров»» — the page's name, shorter, on a line
    # of its own (after a blank line, or right under the comment it answers). Those are the
    # employer's replies; the commenters' words are no line of the posting.
    body = parse_body(
        """Детский центр «Солнечный остров» | Логопед • Дефектолог | Новосибирск
закреплённая запись · 12 мар в 14:35

Ищем логопеда-дефектолога, два филиала.

Комментарии

Дарья К.
Можно студентке 4 курса? Дефектология, практику проходила в коррекционном саду
13 мар в 11:48 · Ответить

Детский центр «Солнечный остров»
Дарья, пишите! Можем взять ассистентом на занятия
13 мар в 12:05 · Ответить

Елена В.
А в воскресенье занятия есть?
Детский центр «Солнечный остров»
Елена, по воскресеньям не работаем
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        (
            "Можно студентке 4 курса? Дефектология, практику проходила в коррекционном саду",
            "Дарья, пишите! Можем взять ассистентом на занятия",
        ),
        ("А в воскресенье занятия есть?", "Елена, по воскресеньям не работаем"),
    ]
    assert "коррекционном" not in " ".join(body.intro_items)


def test_a_reply_marked_and_signed_in_bold_on_one_line_answers_the_comment_over_it() -> None:
    # A VK post's replies «↳ **Page** Name, …» and a Telegram channel's «> ↪ **Page** (админ):
    # …» keep the author's name and the words on one line: each is the employer's reply to the
    # comment above it, not a quote of the words that comment answers.
    body = parse_body(
        """Эвакуатор 48 — служба эвакуации

Ищем водителя эвакуатора, права С.

**Комментарии**

**Марина Осипова**
Девушек берёте? Стаж 6 лет на С
18 фев в 15:22 · Ответить · ❤ 9

↳ **Эвакуатор 48** Марина, берём, без разницы кто за рулём
18 фев в 15:40 · Ответить

**Денис**
а минималка какая?
> ↪ **Эвакуатор 48** (админ): Минимальный вызов у нас 4 000 ₽.
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("Девушек берёте? Стаж 6 лет на С", "Марина, берём, без разницы кто за рулём"),
        ("а минималка какая?", "Минимальный вызов у нас 4 000 ₽."),
    ]


def test_a_reply_heading_with_the_authors_mark_leaves_the_mark_out_of_the_words() -> None:
    # A Facebook group's reply "↳ **Kate Halvorsen** · Author" over the words on the next line:
    # the mark says who wrote the post, it is no word of the reply.
    body = parse_body(
        """Ranch hand wanted, calving season.

Most relevant ▾

**Dusty Harmon**
Cell service out there?
  ↳ **Kate Halvorsen** · Author
  Starlink at the house. Cell's spotty past the county road.
"""
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("Cell service out there?", "Starlink at the house. Cell's spotty past the county road.")
    ]


def test_an_emoji_marked_pay_row_over_a_comment_thread_is_no_bar_of_reactions() -> None:
    # A VK post's pay rows marked «💰», one opening with a rota («2/2 — 50 000 ₽ в месяц»): two
    # figures beside a symbol are a bar of reactions («❤️ 118 💬 19») only without a sum's sign;
    # the row stays a line of the post when comments follow it, the bar under it is chrome.
    body = parse_body(
        """Оплата:
💰 2/2 — 50 000 ₽ в месяц
💰 сутки/двое — 60 000 ₽ в месяц

❤️ 118   💬 19   ↗️ 41

Комментарии

**Анастасия Белова**
А девушек берёте? Или только мужчин
3 фев в 19:48 · Нравится · Ответить
   ↳ **КСК «Подкова»**: Анастасия, конечно берём!
     3 фев в 20:02
"""
    )
    assert [s.items for s in body.sections] == [
        ("2/2 — 50 000 ₽ в месяц", "сутки/двое — 60 000 ₽ в месяц")
    ]
    assert [(r.asked, r.said) for r in body.replies] == [
        ("А девушек берёте? Или только мужчин", "Анастасия, конечно берём!")
    ]


def test_a_capital_line_typed_at_the_start_under_a_plus_item_is_its_own_line() -> None:
    body = (
        "👉 ДЕНЬГИ\n"
        "Ставка 1 000 ₽ за смену\n"
        "+ 250 ₽ за игру, если ты только оператор\n"
        "В ночные смены за игру 600 ₽\n"
        "Выплаты каждую неделю по понедельникам\n"
    )
    items = _items(parse_body(body))
    assert "В ночные смены за игру 600 ₽" in items
    assert "+ 250 ₽ за игру, если ты только оператор" in items


def test_an_indented_or_lower_case_line_under_an_item_goes_on_with_it() -> None:
    body = "- оплата 250 р/час, премия\n  Ежемесячно\n- график 2/2 с 8:00 до 20:00 по\nбудням\n"
    assert _items(parse_body(body)) == [
        "оплата 250 р/час, премия Ежемесячно",
        "график 2/2 с 8:00 до 20:00 по будням",
    ]


def test_a_plus_before_a_sum_stays_in_its_item() -> None:
    body = "Ставка 1 000 ₽ за смену\n\n+ 400 ₽ за каждую игру\n+ 250 ₽ за игру оператору\n"
    items = _items(parse_body(body))
    assert "+ 400 ₽ за каждую игру" in items
    assert "+ 250 ₽ за игру оператору" in items


def test_a_table_row_too_long_for_a_field_keeps_the_rows_under_it_in_the_table() -> None:
    # «Ориентир по работам (сколько идёт мастеру):» over a table whose first row's name is too
    # long for a field: the rows under it are still the table's, read with its columns' names,
    # not «Чистка каждого доп. канала: 700 ₽» lines of their own.
    body = """Ориентир по работам (сколько идёт мастеру):
| Вид работ | Мастеру на руки |
|---|---|
| Чистка дымохода одноканального, до 2 этажей | 1 600 ₽ |
| Чистка каждого доп. канала | 700 ₽ |
| Чистка банной печи с трубой | 2 000 ₽ |
| Перекладка оголовка трубы | от 8 000 ₽ |"""
    assert tidy_bar_fields(body) == body
    # a card's two-column table pasted with no rule stays read as its fields
    card = "| Дата посадки | 10–15 марта |\n| Оплата | 300 ₽ в час |\n| Жильё | бесплатно |"
    assert tidy_bar_fields(card).splitlines()[1] == "Оплата: 300 ₽ в час"


def test_comments_with_bold_names_and_marked_page_replies_are_a_thread() -> None:
    # A channel's comments copied with their bold names and hard line breaks: a commenter's name
    # alone or before its colon in bold, the page's reply under it marked «↳» with its name in
    # bold (a long one with words in lower case, a colon inside the bold, a role in brackets
    # and the words on the lines under it). The page's replies answer the comment over each;
    # the commenters' words — «официально устраиваете или как» asks with no «?» — are nobody's
    # answer and leave the post.
    body = parse_body(
        """**ОБЛАКО lounge | Кальянная Самара**

Ищем кальянщика, смены с 18:00 до 04:00.

💬 41 комментарий

**Максим**⏎
а девушек берёте?

  ↳ **ОБЛАКО lounge** (админ)⏎
  Конечно! У нас уже две девушки-мастера

**Дарина Куликова**
официально устраиваете или как
  ↳ **ОБЛАКО lounge | Кальянная Самара**: Дарина, по договору с самозанятым.

**Денис Корнилов:** обучение платное?
↳ **ОБЛАКО lounge:** Денис, нет, наоборот, мы вам платим
""".replace("⏎", "  ")  # a hard line break: two spaces at the end of the line
    )
    assert [(r.asked, r.said) for r in body.replies] == [
        ("а девушек берёте?", "Конечно! У нас уже две девушки-мастера"),
        ("официально устраиваете или как", "Дарина, по договору с самозанятым."),
        ("обучение платное?", "Денис, нет, наоборот, мы вам платим"),
    ]
    items = " ".join([*body.intro_items, *(i for s in body.sections for i in s.items)])
    assert "смены с 18:00 до 04:00" in items
    assert "или как" not in items and "ОБЛАКО lounge (админ)" not in items


def test_a_piece_rate_row_naming_the_title_after_its_comma_keeps_the_other_rows() -> None:
    # A restorer's piece rates, one row sharing a word of the title only after its comma
    # («стол-книжка, полная реставрация»): the rows are pieces of work, no list of positions
    # whose others' rows would be blanked.
    body = parse_body(
        "Оплата сдельная, за каждое изделие. Примеры:\n"
        "- венский стул, переклейка и покрытие — 3 000 ₽;\n"
        "- стол-книжка, полная реставрация — 9 500 ₽;\n"
        "- комод советский с заменой шпона — 14 000 ₽;\n\n"
        "Реставрация венских стульев — от 3 500 ₽\n",
        title="Столяр-реставратор мебели",
    )
    items = _items(body)
    assert any(i.startswith("венский стул, переклейка") for i in items)
    assert any(i.startswith("комод советский") for i in items)


def test_a_sign_that_stands_for_a_word_is_no_list_mark() -> None:
    # hh.ru's «🚇 Российская · 🚇 Московская»: the metro sign names the stations, it keeps them.
    body = "## Адрес\n\nСамара, Московское шоссе, 185А\n\n🚇 Российская · 🚇 Московская\n"
    items = _items(parse_body(body))
    assert any(item.startswith("🚇 Российская") for item in items)
