"""Read posting files: safe YAML front matter, a body cut into an intro and typed sections.

Every failure is a :class:`PostingError` naming the file, the line when one is known, and the fix.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import frontmatter
import yaml
from pydantic import ValidationError

from bot.postings.errors import PostingError
from bot.postings.models import FrontMatter, Posting, Section, SectionKind

MAX_FILE_BYTES = 256 * 1024

_HEADING_RE = re.compile(r"^#{1,6}\s+(?P<text>.+?)\s*#*\s*$")
_BOLD_LINE_RE = re.compile(r"^(?:\*\*|__)(?P<text>[^*_].*?)(?:\*\*|__)\s*:?\s*$")
_BULLET_RE = re.compile(r"^(?:[-*•—–+]|\d{1,2}[.)])\s+(?P<text>.*)$")
# «✅ форма выдаётся», «🔹 ДМС», «▪️ обед»: a line led by a symbol or emoji is a list item too.
_SYMBOL_BULLET_RE = re.compile(r"^(?P<mark>[^\w\s\"'«(\[*_#])[^\w\s]*\s+(?P<text>\S.*)$")
_LEADING_SYMBOLS_RE = re.compile(r"^[^\w*_#\[(«\"]+", re.UNICODE)
_WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)
_COLON_HEADING_MAX = 60
_LABEL_RE = re.compile(
    r"^(?:\*\*|__)(?P<label>[^*_:]{1,40}?)(?::(?:\*\*|__)|(?:\*\*|__):)\s+(?P<rest>\S.*)$"
)


@dataclass(frozen=True)
class LoadResult:
    """What a folder held: postings by file, and errors and warnings HR can act on."""

    postings: dict[Path, Posting] = field(default_factory=dict)
    errors: list[PostingError] = field(default_factory=list)

    @property
    def by_slug(self) -> dict[str, Posting]:
        return {p.slug: p for p in self.postings.values()}


def load_folder(folder: Path, prefer: Mapping[str, Path] | None = None) -> LoadResult:
    """Load every ``*.md`` file in ``folder``; a slug used twice is an error naming both files.

    ``prefer`` maps a slug to the file that already holds it, so a newcomer that copies an
    existing slug is the one refused.
    """
    if not folder.is_dir():
        raise PostingError(folder, "postings folder not found")
    result = LoadResult()
    loaded: list[Posting] = []
    for path in sorted(folder.glob("*.md")):
        try:
            loaded.append(load_posting(path))
        except PostingError as error:
            result.errors.append(error)
    prefer = prefer or {}
    loaded.sort(key=lambda p: (prefer.get(p.slug) != p.source, str(p.source)))
    owners: dict[str, Path] = {}
    for posting in loaded:
        assert posting.source is not None
        owner = owners.get(posting.slug)
        if owner is not None:
            result.errors.append(
                PostingError(
                    posting.source,
                    f"slug '{posting.slug}' is already used by {owner.name}; "
                    "give one of the two files another slug",
                )
            )
            continue
        owners[posting.slug] = posting.source
        result.postings[posting.source] = posting
    result.errors.sort(key=lambda e: str(e.path))
    return result


def load_posting(path: Path) -> Posting:
    """Read and check one posting file."""
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise PostingError(path, f"cannot read the file ({error.strerror})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise PostingError(path, f"the file is over {MAX_FILE_BYTES // 1024} KiB; shorten it")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise PostingError(
            path, "the file is not UTF-8 text; save it in UTF-8 encoding", line
        ) from None
    return parse_posting(text, path)


def parse_posting(text: str, path: Path) -> Posting:
    """Turn a posting file's text into a :class:`Posting`."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PostingError(
            path, "the file is empty; start it with front matter between '---' lines"
        )
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        raise PostingError(
            path,
            "no front matter: start the file with a '---' line, then 'title:' and 'slug:', "
            "then another '---' line",
            1,
        )
    try:
        meta_text, body = handler.split(text)
    except ValueError:
        raise PostingError(
            path, "front matter is not closed: add a '---' line after it", 1
        ) from None
    body_start = meta_text.count("\n") + 1  # the body starts on the closing '---' line
    meta = _load_yaml(meta_text, path)
    front = _validate(meta, meta_text, path)
    intro_md, intro_items, sections = parse_body(body, first_line=body_start)
    warnings = [f"unknown field '{key}' is ignored" for key in front.unknown_keys]
    if not sections and not intro_items:
        warnings.append("the body is empty: candidates will see only the title")
    lang = front.lang or detect_lang(" ".join([front.title, body]))
    plain = {"title", "slug", "description", "company", "city", "employment", "format", "status"}
    return Posting(
        **front.model_dump(include=plain | {"closes", "hr_chat"}),
        salary=front.salary,
        questionnaire=front.questionnaire,
        faq=front.faq,
        messages=front.messages,
        lang=lang,
        intro=intro_md,
        intro_items=tuple(intro_items),
        sections=tuple(sections),
        source=path,
        warnings=tuple(warnings),
    )


