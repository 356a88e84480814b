"""A posting cut into quotable candidates, each analysed once: keys, topics, intent evidence.

Candidates are section items, intro sentences, front-matter facts and HR's FAQ answers.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from functools import cached_property, lru_cache
from itertools import chain, takewhile
from operator import attrgetter
from typing import Any, TypeVar

from bot.answering.lexicon import Intent, Lexicon, SpokenNumbers, spoken_figures
from bot.answering.spelling import Vocabulary
from bot.answering.text import Analyzed, normalize
from bot.answering.weights import Weights
from bot.postings.facts import WORDED_FIELDS, fact_pieces, posting_facts, say_words
from bot.postings.models import Posting, Salary, Section, SectionKind
from bot.postings.structure import (
    broad_heading,
    chip_row,
    classify_heading,
    is_field_label,
    kindless_heading,
    role_name,
    shared_heading,
    shouted_name,
    spaced_field_label,
    summary_note,
    units,
)

_PROCESS = SectionKind.PROCESS

# "Appointment type: Permanent": a field this short states one piece of a worded fact.
_FIELD_PIECE_WORDS = 6
_LABEL_MAX = 40  # "Наш офис: …" — a short lead before a colon names what the line is about
_EDGE_SYMBOLS_RE = re.compile(r"^[\W_]+|[\W_]+$")
# A sum as ads write it: "185 000", "6,500", "12.60", "140–190 тыс.", "$165k–$205k".
_AMOUNT_RE = re.compile(
    r"(?<![\w.,])(\d{1,3}(?:[ \u00a0\u202f,]\d{3})+|\d+(?:[.,]\d{1,2})?)"
    r"(?:\s*(тыс|т\.\s?р|k|к)(?![a-zа-яё]))?",
    re.IGNORECASE,
)
_DIGIT_RE = re.compile(r"\d")  # every sum _AMOUNT_RE finds starts with one
_GROUP_SEPARATOR_RE = re.compile(r"[ \u00a0\u202f,](?=\d{3}\b)")  # "185 000", "6,500"
# A line that ends asking: "Any openings for frontend?", «а с 17 лет берут?», «а кормить
# будете? 😅» (an emoji after it), "Нужна ли медицинская книжка? +" (an accordion's closed item);
# or one that asks and goes on in the asker's own words, in lower case: «а с 17 лет берут? сыну
# в мае 17 будет», "Сварщик нужен? могу ворота/навесы" (an FAQ's answer starts a sentence).
_ASKS_RE = re.compile(r"\?[\s)+»\"'\W]*$")
_ASKS_ON_RE = re.compile(r"\?\s+(?=[a-zа-яё])")
_ASKS_ON_WORDS = 20  # a longer unit is a post run together, more than the one question
# What joins the two ends of a range: "140–190 тыс." is thousands at both ends.
_RANGE_JOIN_RE = re.compile(r"^\s*(?:[-–—]|до|to)\s*[$€£₽]?\s*$", re.IGNORECASE)
# Lines of these sections say what the candidate does or brings, not what the employer gives.
_NOT_PERK_KINDS = frozenset(
    {SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE}
)
FUZZY_PREFIX = 5
_HEADING_CACHE = 4096
LINE_CACHE_SIZE = 100_000
# Analysed candidates kept for lines built again (``IndexBuilder._candidate``): each shares its
# sets with the indexes, and costs ~0.7 KiB of its own (itself and its key).
_MADE_CACHE_SIZE = 20_000
# Pure functions of a line's text asked for every line of every posting built (``_label``,
# ``_bare``): remembered, as the lines' analyses are.
_TEXT_CACHE_SIZE = 65_536
# Whether a heading is a role's name in capitals, asked twice of every section's heading of every
# posting built (a pass over its letters): headings repeat across postings.
_shouted_name = lru_cache(maxsize=_HEADING_CACHE)(shouted_name)
# Items cut into units, remembered by their text (razdel is the slow part of building).
_units = lru_cache(maxsize=LINE_CACHE_SIZE)(units)
_MIN_SENTENCE_WORDS = 3
_MIN_VOTES = 2  # items that must agree to give a section under an unknown heading a kind
# Kinds a section under an unknown heading may take from its items: what the candidate does and
# brings reads clearly ("запускать…", "опыт от…"); perks' cue words are too loose ("shift").
_INFERRED_KINDS = (SectionKind.DUTIES, SectionKind.REQUIREMENTS)

SOURCE_SECTION = "section"
SOURCE_INTRO = "intro"
SOURCE_FACT = "fact"
SOURCE_FAQ = "faq"
SOURCE_DESCRIPTION = "description"
SOURCE_REPLY = "reply"  # the post's author answering a comment under it
# «@svetlana_k », "@Greg ": the commenter a reply opens by naming.
_ADDRESSEE_RE = re.compile(r"^@[^\W\d][\w.]*[,:]?\s+")
# Where a sentence's leading words end: a dash, a colon, a comma, a bracket.
_LEAD_CLAUSE_RE = re.compile(r"\s[—–-]\s|[:,;(]")


def _asks(quote: str) -> bool:
    if _ASKS_RE.search(quote) is not None:
        return True
    return _ASKS_ON_RE.search(quote) is not None and len(quote.split()) <= _ASKS_ON_WORDS


# What a line's topics give, in this order (``Topical``): the candidate's attributes of the name.
TOPIC_FIELDS = ("topics", "vetoed", "label_topics", "lent", "before_topics", "post_topics")
_Topics = tuple[
    frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]
]


class _Lazy:
    """A base without slots: its ``__dict__`` holds what a candidate finds when first asked
    (``cached_property``), the fields themselves being slots."""


class Topical:
    """A line's topics and what follows from them (``TOPIC_FIELDS``), found when a question
    first asks for them: most lines of most postings built are never asked, and finding their
    topics was about a quarter of building an index. The copies of an analysed line share one
    (``IndexBuilder._candidate``), so it is found once for them all."""

    __slots__ = ("_find", "_found")

    def __init__(
        self, find: Callable[[], _Topics] | None = None, found: _Topics | None = None
    ) -> None:
        self._find, self._found = find, found

    def get(self) -> _Topics:
        found = self._found
        if found is None:
            assert self._find is not None
            found = self._found = self._find()
            self._find = None  # (and what it held: the line's texts and context)
        return found

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Topical) and self.get() == other.get()

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Topical({', '.join(map(repr, self.get()))})"


def changed(candidate: Candidate, **changes: Any) -> Candidate:
    """``replace(candidate, **changes)``, where ``changes`` may give the fields its topics give
    (``TOPIC_FIELDS``) too: those are found now, the line's own first."""
    given = {name: changes.pop(name) for name in TOPIC_FIELDS if name in changes}
    if given:
        found = candidate.topical.get()
        changes["topical"] = Topical(
            found=tuple(  # type: ignore[arg-type]
                given.get(name, value) for name, value in zip(TOPIC_FIELDS, found, strict=True)
            )
        )
    return replace(candidate, **changes)


def relabeled(candidate: Candidate, keys: frozenset[str], topics: frozenset[str]) -> Candidate:
    """A line that states a fact of the card: its ``keys``, and ``topics`` added to its topics
    and its label's, none of them vetoed — as ``changed`` gives them, but found when a question
    first asks for them, like the line's own topics (most lines are never asked)."""
    own = candidate.topical

    def find() -> _Topics:
        found, vetoed, label, lent, before, post = own.get()
        return (found | topics, vetoed - topics, label | topics, lent, before, post)

    return replace(candidate, keys=keys, topical=Topical(find))


