"""The HR-domain lexicon: topics, question intents and stop words, read from ``lexicon.yaml``.

Terms in the YAML file are written as people write them; they are compiled through the same
:class:`TextAnalyzer` as postings and questions, so "платят" in the file
matches "платить" anywhere.
"""

from __future__ import annotations

import re
import re._casefix as sre_casefix
import re._constants as sre_constants
import re._parser as sre_parse
from collections import defaultdict
from collections.abc import Iterable, Mapping, Set
from dataclasses import dataclass, field
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml

from bot.answering.spelling import Vocabulary
from bot.answering.text import Analyzed, TextAnalyzer, normalize, token_spans
from bot.postings.models import SectionKind

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML has it (four times faster: this runs at start-up)."""
MAX_PHRASE_GAP = 2  # frame words a question may put between a phrase's words
SHOWN_CACHE_SIZE = 50_000  # line texts whose ``Intent.shown_in`` one intent remembers


@dataclass(frozen=True)
class Topic:
    """A subject candidates ask about.

    ``weak`` topics (the office, the company, a section as a whole) only give context: a question
    that is about a weak topic and also about a strong one is answered only if the strong one is
    covered. ``section``: items of sections of that kind are about this topic whatever their words.
    ``perk``: something the employer gives (pay, leave, insurance...): a duties or requirements
    line that mentions it ("расчёт зарплаты", "mentor juniors") is not about it.
    ``facts``: front-matter fields whose fact line is about this topic. ``smalltalk``: a question
    about nothing else is not a question about the posting; a ``world`` one (the weather, the
    news, a film to watch) is none whatever else it names ("hows the weather in kansas city").
    ``fallback``: the topic a question
    is about instead when the posting never covers this one ("из Узбекистана можно?" asks about
    working from abroad, or else about citizenship). ``distinct``: the terms name different
    things (tools); a question naming only ones the posting never mentions, and no ``generic``
    word, is not about what the posting covers.
    """

    name: str
    weak: bool = False
    smalltalk: bool = False
    world: bool = False
    section: SectionKind | None = None
    facts: tuple[str, ...] = ()
    prefers: tuple[str, ...] = ()
    # The evidence of the topic's own answer, beyond any figure it prefers (the schedule's
    # rotation or hours, «4/4 с 8:00 до 16:00»): a line showing it ranks above one with only a
    # figure, and a field row showing none («График работы: Сменный») yields to it.
    specific: tuple[str, ...] = ()
    # Evidence a line must show to answer a bare question on the topic ("какая зарплата?" is not
    # answered by "белая зарплата"): intent names.
    needs: tuple[str, ...] = ()
    perk: bool = False
    unless: tuple[re.Pattern[str], ...] = ()
    # Patterns over a question that show its words do not ask about the topic ("я на 2 курсе"
    # is a year of study, not a course).
    unless_asked: tuple[re.Pattern[str], ...] = ()
    fallback: str | None = None
    distinct: bool = False
    # Measured in time (leave, experience, probation, age): "отпуск сколько?" asks for a length.
    timed: bool = False
    generic: frozenset[str] = frozenset()
    # The section kind whose lines answer it best when several lines are on the topic: what the
    # employer gives from the conditions, "без опыта?" from the requirements.
    side: SectionKind | None = None
    # A kind of another topic: what a line says of it it says of that one too (night pay is pay:
    # "£13.40 an hour for nights" gives a rate).
    within: str | None = None
    # What "when?" asks of it, when not a date or an hour: "когда зп?" asks how often pay comes
    # (twice a month, every Friday), which a shift's hours do not say.
    when: str | None = None
    # What only the candidate brings, never the employer's offer (the papers one is hired on):
    # a line on it says what is needed wherever it stands («Условия: … С собой: паспорт, СНИЛС»).
    brought: bool = False
    # What a line on it counts is what the question counts, whatever noun either names ("how
    # many accounts would i handle" — "Own a book of around 60 housing cooperatives").
    counts: bool = False


@dataclass(frozen=True)
class Intent:
    """What kind of answer a question word asks for: a number, a time, a place, a frequency."""

    name: str
    evidence: re.Pattern[str]
    default: str | None = None  # the topic a question with no subject asks about
    first: bool = False  # asks for a whole list: the first line of a section answers it
    # … only the first line of a section whose heading names a word of the question («Перечень
    # документов» for «какие документы нужны?»; not the first step of «Как устроиться?»)
    headed: bool = False
    # A line with a subject's own word answers a question on a subject the posting otherwise
    # never covers only when it shows this ("how much does it pay?" — "we pay on the 1st").
    must_show: bool = False
    # What it must show is unmistakable (a time of day, a percentage): when the best line lacks
    # it, a close runner-up that shows it is judged instead ("во сколько смены?" — not "5 shifts
    # a week" but "early 6:00–14:00"). An amount is not: any line has some number.
    seeks: bool = False
    # … only from a runner-up that names every word of the question's subject ("bartender
    # rate?" — "$18/hr for bartenders"; "whats the rate for a teaching assistant" is not
    # answered by another post's row of pay)
    seeks_named: bool = False
    # What shows it answers for the whole line, not only the clause of the detail asked: a
    # phone number for the person or office named beside it, before or after («Тел.: 8-921-555-
    # 40-17 (Ольга Николаевна, отдел кадров)»).
    whole_line: bool = False
    # Its default holds even when the question's other words name nothing the posting has:
    # "во сколько начало?" asks for the hours; "when it rains?" is no question about them.
    default_over: bool = False
    # Its figure answers only for the subject of its own part of the line: of "Ставка 2 200 ₽ за
    # смену + все чаевые ваши" the sum is the rate's ("paid?" is answered by any payment).
    owned: bool = False
    # It must be shown on its own, whatever else is asked with it: "how much do u get for a
    # sleep in" asks an amount, but "around two per month" counts the shifts, not the pay.
    alone: bool = False
    # It must be shown even when the question names no subject the lexicon knows: «новая аптека
    # когда открывается?» is not answered by «В связи с открытием новой аптеки … ищем
    # фармацевта», nor «школа вожатых платная?» by a line on the school that says nothing of pay.
    # (An amount always must: "скок заказов в день?" is not answered by "заказы каждый день".)
    unnamed: bool = False
    # Figures that do not show it unless the question names their unit: "every 6 months" is no
    # amount for "how much is the raise?", yet a length for "сколько месяцев испытательный?".
    not_by: re.Pattern[str] | None = None
    unless_named: frozenset[str] = frozenset()
    # … and words that ask a price ("how much does the course cost"): ``not_by`` holds even of a
    # thing measured in time, whose length is no price.
    priced_by: frozenset[str] = frozenset()
    # How often a thing comes is no amount even where the question names a unit of time («в
    # месяц сколько выходит» — «выплаты 2 раза в месяц»), unless it asks how many times.
    often_by: re.Pattern[str] | None = None
    often_unless: frozenset[str] = frozenset()
    # Figures that never show it: "paid vacation after 6 months" says when it begins, no amount.
    never_by: re.Pattern[str] | None = None
    # What answers it to the point ("где клиника?" — a street and a number, not the city the
    # network works in), unless the question names one of ``coarse`` ("в каком городе?").
    precise: re.Pattern[str] | None = None
    coarse: frozenset[str] = frozenset()
    # … and only when the question has one of ``precise_by`` («куда», "where"): "how do i apply"
    # is answered by the way in, «куда резюме кидать» by the address to send to.
    precise_by: frozenset[str] = frozenset()
    # Of the precise answers, the one a question naming ``street_asked`` wants ("адрес офиса
    # какой"): a street and its number, not a walk from the metro. Only a line with a figure in
    # it is searched (``Candidate.streets``): every form of it names the number.
    street: re.Pattern[str] | None = None
    street_asked: frozenset[str] = frozenset()
    # The kinds of premises a street may be the address of ("аптека", "офис"): a line naming only
    # others than the question names gives another place's street.
    premises: frozenset[str] = frozenset()
    # What a match of ``evidence`` holds, to skip the search in most lines (``_lowered_needs``).
    evidence_needs: re.Pattern[str] | None = field(default=None, repr=False, compare=False)
    # ``shown_in``'s answer per line text and the figures cut from it (``not_by``, ``often_by``):
    # a posting's lines are asked the same intents question after question, and the cuts are
    # three substitutions over the line each time. Cleared when full, like the token cache.
    shown: dict[tuple[str, bool, bool], bool] = field(
        default_factory=dict, repr=False, compare=False
    )

    def shows(self, raw: str) -> bool:
        """Whether a normalized text has this intent's evidence."""
        return _may_hold(self.evidence_needs, raw) and self.evidence.search(raw) is not None

    def wants_precise(self, named: frozenset[str], sequence: tuple[str, ...] = ()) -> bool:
        """Whether a question naming ``named`` (its keys in order: ``sequence``) wants this
        intent's precise answer."""
        return (
            self.precise is not None
            and named.isdisjoint(self.coarse)
            and (not self.precise_by or not self.precise_by.isdisjoint(sequence))
        )

    def wants_street(self, named: frozenset[str]) -> bool:
        """Whether a question naming ``named`` wants a street and its number."""
        return self.street is not None and not named.isdisjoint(self.street_asked)

    def street_of(self, named: frozenset[str], keys: frozenset[str]) -> bool:
        """Whether a line of ``keys`` giving a street gives that of the place a question naming
        ``named`` asks: not when the question names premises and the line names only others
        («Собеседование: в офисе на ул. Малышева, 51» to «где находятся аптеки?»)."""
        asked = named & self.premises
        return not asked or not asked.isdisjoint(keys) or self.premises.isdisjoint(keys)

    def shown_in(self, raw: str, named: frozenset[str], timed: bool = False) -> bool:
        """Whether a normalized line shows this intent to a question naming ``named`` (about
        something ``timed``, measured in time, or not)."""
        cut = (
            self.not_by is not None
            and (not timed or not named.isdisjoint(self.priced_by))
            and named.isdisjoint(self.unless_named)
        )
        often = self.often_by is not None and named.isdisjoint(self.often_unless)
        found = self.shown.get((raw, cut, often))
        if found is None:
            if len(self.shown) >= SHOWN_CACHE_SIZE:
                self.shown.clear()
            found = self.shown[raw, cut, often] = self._shown_cut(raw, cut, often)
        return found

    def _shown_cut(self, raw: str, cut: bool, often: bool) -> bool:
        """``shows`` of a normalized line less the figures that do not show this intent: the
        ``not_by`` ones when ``cut``, the ``often_by`` ones when ``often``, and ``never_by``."""
        if cut:
            assert self.not_by is not None
            raw = self.not_by.sub(" ", raw)
        if often:
            assert self.often_by is not None
            raw = self.often_by.sub(" ", raw)
        if self.never_by is not None:
            raw = self.never_by.sub(" ", raw)
        return self.shows(raw)


@dataclass(frozen=True)
class PayUnit:
    """A unit of time a sum of pay is counted in: «скока в час платят?» is not answered by
    «150 рублей за смену»."""

    asked: re.Pattern[str]  # a question asks a sum per it («в час», "hourly")
    said: re.Pattern[str]  # a line gives a sum per it («230 ₽/час», "$18/hr")
    named: re.Pattern[str]  # a line names it at all («ставка за час», "hourly")
    # a sum per it is always labelled so («230 ₽/час»): a sum a line gives with no unit
    # («от 38 000 до 52 000 руб.») is no sum per it
    labelled: bool = False


@dataclass(frozen=True)
class Situation:
    """What the candidate brings to the job that a line must speak to: «с ребенком можно жить в
    общежитии?» is not answered by «общежитие для иногородних», nor «я из Казахстана, возьмете?»
    by «паспорт, СНИЛС, ИНН»."""

    said: re.Pattern[str]  # how a question states it («с ребенком», «я из …», "bring my dog")
    speaks: re.Pattern[str]  # what a line that speaks to it has (its kind, a rule of who may)
    topics: frozenset[str] = frozenset()  # judged only when these are all the question asks
    # what in a line looks like speaking to it and is not: the age bound of a programme
    # («Молодым специалистам (до 35 лет …) – доплата») says nothing of whom they hire
    apart: re.Pattern[str] | None = None


