"""The comment thread under a post pasted from a social network, a forum or a task board.

VK, Odnoklassniki and Facebook posts with their comments, forum topics with their replies, a
YouDo task with the questions under it, a Discord or Telegram chat's replies: what the employer
answered there is the posting's own word («а парней берёте?» → «берём, конечно»), what others
wrote is not, and the thread's chrome — times, «Ответить», «Нравится 4», "Like · Reply · 2d",
names — is nobody's word. The thread is cut from the body here, once: the employer's replies go
on with the comment each answers, everything else of it is left out.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import TypeVar

import yaml

from bot.postings.models import Reply

_T = TypeVar("_T")
_WORD_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?|\S", re.UNICODE)
_LETTERS_RE = re.compile(r"[^\W\d_]", re.UNICODE)
# A time, a date, a count: «15:10», «14.03.2026,», "#2", «6,1K», "2d", "8h".
_FIGURE_RE = re.compile(
    r"^(?:#?\d[\d.,:/]*[кkмm]?|\d{1,2}(?:[smhdwy]|ч|д|мин|нед)|\[?\d[\d.,:\s]*\]?)$",
    re.IGNORECASE,
)
_POST_NUMBER_RE = re.compile(r"(?:^|\s|·|\|)(?:сообщение\s*|post\s*)?#(?P<n>\d{1,4})\b", re.I)
# A forum post's number and its author in bold at a heading's start: «**#3 Zarechnoe_KFH**»
# alone over «Отправлено: …», «**#2 tolyan_mtz** · Зарегистрирован: … · Сообщений: 18».
_NUMBERED_POST_RE = re.compile(r"^\*\*#\d{1,4}\s+(?P<name>[^*]{1,60}?)\s*\*\*(?:\s+[·|»]\s.*)?$")
# «Иван, 2 дек 13:30» (Avito's «Чат с продавцом»): after a sender's comma, the day and time sent.
_DAY_SENT = r"\d{1,2}\s+[^\W\d_]{3,9}\.?,?\s+(?:в\s+)?\d{1,2}:\d{2}\s*$"
_DAY_SENT_RE = re.compile(rf",\s+{_DAY_SENT}")
# Between a name and the chrome after it: "pixelmoth — Today at 4:20 PM", "u/kim · 8h",
# «Ольга кв. 217, [11.04.2024 9:20]», «Сообщение #2 | Tatyana_nyanya | Сообщений: 37».
_HEADER_SPLIT_RE = re.compile(
    r"\s+[—–|·▸•»]\s+|,\s+(?=\[)|,\s+(?=\d{1,2}\.\d{1,2}\.\d{2,4})"
    rf"|,\s+(?={_DAY_SENT})"
    r"|\s+(?=\d{1,3}\s+(?:\w+\.?\s+)?(?:ago|назад)\b)"  # "dnwang 18 days ago", «@Витя 2 дн. назад»
)
# «Алина Морозова: а парней берёте?», «Марина, 05.04.2025: А с ребёнком…»: a name, then the text.
_INLINE_RE = re.compile(r"^(?P<name>[^:?!\n]{1,60}?):\s+(?P<text>\S.*)$")
_NAME_WORDS = 6
_LINK_WORD_CHARS = 3  # «в», «на», "of": a short word that may join a name's capitals
_HEADER_NAME_WORDS = 10
_INLINE_NAME_WORDS = 4
# What makes chrome after a name a comment's heading: a clock, "8h", «назад», "#2", an action.
_TIMED_RE = re.compile(
    r"\d{1,2}:\d{2}|#\d|\b\d{1,2}\s?(?:h|d|w|ч|мин|дн)\b|назад|ago|ответить|reply|сообщени|message"
)
# "nastya_nails_ekb а моделей можно приводить?": an account's handle, then its comment.
_HANDLE_RE = re.compile(r"^(?P<name>@?[a-z][a-z0-9]*[._0-9][a-z0-9._]*)\s+(?P<text>\S.*)$")
_BAR_REACH = 3
_CLOCK_LIKE_RE = re.compile(r"\d:\d\d")
_FIRST_COMMENT_LINES = 3
_BAR_WORDS = 8
# A stamp of time: a date, "#2", "8h", «5 мин»; a day and a month with the time sent, «12.03
# 11:06» (Telegram's copy of a message of this year).
_STAMP_RE = re.compile(
    r"\d{1,2}\.\d{1,2}(?:\.\d{2,4}|,?\s+\d{1,2}:\d{2})|#\d|\b\d{1,2}\s?(?:h|d|w|ч|мин|дн)\b"
)
_NAME_CHARS = 60
# What marks a reply's author line under the comment it answers: «↳ Зерно и Пена», "└ Admin".
_REPLY_MARKS = frozenset("↳↪⤷└")
_POSTER_LINES = 8  # the post's author is named in its first lines: a page, a member, a speaker
_POSTER_LINE_WORDS = 12
_POST_WORDS = 40  # a first comment this long may be the post, not a question under one
_STEM = 5
_CHAT_HEADERS = 3
_NAME_LINES = 3
_REPLY_LINES = 2  # a chat message this short, after another member's, answers it
_ASK_REACH = 3  # a reply answers a question this many messages up, past others' remarks
_PERSON_WORDS = 2  # «Ольга Викторовна»: a name and a patronymic or surname, no one word alone
_CARD_WORDS = 3  # a field of a member's card: «Не в сети», «Постоялец», «Спасибо получено: 37»
_REPLY_HEADINGS = 2
# A captioned rule, «---------- Текст вакансии для публикации ----------», "-----Original
# Message-----": what follows it is another part of the page, not one more comment.
_DIVIDER_RE = re.compile(r"^\s*[-—–_=~]{3,}\s*[^\W\d_]")
# A rule alone between a forum's posts («─────────────────────────», "-----"): nobody's words.
_RULE_RE = re.compile(r"^[-—–_=~*─━═]{3,}$")


@dataclass
class _Comment:
    name: str
    indent: int
    line: int
    text: list[str] = field(default_factory=list)
    quoted: list[str] = field(default_factory=list)
    marked: bool = False  # its name carries the author's mark ("· Author")
    # a reply set in a quote block under the comment it answers («> **Клиника** ответила
    # Камиле»): its quoted lines are its own words, not those it answers
    nested: bool = False
    # headed by a forum post's number («**#3 Zarechnoe_KFH**»): its lines are its own words up
    # to the next heading or rule, past blank lines and «Label: text» lines
    numbered: bool = False


@cache
def _vocabulary() -> dict:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    text = resources.files("bot.postings").joinpath("thread.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=loader)  # a safe loader, C or Python
    return {
        "actions": frozenset(_fold(w) for w in data["actions"]),
        "words": frozenset(_fold(w) for w in data["actions"] + data["words"]),
        "times": frozenset(_fold(w) for w in data["times"]),
        "days": frozenset(_fold(w) for w in data["days"]),
        "headers": tuple(_fold(w) for w in data["headers"]),
        "profile": frozenset(_fold(w) for w in data["profile"]),
        "posted": frozenset(_fold(w) for w in data["posted"]),
        "marks": tuple(_fold(w) for w in data["author_marks"]),
        "quote_leads": tuple(_fold(w) for w in data["quote_leads"]),
        # «Цитата» in a bar of actions («Ответить | Цитата | Пожаловаться»): a button, not a lead.
        "quote_buttons": frozenset(_fold(w) for w in data["quote_leads"] if " " not in w),
        "quote_ends": tuple(_fold(w) for w in data["quote_ends"]),
        "published": tuple(_fold(w) for w in data["published"]),
        "replied": tuple(_fold(w) for w in data["replied"]),
        "asking": frozenset(_fold(w) for w in data["asking"]),
        "opening": frozenset(_fold(w) for w in data["opening"]),
        "subjects": frozenset(_fold(w) for w in data["subjects"]),
        "replying": frozenset(_fold(w) for w in data["replying"]),
        "bumps": frozenset(_fold(w) for w in data["bumps"]),
    }


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е").strip()


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(_fold(text)) if _LETTERS_RE.search(w)]


_RUN_RE = re.compile(r"[^\W_]+(?:[’'][^\W_]+)?", re.UNICODE)


def _first_word(folded: str) -> str | None:
    """``_words(folded)[0]`` without reading the rest of the line: most lines are no chrome,
    and their first word says so."""
    return next((m[0] for m in _RUN_RE.finditer(folded) if _LETTERS_RE.search(m[0])), None)


def _chrome(text: str) -> bool:
    """Only the thread's chrome: actions, times, counts and symbols («12 мая в 15:10 Ответить
    Нравится 4», "👍 87 ↪ 34 💬 19", «Сообщений: 27 | Регистрация: 02.2025»), with an action, a
    stamp of time or a bar of reactions in it ("9:00 – 18:00" alone is none)."""
    vocab = _vocabulary()
    folded = _fold(text)
    if not folded:
        return False
    first = _first_word(folded)
    if first in vocab["profile"] and ":" in folded:
        return True  # a member's card: «Регистрация: 05.08.2016  Сообщений: 1 412  Адрес: …»
    if first in vocab["words"] and re.match(r"^\W*\w+\s*:", folded):
        return True  # «Нравится: Sergey_K, Олег1970»
    if " · " in folded and _card(folded):
        return True
    tokens = folded.replace("(", " ").replace(")", " ").split()
    actions = counts = 0
    days = False
    for token in tokens:
        bare = token.strip(".,;:·|—–-•›‹»«▾▸↑!…*[]")
        if not bare:
            continue
        if _FIGURE_RE.match(bare):
            counts += 1
        elif bare in vocab["words"]:
            actions += 1
        elif bare in vocab["quote_buttons"]:
            continue  # chrome beside an action only: «Цитата» alone opens a quote
        elif bare in vocab["days"]:
            days = True
        elif bare in vocab["times"]:
            continue
        elif _LETTERS_RE.search(bare):
            return False
    stamp = days or _STAMP_RE.search(folded) is not None
    # (a sum's sign makes a row of pay, not a bar of reactions: «💰 2/2 — 50 000 ₽ в месяц»)
    bar = (
        counts >= 2
        and any(unicodedata.category(ch) == "So" for ch in text)
        and not any(unicodedata.category(ch) == "Sc" for ch in text)
    )
    return actions > 0 or stamp or bar


def _card(folded: str) -> bool:
    """A member's card in one line, parted by "·": «Старожил · Сообщений: 5 821 · Регистрация:
    09.06.2011», «Участник · Сообщений: 312 · Откуда: Бишкек» — a field of the card, and besides it
    only other fields and a rank of a word or two."""
    parts = [p.strip() for p in folded.split(" · ")]
    profile = _vocabulary()["profile"]
    fields = [p for p in parts if ":" in p and _first_word(p) in profile]
    return bool(fields) and all(
        p in fields or re.match(r"^[^\W\d_]+\s*:", p) or len(p.split()) <= 2 for p in parts
    )


def _header(text: str) -> str | None:
    """The comment's heading, a name and a stamp ("pixelmoth — Today at 4:20 PM", «Ольга кв. 217,
    [11.04.2024 9:20]», «Сообщение #2 | Tatyana_nyanya | Сообщений: 37», "Dana Kowalski ·
    Author"): the name."""
    parts = [p.strip() for p in _HEADER_SPLIT_RE.split(text.strip()) if p.strip()]
    if len(parts) < 2:
        return None
    chrome = [(_chrome(p) and _stamped(_fold(p))) or _marked(p) for p in parts]
    while parts and chrome[-1]:
        parts, chrome = parts[:-1], chrome[:-1]
    while parts and chrome[0]:
        parts, chrome = parts[1:], chrome[1:]
    if not parts or any(chrome) or len(parts) == len(_HEADER_SPLIT_RE.split(text.strip())):
        return None
    if _subject(parts[0]):
        # «RE: <topic> 2 мес. назад #18415», "**Re: <topic>** — posted by kim | Feb 04, 2025":
        # the topic's subject; the name is the "posted by" part's, or on the card under it ("").
        words = _vocabulary()["words"]
        parts = [
            " ".join(itertools.dropwhile(lambda w: _fold(w) in words, p.split()))
            for p in parts[1:]
        ]
        if not parts:
            return ""
    name = " | ".join(parts)
    # (a name may end in an initial: «Дмитрий К. · 24 янв», «Ирина С.»; a sentence may not)
    initial = re.search(r"(?:^|\s)[^\W\d_]\.$", name) is not None
    if len(name) > _NAME_CHARS or (name.endswith(("?", "!", ".")) and not initial):
        return None
    return name if len(name.split()) <= _HEADER_NAME_WORDS else None


