"""The bot with DATABASE_URL=postgresql://…: the same conversation, everything in PostgreSQL;
and DATABASE_URL's forms and mistakes, said in one line that never shows the password."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.__main__ import main
from bot.config import SettingsError, load_settings
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.dispatcher.test_questionnaire import fill_backend
from tests.dispatcher.test_startup import _VARIABLES, SECRET_TOKEN


async def test_a_candidate_applies_with_everything_in_postgresql(
    make_harness: MakeHarness, postgres_url: str
) -> None:
    bot = await make_harness(SAMPLES, database_url=postgres_url)
    db = bot.dp["db"]
    assert db.dialect == "postgresql"
    chat, hr = bot.chat(user_id=4001), bot.group(HR_CHAT_ID)
    await fill_backend(chat)
    await chat.press("Отправить")
    assert chat.last_message().text.startswith("Готово, отклик отправлен!")
    assert [m.text.split("\n")[0] for m in hr.messages()] == ["📝 Новый отклик #1"]
    row = await db.fetchone(
        "SELECT a.user_id, COUNT(*) FROM applications AS a"
        " JOIN answers AS s ON s.application_id = a.id GROUP BY a.user_id"
    )
    assert tuple(row) == (4001, 5)  # the city was skipped
    await chat.send("/my")  # read back from PostgreSQL
    assert "Python-разработчик (backend) — отправлен" in chat.last_message().text


def test_database_url_picks_the_database(tmp_path: Path) -> None:
    default = load_settings(_env_file=None, database_path=tmp_path / "bot.sqlite3")
    assert default.database_location == tmp_path / "bot.sqlite3"
    url = "postgresql://bot:secret@db.internal:5432/bot"
    assert load_settings(_env_file=None, database_url=url).database_location == url
    sqlite = load_settings(_env_file=None, database_url="sqlite:///data/other.sqlite3")
    assert sqlite.database_location == Path("data/other.sqlite3")
    assert load_settings(_env_file=None, database_url=" ").database_url is None


@pytest.mark.parametrize("url", ["mysql://bot:hunter2@db/bot", "hunter2", "sqlite:///"])
def test_a_database_url_of_another_kind_is_refused_without_quoting_it(url: str) -> None:
    with pytest.raises(SettingsError) as refused:
        load_settings(_env_file=None, database_url=url)
    message = str(refused.value)
    assert message.startswith("DATABASE_URL: ")
    assert "hunter2" not in message and "\n" not in message


def test_an_unreachable_postgresql_stops_the_bot_with_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)  # no .env
    for name in _VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("BOT_TOKEN", SECRET_TOKEN)
    monkeypatch.setenv("DATABASE_URL", "postgresql://bot:hunter2@127.0.0.1:9/bot")
    monkeypatch.setenv("TELEGRAM_API_URL", "http://127.0.0.1:9")
    assert main(["run"]) == 2
    assert capsys.readouterr().err.strip().splitlines() == [
        "configuration error: DATABASE_URL: postgresql://bot:***@127.0.0.1:9/bot cannot be "
        "reached or used (ConnectionRefusedError)"
    ]
