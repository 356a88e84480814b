"""Issue 12's channel scenario over HTTP: an admin announces the seed posting to a channel, a
candidate taps the post's button and applies, the funnel shows the channel as the source, a
salary edit and /reload edit the post, closing the posting turns it into «closed»; a posting
with a picture is posted as a photo whose caption is kept true the same way."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from emulator import Channel, Emulator, Group, Participant, User
from tests.e2e.conftest import SEED, BotProcess, copy_postings
from tests.e2e.test_questionnaire import ANSWERS, answer, begin, submit, wait_for_summary

CHANNEL = -1002000000001
FOREIGN = -1002000000002
SALARY = "salary: 90 000 ₽"
RAISED = "salary: 95 000 ₽"
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 256


@pytest.fixture
def postings(tmp_path: Path) -> Path:
    folder = copy_postings(tmp_path / "postings", Path(__file__).resolve().parents[2] / "postings")
    seed = folder / f"{SEED}.md"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("---\n", f"---\n{SALARY}\n", 1), encoding="utf-8")
    return folder


@pytest.fixture
def channel(emu: Emulator) -> Channel:
    return emu.channel(CHANNEL, "Вакансии Pyrus")


@pytest.fixture
async def channel_bot(
    emu: Emulator, tmp_path: Path, postings: Path, channel: Channel
) -> BotProcess:
    emu.channel(FOREIGN, "Чужой канал", admin=False)
    process = BotProcess(emu, tmp_path, postings, tmp_path / "data" / "bot.sqlite3")
    process.extra_env["CHANNEL_IDS"] = f"{CHANNEL},{FOREIGN}"
    await process.start()
    yield process  # type: ignore[misc]
    await process.stop()
    print(process.output())


async def publish(admin: User, slug: str, channel: Channel) -> None:
    await admin.send(f"/announce {slug}")
    await admin.wait_for_replies()
    await admin.press("Опубликовать в Вакансии Pyrus")
    await channel.wait_for_post()
    await admin.wait_for_reply()


async def test_announce_apply_from_the_channel_and_keep_the_post_true(
    emu: Emulator,
    channel_bot: BotProcess,
    postings: Path,
    channel: Channel,
    admin: User,
    candidate: User,
    hr_group: Group,
    hr_member: Participant,
) -> None:
    await admin.send("/channels")
    said = (await admin.wait_for_reply()).text or ""
    assert "Вакансии Pyrus" in said and "Чужой канал" in said
    await publish(admin, SEED, channel)
    post = channel.last_message()
    assert "90 000 ₽" in (post.text or "") and post.sender == {}  # posted as the channel
    button = post.button("Подробнее и откликнуться")
    assert button is not None and button.url is not None
    assert button.url.endswith(f"start={SEED}__c1002000000001")

    await candidate.open_link(button.url)
    card = await candidate.wait_for_reply()
    assert "Специалист службы поддержки" in (card.text or "")
    question = await begin(candidate)
    assert question.text
    for value in ANSWERS.values():
        await answer(candidate, value)
    await submit(candidate)
    await wait_for_summary(emu, hr_group, 15.0)

    await hr_member.send("/stats")
    funnel = (await hr_member.wait_for_replies())[0].text or ""
    assert "канал «Вакансии Pyrus»: 1 → 1" in funnel, funnel

    seed = postings / f"{SEED}.md"
    seed.write_text(seed.read_text(encoding="utf-8").replace(SALARY, RAISED), encoding="utf-8")
    await admin.send("/reload")
    report = (await admin.wait_for_reply()).text or ""
    assert "Посты в каналах исправлены:" in report and "обновлён" in report, report
    assert "95 000 ₽" in (post.text or "") and len(post.history) == 1  # edited in place
    assert post.button("Подробнее и откликнуться") is not None

    seed.write_text(
        seed.read_text(encoding="utf-8").replace("---\n", "---\nstatus: closed\n", 1),
        encoding="utf-8",
    )
    await admin.send("/reload")
    assert "отмечен закрытым" in ((await admin.wait_for_reply()).text or "")
    assert "закрыта" in (post.text or "").lower() and post.buttons() == []
    assert len(channel.bot_messages()) == 1  # never a second post
    channel_bot.assert_clean_log()


async def test_a_posting_with_a_picture_is_a_photo_post_with_a_short_caption(
    emu: Emulator, channel_bot: BotProcess, postings: Path, channel: Channel, admin: User
) -> None:
    (postings / "courier.png").write_bytes(PNG)
    seed = postings / f"{SEED}.md"
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("---\n", "---\nimage: courier.png\n", 1), encoding="utf-8")
    await admin.send("/reload")
    await admin.wait_for_reply()
    await admin.send(f"/announce {SEED}")
    replies = await admin.wait_for_replies()
    preview = replies[-1]
    assert preview.kind == "photo" and preview.file_data == PNG  # the preview is the post
    await admin.press("Опубликовать в Вакансии Pyrus")
    post = await channel.wait_for_post()
    assert post.kind == "photo" and post.file_data == PNG
    assert len(post.caption or "") <= 1024 and "90 000 ₽" in (post.caption or "")
    assert post.button("Подробнее и откликнуться") is not None

    seed.write_text(seed.read_text(encoding="utf-8").replace(SALARY, RAISED), encoding="utf-8")
    await admin.send("/reload")
    await admin.wait_for_reply()
    # The admin's reply may be the publish press's late edit: wait for the post itself.
    for _ in range(200):  # up to 10 s
        if "95 000 ₽" in (post.caption or ""):
            break
        await asyncio.sleep(0.05)
    assert "95 000 ₽" in (post.caption or "") and post.kind == "photo"
    emu.assert_no_errors()
