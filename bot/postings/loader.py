"""Read posting files: safe YAML front matter, a body cut into an intro and typed sections.

Every failure is a :class:`PostingError` naming the file, the line when one is known, and the fix.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import frontmatter
import yaml
from pydantic import ValidationError
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import Resolver
from yaml.scanner import Scanner

from bot.postings.errors import Notice, PostingError, PostingValueError
from bot.postings.models import MAX_SECTIONS, FrontMatter, Posting, PostingBody
from bot.postings.structure import (  # noqa: F401 — the loader's names for them
    classify_heading,
    heading_text,
    normalize_heading,
    parse_body,
    plain_text,
)

# A body longer than this in one paragraph, with no heading or list, gets a warning.
ONE_BLOCK_CHARS = 300
MAX_FILE_BYTES = 64 * 1024  # the longest real posting seen is under 5 KiB

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


def posting_names(folder: Path) -> list[str]:
    """Names of the ``*.md`` entries of ``folder``, sorted; :class:`PostingError` if it is gone."""
    try:
        with os.scandir(folder) as entries:  # names sorted as text: Path comparisons are slow
            names = sorted(e.name for e in entries if e.name.endswith(".md"))
    except OSError:
        raise PostingError(folder, Notice.of("folder_missing")) from None
    return [name for name in names if not name.startswith(".")]


def posting_files(folder: Path) -> list[Path]:
    """The ``*.md`` entries of ``folder``, sorted; :class:`PostingError` if it is gone."""
    return [folder / name for name in posting_names(folder)]


def load_folder(folder: Path, prefer: Mapping[str, Path] | None = None) -> LoadResult:
    """Load every ``*.md`` file in ``folder``; a slug used twice is an error naming both files.

    ``prefer`` maps a slug to the file that already holds it, so a newcomer that copies an
    existing slug is the one refused.
    """
    outcomes: dict[Path, Posting | PostingError] = {}
    for path in posting_files(folder):
        try:
            outcomes[path] = load_posting(path)
        except PostingError as error:
            outcomes[path] = error
    return assemble(outcomes, prefer)


def assemble(
    outcomes: Mapping[Path, Posting | PostingError], prefer: Mapping[str, Path] | None = None
) -> LoadResult:
    """Each file's posting or error; the second file to use a slug is refused."""
    result = LoadResult()
    loaded: list[Posting] = []
    for outcome in outcomes.values():
        if isinstance(outcome, PostingError):
            result.errors.append(outcome)
        else:
            loaded.append(outcome)
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
                    Notice.of("duplicate_slug", slug=posting.slug, other=owner.name),
                )
            )
            continue
        owners[posting.slug] = posting.source
        result.postings[posting.source] = posting
    result.errors.sort(key=lambda e: str(e.path))
    return result


def load_posting(path: Path) -> Posting:
    """Read and check one posting file; whatever goes wrong is a :class:`PostingError`."""
    return parse_source(path, read_source(path))


