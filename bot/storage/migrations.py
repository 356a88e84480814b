"""Numbered schema migrations, keyed on ``PRAGMA user_version``.

``MIGRATIONS[n]`` brings the schema from version ``n`` to ``n + 1``. Each migration is a tuple
of single SQL statements, run in one ``BEGIN IMMEDIATE`` transaction together with the
``user_version`` bump. Never edit a migration that has shipped; append a new one.

The same list migrates a PostgreSQL database (``bot.storage.postgres``), whose version lives in a
``schema_version`` table: each statement goes through ``dialect.postgres_ddl`` (64-bit integers,
identity keys), or is written as an ``Sql`` with a PostgreSQL variant where that is not enough.

Who is a "person" here: every column holding a candidate's Telegram id is named ``user_id``
(``fsm.chat_id`` is also their private chat id). ``PrivacyRepo.delete_user`` relies on that.
Tables deliberately have no foreign key to ``candidates``: a consent, a view or a question may
be recorded before (or without) a candidate row, and erasure deletes by ``user_id`` explicitly.
"""

from __future__ import annotations

MIGRATION_0001_INITIAL: tuple[str, ...] = (
    """
    CREATE TABLE candidates (
        user_id       INTEGER PRIMARY KEY,
        first_name    TEXT NOT NULL,
        last_name     TEXT,
        username      TEXT,
        language_code TEXT,
        created_at    TEXT NOT NULL,
        updated_at    TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE consents (
        id              INTEGER PRIMARY KEY,
        user_id         INTEGER NOT NULL,
        posting_slug    TEXT NOT NULL,
        consent_version TEXT NOT NULL,
        given_at        TEXT NOT NULL
    )
    """,
    "CREATE INDEX consents_user_posting ON consents (user_id, posting_slug)",
    # AUTOINCREMENT: an application id HR has seen is never reused after an erasure.
    """
    CREATE TABLE applications (
        id               INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id          INTEGER NOT NULL,
        posting_slug     TEXT NOT NULL,
        posting_title    TEXT NOT NULL,
        status           TEXT NOT NULL,
        consent_version  TEXT NOT NULL,
        consent_at       TEXT NOT NULL,
        started_at       TEXT NOT NULL,
        created_at       TEXT NOT NULL,
        submitted_at     TEXT NOT NULL,
        duration_seconds INTEGER NOT NULL CHECK (duration_seconds >= 0),
        UNIQUE (user_id, posting_slug)
    )
    """,
    "CREATE INDEX applications_posting ON applications (posting_slug, submitted_at)",
    """
    CREATE TABLE answers (
        application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        position        INTEGER NOT NULL,
        question_id     TEXT NOT NULL,
        question_text   TEXT NOT NULL,
        answer_text     TEXT NOT NULL,
        value_json      TEXT NOT NULL,
        knockout_reason TEXT,
        PRIMARY KEY (application_id, position),
        UNIQUE (application_id, question_id)
    ) WITHOUT ROWID
    """,
    """
    CREATE TABLE questions (
        id            INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id       INTEGER NOT NULL,
        posting_slug  TEXT NOT NULL,
        question_text TEXT NOT NULL,
        question_norm TEXT NOT NULL,
        answered      INTEGER NOT NULL CHECK (answered IN (0, 1)),
        section       TEXT,
        asked_at      TEXT NOT NULL,
        hr_chat_id    INTEGER,
        hr_message_id INTEGER,
        forwarded_at  TEXT,
        hr_reply_text TEXT,
        replied_by    INTEGER,
        replied_at    TEXT
    )
    """,
    "CREATE INDEX questions_user_posting ON questions (user_id, posting_slug)",
    """
    CREATE UNIQUE INDEX questions_hr_message ON questions (hr_chat_id, hr_message_id)
        WHERE hr_message_id IS NOT NULL
    """,
    "CREATE INDEX questions_unanswered ON questions (answered, posting_slug, question_norm)",
    "CREATE INDEX questions_replied_by ON questions (replied_by) WHERE replied_by IS NOT NULL",
    """
    CREATE TABLE posting_views (
        id           INTEGER PRIMARY KEY,
        user_id      INTEGER NOT NULL,
        posting_slug TEXT NOT NULL,
        source       TEXT,
        viewed_at    TEXT NOT NULL
    )
    """,
    "CREATE INDEX posting_views_posting ON posting_views (posting_slug, user_id)",
    "CREATE INDEX posting_views_user ON posting_views (user_id)",
    # parts_json: JSON array of message parts; sent_parts: how many leading parts were delivered.
    """
    CREATE TABLE outbox (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id         INTEGER NOT NULL,
        parts_json      TEXT NOT NULL,
        part_count      INTEGER NOT NULL CHECK (part_count > 0),
        sent_parts      INTEGER NOT NULL DEFAULT 0 CHECK (sent_parts BETWEEN 0 AND part_count),
        status          TEXT NOT NULL DEFAULT 'pending'
                        CHECK (status IN ('pending', 'sent', 'failed')),
        application_id  INTEGER REFERENCES applications (id) ON DELETE CASCADE,
        question_id     INTEGER REFERENCES questions (id) ON DELETE CASCADE,
        user_id         INTEGER,
        attempts        INTEGER NOT NULL DEFAULT 0,
        last_error      TEXT,
        created_at      TEXT NOT NULL,
        next_attempt_at TEXT NOT NULL,
        sent_at         TEXT
    )
    """,
    "CREATE INDEX outbox_due ON outbox (status, next_attempt_at)",
    "CREATE INDEX outbox_application ON outbox (application_id) WHERE application_id IS NOT NULL",
    "CREATE INDEX outbox_question ON outbox (question_id) WHERE question_id IS NOT NULL",
    "CREATE INDEX outbox_user ON outbox (user_id) WHERE user_id IS NOT NULL",
    # aiogram FSM: absent optional key parts are stored as 0 / '' so the primary key is total.
    """
    CREATE TABLE fsm (
        bot_id                 INTEGER NOT NULL,
        chat_id                INTEGER NOT NULL,
        user_id                INTEGER NOT NULL,
        thread_id              INTEGER NOT NULL,
        business_connection_id TEXT NOT NULL,
        destiny                TEXT NOT NULL,
        state                  TEXT,
        data_json              TEXT NOT NULL DEFAULT '{}',
        updated_at             TEXT NOT NULL,
        PRIMARY KEY (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
    ) WITHOUT ROWID
    """,
    "CREATE INDEX fsm_user ON fsm (user_id)",
    "CREATE INDEX fsm_chat ON fsm (chat_id)",
)