@dataclass(frozen=True)
class Grammar:
    """Function words some question rules read, as keys (or raw tokens for ``first_person``)."""

    alternatives: frozenset[str] = frozenset()  # "windows или mac?": a line needs one of them
    # «одна работать буду или вдвоём»: a future auxiliary beside its infinitive before «или»
    auxiliaries: frozenset[str] = frozenset()
    first_person: tuple[tuple[str, ...], ...] = ()  # "я студентка, …": the candidate's situation
    # "never worked in a warehouse b4, …", «на чпу никогда не работал, …»: the candidate's past
    history: frozenset[str] = frozenset()
    history_frames: frozenset[str] = frozenset()  # "never … before": when, inside such a clause
    # «пятерочку где я работаю»: a question word opening a clause said of oneself asks nothing
    relative_self: frozenset[str] = frozenset()
    # "…, what about parental leave": a clause opening so asks its subject alone
    asks_alone: tuple[tuple[str, ...], ...] = ()
    without: frozenset[str] = frozenset()  # "без машины": named as lacking, not asked about
    lacked_after: frozenset[str] = frozenset()  # «машины нет»: the word before is lacked
    for_reason: frozenset[str] = frozenset()  # «доплата за ночные»: what extra pay, a fine is for
    # «праздник» / «праздничный»: a stem's last letter as it turns before a suffix
    stem_shifts: Mapping[str, str] = field(default_factory=dict)
    during: tuple[tuple[str, ...], ...] = ()  # "во время смены": the next word is context
    at_work: tuple[tuple[str, ...], ...] = ()  # «на смене»: its last word is context
    during_context: frozenset[str] = frozenset()  # topics "during X" names only as context
    after: tuple[tuple[str, ...], ...] = ()  # «после учебы»: the next word names when
    after_said: re.Pattern[str] = re.compile(r"(?!)")  # a line that speaks of an after
    # topics a first-person clause names only to say who asks ("im in india, …"), not to ask
    self_told: frozenset[str] = frozenset()
    gives: frozenset[str] = frozenset()  # "форму выдаёте?": the employer is asked to give it
    needs: frozenset[str] = frozenset()  # "какой английский нужен?": the candidate must bring it
    # "my swedish is basic, is that ok": whether one fits, which the requirements say.
    fits: frozenset[str] = frozenset()
    # "is medical aid compulsory": whether one must take a thing, not whether one must bring it.
    obliged: frozenset[str] = frozenset()
    # "do staff get free guest passes": a perk is asked, which a duty does not give.
    perk_asked: frozenset[str] = frozenset()
    # "ок, позвоню", "thanks, will apply": a message opening with these closes the talk.
    acknowledgements: tuple[tuple[str, ...], ...] = ()
    # Where a line's clauses part (a stop after an abbreviation is none), and where its parts
    # part for whose figure is whose: its clauses and the joins of two sums ("+", "плюс").
    clauses: re.Pattern[str] = re.compile(r"[,;]\s|\s[—–]\s|\.\s")
    parts: re.Pattern[str] = re.compile(r"[,;]\s|\s[—–]\s|\.\s|\s\+\s")
    added: re.Pattern[str] = re.compile(r"\s\+\s")  # the joins of two sums alone
    # Where a line's options part: "caravan park at $120 per week, or shared rooms".
    options: re.Pattern[str] = re.compile("(?!)")
    # "do you pay for my exam?", "за аренду кресла платить надо?": paying for a thing, not a
    # wage — the soft cues of pay name no topic there.
    pays_for: re.Pattern[str] = re.compile("(?!)")
    pays_for_shows: frozenset[str] = frozenset()  # intents such a question must see shown
    pays_for_words: frozenset[str] = frozenset()  # … and the words that ask it
    # «штрафы кто платит?», «за свой счёт?»: asks who pays — a requirement that says who does
    # («оплачивает водитель») answers it.
    who_pays: re.Pattern[str] = re.compile("(?!)")
    # "do i have to pay any agency fee", «аренду платить»: the candidate as the one who pays.
    self_pays: re.Pattern[str] = re.compile("(?!)")
    name_asked: re.Pattern[str] = re.compile("(?!)")  # "who is the hiring manager"
    rank: re.Pattern[str] = re.compile("(?!)")  # «старшим сборщиком»: a line must name a rank
    names_said: re.Pattern[str] = re.compile("(?!)")  # a name inside a line ("… with Sarah")
    # a table's column naming each row's post («Должность: Вахтёр общежития»)
    post_column: re.Pattern[str] = re.compile("(?!)")
    # "who is the actual client company" asks an organisation's name: a line must name one.
    org_asked: re.Pattern[str] = re.compile("(?!)")
    org_named: re.Pattern[str] = re.compile("(?!)")
    # "скидка на алкоголь тоже действует?": asks whether what the posting offers reaches further.
    also: re.Pattern[str] = re.compile("(?!)")
    # «летом тоже набор будет?»: the words before these name the case the offer should reach.
    also_case: frozenset[str] = frozenset()
    # «сколько мастеров?»: the noun after these is what is counted.
    counts: tuple[tuple[str, ...], ...] = ()
    counts_any: frozenset[str] = frozenset()  # "сколько человек": any figure of people counts
    counts_not: frozenset[str] = frozenset()  # intents whose questions count no noun
    counts_heads: frozenset[str] = frozenset()  # units that count people, not time or shares
    count_spans: re.Pattern[str] = re.compile("(?!)")  # «11–14 детей»: a span of a count
    origins: frozenset[str] = frozenset()  # «развозка из Люберец?»: the place after these
    origin_generic: frozenset[str] = frozenset()  # «от метро …»: the kind of place, not which
    routes: frozenset[str] = frozenset()  # «по маршруту Сокол — Кадников»: a line's way's ends
    counts_per: frozenset[str] = frozenset()  # "15-20 per day": a figure per a unit
    there: frozenset[str] = frozenset()  # «…, там есть?»: points back at the candidate's words
    # «если опоздаю …»: opens the condition a question states; it names nothing a line must say
    condition: frozenset[str] = frozenset()
    # «пока я учусь», "when i start": words opening a condition inside a clause, not at its start
    condition_inside: frozenset[str] = frozenset()
    # "im a contractor in germany how do i get paid": words that open the question after the
    # candidate's own clause typed without a comma
    asks_after_self: frozenset[str] = frozenset()
    # "if i work saturdays is it paid more": the verb that opens the question after the case
    condition_ends: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()  # "4 day week": what counts the figure before it
    # «Игорь, 41 год: «Перешёл со своей машины …»»: an employee's own words quoted on the page
    testimonial: re.Pattern[str] = re.compile("(?!)")
    defers: re.Pattern[str] = re.compile("(?!)")
    # «Поправка: в посте ошиблись, …»: the employer correcting its post in a reply
    corrects: re.Pattern[str] = re.compile("(?!)")
    # «Ирина, в посте же написано 35-55 …»: a reply sending the reader back to the post
    to_post: re.Pattern[str] = re.compile("(?!)")
    # "…every 2 weeks, which usually adds around $3-4/hr": a part opening with it is said of
    # the part before.
    relative: re.Pattern[str] = re.compile("(?!)")
    # "Never pay any money upfront for … uniforms": a warning against fraud, no terms of the job
    warning: re.Pattern[str] = re.compile("(?!)")
    # "we'll pay for the course": what the paying is for, named (group ``object``)
    paid_object: re.Pattern[str] = re.compile("(?!)")
    # "would i have to walk the dog": the deed asked of the candidate (group ``verb``)
    duty_asked: re.Pattern[str] = re.compile("(?!)")
    # "Duties include picking orders…": a sentence that opens by naming what it lists (group
    # ``head``, a section's name)
    lists_kind: re.Pattern[str] = re.compile("(?!)")
    duty_plain: frozenset[str] = frozenset()  # verbs that name no deed of their own
    # «Штрафов нет»: a clause that says there are no fines at all, whatever they would be for
    no_fines: re.Pattern[str] = re.compile("(?!)")
    # «скока платят за одно окно»: the piece of work a sum is asked per (group ``piece``)
    per_piece: re.Pattern[str] = re.compile("(?!)")
    # «скока платят за метр потолка»: a sum asked per a unit of work, and a sum a line gives
    # per one («150 р за м2»): a sum per a unit of time alone gives none per it
    per_work: re.Pattern[str] = re.compile("(?!)")
    work_said: re.Pattern[str] = re.compile("(?!)")
    # a sum and the piece of work it is paid per, named right after it («1 600 ₽ за групповое
    # занятие», "$2.80 per sheep"): the piece's word as ``piece``
    piece_said: re.Pattern[str] = re.compile("(?!)")
    # "how many weeks": a unit a question counts, as the words that name it and what else
    # shows it in a line («с 8:00 до 20:00» shows the hours a Russian question counts)
    counted_units: tuple[tuple[frozenset[str], re.Pattern[str]], ...] = ()
    # «стажировка оплачивается?»: topics of a period whose pay a line must speak of, the words
    # that ask it, a question of the cost instead («обучение платное?»), and what shows pay.
    paid_periods: frozenset[str] = frozenset()
    # … and of those, the periods of learning the job, whose pay is not the job's own
    learning_periods: frozenset[str] = frozenset()
    pay_words: frozenset[str] = frozenset()
    # the words that name the sum asked of a row, no item of it ("rams n hoggets rate?")
    rate_words: frozenset[str] = frozenset()
    paid_costs: re.Pattern[str] = re.compile("(?!)")
    paid_earned: re.Pattern[str] = re.compile("(?!)")
    paid_said: re.Pattern[str] = re.compile("(?!)")  # «оплачивается», "are paid": pay as a deed
    # «40% от стоимости каждого ремонта», «это 30% мастеру»: the pay as a share of the work
    share_paid: re.Pattern[str] = re.compile("(?!)")
    # «потом на полный день можно перейти?»: asks whether the job changes later, and what a line
    # that speaks of a change has.
    later: re.Pattern[str] = re.compile("(?!)")
    # «детские стрижки тоже на мне?»: asks whether a task is the candidate's.
    whose_duty: re.Pattern[str] = re.compile("(?!)")
    # «обед 13:00–14:00»: a break for a meal, no meal given.
    meal_breaks: re.Pattern[str] = re.compile("(?!)")
    # «столовка есть?»: a place to eat asked, which a break for a meal does not give.
    canteen_asked: re.Pattern[str] = re.compile("(?!)")
    housing_details: tuple[re.Pattern[str], ...] = ()
    # «холодильник в доме есть», «а если экзамен не сдам»: a detail or a case a question names
    # (its pattern) and what names it in a line.
    details: tuple[tuple[re.Pattern[str], re.Pattern[str]], ...] = ()
    # "Aged 18–20: £10.00 per hour": the ages a line states (groups `low`, `high`)
    age_bands: tuple[re.Pattern[str], ...] = ()
    # «питание предоставляется?» — «комната отдыха с микроволновкой»: means to eat, no meal.
    meals_asked: re.Pattern[str] = re.compile("(?!)")
    # «а обратно автобус везет?» — «служебный автобус утром в 5:30»: the way there only.
    return_asked: re.Pattern[str] = re.compile("(?!)")
    return_said: re.Pattern[str] = re.compile("(?!)")
    # «до работы такси оплатите?» — «такси домой после 02:00»: the way back only.
    there_asked: re.Pattern[str] = re.compile("(?!)")
    home_said: re.Pattern[str] = re.compile("(?!)")
    there_said: re.Pattern[str] = re.compile("(?!)")
    # «в приокском районе есть аптека?» — «38 аптек в городе и области»: the district named.
    district: re.Pattern[str] = re.compile("(?!)")
    # «в астане есть вакансия?» — «сеть из 14 точек … в Алматы и Астане»: no hiring said.
    hiring_asked: re.Pattern[str] = re.compile("(?!)")
    hiring: re.Pattern[str] = re.compile("(?!)")
    site_asked: re.Pattern[str] = re.compile("(?!)")
    # «а вторая клиника где» — «Красный проспект, 157»: the one the posting is about.
    another_asked: re.Pattern[str] = re.compile("(?!)")
    another_said: re.Pattern[str] = re.compile("(?!)")
    # «скока платят на 4 разряде» — «доход оператора 3 разряда от 70 000 ₽»: another grade.
    grade: re.Pattern[str] = re.compile("(?!)")
    # "how long does the hiring process take" — "Intro call (30 min) → writing exercise (2
    # hours)": a step's length, not the whole process's.
    process_span: re.Pattern[str] = re.compile("(?!)")
    step_said: re.Pattern[str] = re.compile("(?!)")
    # «своего ребенка к вам в школу можно устроить?» — the pupils the job is about.
    own_child: re.Pattern[str] = re.compile("(?!)")
    # «ужин будет или только обед?»: the member after «или только» is known, not asked
    known: re.Pattern[str] = re.compile("(?!)")
    # «сколько в среднем выходит с процентом» — «оклад 45 000 ₽ в месяц + 3%»: no total said.
    total_asked: re.Pattern[str] = re.compile("(?!)")
    # «комнаты на скольких», «по возрасту до скольки»: a number asked, no length or time of day.
    count_asked: re.Pattern[str] = re.compile("(?!)")
    # «сколько реально в месяц поднять можно» — «Хороший монтажник в сезон делает 150-180 тыс»:
    # what one really earns, said by what people typically make, not by the rate.
    actual_asked: re.Pattern[str] = re.compile("(?!)")
    actual_said: re.Pattern[str] = re.compile("(?!)")
    # «во сколько уроки заканчиваются» — «уроки с 8:00»: the start, no end said.
    end_asked: re.Pattern[str] = re.compile("(?!)")
    end_said: re.Pattern[str] = re.compile("(?!)")
    # «во скока начинаете и до скольки пашете» — «с 7:00 до 19:00»: both ends of the hours.
    hours_said: re.Pattern[str] = re.compile("(?!)")
    priced_row: re.Pattern[str] = re.compile("(?!)")
    # «на испытательном сколько платите» — «испытательный срок 2 месяца»: no sum paid.
    pay_asked: re.Pattern[str] = re.compile("(?!)")
    # «Сколько можно заработать», «Как приходят деньги»: a heading that asks without a mark.
    heading_asks: re.Pattern[str] = re.compile("(?!)")
    # «Сдельные расценки», "Election Day stipend": a heading or a column naming the pay.
    pay_heads: re.Pattern[str] = re.compile("(?!)")
    # "Caddie Fees": … when it names the posting's role too.
    role_pay_heads: re.Pattern[str] = re.compile("(?!)")
    no_pay_figures: re.Pattern[str] = re.compile("(?!)")
    # «2 через 2», typed as words, is the schedule a posting prints «2/2»
    ratio_typed: re.Pattern[str] = re.compile("(?!)")
    # "wat days do u work": a question word as a chat types it, read as written ("what")
    typed_words: Mapping[str, str] = field(default_factory=dict)
    typed_re: re.Pattern[str] = re.compile("(?!)")
    thousands_clipped: re.Pattern[str] = re.compile("(?!)")
    # «сколько платят» — «Стоимость — 150 руб/сутки, удерживается из заработка»: a charge.
    charge_said: re.Pattern[str] = re.compile("(?!)")
    # «а можно вахтой 30/30 ездить» — «вахта 60/30»: leave to work a value the line lacks.
    value_permission: re.Pattern[str] = re.compile("(?!)")
    value_replaced: re.Pattern[str] = re.compile("(?!)")  # «а не 2/2»: the value left
    # "can i just email my cv", «мне 16 возьмете?»: whether one may or must, which a line that
    # rules says («We do not accept CVs», «несовершеннолетних не берём»).
    leave_asked: re.Pattern[str] = re.compile("(?!)")
    lack_stated: re.Pattern[str] = re.compile("(?!)")
    lack_remedied: re.Pattern[str] = re.compile("(?!)")
    lack_met: re.Pattern[str] = re.compile("(?!)")  # remedied or waived
    # "when is payday" — "We pay every other Friday": the day pay comes, named.
    pay_day_named: re.Pattern[str] = re.compile("(?!)")
    rules_said: re.Pattern[str] = re.compile("(?!)")
    # «какой план по лидам» — «бонус … за выполнение плана по лидам»: no plan said.
    plan_asked: re.Pattern[str] = re.compile("(?!)")
    plan_said: re.Pattern[str] = re.compile("(?!)")
    refund_asked: re.Pattern[str] = re.compile("(?!)")
    combine_asked: re.Pattern[str] = re.compile("(?!)")
    combine_said: re.Pattern[str] = re.compile("(?!)")
    students_said: re.Pattern[str] = re.compile("(?!)")
    owned_asked: re.Pattern[str] = re.compile("(?!)")  # "company car", «служебная машина»
    # «костюм свой покупать или выдаете»: one's own or given, and what says which
    own_or_given: re.Pattern[str] = re.compile("(?!)")
    own_or_given_said: re.Pattern[str] = re.compile("(?!)")
    # «где арена и какой автобус»: where a second question of one message starts
    second_question: re.Pattern[str] = re.compile("(?!)")
    getting: frozenset[str] = frozenset()
    vehicle_home_asked: re.Pattern[str] = re.compile("(?!)")
    vehicle_home_said: re.Pattern[str] = re.compile("(?!)")
    part_time_said: re.Pattern[str] = re.compile("(?!)")
    refund_said: re.Pattern[str] = re.compile("(?!)")
    # «скидка сотрудникам на кальян есть»: what a discount asked is on (group 1), a line that
    # speaks of a discount, and a line's discount on all the employer sells.
    discount_objects: tuple[re.Pattern[str], ...] = ()
    discount_said: re.Pattern[str] = re.compile("(?!)")
    discount_whole: re.Pattern[str] = re.compile("(?!)")
    # «3200 это на руки?» — «Зарплата: от 3 200 до 4 500 ₽»: net or gross, not said.
    net_asked: re.Pattern[str] = re.compile("(?!)")
    net_said: re.Pattern[str] = re.compile("(?!)")
    # "when is payday" — "… 10% commission … (paid monthly)": a pay on top of the base one.
    extra_pay: re.Pattern[str] = re.compile("(?!)")
    # "a $1.00/hour differential": a sum named, right after it, as pay on top of the base pay.
    sum_named_extra: re.Pattern[str] = re.compile("(?!)")
    total_said: re.Pattern[str] = re.compile("(?!)")
    # "do you pay more for that", «больше платите?»: words comparing a pay with another.
    more: frozenset[str] = frozenset()
    # «много людей в день?», «загрузка большая?»: words asking how big a thing is.
    degree: frozenset[str] = frozenset()
    # «сразу», «отдельно»: words that only say how or when of the thing asked.
    qualifiers: frozenset[str] = frozenset()
    # «почем», «расценка», «платите»: words asking the price, had by a line giving a sum.
    price_asked: frozenset[str] = frozenset()
    # «дополнительный», "extra": a kind given on top of the usual one (``extra_kind``), and
    # «основной», "annual": the usual one
    extra_kind: frozenset[str] = frozenset()
    base_kind: frozenset[str] = frozenset()
    # «…помощником монтажника, оплата 2 500 ₽ за выход», «ОТДЕЛ КАДРОВ (КАБ. 104), ПН-ПТ С 8.00
    # ДО 12.00»: a clause opening with the pay or the days open.
    value_lead: re.Pattern[str] = re.compile("(?!)")
    staff_child: re.Pattern[str] = re.compile("(?!)")
    eating_means: re.Pattern[str] = re.compile("(?!)")
    # «сколько человек на кухне?»: counts the people of the place after these.
    counts_people: re.Pattern[str] = re.compile("(?!)")
    places_in: frozenset[str] = frozenset()
    place_articles: frozenset[str] = frozenset()
    # "The check is free for you." under "Background check": a sentence opening with these
    # before a noun names its own subject, one said before it — it does not go on about the
    # subject of the sentence before.
    points_back: frozenset[str] = frozenset()
    places_any: frozenset[str] = frozenset()
    places_one: frozenset[str] = frozenset()
    counts_said: re.Pattern[str] = re.compile("(?!)")
    roles: frozenset[str] = frozenset()  # «кладовщиком сколько платят?»: the names of jobs
    # «хостес и промоутеры»: the joins of two roles in a line's lead
    role_joins: re.Pattern[str] = re.compile("(?!)")
    # «Продавец в контейнер на рынок Садовод»: where the title's place begins
    title_place: re.Pattern[str] = re.compile("(?!)")
    # «оклад без процентов» — «оклад + % от продаж»: the signs a line names a word by.
    signs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    changes: re.Pattern[str] = re.compile("(?!)")

    def acknowledges(self, tokens: list[str]) -> bool:
        """Whether a message's first words are an acknowledgement ("ок", "спасибо", "thanks")."""
        return any(tuple(tokens[: len(a)]) == a for a in self.acknowledgements)