def _subject(text: str) -> bool:
    """Whether a part of a heading is a forum post's subject: «RE: <topic>», "**Re: <topic>**"."""
    folded = _fold(text)
    return (
        _first_word(folded) in _vocabulary()["subjects"]
        and re.match(r"^\W*\w+:", folded) is not None
    )


def _reply_heading(text: str) -> bool:
    """A forum reply's heading: its subject «RE: <topic>» with the time posted."""
    return _first_word(_fold(text)) in _vocabulary()["replying"] and _header(text) is not None


def _member_card(lines: list[str], at: int) -> tuple[str, int]:
    """The member's card under a post's heading that names no one (a Kunena forum's «RE: <topic>
    2 мес. назад #18415» over «• Serega_Kineshma», «• Не в сети», «• Новичок», «• Сообщений: 8»):
    its first line is the author's name, the others its fields (an online status, a rank, counts),
    up to a blank line or a line of words. The name (or "") and the post's first line after it."""
    name = ""
    for line in range(at + 1, len(lines)):
        text = lines[line].strip()
        if not text:
            if name:
                return name, next(
                    (n for n in range(line, len(lines)) if lines[n].strip()), len(lines)
                )
            continue
        if not name:
            bare = text.lstrip("•·*-–— ").strip()
            if not _name_like(bare):
                return "", line
            name = bare
        elif len(_words(text)) > _CARD_WORDS and not _chrome(text):
            return name, line
    return name, len(lines)