def read_source(path: Path, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file, refusing anything else and never reading past ``limit``.

    A FIFO opened without ``O_NONBLOCK`` would wait for a writer forever, and ``/dev/zero``
    never ends: the file is opened non-blocking, checked to be a regular file, then read in
    pieces up to one byte over the limit.
    """
    flags = os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0)
    try:
        fd = os.open(path, flags)
    except OSError as error:
        raise PostingError(path, Notice.of("read_failed", reason=error.strerror)) from None
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            raise PostingError(path, Notice.of("not_regular"))
        chunks: list[bytes] = []
        size = 0
        while size <= limit:
            chunk = os.read(fd, min(65536, limit + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        raise PostingError(path, Notice.of("read_failed", reason=error.strerror)) from None
    finally:
        os.close(fd)
    if size > limit:
        raise PostingError(path, Notice.of("too_big", limit=limit // 1024))
    return b"".join(chunks)


def parse_source(path: Path, raw: bytes, *, body: bool = True) -> Posting:
    """Decode and parse a file's bytes; any failure at all becomes this file's error.

    ``body=False``: the front matter alone is parsed and checked; the body is kept as Markdown,
    parsed when first read, and its warnings and errors are not known (``Posting.checked``).
    """
    try:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            line = raw[: error.start].count(b"\n") + 1
            raise PostingError(path, Notice.of("not_utf8"), line) from None
        return parse_posting(text, path, body=body)
    except PostingError:
        raise
    except (RecursionError, MemoryError):
        raise PostingError(path, Notice.of("too_complex")) from None
    except Exception as error:  # one odd file must never stop the others or the bot
        raise PostingError(path, Notice.of("unexpected", error=type(error).__name__)) from None


def parse_posting(text: str, path: Path, *, body: bool = True) -> Posting:
    """Turn a posting file's text into a :class:`Posting` (its front matter alone: ``body``,
    see ``parse_source``)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise PostingError(path, Notice.of("empty"))
    handler = frontmatter.YAMLHandler()
    if not handler.detect(text):
        raise PostingError(path, Notice.of("no_front_matter"), 1)
    try:
        meta_text, markdown = handler.split(text)
    except ValueError:
        raise PostingError(path, Notice.of("not_closed"), 1) from None
    body_start = meta_text.count("\n") + 1  # the body starts on the closing '---' line
    meta, root = _load_yaml(meta_text, path)
    front = _validate(meta, root, path)
    warnings = [Notice.of("unknown_field", key=key) for key in front.unknown_keys]
    parts: dict[str, Any] = {"body": None, "markdown": markdown, "markdown_line": body_start}
    if body:
        parts = {
            "body": _parse_body(markdown, body_start, path, warnings, front.company, front.title)
        }
    lang = front.lang or detect_lang(" ".join([front.title, markdown]))
    plain = {"title", "slug", "description", "pitch", "company", "city", "employment"}
    plain |= {"format", "status", "tags"}
    return Posting(
        **front.model_dump(include=plain | {"closes", "hr_chat"}),
        image=image_beside(path, front.image) if front.image else None,
        salary=front.salary,
        questionnaire=front.questionnaire,
        faq=front.faq,
        messages=front.messages,
        lang=lang,
        **parts,
        source=path,
        warnings=tuple(warnings),
    )


def _parse_body(
    markdown: str,
    first_line: int,
    path: Path,
    warnings: list[Notice],
    company: str | None,
    title: str | None = None,
) -> PostingBody:
    """The body cut into an intro and sections, checked; its warnings added to ``warnings``."""
    parsed = parse_body(markdown, first_line=first_line, company=company, title=title)
    intro_items, sections = parsed.intro_items, parsed.sections
    if len(sections) > MAX_SECTIONS:
        raise PostingError(
            path,
            Notice.of("too_many_sections", count=len(sections), limit=MAX_SECTIONS),
            sections[MAX_SECTIONS].line,
        )
    if not sections and not intro_items:
        warnings.append(Notice.of("empty_body"))
    elif not sections and len(intro_items) == 1 and len(intro_items[0]) > ONE_BLOCK_CHARS:
        warnings.append(Notice.of("one_block"))
    for heading, line in parsed.other_jobs:
        warnings.append(Notice.of("other_jobs", heading=heading, line=line))
    return PostingBody(
        intro=parsed.intro,
        intro_items=tuple(intro_items),
        sections=sections,
        replies=parsed.replies,
    )


IMAGE_TYPES = frozenset({".jpg", ".jpeg", ".png", ".webp"})
IMAGE_MAX_BYTES = 10 * 1024 * 1024
"""Telegram takes photos of up to 10 MB."""


def image_beside(path: Path, image: str) -> Path:
    """The picture ``image:`` names, a file in the posting's own folder; else a PostingError
    naming it."""
    folder = path.parent.resolve()
    target = (path.parent / image).resolve()
    if target.parent != folder:
        raise PostingError(path, Notice.of("image_outside", image=image))
    if target.suffix.lower() not in IMAGE_TYPES:
        raise PostingError(path, Notice.of("image_type", image=image))
    try:
        size = target.stat().st_size if target.is_file() else -1
    except OSError:
        size = -1
    if size < 0:
        raise PostingError(path, Notice.of("image_missing", image=image, folder=folder.name))
    if size == 0 or size > IMAGE_MAX_BYTES:
        megabytes = f"{size / 1024 / 1024:.1f}"
        raise PostingError(path, Notice.of("image_size", image=image, size=megabytes))
    return target


# --- front matter -------------------------------------------------------------------------

MAX_YAML_DEPTH = 20
MAX_NUMBER_DIGITS = 30


