"""What a posting is once its file has been read and checked.

Front matter is validated by pydantic models; the body becomes an intro and a list of sections,
each with a canonical kind and its items as plain text.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from bot.postings.errors import Notice, PostingValueError

SLUG_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,47}$")

# Limits no real posting reaches; beyond them a file is refused with the limit named. A card has
# a button per section plus four (Telegram allows 100), the review screen one per question.
MAX_SECTIONS = 40
MAX_QUESTIONS = 40
MAX_OPTIONS = 10
MAX_FAQ = 100
MAX_TAGS = 10
MAX_TAG = 40
_YES_WORDS = frozenset({"да", "yes", "true", "y", "д"})
_NO_WORDS = frozenset({"нет", "no", "false", "n", "н"})


class SectionKind(StrEnum):
    """Canonical section kinds; ``section_kinds.yaml`` maps headings to them."""

    DUTIES = "duties"
    REQUIREMENTS = "requirements"
    NICE_TO_HAVE = "nice_to_have"
    CONDITIONS = "conditions"
    TEAM = "team"
    ABOUT = "about"
    PROCESS = "process"
    OTHER = "other"


class QuestionType(StrEnum):
    """Kinds of screening questions a posting's questionnaire may ask."""

    TEXT = "text"
    NUMBER = "number"
    CHOICE = "choice"
    MULTICHOICE = "multichoice"
    YESNO = "yesno"
    PHONE = "phone"
    EMAIL = "email"
    CONTACT = "contact"
    DATE = "date"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Knockout(_Strict):
    """A requirement an answer must meet; a miss flags the application, it never drops it."""

    reason: str = Field(min_length=1)
    min: float | None = None
    max: float | None = None
    expect: Literal["yes", "no"] | None = None
    reject: tuple[str, ...] | None = None
    accept: tuple[str, ...] | None = None

    @field_validator("expect", mode="before")
    @classmethod
    def _yaml_booleans(cls, value: Any) -> Any:
        # YAML 1.1 reads a bare ``yes`` as True; HR means the word.
        if value is True:
            return "yes"
        if value is False:
            return "no"
        return value


class Question(_Strict):
    """One screening question from a posting's ``questionnaire``."""

    id: str = Field(min_length=1, max_length=32, pattern=r"^[A-Za-z0-9_-]+$")
    text: str = Field(min_length=1, max_length=1000)
    type: QuestionType = QuestionType.TEXT
    required: bool = True
    options: tuple[str, ...] | None = None
    min: float | None = None
    max: float | None = None
    knockout: Knockout | None = None

    @field_validator("required", mode="before")
    @classmethod
    def _yes_no_words(cls, value: Any) -> Any:
        # HR writes «required: нет» as often as «required: false».
        if isinstance(value, str):
            word = value.strip().lower()
            if word in _YES_WORDS:
                return True
            if word in _NO_WORDS:
                return False
        return value

    @field_validator("options", mode="before")
    @classmethod
    def _options_as_text(cls, value: Any) -> Any:
        if isinstance(value, list):
            return tuple(str(v) for v in value)
        return value

    @model_validator(mode="after")
    def _check_shape(self) -> Question:
        has_options = self.type in (QuestionType.CHOICE, QuestionType.MULTICHOICE)
        if has_options:
            if not self.options:
                raise PostingValueError("options_missing", type=self.type, limit=MAX_OPTIONS)
            if not 2 <= len(self.options) <= MAX_OPTIONS:
                raise PostingValueError(
                    "options_count", type=self.type, count=len(self.options), limit=MAX_OPTIONS
                )
            if len(set(self.options)) != len(self.options):
                raise PostingValueError("option_twice")
            if any(not o.strip() or len(o) > 100 for o in self.options):
                raise PostingValueError("option_length")
        elif self.options is not None:
            raise PostingValueError("options_not_here")
        if self.min is not None and self.max is not None and self.min > self.max:
            raise PostingValueError("min_over_max")
        if self.knockout is not None:
            self._check_knockout(self.knockout)
        return self

    def _check_knockout(self, ko: Knockout) -> None:
        kind = self.type
        if kind == QuestionType.NUMBER:
            if ko.min is None and ko.max is None:
                raise PostingValueError("knockout_number")
        elif kind == QuestionType.YESNO:
            if ko.expect is None:
                raise PostingValueError("knockout_yesno")
        elif kind in (QuestionType.CHOICE, QuestionType.MULTICHOICE):
            listed = ko.reject if ko.reject is not None else ko.accept
            if listed is None or (ko.reject is not None and ko.accept is not None):
                raise PostingValueError("knockout_choice")
            unknown = [o for o in listed if o not in (self.options or ())]
            if unknown:
                raise PostingValueError("knockout_unknown_options", options=", ".join(unknown))
        else:
            raise PostingValueError("knockout_not_allowed", type=kind)


