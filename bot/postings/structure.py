"""A posting body's structure, found once: sections → blocks → answerable units.

One parser for the loader (sections and their items), the answering index (units to quote) and
``check`` (units per section). It reads markdown-it's block tokens (headings, list items,
paragraphs, code blocks) and then each of their lines, because job-board ads mark structure in
ways Markdown does not: bold-only lines, ALL-CAPS lines, a label ending in a colon (with or
without text after it), emoji- or symbol-led labels, numbered labels and numbered section titles
("1. О компании"), list items led by "•", "—", "3.1." or an emoji, "Обязанности: a; b; c" on one
line, a question heading its answer ("— Сколько платят?"), Markdown tables (a row is an item
"Label: value") and HTML left in a pasted ad ("<p><b>Условия:</b><br>", "&nbsp;").

A heading the section vocabulary (``section_kinds.yaml``) does not know keeps its own text as the
section title (kind ``other``); its content stays answerable.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import NamedTuple

import razdel
import yaml
from markdown_it import MarkdownIt
from markdown_it.token import Token

from bot.postings.models import Reply, Section, SectionKind
from bot.postings.thread import cut_thread

_HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_BOLD_LINE_RE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*:?\s*$")
# "3.1. Обход этажей…": a numbered sub-item is a list item too.
_BULLET_RE = re.compile(r"^(?:[-*•—–+·]|\d{1,2}(?:\.\d{1,2})*[.)])\s+(?P<text>.*)$")
# «✅ форма выдаётся», «🔹 ДМС», «▪️ обед»: a line led by a symbol or emoji is a list item too.
_SYMBOL_BULLET_RE = re.compile(r"^(?P<mark>[^\w\s\"'«(\[*_#])[^\w\s]*\s*(?P<text>\S.*)$")
_LEADING_SYMBOLS_RE = re.compile(r"^[^\w*_#\[(«\"]+", re.UNICODE)
_NUMBER_LEAD_RE = re.compile(r"^(?:\d{1,2}|[IVX]{1,4})[.)]\s+")
# «1️⃣ **Курьер на велосипеде**»: a digest's numbered vacancy, its number a keycap emoji.
_KEYCAP_LEAD_RE = re.compile(r"^(?:\d\ufe0f?\u20e3|\U0001f51f)\s*")
# «2.8 Сообщать диспетчеру…», «3.1. …»: a numbered clause of a document's section.
_CLAUSE_RE = re.compile(r"^\d{1,2}\.\d{1,2}\.?\s")
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_COLON_HEADING_MAX = 60
_TABLE_COLUMNS = 3  # a table this wide is read row by row as typed, under its header row
_NAMED_COLUMNS = 2  # … and one this wide too, when its header row names both columns
_CAPS_HEADING_WORDS = 8
_CAPS_MIN_LETTERS = 5
_LABEL_RE = re.compile(
    r"^(?:\*\*|__)(?P<label>[^*_:]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?P<rest>\S.*)$"
)
# "Обязанности: приём звонков; консультации; …" — a plain label before a list on one line.
_PLAIN_LABEL_RE = re.compile(r"^(?P<label>[^:;.!?]{2,40}?)\s*:\s+(?P<rest>\S.*)$")
_PLAIN_LABEL_WORDS = 3
# A field's value in a block of "Label: value" lines is this short ("Опыт работы: не требуется").
_FIELD_VALUE_WORDS = 6
# "… на баре. Требования: опыт …": a label after a sentence's end, inside a paragraph.
_MID_LABEL_RE = re.compile(r"(?<=[.!?])\s+(?P<label>[A-ZА-ЯЁ][^:;.!?]{1,40}?):\s")
_BULLET_CATEGORIES = frozenset({"So", "Sm", "Po", "Pd"})  # ✅ 🔹 ▪ ➤ → · ‣ ⁃
_MIN_SENTENCE_WORDS = 3
_NUMBERED_TITLE_WORDS = 6
_SUBLIST_LABEL_WORDS = 4
_QUESTION_HEADING_WORDS = 12
# "Q: …", "Вопрос: …" before a question of an ad's FAQ.
_FAQ_LEAD_RE = re.compile(r"^(?:q|в|вопрос|question)\s*[:.)]\s*", re.I)
# A sentence "ending" in a short lower-case abbreviation ("м.", "ул.", "д.", "e.g.", a bus stop's
# «ост.») goes on.
_ABBREVIATION_END_RE = re.compile(
    r"(?:^|[\s(,«\"/])(?:м|ул|д|г|пр|просп|пер|пл|наб|ш|стр|корп|им|ст|пос|р|руб|тыс|млн|ч|мин|мес|шт"
    r"|мкр|мкрн|р-н|обл|кв|оф|эт|пгт|дер|туп|б-р|бул|ост|т\.\s?р"
    r"|см|напр|т\.\s?е|т\.\s?к|e\.g|i\.e|approx|incl|min|max|st|rd|ave|no|vs|ul|al|dr|mr|mrs|ms|prof"
    r"|y\.o)\.$",
    re.IGNORECASE,
)
# A run-on paragraph: past this many words a sentence is cut at its semicolons.
_RUN_ON_WORDS = 40
_EMOJI_HEADING_WORDS = 5
_BARE_HEADING_WORDS = 4
# "What's in it for you" over a marked list: the list shows it a heading at a little more length.
_LIST_HEADING_WORDS = 6
# " | ", " · ", " • " between a header's fields, each field at most this many words.
_FIELD_SEPARATOR_RE = re.compile(r"\s+[|·•]\s+")
_FIELD_MARKS_RE = re.compile(r"[|·•]")
_FIELD_WORDS = 8
# "Permanent · Full-time · Hybrid", "Python · PostgreSQL · FastAPI": a row of chips, each a name
# of a few words with no figure, lists one thing and is read whole.
_CHIP_RE = re.compile(r"[^\W\d_]+(?:[ '’&/+-][^\W\d_]+){0,2}")
_FIELD_LABEL_MAX = 40
_MIN_FIELD_CHIPS = 3  # «Условия: Оформление по ТК, Парковка, Бесплатные обеды»
_ADDRESS_PART_WORDS = 6
# "- a - b", "1) a 2) b" after a label: list marks whose line breaks were lost (the text must
# open with one: a dash inside a sentence is punctuation).
_INLINE_MARK_RE = re.compile(r"\s+(?:[-–—•·]|\d{1,2}[.)])\s+")
# A paragraph line at least this long that stops mid-sentence was wrapped, not a list item.
_WRAP_MIN = 50
_BRACKETED_WORD_END_RE = re.compile(r"\s\(\w+\)$")
# "15% colleague discount card …": a line opening with a share is an item of its own.
_SHARE_START_RE = re.compile(r"\d+(?:[.,]\d+)?\s?%")
# A paragraph where a line in lower case follows a closed statement this often is written a
# statement a line (once may be chance: a question quoted in a PDF's text).
_BY_HAND_EVIDENCE = 2
_LOWER_LIST_LINES = 3
_ACRONYM_START_RE = re.compile(r"[A-ZА-ЯЁ]{2,}\b(?!:)")
_OPEN_WORD_END_RE = re.compile(
    r"\s(?:и|а|но|или|в|во|на|с|со|к|по|о|об|от|до|за|из|у|для|при|через|без|не|что|как|"
    r"and|or|of|the|a|an|to|in|on|for|with|at|by|from)$",
    re.IGNORECASE,
)
_OPEN_END_RE = re.compile(
    _OPEN_WORD_END_RE.pattern
    # a Russian adjective waits for its noun: "дошкольное образовательное" / "учреждение"
    # (a noun of a deed or state is none: «трёхразовое горячее питание» / «спецодежда …»)
    + r"|[а-яё]{3,}(?:ое|ее|ая|яя|ый|ий|ые|ие|ых|их|ого|его|ому|ему|ую|юю|ой)$"
    r"(?<!ание)(?<!яние)(?<!ение)(?<!итие)(?<!ытие)(?<!ятие)",
    re.IGNORECASE,
)


# --- headings ------------------------------------------------------------------------------


def normalize_heading(text: str) -> str:
    """Lower-case words only, 'ё' read as 'е': the form headings are compared in."""
    return " ".join(_WORD_RE.findall(text.lower().replace("ё", "е")))


@dataclass(frozen=True)
class _KindRule:
    kind: SectionKind
    phrases: frozenset[str]
    keywords: tuple[str, ...]
    opens: frozenset[str]  # words that give the kind only as the heading's first word


def _data(name: str) -> dict:
    """One of the package's vocabulary files. libyaml's loader where PyYAML has it: each file is
    read once, on the first posting a process parses, which after a start from the cache is the
    first /reload (15 ms in pure Python)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = resources.files("bot.postings").joinpath(name).read_text("utf-8")
    return yaml.load(text, Loader=loader)  # a safe loader, C or Python


@cache
def _kind_rules() -> tuple[_KindRule, ...]:
    data = _data("section_kinds.yaml")
    return tuple(
        _KindRule(
            kind=SectionKind(kind),
            phrases=frozenset(normalize_heading(p) for p in spec.get("phrases", [])),
            keywords=tuple(normalize_heading(k) for k in spec.get("keywords", [])),
            opens=frozenset(normalize_heading(k) for k in spec.get("opens", [])),
        )
        for kind, spec in data.items()
    )


@lru_cache(maxsize=4096)  # headings repeat across postings; a hostile file repeats one line
def classify_heading(heading: str) -> SectionKind:
    """The canonical kind of a section heading, in Russian or English."""
    norm = normalize_heading(heading)
    if not norm:
        return SectionKind.OTHER
    rules = _kind_rules()
    for rule in rules:
        if norm in rule.phrases:
            return rule.kind
    words = norm.split()
    padded = f" {norm} "
    for rule in rules:
        if words[0] in rule.opens:
            return rule.kind
        for keyword in rule.keywords:
            if " " in keyword:
                if f" {keyword} " in padded or padded.find(f" {keyword}") >= 0:
                    return rule.kind
            elif any(word.startswith(keyword) for word in words):
                return rule.kind
    return SectionKind.OTHER


@lru_cache(maxsize=4096)
def _named_heading(heading: str) -> bool:
    """Whether the vocabulary names ``heading`` word for word ("What's in it for you")."""
    norm = normalize_heading(heading)
    return bool(norm) and any(norm in rule.phrases for rule in _kind_rules())


@lru_cache(maxsize=4096)
def kindless_heading(heading: str) -> bool:
    """Whether the vocabulary names a heading as one of no kind ("Supplemental Information",
    «Условия программы»): a heading all the same, whose lines its kind is not read from."""
    norm = normalize_heading(heading)
    return any(norm in rule.phrases for rule in _kind_rules() if rule.kind is SectionKind.OTHER)


_CALL_PART_RE = re.compile(r"\s[—–-]\s|[:!]")


@cache
def _broad_headings() -> tuple[tuple[str, ...], frozenset[str]]:
    """``broad_headings.yaml``: its calls to hire, and its catch-all headings."""
    data = _data("broad_headings.yaml")
    calls = tuple(normalize_heading(p) for p in data["calls"])
    return calls, frozenset(normalize_heading(p) for p in data["catch_alls"])


@lru_cache(maxsize=4096)
def broad_heading(heading: str) -> str | None:
    """What a heading is when it says little of its lines: ``"call"`` for a call to hire
    opening it or its part after a dash or a colon («ИЩЕМ В КОМАНДУ 🔥», «ЛЕТО В КИНО — ИЩЕМ
    ТЕБЯ!», "NOW HIRING!!"), ``"catch_all"`` for one naming the ad as a whole («Описание
    вакансии», "About the role"); ``None`` otherwise, and for a heading that asks («Нужен ли
    опыт?»)."""
    if heading.rstrip().endswith("?"):
        return None
    calls, catch_alls = _broad_headings()
    norm = normalize_heading(heading)
    if norm in catch_alls:
        return "catch_all"
    for part in _CALL_PART_RE.split(heading):
        padded = normalize_heading(part) + " "
        if any(padded.startswith(call + " ") for call in calls):
            return "call"
    return None


@cache
def _shared_words() -> frozenset[str]:
    return frozenset(normalize_heading(w) for w in _data("broad_headings.yaml")["shared"])


def shared_heading(heading: str) -> bool:
    """Whether a heading speaks of every role of the posting («Что мы предлагаем всем
    сотрудникам», "For all positions")."""
    return not _shared_words().isdisjoint(normalize_heading(heading).split())


_OTHER_JOBS_WORDS = 8
_OTHER_JOBS_CHARS = 200  # a longer line is no heading, whatever its first words
_BOLD_MARKS = 4  # "****": the marks of a bold line, around its words
_ENTRY_LINES = 2  # lines of terms under a job's name in a list of other jobs, at most


@cache
def _other_jobs() -> tuple[re.Pattern[str], frozenset[str]]:
    """``other_jobs.yaml``: its headings as one pattern (longest first), and their first words."""
    data = _data("other_jobs.yaml")
    starts = sorted((normalize_heading(p) for p in data["starts"]), key=len)
    shapes = [str(p) for p in data.get("shapes", [])]  # "similar senior care jobs near …"
    pattern = re.compile(f"(?:{'|'.join([*shapes, *map(re.escape, reversed(starts))])})(?: |$)")
    firsts = {start.split()[0] for start in starts} | {str(p).split()[0] for p in shapes}
    return pattern, frozenset(firsts)


def lists_other_jobs(heading: str) -> bool:
    """Whether a heading opens a job board's list of other jobs («Похожие вакансии»)."""
    return _other_jobs()[0].match(normalize_heading(heading)) is not None


def _may_list_other_jobs(raw: str) -> bool:
    """A cheap look at a line's first word before :func:`lists_other_jobs` reads it whole (most
    lines of most postings start with no such word)."""
    words = _WORD_RE.findall(raw[:40].lower())
    return bool(words) and words[0] in _other_jobs()[1]


# Each pattern stops at the next marker of its kind (never ``.+?`` to the end of the line), so a
# line of a thousand unclosed «*a» costs a thousand short scans, not a thousand long ones. Each
# comes with text it cannot match without (None: any text), looked for first: most lines with
# markup have one or two kinds of it, and a search for a substring costs a tenth of a scan.
_INLINE_RULES = (
    ("![", re.compile(r"!\[([^\]\[\n]*)\]\([^()\s]*\)"), r"\1"),
    ("](", re.compile(r"\[([^\]\[\n]+)\]\([^()\s]*\)"), r"\1"),
    ("**", re.compile(r"\*\*([^*\n]+?)\*\*"), r"\1"),
    ("__", re.compile(r"__([^_\n]+?)__"), r"\1"),
    ("*", re.compile(r"(?<![\w*])\*(?!\s)([^*\n]+?)(?<!\s)\*(?![\w*])"), r"\1"),
    ("_", re.compile(r"(?<!\w)_(?!\s)([^_\n]+?)(?<!\s)_(?!\w)"), r"\1"),
    ("`", re.compile(r"`([^`]+)`"), r"\1"),
    ("~~", re.compile(r"~~([^~\n]+?)~~"), r"\1"),
    ("\\", re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),
    (None, re.compile(r"\s{2,}"), " "),
)


# A character every rule above needs, or two spaces: a line with none of them (most lines) skips
# them all. Written as one character class first (a markup character, or a space followed by
# another), not as "[…]|\s\s": the regex engine then skips to the candidates instead of trying
# both alternatives at every character — half the time.
_ANY_MARKUP = re.compile(r"[!\[*_`~\\\s](?:(?<!\s)|(?=\s))")


# The parse of one body asks for a line's plain text up to four times (is it a heading, a bare
# heading, a question, a label?); the last few lines' answers are kept.
@lru_cache(maxsize=64)
def plain_text(markdown: str) -> str:
    """Markdown inline markup dropped: what a reader sees, for quoting and searching."""
    text = markdown
    if _ANY_MARKUP.search(text) is None:
        return text.strip()
    for needed, pattern, repl in _INLINE_RULES:
        if needed is None or needed in text:
            text = pattern.sub(repl, text)
    return text.strip()


def _clean_heading(text: str) -> str:
    text = plain_text(text).strip()
    text = _LEADING_SYMBOLS_RE.sub("", text)
    text = _NUMBER_LEAD_RE.sub("", text)
    return text.rstrip(" :").strip() or text


