"""``python -m bot check``: the posting linter HR runs before publishing."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from bot.locales import LOCALES
from bot.postings import Posting, PostingError, SectionKind, load_folder
from bot.postings.structure import units


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("check", help="validate posting files; exit 1 when any fails")
    parser.add_argument(
        "--postings",
        type=Path,
        default=Path(os.environ.get("POSTINGS_DIR", "postings")),
        help="folder of posting files (default: POSTINGS_DIR or ./postings)",
    )
    parser.add_argument(
        "--lang",
        choices=LOCALES,
        default="en",
        help="language of the messages (default: en)",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    try:
        result = load_folder(args.postings)
    except PostingError as error:
        print(f"error: {error.text(args.lang)}", file=sys.stderr)
        return 1
    rows = [("SLUG", "TITLE", "STATUS", "SECTIONS", "QUESTIONS")]
    for posting in sorted(result.postings.values(), key=lambda p: p.slug):
        sections = ["intro"] if posting.intro_items else []
        sections += [f"{s.kind}({s.heading})" for s in posting.sections]
        status = posting.status if posting.is_open() or posting.status == "closed" else "expired"
        rows.append(
            (
                posting.slug,
                _cut(posting.title, 40),
                status,
                ", ".join(sections) or "-",
                str(len(posting.questionnaire)) if posting.questionnaire else "default",
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(4)]
    for row in rows:
        print("  ".join(cell.ljust(widths[i]) for i, cell in enumerate(row[:4])) + "  " + row[4])
    print("\nunits per section (what questions are answered from):")
    for posting in sorted(result.postings.values(), key=lambda p: p.slug):
        print(f"  {posting.slug}: {_units_per_section(posting)}")
    for posting in result.postings.values():
        for warning in posting.warnings:
            name = posting.source.name if posting.source else posting.slug
            print(f"warning: {name}: {warning.text(args.lang)}")
    if result.errors:
        print(f"\n{len(result.errors)} file(s) with errors:")
        for problem in result.errors:
            print(f"  {problem.text(args.lang)}")
        return 1
    print(f"\n{len(result.postings)} posting(s) OK")
    return 0


def _units_per_section(posting: Posting) -> str:
    """ "intro 3, duties(Обязанности) 7, …": the answerable units the parser found."""

    def count(items: tuple[str, ...], whole: bool = False) -> int:
        return sum(len(units(item, whole=whole)) for item in items)

    parts = [f"intro {count(posting.intro_items)}"] if posting.intro_items else []
    parts += [
        f"{s.kind}({_cut(s.heading, 30)}) {count(s.items, s.kind == SectionKind.PROCESS)}"
        for s in posting.sections
    ]
    return ", ".join(parts) or "-"


def _cut(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