class PayPeriod(StrEnum):
    """What a salary's amounts are paid for: an hour's work, a shift, a month…"""

    HOUR = "hour"
    SHIFT = "shift"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


# The closed set of ways HR writes a period (compared lower-case, «ё» as «е», spaces collapsed, a
# final dot dropped): the unit alone, after its language's little words or a slash ("per hour",
# «за смену», "/мес"), and the English adverbs a job board uses ("hourly"). Russian «ежемесячно»,
# «еженедельно» are left out on purpose: in ads they say how often pay comes, not what it is for.
_PERIOD_UNITS_EN: dict[PayPeriod, tuple[str, ...]] = {
    PayPeriod.HOUR: ("hour", "hr", "h"),
    PayPeriod.SHIFT: ("shift",),
    PayPeriod.DAY: ("day",),
    PayPeriod.WEEK: ("week", "wk"),
    PayPeriod.MONTH: ("month", "mo"),
    PayPeriod.YEAR: ("year", "yr", "annum"),
}
_PERIOD_UNITS_RU: dict[PayPeriod, tuple[str, ...]] = {
    PayPeriod.HOUR: ("час", "ч"),
    PayPeriod.SHIFT: ("смена", "смену"),
    PayPeriod.DAY: ("день",),
    PayPeriod.WEEK: ("неделя", "неделю", "нед"),
    PayPeriod.MONTH: ("месяц", "мес"),
    PayPeriod.YEAR: ("год",),
}
_PERIOD_WORDS_ALONE: dict[PayPeriod, tuple[str, ...]] = {
    PayPeriod.HOUR: ("hourly", "почасовая", "почасово"),
    PayPeriod.SHIFT: ("посменная", "посменно"),
    PayPeriod.DAY: ("daily",),
    PayPeriod.WEEK: ("weekly",),
    PayPeriod.MONTH: ("monthly",),
    PayPeriod.YEAR: ("yearly", "annual", "annually"),
}


def _spellings() -> dict[str, PayPeriod]:
    words: dict[str, PayPeriod] = {}
    for units, before in (
        (_PERIOD_UNITS_EN, ("", "per ", "a ", "an ", "/")),
        (_PERIOD_UNITS_RU, ("", "в ", "за ", "/")),
    ):
        for period, spelled in units.items():
            words.update({lead + unit: period for unit in spelled for lead in before})
    for period, spelled in _PERIOD_WORDS_ALONE.items():
        words.update(dict.fromkeys(spelled, period))
    return words


PERIOD_WORDS: dict[str, PayPeriod] = _spellings()
"""Every accepted spelling of a salary's ``period``, by the period it means."""


def read_period(value: str) -> PayPeriod | None:
    """ "hour", "Hourly", "per hour", "в час", "за смену", "/month" → the period; None for
    words outside the set."""
    key = " ".join(value.casefold().replace("ё", "е").split()).rstrip(".")
    return PERIOD_WORDS.get(key.replace("/ ", "/"))


# A pay amount: whole (250000) or with cents (18.25, an hourly rate), never a float — 18.255 is
# refused, not rounded. 30 whole digits, as many as any number in a posting file may have.
Amount = Annotated[Decimal, Field(ge=0, max_digits=32, decimal_places=2)]


class Salary(_Strict):
    """A salary given as a range; either end may be missing."""

    from_: Amount | None = Field(default=None, alias="from")
    to: Amount | None = None
    currency: str = "RUB"
    note: str | None = None
    period: PayPeriod | None = None
    """What the amounts are paid for; any spelling in :data:`PERIOD_WORDS` is read as one."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    @field_validator("period", mode="before")
    @classmethod
    def _period_words(cls, value: Any) -> Any:
        if value is None or isinstance(value, PayPeriod):
            return value
        period = read_period(value) if isinstance(value, str) else None
        if period is None:  # a number or a list is no period either: said as written
            raise PostingValueError("bad_period", value=value)
        return period

    @model_validator(mode="after")
    def _check_range(self) -> Salary:
        if self.from_ is None and self.to is None:
            raise PostingValueError("salary_empty")
        if self.from_ is not None and self.to is not None and self.from_ > self.to:
            raise PostingValueError("salary_range")
        return self


class FaqItem(_Strict):
    """A question HR answered in advance."""

    q: str = Field(min_length=1)
    a: str = Field(min_length=1)


MESSAGE_MAX = 3000
"""A decision message template's limit: room is left for the line naming the vacancy."""
PLACEHOLDERS = ("{title}", "{name}")