# Not frozen, though nothing sets a field once it is built (``replace`` makes a new one): a
# frozen dataclass sets each of its two dozen fields through ``object.__setattr__``, and
# building an index makes one per line — 6 % of the work of indexing 500 postings.
# Its fields are slots: 30 attributes or more in an instance's ``__dict__`` no longer share the
# class's keys (CPython's limit), and each line's dict then took 1,584 bytes.
@dataclass(slots=True)
class Candidate(_Lazy):
    """One quotable line and what the engine knows about it."""

    quote: str
    source: str  # section | intro | fact | faq
    kind: SectionKind | None
    heading: str | None
    group: int  # lines of one group share a header in the reply
    order: int
    keys: frozenset[str]
    label_keys: frozenset[str]
    heading_keys: frozenset[str]
    # Its topics, and what they give (``topics``, ``vetoed`` …), found when first asked.
    topical: Topical
    over_keys: frozenset[str] = frozenset()  # a role in capitals heading its part («ЛАБОРАНТ»)
    # The name of another job than the title's whose card the line is in: «Администратор
    # ресепшн» / «38 000 ₽» / «График 5/2» under the posting's own card, on a clinic's page.
    other_job: frozenset[str] = frozenset()
    # The head it is listed under with its siblings («1) ТРЦ «Гринвич-Плаза»» over «— дневная
    # смена …»): the site or way of working its terms are for. Ranks, does not judge.
    under_keys: frozenset[str] = frozenset()
    intents: Mapping[str, Intent] = field(default_factory=dict, repr=False, compare=False)
    # The evidence of ``intents`` each line text read shows, shared by the builder's lines:
    # postings share lines, and each posting's are asked in turn (``evidence``).
    shown: dict[str, frozenset[str]] | None = field(default=None, repr=False, compare=False)
    # The numbers it writes out in words (the lexicon's, shared), or None: it writes none.
    spoken: SpokenNumbers | None = field(default=None, repr=False, compare=False)
    position: int = -1  # its place in its section (0: the first step); -1 outside sections
    generic: bool = False  # a fact every line on its topic refines ("Город: Москва")
    # A fact a line of the text states too, in HR's own words ("185 000 – 210 000 тг").
    held: bool = False
    # A card's field that names a kind of employment ("Employment: contract", «Занятость: вахта»):
    # the text's own lines on it say more, unless it shows what the question word asks.
    worded: bool = False
    # What the line reads as: its section's kind, or for a sentence of prose, the kind its cues
    # show ("Нужно делать ТО…" → duties); ranks lines of one topic by the side they come from.
    role: SectionKind | None = None
    # Words it has from the comment it answers (a reply under a post), not from its own text.
    asked_keys: frozenset[str] = frozenset()
    # The subjects of the comment it answers («карьерный рост есть?»: the career).
    asked_topics: frozenset[str] = frozenset()
    reply: int = -1  # the reply it is a sentence of (its place among the posting's), or -1
    # The question it answers, as written: the comment over a reply's first sentence, the
    # heading over an FAQ's verdict, HR's FAQ question («а можно с ребенком приходить?» over
    # «к сожалению нет»). What the candidate says of themselves there is spoken to.
    answers: str = ""
    # The words only its post's cell has, for a table row of posts («Должность: Вахтёр
    # общежития»): they say whose row it is, not what the row states.
    post_keys: frozenset[str] = frozenset()
    # What the first sentence of its item is about, when it is a later one: "CannSell Standard
    # certification" for "You can still apply; we reimburse the course fee" after it, «медкнижка»
    # for «Нет — поможем оформить, за счёт компании» after «Медкнижка обязательна.».
    lead_keys: frozenset[str] = frozenset()
    # What the sentence before it in its item or paragraph names (keys it has not, topics):
    # «Медицинская книжка обязательна.» before «Если её нет — оформим, стоимость вернём …»,
    # "… a criminal background check …" before "We pay for it." Only who pays or whether it
    # is paid reads them: the thing paid for is often named a sentence before the paying.
    before_keys: frozenset[str] = frozenset()

    # What its topics give (``TOPIC_FIELDS``), read from ``topical`` when first asked: a
    # ``cached_property`` is read a little slower than a slot once found (its ``__dict__``), and
    # a ``__getattr__`` that filled slots slowed every attribute of the class down.

    @cached_property
    def topics(self) -> frozenset[str]:
        """The subjects it is about: its words', its section's, its label's, its fact's."""
        return self.topical.get()[0]

    @cached_property
    def vetoed(self) -> frozenset[str]:
        """Topics its words name but it is not about: payroll duties name the salary."""
        return self.topical.get()[1]

    @cached_property
    def label_topics(self) -> frozenset[str]:
        """Topics its label names: "Зарплата: …", "Адрес: …"."""
        return self.topical.get()[2]

    @cached_property
    def lent(self) -> frozenset[str]:
        """The subject its heading lends it, naming none of its own («Внешний вид» over «чёрный
        костюм, белая рубашка»): it is on it, though no word of its says it."""
        return self.topical.get()[3]

    @cached_property
    def before_topics(self) -> frozenset[str]:
        """The topics the sentence before it names that it does not (``before_keys``)."""
        return self.topical.get()[4]

    @cached_property
    def post_topics(self) -> frozenset[str]:
        """For a table row of posts, the topics only its post's cell names (``post_keys``)."""
        return self.topical.get()[5]

    @cached_property
    def said(self) -> str:
        """The line as the engine reads it, numbers in words as figures («от сорока пяти тысяч
        рублей» as «от 45 000 рублей»; the quote itself for most lines): found when first
        asked."""
        return self.quote if self.spoken is None else spoken_figures(self.quote, self.spoken)

    @cached_property
    def tags(self) -> bool:
        """Whether the line only names: a bare tag ("Overtime", "Адрес") or a row of them
        ("Permanent · Full-time · Hybrid"), or a lead-in without a figure over the items that
        say it («оплата труда по «эффективному контракту»:»), found when first asked."""
        quote = self.quote
        return (
            len(self.keys) < 3
            or (quote.endswith(":") and not any(ch.isdigit() for ch in quote))
            or chip_row(quote)
        )

    @cached_property
    def read(self) -> str:
        """:attr:`said`, normalized."""
        return normalize(self.said)

    @cached_property
    def evidence(self) -> frozenset[str]:
        """Intents the line satisfies (a number, a time, a place…): found when first asked, as
        most lines of a posting are never ranked for a question with an intent."""
        raw = self.read
        shown = self.shown
        found = shown.get(raw) if shown is not None else None
        if found is None:
            found = frozenset(name for name, i in self.intents.items() if i.shows(raw))
            if shown is not None:
                if len(shown) >= LINE_CACHE_SIZE:
                    shown.clear()
                shown[raw] = found
        return found

    @cached_property
    def precise(self) -> frozenset[str]:
        """Intents whose precise answer the line gives (a street and a number for "где?"): found
        when first asked, like ``evidence``."""
        raw = self.read
        return frozenset(
            name
            for name, i in self.intents.items()
            if i.precise is not None and i.precise.search(raw)
        )

    @cached_property
    def streets(self) -> frozenset[str]:
        """Intents whose street answer the line gives (``Intent.street``), found when asked.
        The street is looked for first: most lines name none, and then their precise answers
        need not be found at all (every line is asked when a question wants a street). A street
        answer is a street *and its number* (the house's, the kilometre's): a line without a
        figure is not searched, and most lines have none."""
        if not _DIGIT_RE.search(self.said):
            return frozenset()
        raw = self.read
        return frozenset(
            name
            for name, i in self.intents.items()
            if i.street is not None and i.street.search(raw) and name in self.precise
        )


# A candidate's field values in the constructor's order: ``Candidate(*_field_values(c))`` is a
# copy of ``c`` as the constructor makes it (none of what it found when asked).
_field_values = attrgetter(*(f.name for f in fields(Candidate)))


@dataclass(frozen=True)
class PostingIndex:
    """Every candidate of a posting, with key weights over them."""

    candidates: tuple[Candidate, ...]
    idf: dict[str, float]
    unseen_idf: float
    title_keys: frozenset[str]
    title: str = ""
    # Words of the title that head some lines and not others: the roles of a posting that hires
    # several («КЛАДОВЩИКИ», «ВОДИТЕЛИ ПОГРУЗЧИКА»), weighed by how many lines they head.
    role_idf: dict[str, float] = field(default_factory=dict)
    # Per order of a list's item, the order of the lead-in line over its list («Гражданин …
    # представляет:» over «а) личное заявление …»): the list as a whole is asked by its lead.
    list_leads: dict[int, int] = field(default_factory=dict)
    # The orders of a price list's rows whose pay the list's heading gives («Сколько можно
    # заработать» over «прогулка 30 минут — 350 ₽»): each is its item's price.
    priced: frozenset[int] = frozenset()
    # The keys of each job the title lists («Пекарь, кассир-бариста, уборщица»: three).
    title_parts: tuple[frozenset[str], ...] = ()
    # Words of the title that head parts of the posting as a role's name in capitals
    # («КОНДУКТОР», «АВТОСЛЕСАРЬ (ремонтная зона)»): the roles whose lines are their own.
    scoped_roles: frozenset[str] = frozenset()
    # Headings naming the employer and nothing else («**2. ООО «Комбинат питания «Школьник»**»
    # on a job fair's page of eight): the job's own block among the page's lines.
    own_headings: frozenset[str] = frozenset()
    # Snowball stem → keys of the posting's words with it; filled when a question first needs it
    # (see ``IndexBuilder.stems``).
    by_stem: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    by_topic: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # Per candidate, the title's words leading it; and each such word with those leading a line
    # with it: filled when a question first names a word of the title (``Answerer._role_leads``).
    role_leads: list[frozenset[str]] = field(default_factory=list, compare=False, repr=False)
    role_words: dict[str, frozenset[str]] = field(default_factory=dict, compare=False, repr=False)
    # The first FUZZY_PREFIX letters → keys with them; built when a question first has a word
    # the posting lacks (see ``prefixed``).
    by_prefix: dict[str, set[str]] = field(default_factory=dict, compare=False, repr=False)
    # The posting's words for typo correction, built when a question first has an unknown word.
    spelling: list[Vocabulary] = field(default_factory=list, compare=False, repr=False)
    # Per unit of pay, whether some line gives a sum per it: found when a question first asks
    # a sum per that unit (see ``pays_per``).
    paid_per: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    # Per kind of member (``Lexicon.members``), the members some line names: found when a
    # question first asks (``Answerer._members_named``; the key "" marks it found).
    members_named: dict[str, frozenset[str]] = field(
        default_factory=dict, compare=False, repr=False
    )

    @cached_property
    def covered_topics(self) -> frozenset[str]:
        """The topics some line is about, found when a question first asks (``Topical``)."""
        return frozenset(t for c in self.candidates for t in c.topics)

    def pays_per(self, unit: str, said: re.Pattern[str]) -> bool:
        """Whether some line gives a sum per ``unit`` (``said`` finds one), looked for once."""
        found = self.paid_per.get(unit)
        if found is None:
            found = self.paid_per[unit] = any(said.search(c.read) for c in self.candidates)
        return found

    def topic_keys(self, topic: str) -> frozenset[str]:
        """Keys of the lines about ``topic``: what the posting names when it speaks of it."""
        keys = self.by_topic.get(topic)
        if keys is None:
            keys = frozenset(k for c in self.candidates if topic in c.topics for k in c.keys)
            self.by_topic[topic] = keys
        return keys

    def prefixes(self) -> dict[str, set[str]]:
        """The posting's keys by their first ``FUZZY_PREFIX`` letters, built on first use."""
        by_prefix = self.by_prefix
        if not by_prefix:
            by_prefix[""] = set()
            for k in self.idf:
                if len(k) >= FUZZY_PREFIX and k.isalpha():
                    by_prefix.setdefault(k[:FUZZY_PREFIX], set()).add(k)
        return by_prefix

    def prefixed(self, key: str) -> set[str] | tuple[()]:
        """The posting's keys that start with ``key``'s first ``FUZZY_PREFIX`` letters."""
        return self.prefixes().get(key[:FUZZY_PREFIX], ())

    def weight(self, key: str) -> float:
        """How telling a key is in this posting: rare keys weigh more (BM25's idf)."""
        found = self.idf.get(key)
        if found is None:
            found = self.role_idf.get(key, self.unseen_idf)
        return found


@lru_cache(maxsize=_TEXT_CACHE_SIZE)
def _label(text: str) -> str:
    head, sep, _ = text.partition(":")
    if not sep:
        return spaced_field_label(text) or ""
    if len(head) > _LABEL_MAX:
        return ""
    last = head.split()[-1:] or [""]
    # "8:00", "1С: Аптека": a colon after a word with a digit is no label's end.
    return "" if any(ch.isdigit() for ch in last[0]) else head


_NUMBERING_RE = re.compile(r"^\W*\d{1,2}[.)]\s*")
# «горничные — 48 000 руб./мес.»: a role, a dash and what it is given.
_DASH_RE = re.compile(r"\s[—–]\s")
_NOTE_RE = re.compile(r"\([^()]*\)")
_CLAUSE_RE = re.compile(r"[,;]\s|\.\s")
_ROLE_WORDS = 4
_MONEY = "money"
_ROW_CHARS = 120  # characters of a line a row's name and its dash are sought in
# A row of a price list: an item's name, then a dash, a colon, dotted leaders or a bar, then
# its terms («Химчистка дивана: от 2 200 ₽», «Повар-блинопёк ......... от 2 900 ₽/смена»).
_ROW_SEP_RE = re.compile(r"\s[—–-]\s|:\s|\s?\.{2,}|…|\s\|\s")


def row_name(line: str) -> str | None:
    """The name a row of a price list leads with, up to its first dash, colon, dotted leaders
    or bar with a letter before it; None when the line has none in its first characters."""
    start = 0
    while start < len(line) and not line[start].isalnum():
        start += 1
    for sep in _ROW_SEP_RE.finditer(line, start, _ROW_CHARS):
        name = line[start : sep.start()]
        if any(ch.isalpha() for ch in name):
            return name
    return None


_CANDIDATE_KINDS = frozenset({SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE})
# «— дневная смена 8:00–20:00 …» under «1) ТРЦ «Гринвич-Плаза»»: a line marked as a sub-item.
_SUB_ITEM_RE = re.compile(r"^\s*[—–\-•▪·●◦]\s")
# … or numbered or lettered («1) паспорт;», «а) личное заявление;»), as a list under a lead-in is
_LISTED_RE = re.compile(r"^\s*(?:[—–\-•▪·●◦]|\d{1,2}[.)]|[а-яёa-z]\))\s")
_SCOPES_MIN = 2
_T = TypeVar("_T")
# «Гардеробщик, вахтёр, уборщица в школу», «Пекарь / кассир»: a title listing several jobs.
_TITLE_ROLES_RE = re.compile(r"[,/;]|\s\+\s")