MIGRATION_0002_DELIVERY: tuple[str, ...] = (
    # A group upgraded to a supergroup gets a new id; every send to the old one follows it.
    """
    CREATE TABLE chat_migrations (
        old_chat_id INTEGER PRIMARY KEY,
        new_chat_id INTEGER NOT NULL,
        migrated_at TEXT NOT NULL
    )
    """,
    # The HR-chat message ids of the parts already sent (a JSON array, in part order), so
    # /delete_me can delete them while Telegram still allows it.
    "ALTER TABLE outbox ADD COLUMN message_ids_json TEXT NOT NULL DEFAULT '[]'",
)

# HR's decisions and the candidate's withdrawal: one row per status change, with who and when.
# user_id: the candidate (erased with them); changed_by: the HR member or the candidate who
# made the change (cleared, with their name, when that HR member erases their own data).
# message_text: what the candidate was told.
MIGRATION_0003_STATUS_HISTORY: tuple[str, ...] = (
    """
    CREATE TABLE status_changes (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        application_id  INTEGER NOT NULL REFERENCES applications (id) ON DELETE CASCADE,
        user_id         INTEGER NOT NULL,
        old_status      TEXT NOT NULL,
        new_status      TEXT NOT NULL,
        changed_by      INTEGER,
        changed_by_name TEXT,
        changed_at      TEXT NOT NULL,
        message_text    TEXT
    )
    """,
    "CREATE INDEX status_changes_application ON status_changes (application_id, id)",
    "CREATE INDEX status_changes_user ON status_changes (user_id)",
    """
    CREATE INDEX status_changes_changed_by ON status_changes (changed_by)
        WHERE changed_by IS NOT NULL
    """,
    "CREATE INDEX applications_submitted ON applications (submitted_at, id)",
    # HR's message to the candidate themselves goes through the outbox too; every other item is
    # for an HR group, and the worker refuses to send one of those to a person.
    "ALTER TABLE outbox ADD COLUMN to_candidate INTEGER NOT NULL DEFAULT 0",
)

