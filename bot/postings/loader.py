"""Read posting files: safe YAML front matter, a body cut into an intro and typed sections.

Every failure is a :class:`PostingError` naming the file, the line when one is known, and the fix.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import frontmatter
import yaml
from pydantic import ValidationError

from bot.postings.errors import PostingError
from bot.postings.models import FrontMatter, Posting
from bot.postings.structure import (  # noqa: F401 — the loader's names for them
    classify_heading,
    heading_text,
    normalize_heading,
    parse_body,
    plain_text,
)

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
    parsed = parse_body(body, first_line=body_start)
    intro_md, intro_items, sections = parsed.intro, parsed.intro_items, parsed.sections
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


def detect_lang(text: str) -> Literal["ru", "en"]:
    """'ru' when Cyrillic letters outnumber Latin ones, else 'en'."""
    cyrillic = sum(1 for ch in text if "а" <= ch.lower() <= "я" or ch in "ёЁ")
    latin = sum(1 for ch in text if "a" <= ch.lower() <= "z")
    return "ru" if cyrillic >= latin else "en"