def _scopes(markdown: str, items: tuple[str, ...]) -> list[str | None]:
    """Per item, the head it is said under in a block of several heads each over its own
    marked lines («1) ТРЦ «Гринвич-Плаза»» over «— дневная смена …, 2 600 ₽ за смену», then
    «2) Бизнес-центр …» over its own): the site, role or way of working a line's pay and hours
    are for. None for a head itself and for items of a section with fewer heads."""
    if "\n—" not in markdown and "\n-" not in markdown and "\n•" not in markdown:
        return [None] * len(items)  # most sections: no marked line under an unmarked one
    lines = [line for line in markdown.split("\n") if line.strip()]
    head: str | None = None
    heads = 0
    by_line: list[str | None] = []
    for at, line in enumerate(lines):
        if (
            _SUB_ITEM_RE.match(line) is None
            and at + 1 < len(lines)
            and _SUB_ITEM_RE.match(lines[at + 1])
        ):
            head = line
            heads += 1
            by_line.append(None)
        else:
            by_line.append(head)
    if heads < _SCOPES_MIN:
        return [None] * len(items)
    return _per_item(items, lines, by_line)


def _per_item(
    items: tuple[str, ...], lines: list[str], by_line: list[_T | None]
) -> list[_T | None]:
    """Per item, what ``by_line`` holds for the line it was cut from: the items follow the
    lines in order, each found by its start in the first line at or after the last one's."""
    found: list[_T | None] = []
    at = 0
    for item in items:
        value = None
        for ahead in range(at, len(lines)):
            if item[:40] in lines[ahead]:
                value, at = by_line[ahead], ahead + 1
                break
        found.append(value)
    return found


def _leads(markdown: str, items: tuple[str, ...]) -> list[tuple[str, str] | None]:
    """Per item, the line ending in a colon right above the marked list it is an item of
    («Для участия в отборе необходимо представить следующие документы:» over «- копию
    паспорта;»; the lead-in's own, itself), with the item's own marked line (a line typed
    under the list without a break runs on into its last item, and is none of it). None for
    any other item, and for every item of most sections."""
    if ":\n" not in markdown:
        return [None] * len(items)
    lines = [line for line in markdown.split("\n") if line.strip()]
    lead: str | None = None
    by_line: list[tuple[str, str] | None] = []
    for line in lines:
        if _LISTED_RE.match(line):
            if lead is not None and by_line[-1] is None:
                by_line[-1] = (lead, lead)  # the lead-in says it too: "… documents:"
            by_line.append((lead, line) if lead is not None else None)
        else:
            lead = line if line.rstrip().endswith(":") else None
            by_line.append(None)
    return _per_item(items, lines, by_line)


def _link_lists(
    led_by: list[int | None], spans: list[tuple[int, int]], into: dict[int, int]
) -> None:
    """Into ``into``, each item's candidates' orders with the order of its lead-in's last one,
    from the orders each item's candidates span."""
    for n, m in enumerate(led_by):
        if m is not None and spans[m][1] > spans[m][0]:
            for at in range(*spans[n]):
                into[at] = spans[m][1] - 1


def _led_by(leads: list[tuple[str, str] | None]) -> list[int | None]:
    """Per item, the index of the lead-in item over the list it is an item of (``_leads``)."""
    found: list[int | None] = []
    at: int | None = None
    for n, lead in enumerate(leads):
        if lead is not None and lead[0] == lead[1]:
            at = n
        found.append(at if lead is not None and at != n else None)
    return found


_CELL_RE = re.compile(r"\s+\|\s+|[ ]*\t+[ ]*")
_TABLE_MIN_CELLS = 3
_TABLE_MIN_ROWS = 3  # its header and two rows
_TABLE_MIN_WIDTH = 2  # cells of a row: a label and its figure under the header's names


def _row_label(item: str) -> str:
    """The label of a table's row of two cells, read as "Label: value" reads: «Учебная нагрузка
    | 24 часа в неделю» under «Поле | Значение» is labelled as a field is."""
    cells = _CELL_RE.split(item)
    return _label(f"{cells[0]}: {cells[1]}") if len(cells) == _TABLE_MIN_WIDTH else ""


def _table_rows(items: tuple[str, ...]) -> dict[str, str]:
    """Rows of a table typed with bars ("Ночная | 20:00–08:00 | 12 ч | 3 900 руб.", under
    "Смена | Время | Часы | Ставка за смену"): each row with the text it is matched by, its
    cells named by the header's columns ("Ставка за смену: 3 900 руб."). Three rows or more
    with as many cells: a header of fields ("Москва | Full-time | Senior") is one line."""
    rows: dict[str, str] = {}
    # Only a bar between spaces or a tab cuts an item into cells: most items have neither.
    cells = [_CELL_RE.split(item) if "|" in item or "\t" in item else [item] for item in items]
    start = 0
    while start < len(items):
        width = len(cells[start])
        end = start
        while end < len(items) and len(cells[end]) == width:
            end += 1
        header = cells[start]
        # (a unit's superscript, «за м²», is no figure of a row; a line of one cell, as most
        # items are, is no row and its letters are not read)
        named = width >= _TABLE_MIN_WIDTH and not any(
            ch.isdecimal() for cell in header for ch in cell
        )
        wide = width >= _TABLE_MIN_CELLS or named
        if wide and end - start >= _TABLE_MIN_ROWS:
            for at in range(start + 1 if named else start, end):
                rows[items[at]] = (
                    "; ".join(
                        f"{name}: {cell}" for name, cell in zip(header, cells[at], strict=True)
                    )
                    if named
                    else "; ".join(cells[at])
                )
        start = max(end, start + 1)
    return rows


# A list's marked line, then a blank line: what follows, typed without marks, is no more of the
# list ("What we're looking for: - …" then "401(k) with a 3% match after 1 year.").
_LINE_CHARS = 160  # a line typed on its own, no paragraph
# A chat post marks its lines with emoji ("👉 owning our streaming ingestion…").
_MARK = r"(?:[-*•▪·]|\d{1,2}[.)]|[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B00-\u2BFF]\uFE0F?)"
_LIST_MARK_RE = re.compile(rf"^[ \t]*{_MARK}\s", re.MULTILINE)
_AFTER_LIST_RE = re.compile(rf"\n[ \t]*\n(?![ \t]*{_MARK}\s)")


def _after_list(markdown: str) -> str:
    """The text of a section below its marked list and a blank line ("" when there is none).
    The list is the first one: a paragraph ends it, and what is marked below that paragraph
    ("💷 £70k–£85k + equity" after the duties and "What I'm looking for: …") is no more of it."""
    mark = _LIST_MARK_RE.search(markdown)
    gap = _AFTER_LIST_RE.search(markdown, mark.end()) if mark else None
    return markdown[gap.end() :] if gap else ""


# "Health Insurance   Dental   Vision   401(k)   Shift Meal": a board's row of chips, names set
# apart by runs of spaces, each a few words with no sentence in it.
_CHIP_GAP_RE = re.compile(r"[ \t]{2,}")
_CHIP_WORDS = 3
_CHIP_MIN = 4
_CHIP_SENTENCE_RE = re.compile(r"[.:;!?]\s|[.:;!?]$")


def _chip_rows(markdown: str) -> frozenset[str]:
    """A section's rows of chips, as its items read them (spaces run together)."""
    if "  " not in markdown:
        return frozenset()
    lines = [line.strip() for line in markdown.splitlines() if line.strip()]
    cells = [_CHIP_GAP_RE.split(line) for line in lines]
    rows = set()
    for at, chips in enumerate(cells):
        # a row between rows like it is a table's ("Shift   Times   Mon-Fri   Sat   Sun")
        table = any(
            0 <= near < len(cells) and len(cells[near]) >= _CHIP_MIN - 1
            for near in (at - 1, at + 1)
        )
        if (
            not table
            and len(chips) >= _CHIP_MIN
            and all(
                len(chip.split()) <= _CHIP_WORDS and not _CHIP_SENTENCE_RE.search(chip)
                for chip in chips
            )
        ):
            rows.add(" ".join(chips))
    return frozenset(rows)


@lru_cache(maxsize=_TEXT_CACHE_SIZE)
def _bare(text: str) -> str:
    """Lower-case words only: "Northline Cold Storage Inc." as "northline cold storage inc"."""
    return " ".join(re.findall(r"[^\W_]+", normalize(text)))


@lru_cache(maxsize=65_536)
def _idf(n: int, f: int) -> float:
    """BM25's idf of a key found in ``f`` of ``n`` lines."""
    return math.log(1 + (n - f + 0.5) / (f + 0.5))


