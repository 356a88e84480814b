"""Scenario 5 over HTTP: markup-like text, long text, emoji and stickers never draw a 400."""

from __future__ import annotations

from emulator import Emulator, Participant
from tests.e2e.conftest import SEED, BotProcess

HOSTILE = [
    "<b>",
    "&",
    "</a>",
    "<b>жирный</b> & <i>курсив</i> </a><a href='javascript:x'>ссылка</a>",
    "&amp; &lt; &#128512; &bogus;",
    "😀🎉👩‍💻 🇷🇺 какой график? 🙂",
    "*жирный* _курсив_ `код` [ссылка](http://example.com) ||спойлер||",
    "Какой график? " + "Я" * 5000,
    "<b>&" * 1700,  # 5,100 characters of nothing but markup
]


async def test_hostile_text_never_draws_an_error(
    emu: Emulator, bot: BotProcess, hr_member: Participant
) -> None:
    person = emu.user(2024, "<b>Эве & Co</a>", last_name="😀 &lt;", username="eve_e2e")
    await person.send("/start <b>&</a>")
    await person.wait_for_reply()
    await person.send("/start " + "x" * 300)
    await person.wait_for_reply()
    await person.send(f"/start {SEED}")
    await person.wait_for_reply()
    for text in HOSTILE:
        await person.send(text)
        reply = await person.wait_for_reply()
        assert reply.text, f"no text in the reply to {text[:40]!r}"
    await person.send_sticker("🤡")
    await person.wait_for_reply()
    await person.send_photo(caption="<b>подпись</b> & </a>")
    await person.wait_for_reply()
    await person.send("/" + "<b>" * 30)
    await person.wait_for_reply()

    # A hostile question handed over to HR, and HR's hostile reply relayed back.
    await person.send("<b>Можно</b> ли привести в офис собаку & кота? </a> 🐶")
    offer = await person.wait_for_reply()
    assert offer.button("Передать") is not None, offer.render()
    await person.press("Передать")
    await person.wait_for_reply()
    forwarded = await hr_member.emulator.group(hr_member.chat_id).wait_for_message()
    assert "<b>Можно</b> ли привести в офис собаку & кота? </a> 🐶" in (forwarded.text or "")
    assert "<b>Эве & Co</a>" in (forwarded.text or "")
    await hr_member.reply_to(forwarded, "Да & нет: <b>смотря</b> </a> какая 🐕 " + "ы" * 5000)
    relayed = await person.wait_for_replies()  # 5,000 characters arrive split in parts
    assert len(relayed) >= 2 and all(len(m.text or "") <= 4096 for m in relayed)
    assert "Да & нет: <b>смотря</b> </a> какая 🐕" in "\n".join(m.text or "" for m in relayed)

    await emu.wait_idle()
    emu.assert_no_errors()
    bot.assert_clean_log()