# Vacancies published to channels, so the posts can be kept true: edited when the posting
# changes, marked closed when it closes or is removed. text_hash: the post as last sent (text,
# entities and button link); title and lang: enough to say "closed" once the file is gone.
MIGRATION_0004_CHANNEL_POSTS: tuple[str, ...] = (
    """
    CREATE TABLE channel_posts (
        id           INTEGER PRIMARY KEY AUTOINCREMENT,
        chat_id      INTEGER NOT NULL,
        message_id   INTEGER NOT NULL,
        posting_slug TEXT NOT NULL,
        title        TEXT NOT NULL,
        lang         TEXT NOT NULL,
        text_hash    TEXT NOT NULL,
        closed       INTEGER NOT NULL DEFAULT 0 CHECK (closed IN (0, 1)),
        posted_at    TEXT NOT NULL,
        edited_at    TEXT,
        UNIQUE (chat_id, message_id)
    )
    """,
    "CREATE INDEX channel_posts_live ON channel_posts (closed, posting_slug)",
)

# Several bot instances may share one database: an outbox worker claims the items it is about to
# send for a while (a lease), so no other worker sends them too. claimed_by: the worker's name;
# claimed_until: when the claim lapses if that worker died. Cleared when the item is postponed.
MIGRATION_0005_OUTBOX_CLAIMS: tuple[str, ...] = (
    "ALTER TABLE outbox ADD COLUMN claimed_by TEXT",
    "ALTER TABLE outbox ADD COLUMN claimed_until TEXT",
)

# Updates already handled, by Telegram's update id: a redelivered one (after a crash, or a webhook
# retried by Telegram) is acknowledged and skipped. Kept a week; Telegram keeps updates a day.
MIGRATION_0006_PROCESSED_UPDATES: tuple[str, ...] = (
    """
    CREATE TABLE processed_updates (
        update_id    INTEGER NOT NULL PRIMARY KEY,
        processed_at TEXT NOT NULL
    )
    """,
    "CREATE INDEX processed_updates_age ON processed_updates (processed_at)",
)

# Candidates subscribed to new vacancies (city and tag: '' when not narrowed), and the one
# durable queue of broadcast messages: a broadcast per new posting (at most one, ever), an item
# per person (at most one per posting, ever: never notified twice, whatever restarts). An item is
# claimed ('sending') in the transaction that takes it and acked ('sent', 'blocked', back to
# 'pending' …) in another; one found 'sending' at start-up was in flight when the bot died and
# is never sent again ('unsure').
MIGRATION_0007_BROADCASTS: tuple[str, ...] = (
    """
    CREATE TABLE subscriptions (
        id         INTEGER PRIMARY KEY AUTOINCREMENT,
        user_id    INTEGER NOT NULL,
        city       TEXT NOT NULL DEFAULT '',
        tag        TEXT NOT NULL DEFAULT '',
        lang       TEXT NOT NULL,
        created_at TEXT NOT NULL,
        UNIQUE (user_id, city, tag)
    )
    """,
    """
    CREATE TABLE broadcasts (
        id                  INTEGER PRIMARY KEY AUTOINCREMENT,
        posting_slug        TEXT NOT NULL UNIQUE,
        admin_chat_id       INTEGER,
        progress_message_id INTEGER,
        status              TEXT NOT NULL DEFAULT 'running'
                            CHECK (status IN ('running', 'done', 'cancelled')),
        created_at          TEXT NOT NULL,
        finished_at         TEXT
    )
    """,
    """
    CREATE TABLE broadcast_items (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        broadcast_id    INTEGER NOT NULL REFERENCES broadcasts (id) ON DELETE CASCADE,
        user_id         INTEGER NOT NULL,
        posting_slug    TEXT NOT NULL,
        lang            TEXT NOT NULL,
        status          TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending',
                        'sending', 'sent', 'unsure', 'blocked', 'failed', 'cancelled')),
        attempts        INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        done_at         TEXT,
        UNIQUE (user_id, posting_slug)
    )
    """,
    "CREATE INDEX broadcast_items_due ON broadcast_items (status, next_attempt_at, id)",
    "CREATE INDEX broadcast_items_broadcast ON broadcast_items (broadcast_id, status)",
    # A post with a picture (front matter image:): edited as a caption, not as a text.
    "ALTER TABLE channel_posts ADD COLUMN photo INTEGER NOT NULL DEFAULT 0",
)

