"""The channel post of a posting, rendered on its own: content, links, limits, keeping it true."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

from bot.config import SettingsError, load_settings
from bot.postings import Posting, load_posting
from bot.postings.announce import (
    CAPTION_LIMIT,
    PAYLOAD_MAX,
    channel_tag,
    deep_link,
    key_conditions,
    pitch_of,
    plan_edit,
    render_announcement,
    render_closed,
    start_payload,
)
from bot.postings.loader import parse_source
from bot.postings.render import MESSAGE_LIMIT, utf16_len
from tests.conftest import SEED, SHIPPED

CHANNEL = -1001234567890


def _posting(front: str, body: str = "Текст.\n\n## Условия\n\n- удалёнка\n- ДМС\n") -> Posting:
    raw = f"---\ntitle: Курьер\nslug: courier-x\n{front}---\n\n{body}".encode()
    return parse_source(Path("courier-x.md"), raw)


def test_the_tag_names_the_channel_and_the_payload_fits_telegram() -> None:
    assert channel_tag(CHANNEL) == "c1001234567890"
    assert start_payload("courier", "c1001234567890") == "courier__c1001234567890"
    longest = start_payload("a" * 48, channel_tag(-1009999999999999))
    assert len(longest) == PAYLOAD_MAX and longest.startswith("a" * 48 + "__c")
    assert start_payload("job", "ка нал!") == "job__"  # only A-Za-z0-9_- survive
    assert re.fullmatch(r"[A-Za-z0-9_-]+", start_payload("job-1", "c-1_2"))
    assert deep_link("hr_bot", "job", "c1") == "https://t.me/hr_bot?start=job__c1"


def test_the_pitch_is_pitch_else_description_else_the_first_lines() -> None:
    assert pitch_of(_posting("pitch: Доставляйте  радость\ndescription: Описание\n")) == (
        "Доставляйте радость"
    )
    assert pitch_of(_posting("description: Описание\n")) == "Описание"
    seed = load_posting(SHIPPED / f"{SEED}.md")
    bare = seed.model_copy(update={"description": None})
    assert pitch_of(bare).startswith("Pyrus — это low-code платформа")
    assert len(pitch_of(bare)) <= 300
    long = pitch_of(_posting("pitch: " + "слово " * 100 + "\n"), 50)
    assert len(long) <= 50 and long.endswith("слово…")


def test_three_to_five_key_conditions() -> None:
    seed = load_posting(SHIPPED / f"{SEED}.md")
    assert key_conditions(seed) == [
        "аккредитованная IT-компания",
        "оформление по ТК РФ",
        "график работы 5/2, 8-часовой рабочий день",
        "гибкое начало рабочего дня с 8:00 до 10:00",
        "офисный или гибридный формат работы",
    ]
    assert key_conditions(_posting("")) == ["удалёнка", "ДМС"]  # fewer: all of them
    assert key_conditions(_posting("", "Без разделов.\n")) == []


def test_the_post_has_title_facts_pitch_conditions_and_one_button() -> None:
    posting = _posting(
        "city: Москва\nsalary: {from: 90000, to: 120000}\npitch: Возим обеды по центру.\n"
    )
    post = render_announcement(posting, "hr_bot", channel_tag(CHANNEL))
    assert post.text.text == (
        "Курьер\nМосква · от 90 000 до 120 000 ₽\n\nВозим обеды по центру.\n\n"
        "Условия:\n• удалёнка\n• ДМС"
    )
    bold = [post.text.text[e.offset : e.offset + e.length] for e in post.text.entities]
    assert bold == ["Курьер", "Условия:"]
    assert post.button == "Подробнее и откликнуться"
    assert post.url == "https://t.me/hr_bot?start=courier-x__c1001234567890"


def test_an_english_posting_is_announced_in_english() -> None:
    posting = _posting("lang: en\n", "Text.\n\n## What we offer\n\n- remote work\n")
    post = render_announcement(posting, "b", "c1")
    assert post.button == "Details and apply"
    assert post.text.text.endswith("What we offer:\n• remote work")
    assert render_closed("Courier", "en").text.endswith("no longer accepted.")


@pytest.mark.parametrize("limit", [MESSAGE_LIMIT, CAPTION_LIMIT])
def test_a_huge_posting_still_fits_the_limit(limit: int) -> None:
    conditions = "".join(f"- условие номер {i} " + "очень " * 40 + "\n" for i in range(30))
    posting = _posting(
        "pitch: " + "Длинный рассказ " * 37 + "\ncity: " + "Город " * 300 + "\n",
        "## Условия\n\n" + conditions,
    )
    post = render_announcement(posting, "hr_bot", "c1", limit=limit)
    size = utf16_len(post.text.text)
    assert size <= limit
    assert all(e.offset + e.length <= size for e in post.text.entities)
    lines = post.text.text.splitlines()
    assert lines[0] == "Курьер" and lines[1].startswith("Город Город") and len(lines[1]) <= 300
    assert "\n• условие номер 0 " in post.text.text  # conditions kept, the rest shortened


def test_a_caption_keeps_at_least_three_conditions_when_it_can() -> None:
    seed = load_posting(SHIPPED / f"{SEED}.md")
    full = render_announcement(seed, "b", "c1")
    assert full.text.text.count("\n• ") == 5
    tight = render_announcement(seed, "b", "c1", limit=len(full.text.text) - 40)
    assert 3 <= tight.text.text.count("\n• ") < 5
    assert utf16_len(tight.text.text) <= len(full.text.text) - 40


@dataclass(frozen=True)
class _Post:
    chat_id: int
    slug: str
    title: str
    lang: str
    text_hash: str
    closed: bool = False
    photo: bool = False


def test_plan_edit_updates_only_a_changed_post_and_closes_a_gone_one() -> None:
    posting = _posting("salary: 100000\n")
    digest = render_announcement(posting, "b", channel_tag(CHANNEL)).digest
    post = _Post(CHANNEL, "courier-x", "Курьер", "ru", digest)
    assert plan_edit(post, {"courier-x": posting}.get, "b") is None

    raised = _posting("salary: 110000\n")
    plan = plan_edit(post, {"courier-x": raised}.get, "b")
    assert plan is not None and plan.kind == "update"
    assert "110000" in plan.text.text and plan.digest != digest
    assert plan.announcement is not None

    gone = plan_edit(post, {}.get, "b")
    assert gone is not None and gone.kind == "close" and gone.announcement is None
    assert gone.text == render_closed("Курьер", "ru")
    assert gone.text.text == "Курьер\n\nВакансия закрыта: отклики больше не принимаются."

    closing = _posting("salary: 100000\ncloses: 2030-01-31\n")
    assert plan_edit(post, {"courier-x": closing}.get, "b", dt.date(2030, 1, 31)) is None
    passed = plan_edit(post, {"courier-x": closing}.get, "b", dt.date(2030, 2, 1))
    assert passed is not None and passed.kind == "close"
    assert plan_edit(replace(post, closed=True), {}.get, "b") is None  # closed once, left alone


def test_channel_ids_are_negative_ids_in_order() -> None:
    settings = load_settings(_env_file=None, channel_ids="-1002, -1001;-1002")
    assert settings.channel_ids == (-1002, -1001)
    assert load_settings(_env_file=None).channel_ids == ()
    with pytest.raises(SettingsError, match="CHANNEL_IDS: must be channel or group ids"):
        load_settings(_env_file=None, channel_ids="-1001,42")
    with pytest.raises(SettingsError, match="CHANNEL_IDS: at most 50 channels"):
        load_settings(_env_file=None, channel_ids=",".join(str(-i) for i in range(1, 52)))