def shouted(text: str) -> bool:
    """A line in capitals of any length: «ОБЕД ЗА СЧЕТ ОРГАНИЗАЦИИ (ПРИВОЗЯТ НА ОБЪЕКТ)»."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= _CAPS_MIN_LETTERS and all(ch.isupper() for ch in letters)


def _is_caps(text: str) -> bool:
    """«ОБЯЗАННОСТИ», «ЧТО МЫ ПРЕДЛАГАЕМ:»: a short line in capitals."""
    return (
        len(text.split()) <= _CAPS_HEADING_WORDS
        and not text.rstrip().endswith((".", ",", ";", "!"))
        and shouted(text)
    )


# «ГАРДЕРОБЩИК (2 ставки, сезонная работа с 1 октября по 30 апреля)», «Пекарь (пекарня в
# магазине)»: a role's name and a note in brackets after it.
_NOTE_RE = re.compile(r"\s*\([^()]*\)")


def role_name(heading: str) -> str:
    """A heading less the notes its brackets add: the name of the role it stands for."""
    return _NOTE_RE.sub("", heading).strip()


def shouted_name(text: str) -> bool:
    """A heading in capitals, or one in capitals with a note in brackets after it: a role's
    name as a museum's or a factory's page prints it."""
    return shouted(text) or _noted_caps(text)


def _noted_caps(text: str) -> bool:
    return text.rstrip().endswith(")") and _is_caps(role_name(text))


def _in_shouted_block(raw: str, lines: list[_Line], at: int) -> bool:
    """A line in capitals beside another in the same paragraph heads nothing: the ad is written
    in capitals, line after line («СПЕЦОВКА, КАСКА, СИЗ - ВЫДАЕМ» under «ОБЕД ЗА СЧЕТ…»), and
    its lines are what a candidate asks about. A short known heading («УСЛОВИЯ») still heads."""
    if not shouted(plain_text(raw)) or raw.rstrip().endswith(":"):
        return False
    bare = _clean_heading(raw)
    if len(bare.split()) <= _SUBLIST_LABEL_WORDS and classify_heading(bare) != SectionKind.OTHER:
        return False
    around = [lines[i] for i in (at - 1, at + 1) if 0 <= i < len(lines)]
    return any(line.kind == "text" and shouted(plain_text(line.text)) for line in around)


def _looks_like_emoji_heading(bare: str) -> bool:
    """«🔧 Что делать»: a few words after an emoji, no digits, naming a known section kind; not
    «✅ опыт не обязателен, всему научим» nor «✅ оплачиваемое обучение», list items: a heading
    breaks no clause and starts with a capital."""
    return (
        0 < len(bare.split()) <= 5
        and not any(ch.isdigit() for ch in bare)
        and not bare.endswith((".", ",", ";", "!"))
        and ", " not in bare
        and ": " not in bare  # «✅ Опыт: не нужен» — a label and its text, read as such
        and not bare[:1].islower()
        and classify_heading(bare) != SectionKind.OTHER
    )


# An e-mail address, a link, a phone number written with its groups: a contact.
_CONTACT_RE = re.compile(r"\S@[\w-]+\.\w|https?://|www\.|\(\d{3,5}\)\s?\d|\d{2,3}-\d{2}-\d{2}")


def heading_text(raw: str) -> str | None:
    """The heading a line stands for, or ``None`` for an ordinary line."""
    line = raw.strip()
    if not line or raw.startswith(("    ", "\t")):
        return None
    match = _HEADING_RE.match(line)
    if match:
        return _clean_heading(match.group("text"))
    heading = _shaped_heading(line)
    if heading is not None and _CONTACT_RE.search(line):
        # «Присылайте в ЛС группы или на почту casting@lime-event.ru:» over what to send, «ГОРЯЧАЯ
        # ЛИНИЯ: 8 (3522) 44-17-90»: a line giving an address to write or a number to call is a
        # fact, whatever its shape; as a heading it would be quoted by no answer.
        return None
    return heading


def _shaped_heading(line: str) -> str | None:
    """The heading a line not marked with "#" stands for by its shape: bold, caps, a colon."""
    numbered = _NUMBER_LEAD_RE.match(line)
    if _BULLET_RE.match(line) and not numbered:
        return None
    bare = _LEADING_SYMBOLS_RE.sub("", line)
    keycap = _KEYCAP_LEAD_RE.match(line)
    bold = _BOLD_LINE_RE.match(line[keycap.end() :]) if keycap else None
    if bold:
        # «1️⃣ **Курьер на велосипеде / пешком**» over its lines: one vacancy of a digest post.
        return _clean_heading(bold.group("text"))
    if numbered:
        # "1. Обязанности:", "2) УСЛОВИЯ": a numbered label, not a numbered step.
        bare = line[numbered.end() :]
        if not (bare.rstrip().endswith(":") or _is_caps(plain_text(bare))):
            return None
    match = _BOLD_LINE_RE.match(bare)
    if match and "**" not in match.group("text"):
        return _clean_heading(match.group("text"))
    if (
        bare.endswith(":")
        and len(bare) <= _COLON_HEADING_MAX
        and "**" not in bare
        and ". " not in bare
    ):
        return _clean_heading(bare)
    plain = plain_text(bare)
    if _is_caps(plain) or _noted_caps(plain):
        return _clean_heading(bare)
    if bare != line and _looks_like_emoji_heading(bare):
        return _clean_heading(bare)
    return None


# The shapes a newspaper or a leaflet marks its items with.
_SHAPE_MARKS = frozenset("●■◆▪▸►◾◼•")


def _symbol_bullet(line: str) -> re.Match[str] | None:
    """A line led by one non-ASCII symbol or emoji and a space, as HR marks list items; not a
    sign that stands for a word («🚇 Российская»: a metro station, ``field_labels.yaml``)."""
    match = _SYMBOL_BULLET_RE.match(line)
    if match is None or match.group("mark").isascii() or match.group("mark") in _word_signs():
        return None
    return match if unicodedata.category(match.group("mark")) in _BULLET_CATEGORIES else None


# --- HTML left in a pasted ad ---------------------------------------------------------------

# Tags of ads pasted from a job board's HTML: "<p><b>Обязанности:</b><br>", "&nbsp;".
_HTML_TAG_RE = re.compile(
    r"</?(?:p|br|hr|b|strong|i|em|u|s|mark|small|big|font|center|sup|sub|code|pre|a|img|li|ul|ol"
    r"|dl|dt|dd|div|span|section|article|header|footer|main|nav|aside|figure|figcaption|time"
    r"|blockquote|table|thead|tbody|tr|td|th|details|summary|h[1-6])\b[^>]*>",
    re.I,
)
# Tags inside a sentence ("<a href=…>на карту</a>."): dropped without a space.
_HTML_INLINE_RE = re.compile(
    r"</?(?:a|span|i|em|u|s|mark|small|big|font|sup|sub|code|time)\b[^>]*>", re.I
)
_HTML_ENTITY_RE = re.compile(r"&(?:[a-zA-Z]{2,8}|#\d{2,5});")
# An accordion's "<summary>Нужен ли опыт?</summary>" is its heading, as bold is.
_HTML_BOLD_RE = re.compile(r"</?(?:b|strong|summary)\b[^>]*>", re.I)
_HTML_ITEM_RE = re.compile(r"<li\b[^>]*>", re.I)
_HTML_HEADING_RE = re.compile(r"<h[1-6]\b[^>]*>", re.I)


def tidy_html(body: str) -> str:
    """An ad pasted with its HTML read as the text it shows: bold as Markdown bold, items as
    list items, "&nbsp;" as a space, other tags dropped. Line by line, so every line keeps its
    number (a line left empty is a paragraph break, as ``</p>`` was)."""
    if _HTML_TAG_RE.search(body) is None and _HTML_ENTITY_RE.search(body) is None:
        return body
    lines = []
    for line in body.split("\n"):
        line = _HTML_HEADING_RE.sub("### ", line)
        line = _HTML_ITEM_RE.sub("- ", line)
        line = _HTML_BOLD_RE.sub("**", line)
        line = _HTML_INLINE_RE.sub("", line)
        line = _HTML_TAG_RE.sub(" ", line)
        line = html.unescape(line).replace("\u00a0", " ")
        lines.append(re.sub(r"[ \t]{2,}", " ", line).strip() if line.strip() else "")
    return "\n".join(lines)


# --- lines from markdown-it's blocks --------------------------------------------------------


class _Line(NamedTuple):  # a tuple: made twice as fast as a frozen dataclass, 60 per posting
    kind: str  # "text" | "bullet" | "heading" | "break"
    text: str
    line: int  # 0-based in the body
    # A list item's later line typed at the line's start, not indented under the item: Markdown
    # runs it into the item (a "lazy" line), the ad's author may have begun a new statement.
    lazy: bool = False


# Block rules that match only at a line starting with (or, for a table, holding) one of these
# characters. A body without any of them is parsed with the rule off: the tokens are the same,
# as the rule could match nowhere, and markdown-it no longer tries it on every line of every
# list item (a third of its time on typical postings).
_RULE_MARKS = (
    ("table", "|"),
    ("fence", "`~"),
    ("blockquote", ">"),
    ("reference", "["),
    ("heading", "#"),
    ("normalize", "\r\0"),  # it only replaces these (two passes over the body)
)
# Rules that match only a line of a certain shape, looked for in the whole body (more loosely
# than the rule reads it, so a body where none is found has no line the rule could match):
# a thematic break is three of "-", "*" or "_" with only spaces between; a setext underline is
# a line of "-" or "=" alone (after indentation or a quote's ">"); an indented code block needs
# four columns of indentation, which only a tab or four spaces in a row give — also after a list
# marker ("-     code"). Most postings have none of them, and markdown-it tries "hr" and
# "lheading" on every line of every list item. Each pattern starts with a literal, which the
# regex engine finds fast (the underline's is the line break before it).
_HR_RES = tuple(re.compile(rf"{m}[ \t]*{m}[ \t]*{m}") for m in ("-", r"\*", "_"))
_UNDERLINE_RE = re.compile(r"\n[ \t>]*(?:-+|=+)[ \t]*(?:\n|\Z)")


def _absent_rules(body: str) -> frozenset[str]:
    """The block rules that cannot match anywhere in ``body``."""
    absent = {rule for rule, marks in _RULE_MARKS if not any(m in body for m in marks)}
    if "\r" in body:  # lines as markdown-it cuts them, once "normalize" has read the breaks
        body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not any(pattern.search(body) for pattern in _HR_RES):
        absent.add("hr")
    if _UNDERLINE_RE.search(f"\n{body}") is None:
        absent.add("lheading")
    if "\t" not in body and "    " not in body:
        absent.add("code")
    return frozenset(absent)


@cache
def _parser(absent: frozenset[str] = frozenset()) -> MarkdownIt:
    # Blocks only: the lines are read from the block tokens' raw content, so the inline parse
    # (a quarter of markdown-it's time over 5,000 postings at a first start) is skipped; and
    # html_block, which never matches with "html" off.
    return (
        MarkdownIt("commonmark", {"html": False, "linkify": False})
        .enable("table")
        .disable(["inline", "text_join", "html_block", *sorted(absent)])
    )


def _block_tokens(body: str) -> list[Token]:
    """markdown-it's block tokens of ``body``, with the rules it cannot use switched off."""
    return _parser(_absent_rules(body)).parse(body)


def _names_columns(header: list[str]) -> bool:
    """Whether a table's header row names its columns: words in every cell, no figure."""
    return all(cell and not any(ch.isdigit() for ch in cell) for cell in header)


def _lines(body: str) -> Iterator[_Line]:
    """The body's lines as markdown-it's blocks show them: headings, list items' first lines,
    and every other line of paragraphs and code blocks; a ``break`` between blocks."""
    tokens = _block_tokens(body)
    source = body.split("\n")  # once, not per list item
    titles = _numbered_titles(tokens)
    item_start = False
    # For each open list item, the label its nested items read under: "**Оформление**" over
    # "- срочный трудовой договор…" is a sub-heading, and the item says "Оформление: срочный…".
    labels: list[str | None] = []
    row: list[str] = []
    row_at = table_end = 0
    named = False  # the table's header row names its columns («Должность | Оклад»)
    for i, token in enumerate(tokens):
        if i in titles and token.map:
            # "1. О компании" alone in its list, text after it: a numbered section heading.
            yield _Line("break", "", token.map[0])
            yield _Line("heading", token.content, token.map[0])
            yield _Line("break", "", token.map[0])
            item_start = False
        elif token.type == "table_open" and token.map:
            table_end = token.map[1]  # markdown-it maps a table's opening only
        elif token.type == "tr_open":
            row, row_at = [], token.map[0] if token.map else 0
        elif token.type == "inline" and tokens[i - 1].type in ("td_open", "th_open"):
            row.append(token.content.strip())
        elif token.type == "tr_close" and tokens[i - 1].type == "th_close":
            named = len(row) == _NAMED_COLUMNS and _names_columns(row)
            if (len(row) >= _TABLE_COLUMNS and all(row)) or named:
                # "| Повар | 1 | 31 000 |" under "| Должность | Ставок | Зарплата |": a row as
                # HR typed it, its header a row too — read like a table typed with bars alone.
                yield _Line("bullet", " | ".join(row), row_at)
        elif token.type == "tr_close" and (len(row) >= _TABLE_COLUMNS or named) and all(row):
            # "| Level 1 | $18.25 |" under "| Certification | Hourly rate |": a row read with
            # the names of its columns, which say what its figure is.
            yield _Line("bullet", " | ".join(row), row_at)
        elif token.type == "tr_close" and any(row):
            # "| Зарплата | оклад 38 000 ₽ |": a row is an item, its first cell the label.
            label, *rest = [cell for cell in row if cell]
            text = f"{label}: {'; '.join(rest)}" if rest else label
            yield _Line("bullet", text, row_at)
        elif token.type == "table_close":
            yield _Line("break", "", table_end)
        elif token.type == "list_item_open":
            item_start = True
            labels.append(labels[-1] if labels else None)
        elif token.type == "list_item_close" and labels:
            labels.pop()
        elif token.type == "heading_open" and token.map:
            yield _Line("break", "", token.map[0])
            yield _Line("heading", tokens[i + 1].content, token.map[0])
            yield _Line("break", "", token.map[0])
        elif token.type == "inline" and tokens[i - 1].type == "paragraph_open" and token.map:
            start = token.map[0]
            nested = i + 2 < len(tokens) and tokens[i + 2].type in _LIST_OPENS
            lines = token.content.split("\n")
            if item_start and _titled_paragraph(_source_line(source, start), lines):
                # "1. Общие положения" over unindented text, as an ad copied from a PDF or a
                # Word file numbers its sections: the title heads the lines under it.
                yield _Line("break", "", start)
                yield _Line("heading", lines[0], start)
                yield _Line("break", "", start)
                for offset, text in enumerate(lines[1:], start=1):
                    yield _Line("text", text, start + offset)
                item_start = False
                yield _Line("break", "", token.map[1])
                continue
            for offset, text in enumerate(lines):
                kind = "bullet" if item_start and offset == 0 else "text"
                if kind == "bullet" and heading_text(_source_line(source, start)) is not None:
                    kind = "text"  # "1. Обязанности:" — a numbered label
                    text = _source_line(source, start).strip()
                elif kind == "bullet" and _numbered_label(_source_line(source, start)):
                    # "1. Обязанности: ремонт; осмотры; …" — a numbered section on one line
                    kind = "text"
                    text = _NUMBER_LEAD_RE.sub("", _source_line(source, start).strip(), count=1)
                elif kind == "bullet" and labels:
                    parent = labels[-2] if len(labels) > 1 else None
                    if nested and _sublist_label(text):
                        labels[-1] = _clean_heading(text)
                        continue  # a label over its own items, no item itself
                    if parent is not None:
                        text = f"{parent}: {text}"
                if kind == "bullet" and _PLUS_SUM_RE.match(_source_line(source, start)):
                    # «+ 400 ₽ за каждую проведённую игру» under «Ставка 1 000 ₽ за смену»: the
                    # plus before a sum says it comes on top; it is no mere mark of an item.
                    text = f"+ {text}"
                # (not a numbered step's: the line after the last step speaks of them all,
                # «Offer within a week of the final round.», and is read with it)
                lazy = (
                    item_start
                    and offset > 0
                    and not _source_line(source, start + offset)[:1].isspace()
                    and _MARKED_ITEM_RE.match(_source_line(source, start)) is not None
                )
                yield _Line(kind, text, start + offset, lazy)
            item_start = False
            yield _Line("break", "", token.map[1])
        elif token.type in ("code_block", "fence") and token.map:
            start = token.map[0] + (1 if token.type == "fence" else 0)
            for offset, text in enumerate(token.content.rstrip("\n").split("\n")):
                yield _Line("text" if text.strip() else "break", text.strip(), start + offset)
            yield _Line("break", "", token.map[1])
        elif token.type == "hr" and token.map:
            yield _Line("break", "", token.map[0])


