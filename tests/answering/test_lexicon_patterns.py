"""The lexicon's regular expressions run on lower-cased text, so none may need case."""

from __future__ import annotations

import re

from bot.answering import Answerer


def test_topic_patterns_are_written_in_lower_case() -> None:
    lexicon = Answerer().lexicon
    matchers = [v for v in vars(lexicon).values() if type(v).__name__ == "_Matcher"]
    assert matchers, "the lexicon has no matchers to check"
    upper = re.compile(r"(?<!\\)[A-ZА-ЯЁ]")
    offending = [
        pattern.pattern
        for matcher in matchers
        for pattern, _ in matcher.patterns
        if upper.search(pattern.pattern)
    ]
    assert offending == []
    assert sum(len(m.patterns) for m in matchers) > 10


def test_no_data_file_has_duplicate_keys() -> None:
    """YAML keeps the last of two equal keys: a second ``unless`` or ``asks`` of a topic would
    silently replace the first (a merge of two branches that each changed ``later`` once left
    three). Every data file of the engine and of the posting parser is read."""
    from pathlib import Path

    import yaml

    duplicates: list[str] = []

    class Loader(yaml.SafeLoader):
        pass

    def mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict:
        keys = [loader.construct_object(key) for key, _ in node.value]
        duplicates.extend(
            f"{key} (line {node.start_mark.line + 1})"
            for i, key in enumerate(keys)
            if isinstance(key, str) and key in keys[:i]
        )
        return loader.construct_mapping(node)

    Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, mapping)
    root = Path(__file__).parents[2] / "bot"
    paths = sorted([*(root / "answering").glob("*.yaml"), *(root / "postings").glob("*.yaml")])
    assert root / "answering" / "lexicon.yaml" in paths and len(paths) > 5
    for path in paths:
        yaml.load(path.read_text("utf-8"), Loader)  # a SafeLoader subclass
    assert duplicates == []


def test_phone_numbers_in_the_forms_ads_print_them_are_contacts(answerer: Answerer) -> None:
    from bot.answering.text import normalize

    analyzer, lexicon = answerer.analyzer, answerer.lexicon
    for line in (
        "Звоните: +7 (495) 000-00-00",
        "Звонить Ольге, 8 (912) 000-00-00, с 9 до 15",
        "Call or text our dispatcher Marco at (253) 000-0000.",
    ):
        topics = lexicon.line_topics(
            analyzer.analyze(line), normalize(line), analyzer.tokens(line)
        )
        assert "contact" in topics, line
    line = "Deliver 25-35 stops per day, 8 hours"
    topics = lexicon.line_topics(analyzer.analyze(line), normalize(line), analyzer.tokens(line))
    assert "contact" not in topics


def test_english_articles_may_stand_inside_a_question_phrase(answerer: Answerer) -> None:
    # "what are the hours" asks "what hours": a time of day.
    from bot.answering.text import normalize

    analyzer = answerer.analyzer
    question = "what are the hours"
    intents = answerer.lexicon.intents_of(
        analyzer.analyze(question), normalize(question), analyzer.tokens(question)
    )
    assert "clock" in intents


def test_an_age_limit_and_the_candidates_age_of_any_age_name_the_age(
    answerer: Answerer,
) -> None:
    from bot.answering.text import normalize

    analyzer, lexicon = answerer.analyzer, answerer.lexicon

    def line_topics(line: str) -> set[str]:
        return lexicon.line_topics(analyzer.analyze(line), normalize(line), analyzer.tokens(line))

    def question_topics(q: str) -> set[str]:
        return lexicon.question_topics(analyzer.analyze(q), normalize(q), analyzer.tokens(q))[0]

    assert "age" in line_topics("Must be 21 or older for our insurance")
    assert "age" in line_topics("18 years or older")
    assert "age" not in line_topics("at least 2 years of driving experience")
    assert "age" in question_topics("мне 63, возьмут?")
    assert "age" in question_topics("im 19 can i apply")
    assert "age" not in question_topics("мне 30 тысяч хватит?")


def test_where_to_apply_and_what_one_will_work_on_are_recognised(answerer: Answerer) -> None:
    from bot.answering.text import normalize

    analyzer, lexicon = answerer.analyzer, answerer.lexicon
    line = "Apply online or email jobs@pinecrestlodge.example with your start date."
    assert "apply" in lexicon.line_topics(
        analyzer.analyze(line), normalize(line), analyzer.tokens(line)
    )
    for question in ("what will i work on", "what would i actually do"):
        topics, _ = lexicon.question_topics(
            analyzer.analyze(question), normalize(question), analyzer.tokens(question)
        )
        assert "duties" in topics, question


def test_a_messenger_or_its_handle_is_a_contact(answerer: Answerer) -> None:
    from bot.answering.text import normalize

    analyzer, lexicon = answerer.analyzer, answerer.lexicon

    def line_topics(line: str) -> set[str]:
        return lexicon.line_topics(analyzer.analyze(line), normalize(line), analyzer.tokens(line))

    assert "contact" in line_topics("Пиши в Telegram @zernoipar_hr или приходи на смену")
    assert {"contact", "apply"} <= line_topics("Звоните или пишите в WhatsApp, Марина")
    # An e-mail address is no messenger handle.
    assert "contact" not in line_topics("Send your CV to jobs@pinecrestlodge.example")


def test_a_share_of_the_turnover_that_is_paid_is_the_pay(answerer: Answerer) -> None:
    from bot.answering.text import normalize

    analyzer, lexicon = answerer.analyzer, answerer.lexicon

    def line_topics(line: str) -> set[str]:
        return lexicon.line_topics(analyzer.analyze(line), normalize(line), analyzer.tokens(line))

    assert "salary" in line_topics("Доход от 60 000 ₽ (оклад + процент от выручки аптеки)")
    assert "salary" not in line_topics("Оборот компании 2 млрд ₽, зарплата выше рынка")


def test_a_time_of_day_is_told_from_a_sum_and_a_length() -> None:
    clock = Answerer().lexicon.intents["clock"]
    shows = [
        text
        for text in ("смены с 8:00 до 20:00", "с 9 до 21", "2pm-10:30pm", "9-5pm", "6a-2p", "24/7")
        if clock.shown_in(text, frozenset())
    ]
    assert len(shows) == 6
    assert not [
        text
        for text in ("$19.50 an hour", "12.60 per hour", "оплата 3.50 руб", "смена 12 часов")
        if clock.shown_in(text, frozenset())
    ]
