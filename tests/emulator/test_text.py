"""The HTML parser, entity checks and length rules refuse what Telegram refuses."""

from __future__ import annotations

import pytest

from emulator.errors import ApiError
from emulator.text import detect_entities, parse_html, prepare_text, utf16_len


def test_html_gives_text_and_nested_entities() -> None:
    text, entities = parse_html('<b>Hi <i>there</i></b> &amp; <a href="https://x.io">link</a>')
    assert text == "Hi there & link"
    assert {"type": "bold", "offset": 0, "length": 8} in entities
    assert {"type": "italic", "offset": 3, "length": 5} in entities
    assert {"type": "text_link", "offset": 11, "length": 4, "url": "https://x.io"} in entities


def test_html_counts_offsets_in_utf16() -> None:
    text, entities = parse_html("😀 <b>Ж</b>")
    assert utf16_len(text) == 4
    assert entities == [{"type": "bold", "offset": 3, "length": 1}]


def test_html_pre_code_language_and_spoilers() -> None:
    source = (
        '<pre><code class="language-python">x = 1</code></pre>'
        '<span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>'
        "<blockquote expandable>q</blockquote>"
    )
    _, entities = parse_html(source)
    assert {"type": "pre", "offset": 0, "length": 5, "language": "python"} in entities
    kinds = [e["type"] for e in entities]
    assert kinds.count("spoiler") == 2
    assert "expandable_blockquote" in kinds


@pytest.mark.parametrize(
    ("source", "fragment"),
    [
        ("<foo>x</foo>", 'Unsupported start tag "foo"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<b><i>x</b></i>", 'expected "</i>", found "</b>"'),
        ("x</b>", "Unexpected end tag"),
        ("AT&T", 'Character "&"'),
        ("a < b", "Unsupported start tag"),
        ("<b", "Unclosed start tag"),
        ('<span class="x">y</span>', 'must have class "tg-spoiler"'),
        ("line<br>break", 'Unsupported start tag "br"'),
    ],
)
def test_bad_html_is_refused(source: str, fragment: str) -> None:
    with pytest.raises(ApiError) as caught:
        prepare_text(source, "HTML", None)
    assert caught.value.status == 400
    assert caught.value.description.startswith("Bad Request: can't parse entities: ")
    assert fragment in caught.value.description


@pytest.mark.parametrize("text", ["", "   \n ", None])
def test_empty_text_is_refused(text: str | None) -> None:
    with pytest.raises(ApiError, match="message text is empty"):
        prepare_text(text, None, None)


def test_length_limit_is_4096_utf16_units() -> None:
    assert prepare_text("я" * 4096, None, None)[0] == "я" * 4096
    with pytest.raises(ApiError, match="message is too long"):
        prepare_text("я" * 4097, None, None)
    prepare_text("😀" * 2048, None, None)
    with pytest.raises(ApiError, match="message is too long"):
        prepare_text("😀" * 2048 + "x", None, None)


def test_length_is_counted_after_html_parsing() -> None:
    text, _ = prepare_text("<b>" + "x" * 4096 + "</b>", "HTML", None)
    assert len(text) == 4096


@pytest.mark.parametrize(
    ("entities", "fragment"),
    [
        ([{"type": "bold", "offset": 0, "length": 6}], "out of range"),
        ([{"type": "bold", "offset": 5, "length": 1}], "out of range"),
        ([{"type": "bold", "offset": -1, "length": 1}], "out of range"),
        ([{"type": "bold", "offset": 0, "length": 0}], "out of range"),
        ([{"type": "shiny", "offset": 0, "length": 1}], "unknown entity type"),
        ([{"type": "text_link", "offset": 0, "length": 1}], "needs a url"),
        ("bold", "array"),
    ],
)
def test_bad_entities_are_refused(entities: object, fragment: str) -> None:
    with pytest.raises(ApiError, match="can't parse entities") as caught:
        prepare_text("hello", None, entities)
    assert fragment in caught.value.description


def test_entities_are_measured_in_utf16() -> None:
    _, entities = prepare_text("😀ab", None, [{"type": "bold", "offset": 2, "length": 2}])
    assert entities == [{"type": "bold", "offset": 2, "length": 2}]
    with pytest.raises(ApiError):
        prepare_text("😀ab", None, [{"type": "bold", "offset": 2, "length": 3}])


def test_surrounding_whitespace_is_trimmed_and_entities_moved() -> None:
    text, entities = prepare_text("  <b>hi</b>  ", "HTML", None)
    assert text == "hi"
    assert entities == [{"type": "bold", "offset": 0, "length": 2}]


def test_markdown_is_refused_as_unsupported() -> None:
    with pytest.raises(ApiError, match="not supported by the emulator"):
        prepare_text("*x*", "MarkdownV2", None)


def test_commands_get_bot_command_entities() -> None:
    assert detect_entities("/start tech-support") == [
        {"type": "bot_command", "offset": 0, "length": 6}
    ]
    assert detect_entities("see /help@emulated_bot now")[0]["length"] == len("/help@emulated_bot")
    assert detect_entities("a/b and http://x/y") == []