_LIST_OPENS = ("bullet_list_open", "ordered_list_open")
# A list item marked by a dash, a star or a plus, not numbered.
_MARKED_ITEM_RE = re.compile(r"\s*[-*+]\s")
# An item marked by a plus before a figure: «+ 400 ₽ за каждую игру».
_PLUS_SUM_RE = re.compile(r"\s*\+\s+\d")


def _numbered_label(line: str) -> bool:
    """«2. Требования: образование; опыт от 2 лет; …»: a numbered item that is a section — a
    label naming a section kind, then its text on the same line."""
    numbered = _NUMBER_LEAD_RE.match(line.strip())
    if numbered is None:
        return False
    plain = _plain_label(plain_text(line.strip()[numbered.end() :]))
    return plain is not None and classify_heading(plain["label"]) != SectionKind.OTHER


def _sublist_label(text: str) -> bool:
    """«**Оформление**», «Первый месяц:», «Perks»: an item of a few words over a nested list,
    which names what its items are about."""
    bare = _clean_heading(text)
    return (
        0 < len(bare.split()) <= _SUBLIST_LABEL_WORDS
        and not any(ch.isdigit() for ch in bare)
        and not bare.endswith((".", ",", ";", "!", "?"))
    )


def _numbered_titles(tokens: list) -> set[int]:
    """Indexes of the inline tokens that are numbered section headings: an ordered list of one
    item, one short capitalised line without a stop ("1. О компании", "5. График и оплата")."""
    titles: set[int] = set()
    for i, token in enumerate(tokens):
        if token.type != "ordered_list_open":
            continue
        level, items, end = token.level, 0, i
        for end in range(i + 1, len(tokens)):
            if tokens[end].type == "list_item_open" and tokens[end].level == level + 1:
                items += 1
            if tokens[end].type == "ordered_list_close" and tokens[end].level == level:
                break
        inner = tokens[i + 1 : end]
        inline = [n for n, t in enumerate(inner, start=i + 1) if t.type == "inline"]
        if items == 1 and len(inline) == 1 and end + 1 < len(tokens):
            text = tokens[inline[0]].content
            if "\n" not in text and _title_like(text):
                titles.add(inline[0])
    return titles


def _titled_paragraph(source: str, lines: list[str]) -> bool:
    """Whether a numbered item's first line titles the lines run on under it: a short title
    («2. Требования») over text that opens a sentence or that the title names the kind of,
    not an item wrapped mid-phrase («1. Приём звонков от клиентов и / консультации»)."""
    if len(lines) < 2 or not _NUMBER_LEAD_RE.match(source.strip()) or not _title_like(lines[0]):
        return False
    following = plain_text(lines[1]).strip()
    # «2) КОНДУКТОР» / «от 45 000 ₽, оплата почасовая»: a role's name in capitals over its
    # own lines, one of several numbered roles, heads them whatever case they start in.
    return (
        following[:1].isupper()
        or classify_heading(lines[0]) is not SectionKind.OTHER
        or shouted_name(plain_text(lines[0]).strip())
    )


@cache
def _field_labels() -> frozenset[str]:
    data = _data("field_labels.yaml")
    return frozenset(
        normalize_heading(label) for labels in (data["ru"], data["en"]) for label in labels
    )


@cache
def _word_signs() -> frozenset[str]:
    """``field_labels.yaml``'s ``word_signs``: signs a card writes for a field's word."""
    return frozenset(str(sign) for sign in _data("field_labels.yaml").get("word_signs") or ())


@cache
def _address_labels() -> frozenset[str]:
    return frozenset(normalize_heading(label) for label in _data("field_labels.yaml")["addresses"])


@cache
def _field_label_heads() -> frozenset[str]:
    """The first words of the field labels of two words or more ("job" of "Job grade")."""
    return frozenset(label.split(" ")[0] for label in _field_labels() if " " in label)


@lru_cache(maxsize=8192)
def _heads_a_label(word: str) -> bool:
    """Whether a field label of two words or more starts with ``word``, remembered per word:
    most lines are asked, and their first words repeat."""
    return normalize_heading(word) in _field_label_heads()


def _values_label(lines: list[_Line], at: int) -> bool:
    """Whether the text line at ``at`` follows a field label alone on the line before it, in
    the same paragraph: the field's value ("Частота выплат" / "Каждую неделю")."""
    return (
        at > 0
        and lines[at].kind == "text"
        and lines[at - 1].kind == "text"
        and is_field_label(plain_text(lines[at - 1].text).strip())
    )


def is_field_label(line: str) -> bool:
    """Whether a line is a job board's field label alone: "Частота выплат", "Job type:"."""
    return len(line) <= _FIELD_LABEL_MAX and normalize_heading(line) in _field_labels()


_SPACED_VALUE_RE = re.compile(r"[A-ZА-ЯЁ0-9$£€₽]")
_SPACED_FIELD_MAX = 120  # a longer line is prose, whatever its first words


def spaced_field_label(line: str) -> str | None:
    """The label of "Job grade Executive Officer", "Number of jobs available 6": a board's field
    label of two words or more and its value on one line with only a space between, as a page
    copied without its layout has them; None when the line is not one."""
    text = line.strip()
    if len(text) > _SPACED_FIELD_MAX or ":" in text:
        return None
    # (the first word alone: most lines are no label, and need not be split whole)
    if not _heads_a_label(text.partition(" ")[0]):
        return None  # most lines: no label starts with their first word
    words = text.split(" ")
    # The longest label first: "Number of jobs available" before "Number of jobs".
    for size in range(min(len(words) - 1, _TAB_LABEL_WORDS), 1, -1):
        label, value = " ".join(words[:size]), " ".join(words[size:]).strip()
        if value and _SPACED_VALUE_RE.match(value) and is_field_label(label):
            return label
    return None


def _title_like(text: str) -> bool:
    """A few capitalised words without a stop or a figure: a title, not a sentence or a step."""
    bare = plain_text(text).strip()
    return (
        0 < len(bare.split()) <= _NUMBERED_TITLE_WORDS
        and bare[:1].isupper()
        and not any(ch.isdigit() for ch in bare)
        and not bare.endswith((".", ",", ";", "!"))
    )


def _question_heading(raw: str, after: list[_Line]) -> bool:
    """ "— Сколько платят?" over its answer: an ad written as questions and answers reads each
    question as the heading of its answer."""
    text = _LEADING_SYMBOLS_RE.sub("", plain_text(raw)).strip()
    text = _FAQ_LEAD_RE.sub("", text)
    if (
        not text.endswith("?")
        or len(text.split()) > _QUESTION_HEADING_WORDS
        or not text[:1].isupper()
        or "?" in text[:-1]
    ):
        return False
    following = next((line for line in after if line.kind != "break"), None)
    if following is None or following.kind == "heading":
        return False
    answer = plain_text(following.text).strip()
    return bool(answer) and not answer.endswith("?")


def _source_line(source: list[str], number: int) -> str:
    return source[number] if number < len(source) else ""


# --- the body --------------------------------------------------------------------------------


@dataclass
class _Open:
    """A section being read: its heading (``None`` for the intro), lines and items."""

    title: str | None
    line: int
    md_start: int
    items: list[str] = field(default_factory=list)
    label_rest: str | None = None
    current: list[str] = field(default_factory=list)
    bullet: bool = False
    saw_bullets: bool = False
    # The item read last is marked by a printed shape («●», «■»), not by a dash or an emoji.
    shape_marked: bool = False
    from_label: bool = False
    # Started by a plain "Label: text" line: the section is that paragraph (and a list after it).
    paragraph_only: bool = False
    # Started by a "Label: text" line right under another («От вас: …» / «Оплата: …»): the
    # section is that line.
    line_only: bool = False
    # Headed by a line ending in a colon («Требования:») right over lines typed without marks.
    colon_title: bool = False
    # The line read last is a job board's field label: the next line is its value.
    field: bool = False
    # The item read last is an address field's value: a short line after it goes on with it.
    address: bool = False
    # Opened by a label inside a line («2.7 Режим работы: … Оплата труда: …»): the heading of
    # the section it cut into, which the next numbered clause («2.8 …») goes back to.
    cut_from: str | None = None

    def flush(self) -> None:
        self.field = self.address = False
        if self.current:
            text = plain_text(" ".join(self.current)).rstrip(" ;,")
            if (
                self.bullet
                and text.endswith(".")
                and not text.endswith("..")
                # «горничные — 48 000 руб./мес.»: the stop of a cut word is the word's
                and not _ABBREVIATION_END_RE.search(text)
            ):
                text = text[:-1]  # a list's last item keeps HR's full stop; a quote needs none
            if text:
                self.items.append(text)
        self.current = []

    def feed_bullet(self, text: str) -> None:
        self.flush()
        self.current = [text.strip()]
        self.saw_bullets = self.bullet = True

    def feed_text(self, text: str, by_hand: bool = False, lazy: bool = False) -> None:
        """Read one line of a paragraph; ``by_hand``: the paragraph is written a statement a
        line (see ``_by_hand``); ``lazy``: a list item's line typed at the line's start."""
        stripped = text.strip()
        if not stripped:
            self.flush()
            return
        if (
            lazy
            and self.bullet
            and self.current
            and stripped[:1].isupper()
            and not _wrapped(self.current[-1], stripped)
        ):
            # «+ 250 ₽ за игру, если ты только оператор» / «В ночные смены за игру 600 ₽»: a
            # line in capitals typed at the start of the line under a «+» item is no wrap of
            # it but a statement of its own (a wrapped item is indented, or goes on in lower
            # case); the item is a sentence among the sentences after it and keeps its stop.
            self.bullet = False
            self.flush()
        if stripped[:1] == "#" and _HASHTAGS_RE.fullmatch(stripped):
            # «#вакансия #Москва #повар» under a post's last line: a channel's tags, which
            # go on with no sentence (the job named there is no detail of the line above).
            self.flush()
            self.current = [stripped]
            self.flush()
            return
        bullet = _BULLET_RE.match(stripped) or _symbol_bullet(stripped)
        if bullet:
            self.feed_bullet(bullet.group("text"))
            self.shape_marked = stripped[0] in _SHAPE_MARKS
            return
        if self.address:
            if _address_part(stripped):
                # "Weald General Hospital" / "Pembury Road" / "TN2 4QJ": one address, line by line.
                self.current[-1] += ","
                self.current.append(stripped)
                return
            self.flush()
        if self.field:
            # "Частота выплат" / "Каждую неделю": the field's value completes its line.
            label = self.current[0]
            self.current[-1] += ":"
            self.current.append(stripped)
            self.field = False
            if normalize_heading(label) in _address_labels():
                self.address = True  # the short lines under it may go on with it
            else:
                self.flush()
            return
        if is_field_label(stripped):
            self.flush()
            self.current, self.bullet, self.field = [stripped.rstrip(": ")], False, True
            return
        labelled = len(self.current) == 1 and _kind_label(stripped)
        # «● ПОДСОБН. РАБОЧИЕ — з/п от 60 т.р.» / «Вахта 60/30, …»: an item marked by a printed
        # shape, closed by its stop, is no sentence the next line (a capital) goes on with; nor
        # is one in lower case with no stop, under which a line in capitals opens a sentence
        # («• выплаты раз в неделю, по понедельникам, на карту» / «В среднем наши мастера …»).
        closed = (
            self.bullet
            and self.shape_marked
            and len(self.current) == 1
            and (self.current[0].endswith(".") or self.current[0][:1].islower())
            and stripped[:1].isupper()
        )
        if (
            self.current
            and (not self.bullet or by_hand or labelled or closed)
            and not (
                _open_end(self.current[-1], stripped)
                if labelled
                else _wrapped(self.current[-1], stripped, by_hand)
            )
        ):
            # "приготовление кофе" / "работа на кассе": lines of a list without markers; in a
            # post written a statement a line, a marked item ends with its line too.
            self.flush()
        if not self.current:
            self.bullet = False
        self.current.append(stripped)


def _kind_label(line: str) -> bool:
    """ "nice to have: shipped a title…", «Графики: 2/2, 5/2…» — a line that opens with a label
    naming a kind of section: under a marked item it starts a statement of its own, not the
    item's next line (a chat post's «💰 Оплата: …» is followed by its other fields unmarked)."""
    head, sep, rest = line.partition(": ")
    return (
        bool(sep)
        and bool(rest.strip())
        and 0 < len(head.split()) <= _PLAIN_LABEL_WORDS
        and not any(ch.isdigit() for ch in head)
        and classify_heading(head) is not SectionKind.OTHER
    )


def _address_part(line: str) -> bool:
    """ "Pembury Road", "TN2 4QJ", "Bay City, Oregon, 97107": a short line that goes on with an
    address, not a label, a sentence or a list item."""
    return (
        len(line.split()) <= _ADDRESS_PART_WORDS
        and line[:1].isalnum()
        and not line[:1].islower()
        and not line.endswith((".", "!", "?", ":"))
        and not is_field_label(line)
    )


def _job_entry(part: _Open, source: list[str]) -> bool:
    """Whether a part is one job of a list of other jobs typed a paragraph each: its name in
    bold alone on a line («**Кухонный рабочий (ночные смены)**»), no heading of a known kind,
    over a line or two."""
    if part.title is None or not 0 <= part.line < len(source):
        return False
    head = source[part.line].strip()
    return (
        len(head) > _BOLD_MARKS
        and head.startswith("**")
        and head.endswith("**")
        and len(part.items) <= _ENTRY_LINES
        and classify_heading(part.title) == SectionKind.OTHER
    )


def _entry_alike(lines: list[_Line], at: int) -> bool:
    """Whether the paragraph from ``at`` has as many lines, two or more, as the one before it:
    one more entry of a list of other jobs written a paragraph each («Teaching Assistant - SEN
    school» / «£85 - £95 per day · Leicester · Temporary» / «Posted today by …»), not the
    page's footer after the list."""

    def length(step: int, start: int) -> int:
        n, i = 0, start
        while 0 <= i < len(lines) and lines[i].kind != "break":
            n, i = n + 1, i + step
        return n

    before = at - 1
    while before >= 0 and lines[before].kind == "break":
        before -= 1
    ahead = length(1, at)
    return ahead >= 2 and ahead == length(-1, before)


def _bare_heading(raw: str, after: list[_Line]) -> bool:
    """«Обязанности», «Требования к кандидату» alone on a paragraph's first line, with lines or
    a list after it: a heading without any mark, as ads pasted from job boards have them."""
    text = plain_text(raw).strip()
    words = len(text.split())
    if words > _LIST_HEADING_WORDS and text.endswith("):"):
        # «Требования (в соответствии с должностной инструкцией):» over a list: a label with a
        # note on it in brackets is as long as its words outside them.
        noted = _BRACKETED_RE.sub("", text)
        if classify_heading(noted) is not SectionKind.OTHER:
            words = len(noted.split())
    if (
        not after
        or after[0].kind == "heading"
        or not text[:1].isupper()
        or words > _LIST_HEADING_WORDS
        or any(ch.isdigit() for ch in text)
        or text.endswith((".", ",", ";", "!", "?"))
        or ": " in text  # "Опыт работы: не требуется" — a label and its text, read as such
    ):
        return False
    if words <= _BARE_HEADING_WORDS and (
        classify_heading(text) != SectionKind.OTHER or kindless_heading(text)
    ):
        return True
    if _named_heading(text):
        # "What's in it for you" over unmarked lines: a heading the vocabulary names word for
        # word is one at a little more length too.
        return True
    # "Why you'll love it" over "🌱 Salary…", "- …": a heading the vocabulary does not know,
    # shown by the marked list right under it (a list ends the paragraph: a break between).
    following = after[0]
    if following.kind == "break" and len(after) > 1 and after[1].line == following.line:
        following = after[1]
    if _heads_fields(after) or _titles_its_field(text, following):
        return True
    return following.kind == "bullet" or (
        following.kind == "text"
        and (_BULLET_RE.match(following.text) or _symbol_bullet(following.text)) is not None
    )


