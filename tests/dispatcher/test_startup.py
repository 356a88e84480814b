"""At start-up the bot sets its command menu in Russian and English, and the admins' menu."""

from __future__ import annotations

from aiogram import Bot

from bot.app import set_commands
from tests.harness import TOKEN, RecordingSession


async def test_command_menu_in_both_languages_and_for_admins() -> None:
    session = RecordingSession()
    session.known_chats.add(777)
    await set_commands(Bot(TOKEN, session=session), frozenset({777}))
    calls = [c.params for c in session.calls if c.method == "SetMyCommands"]
    by_language = {c.get("language_code"): c for c in calls if c["scope"]["type"] != "chat"}
    assert set(by_language) == {"ru", "en", None}
    english = {cmd["command"]: cmd["description"] for cmd in by_language["en"]["commands"]}
    assert english["vacancies"] == "Open vacancies"
    russian = {cmd["command"]: cmd["description"] for cmd in by_language["ru"]["commands"]}
    assert russian["delete_me"] == "Удалить мои данные"
    admin = [c for c in calls if c["scope"]["type"] == "chat"]
    assert admin[0]["scope"]["chat_id"] == 777
    assert {"reload", "stats"} <= {cmd["command"] for cmd in admin[0]["commands"]}
    assert "reload" not in russian