def _replier(text: str) -> str | None:
    """The name of who answers in a reply's heading that names whom it answers («Ветеринарная
    клиника «Кот и Пёс» ответила Камиле», "Northwind Dental replied to Sam"), or None."""
    words = text.lstrip("> ").replace("*", "").split()
    folded = [_fold(w) for w in words]
    for joint in _vocabulary()["replied"]:
        size = len(joint.split())
        for at in range(1, len(words) - size):
            if " ".join(folded[at : at + size]) != joint:
                continue
            name = " ".join(words[:at])
            # (an emoji after the name answered is no word of it: «ответ Ксюша 🌸»)
            to = [w for w in words[at + size :] if any(ch.isalpha() for ch in w)]
            if (
                len(to) <= 2
                and all(w[:1].isupper() for w in to)
                and len(name) <= _NAME_CHARS
                and not name.endswith((".", ",", ":", "?", "!"))
            ):
                return name
    return None


def _stamped(folded: str) -> bool:
    """A part of a heading that dates it: a clock, "8h", «назад», "#2", an action, or a day
    with a figure ("Mar 4", «4 мар»)."""
    if _TIMED_RE.search(folded) is not None:
        return True
    return any(ch.isdigit() for ch in folded) and not _vocabulary()["days"].isdisjoint(
        folded.replace(",", " ").split()
    )


def _marked(text: str) -> bool:
    return _fold(text) in _vocabulary()["marks"]


def _name_like(text: str) -> bool:
    """A commenter's name on a line of its own: «Алина Смирнова», «Ирина С.», "vitek48",
    «Магазин "Хозяюшка"», «Киномир | Краснодар» — short, asking and saying nothing."""
    bare = text.strip()
    if (
        not bare
        or len(bare) > _NAME_CHARS
        or bare.endswith(("?", "!", ":", ","))
        or bare.startswith("#")
    ):
        return False
    words = bare.split()
    if len(words) > _NAME_WORDS:
        return False
    if bare.endswith(".") and not re.search(r"(?:^|\s)\w\.$", bare):
        return False  # a sentence, not «Никита Р.»
    if len(words) == 1:
        return bool(_LETTERS_RE.search(bare))
    lettered = [w for w in words if _LETTERS_RE.search(w)]
    # «Подслушано в Кимрах», "Bank of America": a short word in lower case between capitals
    return bool(lettered) and all(
        not w[:1].islower() or (0 < at < len(lettered) - 1 and len(w) <= _LINK_WORD_CHARS)
        for at, w in enumerate(lettered)
    )


def _signed_name(text: str) -> bool:
    """The name in bold after a reply's mark: the mark and the bold make it one, so it may be a
    page's long name with words in lower case («↳ **Чистый Ворс | Стирка и химчистка ковров
    Барнаул**», «↪ **Банный комплекс «Берёзовый Лог»**») — short and saying nothing."""
    bare = text.strip()
    return _name_like(bare) or (
        len(bare) <= _NAME_CHARS
        and _LETTERS_RE.search(bare) is not None
        and not bare.endswith(("?", "!", ".", ",", ":"))
        and len(bare.split()) <= _HEADER_NAME_WORDS
    )


def _inline_name(text: str) -> bool:
    """The name before a comment's colon («Солнечный берег: Алина, конечно берём»): short, and
    not a sentence's start in lower case."""
    return (
        0 < len(text.split()) <= _INLINE_NAME_WORDS
        and not text[:1].islower()
        and not text.endswith((".", ","))
    ) or _name_like(text)


def _starts(text: str, chrome: bool) -> bool:
    """Where a thread starts: a heading of comments, an action bar, a post numbered past one
    (``chrome``: whether the line is chrome, read once by the caller)."""
    vocab = _vocabulary()
    folded = _fold(text)
    bare = re.sub(r"\s*\(\d+\)\s*$", "", folded).strip(" :▾#*")
    if bare in vocab["headers"]:
        return True
    number = _POST_NUMBER_RE.search(folded)
    if number is not None and int(number["n"]) > 1 and (chrome or _header(text)):
        return True
    return chrome and not vocab["actions"].isdisjoint(_words(folded))