def _load_yaml(meta_text: str, path: Path) -> dict[str, Any]:
    try:
        meta = yaml.load(meta_text, Loader=yaml.SafeLoader)
    except yaml.constructor.ConstructorError as error:
        line = _mark_line(error)
        tag = (error.problem or "").rsplit(" ", 1)[-1].strip("'")
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        raise PostingError(
            path,
            f"YAML tag '{tag}' is not allowed: posting files hold plain text, numbers and lists",
            line,
        ) from None
    except yaml.MarkedYAMLError as error:
        problem = error.problem or "invalid YAML"
        if error.context:
            problem = f"{error.context}: {problem}"
        raise PostingError(
            path,
            f"front matter is not valid YAML ({problem}); check quotes and indentation",
            _mark_line(error),
        ) from None
    except yaml.YAMLError as error:
        raise PostingError(path, f"front matter is not valid YAML ({error})") from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise PostingError(path, "front matter must be 'key: value' lines", 2)
    return {str(k): v for k, v in meta.items()}


def _mark_line(error: yaml.MarkedYAMLError) -> int | None:
    # An unclosed quote or bracket is reported at the end of the text; where it opened helps more.
    at_end = "end of stream" in (error.problem or "")
    mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
    return None if mark is None else mark.line + 1  # the YAML text starts on the '---' line


def _validate(meta: dict[str, Any], meta_text: str, path: Path) -> FrontMatter:
    try:
        return FrontMatter.model_validate(meta)
    except ValidationError as error:
        first = error.errors()[0]
        loc = [str(part) for part in first["loc"]]
        key = loc[0] if loc else ""
        if first["type"] == "missing":
            raise PostingError(
                path, f"'{key}' is required; add '{key}: …' to the front matter"
            ) from None
        message = str(first["msg"]).removeprefix("Value error, ")
        if first["type"] in ("enum", "literal_error"):
            message = f"'{first['input']}' is not allowed here; {message.lower()}"
        where = _describe_location(loc, meta)
        raise PostingError(path, f"{where}: {message}", _key_line(meta_text, loc)) from None


def _describe_location(loc: list[str], meta: dict[str, Any]) -> str:
    if len(loc) >= 2 and loc[0] == "questionnaire" and loc[1].isdigit():
        items = meta.get("questionnaire") or []
        index = int(loc[1])
        qid = (
            items[index].get("id")
            if index < len(items) and isinstance(items[index], dict)
            else None
        )
        name = f"question '{qid}'" if qid else f"question {index + 1}"
        rest = [p for p in loc[2:] if not p.isdigit() and not p.startswith("function-")]
        return f"{name}, field '{rest[0]}'" if rest else name
    return f"field '{loc[0]}'" if loc else "front matter"


def _key_line(meta_text: str, loc: list[str]) -> int | None:
    """Find the line of the offending key: its top-level key, or the list item's own key."""
    lines = meta_text.split("\n")
    target = loc[0] if loc else None
    start = next((i for i, ln in enumerate(lines) if ln.startswith(f"{target}:")), None)
    if start is None:
        return None
    if len(loc) >= 2 and loc[1].isdigit():
        index, seen = int(loc[1]), -1
        for i in range(start + 1, len(lines)):
            if lines[i] and not lines[i][0].isspace() and not lines[i].startswith("-"):
                break
            if lines[i].lstrip().startswith("- "):
                seen += 1
                if seen == index:
                    field_name = loc[2] if len(loc) > 2 else None
                    for j in range(i, len(lines)):
                        if j > i and lines[j].lstrip().startswith("- "):
                            break
                        if field_name and re.match(rf"\s*-?\s*{re.escape(field_name)}:", lines[j]):
                            return j + 1
                    return i + 1
    return start + 1


# --- body ---------------------------------------------------------------------------------


def parse_body(body: str, first_line: int = 1) -> tuple[str, list[str], list[Section]]:
    """Cut a Markdown body into (intro Markdown, intro items, sections)."""
    intro_lines: list[str] = []
    intro_items: list[str] = []
    sections: list[Section] = []
    heading: tuple[str, int] | None = None
    md_lines: list[str] = []
    items: list[str] = []
    builder = _ItemBuilder(items)

    def close() -> None:
        builder.flush()
        if heading is None:
            intro_lines.extend(md_lines)
            intro_items.extend(items)
        else:
            title, line = heading
            sections.append(
                Section(
                    kind=classify_heading(title),
                    heading=title,
                    markdown="\n".join(md_lines).strip("\n"),
                    items=tuple(items),
                    line=line,
                )
            )

    previous = ""
    from_label = False
    for offset, raw in enumerate(body.split("\n")):
        title = heading_text(raw)
        label = _LABEL_RE.match(raw.strip())
        after_list = heading is not None and (builder.saw_bullets or from_label)
        # In the intro only a label naming a known kind counts: «**Наш офис:** …» stays text.
        known = (
            heading is None and label is not None and classify_heading(label["label"]) != "other"
        )
        if title is None and label and (after_list or known) and not previous.strip():
            # «**График:** пн–пт…» after a list: HR started a new topic without a heading line
            title = _clean_heading(label.group("label"))
            raw = label.group("rest")
        if title is not None:
            from_label = raw is not None and label is not None and raw == label.group("rest")
            close()
            heading, md_lines, items = (title, first_line + offset), [], []
            builder = _ItemBuilder(items)
            if raw.strip() and heading_text(raw) is None and label is not None:
                md_lines.append(raw.rstrip())
                builder.feed(raw)
            previous = raw
            continue
        md_lines.append(raw.rstrip())
        builder.feed(raw)
        previous = raw
    close()
    return "\n".join(intro_lines).strip("\n"), intro_items, sections