_FIELD_BLOCK = 2
# A field with its colon set apart, as a notice's table is typed: «Online Application Start :
# 21/07/2025», «SC / ST : ₹300/-».
_SPACED_COLON_RE = re.compile(r"^[^:;.!?]{2,40}?\s:\s+\S")


def _heads_fields(after: list[_Line]) -> bool:
    """ "Important Dates" over «Notification Released : 15/07/2025», «Online Application Start :
    21/07/2025»: a title over a block of fields typed as a notice's table heads them."""
    block = after[:_FIELD_BLOCK]
    return len(block) == _FIELD_BLOCK and all(
        line.kind == "text" and _SPACED_COLON_RE.match(plain_text(line.text).strip()) is not None
        for line in block
    )


def _titles_its_field(text: str, following: _Line) -> bool:
    """«Социальный пакет» over «Социальный пакет: полный социальный пакет, отпуск 28 дней…»: a
    portal card's tab named as the field under it heads it, whatever the vocabulary knows."""
    head = text.rstrip(":").strip().lower()
    return following.kind == "text" and plain_text(following.text).lower().startswith(f"{head}:")


def _heads_a_list(raw: str, after: list[_Line]) -> bool:
    """«🎯 Что вас ждёт» over a list of other marks: a heading the vocabulary does not know."""
    line = raw.strip()
    mark = _symbol_bullet(line)
    if mark is None or not after:
        return False
    bare = mark.group("text")
    if (
        len(bare.split()) > _EMOJI_HEADING_WORDS
        or any(ch.isdigit() for ch in bare)
        or bare.endswith((".", ",", ";", "!"))
        or not bare[:1].isupper()
        or ": " in bare  # «📄 Документы: паспорт, СНИЛС» over «🩺 Медкнижка: …» — two fields
        or ", " in bare  # «📍 Москва, ЦАО, Хамовники» over «💰 от 4 500 ₽»: a field, an address
    ):
        return False
    following = after[0] if after[0].kind != "break" else after[-1]
    if following.kind == "bullet":
        return True
    other = _symbol_bullet(following.text) or _BULLET_RE.match(following.text)
    return other is not None and other.group(0)[:1] != line[:1]


def _open_end(line: str, following: str) -> bool:
    """Whether ``line`` leaves its sentence open for ``following``: it ends in a comma, a dash,
    an open bracket, or a word that waits for the next one."""
    if line.endswith((",", "-", "–", "—", "(", "«")):
        return not line.endswith("/-")  # "₹600/-", "Rs. 500/-": a sum closed, in India's way
    # "… от клиентов и" / "консультации": a preposition or a conjunction ends no line of its
    # own (a text copied from a PDF keeps the PDF's line breaks).
    if following[:1].isdigit():
        # «…, итого до» / «110 000 ₽ в месяц»: a sum after its preposition
        return _OPEN_WORD_END_RE.search(line) is not None
    return bool(_OPEN_END_RE.search(line)) and following[:1].islower()


# A line that closes its statement with a mark a sentence cut by a line break never ends in:
# "!", "?", "…" or an emoji («что по деньгам 💸», «зп каждую неделю!!»).
_CLOSED_END_RE = re.compile(r"(?:[!?…]|[\u2600-\U0010ffff][\ufe0f\u200d]*)$")


def _title_line(line: str) -> bool:
    """«Мы предлагаем», «Обязанности:» — a short title over the lines of its paragraph."""
    return (
        line[:1].isupper()
        and len(line.split()) <= _EMOJI_HEADING_WORDS
        and not line.endswith((",", ".", ";", "-", "—"))
        and not any(ch.isdigit() for ch in line)
    )


def _by_hand(texts: list[str], marked: bool = False) -> bool:
    """Whether a paragraph is written a statement a line, as social posts are: twice or more a
    line in lower case follows a line that closed its statement with "!", "?" or an emoji. A
    line in lower case then starts a statement of its own, however long the line before. So is
    a paragraph without a marked item (``marked``) whose lines, three or more, all start in
    lower case, under a short title or none: a list typed without marks."""
    lines = [text.strip() for text in texts if text.strip()]
    listed = lines[1:] if lines and _title_line(lines[0]) else lines
    lower = [line for line in listed if line[:1].islower()]
    if (
        not marked
        and len(lower) >= _LOWER_LIST_LINES
        # «ДМС после окончания испытательного срока, …» among them: an abbreviation is written
        # in capitals wherever it stands, so it opens an item in lower case too.
        and all(line[:1].islower() or _ACRONYM_START_RE.match(line) for line in listed)
    ):
        # «график 2/2 по 12 часов, …» / «оплата: ставка 4 800 руб. …» / «зарплата 2 раза в
        # месяц …» under «Мы предлагаем»: every line in lower case, the first too — a list
        # without marks; a wrapped paragraph starts with a capital.
        return True
    closed = 0
    for line, following in itertools.pairwise(lines):
        if following[:1].islower() and _CLOSED_END_RE.search(line):
            closed += 1
            if closed >= _BY_HAND_EVIDENCE:
                return True
    return False


def _wrapped(line: str, following: str, by_hand: bool = False) -> bool:
    """Whether ``following`` goes on with the sentence ``line`` left open: one ending in a
    comma, a dash or an open bracket, a line of any length whose next one opens with a bracket
    or closes its sentence in lower case, or a long line cut mid-sentence (not in a paragraph
    written a statement a line: ``by_hand``)."""
    if _KEYCAP_LEAD_RE.match(following):
        # «2️⃣ Онлайн-собеседование … в камеру» / «3️⃣ Медкомиссия …»: a keycap number opens a
        # step of its own, as «3.» does; it is no sum going on with the line.
        return False
    if _open_end(line, following):
        return True
    if by_hand:
        # «научим с нуля — обучение 5 дней … на Северной, 324» / «за обучение мы НЕ берём
        # денег …»: two statements of a post, not a PDF's column.
        return False
    if (
        line[-1:].isalnum()
        and (
            # «Доход: оклад 70 000 ₽ + KPI» / «(выручка, средний чек …)»: a bracket next line
            (following[:1] == "(" and following[1:2].islower())
            # «Испытательный срок — 3 месяца, в это время оклад» / «сохраняется полностью.»: a
            # sentence begun with a capital and closed on the next line, in lower case
            or (
                line[:1].isupper()
                and following[:1].islower()
                and following.endswith(".")
                and "." not in line
            )
        )
    ):
        return True
    if len(line) < _WRAP_MIN:
        return False
    if line[-1:].isalnum():
        # "Paid weekly every Friday, …" / "15% colleague discount card …": a share opens an item
        # of its own, a sum goes on with the line ("… оклад" / "48 000 ₽").
        return following[:1].islower() or (
            following[:1].isdigit() and _SHARE_START_RE.match(following) is None
        )
    # «справка о наличии (отсутствии)» / «судимости; …»: a word's alternative in brackets leaves
    # the phrase open
    return (
        line.endswith(")")
        and following[:1].islower()
        and _BRACKETED_WORD_END_RE.search(line) is not None
    )


@dataclass(frozen=True)
class Body:
    """A body cut into an intro (Markdown and items) and typed sections."""

    intro: str
    intro_items: tuple[str, ...]
    sections: tuple[Section, ...]
    # A job board's list of other jobs pasted with the ad: (its heading, its line), left out.
    other_jobs: tuple[tuple[str, int], ...] = ()
    # What the post's author answered in the comment thread under it (the thread is left out).
    replies: tuple[Reply, ...] = ()


def _inline_list(rest: str) -> list[str] | None:
    """ "a; b; c" after a label: the list HR typed on one line."""
    text = plain_text(rest)
    if ";" in text:
        pieces = text.split(";")
    elif _INLINE_MARK_RE.match(f" {text}") and len(_INLINE_MARK_RE.findall(f" {text}")) >= 2:
        # "- опыт от года - медкнижка", "1) график 2/2 2) оплата": a list whose lines were lost
        pieces = _INLINE_MARK_RE.split(f" {text}")
    else:
        pieces = [text]
    parts = [p.strip(" .") for p in pieces]
    parts = [p for p in parts if p]
    if len(parts) >= 3 or (len(parts) == 2 and all(len(p.split()) <= 6 for p in parts)):
        return parts
    return None


def _segments(raw: str) -> list[str]:
    """A line cut before each label that names a section kind after a sentence's end:
    "…чистоты на баре. Требования: опыт…" holds two sections' text."""
    cuts = [
        m.start("label")
        for m in _MID_LABEL_RE.finditer(raw)
        if classify_heading(m.group("label")) != SectionKind.OTHER
    ]
    if not cuts:
        return [raw]
    bounds = [0, *cuts, len(raw)]
    return [raw[x:y].strip() for x, y in itertools.pairwise(bounds) if raw[x:y].strip()]


def _plain_label(text: str) -> re.Match[str] | None:
    """ "Условия: …", "Pay: $19.25 an hour": a short capitalised label and text after it."""
    match = _PLAIN_LABEL_RE.match(text)
    if match is None:
        return None
    label = match.group("label").strip()
    bare = _LEADING_SYMBOLS_RE.sub("", label)
    if bare != label and not (shouted(bare) and classify_heading(bare) != SectionKind.OTHER):
        # «💰 ОПЛАТА: 35% от суммы …», «🕐 ГРАФИК: сутки через двое …»: an emoji before a label
        # in capitals naming a section's kind marks a block as a heading would; «✅ Опыт: не
        # нужен» is a list's item.
        return None
    if len(bare.split()) > _PLAIN_LABEL_WORDS or not bare[:1].isupper():
        return None
    last = label.split()[-1]
    return None if any(ch.isdigit() for ch in last) else match


def _in_field_block(lines: list[_Line], at: int) -> bool:
    """Whether the text line at ``at`` and the next one of its paragraph both read "Label:
    value" with a short label and a short value: a block of fields, not a section and its text."""
    if at + 1 >= len(lines) or lines[at + 1].kind != "text":
        return False
    return all(
        (plain := _plain_label(plain_text(line.text))) is not None
        and len(plain["rest"].split()) <= _FIELD_VALUE_WORDS
        and not _inline_list(plain["rest"])
        for line in lines[at : at + 2]
    )


# A field of a table pasted from a job board's page: "Режим работы<TAB>Односменный режим", its
# label short and without a colon of its own.
_TAB_FIELD_RE = re.compile(r"^(?P<label>[^\t:|\n]{2,60}?)[ ]*\t+[ \t]*(?P<value>[^\t\n]+)$", re.M)
_TAB_LABEL_WORDS = 6


# A price list's dotted leader between a name and its value: «Кассир ......... 2 400 ₽/смена».
_LEADER_RE = re.compile(r"(?<=\S)(?:[ \t]*(?:\.{4,}|…{2,})[ \t]*|[ \t]+(?:\.{3}|…)[ \t]+)(?=\S)")


def tidy_leaders(body: str) -> str:
    """Dotted leaders read as the dash they stand for: «Кассир — 2 400 ₽/смена» says the sum
    of the name before it, as any «name — value» line does, where the dots cut the line in two
    at what read as a stop."""
    if "..." not in body and "…" not in body:
        return body
    return _LEADER_RE.sub(" — ", body)


def tidy_tab_fields(body: str) -> str:
    """A table of fields pasted with tabs read as "Label: value" lines, as the card prints them
    (a line with more than two cells is left as it is)."""
    if "\t" not in body:
        return body

    def field(match: re.Match[str]) -> str:
        label = match.group("label").strip()
        if (
            not label
            or label.startswith(("-", "*", "#", ">"))
            or len(label.split()) > _TAB_LABEL_WORDS
        ):
            return match.group(0)
        return f"{label}: {match.group('value').strip()}"

    return _TAB_FIELD_RE.sub(field, body)


_SHEET_CELLS = 3  # a row of a sheet pasted with tabs: this many cells or more
_SHEET_ROWS = 3  # its header and two rows at least
_QUOTED_CELL_LINES = 6  # a cell in quotes runs over at most this many lines
_STEM = 6  # a word's first letters, enough to match «Бурнаковскому» to «Бурнаковский»


def _stems(text: str) -> set[str]:
    return {w[:_STEM] for w in _WORD_RE.findall(text.lower()) if len(w) > 3}


def _own_rows(body: str, title: str | None) -> tuple[str, tuple[int, ...]]:
    """A sheet of branches or jobs pasted with tabs (a header row «Филиал<TAB>Должность<TAB>
    График<TAB>З/п…» over a row each), where some rows name the posting's job and the others
    do not: the others are other jobs' rows and are blanked, and each own row is read as its
    header's fields, one a line («График: 2/2 по 12ч», «З/п: 48-62 т.р.»). A cell a sheet
    quotes over several lines is one cell. Also the numbers of the lines put in."""
    if "\t" not in body or not title:
        return body, ()
    lines = body.split("\n")
    rows: list[tuple[int, int, list[str]]] = []  # first line, end, cells
    at = 0
    while at < len(lines):
        text, end = lines[at], at + 1
        if text.count("\t") + 1 >= _SHEET_CELLS:
            while text.count('"') % 2 and end < len(lines) and end - at < _QUOTED_CELL_LINES:
                text, end = f"{text}\n{lines[end]}", end + 1
            cells = [c.strip().strip('"').strip().replace("\n", ", ") for c in text.split("\t")]
            if sum(1 for c in cells if c) >= _SHEET_CELLS:
                rows.append((at, end, cells))
        at = end
    sheets: list[list[tuple[int, int, list[str]]]] = []
    for row in rows:
        if sheets and sheets[-1][-1][1] == row[0] and len(row[2]) == len(sheets[-1][0][2]):
            sheets[-1].append(row)
        else:
            sheets.append([row])
    own = _stems(title)
    out = list(lines)
    extra: dict[int, list[str]] = {}  # a line's fields beyond its own slot
    for sheet in sheets:
        header = sheet[0][2]
        if len(sheet) < _SHEET_ROWS or any(ch.isdigit() for cell in header for ch in cell):
            continue
        named = own - _stems(" ".join(header))
        kept = [row for row in sheet[1:] if named & _stems(" ".join(row[2]))]
        if not kept or len(kept) == len(sheet) - 1:
            continue
        fields: list[str] = []
        for _, _, cells in kept:
            pairs = zip(header, cells, strict=True)
            fields.extend(f"{name}: {cell}" for name, cell in pairs if name and cell)
            fields.append("")
        start, end = sheet[0][0], sheet[-1][1]
        out[start:end] = [""] * (end - start)
        slots = end - start
        out[start : start + min(slots, len(fields))] = fields[:slots]
        if len(fields) > slots:
            extra[end - 1] = fields[slots:]
    if out == lines:
        return body, ()
    result: list[str] = []
    added: list[int] = []
    for at, text in enumerate(out):
        result.append(text)
        for more in extra.get(at, ()):
            added.append(len(result))
            result.append(more)
    return "\n".join(result), tuple(added)


# A field of a table of terms typed with one bar: «Оклад | 70 000 руб. в месяц», as an offer
# letter lays out its terms; its label short, without a colon or a bar of its own.
_BAR_FIELD_RE = re.compile(r"^(?P<label>[^\t:|\n]{2,40}?)\s+\|\s+(?P<value>[^|\n]+)$")
# … or a card's two-column table pasted with its bars and no rule under a header row, which
# Markdown then reads as no table: «| Дата посадки | 10–15 марта 2025 |».
_BAR_ROW_RE = re.compile(
    r"^\s*\|\s*(?P<label>[^\t:|\n]{2,40}?)\s*\|\s*(?P<value>[^|\n]*[^|\s-][^|\n]*?)\s*\|\s*$"
)
_TABLE_RULE_RE = re.compile(r"^\s*\|?\s*:?-{3,}")
_BAR_FIELDS = 3  # lines in a row: one alone may be a row of links or a pair of titles


def _under_rule(lines: list[str], at: int) -> bool:
    """Whether the line at ``at`` is a row of Markdown's own table: the rows above it up to a
    table's rule (a row too long for a field, «| Чистка дымохода одноканального, до 2 этажей |
    1 600 ₽ |», may stand between)."""
    while at and lines[at - 1].lstrip().startswith("|"):
        at -= 1
        if _TABLE_RULE_RE.match(lines[at]):
            return True
    return False


