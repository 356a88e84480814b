"""Posting files: parsing, section kinds, the questionnaire schema and every bad file."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.postings import PostingError, QuestionType, SectionKind, load_folder, load_posting
from bot.postings.loader import classify_heading, heading_text, parse_posting
from tests.conftest import BAD, SAMPLES, SEED, SHIPPED


def test_seed_posting_is_shipped_verbatim() -> None:
    assert (SHIPPED / f"{SEED}.md").read_bytes() == (SAMPLES / f"{SEED}.md").read_bytes()


def test_seed_posting_has_its_intro_and_four_sections() -> None:
    posting = load_posting(SHIPPED / f"{SEED}.md")
    assert posting.title == "Специалист службы поддержки пользователей"
    assert [s.kind for s in posting.sections] == ["team", "duties", "requirements", "conditions"]
    assert posting.intro_items[0].startswith("Pyrus — это low-code")
    conditions = posting.section(SectionKind.CONDITIONS)
    assert conditions is not None
    assert "график работы 5/2, 8-часовой рабочий день" in conditions.items
    assert len(conditions.items) == 12
    assert posting.lang == "ru"
    assert posting.is_open()


def test_courier_bold_colon_headings_are_sections() -> None:
    posting = load_posting(SAMPLES / "courier.md")
    assert [(s.kind, s.heading) for s in posting.sections] == [
        ("requirements", "Кого мы ищем"),
        ("duties", "Обязанности"),
        ("requirements", "Требования"),
        ("conditions", "Условия"),
    ]
    assert posting.section("duties").items[0] == (  # type: ignore[union-attr]
        "забирать заказы в ресторанах-партнёрах и доставлять их клиентам"
    )


def test_questionnaires_of_the_samples_are_read() -> None:
    backend = load_posting(SAMPLES / "python-backend-developer.md")
    assert [q.id for q in backend.questionnaire] == [
        "name",
        "experience",
        "asyncio",
        "english",
        "relocation",
        "contact",
    ]
    experience = backend.questionnaire[1]
    assert experience.type == QuestionType.NUMBER
    assert experience.knockout is not None and experience.knockout.min == 2
    assert backend.questionnaire[4].required is False
    csm = load_posting(SAMPLES / "customer-success-manager.md")
    assert csm.lang == "en"
    timezone = next(q for q in csm.questionnaire if q.id == "timezone_ok")
    assert timezone.knockout is not None and timezone.knockout.expect == "yes"
    assert backend.salary is not None and not isinstance(backend.salary, str)
    assert backend.salary.from_ == 250000
    assert backend.faq[0].q == "Можно ли работать из другой страны?"


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Чем предстоит заниматься", "duties"),
        ("Обязанности", "duties"),
        ("Задачи", "duties"),
        ("What you will do", "duties"),
        ("Responsibilities", "duties"),
        ("Желаемые навыки", "requirements"),
        ("Требования", "requirements"),
        ("Мы ждём от вас", "requirements"),
        ("Кого мы ищем", "requirements"),
        ("Requirements", "requirements"),
        ("Условия", "conditions"),
        ("Мы предлагаем", "conditions"),
        ("Что мы даём", "conditions"),
        ("Benefits", "conditions"),
        ("🎁 Что мы предлагаем!", "conditions"),
        ("Будет плюсом", "nice_to_have"),
        ("Nice to have", "nice_to_have"),
        ("Наша команда", "team"),
        ("О компании", "about"),
        ("Как проходит отбор", "process"),
        ("Interview process", "process"),
        ("Контакты", "other"),
    ],
)
def test_section_kinds(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("## Наша команда:", "Наша команда"),
        ("**Обязанности:**", "Обязанности"),
        ("🚲 **Кого мы ищем**", "Кого мы ищем"),
        ("Требования:", "Требования"),
        ("**Наши клиенты:** IVI, Додо-пицца", None),
        ("- пункт списка:", None),
        ("Обычное предложение, которое кончается точкой.", None),
    ],
)
def test_what_starts_a_section(line: str, heading: str | None) -> None:
    assert heading_text(line) == heading


def test_bullets_numbers_and_paragraphs_become_items(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\n---\nВступление.\n\n## Условия\n"
        "- первый;\n  продолжение\n* второй\n• третий\n— четвёртый\n1. пятый\n\n"
        "Абзац **жирный**.\n"
    )
    posting = parse_posting(text, tmp_path / "t.md")
    assert posting.sections[0].items == (
        "первый; продолжение",
        "второй",
        "третий",
        "четвёртый",
        "пятый",
        "Абзац жирный.",
    )
    assert posting.intro_items == ("Вступление.",)


def test_lines_led_by_an_emoji_or_symbol_are_items_of_their_own(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\n---\n## Условия\n"
        "✅ форма — выдаём бесплатно\n✔️ служебный развоз\n👨‍💻 ноутбук\n▪ столовая\n"
        "→ обед за 150 ₽\n\n«Цитата» в строке, которую HR перенёс на следующую строку\n"
        "посреди предложения\n"
    )
    posting = parse_posting(text, tmp_path / "t.md")
    assert posting.sections[0].items == (
        "форма — выдаём бесплатно",
        "служебный развоз",
        "ноутбук",
        "столовая",
        "обед за 150 ₽",
        "«Цитата» в строке, которую HR перенёс на следующую строку посреди предложения",
    )
    assert heading_text("🔧 Что делать") == "Что делать"  # an emoji heading stays a heading


def test_unknown_front_matter_key_is_a_warning(tmp_path: Path) -> None:
    posting = parse_posting(
        "---\ntitle: T\nslug: t\nbonus: 1\n---\n## Условия\n- x\n", tmp_path / "t.md"
    )
    assert [str(w) for w in posting.warnings] == ["unknown field 'bonus' is ignored"]
    assert [w.text("ru") for w in posting.warnings] == ["неизвестное поле 'bonus' пропущено"]


def test_closed_and_expired_postings_are_not_open(tmp_path: Path) -> None:
    closed = parse_posting("---\ntitle: T\nslug: t\nstatus: closed\n---\n- x\n", tmp_path / "a.md")
    expired = parse_posting(
        "---\ntitle: T\nslug: t\ncloses: 2020-01-01\n---\n- x\n", tmp_path / "b.md"
    )
    assert not closed.is_open()
    assert not expired.is_open()


EXPECTED_ERRORS = {
    "bad-slug.md": ("bad-slug.md:3", "slug"),
    "broken-yaml.md": ("broken-yaml.md:2", "not valid YAML"),
    "choice-without-options.md": ("choice-without-options.md:5", "options"),
    "empty.md": ("empty.md", "empty"),
    "missing-title.md": ("missing-title.md", "'title' is required"),
    "no-front-matter.md": ("no-front-matter.md:1", "no front matter"),
    "not-utf8.md": ("not-utf8.md:2", "not UTF-8"),
    "unknown-question-type.md": ("unknown-question-type.md:7", "hologram"),
    "yaml-code-execution.md": ("yaml-code-execution.md:2", "not allowed"),
}


@pytest.mark.parametrize("name", sorted(EXPECTED_ERRORS))
def test_each_bad_file_gets_one_clear_message(name: str) -> None:
    where, what = EXPECTED_ERRORS[name]
    with pytest.raises(PostingError) as caught:
        load_posting(BAD / name)
    message = str(caught.value)
    assert message.startswith(where + ":") or message.startswith(where + " ")
    assert what in message


def test_yaml_tags_are_never_executed(tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    evil = tmp_path / "evil.md"
    evil.write_text(
        f'---\ntitle: !!python/object/apply:os.system ["touch {marker}"]\nslug: evil\n---\n- x\n'
    )
    with pytest.raises(PostingError, match="not allowed"):
        load_posting(evil)
    load_folder(BAD)
    assert not marker.exists()


def test_bad_folder_keeps_good_files_and_reports_nine() -> None:
    result = load_folder(BAD)
    assert len(result.errors) == 9
    assert list(result.by_slug) == ["tech-support-specialist"]  # duplicate-slug.md alone is fine


def test_duplicate_slug_names_both_files(tmp_path: Path) -> None:
    folder = tmp_path / "p"
    folder.mkdir()
    (folder / f"{SEED}.md").write_bytes((SHIPPED / f"{SEED}.md").read_bytes())
    (folder / "duplicate-slug.md").write_bytes((BAD / "duplicate-slug.md").read_bytes())
    result = load_folder(folder, prefer={SEED: folder / f"{SEED}.md"})
    assert len(result.errors) == 1
    message = str(result.errors[0])
    assert "duplicate-slug.md" in message and f"{SEED}.md" in message
    assert result.by_slug[SEED].title == "Специалист службы поддержки пользователей"


def test_knockout_must_name_existing_options(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\nquestionnaire:\n  - id: lvl\n    text: Уровень?\n"
        "    type: choice\n"
        "    options: [A, B]\n    knockout: {reject: [C], reason: нужно}\n---\n"
    )
    with pytest.raises(PostingError, match="do not exist: C"):
        parse_posting(text, tmp_path / "t.md")


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("🔧 Что делать", "Что делать"),
        ("💰 Условия", "Условия"),
        ("💰 Зарплата от 100 000", None),  # a fact with an emoji, not a heading
        ("🔥 Дружная команда и вкусный кофе!", None),
        ("🙂 Просто строка", None),
    ],
)
def test_emoji_led_headings(line: str, heading: str | None) -> None:
    assert heading_text(line) == heading


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("What you need", "requirements"),
        ("What you get", "conditions"),
        ("About the job", "duties"),
    ],
)
def test_more_english_headings(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Как попасть к нам", "process"),
        ("What you'll be doing", "duties"),
        ("What you'll work on", "duties"),
        ("You should have", "requirements"),
        ("What you'll gain", "other"),
    ],
)
def test_headings_from_the_blind_postings(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


def test_a_bold_label_after_a_list_starts_its_own_section(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\n---\n**Наши клиенты:** IVI, Hoff.\n\n**Что делать:**\n"
        "- мыть полы;\n- выносить мусор.\n\n**График:** пн–пт с 18:00 до 22:00.\n\n"
        "**Собеседование:** на Малышева, 5.\n"
    )
    posting = parse_posting(text, tmp_path / "t.md")
    assert posting.intro_items == ("Наши клиенты: IVI, Hoff.",)  # in the intro a label is text
    assert [(s.kind, s.heading, s.items) for s in posting.sections] == [
        ("duties", "Что делать", ("мыть полы", "выносить мусор")),
        ("conditions", "График", ("пн–пт с 18:00 до 22:00.",)),
        ("process", "Собеседование", ("на Малышева, 5.",)),
    ]


def test_prose_postings_get_sections_from_labels_naming_a_kind(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\n---\nШкола — это 420 учеников.\n\n**Наш офис:** у метро.\n\n"
        "**График:** пятидневка, с 8:30 до 16:30.\n\n**Где:** ул. Шейнкмана, 90.\n\n"
        "**Как попасть к нам:** собеседование в два этапа.\n"
    )
    posting = parse_posting(text, tmp_path / "t.md")
    assert posting.intro_items == ("Школа — это 420 учеников.", "Наш офис: у метро.")
    assert [(s.kind, s.heading) for s in posting.sections] == [
        ("conditions", "График"),
        ("other", "Где"),
        ("process", "Как попасть к нам"),
    ]


def test_messages_give_hrs_decision_templates(tmp_path: Path) -> None:
    text = (
        "---\ntitle: T\nslug: t\nmessages:\n"
        "  invite: 'Ждём вас, {name}, на «{title}» — 10:00'\n"
        "  reject: Спасибо!\n---\n- x\n"
    )
    posting = parse_posting(text, tmp_path / "t.md")
    assert posting.messages.template("invite") == "Ждём вас, {name}, на «{title}» — 10:00"
    assert posting.messages.template("reject") == "Спасибо!"
    assert posting.messages.template("reserve") is None
    assert posting.warnings == ()  # a known field
    plain = parse_posting("---\ntitle: T\nslug: t\n---\n- x\n", tmp_path / "p.md")
    assert plain.messages.template("invite") is None


@pytest.mark.parametrize(
    ("messages", "error"),
    [
        ("{invite: 'Привет, {имя}'}", "only {title} and {name}"),
        ("{hire: Да}", "hire"),
        ("{invite: ''}", "invite"),
        ("'просто текст'", "messages"),
    ],
)
def test_bad_messages_are_errors_naming_the_field(
    tmp_path: Path, messages: str, error: str
) -> None:
    text = f"---\ntitle: T\nslug: t\nmessages: {messages}\n---\n- x\n"
    with pytest.raises(PostingError, match=error) as raised:
        parse_posting(text, tmp_path / "t.md")
    assert "messages" in str(raised.value)


def test_an_hr_chat_that_is_a_person_is_refused_with_its_line(tmp_path: Path) -> None:
    text = "---\ntitle: T\nslug: t\nhr_chat: 4999\n---\n- x\n"
    with pytest.raises(PostingError) as caught:
        parse_posting(text, tmp_path / "person.md")
    message = str(caught.value)
    assert message.startswith("person.md:4")
    assert "4999 is not a group" in message
    group = parse_posting(text.replace("4999", "-1001234567890"), tmp_path / "group.md")
    assert group.hr_chat == -1001234567890


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # UK council and US county ads
        ("Essential criteria", "requirements"),
        ("Desirable criteria", "nice_to_have"),
        ("Person specification", "requirements"),
        ("Essential functions", "duties"),
        # a state body's or a shop's offer under its own names
        ("Должностной оклад", "conditions"),
        ("Стимулирующие выплаты", "conditions"),
        ("Социальные гарантии", "conditions"),
        ("Режим работы", "conditions"),
        ("Наши преимущества", "conditions"),
        ("Из плюсов", "conditions"),
        ("Пожелания к кандидату", "requirements"),
        # "преимуществом будет" stays a wish
        ("Будет преимуществом", "nice_to_have"),
    ],
)
def test_headings_of_public_sector_and_retail_ads(heading: str, kind: str) -> None:
    assert classify_heading(heading) == kind


def test_check_names_the_list_of_other_jobs_it_leaves_out() -> None:
    text = (
        "---\ntitle: Оператор ПВЗ\nslug: pvz\n---\nВыдача заказов.\n\n"
        "Похожие объявления\nКладовщик — 65 000 ₽\n"
    )
    posting = parse_posting(text, Path("pvz.md"))
    assert [w.text("ru") for w in posting.warnings] == [
        "строка 7, «Похожие объявления»: список других вакансий с сайта пропущен — кандидаты его"
        " не видят, и бот не отвечает по нему"
    ]
    assert posting.sections == ()
    assert posting.intro_items == ("Выдача заказов.",)


def test_the_language_is_told_by_counting_exactly_the_letters_it_names() -> None:
    # detect_lang counts bytes of the text encoded in Windows-1251: each letter of [а-яёА-ЯЁ] and
    # of [a-zA-Z] must be one byte it keeps, and every other character none (encoding is one
    # character at a time, so checking each character once is checking every text).
    import re
    import sys

    from bot.postings.loader import _NOT_CYRILLIC, _NOT_LATIN, detect_lang

    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    for letters, dropped in (("[а-яёА-ЯЁ]", _NOT_CYRILLIC), ("[a-zA-Z]", _NOT_LATIN)):
        named = "".join(re.findall(letters, every))
        others = re.sub(letters, "", every)
        assert len(named.encode("cp1251", "ignore").translate(None, dropped)) == len(named)
        assert others.encode("cp1251", "ignore").translate(None, dropped) == b""
    assert detect_lang("Курьер 😀 courier, Москва") == "ru"
    assert detect_lang("Courier 😀 курьер, London") == "en"


@pytest.mark.parametrize("path", [*sorted(SAMPLES.glob("*.md")), SHIPPED / f"{SEED}.md"])
def test_a_posting_made_of_its_front_matter_alone_reads_the_body_a_whole_parse_gives(
    path: Path,
) -> None:
    text = path.read_text(encoding="utf-8") + "\n## Похожие вакансии\n- Кассир\n- Повар\n"
    whole = parse_posting(text, path)
    front = parse_posting(text, path, body=False)
    assert whole.checked and not front.checked and front.markdown
    assert (front.intro, front.intro_items, front.sections) == (
        whole.intro,
        whole.intro_items,
        whole.sections,
    )
    # The body's warnings are the check's to give; the front matter's are known at once.
    assert [w.key for w in whole.warnings] == ["other_jobs"] and front.warnings == ()
    assert (front.title, front.slug, front.lang) == (whole.title, whole.slug, whole.lang)