class Messages(_Strict):
    """What the candidate is told when HR decides; a missing one uses the locale's default.

    ``{title}`` is replaced by the posting's title and ``{name}`` by the candidate's first name.
    """

    invite: str | None = Field(default=None, min_length=1, max_length=MESSAGE_MAX)
    reject: str | None = Field(default=None, min_length=1, max_length=MESSAGE_MAX)
    reserve: str | None = Field(default=None, min_length=1, max_length=MESSAGE_MAX)

    @field_validator("invite", "reject", "reserve")
    @classmethod
    def _known_placeholders(cls, value: str | None) -> str | None:
        if value is None:
            return None
        rest = value
        for placeholder in PLACEHOLDERS:
            rest = rest.replace(placeholder, "")
        if re.search(r"\{[^{}\s]*\}", rest):
            raise ValueError("only {title} and {name} may appear in braces")
        if not value.strip():
            raise ValueError("the message is empty")
        return value

    def template(self, decision: str) -> str | None:
        """The template for ``invite``, ``reject`` or ``reserve``, if the posting has one."""
        value = getattr(self, decision, None)
        return value if isinstance(value, str) else None


KNOWN_KEYS = frozenset(
    {
        "title",
        "slug",
        "description",
        "pitch",
        "company",
        "city",
        "employment",
        "format",
        "salary",
        "status",
        "closes",
        "lang",
        "hr_chat",
        "questionnaire",
        "faq",
        "messages",
        "tags",
        "image",
    }
)


class FrontMatter(BaseModel):
    """The YAML front matter of a posting file; unknown keys are kept and reported as warnings."""

    model_config = ConfigDict(extra="allow", frozen=True)

    title: str = Field(min_length=1, max_length=200)
    slug: str
    description: str | None = None
    pitch: str | None = Field(default=None, max_length=600)
    company: str | None = None
    city: str | None = None
    employment: str | None = None
    format: str | None = None
    salary: Salary | Annotated[str, Field(min_length=1)] | None = None
    status: Literal["open", "closed"] = "open"
    closes: dt.date | None = None
    lang: Literal["ru", "en"] | None = None
    hr_chat: int | None = None
    questionnaire: tuple[Question, ...] = ()
    faq: tuple[FaqItem, ...] = ()
    messages: Messages = Messages()
    tags: tuple[Annotated[str, Field(min_length=1, max_length=MAX_TAG)], ...] = Field(
        default=(), max_length=MAX_TAGS
    )
    image: str | None = Field(default=None, min_length=1, max_length=255)

    @field_validator("tags", mode="before")
    @classmethod
    def _tags_as_list(cls, value: Any) -> Any:
        if value is None:
            return ()
        if isinstance(value, str):  # "courier, moscow" as well as a YAML list
            value = value.split(",")
        if isinstance(value, list | tuple):
            cleaned = [" ".join(str(v).split()).casefold() for v in value]
            return tuple(dict.fromkeys(tag for tag in cleaned if tag))
        return value

    @field_validator("slug")
    @classmethod
    def _check_slug(cls, value: str) -> str:
        if not SLUG_RE.fullmatch(value) or "__" in value:
            raise PostingValueError("bad_slug")
        return value

    @field_validator("hr_chat")
    @classmethod
    def _hr_chat_is_a_group(cls, value: int | None) -> int | None:
        # Summaries carry candidates' answers: they must never reach one person by mistake.
        if value is not None and value >= 0:
            raise PostingValueError("hr_chat_person", value=value)
        return value

    @field_validator(
        "title",
        "description",
        "pitch",
        "company",
        "city",
        "employment",
        "format",
        mode="before",
    )
    @classmethod
    def _scalars_as_text(cls, value: Any) -> Any:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("questionnaire", "faq", mode="before")
    @classmethod
    def _none_is_empty(cls, value: Any) -> Any:
        return () if value is None else value

    @field_validator("messages", mode="before")
    @classmethod
    def _none_is_default(cls, value: Any) -> Any:
        return {} if value is None else value

    @model_validator(mode="after")
    def _unique_question_ids(self) -> FrontMatter:
        seen: set[str] = set()
        for question in self.questionnaire:
            if question.id in seen:
                raise PostingValueError("question_id_twice", id=question.id)
            seen.add(question.id)
        return self

    @field_validator("salary", mode="before")
    @classmethod
    def _salary_as_text(cls, value: Any) -> Any:
        # «salary: {text: от 3 500 ₽ за смену}» reads naturally; it means the text alone.
        if isinstance(value, dict) and set(value) == {"text"}:
            value = value["text"]
        if isinstance(value, int | float) and not isinstance(value, bool):
            return str(value)
        return value

    @field_validator("questionnaire")
    @classmethod
    def _few_questions(cls, value: tuple[Question, ...]) -> tuple[Question, ...]:
        if len(value) > MAX_QUESTIONS:
            raise PostingValueError("too_many_questions", count=len(value), limit=MAX_QUESTIONS)
        return value

    @field_validator("faq")
    @classmethod
    def _few_faq(cls, value: tuple[FaqItem, ...]) -> tuple[FaqItem, ...]:
        if len(value) > MAX_FAQ:
            raise PostingValueError("too_many_faq", count=len(value), limit=MAX_FAQ)
        return value

    @property
    def unknown_keys(self) -> list[str]:
        return sorted((self.model_extra or {}).keys())