def tidy_bar_fields(body: str) -> str:
    """Three or more lines in a row of "Label | value" (an offer letter's terms: «Оклад | 70 000
    руб.», «Дата выхода | 17 марта») read as "Label — value" lines, the label kept with its
    value (a bar parts a line into fields of their own)."""
    if " | " not in body:
        return body
    lines = body.split("\n")
    matches = [
        _BAR_FIELD_RE.match(line)
        if line.count("|") == 1
        else _BAR_ROW_RE.match(line)
        if line.count("|") == 3
        else None
        for line in lines
    ]
    out = list(lines)
    run: list[tuple[int, re.Match[str]]] = []
    for at, match in enumerate([*matches, None]):
        if match is not None and len(match["label"].split()) <= _TAB_LABEL_WORDS:
            run.append((at, match))
            continue
        if len(run) >= _BAR_FIELDS and not _under_rule(lines, run[0][0]):
            for line, field in run:
                # «Оклад — 70 000 руб.»: a name and what is said of it, as a dash tells; a
                # table's row «Label: value», as Markdown's table rows read.
                dash = " — " if lines[line].count("|") == 1 else ": "
                out[line] = f"{field['label'].strip()}{dash}{field['value'].strip()}"
        run = []
    return "\n".join(out)


_POSITION_RE = re.compile(r"^[^\w\n]*([^\W\d_][^\d\n]{0,60}?)\s+[-–—]\s+[^\n]*\d")
_SUM_RE = re.compile(r"\d[\d\s.,–-]*\d|\d")
_POSITIONS = 3  # a list of open positions with their pay: this many rows at least
_HEADING_WORDS = 8  # a line heading one position's details has at most this many words


def _other_positions(lines: list[str], title: str | None) -> list[str]:
    """A card hiring for several positions, a row each with its pay («🌊 Официант — 55 000 ₽
    + чаевые», "- Server / Busser - $11.00/hr + tips"), whose own position is detailed under
    a heading of its own further down: the other positions' rows are not this job's facts and
    are blanked (the own row is kept). A list where the title names two rows or more is the
    posting's own (a season's staff: «горничные, официанты, повар»)."""
    if not title:
        return lines
    own = _stems(title)
    out = lines
    at = 0
    while at < len(lines):
        rows: list[tuple[int, set[str]]] = []
        while at < len(lines) and (row := _POSITION_RE.match(lines[at])):
            # (a position's name ends at its first comma: what follows says what the row is of —
            # «стол-книжка, полная реставрация — 9 500 ₽», a piece's rate, not the
            # restorer's own row)
            rows.append((at, _stems(row.group(1).partition(",")[0])))
            at += 1
        others = [line for line, name in rows if not name & own]
        if len(rows) < _POSITIONS or len(others) != len(rows) - 1:
            at += 1
            continue
        if any(_heads(line, own) for line in lines[at:]):
            out = list(out)
            for line in others:
                out[line] = ""
            mine = next(line for line, name in rows if name & own)
            sums = _SUM_RE.findall(lines[mine])
            below = " ".join(lines[at:])
            if sums and all(figure in below for figure in sums):
                # «Горничная — 60 000–75 000 ₽ (подробно ниже)» over «Оплата: 60 000–75 000
                # ₽/мес, …»: its details say the same sum with what it is.
                out[mine] = ""
    return out


def _role_heading(heading: str, own: set[str]) -> bool:
    """Whether a heading is the name of a job the title names, in capitals («АССИСТЕНТ»,
    «СМОТРИТЕЛЬ МУЗЕЙНЫЙ (1 ставка)»): the lines of its part are that role's."""
    return (
        bool(own)
        and shouted_name(heading)
        and classify_heading(heading) is SectionKind.OTHER
        and bool(own & _stems(role_name(heading)))
    )


def _heads(line: str, own: set[str]) -> bool:
    """Whether a short line leads with the job's own name (a heading of its details)."""
    if len(_WORD_RE.findall(line)) > _HEADING_WORDS:
        return False
    head = _POSITION_RE.match(line) or _FIRST_WORD_RE.match(line)
    return head is not None and bool(own & _stems(head.group(1)))


# «-ходовка, тормоза» / «-дефектовка»: a chat's list, its dash glued to the word.
_GLUED_DASH_RE = re.compile(r"^[-–—•](?=[^\W\d_])", re.MULTILINE)


def _tidy_glued_dashes(body: str) -> tuple[str, tuple[int, ...]]:
    """Two or more lines in a row led by a dash glued to a word read as a list ("- ходовка"),
    which ends where they end: a blank line goes after it when text follows (the next line is
    no continuation of its last item). Also the numbers of the lines put in, so that the
    posting's own line numbers can be told."""
    if _GLUED_DASH_RE.search(body) is None:
        return body, ()
    lines = body.split("\n")
    glued = [_GLUED_DASH_RE.match(line) is not None for line in lines]
    out: list[str] = []
    added: list[int] = []
    for at, line in enumerate(lines):
        before = at > 0 and glued[at - 1]
        after = at + 1 < len(lines) and glued[at + 1]
        if glued[at] and (before or after):
            out.append(f"- {line[1:]}")
            if not after and at + 1 < len(lines) and lines[at + 1].strip():
                added.append(len(out))
                out.append("")
        else:
            out.append(line)
    return "\n".join(out), tuple(added)


# Two titles side by side, set apart by a wide gap: «ЧТО ПРЕДЛАГАЕМ          ЧТО НУЖНО ДЕЛАТЬ»,
# "Essential criteria          Desirable criteria" — a page laid out in two columns.
_COLUMN_TITLES_RE = re.compile(
    r"^[ \t]*(?P<left>\S(?:[^\t\n]*?\S)?)(?: {3,}|[ ]*\t[ \t]*)"
    r"(?P<right>\S(?:[^\t\n]*?\S)?)[ \t]*$",
)
# Where a line of such a page passes from one column to the other: a gap of two spaces or a
# tab, or the other column's bullet mid-line («…аванс 25-го, • Составление графика смен»).
_COLUMN_GAP_RE = re.compile(r"(?<=\S)(?: {2,}|[ ]*\t[ \t]*|\s+(?=[•●■◆▪▸►◾◼]\s))")


def _column_title(text: str) -> bool:
    return _COLUMN_GAP_RE.search(text) is None and classify_heading(text) != SectionKind.OTHER


def _column_titles(line: str) -> re.Match[str] | None:
    """The two titles of a line that holds two, each naming a kind of section."""
    titles = _COLUMN_TITLES_RE.match(line)
    if titles is None or not (_column_title(titles["left"]) and _column_title(titles["right"])):
        return None
    return titles


def _ends_columns(line: str) -> bool:
    """A blank line, a title («Experience», «ТРЕБОВАНИЯ К КАНДИДАТУ») or the next pair of
    titles ends a block of two columns."""
    text = line.strip()
    return (
        not text
        or _title_line(text)
        or heading_text(text) is not None
        or bool(_column_titles(line))
    )


# A newspaper page ruled into columns: «з/п от 90т.р.   |   ЧИКА (вилочный, элек-».
_RULED_LINES = 3
_RULED_BREAKS = 2  # words a column's edge broke with a hyphen: a page, not a table of fields
_BROKEN_WORD_RE = re.compile(r"[^\W\d_]-$")


def _ruled_run(lines: list[str], at: int) -> int:
    """How many lines from ``at`` on are cut by a rule at one place into two columns whose
    words the rule breaks with a hyphen (0 when they are no such page)."""
    bar = lines[at].find(" | ")
    if bar < 0:
        return 0
    end = at
    while end < len(lines) and lines[end][bar : bar + 3] == " | ":
        end += 1
    breaks = sum(
        1
        for line in lines[at:end]
        for part in (line[:bar].rstrip(), line[bar + 3 :].rstrip())
        if _BROKEN_WORD_RE.search(part)
    )
    return end - at if end - at >= _RULED_LINES and breaks >= _RULED_BREAKS else 0


def _split_columns(body: str) -> tuple[str, tuple[int, ...]]:
    """A page laid out in two columns and copied from a PDF, where each line holds the start of
    one column and the start of the other, under a line of two section titles side by side:
    each column read under its own title, the left one first. A line of the block goes to the
    right column from its first gap on (a line without one belongs to the left column); the
    block ends at a blank line or a title. So is a newspaper's page ruled into two columns
    (``_ruled_run``). Also the numbers of the lines put in."""
    if "   " not in body and "\t" not in body and " | " not in body:
        return body, ()
    lines = body.split("\n")
    out: list[str] = []
    added: list[int] = []
    at = 0
    while at < len(lines):
        ruled = _ruled_run(lines, at) if " | " in lines[at] else 0
        if ruled:
            # the left column, then the right one, each a block of its own
            bar = lines[at].find(" | ")
            run = lines[at : at + ruled]
            out.extend(line[:bar].rstrip() for line in run)
            for text in ["", *(line[bar + 3 :].strip() for line in run), ""]:
                added.append(len(out))
                out.append(text)
            at += ruled
            continue
        titles = _column_titles(lines[at])
        if titles is None:
            out.append(lines[at])
            at += 1
            continue
        end = at + 1
        while end < len(lines) and not _ends_columns(lines[end]):
            end += 1
        parts = [_COLUMN_GAP_RE.split(line, maxsplit=1) for line in lines[at + 1 : end]]
        if not any(len(part) > 1 for part in parts):
            out.append(lines[at])
            at += 1
            continue
        out.append(titles["left"])
        out.extend(part[0] for part in parts)
        right = [part[1] for part in parts if len(part) > 1]
        # a blank line after the right column too: what follows goes on with neither column
        for text in ["", titles["right"], *right, *([""] if end < len(lines) else [])]:
            added.append(len(out))
            out.append(text)
        at = end
    return "\n".join(out), tuple(added)


# A captioned rule, «---------- Текст вакансии для публикации ----------», "-----Original
# Message-----": it parts a page as a blank line does (a thread ends at it) and says nothing of
# the job itself.
_RULE_STARTS = frozenset({"--", "——", "==", "__", "~~", "––", "━━", "──", "══", "▬▬"})
_CAPTIONED_RULE_RE = re.compile(r"^[-—–_=~]{3,}\s*[^\W\d_][^\n]{0,60}?\s*[-—–_=~]{3,}\s*$")
# «———» alone on its line between a site's cards and what follows them, an e-mail's "━━━━" or
# "────" between its blurbs: a rule.
_DASH_RULE_RE = re.compile(r"^\s*[—–━─═▬]{3,}\s*$")


def parse_body(
    body: str, first_line: int = 1, company: str | None = None, title: str | None = None
) -> Body:
    """Cut a Markdown body into an intro and sections, each with its items as plain text;
    ``company`` (the front matter's) is who may answer in a comment thread under the post, and
    ``title`` names the job's own row in a sheet of several."""
    body, rows_added = _own_rows(tidy_html(body), title)
    body, columns_added = _split_columns(body)
    body, added = _tidy_glued_dashes(tidy_bar_fields(tidy_tab_fields(tidy_leaders(body))))
    page = _blank_reviews(
        _blank_form(
            _blank_chrome(
                _drop_translated(
                    _drop_page_parts(_drop_unpublished(_drop_unstated(body))).split("\n")
                )
            )
        )
    )
    page = _other_positions(page, title)
    page = _untimed(page)
    source, replies = cut_thread(
        _drop_other_news(_drop_other_listings(_drop_other_ads(page, company), company), title),
        _other_jobs_lines,
        company,
    )
    source = [
        ""
        if text[:2] in _RULE_STARTS
        and (_CAPTIONED_RULE_RE.match(text) or _DASH_RULE_RE.match(text))
        else text
        for text in source
    ]
    body = "\n".join(source)

    def posting_line(line: int) -> int:
        """The posting's own number of a line of ``body``."""
        line -= bisect.bisect_left(added, line)
        line -= bisect.bisect_left(columns_added, line)
        return first_line + line - bisect.bisect_left(rows_added, line)

    done: list[tuple[_Open, int]] = []
    current = _Open(None, 0, 0)
    previous_blank = True

    def close(end: int) -> None:
        current.flush()
        done.append((current, end))

    def open_section(title: str | None, line: int, rest: str | None = None) -> None:
        nonlocal current
        close(line)
        current = _Open(title, line, line + (0 if title is None else 1))
        if rest is not None:
            current.from_label = True
            current.label_rest = rest
            parts = _inline_list(rest)
            if parts:
                current.items.extend(parts)
                current.saw_bullets = True
            else:
                current.feed_text(rest)

    lines = list(_lines(body))
    # The role whose part is read: a heading of the title's job in capitals («1. АССИСТЕНТ»).
    own = _stems(title) if title else set()
    role: str | None = None
    # Per line, whether its paragraph is written a statement a line.
    by_hand: list[bool] = []
    run: list[str] = []
    marked = False  # the paragraph holds a marked item
    for line in [*lines, _Line("break", "", 0)]:
        if line.kind == "break":
            by_hand.extend([_by_hand(run, marked)] * (len(run) + 1))
            run, marked = [], False
        else:
            run.append(line.text)
            marked = marked or line.kind == "bullet"
    for at, line in enumerate(lines):
        if line.kind == "break":
            current.flush()
            previous_blank = True
            continue
        if line.kind == "bullet":
            current.feed_bullet(line.text)
            previous_blank = False
            continue
        pieces = [line.text] if line.kind == "heading" else _segments(line.text)
        for number, raw in enumerate(pieces):
            starts = previous_blank or number > 0  # a paragraph's (or a cut's) first words
            title = _clean_heading(raw) if line.kind == "heading" else heading_text(raw)
            if title is not None and line.kind == "text" and _in_shouted_block(raw, lines, at):
                title = None
            if title is not None and not starts and _values_label(lines, at):
                # "College or training organisation" / "HADLOW COLLEGE (NORTH KENT …)": a
                # field's value in capitals is the field's, no heading of its own.
                title = None
            if title is None and (
                _heads_a_list(raw, lines[at + 1 : at + 3])
                or (starts and _bare_heading(raw, lines[at + 1 : at + 3]))
                or (len(pieces) == 1 and _question_heading(raw, lines[at + 1 : at + 3]))
            ):
                title = _clean_heading(raw)
            rest: str | None = None
            if (
                title is None
                and line.kind == "text"
                and len(raw) <= _OTHER_JOBS_CHARS
                and _may_list_other_jobs(raw)
            ):
                lead, colon, after = plain_text(raw).partition(":")
                if len(lead.split()) <= _OTHER_JOBS_WORDS and lists_other_jobs(lead):
                    # «Похожие вакансии», «Похожие вакансии: Продавец · Повар» — a list of
                    # other jobs starts here, however it is written.
                    title, rest = _clean_heading(lead), (after.strip() or None) if colon else None
            label = _LABEL_RE.match(raw.strip())
            in_section = current.title is not None
            after_list = in_section and (current.saw_bullets or current.from_label)
            known = label is not None and classify_heading(label["label"]) != SectionKind.OTHER
            # "Опыт работы: не требуется" over "Тип занятости: …", "График работы: 5/2": a job
            # board's block of fields, each a fact of its own, none the others' heading.
            fields = title is None and line.kind == "text" and _in_field_block(lines, at)
            if (
                title is None
                and label
                and not fields
                and (after_list or (known and not in_section))
                and (starts or not current.current)
            ):
                # «**График:** пн–пт…» after a list: HR started a new topic without a heading.
                title, rest = _clean_heading(label["label"]), label["rest"]
            plain = _plain_label(plain_text(raw)) if title is None and not fields else None
            lazy = False
            if plain is not None:
                named = classify_heading(plain["label"]) != SectionKind.OTHER
                under_label = named and current.from_label and not starts
                # "- возраст от 25 до 50 лет" / «Обязанности: развоз…» with no blank line
                # between: Markdown runs the label into the item, HR began a new block.
                lazy = number == 0 and at > 0 and lines[at - 1].kind == "bullet"
                if (
                    (named and (starts or lazy or _inline_list(plain["rest"])))
                    or under_label
                    or _is_caps(plain["label"])
                    or (after_list and starts)
                ):
                    # "Обязанности: приём звонков; консультации", "Условия: график 2/2…",
                    # "Pay: $19.25 per hour" after a list.
                    title, rest = _clean_heading(plain["label"]), plain["rest"]
                    if not _inline_list(rest):
                        # "Pay: $19.25 per hour", "Подработка тоже бывает: …" — the label names
                        # the section, and its words stay in the line.
                        rest = plain.group(0)
            if title:
                cut_from = current.title if number > 0 else None
                open_section(title, line.line, rest)
                if rest is None:
                    role = title if _role_heading(title, own) else None
                current.cut_from = cut_from
                current.paragraph_only = plain is not None
                current.colon_title = (
                    line.kind == "text"
                    and rest is None
                    and raw.strip().endswith(":")
                    and at + 1 < len(lines)
                    and lines[at + 1].kind == "text"
                )
                current.line_only = plain is not None and (under_label or lazy)
            elif current.cut_from is not None and number == 0 and _CLAUSE_RE.match(raw):
                # «2.8 Сообщать диспетчеру…» after «2.7 … Оплата труда: оклад…»: the clause
                # is the document section's again, not the label's.
                close(line.line)
                current = _Open(current.cut_from, line.line, line.line)
                current.feed_text(raw, by_hand[at])
            elif current.line_only:
                # «Форма выдаётся бесплатно.» after «Требования: от 18 лет…»: a fact of its own;
                # under a role's name, the role's («Учебная нагрузка: …» under «АССИСТЕНТ»).
                open_section(role, line.line)
                current.paragraph_only = role is not None  # up to the next blank line
                current.feed_text(raw, by_hand[at])
            elif (
                starts
                and current.title is not None
                and (current.items or current.current)
                and lists_other_jobs(current.title)
                and not _entry_alike(lines, at)
            ):
                # The list of other jobs is one block: what comes after a blank line is the
                # page's again («Контакты», a footer), no job of the list.
                open_section(None, line.line)
                current.feed_text(raw, by_hand[at])
            elif starts and (
                current.paragraph_only
                or (
                    current.colon_title
                    and current.items
                    and not current.saw_bullets
                    and _symbol_bullet(raw) is None
                )
            ):
                # A paragraph after "Условия: …" is no part of it: it reads as free text; so
                # is one after the lines typed without marks under «Требования:» («График 2/2
                # …», «Официальное трудоустройство …» after a blank line).
                open_section(None, line.line)
                current.feed_text(raw, by_hand[at])
            elif (
                starts
                and current.title is not None
                and (current.items or current.current)
                and is_field_label(raw.strip())
            ):
                # "Тип занятости" / "Частичная занятость" after the addresses: a job board's
                # block of fields is the card's, not the section's above it.
                open_section(None, line.line)
                current.feed_text(raw, by_hand[at])
            else:
                current.feed_text(raw, by_hand[at], line.lazy and number == 0)
            previous_blank = False
    close(len(source))

    intro_items: list[str] = []
    intro_md = ""
    sections: list[Section] = []
    other_jobs: list[tuple[str, int]] = []
    listing = False  # the parts read last are a list of other jobs
    for index, (part, end) in enumerate(done):
        # A section's Markdown runs to the next heading: free paragraphs after "Условия: …"
        # show under it on the card, while the index reads them as free text.
        following = [p for p, _ in done[index + 1 :] if p.title is not None]
        next_start = following[0].line if following else len(source)
        if part.title is not None:
            end = next_start
        md_lines = source[part.md_start : max(part.md_start, min(end, next_start))]
        if part.label_rest is not None:
            md_lines = [part.label_rest, *md_lines]
        markdown = "\n".join(line.rstrip() for line in md_lines).strip("\n")
        if part.title is None:
            intro_items.extend(part.items)
            if index == 0:
                intro_md = markdown
            listing = False
            continue
        if lists_other_jobs(part.title) or (listing and _job_entry(part, source)):
            # «**Мойщица посуды в ресторан, вахта 30/30**» / «90 000 ₽ · Рестораны «Вольга» ·
            # Сочи · проживание» under «Похожие вакансии»: each job of the list in bold over a
            # line of its terms is the list's, not a section of the posting.
            other_jobs.append((part.title, posting_line(part.line)))
            listing = True
            continue
        listing = False
        sections.append(
            Section(
                kind=classify_heading(part.title),
                heading=part.title,
                markdown=markdown,
                items=tuple(_valued_labels(part.items)),
                line=posting_line(part.line),
            )
        )
    replies = [r.model_copy(update={"line": posting_line(r.line)}) for r in replies]
    return Body(intro_md, tuple(intro_items), tuple(sections), tuple(other_jobs), tuple(replies))


