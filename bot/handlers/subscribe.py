"""Candidates subscribe to new vacancies: /subscribe [city or tag], /unsubscribe, and buttons
(«Сообщить о новых вакансиях» under the list, «Отписаться» under every notification)."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command, CommandObject
from aiogram.types import CallbackQuery, Message

from bot.filters import PRIVATE, ButtonOf, CommandLike, Pressed
from bot.keyboards import SubscribeCB
from bot.locales import t
from bot.postings import Catalog
from bot.postings.render import Rendered, TextBuilder
from bot.routing import LeanRouter
from bot.storage import SubscriptionRepo
from bot.telegram import answer_press, bot_of, reply, send

FILTER_MAX = 40


def build_router() -> Router:
    router = LeanRouter(name=__name__)
    router.message.filter(PRIVATE, CommandLike())
    router.message.register(subscribe, Command("subscribe"))
    router.message.register(unsubscribe, Command("unsubscribe"))
    router.callback_query.filter(ButtonOf(SubscribeCB))
    router.callback_query.register(subscribe_button, Pressed(SubscribeCB, F.action == "on"))
    router.callback_query.register(unsubscribe_button, Pressed(SubscribeCB, F.action == "off"))
    return router


def narrow(value: str, catalog: Catalog) -> tuple[str, str] | None:
    """``("city"|"tag", value)`` for a city or tag some posting has; None when none has it."""
    wanted = " ".join(value.split()).casefold()
    postings = catalog.all()
    if any(wanted in posting.tags for posting in postings):
        return "tag", wanted
    if any((posting.city or "").casefold() == wanted for posting in postings):
        return "city", wanted
    return None


def confirmation(locale: str, kind: str = "all", value: str = "") -> Rendered:
    """What the person subscribed to, and what is kept for it (the consent wording)."""
    said = t(locale, f"subscribe.done_{kind}", value=value)
    return TextBuilder().add(said).newline(2).add(t(locale, "subscribe.consent"), "italic").build()


async def subscribe(
    message: Message,
    command: CommandObject,
    catalog: Catalog,
    subscriptions: SubscriptionRepo,
    locale: str,
) -> None:
    """Subscribe to new vacancies, all of them or those of one city or tag."""
    user_id = message.chat.id
    value = " ".join((command.args or "").split())[:FILTER_MAX]
    if not value:
        await subscriptions.subscribe(user_id, locale)
        await reply(message, confirmation(locale))
        return
    found = narrow(value, catalog)
    if found is None:
        await reply(message, Rendered(_unknown(value, catalog, locale)))
        return
    kind, wanted = found
    city, tag = (wanted, "") if kind == "city" else ("", wanted)
    await subscriptions.subscribe(user_id, locale, city=city, tag=tag)
    await reply(message, confirmation(locale, kind, value))


def _unknown(value: str, catalog: Catalog, locale: str) -> str:
    postings = catalog.open_postings()
    cities = sorted({p.city for p in postings if p.city})
    tags = sorted({tag for p in postings for tag in p.tags})
    none = t(locale, "subscribe.none_known")
    return t(
        locale,
        "subscribe.unknown",
        value=value,
        cities=", ".join(cities) or none,
        tags=", ".join(tags) or none,
    )


async def unsubscribe(message: Message, subscriptions: SubscriptionRepo, locale: str) -> None:
    """Stop every notification of new vacancies."""
    dropped = await subscriptions.unsubscribe(message.chat.id)
    said = t(locale, "subscribe.unsubscribed" if dropped else "subscribe.off_none")
    await reply(message, Rendered(said))


async def subscribe_button(
    query: CallbackQuery, subscriptions: SubscriptionRepo, locale: str
) -> None:
    """Subscribe to every new vacancy with one tap."""
    await subscriptions.subscribe(query.from_user.id, locale)
    await answer_press(query, t(locale, "subscribe.answered"))
    await send(bot_of(query), query.from_user.id, confirmation(locale))


async def unsubscribe_button(
    query: CallbackQuery, subscriptions: SubscriptionRepo, locale: str
) -> None:
    """Unsubscribe with one tap under a notification."""
    dropped = await subscriptions.unsubscribe(query.from_user.id)
    await answer_press(query, t(locale, "subscribe.answered"))
    said = t(locale, "subscribe.unsubscribed" if dropped else "subscribe.off_none")
    await send(bot_of(query), query.from_user.id, Rendered(said))
