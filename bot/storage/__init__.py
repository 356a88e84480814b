"""Storage: one aiosqlite connection with migrations, repositories and the FSM storage.

``Database.open("postgresql://…")`` runs the same repositories on PostgreSQL (``postgres.py``;
SQL dialect differences in ``dialect.py``).

Wiring (in the app, never at import time)::

    db = await Database.open(settings.database_path)
    dp = Dispatcher(storage=SQLiteStorage(db), applications=ApplicationRepo(db), ...)
    dp.shutdown.register(db.close)
"""

from bot.storage.applications import (
    ApplicationNotFoundError,
    ApplicationRepo,
    Submission,
    SubmitPlan,
)
from bot.storage.broadcasts import BroadcastRepo, SubscriptionRepo
from bot.storage.candidates import CandidateRepo
from bot.storage.channel_posts import ChannelPostRepo
from bot.storage.chats import ChatMigrationRepo
from bot.storage.consents import ConsentRepo
from bot.storage.database import (
    Database,
    DatabaseUnusableError,
    SchemaTooNewError,
    Session,
    StorageError,
)
from bot.storage.desk import DeskRepo, ExportAnswer, ExportRow, StageCount
from bot.storage.fsm import SQLiteStorage
from bot.storage.models import (
    Answer,
    Application,
    ApplicationStatus,
    ApplicationSummary,
    AskedQuestion,
    BroadcastItem,
    BroadcastProgress,
    Candidate,
    ChannelPost,
    Consent,
    DeskRow,
    Erasure,
    Funnel,
    OutboxItem,
    SentMessage,
    StatusChange,
    Subscription,
    UnansweredStat,
)
from bot.storage.outbox import EmptyMessageError, OutboxRepo
from bot.storage.privacy import PrivacyRepo
from bot.storage.questions import QuestionNotFoundError, QuestionRepo
from bot.storage.views import ViewRepo

__all__ = [
    "Answer",
    "Application",
    "ApplicationNotFoundError",
    "ApplicationRepo",
    "ApplicationStatus",
    "ApplicationSummary",
    "AskedQuestion",
    "BroadcastItem",
    "BroadcastProgress",
    "BroadcastRepo",
    "Candidate",
    "CandidateRepo",
    "ChannelPost",
    "ChannelPostRepo",
    "ChatMigrationRepo",
    "Consent",
    "ConsentRepo",
    "Database",
    "DatabaseUnusableError",
    "DeskRepo",
    "DeskRow",
    "EmptyMessageError",
    "Erasure",
    "ExportAnswer",
    "ExportRow",
    "Funnel",
    "OutboxItem",
    "OutboxRepo",
    "PrivacyRepo",
    "QuestionNotFoundError",
    "QuestionRepo",
    "SQLiteStorage",
    "SchemaTooNewError",
    "SentMessage",
    "Session",
    "StageCount",
    "StatusChange",
    "StorageError",
    "Submission",
    "SubmitPlan",
    "Subscription",
    "SubscriptionRepo",
    "UnansweredStat",
    "ViewRepo",
]
