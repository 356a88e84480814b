"""``python -m bot ask``: answer a candidate's question about a posting from the command line.

    python -m bot ask --postings DIR [--json] SLUG "QUESTION"
    python -m bot ask --postings DIR --json --batch -  < questions.jsonl

Batch mode reads JSON Lines ``{"posting": SLUG, "question": TEXT}`` (from stdin with ``-``, else
from the named file) and writes one JSON object per input line, in order, flushing each:
``{"answered": bool, "section": str|null, "items": [str, ...], "text": str}``. A line that is
not such an object, or names an unknown slug, gets ``{"error": "...", "line": N}`` instead and the
batch goes on; blank lines are skipped. Batch output is always JSON.

Exit codes: 0 — answered (or abstained), including batches with per-line errors; 2 — unusable
input: an unknown slug in single mode, a missing postings folder, an unreadable batch file.
Broken posting files are reported on stderr; the good ones are still answered.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from bot.answering import Answer, Answerer
from bot.postings import Posting, PostingError, load_folder

EXIT_OK = 0
EXIT_USAGE = 2


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``ask`` command."""
    parser = subparsers.add_parser(
        "ask",
        help="answer a question about a posting (or a JSON Lines batch of them)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--postings",
        type=Path,
        default=None,
        help="folder of posting files (default: POSTINGS_DIR or ./postings)",
    )
    parser.add_argument("--json", action="store_true", help="print the answer as a JSON object")
    parser.add_argument(
        "--batch",
        metavar="FILE",
        default=None,
        help="read JSON Lines questions from FILE ('-' for stdin), one JSON answer per line",
    )
    parser.add_argument(
        "--locale", choices=("ru", "en"), default=None, help="reply language (default: posting's)"
    )
    parser.add_argument("slug", nargs="?", help="the posting's slug")
    parser.add_argument("question", nargs="?", help="the candidate's question")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Answer one question, or a batch of them, and print the result."""
    folder = args.postings or Path(os.environ.get("POSTINGS_DIR") or "postings")
    if args.batch is None and (not args.slug or args.question is None):
        print('error: give SLUG and "QUESTION", or --batch -', file=sys.stderr)
        return EXIT_USAGE
    try:
        result = load_folder(folder)
    except PostingError as error:
        print(f"error: {error}", file=sys.stderr)
        return EXIT_USAGE
    for problem in result.errors:
        print(f"error: {problem}", file=sys.stderr)
    postings = result.by_slug
    answerer = Answerer()
    if args.batch is not None:
        return _run_batch(args.batch, postings, answerer, args.locale)
    posting = postings.get(args.slug)
    if posting is None:
        known = ", ".join(sorted(postings)) or "none"
        print(
            f"error: no posting with slug '{args.slug}' in {folder} (known: {known})",
            file=sys.stderr,
        )
        return EXIT_USAGE
    answer = answerer.answer(posting, args.question, args.locale)
    print(json.dumps(as_json(answer), ensure_ascii=False) if args.json else answer.text)
    return EXIT_OK


def as_json(answer: Answer) -> dict[str, Any]:
    """The answer as the JSON object of the command-line contract."""
    return {
        "answered": answer.answered,
        "section": answer.section,
        "items": list(answer.items),
        "text": answer.text,
    }


def _run_batch(
    source: str, postings: dict[str, Posting], answerer: Answerer, locale: str | None
) -> int:
    if source == "-":
        _answer_lines(sys.stdin, sys.stdout, postings, answerer, locale)
        return EXIT_OK
    try:
        with open(source, encoding="utf-8") as stream:
            _answer_lines(stream, sys.stdout, postings, answerer, locale)
    except (OSError, UnicodeDecodeError) as error:
        print(f"error: cannot read {source}: {error}", file=sys.stderr)
        return EXIT_USAGE
    return EXIT_OK


def _answer_lines(
    lines: Iterable[str],
    out: TextIO,
    postings: dict[str, Posting],
    answerer: Answerer,
    locale: str | None,
) -> None:
    answerer.index(postings.values())
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        reply = _answer_line(line, number, postings, answerer, locale)
        out.write(json.dumps(reply, ensure_ascii=False) + "\n")
        # Callers pipe questions in one at a time and wait for each answer.
        out.flush()


def _answer_line(
    line: str,
    number: int,
    postings: dict[str, Posting],
    answerer: Answerer,
    locale: str | None,
) -> dict[str, Any]:
    try:
        request = json.loads(line)
    except json.JSONDecodeError as error:
        return {"error": f"not JSON: {error.msg}", "line": number}
    if not isinstance(request, dict):
        return {"error": "expected an object with 'posting' and 'question'", "line": number}
    slug, question = request.get("posting"), request.get("question")
    if not isinstance(slug, str) or not isinstance(question, str):
        return {"error": "'posting' and 'question' must be strings", "line": number}
    posting = postings.get(slug)
    if posting is None:
        return {"error": f"unknown posting '{slug}'", "line": number}
    return as_json(answerer.answer(posting, question, locale))