def _thread_start(lines: list[str]) -> int | None:
    """The thread's first line: a heading of comments, an action bar, a post numbered past one,
    or the second of three or more comments headed "name — time" (the first is the post's);
    with the comment over it and the bar of reactions before them."""
    chrome = [_chrome(text) for text in lines]
    marks = [at for at, text in enumerate(lines) if _starts(text, chrome[at])]
    for at, text in enumerate(lines):
        if not chrome[at] or _CLOCK_LIKE_RE.search(text) or _bar(text):
            continue
        # The next lines with words: a blank line may part the bar from the comments
        # ("👍 42 🦋 17" / "" / "🧵 QA — questions · 14 replies" / "" / "kim — Today at …").
        following = list(itertools.islice((t for t in lines[at + 1 :] if t.strip()), _BAR_REACH))
        if any(_header(t) for t in following):  # (a subject heading names no one: "")
            # "👍 14 ❤️ 6 🔥 2" under a post, then «Ольга кв. 217, [11.04.2024 9:20]»: the
            # reactions end the post, the comments follow.
            marks.append(at)
            break
    posted = [at for at, text in enumerate(lines) if chrome[at] and _posted(text)]
    if len(posted) >= _CHAT_HEADERS:
        # A forum topic whose posts are headed by their author's name, card and «Отправлено …»
        # (no post numbers): the first post is the topic's, the second starts the replies.
        top = posted[1]
        while (
            top > 0
            and posted[1] - top < _FIRST_COMMENT_LINES
            and (chrome[top - 1] or _name_like(lines[top - 1]))
        ):
            top -= 1
        marks.append(top)
    headed = [at for at, text in enumerate(lines) if _reply_heading(text)]
    if len(headed) >= _REPLY_HEADINGS:
        # A forum topic whose replies are headed by their subject, «RE: <topic> 2 мес. назад
        # #18415»: the first reply starts the thread (the topic's own post is headed «ТЕМА: …»).
        marks.append(headed[0])
    chat = [
        at
        for at, text in enumerate(lines)
        if _chat_header(text) is not None or _sent_line(text) is not None
    ]
    if len(chat) >= _CHAT_HEADERS and (not marks or chat[_CHAT_HEADERS - 1] < min(marks)):
        # A chat pasted as it ran, each message under «Алексей, [12.03.2025 18:03]» (Telegram's
        # copy), with no post over it (or three messages before its reactions' bar): the
        # thread is the whole chat.
        return -1 - chat[0]  # a chat's start, told apart by its sign
    if not marks:
        return None
    start = min(marks)
    top = start
    while top > 0 and start - top < _FIRST_COMMENT_LINES and _plain(lines[top - 1]):
        top -= 1
    if top < start and (top == 0 or not _plain(lines[top - 1])):
        first = lines[top].strip()
        if _name_like(first) or _header(first) is not None:
            start = top  # «Алина Смирнова» / «а с 16 лет берёте?» over «12 мая в 15:10 Ответить»
    while (start > 0 and not _plain(lines[start - 1])) or (start > 0 and _bar(lines[start - 1])):
        start -= 1
    return start


def _posted(text: str) -> bool:
    """A forum post's time under its author: «Отправлено 02 Октябрь 2024 - 10:14»."""
    folded = _fold(text)
    return _first_word(folded) in _vocabulary()["posted"] and (
        _CLOCK_LIKE_RE.search(folded) is not None or _STAMP_RE.search(folded) is not None
    )


def _plain(text: str) -> bool:
    """A line of somebody's words: neither blank, a rule nor chrome."""
    return bool(text.strip()) and not _RULE_RE.match(text.strip()) and not _chrome(text)


def _bar(text: str) -> bool:
    """A thread's own heading with a count: "🧵 mod app questions — 6 Messages ›"."""
    parts = _HEADER_SPLIT_RE.split(text.strip())
    return len(parts) > 1 and _chrome(parts[-1]) and len(_words(text)) <= _BAR_WORDS


def _quote_lead(text: str) -> tuple[bool, str]:
    """«Цитата (vitek48)», «В ответ на: А студентов берёте?…», «Gennadiy_Tmn сказал(а): ↑»: whether
    the line opens a quote, and the quoted words it holds itself."""
    vocab = _vocabulary()
    folded = _fold(text)
    for lead in vocab["quote_leads"]:
        if folded.startswith(lead):
            rest = text.strip()[len(lead) :].lstrip(" :")
            if rest.startswith("("):
                # «Цитата(Ванёк_NSK) А с женой вдвоём можно?»: the member's name in brackets,
                # then the words quoted, if the line goes on.
                return True, rest.partition(")")[2].strip()
            if re.match(r"^сообщение от\b", _fold(rest)):
                return True, ""
            return True, rest
    bare = folded.rstrip(" ↑:*")  # (in bold too: «> **tolyan_mtz писал(а):**»)
    if any(bare.endswith(end) for end in vocab["quote_ends"]) and len(bare.split()) <= 4:
        return True, ""
    head, colon, rest = text.strip().partition(":")
    head = _fold(head)
    if (
        colon
        and _LETTERS_RE.search(rest)
        and len(head.split()) <= 4
        and any(head.endswith(f" {end}") for end in vocab["quote_ends"])
    ):
        return True, rest.strip()  # «Serega_Kineshma пишет: а с семьей туда можно?»
    return False, ""


def _poster_names(lines: list[str]) -> list[set[str]]:
    """The words of the lines that name the post's author: its first short lines (a page's name,
    a forum member's, a speaker's)."""
    names: list[set[str]] = []
    for text in [t for t in lines if t.strip()][:_POSTER_LINES]:
        if len(text.split()) <= _POSTER_LINE_WORDS:
            words = {w for w in _words(text) if len(w) > 1}
            if words:
                names.append(words)
    return names


def _is_poster(
    comment: _Comment, posters: list[set[str]], brand: frozenset[str] = frozenset()
) -> bool:
    words = _name_words(comment.name)
    stems = {_stem(w) for w in words}
    return comment.marked or (
        bool(words)
        and (
            any(words <= names or stems <= names for names in posters)
            or not brand.isdisjoint(stems)
        )
    )


def _name_words(name: str) -> set[str]:
    """A commenter's name's words, without the card in brackets after it: «Ринат_ВолгаТЭК
    (Перевозчик, ATI-код 4471902, Самара)» signs «Ринат_ВолгаТЭК»'s posts."""
    bare = re.sub(r"\([^()]*\)", " ", name)
    return {w for w in _words(bare if _LETTERS_RE.search(bare) else name) if len(w) > 1}


_BRAND_RE = re.compile(r"[«\"“]([^«»\"“”]+)[»\"”]")


def _brand(company: str) -> frozenset[str]:
    """The stems of the name in quotes of the employer («Корзинка Экспресс» of «ООО «Корзинка
    Экспресс»»): a chat member whose name holds one of them speaks for it («Корзинка | Работа»,
    «Анастасия | HR Корзинки»). A company with no name in quotes has none: its words may be
    anyone's («кафе», «магазин»)."""
    quoted = " ".join(_BRAND_RE.findall(company))
    return frozenset(_stem(w) for w in _words(quoted) if len(w) > 2)


