"""``python -m bot demo``: the offline chat — the Bot API emulator and the bot in one process.

You type as a candidate; the bot's messages appear with their buttons numbered; a number (or a
button's label) presses a button of the latest message that has buttons (a number typed while
the questionnaire waits for a typed answer is sent as text). ``/as hr`` shows the HR chat and
its history, where ``reply N TEXT`` answers message #N (a forwarded question goes back to the
candidate); ``/as channel`` shows the vacancies channel (publish to it with ``/announce SLUG``;
a number there opens a post's link as the candidate); ``/as me`` returns; ``/quit``, EOF or
Ctrl-C leave. ``--lang en`` makes the candidate English-speaking (Telegram's
``language_code``). ``--webhook`` runs the bot as in production: the emulator POSTs each update
to the bot's webhook on 127.0.0.1 (``WEBHOOK_LISTEN``, else a free port) with the secret header,
instead of the bot polling; the same server answers ``/healthz``, ``/readyz`` and ``/metrics``.
When stdin is not a terminal the same commands are read line by line and the transcript is
printed, so ``printf '/start\\n1\\n' | python -m bot demo`` is scriptable.

The emulator is imported here only: the bot itself never knows it is not on Telegram.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import re
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from bot.app import Intake
    from emulator import ChatMessage, Emulator, Participant

DEMO_TOKEN = "100200:OFFLINE-DEMO"
CANDIDATE_ID = 1001
CANDIDATE_NAMES = {"ru": "Анна", "en": "Anna"}
HR_CHAT_ID = -1001000000001
HR_CHAT_TITLE = "HR"
CHANNEL_ID = -1001000000002
CHANNEL_TITLE = "Вакансии (демо)"
HR_MEMBER_ID = 2002
HR_MEMBER_NAME = "Ольга"
DEFAULT_DATABASE = Path("data/demo.sqlite3")
REPO_POSTINGS = Path(__file__).resolve().parents[2] / "postings"

START_TIMEOUT = 20.0  # seconds for the bot to load postings and start polling
QUIET = 0.25  # the bot is done once every update is handled and it made no call for this long…
SILENT = 1.0  # …and has nothing to say when nothing changed for this long
REPLY_TIMEOUT = 10.0

HINTS = """\
  text                 send it to the bot (try "/start" or "Какой график?")
  1, 2, … or a label   press a button of the bot's latest message with buttons
  /say TEXT            send TEXT as it is (e.g. a number while buttons are shown)
  /contact, /sticker   share your phone number / send a sticker
  /as hr, /as me       switch to the HR chat / back to the candidate's chat
  /as channel          the vacancies channel (/announce SLUG publishes there; a number
                       opens a post's link as you); /subscribe: hear of new vacancies
  reply N TEXT         in the HR chat: reply to message #N (answers a forwarded question)
  /hints               this list;  /quit (or Ctrl-D) leaves"""


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    """Register the ``demo`` command."""
    parser = subparsers.add_parser(
        "demo",
        help="the offline demo: a local Bot API emulator, the bot, and a chat in this terminal",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--no-color", action="store_true", help="plain output even on a terminal")
    parser.add_argument(
        "--lang",
        choices=sorted(CANDIDATE_NAMES),
        default="ru",
        help="the candidate's Telegram language: ru (default) or en",
    )
    parser.add_argument(
        "--webhook",
        action="store_true",
        help="updates by webhook on 127.0.0.1 (WEBHOOK_LISTEN, else a free port), as in "
        "production, instead of long polling",
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run the demo until /quit, EOF or Ctrl-C; 0 on a clean exit."""
    interactive = sys.stdin.isatty()
    color = (
        sys.stdout.isatty()
        and not getattr(args, "no_color", False)
        and not os.environ.get("NO_COLOR")
    )
    os.environ.setdefault("LOG_LEVEL", "WARNING")
    try:
        screen = Screen(sys.stdout, color=color, echo=not interactive)
        webhook = getattr(args, "webhook", False)
        return asyncio.run(_main(screen, getattr(args, "lang", "ru"), webhook=webhook))
    except KeyboardInterrupt:
        print(file=sys.stdout)
        return 0


async def _main(screen: Screen, lang: str = "ru", *, webhook: bool = False) -> int:
    """Start the emulator and the bot, chat until asked to stop, then shut both down."""
    # Imported here so that other commands never pay for (or depend on) the emulator.
    from bot.app import run_bot
    from bot.config import SettingsError, configure_logging, load_settings
    from emulator import Emulator

    # Update ids go on growing across runs, as Telegram's do: the kept database remembers the
    # ids it handled and skips them.
    first_update_id = int(time.time() * 1000) % 2**31
    async with Emulator(
        token=DEMO_TOKEN, bot_username="vacancy_demo_bot", first_update_id=first_update_id
    ) as emu:
        emu.channel(CHANNEL_ID, CHANNEL_TITLE)  # there before the bot checks it at start-up
        try:
            overrides = _overrides(emu.base_url)
            if webhook:
                overrides |= _webhook_overrides(os.environ.get("WEBHOOK_LISTEN", ""))
            settings = load_settings(**overrides)
        except SettingsError as error:
            print(f"configuration error: {error}", file=sys.stderr)
            return 2
        configure_logging(settings.log_level)
        stop = asyncio.Event()
        intakes: list[Intake] = []  # the bot's poller or webhook handler, once built
        bot_task = asyncio.create_task(
            run_bot(settings, handle_signals=False, stop=stop, observe=intakes.append),
            name="bot",
        )
        try:
            ready = "setWebhook" if webhook else "getMe"
            if not await _wait_until_polling(emu, bot_task, ready, intakes):
                return 1
            chat = DemoChat(emu, screen, bot_task, intakes[0], lang)
            screen.welcome(settings.postings_dir, settings.database_path, chat.name)
            if settings.webhook_url is not None:
                screen.write(f"Updates come by webhook: {settings.webhook_url}")
                screen.write()
            return await chat.loop(LineReader(sys.stdin, prompt=screen.prompt))
        finally:
            await _stop_bot(bot_task, stop)


async def _stop_bot(bot_task: asyncio.Task[None], stop: asyncio.Event) -> None:
    """Ask the bot to stop polling and wait for its shutdown (it closes the database)."""
    stop.set()
    try:
        await asyncio.wait_for(asyncio.shield(bot_task), timeout=10)
    except Exception:  # leaving the demo must never raise
        bot_task.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await bot_task


def _overrides(base_url: str) -> dict[str, object]:
    """Settings the demo fixes; DATABASE_PATH, POSTINGS_DIR and the rest may come from the env."""
    values: dict[str, object] = {
        "bot_token": DEMO_TOKEN,
        "telegram_api_url": base_url,
        "hr_chat_id": HR_CHAT_ID,
        "admin_ids": frozenset({CANDIDATE_ID}),
        "channel_ids": (CHANNEL_ID,),
    }
    if not os.environ.get("DATABASE_PATH"):
        values["database_path"] = DEFAULT_DATABASE
    if not os.environ.get("POSTINGS_DIR") and not Path("postings").is_dir():
        values["postings_dir"] = REPO_POSTINGS  # started outside the repo: use its postings
    return values


def _webhook_overrides(listen: str) -> dict[str, object]:
    """The webhook on 127.0.0.1: at ``listen`` (host:port) when given, else on a free port."""
    import secrets
    import socket

    if not listen.strip():
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            listen = f"127.0.0.1:{probe.getsockname()[1]}"
    port = listen.rsplit(":", 1)[-1]
    return {
        "webhook_url": f"http://127.0.0.1:{port}/telegram",
        "webhook_secret": secrets.token_hex(16),
        "webhook_listen": listen,
    }


async def _wait_until_polling(
    emu: Emulator, bot_task: asyncio.Task[None], ready: str, intakes: list[Intake]
) -> bool:
    """Wait for the bot's call that says it takes updates (getMe comes right before polling,
    setWebhook after the webhook's server started) and for what takes them in; False if it
    died."""
    deadline = time.monotonic() + START_TIMEOUT
    while not (emu.calls(ready) and intakes):
        if bot_task.done():
            error = None if bot_task.cancelled() else bot_task.exception()
            print(f"the bot stopped while starting: {error!r}", file=sys.stderr)
            return False
        if time.monotonic() > deadline:
            print(f"the bot did not start within {START_TIMEOUT:.0f}s", file=sys.stderr)
            return False
        await asyncio.sleep(0.02)
    return True


class LineReader:
    """Lines from stdin without blocking the event loop.

    A daemon thread does the blocking reads: unlike an executor thread it never holds the
    process open on exit, so Ctrl-C leaves at once even while a read is pending.
    """

    def __init__(self, stream: TextIO, prompt: Callable[[], None]) -> None:
        self.stream = stream
        self.prompt = prompt
        self.loop = asyncio.get_running_loop()
        self.queue: asyncio.Queue[str | None] = asyncio.Queue()
        self.wanted = threading.Semaphore(0)
        threading.Thread(target=self._read, name="demo-stdin", daemon=True).start()

    def _read(self) -> None:
        while True:
            self.wanted.acquire()
            self.prompt()
            try:
                line: str | None = self.stream.readline()
            except (OSError, ValueError):
                line = ""
            if not line:
                line = None
            self.loop.call_soon_threadsafe(self.queue.put_nowait, line)
            if line is None:
                return

    async def next(self) -> str | None:
        """Return the next line without its newline, or None at EOF."""
        self.wanted.release()
        line = await self.queue.get()
        return None if line is None else line.rstrip("\r\n")


@dataclass
class Screen:
    """How the chat looks: who speaks, numbered buttons, colour only on a terminal."""

    out: TextIO
    color: bool = False
    echo: bool = True
    mode: str = "me"
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def paint(self, text: str, code: str) -> str:
        """Wrap text in an ANSI colour when colour is on."""
        return f"\x1b[{code}m{text}\x1b[0m" if self.color else text

    def write(self, text: str = "") -> None:
        """Print a block of lines and flush, so piped output keeps its order."""
        with self._lock:
            self.out.write(text + "\n")
            self.out.flush()

    def who(self) -> str:
        """Return the speaker label of the person typing."""
        return {"hr": "hr", "channel": "channel"}.get(self.mode, "you")

    def prompt(self) -> None:
        """Show the input prompt on a terminal (piped input is echoed instead)."""
        if not self.echo:
            with self._lock:
                self.out.write(self.paint(f"{self.who()} › ", "1;36"))
                self.out.flush()

    def said(self, line: str) -> None:
        """Echo what was typed when it was not typed on a terminal."""
        if self.echo:
            self.write(self.paint(f"{self.who()} › ", "1;36") + line)

    def note(self, text: str) -> None:
        """Print a line from the demo itself (not from the bot)."""
        self.write(self.paint(f"· {text}", "2"))

    def welcome(self, postings: Path, database: Path, name: str) -> None:
        """Print who is who and how to type."""
        from bot.postings import load_folder

        try:
            slugs = sorted(load_folder(postings).by_slug)
        except Exception:  # the bot reports broken postings itself; this is only a hint
            slugs = []
        self.write(self.paint("Offline demo: the bot and a local Telegram emulator.", "1"))
        self.write(
            f"You are «{name}» (user {CANDIDATE_ID}, also an admin: /reload works); "
            f"HR is the group «{HR_CHAT_TITLE}» ({HR_CHAT_ID})."
        )
        if slugs:
            self.write("Postings: " + ", ".join(f"/start {slug}" for slug in slugs))
        self.write(f"Database: {database}")
        self.write(HINTS)
        self.write()

    def person(self, message: ChatMessage) -> None:
        """Print a message a person wrote (in the HR chat's history)."""
        name = message.sender.get("first_name", "someone")
        flags = [f"#{message.message_id}"]
        if message.reply_to_message_id is not None:
            flags.append(f"reply to #{message.reply_to_message_id}")
        lines = [self.paint(f"{name} ({', '.join(flags)}):", "1;36")]
        lines += [f"  {line}" for line in (message.text or f"[{message.kind}]").splitlines()]
        self.write("\n".join(lines) + "\n")

    def message(self, message: ChatMessage, *, edited: bool, numbered: bool) -> None:
        """Print one bot message as it looks now, its buttons numbered under it."""
        from emulator.terminal import render_buttons, styled_text

        flags = [f"#{message.message_id}"] if numbered else []
        if edited:
            flags.append("edited")
        if message.reply_to_message_id is not None and numbered:
            flags.append(f"reply to #{message.reply_to_message_id}")
        header = "bot" + (f" ({', '.join(flags)})" if flags else "") + ":"
        lines = [self.paint(header, "1;32")]
        body = styled_text(message, color=self.color)
        if message.kind == "document":
            name = message.extra.get("document", {}).get("file_name", "")
            body = f"[file {name}]" + (f"\n{body}" if body else "")
        lines += [f"  {line}" for line in body.splitlines()]
        buttons = [
            line.replace("keyboard: ", "keyboard (type a label): ", 1)
            for line in render_buttons(message)
        ]
        lines += [self.paint(f"  {line}", "33") for line in buttons]
        self.write("\n".join(lines) + "\n")


class DemoChat:
    """The two chats the person can act in, and what they have already been shown."""

    def __init__(
        self,
        emu: Emulator,
        screen: Screen,
        bot_task: asyncio.Task[None],
        intake: Intake,
        lang: str = "ru",
    ) -> None:
        self.emu = emu
        self.screen = screen
        self.bot_task = bot_task
        self.intake = intake
        self.name = CANDIDATE_NAMES.get(lang, CANDIDATE_NAMES["ru"])
        self.candidate = emu.user(
            CANDIDATE_ID, self.name, username="anna_demo", language_code=lang
        )
        self.candidate.register()
        group = emu.group(HR_CHAT_ID, title=HR_CHAT_TITLE)
        self.hr = group.member(emu.user(HR_MEMBER_ID, HR_MEMBER_NAME, language_code="ru"))
        self.channel = emu.channel(CHANNEL_ID, CHANNEL_TITLE)
        self.shown: dict[int, dict[int, int]] = {CANDIDATE_ID: {}, HR_CHAT_ID: {}, CHANNEL_ID: {}}
        self.toasts_shown = 0

    @property
    def active(self) -> Participant:
        """Return whoever the person is typing as now."""
        return self.hr if self.screen.mode == "hr" else self.candidate

    @property
    def active_chat_id(self) -> int:
        """The chat shown now: the candidate's, the HR chat or the channel."""
        return CHANNEL_ID if self.screen.mode == "channel" else self.active.chat_id

    async def loop(self, reader: LineReader) -> int:
        """Read and act on lines until /quit or EOF."""
        while True:
            line = await reader.next()
            if line is None:
                return 0
            if not line.strip():
                continue
            self.screen.said(line)
            if self.bot_task.done():
                self.screen.note("the bot has stopped; leaving")
                return 1
            if not await self.handle(line.strip()):
                return 0

    async def handle(self, line: str) -> bool:
        """Act on one line; False means leave."""
        command, _, rest = line.partition(" ")
        lowered = command.lower()
        if lowered in {"/quit", "/exit"}:
            return False
        if lowered in {"/hints", "/?"}:
            self.screen.write(HINTS + "\n")
            return True
        if lowered == "/as":
            self.switch(rest.strip().lower())
            if self.screen.mode in {"hr", "channel"}:
                self.show_history()
            await self.show_changes()
            return True
        if self.screen.mode == "channel":
            return await self.follow_post_link(line)
        try:
            acted = await self.act(line, lowered, rest)
        except (LookupError, ValueError) as error:
            self.screen.note(str(error))
            return True
        if acted:
            await self.settle()
            await self.show_changes()
        return True

    def switch(self, who: str) -> None:
        """Switch between the candidate's chat and the HR chat."""
        if who in {"hr", "h"}:
            self.screen.mode = "hr"
            self.screen.note(
                f"HR chat «{HR_CHAT_TITLE}», you are {HR_MEMBER_NAME}: "
                "reply N TEXT answers message #N; /as me goes back"
            )
        elif who in {"me", "candidate", "c", "you"}:
            self.screen.mode = "me"
            self.screen.note(f"your chat with the bot, as {self.name}")
        elif who in {"channel", "ch"}:
            self.screen.mode = "channel"
            self.screen.note(
                f"channel «{CHANNEL_TITLE}» (read-only): a button's number opens its link as "
                f"{self.name}; /as me goes back"
            )
        else:
            self.screen.note("say /as hr, /as channel or /as me")

    async def follow_post_link(self, line: str) -> bool:
        """In the channel: open the link of a post's button as the candidate."""
        posts = [m for m in self.channel.bot_messages() if any(b.url for b in m.buttons())]
        links = [b.url for m in posts[-1:] for b in m.buttons() if b.url]
        if not links or not line.isdigit() or not 1 <= int(line) <= len(links):
            self.screen.note("the channel is read-only: type a button's number, or /as me")
            return True
        self.switch("me")
        await self.candidate.open_link(links[int(line) - 1])
        await self.settle()
        await self.show_changes()
        return True

    async def act(self, line: str, command: str, rest: str) -> bool:
        """Turn a line into a Telegram action; False when nothing was sent."""
        who = self.active
        if command == "/say":
            await who.send(rest)
        elif command == "/contact" and self.screen.mode == "me":
            await self.candidate.send_contact(rest.strip() or None)
        elif command == "/sticker":
            await who.send_sticker()
        elif command in {"reply", "/reply"} and self.screen.mode == "hr":
            number, _, text = rest.strip().partition(" ")
            if not number.lstrip("#").isdigit() or not text.strip():
                raise ValueError("usage: reply N TEXT  (N is the #number of a message here)")
            await who.reply_to(int(number.lstrip("#")), text.strip())
        elif (button := self._button_number(line)) is not None:
            self._say_pressed(button)
            await who.press(button, self._latest_buttons())
        elif (labelled := self._latest_with(line)) is not None:
            await who.press(line, labelled)
        elif line in self._reply_keyboard():
            await who.press_reply_button(line)
        else:
            await who.send(line)
        return True

    def _button_number(self, line: str) -> int | None:
        """Return N when the line is a number of a button on the latest message with buttons;
        None where a question waits for a typed answer and offers only «Назад»/«Пропустить»
        («1» is then an answer, and the buttons are pressed by their labels)."""
        message = self._latest_buttons()
        if not line.isdigit() or message is None or _asks_for_typing(message):
            return None
        return int(line) if 1 <= int(line) <= len(message.buttons()) else None

    def _say_pressed(self, number: int) -> None:
        """Name the button a number pressed, and how to type the number where one may be due."""
        message = self._latest_buttons()
        assert message is not None
        note = f"pressed [{number}] «{message.buttons()[number - 1].text}»"
        if "?" in "\n".join((message.text or "").splitlines()[:2]):  # a question is asked
            note += f" (to send {number} as text: /say {number})"
        self.screen.note(note)

    def _latest_buttons(self) -> ChatMessage | None:
        """Return the bot's latest message that has inline buttons, looking past hints and
        notes without any; None when a questionnaire question waits for a typed answer first
        (a number typed there is the answer)."""
        for message in reversed(self.active.chat.messages):
            if not message.from_bot or message.deleted:
                continue
            if message.buttons():
                return message
            if _asks_for_typing(message):
                return None  # a number typed now is its answer
        return None

    def _latest_with(self, label: str) -> ChatMessage | None:
        """Return the latest bot message with a button labelled exactly so."""
        for message in reversed(self.active.chat.messages):
            if message.from_bot and not message.deleted and message.button(label) is not None:
                return message
        return None

    def show_history(self) -> None:
        """Print the whole active chat as it is now: the bot's messages and people's."""
        chat_id = self.active_chat_id
        messages = [m for m in self.emu.chat(chat_id).messages if not m.deleted]
        self.screen.note(f"{len(messages)} message(s) so far" if messages else "no messages yet")
        for message in messages:
            if message.from_bot:
                self.screen.message(message, edited=bool(message.history), numbered=True)
                self.shown[chat_id][message.message_id] = len(message.history) + 1
            else:
                self.screen.person(message)

    def _reply_keyboard(self) -> list[str]:
        """Return the labels of the reply keyboard shown in the active chat."""
        keyboard = self.active.chat.reply_keyboard or {}
        return [
            button if isinstance(button, str) else button.get("text", "")
            for row in keyboard.get("keyboard", [])
            for button in row
        ]

    async def settle(self) -> None:
        """Wait for the bot to handle every update it was sent, then to fall quiet (or to have
        nothing to say)."""
        deadline = time.monotonic() + REPLY_TIMEOUT
        busy = time.monotonic()  # when the bot was last seen holding an update
        while time.monotonic() < deadline and not self.bot_task.done():
            now = time.monotonic()
            if not self._handled():
                busy = now  # it may still answer, however long a busy machine makes it think
            elif now - busy >= QUIET and self.emu.is_idle(QUIET):
                silent = now - busy >= SILENT and self.emu.is_idle(SILENT)
                if self._anything_new() or silent:
                    return
            await asyncio.sleep(0.02)

    def _handled(self) -> bool:
        """Whether the bot has handled every update it was sent. The emulator holds an update
        until the bot confirms it, which the poller does once the update is kept and started
        (not handled), the webhook once it is handled; from its start the intake counts it."""
        return self.emu.is_idle(0, handled=True) and not self.intake.in_flight

    def _anything_new(self) -> bool:
        return any(self._changes(chat_id) for chat_id in self.shown) or bool(self._new_toasts())

    def _changes(self, chat_id: int) -> list[tuple[ChatMessage, bool]]:
        """Return the bot's messages sent or edited since last shown, with an 'edited' flag."""
        seen = self.shown[chat_id]
        changed = []
        for message in self.emu.chat(chat_id).messages:
            if not message.from_bot or message.deleted:
                continue
            versions = len(message.history) + 1
            if seen.get(message.message_id, 0) < versions:
                changed.append((message, message.message_id in seen))
        return changed

    def _new_toasts(self) -> list[str]:
        answers = self.candidate.chat.callback_answers + self.hr.chat.callback_answers
        return [a.text for a in answers[self.toasts_shown :] if a.text]

    async def show_changes(self) -> None:
        """Print what changed in the active chat; count what waits in the other one."""
        active = self.active_chat_id
        for message, edited in self._changes(active):
            self.screen.message(message, edited=edited, numbered=active == HR_CHAT_ID)
            self.shown[active][message.message_id] = len(message.history) + 1
        for text in self._new_toasts():
            self.screen.write(self.screen.paint("bot (notice):", "1;32") + f" {text}\n")
        self.toasts_shown = len(self.candidate.chat.callback_answers) + len(
            self.hr.chat.callback_answers
        )
        for chat_id, label, switch in (
            (HR_CHAT_ID, "the HR chat", "/as hr"),
            (CHANNEL_ID, "the channel", "/as channel"),
            (CANDIDATE_ID, f"{self.name}'s chat", "/as me"),
        ):
            waiting = len(self._changes(chat_id)) if chat_id != active else 0
            if waiting:
                plural = "s" if waiting > 1 else ""
                self.screen.note(f"{waiting} new message{plural} in {label} ({switch} to see)")


@cache
def _progress_line() -> re.Pattern[str]:
    """The questionnaire's «Вопрос 2 из 6» / "Question 2 of 6" line, in every locale."""
    from bot.locales import LOCALES, catalog

    templates = (re.escape(str(catalog(locale)["screening.progress"])) for locale in LOCALES)
    numbered = (p.replace(r"\{n\}", r"\d+").replace(r"\{total\}", r"\d+") for p in templates)
    return re.compile("|".join(numbered))


@cache
def _navigation_labels() -> frozenset[str]:
    """«Назад» and «Пропустить» in every locale: buttons that do not answer a question."""
    from bot.locales import LOCALES, t

    keys = ("screening.button.back", "screening.button.skip")
    return frozenset(t(locale, key) for locale in LOCALES for key in keys)


def _asks_for_typing(message: ChatMessage) -> bool:
    """Whether a message is a questionnaire question waiting for typed text: it shows the
    progress line and no buttons but «Назад» / «Пропустить»."""
    if not _progress_line().search(message.text or ""):
        return False
    return all(button.text in _navigation_labels() for button in message.buttons())