class Section(BaseModel):
    """A titled part of the posting body."""

    model_config = ConfigDict(frozen=True)

    kind: SectionKind
    heading: str
    markdown: str
    items: tuple[str, ...]
    line: int


class Reply(BaseModel):
    """What the post's author answered in the comments under it, and the comment it answers."""

    model_config = ConfigDict(frozen=True)

    asked: str  # "" when it answers none
    said: str
    line: int


class PostingBody(BaseModel):
    """A posting's body cut into an intro (Markdown and items) and typed sections."""

    model_config = ConfigDict(frozen=True)

    intro: str = ""
    intro_items: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    replies: tuple[Reply, ...] = ()


class Posting(BaseModel):
    """A checked posting, ready to show, search and screen with.

    Its body (``intro``, ``intro_items``, ``sections``) is cut once, when first read, where the
    posting was made from its front matter alone (``body`` None, ``markdown`` kept): a first
    start with thousands of files takes updates before every body is parsed (``Catalog``).
    """

    model_config = ConfigDict(frozen=True)

    slug: str
    title: str
    description: str | None = None
    pitch: str | None = None
    company: str | None = None
    city: str | None = None
    employment: str | None = None
    format: str | None = None
    salary: Salary | str | None = None
    status: Literal["open", "closed"] = "open"
    closes: dt.date | None = None
    lang: Literal["ru", "en"] = "ru"
    hr_chat: int | None = None
    questionnaire: tuple[Question, ...] = ()
    faq: tuple[FaqItem, ...] = ()
    messages: Messages = Messages()
    tags: tuple[str, ...] = ()
    image: Path | None = None
    """A picture for channel posts: a file beside the posting (checked when loaded)."""
    body: PostingBody | None = PostingBody()
    """The body as parsed and checked when the file was read; None: not parsed yet."""
    markdown: str = ""
    """The body's Markdown, kept only while ``body`` is None."""
    markdown_line: int = 1
    """The file line the body starts on (sections give file lines)."""
    source: Path | None = None
    warnings: tuple[Notice, ...] = ()
    """What HR should fix: of the front matter always, of the body once ``body`` is set."""

    _parsed: PostingBody | None = PrivateAttr(None)

    @property
    def checked(self) -> bool:
        """Whether the body was parsed and checked when the file was read."""
        return self.body is not None

    @property
    def intro(self) -> str:
        """The body's Markdown before its first section."""
        return self._body().intro

    @property
    def intro_items(self) -> tuple[str, ...]:
        """The intro's items as plain text."""
        return self._body().intro_items

    @property
    def sections(self) -> tuple[Section, ...]:
        """The body's titled parts, in order."""
        return self._body().sections

    @property
    def replies(self) -> tuple[Reply, ...]:
        """What the post's author answered in the comments pasted under it."""
        return self._body().replies

    def _body(self) -> PostingBody:
        if self.body is not None:
            return self.body
        parsed = self._parsed
        if parsed is None:
            parsed = self._parsed = parse_markdown(
                self.markdown, self.markdown_line, self.company, self.title
            )
        return parsed

    def is_open(self, today: dt.date | None = None) -> bool:
        """Whether candidates may see and apply to it on ``today`` (the local date by default)."""
        if self.status != "open":
            return False
        if self.closes is None:  # no date to read (the local date costs a clock and a zone)
            return True
        return (today or dt.date.today()) <= self.closes

    def section(self, kind: SectionKind | str) -> Section | None:
        """The first section of that kind, if the posting has one."""
        return next((s for s in self.sections if s.kind == kind), None)

    def section_kinds(self) -> list[SectionKind]:
        """Distinct kinds of the sections, in the order they appear."""
        kinds: list[SectionKind] = []
        for section in self.sections:
            if section.kind not in kinds:
                kinds.append(section.kind)
        return kinds


def parse_markdown(
    markdown: str, first_line: int, company: str | None = None, title: str | None = None
) -> PostingBody:
    """A body not parsed when its file was read, parsed now; empty if it cannot be (the check
    that follows such a start refuses the file with its error, as a reload would)."""
    from bot.postings.structure import parse_body  # it imports this module's models

    try:
        parsed = parse_body(markdown, first_line, company, title)
    except Exception:  # never in a handler: the file's error is reported by the check
        return PostingBody()
    return PostingBody(
        intro=parsed.intro,
        intro_items=tuple(parsed.intro_items),
        sections=parsed.sections,
        replies=parsed.replies,
    )