class _TooDeep(yaml.MarkedYAMLError):
    pass


class _Composer(Composer):
    """Builds the node tree like PyYAML's composer, refusing values nested too deep."""

    _depth = 0

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        self._depth += 1
        try:
            if self._depth > MAX_YAML_DEPTH:
                mark = self.peek_event().start_mark  # type: ignore[attr-defined]
                raise _TooDeep(problem="nested too deep", problem_mark=mark)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


class _Constructor(SafeConstructor):
    """Safe values only; dates stay text for the model to check, huge numbers are refused."""

    def construct_yaml_int(self, node: ScalarNode) -> Any:
        digits = sum(ch.isdigit() for ch in str(node.value))
        if digits > MAX_NUMBER_DIGITS:
            raise yaml.constructor.ConstructorError(None, None, "number too long", node.start_mark)
        return super().construct_yaml_int(node)

    def construct_yaml_timestamp(self, node: ScalarNode, values: Any = None) -> Any:
        # «closes: 2027-02-30» is checked (and explained) by the model, not crashed on here.
        return self.construct_scalar(node)


_Constructor.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:int", _Constructor.construct_yaml_int
)
_Constructor.add_constructor(  # type: ignore[type-var]
    "tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp
)

if yaml.__with_libyaml__:
    from yaml._yaml import CParser as _Parser  # libyaml: ten times faster than pure Python

    class _Loader(_Composer, _Parser, _Constructor, Resolver):  # type: ignore[misc]
        def __init__(self, stream: str) -> None:
            _Parser.__init__(self, stream)
            _Composer.__init__(self)
            _Constructor.__init__(self)
            Resolver.__init__(self)

    class _FastLoader(_Parser, _Constructor, Resolver):  # type: ignore[misc]
        """libyaml composing the nodes too (in C); no depth check while it does: libyaml itself
        refuses more than 1,000 levels, and ``_load_yaml`` checks the tree it gets."""

        def __init__(self, stream: str) -> None:
            _Parser.__init__(self, stream)
            _Constructor.__init__(self)
            Resolver.__init__(self)

        def resolve(self, kind: type[Node], value: Any, implicit: Any) -> str:
            # A plain scalar starting with a character no implicit type starts with (a letter
            # but y, n, t, f, o: most keys and values) is text; PyYAML's resolve says so after
            # looking up its lists, for every scalar.
            if kind is ScalarNode and implicit[0] and value and value[0] not in _IMPLICIT_STARTS:
                return _STR_TAG
            return Resolver.resolve(self, kind, value, implicit)  # type: ignore[no-any-return]

    _IMPLICIT_STARTS = frozenset(Resolver.yaml_implicit_resolvers)
    assert None not in _IMPLICIT_STARTS and not Resolver.yaml_path_resolvers

else:  # pragma: no cover - PyYAML built without libyaml

    class _Loader(Reader, Scanner, Parser, _Composer, _Constructor, Resolver):  # type: ignore[no-redef]
        def __init__(self, stream: str) -> None:
            Reader.__init__(self, stream)
            Scanner.__init__(self)
            Parser.__init__(self)
            _Composer.__init__(self)
            _Constructor.__init__(self)
            Resolver.__init__(self)


def _load_yaml(meta_text: str, path: Path) -> tuple[dict[str, Any], Node | None]:
    """The front matter as a dict, and its node tree (it knows each value's line)."""
    if yaml.__with_libyaml__:
        fast = _fast_yaml(meta_text)
        if fast is not None:
            return fast
    return _checked_yaml(meta_text, path)


def _fast_yaml(meta_text: str) -> tuple[dict[str, Any], Node | None] | None:
    """The front matter composed by libyaml in C, a third of the time of ``_checked_yaml``;
    ``None`` for anything but a good mapping no deeper than allowed: ``_checked_yaml`` reads
    those again, and says what is wrong and where, as ever."""
    loader = _FastLoader(meta_text)
    try:
        root = loader.get_single_node()
        if root is None:
            return None
        meta = _plain_tree(root, loader)
        if meta is None:
            if _deeper_than(root, MAX_YAML_DEPTH, {}):
                return None
            meta = loader.construct_document(root)
    except Exception:  # whatever it is, the checked reading finds it again and explains it
        return None
    finally:
        loader.dispose()
    if not isinstance(meta, dict):
        return None
    return {str(k): v for k, v in meta.items()}, root