# "5 000 SEK/year", "€1,000", «3 000 ₽/мес»: a sum of money and nothing else.
_BARE_SUM_RE = re.compile(
    r"^(?:[$£€₽₪₸₴]\s?)?\d[\d\s.,–-]*(?:[$£€₽₪₸₴]|\b[A-Z]{3}\b)(?:\s?/\s?[^\W\d_]+)?$"
    r"|^[$£€₽₪₸₴]\s?\d[\d\s.,–-]*(?:/\s?[^\W\d_]+)?$"
)
_VALUE_LABEL_WORDS = 4


def _valued_labels(items: list[str]) -> list[str]:
    """A perks grid whose tile puts its label on one line and its sum on the next ("Wellness
    allowance" / "5 000 SEK/year"): the sum is the label's, read as one item."""
    if len(items) < 2:
        return items
    merged: list[str] = []
    for text in items:
        if (
            merged
            and _BARE_SUM_RE.match(text.strip())
            and len(merged[-1].split()) <= _VALUE_LABEL_WORDS
            and not any(ch.isdigit() for ch in merged[-1])
            and not merged[-1].rstrip().endswith((".", "!", "?", ":", ";"))
            and not _BARE_SUM_RE.match(merged[-1].strip())
        ):
            merged[-1] = f"{merged[-1].rstrip()}: {text.strip()}"
        else:
            merged.append(text)
    return merged


# A row of an app's buttons: «[🕒 График] [📍 Адреса] [⬅ Назад в меню]», "[Откликнуться]" — each
# bracket closed before a space or the line's end (a Markdown link goes on with its address).
_BUTTONS_RE = re.compile(r"^\s*(?:\[[^\[\]\n]{1,40}\](?:\s+|$))+$")
_ICON_WORDS = 3
_FOOTER_WORDS = 30
_BADGE_WORDS = 5
_BOARD_LINE_WORDS = 12  # "Reply to this ad: Hi, is this job still available?"
_AD_MARK_WORDS = 20
_ERID_RE = re.compile(r"\berid\b", re.I)
_LINK_SEPARATOR_RE = re.compile(r"\s*[|·•]\s*")
_LINK_MARKS = " ☆★♡♥›»→"
_LINK_WORDS = 5
_LINK_LABEL_WORDS = 3
_FIRST_WORD_RE = re.compile(r"^\W*?([^\W\d_]+)")
_AD_MARK_RE = re.compile(r"^\W*\w+\s*[.,:—–-]")


class _Chrome(NamedTuple):
    leads: frozenset[str]  # the first words of any chrome line but a button row or a footer
    marks: frozenset[str]
    icons: frozenset[str]
    cookies: tuple[str, ...]
    cues: tuple[str, ...]
    badges: tuple[str, ...]
    answers: tuple[str, ...]  # how an employer's answer to a review starts
    reviews: tuple[str, ...]  # how a word starts in a heading over a block of reviews
    ratings: tuple[str, ...]  # how the words of a heading over a block of ratings start
    unpublished: tuple[str, ...]  # a note's mark that it is not for publication
    consent: tuple[str, ...]  # what a form's consent notice says
    subscribe: tuple[str, ...]  # what a prompt to subscribe to a mailing says
    links: tuple[str, ...]  # a job board's links and buttons
    board: tuple[str, ...]  # how a board's own lines around an ad start
    news: tuple[str, ...]  # how a heading over a site's news feed starts


@cache
def _page_chrome() -> _Chrome:
    """``page_chrome.yaml``: the first words of advertising marks and of icons' names, the
    words of a cookie banner, the starts of a badge."""
    data = _data("page_chrome.yaml")
    marks = frozenset(w.lower() for w in data["ad_marks"])
    icons = frozenset(w.lower() for w in data["icon_words"])
    badges = tuple(w.lower() for w in data["badges"])
    leads = marks | icons | {b.split()[0] for b in badges}
    cookies = tuple(w.lower() for w in data["cookie_words"])
    cues = tuple(w.lower() for w in data["cookie_cues"])
    answers = tuple(w.lower() for w in data["review_answers"])
    reviews = tuple(w.lower() for w in data["review_headings"])
    ratings = tuple(w.lower() for w in data["rating_headings"])
    unpublished = tuple(w.lower() for w in data["unpublished"])
    consent = tuple(w.lower() for w in data["consent"])
    subscribe = tuple(w.lower() for w in data["subscribe"])
    links = tuple(w.lower() for w in data["page_links"])
    board = tuple(w.lower() for w in data["board_lines"])
    news = tuple(w.lower() for w in data["news_headings"])
    leads |= {w.split()[0] for w in links} | {w.split()[0].rstrip(":") for w in board}
    return _Chrome(
        leads,
        marks,
        icons,
        cookies,
        cues,
        badges,
        answers,
        reviews,
        ratings,
        unpublished,
        consent,
        subscribe,
        links,
        board,
        news,
    )


@cache
def _summary_notes() -> frozenset[str]:
    return frozenset(normalize_heading(n) for n in _data("page_chrome.yaml")["summary_notes"])


def summary_note(text: str) -> bool:
    """Whether ``text`` is a board's note that the list under it was drawn from the ad's own
    text ("Pulled from the full job description")."""
    return normalize_heading(text) in _summary_notes()


# «Бот: 1️⃣ Зарплата 2️⃣ График 3️⃣ Адрес …»: a chat bot's menu of keycap-numbered options of a
# word or three each, after the speaker's label if any.
_KEYCAP_MENU_RE = re.compile(
    r"^(?:[^\W\d_]+:\s*)?(?:\d\ufe0f?\u20e3\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*){3,}$"
)
_KEYCAP_OPTION_RE = re.compile(r"^\s*\d\ufe0f?\u20e3\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,2}\s*$")
_MENU_OPTIONS = 3


def _menu_option(lines: list[str], at: int) -> bool:
    """Whether the line is a bot's menu: «Бот: 1️⃣ Зарплата 2️⃣ График 3️⃣ Адрес» in one line, or
    one of three or more lines in a row of a keycap and a word or three each («1️⃣ Зарплата» /
    «2️⃣ График» / …) — not a numbered list of steps, whose items say more."""
    bare = lines[at].strip()
    if bare.count("\u20e3") >= _MENU_OPTIONS:
        return _KEYCAP_MENU_RE.match(bare) is not None
    if _KEYCAP_OPTION_RE.match(bare) is None:
        return False
    first = last = at
    while first > 0 and _KEYCAP_OPTION_RE.match(lines[first - 1]):
        first -= 1
    while last + 1 < len(lines) and _KEYCAP_OPTION_RE.match(lines[last + 1]):
        last += 1
    return last - first + 1 >= _MENU_OPTIONS


# An application form's field, pasted with the page: a label with the mark of a required field
# ("First Name *", "Do you hold an EPA 608 certification? * ( ) Yes ( ) No"), maybe its boxes
# to tick after it. A run of lines with at least _FORM_FIELDS of them is the form: its fields
# and the bare labels among them ("Cover Letter", "Desired hourly rate") ask the candidate,
# they state nothing of the job. A line with a figure ("Resume * (PDF, DOC - max 5 MB)") or a
# label's colon ("Accepted file types: pdf, doc") says something and stays.
_FORM_FIELD_RE = re.compile(
    r"^[^\W\d_][^*:]{0,120}?\s\*(?:\s*(?:\(\s?\)|\[\s?\]|[○☐])\s*[^\W\d_]+)*\s*$"
)
_FORM_LABEL_RE = re.compile(r"^[^\W\d_][^\d:.!?;,*]*$")
# A field with its options on the lines under it heads them («Когда готовы выйти на обучение? *»
# over «○ Ближайший поток — 16 июня»): it stays.
_FORM_OPTION_RE = re.compile(r"^\s*(?:[○☐◯●]|\(\s?\)|\[\s?\])")
_FORM_FIELDS = 3
_FORM_LABEL_WORDS = 5


def _blank_form(lines: list[str]) -> list[str]:
    """The lines with an application form's fields blanked (see ``_FORM_FIELD_RE``)."""
    if " *" not in "\n".join(lines):
        return lines
    kept = list(lines)
    start = 0
    while start < len(lines):
        end = start
        while end < len(lines) and lines[end].strip():
            end += 1
        fields = [at for at in range(start, end) if _FORM_FIELD_RE.match(lines[at].strip())]
        if len(fields) >= _FORM_FIELDS:
            for at in range(fields[0], end):
                text = lines[at].strip()
                if at + 1 < end and _FORM_OPTION_RE.match(lines[at + 1]):
                    continue
                if _FORM_FIELD_RE.match(text) or (
                    _FORM_LABEL_RE.match(text) and len(text.split()) <= _FORM_LABEL_WORDS
                ):
                    kept[at] = ""
        start = end + 1
    return kept


def _blank_chrome(lines: list[str]) -> list[str]:
    """The lines with a page's chrome blanked: a row of buttons, an advertising mark («Реклама.
    16+», «… erid: 2SDnje…»), an icon's name alone on its line («иконка рубль»), a footer's
    copyright line, a cookie banner, a site builder's badge ("Made on Tilda")."""
    chrome = _page_chrome()
    kept = list(lines)
    for at, text in enumerate(lines):
        bare = text.lstrip()
        if not bare:
            continue
        if "\u20e3" in bare and _menu_option(lines, at):
            kept[at] = ""  # a bot's menu: options to press, no fact
            continue
        if (
            bare[0] == "["
            or "©" in bare
            or "ookie" in bare
            or "erid" in bare
            or "agree" in bare
            or "соглас" in bare
            or ": View " in bare
            or "ubscri" in bare
            or "одпис" in bare
            or "тпис" in bare
            or "newsletter" in bare
        ):
            # a button row, a footer, a cookie banner, an advertising mark, consent, a prompt to
            # subscribe: read it
            pass
        elif bare[0].isalpha():
            word = bare.split(maxsplit=1)[0].rstrip(".,:;—–-").lower()
            if word not in chrome.leads:
                continue  # most lines: their first word says they are none
        else:
            first = _FIRST_WORD_RE.match(bare)  # «📢 Реклама …»: the word after the symbols
            if first is None or first[1].lower() not in chrome.leads:
                continue
        if _is_chrome(bare, chrome):
            kept[at] = ""
            if "©" in bare:
                # A site's footer goes on under its copyright line: the owner's address and
                # reception phone, «Карта сайта | …», a visit counter — the site's, not the job's.
                for line in range(at + 1, len(lines)):
                    if not lines[line].strip():
                        break
                    kept[line] = ""
        elif bare.rstrip(" .:!").lower() in chrome.marks:
            # «РЕКЛАМА» alone over a paid block in an article: the block is the advertiser's.
            for line in range(at, len(lines)):
                if not lines[line].strip():
                    break
                kept[line] = ""
    return kept


# A review's header: its own five stars, then who wrote it and when («★★★★☆ Повар горячего цеха ·
# Новосибирск · 12 октября 2025», «Ирина К. ★★★★★ 12 марта»); a page's rating has a figure with
# a decimal point or a count of reviews beside its stars («4,6 ★★★★★ 318 оценок»).
_REVIEW_STARS_RE = re.compile(r"(?<![★☆])[★☆]{5}(?![★☆])")
_RATING_RE = re.compile(r"\d[.,]\d|\d\s*(?:отзыв|оцен|review|rating|feedback)|\(\d", re.I)
_RATING_HEADING_WORDS = 4


_BRACKETED_RE = re.compile(r"\s*\([^()\n]*\)")


# A document's pointers to its own parts, as a PDF pasted keeps them («(см. табл. 2)», «Стр. 1 из
# 2»): no word on the job. Their words are data (``page_parts``), as the page's other chrome is.
@cache
def _page_parts() -> tuple[re.Pattern[str], re.Pattern[str], tuple[str, ...]]:
    """``page_chrome.yaml``'s ``page_parts``: a pointer to a table after a line's words, a
    caption or a page mark alone on its line, and the cues without which a body has neither."""
    data = _data("page_chrome.yaml")["page_parts"]
    return (
        re.compile(data["table_ref"], re.I),
        re.compile(data["page_part"], re.I),
        tuple(data["cues"]),
    )