class IndexBuilder:
    """Builds :class:`PostingIndex` objects with one lexicon."""

    def __init__(self, lexicon: Lexicon, weights: Weights | None = None) -> None:
        self.lexicon = lexicon
        self.w = weights or Weights()
        self.analyzer = lexicon.analyzer
        self._section_topics: dict[SectionKind, frozenset[str]] = defaultdict(frozenset)
        by_kind: dict[SectionKind, set[str]] = defaultdict(set)
        self._fact_topics: dict[str, set[str]] = defaultdict(set)
        for topic in lexicon.topics.values():
            if topic.section is not None:
                by_kind[topic.section].add(topic.name)
            for name in topic.facts:
                self._fact_topics[name].add(topic.name)
        self._section_topics.update({k: frozenset(v) for k, v in by_kind.items()})
        # What the employer gives or does for the candidate, which a duty or a requirement that
        # names it is not about: pay, leave, and the hiring interview ("Conduct interviews").
        self._perks = frozenset(t.name for t in lexicon.topics.values() if t.perk) | frozenset(
            lexicon.line_term_topics
        )
        self._city_topics = frozenset(self._fact_topics.get("city", ()))
        self._card_topics = frozenset(chain.from_iterable(self._fact_topics.values()))
        self._headings: dict[str, frozenset[str]] = {}
        self._lines: dict[str, tuple[Analyzed, str]] = {}  # ``_analysis``
        self._named: dict[str, tuple[frozenset[str], frozenset[str]]] = {}  # ``_line_topics``
        self._spelled: set[str] = set()  # the lines of it that write numbers in words
        self._prose: dict[str, SectionKind | None] = {}
        self._stems: dict[str, tuple[tuple[str, str, str], ...]] = {}
        self._cities: dict[str, frozenset[str]] = {}
        self._asked: dict[str, frozenset[str]] = {}  # HR's questions: FAQs repeat across postings
        self._shown: dict[str, frozenset[str]] = {}  # Candidate.shown
        # ``_candidate``'s analysed lines, as their fields' values
        self._made: dict[tuple[object, ...], tuple[Any, ...]] = {}
        # The sums each line of the posting being built states (``_amounts``): a line is asked
        # once per fact of the posting.
        self._sums: dict[str, frozenset[float]] = {}

    def _candidate(
        self,
        quote: str,
        source: str,
        group: int,
        order: int,
        *,
        position: int = -1,
        **context: Any,
    ) -> Candidate:
        """The line's candidate at its place (``group``, ``order``, ``position``), analysed once
        per process for each text and context: postings share lines, with the same heading,
        kind and neighbours, and a /reload builds a changed posting's unchanged lines again.
        What ``_analysed`` finds depends on nothing but its arguments (and the lexicon), so
        every keyword is part of the key, a new one too."""
        key = (quote, source, *context, *context.values())  # the names, then their values
        made = self._made.get(key)
        if made is None:
            if len(self._made) >= _MADE_CACHE_SIZE:
                self._made.clear()
            # Its fields' values, as the constructor takes them (the copies are made with it);
            # the first is the one analysed.
            candidate = self._analysed(quote, source, **context)
            self._made[key] = _field_values(candidate)
        else:
            candidate = Candidate(*made)
        candidate.group, candidate.order, candidate.position = group, order, position
        return candidate

    def _analysed(
        self,
        quote: str,
        source: str,
        *,
        kind: SectionKind | None = None,
        heading: str | None = None,
        match_text: str | None = None,
        label: str | None = None,
        extra_topics: frozenset[str] = frozenset(),
        city_keys: frozenset[str] = frozenset(),
        generic: bool = False,
        held: bool = False,
        worded: bool = False,
        prose: bool = False,
        over: frozenset[str] = frozenset(),
        other_job: frozenset[str] = frozenset(),
        under: frozenset[str] = frozenset(),
        row: bool = False,
        answers: str = "",
        lead: frozenset[str] = frozenset(),
        headed: frozenset[str] = frozenset(),
        before: str = "",
    ) -> Candidate:
        lexicon = self.lexicon
        text = match_text if match_text is not None else quote
        raw = normalize(text)
        analyzed = self._analysis(text)[0]
        role = kind
        about = False  # whether it presents the employer (``_topics``)
        if source == SOURCE_FACT:
            role = SectionKind.CONDITIONS  # pay, employment, format: what the employer offers
        elif role is None and source == SOURCE_INTRO:
            role = self._prose_kind(raw)
            about = role is None
        label_text = _label(quote) if label is None else label
        heading_keys = self._heading_keys(heading) if heading else frozenset()
        post = lexicon.grammar.post_column.search(text) if row else None
        post_keys = frozenset[str]()
        cells: tuple[str, str] | None = None
        if post:
            # (what the row says without its post's cell: its other cells')
            cells = (post[1], text[: post.start(1)] + text[post.end(1) :])
            post_keys = self._analysis(cells[0])[0].keys - self._analysis(cells[1])[0].keys
        before_keys = self._analysis(before)[0].keys - analyzed.keys if before else frozenset()
        context = (text, raw, source, kind, role, about, prose, row, analyzed.keys)
        found = (extra_topics, city_keys, label_text, cells, before, headed)
        return Candidate(
            quote=quote,
            source=source,
            kind=kind,
            heading=heading,
            group=0,  # the line's place: set on each copy (``_candidate``)
            order=0,
            keys=analyzed.keys,
            label_keys=self._analysis(label_text)[0].keys if label_text else frozenset(),
            # (the heading's own set when nothing is added: one set fewer per line)
            heading_keys=heading_keys | over if over else heading_keys,
            topical=Topical(lambda: self._topics(*context, *found)),
            over_keys=over,
            other_job=other_job,
            # (an empty set kept the one shared: a new one for every line is ~200 bytes each)
            under_keys=under - analyzed.keys if under else under,
            intents=lexicon.intents,
            shown=self._shown,
            spoken=lexicon.spoken if text in self._spelled else None,
            generic=generic,
            held=held,
            worded=worded,
            role=role,
            post_keys=post_keys,
            answers=answers,
            lead_keys=lead - analyzed.keys if lead else lead,
            before_keys=before_keys,
        )

    def _topics(
        self,
        text: str,
        raw: str,
        source: str,
        kind: SectionKind | None,
        role: SectionKind | None,
        about: bool,
        prose: bool,
        row: bool,
        keys: frozenset[str],
        extra_topics: frozenset[str],
        city_keys: frozenset[str],
        label_text: str,
        cells: tuple[str, str] | None,
        before: str,
        headed: frozenset[str],
    ) -> _Topics:
        """What ``_analysed`` found of a line's topics (``Topical``), when first asked."""
        found, denied = self._line_topics(text)
        # (a line that names no subject of its own is on its heading's: ``headed``)
        lent = headed if not found else frozenset()
        topics, vetoed = set(found or lent), set(denied)
        if (
            kind in _NOT_PERK_KINDS
            # A table's row says what its columns name («Доход в месяц: от 215 000 руб.»),
            # wherever the table stands: a pay table below the requirements is still pay.
            and not row
            # (the perks first: most lines name none, and then there is nothing to veto)
            and not topics.isdisjoint(self._perks)
            and not self.lexicon.employer_gives(raw)
            # A sentence of prose under "About the role" is what its own cues say it is:
            # "The salary range for this position is €55,000–€68,000" keeps its pay.
            and (not prose or self._prose_kind(raw) in _NOT_PERK_KINDS)
        ):
            vetoed |= topics & self._perks
            topics -= self._perks
        topics |= extra_topics
        if about:
            # The opening lines, before any heading, present the employer (the card shows
            # them as «О компании»): they answer "чем занимается компания?".
            topics |= self._section_topics.get(SectionKind.ABOUT, frozenset())
        if role is not None:
            topics |= self._section_topics.get(role, frozenset())
        if prose and kind is not None:
            # "Собеседование в день обращения. Пишите…" closing the conditions: a sentence of
            # a paragraph whose cues say another kind speaks of that kind too.
            said = self._prose_kind(raw)
            if said is not None and said is not kind:
                topics |= self._section_topics.get(said, frozenset())
        if source != SOURCE_FACT and self.lexicon.office_in_place(text):
            # "our office in Kreuzberg", "офис на Таганке": the line says where.
            topics |= self._city_topics
            extra_topics |= self._city_topics
        if city_keys and source != SOURCE_FACT and not city_keys.isdisjoint(keys):
            # "…one office in Dublin Docklands": a line naming the posting's city says where.
            topics |= self._city_topics
            extra_topics |= self._city_topics
        if source == SOURCE_FACT:
            label_topics = extra_topics
        elif extra_topics & self._city_topics:
            label_topics = frozenset(self._city_topics)
        elif label_text and source != SOURCE_FAQ:
            label_topics = self._line_topics(label_text)[0]
        else:
            label_topics = frozenset()
        post_topics = frozenset[str]()
        if cells is not None:
            post_topics = self._line_topics(cells[0])[0] - self._line_topics(cells[1])[0]
        before_topics = self._line_topics(before)[0] - topics if before else frozenset()
        return (
            frozenset(topics),
            frozenset(vetoed - topics),
            label_topics & topics,
            lent,
            before_topics,
            post_topics,
        )

    def _analysis(self, text: str) -> tuple[Analyzed, str]:
        """A line's keys, and the line as they were read from (numbers in words as figures),
        remembered by its text: postings share many lines ("оформление по ТК РФ"), and
        /reload re-reads unchanged ones."""
        found = self._lines.get(text)
        if found is None:
            if len(self._lines) >= LINE_CACHE_SIZE:
                self._lines.clear()
                self._spelled.clear()
            said = text
            analyzed = self.analyzer.analyze(text)
            if not self.lexicon.spoken_keys.isdisjoint(analyzed.sequence) or any(
                symbol in text for symbol in self.lexicon.spoken.symbols
            ):
                # «от сорока пяти тысяч рублей» is read as «от 45 000 рублей» (and quoted as
                # written); a look at the keys first, as few lines write numbers in words;
                # «🚇 Российская» as «метро Российская».
                said = spoken_figures(text, self.lexicon.spoken)
                if said != text:
                    analyzed = self.analyzer.analyze(said)
                    self._spelled.add(text)
                else:
                    said = text
            found = self._lines[text] = (analyzed, said)
        return found

    def _line_topics(self, text: str) -> tuple[frozenset[str], frozenset[str]]:
        """The topics a line's words name and deny, remembered by its text like its keys."""
        found = self._named.get(text)
        if found is None:
            if len(self._named) >= LINE_CACHE_SIZE:
                self._named.clear()
            analyzed, said = self._analysis(text)
            topics, vetoed = self.lexicon.line_topics_vetoed(
                analyzed, normalize(said), self.analyzer.tokens(said)
            )
            found = self._named[text] = (frozenset(topics), frozenset(vetoed))
        return found

    def _analyze_line(self, text: str) -> tuple[Analyzed, frozenset[str], frozenset[str]]:
        """A line's keys, and the topics its words name and deny (``_analysis``,
        ``_line_topics``)."""
        return (self._analysis(text)[0], *self._line_topics(text))

    def topics_of(self, text: str) -> frozenset[str]:
        """The topics the words of a piece of text name (no section context)."""
        return self._line_topics(text)[0]

    def _stem_pairs(self, text: str) -> tuple[tuple[str, str, str], ...]:
        """A line's (key, stem, "~" + the stem less its last letter or "") triples, remembered
        by its text like its analysis."""
        pairs = self._stems.get(text)
        if pairs is None:
            if len(self._stems) >= LINE_CACHE_SIZE:
                self._stems.clear()
            pairs = self._stems[text] = tuple(
                (key, stem, "~" + stem[:-1] if len(stem) >= 4 else "")
                for key, stem in self.analyzer.stem_pairs(text)
            )
        return pairs

    def _prose_kind(self, raw: str) -> SectionKind | None:
        if raw not in self._prose:
            if len(self._prose) >= LINE_CACHE_SIZE:
                self._prose.clear()
            self._prose[raw] = self.lexicon.prose_kind(raw)
        return self._prose[raw]

    def _section_kind(
        self, section: Section, headed: frozenset[SectionKind], *, table: bool = False
    ) -> SectionKind:
        """The section's kind; under a heading the vocabulary does not know ("Зачем ты нам"),
        the kind most of its items read as, when at least half of them agree — unless they are
        a ``table``'s rows, each holding a column of each kind (pay, requirements, hours).

        A heading that says little of its lines gives them no kind of its own (``headed``: the
        kinds the posting's other headings give): a call to hire («ИЩЕМ В КОМАНДУ 🔥») heads a
        whole ad, pay and perks among its lines; a catch-all («Описание вакансии», "About the
        role") heads the duties only when no other heading does and its lines do not read as
        something else."""
        kind = section.kind
        broad = broad_heading(section.heading) if kind is not SectionKind.OTHER else None
        if broad == "call" or (
            broad == "catch_all" and (kind in headed or self._read_otherwise(section, kind))
        ):
            kind = SectionKind.OTHER
        if kind is not SectionKind.OTHER or not section.items or table:
            return kind
        if section.heading and kindless_heading(section.heading):
            # "Supplemental Information": the interview week, the residency rule, the
            # probation — of no kind, though most of its lines say "must".
            return kind
        votes: Counter[SectionKind] = Counter()
        for item in section.items:
            said = self._item_kind(item)
            if said is not None:
                votes[said] += 1
        inferred = [(said, n) for said, n in votes.most_common() if said in _INFERRED_KINDS]
        if not inferred:
            return kind
        said, count = inferred[0]
        if any(n >= _MIN_VOTES for other, n in votes.items() if other is not said):
            # A whole ad in one list ("📌График 2/2", "📌Зарплата 2000 р.", "📌Опыт не
            # обязателен"): its items are of several kinds, the section of none.
            return kind
        return said if count >= max(_MIN_VOTES, len(section.items) / 2) else kind

    def _read_otherwise(self, section: Section, kind: SectionKind) -> bool:
        """Whether more of a section's items read as another kind than as ``kind``, two or
        more of them: "About the role" over a roster, its pay and its penalty rates."""
        agree = other = 0
        for item in section.items:
            said = self._item_kind(item)
            if said is kind:
                agree += 1
            elif said is not None:
                other += 1
        return other >= _MIN_VOTES and other > agree

    def _item_kind(self, item: str) -> SectionKind | None:
        """What one item reads as: its cue words' kind, or the duties when it opens with an
        infinitive ("запускать и вести рекламу…")."""
        said = self._prose_kind(normalize(item))
        if said is None:
            first = self.analyzer.tokens(item)[:1]
            if first and self.analyzer.is_infinitive(first[0]):
                said = SectionKind.DUTIES
        return said

    @staticmethod
    def _questions_answered_below(candidates: list[Candidate]) -> list[Candidate]:
        """A line that asks is no answer: «а студентов берёте?» in a comment thread, "Do you
        have a valid First Aid certificate?" among the screening questions. Its words go to the
        line right under it in its block, where the answer usually is ("No coffee experience?" /
        "We run a paid two-week training program")."""
        kept: list[Candidate] = []
        for at, candidate in enumerate(candidates):
            if not _asks(candidate.quote):
                kept.append(candidate)
                continue
            # The reply's line, past the replier's name ("stroymaster72", «Магазин "Хозяюшка"»).
            under = at + 1
            while (
                under + 1 < len(candidates)
                and len(candidates[under].quote.split()) < _MIN_SENTENCE_WORDS
                and candidates[under + 1].group == candidate.group
            ):
                under += 1
            below = candidates[under] if under < len(candidates) else None
            if below is not None and below.group == candidate.group and not _asks(below.quote):
                candidates[under] = changed(
                    below,
                    keys=below.keys | candidate.keys,
                    topics=below.topics | candidate.topics,
                )
        return kept

    def _piece_holders(
        self, value: str, stated: list[Candidate], locale: str
    ) -> tuple[list[int], list[str]]:
        """The lines that state a worded fact's pieces: a line with them all ("full-time or
        part-time" — "Job type: Full Time, Part-time"), or a field with one ("full-time,
        permanent" — "Work schedule: Full-time", "Appointment type: Permanent"); a piece in the
        reader's words too («Сменный график» for "shift"). And the pieces no field states
        ("union" of "full-time, regular, union"): the fact says only those over the fields."""
        pieces = []
        names = fact_pieces(value)
        for piece in names:
            forms = {piece, say_words(piece, locale)}
            keys = [self._heading_keys(form) for form in forms]
            bare = [f" {_bare(form)} " for form in forms if _bare(form)]
            pieces.append((keys, bare))
        held: list[set[int]] = [set() for _ in pieces]
        whole: list[int] = []
        for i, c in enumerate(stated):
            # A field's words as written ("Full Time" for "full-time"); a sentence's by its
            # keys only: "a practical session on site" says no "on-site".
            field = c.quote.count(" ") < _FIELD_PIECE_WORDS
            line = f" {_bare(c.quote)} " if field else ""
            says = [
                any(k and k <= c.keys for k in keys) or (field and any(b in line for b in bare))
                for keys, bare in pieces
            ]
            if all(says):
                whole.append(i)
            elif field:
                for j, said in enumerate(says):
                    if said:
                        held[j].add(i)
        if whole:
            return whole, []
        unsaid = [name for name, lines in zip(names, held, strict=True) if not lines]
        return sorted(set().union(*held)), unsaid

    @classmethod
    def _salary_sums(cls, posting: Posting) -> frozenset[float]:
        """The front matter's sums: its ends, or the figures of HR's own words for it
        ("45 000 – 60 000 ₽")."""
        salary = posting.salary
        if salary is None:
            return frozenset()
        if not isinstance(salary, Salary):
            return cls._amounts(str(salary))
        return frozenset(float(end) for end in (salary.from_, salary.to) if end is not None)

    @staticmethod
    def _amounts(text: str) -> frozenset[float]:
        """The sums a line states, thousands spelled out: "140–190 тыс. на руки" → 140 000 and
        190 000; "$165k–$205k" → 165 000 and 205 000."""
        if _DIGIT_RE.search(text) is None:  # most lines: no figure, no sum
            return frozenset()
        found: list[float] = []
        thousands: list[bool] = []
        end = -1
        for match in _AMOUNT_RE.finditer(text):
            figure = _GROUP_SEPARATOR_RE.sub("", match[1]).replace(",", ".")
            scaled = match[2] is not None
            if (
                scaled
                and found
                and not thousands[-1]
                and _RANGE_JOIN_RE.match(text[end : match.start()])
            ):
                found[-1] *= 1000
                thousands[-1] = True
            found.append(float(figure) * (1000 if scaled else 1))
            thousands.append(scaled)
            end = match.end()
        return frozenset(found)

    def _states_a_fact(self, heading: str) -> bool:
        """A heading with a figure of its own on a subject the lexicon knows ("Продавец-кассир —
        от 42 000 ₽", "Смена 12 часов"); not a section's number ("2. Обязанности") nor a
        title's ("Teaching Assistant – Level 2")."""
        if not any(ch.isdigit() for ch in _NUMBERING_RE.sub("", heading, count=1)):
            return False
        # «150 000 ₽ — в 2 этапа:» over the parts of an agency's fee: a sum of money is a fact
        # said of the lines under it, whatever subject the lexicon reads in it.
        if self._money(heading):
            return True
        analyzed, tokens = self.analyzer.analyze_tokens(heading)
        return bool(self.lexicon.line_topics(analyzed, normalize(heading), tokens))

    def _role_pay(self, line: str, roles: frozenset[str]) -> frozenset[str]:
        """The pay topic of a line that gives a role of the title a sum after a dash: «горничные
        — 48 000 руб./мес.», «повар горячего цеха — от 60 000 руб./мес.» in a list of the posts
        hired. A sum of money opens what follows the dash; the role is a name (no figure, a few
        words)."""
        if " — " not in line and " – " not in line:
            return frozenset()
        lead, rest = _DASH_RE.split(line, maxsplit=1)
        # «ПЕКАРЬ (ночные смены, с 22 до 8) — 3000 р/смена»: a note in brackets says when
        # or where the role works; its figures are no part of the name.
        name = _EDGE_SYMBOLS_RE.sub("", _NOTE_RE.sub("", lead))
        lead = _EDGE_SYMBOLS_RE.sub("", lead)
        if not name or any(ch.isdigit() for ch in name) or len(name.split()) > _ROLE_WORDS:
            return frozenset()
        said = _CLAUSE_RE.split(rest, maxsplit=1)[0]
        money = self.lexicon.intents.get(_MONEY)
        if money is None or not any(
            not m.group(0).endswith("%") for m in money.evidence.finditer(normalize(said))
        ):
            return frozenset()
        if self._heading_keys(lead).isdisjoint(roles):
            return frozenset()
        return frozenset(self._fact_topics.get("salary", ()))

    def _role_lead(self, line: str, roles: frozenset[str]) -> frozenset[str]:
        """The keys of the role a line leads with before a dash («2) ВАХТЁР — график …»,
        «ПЕКАРЬ (ночные смены) — 3000 р/смена»): a name of a few words, no figure, with a word
        of the title; empty when it leads with none."""
        if " — " not in line and " – " not in line:
            return frozenset()
        lead = _DASH_RE.split(line, maxsplit=1)[0]
        name = _EDGE_SYMBOLS_RE.sub("", _NOTE_RE.sub("", _NUMBERING_RE.sub("", lead)))
        if not name or any(ch.isdigit() for ch in name) or len(name.split()) > _ROLE_WORDS:
            return frozenset()
        keys = self._heading_keys(name)
        return keys if not keys.isdisjoint(roles) else frozenset()

    def _sum_first(self, line: str) -> bool:
        """Whether a line opens with a sum of money as its first clause («от 70 000 до 90 000
        ₽», «доход от 85 000 ₽ (часовая ставка …)»), not a percentage."""
        money = self.lexicon.intents.get(_MONEY)
        said = _CLAUSE_RE.split(line, maxsplit=1)[0]
        return (
            money is not None
            and len(said.split()) <= _ROLE_WORDS * 2
            and any(not m.group(0).endswith("%") for m in money.evidence.finditer(normalize(said)))
        )

    def _money(self, line: str) -> bool:
        """Whether a line names a sum of money."""
        money = self.lexicon.intents.get(_MONEY)
        return money is not None and money.evidence.search(normalize(line)) is not None

    def _pays_as_headed(self, line: str, city: frozenset[str]) -> bool:
        """Whether a line under a heading naming the pay gives that pay: it shows a sum, or one
        share («сдельная, от 1 200 ₽ за окно», «бригадиру +10% к выработке»), and names no perk
        of its own («Скидка 10% для сотрудников», "401(k) with 4% company match": the perk's)
        and no place, the posting's city among them (a sum «(Екатеринбург – Москва)» is that
        route's: the heading's pay would answer it of any route asked).
        Shares alone, several, are the parts of one payment or its grades ("30% at kickoff,
        40% after …, 30% on final files"), no rate."""
        money = self.lexicon.intents.get(_MONEY)
        if money is None:
            return False
        found = [m.group(0) for m in money.evidence.finditer(normalize(line))]
        shares = sum(1 for figure in found if figure.endswith("%"))
        if not found or (shares == len(found) and shares > 1):
            return False
        analyzed, topics, _ = self._analyze_line(line)
        return topics.isdisjoint(self._perks | self._city_topics) and city.isdisjoint(
            analyzed.keys
        )

    def _names_pay(self, name: str, salary: frozenset[str], roles: frozenset[str]) -> bool:
        """Whether a heading or a table's column names the pay: as a question would («Оплата»,
        «Мастеру на руки»), or by a word that names it only over sums («Сдельные расценки»,
        "Election Day stipend"; "Caddie Fees" with the posting's role)."""
        low = name.lower()
        grammar = self.lexicon.grammar
        return (
            not self.asked_topics(name).isdisjoint(salary)
            or grammar.pay_heads.search(low) is not None
            or (
                grammar.role_pay_heads.search(low) is not None
                and not self._heading_keys(name).isdisjoint(roles)
            )
        )

    def _led_pay(
        self,
        items: tuple[str, ...],
        salary: frozenset[str],
        roles: frozenset[str],
        city: frozenset[str],
    ) -> set[int]:
        """The rows of a price list right under a lead-in that names the pay («Оплата сдельная,
        за каждое изделие, расценки … Примеры:» over «венский стул, переклейка и покрытие —
        3 000 ₽», «комод советский … — 14 000 ₽», …): each row that shows a sum gives that pay,
        as a line under a heading naming it does. Three rows at least."""
        found: set[int] = set()
        for m, lead in enumerate(items):
            if not lead.rstrip().endswith(":") or not self._names_pay(lead, salary, roles):
                continue
            run = list(
                takewhile(
                    lambda n: (
                        row_name(items[n]) is not None and self._pays_as_headed(items[n], city)
                    ),
                    range(m + 1, len(items)),
                )
            )
            if len(run) >= self.w.list_rows:
                found.update(run)
        return found

    def _pays_by_column(
        self, row: str, salary: frozenset[str], city: frozenset[str], roles: frozenset[str]
    ) -> bool:
        """Whether a table's row, read with its columns' names, shows a sum under a column that
        names the pay («Вид кровли: Металлочерепица; Оплата за м²: 350 ₽»): the row gives that
        pay though its own cells name none, as a line under a heading naming it does."""
        for cell in row.split("; "):
            name, colon, value = cell.partition(": ")
            if (
                colon
                and self._names_pay(name, salary, roles)
                and self._pays_as_headed(value, city)
            ):
                return True
        return False

    def _priced_rows(
        self, heading: str, items: tuple[str, ...], salary: frozenset[str]
    ) -> set[int]:
        """The items that are rows of a price list or a pay table — an item's name, a dash or a
        colon, its sum («прогулка 30 минут — 350 ₽», «Химчистка дивана: от 2 200 ₽») — under
        a heading that asks of the pay without a question mark («Сколько можно заработать»):
        each row says what its item pays, as the heading does. Three rows at least."""
        if len(items) < self.w.list_rows or not self.lexicon.grammar.heading_asks.match(
            heading.lower()
        ):
            return set()
        rows = {
            at
            for at, item in enumerate(items)
            if (name := row_name(item)) is not None
            and len(name.split()) <= self.w.row_name_words
            and self._money(item)
        }
        if len(rows) < self.w.list_rows or self.asked_topics(heading).isdisjoint(salary):
            return set()
        return rows

    def _cards(
        self, items: tuple[str, ...], title: frozenset[str]
    ) -> tuple[list[frozenset[str]], set[int]]:
        """Per item, the job of the card it is in when that job is not the title's: a card
        opens with a job's bare name over its pay («Администратор ресепшн» over «38 000 ₽»),
        as a company page lists its openings; it runs to the next card's name. And the items
        that are a card's pay: the sum alone under its name."""
        found: list[frozenset[str]] = []
        pays: set[int] = set()
        card: frozenset[str] = frozenset()
        roles = self.lexicon.grammar.roles
        money = self.lexicon.intents.get(_MONEY)
        for at, item in enumerate(items):
            if (
                money is not None
                and len(item.split()) <= _ROLE_WORDS
                and at + 1 < len(items)
                and not any(ch.isdigit() or ch in ".:!?" for ch in item)
                and len(items[at + 1].split()) <= _ROLE_WORDS * 2
                and money.evidence.search(normalize(items[at + 1]))
            ):
                analyzed = self.analyzer.analyze(item)
                if analyzed.sequence[:1] and analyzed.sequence[0] in roles:
                    card = analyzed.keys if analyzed.keys.isdisjoint(title) else frozenset()
                    pays.add(at + 1)
                elif not analyzed.keys.isdisjoint(title):
                    card = frozenset()
                    pays.add(at + 1)
            found.append(card)
        return found, pays

    def _other_job_heading(self, heading: str, title: frozenset[str]) -> frozenset[str]:
        """The keys of a heading that names a job the title does not («Курьер на велосипеде /
        пешком» on a barista's posting), or empty: a name that opens with a job's word."""
        if _shouted_name(heading) or classify_heading(heading) is not SectionKind.OTHER:
            # «ГРУЗЧИКИ» in capitals heads a role's part of the posting's own (``over``); the
            # lines after the last role's are often every role's.
            return frozenset()
        analyzed = self.analyzer.analyze(heading)
        first = analyzed.sequence[0].split("-")[0] if analyzed.sequence else ""
        if first not in self.lexicon.grammar.roles or not analyzed.keys.isdisjoint(title):
            return frozenset()
        return analyzed.keys

    def _titled_heads(self, posting: Posting) -> frozenset[int]:
        """The sections headed by a role of the title when two roles or more have a heading
        each («Ученик машиниста электропоезда, дежурный по станции, контролер-ученик» with a
        «### Дежурный по станции»): not a page's «Become an AI Trainer» over the whole ad."""
        stop = self.lexicon.stopwords
        parts = [
            keys
            for part in _TITLE_ROLES_RE.split(_NOTE_RE.sub("", posting.title))
            if (keys := self._heading_keys(part) - stop)
        ]
        if len(parts) < 2:
            return frozenset()
        heads: dict[int, int] = {}
        for i, section in enumerate(posting.sections):
            keys = self._heading_keys(role_name(section.heading)) - stop
            for n, part in enumerate(parts):
                if keys and (part <= keys or keys <= part):
                    heads[i] = n
                    break
        return frozenset(heads) if len(set(heads.values())) > 1 else frozenset()

    def _heading_keys(self, heading: str) -> frozenset[str]:
        """Keys of a section heading: every line of the section asks, so they are kept (and
        of other short texts asked again: a fact's value and label, a title)."""
        keys = self._headings.get(heading)
        if keys is None:
            if len(self._headings) > _HEADING_CACHE:
                self._headings.clear()
            keys = self._headings[heading] = self.analyzer.analyze(heading).keys
        return keys

    def _said_kind(self, text: str) -> SectionKind:
        """The kind of section a sentence says it lists ("Duties include picking orders…"), as a
        heading over it would (``grammar.lists_kind``)."""
        match = self.lexicon.grammar.lists_kind.match(text) if text[:1].isupper() else None
        return classify_heading(match["head"]) if match else SectionKind.OTHER

    def asked_topics(self, question: str) -> frozenset[str]:
        """The subjects HR's own question names, read like a candidate's question (its cue
        words count): what the answer under it is about."""
        found = self._asked.get(question)
        if found is not None:
            return found
        topics, _ = self.lexicon.question_topics(
            self.analyzer.analyze(question), normalize(question), self.analyzer.tokens(question)
        )
        if len(self._asked) >= LINE_CACHE_SIZE:
            self._asked.clear()
        found = self._asked[question] = frozenset(
            name
            for name in topics
            if not self.lexicon.topics[name].weak and not self.lexicon.topics[name].smalltalk
        )
        return found

    def build(self, posting: Posting) -> PostingIndex:
        """Analyse every quotable line of ``posting``."""
        self._sums.clear()
        candidates: list[Candidate] = []
        order = 0
        # A list's items by order, with the order of the lead-in over them (``_led_by``).
        list_leads: dict[int, int] = {}
        city = self._city_keys(posting.city)
        roles = self._heading_keys(posting.title) - self.lexicon.stopwords
        salary = frozenset(self._fact_topics.get("salary", ()))  # a card's sum alone is its pay
        # «ЛАБОРАНТ» over "Квалификационные требования: …", "Должностной оклад: …": a heading
        # in capitals with nothing of its own heads the parts under it, up to the next heading
        # in capitals: what a role's parts say is said of that role.
        # «**1. Продавец в церковную лавку (свечница)**» typed as it is read, alone over its
        # «Обязанности:», «Требования:», «Условия:»: a role of the title heads them the same
        # way, up to the next heading of no kind.
        over: frozenset[str] = frozenset()
        by_name = False
        titled = self._titled_heads(posting)
        headed = frozenset(s.kind for s in posting.sections if broad_heading(s.heading) is None)
        priced_orders: set[int] = set()  # rows whose pay a list's heading gives (``priced``)
        for i, section in enumerate(posting.sections):
            own_pay = False
            if _shouted_name(section.heading):
                role = classify_heading(section.heading) is SectionKind.OTHER
                heads = role or not section.items  # «ЛАБОРАНТ» over its own fields too
                over = self._heading_keys(section.heading) if heads else frozenset()
                own_pay = role and not over.isdisjoint(roles)
                by_name = False
            elif (by_name or not section.items or titled) and classify_heading(
                section.heading
            ) is SectionKind.OTHER:
                # «### Дежурный по станции» over its own line of duties, then «График: …» and
                # «Требования: …»: where several roles of the title have a heading each, one
                # heads its labelled parts though it has lines of its own.
                keys = self._heading_keys(role_name(section.heading))
                ended = by_name
                by_name = (not section.items and not keys.isdisjoint(roles)) or i in titled
                if by_name or ended:
                    over = keys if by_name else frozenset()
            elif by_name and shared_heading(section.heading):
                # «Что мы предлагаем всем сотрудникам» ends the last role's part.
                over, by_name = frozenset(), False
            position = 0
            items = section.items
            rows = _table_rows(items)
            cards, pays = self._cards(items, roles)
            job = self._other_job_heading(section.heading, roles)
            if job:
                # «Кладовщик-комплектовщик» over its lines in a channel's digest of vacancies,
                # the barista's post: another job's block, up to the next vacancy's name.
                cards = [card or job for card in cards]
            if own_pay and items and self._sum_first(items[0]):
                # «от 45 000 ₽, оплата почасовая» first under «КОНДУКТОР»: the role's pay.
                pays.add(0)
            scopes = _scopes(section.markdown, items)
            section_kind = self._section_kind(section, headed, table=bool(rows))
            # «Для участия в отборе необходимо представить следующие документы:» over its
            # list, among the conditions: what the candidate must bring, as under a heading.
            leads = _leads(section.markdown, items)
            needed = [
                lead[1]
                if lead is not None and self.lexicon.cues.lists_needed.search(lead[0].lower())
                else None
                for lead in leads
            ]
            led_by = _led_by(leads)
            # "— Сколько платят?" heading its answer (an ad written as questions): the answer
            # is about what the question asks, as HR's FAQ answers are.
            # «Когда готовы выйти на обучение? *»: a form's question, its mark of a required one
            # after it, heads the options that answer it.
            question = section.heading.rstrip(" *")
            asked = self.asked_topics(question) if question.endswith("?") else None
            if asked is None and (
                self._states_a_fact(section.heading)
                # «Бариста в спешелти-кофейню «Зерно и Пена»» over the barista's block of a
                # digest: the heading names the employer the title does not.
                or (
                    "«" in section.heading
                    and classify_heading(section.heading) is SectionKind.OTHER
                    and not self._heading_keys(section.heading).isdisjoint(roles)
                )
            ):
                # "### Продавец-кассир — от 42 000 ₽": a heading that gives a sum or a time says
                # it of the lines under it; a candidate asks it, so it is quoted like a line.
                items = (section.heading, *items)
                cards = [frozenset(), *cards]
                scopes = [None, *scopes]
                pays = {at + 1 for at in pays}
                needed = [None, *needed]
                led_by = [None, *(None if m is None else m + 1 for m in led_by)]
            priced = self._priced_rows(section.heading, items, salary)
            pays |= self._led_pay(items, salary, roles, city)
            # «Оплата» over «сдельная, от 1 200 ₽ за окно», «за групповое занятие — 40%»: a
            # line under a heading naming the pay that shows a sum or a share gives that pay,
            # though its own words name none («оплата» is a pay word only in questions).
            paid = asked is None and self._names_pay(section.heading, salary, roles)
            # «### Внешний вид» over «Агенты работают в своём деловом костюме», «## Штрафы» over
            # «опоздание — 500 ₽»: a heading of no kind that names a subject says it of the
            # lines under it that name none of their own, as an FAQ's question does (the pay
            # only of the lines that show a sum).
            # (its words as a line's, not a question's: «Стоимость услуг» names no subject;
            # nor the place, which a line says by its own words)
            # The heading less its brackets' note names it: "Clarifications (added by client)"
            # is on no client, «Лендинг для языковой школы (дизайн + верстка на Тильде)» over
            # the client's story on no tool. Not one over a form's questions ("Application
            # questions" over "Are you at least 18? (Yes/No)"): those lines ask, they say
            # nothing of it.
            topical = (
                self.topics_of(role_name(section.heading)) - salary - self._city_topics
                if not any("?" in item for item in items)
                else frozenset()
            )
            if len(topical) > 1 or classify_heading(section.heading) is not SectionKind.OTHER:
                topical = frozenset()  # «Визы и страховка»: which of the two, a line says
            # An FAQ's answer may open with its verdict (below); a section of several verdicts
            # is a form's options («○ Да, больше года», «○ Нет опыта»): the candidate's to pick.
            verdict = (
                asked is not None
                and not rows
                and sum(1 for item in items if self.lexicon.cues.verdict.match(item)) == 1
            )
            tail = _after_list(section.markdown) if section_kind in _NOT_PERK_KINDS else ""
            chips = _chip_rows(section.markdown)
            # "Benefits / Pulled from the full job description / Dental care / On-site parking":
            # the board's digest of lines the text spells out ("Free parking on site.").
            # Only its own block: the text below it is the ad's.
            digest: frozenset[str] = frozenset()
            if items and summary_note(items[0]):
                block = section.markdown.split("\n\n", 1)[0].splitlines()
                digest = frozenset(" ".join(line.strip(" -*•").split()) for line in block)
            spans: list[tuple[int, int]] = []
            carded = (
                len(items) == 1
                and is_field_label(section.heading)
                and not self.asked_topics(section.heading).isdisjoint(self._card_topics)
            )
            for n, item in enumerate(items):
                # Below the list, a line reads as its own cues say (prose), not as the list.
                # A paragraph there is still the section's own (an application's steps).
                below = bool(tail) and len(item) <= _LINE_CHARS and item[:40] in tail
                # A paragraph under a heading is quoted sentence by sentence: "Pay is weekly…"
                # is not the hours that open it. The steps of the process read as one, and so
                # does a table's row, read with its columns' names.
                row = rows.get(item)
                sentences = _units(item, whole=section_kind is _PROCESS or row is not None)
                scope = scopes[n]
                under = (
                    self._heading_keys(_EDGE_SYMBOLS_RE.sub("", scope)) if scope else frozenset()
                )
                # "**CannSell Standard certification** completed … Don't have it yet? You can
                # still apply; we reimburse the course fee …": a later sentence of an item is
                # still about what its first one is about.
                lead = self._subject(sentences[0], roles) if len(sentences) > 1 else frozenset()
                for at, sentence in enumerate(sentences):
                    goes_on = at > 0 and bool(lead) and self._goes_on(sentence)
                    # "How we hire: a chat…" after the perks list: its own label says its kind.
                    label = _label(sentence) or (_row_label(sentence) if row else "")
                    field = (
                        not label
                        and carded
                        and len(sentences) == 1
                        and row is None
                        and len(sentence.split()) <= _FIELD_PIECE_WORDS
                    )
                    if field:
                        # A board's field over its one short value ("Pay" / "$18 - $25 an hour"
                        # in Indeed's job details) reads as "Pay: $18.00 …" does, its label
                        # named, when it is a fact of the card (pay, place, employment): the
                        # board's "License/Certification" / "Driver's License (Preferred)"
                        # yields to the employer's own line on it, and "Saturdays are paid at
                        # time and a half" under "## Pay" is a sentence, no field's value.
                        label = section.heading
                    inline = classify_heading(label) if label else self._said_kind(sentence)
                    own = inline is not SectionKind.OTHER and inline is not section_kind
                    bring = needed[n]
                    listed = (
                        SectionKind.REQUIREMENTS
                        if bring is not None
                        and sentence[:40] in bring
                        and section_kind not in _CANDIDATE_KINDS
                        else section_kind
                    )
                    matched = f"{label}: {sentence}" if field else row
                    # «Рассматриваем индивидуально» under «С судимостью можно?»: the answer's
                    # first sentence answers the question over it, and speaks to the situation
                    # stated there, as HR's FAQ answers do.
                    answers = question if position == 0 and asked is not None and not rows else ""
                    if position == 0 and verdict and self.lexicon.cues.verdict.match(sentence):
                        # «Нет, всему научим.» under «Нужен ли опыт работы?»: the verdict says
                        # the question's words, as HR's FAQ answers are read with theirs.
                        matched = f"{question} {sentence}"
                    candidates.append(
                        self._candidate(
                            sentence,
                            SOURCE_SECTION,
                            i,
                            order,
                            kind=inline if own else listed,
                            heading=(label or section.heading) if own else section.heading,
                            city_keys=city,
                            position=position,
                            prose=len(sentences) > 1 or below,
                            match_text=matched,
                            row=row is not None,
                            extra_topics=(asked or frozenset())
                            | self._role_pay(sentence, roles)
                            | (
                                salary
                                if n in pays
                                or n in priced
                                or (paid and self._pays_as_headed(sentence, city))
                                or (
                                    row is not None
                                    and self._pays_by_column(row, salary, city, roles)
                                )
                                else frozenset()
                            ),
                            label=label,  # its own label, read above: not read again
                            over=over | cards[n] if cards[n] else over,
                            other_job=cards[n],
                            under=under,
                            # a row of chips names what other lines of the text spell out
                            held=sentence in chips or sentence in digest,
                            answers=answers,
                            lead=lead if goes_on else frozenset(),
                            before=sentences[at - 1] if at else "",
                            # (a later sentence of an item keeps the item's own subject)
                            headed=frozenset() if goes_on else topical,
                        )
                    )
                    if n in priced:
                        priced_orders.add(order)
                    order += 1
                    position += 1
                spans.append((order - len(sentences), order))
            _link_lists(led_by, spans, list_leads)
        group, kind, heading, position = -1, None, None, -1
        # A job board's header repeats the title, the employer and the city on lines of their
        # own: nothing a candidate's question is answered by (the facts say them, labelled).
        header = {_bare(posting.title), _bare(posting.company or ""), _bare(posting.city or "")}
        header.discard("")
        intro_rows = _table_rows(posting.intro_items)
        cards, pays = self._cards(posting.intro_items, roles)
        pays |= self._led_pay(posting.intro_items, salary, roles, city)
        spans = []
        for n, item in enumerate(posting.intro_items):
            source = SOURCE_INTRO if kind is None else SOURCE_SECTION
            row = intro_rows.get(item)
            units = _units(item, whole=row is not None)
            # «2) ВАХТЁР — сутки через трое, 2 200 руб за сутки. Пропускной режим, журнал…»:
            # a role's line goes on in a sentence of its own, still that role's; one that gives
            # no sum says what the role does. Only one: a list's last item runs on into the
            # lines typed under it («Всё официально…» after «3) УБОРЩИЦА — …»).
            lead = self._role_lead(units[0], roles) if len(units) == 2 else frozenset()
            start = order
            for at, sentence in enumerate(units):
                led = lead if at else frozenset()
                if _bare(sentence) in header:
                    continue
                # "Что нужно будет делать: обслуживать…" — an inline heading gives a kind.
                own_kind = kind
                label = _label(sentence) or (_row_label(sentence) if row else "")
                if own_kind is None and label:
                    inline = classify_heading(label)
                    own_kind = None if inline is SectionKind.OTHER else inline
                parts = [sentence]
                if own_kind is not None and kind is None and sentence.count(";") >= 2:
                    # "Условия: график 2/2; оплата за смену; форма…" — a list in one line.
                    label = _label(sentence)
                    body = sentence[len(label) + 1 :]
                    parts = [p.strip(" .") for p in body.split(";") if p.strip(" .")]
                if led and own_kind is None and not self._money(sentence):
                    own_kind = SectionKind.DUTIES
                for part in parts:
                    candidates.append(
                        self._candidate(
                            part,
                            source,
                            group,
                            order,
                            kind=own_kind,
                            heading=label if len(parts) > 1 else heading,
                            city_keys=city,
                            position=position,
                            match_text=row,
                            extra_topics=self._role_pay(part, roles)
                            | (salary if n in pays else frozenset()),
                            # «38 000 ₽» under «Администратор ресепшн» is its pay
                            over=cards[n] | led if cards[n] and led else cards[n] or led,
                            other_job=cards[n],
                            before=units[at - 1] if at and len(parts) == 1 else "",
                        )
                    )
                    order += 1
                    if position >= 0:
                        position += 1
            spans.append((start, order))
        _link_lists(_led_by(_leads(posting.intro, posting.intro_items)), spans, list_leads)
        description = (posting.description or "").strip()
        summary = normalize(description).rstrip(".")  # (once, not once per item)
        if description and not any(summary in normalize(item) for item in posting.intro_items):
            # The front matter's one-line summary is the posting's own words too.
            candidates.append(
                self._candidate(description, SOURCE_DESCRIPTION, -1, order, city_keys=city)
            )
            order += 1
        candidates = self._questions_answered_below(candidates)
        stated = len(candidates)
        # Quoted in the reader's words ("Занятость: сменный график"), matched as HR wrote them
        # ("shift"): the translation is for people, not a new word to match questions with.
        said = posting_facts(posting, posting.lang)
        as_written_facts = posting_facts(posting, posting.lang, worded=False)
        # the facts no line of the text states: the employer's answers may
        unheld: list[
            tuple[int, frozenset[str], frozenset[float], frozenset[str], frozenset[str]]
        ] = []
        for fact, as_written in zip(said, as_written_facts, strict=True):
            words = self._heading_keys(as_written.value)
            # A figure is held by the line that states it, whatever words frame it: «5 000 000
            # - 7 000 000 сум» holds «от 5 000 000 до 7 000 000 сум».
            # Only a sum is held by its figures alone: "гибрид (3 дня в офисе)" is not held by
            # every line with a 3 in it.
            figures = frozenset(k for k in words if any(ch.isdigit() for ch in k))
            value = figures if fact.field == "salary" and figures else words
            topics = frozenset(self._fact_topics.get(fact.field, ()))
            sums = self._salary_sums(posting) if fact.field == "salary" else frozenset()
            # "Зарплата: 55 000 – 70 000 ₽" when the text says "заработная плата 55 000–
            # 70 000 рублей на руки": the posting's own line, with its detail, answers, and
            # it is as much about the fact's subject as the fact would be.
            # A sum's line answers what its label names as well ("зарплата сколько" —
            # "185 000 – 210 000 тг"); a place or a format is refined by its lines, not
            # replaced.
            sum_held = fact.field == "salary"
            named = self._heading_keys(as_written.label) if sum_held else frozenset()
            match = as_written.line
            unsaid: list[str] = []
            if fact.field in WORDED_FIELDS:
                holders, unsaid = self._piece_holders(
                    as_written.value, candidates[:stated], posting.lang
                )
                if holders and unsaid:
                    # "Employment: full-time, regular, union" over "Schedule: Full-time" and
                    # "Employee Status: Regular": the fields answer what they state; the fact
                    # is matched by the piece it alone says.
                    match = f"{as_written.label}: {', '.join(unsaid)}"
            else:
                holders = self._holders(candidates, range(stated), value, sums)
            self._label(candidates, holders, topics, named)
            # «2/2 — 50 000 ₽ в месяц», «сутки/двое — 60 000 ₽ в месяц» under «Зарплата: от
            # 50 000 до 60 000 ₽»: the front matter sums up the rows, which say what each end
            # is for; it yields to them, and each row keeps its own case (no label).
            apart = not holders and self._ends_apart(candidates, range(stated), sums)
            if not holders:
                unheld.append((len(candidates), value, sums, topics, named))
            candidates.append(
                self._candidate(
                    fact.line,
                    SOURCE_FACT,
                    -2,
                    order,
                    match_text=match,
                    label=fact.label,
                    extra_topics=topics,
                    generic=fact.field == "city",
                    worded=fact.field == "employment",
                    held=(bool(holders) and not unsaid) or apart,
                )
            )
            order += 1
        for faq in posting.faq:
            q_topics = self.asked_topics(faq.q)
            candidates.append(
                self._candidate(
                    faq.a,
                    SOURCE_FAQ,
                    -3,
                    order,
                    match_text=f"{faq.q} {faq.a}",
                    label=faq.q,
                    extra_topics=frozenset(q_topics),
                    answers=faq.q,
                )
            )
            order += 1
        for number, reply in enumerate(posting.replies):
            # «Алина, конечно берём» under «а парней берёте?»: the author's answer, read with the
            # comment it answers, as HR's FAQ answers are with their questions.
            comment = (
                self._candidate(reply.asked, SOURCE_REPLY, -4, order) if reply.asked else None
            )
            subjects: frozenset[str] = frozenset()
            if comment is not None:
                # «утром свободна. Утренние группы есть?»: a comment whose words name no
                # subject asks as a candidate does, its cue words naming what it asks.
                kinds = self.lexicon.topics
                subjects = comment.topics
                if all(kinds[n].weak or kinds[n].smalltalk for n in subjects):
                    subjects |= self.asked_topics(reply.asked)
            units = _units(reply.said)
            while len(units) > 1 and self._greets(units[0]):
                units = units[1:]  # «Сергей, добрый день!» before «Вахты у нас нет, …»
            for position, sentence in enumerate(units):
                # «@svetlana_k к сожалению нет»: the name it opens with is whom it answers, no
                # handle to write to.
                bare = _ADDRESSEE_RE.sub("", sentence, count=1)
                plain = bare if bare != sentence else None
                answer = self._candidate(sentence, SOURCE_REPLY, -4, order, match_text=plain)
                if comment is not None:
                    asked = comment.keys - answer.keys
                    # The reply's first sentence answers the comment and says its words; a later
                    # one («Собеседование у меня в офисе» after «Можно в личку или на почту…»)
                    # has them as an FAQ answer's later lines have their question's.
                    answer = changed(
                        answer,
                        keys=(answer.keys | asked) if position == 0 else answer.keys,
                        heading_keys=answer.heading_keys if position == 0 else asked,
                        topics=answer.topics | subjects,
                        asked_keys=asked,
                        asked_topics=comment.topics,
                        answers=reply.asked if position == 0 else "",
                        reply=number,
                    )
                candidates.append(answer)
                order += 1
        answered = range(stated + len(said), len(candidates))
        for at, value, sums, topics, named in unheld:
            # «Дина, на испытательный срок — 38 000 ₽, после — от 45 000 до 55 000 ₽» under «а
            # зарплата какая?»: the employer's answer holds the front matter's sum as a line
            # of the text would.
            holders = self._holders(candidates, answered, value, sums)
            self._label(candidates, holders, topics, named)
            if holders:
                candidates[at] = replace(candidates[at], held=True)
        return self._finish(posting, candidates, list_leads, frozenset(priced_orders))

    def _subject(self, sentence: str, roles: frozenset[str]) -> frozenset[str]:
        """The keys of what a sentence is about: the words of its first ones before any break
        that name a thing, not the job's own name («Медкнижка обязательна …» — «медкнижка»;
        "CannSell Standard certification completed before your first shift — …")."""
        head = _LEAD_CLAUSE_RE.split(sentence, 1)[0]
        stop, frames = self.lexicon.stopwords, self.analyzer.frames
        return frozenset(
            key
            for key in self._analysis(head)[0].sequence[: self.w.subject_words]
            if key not in stop and key not in roles and not key.isdigit() and not frames(key)
        )

    def _goes_on(self, sentence: str) -> bool:
        """Whether a sentence opens with no subject of its own — a pronoun, a verdict, a verb, a
        figure ("You can still apply; …", «Нет — поможем оформить», «Поможем оформить»): it
        goes on about the one before it, where "Safety vest and gloves provided." names its
        own."""
        sequence = self._analysis(sentence)[0].sequence
        first = sequence[0] if sequence else ""
        if (
            first in self.lexicon.grammar.points_back
            and len(sequence) > 1
            and sequence[1] not in self.lexicon.stopwords
            and not sequence[1][0].isdigit()
            and not self.analyzer.frames(sequence[1])
        ):
            # "The check is free for you.": its own subject, named before it.
            return False
        return (
            not first
            or first in self.lexicon.stopwords
            or first[0].isdigit()
            or self.analyzer.frames(first)
        )

    def _greets(self, sentence: str) -> bool:
        """Whether a sentence only greets, the one it greets named or not («Сергей, добрый
        день!», "Hi Sam!"): it answers nothing, whatever comment it is under."""
        keys = self._analysis(sentence)[0].keys
        greeting = self.lexicon.greeting_keys
        if keys.isdisjoint(greeting):
            return False
        named = {
            key
            for word in re.findall(r"[^\W\d_]+", sentence)
            if word[:1].isupper()
            for key in self.analyzer.analyze(word).keys
        }
        return keys <= greeting | named

    def _holders(
        self,
        candidates: list[Candidate],
        among: range,
        value: frozenset[str],
        sums: frozenset[float],
    ) -> list[int]:
        """The lines ``among`` that state a fact: all its words ``value``, or all its ``sums``."""
        return [
            i
            for i in among
            if (value and value <= candidates[i].keys)
            or (sums and sums <= self._sums_of(candidates[i].quote))
        ]

    def _sums_of(self, line: str) -> frozenset[float]:
        """``_amounts`` of a line of the posting being built, found once per build."""
        found = self._sums.get(line)
        if found is None:
            found = self._sums[line] = self._amounts(line)
        return found

    def _ends_apart(
        self, candidates: list[Candidate], among: range, sums: frozenset[float]
    ) -> bool:
        """Whether the pay lines ``among`` state the ends of a range of ``sums`` between them,
        none of them both."""
        if len(sums) < 2:  # (most facts: no range, and then no line's sums need be found)
            return False
        said: set[float] = set()
        for i in among:
            found = sums & self._sums_of(candidates[i].quote)
            if found and self._money(candidates[i].quote):
                said |= found
        return len(sums) > 1 and said == sums

    @staticmethod
    def _label(
        candidates: list[Candidate],
        holders: list[int],
        topics: frozenset[str],
        named: frozenset[str],
    ) -> None:
        """Each line that states a fact takes the fact's ``topics`` as its label and the words
        ``named`` by it."""
        for i in holders:
            c = candidates[i]
            candidates[i] = relabeled(c, c.keys | named, topics)

    def vocabulary(self, index: PostingIndex) -> Vocabulary:
        """The posting's own words (lower case, 'ё' as 'е'), built on first use."""
        if not index.spelling:
            words = {w for c in index.candidates for w in self.analyzer.tokens(c.quote)}
            index.spelling.append(Vocabulary(words, indexed=False))
        return index.spelling[0]

    def stems(self, index: PostingIndex) -> dict[str, tuple[str, ...]]:
        """The index's stem → keys map, built on first use: only questions with words the
        posting lacks need it. A stem less its last letter is filed as "~" + it too ("ноч" of
        "ночью" finds "ночной", stem "ночн")."""
        by_stem = index.by_stem
        if not by_stem:
            by_stem[""] = ()
            # Each (key, stem) once: lines share words. Most stems have one key: a tuple of
            # them, not a set (a set takes four times the memory, and the time to make it).
            for key, stem, near in set(
                chain.from_iterable(self._stem_pairs(c.quote) for c in index.candidates)
            ):
                for bucket in (stem, near) if near else (stem,):
                    keys = by_stem.get(bucket)
                    if keys is None:
                        by_stem[bucket] = (key,)
                    elif key not in keys:
                        by_stem[bucket] = (*keys, key)
        return by_stem

    def _city_keys(self, city: str | None) -> frozenset[str]:
        """Keys of the posting's city proper ("Чехов" of "Чехов (Московская область)"); none
        when the field is no place ("Remote (Europe)", "Любой город России")."""
        if not city:
            return frozenset()
        if city not in self._cities:
            if len(self._cities) >= _HEADING_CACHE:
                self._cities.clear()
            self._cities[city] = self._place_keys(city)
        return self._cities[city]

    def _place_keys(self, city: str) -> frozenset[str]:
        main = re.split(r"[(,;/]", city, maxsplit=1)[0]
        if self.lexicon.line_topics(
            self.analyzer.analyze(main), normalize(main), self.analyzer.tokens(main)
        ):
            return frozenset()
        return self.analyzer.place_keys(main)

    def _finish(
        self,
        posting: Posting,
        candidates: list[Candidate],
        list_leads: dict[int, int],
        priced: frozenset[int],
    ) -> PostingIndex:
        # One count over all the lines' keys: an update per line cost more than the counting.
        df = Counter(chain.from_iterable(candidate.keys for candidate in candidates))
        n = max(len(candidates), 1)
        # One idf per count: most keys are found in one line or two.
        by_count = {f: _idf(n, f) for f in set(df.values())}
        idf = {key: by_count[f] for key, f in df.items()}
        title_keys = self._heading_keys(posting.title)
        # Headings that are nothing but words of the title: the roles of a posting that hires
        # several (a posting for one role that names it in a heading weighs its name likewise).
        stop = self.lexicon.stopwords
        # A role's name is its heading less what its brackets add: «Пекарь (пекарня в магазине)».
        headings = {c.heading for c in candidates if c.heading}
        named = {
            keys
            for heading in headings
            if (keys := self._heading_keys(role_name(heading)) - stop) and keys <= title_keys
        }
        # «Сторож (ночной)» alone over its «Обязанности:» and «Условия:» names a role likewise.
        named.update(
            keys
            for over in {c.over_keys for c in candidates if c.over_keys}
            if (keys := over - stop) and keys <= title_keys
        )
        roles = {key for keys in named for key in keys if key not in idf}
        company = self._heading_keys(posting.company) - stop if posting.company else None
        own = (
            frozenset(h for h in headings if company <= self._heading_keys(h))
            if company and headings
            else frozenset()
        )
        headed = Counter(
            key
            for c in candidates
            for key in (c.heading_keys | c.over_keys if c.over_keys else c.heading_keys)
            if key in roles
        )
        return PostingIndex(
            candidates=tuple(candidates),
            list_leads=list_leads,
            priced=priced,
            idf=idf,
            unseen_idf=math.log(1 + (n + 0.5) / 0.5),
            title_keys=title_keys,
            title=posting.title,
            own_headings=own,
            role_idf={key: _idf(n, f) for key, f in headed.items() if f < n},
            # (not a note in its brackets: «Матрос, моторист (навигация 2027)»)
            scoped_roles=frozenset(k for c in candidates if c.over_keys for k in c.over_keys)
            & title_keys
            & self._heading_keys(_NOTE_RE.sub("", posting.title)),
            title_parts=tuple(
                self._heading_keys(part)
                for part in _TITLE_ROLES_RE.split(_NOTE_RE.sub("", posting.title))
                if part.strip()
            ),
        )