_STR_TAG = "tag:yaml.org,2002:str"
_MAP_TAG = "tag:yaml.org,2002:map"
_SEQ_TAG = "tag:yaml.org,2002:seq"
_SCALAR_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("int", "float", "bool", "null", "timestamp")
)


class _NotPlain(Exception):
    """A node tree :func:`_plain_tree` leaves to the constructor."""


def _plain_tree(root: Node, loader: _Constructor) -> Any:
    """What ``loader.construct_document(root)`` gives, for a tree of mappings, lists and
    scalars of the core types only, no deeper than allowed and with no list or mapping in two
    places (an alias) — every front matter HR writes — built without PyYAML's per-node
    bookkeeping (half the time); the scalars other than text are read by the constructor itself
    (an alias of one gives its value in both places, as there). ``None`` for any other tree (an
    alias of a list or a mapping, a merge key, a tag, a key that is no scalar, too deep): the
    constructor reads it."""
    seen: set[int] = set()

    def build(node: Node, depth: int) -> Any:
        if depth > MAX_YAML_DEPTH:
            raise _NotPlain
        tag = node.tag
        if isinstance(node, ScalarNode):
            if tag == _STR_TAG:
                return node.value
            if tag in _SCALAR_TAGS:
                return loader.construct_object(node, deep=True)
            raise _NotPlain
        if id(node) in seen:
            raise _NotPlain
        seen.add(id(node))
        if tag == _SEQ_TAG and isinstance(node, SequenceNode):
            return [build(item, depth + 1) for item in node.value]
        if tag == _MAP_TAG and isinstance(node, MappingNode):
            mapping: dict[Any, Any] = {}
            for key_node, value_node in node.value:
                if not isinstance(key_node, ScalarNode) or key_node.tag not in _PLAIN_KEY_TAGS:
                    raise _NotPlain  # "<<", "=", a list or a mapping as a key
                mapping[build(key_node, depth + 1)] = build(value_node, depth + 1)
            return mapping
        raise _NotPlain

    try:
        return build(root, 1)
    except _NotPlain:
        return None


_PLAIN_KEY_TAGS = _SCALAR_TAGS | {_STR_TAG}


def _deeper_than(node: Node, limit: int, fits: dict[int, int]) -> bool:
    """Whether ``node`` has more than ``limit`` levels, itself included (as ``_Composer``
    counts them; a value used twice through an alias is counted in both places, which is never
    less). ``fits`` remembers, by node, the most levels it was seen to fit in."""
    if limit <= 0:
        return True
    if isinstance(node, ScalarNode) or fits.get(id(node), 0) >= limit:
        return False
    if isinstance(node, MappingNode):
        children = [part for pair in node.value for part in pair]
    else:
        children = node.value
    for child in children:
        if _deeper_than(child, limit - 1, fits):
            return True
    fits[id(node)] = limit
    return False


def _checked_yaml(meta_text: str, path: Path) -> tuple[dict[str, Any], Node | None]:
    """The front matter composed node by node, refusing one nested too deep; every problem a
    :class:`PostingError` naming the line."""
    loader = _Loader(meta_text)
    try:
        root = loader.get_single_node()
        meta = None if root is None else loader.construct_document(root)
    except _TooDeep as error:
        notice = Notice.of("yaml_too_deep", limit=MAX_YAML_DEPTH)
        raise PostingError(path, notice, _mark_line(error, meta_text)) from None
    except yaml.constructor.ConstructorError as error:
        line = _mark_line(error, meta_text)
        if error.problem == "number too long":
            notice = Notice.of("number_too_long", limit=MAX_NUMBER_DIGITS)
            raise PostingError(path, notice, line) from None
        tag = (error.problem or "").rsplit(" ", 1)[-1].strip("'")
        tag = tag.replace("tag:yaml.org,2002:", "!!")
        raise PostingError(path, Notice.of("yaml_tag", tag=tag), line) from None
    except yaml.MarkedYAMLError as error:
        error = _pure_python_error(meta_text) or error
        problem = error.problem or "invalid YAML"
        if error.context:
            problem = f"{error.context}: {problem}"
        notice = Notice.of("yaml_invalid", problem=problem)
        raise PostingError(path, notice, _mark_line(error, meta_text)) from None
    except yaml.YAMLError as error:
        raise PostingError(path, Notice.of("yaml_invalid", problem=str(error))) from None
    finally:
        loader.dispose()
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise PostingError(path, Notice.of("not_mapping"), 2)
    return {str(k): v for k, v in meta.items()}, root