def _drop_page_parts(body: str) -> str:
    """The body without a document's pointers to its tables and its page marks."""
    table_ref, page_part, cues = _page_parts()
    folded = body.lower()
    if not any(cue in folded for cue in cues):
        return body
    lines = body.split("\n")
    for at, line in enumerate(lines):
        if page_part.match(line):
            lines[at] = ""
        elif "(" in line:
            lines[at] = table_ref.sub("", line)
    return "\n".join(lines)


@cache
def _unstated() -> tuple[tuple[str, ...], re.Pattern[str]]:
    """``page_chrome.yaml``'s ``unstated``, and a pattern of a field that holds only one of them:
    a line «Label: не указано» or «Label — не указано», or a last clause «…, Label — не
    указано»."""
    words = tuple(w.lower() for w in _data("page_chrome.yaml")["unstated"])
    said = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(
        rf"^[^\S\n]*[^:\n]{{1,60}}?(?::|[^\S\n]+[—–-])[^\S\n]*(?:{said})\.?[^\S\n]*$"
        rf"|,[^\S\n]*[^,:\n]{{1,80}}?[^\S\n]+[—–-][^\S\n]+(?:{said})\.?[^\S\n]*$",
        re.I | re.M,
    )
    return words, pattern


def _drop_unstated(body: str) -> str:
    """The body without the fields a portal's card leaves empty («Транспорт: не указано»)."""
    words, pattern = _unstated()
    folded = body.lower()
    if not any(w in folded for w in words):
        return body
    return pattern.sub("", body)


def _drop_unpublished(body: str) -> str:
    """A note the recruiter marked not for publication, left in the text HR pasted: «В связи с
    расширением (фактически декрет, см выше - не публиковать) ищем …» — its brackets are
    dropped; the rest of the line is the posting's."""
    marks = _page_chrome().unpublished
    folded = body.lower()
    if not any(mark in folded for mark in marks):
        return body

    def drop(match: re.Match[str]) -> str:
        return "" if any(mark in match.group(0).lower() for mark in marks) else match.group(0)

    return _BRACKETED_RE.sub(drop, body)


# «00:42 по графику работаем два через два…»: a video transcript's time code opening a line.
_TIME_CODE_RE = re.compile(r"^\[?(?:\d{1,2}:)?\d{1,2}:\d{2}\]?\s+(?=\S)")
_TIME_CODED_LINES = 3


def _untimed(lines: list[str]) -> list[str]:
    """A transcript pasted with its time codes («00:00 всем привет…», «00:09 вот да ищем…»):
    in a run of at least three such lines, each is a statement of its own, so its code becomes a
    list mark; a lone time («9:12 AM · Mar 4») is left as it is."""
    coded = [
        (text[:1].isdigit() or text[:1] == "[") and _TIME_CODE_RE.match(text) is not None
        for text in lines
    ]
    if sum(coded) < _TIME_CODED_LINES:
        return lines
    kept = list(lines)
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and coded[end]:
            end += 1
        if end - at >= _TIME_CODED_LINES:
            for n in range(at, end):
                kept[n] = _TIME_CODE_RE.sub("- ", lines[n], count=1)
        at = max(end, at + 1)
    return kept


def _blank_reviews(lines: list[str]) -> list[str]:
    """The lines with the reviews of a company's staff or customers blanked: a reviewer's word
    is not the employer's («Плюсы: кормят хорошо» under a review). A review runs from its header
    (see ``_REVIEW_STARS_RE``) to a blank line, the next review, or the employer's answer to it
    («Ответ работодателя», "Response from the employer"), which is the employer's own word.
    Under a Markdown heading naming reviews («### Отзывы сотрудников») the reviews run to the
    next heading or rule, their headers starless («**Диспетчер · работает в компании**»)."""
    if not any("★" in text or "☆" in text for text in lines):
        return lines
    chrome = _page_chrome()
    kept = list(lines)
    inside = rated = listed = False
    for at, text in enumerate(lines):
        bare = text.strip()
        heading = _HEADING_RE.match(bare)
        if heading is not None or _BARE_RULE_RE.match(bare):
            listed = heading is not None and any(
                word.lower().startswith(chrome.reviews) for word in heading["text"].split()
            )
            if listed:
                continue
        elif listed and not bare.lower().startswith(chrome.answers):
            kept[at] = ""
            continue
        if not bare:
            inside = rated = False
        elif _REVIEW_STARS_RE.search(bare) and not _RATING_RE.search(bare):
            inside = True
        elif bare.lower().startswith(chrome.answers):
            inside = False
        elif _rating_heading(bare, lines[at + 1 : at + 2], chrome.ratings):
            rated = True
            continue
        if inside or (rated and not _rates(bare)):
            # Under "Benefits rating" and "3.8 ★ 231 Ratings", the tags "Health Insurance ·
            # Employee Discount" are what the reviewers rated, not what the employer gives; a
            # line with its stars or share ("62% Recommend to a friend") is a rating one may ask.
            kept[at] = ""
    return kept


def _rates(bare: str) -> bool:
    """Whether a line states a rating: stars, a share, or a figure of one ("3.4 ★", "62%")."""
    return "★" in bare or "☆" in bare or "%" in bare or _RATING_RE.search(bare) is not None


def _rating_heading(bare: str, after: list[str], words: tuple[str, ...]) -> bool:
    """Whether a line heads a review site's block of ratings: a few words, no figure, one of
    them a rating's (``page_chrome.yaml``'s ``rating_headings``: "Company rating", "Ratings by
    category"), with stars on the line under it."""
    if any(ch.isdigit() for ch in bare) or len(bare.split()) > _RATING_HEADING_WORDS:
        return False
    if not after or ("★" not in after[0] and "☆" not in after[0]):
        return False
    return any(word.lower().startswith(words) for word in bare.split())


# Letters Kazakh (and Kyrgyz) write and Russian does not: a notice of a Kazakhstan akimat gives
# every block in Kazakh, then in Russian.
_KAZAKH_RE = re.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_CYRILLIC_RE = re.compile("[а-яёА-ЯЁ]")
_ITEM_MARK_RE = re.compile(r"^[^\w«\"(]*(?:\d{1,2}[.)]\s*)?")


# A line is in Kazakh when this share of its Cyrillic words hold its letters or more: a notice's
# Kazakh lines have half of them and over; a Russian line naming a Kazakh sale («в сезон
# (ноябрь-декабрь, Kaspi Жұма) бывает до 21:00») or a shop («Сеть аптек «Дәрі Плюс»») a tenth.
_KAZAKH_SHARE = 1 / 3
_CYRILLIC_WORD_RE = re.compile("[а-яёА-ЯЁәғқңөұүһіӘҒҚҢӨҰҮҺІ]+")


def _kazakh(text: str) -> bool:
    words = _CYRILLIC_WORD_RE.findall(text)
    marked = sum(1 for word in words if _KAZAKH_RE.search(word))
    return bool(marked) and marked >= len(words) * _KAZAKH_SHARE


def _russian(text: str) -> bool:
    return _KAZAKH_RE.search(text) is None and _CYRILLIC_RE.search(text) is not None


def _drop_translated(lines: list[str]) -> list[str]:
    """A notice in two languages read in Russian: a line in Kazakh right above its Russian
    («Мемлекеттік тілді білу міндетті.» / «Знание государственного языка обязательно.») is left
    out, and of «1) белгіленген нысандағы өтініш / заявление по установленной форме;» the
    Russian half stays. The same fact twice would split the answers between two lines, one of
    which the candidate cannot read."""
    if not any(_KAZAKH_RE.search(text) for text in lines):
        return lines
    kept = list(lines)
    for at, text in enumerate(lines):
        if _KAZAKH_RE.search(text) is None:
            continue
        halves = text.split(" / ")
        if len(halves) == 2 and _KAZAKH_RE.search(halves[0]) and _russian(halves[1]):
            mark = _ITEM_MARK_RE.match(halves[0])
            kept[at] = f"{mark.group(0) if mark else ''}{halves[1]}"
        elif (
            " / " not in text and _kazakh(text) and at + 1 < len(lines) and _russian(lines[at + 1])
        ):
            # «Кесте / График: 2/2 …, күндізгі / день …» holds both languages, and «с 10:00 до
            # 19:00, в сезон (Kaspi Жұма) …» is Russian: they stay.
            kept[at] = ""
    return kept


def _is_chrome(text: str, chrome: _Chrome) -> bool:
    if _BUTTONS_RE.match(text) or ("©" in text and len(text.split()) <= _FOOTER_WORDS):
        return True
    folded = text.lower()
    if any(w in folded for w in chrome.cookies) and any(c in folded for c in chrome.cues):
        return True
    if folded.lstrip().startswith(chrome.badges) and len(text.split()) <= _BADGE_WORDS:
        return True
    first = _FIRST_WORD_RE.match(text)
    if (
        folded[first.start(1) if first else 0 :].startswith(chrome.board)
        and len(_WORD_RE.findall(text)) <= _BOARD_LINE_WORDS
    ):
        return True  # «🟢 Клиент был в сети …»: read from its first word, past a status mark
    if any(w in folded for w in chrome.consent) and len(text.split()) <= _FOOTER_WORDS:
        # «Нажимая «Откликнуться», вы даёте согласие на обработку персональных данных», "By
        # signing in you agree to SEEK's Terms & Conditions": the form's, not the employer's.
        return True
    if any(w in folded for w in chrome.subscribe) and len(text.split()) <= _FOOTER_WORDS:
        # "Sign up to our newsletter for … gardening tips! [Your email] [Subscribe]": the
        # publisher's mailing, not the job.
        return True
    if _page_links(folded, chrome.links):
        return True
    lead = first[1].lower() if first is not None else ""
    words = len(_WORD_RE.findall(text))
    if lead in chrome.icons and words <= _ICON_WORDS:
        return True
    mark = (lead in chrome.marks and _AD_MARK_RE.match(text)) or _ERID_RE.search(text)
    return bool(mark) and words <= _AD_MARK_WORDS


def _page_links(folded: str, links: tuple[str, ...]) -> bool:
    """ "Report this job vacancy | Share | Save to My EURES", "Ofsted report: View report": a
    row of a board's links, each part one of them, or a short label over one."""
    label, colon, value = folded.partition(": ")
    labelled = bool(colon) and len(label.split()) <= _LINK_LABEL_WORDS
    if labelled:
        folded = value  # "Ofsted report: View report": a label over a link
    parts = [p.strip(_LINK_MARKS) for p in _LINK_SEPARATOR_RE.split(folded.strip())]
    parts = [p for p in parts if p]
    return (labelled or len(parts) > 1) and all(
        len(p.split()) <= _LINK_WORDS and any(p == w or p.startswith(f"{w} ") for w in links)
        for p in parts
    )


# A classified ad's phone closing its line: «… ГРАФИК 2/2. Т. 8-900-000-63-15».
_PHONE_END_RE = re.compile(r"(?:\+?\d[\s()\-]*){10,12}\W*$")
_BATCH_ADS = 4  # one-line ads, each with its phone, in one block: a newspaper's or a TV ticker's
_AD_WORDS = 5


def _drop_other_ads(lines: list[str], company: str | None) -> list[str]:
    """A batch of one-line classified ads («СДАМ ГАРАЖ… Т. 8-900-…», «МАГАЗИНУ «ЛАДУШКА»
    ТРЕБУЕТСЯ ПРОДАВЕЦ… Т. 8-900-…» — a TV ticker's, a newspaper's) pasted with the employer's
    own: of the block, only the lines naming the company stay; the others are other people's
    ads. A block where no line names it is left as it is."""
    if not company:
        return lines
    ends = [
        at
        for at, text in enumerate(lines)
        if text[-1:].isdigit() and len(text.split()) >= _AD_WORDS and _PHONE_END_RE.search(text)
    ]
    if len(ends) < _BATCH_ADS:
        return lines
    brand = {w for w in _WORD_RE.findall(_brand_name(company).lower()) if len(w) > 2}
    kept = list(lines)
    for block in _blocks(lines):
        if sum(1 for at in ends if at in block) < _BATCH_ADS:
            continue
        named = [at for at in block if brand & set(_WORD_RE.findall(lines[at].lower()))]
        if not named:
            continue
        for part in _ruled_parts(lines, block):
            if any(at in part for at in named) and sum(at in part for at in ends) <= 1:
                # Ads parted by rules («-----»), a newspaper's: the employer's goes on past
                # its first line to the next rule (a ticker's part is a batch of one-line ads,
                # each with its phone).
                named.extend(part)
        for at in block:
            if at not in named:
                kept[at] = ""
    return kept


# A bare rule between a newspaper's ads or a newsletter's blurbs: «-----», «_____», "━━━━".
_BARE_RULE_RE = re.compile(r"^\s*[-—–_=~━─═▬]{3,}\s*$")


def _ruled_parts(lines: list[str], block: range) -> list[range]:
    """The runs of ``block``'s lines between bare rules."""
    parts: list[range] = []
    start = block.start
    for at in [*block, block.stop]:
        if at == block.stop or _BARE_RULE_RE.match(lines[at]):
            if at > start:
                parts.append(range(start, at))
            start = at + 1
    return parts


# A numbered entry of a page listing several employers' jobs: «3. Повар-универсал — сеть столовых
# «Ложка & Поварёшка»», "2) Line cook - Ptarmigan Lodge": a number, a job, a dash, an employer.
_LISTED_JOB_RE = re.compile(r"^\s*(?:\*\*|#{1,4}\s*)?(\d{1,2})[.)]\s+\S[^\n]{0,80}?\s[—–-]\s+\S")
_LISTED_JOBS = 3  # entries of one list: a city portal's «5 вакансий недели»
# A job fair's employer, numbered and bold on a line of its own, its vacancy on the lines under
# it: «**2. ООО «Комбинат питания «Школьник»**». The name in quotes tells an employer from a
# numbered heading («**2. Требования**»).
_LISTED_EMPLOYER_RE = re.compile(r"^\s*\*\*(\d{1,2})[.)]\s+[^*\n]{0,60}[«\"“][^*\n]{1,60}\*\*\s*$")
_LISTED_JOB_WORDS = 14
# A card of a channel's digest of jobs, numbered by a keycap: «2️⃣ **Бариста в кофейню «Зерно и
# Пена»**» over its place, pay, terms and contact. Keycaps number steps and options too (one
# line each); a card has lines of its own under it.
_KEYCAP_JOB_RE = re.compile(r"^\s*(\d)\uFE0F?\u20E3\s*(?:\*\*)?[^\W\d_]")
_CARD_LINES = 2
# An employer's block of a job fair's leaflet or a hall's plan: «СТЕНД №14  АО «Вектор»»,
# "Booth #12 – Acme Corp": a label, a number, the employer.
_NUMBERED_BLOCK_RE = re.compile(
    r"^\s*(?:\*\*|#{1,4}\s*)?([^\W\d_]{2,12})\s*(?:№|#|no\.)\s*(\d{1,3})\b[\s:.—–-]*[^\W\d_«\"]",
    re.I,
)


