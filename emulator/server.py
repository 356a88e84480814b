"""The HTTP side of the emulator: routing, request decoding, injected faults, the request log."""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import mimetypes
import time
from collections.abc import Callable
from typing import Any

from aiohttp import BodyPartReader, web

from emulator.engine import BotApi, Params, UploadedFile
from emulator.errors import ApiError
from emulator.models import Fault, FaultKind, RequestRecord
from emulator.webhook import WebhookDeliverer

JSON_FIELDS = frozenset(
    {
        "reply_markup",
        "entities",
        "caption_entities",
        "allowed_updates",
        "commands",
        "scope",
        "link_preview_options",
        "reply_parameters",
    }
)
INT_FIELDS = frozenset(
    {
        "offset",
        "limit",
        "timeout",
        "message_id",
        "message_thread_id",
        "cache_time",
        "user_id",
        "max_connections",
    }
)
BOOL_FIELDS = frozenset(
    {
        "show_alert",
        "drop_pending_updates",
        "disable_notification",
        "protect_content",
        "allow_sending_without_reply",
        "disable_web_page_preview",
        "disable_content_type_detection",
    }
)
logger = logging.getLogger(__name__)
Observer = Callable[[str, Params, Any], None]
_SERVER_ERRORS = {500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable"}


def coerce(name: str, value: Any) -> Any:
    """Turn one parameter into the type Telegram reads it as; strings stay strings."""
    if isinstance(value, str) and name in JSON_FIELDS:
        try:
            return json.loads(value)
        except ValueError as exc:
            raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from exc
    if isinstance(value, str) and name in INT_FIELDS:
        try:
            return int(value)
        except ValueError as exc:
            raise ApiError(400, f'Bad Request: field "{name}" must be of type Integer') from exc
    if isinstance(value, str) and name in BOOL_FIELDS:
        return value.lower() in {"true", "1"}
    return value


async def read_params(request: web.Request, api: BotApi) -> Params:
    """Read parameters from the query string and a JSON, urlencoded or multipart body."""
    raw: dict[str, Any] = dict(request.query)
    files: dict[str, UploadedFile] = {}
    if request.method == "POST" and request.can_read_body:
        if request.content_type == "application/json":
            body = await request.json()
            if not isinstance(body, dict):
                raise ApiError(400, "Bad Request: request body must be a JSON object")
            raw.update(body)
        elif request.content_type == "multipart/form-data":
            await _read_multipart(request, api, raw, files)
        else:
            raw.update((await request.post()).items())
    params = {name: coerce(name, value) for name, value in raw.items()}
    for name, value in params.items():
        if isinstance(value, str) and value.startswith("attach://"):
            key = value.removeprefix("attach://")
            if key not in files:
                raise ApiError(400, f"Bad Request: file {key!r} to attach not found")
            params[name] = files[key]
    return params


async def _read_multipart(
    request: web.Request, api: BotApi, raw: dict[str, Any], files: dict[str, UploadedFile]
) -> None:
    """Read a multipart body: plain fields into `raw`, uploads into `files` (and `raw`)."""
    reader = await request.multipart()
    async for part in reader:
        if not isinstance(part, BodyPartReader) or part.name is None:
            continue
        if part.filename is None:
            raw[part.name] = await part.text()
            continue
        data = bytes(await part.read())
        mime = part.headers.get("Content-Type", "application/octet-stream")
        if mime == "application/octet-stream":  # Telegram guesses from the name, so do we
            mime = mimetypes.guess_type(part.filename)[0] or mime
        upload = UploadedFile(api.next_file_id("BQAD"), part.filename, data, mime)
        files[part.name] = upload
        raw.setdefault(part.name, upload)


def _loggable(params: Params) -> Params:
    """Return params with uploads replaced by a short description."""
    return {
        k: (f"<file {v.name} {len(v.data)} bytes>" if isinstance(v, UploadedFile) else v)
        for k, v in params.items()
    }


def _abandoned(request: web.Request) -> bool:
    """Return whether the client has already closed this request's connection."""
    return request.transport is None or request.transport.is_closing()


class ApiServer:
    """An aiohttp server answering /bot<token>/<method> for the bots it knows."""

    def __init__(self, bots: dict[str, BotApi], host: str = "127.0.0.1", port: int = 0) -> None:
        self.bots = bots
        self.host = host
        self.port = port
        self.faults: list[Fault] = []
        self.requests: list[RequestRecord] = []
        self.observers: list[Observer] = []
        self._runner: web.AppRunner | None = None
        self._closed = asyncio.Event()
        self.deliverers = {token: WebhookDeliverer(api) for token, api in bots.items()}
        self._delivery: list[asyncio.Task[None]] = []

    @property
    def base_url(self) -> str:
        """Return the base URL to give aiogram's TelegramAPIServer.from_base()."""
        return f"http://{self.host}:{self.port}"

    async def start(self) -> None:
        """Listen on the host and port (port 0 picks a free one)."""
        app = web.Application(client_max_size=50 * 1024 * 1024)
        app.router.add_route("*", "/bot{token}/{method}", self.handle)
        self._runner = web.AppRunner(app, access_log=None, shutdown_timeout=1.0)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, self.port)
        await site.start()
        self.port = self._runner.addresses[0][1]
        self._delivery = [
            asyncio.create_task(d.run(), name="webhook delivery") for d in self.deliverers.values()
        ]

    async def stop(self) -> None:
        """Release long polls and delays, then close the server."""
        self._closed.set()
        for bot in self.bots.values():
            bot.close()
        for task in self._delivery:
            task.cancel()
        await asyncio.gather(*self._delivery, return_exceptions=True)
        self._delivery = []
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    def fail(self, fault: Fault) -> None:
        """Inject a fault into the next calls of a method."""
        self.faults.append(fault)

    def _take_fault(self, method: str) -> Fault | None:
        """Return (and count down) the first fault for this method, if any."""
        for fault in self.faults:
            if fault.method.lower() in {method, "*"} and fault.times > 0:
                fault.times -= 1
                if fault.times == 0:
                    self.faults.remove(fault)
                return fault
        return None

    async def handle(self, request: web.Request) -> web.StreamResponse:
        """Answer one Bot API request."""
        bot = self.bots.get(request.match_info["token"])
        method = request.match_info["method"]
        if bot is None:
            return self._reply(method, {}, ApiError(401, "Unauthorized").envelope(), 401)
        handler = bot.handlers().get(method.lower())
        if handler is None:
            return self._reply(method, {}, ApiError(404, "Not Found").envelope(), 404)
        tracked = method.lower() != "getupdates"
        bot.in_flight += tracked
        try:
            return await self._answer(request, bot, method, handler)
        finally:
            bot.in_flight -= tracked
            if tracked:
                bot.last_activity = time.monotonic()

    async def _answer(
        self, request: web.Request, bot: BotApi, method: str, handler: Any
    ) -> web.StreamResponse:
        """Decode, apply a fault if one is due, run the method and log it."""
        params: Params = {}
        try:
            params = await read_params(request, bot)
            fault = self._take_fault(method.lower())
            if fault is not None:
                early = await self._apply_fault(request, method, params, fault)
                if early is not None:
                    return early
            bot.check_rate(method.lower(), params)
            result = await handler(params)
            for observer in self.observers:
                observer(method.lower(), params, result)
        except ApiError as error:
            if _abandoned(request):  # a long poll whose client left: nobody sees the 409
                return web.Response(status=error.status)
            return self._reply(method, params, error.envelope(), error.status)
        except Exception as exc:  # an emulator bug must reach the test, not hang it
            logger.exception("emulator failed on %s", method)
            bug = ApiError(500, f"Internal Server Error: emulator bug: {exc!r}")
            return self._reply(method, params, bug.envelope(), 500)
        return self._reply(method, params, {"ok": True, "result": result}, 200)

    async def _apply_fault(
        self, request: web.Request, method: str, params: Params, fault: Fault
    ) -> web.StreamResponse | None:
        """Answer with the fault, or return None to go on after a delay."""
        if fault.kind == "slow":
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closed.wait(), fault.delay)
            return None
        if fault.kind == "drop":
            self._log(method, params, 0, None)
            if request.transport is not None:
                request.transport.close()
            return web.Response(status=500)
        if fault.kind == "429":
            description = f"Too Many Requests: retry after {fault.retry_after}"
            raise ApiError(429, description, retry_after=fault.retry_after)
        raise ApiError(fault.status, _SERVER_ERRORS.get(fault.status, "Internal Server Error"))

    def _log(
        self, method: str, params: Params, status: int, response: dict[str, Any] | None
    ) -> None:
        """Append one record to the request log."""
        record = RequestRecord(method, _loggable(params), status, response, time.monotonic())
        self.requests.append(record)

    def _reply(
        self, method: str, params: Params, body: dict[str, Any], status: int
    ) -> web.Response:
        """Log and send a JSON answer."""
        self._log(method, params, status, body)
        return web.json_response(
            body, status=status, dumps=lambda o: json.dumps(o, ensure_ascii=False)
        )


__all__ = ["ApiServer", "FaultKind"]