@dataclass(frozen=True)
class Cues:
    """Patterns over posting lines that tell what a line does, whatever its topic."""

    # "we provide IPAF training" in the requirements: the employer gives it, a perk after all.
    employer_gives: re.Pattern[str] = re.compile("(?!)")
    # "our office in Kreuzberg", "офис на Таганке": the line says where (matched as written).
    office_in_place: re.Pattern[str] = re.compile("(?!)")
    # "BLS certification mandatory, ACLS preferred": what the candidate must have, wherever.
    candidate_brings: re.Pattern[str] = re.compile("(?!)")
    # «необходимо представить следующие документы:»: a lead-in whose list is what is needed.
    lists_needed: re.Pattern[str] = re.compile("(?!)")
    # «Нет, всему научим.» under «Нужен ли опыт работы?»: an answer opening with its verdict.
    verdict: re.Pattern[str] = re.compile("(?!)")


def _breaks(grammar: dict) -> dict[str, re.Pattern[str]]:
    """The grammar's clause and part breaks: a stop not after one of its ``abbreviations``, and
    for parts also "+" and its ``joins``."""
    not_after = "".join(f"(?<!\\b{re.escape(str(a))})" for a in grammar.get("abbreviations", []))
    clause = rf"[,;]\s|\s[—–]\s|{not_after}\.\s"
    joins = "|".join(re.escape(str(j)) for j in grammar.get("joins", []))
    # A dash between two figures joins a range ("$28 – $32 per hour"), and so does one between
    # two days («понедельник – четверг с 8.30 до 17.30»): no part ends there.
    days = [re.escape(str(d)) for d in grammar.get("day_names", [])]
    dash = r"\s[—–]\s"
    # (the dash first, then what stands either side: a lookbehind at every position is slow)
    figure_before, figure_after = rf"(?<![\d$£€₽]{dash})", r"(?![$£€₽]?\d)"
    if days:
        day_before = "".join(f"(?<!\\b{d}{dash})" for d in days)
        day_after = rf"(?!(?:{'|'.join(days)})\b)"
        sides = "|".join(
            (
                figure_before + day_before,
                figure_before + day_after,
                day_before + figure_after,
                figure_after + day_after,
            )
        )
        ranged_dash = f"{dash}(?:{sides})"
    else:
        ranged_dash = f"{dash}(?:{figure_before}|{figure_after})"
    ranged = clause.replace(dash, ranged_dash)
    # "five plus years", «5 плюс лет»: a count said with its plus, no second sum joined.
    units = "|".join(re.escape(str(u)) for u in grammar.get("joins_not_before", []))
    not_unit = rf"(?!(?:{units})\b)" if units else ""
    added = r"\s\+\s" + (rf"|\s(?:{joins})\s{not_unit}" if joins else "")
    either = "|".join(re.escape(str(a)) for a in grammar.get("alternatives", []))
    return {
        "options": re.compile(rf",\s(?:{either})\s" if either else "(?!)", re.IGNORECASE),
        "clauses": re.compile(clause),
        "parts": re.compile(f"{ranged}|{added}", re.IGNORECASE),
        "added": re.compile(added, re.IGNORECASE),
    }


def _gated_search(pattern: re.Pattern[str], needs: re.Pattern[str] | None, text: str) -> bool:
    """``pattern`` searched in ``text`` only when the text holds one of the strings every match
    of it holds (``needs``, as ``_any_of`` finds them; ``None``: no such strings, always
    searched)."""
    if needs is not None and needs.search(text) is None:
        return False
    return pattern.search(text) is not None