def _stem(word: str) -> str:
    """A name's word without its ending: «Пекарня» and «пекарню» are one."""
    return word[:_STEM] if len(word) > _STEM + 1 else word


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def cut_thread(
    lines: list[str],
    ends: Callable[[list[str]], Iterable[int]] | None = None,
    company: str | None = None,
) -> tuple[list[str], list[Reply]]:
    """The body's lines with its comment thread blanked out, and the post's author's replies in
    it. ``ends`` finds the lines that end a thread (a list of other jobs after it); it is asked
    only of a body that has a thread. ``company`` is the employer's name: a comment signed with
    it is the employer's («Колосок Пекарня» under a post about «пекарню «Колосок»»), whoever
    posted. A body with no thread is returned as it is."""
    start = _thread_start(lines)
    if start is None:
        return lines, []
    if start < 0:
        return _cut_chat(lines, -1 - start, company)
    stops = sorted(ends(lines)) if ends is not None else []
    stops = sorted([*stops, *(at for at, text in enumerate(lines) if _DIVIDER_RE.match(text))])
    end = next((at for at in stops if at > start), len(lines))
    comments = _comments(lines, start, end, _poster_lines(lines[:start]))
    if not comments:
        return lines, []
    if end < len(lines) and _DIVIDER_RE.match(lines[end]) and _publishes(lines[end]):
        # «Комментарии (3)» of an ATS export above «---- Текст вакансии для публикации ----»:
        # the recruiters' notes on the record, not replies under a post — nobody's word to a
        # candidate.
        kept = list(lines)
        kept[start:end] = [""] * (end - start)
        return kept, []
    posters = _poster_names(lines[:start])
    if company:
        posters.append({_stem(w) for w in _words(company) if len(w) > 1})
    subjects = _vocabulary()["subjects"]
    topic = [
        at
        for at in range(start)
        if _first_word(_fold(lines[at])) in subjects and _header(lines[at]) == ""
    ]
    cards = [_member_card(lines, at) for at in topic]
    # The topic's own post, headed «ТЕМА: <topic> …» over its author's card: who answers.
    posters.extend(_name_words(name) for name, _ in cards if name)
    # A forum topic's own posts, numbered before the thread («**#1 Zarechnoe_KFH** · …»): who
    # wrote them answers the replies.
    posters.extend(
        _name_words(numbered["name"])
        for text in lines[:start]
        if (numbered := _NUMBERED_POST_RE.match(text.strip())) is not None
    )
    # A member the post names in full («Posted by: skipper_tern | Views: 1,882») is its author.
    named = _named_people(lines[:start])
    posters.extend(_name_words(c.name) for c in comments if _is_named(c, named))
    if _opens_topic(lines[:start], comments[0]):
        # A forum topic pasted from its breadcrumb and title: its first post is the vacancy,
        # and who wrote it answers the replies («Ринат_ВолгаТЭК (Перевозчик, Самара)»).
        posters.append(_name_words(comments[0].name))
    if not any(_is_poster(c, posters) for c in comments):
        # No name of the post's author heads a comment (a chat whose post has none): the
        # replies nested under another or quoting it are the author's.
        posters = [
            {w for w in _words(c.name) if len(w) > 1}
            for at, c in enumerate(comments)
            if (c.quoted or (at and c.indent > comments[at - 1].indent)) and _words(c.name)
        ]
    replies: list[Reply] = []
    for at, comment in enumerate(comments):
        if not comment.text or not _is_poster(comment, posters):
            continue
        asked = " ".join(comment.quoted)
        # The others' comments since the author's last, nearest first: the one answered is the
        # nearest that asks, past a neighbour's remark under it.
        if not asked and _first_word(_fold(comment.text[0])) in _vocabulary()["bumps"]:
            answered = []  # «АП. Вакансия актуальна. …» lifts the topic, answering no one
        else:
            answered = _answered(
                comments[:at], lambda c: not _is_poster(c, posters), lambda c: " ".join(c.text)
            )
        before = answered[0] if answered else None
        if not asked:
            # «@Гость_Пыховка В отделе кадров нам уточнили: …» two comments below the one it
            # answers: the name it opens with says whose words it answers.
            before = _mentioned(comment, comments[:at]) or before
        if not asked and before is not None and not _is_poster(before, posters):
            answered = answered if before in answered else [before]
            asked = " ".join(t for c in answered for t in c.text)
        if asked:
            replies.append(Reply(asked=asked, said=" ".join(comment.text), line=comment.line))
            continue
        # The author's own later post («UP! вакансия актуальна. Добавлю: …») answers no one:
        # its lines are the posting's, each read alone, as the post's own are.
        replies.extend(
            Reply(asked="", said=text, line=comment.line + number)
            for number, text in enumerate(comment.text)
        )
    kept = list(lines)
    if not replies:
        # No comment is the author's: the thread is left as it is (its lines that ask hand
        # their words to the lines under them, as in any ad), but for its chrome — «вчера в
        # 21:17 Ответить» is nobody's word, whoever wrote the comments, nor is a comment's
        # heading («**Редакция**, 24.06.2026 14:10»), which would take the words of the
        # comment over it as a question's answer.
        for at in range(start, end):
            if _chrome(lines[at]) or _header(lines[at]) is not None:
                kept[at] = ""
        return kept, []
    for at in range(start, end):
        kept[at] = ""
    for at in range(start):
        if _chrome(lines[at]) or _header(lines[at]) is not None:
            kept[at] = ""  # the post's own time and its author's card
    for at, (_, card) in zip(topic, cards, strict=True):
        kept[at:card] = [""] * (card - at)  # «ТЕМА: …» over «• Унжа_ООиР», «• Постоялец»
    return kept, replies


