"""Pure domain: job postings — models, the Markdown loader, the catalog and Telegram rendering.

Nothing here imports aiogram or aiosqlite.
"""

from bot.postings.catalog import Catalog, ReloadReport
from bot.postings.errors import PostingError
from bot.postings.loader import LoadResult, load_folder, load_posting
from bot.postings.models import (
    FaqItem,
    Knockout,
    PayPeriod,
    Posting,
    Question,
    QuestionType,
    Salary,
    Section,
    SectionKind,
)

__all__ = [
    "Catalog",
    "FaqItem",
    "Knockout",
    "LoadResult",
    "PayPeriod",
    "Posting",
    "PostingError",
    "Question",
    "QuestionType",
    "ReloadReport",
    "Salary",
    "Section",
    "SectionKind",
    "load_folder",
    "load_posting",
]
