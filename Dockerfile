# The bot in production: webhook or polling, SQLite or PostgreSQL, optionally Redis (README,
# "Running in production"). Build: docker build -t vacancy-bot .
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY emulator ./emulator
RUN pip install . \
    && useradd --system --uid 10001 --user-group --home-dir /app --shell /usr/sbin/nologin bot \
    && mkdir -p /data /app/postings \
    && chown bot:bot /data
COPY postings /app/postings

# Not root: the bot needs to write only its data folder.
USER bot
ENV POSTINGS_DIR=/app/postings \
    DATABASE_PATH=/data/bot.sqlite3 \
    WEBHOOK_LISTEN=0.0.0.0:8080
# The postings HR edits, and the SQLite database (unused with DATABASE_URL=postgresql://…).
VOLUME ["/app/postings", "/data"]
EXPOSE 8080

# /healthz answers while the process is up; the load balancer asks /readyz (database, Redis).
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8080/healthz', timeout=4)"]

# SIGTERM: no new updates, the ones in flight finished, the outbox flushed, exit 0 (about 10 s).
STOPSIGNAL SIGTERM
CMD ["python", "-m", "bot", "run"]