# A reply's mark, its author in bold, a role in brackets and the words on one line: «↳ **Эвакуатор
# 48** Игорь, только С», «> ↪ **Чернила и Сталь** (админ): Да, гостевой спот есть».
# The colon may stand inside the bold («↳ **Кузница «Горн и Молот»:** Денис, …»), and the words
# may be on the lines under it («↳ **ОБЛАКО lounge** (админ)» / «Конечно! …»).
_MARKED_REPLY_RE = re.compile(
    r"^(?:>[>\s]*)?[↳↪⤷└]\s*\*\*(?P<name>[^*]{1,60}?)\s*:?\*\*(?:\s*\([^()]{1,30}\))?\s*[:,]?"
    r"(?:\s+(?P<text>[^\s*].*))?$"
)
# «**Денис Корнилов:** а сколько в итоге выходит?»: a commenter's name in bold with its colon.
_BOLD_INLINE_RE = re.compile(r"^\*\*(?P<name>[^:?!*\n]{1,60}?):\*\*\s+(?P<text>\S.*)$")
_MENTION_RE = re.compile(r"^@([^\W\d][\w.]*)")
_MARK_SEPARATORS = " ·|—–-•"  # what sets an author's mark apart from the name before it
# A quote block's line that opens with a name in bold and goes on with the words said.
_SIGNED_QUOTE_RE = re.compile(r"^>[>\s]*\*\*(?P<name>[^*]{1,60})\*\*\s+(?P<text>[^\s*].*)$")


def _mentioned(comment: _Comment, before: list[_Comment]) -> _Comment | None:
    """The latest comment above by the one a reply opens by naming («@Лидия …»), if any."""
    mention = _MENTION_RE.match(comment.text[0]) if comment.text else None
    words = {w for w in _words(mention[1]) if len(w) > 1} if mention else set()
    if not words:
        return None
    return next((c for c in reversed(before) if words <= _name_words(c.name)), None)


def _opens_topic(before: list[str], first: _Comment) -> bool:
    """Whether the thread's first comment is the post itself: nothing over the thread says
    more than a title would, and the comment says what a vacancy does."""
    said = sum(len(t.split()) for t in first.text)
    return said >= _POST_WORDS and said > sum(len(t.split()) for t in before)


def _publishes(rule: str) -> bool:
    """Whether a captioned rule says the text under it is what gets published."""
    folded = _fold(rule)
    return any(words in folded for words in _vocabulary()["published"])


# «Ирина Валеева (кв. 112, корп. 3)  09:14», "Dave R.  7:42 PM": a sender, a gap, the time sent.
_SENT_AT_RE = re.compile(
    r"^(?P<name>\S.{0,59}?)(?P<gap>\s{2,}|\t|\s)(?:\d{1,2}:\d{2}(?:\s?[ap]\.?m\.?)?)\s*$", re.I
)
# With one space before the time («Мама Кирилла 09:20», «Татьяна Викторовна (директор) 09:14»)
# the sender is a name: capitalised words, the last perhaps an initial, a role in brackets.
_SPACED_NAME_RE = re.compile(
    r"^[A-ZА-ЯЁ][\w-]*\.?(?: [A-ZА-ЯЁ][\w-]*\.?){0,2}(?: \([^()]{1,40}\))?$"
)


# «[09.10 19:47] Игорь кв. 45: Так субботы …», "12.03.25, 18:03 - Alex: …": a chat's export
# (WhatsApp, Telegram) gives each message one line — the day and time sent, the sender, a colon,
# the words. A day must be in the stamp: a transcript's timecode «[00:01:10] TOMASZ:» is no chat.
_SENT_LINE_RE = re.compile(
    r"^\s*\[?\d{1,2}[./]\d{1,2}(?:[./]\d{2,4})?,?\s+\d{1,2}:\d{2}(?::\d{2})?\]?\s*(?:[-–—]\s*)?"
    r"(?P<name>[^\W\d_][^:\n]{0,59}?):\s+(?P<text>\S.*)$"
)


def _sent_line(text: str) -> tuple[str, str] | None:
    """A chat export's message on its own line: its sender and its words."""
    sent = _SENT_LINE_RE.match(text)
    if sent is None or len(sent["name"].split()) > _NAME_WORDS:
        return None
    return sent["name"].strip(), sent["text"].strip()


def _chat_header(text: str) -> str | None:
    """The sender of a chat's message or a thread's post: «Алексей, [12.03.2025 18:03]»
    (Telegram's copy), "Maya Okafor @mayabuilds · Mar 4" (X), «Марина К.  09:23» (a name, a
    gap and the time, as a chat app shows it)."""
    if ", [" in text or " · " in text or (":" in text and _DAY_SENT_RE.search(text)):
        return _header(text)
    sent = _SENT_AT_RE.match(text.strip()) if ":" in text else None
    if sent is None:
        return None
    name = sent["name"].strip()
    if sent["gap"] == " " and _SPACED_NAME_RE.match(name) is None:
        return None
    if (
        not _LETTERS_RE.search(name)
        or len(name.split()) > _NAME_WORDS
        or name.endswith(("?", "!", ":", ",", ";"))
        or (name.endswith(".") and re.search(r"(?:^|\s)\w\.$", name) is None)
    ):
        return None
    return name