def _pure_python_error(meta_text: str) -> yaml.MarkedYAMLError | None:
    """PyYAML's own error for text libyaml refused: it says where a bracket or quote opened."""
    try:
        yaml.compose(meta_text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as error:
        return error
    except (yaml.YAMLError, RecursionError):
        return None
    return None


def _mark_line(error: yaml.MarkedYAMLError, text: str = "") -> int | None:
    # An unclosed quote or bracket is reported at the end of the text; where it opened helps more.
    end = error.problem_mark.index if error.problem_mark is not None else 0
    at_end = "end of stream" in (error.problem or "") or end >= len(text.rstrip())
    mark = (error.context_mark if at_end else None) or error.problem_mark or error.context_mark
    if mark is None:
        return None
    if text and mark.index >= len(text.rstrip()):
        # still the end: the construct left open is most likely on the last line written
        return text.rstrip().count("\n") + 1
    return mark.line + 1  # the YAML text starts on the '---' line


def _validate(meta: dict[str, Any], root: Node | None, path: Path) -> FrontMatter:
    try:
        return FrontMatter.model_validate(meta)
    except ValidationError as error:
        problem = _first_error(error, meta)
        loc = _clean_loc(problem["loc"])
        raise PostingError(path, _explain(problem, loc, meta), _node_line(root, loc)) from None


_UNION_TAGS = frozenset({"Salary", "str", "constrained-str", "int", "float", "bool"})


def _clean_loc(loc: tuple[int | str, ...]) -> list[int | str]:
    """The path to the value in the front matter, without pydantic's union and function tags."""
    return [
        part
        for part in loc
        if not (isinstance(part, str) and (part in _UNION_TAGS or part.startswith("function-")))
    ]


def _first_error(error: ValidationError, meta: dict[str, Any]) -> Any:
    """The error to show: for a union (salary) the one of the form HR evidently meant."""
    errors = error.errors()
    first = errors[0]
    if first["loc"][:1] == ("salary",) and len(first["loc"]) > 1:
        as_table = isinstance(meta.get("salary"), dict)
        for candidate in errors:
            if candidate["loc"][:1] == ("salary",) and (
                (len(candidate["loc"]) > 1 and candidate["loc"][1] == "Salary") == as_table
            ):
                return candidate
    return first


_FIELDS_OF = {
    "knockout": ("reason", "min", "max", "expect", "reject", "accept"),
    "questionnaire": ("id", "text", "type", "required", "options", "min", "max", "knockout"),
    "salary": ("from", "to", "currency", "note", "period"),
    "faq": ("q", "a"),
}
_TYPE_KEYS = {
    "date_from_datetime_parsing": "bad_date",
    "date_from_datetime_inexact": "bad_date",
    "date_parsing": "bad_date",
    "date_type": "bad_date",
    "bool_parsing": "bad_bool",
    "bool_type": "bad_bool",
    "int_parsing": "bad_int",
    "int_type": "bad_int",
    "int_from_float": "bad_int",
    "decimal_parsing": "bad_amount",
    "decimal_type": "bad_amount",
    "finite_number": "bad_amount",
    "decimal_max_places": "amount_cents",
    "decimal_max_digits": "amount_too_long",
    "decimal_whole_digits": "amount_too_long",
    "float_parsing": "bad_number",
    "float_type": "bad_number",
    "string_type": "not_text",
    "tuple_type": "not_list",
    "list_type": "not_list",
    "model_type": "not_table",
    "dict_type": "not_table",
    "model_attributes_type": "not_table",
    "string_too_short": "too_short",
    "string_pattern_mismatch": "bad_question_id",
    "greater_than_equal": "negative",
    "literal_error": "bad_choice",
    "enum": "bad_choice",
}


def _explain(problem: Any, loc: list[int | str], meta: dict[str, Any]) -> Notice:
    """A pydantic error as HR can act on it, with where it is."""
    kind = problem["type"]
    ctx = problem.get("ctx") or {}
    if kind == "value_error" and isinstance(ctx.get("error"), PostingValueError):
        return Notice.of("at", where=_where(loc, meta), message=ctx["error"].notice)
    if kind == "missing":
        key = str(loc[-1]) if loc else ""
        if len(loc) <= 1:
            return Notice.of("required", key=key)
        if key == "reason" and "knockout" in loc:
            return Notice.of("knockout_reason", where=_where(loc[:-1], meta))
        return Notice.of("required_in", where=_where(loc[:-1], meta), key=key)
    if kind == "extra_forbidden":
        owner = next((str(p) for p in reversed(loc[:-1]) if str(p) in _FIELDS_OF), "")
        return Notice.of(
            "unknown_key",
            where=_where(loc[:-1], meta),
            key=str(loc[-1]) if loc else "",
            allowed=", ".join(_FIELDS_OF.get(owner, ())),
        )
    value = problem.get("input")
    shown = value if isinstance(value, str | int | float) else ""
    if kind == "string_too_long":
        return Notice.of("too_long", where=_where(loc, meta), limit=ctx.get("max_length", ""))
    if kind in _TYPE_KEYS:
        expected = str(ctx.get("expected", "")).replace("'", "")
        return Notice.of(_TYPE_KEYS[kind], where=_where(loc, meta), value=shown, expected=expected)
    return Notice.of("invalid", where=_where(loc, meta), detail=str(problem.get("msg", "")))


def _where(loc: list[int | str], meta: dict[str, Any]) -> Notice:
    """«field 'city'», «question 'experience', field 'knockout'», «FAQ item 2»."""
    if not loc:
        return Notice.of("where_front_matter")
    head, rest = str(loc[0]), loc[1:]
    if head in ("questionnaire", "faq") and rest and isinstance(rest[0], int):
        index, rest = rest[0], rest[1:]
        items = meta.get(head) or []
        qid = None
        if head == "questionnaire" and index < len(items) and isinstance(items[index], dict):
            qid = items[index].get("id")
        if qid is not None and isinstance(qid, str | int):
            place = Notice.of("where_question", id=qid)
        elif head == "questionnaire":
            place = Notice.of("where_question_number", number=index + 1)
        else:
            place = Notice.of("where_faq", number=index + 1)
        fields = ".".join(str(p) for p in rest)
        return Notice.of("where_in", where=place, field=fields) if fields else place
    return Notice.of("where_field", field=".".join(str(p) for p in loc))


def _node_line(root: Node | None, loc: list[int | str]) -> int | None:
    """The line of the value at ``loc`` in the YAML, or of the nearest enclosing one found."""
    node, line = root, None
    for part in loc:
        if isinstance(node, MappingNode):
            found = next((v for k, v in node.value if k.value == str(part)), None)
            key = next((k for k, _ in node.value if k.value == str(part)), None)
            if found is None or key is None:
                break
            line, node = key.start_mark.line + 1, found
        elif isinstance(node, SequenceNode) and isinstance(part, int) and part < len(node.value):
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            break
    return line


# The letters counted, as bytes of Windows-1251: there «А»…«я» are 0xC0–0xFF, «Ё» 0xA8 and «ё»
# 0xB8, and "a"–"z", "A"–"Z" themselves, and no other character is encoded as any of these bytes
# (checked for every code point). Encoding a posting's text and deleting every other byte costs
# a fifth of counting the letters with a regex.
_CYRILLIC_BYTES = frozenset([*range(0xC0, 0x100), 0xA8, 0xB8])
_LATIN_BYTES = frozenset([*range(ord("A"), ord("Z") + 1), *range(ord("a"), ord("z") + 1)])
_NOT_CYRILLIC = bytes(b for b in range(256) if b not in _CYRILLIC_BYTES)
_NOT_LATIN = bytes(b for b in range(256) if b not in _LATIN_BYTES)


def detect_lang(text: str) -> Literal["ru", "en"]:
    """'ru' when Cyrillic letters ([а-яёА-ЯЁ]) outnumber Latin ones ([a-zA-Z]), else 'en'."""
    encoded = text.encode("cp1251", "ignore")  # what cp1251 has no byte for is left out
    cyrillic = len(encoded.translate(None, _NOT_CYRILLIC))
    latin = len(encoded.translate(None, _NOT_LATIN))
    return "ru" if cyrillic >= latin else "en"