def _any_of(strings: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """A regex that finds any of ``strings``: their trie, tried at each position of a text in
    one pass (faster than an ``in`` test per string)."""
    if not strings:
        return None
    return re.compile(_longest_literal(list(strings)).pattern.removeprefix("(?=(")[:-2])


# The letters the regex engine takes for others when it ignores case ("ᲀ" for "в"): a private
# table of ``re``; without it (another Python), no pattern that ignores case is prefiltered.
_EXTRA_CASES: dict[int, tuple[int, ...]] | None = getattr(sre_casefix, "_EXTRA_CASES", None)


def _lowered_needs(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """``_any_of`` the strings one of which every match of ``pattern`` holds, for a pattern that
    ignores case: in lower case, with the letters the regex engine takes for theirs ("ᲀ" for
    "в", "ſ" for "s"); None when no such strings are known. See ``_may_hold``."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    found = _needed_in(list(parsed))
    # "İ" lowers to two characters: its one-letter lower case is not what str.lower() gives.
    if not found or _EXTRA_CASES is None or any(len(s.lower()) != len(s) for s in found):
        return None
    lowered = {s.lower() for s in found}
    twins = {chr(t) for s in lowered for c in s for t in _EXTRA_CASES.get(ord(c), ())}
    return _any_of(tuple(sorted(lowered | twins)))


def _gate_of(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, bool]:
    """What ``Lexicon.says`` tests a text for before it searches ``pattern``: ``_any_of`` the
    strings every match holds (None: none known), and whether they are lowered for a pattern
    that ignores case (``_lowered_needs``; a text not in lower case is then always searched)."""
    if pattern.flags & re.IGNORECASE:
        return _lowered_needs(pattern), True
    return _any_of(_needed(pattern)), False


def _may_hold(needs: re.Pattern[str] | None, raw: str) -> bool:
    """Whether a text may match the pattern ``needs`` was made for (``_lowered_needs``): a
    text in lower case matches one that ignores case only when it holds one of its strings;
    most lines hold none, and the search for them is much cheaper than the pattern's."""
    return needs is None or needs.search(raw) is not None or raw.lower() != raw


def _needed(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings of which a match of ``pattern`` always holds one; None when no such set is
    known (case-insensitive patterns, a match made of classes only: ``\\d+``).

    A line holding none of them cannot match, which ``in`` tells much faster than a search:
    most lines match no pattern, and building an index searched every line with every one.
    """
    if pattern.flags & re.IGNORECASE:
        return None
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    if parsed.state.flags & re.IGNORECASE:  # an inline (?i)
        return None
    found = _needed_in(list(parsed))
    return tuple(sorted(found)) if found else None


def _needed_in(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """For a sequence of parsed items: the best set of strings one of which every match holds
    (runs of literal characters, or what a group, alternation or repeat needs), or None."""
    options: list[frozenset[str]] = []
    run: list[str] = []
    for op, arg in items:
        if op is sre_constants.LITERAL:
            run.append(chr(arg))
            continue
        if run:  # anything else ends a run of characters that must stand together
            options.append(frozenset({"".join(run)}))
            run = []
        inner: frozenset[str] | None = None
        if op is sre_constants.SUBPATTERN:
            _, add_flags, _, body = arg
            if not add_flags & re.IGNORECASE:
                inner = _needed_in(list(body))
        elif op is sre_constants.IN:
            inner = _class_chars(arg)
        elif op is sre_constants.BRANCH:
            parts = [_needed_in(list(branch)) for branch in arg[1]]
            if all(part is not None for part in parts):
                inner = frozenset().union(*(part for part in parts if part is not None))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _, body = arg
            if low >= 1:
                inner = _needed_in(list(body))
        if inner:
            options.append(inner)
    if run:
        options.append(frozenset({"".join(run)}))
    if not options:
        return None
    # The longest shortest string, then the fewest single letters or digits (every line has an
    # "a"; few have a "£"), then the fewest strings: the most telling test.
    return max(
        options,
        key=lambda o: (
            min(len(x) for x in o),
            -sum(len(x) == 1 and x.isalnum() for x in o),
            -len(o),
        ),
    )


def _class_chars(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    """The characters a class such as ``[£$€]`` or ``[0-9]`` matches, when it names them one by
    one or by a short range; None for a negated class or a category (``\\d`` also matches digits
    of other scripts)."""
    chars: set[str] = set()
    for op, arg in items:
        if op is sre_constants.LITERAL:
            chars.add(chr(arg))
        elif op is sre_constants.RANGE and arg[1] - arg[0] < 16:
            chars.update(chr(code) for code in range(arg[0], arg[1] + 1))
        else:
            return None
    return frozenset(chars)


# A zero-width test at the head of a pattern: a lookbehind (classes and one level of groups
# inside it) or a word boundary; and a literal character of a pattern (one escaped or none).
_CLASS = r"\[\^?\]?(?:[^\]\\]|\\.)*\]"
_HEAD_TEST_RE = re.compile(
    rf"\(\?<[!=](?:[^()\[\\]|\\.|{_CLASS}|\((?:[^()\[\\]|\\.|{_CLASS})*\))*\)|\\b"
)
_LITERAL_CHAR_RE = re.compile(r"[^\\.^$*+?{}\[\]|()]|\\[^\w\s]")
_QUANTIFIER = ("?", "*", "+", "{")


def _literal_start(pattern: str) -> str:
    r"""The same pattern opening with its literal characters when it opens with lookbehinds or a
    word boundary before them: ``(?<![\d+])8\s?\(`` as ``8(?<![\d+]8)\s?\(``. The regex engine
    skips to where a pattern's literal start stands; a test at its head it tries at every
    position of a line. The pattern itself when it opens otherwise."""
    tests, at = [], 0
    while found := _HEAD_TEST_RE.match(pattern, at):
        tests.append(found[0])
        at = found.end()
    run_start = at
    while (char := _LITERAL_CHAR_RE.match(pattern, at)) and not pattern.startswith(
        _QUANTIFIER, char.end()
    ):
        at = char.end()
    run = pattern[run_start:at]
    if not tests or not run:
        return pattern
    moved = []
    for test in tests:
        if test == r"\b":  # a boundary before a word character: no word character before it
            if not re.match(r"\w", re.sub(r"^\\", "", run)):
                return pattern
            test = r"(?<!\w)"
        moved.append(f"{test[:4]}(?:{test[4:-1]}){run})")
    rewritten = run + "".join(moved) + pattern[at:]
    try:
        re.compile(rewritten)
    except re.error:
        return pattern
    return rewritten


def _branches(pattern: str) -> list[str]:
    """A pattern's top-level alternatives, each a pattern of its own (gated by what it alone
    needs); the pattern itself when one of them could not stand alone."""
    parts, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[i + 1 : i + 2] == "]" or pattern[i + 1 : i + 3] == "^]":
                i += 2 if pattern[i + 1] == "]" else 3
                continue
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append(pattern[start:i])
            start = i + 1
        i += 1
    parts.append(pattern[start:])
    try:
        return [re.compile(part).pattern for part in parts]
    except re.error:
        return [pattern]


def _longest_literal(literals: list[str]) -> re.Pattern[str]:
    """A regex whose ``findall`` gives, at every position of a text where one of ``literals``
    starts, the longest one starting there: one pass over the text for all of them.

    The literals are laid out as a trie (one character tried per step, not every literal at
    every position), each ending's rest made optional and greedy so the longest wins; the
    lookahead lets overlapping literals be found too.
    """
    trie: dict[str, dict] = {}
    for literal in literals:
        node = trie
        for char in literal:
            node = node.setdefault(char, {})
        node[""] = {}

    def body(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + body(child) for char, child in node.items() if char]
        if not branches:
            return ""
        joined = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{joined})?" if "" in node else joined

    return re.compile(f"(?=({body(trie)}))")


# Runs of the letters most lines are written in (lower case): any set of characters would do, as
# long as words and the literals' runs are cut by the same one.
_WORD_RE = re.compile(r"[a-zа-яё]+")
_WORD_CACHE_SIZE = 50_000  # distinct words remembered per pattern list (most share one entry)
_NO_HITS: tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]] = (frozenset(), ())


def _substrings(text: str) -> set[str]:
    """Every non-empty substring of ``text``."""
    return {text[a:b] for a in range(len(text)) for b in range(a + 1, len(text) + 1)}


class _Needles:
    """Which of a list of patterns a text may match, told by one search for every string their
    matches need (``_needed``), instead of an ``in`` test per pattern and string.

    A needed string is in the text exactly when it lies inside a literal found in the text, and
    each literal found stands for every pattern that needs a string inside it (``within``).
    Most literals are letters only, found only inside a word: they are looked for once per
    distinct word (``_words``), not at every position of every line. A literal with letters and
    something else ("at least", "тел.", " смен") is looked for only in a text with a word that
    holds its longest run of letters; one without letters ("£", "%") in every text.
    """

    def __init__(self, needs: list[tuple[str, ...] | None]) -> None:
        self.always = frozenset(i for i, n in enumerate(needs) if not n or "" in n)
        literals = sorted({s for n in needs if n for s in n})
        by_string: dict[str, set[int]] = defaultdict(set)
        for i, n in enumerate(needs):
            for s in n or ():
                by_string[s].add(i)
        # A needed string inside a literal is one of the literal's substrings: a few hundred
        # dictionary look-ups per literal, not a test of every needed string.
        self.within = {
            literal: frozenset(i for sub in _substrings(literal) for i in by_string.get(sub, ()))
            for literal in literals
        }
        words = [lit for lit in literals if _WORD_RE.fullmatch(lit)]
        self._word_finder = _longest_literal(words) if words else None
        # Literals of letters and more, by their longest run of letters: (the run, the literal,
        # what it stands for); and literals without letters, with what they stand for.
        self._mixed: list[tuple[str, str, frozenset[int]]] = []
        self._bare: list[tuple[str, frozenset[int]]] = []
        for literal in literals:
            runs = _WORD_RE.findall(literal)
            if not runs:
                self._bare.append((literal, self.within[literal]))
            elif runs != [literal]:
                self._mixed.append((max(runs, key=len), literal, self.within[literal]))
        self._words: dict[str, tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]] = {}

    def candidates(self, text: str) -> list[int]:
        """Indexes of the patterns ``text`` holds a needed string of, in order."""
        return sorted(self.holds(text))

    def holds(self, text: str) -> set[int]:
        """:meth:`candidates` in no order."""
        found = set(self.always)
        if not self.within:
            return found
        for literal, stands in self._bare:
            if literal in text:
                found |= stands
        words = self._words
        for word in set(_WORD_RE.findall(text)):
            entry = words.get(word)
            if entry is None:
                entry = self._word(word)
            elif entry is _NO_HITS:  # most words stand for nothing
                continue
            hits, mixed = entry
            if hits:
                found |= hits
            for literal, stands in mixed:
                if literal in text:
                    found |= stands
        return found

    def _word(self, word: str) -> tuple[frozenset[int], tuple[tuple[str, frozenset[int]], ...]]:
        """What a word stands for: the patterns whose needed strings lie inside it, and the
        literals of letters and more that may be in a text with it, with what they stand for."""
        hits: frozenset[int] = frozenset()
        if self._word_finder is not None:
            hits = hits.union(*(self.within[lit] for lit in set(self._word_finder.findall(word))))
        mixed = tuple((literal, stands) for run, literal, stands in self._mixed if run in word)
        if len(self._words) >= _WORD_CACHE_SIZE:
            self._words.clear()
        entry = self._words[word] = (hits, mixed) if hits or mixed else _NO_HITS
        return entry


@dataclass
class _Matcher:
    """Terms compiled to keys: single keys, multi-word phrases, raw prefixes and regexes."""

    single: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = field(
        default_factory=lambda: defaultdict(list)
    )
    prefixes: list[tuple[str, str]] = field(default_factory=list)
    patterns: list[tuple[re.Pattern[str], str]] = field(default_factory=list)
    # For each of ``patterns``: strings one of which a line must hold to match it (``_needed``).
    needs: list[tuple[str, ...] | None] = field(default_factory=list)
    # Keys that may stand between a phrase's words (questions only): ``phrase_gaps``.
    skippable: frozenset[str] = frozenset()
    _needles: _Needles | None = field(default=None, repr=False)
    _pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] | None = field(
        default=None, repr=False
    )

    def add(self, analyzer: TextAnalyzer, term: str, label: str) -> None:
        term = term.strip()
        if term.startswith("re:"):
            self._needles = None
            for branch in _branches(term[3:].strip()):
                compiled = re.compile(_literal_start(branch))
                self.patterns.append((compiled, label))
                self.needs.append(_needed(compiled))
        elif term.endswith("*"):
            self.prefixes.append((normalize(term[:-1]), label))
        else:
            keys = analyzer.analyze(term).sequence
            if len(keys) == 1:
                self.single[keys[0]].add(label)
                for other in analyzer.other_keys(term):  # a term names all its readings
                    self.single[other].add(label)
            elif keys:
                self.phrases[keys[0]].append((keys, label))
                self._pairs = None

    def match(
        self,
        analyzed: Analyzed,
        raw: str,
        tokens: list[str],
        *,
        patterned: dict[str, set[str]] | None = None,
    ) -> tuple[set[str], dict[str, set[str]]]:
        """Labels found in a text, and for each key that gave one away, the labels it gave.
        When ``patterned`` is given, the keys inside each pattern's match go there with its
        label (a pattern's words are no terms, so they are no triggers), and every pattern is
        searched, even for a label a word already gave.

        The longest match wins: a label whose every match lies inside a longer match of another
        label is dropped ("белая зарплата" is about employment, not the pay; "повышение
        квалификации" is training, not a promotion).
        """
        labels: set[str] = set()
        triggers: dict[str, set[str]] = defaultdict(set)
        seq = analyzed.sequence
        spans: list[tuple[int, int, str]] = []
        phrased = False
        single = self.single
        self._single_labels(analyzed, labels, spans, triggers)
        if self.skippable:
            phrases = self.phrases
            for i, key in enumerate(seq):
                found = single.get(key)
                if found:
                    spans.extend((i, i + 1, label) for label in found)
                if key not in phrases:
                    continue
                for phrase, label in phrases[key]:
                    end = self._phrase_end(seq, i, phrase)
                    if end > 0:
                        labels.add(label)
                        spans.append((i, end, label))
                        phrased = True
                        for part in phrase:
                            triggers[part].add(label)
        else:
            phrased = self._pair_labels(seq, labels, spans, triggers)
        if phrased:  # only a phrase's span is longer than one key
            self._drop_shadowed(spans, labels, triggers)
        self._prefix_labels(tokens, labels)
        if self.patterns:
            # Patterns are written in lower case; searching lowered text is much faster than
            # re.IGNORECASE on Cyrillic.
            low = raw.lower()
            needles = self._needles
            if needles is None:
                needles = self._needles = _Needles(self.needs)
            patterns = self.patterns
            # A line without any of the strings every match holds needs no search, nor does
            # a label its words already gave.
            places: list[tuple[int, int]] | None = None
            for i in needles.candidates(low):
                pattern, label = patterns[i]
                if label in labels and patterned is None:
                    continue
                found_at = pattern.search(low)
                if found_at is None:
                    continue
                labels.add(label)
                if patterned is not None:
                    if places is None:
                        places = token_spans(low)
                    if len(places) == len(seq):
                        start, end = found_at.span()
                        for key, (first, last) in zip(seq, places, strict=True):
                            if first < end and last > start:
                                patterned.setdefault(key, set()).add(label)
        return labels, triggers

    def labels(self, analyzed: Analyzed, raw: str, tokens: list[str]) -> set[str]:
        """``match(analyzed, raw, tokens)[0]``, kept short for a posting's lines (each line is
        matched once per index): no triggers gathered, and the patterns searched in any order,
        as only whether a label is found counts."""
        if self.skippable:
            return self.match(analyzed, raw, tokens)[0]
        labels: set[str] = set()
        spans: list[tuple[int, int, str]] = []
        self._single_labels(analyzed, labels, spans, None)
        if self._pair_labels(analyzed.sequence, labels, spans, None):
            self._drop_shadowed(spans, labels, {})
        self._prefix_labels(tokens, labels)
        if self.patterns:
            low = raw.lower()
            needles = self._needles
            if needles is None:
                needles = self._needles = _Needles(self.needs)
            patterns = self.patterns
            for i in needles.holds(low):
                pattern, label = patterns[i]
                if label not in labels and pattern.search(low) is not None:
                    labels.add(label)
        return labels

    def _single_labels(
        self,
        analyzed: Analyzed,
        labels: set[str],
        spans: list[tuple[int, int, str]],
        triggers: dict[str, set[str]] | None,
    ) -> None:
        """The labels of the keys that are terms themselves (one pass: most of a line's keys
        are none), with the triggers when they are gathered; a compound's part has no position
        and is never shadowed. A hyphenated word that is a term itself hides its parts:
        "дресс-код" is no "код"."""
        single = self.single
        hits = single.keys() & analyzed.keys
        if not hits:
            return
        seq = analyzed.sequence
        in_seq = set(seq)
        hidden: set[str] | None = None  # found when a compound's part is a term
        for key in hits:
            found = single[key]
            if not found:
                continue
            if key not in in_seq:
                if hidden is None:
                    hidden = {
                        part
                        for whole in seq
                        if "-" in whole and whole in single
                        for part in whole.split("-")
                    }
                if key in hidden:
                    continue
                spans.extend((-1, -1, label) for label in found)
            labels |= found
            if triggers is not None:
                triggers[key] |= found

    def _pair_labels(
        self,
        seq: tuple[str, ...],
        labels: set[str],
        spans: list[tuple[int, int, str]],
        triggers: dict[str, set[str]] | None,
    ) -> bool:
        """The phrases of a text with no gaps (posting lines): only those whose first two keys
        stand here can match. True when one did; the single keys' spans, which only a phrase
        can shadow, are then added too."""
        pairs = self._pairs if self._pairs is not None else self._pair_phrases()
        phrased = False
        for i in [i for i, pair in enumerate(pairwise(seq)) if pair in pairs]:
            for phrase, label in pairs[seq[i], seq[i + 1]]:
                end = i + len(phrase)
                if seq[i:end] == phrase:
                    labels.add(label)
                    spans.append((i, end, label))
                    phrased = True
                    if triggers is not None:
                        for part in phrase:
                            triggers[part].add(label)
        if phrased:
            single = self.single
            for i, key in enumerate(seq):
                found = single.get(key)
                if found:
                    spans.extend((i, i + 1, label) for label in found)
        return phrased

    def _prefix_labels(self, tokens: list[str], labels: set[str]) -> None:
        """The labels of the prefixes the tokens start with."""
        for token in tokens if self.prefixes else ():
            for prefix, label in self.prefixes:
                if token.startswith(prefix):
                    labels.add(label)

    def prepare(self) -> None:
        """Build now what ``match`` builds on its first call: the finder of the strings its
        patterns need, and the phrases by their first two keys."""
        if self.patterns and self._needles is None:
            self._needles = _Needles(self.needs)
        if self._pairs is None:
            self._pair_phrases()

    def _pair_phrases(self) -> dict[tuple[str, str], list[tuple[tuple[str, ...], str]]]:
        """The phrases by their first two keys, in the order they were added."""
        pairs: dict[tuple[str, str], list[tuple[tuple[str, ...], str]]] = {}
        for listed in self.phrases.values():
            for phrase, label in listed:
                pairs.setdefault((phrase[0], phrase[1]), []).append((phrase, label))
        self._pairs = pairs
        return pairs

    def _phrase_end(self, seq: tuple[str, ...], start: int, phrase: tuple[str, ...]) -> int:
        """Where ``phrase`` found at ``start`` ends, or -1. In questions a few frame words may
        stand between its words ("что надо будет делать" has "что делать")."""
        if seq[start : start + len(phrase)] == phrase:
            return start + len(phrase)
        if not self.skippable:
            return -1
        at, gaps = start + 1, 0
        for part in phrase[1:]:
            while at < len(seq) and seq[at] != part and seq[at] in self.skippable:
                at += 1
                gaps += 1
            if at >= len(seq) or seq[at] != part or gaps > MAX_PHRASE_GAP:
                return -1
            at += 1
        return at

    @staticmethod
    def _drop_shadowed(
        spans: list[tuple[int, int, str]], labels: set[str], triggers: dict[str, set[str]]
    ) -> None:
        # Only a span of two keys or more can hold another inside it.
        longer = [span for span in spans if span[1] - span[0] > 1]
        by_label: dict[str, list[tuple[int, int]]] = {}
        for start, end, label in spans:
            by_label.setdefault(label, []).append((start, end))
        dropped = set()
        for label, where in by_label.items():
            # Dropped when every one of its spans lies inside a longer one of another label.
            for start, end in where:
                if start < 0:  # a compound's part: no position, never shadowed
                    break
                width = end - start
                for s, e, other in longer:
                    if other != label and s <= start and end <= e and e - s > width:
                        break
                else:
                    break
            else:
                dropped.add(label)
        if dropped:
            labels -= dropped
            for key in list(triggers):
                triggers[key] -= dropped
                if not triggers[key]:
                    del triggers[key]


def _words(data: dict[str, Any]) -> set[str]:
    """The plain words of the lexicon's terms, triggers, stop words and aliases, both alphabets."""
    texts: list[str] = []
    for words in (data.get("stopwords") or {}).values():
        texts.extend(str(w) for w in words)
    for spec in (data.get("topics") or {}).values():
        for kind in ("terms", "asks", "soft"):
            texts.extend(str(t) for t in (spec or {}).get(kind, ()))
    for spec in (data.get("intents") or {}).values():
        texts.extend(str(t) for t in spec.get("triggers", ()))
    for alias, word in (data.get("aliases") or {}).items():
        texts += [str(alias), str(word)]
    return {
        word
        for text in texts
        if not text.startswith("re:")
        for word in re.findall(r"[а-яё]+|[a-z]+", normalize(text.rstrip("*")))
    }


def _side(spec: dict[str, Any]) -> SectionKind | None:
    side = spec.get("side")
    if side:
        return SectionKind(side)
    return SectionKind.CONDITIONS if spec.get("perk") else None


_SPOKEN_RE = re.compile(r"[a-zа-яё]+(?:(?:\s+|-)[a-zа-яё]+)*", re.IGNORECASE)
_SPOKEN_GAP_RE = re.compile(r"(\s+|-)")
_HUNDRED = 100
_THOUSAND = 1000
_FIGURE_BEFORE_RE = re.compile(r"\d[\s\u00a0]*$")
_FIGURE_AFTER_RE = re.compile(r"\s*\((\d{1,4})\)")


@dataclass(frozen=True)
class SpokenNumbers:
    """The numbers a text may write out in words: each word's value («пяти»: 5, "ninety": 90),
    the articles that count one before a hundred or a thousand ("a hundred"), and the words
    that join a number's parts ("a hundred and twenty")."""

    values: Mapping[str, int]
    articles: frozenset[str] = frozenset()
    joins: frozenset[str] = frozenset()
    # Signs that stand for a word («🚇 Российская», «Ⓜ Новослободская — 350 м»: a metro
    # station): read as the word.
    symbols: Mapping[str, str] = field(default_factory=dict)


def _goes_on(current: int, value: int) -> bool:
    """Whether ``value`` is the next part of a number whose part below a thousand is
    ``current`` («сорока» then «пяти», "ninety" then "five"), not a number of its own
    («пяти-шести», "eleven and four")."""
    if not current:
        return True
    if current % _HUNDRED == 0:
        return value < _HUNDRED
    return current % 10 == 0 and current % _HUNDRED >= 20 and value < 10


def spoken_figures(text: str, spoken: SpokenNumbers) -> str:
    """``text`` with the numbers it writes out in words as figures: «от сорока пяти тысяч
    рублей» as «от 45 000 рублей», «в шесть часов двадцать минут» as «в 6 часов 20 минут»,
    "ninety-five to a hundred and twenty thousand euros" as "95 to 120 000 euros"; ``text``
    itself when it writes none."""
    for symbol, word in spoken.symbols.items():
        if symbol in text:
            text = text.replace(symbol, f"{word} ")
    values = spoken.values
    if values.keys().isdisjoint(_WORD_RE.findall(text.lower())):
        return text  # most lines: a look at their words is enough
    out: list[str] = []
    last = 0
    for run in _SPOKEN_RE.finditer(text):
        pieces = _SPOKEN_GAP_RE.split(run.group(0))  # words, with the gaps between them
        words = [p.lower() for p in pieces[::2]]
        if values.keys().isdisjoint(words):
            continue
        starts = [run.start()]
        for at in range(1, len(words)):
            starts.append(starts[-1] + len(pieces[2 * at - 2]) + len(pieces[2 * at - 1]))
        at = 0
        while at < len(words):
            value = values.get(words[at])
            if value is None:
                at += 1
                continue
            first = at
            if value in (_HUNDRED, _THOUSAND) and at and words[at - 1] in spoken.articles:
                first = at - 1  # "a hundred and twenty"
            begin = starts[first]
            if value == _THOUSAND and first == at and _FIGURE_BEFORE_RE.search(text, 0, begin):
                # «выходят на 5–7 тысяч», «премия 10 тысяч»: the figure is written, the word is
                # its thousands — no «1 000» of its own.
                at += 1
                continue
            end, total, current = at, 0, 0
            while end < len(words):
                word = words[end]
                if (
                    word in spoken.joins
                    and (current or total)
                    and current % _HUNDRED == 0
                    and end + 1 < len(words)
                    and values.get(words[end + 1], _HUNDRED) < _HUNDRED
                ):
                    end += 1  # "a hundred and twenty", "two thousand and five"
                    continue
                value = values.get(word)
                if value is None:
                    break
                if value == _THOUSAND:
                    total += (current or 1) * _THOUSAND
                    current = 0
                elif value == _HUNDRED and 0 < current < 10:
                    current *= _HUNDRED  # "two hundred"
                elif _goes_on(current, value):
                    current += value
                else:
                    break
                end += 1
            figure = total + current
            stop = starts[end - 1] + len(pieces[2 * (end - 1)])
            written = _FIGURE_AFTER_RE.match(text, stop)
            if written is not None and int(written.group(1)) == figure:
                stop = written.end()  # "six (6) months": the figure in brackets is the same one
            out.extend((text[last:begin], f"{figure:,}".replace(",", " ")))
            last = stop
            at = end
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)


class Lexicon:
    """Topics, intents and stop words, compiled for one :class:`TextAnalyzer`."""

    def __init__(self, analyzer: TextAnalyzer, data: dict[str, Any] | None = None) -> None:
        if data is None:
            data = yaml.load(
                resources.files("bot.answering").joinpath("lexicon.yaml").read_text("utf-8"),
                Loader=_LOADER,
            )
        self.analyzer = analyzer
        analyzer.set_own_stems({str(a): str(b) for a, b in (data.get("own_stems") or {}).items()})
        analyzer.set_aliases({str(a): str(b) for a, b in (data.get("aliases") or {}).items()})
        analyzer.set_role_nouns([str(w) for w in (data.get("grammar") or {}).get("roles", ())])
        heads = data.get("compound_heads") or {}
        analyzer.set_compound_heads({str(a): str(b) for a, b in heads.items()})
        self.stopwords: frozenset[str] = frozenset(
            key
            for words in data.get("stopwords", {}).values()
            for word in words
            for key in analyzer.analyze(str(word)).sequence
        )
        cues = data.get("cues") or {}
        self.cues = Cues(
            employer_gives=re.compile(cues.get("employer_gives", "(?!)")),
            office_in_place=re.compile(cues.get("office_in_place", "(?!)")),
            candidate_brings=re.compile(cues.get("candidate_brings", "(?!)"), re.IGNORECASE),
            lists_needed=re.compile(cues.get("lists_needed", "(?!)")),
            verdict=re.compile(cues.get("verdict", "(?!)"), re.IGNORECASE),
        )
        self._gives_needs = _any_of(_needed(self.cues.employer_gives))
        self._office_needs = _any_of(_needed(self.cues.office_in_place))
        grammar = data.get("grammar") or {}

        def keys_of(words: list[str]) -> frozenset[str]:
            return frozenset(k for w in words for k in analyzer.analyze(str(w)).sequence)

        analyzer.english_frames = keys_of(grammar.get("frame_verbs", []))
        typed_words = {
            str(k).lower(): str(v) for k, v in (grammar.get("typed_words") or {}).items()
        }
        # a phrasal verb is read as written the same way ("wrap up" as "end"), its words apart
        # by any space
        typed_words |= {
            " ".join(str(k).lower().split()): str(v)
            for k, v in (grammar.get("phrasal_words") or {}).items()
        }
        typed = sorted(typed_words, key=len, reverse=True)
        typed_pattern = (
            r"\b(?:" + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in typed) + r")\b"
            if typed
            else "(?!)"
        )
        self.grammar = Grammar(
            alternatives=keys_of(grammar.get("alternatives", [])),
            auxiliaries=keys_of(grammar.get("auxiliaries", [])),
            first_person=tuple(
                tuple(analyzer.tokens(str(p))) for p in grammar.get("first_person", [])
            ),
            asks_alone=tuple(
                tuple(analyzer.tokens(str(p))) for p in grammar.get("asks_alone", [])
            ),
            history=frozenset(str(w) for w in grammar.get("history", [])),
            history_frames=keys_of(grammar.get("history_frames", [])),
            relative_self=frozenset(str(w) for w in grammar.get("relative_self", [])),
            without=keys_of(grammar.get("without", [])),
            lacked_after=keys_of(grammar.get("lacked_after", [])),
            for_reason=keys_of(grammar.get("for_reason", [])),
            stem_shifts={str(k): str(v) for k, v in grammar.get("stem_shifts", {}).items()},
            during=tuple(analyzer.analyze(str(p)).sequence for p in grammar.get("during", [])),
            at_work=tuple(analyzer.analyze(str(p)).sequence for p in grammar.get("at_work", [])),
            during_context=frozenset(grammar.get("during_context", [])),
            after=tuple(analyzer.analyze(str(p)).sequence for p in grammar.get("after", [])),
            after_said=re.compile(
                r"\b(?:" + "|".join(re.escape(str(p)) for p in grammar.get("after", [])) + r")\b"
                if grammar.get("after")
                else r"(?!)"
            ),
            self_told=frozenset(grammar.get("self_told", [])),
            gives=keys_of(grammar.get("gives", [])),
            needs=keys_of(grammar.get("needs", [])),
            fits=keys_of(grammar.get("fits", [])),
            obliged=keys_of(grammar.get("obliged", [])),
            perk_asked=keys_of(grammar.get("perk_asked", [])),
            acknowledgements=tuple(
                tuple(analyzer.tokens(str(a))) for a in grammar.get("acknowledgements", [])
            ),
            pays_for=re.compile(str(grammar.get("pays_for", "(?!)"))),
            pays_for_shows=frozenset(grammar.get("pays_for_shows", [])),
            pays_for_words=keys_of(grammar.get("pays_for_words", [])),
            who_pays=re.compile(str(grammar.get("who_pays", "(?!)"))),
            self_pays=re.compile(str(grammar.get("self_pays", "(?!)"))),
            name_asked=re.compile(str(grammar.get("name_asked", "(?!)"))),
            rank=re.compile(str(grammar.get("rank", "(?!)"))),
            names_said=re.compile(str(grammar.get("names_said", "(?!)"))),
            post_column=re.compile(str(grammar.get("post_column", "(?!)")), re.IGNORECASE),
            org_asked=re.compile(str(grammar.get("org_asked", "(?!)"))),
            org_named=re.compile(str(grammar.get("org_named", "(?!)"))),
            also=re.compile(str(grammar.get("also", "(?!)"))),
            also_case=keys_of(grammar.get("also_case", [])),
            counts=tuple(analyzer.analyze(str(p)).sequence for p in grammar.get("counts", [])),
            counts_any=keys_of(grammar.get("counts_any", [])),
            per_piece=re.compile(str(grammar.get("per_piece", "(?!)"))),
            per_work=re.compile(str(grammar.get("per_work", "(?!)"))),
            work_said=re.compile(str(grammar.get("work_said", "(?!)"))),
            piece_said=re.compile(str(grammar.get("piece_said", "(?!)"))),
            testimonial=re.compile(str(grammar.get("testimonial", "(?!)"))),
            defers=re.compile(str(grammar.get("defers", "(?!)"))),
            corrects=re.compile(str(grammar.get("corrects", "(?!)"))),
            to_post=re.compile(str(grammar.get("to_post", "(?!)"))),
            relative=re.compile(str(grammar.get("relative", "(?!)")), re.IGNORECASE),
            warning=re.compile(str(grammar.get("warning", "(?!)"))),
            paid_object=re.compile(str(grammar.get("paid_object", "(?!)"))),
            duty_asked=re.compile(str(grammar.get("duty_asked", "(?!)"))),
            lists_kind=re.compile(str(grammar.get("lists_kind", "(?!)"))),
            duty_plain=keys_of(grammar.get("duty_plain", [])),
            no_fines=re.compile(str(grammar.get("no_fines", "(?!)"))),
            counts_not=frozenset(grammar.get("counts_not", [])),
            counts_heads=keys_of(grammar.get("counts_heads", [])),
            count_spans=re.compile(str(grammar.get("count_spans", "(?!)"))),
            origins=keys_of(grammar.get("origins", [])),
            origin_generic=keys_of(grammar.get("origin_generic", [])),
            routes=keys_of(grammar.get("routes", [])),
            counts_per=keys_of(grammar.get("counts_per", [])),
            there=keys_of(grammar.get("there", [])),
            condition=keys_of(grammar.get("condition", [])),
            condition_inside=frozenset(str(w) for w in grammar.get("condition_inside", [])),
            asks_after_self=frozenset(str(w) for w in grammar.get("asks_after_self", [])),
            condition_ends=frozenset(str(w) for w in grammar.get("condition_ends", [])),
            units=keys_of(grammar.get("units", [])),
            counted_units=tuple(
                (keys_of(unit.get("words", [])), re.compile(str(unit.get("said", "(?!)"))))
                if isinstance(unit, dict)
                else (keys_of(unit), re.compile("(?!)"))
                for unit in grammar.get("counted_units", [])
            ),
            paid_periods=frozenset(grammar.get("paid_periods", [])),
            learning_periods=frozenset(grammar.get("learning_periods", [])),
            pay_words=keys_of(grammar.get("pay_words", [])),
            rate_words=keys_of(grammar.get("rate_words", [])),
            paid_costs=re.compile(str(grammar.get("paid_costs", "(?!)"))),
            paid_earned=re.compile(str(grammar.get("paid_earned", "(?!)"))),
            paid_said=re.compile(str(grammar.get("paid_said", "(?!)"))),
            share_paid=re.compile(str(grammar.get("share_paid", "(?!)"))),
            later=re.compile(str(grammar.get("later", "(?!)"))),
            whose_duty=re.compile(str(grammar.get("whose_duty", "(?!)"))),
            meal_breaks=re.compile(str(grammar.get("meal_breaks", "(?!)"))),
            canteen_asked=re.compile(str(grammar.get("canteen_asked", "(?!)"))),
            housing_details=tuple(re.compile(str(p)) for p in grammar.get("housing_details", ())),
            details=tuple(
                (re.compile(str(asked)), re.compile(str(said)))
                for asked, said in grammar.get("details", ())
            ),
            age_bands=tuple(
                re.compile(str(p), re.IGNORECASE) for p in grammar.get("age_bands", ())
            ),
            meals_asked=re.compile(str(grammar.get("meals_asked", "(?!)"))),
            return_asked=re.compile(str(grammar.get("return_asked", "(?!)"))),
            return_said=re.compile(str(grammar.get("return_said", "(?!)"))),
            there_asked=re.compile(str(grammar.get("there_asked", "(?!)"))),
            home_said=re.compile(str(grammar.get("home_said", "(?!)"))),
            there_said=re.compile(str(grammar.get("there_said", "(?!)"))),
            district=re.compile(str(grammar.get("district", "(?!)"))),
            hiring_asked=re.compile(str(grammar.get("hiring_asked", "(?!)"))),
            site_asked=re.compile(str(grammar.get("site_asked", "(?!)"))),
            hiring=re.compile(str(grammar.get("hiring", "(?!)"))),
            another_asked=re.compile(str(grammar.get("another_asked", "(?!)"))),
            another_said=re.compile(str(grammar.get("another_said", "(?!)"))),
            grade=re.compile(str(grammar.get("grade", "(?!)"))),
            process_span=re.compile(str(grammar.get("process_span", "(?!)"))),
            step_said=re.compile(str(grammar.get("step_said", "(?!)"))),
            own_child=re.compile(str(grammar.get("own_child", "(?!)"))),
            known=re.compile(str(grammar.get("known", "(?!)"))),
            total_asked=re.compile(str(grammar.get("total_asked", "(?!)"))),
            actual_asked=re.compile(str(grammar.get("actual_asked", "(?!)"))),
            actual_said=re.compile(str(grammar.get("actual_said", "(?!)"))),
            plan_asked=re.compile(str(grammar.get("plan_asked", "(?!)"))),
            plan_said=re.compile(str(grammar.get("plan_said", "(?!)"))),
            count_asked=re.compile(str(grammar.get("count_asked", "(?!)"))),
            end_asked=re.compile(str(grammar.get("end_asked", "(?!)"))),
            end_said=re.compile(str(grammar.get("end_said", "(?!)"))),
            hours_said=re.compile(str(grammar.get("hours_said", "(?!)"))),
            priced_row=re.compile(str(grammar.get("priced_row", "(?!)"))),
            pay_asked=re.compile(str(grammar.get("pay_asked", "(?!)"))),
            heading_asks=re.compile(str(grammar.get("heading_asks", "(?!)"))),
            pay_heads=re.compile(str(grammar.get("pay_heads", "(?!)"))),
            role_pay_heads=re.compile(str(grammar.get("role_pay_heads", "(?!)"))),
            no_pay_figures=re.compile(str(grammar.get("no_pay_figures", "(?!)"))),
            ratio_typed=re.compile(str(grammar.get("ratio_typed", "(?!)")), re.IGNORECASE),
            typed_words=typed_words,
            typed_re=re.compile(typed_pattern, re.IGNORECASE),
            thousands_clipped=re.compile(
                str(grammar.get("thousands_clipped", "(?!)")), re.IGNORECASE
            ),
            charge_said=re.compile(str(grammar.get("charge_said", "(?!)"))),
            value_permission=re.compile(str(grammar.get("value_permission", "(?!)"))),
            value_replaced=re.compile(str(grammar.get("value_replaced", "(?!)"))),
            leave_asked=re.compile(str(grammar.get("leave_asked", "(?!)"))),
            lack_stated=re.compile(str(grammar.get("lack_stated", "(?!)"))),
            lack_remedied=re.compile(str(grammar.get("lack_remedied", "(?!)")), re.I),
            lack_met=re.compile(
                "|".join(
                    f"(?:{grammar.get(name, '(?!)')})" for name in ("lack_remedied", "lack_waived")
                ),
                re.I,
            ),
            rules_said=re.compile(str(grammar.get("rules_said", "(?!)"))),
            pay_day_named=re.compile(str(grammar.get("pay_day_named", "(?!)")), re.I),
            refund_asked=re.compile(str(grammar.get("refund_asked", "(?!)"))),
            combine_asked=re.compile(str(grammar.get("combine_asked", "(?!)"))),
            combine_said=re.compile(str(grammar.get("combine_said", "(?!)"))),
            students_said=re.compile(str(grammar.get("students_said", "(?!)"))),
            owned_asked=re.compile(str(grammar.get("owned_asked", "(?!)")), re.IGNORECASE),
            own_or_given=re.compile(str(grammar.get("own_or_given", "(?!)")), re.IGNORECASE),
            own_or_given_said=re.compile(str(grammar.get("own_or_given_said", "(?!)"))),
            second_question=re.compile(str(grammar.get("second_question", "(?!)")), re.IGNORECASE),
            getting=keys_of(grammar.get("getting", [])),
            vehicle_home_asked=re.compile(str(grammar.get("vehicle_home_asked", "(?!)"))),
            vehicle_home_said=re.compile(str(grammar.get("vehicle_home_said", "(?!)"))),
            part_time_said=re.compile(str(grammar.get("part_time_said", "(?!)"))),
            refund_said=re.compile(str(grammar.get("refund_said", "(?!)"))),
            discount_objects=tuple(
                re.compile(str(p)) for p in grammar.get("discount_objects", ())
            ),
            discount_said=re.compile(str(grammar.get("discount_said", "(?!)"))),
            discount_whole=re.compile(str(grammar.get("discount_whole", "(?!)"))),
            net_asked=re.compile(str(grammar.get("net_asked", "(?!)"))),
            net_said=re.compile(str(grammar.get("net_said", "(?!)"))),
            extra_pay=re.compile(str(grammar.get("extra_pay", "(?!)"))),
            sum_named_extra=re.compile(str(grammar.get("sum_named_extra", "(?!)"))),
            total_said=re.compile(str(grammar.get("total_said", "(?!)"))),
            more=keys_of(grammar.get("more", [])),
            degree=keys_of(grammar.get("degree", [])),
            qualifiers=keys_of(grammar.get("qualifiers", [])),
            price_asked=keys_of(grammar.get("price_asked", [])),
            extra_kind=keys_of(grammar.get("extra_kind", [])),
            base_kind=keys_of(grammar.get("base_kind", [])),
            value_lead=re.compile(str(grammar.get("value_lead", "(?!)")), re.IGNORECASE),
            staff_child=re.compile(str(grammar.get("staff_child", "(?!)"))),
            eating_means=re.compile(str(grammar.get("eating_means", "(?!)"))),
            counts_people=re.compile(str(grammar.get("counts_people", "(?!)"))),
            places_in=keys_of(grammar.get("places_in", [])),
            place_articles=keys_of(grammar.get("place_articles", [])),
            points_back=keys_of(grammar.get("points_back", [])),
            places_any=keys_of(grammar.get("places_any", [])),
            places_one=keys_of(grammar.get("places_one", [])),
            counts_said=re.compile(str(grammar.get("counts_said", "(?!)"))),
            roles=keys_of(grammar.get("roles", [])),
            role_joins=re.compile(str(grammar.get("role_joins", "(?!)")), re.IGNORECASE),
            title_place=re.compile(str(grammar.get("title_place", "(?!)")), re.IGNORECASE),
            signs={
                key: tuple(str(sign) for sign in signs)
                for word, signs in (grammar.get("signs") or {}).items()
                for key in analyzer.analyze(str(word)).keys
            },
            changes=re.compile(str(grammar.get("changes", "(?!)"))),
            **_breaks(grammar),
        )
        # The patterns of the details a question may name (``Grammar.details``) as one search
        # where they can be joined: most questions name none.
        self.details_asked = _joined(tuple(asked for asked, _ in self.grammar.details))
        # Every plain word the lexicon is written in: no question's word among them is a typo
        # ("dont", "cert"). Russian typos are read as these; English ones only as the posting's
        # words (the word list knows English: "hoga" or "liye" is no typo of "yoga", "life").
        self.words = frozenset(_words(data))
        self.vocabulary = Vocabulary(w for w in self.words if not w.isascii())
        # … and long English words, which one edit rarely turns into another word: "accomodation"
        # is "accommodation" (read only for words of ``long_typo_length`` letters or more).
        self.english_vocabulary = Vocabulary((w for w in self.words if w.isascii()), indexed=False)
        self.topics: dict[str, Topic] = {}
        # Section topics that some words show in a line wherever it stands (``line_terms``).
        self.line_term_topics: set[str] = set()
        # Questions are read with every cue; posting lines only with the precise terms, and not
        # for section topics (a duties line is about duties because of where it stands).
        # Frame words a question may put inside a phrase ("что надо будет делать").
        gaps = frozenset(
            key for word in data.get("phrase_gaps") or () for key in analyzer.analyze(word).keys
        )
        self._question_topics = _Matcher(skippable=gaps)
        self._soft_topics = _Matcher(skippable=gaps)
        self._line_topics = _Matcher()
        # The topics' own ways of asking, as patterns ("ночью платят больше?"): see asked_by.
        self._asked_by: list[tuple[re.Pattern[str], str]] = []
        for name, spec in (data.get("topics") or {}).items():
            spec = spec or {}
            section = spec.get("section")
            self.topics[name] = Topic(
                name=name,
                weak=bool(spec.get("weak", False)),
                smalltalk=bool(spec.get("smalltalk", False)),
                world=bool(spec.get("world", False)),
                section=SectionKind(section) if section else None,
                facts=tuple(spec.get("facts", ())),
                prefers=tuple(spec.get("prefers", ())),
                specific=tuple(spec.get("specific", ())),
                needs=tuple(spec.get("needs", ())),
                perk=bool(spec.get("perk", False)),
                unless=_patterns(spec.get("unless", ())),
                unless_asked=_patterns(spec.get("unless_asked", ())),
                fallback=spec.get("fallback"),
                within=spec.get("within"),
                when=spec.get("when"),
                distinct=bool(spec.get("distinct", False)),
                timed=bool(spec.get("timed", False)),
                brought=bool(spec.get("brought", False)),
                counts=bool(spec.get("counts", False)),
                generic=frozenset(
                    key for term in spec.get("generic", ()) for key in analyzer.analyze(term).keys
                ),
                side=_side(spec),
            )
            for term in spec.get("terms", ()):
                self._question_topics.add(analyzer, str(term), name)
                if not section:
                    self._line_topics.add(analyzer, str(term), name)
            for term in spec.get("line_terms", ()):
                self._line_topics.add(analyzer, str(term), name)
                self.line_term_topics.add(name)
            for term in spec.get("asks", ()):
                self._question_topics.add(analyzer, str(term), name)
                if str(term).startswith("re:"):
                    self._asked_by.append((re.compile(str(term)[3:].strip()), name))
            for term in spec.get("soft", ()):
                self._soft_topics.add(analyzer, str(term), name)
        # Each topic's ``unless`` patterns as one search of a line, where they can be joined.
        self._unless = {
            name: tuple((p, _lowered_needs(p)) for p in _joined(topic.unless))
            for name, topic in self.topics.items()
            if topic.unless
        }
        # The words of a greeting («добрый день», "hello"): a reply's sentence of them and the
        # name it greets («Сергей, добрый день!») answers nothing (``IndexBuilder._greets``).
        self.greeting_keys = frozenset(
            key
            for name, spec in (data.get("topics") or {}).items()
            if self.topics[name].smalltalk and not self.topics[name].world
            for term in (spec or {}).get("terms", ())
            if not str(term).startswith("re:")
            for key in analyzer.analyze(str(term)).keys
        )
        # The last two words of the topics' terms of several: a thing named by a word before
        # its noun ("vision insurance", "life insurance"), a kind beside its siblings.
        # ("police check" and "criminal record check" name one topic: the same thing).
        term_pairs: dict[tuple[str, str], set[str]] = defaultdict(set)
        for listed in self._line_topics.phrases.values():
            for phrase, name in listed:
                term_pairs[phrase[-2], phrase[-1]].add(name)
        self.term_pairs = {pair: frozenset(names) for pair, names in term_pairs.items()}
        # The topic each topic found in a line is found with ("night_pay" within "salary").
        self._within = {name: t.within for name, t in self.topics.items() if t.within is not None}
        # Cues that tell what a sentence of prose is, as a section would: "Нужно делать ТО…"
        # (duties), "Опыт от 2 лет обязателен" (requirements), "Работаем 2/2" (conditions).
        self.prose: tuple[tuple[SectionKind, re.Pattern[str]], ...] = tuple(
            (SectionKind(kind), re.compile("|".join(f"(?:{c})" for c in cues), re.IGNORECASE))
            for kind, cues in (data.get("prose") or {}).items()
        )
        # Words a candidate uses for what a posting says in another ("помещение" for "кабинет",
        # "reimburse" for "compensate"): an unseen question word finds its partners in lines.
        self.synonyms: dict[str, frozenset[str]] = {}
        for group in data.get("synonyms") or ():
            keys = {key for word in group for key in analyzer.analyze(str(word)).sequence[:1]}
            for key in keys:
                self.synonyms[key] = self.synonyms.get(key, frozenset()) | (keys - {key})
        # A Cyrillic letter's Latin spelling: «комацу» is the posting's "Komatsu" (``to_latin``).
        self._latin = str.maketrans(
            {str(a): str(b) for a, b in (data.get("latin_letters") or {}).items()}
        )
        # Kinds of a thing whose members stand in for one another ("обед" and "ужин" are meals,
        # "для сотрудников" and "для посетителей" are whom a thing is for): member → its words'
        # keys and a pattern over the lower-cased text.
        self.members: dict[str, dict[str, tuple[frozenset[str], re.Pattern[str] | None]]] = {}
        # Per kind and member, what a match of its pattern holds (``_gated_search``).
        self._member_needs: dict[str, dict[str, re.Pattern[str] | None]] = {}
        # Per kind, every member's words, and what a match of any member's pattern holds (a
        # pattern that never matches when no member has one; None when some member's pattern
        # may match without any such string): a text with none of either names no member of
        # the kind, told by one search instead of one per member (``members_of``).
        self._kind_gates: dict[str, tuple[frozenset[str], re.Pattern[str] | None]] = {}
        # Per kind, the topics whose lines say which of its members there are.
        self.member_states: dict[str, frozenset[str]] = {}
        # Per kind, a pattern naming another side of the same thing: a line that names it and
        # no member of the kind does not answer ("Employment: part-time" for "permanent?").
        self.member_beside: dict[str, re.Pattern[str]] = {}
        # Per kind, what a line that names none of its members must show to answer a question
        # on the kind's states that asks of one ("ночные смены есть?" — a time of day).
        self.member_shows: dict[str, re.Pattern[str]] = {}
        # Per member, the hours a line naming no member of its kind must show to answer it: the
        # night's hours reach into the night («20:00–08:00»), a day shift's do not.
        self.member_hours: dict[str, re.Pattern[str]] = {}
        # Kinds whose members stand beside one another: a line naming one says nothing of the
        # others, even asked about the kind's states alone («13я зарплата есть?» — «ежемесячная
        # премия» says no more than that there is a monthly one).
        self.member_apart: frozenset[str] = frozenset(
            kind for kind, spec in (data.get("members") or {}).items() if spec.get("apart")
        )
        # Per kind, the members that name it as a whole ("drug test", "cycle to work"): a
        # question naming one of them beside a particular member asks of that member.
        self.member_general: dict[str, frozenset[str]] = {}
        for kind, spec in (data.get("members") or {}).items():
            self.members[kind] = {}
            self._member_needs[kind] = {}
            self.member_states[kind] = frozenset(spec.get("states", ()))
            self.member_general[kind] = frozenset(spec.get("general", ()))
            if spec.get("beside"):
                self.member_beside[kind] = re.compile("|".join(f"(?:{p})" for p in spec["beside"]))
            if spec.get("shows"):
                self.member_shows[kind] = re.compile("|".join(f"(?:{p})" for p in spec["shows"]))
            for member, hours in (spec.get("hours") or {}).items():
                self.member_hours[member] = re.compile("|".join(f"(?:{p})" for p in hours))
            for member, words in spec.items():
                if member in ("states", "beside", "shows", "hours", "apart", "general"):
                    continue
                plain = frozenset(
                    key
                    for word in words
                    if not str(word).startswith("re:")
                    for key in analyzer.analyze(str(word)).sequence
                )
                found = [str(w)[3:] for w in words if str(w).startswith("re:")]
                pattern = re.compile("|".join(f"(?:{f})" for f in found)) if found else None
                self.members[kind][member] = (plain, pattern)
                self._member_needs[kind][member] = _any_of(_needed(pattern)) if pattern else None
            self._kind_gates[kind] = self._kind_gate(kind)
        # The same over every kind: most lines name no member of any.
        self._all_kinds_gate = self._kinds_gate(self._kind_gates.values())
        # Per pattern ``says`` was asked of, what a text must hold to match it (``_gate_of``).
        self._gates: dict[re.Pattern[str], tuple[re.Pattern[str] | None, bool]] = {}
        numbers = dict(data.get("spoken_numbers") or {})
        self.spoken = SpokenNumbers(
            values={
                str(form): int(value)
                for value, forms in numbers.items()
                if str(value).isdigit()
                for form in forms
            },
            articles=frozenset(str(w) for w in numbers.get("articles") or ()),
            joins=frozenset(str(w) for w in numbers.get("joins") or ()),
            symbols={str(k): str(v) for k, v in (data.get("symbols") or {}).items()},
        )
        # Their keys: a line with none writes no number in words.
        self.spoken_keys = frozenset(
            k for f in self.spoken.values for k in analyzer.analyze(f).sequence
        )
        # The unit of time a sum of pay is counted in: per unit, how a question asks a sum per
        # it («скока в час платят») and how a line gives one («230 ₽/час»).
        self.pay_asked = re.compile(str(data.get("pay_asked") or "(?!)"))
        self.pay_units: dict[str, PayUnit] = {
            unit: PayUnit(
                re.compile(str(spec["asked"])),
                re.compile(str(spec["said"])),
                re.compile(str(spec["named"])),
                bool(spec.get("labelled", False)),
            )
            for unit, spec in (data.get("pay_units") or {}).items()
        }
        self.situations: dict[str, Situation] = {
            kind: Situation(
                re.compile("|".join(f"(?:{p})" for p in spec["said"])),
                re.compile("|".join(f"(?:{p})" for p in spec["speaks"])),
                frozenset(spec.get("topics", ())),
                re.compile("|".join(f"(?:{p})" for p in spec["apart"]))
                if spec.get("apart")
                else None,
            )
            for kind, spec in (data.get("situations") or {}).items()
        }
        self.intents: dict[str, Intent] = {}
        self._intents = _Matcher(skippable=gaps)

        def intent_pattern(spec: dict, field: str) -> re.Pattern[str] | None:
            """An intent's optional pattern (or patterns, joined), matched in any case."""
            return _evidence(spec[field]) if spec.get(field) else None

        def intent_keys(spec: dict, field: str) -> frozenset[str]:
            """The keys of an intent's list of words."""
            return frozenset(
                key for word in spec.get(field, ()) for key in analyzer.analyze(str(word)).keys
            )

        for name, spec in (data.get("intents") or {}).items():
            evidence = _evidence(spec["evidence"])
            self.intents[name] = Intent(
                name,
                evidence,
                default=spec.get("default"),
                first=bool(spec.get("first", False)),
                headed=bool(spec.get("headed", False)),
                must_show=bool(spec.get("must_show", False)),
                seeks=bool(spec.get("seeks", False)),
                seeks_named=spec.get("seeks") == "named",
                whole_line=bool(spec.get("whole_line", False)),
                owned=bool(spec.get("owned", False)),
                alone=bool(spec.get("alone", False)),
                unnamed=bool(spec.get("unnamed", False)),
                default_over=bool(spec.get("default_over", False)),
                not_by=intent_pattern(spec, "not_by"),
                never_by=intent_pattern(spec, "never_by"),
                unless_named=intent_keys(spec, "unless_named"),
                priced_by=intent_keys(spec, "priced_by"),
                often_by=intent_pattern(spec, "often_by"),
                often_unless=intent_keys(spec, "often_unless"),
                precise=intent_pattern(spec, "precise"),
                coarse=intent_keys(spec, "coarse"),
                precise_by=intent_keys(spec, "precise_by"),
                street=intent_pattern(spec, "street"),
                street_asked=intent_keys(spec, "street_asked"),
                premises=intent_keys(spec, "premises"),
                evidence_needs=_lowered_needs(evidence),
            )
            for term in spec.get("triggers", ()):
                self._intents.add(analyzer, str(term), name)

    def prepare(self) -> None:
        """Build now what matching builds on first use (~30 ms): the first index or question
        would pay for it."""
        matchers = (self._line_topics, self._question_topics, self._soft_topics, self._intents)
        for matcher in matchers:
            matcher.prepare()

    def employer_gives(self, text: str) -> bool:
        """Whether a line says the employer gives something ("we provide training")."""
        return _gated_search(self.cues.employer_gives, self._gives_needs, text)

    def office_in_place(self, text: str) -> bool:
        """Whether a line says where the office is ("our office in Kreuzberg")."""
        return _gated_search(self.cues.office_in_place, self._office_needs, text)

    def reads_as(self, raw: str, kind: SectionKind) -> bool:
        """Whether a normalized line has a cue of ``kind`` ("обязательно" for requirements)."""
        return any(name is kind and pattern.search(raw) for name, pattern in self.prose)

    def prose_kind(self, raw: str) -> SectionKind | None:
        """What a sentence of prose reads as: the kind whose cues it has most (the earliest
        on a tie); ``None`` without cues."""
        best: tuple[int, int] | None = None
        kind = None
        for name, pattern in self.prose:
            if pattern.search(raw) is None:
                continue
            found = [m.start() for m in pattern.finditer(raw)]
            if found and (best is None or (-len(found), found[0]) < best):
                best, kind = (-len(found), found[0]), name
        return kind

    def _kind_gate(self, kind: str) -> tuple[frozenset[str], re.Pattern[str] | None]:
        """The words of every member of ``kind``, and ``_any_of`` the strings a match of any of
        their patterns holds (see ``_kind_gates``)."""
        members, needs = self.members[kind], self._member_needs[kind]
        words = frozenset(word for plain, _ in members.values() for word in plain)
        needed: set[str] = set()
        for member, (_, pattern) in members.items():
            if pattern is None:
                continue
            strings = _needed(pattern)
            if strings is None or needs[member] is None:
                return words, None
            needed.update(strings)
        return words, _any_of(tuple(sorted(needed))) if needed else re.compile("(?!)")

    @staticmethod
    def _kinds_gate(
        gates: Iterable[tuple[frozenset[str], re.Pattern[str] | None]],
    ) -> tuple[frozenset[str], re.Pattern[str] | None]:
        """One gate for the kinds of ``gates``: their words, and a search for any of their
        needed strings (None when one of them has no such strings)."""
        words: set[str] = set()
        branches: list[str] = []
        for kind_words, needs in gates:
            if needs is None:
                return frozenset(), None
            words |= kind_words
            if needs.pattern != "(?!)":
                branches.append(needs.pattern)
        return frozenset(words), re.compile("|".join(branches) if branches else "(?!)")

    def says(self, pattern: re.Pattern[str], raw: str) -> bool:
        """Whether ``pattern`` finds a match in a normalized text, searched only when the text
        may hold one (``_gate_of``, found on the pattern's first search): most questions hold
        none of the strings most of the grammar's patterns need, and the test for them is much
        cheaper than the search (a question is tested for some fifty)."""
        gate = self._gates.get(pattern)
        if gate is None:
            gate = self._gates[pattern] = _gate_of(pattern)
        needs, lowered = gate
        if needs is not None and needs.search(raw) is None and (not lowered or raw.lower() == raw):
            return False
        return pattern.search(raw) is not None

    def members_of(
        self, keys: Set[str], raw: str, kinds: Iterable[str] | None = None
    ) -> dict[str, frozenset[str]]:
        """Per kind (meals, parts of the day, whom a thing is for; only ``kinds`` when given),
        the members a text names by its keys or its normalized words."""
        named: dict[str, frozenset[str]] = {}
        if kinds is None:
            words, needs_any = self._all_kinds_gate
            if needs_any is not None and keys.isdisjoint(words) and needs_any.search(raw) is None:
                return named
        gates = self._kind_gates
        for kind in self.members if kinds is None else kinds:
            words, needs_any = gates[kind]
            if needs_any is not None and keys.isdisjoint(words) and needs_any.search(raw) is None:
                continue
            members, needs = self.members[kind], self._member_needs[kind]
            found = frozenset(
                member
                for member, (words, pattern) in members.items()
                if not words.isdisjoint(keys)
                or (pattern is not None and _gated_search(pattern, needs[member], raw))
            )
            if found:
                named[kind] = found
        return named

    def member_keys(self, kind: str, asked: Set[str], keys: Set[str], raw: str) -> frozenset[str]:
        """The keys of a text's words that name the members ``asked`` of ``kind``: its words
        among theirs, and the words their patterns find ("car" of "do i need a car")."""
        found: set[str] = set()
        for member in asked:
            plain, pattern = self.members[kind][member]
            found |= plain & keys
            if pattern is not None:
                for match in pattern.finditer(raw):
                    found |= self.analyzer.analyze(match.group()).keys
        return frozenset(found)

    def situations_of(self, raw: str) -> frozenset[str]:
        """The kinds of situation a normalized question states of the candidate."""
        return frozenset(
            kind for kind, situation in self.situations.items() if situation.said.search(raw)
        )

    def pays_for(self, raw: str) -> bool:
        """Whether a normalized question asks whether the employer pays for a thing ("do you
        pay for my exam?"), not about the wage."""
        return self.grammar.pays_for.search(raw) is not None

    def asked_by_pattern(self, raw: str) -> set[str]:
        """Topics a question asks in one of their own ways written as a pattern ("ночью платят
        больше?", "never worked … before"): asked, with no word of their own to be set aside."""
        return {name for pattern, name in self._asked_by if pattern.search(raw)}

    def question_topics(
        self,
        analyzed: Analyzed,
        raw: str,
        tokens: list[str],
        *,
        pays_for: bool | None = None,
        patterned: dict[str, set[str]] | None = None,
    ) -> tuple[set[str], dict[str, set[str]]]:
        """Topic names a question is about, and the keys that gave them away (with their topics);
        the words of its topics' patterns (with their topics) go to ``patterned`` when given.

        Soft cues ("pay" in "how much do you pay?") name a topic only when nothing else strong
        is asked about, and never in a question whether a thing is paid for ("do you pay for
        conferences?", ``pays_for``; the caller that knows it already passes it).
        """
        topics, triggers = self._question_topics.match(analyzed, raw, tokens, patterned=patterned)
        topics = {
            name
            for name in topics
            if not any(pattern.search(raw) for pattern in self.topics[name].unless_asked)
        }
        if pays_for is None:
            pays_for = self.pays_for(raw)
        # "do i pay utilities", "is the tax class free or do i pay": the candidate pays; what
        # one is paid is not asked, so the soft cues of pay name no topic either.
        if (
            not pays_for
            and self.grammar.self_pays.search(raw) is None
            and not any(self._is_strong(name) for name in topics)
        ):
            soft, soft_triggers = self._soft_topics.match(analyzed, raw, tokens)
            # (and a soft cue too: «на сколько лет можно остаться» asks no age)
            topics |= {
                name
                for name in soft
                if not any(pattern.search(raw) for pattern in self.topics[name].unless_asked)
            }
            for key, names in soft_triggers.items():
                triggers.setdefault(key, set()).update(names)
        return topics, triggers

    def to_latin(self, key: str) -> str | None:
        """A Cyrillic word spelled in Latin letters («комацу» → "komatsu"), or None when it is
        not all Cyrillic letters."""
        if not key.isalpha() or key.isascii():
            return None
        latin = key.translate(self._latin)
        return latin if latin.isascii() else None

    def word_topics(self, key: str) -> set[str]:
        """Topics one word names on its own ("форма", "студент"), not as part of a phrase
        ("лет" of "сколько лет")."""
        return self._question_topics.single.get(key, set()) | self._soft_topics.single.get(
            key, set()
        )

    def _is_strong(self, name: str) -> bool:
        topic = self.topics[name]
        return not topic.weak and not topic.smalltalk

    def line_topics(self, analyzed: Analyzed, raw: str, tokens: list[str]) -> set[str]:
        """Topic names a posting line is about, judged by its words only."""
        return self.line_topics_vetoed(analyzed, raw, tokens)[0]

    def line_topics_vetoed(
        self, analyzed: Analyzed, raw: str, tokens: list[str]
    ) -> tuple[set[str], set[str]]:
        """Topics a line is about, and topics its words name but an ``unless`` rule denies
        ("опыт расчёта зарплаты" names the salary, yet is not about it)."""
        found = self._line_topics.labels(analyzed, raw, tokens)
        # "£13.40 an hour for nights" is night pay, and pay.
        within = self._within
        found |= {within[name] for name in found if name in within}
        unless = self._unless
        vetoed: set[str] = set()
        # (``_may_hold`` written out, the test of case made once: most lines name a topic or
        # two with an ``unless``, and its prefilter rules the search out)
        cased: bool | None = None
        for name in found:
            rules = unless.get(name)
            if rules is None:
                continue
            for pattern, needs in rules:
                if needs is not None and needs.search(raw) is None:
                    if cased is None:
                        cased = raw.lower() != raw
                    if not cased:
                        continue
                if pattern.search(raw) is not None:
                    vetoed.add(name)
                    break
        if vetoed:
            found -= vetoed
        return found, vetoed

    def intents_of(self, analyzed: Analyzed, raw: str, tokens: list[str]) -> set[str]:
        """Intent names a question's wording shows ("сколько" → quantity, "где" → place)."""
        return self._intents.match(analyzed, raw, tokens)[0]

    def intent_words(
        self,
        analyzed: Analyzed,
        raw: str,
        tokens: list[str],
        *,
        patterned: dict[str, set[str]] | None = None,
    ) -> tuple[set[str], dict[str, set[str]]]:
        """Intent names, and the keys that asked for them ("long" of "how long") with the
        intents each asked for: they frame the question and name no subject. ``patterned``
        gets the keys inside a pattern's match ("paid extra") with the intent it asked for."""
        return self._intents.match(analyzed, raw, tokens, patterned=patterned)


def _patterns(specs: Iterable[object]) -> tuple[re.Pattern[str], ...]:
    """A topic's ``unless`` or ``unless_asked`` patterns, compiled (the "re:" prefix optional)."""
    return tuple(re.compile(str(u).removeprefix("re:").strip(), re.IGNORECASE) for u in specs)


_REFERS_RE = re.compile(r"\\[1-9]|\(\?P=|\(\?\(")


def _joined(patterns: tuple[re.Pattern[str], ...]) -> tuple[re.Pattern[str], ...]:
    """Patterns of the same flags as one alternation, which a text matches exactly when it
    matches one of them; the patterns themselves when they cannot stand side by side (a group
    referred to by number or name, an inline flag)."""
    if len(patterns) < 2 or len({p.flags for p in patterns}) > 1:
        return patterns
    if any(_REFERS_RE.search(p.pattern) for p in patterns):
        return patterns
    try:
        return (re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags),)
    except re.error:
        return patterns


def _evidence(spec: str | list[str]) -> re.Pattern[str]:
    """An intent's evidence: one pattern, or several joined — a YAML alias of another intent's
    evidence or of a topic's ``re:`` term, with more of its own ("payday" is "frequency" and a
    delay; "channel" is the contact's phone numbers and handles and the apply cue's e-mails)."""
    parts = [spec] if isinstance(spec, str) else spec
    return re.compile(
        "|".join(f"(?:{str(part).removeprefix('re:').strip()})" for part in parts), re.IGNORECASE
    )