def _drop_other_listings(lines: list[str], company: str | None) -> list[str]:
    """A page listing several employers' jobs, one numbered entry each («1. Водитель трамвая —
    МП «Самарэлектротранс»», «3. Повар-универсал — сеть столовых «Ложка & Поварёшка»», a job
    fair's «**2. ООО «Комбинат питания «Школьник»**» over its vacancy's lines): when
    one entry names the company, the others are other employers' jobs and are blanked, each
    from its number to the next entry (the last one to the end of its paragraph). A newsletter's
    blurbs parted by rules, each opening with its job and employer, are such entries too."""
    if not company:
        return lines
    entries = [
        at
        for at, text in enumerate(lines)
        if text[:6].lstrip(" *#")[:1].isdigit()
        and len(text.split()) <= _LISTED_JOB_WORDS
        and (_LISTED_JOB_RE.match(text) or _LISTED_EMPLOYER_RE.match(text))
    ]
    keycaps = [
        at
        for at, text in enumerate(lines)
        if len(text.split()) <= _LISTED_JOB_WORDS and _KEYCAP_JOB_RE.match(text)
    ]
    if len(entries) >= _LISTED_JOBS:
        numbers = [
            int((_LISTED_JOB_RE.match(lines[at]) or _LISTED_EMPLOYER_RE.match(lines[at]))[1])  # type: ignore[index]
            for at in entries
        ]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
            return lines
    elif len(keycaps) >= _LISTED_JOBS:
        numbers = [int(_KEYCAP_JOB_RE.match(lines[at])[1]) for at in keycaps]  # type: ignore[index]
        if numbers != list(range(numbers[0], numbers[0] + len(numbers))) or any(
            later - before <= _CARD_LINES for before, later in itertools.pairwise(keycaps)
        ):
            return lines
        entries = keycaps
    else:
        entries = _numbered_blocks(lines) or _ruled_entries(lines)
        if len(entries) < _LISTED_JOBS:
            return lines
    brand = {w for w in _WORD_RE.findall(_brand_name(company).lower()) if len(w) > 2}
    named = [at for at in entries if brand & set(_WORD_RE.findall(lines[at].lower()))]
    if len(named) != 1:
        return lines
    kept = list(lines)
    for number, at in enumerate(entries):
        if at in named:
            continue
        end = entries[number + 1] if number + 1 < len(entries) else len(lines)
        for line in range(at, end):
            if number + 1 == len(entries) and line > at and not lines[line].strip():
                break
            kept[line] = ""
    return kept


# A news item's date alone on its line, over its headline: «18 сентября 2024», «14.03.2025»,
# "March 4, 2025", perhaps with the time («14 марта 2025, 10:47»).
_NEWS_DATE_RE = re.compile(
    r"^(?:\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{2,4}"
    r"|[A-Z][a-z]+\.? \d{1,2}, \d{4})(?:,?\s+(?:в\s+)?\d{1,2}:\d{2})?\s*$"
)
_NEWS_ITEMS = 3
_NEWS_DATE_CHARS = 30
# A news row of a site's feed opens with its date, bold or not, then its headline:
# «**11.10.2024** Открытие сезона…», «28.02.2025 — Открыт набор…», "March 4, 2025 – …".
_NEWS_ROW_RE = re.compile(
    r"^\W{0,3}(?:\d{1,2}\.\d{1,2}\.\d{2,4}|\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}"
    r"|[A-Z][a-z]+\.? \d{1,2}, \d{4})\W*\s+\S"
)
_NEWS_HEADING_WORDS = 3
_NEWS_ROWS = 2


def _drop_news_feed(lines: list[str]) -> list[str]:
    """A site's news feed under the page («#### Новости», «**Новости парка**», "Latest news")
    with its rows each opening with a date: the site's news, not the employer's word on the job
    («14.02.2025 — График работы катка на 23 февраля»), so the heading and its rows are blanked
    (up to the first line that is no dated row)."""
    words = _page_chrome().news
    kept = list(lines)
    for at, text in enumerate(lines):
        bare = text.strip().strip("#*_ :").lower()
        if not bare.startswith(words) or len(bare.split()) > _NEWS_HEADING_WORDS:
            continue
        end = at + 1
        while end < len(lines) and _NEWS_ROW_RE.match(lines[end].strip()):
            end += 1
        if end - at - 1 >= _NEWS_ROWS:
            kept[at:end] = [""] * (end - at)
    return kept


def _drop_other_news(lines: list[str], title: str | None) -> list[str]:
    """A news feed pasted with the vacancy as one of its items, each a block opening with its
    date and then its headline («16 сентября 2024» / «ТЕАТРУ ТРЕБУЕТСЯ МОНТИРОВЩИК СЦЕНЫ» / …,
    «12 сентября 2024» / «Гастроли в Ярославле: итоги» / …): when some headlines name the job
    and others do not, those others are other news, and are blanked. A site's feed of dated
    rows under a news heading is blanked whatever it names (:func:`_drop_news_feed`)."""
    lines = _drop_news_feed(lines)
    if not title:
        return lines
    dates = [
        at
        for at, text in enumerate(lines)
        if text[:1].isalnum()
        and len(text) <= _NEWS_DATE_CHARS
        and (at == 0 or not lines[at - 1].strip())
        and _NEWS_DATE_RE.match(text)
    ]
    if len(dates) < _NEWS_ITEMS:
        return lines
    dated = [block for block in _blocks(lines) if block.start in dates]
    own = _stems(title)
    named = [b for b in dated if len(b) > 1 and own & _stems(lines[b.start + 1])]
    if not named or len(named) == len(dated):
        return lines
    kept = list(lines)
    for block in dated:
        if block not in named:
            kept[block.start : block.stop] = [""] * len(block)
    return kept


# A newsletter's blurb opens with its job and employer, "Senior Backend Engineer (Go) —
# Parcelbird", the first line of its block.
_RULED_JOB_RE = re.compile(r"^\s*(?:\*\*|#{1,4}\s*)?[^\W\d_][^\n.!?]{0,80}?\s[—–-]\s+[A-ZА-ЯЁ«\"]")


def _ruled_entries(lines: list[str]) -> list[int]:
    """The first lines of a newsletter's blurbs, a job and its employer each, parted by rules
    ("━━━━"): a rule stands between every two of them."""
    entries = [
        at
        for at, text in enumerate(lines)
        if text[:1].strip()
        and (at == 0 or not lines[at - 1].strip() or _BARE_RULE_RE.match(lines[at - 1]))
        and not _BARE_RULE_RE.match(text)
        and len(text.split()) <= _LISTED_JOB_WORDS
        and _RULED_JOB_RE.match(text)
    ]
    ruled = all(
        any(_BARE_RULE_RE.match(lines[at]) for at in range(before, after))
        for before, after in itertools.pairwise(entries)
    )
    return entries if ruled else []


def _numbered_blocks(lines: list[str]) -> list[int]:
    """The first lines of a leaflet's employers' blocks, «СТЕНД №9  ГБУЗ …», «СТЕНД №11  ООО …»:
    one label, numbers rising (stands skip numbers), each block's employer named after them."""
    heads = [
        (at, match)
        for at, text in enumerate(lines)
        if (match := _NUMBERED_BLOCK_RE.match(text)) and len(text.split()) <= _LISTED_JOB_WORDS
    ]
    labels = Counter(match[1].lower() for _, match in heads)
    if not labels:
        return []
    label, _ = labels.most_common(1)[0]
    kept = [(at, int(match[2])) for at, match in heads if match[1].lower() == label]
    if any(later <= before for (_, before), (_, later) in itertools.pairwise(kept)):
        return []
    return [at for at, _ in kept]


def _blocks(lines: list[str]) -> list[range]:
    """The runs of lines with no blank line among them."""
    blocks: list[range] = []
    start = None
    for at, text in enumerate([*lines, ""]):
        if text.strip() and start is None:
            start = at
        elif not text.strip() and start is not None:
            blocks.append(range(start, at))
            start = None
    return blocks


def _brand_name(company: str) -> str:
    """The name in quotes of «ООО «Текстиль-Нова»», or the whole name."""
    quoted = re.findall(r"[«\"“]([^«»\"“”]+)[»\"”]", company)
    return " ".join(quoted) if quoted else company


def _other_jobs_lines(lines: list[str]) -> list[int]:
    """The lines a list of other jobs starts on («Похожие темы», «Другие объявления…»)."""
    return [
        at
        for at, raw in enumerate(lines)
        if _may_list_other_jobs(raw) and lists_other_jobs(plain_text(raw).partition(":")[0])
    ]


# --- units -----------------------------------------------------------------------------------


# Where razdel may end a sentence: a stop, a closing quote or bracket after one, or a line break.
_SENTENCE_END_RE = re.compile(r"[.!?…;:]\S*\s|\n")
# … of those, where it can: a space right after a stop, after closing quotes or brackets right
# after one, or after a smile («:)»); not after a bare colon ("Зарплата: 50 000 ₽"), nor inside
# a figure ("Python 3.12 и asyncio"). Most items with a stop or a colon are one sentence.
_SENTENCE_SPLIT_RE = re.compile(r"[.!?…;][^\w\s]*\s|[:=]-?[()]\S*\s|\n")


# Chat ads end a sentence with an emoji instead of a stop: "… без каблука 👠❌ После смены …".
# An emoji (with its modifiers) followed by a capital or a figure ends the sentence before it;
# followed by a small letter it is decoration inside the sentence ("2% 💰 выплаты …").
_EMOJI_BREAK_RE = re.compile(
    r"(?:[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF][\uFE0F\u200D\U0001F3FB-\U0001F3FF]*)+"
    r"(?=\s+[A-ZА-ЯЁ0-9«\"])"
)


_EMOJI_ANY_RE = re.compile("[\u2600-\U0010ffff]")


def _emoji_sentences(text: str) -> list[str]:
    """``text`` cut after each emoji that ends a sentence (see ``_EMOJI_BREAK_RE``); one that
    leads the text is a bullet."""
    pieces: list[str] = []
    start = 0
    for match in _EMOJI_BREAK_RE.finditer(text):
        if text[start : match.start()].strip():
            pieces.append(text[start : match.end()].strip())
            start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def split_sentences(text: str) -> list[str]:
    """Sentences of a paragraph (razdel), "м. Курская", "ул. Ленина", "e.g. Jira" kept whole;
    an emoji before a capital ends one too."""
    # Most text has no emoji: looking for any character from U+2600 up is cheaper than the cut.
    if _EMOJI_ANY_RE.search(text):
        return [part for piece in _split_sentences(text) for part in _emoji_sentences(piece)]
    return _split_sentences(text)


def _split_sentences(text: str) -> list[str]:
    stripped = text.strip()
    if not _SENTENCE_END_RE.search(stripped) or not _SENTENCE_SPLIT_RE.search(stripped):
        # No stop inside: one sentence (razdel is the slow part of indexing a posting).
        return [text.strip()] if text.strip() else []
    sentences: list[str] = []
    for piece in razdel.sentenize(text):
        for at, sentence in enumerate(_lower_case_sentences(piece.text.strip())):
            if not sentence:
                continue
            if sentences and (
                _ABBREVIATION_END_RE.search(sentences[-1])
                or sentences[-1].endswith((";", ",", ":"))
                # «… Киргизия (др. СНГ - только с патентом)»: a stop inside brackets ends no
                # sentence
                or sentences[-1].count("(") > sentences[-1].count(")")
                or (
                    at == 0
                    and not sentence[0].isupper()
                    and not sentence[0].isdigit()
                    and sentence[0] not in '«"('
                )
            ):
                sentences[-1] = f"{sentences[-1]} {sentence}"
            else:
                sentences.append(sentence)
    return sentences


# «… сделала вчера вечером. звонила по номеру — …»: a chat's sentences in lower case, each
# after a full stop that ends a word of four letters or more (razdel goes on past them).
_LOWER_CASE_SENTENCES = 2
_LOWER_CASE_SENTENCE_RE = re.compile(r"(?<=[^\W\d_]{4}[.!?])\s+(?=[a-zа-яё])")


def _lower_case_sentences(sentence: str) -> list[str]:
    """A run-on ``sentence`` cut before each lower-case sentence that ends no abbreviation
    («просп.»)."""
    if sentence.count(" ") < _RUN_ON_WORDS or not _LOWER_CASE_SENTENCE_RE.search(sentence):
        return [sentence]
    parts: list[str] = []
    start = 0
    for match in _LOWER_CASE_SENTENCE_RE.finditer(sentence):
        before = sentence[start : match.start()]
        if _ABBREVIATION_END_RE.search(before):
            continue
        parts.append(before)
        start = match.end()
    parts.append(sentence[start:])
    # One such stop may be a slip; a writer who starts sentences in lower case does it again.
    return parts if len(parts) > _LOWER_CASE_SENTENCES else [sentence]


_SPEAKER_RE = re.compile(
    r"[^\[\]\n]{1,60},\s*\[\d{1,2}\.\d{1,2}\.\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\]"
    r"|(?:posted by\s+)?u/[\w-]+(?:\s*·\s*\d+\s*[a-zа-я]{1,5}\.?)?",
    re.IGNORECASE,
)
_HASHTAGS_RE = re.compile(r"\s*(?:#[^\W_][\w-]*[\s,.]*)+")
# A job board's note of when the ad was put up and how often it was seen: «Опубликовано 14 ноября
# · 213 просмотров», "Posted 6 days ago", «Обновлено: сегодня, 09:41», «создано сегодня в 08:12»
# (every field of it such), also with who put it up: "Posted 2 days ago by Brightpath Education
# ★ Featured".
_META_FIELD = (
    r"(?:(?:обновлено|опубликовано|размещено|создано|дата\s+(?:публикации|размещения|обновления)"
    r"|(?:re)?posted(?:\s+on)?|updated|published|автор|id\s+вакансии|просмотров)\b"
    r"(?:[\s:,]+[^\s·|]+){0,4}(?:\s+(?:ago|today|yesterday)\s+by(?:\s+[^\s·|]+){1,4})?"
    r"|\d[\d\s]*(?:просмотр\w*|отклик\w*|views?|applicants?))"
)
_PUBLISHED_RE = re.compile(rf"\s*{_META_FIELD}(?:\s*[·|]\s*{_META_FIELD})*\s*", re.IGNORECASE)


def chip_row(item: str) -> bool:
    """Whether a line is a row of chips set apart by " · " or " • " ("Permanent · Full-time ·
    Hybrid"), or a field whose value is three or more of them set apart by commas, each
    capitalised (a board's parameter «Условия: Оформление по ТК, Парковка, Бесплатные
    обеды»); fields with figures ("Full-time · 5+ years of exp") or a table's " | " are none."""
    if " · " not in item and " • " not in item:
        label, colon, value = item.partition(": ")
        chips = value.rstrip(".").split(", ")
        return (
            bool(colon)
            and len(label) <= _FIELD_LABEL_MAX
            and len(chips) >= _MIN_FIELD_CHIPS
            and all(chip[:1].isupper() and _CHIP_RE.fullmatch(chip) for chip in chips)
        )
    fields = _FIELD_SEPARATOR_RE.split(item)
    return " | " not in item and all(_CHIP_RE.fullmatch(f) for f in fields)


def units(item: str, *, whole: bool = False) -> list[str]:
    """The answerable units of one item: its sentences, and a run-on sentence's ";" parts.

    ``whole`` keeps the item as one unit (the steps of a hiring process read as one). A piece
    shorter than three words means a stray stop ("… at ul. Prosta 51"): the item stays whole.
    """
    if (
        ("#" in item and _HASHTAGS_RE.fullmatch(item))  # a tag starts with "#"
        or (("[" in item or "/" in item) and _SPEAKER_RE.fullmatch(item.strip()))  # "[", "u/"
        or _PUBLISHED_RE.fullmatch(item)
    ):
        # "#вакансия #удаленка #безопыта": a channel's tags; "Тимур, [21.05.2025 14:45]",
        # "u/cutsbyleo · 8h": who wrote the next lines of a chat or a thread, and when;
        # «Опубликовано 14 ноября · 213 просмотров»: when the board put the ad up. Nothing a
        # candidate asks about.
        return []
    if whole:
        return [item]
    if chip_row(item):
        # the stack asked is all of it, and "Full-time" alone drops the "Permanent" beside it
        return [item]
    # (a bar or a dot between fields: most items have neither, and are not searched)
    fields = _FIELD_SEPARATOR_RE.split(item) if _FIELD_MARKS_RE.search(item) else [item]
    if len(fields) > 1 and all(0 < len(f.split()) <= _FIELD_WORDS for f in fields):
        # "Нижний Новгород | Сменный график | Опыт от 1 года", "Full-time · Entry level": a job
        # board's header of fields, each a fact of its own ("Posted 6 days ago" is none).
        return [f.strip() for f in fields if not _PUBLISHED_RE.fullmatch(f)]
    pieces: list[str] = []
    for sentence in split_sentences(item):
        parts = [sentence]
        if len(sentence.split()) > _RUN_ON_WORDS and sentence.count(";") >= 2:
            parts = [p.strip(" ;") for p in sentence.split(";") if p.strip(" ;")]
        pieces.extend(parts)
    if not pieces or any(len(p.split()) < _MIN_SENTENCE_WORDS for p in pieces):
        return [item]
    return pieces
