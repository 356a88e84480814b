"""Channel posts are remembered, edited and closed; a closed post is never live again."""

from __future__ import annotations

from bot.storage import ChannelPostRepo, Database


async def test_a_post_lives_until_it_is_closed(db: Database) -> None:
    posts = ChannelPostRepo(db)
    first = await posts.add(-100, 11, "courier", "Курьер", "ru", "h1")
    other = await posts.add(-200, 12, "courier", "Курьер", "ru", "h2")
    assert (first.chat_id, first.message_id, first.slug, first.closed) == (
        -100,
        11,
        "courier",
        False,
    )
    assert [p.id for p in await posts.live()] == [first.id, other.id]
    assert await posts.live_in("courier", -100) == first
    assert await posts.live_in("cook", -100) is None

    await posts.edited(first.id, "h3", "Курьер на авто")
    edited = await posts.live_in("courier", -100)
    assert edited is not None and edited.text_hash == "h3" and edited.title == "Курьер на авто"
    assert edited.edited_at is not None

    await posts.closed(first.id, "h4")
    assert await posts.live_in("courier", -100) is None
    assert [p.id for p in await posts.live()] == [other.id]