class _ItemBuilder:
    """Collects bullets and paragraphs of one section as plain-text items."""

    def __init__(self, items: list[str]) -> None:
        self.items = items
        self.current: list[str] = []
        self.saw_bullets = False
        self.bullet = False

    def feed(self, raw: str) -> None:
        stripped = raw.strip()
        if not stripped:
            self.flush()
            return
        bullet = _BULLET_RE.match(stripped) or _symbol_bullet(stripped)
        if bullet:
            self.flush()
            self.current = [bullet.group("text")]
            self.saw_bullets = self.bullet = True
        else:
            if not self.current:
                self.bullet = False
            self.current.append(stripped)

    def flush(self) -> None:
        if self.current:
            text = plain_text(" ".join(self.current)).rstrip(" ;,")
            if self.bullet and text.endswith(".") and not text.endswith(".."):
                text = text[:-1]  # a list's last item keeps HR's full stop; a quote needs none
            if text:
                self.items.append(text)
        self.current = []


def _symbol_bullet(line: str) -> re.Match[str] | None:
    """A line led by one non-ASCII symbol or emoji and a space, as HR marks list items."""
    match = _SYMBOL_BULLET_RE.match(line)
    if match is None or match.group("mark").isascii():
        return None
    return match if unicodedata.category(match.group("mark")) in _BULLET_CATEGORIES else None


_BULLET_CATEGORIES = frozenset({"So", "Sm", "Po", "Pd"})  # ✅ 🔹 ▪ ➤ → · ‣ ⁃


def heading_text(raw: str) -> str | None:
    """The heading a line stands for, or ``None`` for an ordinary line."""
    line = raw.strip()
    if not line or raw.startswith(("    ", "\t")):
        return None
    match = _HEADING_RE.match(line)
    if match:
        return _clean_heading(match.group("text"))
    if _BULLET_RE.match(line):
        return None
    bare = _LEADING_SYMBOLS_RE.sub("", line)
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
    if bare != line and _looks_like_emoji_heading(bare):
        return _clean_heading(bare)
    return None


def _looks_like_emoji_heading(bare: str) -> bool:
    """«🔧 Что делать»: a few words after an emoji, no digits, naming a known section kind."""
    return (
        0 < len(bare.split()) <= 5
        and not any(ch.isdigit() for ch in bare)
        and not bare.endswith((".", ",", ";", "!"))
        and classify_heading(bare) != SectionKind.OTHER
    )


def _clean_heading(text: str) -> str:
    text = plain_text(text).strip()
    text = _LEADING_SYMBOLS_RE.sub("", text)
    return text.rstrip(" :").strip() or text


_INLINE_RULES = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"(\*\*|__)(.+?)\1"), r"\2"),
    (re.compile(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<!\w)_(?!\s)(.+?)(?<!\s)_(?!\w)"), r"\1"),
    (re.compile(r"`([^`]+)`"), r"\1"),
    (re.compile(r"~~(.+?)~~"), r"\1"),
    (re.compile(r"\s{2,}"), " "),
)


def plain_text(markdown: str) -> str:
    """Markdown inline markup dropped: what a reader sees, for quoting and searching."""
    text = markdown
    for pattern, repl in _INLINE_RULES:
        text = pattern.sub(repl, text)
    return text.strip()


def normalize_heading(text: str) -> str:
    """Lower-case words only, 'ё' read as 'е': the form headings are compared in."""
    return " ".join(_WORD_RE.findall(text.lower().replace("ё", "е")))


@dataclass(frozen=True)
class _KindRule:
    kind: SectionKind
    phrases: frozenset[str]
    keywords: tuple[str, ...]


@cache
def _kind_rules() -> tuple[_KindRule, ...]:
    data = yaml.safe_load(
        resources.files("bot.postings").joinpath("section_kinds.yaml").read_text("utf-8")
    )
    return tuple(
        _KindRule(
            kind=SectionKind(kind),
            phrases=frozenset(normalize_heading(p) for p in spec.get("phrases", [])),
            keywords=tuple(normalize_heading(k) for k in spec.get("keywords", [])),
        )
        for kind, spec in data.items()
    )


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
        for keyword in rule.keywords:
            if " " in keyword:
                if f" {keyword} " in padded or padded.find(f" {keyword}") >= 0:
                    return rule.kind
            elif any(word.startswith(keyword) for word in words):
                return rule.kind
    return SectionKind.OTHER


def detect_lang(text: str) -> Literal["ru", "en"]:
    """'ru' when Cyrillic letters outnumber Latin ones, else 'en'."""
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    return "ru" if cyrillic >= latin else "en"