# Work several instances share is claimed, so that one of them does it: a broadcast item is held
# by the instance sending it until its lease (``claimed_until``) runs out — an instance that starts
# gives up as unsure only items whose lease ran out, never another live instance's; a channel post
# by the instance editing it; a scheduled job (retention, the weekly digest) runs once per slot,
# claimed (``next_run_at`` moved on) in the transaction that does its work.
MIGRATION_0008_SHARED_WORK: tuple[str, ...] = (
    "ALTER TABLE broadcast_items ADD COLUMN claimed_by TEXT",
    "ALTER TABLE broadcast_items ADD COLUMN claimed_until TEXT",
    "ALTER TABLE channel_posts ADD COLUMN claimed_by TEXT",
    "ALTER TABLE channel_posts ADD COLUMN claimed_until TEXT",
    """
    CREATE TABLE scheduled_runs (
        job         TEXT PRIMARY KEY,
        next_run_at TEXT NOT NULL,
        last_run_at TEXT,
        last_run_by TEXT
    )
    """,
)

# The admin's progress message of a broadcast is edited by one instance: the one holding its claim
# (progress_by until progress_until, renewed at every look), in the admin's language.
MIGRATION_0009_PROGRESS_CLAIMS: tuple[str, ...] = (
    "ALTER TABLE broadcasts ADD COLUMN progress_by TEXT",
    "ALTER TABLE broadcasts ADD COLUMN progress_until TEXT",
    "ALTER TABLE broadcasts ADD COLUMN progress_locale TEXT",
)

# Every update's commit writes its ``processed_updates`` row; with the index on ``processed_at``
# that was two pages of the write-ahead log (the table's and the index's) where one will do: a few
# per cent of the bot's own work per update. The index served only the prune, which runs every
# few hours over two days of ids: a scan of the table there costs less than an index page written
# with every update.
MIGRATION_0010_NO_UPDATE_AGE_INDEX: tuple[str, ...] = ("DROP INDEX processed_updates_age",)

# Updates taken from getUpdates and not yet handled, kept so that Telegram can be told at once that
# they arrived (bot.updates.ConfirmingPoller): a row lives from the batch it came in until its
# handler is done, seconds; one left by a stop or a crash is handled at the next start.
MIGRATION_0011_RECEIVED_UPDATES: tuple[str, ...] = (
    """
    CREATE TABLE received_updates (
        update_id INTEGER NOT NULL PRIMARY KEY,
        body      TEXT NOT NULL
    )
    """,
)

# One row per update, not two: an update kept from getUpdates is a row of ``processed_updates``
# holding its ``body`` (JSON) until its handler is done, and the commit that records it handled
# clears the body in the same row (one statement, one page of the write-ahead log) instead of
# deleting a ``received_updates`` row and inserting a ``processed_updates`` one. A row with a body
# is not handled yet; ``processed_at`` is then when it was kept. Rows kept before the upgrade move.
MIGRATION_0012_ONE_ROW_PER_UPDATE: tuple[str, ...] = (
    "ALTER TABLE processed_updates ADD COLUMN body TEXT",
    """
    INSERT INTO processed_updates (update_id, processed_at, body)
    SELECT update_id, '', body FROM received_updates WHERE true
    ON CONFLICT (update_id) DO NOTHING
    """,
    "DROP TABLE received_updates",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    MIGRATION_0001_INITIAL,
    MIGRATION_0002_DELIVERY,
    MIGRATION_0003_STATUS_HISTORY,
    MIGRATION_0004_CHANNEL_POSTS,
    MIGRATION_0005_OUTBOX_CLAIMS,
    MIGRATION_0006_PROCESSED_UPDATES,
    MIGRATION_0007_BROADCASTS,
    MIGRATION_0008_SHARED_WORK,
    MIGRATION_0009_PROGRESS_CLAIMS,
    MIGRATION_0010_NO_UPDATE_AGE_INDEX,
    MIGRATION_0011_RECEIVED_UPDATES,
    MIGRATION_0012_ONE_ROW_PER_UPDATE,
)
"""All migrations in order; ``len(MIGRATIONS)`` is the schema version this code expects."""

SCHEMA_VERSION: int = len(MIGRATIONS)