def _cut_chat(lines: list[str], start: int, company: str | None) -> tuple[list[str], list[Reply]]:
    """A chat pasted as it ran (a candidate's talk with a hiring bot, a group chat): the
    employer's messages stay where they are, as the post's lines — a bot's answer is a list as
    much as any ad's — while the headers and the other members' messages are blanked; a short
    message of the employer's right after another member's is a reply to it, read with it
    («а из Краснодара на выходные можно?» → «нужен только полный график 2/2»). The employer is
    who sent the chat's first message when nothing stands over it, who is signed with the
    company's name, or the person the post above names in full («Обращаться: председатель ТСЖ
    Ольга Викторовна» signs «Ольга Викторовна (председатель ТСЖ)»). A chat exported a message a
    line («[09.10 19:34] Ольга Викторовна: выплата 5 и 20 числа») keeps the employer's words
    without the stamp and the name. A chat where nobody is the employer is left as it is."""
    posters = _poster_names(lines[:start])
    named = _named_people(lines[:start])
    brand = frozenset[str]()
    if company:
        posters.append({_stem(w) for w in _words(company) if len(w) > 1})
        brand = _brand(company)
    if not any(t.strip() for t in lines[:start]):
        posters.append({w for w in _words(_header(lines[start]) or "") if len(w) > 1})
    elif posters:
        # The post's author named over two lines (a name, then an account: "Maya Okafor",
        # "@mayabuilds") signs each message with both.
        posters.append(set().union(*posters[:_NAME_LINES]))
    messages: list[tuple[bool, list[int]]] = []  # (the employer's, its lines of text)
    senders: list[str] = []
    quotes: set[int] = set()
    inline: dict[int, str] = {}  # a message's line that holds its stamp and sender: its words
    for at in range(start, len(lines)):
        text = lines[at]
        sent = _sent_line(text)
        name = _chat_header(text) if sent is None else sent[0]
        if name is not None:
            if sent is not None:
                inline[at] = sent[1]
            comment = _Comment(name, 0, at)
            employer = _is_poster(comment, posters, brand) or _is_named(comment, named)
            messages.append((employer, [at] if sent is not None else []))
            senders.append(_fold(name))
        elif text.strip() and messages:
            if _quote_lead(text)[0] or _chrome(text):
                # "Replying to @devon_writes": whom it answers, not its words; «(изменено)»
                quotes.add(at)
            else:
                messages[-1][1].append(at)
    if not any(employer for employer, _ in messages):
        # Nobody is signed as the employer (a house chat under its title and pinned rules):
        # who opened the talk and sent more messages than anyone else answers the others.
        counts = Counter(senders)
        ranked = counts.most_common(2)
        if len(ranked) < 2 or ranked[0][0] != senders[0] or ranked[0][1] <= ranked[1][1]:
            return lines, []
        messages = [
            (who == senders[0], said) for who, (_, said) in zip(senders, messages, strict=True)
        ]
    kept = list(lines)
    for at in range(start):
        if _chrome(lines[at]):
            kept[at] = ""  # the ad's number, time and views: «№ 40… · 2 декабря в 07:14»
    for at in range(start, len(lines)):
        if at in inline:
            kept[at] = inline[at]
        elif at in quotes or _chat_header(lines[at]) is not None:
            kept[at] = ""
    replies: list[Reply] = []
    for number, (employer, said) in enumerate(messages):
        if not employer:
            for at in said:
                kept[at] = ""
            continue
        answered = _answered(
            messages[:number],
            lambda m: not m[0],
            lambda m: " ".join(inline.get(at, lines[at]) for at in m[1]),
        )
        asked = [at for m in answered for at in m[1]]
        if (
            said
            and any(_LETTERS_RE.search(inline.get(at, lines[at])) for at in asked)
            and not messages[number - 1][0]
            and len(said) <= _REPLY_LINES
        ):
            replies.append(
                Reply(
                    asked=" ".join(inline.get(at, lines[at]).strip() for at in asked),
                    said=" ".join(inline.get(at, lines[at]).strip() for at in said),
                    line=said[0],
                )
            )
            for at in said:
                kept[at] = ""
    return kept, replies


def _answered(
    before: list[_T], other: Callable[[_T], bool], said: Callable[[_T], str]
) -> list[_T]:
    """Of the others' messages since the employer's last (``before`` up to the reply), those a
    reply answers, in their order: from the nearest that asks, a few messages up at most, down
    to the reply, with a neighbour's remark under the question («А снег с крыши тоже он будет
    скидывать??» / «Конечно он, Михалыч всегда лазил» / «Нет, крышу чистят …»); the one right
    above if none asks."""
    others = list(itertools.islice(itertools.takewhile(other, reversed(before)), _ASK_REACH))
    asking = next((at for at, m in enumerate(others) if _asks(said(m))), 0)
    return others[asking::-1]


def _asks(text: str) -> bool:
    """Whether a message asks: a «?», a question word («нужна ли», «сколько»), or an opening
    that asks ("is the pairing session in Go …")."""
    vocab, words = _vocabulary(), _words(text)
    return (
        "?" in text
        or not vocab["asking"].isdisjoint(words)
        or (bool(words) and words[0] in vocab["opening"])
    )


def _named_people(lines: list[str]) -> list[set[str]]:
    """The stems of each line of the post: a sender whose name of two words or more one line
    holds is the person the post names — its contact."""
    return [{_stem(w) for w in _words(text)} for text in lines if text.strip()]


def _is_named(comment: _Comment, named: list[set[str]]) -> bool:
    stems = {_stem(w) for w in _name_words(comment.name)}
    return len(stems) >= _PERSON_WORDS and any(stems <= words for words in named)


def _poster_lines(lines: list[str]) -> frozenset[str]:
    """The post's first short lines as they are written, folded: one of them alone on a line
    in the thread is the page's name over its reply («Студенческий офис ТГУ | Внеучебка»), even
    with words in lower case no commenter's name has."""
    shown = [t.strip() for t in lines if t.strip()][:_POSTER_LINES]
    return frozenset(_fold(t) for t in shown if len(t.split()) <= _POSTER_LINE_WORDS)


def _comments(
    lines: list[str], start: int, end: int, posters: frozenset[str] = frozenset()
) -> list[_Comment]:
    """The comments between ``start`` and ``end``: a name (on its own line, before the text
    after a colon, or heading a line of chrome; or one of the post's own first lines,
    ``posters``), then its text up to the next chrome, blank line or change of indent; a quote
    of another's comment is kept apart."""
    comments: list[_Comment] = []
    current: _Comment | None = None
    quoting = False

    def close() -> None:
        nonlocal current
        if current is not None and (current.text or current.quoted):
            comments.append(current)
        current = None

    card = start  # the line after the member's card under the latest post's heading
    for at in range(start, end):
        raw = lines[at]
        text = raw.strip()
        if at < card:
            continue
        numbered = _NUMBERED_POST_RE.match(text)
        if numbered is not None and _name_like(numbered["name"]):
            # «**#3 Zarechnoe_KFH**» / «Отправлено: 26 фев 2024, 20:40» / "" / the post's words:
            # the author's name heads them past the time, the card and the blank line.
            close()
            card = next((n for n in range(at + 1, end) if _plain(lines[n])), end)
            current = _Comment(numbered["name"], _indent(raw), card, numbered=True)
            continue
        if current is not None and current.numbered and not text:
            continue
        if not text and current is not None and not current.text and not current.quoted:
            if current.name and at > start and _posted(lines[at - 1]):
                # «**Gena71**» / «Добавлено: 15.10.2025, 12:40» / "" / the post's words: the
                # author's name and time head them past the blank line.
                continue
            current = None  # a short line alone is no name: «Подняла 🔝» said all
        if (
            not text
            or _RULE_RE.match(text)
            or _chrome(text)
            or (current is not None and current.numbered and not _LETTERS_RE.search(text))
        ):
            if current is not None and current.text:
                close()
            quoting = False
            continue
        indent = _indent(raw)
        marked = _MARKED_REPLY_RE.match(text)
        if marked is not None and _signed_name(marked["name"]):
            # «↳ **Эвакуатор 48** Игорь, только С, прицепы не таскаем», «> ↪ **Чернила и Сталь**
            # (админ): Да, гостевой спот есть»: the reply's mark, its author in bold and its
            # words on one line under the comment it answers — a reply, not a quote of one.
            close()
            said = marked["text"]
            if said is None or _marked(said.strip(_MARK_SEPARATORS)):
                # "↳ **Kate Halvorsen** · Author": the reply's author and the mark that she wrote
                # the post, her words on the lines under it — the mark is none of them; «↳
                # **ОБЛАКО lounge** (админ)» alone: its words are on the lines under it too.
                author = said is not None
                current = _Comment(marked["name"].strip(), indent, at, marked=author, nested=True)
                continue
            current = _Comment(marked["name"].strip(), indent, at, [marked["text"]], nested=True)
            continue
        if text[0] in _REPLY_MARKS and (_name_like(text[1:]) or _of_poster(text[1:], posters)):
            # «↳ Зерно и Пена | кофейни СПб» under a comment: who answers it, on the next lines;
            # «↪ Карамель | Праздники для детей» under the channel's «Карамель | Праздники для
            # детей 🎈 Екатеринбург»: the page's name, shorter than the post shows it.
            close()
            current = _Comment(text[1:].strip(), indent, at)
            continue
        name = _header(text)
        replier = None if name is not None else _replier(text)
        if name == "":
            # «RE: <topic> 2 мес. назад #18415»: the author is on the card under it, and the
            # post's words follow the card past a blank line.
            close()
            name, card = _member_card(lines, at)
            current = _Comment(name, _indent(raw), card)
            continue
        if name is not None or replier is not None:
            close()
            nested = replier is not None and text.startswith(">")
            current = _Comment(
                name or replier or "", indent, at, marked=_has_mark(text), nested=nested
            )
            continue
        if (
            text.startswith(">")
            and current is not None
            and current.text
            and not current.nested
            and _name_like(text.lstrip("> "))
        ):
            # «**Дарья**» / «а девушкам можно?» / «> **Караоке-бар «Микрофон»**» / «> Дарья,
            # конечно можно!»: a name quoted under a comment's own words heads the reply nested
            # under it (a forum's quote of the words answered comes before the answer).
            close()
            current = _Comment(text.lstrip("> ").strip(), indent, at, nested=True)
            continue
        signed = _SIGNED_QUOTE_RE.match(text)
        if signed is not None and _name_like(signed["name"]):
            # «> **ЭкоТранс-Приволжье** Сергей, добрый день! Вахты у нас нет…»: the name in bold
            # and the reply on one line of a quote block (VK copied with its reply folded in).
            close()
            current = _Comment(signed["name"].strip(), indent, at, [signed["text"]], nested=True)
            continue
        if text.startswith(">") and current is not None and current.nested:
            text = text.lstrip("> ")
        elif text.startswith(">") and current is not None:
            # a forum's quote of the words answered, without its lead («> Цитата(Lena_Tomsk) …»)
            lead, held = _quote_lead(text.lstrip("> "))
            if not lead and current.text and not current.quoted:
                # «**Игорь:** а пиксельарт подойдёт?» / «> в этот раз нет, …»: a quote block
                # under a comment's own words, with no lead, is a reply nested under it — not
                # the words it answers, which would make the comment an answer to its reply.
                close()
                current = _Comment("", indent, at, [text.lstrip("> ")], nested=True)
                continue
            current.quoted.append(held if lead else text.lstrip("> "))
            continue
        lead, held = _quote_lead(text)
        if lead and current is not None:
            if held:
                current.quoted.append(held)
            else:
                quoting = True
            continue
        if quoting and current is not None:
            current.quoted.append(text)
            quoting = False
            continue
        inline = _INLINE_RE.match(text) or _BOLD_INLINE_RE.match(text)
        # Under a name alone on its line, "Update: interviews this Thursday …" is that name's
        # text, not a comment of someone called "Update".
        named = current is not None and (
            (bool(current.name) and not current.text) or current.numbered
        )
        if inline is not None and not named and _inline_name(_bare_name(inline["name"])):
            close()
            who = inline["name"]
            current = _Comment(
                _bare_name(who), indent, at, [inline["text"]], marked=_has_mark(who)
            )
            continue
        handle = _HANDLE_RE.match(text)
        if handle is not None and not (current is not None and current.numbered):
            close()
            current = _Comment(handle["name"], indent, at, [handle["text"]])
            continue
        if current is not None and current.text and indent != current.indent:
            close()
        elif current is not None and current.text and _page_name(text, posters):
            # «Полина Миронова» / «а на ночь дежурства есть?» / «ДОЛ «Сосновый Бор»» /
            # «Полина, ночные дежурства …»: the page's name under a comment, nothing between,
            # heads its reply.
            close()
            current = _Comment(text, indent, at)
            continue
        if current is None:
            if _name_like(text) or _fold(text) in posters or _page_name(text, posters):
                current = _Comment(text, indent, at)
            else:
                current = _Comment("", indent, at, [text])
            continue
        if not current.text:
            current.indent = indent
            current.line = at
        current.text.append(text)
    close()
    return comments


def _page_name(text: str, posters: frozenset[str]) -> bool:
    """Whether a line alone is the page's name, shorter than the post shows it: «Детский центр
    «Солнечный остров»» under «Детский центр «Солнечный остров» | Логопед • Дефектолог |
    Новосибирск» — two words or more, each on one of the post's first lines, saying nothing."""
    bare = text.strip()
    return (
        len(_words(bare)) >= _PERSON_WORDS
        and len(bare) <= _NAME_CHARS
        and not bare.endswith(("?", "!", ":", ",", "."))
        and _of_poster(bare, posters)
    )


def _of_poster(text: str, posters: frozenset[str]) -> bool:
    """Whether every word of ``text`` is on one of the post's first lines (``posters``)."""
    words = set(_words(text))
    return bool(words) and any(words <= set(_words(line)) for line in posters)


def _bare_name(name: str) -> str:
    """«Марина, 05.04.2025» → «Марина»; «Заказчик Алексей» keeps its words."""
    return re.split(r",\s*(?=\d)", name, maxsplit=1)[0].strip()


def _has_mark(text: str) -> bool:
    folded = _fold(text)
    return any(
        re.search(rf"(?:^|[\s·|—(*]){re.escape(m)}(?:$|[\s·|):*])", folded)
        for m in _vocabulary()["marks"]
    )
