"""Answer a candidate's question about a posting by quoting its lines, or abstain.

Scoring, per candidate line: recognised topics the line covers (strong 3, weak 1.5), plus the
question's content keys found in it weighted by idf (a key that already named a topic counts
half; a lemma that only shares a long prefix counts 0.7; a key found in the line's lead — "Наш
офис:" — counts 1.3; a key found only in the section heading counts 0.5), plus 1 for each intent
the line satisfies ("сколько" → a number), plus 0.5 for HR's FAQ answers, plus 0.5 for a
line labelled with the topic asked about (a front-matter fact "Зарплата: …" for "а зп какая?",
"Адрес: …" for "где кофейня?"; not when the question asks for something the fact does not give),
plus 0.25 for a line on the topic from the side that answers it (the topic's ``side``: perks from
the conditions, "без опыта?" from the requirements; prose sentences get a side from cue words),
and 0.25 for a requirement when the question asks what is needed ("do I need Python?").
The generic city fact counts 0.6 unless it has every word the question names. Question verbs and
adjectives the posting never uses weigh 0.4; an unseen word whose Snowball stem a posting word
shares counts as that word at 0.7. Of lines that score the same, a bare tag of one or two words
("Overtime") ranks after a line that says more, and then the posting's order decides.

Abstention: a question about a strong topic that no line of the posting covers (salary on a
posting without one), small talk, a best line that covers none of the question's strong topics,
or — for questions without a strong topic — a best line covering less than half of the question.
A strong topic no line is about is answered only by a line with its very word (the same stem or
a same-root synonym, not a word that merely starts alike), not vetoed or denied by the topic's
``unless`` rules and not from the candidate's side (duties, requirements) when the topic is the
employer's; such a line counts the topic as covered when judging coverage.
"""

from __future__ import annotations

import gc
import math
import re
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Set
from dataclasses import dataclass, field
from enum import Enum
from itertools import pairwise

from bot.answering.index import (
    FUZZY_PREFIX,
    SOURCE_DESCRIPTION,
    SOURCE_FACT,
    SOURCE_FAQ,
    SOURCE_INTRO,
    SOURCE_REPLY,
    SOURCE_SECTION,
    Candidate,
    IndexBuilder,
    PostingIndex,
    changed,
    row_name,
)
from bot.answering.lexicon import SHOWN_CACHE_SIZE, Grammar, Lexicon, Topic
from bot.answering.store import IndexStore
from bot.answering.text import TextAnalyzer, english_words, normalize
from bot.answering.weights import Weights
from bot.locales import LOCALES, catalog, t
from bot.postings.models import Posting, SectionKind

_HEDGE_WORDS = 2  # the most words after a condition that only hedges: «если что вдруг»


class _Verdict(Enum):
    """The gate's verdict on a line (``Answerer._verdict``)."""

    ANSWERS = "answers"
    UNCOVERED = "uncovered"  # on the subject, but it covers too little of what is asked
    REFUSED = "refused"


@dataclass(frozen=True)
class Answer:
    """The engine's reply: quoted lines best first, or ``answered=False`` to offer HR's help.

    ``section`` is the canonical section kind of the best line; ``None`` when it came from the
    intro, the front-matter facts or HR's FAQ, and when the engine abstained.
    """

    answered: bool
    section: str | None
    items: list[str]
    text: str
    small_talk: bool = False
    """A greeting or chit-chat, not a question about the job: nothing to pass to HR."""


_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5}  # a level in Roman figures ("Level II")


def _grades(pattern: re.Pattern[str], text: str) -> list[range]:
    """The grades ``text`` names by a figure or a range of them (``grammar.grade``): «4
    разряд» is 4, «3–5 разряда» 3, 4 and 5."""
    found = []
    for match in pattern.finditer(text):
        figure = match["n"] or match["n2"]
        low = _ROMAN.get(figure) or int(figure)
        high = int(match["m"] or match["m2"] or low)
        found.append(range(low, max(low, high) + 1))
    return found


def _same_member(lexicon: Lexicon, key: str, keys: Set[str]) -> bool:
    """Whether ``key`` names a member of a kind (a shirt of the garments) that ``keys`` name too
    ("polo")."""
    # Kinds whose members a topic's line must state (shoes of a uniform) judge that themselves.
    kinds = [kind for kind in lexicon.members if not lexicon.member_states[kind]]
    own = lexicon.members_of({key}, key, kinds)
    if not own:
        return False
    theirs = lexicon.members_of(keys, " ".join(sorted(keys)), own)
    return any(not members.isdisjoint(theirs.get(kind, ())) for kind, members in own.items())


@dataclass
class Question:
    content: dict[str, float]  # content key → its weight in this question
    explains: dict[str, frozenset[str]]  # content key → topics it named ("кормят" → food)
    fuzzy: dict[str, frozenset[str]]  # content key → posting keys sharing a long prefix
    strong: set[str]
    weak: set[str]
    intents: set[str]
    smalltalk: bool
    unknown: set[str] = field(default_factory=set)  # strong topics asked of things never named
    total: float = field(default=0.0)
    # "windows or mac?": keys either side of "или"/"or"; a line needs only one of them.
    alternatives: list[frozenset[str]] = field(default_factory=list)
    # Strong topics the posting never covers, and the words that named them: a line that has
    # those very words still answers ("форму дают?" — "Форма выдаётся.").
    dropped: set[str] = field(default_factory=set)
    raw: str = ""  # the question as typed, normalized: what a topic's ``unless`` rules read
    dropped_keys: dict[str, float] = field(default_factory=dict)
    # The words of the pattern that alone named a subject no line is about («ночные
    # доплачивают?»: night pay has no word of its own here), less those that asked what a line
    # must show (``asking``): a line on it holds them and shows that.
    dropped_phrasing: dict[str, float] = field(default_factory=dict)
    first: bool = False  # asks for a whole list ("сколько этапов?")
    headed: bool = False  # … the list under a heading naming a word of the question
    bare: bool = False  # names its topic and nothing else ("какая зарплата?")
    # Every word that names something, the question words' too ("район" of "в каком районе").
    named: frozenset[str] = frozenset()
    sequence: tuple[str, ...] = ()  # the question's keys in word order
    # The places in ``sequence`` of its figures, found when first needed (``_in_span``).
    figures_at: tuple[int, ...] | None = field(default=None, compare=False, repr=False)
    # Keys named as lacking ("без опыта") or in what the candidate says of themselves.
    aside: frozenset[str] = frozenset()
    # Words of a pattern that named a strong topic: how the question asks ("never … before" of
    # "never worked in a kitchen before" asks about experience), no subject of its own.
    phrasing: frozenset[str] = frozenset()
    # Asks whether the employer pays for a thing ("do you pay for my exam?").
    pays_for: bool = False
    # "would i have to walk the dog": the deed asked of the candidate, which a line must name.
    deed: frozenset[str] = frozenset()
    # Asks whether the posting's offer reaches a thing the posting never names ("скидка на
    # алкоголь тоже действует?"): the posting does not say.
    beyond: bool = False
    # «летом тоже будет набор?»: the words naming the case an offer should reach too («лето»).
    also_case: frozenset[str] = frozenset()
    # The noun it asks a count of ("мастер" of "сколько мастеров у вас?").
    counted: str | None = None
    # Per kind (meals, parts of the day, whom a thing is for), the members it names ("ужин").
    members: dict[str, frozenset[str]] = field(default_factory=dict)
    # Per kind, the question's words that name its members ("car" of "do i need a car").
    member_keys: dict[str, frozenset[str]] = field(default_factory=dict)
    # The kinds whose other side it names too ("contract or full time?": the hours).
    beside: frozenset[str] = frozenset()
    # The kinds of situation it states of the candidate («с ребенком», «я из Казахстана»).
    situations: frozenset[str] = frozenset()
    # The words that stated them («жена» of «едем с женой»).
    situation_keys: frozenset[str] = frozenset()
    # Asks the pay of a period worked through («стажировка оплачивается?», «на испытательном зп
    # меньше?»), not what it costs («обучение платное?»): the periods' topics.
    paid_period: frozenset[str] = frozenset()
    # Asks whether a thing is paid to the worker («инструктаж оплачивается?»), not what it costs
    # or who pays («материал за мой счет?», «фильмы бесплатно смотреть можно?»).
    paid_asked: bool = False
    # The stems of its words, each with its weight: of lines that score the same, the one whose
    # text holds more of them ranks first («платят» — «оплачиваются»).
    stems: tuple[tuple[str, str, float], ...] = ()
    # Asks who pays for a thing («штрафы кто платит?», «за свой счёт?»), not whether it is paid.
    who_pays: bool = False
    # Asks whether the candidate pays ("do i have to pay any agency fee", «аренду платить»).
    self_pays: bool = False
    # Asks a name ("who is the hiring manager", "which bank is it with").
    name_asked: bool = False
    # The name asked is an organisation's ("who is the actual client company").
    org_asked: bool = False
    # Asks of a rank («старшим сборщиком»): a line must name one.
    rank_asked: bool = False
    # the jobs the question names in the instrumental case («курьером к вам можно»): what the
    # candidate asks to work as
    hired_as: frozenset[str] = frozenset()
    # a job named with the noun in the genitive that says which kind («учитель информатики»)
    role_kinds: frozenset[tuple[str, str]] = frozenset()
    # … and with an adjective before it that says which («дневной админ»)
    role_quals: frozenset[tuple[str, str]] = frozenset()
    # Words inside the pattern that asked for an intent ("paid extra"), with the intents.
    asking: dict[str, frozenset[str]] = field(default_factory=dict)
    # Words that only ask what a line must show ("days" of "which days?"), though some line uses
    # them: a line that shows it has them.
    asked_by: dict[str, frozenset[str]] = field(default_factory=dict)
    # The unit of time it asks a sum of pay per («скока в час платят?»: an hour).
    pay_unit: str | None = None
    # The piece of work it asks a sum per («скока платят за одно окно»: the window's stem).
    piece: tuple[str, ...] = ()
    # «скока платят за метр потолка»: a sum asked per a unit of work (``_per_work``)
    per_work: bool = False
    # Asks of pay («sunday rate for days?», «в ночь скока выходит»).
    asks_pay: bool = False
    # Asks whether the job changes later («потом на полный день можно перейти?»).
    later: bool = False
    # Says the candidate's own age, asked or in a case ("how much per hour if im 19").
    age_stated: bool = False
    # The words of the place whose people it counts («сколько человек на кухне?»: кухня).
    people_of: frozenset[str] = frozenset()
    # Asks whether a task is the candidate's («детские стрижки тоже на мне?»).
    whose_duty: bool = False
    # Asks of the way back («а обратно после смены автобус везет?»).
    way_back: bool = False
    # Asks of the ride to work («до работы такси тоже оплатите?»): a ride home does not say it.
    way_there: bool = False
    # The keys of a district it names («в приокском районе есть аптека?»).
    district: frozenset[str] = frozenset()
    # Asks whether they hire there too («в астане есть вакансия?»).
    hiring_asked: bool = False
    # Asks of a second or another site («а вторая клиника где», «на второй линии сколько платят»).
    another_asked: bool = False
    # The grades a question names by their figure («скока платят на 4 разряде»).
    grades: frozenset[int] = frozenset()
    grade_keys: frozenset[str] = frozenset()  # … and the keys of the words naming them
    # Asks of the candidate's own child («своего ребенка к вам в школу можно устроить?»).
    own_child: bool = False
    # Asks what the pay comes to with a share («сколько в среднем выходит с процентом»).
    total_asked: bool = False
    actual_asked: bool = False
    # Asks what the plan is («какой план по лидам»).
    plan_asked: bool = False
    # Asks when the day or a shift ends («во сколько уроки заканчиваются»).
    end_asked: bool = False
    # Asks how much is paid («на испытательном сколько платите», «подработка сколько платится»).
    pay_asked: bool = False
    # Names a sum the worker is charged («сколько удерживают за жильё»).
    charge_asked: bool = False
    # The details of a room or a house it asks ("is the house furnished"): their patterns.
    housing_asked: tuple[re.Pattern[str], ...] = ()
    # The details or cases it names of any thing («холодильник в доме есть»): what says them.
    details_asked: tuple[re.Pattern[str], ...] = ()
    # What a discount it asks is on, by its keys («скидка сотрудникам на кальян есть»).
    discount_object: frozenset[str] = frozenset()
    # A thing asked by a term's word before its noun ("life insurance"): (word, noun) pairs.
    kind_pairs: tuple[tuple[str, str], ...] = ()
    # Asks whether money paid is given back ("do i get the £20 deposit back if i quit").
    refund_asked: bool = False
    # Asks whether a sum is net or gross («3200 это на руки или еще налог вычтут»).
    net_asked: bool = False
    # Asks whether the job can be held beside another («можно совмещать с другой работой»).
    combine_asked: bool = False
    # The values of a schedule asked leave to work («а можно вахтой 30/30 ездить»): patterns of
    # each as a line would write it.
    values_asked: tuple[re.Pattern[str], ...] = ()
    # Names students («я студент, можно?»): a line on students answers it as part time.
    students_named: bool = False
    # Names the employer's own thing ("a company car", «служебная машина»): asks what is given.
    owned_asked: bool = False
    # Asks whether a thing is one's own or given («костюм свой покупать или выдаете»).
    own_or_given: bool = False
    # Asks to take the work vehicle home ("can i take the van home at night").
    vehicle_home: bool = False
    # Asks whether meals are given («кормят обедом?»), not the means to eat («где поесть?»).
    meals_asked: bool = False
    # Of a question of pay, what it asks the sum apart from («оклад сколько без премии»: премия).
    apart: frozenset[str] = frozenset()
    # The words of the case it states («как домой добираться, если смена до 12 ночи»), and the
    # topics only they name: a line may have them, it need not.
    case_keys: frozenset[str] = frozenset()
    case_topics: frozenset[str] = frozenset()
    # «а если уволюсь после обучения, что будет?»: the case it states is all it asks.
    case_asked: bool = False
    # «скока буду получать после учебы»: the topics named only after «после», and those words;
    # a line that speaks of an after («После экзамена — …») need not name them.
    after_topics: frozenset[str] = frozenset()
    after_keys: frozenset[str] = frozenset()
    # Asks whether the candidate may or must, or fits ("can i just email my cv", «мне 16
    # возьмете?»): of lines that tie, the one that rules — a limit or a refusal — says it.
    leave_asked: bool = False
    # States a lack, asking leave or to be taught («карты водителя нет, возьмете?», «в айденте
    # не работала, научите?»): of lines that tie or come close, the one that says what is done
    # about it (the employer makes up for it) says it, before the one that rules.
    lack_stated: bool = False


class Answerer:
    """Question answering over postings; build one and reuse it (dictionaries load once)."""

    analyzer: TextAnalyzer
    lexicon: Lexicon
    _builder: IndexBuilder

    def __init__(
        self,
        lexicon_data: dict | None = None,
        weights: Weights | None = None,
        *,
        deferred: bool = False,
        store: IndexStore | None = None,
    ) -> None:
        """Load the dictionaries and the lexicon (0.3–0.5 s) now, or with ``deferred`` when
        :meth:`load` is first called (the bot calls it in a thread once it takes updates), or
        else on first use. With ``store``, indexes are kept on disk: a posting's first question
        after a restart reads the index its card built before it."""
        self.w = weights or Weights()
        self._lexicon_data = lexicon_data
        self._store = store
        if store is not None:
            store.depends_on(repr((self.w, lexicon_data)).encode())
        self._loading = threading.Lock()
        # Keyed by identity for speed. A weak reference: the index of a posting that /reload
        # replaced goes with it (its entry is dropped when the posting is collected), and
        # nothing is evicted however many postings are live.
        self._by_id: dict[int, tuple[weakref.ref[Posting], PostingIndex]] = {}
        # The words of the things each line text prices (``_priced_items``): they depend on the
        # line only, and the pattern is dear to run per question.
        self._priced: dict[str, tuple[frozenset[str], ...]] = {}
        if not deferred:
            self.load()

    @property
    def ready(self) -> bool:
        """Whether the dictionaries and the lexicon are loaded (:meth:`load` returns at once)."""
        return "_builder" in self.__dict__

    def load(self) -> None:
        """Load the dictionaries and the lexicon in this thread, or wait for the thread that
        is loading them; at once when they are loaded."""
        with self._loading:
            if self.ready:
                return
            analyzer = TextAnalyzer()
            lexicon = Lexicon(analyzer, self._lexicon_data)
            builder = IndexBuilder(lexicon, self.w)
            for locale in LOCALES:
                # Read the fact labels and replies now: the first index built would pay for it.
                catalog(locale)
            # The English word list for typos (150 ms): read now, not on a candidate's first
            # English question, where it would hold up every update meanwhile.
            english_words()
            lexicon.prepare()
            if self._store is not None:
                self._store.version  # noqa: B018 — reads the code's files: here, not on the loop
            self.analyzer, self.lexicon = analyzer, lexicon
            self._builder = builder  # last: ``ready`` reads it

    def __getattr__(self, name: str) -> object:
        # Only when an attribute is missing: a deferred Answerer's parts before they load.
        if name in ("analyzer", "lexicon", "_builder"):
            self.load()
            return self.__dict__[name]
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    # --- indexes ----------------------------------------------------------------------------

    def index(self, postings: Iterable[Posting]) -> None:
        """Pre-build the indexes of ``postings`` so their first questions are fast too."""
        # Building makes tens of thousands of objects that all live on and no garbage cycles:
        # the collector's passes over them, one every few hundred allocations, would take a
        # sixth of the time. It runs again when the batch is built (or fails).
        enabled = gc.isenabled()
        gc.disable()
        try:
            for posting in postings:
                self._index_of(posting)
        finally:
            if enabled:
                gc.enable()

    def _index_of(self, posting: Posting) -> PostingIndex:
        """The posting's index, built on its first question."""
        cached = self._cached(posting)
        if cached is not None:
            return cached
        key = id(posting)
        store = self._store
        built = None if store is None else store.load(posting, self._shared)
        if built is None:
            built = self._builder.build(posting)
            if store is not None:
                # With the maps its first question builds on it (``prepare``): they are read
                # back with it.
                self._builder.stems(built)
                built.prefixes()
                built.covered_topics  # noqa: B018 — every line's topics (``Topical``), found here
                store.save(posting, built)
        by_id = self._by_id

        def forget(ref: weakref.ref[Posting], key: int = key) -> None:
            current = by_id.get(key)
            if current is not None and current[0] is ref:
                del by_id[key]

        self._by_id[key] = (weakref.ref(posting, forget), built)
        return built

    def _shared(self, spoken: bool) -> tuple[object, object, object]:
        """What a stored index's candidates share with this engine (``IndexStore.load``): the
        lexicon's intents, the builder's evidence by line, the lexicon's numbers in words."""
        lexicon = self.lexicon
        return lexicon.intents, self._builder._shown, lexicon.spoken if spoken else None

    def _cached(self, posting: Posting) -> PostingIndex | None:
        """The posting's index when it is built (an id reused by another posting is not it)."""
        entry = self._by_id.get(id(posting))
        return entry[1] if entry is not None and entry[0]() is posting else None

    def has_index(self, posting: Posting) -> bool:
        """Whether ``posting``'s index is built."""
        return self._cached(posting) is not None

    def prepare(self, posting: Posting) -> bool:
        """Build ``posting``'s index ahead of its first question (a candidate opened its card),
        with the maps nearly every first question builds on it (the posting's stems and key
        prefixes, for the question's words it lacks); True when it built anything. Nothing when
        the engine is not loaded yet: loading it takes far longer than any question waits."""
        if not self.ready or self.has_index(posting):
            return False
        index = self._index_of(posting)
        self._builder.stems(index)
        index.prefixes()
        index.covered_topics  # noqa: B018 — its lines' topics (``Topical``): every question's
        return True

    @property
    def indexed(self) -> int:
        """How many postings have an index now."""
        return len(self._by_id)

    # --- answering --------------------------------------------------------------------------

    def answer(self, posting: Posting, question: str, locale: str | None = None) -> Answer:
        """Answer ``question`` about ``posting`` in ``locale`` (default: the posting's).

        Four stages, each its own method: :meth:`parse` (the question as lemmas, topics and
        intents), :meth:`retrieve` (the posting's units ranked for it), :meth:`gate` (does the
        best unit answer it, or does the posting not say?) and :meth:`select` (which units to
        quote).
        """
        locale = locale or posting.lang
        index = self._index_of(posting)
        parsed = self.parse(question, index)
        if parsed.smalltalk and not parsed.strong and not parsed.weak:
            return Answer(False, None, [], t(locale, "answering.small_talk"), small_talk=True)
        ranked = self._judged(parsed, index, self.retrieve(parsed, index))
        if not ranked:
            # «где арена и какой автобус»: two questions in one message, one of them answered.
            for part in self._questions_in(question):
                answer = self.answer(posting, part, locale)
                if answer.answered:
                    return answer
            return Answer(False, None, [], t(locale, "answering.abstain"))
        chosen = self.select(parsed, ranked)
        best = chosen[0]
        return Answer(
            answered=True,
            section=None if best.kind is None else best.kind.value,
            items=[c.quote for c in chosen],
            text=self._render(best, chosen, locale),
        )

    def _questions_in(self, question: str) -> list[str]:
        """The two questions of one message joined by «и»/"and" before a question word of the
        second («где арена находится и какой автобус туда»), each of two words or more; none
        when the message is one question."""
        # ("whats the last day n what time u close": a chat's "n" is the "and" that joins them)
        question = self._typed(question)
        join = self.lexicon.grammar.second_question.search(question)
        if join is None:
            return []
        parts = [question[: join.start()].strip(), question[join.end() :].strip()]
        if any(len(part.split()) < _QUESTION_WORDS for part in parts):
            return []
        return parts

    def _typed(self, question: str) -> str:
        """The question with the words a chat types read as written (``grammar.typed_words``)."""
        typed = self.lexicon.grammar.typed_words
        return self.lexicon.grammar.typed_re.sub(
            lambda m: typed[" ".join(m.group().lower().split())], question
        )

    def _relative_self(self, tokens: list[str]) -> frozenset[str]:
        """Keys of the question words that open, after a noun, a clause the candidate says of
        themselves («пятерочку где я сама работаю», "the store where i work"), when the question
        has them nowhere else."""
        grammar, key = self.lexicon.grammar, self.analyzer.key
        opening = {
            token
            for n, token in enumerate(tokens[1:-1], 1)
            if token in grammar.relative_self
            and key(tokens[n - 1]) not in self.lexicon.stopwords
            and not self.analyzer.is_cyrillic_verb(key(tokens[n - 1]))
            and any(tuple(tokens[n + 1 : n + 1 + len(p)]) == p for p in grammar.first_person)
        }
        return frozenset(key(token) for token in opening if tokens.count(token) == 1)

    def _history_framed(self, question: str, tokens: list[str]) -> frozenset[str]:
        """Keys that only say when inside a clause about what the candidate has never done
        ("never fished before is that ok"): elsewhere "before" may be asked ("paid before
        Christmas?"). ``tokens``: the question's, to read its clauses only when one says it."""
        grammar, analyzer = self.lexicon.grammar, self.analyzer
        if grammar.history.isdisjoint(tokens):
            return frozenset()
        return frozenset(
            key
            for clause in _CLAUSE_BREAK.split(question)
            if not grammar.history.isdisjoint(tokens := analyzer.tokens(clause))
            for key in map(analyzer.key, tokens)
            if key in grammar.history_frames
        )

    def _pay_of_role(self, raw: str) -> bool:
        """Whether the question names a job in the dative («сторожу», «ученикам»)."""
        roles = self.lexicon.grammar.roles
        return any(
            not roles.isdisjoint(self.analyzer.nouns_in(word, "datv"))
            for word in _WORD_RE.findall(raw)
        )

    def _judged(
        self, q: Question, index: PostingIndex, ranked: list[tuple[float, Candidate]]
    ) -> list[tuple[float, Candidate]]:
        """The ranking led by the line that answers, or empty when none does: the best line,
        or — when the question must be shown a kind of answer the best line lacks ("во сколько
        смены?" of "5 shifts a week") — a close runner-up that shows it and passes the gate
        ("early 6:00–14:00, late 14:00–22:00"). It is sought whatever refused the best line: one
        that shows something on top («+ 3% от выручки») for another thing than the one asked
        («на новый год доплата будет?») gives way to «в новогодние праздники двойная оплата»."""
        if not ranked:
            return []
        if self.gate(q, index, ranked[0]):
            place = self._says_what_best_lacks(q, index, ranked) or self._evidence_asked(
                q, index, ranked
            )
            best = ranked[0][1]
            pay_day = self.lexicon.grammar.pay_day_named
            if not place and _PAYDAY in q.intents and not pay_day.search(best.read):
                # "when is payday" — "We pay every other Friday by direct deposit." over "…
                # mechanics earn 10% commission on service labor (paid monthly)": the line
                # naming the day pay comes, of lines that come close.
                place = self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: pay_day.search(c.read) is not None,
                    share=self.w.evidence_share,
                )
            if (
                not place
                and q.own_or_given
                and best.role in _ASKED_SIDES
                and not self._says_own_or_given(best)
            ):
                # «велосипед свой нужен» — «Доставка на служебном велосипеде (выдаётся в ОПС …)»
                # over the requirement «Умение ездить на велосипеде»: the line that says whose
                # the thing is.
                place = self._runner_up_saying(q, index, ranked, self._says_own_or_given)
            if not place and q.own_or_given and not self._says_own_or_given(best):
                # «костюм черный самому покупать или выдаете» — «Водителям и носильщикам костюм
                # выдаётся предприятием» over «Строгий траурный стиль: чёрный костюм, …»: of
                # lines on the thing asked, the one that says whose it is.
                thing = {
                    key
                    for key in best.keys & q.content.keys()
                    if key not in self.lexicon.grammar.getting and not self.analyzer.frames(key)
                }
                place = self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: self._says_own_or_given(c) and not thing.isdisjoint(c.keys),
                    share=self.w.own_share,
                )
            if not place and self._extra_payday(q, best):
                # "when is payday" — "We pay every other Friday by direct deposit." over "… earn
                # 10% commission on service labor (paid monthly)": the base pay's day.
                extra = self.lexicon.grammar.extra_pay
                place = self._runner_up_saying(
                    q, index, ranked, lambda c: extra.search(c.read) is None
                )
            if not place and self._extra_amount(q, best):
                # "how much u pay per hour" — "Pay: $19.50 – $23.25 / hour" over "On top of the
                # base rate we pay a night differential of $1.50 per hour …": asked plainly, the
                # amount is the base pay's, of lines that come close.
                place = self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: (
                        _SALARY in c.topics
                        and not self._kinds_of_pay(c)
                        and not self._shows(q, c, {_EXTRA})
                    ),
                )
            hours = self.lexicon.grammar.hours_said
            if not place and q.end_asked and _CLOCK in q.intents and not hours.search(best.read):
                # «во скока начинаете и до скольки пашете» — «рабочий день с 7:00 до 19:00» over
                # «сбор в 6:30 у базы»: the start and the end, not one time.
                place = self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: hours.search(c.read) is not None,
                    share=self.w.evidence_share,
                )
            actual = self.lexicon.grammar.actual_said
            if (
                not place
                and q.actual_asked
                and _SALARY in q.strong | best.topics
                and not actual.search(best.read)
            ):
                # "realistically what does a rookie make" — "… a rookie that sticks it out
                # typically clears $9,000–$14,000 for the spring" over "Most rookies don't make
                # money in the first 2 weeks": of lines on the pay, what people really make.
                place = self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: _SALARY in c.topics and actual.search(c.read) is not None,
                )
            if not place and _SALARY in q.strong:
                # «монолитчик скока за смену» — «Авансы каждую пятницу до 5 000 ₽» over
                # «Монолитчик — 4 200 ₽»: the role asked leads its own row of pay.
                place = self._says_every_word(q, index, ranked, led_only=True)
            if not place:
                place = self._row_of_item_asked(q, index, ranked)
            if not place:
                place = self._piece_priced(q, index, ranked)
            return [ranked[place], *ranked[:place], *ranked[place + 1 :]] if place else ranked
        place = (
            # "do i get my own van" — "After probation you'll be given your own company van"
            # over "Vans leave the yard at 7am": of the lines with every word asked, the one
            # that says whose the thing is.
            (
                q.own_or_given
                and self._runner_up_saying(
                    q,
                    index,
                    ranked,
                    lambda c: c.keys.issuperset(q.content) and self._says_own_or_given(c),
                )
            )
            or self._says_every_word(q, index, ranked)
            or self._row_of_item_asked(q, index, ranked)
            or self._piece_priced(q, index, ranked)
        )
        if not place and q.grades:
            # "im csia 3 whats my rate" — "Level 3 | $25.75" under "Level 1 (CSIA / CASI) |
            # $18.25", refused: the row of the grade asked.
            place = self._runner_up_saying(q, index, ranked, lambda c: self._same_grade(q, c))
        if not place and q.per_work and self._time_sums_only(ranked[0][1]):
            # «скока платят за метр потолка» — «150 р за м2» under «от 90 000 до 180 000 ₽ за
            # месяц»: the row that gives a sum per a unit of work.
            work_said = self.lexicon.grammar.work_said
            place = self._runner_up_saying(
                q,
                index,
                ranked,
                lambda c: work_said.search(c.read) is not None,
                share=self.w.work_share,
            )
        if not place and q.pay_unit is not None and _SALARY in q.strong:
            # «скока в месяц выходит» — «При 15 сменах в месяц — от 45 до 60 тысяч рублей» under
            # «в среднем премия выходила 600–900 ₽ за смену»: the line giving a sum per the unit
            # asked, when the best line is no answer.
            per = q.pay_unit
            place = self._runner_up_saying(q, index, ranked, lambda c: self._sums_per(per, c.read))
        if not place and self._verdict(q, index, ranked[0]) is _Verdict.UNCOVERED:
            # «металлолом на любом пункте принимают» — «Металлолом (чёрный и цветной) — только на
            # пункте №4» under «Приём вторсырья …», which names the scrap alone: of a question of
            # no known subject whose best line covers too little of it, a close runner-up that
            # passes the gate — and loses no word of the question the best line names («какой
            # оборот у магазина» is not answered by the supplies to the marketplaces' warehouses).
            kept = self._subject_words(q, ranked[0][1])
            place = self._runner_up_saying(
                q, index, ranked, lambda c: kept <= self._subject_words(q, c)
            )
        if place:
            return [ranked[place], *ranked[:place], *ranked[place + 1 :]]
        shown = {i for i in q.intents if self.lexicon.intents[i].seeks}
        # "how much does it pay" — "Weekly pay, every Friday via direct deposit": the pay's
        # amount is sought too when the best line has no figure at all, from a line on every
        # subject asked ("$26 - $38 per hour").
        owned = {i for i in q.intents if self.lexicon.intents[i].owned}
        # (a date is no figure of it: "monthly, on the 1st via bank transfer")
        bare = (
            not shown
            and not q.paid_period
            and _SALARY in q.strong
            and not (owned and self._shows(q, ranked[0][1], owned))
        )
        if bare:
            shown = owned

        def shows(candidate: Candidate) -> bool:
            if bare and not q.strong <= candidate.topics:
                return False
            if shown:
                return self._shows(q, candidate, shown) and (
                    not any(self.lexicon.intents[i].seeks_named for i in shown)
                    or self._names_subject(q, candidate)
                )
            if q.who_pays:
                # «медкнижку кто оплачивает?»: a line naming the thing that says who pays.
                paying = self.lexicon.grammar.pays_for_words
                asked = q.content.keys() - paying
                return (
                    not asked.isdisjoint(candidate.keys)
                    # "We pay for it." after "… a criminal background check …"
                    or (
                        not asked.isdisjoint(candidate.before_keys)
                        and self._paying_carried(q, candidate)
                    )
                ) and self._shows_paying(q, candidate)
            # «обучение платят?»: a line on the training that speaks of its pay.
            return not self._unpaid_period(q, candidate)

        unit = None if shown or bare else self._asked_unit(q)
        named = False
        if unit is not None:
            # "how many hours a week is it" — "Rota … published 2 weeks in advance" over "Usually
            # 40–45 hours over 5 days": a runner-up is sought that gives a figure of the very
            # unit counted.
            def shows(candidate: Candidate) -> bool:
                return self._counts_unit(candidate, unit[0])

        elif q.members and not (shown or q.paid_period or q.who_pays):
            beside = self._beside_only(q, ranked[0][1])
            # "do i work weekends" — "We usually schedule interviews within 3 days": no day
            # named; "Monday through Friday, 7:00 AM to 3:30 PM" two lines on says which — not
            # a line on the way to work or to the office that names one («приходите в приемную
            # … в будни с 9 до 16»).
            away = frozenset() if beside else _AWAY
            kinds = beside or self._states_unnamed(q, ranked[0][1])
            # "do i bring my own hard hat" — "Bring gloves, crescent wrench …" over "…, hard hat
            # provided by arena": the best line names other members of the kind; a runner-up on
            # the very subject asked names the one asked («валенки выдаете», no subject, is not
            # answered by «Одевайтесь ТЕПЛО: …, валенки» under «Выдаем: жилет и перчатки»).
            others = [] if kinds else self._other_members(q, ranked[0][1])
            kinds = kinds or others
            if not kinds:
                return []

            # "is it a permanent job or temp" — "Employment: full-time, shift work" names the
            # hours, not the term asked: a close runner-up that names a member of the kind
            # ("Befristung: befristet, 12 Monate") answers.
            def shows(candidate: Candidate) -> bool:
                if others and not (
                    q.strong
                    and q.strong <= candidate.topics
                    and any(
                        not named.isdisjoint(q.members[kind])
                        for kind, named in self._members_said(candidate, others).items()
                    )
                ):
                    return False
                return candidate.topics.isdisjoint(away) and bool(
                    self._members_said(candidate, kinds)
                )

        elif q.name_asked and not (shown or q.paid_period or q.who_pays):
            # «какое метро рядом» — «жильё нет. хостелы рядом у метро» names no station; «м.
            # Парнас, ЖК на Верхней ул., от метро 12 мин» a line on names one.
            named = True

            # (a name of something else — «Киноцентр «Октава» (ТРЦ «Галерея») …» — is none)
            def shows(candidate: Candidate) -> bool:
                return any(
                    key in candidate.keys
                    or not q.fuzzy.get(key, frozenset()).isdisjoint(candidate.keys)
                    for key in q.content
                ) and (self.lexicon.grammar.names_said.search(candidate.said) is not None)

        elif q.net_asked and not (shown or q.paid_period or q.who_pays):
            # «зп на руки или грязными» — «Зарплата: от 62 000 до 92 000 ₽» says no tax; «Суммы
            # указаны до вычета НДФЛ» a line on does.
            named = True

            def shows(candidate: Candidate) -> bool:
                return self.lexicon.grammar.net_said.search(candidate.read) is not None

        elif (
            q.details_asked
            and not q.strong.isdisjoint(_PAY_TOPICS)
            and not (shown or q.paid_period or q.who_pays)
            and any(detail.search(self._heard(ranked[0][1])) is None for detail in q.details_asked)
        ):
            # «разряд повысил, насколько больше платят» — «Повышение разряда (с 4 до 6) — …,
            # каждый разряд +7 000 ₽ к окладу» under «оклад от 52 000 ₽ (4 разряд)»: the close
            # runner-up on the pay naming the detail asked of it (a raise), which the best line
            # lacks.
            named = True

            def shows(candidate: Candidate) -> bool:
                heard = self._heard(candidate)
                return not (q.strong & _PAY_TOPICS).isdisjoint(candidate.topics) and all(
                    detail.search(heard) is not None for detail in q.details_asked
                )

        elif q.own_or_given and not (shown or q.paid_period or q.who_pays):
            # «костюм свой покупать надо или выдаете» — of lines that tie on the costume, «Костюмы
            # даём мы» says whose it is.
            def shows(candidate: Candidate) -> bool:
                return self._says_own_or_given(candidate)

        elif not (shown or q.paid_period or q.who_pays):
            return []
        best = ranked[0][1]
        floor = ranked[0][0] * (
            self.w.sought_share if (shown and not bare) or named else self.w.shown_share
        )
        # "can i get weekends off" — "50% off food when you're not working" over "you MUST be
        # available Saturday and Sunday": a line naming the very part of the week asked is as
        # unmistakable as a neighbour.
        members = q.members if unit is None and not (shown or bare) else {}
        near = ranked[0][0] * self.w.neighbour_share
        for place, (score, candidate) in enumerate(ranked[1 : self.w.shown_depth], start=1):
            if score < near:
                break
            if (
                score < floor
                and not (
                    # «звоните менеджеру Алине» over «Телефон: +7 (900) 000-42-17» two lines
                    # on: the best line names whom to call, its neighbour shows the number asked.
                    shown
                    and candidate.group == best.group
                    and abs(candidate.order - best.order) <= self.w.neighbour_reach
                )
                and not any(
                    not asked.isdisjoint(named)
                    for kind, named in self._members_said(candidate, members).items()
                    if (asked := members[kind])
                )
            ):
                continue
            if shows(candidate) and self.gate(q, index, ranked[place]):
                return [ranked[place], *ranked[:place], *ranked[place + 1 :]]
        return []

    def _says_what_best_lacks(
        self, q: Question, index: PostingIndex, ranked: list[tuple[float, Candidate]]
    ) -> int:
        """The place of a close runner-up that passes the gate and says what the best line does
        not, or 0: a sum per the unit of time the question asks pay per («скока в час платят» —
        «Часовая тарифная ставка — 310 руб./час» over «Средняя заработная плата водителя 85 000
        – 110 000 руб.»), or what is done about a lack the candidate states."""
        best = ranked[0][1].read
        if q.pay_unit is None:
            # «таргет ни разу не настраивал, это критично?» — «большой плюс, но научим» over
            # «опыт настройки таргета»: a lack stated is met by what is done about it.
            said = self.lexicon.grammar.lack_met
            if not q.lack_stated or said.search(best) or self._lack_named(q, ranked[0][1]):
                return 0
            # (as unmistakable as a time sought; a reply to another comment speaks of that one's
            # lack: «Ольга, опыт не обязателен» to one who asked of the host's job)
            return self._runner_up_saying(
                q,
                index,
                ranked,
                lambda c: c.source != SOURCE_REPLY and said.search(c.read) is not None,
                share=self.w.sought_share,
            )
        unit = self.lexicon.pay_units[q.pay_unit]
        if self._sums_per(q.pay_unit, best) or (
            self.lexicon.intents[_MONEY].evidence.search(best)
            and re.search(rf"\d\s*(?:{unit.named.pattern})", best)
        ):
            return 0  # "$21.84 - $29.37 Hourly": the unit beside the sum
        name = q.pay_unit
        return self._runner_up_saying(q, index, ranked, lambda c: self._sums_per(name, c.read))

    def _sums_per(self, name: str, line: str) -> bool:
        """Whether ``line`` gives a sum of money per the unit of pay ``name``: the unit after the
        sum («2 800 ₽ за смену», «450 ₽/час») or a label naming it just before the sum («Ставка
        за смену — 2 800 ₽», «в месяц — от 45 до 60 тысяч рублей»; not a count: «Смен в месяц:
        15»)."""
        unit = self.lexicon.pay_units[name]
        if unit.said.search(line):
            return True
        money = self.lexicon.intents[_MONEY].evidence
        label = rf"(?:{unit.named.pattern})\w*\s*(?:[—–:]|\s-\s)\s*(?=[^\W\d]{{0,4}}\s*\d)"
        return any(
            money.search(_CLAUSE_RE.split(line[m.end() :], maxsplit=1)[0])
            for m in re.finditer(label, line)
        )

    def _extra_payday(self, q: Question, best: Candidate) -> bool:
        """Whether the question asks when pay comes, names no pay on top of the base one, and
        the best line gives the day of such an extra (a commission, a bonus, tips)."""
        extra = self.lexicon.grammar.extra_pay
        return (
            _SALARY in q.strong
            and _PAYDAY in q.intents
            and extra.search(best.read) is not None
            and extra.search(q.raw) is None
        )

    def _kinds_of_pay(self, c: Candidate) -> frozenset[str]:
        """The kinds of pay on top the line is on: perks within the salary (night pay,
        weekend pay, evening pay), not its advance or its being negotiable."""
        kinds = self.lexicon.topics
        return frozenset(
            name for name in c.topics if kinds[name].within == _SALARY and kinds[name].perk
        )

    def _extra_amount(self, q: Question, best: Candidate) -> bool:
        """Whether the question asks plainly how much the pay is — the salary its only
        subject, an amount asked, no pay on top asked — and the best line is on a kind of pay
        on top the question does not name, its first sum that pay's ("On top of the base rate
        we pay a night differential of $1.50 per hour", not "Pay: $22.50 - $27.00 per hour,
        plus $2.00/hr night differential": the base pay first) — or, the pay asked as a sum
        ("whats the hourly"), the best line's first sum is named as pay on top right after it
        ("Bilingual English/Spanish (a $1.00/hour differential applies …)")."""
        if not (
            q.strong == {_SALARY}
            and _EXTRA not in q.intents
            and (_MONEY in q.intents or any(self.lexicon.intents[n].owned for n in q.intents))
        ):
            return False
        first = self.lexicon.intents[_MONEY].evidence.search(best.read)
        named = self.lexicon.grammar.sum_named_extra.search(best.read)
        if first is not None and named is not None and named.start() <= first.start():
            # "whats the hourly" — "$16.00 – $24.00 per hour" over "Bilingual English/Spanish
            # (a $1.00/hour differential applies …)": the line's first sum is named pay on top.
            return True
        if not (
            any(self.lexicon.intents[name].owned for name in q.intents)
            and self._kinds_of_pay(best)
        ):
            return False
        extra = self.lexicon.intents[_EXTRA].evidence
        return first is not None and extra.search(best.read[: first.start()]) is not None

    def _runner_up_saying(
        self,
        q: Question,
        index: PostingIndex,
        ranked: list[tuple[float, Candidate]],
        says: Callable[[Candidate], bool],
        share: float | None = None,
    ) -> int:
        """The place of a close runner-up (within ``share`` of the best score; ``shown_share``
        unless given) that ``says`` what the best line does not and passes the gate, or 0."""
        floor = ranked[0][0] * (share or self.w.shown_share)
        for place, (score, candidate) in enumerate(ranked[1 : self.w.shown_depth], start=1):
            if score < floor:
                break
            if says(candidate) and self.gate(q, index, ranked[place]):
                return place
        return 0

    def _evidence_asked(
        self, q: Question, index: PostingIndex, ranked: list[tuple[float, Candidate]]
    ) -> int:
        """The place of a runner-up that nearly ties and shows what the question word asks for
        (a time, a sum, a count, a place) and passes the gate, when the best line shows none of
        it, or 0: «лаборант во сколько работает» — «Режим работы: … с 8:30 до 17:00», not the
        list of documents for the post that names the assistant as well."""
        if not q.intents or self._shows(q, ranked[0][1], q.intents):
            return 0
        lead = self.w.on_topic_lead

        def ranks(score: float, c: Candidate) -> float:
            return score * (lead if not q.strong.isdisjoint(c.topics) else 1.0)

        floor = ranks(*ranked[0]) * self.w.evidence_share
        for place, (score, candidate) in enumerate(ranked[1 : self.w.shown_depth], start=1):
            if ranks(score, candidate) < floor - _TIE:
                break
            if self._shows(q, candidate, q.intents) and self.gate(q, index, ranked[place]):
                return place
        return 0

    def _lack_named(self, q: Question, c: Candidate) -> bool:
        """Whether the line names the lack in the question's own words: «берёте без опыта?» —
        «рассматриваем выпускников колледжей без опыта работы»."""
        seq, without = q.sequence, self.lexicon.grammar.without
        lacks = {seq[at : at + 2] for at, key in enumerate(seq[:-1]) if key in without}
        return bool(lacks) and any(
            phrase[at : at + 2] in lacks
            for phrase in self._phrases(c)
            for at in range(len(phrase) - 1)
        )

    def _says_every_word(
        self,
        q: Question,
        index: PostingIndex,
        ranked: list[tuple[float, Candidate]],
        *,
        led_only: bool = False,
    ) -> int:
        """The place of a close runner-up that holds every word the question asks and passes
        the gate when the best line does not, or 0: "do i get paid during induction" — "paid
        two-week induction" — when the best line is about the pay alone. A runner-up that only
        scores close may be as near a miss as the best; one with every word asked is not.
        ``led_only``: only a line the role asked leads, whether or not the best line passes."""
        if not q.content:
            return 0
        led = self._led_by_asked_role(q, index, ranked[0][1])
        if led_only and led is None:
            return 0
        lead = self.w.on_topic_lead

        def ranks(score: float, c: Candidate) -> float:
            return score * (lead if not q.strong.isdisjoint(c.topics) else 1.0)

        # (a role's own row of pay is as unmistakable as a time sought, and ranks lower when the
        # best line has a topic more: «за смену» names the schedule)
        floor = ranks(*ranked[0]) * (self.w.sought_share if led_only else self.w.covered_share)
        places = []
        for place, (score, candidate) in enumerate(ranked[1 : self.w.covered_depth], start=1):
            if ranks(score, candidate) < floor - _TIE:
                break
            if (not led_only and candidate.keys.issuperset(q.content)) or (
                led is not None and led(candidate)
            ):
                places.append(place)
        if led is not None:
            # Of the rows the role leads, its own over another's that names it («Монолитчик —
            # 4 200 ₽» over «Бригадир монолитчиков — 5 500 ₽»): the fewest words unasked first.
            places.sort(key=lambda place: self._unasked_lead(q, ranked[place][1]))
        return next((place for place in places if self.gate(q, index, ranked[place])), 0)

    def _prices_piece(self, q: Question, c: Candidate) -> bool:
        """Whether a line gives its sum per the piece of work asked: the piece named right after
        the sum («1 600 ₽ за групповое занятие») or leading the line's row («венский стул,
        переклейка и покрытие — 3 000 ₽»), not only somewhere in it («прогулки на закат с
        группой — 2 000 ₽ за выход»: per outing)."""
        said = c.read
        heads = [found["piece"] for found in self.lexicon.grammar.piece_said.finditer(said)]
        name = row_name(said)
        if name is not None and self.lexicon.intents[_MONEY].evidence.search(said):
            heads += _WORD_RE.findall(name)[:1]
        return any(
            (word if word.isascii() else self.analyzer.stem(word)).startswith(stem)
            for word in heads
            for stem in q.piece
        )

    def _piece_priced(
        self, q: Question, index: PostingIndex, ranked: list[tuple[float, Candidate]]
    ) -> int:
        """The place of a close runner-up that gives its sum per the piece of work asked and
        passes the gate, when the best line does not, or 0: «скока за группу платите» — «1 600 ₽
        за групповое занятие» over «прогулки на закат с группой — 2 000 ₽ за выход»."""
        if not q.piece or self._prices_piece(q, ranked[0][1]):
            return 0
        # (as far below as a row of the item asked: ``row_share``)
        return self._runner_up_saying(
            q, index, ranked, lambda c: self._prices_piece(q, c), share=self.w.row_share
        )

    def _row_of_item_asked(
        self, q: Question, index: PostingIndex, ranked: list[tuple[float, Candidate]]
    ) -> int:
        """The place of a close runner-up that is a row of a price list or pay table leading
        with the item a sum is asked of, and passes the gate, when the best line is no such
        row, or 0: "how much do clerks get paid" — "Clerk | Checks in voters … | $175" over
        "Salary: 175–280 $"; "how much for inspector" — "Inspector | Leads the polling place
        team … | $240" over "Inspector training: two classes". The row names whose sum it is."""
        if not (self._pay_asked(q) or _SUM in q.intents):
            return 0
        lexicon = self.lexicon
        grammar = lexicon.grammar
        asked = {
            key
            for key in q.content
            if key.isalpha()
            and key not in lexicon.stopwords
            and key not in grammar.units
            and key not in grammar.rate_words
            and not lexicon.word_topics(key)
        }
        if not asked:
            return 0

        def leads(c: Candidate) -> bool:
            if _CELLS not in c.quote:
                return False  # a table's row, not a line of a list («Пекарь — 2700 р/смена»)
            item = self._row_item(c, _ROW_SUMS)
            return item is not None and not asked.isdisjoint(item)

        if leads(ranked[0][1]):
            return 0
        floor = ranked[0][0] * self.w.row_share
        for place, (score, candidate) in enumerate(ranked[1 : self.w.row_depth], start=1):
            if score < floor or not leads(candidate):
                continue
            # (a row of a table of pay often names no pay: «Clerk | … | $175» under "Positions
            # & Stipends": the sum it gives the item asked is the pay asked)
            if _SALARY in q.strong and _SALARY not in candidate.topics:
                candidate = changed(candidate, topics=candidate.topics | {_SALARY})
            if self.gate(q, index, (score, candidate)):
                ranked[place] = (score, candidate)
                return place
        return 0

    def _unasked_lead(self, q: Question, c: Candidate) -> int:
        """How many words of a line's lead (before its dash) the question does not ask."""
        lead = _LEAD_END.split(c.said, maxsplit=1)[0]
        return len(self.analyzer.analyze(lead).keys - q.content.keys() - self.lexicon.stopwords)

    def _led_by_asked_role(
        self, q: Question, index: PostingIndex, best: Candidate
    ) -> Callable[[Candidate], bool] | None:
        """When the question names a role of a posting that hires several and the best line
        does not lead with it (a colleague's comment that mentions «пекарь на ночь»), a test of
        whether a line does: «ПЕКАРЬ (ночные смены, с 22 до 8) — 3000 р/смена» is that role's
        own statement. None when the question names no such role."""
        if len(index.title_parts) < 2 or index.title_keys.isdisjoint(q.content):
            return None  # one role, perhaps in grades: «Тренер 2 категории — оклад …»
        leads = self._role_leads(index)
        if sum(not part.isdisjoint(index.role_words) for part in index.title_parts) < 2:
            return None  # "Staff Nurse - ICU / Critical Care": one job; several lead no lines
        asked = {key for key in q.content if key in index.role_words}
        if not asked or not asked.isdisjoint(leads[index.candidates.index(best)]):
            return None
        # A role's own line names it before a dash and says what it gets after.
        return lambda c: (
            (" — " in c.quote or " – " in c.quote)
            and not asked.isdisjoint(leads[index.candidates.index(c)])
        )

    def select(self, q: Question, ranked: list[tuple[float, Candidate]]) -> list[Candidate]:
        """Select: the best unit, and up to ``max_items`` in all from its group that score
        close to it and are on the question's topic (the duties for "что делать?")."""
        best_score, best = ranked[0]
        chosen = [best]
        for score, candidate in ranked[1:]:
            if len(chosen) >= self.w.max_items:
                break
            if (
                score >= best_score * self.w.extra_share
                and candidate.group == best.group
                and self._on_topic(q, candidate)
            ):
                chosen.append(candidate)
        return chosen

    def _own_sense(
        self, tokens: list[str], triggers: dict[str, set[str]], index: PostingIndex
    ) -> set[str]:
        """The question's aliased keys that name a topic where the alias's word is a Russian
        word of its own that names the posting's job, and the posting never writes the word it
        stands for: «докер» (a dock worker) on a port's posting is no Docker."""
        analyzer = self.analyzer
        asked = {
            key: target
            for token in tokens
            if (target := analyzer.aliases.get(key := analyzer.key(token))) in triggers
            and not token.isascii()  # "english" → «английский» translates: one sense
            and analyzer.is_known(token)
        }
        if not asked:
            return set()
        keys = {analyzer.key(word) for word in self._builder.vocabulary(index).words}
        return {
            target
            for key, target in asked.items()
            if key in keys and target not in keys and target in index.title_keys
        }

    def _posting_reading(self, word: str, index: PostingIndex) -> str | None:
        """A Russian word's less likely reading when the posting names it and not the most
        likely one, both nouns: «котельная на угле» on a posting of «уголь (каменный)» is coal,
        no corner. A word the lexicon knows keeps the reading it is known by («в часах»)."""
        analyzer = self.analyzer
        key = analyzer.key(word)
        if key in index.idf or key in self.lexicon.words or word in self.lexicon.words:
            return None
        if not analyzer.is_cyrillic_noun(key):  # «заправил» is no «заправило»: a verb stays one
            return None
        readings = [
            other
            for other in analyzer.other_keys(word)
            if other in index.idf and analyzer.is_cyrillic_noun(other)
        ]
        return readings[0] if len(readings) == 1 else None

    def _spell(self, question: str, index: PostingIndex) -> str:
        """The question with each word the dictionary, the posting and the lexicon do
        not know read as the posting's or the lexicon's word one edit away ("графек"), and
        a word the posting hyphenates read as it writes it ("ebikes" → "e-bike")."""
        fixed = question
        for match in _WORD_RE.finditer(question):
            word = normalize(match.group())
            if len(word) < self.w.min_typo_length:
                continue
            if self.analyzer.is_known(word):
                reading = self._posting_reading(word, index)
                if reading is not None:
                    fixed = fixed.replace(match.group(), reading, 1)
                continue
            posting = self._builder.vocabulary(index)
            if word in self.lexicon.words:
                continue
            if word in posting.words:
                if word in posting.written:  # "ebike" where the posting writes "E-bike"
                    fixed = fixed.replace(match.group(), posting.written[word], 1)
                continue
            near = posting.near(word) or self.lexicon.vocabulary.near(word)
            if not near and len(word) >= self.w.long_typo_length:
                near = self.lexicon.english_vocabulary.near(word)
            if near:
                fixed = fixed.replace(match.group(), posting.as_written(near[0]), 1)
        return fixed

    def parse(self, question: str, index: PostingIndex) -> Question:
        """Parse: the question (typos read as the posting's words) as weighted content keys,
        the topics and intents it names, and what of it the posting never covers."""
        analyzer, lexicon = self.analyzer, self.lexicon
        question = self._spell(question, index)
        # «график 2 через 2?» — «2/2 с 7:00 до 20:00»
        question = lexicon.grammar.ratio_typed.sub(lambda m: "/".join(m.groups()), question)
        # "wat days do u work" — "what days …": a question word as a chat types it; "a bus out
        # to the farm" — "a bus to the farm": a phrasal verb as the plain word it means.
        question = self._typed(question)
        # «30 тыщ это на руки» — «30 000 на руки»: the sum in the posting's figures.
        question = lexicon.grammar.thousands_clipped.sub(
            lambda m: _in_full(m, index.idf), question
        )
        analyzed = analyzer.analyze(question)
        raw = normalize(question)
        tokens = analyzer.tokens(question)
        pays_for = lexicon.pays_for(raw)
        patterned: dict[str, set[str]] = {}
        topics, triggers = lexicon.question_topics(
            analyzed, raw, tokens, pays_for=pays_for, patterned=patterned
        )
        for key in self._own_sense(tokens, triggers, index):
            # «скока зп у докера» on a docker's posting: «докер» is the posting's own word, in
            # its own sense, not the tool its alias names; it names no subject asked.
            for name in triggers.pop(key):
                if not any(name in names for names in triggers.values()):
                    topics.discard(name)
        smalltalk = any(lexicon.topics[name].smalltalk for name in topics)
        kinds = lexicon.topics
        if any(kinds[name].world for name in topics):
            # "hows the weather in kansas city", «кто вчера в футбол выиграл»: the world, not the
            # job, is asked; the place or the game named is only where or what it is.
            topics = {name for name in topics if kinds[name].smalltalk}
        strong = {n for n in topics if not kinds[n].weak and not kinds[n].smalltalk}
        for name, into in _absorbed(strong, triggers, patterned, kinds, index).items():
            # "do weekends pay more": "weekends" names the roster, yet here it is a word of
            # the pattern that asked what weekends pay; that subject is the one asked (when
            # the posting speaks of it: «ночью ставка выше?» is else asked of the night's rate).
            strong.discard(name)
            for names in triggers.values():
                if name in names:
                    names.discard(name)
                    names |= into
        parsed_unknown: set[str] = set()
        for name in list(strong):
            if kinds[name].distinct:
                named = [key for key, names in triggers.items() if name in names]
                on_topic = index.topic_keys(name)
                if named and all(
                    key not in on_topic
                    and key not in kinds[name].generic
                    # «тату на запястье» — «без видимых татуировок»: the same thing.
                    and on_topic.isdisjoint(lexicon.synonyms.get(key, ()))
                    # "do i have to buy the shirt" — "Arena polo … provided": one member.
                    and not _same_member(lexicon, key, on_topic)
                    for key in named
                ):
                    # "python or bash?" where no line on tools names either: it does not say
                    # ("английский?" where English is only a perk's lessons).
                    parsed_unknown.add(name)
                    strong.discard(name)
            # "из Узбекистана можно?" on a posting silent on working abroad: citizenship.
            instead = kinds[name].fallback
            if (
                name not in index.covered_topics
                and instead in index.covered_topics
                # "can i mod from my phone only": one's own phone is a device, no contact.
                and not any(pattern.search(raw) for pattern in kinds[instead].unless_asked)
            ):
                strong.discard(name)
                strong.add(instead)
                for names in triggers.values():
                    if name in names:
                        names.add(instead)
        said_of_self, own_text, asking, stated_case, case_asked = self._situation(question)
        stated: set[str] = set()
        if asking != question:
            # «как домой добираться если смена до 12 ночи»: the case stated is no subject asked,
            # when the question names one of its own.
            stated = {
                name
                for name in strong
                if all(key in stated_case for key, names in triggers.items() if name in names)
                and any(name in names for names in triggers.values())
            }
            if stated and strong - stated:
                strong -= stated
            else:
                stated = set()
        # "im a contractor in germany, how do i get paid", «как добираться, я без машины»: where
        # the candidate lives or how they travel, said of themselves, tells who asks, when the
        # question asks a subject of its own (`self_told`).
        own_named = {
            name
            for name in strong & lexicon.grammar.self_told
            if any(name in names for names in triggers.values())
            and all(key in said_of_self for key, names in triggers.items() if name in names)
        }
        if own_named and strong - own_named:
            strong -= own_named
        else:
            own_named = set()
        frame, context = _during(analyzed.sequence, lexicon.grammar.during, lexicon.stopwords)
        context |= _during(analyzed.sequence, lexicon.grammar.at_work, lexicon.stopwords)[0]
        framed = lexicon.grammar.during_context & strong if context and len(strong) > 1 else set()
        for name in framed:
            # "где поесть во время смены?": "during the shift" is just "at work"; the meal is
            # asked about. ("paid during training" does ask about the training period.)
            named = [key for key, names in triggers.items() if name in names]
            if named and all(key in context for key in named):
                strong.discard(name)
        _, later = _during(analyzed.sequence, lexicon.grammar.after, lexicon.stopwords)
        after_topics = {
            name
            for name in strong
            if (named := [key for key, names in triggers.items() if name in names])
            and all(key in later for key in named)
        }
        if after_topics == strong:
            after_topics = set()
        weak = {n for n in topics if lexicon.topics[n].weak} | stated | own_named
        intent_patterned: dict[str, set[str]] = {}
        intents, intent_keys = lexicon.intent_words(
            analyzed, raw, tokens, patterned=intent_patterned
        )
        # "how much per hour if im 19": the age is said in the case, not asked; it still says
        # whose pay row is asked.
        age_stated = _OWN_AGE in intents
        if asking != question:
            # "если смена до 12 ночи": a clock time in the case asks for none.
            main, main_tokens = analyzer.analyze_tokens(asking)
            intents &= lexicon.intent_words(main, normalize(asking), main_tokens)[0]
        for name in list(intents):
            # "где поесть во время смены?": "во время X" names when, it asks for no time of day.
            named = [key for key, names in intent_keys.items() if name in names]
            if named and all(key in frame or key in context for key in named):
                intents.discard(name)
        relative = self._relative_self(tokens)
        for names, keys in ((intents, intent_keys), (strong, triggers)) if relative else ():
            # «можно проверить пятерочку, где я сама работаю»: «где» opens what the candidate
            # says of themselves; no place is asked.
            names -= {
                name
                for name in names
                if (named := [key for key, of in keys.items() if name in of])
                and all(key in relative for key in named)
            }
        if not intents.isdisjoint(_WHENS):
            # "когда зп?": what "when" asks of the topic (how often pay comes), not any time.
            asked = {when for name in strong if (when := lexicon.topics[name].when) is not None}
            if asked:
                intents = (intents - _WHENS) | asked
        if not intents.isdisjoint(_TIMES_OF_COUNT) and lexicon.says(
            lexicon.grammar.count_asked, raw
        ):
            # «в общаге комнаты на скольких», «по возрасту до скольки»: how many, or an age's
            # bound — no length («на сколько») and no time of day («до скольки»).
            intents = (intents - _TIMES_OF_COUNT) | {_QUANTITY}
        if _SPAN in intents:
            # «сезон со скольки и до какого числа»: the period's first and last days, no hours.
            intents.discard(_CLOCK)
        if _CLOCK in intents and _MONEY in intents:
            # "whats the hourly": the words that read as "what hours" are the hourly pay asked
            # (the money's pattern holds them all), no time of day.
            hourly = [key for key, names in intent_keys.items() if _CLOCK in names]
            if hourly and all(_MONEY in intent_patterned.get(key, ()) for key in hourly):
                intents.discard(_CLOCK)
        if _IN_MONEY in intents:
            # «стимулирующие сколько в рублях»: the amount asked is a sum of money, which a share
            # or a count does not show.
            intents.discard(_QUANTITY)
        if _CHANNEL in intents:
            # «куда резюме кидать»: where a thing is sent is a way in (an e-mail, a handle), not
            # the street one would bring it to.
            intents.discard(_PLACE)
        if _FREQUENCY in intents or _EXTRA in intents:
            # "is the salary paid monthly": how often it is paid is asked, not whether it is;
            # "is saturday paid at a higher rate": whether it pays more, not whether it pays.
            intents.discard(_PAID)
        if not intents and "?" not in question and lexicon.grammar.acknowledges(tokens):
            # "ок, позвоню", "спасибо, напишу в ватсап": the candidate closes the talk; what
            # they will do next is no question about the job.
            smalltalk, strong, weak = True, set(), set()
        if strong.isdisjoint(_PAID_TOPICS) and _QUANTITY in intents and self._pay_of_role(raw):
            # «а кладовщику скока», «разнорабочим скока»: how much goes to a job named in the
            # dative is its pay — also when a word of the job's name names a subject of its own
            # («помощнику дежурного сколько»: the on-call duty), unless what is asked is itself
            # paid («премия водителям сколько»).
            strong.add(_SALARY)
        dropped = strong - index.covered_topics
        strong -= dropped
        # "how do I get there without a car?": a subject only named as what one lacks is not
        # asked about, when something else is. Nor one named only in what the candidate says of
        # themselves ("I have a 3 year old, are the hours flexible?", "я студентка, можно на
        # полставки?").
        negated = _negated(analyzed.sequence, lexicon.grammar, lexicon.stopwords)
        aside = set(negated)
        aside |= said_of_self
        timed = {
            name
            for key, names in triggers.items()
            if key not in aside
            for name in names & strong
            if kinds[name].timed and name != _SCHEDULE
        }
        if _SCHEDULE in strong and timed:
            # "how many PTO hours do i get": the hours count the leave, no working hours asked.
            named = [key for key, names in triggers.items() if _SCHEDULE in names]
            if named and all(key in lexicon.grammar.counts_any for key in named):
                strong.discard(_SCHEDULE)
        if dropped and (
            strong
            # "do you pay for km when i drive clients", «какой процент с персоналки тренеру»:
            # when no subject asked is left, a subject named only in the case the question
            # states or by the percentage asked is not asked either, when the question names
            # anything else — but what the candidate says of themselves is then what they ask
            # of («я из рф, без внж можно?»).
            or any(
                key not in lexicon.stopwords and triggers.get(key, set()).isdisjoint(dropped)
                for key in analyzed.sequence
            )
        ):
            unasked = aside if strong else set()
            # A subject asked in one of its own ways ("ночью платят больше?") has no words of
            # its own to be aside: it is asked.
            asked = lexicon.asked_by_pattern(raw) & dropped
            dropped = asked | {
                name
                for name in dropped
                if any(
                    name in names
                    and key not in unasked
                    # «ночные доплачивают? скок процентов»: the percentage asked for names no
                    # subject the posting lacks (a share of pay: a premium, a commission)
                    and _PERCENT not in intent_keys.get(key, ())
                    # «опыт нужен или после курсов можно»: a subject named only after «после»
                    # says when the candidate comes, beside the subject asked (as ``after``)
                    and key not in later
                    # "do you pay for km when i drive clients": nor one named only in the case
                    # the question states, beside what it asks of it
                    and (case_asked or key not in stated_case)
                    for key, names in triggers.items()
                )
                # «пекарей ночью домой развозят?»: a subject named by one of its patterns
                # («развозят») is asked as much as one named by its word — when the pattern's
                # words are no other subject's («ночью ставка выше?» is the pay at night).
                or _own_pattern(name, patterned, triggers, unasked)
            }
        dropped_triggers = {key: set(names) for key, names in triggers.items()}
        for key in list(triggers):
            if triggers[key] & dropped:
                names = triggers[key] - dropped
                if names:
                    triggers[key] = names
                else:
                    del triggers[key]
        content: dict[str, float] = {}
        dropped_keys: dict[str, float] = {}
        named_dropped = {key for key, names in dropped_triggers.items() if names & dropped}
        explains: dict[str, frozenset[str]] = {}
        fuzzy: dict[str, frozenset[str]] = {}
        stems = dict(analyzer.stem_pairs(question))
        # «скока получает соцработник» on a «Социальный работник» posting: the title's job
        # clipped into one word is read as the title's words and weighs as they do — on top of
        # them, it would ask the title's own pay line to name the job three times.
        clipped = {
            key
            for key, parts in analyzer.clipped(question).items()
            if key not in triggers and index.title_keys.issuperset(parts)
        }
        history_framed = self._history_framed(question, tokens)
        # «носильщикам сколько за одни похороны», «сдельно за один щит сколько»: the count before
        # a piece priced says one piece is meant; it is no word a line must have.
        per_piece = (
            lexicon.grammar.per_piece.search(raw) if intents & {_QUANTITY, _MONEY} else None
        )
        count = per_piece.groupdict().get("count") if per_piece else None
        piece_count = analyzer.key(count.lower()) if count else ""
        # «а подмена есть если что», «если чего вдруг»: a case of a pronoun or two that ends the
        # question names nothing and only hedges; its «если» is no word a line must hold (not
        # «почем глина если для своих работ брать», a case told in words of the stop list).
        sequence = analyzed.sequence
        hedged = {
            key
            for at, key in enumerate(sequence)
            if key in lexicon.grammar.condition
            and len(sequence) - at - 1 <= _HEDGE_WORDS
            and all(
                after in lexicon.stopwords and not analyzer.is_cyrillic_verb(after)
                for after in sequence[at + 1 :]
            )
        }
        # In a fixed order: the weights are summed in it, and a line's coverage may sit on the
        # gate's threshold (3.33 of 6.66) — a set's order would answer differently per process.
        for key in sorted(analyzed.keys):
            if (
                key in lexicon.stopwords
                or key in hedged
                or key in frame
                or key in clipped
                or key in history_framed
                or key == piece_count
                or (key in intent_keys and key not in index.idf)
                or (key in index.title_keys and key not in index.idf and key not in index.role_idf)
            ):
                continue
            weight = index.weight(key)
            role = key in index.role_idf
            if key not in index.idf and not role:
                # "капельницы ставить надо?": the line says "постановка капельниц".
                weight *= self.w.unseen_verb_share if analyzer.frames(key) else self.w.unseen_share
            if (
                key in index.title_keys
                and not role
                and not strong
                and any(kinds[n].section for n in weak)
            ):
                # "обязанности тренера" on a trainer's posting: the job's own name only frames.
                weight *= self.w.title_share
            if key in triggers:
                explains[key] = frozenset(triggers[key])
                weight *= self.w.trigger_share
            elif key in patterned and not patterned[key].isdisjoint(weak) and analyzer.frames(key):
                # «а делать то что надо»: the verb of the pattern that named the section asked
                # (what the work is) is a word of that subject, as a term that named it is — not
                # the job or the firm it asks of ("what does loopdesk even do").
                weight *= self.w.trigger_share
            if smalltalk and key in triggers:
                continue
            content[key] = weight
            if key in named_dropped and not dropped.isdisjoint(lexicon.word_topics(key)):
                # Its own word for the subject ("форма"), not part of a phrase ("сколько лет").
                dropped_keys[key] = index.weight(key)
            if key not in index.idf and key.isalpha():
                near: set[str] = {k for k in lexicon.synonyms.get(key, ()) if k in index.idf}
                if len(key) >= FUZZY_PREFIX:
                    # … but a verb is no form of an adjective that starts as it does:
                    # «выходить» (come to work) is not «выходной» (a day off), «готовить» not
                    # «готовый».
                    verb = analyzer.is_cyrillic_verb(key)
                    near.update(
                        other
                        for other in index.prefixed(key)
                        if _shares_stem(key, other) and not (verb and analyzer.is_quality(other))
                    )
                stem = stems.get(key, "")
                if len(stem) >= self.w.min_stem:
                    # Lemmas differ where stems agree: "душ?" (душа) and "с душем" (душ).
                    by_stem = self._builder.stems(index)
                    # … but a word whose lemma is another word's is that word: «лет» (год) is
                    # no form of «лето», though both stem to «лет».
                    start = self.w.min_stem
                    near.update(
                        other for other in by_stem.get(stem, ()) if other[:start] == stem[:start]
                    )
                    if not analyzer.frames(key):
                        # "ночью" finds "ночной" (stem "ночн"); a verb would find too much
                        # ("курить" — "курсы").
                        near.update(by_stem.get("~" + stem, ()))
                latin = lexicon.to_latin(key) if len(key) > FUZZY_PREFIX else None
                if latin is not None:
                    # «комацу есть?» — «опыт на Komatsu D155A»: a make or a brand typed in
                    # Cyrillic is the word the posting writes in Latin letters — a word longer
                    # than the prefix shared, with a Latin word as long: a shorter one meets the
                    # posting's names by chance («каспи голд нет» is no question on Kaspi).
                    near.update(
                        other
                        for other in index.prefixed(latin)
                        if other.isascii() and len(other) > FUZZY_PREFIX
                    )
                if near:
                    fuzzy[key] = frozenset(near)
            elif key in lexicon.synonyms:
                # "бесплатно" where the perk line says "бесплатный": its partners count as near.
                near = {k for k in lexicon.synonyms[key] if k in index.idf}
                if near:
                    fuzzy[key] = frozenset(near)
        for key in content:
            # «гардероб во сколько работать» on a posting for a «гардеробщик»: the place of a
            # job names the job its title lists.
            if len(key) >= FUZZY_PREFIX and key not in index.title_keys:
                jobs = {t for t in index.title_keys if len(t) > len(key) and t.startswith(key)}
                if jobs:
                    fuzzy[key] = fuzzy.get(key, frozenset()) | jobs
        also_said = lexicon.says(lexicon.grammar.also, raw)
        also_case = (
            _also_case(analyzed.sequence, content.keys() - aside, lexicon.grammar.also_case)
            if also_said
            else frozenset()
        )
        # «скидка на алкоголь тоже действует?»: an offer reaching a thing the posting never
        # names. When «тоже» follows the case it asks of («в мороз тоже на улице пахать?»,
        # «ночью тоже ходить по реке?»), a place or a time after it, led by a preposition, is
        # where the work of that case is done, in the candidate's own words — no thing reached.
        setting = (
            _governed(analyzed.sequence, lexicon.grammar.also_case, analyzer)
            if also_case
            else frozenset()
        )
        beyond = also_said and any(
            key not in index.idf
            and key not in triggers
            and key not in aside
            and key not in fuzzy
            and key.isalpha()
            and not analyzer.frames(key)
            and not lexicon.grammar.also.search(key)
            and key not in setting
            for key in content
        )
        # ("what time do i get off work" on a posting with "Full Time": the question word's own
        # "time" is no word the posting has to name)
        unknown_only = all(key not in index.idf or key in intent_keys for key in content)
        if not strong and not weak and not dropped and not smalltalk and unknown_only:
            # "во сколько работа?", "где это?", "во сколько начало?": the question word says what
            # is asked when its other words name nothing the posting has.
            for name in intents:
                default = lexicon.intents[name].default
                if default is None or (content and not lexicon.intents[name].default_over):
                    continue
                if default in index.covered_topics:
                    strong.add(default)
                else:
                    dropped.add(default)
        # «если еду на две смены, ставка выше?», «бензин компенсируете, если на своей машине?»:
        # whether the case is paid for or allowed is what is asked; the line must speak to it.
        paying = (
            pays_for
            or not intents.isdisjoint((_PAID, _EXTRA))
            or not strong.isdisjoint(_PAY_TOPICS)
            or lexicon.grammar.value_permission.search(normalize(asking)) is not None
            or not lexicon.grammar.pays_for_words.isdisjoint(analyzer.analyze(asking).keys)
        )
        case_keys = frozenset(stated_case) if stated and not paying else frozenset()
        parsed = Question(
            content=content,
            explains=explains,
            fuzzy=fuzzy,
            strong=strong,
            weak=weak,
            intents=intents,
            smalltalk=smalltalk,
            unknown=parsed_unknown,
            dropped=dropped,
            raw=raw,
            dropped_keys=dropped_keys,
            first=any(lexicon.intents[name].first for name in intents),
            headed=any(lexicon.intents[name].headed for name in intents),
            pays_for=pays_for,
            beyond=beyond,
            also_case=also_case,
            sequence=analyzed.sequence,
            aside=frozenset(aside),
            case_keys=case_keys,
            case_topics=frozenset(stated) if case_keys else frozenset(),
            case_asked=case_asked,
            after_topics=frozenset(after_topics),
            after_keys=frozenset(later) if after_topics else frozenset(),
            apart=frozenset(negated) if _SALARY in strong else frozenset(),
            phrasing=frozenset(
                key
                for key, names in patterned.items()
                if key.isalpha() and key not in triggers and not names.isdisjoint(strong)
            ),
            named=frozenset(
                key for key in analyzed.keys if key not in lexicon.stopwords and key.isalpha()
            ),
        )
        # "is on call paid extra": the words that asked for what a line must show, not the
        # words of any subject — a line that shows it has them.
        parsed.asking = {
            key: frozenset(names & intents)
            for key, names in intent_patterned.items()
            if key in content and key not in triggers and names & intents
        }
        unnamed_dropped = {
            name
            for name in dropped
            if not any(name in dropped_triggers[key] for key in dropped_keys)
        }
        if unnamed_dropped:
            # «ночные доплачивают?», "is there a test task": a subject named only by its pattern
            # has no word of its own a line could name; the pattern's other words stand for it.
            # (Not the words that asked what to show: «доплачивают» of «за ночные свадьбы
            # доплачивают?» is shown by «+1 500 ₽».)
            shown = {name for name in intents if lexicon.intents[name].must_show}
            parsed.dropped_phrasing = {
                key: weight
                for key, weight in content.items()
                if not unnamed_dropped.isdisjoint(
                    dropped_triggers.get(key, set()) | patterned.get(key, set())
                )
                and shown.isdisjoint(intent_keys.get(key, ()))
                and shown.isdisjoint(intent_patterned.get(key, ()))
            }
        if parsed.asking and all(key in parsed.asking or analyzer.frames(key) for key in content):
            # «скока ваши услуги стоят»: a noun inside the pattern that asked the price is the
            # thing priced, when the question names nothing else — a line must name it too. Not
            # a noun that asked anything else: «по каким дням» asks days a line shows by «вт-вс».
            priced = [key for key, names in parsed.asking.items() if _COST in names]
            for key in [key for key in priced if analyzer.is_cyrillic_noun(key)]:
                del parsed.asking[key]
        # "which days?", "what times would i work": the word that asked what a line must show,
        # kept as content because some line uses it ("Some days it's just folding boxes"), is
        # had by a line that shows it ("Tuesday, Wednesday and Thursday"). Not a subject's own
        # word («процент», "pay"), nor «платное»: any paid thing shows that (-2 without these).
        for key, names in intent_keys.items():
            asked = names & intents - {_PAID}
            if (
                asked
                and key in content
                and key not in parsed.asking
                and key not in dropped_triggers
                and not lexicon.word_topics(key)
            ):
                parsed.asked_by[key] = frozenset(asked)
        parsed.who_pays = pays_for and lexicon.says(lexicon.grammar.who_pays, raw)
        parsed.self_pays = lexicon.says(lexicon.grammar.self_pays, raw)
        parsed.name_asked = lexicon.says(lexicon.grammar.name_asked, raw)
        parsed.org_asked = parsed.name_asked and lexicon.says(lexicon.grammar.org_asked, raw)
        duty = lexicon.grammar.duty_asked.search(raw)
        if duty is not None:
            deed = frozenset(self.analyzer.analyze(duty.group("verb")).keys)
            if lexicon.grammar.duty_plain.isdisjoint(deed):
                parsed.deed = deed
        parsed.rank_asked = lexicon.says(lexicon.grammar.rank, raw)
        words = _WORD_RE.findall(raw)
        parsed.role_kinds = frozenset(
            (key, analyzer.key(after.lower()))
            for word, after in pairwise(words)
            for key in (analyzer.key(word.lower()),)
            if key in lexicon.grammar.roles and analyzer.is_noun_in(after, "gent")
        )
        parsed.role_quals = frozenset(
            (key, kind)
            for before, word in pairwise(words)
            for key, kind in ((analyzer.key(word.lower()), analyzer.key(before.lower())),)
            if key in lexicon.grammar.roles and analyzer.is_quality(kind)
        )
        parsed.hired_as = frozenset(
            key
            for word in _WORD_RE.findall(raw)
            for key in (analyzer.key(word.lower()),)
            if key in lexicon.grammar.roles and analyzer.is_noun_in(word, "ablt")
        )
        parsed.counted = self._counted(question, intents)
        parsed.members = lexicon.members_of(analyzed.keys, raw)
        # «ужин будет или только обед?»: the member after «или только» is known, not asked.
        known = lexicon.grammar.known.search(raw)
        told = " ".join(filter(None, (own_text, known and known.group("known"))))
        if told:
            # "у меня пары днём, график гибкий?": the day is the candidate's, not asked.
            own = lexicon.members_of(analyzer.analyze(told).keys, normalize(told))
            parsed.members = {
                kind: asked - own.get(kind, frozenset())
                for kind, asked in parsed.members.items()
                if asked - own.get(kind, frozenset())
            }
        # "does cycle to work cover e-bikes": the scheme named as a whole frames the question;
        # the e-bike is what it asks of.
        parsed.members = {
            kind: (asked - lexicon.member_general[kind]) or asked
            for kind, asked in parsed.members.items()
        }
        parsed.member_keys = {
            kind: lexicon.member_keys(kind, asked, analyzed.keys, raw)
            for kind, asked in parsed.members.items()
        }
        parsed.beside = frozenset(
            kind for kind, side in lexicon.member_beside.items() if side.search(raw)
        )
        parsed.situations = lexicon.situations_of(raw)
        if parsed.situations:
            parsed.situation_keys = frozenset(
                key
                for kind in parsed.situations
                for match in lexicon.situations[kind].said.finditer(raw)
                for key in self.analyzer.analyze(match.group()).keys
            )
        parsed.paid_period = self._paid_period(parsed, raw)
        parsed.paid_asked = _PAID in parsed.intents and not lexicon.says(
            lexicon.grammar.paid_costs, raw
        )
        parsed.stems = tuple(
            (key, stem, content[key])
            for key, stem in {**{k: k for k in content if k.isascii()}, **stems}.items()
            if key in content and len(stem) > self.w.min_stem
        )
        parsed.asks_pay = lexicon.says(lexicon.pay_asked, raw)
        parsed.pay_unit = self._pay_unit(parsed, raw)
        parsed.piece = self._piece(parsed, raw)
        parsed.per_work = (
            bool(parsed.intents & {_QUANTITY, _MONEY})
            and parsed.pay_unit is None
            and self.lexicon.says(self.lexicon.grammar.per_work, raw)
        )
        parsed.age_stated = age_stated
        # «мне 17, через месяц 18»: the candidate's own age comes later, not a change of the job.
        parsed.later = lexicon.says(lexicon.grammar.later, raw) and _OWN_AGE not in intents
        # «в астане есть вакансия?»: whether they hire in a place the question names.
        parsed.hiring_asked = (
            lexicon.says(lexicon.grammar.hiring_asked, raw)
            and bool(self._places_in(analyzed.sequence))
        ) or lexicon.says(lexicon.grammar.site_asked, raw)
        parsed.way_back = lexicon.says(lexicon.grammar.return_asked, raw)
        parsed.way_there = lexicon.says(lexicon.grammar.there_asked, raw)
        district = lexicon.grammar.district.search(raw)
        if district:
            parsed.district = frozenset(self.analyzer.analyze(district["place"]).keys)
        parsed.another_asked = lexicon.says(lexicon.grammar.another_asked, raw)
        grades = _grades(lexicon.grammar.grade, raw)
        parsed.grades = frozenset(n for grade in grades for n in grade)
        if grades:
            parsed.grade_keys = frozenset(
                key
                for match in lexicon.grammar.grade.finditer(raw)
                for key in self.analyzer.analyze(match[0]).keys
            )
        parsed.own_child = lexicon.says(lexicon.grammar.own_child, raw)
        parsed.total_asked = lexicon.says(lexicon.grammar.total_asked, raw)
        parsed.plan_asked = lexicon.says(lexicon.grammar.plan_asked, raw)
        parsed.end_asked = lexicon.says(lexicon.grammar.end_asked, raw)
        # «аванс сколько примерно»: how much of the pay or a part of it, asked of nothing else
        # («испыталка сколько и зп на ней режут» asks the probation's length).
        parsed.pay_asked = lexicon.says(lexicon.grammar.pay_asked, raw) or (
            _QUANTITY in parsed.intents
            and bool(parsed.strong)
            and all(n in _PAY_TOPICS or kinds[n].within in _PAY_TOPICS for n in parsed.strong)
        )
        parsed.actual_asked = lexicon.says(lexicon.grammar.actual_asked, raw)
        parsed.charge_asked = lexicon.says(lexicon.grammar.charge_said, raw)
        parsed.housing_asked = tuple(
            p for p in lexicon.grammar.housing_details if lexicon.says(p, raw)
        )
        parsed.details_asked = (
            tuple(said for asked, said in lexicon.grammar.details if lexicon.says(asked, raw))
            if any(lexicon.says(asked, raw) for asked in lexicon.details_asked)
            else ()
        )
        parsed.refund_asked = lexicon.says(lexicon.grammar.refund_asked, raw)
        parsed.discount_object = self._discount_object(parsed, raw)
        parsed.kind_pairs = self._kind_pairs(parsed)
        parsed.net_asked = lexicon.says(lexicon.grammar.net_asked, raw)
        parsed.combine_asked = lexicon.says(lexicon.grammar.combine_asked, raw)
        if lexicon.says(lexicon.grammar.value_permission, raw):
            # («можно 5/2 работать а не 2/2»: the value to leave is not asked)
            parsed.values_asked = tuple(
                re.compile(rf"(?<![\d/]){found[1]}\s*/\s*{found[2]}(?![\d/])")
                for found in _RATIO_RE.finditer(raw)
                if not lexicon.grammar.value_replaced.search(raw, 0, found.start())
            )
        parsed.students_named = lexicon.says(lexicon.grammar.students_said, raw)
        parsed.leave_asked = lexicon.says(lexicon.grammar.leave_asked, raw)
        parsed.lack_stated = lexicon.says(lexicon.grammar.lack_stated, raw)
        parsed.owned_asked = lexicon.says(lexicon.grammar.owned_asked, raw)
        parsed.own_or_given = lexicon.says(lexicon.grammar.own_or_given, raw)
        parsed.vehicle_home = lexicon.says(lexicon.grammar.vehicle_home_asked, raw)
        parsed.meals_asked = lexicon.says(lexicon.grammar.meals_asked, raw) and not lexicon.says(
            lexicon.grammar.eating_means, raw
        )
        parsed.whose_duty = lexicon.says(lexicon.grammar.whose_duty, raw)
        if lexicon.says(lexicon.grammar.counts_people, raw):
            places = self._places_in(analyzed.sequence)
            # "how big is the team" names no place of its own; "the hr team" does, and so does
            # "on a crew", "on each crew": one of several, not the whole ("how big is the crew").
            if not places <= lexicon.grammar.places_any or self._one_of(analyzed.sequence):
                parsed.people_of = places
        # Only the topic's own words: "а зп?", "какая зарплата?" (not "зарплата фиксированная?").
        parsed.bare = bool(strong) and all(key in triggers for key in content)
        parsed.total = (
            self.w.strong_topic * len(strong)
            + self.w.weak_topic * len(weak)
            + sum(content.values())
        )
        # The word before "или" and the first word after it that names something, past a
        # preposition: «официальное или по договорённости», "an nvq or any qualification" (not
        # past a verb before it: «туалет на локации есть или в поле» asks of the toilet).
        seq = analyzed.sequence
        reach = self.w.alternative_reach
        for i, key in enumerate(seq[1:-1], start=1):
            if key not in lexicon.grammar.alternatives:
                continue
            before = self._first_alternative(seq, i, content)
            after = next((k for k in seq[i + 1 : i + 1 + reach] if k in content), None)
            if before is not None and after is not None:
                parsed.alternatives.append(frozenset((before, after)))
        return parsed

    def _first_alternative(
        self, seq: tuple[str, ...], at: int, content: Mapping[str, float]
    ) -> str | None:
        """The word naming the first of two alternatives before «или» at ``at``: the word
        before it, or past a future auxiliary and its infinitive, in either order («одна
        работать буду или вдвоём»); never past a verb alone («туалет на локации есть или в
        поле» asks of the toilet)."""
        if seq[at - 1] in content:
            return seq[at - 1]
        if at < 3 or seq[at - 3] not in content:
            return None
        pair = seq[at - 2 : at]
        auxiliaries = self.lexicon.grammar.auxiliaries
        verbs = [k for k in pair if k not in auxiliaries and k not in content]
        if len(verbs) != 1 or auxiliaries.isdisjoint(pair):
            return None
        return seq[at - 3] if self.analyzer.is_cyrillic_verb(verbs[0]) else None

    def _discount_object(self, q: Question, raw: str) -> frozenset[str]:
        """The keys of what a discount asked is on: words of the question's content, not whom
        it is for ("employee discount on cheese": cheese) nor the discount itself."""
        lexicon = self.lexicon
        found: set[str] = set()
        for pattern in lexicon.grammar.discount_objects:
            for match in pattern.finditer(raw):
                for word in match[1].split():
                    keys = self.analyzer.analyze(word).keys
                    if lexicon.members_of(keys, word, ("whom",)):
                        continue
                    found |= {
                        key
                        for key in keys
                        if key in q.content
                        and key not in lexicon.grammar.perk_asked
                        and (key.isascii() or self.analyzer.is_cyrillic_noun(key))
                    }
        return frozenset(found)

    def _discount_elsewhere(self, q: Question, c: Candidate) -> bool:
        """Whether a line on a discount names none of what the one asked is on, nor all the
        employer sells: «скидка сотрудникам на кальян есть» — «Напитки из бара — со скидкой
        50%»; "employee discount on cheese?" — "Farm share discount on beef and eggs"."""
        if not q.discount_object:
            return False
        grammar = self.lexicon.grammar
        if grammar.discount_said.search(c.read) is None or grammar.discount_whole.search(c.read):
            return False
        lexicon = self.lexicon
        perks = {name for word in grammar.perk_asked for name in lexicon.word_topics(word)}
        return not any(
            key in c.keys
            or not c.keys.isdisjoint(q.fuzzy.get(key, ()))
            or not c.keys.isdisjoint(lexicon.synonyms.get(key, ()))
            # «скидки на лечение» — «скидка 50% на услуги клиники»: the same thing in its words
            or bool((lexicon.word_topics(key) & c.topics) - perks)
            for key in q.discount_object
        )

    def _kind_pairs(self, q: Question) -> tuple[tuple[str, str], ...]:
        """The question's pairs of a word and the noun after it that end a topic's term ("life
        insurance", "vision insurance"), the word saying which kind of the thing is asked: not a
        topic's general word ("health insurance?" asks of any cover), a perk word ("free
        lunch?" — "Team lunch every Friday, on us"), a preposition or «per»."""
        lexicon = self.lexicon
        kinds = lexicon.topics
        return tuple(
            (asked, key)
            for asked, key in pairwise(q.sequence)
            if (asked, key) in lexicon.term_pairs
            and asked.isalpha()
            and key.isalpha()
            and asked not in q.aside
            and asked not in lexicon.stopwords
            and asked not in lexicon.grammar.perk_asked
            and not self.analyzer.is_preposition(asked)
            and asked not in lexicon.grammar.counts_per
            and not (asked.isascii() and self.analyzer.frames(asked))
            and not any(asked in kinds[name].generic for name in q.explains.get(asked, ()))
        )

    def _other_modifier(self, q: Question, c: Candidate) -> bool:
        """Whether a question names a thing by a term's word before its noun that the line
        lacks, and the line names the same noun after another word of a term: "life insurance
        included?" — "Medical, dental and vision insurance"; "vision insurance?" — "Health
        insurance" (see :meth:`_kind_pairs`)."""
        if not q.kind_pairs:
            return False
        kinds = self.lexicon.topics
        pairs = [
            (asked, key)
            for asked, key in q.kind_pairs
            if key in c.keys
            and asked not in c.keys
            and c.keys.isdisjoint(q.fuzzy.get(asked, ()))
            and c.keys.isdisjoint(self.lexicon.synonyms.get(asked, ()))
        ]
        if not pairs:
            return False
        term_pairs = self.lexicon.term_pairs
        for seq in self._phrases(c):
            for said, word in pairwise(seq):
                if (
                    (said, word) not in term_pairs
                    or said in q.named
                    or said in self.lexicon.stopwords
                    or self.analyzer.is_preposition(said)
                    or said in self.lexicon.grammar.counts_per
                ):
                    continue
                for asked, key in pairs:
                    if word != key or said == asked:
                        continue
                    shared = term_pairs[asked, key] & term_pairs[said, word]
                    # (a topic's terms of several name one thing — "police check", "criminal
                    # record check" —, unless its things are distinct and the line names it by
                    # its general word; the members of one kind judge one another: night, day)
                    if (
                        not shared
                        or any(
                            kinds[name].distinct and said in kinds[name].generic for name in shared
                        )
                    ) and not self._same_kind(asked, said):
                        return True
        return False

    def _same_kind(self, one: str, other: str) -> bool:
        """Whether two keys name members of one kind (night and day of the day's parts)."""
        lexicon = self.lexicon
        mine = lexicon.members_of({one}, one)
        theirs = lexicon.members_of({other}, other, mine)
        return bool(theirs)

    def _counted(self, question: str, intents: set[str]) -> str | None:
        """The key of the noun a question counts: the word after «сколько» in the genitive
        plural («сколько мастеров у вас?», not «сколько водитель получает?») — not a unit of
        time, people in general («сколько человек») nor in a question for a time of day."""
        grammar = self.lexicon.grammar
        if _QUANTITY not in intents or not intents.isdisjoint(grammar.counts_not):
            return None
        analyzed, tokens = self.analyzer.analyze_tokens(question)
        keys = analyzed.sequence
        for lead in grammar.counts:
            n = len(lead)
            for at in range(len(keys) - n):
                if keys[at : at + n] != lead:
                    continue
                key = keys[at + n]
                # «сколько выходных дней»: the count is of the unit after the word.
                unit = keys[at + n + 1] if at + n + 1 < len(keys) else ""
                if (
                    key in grammar.counts_any
                    or unit in grammar.counts_any
                    or key in self.lexicon.stopwords
                    or not self.analyzer.is_counted(tokens[at + n])
                ):
                    return None
                return key
        return None

    def _paid_period(self, q: Question, raw: str) -> frozenset[str]:
        """The periods («стажировка», «испытательный срок») whose pay alone the question asks:
        by the pay topic, the ``paid`` intent or a pay word, not what it costs and with nothing
        else asked («испыталка сколько и зп на ней режут?»)."""
        grammar = self.lexicon.grammar
        periods = q.strong & grammar.paid_periods
        if not periods or q.pays_for or not q.intents <= {_PAID}:
            return frozenset()
        asked = _SALARY in q.strong or _PAID in q.intents
        if not asked and grammar.pay_words.isdisjoint(q.content):
            return frozenset()
        if grammar.paid_costs.search(raw):
            return frozenset()
        return frozenset(periods)

    def _pay_unit(self, q: Question, raw: str) -> str | None:
        """The one unit of time a question asks a sum of pay per: «скока в час платят?», "whats
        the hourly rate", «в месяц сколько выходит?» (not «сколько раз в месяц платят?»)."""
        lexicon = self.lexicon
        if not q.intents & {_QUANTITY, _MONEY} or q.counted is not None:
            return None
        if _SALARY not in q.strong and not lexicon.pay_asked.search(raw):
            return None
        asked = [name for name, unit in lexicon.pay_units.items() if unit.asked.search(raw)]
        return asked[0] if len(asked) == 1 else None

    def _piece(self, q: Question, raw: str) -> tuple[str, ...]:
        """The stems of the piece of work a question asks a sum per («сколько платят за одну
        собранную позицию», «бонус за одну кредитку сколько») — not a unit of time («за одну
        смену»: ``_pay_unit``)."""
        if not q.intents & {_QUANTITY, _MONEY} or q.pay_unit is not None:
            return ()
        found = self.lexicon.grammar.per_piece.search(raw)
        if found is None:
            return ()
        # («скока за группу платите»: the verb after the piece asks the price, no piece's word)
        asking = self.lexicon.grammar.price_asked
        words = [
            word
            for word in _WORD_RE.findall(found["piece"])
            if self.analyzer.key(word.lower()) not in asking
        ]
        if any(
            unit.named.search(word) for word in words for unit in self.lexicon.pay_units.values()
        ):
            return ()
        # (an English piece is matched as written, less its plural: "per bins" — "$62 per bin")
        stems = (
            word.removesuffix("s") if word.isascii() else self.analyzer.stem(word)
            for word in words
        )
        return tuple(stem for stem in stems if len(stem) >= self.w.min_stem)

    def _break_for_a_meal(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks if the staff are given food («обед для сотрудников есть»,
        "do staff get lunch provided") and the line only gives the break for a meal."""
        if _FOOD not in q.strong:
            return False
        grammar = self.lexicon.grammar
        staff = _STAFF in q.members.get(_WHOM, frozenset())
        if (
            not staff
            and grammar.gives.isdisjoint(q.sequence)
            # «столовка есть или обед свой носить» — «…, обед 1 час»: a place to eat asked
            and grammar.canteen_asked.search(q.raw) is None
        ):
            return False
        line = c.read
        found = grammar.meal_breaks.search(line)
        # «Обед 45 минут, в столовой комбината питание для сотрудников бесплатное»: the break,
        # and the meal given besides it.
        return found is not None and (
            grammar.meals_asked.search(f"{line[: found.start()]} {line[found.end() :]}") is None
        )

    def _means_to_eat(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks if meals are given («кормят обедом?», «питание
        предоставляется?») and the line gives only the means to eat or a drink, no meal («Чай,
        кофе, печеньки в каждом салоне», «кухня, кофемашина»)."""
        if not q.meals_asked or _FOOD not in q.strong:
            return False
        grammar = self.lexicon.grammar
        line = c.read
        return grammar.meals_asked.search(line) is None and bool(grammar.eating_means.search(line))

    def _places_in(self, sequence: tuple[str, ...]) -> frozenset[str]:
        """The words of the places a question names after «в», «на» (up to two: «в сметном
        отделе»), no verb."""
        grammar, stopwords = self.lexicon.grammar, self.lexicon.stopwords
        places: set[str] = set()
        for at, key in enumerate(sequence):
            if key not in grammar.places_in:
                continue
            start = at + 1
            # "on a shift", "in the pricing squad": an article before the place.
            while start < len(sequence) and sequence[start] in grammar.place_articles:
                start += 1
            for after in sequence[start : start + 2]:
                if not after.isalpha() or after in stopwords or after in grammar.places_in:
                    break
                if self.analyzer.is_cyrillic_verb(after):
                    break
                places.add(after)
        return frozenset(places)

    def _one_of(self, sequence: tuple[str, ...]) -> bool:
        """Whether a group the question counts is named as one of several ("on a crew", "in
        each team"): a word of ``places_any`` after ``places_one``."""
        grammar = self.lexicon.grammar
        return any(
            key in grammar.places_any and at > 0 and sequence[at - 1] in grammar.places_one
            for at, key in enumerate(sequence)
        )

    def _uncounted_people(self, q: Question, c: Candidate) -> bool:
        """Whether the question counts the people of a place and the line names no word of it:
        «сколько человек на кухне работает?» — «кормим 400 человек в день»."""
        if not q.people_of:
            return False
        counts = self.lexicon.grammar.counts_said
        counted = counts.search(c.read) is not None
        if _TEAM_SIZE not in c.topics and not counted:
            # "how many ppl on a shift" — "Night shift Sun–Thu 10:00pm – 6:30am": no one counted.
            return True
        if not self._names_place(q, c.keys):
            return True
        # "how big is the data platform team" — "a Series C fintech (~450 employees, …), to
        # hire … for their Data Platform team": the count is another group's, in another clause
        # (not «Команда небольшая, 12 человек», where the count is said of the team).
        return counted and not any(
            counts.search(normalize(said))
            and self._names_place(q, self.analyzer.analyze(said).keys)
            for _, said, _ in self._clauses_of(c)
        )

    def _names_place(self, q: Question, keys: Set[str]) -> bool:
        """Whether ``keys`` name a place whose people the question counts."""
        reach = self.w.place_prefix
        for key in q.people_of:
            near = {key, *self.lexicon.synonyms.get(key, ()), *q.fuzzy.get(key, ())}
            if not near.isdisjoint(keys):
                return True
            # «в группе» — «групповые занятия (до 8 человек)», «в отделе» — «В ИТ-отделе».
            if any(
                (len(key) >= reach and said[:reach] == key[:reach]) or key in said.split("-")
                for said in keys
            ):
                return True
        return False

    def _other_unit(self, q: Question, c: Candidate) -> bool:
        """Whether the line has a figure the question counts by a unit ("a 4 day week") only as
        a count of another unit ("at least 4 hours")."""
        units = self.lexicon.grammar.units
        sequence = q.sequence
        asked = {
            (key, sequence[at + 1])
            for at, key in enumerate(sequence[:-1])
            # not the candidate's own ("у меня 2 года опыта", "i have a 3 year old")
            if key.isdigit() and sequence[at + 1] in units and key not in q.aside
        }
        if not asked or all(figure not in c.keys for figure, _ in asked):
            return False
        line = self.analyzer.analyze(c.said).sequence
        for figure, unit in asked:
            after = [line[at + 1] for at, key in enumerate(line[:-1]) if key == figure]
            if after and unit not in after and all(word in units for word in after):
                return True
        return False

    def _compared_figures(self, q: Question, c: Candidate) -> frozenset[str]:
        """The figures of a yes-or-no question that a requirement states another figure of, by
        the same word beside it: «9 классов хватит?» — «не ниже среднего общего (11 классов)»,
        «опыт 2 года, кухни дадут?» — «с опытом от 3 лет». The candidate's figure is compared
        with the line's, as their own age is, not a word the line must have."""
        sequence = q.sequence
        if (
            # a requirement's limit («не ниже 11 классов»), not a term of the job one asks for
            # another value of («можно по 4 часа» — «график 2/2 по 12 часов»)
            c.role not in _ASKED_SIDES
            or not any(key.isdigit() and key not in c.keys for key in sequence)
            or any(self.lexicon.intents[i].must_show for i in q.intents)
        ):
            return frozenset()
        stopwords = self.lexicon.stopwords

        def beside(keys: tuple[str, ...], at: int) -> set[str]:
            near = (keys[at - 1] if at else "", keys[at + 1] if at + 1 < len(keys) else "")
            return {key for key in near if key and not key.isdigit() and key not in stopwords}

        asked = {
            key: beside(sequence, at)
            for at, key in enumerate(sequence)
            if key.isdigit() and key not in c.keys
        }
        line = self.analyzer.analyze(c.said).sequence
        stated: set[str] = set()
        for at, key in enumerate(line):
            if key.isdigit():
                stated |= beside(line, at)
        return frozenset(key for key, words in asked.items() if not words.isdisjoint(stated))

    def _other_pay_unit(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line gives sums of pay per other units of time and never names the one
        asked: «скока в час платят?» — «компенсация питания 150 рублей за смену от 6 часов»."""
        if q.pay_unit is None:
            return False
        units = self.lexicon.pay_units
        raw = c.read
        # «смены от 6 часов», «2 раза в месяц»: a length or how often names no unit of pay.
        quantity = self.lexicon.intents[_QUANTITY]
        plain = raw if quantity.not_by is None else quantity.not_by.sub(" ", raw)
        if quantity.evidence.search(plain) is None:
            # «стажировку сколько оплачивают за день?» — «стажировка 3 дня …, стажировка
            # оплачивается»: the days counted, no sum paid for one.
            return True
        if not any(unit.said.search(raw) for unit in units.values()):
            # «сколько выходит в час» — «Заработная плата: от 38 000 до 52 000 руб.»: a sum per
            # no unit is no hourly rate, which a posting that has one gives with its unit (and
            # then a runner-up giving it goes first).
            asked = units[q.pay_unit]
            return (
                asked.labelled
                and asked.named.search(raw) is None
                and not index.pays_per(q.pay_unit, asked.said)
            )
        # «в среднем 85 000–110 000 ₽ в месяц, ночные смены +20% к ставке»: the unit asked is
        # named only in a clause with no figure but a share, which pays nothing per it.
        named = units[q.pay_unit].named
        return not any(
            named.search(clause) and _NO_SHARE_FIGURE.search(clause)
            for clause in _CLAUSE_RE.split(plain)
        )

    def _time_sums_only(self, c: Candidate) -> bool:
        """Whether the line gives sums per units of time and none per a unit of work: no answer
        to a sum asked per a metre, a piece or a page («скока платят за метр потолка» — «от
        90 000 до 180 000 ₽ за месяц»; «150 р за м2» answers)."""
        raw = c.read
        if not any(unit.said.search(raw) for unit in self.lexicon.pay_units.values()):
            return False
        return self.lexicon.grammar.work_said.search(raw) is None

    def _sum_with_apart(self, q: Question, c: Candidate) -> bool:
        """Whether a question asking a sum of pay apart from another («оклад сколько без
        премии», «а оклад какой без kpi») gets a line that names the other and gives no sum in
        a part naming what is asked and not the other: «55 000 – 70 000 руб. (оклад + премия)»
        is the two together, «оклад + KPI» has no sum; «оклад 48 000 ₽ + премия» answers."""
        signs = [sign for key in q.apart for sign in self.lexicon.grammar.signs.get(key, ())]

        def names_apart(text: str, keys: Set[str]) -> bool:
            # «оклад + % от продаж»: a sign names the other as its word does.
            return not q.apart.isdisjoint(keys) or any(sign in text for sign in signs)

        if not names_apart(c.said, c.keys):
            return False
        asked = {
            key
            for key in q.content
            if key in c.keys and key not in q.apart and key not in self.lexicon.grammar.without
        }
        sums = self.lexicon.intents[_MONEY].evidence
        parts = self.lexicon.grammar.parts.split(c.said)
        for piece in (piece for part in parts for piece in _BRACKETS.split(part)):
            keys = self.analyzer.analyze(piece).keys
            if asked.isdisjoint(keys) or names_apart(piece, keys):
                continue
            if sums.search(normalize(piece)):
                return False
        return True

    def _unpaid_period(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks the pay of a period and the line says nothing of pay:
        «на испытательном зп такая же?» — «испытательный срок 2 месяца»; «стажировка
        оплачивается?» — «обучение продуктам за счёт компании»."""
        if not q.paid_period:
            return False
        if _SALARY in c.topics:
            # "do u pay me while im taking the course" — "$16.00 – $24.00 per hour, based on
            # experience and certifications": the job's pay says nothing of a period of learning
            # it does not name by the word asked or by a word naming that period alone
            # («первые дни обучения оплачиваются?» — «стажировка 3 дня, оплачивается …»);
            # probation's pay is the job's own.
            learning = q.paid_period & self.lexicon.grammar.learning_periods
            named = [key for key, topics in q.explains.items() if not topics.isdisjoint(learning)]
            if not named:
                return False
            if any(key in c.keys or not c.keys.isdisjoint(q.fuzzy.get(key, ())) for key in named):
                return False
            word_topics = self.lexicon.word_topics
            return not any(set() < word_topics(key) <= learning for key in c.keys)
        return self.lexicon.grammar.paid_earned.search(c.read) is None

    def _situation(
        self, question: str, *, cases: bool = True
    ) -> tuple[set[str], str, str, set[str], bool]:
        """Keys of the clauses where the candidate speaks of themselves or states the case they
        ask about, before asking or after it ("можно совмещать с учебой? я на 2 курсе", "как
        домой добираться, если смена до 12 ночи"), less the words the question asks; the text
        of the clauses they speak of themselves in; and the text of the clauses that ask, when
        some do not; and the keys of the case stated alone; and whether the case is all that is
        asked."""
        parts = _CLAUSE_BREAK.split(question.strip() + " ")
        # Each clause with the break after it: a clause closed by "?" is a question.
        clauses = [
            piece
            for i in range(0, len(parts), 2)
            for piece in self._cases(parts[i], parts[i + 1] if i + 1 < len(parts) else "", cases)
            if piece[0].strip()
        ]
        clauses = [piece for clause in clauses for piece in self._own_split(clause)]
        keys: set[str] = set()
        stated: set[str] = set()
        asked: set[str] = set()
        closed = any("?" in end for _, end, _ in clauses)
        first_person, asks_alone, history = (
            self.lexicon.grammar.first_person,
            self.lexicon.grammar.asks_alone,
            self.lexicon.grammar.history,
        )
        owns: list[bool] = []
        asks = (n for n, (_, end, _) in enumerate(clauses) if "?" in end)
        asks_at = next(asks, len(clauses) - 1)
        for at, (clause, _, case) in enumerate(clauses):
            clause_tokens = self.analyzer.tokens(clause)
            words = tuple(clause_tokens[:3])
            if owns and any(words[: len(p)] == p for p in asks_alone):
                # "planning a baby next year, what about parental leave": what the clauses
                # before it say is the candidate's situation; the subject is asked alone.
                owns = [True] * len(owns)
            owns.append(
                case
                or any(words[: len(p)] == p for p in first_person)
                # «на машине езжу, парковка есть?»: a verb of the first person in the present
                # says it too, before the question (not «доски продаете? хочу себе купить»),
                # unless it opens a case («если опоздаю минут на 10 что будет»)
                or (
                    at < asks_at
                    and self.lexicon.grammar.condition.isdisjoint(clause_tokens)
                    and any(self.analyzer.speaks_of_self(token) for token in clause_tokens)
                )
                or not history.isdisjoint(clause_tokens)
            )
        # The question is the clause closed by "?", or else the last one that does not speak of
        # the candidate ("can i do it part time, i have kids").
        last = max((n for n, own in enumerate(owns) if not own), default=len(clauses) - 1)
        own_text: list[str] = []
        asking: list[str] = []
        for n, (clause, end, case) in enumerate(clauses):
            own = owns[n]
            question_clause = not case and ("?" in end if closed else n == last)
            said = self.analyzer.analyze(clause).keys
            if case:
                stated |= said
                continue
            asking.append(clause)
            if own and not question_clause:
                keys |= said
                own_text.append(clause)
            elif own:
                # "у меня 4 разряд пойдет?": the candidate's own figure, even as they ask.
                keys |= {key for key in said if key.isdigit()}
                asked |= {key for key in said if not key.isdigit()}
            else:
                asked |= said
        stopwords = self.lexicon.stopwords
        if any(case for *_, case in clauses) and all(key in stopwords for key in asked):
            # «а если уволюсь после обучения, что будет?»: the case is what is asked, when words
            # outside it ask what follows it («что будет») — not when a case with no comma may
            # run on into the question («если корочки нет сами обучите?»).
            tail = [self.analyzer.key(word) for word in self.analyzer.tokens(question)[-1:]]
            alone = not all(case for *_, case in clauses) or all(k in stopwords for k in tail)
            return *self._situation(question, cases=False)[:4], alone
        if not stated:
            return keys - asked, " ".join(own_text), question, stated, False
        return keys - asked, " ".join(own_text), " ".join(asking), stated - asked, False

    def _own_split(self, piece: tuple[str, str, bool]) -> list[tuple[str, str, bool]]:
        """A clause where the candidate speaks of themselves and then asks, typed without a
        comma ("i live in india which agency"), as those two clauses."""
        clause, end, case = piece
        words = list(_WORD_RE.finditer(clause))
        grammar = self.lexicon.grammar
        tokens = tuple(self.analyzer.tokens(clause)[:2])
        if case or not any(tokens[: len(p)] == p for p in grammar.first_person):
            return [piece]
        at = next(
            (w.start() for w in words[2:] if w.group().lower() in grammar.asks_after_self), 0
        )
        stopwords = self.lexicon.stopwords
        if not at or all(key in stopwords for key in self.analyzer.analyze(clause[at:]).keys):
            # "im in poland utc+1 is that ok": what they say of themselves is what is asked.
            return [piece]
        own = self.analyzer.analyze(clause[:at])
        told = self.lexicon.question_topics(
            own, normalize(clause[:at]), self.analyzer.tokens(clause[:at])
        )[0]
        if grammar.self_told.isdisjoint(told):
            return [piece]
        return [(clause[:at], "", False), (clause[at:], end, False)]

    def _cases(self, clause: str, end: str, cases: bool) -> list[tuple[str, str, bool]]:
        """A clause as its pieces, each with the break after it and whether it states the case
        asked about: «как домой добираться если смена до 12 ночи», "if i work saturdays is it
        paid more" (a leading case runs to the verb that opens the question)."""
        grammar, analyzer = self.lexicon.grammar, self.analyzer
        words = list(_WORD_RE.finditer(clause)) if cases else []
        keys = [analyzer.key(word.group().lower()) for word in words]
        for n, word in enumerate(words[:-1]):
            lower = word.group().lower()
            # "what if we finish early …", «а если …»: the case leads the clause.
            leads = all(key in self.lexicon.stopwords for key in keys[:n])
            # «а когда зп?», "when does it start": «когда», "when" opening a clause ask a time.
            if lower not in grammar.condition and (lower not in grammar.condition_inside or leads):
                continue
            if not (leads or lower.isascii() or any(map(analyzer.is_cyrillic_verb, keys[:n]))):
                # «переработки если задержитесь оплачиваются?»: the question goes on after it.
                break
            at, stop = word.start(), len(clause)
            if leads:
                ends = (
                    w.start()
                    for w in words[n + 2 :]
                    if w.group().lower() in grammar.condition_ends
                )
                stop = next(ends, stop)
            pieces = [
                (clause[:at], "", False),
                (clause[at:stop], "", True),
                (clause[stop:], end, False),
            ]
            if stop == len(clause):
                pieces[0] = (clause[:at], end, False)
            return pieces
        return [(clause, end, False)]

    @staticmethod
    def _total(q: Question, c: Candidate) -> float:
        """The question's weight a line must cover: of alternatives, the ones it names."""
        total = q.total
        for group in q.alternatives:
            if not group.isdisjoint(c.keys):
                total -= sum(q.content[key] for key in group if key not in c.keys)
        return total

    def _coverage(self, q: Question, c: Candidate, *, judging: bool = False) -> float:
        """How much of the question a line covers, as topic and key weight (no bonuses).

        When ``judging`` confidence, a word that named a topic the line covers counts as found:
        "требования к кандидату" is answered by any requirement. For ranking it does not, so
        the line that has the word itself still wins.
        """
        topics = c.topics
        if c.before_topics and self._paying_carried(q, c):
            # «медкнижку кто оплачивает» — «Если её нет — оформим, стоимость вернём …» after
            # «Медицинская книжка обязательна.»: the paying line is on what that one names.
            topics = topics | c.before_topics
        score = self.w.strong_topic * len(q.strong & topics) + self.w.weak_topic * len(
            q.weak & topics
        )
        condition = self.lexicon.grammar.condition
        spanned = self._in_span(q, c)
        for key, weight in q.content.items():
            if key in c.keys:
                if key in condition and self._own_case(q, c, condition):
                    continue
                score += weight * (self.w.label_boost if key in c.label_keys else 1.0)
            elif key in q.fuzzy and not q.fuzzy[key].isdisjoint(c.keys):
                score += weight * self.w.fuzzy_share
            elif key in spanned:
                score += weight
            elif key in c.over_keys:
                score += weight * self.w.over_share
            elif key in c.lead_keys:
                # «медкнижку оплачиваете?» — «Нет — поможем оформить, за счёт компании» after
                # «Медкнижка обязательна.»: the item's subject, said in its first sentence.
                score += weight * self.w.lead_share
            elif key in c.before_keys and self._paying_carried(q, c):
                # "who pays for the background check" — "We pay for it." after "… must pass a
                # criminal background check …": the thing paid for, named a sentence before.
                score += weight * self.w.lead_share
            elif key in c.under_keys and not judging:
                # «в трц днем сколько платят» — «дневная смена …, 2 600 ₽» under «1) ТРЦ …»: the
                # site asked ranks its own terms first; whether they answer is judged without it.
                score += weight * self.w.over_share
            elif key in c.heading_keys:
                # «Студентов в основном ставим на южные направления» under «Можно ли выбрать
                # направление?»: the answer to its heading's question is judged with its words,
                # as HR's FAQ answer is read with its question.
                asked = (
                    judging
                    and c.source == SOURCE_SECTION
                    and c.heading is not None
                    and c.heading.rstrip(" *").endswith("?")
                )
                score += weight * (1.0 if asked else self.w.heading_share)
            elif judging and any(
                self._shows(q, c, {name})
                for name in q.asking.get(key, frozenset())
                if key in self.lexicon.grammar.degree
                or (name not in (_QUANTITY, _PAID) and not self.analyzer.frames(key))
            ):
                # The word that asked for what the line shows, though a pattern asked it: «много
                # людей в день?» — «поток до 300 пациентов в день»; «какого числа концерт» —
                # «Дата: 12 июля». Not a verb or a quality («дни в офисе можно самому выбирать?»
                # — «5/2 с гибким началом дня»), unless it asks how big («загрузка большая?»);
                # nor a price («почем») or whether a thing is paid: any figure shows neither.
                score += weight
            elif key in q.asked_by and any(self._shows(q, c, {name}) for name in q.asked_by[key]):
                # The word that asked for what the line shows: "which days?" — "Tuesday…".
                score += weight
            elif judging and key in q.explains and not q.explains[key].isdisjoint(c.topics):
                # The word itself is absent but the line is about the topic the word named.
                score += weight
        return score

    def _in_span(self, q: Question, c: Candidate) -> frozenset[str]:
        """The figure of the question and the noun beside it that a span of the line holds:
        «скок платят если в группе человек 12» — «группа 11–14 детей — 1 800 ₽», «детей 5» —
        «группа до 6 детей»: the row of that count answers, as the row naming the item asked
        does. The span counts the noun beside the figure, or people when a head («человек»)
        stands there; a span of time or years counts neither («5–6 лет»)."""
        sequence = q.sequence
        figures_at = q.figures_at
        if figures_at is None:
            figures_at = q.figures_at = tuple(
                at for at, key in enumerate(sequence) if key.isdigit()
            )
        if not figures_at:
            return frozenset()
        figures = [
            at for at in figures_at if sequence[at] in q.content and sequence[at] not in c.keys
        ]
        if not figures or not any(ch.isdigit() for ch in c.quote):
            return frozenset()
        grammar = self.lexicon.grammar
        heads = grammar.counts_heads
        times = grammar.counts_any - heads
        spans: list[tuple[int, float, str]] = []
        for match in grammar.count_spans.finditer(c.quote.lower()):
            counted = self.analyzer.analyze(match["unit"]).sequence[:1]
            if not counted or counted[0] in times:
                continue
            if match["low"] is not None:
                spans.append((int(match["low"]), int(match["high"]), counted[0]))
            elif match["top"] is not None:
                spans.append((0, int(match["top"]), counted[0]))
            else:
                spans.append((int(match["bottom"]), float("inf"), counted[0]))
        found: set[str] = set()
        for at in figures:
            near = {sequence[n] for n in (at - 1, at + 1) if 0 <= n < len(sequence)}
            figure = int(sequence[at])
            for low, high, unit in spans:
                if low <= figure <= high and (unit in near or not near.isdisjoint(heads)):
                    found |= {sequence[at], unit} | (near & heads)
        return frozenset(found)

    @staticmethod
    def _own_case(q: Question, c: Candidate, condition: frozenset[str]) -> bool:
        """Whether the line opens a case of its own: it shares no word of the question but the
        one opening the case («если опоздаю на задачу штрафанут» — «статус самозанятого — если
        его нет, поможем оформить»)."""
        return not any(
            other in c.keys or not q.fuzzy.get(other, frozenset()).isdisjoint(c.keys)
            for other in q.content
            if other not in condition
        )

    def retrieve(self, q: Question, index: PostingIndex) -> list[tuple[float, Candidate]]:
        """Retrieve: every unit that shares something with the question, best first: BM25-style
        key weights (idf over the posting's units), topics, intents and the unit's source."""
        ranked: list[tuple[float, bool, Candidate]] = []
        topics = self.lexicon.topics
        # "какая зарплата?" wants a sum; "зарплату не задерживаете?" asks about something else.
        prefers = (
            {intent for name in q.strong for intent in topics[name].prefers}
            if q.bare and not q.members
            else set()
        )
        sides = {topics[name].side for name in q.strong} - {None}
        # A front-matter field is the side's own statement only on the topic its label names,
        # or the one that topic is a kind of ("Salary: …, £13.40 at night" for night pay):
        # "Занятость: сменный график" is the employment type, not the conditions' schedule.
        labelled = q.strong | {topics[name].within for name in q.strong} - {None}
        # "do I need Python?", "my swedish is basic, is that ok?" ask what the candidate must
        # bring, or whether they fit: the requirements say it.
        asks_need = not (self.lexicon.grammar.needs | self.lexicon.grammar.fits).isdisjoint(
            q.sequence
        )
        # "где клиника?" wants the address: a line that only names the city answers it less.
        precise = {
            name
            for name in q.intents
            if self.lexicon.intents[name].wants_precise(q.named, q.sequence)
        }

        # "адрес офиса какой": when a line gives the street and its number, a line that gives
        # only the walk from the metro answers it less.
        # The street of another place than the one asked (the office of the interview, asked
        # where the pharmacies are) is no answer of this kind.
        def streets_of(c: Candidate) -> set[str]:
            return {n for n in c.streets if self.lexicon.intents[n].street_of(q.named, c.keys)}

        streets = {
            name
            for name in precise
            if self.lexicon.intents[name].wants_street(q.named)
            and any(name in streets_of(c) for c in index.candidates)
        }
        # «ночные смены будут?» names a part of the day: a line naming one speaks to it, whichever
        # it names («Работаем только в дневную смену»).
        members = tuple(q.members)
        grammar = self.lexicon.grammar
        # «сколько платят?» asks the job's pay, not that of the time one learns it; nor does
        # «скока буду получать после учебы», which names the time only to say when.
        learning = (
            grammar.learning_periods
            if _SALARY in q.strong and (q.strong - q.after_topics).isdisjoint(grammar.paid_periods)
            else frozenset()
        )
        learning_after = learning & q.after_topics
        age = self._age_said(q)
        # «график какой?» — «График работы: Сменный» names only the schedule's type: a line on
        # the topic that shows its own answer («Работа 4/4 с 8:00 до 16:00») answers it better,
        # and the field yields to it; with no such line the field answers.
        specific = (
            {intent for name in q.strong for intent in topics[name].specific}
            if q.bare and not q.members and not q.intents
            else set()
        )
        preferred: list[bool] = []

        def preferred_shown() -> bool:
            if not preferred:
                preferred.append(
                    any(
                        not specific.isdisjoint(c.evidence)
                        and not q.strong.isdisjoint(c.topics)
                        and q.strong.isdisjoint(c.label_topics)
                        for c in index.candidates
                    )
                )
            return preferred[0]

        # The lines labelled with the topic asked that show what the question word asks for.
        stated: set[int] = set()
        for c in index.candidates:
            score = self._coverage(q, c)
            if score <= 0:
                continue
            if age is not None and self._other_age(c, age):
                # "im 15 can i apply" — "Aged 21 and over: £12.21 per hour": another age's pay
                # row yields to the limit ("Minimum age 16") or to the row of the age said.
                score *= self.w.other_age_share
            # What the question asks for ("как часто") beats what its topic usually wants (a sum).
            wanted = q.intents or (prefers if not q.strong.isdisjoint(c.topics) else set())
            given = wanted & c.evidence
            if given and q.intents:
                # "сколько платят?": "2 раза в месяц" names how often, no amount.
                given = {name for name in given if self._shows(q, c, {name})}
                if given and not c.label_topics.isdisjoint(q.strong):
                    stated.add(c.order)
            score += self.w.intent_bonus * len(given)
            if c.source == SOURCE_FAQ and not c.label_keys.isdisjoint(q.content):
                # HR answered a question worded like this one.
                score += self.w.faq_bonus
            if (
                c.source == SOURCE_REPLY
                and not q.strong.isdisjoint(c.topics)
                and grammar.corrects.search(c.read) is not None
            ):
                # «к скольки утром приходить» — «Поправка: в посте ошиблись, смены с 8:30 до
                # 21:00» over the post's «смены с 9:00 до 21:00»: the later word on the subject.
                score += self.w.correction_bonus
            if (
                q.first
                and c.position == 0
                and c.kind is not None
                and (not q.headed or self._heads(q, c, index))
            ):
                # "сколько этапов?": the list read from its first step.
                score += self.w.intent_bonus
            if (
                not c.label_topics.isdisjoint(q.strong)
                and not (c.generic or c.held)
                and (not q.intents or not q.intents.isdisjoint(c.evidence))
            ):
                # "Зарплата: …", "Адрес: …": the posting's own statement on the topic asked about
                # (unless the question wants what it does not give: "как часто платят?").
                score += self.w.fact_bonus
            if specific and not q.strong.isdisjoint(c.topics):
                if not specific.isdisjoint(c.evidence):
                    score += self.w.specific_bonus
                elif not c.label_topics.isdisjoint(q.strong) and preferred_shown():
                    score *= self.w.field_share
            if (
                c.role in sides
                and not q.strong.isdisjoint(c.topics)
                and (c.source != SOURCE_FACT or not c.label_topics.isdisjoint(labelled))
            ):
                # Of lines on the topic, the side that answers it: pay from the conditions,
                # "без опыта?" from the requirements, "как проходит?" from the process.
                score += self.w.side_bonus
            if asks_need and c.role in _ASKED_SIDES:
                score += self.w.side_bonus
            if q.situations and not self._unspoken_situation(q, c):
                score += self.w.situation_bonus
            if members and self._members_said(c, members):
                score += self.w.member_bonus
            if c.held or (
                (c.generic or (c.worded and not given)) and not c.keys.issuperset(q.named)
            ):
                # "Город: Казань" answers "в каком городе?"; "где?", "в каком районе?" only when
                # no line names the place itself. A fact the text states itself yields to that
                # line, whatever label it has: "185 000 – 210 000 тг" for "зарплата сколько".
                # So does the card's "Employment: contract" to "The post is fixed term until 31
                # August" for "is it permanent", unless it shows what is asked («Занятость:
                # вахта, рейс 4–6 месяцев» for «рейс долгий?»).
                score *= self.w.generic_share
            if (
                learning
                and _SALARY in c.topics
                and not learning.isdisjoint(c.topics)
                and grammar.changes.search(c.read) is None
            ):
                # … unless the line says what it pays after («потом 3200 ₽ за смену»).
                score *= self.w.learning_share
                if not learning_after.isdisjoint(c.topics):
                    # «скока буду получать после учебы» — «Стипендия — 30 000 ₽»: the pay of
                    # the time asked after weighs as no line on it.
                    score *= self.w.learning_share
            if _SALARY in q.strong and self._paid_after_only(q, c):
                # «а пока учусь зп будет какая» — «2 разряд | после обучения, первые 3 месяца |
                # 62 000 ₽» ties «На время обучения платим 45 000 ₽»: the pay after the time
                # asked weighs less than its own.
                score *= self.w.learning_share
            if (precise and precise.isdisjoint(c.precise)) or (
                streets and streets.isdisjoint(streets_of(c))
            ):
                score *= self.w.coarse_share
            if (
                c.source == SOURCE_REPLY
                and q.strong
                and c.asked_topics
                and q.strong.isdisjoint(c.asked_topics)
                and not any(key in c.asked_keys for key in q.content if key not in q.explains)
            ):
                # «а в месяц сколько получается» — «старший бариста через 3-4 месяца, ставка
                # там 330 ₽/час» under «карьерный рост есть?»: an answer to another question,
                # sharing no word of this one but the subject's, yields to the one asked (one
                # asking a subject of two asked is no other question: «по трудовой или черный
                # нал» — the reply under «Официально оформляете или как?»).
                score *= self.w.reply_share
            if c.source == SOURCE_REPLY and grammar.to_post.search(c.read) is not None:
                # «скока на руки выходит» — «Ирина, в посте же написано 35-55 смотря как шьете»:
                # the reply sends the reader back to the post, whose own line says it.
                score *= self.w.to_post_share
            if c.source == SOURCE_DESCRIPTION:
                # The one-line summary only answers what no line of the text itself does.
                score *= self.w.description_share
            if self._scoped_elsewhere(q, c, index):
                # «кондуктором сколько платят» — «от 70 000 до 90 000 ₽» under «АВТОСЛЕСАРЬ»:
                # another role's part of a posting that hires several.
                score *= self.w.other_job_share
            if c.other_job and c.other_job.isdisjoint(q.content):
                # «график работы какой» on an assistant's posting: not the schedule of the
                # receptionist's card beside it on the clinic's page.
                score *= self.w.other_job_share
            # A line on the question's strong topic ranks as if it scored `on_topic_lead` times
            # more: it beats lines that only share words, unless they share far more ("where do
            # crews meet in the morning?" — the crews' meeting place, not the morning hours).
            on_topic = bool(q.strong) and not q.strong.isdisjoint(c.topics)
            ranked.append((score, on_topic, c))
        if q.first:
            ranked = self._lists_by_lead(q, ranked, index)
        lead = self.w.on_topic_lead
        # Of lines that score the same, a bare tag ("Overtime", "Адрес") or a row of them ranks
        # after a line that says more of it, and a line of the page around the job (a job
        # fair's own hours) after one under a heading naming the job or its employer («**2. ООО
        # «Школьник»**»).
        own = index.own_headings
        ranked.sort(
            key=lambda r: (
                -(r[0] * (lead if r[1] else 1.0)),
                r[2].tags,
                r[2].heading not in own,
                r[2].order,
            )
        )
        sought = [
            self.lexicon.intents[i].evidence for i in q.intents if self.lexicon.intents[i].seeks
        ]
        # (a reply's sentences are ordered even when no word is sought: «у меня прав нет» of
        # «Связь в селе есть, …» / «Права категории B желательно» under «Связь есть? Права нужны?»)
        if len(ranked) > 1 and (q.stems or sought or ranked[0][2].reply >= 0):
            # Of the lines that tie for the best, the one that shows what is sought in words
            # beyond the question's own ranks first («выходные в какие дни» — «выходной день —
            # понедельник», not «работа … в выходные дни»); then, of one reply's sentences, the
            # one that says the asked word itself over the one before it that has it only from
            # the comment («Выходные по согласованию…» under «Выходные то у вас есть…?», not
            # «Вахты нет, егерь живёт на кордоне постоянно»); then the one whose text echoes more
            # of the question's words in another form: «ночью платят больше?» — «ночные смены
            # оплачиваются на 500 ₽ дороже», not the night shift's hours; then, when one asks
            # whether one may («can i just drop my resume in»), the line that rules ("Please no
            # walk-ins with resumes") over the one before it ("Please hit apply with your
            # resume"); then the line labelled with the topic asked that shows what is asked (a
            # card's pay field «от 90 000 до 160 000 ₽ за месяц» for «скока платят механику»,
            # not the clause «Оплата сдельная — 45% …, плюс оклад 25 000» before it).
            top = ranked[0][0] * (lead if ranked[0][1] else 1.0)
            tied = 1
            while (
                tied < len(ranked)
                and ranked[tied][0] * (lead if ranked[tied][1] else 1.0) >= top - _TIE
            ):
                tied += 1
            if tied > 1:
                replies = Counter(r[2].reply for r in ranked[:tied] if r[2].reply >= 0)
                shared = {number for number, count in replies.items() if count > 1}
                # … and last, the line under a heading naming a word asked, not the job's own,
                # over a section of lines ("how much of the work is remote these days" — "About
                # 60% of our work is now remote" under "Remote Depositions", not the company's
                # blurb on its remote services); a heading over one line only is its label (a
                # job board's "Licence/Certification" over "UK Driving Licence (required)").
                asked = q.content.keys() - index.title_keys
                headed = [r[2] for r in ranked[:tied] if not asked.isdisjoint(r[2].heading_keys)]
                if headed:
                    lines = Counter(c.group for c in index.candidates)
                    headed = [c for c in headed if lines[c.group] > 1]
                heads = {id(c) for c in headed}
                ranked[:tied] = sorted(
                    ranked[:tied],
                    key=lambda r: (
                        not self._shows_beyond(q, r[2], sought),
                        not self._sought_beside(q, r[2], sought),
                        self._inherited(q, r[2]) if r[2].reply in shared else 0.0,
                        -self._echoes(q, r[2]),
                        not (q.lack_stated and self._remedies(r[2])),
                        not self._names_as_asked(q, r[2]),
                        not (q.leave_asked and self._rules(r[2])),
                        r[2].order not in stated,
                        id(r[2]) not in heads,
                    ),
                )
        return [(score, c) for score, _, c in ranked]

    @staticmethod
    def _age_said(q: Question) -> int | None:
        """The age a question says ("im 15", "a 19 yr old"), or None."""
        if not q.age_stated:
            return None
        return next((int(key) for key in q.sequence if key.isdigit() and len(key) == 2), None)

    def _other_age(self, c: Candidate, age: int) -> bool:
        """Whether a pay row (no limit: «Возраст от 20 до 55 лет» answers any age, yes or no)
        states ages and none of them holds ``age``: "Aged 21 and over: £12.21 per hour" for
        a 15- or a 19-year-old."""
        if c.role in _ASKED_SIDES or _AGE not in c.topics or _SALARY not in c.topics:
            return False
        bands = [
            (int(ages.get("low") or 0), int(ages.get("high") or int(ages.get("below") or 100) - 1))
            for pattern in self.lexicon.grammar.age_bands
            for ages in (found.groupdict() for found in pattern.finditer(c.read))
        ]
        return bool(bands) and not any(low <= age <= high for low, high in bands)

    def _shows_beyond(self, q: Question, c: Candidate, sought: list[re.Pattern[str]]) -> bool:
        """Whether the line shows what an intent seeks by a word the question does not hold
        itself: «понедельник» for «выходные в какие дни», not «выходные»."""
        return any(
            self.analyzer.key(word.group()) not in q.content
            for evidence in sought
            for found in evidence.finditer(c.read)
            for word in [_WORD_RE.search(c.read, found.start()) or found]
        )

    def _sought_beside(self, q: Question, c: Candidate, sought: list[re.Pattern[str]]) -> bool:
        """Whether what an intent seeks stands beside a word of the question, with at most
        ``beside_words`` other words that name something between: "how long is a shift" —
        "Shifts are typically 4, 6 or 7.5 hours", "3-month probation" say the length of the
        thing asked; "Schedules are posted two weeks in advance; shift swaps …" and "sick days
        … after probation" a length of another."""
        if not sought:
            return False
        return self._beside(c, q.content.keys(), sought, self.w.beside_words)

    def _beside(
        self, c: Candidate, keys: Set[str], sought: Iterable[re.Pattern[str]], reach: int
    ) -> bool:
        """Whether a match of one of ``sought`` in the line stands beside one of ``keys``, with
        at most ``reach`` words between that are not stop words."""
        text = c.read
        words = [
            (word.start(), word.end(), self.analyzer.key(word.group()))
            for word in _WORD_RE.finditer(text)
        ]
        stop = self.lexicon.stopwords
        for evidence in sought:
            for found in evidence.finditer(text):
                before = [k for start, _, k in words if start < found.start() and k not in stop]
                after = [k for _, end, k in words if end > found.end() and k not in stop]
                if not keys.isdisjoint(before[-reach - 1 :] + after[: reach + 1]):
                    return True
        return False

    def _lists_by_lead(
        self, q: Question, ranked: list[tuple[float, bool, Candidate]], index: PostingIndex
    ) -> list[tuple[float, bool, Candidate]]:
        """«какие документы нужны?» asks for a list as a whole: the lead-in over it («Гражданин
        … представляет в Управление:») ranks as its best item and above it, not the item that
        happens to name a «документ»."""
        lead = self.w.on_topic_lead
        best: dict[int, tuple[float, bool, Candidate]] = {}
        # «Перечень документов, предоставляемых кандидатом:» heading its list: its first item
        # leads it, as a lead-in line over a list does.
        firsts = (
            {
                c.group: c.order
                for c in index.candidates
                if c.position == 0 and self._heads(q, c, index)
            }
            if q.headed
            else {}
        )
        for score, on_topic, c in ranked:
            over = index.list_leads.get(c.order)
            if over is None and c.position > 0:
                over = firsts.get(c.group)
            # (an item of the subject asked: "how many calls a day" is one item's own matter)
            if (
                over is not None
                and not c.topics.isdisjoint(q.strong)
                and (
                    over not in best
                    or _effective(score, on_topic, lead) > (_effective(*best[over][:2], lead))
                )
            ):
                best[over] = (score, on_topic, c)
        if not best:
            return ranked
        kept = [r for r in ranked if r[2].order not in best]
        for c in index.candidates:
            if c.order in best:
                score, on_topic, item = best[c.order]
                # It speaks for its list: of the words and subjects asked, it has the item's.
                asked = item.keys & q.content.keys()
                listed = changed(
                    c, keys=c.keys | asked, topics=c.topics | (item.topics & q.strong)
                )
                kept.append((score + self.w.intent_bonus, on_topic, listed))
        return kept

    def _heads(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line's heading names a word of the question other than the job's own
        («кому писать по баристе» under «Бариста в кофейню» asks no list of baristas), or, when
        the pattern that asked took every word, the subject asked ("how do i apply" — "HOW TO
        APPLY"), when its first line is a step, not a labelled fact ("Application deadline:
        20/12/2026")."""
        if not c.heading_keys.isdisjoint(q.content.keys() - index.title_keys):
            return True
        if q.content or c.heading is None or c.label_keys:
            return False
        heading, tokens = self.analyzer.analyze_tokens(c.heading)
        return not self.lexicon.line_topics(heading, c.heading, tokens).isdisjoint(q.strong)

    def _rules(self, c: Candidate) -> bool:
        """Whether the line rules — a refusal or a limit («несовершеннолетних НЕ берём», "We do
        not accept CVs", «Минимум — 2 смены в неделю») — in the employer's own words: not a
        form's options ("Yes / No", «Есть сертификат? ○ Да ○ Нет») nor a testimonial."""
        grammar = self.lexicon.grammar
        return (
            not c.tags
            and c.source != SOURCE_REPLY
            and "?" not in c.quote
            and len(_WORD_RE.findall(c.quote)) >= self.w.rule_words
            and grammar.rules_said.search(c.read) is not None
            and grammar.testimonial.match(c.said) is None
        )

    def _remedies(self, c: Candidate) -> bool:
        """Whether the line makes up for what one lacks («нет — поможем оформить», "we'll send a
        Steam Deck on loan if you don't have one"), in the employer's own words."""
        return self.lexicon.grammar.lack_remedied.search(c.read) is not None

    @staticmethod
    def _inherited(q: Question, c: Candidate) -> float:
        """The weight of the question's words a reply holds only from the comment it answers."""
        return sum(w for key, w in q.content.items() if key in c.keys and key in c.asked_keys)

    @staticmethod
    def _echoes(q: Question, c: Candidate) -> float:
        """The weight of the question's words whose stems the line's text holds, a topic's own
        word only when the line is not on that topic («платят» — «оплата сдельная»)."""
        raw = c.read
        return sum(
            weight
            for key, stem, weight in q.stems
            if stem in raw and q.explains.get(key, frozenset()).isdisjoint(c.topics)
        )

    def gate(self, q: Question, index: PostingIndex, best: tuple[float, Candidate]) -> bool:
        """Gate: whether the best unit answers the question, or the posting does not say."""
        return self._verdict(q, index, best) is _Verdict.ANSWERS

    def _verdict(
        self, q: Question, index: PostingIndex, best: tuple[float, Candidate]
    ) -> _Verdict:
        """The gate's verdict on a unit: it answers, it covers too little of what is asked
        (only the last check, the share of the question it covers, refused it), or it is
        refused for something it says or lacks."""
        _, candidate = best
        if self._share_paid(q, candidate):
            # «какой процент с ремонта мастеру» — «Оплата — 40% от стоимости каждого ремонта»:
            # the pay given as a share is the share asked.
            candidate = changed(candidate, topics=candidate.topics | {_BONUS})
        bonus = 0.0
        said = candidate.read
        grammar = self.lexicon.grammar
        if q.smalltalk and not q.strong and not q.weak:
            return _Verdict.REFUSED
        if q.unknown and (not q.strong or q.strong <= {_EXPERIENCE}):
            # "do i need kubernetes experience" — "Fintech experience is a nice-to-have, not a
            # must": experience of a tool the posting never names is not the experience it asks.
            return _Verdict.REFUSED
        if q.beyond:
            return _Verdict.REFUSED
        if (
            _SALARY in q.strong
            and not (q.after_topics & candidate.topics).isdisjoint(grammar.learning_periods)
            and grammar.after_said.search(said) is None
        ):
            # «скока буду получать после учебы» — «Стипендия — 30 000 ₽ в месяц»: the pay of the
            # time itself, not of what comes after it.
            return _Verdict.REFUSED
        if q.also_case and self._other_case(q, candidate):
            # «летом тоже будет набор?» — «набор на зимнюю стажировку»: winter's, not summer's.
            return _Verdict.REFUSED
        if self._other_role(q, candidate, index) or self._scoped_elsewhere(q, candidate, index):
            # "whats the baker schedule" — "Counter/Barista – part time, 20-25 hrs a week";
            # «на контролера до скольки лет берут» — «от 21 до 45 лет» under the driver's heading.
            return _Verdict.REFUSED
        if self._distinct_unnamed(q, candidate, index):
            # «санминимум кто оплачивает» — «медкомиссия (…, оплачивает работодатель)».
            return _Verdict.REFUSED
        if self._unoffered_role(q, candidate, index):
            # «кладовщиком сколько платят?» — the packer's «Оклад 4 200 000 сум в месяц».
            return _Verdict.REFUSED
        if self._role_of_another_kind(q, index):
            # «а учитель информатики вам не нужен?» of «Учитель математики 5–9 классов».
            return _Verdict.REFUSED
        if self._scattered(q, candidate):
            # «скока машин в день примерно» — a voice message transcribed as one line, «…с
            # машины…» here and «…тысяча в день…» far on: no statement of the count asked.
            return _Verdict.REFUSED
        if q.grades and self._pay_asked(q) and self._other_grade(q, candidate):
            # «скока платят на 4 разряде» — «доход оператора 3 разряда от 70 000 ₽»;
            # "im csia 3 whats my rate" — "Level 1 (CSIA / CASI) | $18.25".
            return _Verdict.REFUSED
        if _COMMUTE in q.strong and _COMMUTE not in candidate.topics:
            # «а на смену к 20:00 тоже подвозите» — «график 2/2 ночные смены с 20:00 до 08:00»:
            # the shift's hours, and no ride to it; a ride asked needs a line that speaks of one.
            return _Verdict.REFUSED
        if _COMMUTE in q.strong and self._other_origin(q, candidate, index):
            # "развозка из Люберец есть?" — "развозка от м. Выхино и м. Котельники".
            return _Verdict.REFUSED
        if (
            _SALARY in q.strong
            and _QUANTITY in q.intents
            and _SALARY not in candidate.topics
            and _CAREER in candidate.topics
        ):
            # «а сколько получает менеджер смены» — «возможность вырасти до менеджера смены за
            # 6–12 месяцев»: the way up to a post, not what it pays (a way up that gives its
            # sums is on the pay: the salary term of a grade's sum, «механик 1 грейда — 62 000 ₽»).
            return _Verdict.REFUSED
        if q.situations and self._unspoken_situation(q, candidate):
            # «с ребенком можно жить в общежитии?» — «общежитие для иногородних».
            return _Verdict.REFUSED
        if self._other_unit(q, candidate):
            # "can i do a 4 day week" — "overlap at least 4 hours with US Eastern Time".
            return _Verdict.REFUSED
        if q.piece and not any(
            word.startswith(stem)
            for words in (_WORD_RE.findall(said), candidate.keys)
            for word in words
            for stem in q.piece
        ):
            # «скока платят за одно окно» — «Зарплата: от 80 000 до 150 000 руб.»: a month's
            # pay says nothing per window (a unit clipped, «180 р/га», is named by its key).
            return _Verdict.REFUSED
        if self._other_pay_unit(q, candidate, index):
            # "whats the hourly rate" — "Salary: €34,000-€38,000 per year".
            return _Verdict.REFUSED
        if q.per_work and self._time_sums_only(candidate):
            # «скока платят за метр потолка» — «от 90 000 до 180 000 ₽ за месяц».
            return _Verdict.REFUSED
        if q.apart and self._sum_with_apart(q, candidate):
            # «оклад сколько без премии» — «55 000 – 70 000 руб. (оклад + премия за выполнение
            # плана)»: the sum holds the premium too.
            return _Verdict.REFUSED
        if self._other_row(q, candidate, index):
            # «сколько за прогулку платят» — «передержка у вас дома — от 1 200 ₽ в сутки»: a row
            # of a price list naming another item than the one asked.
            return _Verdict.REFUSED
        if self._named_by_post(q, candidate):
            # «общага платная? скока стоит» — «4 | Вахтёр общежития | 1 | 21 500 руб.»: the
            # dormitory names the watchman's post, and the row states his pay.
            return _Verdict.REFUSED
        if q.members and (
            self._other_member(q, candidate) or self._members_elsewhere(q, candidate, index)
        ):
            # "ужин тоже бесплатно?" — "обед бесплатно": another meal.
            return _Verdict.REFUSED
        if (
            not q.strong
            and not q.weak
            and _ABOUT_TOPIC in candidate.topics
            and not self.lexicon.grammar.gives.isdisjoint(q.sequence)
        ):
            # "кэшбэк сотрудникам дают?" — what the company sells its clients is not what it
            # gives its staff.
            return _Verdict.REFUSED
        # "премии или бесплатные обеды?": one of the things asked for, named by its own topic
        # word, is what this line is about.
        # "full time or part time?" — "Schedule: Full-time": the option the line names answers,
        # whether or not the other one was a subject of its own.
        chosen = any(
            not group.isdisjoint(q.dropped_keys)
            or (not group <= candidate.keys and not group.isdisjoint(candidate.keys))
            for group in q.alternatives
        ) and any(
            key in candidate.keys and not explains.isdisjoint(candidate.topics)
            for key, explains in q.explains.items()
            if key not in q.dropped_keys
        )
        # «в чем работать, форма ваша?» — «Выдаём фирменную форму»: a subject no line is about
        # (what to wear) whose general words another subject asked shares (clothes: a uniform),
        # which the line is about, is asked by that one.
        kinds = self.lexicon.topics
        sibling = bool(q.dropped) and all(
            any(
                not kinds[name].generic.isdisjoint(kinds[other].generic)
                for other in q.strong & candidate.topics
            )
            for name in q.dropped
        )
        judged_dropped = bool(q.dropped) and not chosen and not sibling
        shown = {i for i in q.intents if self.lexicon.intents[i].must_show}
        amounts = {i for i in shown if self.lexicon.intents[i].owned}
        # A question of no known subject that asks how many must be shown a figure too: "скок
        # заказов в день?" is not answered by "заказы каждый день"; nor one that asks whether
        # a thing is paid or when it is (`Intent.unnamed`).
        unnamed = {i for i in shown if self.lexicon.intents[i].unnamed}
        wanted = shown if judged_dropped or q.strong else amounts | unnamed
        if wanted and not self._shows(q, candidate, wanted):
            # "how much does it pay?" — "we pay on the 1st" names no amount; "пробная смена
            # сколько длится?" — a line on the trial shift with no length.
            return _Verdict.REFUSED
        if any(
            self.lexicon.intents[i].alone and not self._shows(q, candidate, {i}) for i in wanted
        ):
            # "how much do u get for a sleep in" — "sleep-in shifts (around two per month)":
            # a count, no sum.
            return _Verdict.REFUSED
        if amounts and self._figure_elsewhere(q, candidate, amounts):
            # «премия за выработку скока примерно» — «Ставка 3 800 ₽ за смену + премия за
            # выработку, в среднем выходит 60–75 тыс. в месяц»: the premium's part has no sum.
            return _Verdict.REFUSED
        if self._reason_unnamed(q, candidate):
            # «доплата за категорию есть?» — «Зарплата 48 000 ₽ на руки плюс премия за
            # наполняемость группы»: an extra, but not for what is asked.
            return _Verdict.REFUSED
        if grammar.defers.search(candidate.read) is not None:
            # «женщин трактористок берете» — «@Лидия Этот вопрос лучше задать по телефону отдела
            # кадров»: the newsroom sends the question on, it does not answer it.
            return _Verdict.REFUSED
        if grammar.testimonial.match(candidate.said):
            # «машину домой можно забирать на ночь» — «Игорь, 41 год: «Перешёл со своей машины на
            # Камри в аренду, выплаты приходят сразу»»: what one driver says of his job, not the
            # posting's terms.
            return _Verdict.REFUSED
        if not q.pays_for and grammar.warning.search(said):
            # "is there a uniform" — "Never pay any money upfront for a job, training, uniforms
            # or a DBS check.": a job board's warning against fraud names what one must not pay
            # for, not what the job gives or needs.
            return _Verdict.REFUSED
        if (
            q.whose_duty
            and candidate.role is not SectionKind.DUTIES
            # «↩️ Сергей пока нет, выходим на ЯМ не раньше осени» under «Яндекс Маркет тоже
            # нужно будет вести?»: the employer's reply to a comment asking the same.
            and not (candidate.source == SOURCE_REPLY and candidate.answers)
        ):
            # «детские стрижки тоже на мне?» — the salon's own description of its services.
            return _Verdict.REFUSED
        if (
            not q.strong.isdisjoint(_WORKDAY)
            and q.strong.isdisjoint(_REACHING)
            and _PLACE not in q.intents
            and not candidate.topics.isdisjoint(_REACHING)
            and len(candidate.topics) <= self.w.reaching_topics
        ):
            # «учеба по выходным бывает?» — «Запись на обучение: 8 (831) 000-52-19 (Наталья,
            # отдел кадров, пн-пт 8:00-17:00)»: the hours one reaches the office, not the work's;
            # nor its break («обеденный перерыв во сколько» — «Документы принимаются … с 9:00 до
            # 17:00 (перерыв 13:00–14:00)»).
            return _Verdict.REFUSED
        if self._pay_unsaid(q, candidate):
            # "what do u pay on sundays or holidays" — "Weekend availability required: at least
            # two weekend days per month, plus some holidays": the days, and nothing of pay.
            return _Verdict.REFUSED
        if self._paid_thing_unnamed(q, candidate):
            # «дни в дороге оплачиваются?» — «оплата за вахту 30 дней от 165 000 руб.»: the
            # pay of the rotation, not of the days on the road.
            return _Verdict.REFUSED
        if self._break_for_a_meal(q, candidate):
            # "do staff get lunch provided" — "8 hrs + 30 min unpaid lunch".
            return _Verdict.REFUSED
        if q.values_asked and not any(value.search(said) for value in q.values_asked):
            # «а можно вахтой 30/30 ездить» — «Режим работы: вахта 60/30 (…)»: the value the
            # posting works, not the one asked leave for.
            return _Verdict.REFUSED
        if q.district and q.district.isdisjoint(candidate.keys):
            # «в приокском районе есть аптека с вакансией?» — «38 аптек в городе и области»: the
            # district asked is not named.
            return _Verdict.REFUSED
        # What the question asks that a line must say in so many words, or the posting does not
        # say it: each thing asked, and what says it. An answer says it with the question it
        # answers: «метро уже работает, так что нет» under «такси домой утром оплачиваете?».
        heard = self._heard(candidate)
        for asked, answered in (
            # «а обратно после смены автобус везет?» — «служебный автобус утром от м.
            # Заельцовская в 5:30»: the way there only.
            (q.way_back and _COMMUTE in q.strong, grammar.return_said),
            # «до работы такси тоже оплатите?» — «такси домой после 02:00 за счёт бара»: the
            # ride home only.
            (
                q.way_there
                and _COMMUTE in q.strong
                and grammar.home_said.search(heard) is not None,
                grammar.there_said,
            ),
            # "could it turn into a permanent part time role later" — "Employment: part-time":
            # the job as it is, no change.
            (q.later, grammar.changes),
            # «в астане есть вакансия?» — «Yamato Roll — сеть из 14 точек доставки японской
            # кухни в Алматы и Астане»: where the company is, not where it hires.
            (q.hiring_asked and _ABOUT_TOPIC in candidate.topics, grammar.hiring),
            # "how long does the hiring process take" — "Intro call (30 min) → writing exercise
            # (… 2 hours, unpaid) → panel …": each step's length, not the whole process's.
            (_STEPS in q.intents and _DURATION in q.intents, grammar.process_span),
            # "how many interview rounds" — "We will never ask for payment or bank details during
            # the hiring process; …": the process named, none of its steps.
            (_STEPS in q.intents, grammar.step_said),
            # «а вторая клиника где» — «Красный проспект, 157, 5 минут от м. Заельцовская»:
            # the one site the posting is about, not the second.
            (q.another_asked, grammar.another_said),
            # «сколько в среднем выходит с процентом» — «оклад 45 000 ₽ в месяц + 3% от выручки
            # смены»: the rate and the share, not what they come to.
            (q.total_asked, grammar.total_said),
            # «какой план по лидам» — «… ежеквартальный бонус до 30% от оклада за выполнение
            # плана по лидам»: what the bonus is paid for, not what the plan is.
            (q.plan_asked, grammar.plan_said),
            # «во сколько уроки заканчиваются» — «Работаем в одну смену, уроки с 8:00»: when
            # they start, not when they end.
            (q.end_asked and _CLOCK in q.intents, grammar.end_said),
            # "do i get the £20 deposit back if i quit" — "thermal bag and hi-vis jacket (£20
            # deposit, taken from your first earnings)": the sum, not its return.
            (q.refund_asked, grammar.refund_said),
            # «3200 это на руки или еще налог вычтут» — «Зарплата: от 3 200 до 4 500 ₽»: the
            # sum, not whether tax comes off it.
            (q.net_asked, grammar.net_said),
            # «можно совмещать с другой работой» — «Подработка для студентов: смены по 4–6 часов
            # в вечернее время»: a part-time job, not two jobs held at once.
            (q.combine_asked, grammar.combine_said),
            # "can i take the van home at night" — "… company cargo vans … and you'll be home
            # every night": the driver home, not the van.
            (q.vehicle_home, grammar.vehicle_home_said),
            # «можно подработку на полсмены» — «можно без опыта студентам колледжа питания —
            # берём помощником повара»: students taken, not less than a full day.
            (
                _PART_TIME in q.strong
                and not q.students_named
                and grammar.students_said.search(said) is not None,
                grammar.part_time_said,
            ),
        ):
            if asked and answered.search(heard) is None:
                return _Verdict.REFUSED
        if (
            q.own_child
            and grammar.staff_child.search(said) is None
            # «к сожалению нет» under «а можно с ребенком приходить иногда?»: the answer to the
            # very question (not to «ночевать с детьми не нужно?», of the job's children).
            and grammar.own_child.search(normalize(candidate.answers)) is None
        ):
            # «своего ребенка к вам в школу можно устроить?» — «МАОУ «Средняя общеобразовательная
            # школа № 41» … объявляет о приёме на работу учителя …»: the pupils, not the staff's.
            return _Verdict.REFUSED
        if (
            q.housing_asked
            and _RELOCATION in q.strong
            and any(detail.search(said) is None for detail in q.housing_asked)
        ):
            # "is the house furnished" — "Accommodation: tidy 3 bedroom house on farm available for
            # $120 a week, includes power and firewood".
            return _Verdict.REFUSED
        if self._discount_elsewhere(q, candidate):
            # «скидка сотрудникам на кальян есть» — «Напитки из бара — со скидкой 50%».
            return _Verdict.REFUSED
        if self._other_modifier(q, candidate):
            # "life insurance included?" — "Medical, dental and vision insurance".
            return _Verdict.REFUSED
        if any(detail.search(heard) is None for detail in q.details_asked):
            # "is there a deposit for housing" — "Limited employee housing is available at
            # Ridgeview Lodge"; «а если экзамен после обучения не сдам что тогда» — «оплачиваемое
            # обучение 3 недели …»: the thing, not its detail or the case asked.
            return _Verdict.REFUSED
        if self._means_to_eat(q, candidate):
            # «питание предоставляется?» — «комната отдыха с микроволновкой и холодильником».
            return _Verdict.REFUSED
        if self._uncounted_people(q, candidate):
            # «сколько человек в сметном отделе» — «в штате 900 человек».
            return _Verdict.REFUSED
        if q.name_asked and self.lexicon.grammar.names_said.search(candidate.said) is None:
            # "who is the hiring manager" — "… a 30-minute call with the hiring manager, …".
            return _Verdict.REFUSED
        if (
            q.pay_asked
            and self.lexicon.grammar.charge_said.search(candidate.read) is not None
            and not q.charge_asked
        ):
            # «а яблоки собирать сколько платят» — «Стоимость — 150 руб/сутки, удерживается из
            # заработка»: what the worker is charged, not what they are paid.
            return _Verdict.REFUSED
        if q.org_asked and self.lexicon.grammar.org_named.search(candidate.said) is None:
            # «как комбинат называется» — «Мясоперерабатывающий комбинат, Тамбовская обл»:
            # capitals, but no company named.
            return _Verdict.REFUSED
        if q.rank_asked and self.lexicon.grammar.rank.search(candidate.read) is None:
            # «старшему менеджеру оклад какой» — «оклад 35 000 ₽ + 3% с каждого договора».
            return _Verdict.REFUSED
        if self._unit_unnamed(q, candidate):
            # "how many weeks of paid vacation" — "… paid vacation after 6 months, …".
            return _Verdict.REFUSED
        if self._uncounted(q, candidate):
            # "сколько мастеров у вас работает?" — "мастеру 45% от стоимости услуги".
            return _Verdict.REFUSED
        if (
            not q.strong
            and candidate.role is SectionKind.DUTIES
            and not grammar.perk_asked.isdisjoint(q.sequence)
            and not self.lexicon.cues.employer_gives.search(said)
        ):
            # "do staff get free guest passes" — "Sell guest passes and process locker rentals":
            # what one sells at work is no perk one gets.
            return _Verdict.REFUSED
        if (
            not q.strong
            and not grammar.obliged.isdisjoint(q.sequence)
            and self._asks_what_is_needed(q, candidate)
        ):
            # "is medical aid compulsory" — "Medical aid (company contributes 50%)": a perk the
            # employer offers, not whether one must take it.
            return _Verdict.REFUSED
        if (
            q.strong
            and not grammar.needs.isdisjoint(q.sequence)
            and self._unnamed_kind_needed(q, index)
        ):
            # "do i need a CNA license" — "Has own car and clean driving record": the posting
            # never names the kind of licence asked.
            return _Verdict.REFUSED
        if q.deed and candidate.keys.isdisjoint(q.deed):
            # "would i have to walk the dog" — "must be ok with dogs!": the dogs, not the walk.
            return _Verdict.REFUSED
        if judged_dropped:
            # A recognised subject no line is about: only a line with its very words answers
            # (unless it was one of two asked for: "премии или доплаты?" — "доплата за …").
            if not (
                self._names_dropped(q, candidate)
                or self._says_it_all(q, candidate)
                or self._says_what_is_needed(q, candidate)
                or self._situation_spoken(q, candidate)
                or self._way_in_given(q, candidate)
            ):
                return _Verdict.REFUSED
            # The line has the subject's own word: it counts as a topic the line covers.
            bonus = self.w.strong_topic * len(q.dropped)
            if self._situation_spoken(q, candidate):
                # «едем с женой» — «Пары живут вместе»: the words of the situation are spoken to.
                bonus += sum(
                    weight
                    for key, weight in q.content.items()
                    if key in q.situation_keys and key not in candidate.keys
                )
        if q.strong:
            if (
                (
                    q.strong.isdisjoint(candidate.topics)
                    and not (
                        self._paying_carried(q, candidate)
                        and not q.strong.isdisjoint(candidate.before_topics)
                    )
                    # «в шторм пляж закрыт платят тогда?» — «… смена всё равно оплачивается
                    # полностью»: pay asked alone is said by a line that says what is paid.
                    and not (q.strong == {_SALARY} and self._says_pay(q, candidate))
                    # "are the monthly trainings paid" — "Attends mandatory in-service trainings
                    # (4 hours per month, paid)": a line with every word of a question of
                    # several says it, whatever subject its words were read as.
                    and not self._says_it_all(q, candidate, least=self.w.every_word)
                )
                # "опыт работы в поддержке?" — "опыт программирования": another kind of it.
                or self._other_kind(q, candidate, index)
                # "развозка ночью тоже ходит?" — the night shift's hours.
                or self._unanswered_topic(q, candidate, index)
                # "any relocation allowance" — "Commuting allowance": only «Housing» gives the
                # posting the move, no line says it.
                or self._lent_only(q, candidate, index)
                # "сколько бригадиру платят?" — "5 000–6 500 ₽ за смену, бригадирам больше".
                or (shown and not self._shown_by_detail(q, candidate, shown, index))
                # "сколько чаевых?" — "Ставка 2 200 ₽ за смену + все чаевые ваши".
                or (amounts and not self._shown_for_subject(q, candidate, amounts))
                # "how long is probation?" — "3 days in the office, 2 from home after
                # probation": the length is the office days'.
                or (
                    self._timed(q)
                    and _LENGTH in shown
                    and not self._shown_for_subject(q, candidate, {_LENGTH})
                )
                or self._lacks_need(q, candidate)
                or self._asked_of_other_options(q, candidate)
                or (
                    self._asks_what_is_given(q, candidate, gives=q.pays_for)
                    # "штрафы кто платит?" — «Штрафы ГИБДД оплачивает водитель.»
                    and not (q.who_pays and self._shows_paying(q, candidate))
                )
                or self._asks_what_is_needed(q, candidate)
                # «на испытательном зп такая же?» — «испытательный срок 2 месяца».
                or self._unpaid_period(q, candidate)
                or (
                    q.pays_for
                    # "do i pay for multisport myself" — "… and Multisport card": a perk
                    # among the conditions does not say who pays.
                    and (
                        candidate.role is not SectionKind.CONDITIONS
                        or q.who_pays
                        # «за межвахту платят что нибудь» — «график вахты 45/45 (… 45 дней
                        # межвахтового отдыха)»: a line on no perk asked gives nothing.
                        or not any(
                            self.lexicon.topics[name].perk for name in q.strong & candidate.topics
                        )
                    )
                    and not self._shows_paying(q, candidate)
                )
            ):
                return _Verdict.REFUSED
            if not q.dropped:
                covers = self._covers_subject(q, candidate)
                return _Verdict.ANSWERS if covers else _Verdict.REFUSED
        if q.own_or_given and not q.strong and self._asks_what_is_given(q, candidate):
            # «химию самому покупать или ваша» — «отсутствие аллергии на бытовую химию» among
            # the requirements says nothing of whose it is.
            return _Verdict.REFUSED
        if q.pays_for and (
            self._asks_what_is_given(q, candidate, gives=True)
            or not self._shows_paying(q, candidate)
        ):
            # "do you pay for my CPC renewal?" — "Valid CPC card" says nothing of paying.
            return _Verdict.REFUSED
        # "у меня 3 разряд, пойдёт?": the candidate's own figure is what the line's threshold
        # is compared with, not a word the line must have.
        # Nor is what they say of themselves beside a question of its own ("can i do just 4
        # nights a week? i have school" — "Four or five nights a week"), unless the question
        # points back at it («я в Ефремове живу, там есть ваш ресторан?»).
        there = self.lexicon.grammar.there
        told = any(key not in q.aside for key in q.content) and there.isdisjoint(q.sequence)
        compared = self._compared_figures(q, candidate)
        own = sum(
            weight
            for key, weight in q.content.items()
            if key not in candidate.keys
            and ((key in q.aside and (told or key.isdigit())) or key in compared)
        )
        if (
            q.own_or_given
            and self._says_own_or_given(candidate)
            and not self._named_as_modifier(q, candidate)
        ):
            # «химию и швабры свои приносить?» — «Вся химия, инвентарь … наши»; "do i bring my
            # own shovel" — "We provide shovels": bringing or giving frames whose the thing is,
            # which the line says.
            own += sum(
                weight
                for key, weight in q.content.items()
                if key in grammar.getting and key not in candidate.keys
            ) + sum(q.content[key] for key in self._qualifiers(q, candidate))
        seq = q.sequence
        # «без портфолио можно?» — «портфолио с 2+ проектами»: the line names the thing one would
        # lack, and so says whether one may; the «без» is no word it must have.
        own += sum(
            q.content.get(key, 0.0)
            for at, key in enumerate(seq[:-1])
            if key in grammar.without
            and key not in candidate.keys
            and seq[at + 1] in candidate.keys
        )
        if candidate.role in _ASKED_SIDES:
            # «накс обязательно?» — «Действующее удостоверение НАКС» among the requirements:
            # that it is needed is what the line's place says.
            own += sum(
                weight
                for key, weight in q.content.items()
                if key in self.lexicon.grammar.needs and key not in candidate.keys
            )
        # «если опоздаю минут на 20, что будет?» — «Опоздание более 15 минут: …»: the word
        # opening the case is no word the line must have, when the line speaks of a deed asked
        # (not «тест можно пересдать, если завалю» — «тестирование по 223-ФЗ»).
        case = sum(
            weight
            for key, weight in q.content.items()
            if key in grammar.condition and key not in candidate.keys
        )
        if case and (q.case_asked or self._speaks_of_deed(q, candidate)):
            own += case
        elif q.case_keys:
            # «как домой добираться, если смена до 12 ночи» — «после полуночи развозим домой
            # служебным такси»: the case asked about need not be said.
            own += sum(
                weight
                for key, weight in q.content.items()
                if key in q.case_keys and key not in candidate.keys
            )
            own += self.w.weak_topic * len(q.case_topics - candidate.topics)
        shown = self._shown_asking(q, candidate)
        if shown and all(
            key in candidate.keys or key in shown or key in q.aside or self.analyzer.frames(key)
            for key in q.content
        ):
            # "extra pay for freezer?" — "Freezer premium: additional $2.00/hr": the line has
            # the subject, and shows what the other words asked for.
            own += sum(q.content[key] for key in shown)
        counted: list[str] = []  # words in another form already counted whole
        if not q.strong and not q.weak:
            # «туалеты мыть надо?» — «санузлы (с 1 по 3 этаж)»: the one thing asked, beside verbs
            # that frame it, is named in another form or word; it counts whole.
            verbs = [
                key for key in q.content if key not in candidate.keys and self.analyzer.frames(key)
            ]
            # «я из новосибирска, дорогу оплатите?»: what the candidate says of themselves is
            # weighed apart (``own``), not a thing asked — unless it is all they ask of («я
            # рисую пиксельарт, подойду?»).
            nouns = [
                key for key in q.content if key not in verbs and not (told and key in q.aside)
            ]
            near = [
                key
                for key in nouns
                if key not in candidate.keys
                and key in q.fuzzy
                and not q.fuzzy[key].isdisjoint(candidate.keys)
            ]
            if verbs and near and all(key in candidate.keys or key in near for key in nouns):
                bonus += (1 - self.w.fuzzy_share) * sum(q.content[key] for key in near)
                counted = near
        # «что надо делать, только ходовка?» — «(ходовая, ТО, замена ГРМ)»: a Russian noun asked
        # in another form of the line's word is that word, as in ``_covers_subject``.
        other_forms = sum(
            weight * (1 - self.w.fuzzy_share)
            for key, weight in q.content.items()
            if key not in candidate.keys
            and key not in counted
            and self.analyzer.is_cyrillic_noun(key)
            and any(
                other in candidate.keys and self._same_word(key, other)
                for other in q.fuzzy.get(key, ())
            )
        )
        # «сколько заданий можно взять сразу» — «Не больше 3 активных заданий одновременно»: a
        # word that only says how or when of the thing asked weighs less when the line lacks it.
        own += sum(
            q.content[key] * (1 - self.w.qualifier_share)
            for key in self._qualifying(q, candidate)
            if key not in counted
        )
        total = self._total(q, candidate) + bonus - own
        if total <= 0:
            return _Verdict.REFUSED
        covered = self._coverage(q, candidate, judging=True) + bonus + other_forms
        if covered / total >= self.w.min_coverage:
            return _Verdict.ANSWERS
        return _Verdict.UNCOVERED

    def _unnamed_kind_needed(self, q: Question, index: PostingIndex) -> bool:
        """Whether a word the question puts before the thing it asks is needed ("a CNA
        license", "a food hygiene cert") is one the posting never uses: the kind asked is not
        one it names."""
        sequence = q.sequence
        for at, key in enumerate(sequence[:-1]):
            following = sequence[at + 1]
            if (
                key in q.content
                and key not in index.idf
                and key not in q.explains
                and key not in q.aside
                # «опыт нужен или можно без стажа?»: «без» says the thing is lacked, no kind of it.
                and key not in self.lexicon.grammar.without
                and len(key) >= self.w.min_stem
                and not key.isdigit()
                and not self.analyzer.frames(key)
                and following in q.explains
                and not q.strong.isdisjoint(q.explains[following])
                and key not in index.title_keys
                and key not in index.role_idf
                # "formal clothes" — "Informal dress code": the posting has the word inside
                # another one.
                and not any(key in line.read for line in index.candidates)
            ):
                return True
        return False

    def _distinct_unnamed(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question names one thing of a topic whose things are distinct (a check:
        «санминимум», «флюорография»), which another line of the posting names, and the line
        speaks of the topic by its general word alone: «санминимум кто оплачивает» is not
        answered by «медкомиссия (…, оплачивает работодатель)»."""
        kinds = self.lexicon.topics
        synonyms = self.lexicon.synonyms
        for name in q.strong & c.topics:
            generic = kinds[name].generic
            if not kinds[name].distinct or c.keys.isdisjoint(generic):
                continue
            asked = {
                key for key, names in q.explains.items() if name in names and key not in generic
            }
            # ("на русском можно или на итальянском" — one of them named is enough)
            if (
                asked
                and asked <= index.idf.keys()
                and not any(
                    key in c.keys or not c.keys.isdisjoint(synonyms.get(key, ())) for key in asked
                )
            ):
                return True
        return False

    def _scoped_elsewhere(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question names a role that heads a part of the posting and the line is
        said in the part of another («АВТОСЛЕСАРЬ (ремонтная зона)» over «от 70 000 до 90 000
        ₽», asked «кондуктором сколько платят»), naming the role asked nowhere itself."""
        scoped = index.scoped_roles
        if not scoped or scoped.isdisjoint(c.over_keys):
            return False
        asked = scoped.intersection(q.content)
        return bool(asked) and asked.isdisjoint(c.over_keys | c.keys | c.heading_keys)

    def _other_role(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question names a role of a posting that hires several and the line is
        another role's: it leads with that role's name («официанты — 42 000 руб.», "Counter
        starts at $14/hr") and names the role asked nowhere, nor under a heading of it. A role
        is a word of the title that leads lines; words that lead one line together («Тренер
        тренажёрного зала») name one role."""
        if index.title_keys.isdisjoint(q.content):
            return False
        leads = self._role_leads(index)
        roles = index.role_words
        asked = {key for key in q.content if key in roles}
        if not asked or not asked.isdisjoint(c.keys | c.heading_keys):
            return False
        return any(roles[key].isdisjoint(asked) for key in leads[index.candidates.index(c)])

    def _unoffered_role(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question names a job that neither the posting's title nor the line (nor
        its heading) names, and the posting names in one line at most — a career step or
        another post in passing («в кладовщики», «ищем посудомойку»): «посудомойке сколько
        платят» of a waiter's posting, «кладовщиком сколько платят?» of a packer's. A word may
        end otherwise or hold the job in it («официанткой» — «Официант», «сварщики» —
        «Электрогазосварщик»); a job the candidate says is theirs («я повар») is not asked.
        Nor does a line about two other jobs or more answer for one it does not name."""
        roles = self.lexicon.grammar.roles
        asked = {key for key in q.content if key in roles and key not in q.aside}
        reach = self.w.place_prefix

        def names(keys: Iterable[str], key: str) -> bool:
            return any(word[:reach] == key[:reach] or key in word for word in keys)

        if all(names(index.title_keys, key) for key in asked):
            # «горничным чаевые оставляют?» of a maid's posting — «Официант ресторана шведской
            # линии — 55 000 ₽ + чаевые»: the line leads with another job and names not the
            # title's one asked.
            titled = {
                key
                for key in q.content
                if key not in q.aside and names(index.title_keys, key) and names(roles, key)
            }
            if titled and not any(names(c.keys | c.heading_keys, key) for key in titled):
                lead = _LEAD_END.split(c.said, maxsplit=1)[0].split()[: self.w.name_words]
                first = self.analyzer.analyze(" ".join(lead)).sequence[:1]
                if any(
                    key.startswith(job) and not any(names((key,), t) for t in titled)
                    for key in first
                    for job in roles
                ):
                    return True
            if not asked:
                return False

        said = index.title_keys | c.keys | c.heading_keys
        hired = {key for key in asked & q.hired_as if not names(index.title_keys, key)}
        if hired and self.lexicon.grammar.hiring.search(c.read) is None:
            # «а курьером к вам можно устроиться» — «Сборщик … передаёт курьеру»: a job asked
            # to be taken on as, which the title does not name, needs a line that hires it or
            # leads with it, or a cell of its table row does («Продавцы-кассиры тоже нужны»,
            # «4 | МБДОУ детский сад № 37 | Повар | 1 | 31 000»).
            leads = [
                _LEAD_END.split(cell.strip(), maxsplit=1)[0].split()[: self.w.name_words]
                for cell in c.said.split("|")
            ]
            led = self.analyzer.analyze(" ".join(word for lead in leads for word in lead)).keys
            if any(not names(led, key) for key in hired):
                return True

        def named(keys: Iterable[str], key: str) -> bool:
            # a line names the job itself, in any form of it («комбайнёры», «официантка»), not
            # a word sharing its first letters («комбайна», «инструктаж»)
            return any(key in word for word in keys)

        if any(
            not names(said, key)
            and sum(named(line.keys, key) for line in index.candidates) < self.w.roles_named
            for key in asked
        ):
            return True
        job_headed = any(head.startswith(job) for head in c.heading_keys for job in roles)
        if c.kind is SectionKind.OTHER and any(
            not names(c.keys | c.heading_keys, key)
            and (job_headed or not names(index.title_keys, key))
            and any(names(line.heading_keys, key) for line in index.candidates)
            for key in asked
        ):
            # «кассирам премии платят» — «до 85 000 ₽ (оклад + KPI)» under «Заместитель
            # директора магазина» where another part is headed «Продавец-кассир». The title's
            # own job is a line's unless another job heads it: «еда бесплатная для вожатых?» of
            # «Вожатый в детский лагерь» — «Питание 5 раз в день …, бесплатно» (a part headed
            # «Вожатская школа» is no other job's), but not «Жильё иногородним предоставляем»
            # under a digest's «Курьер пеший».
            return True
        if not any(names(c.keys | c.heading_keys, key) for key in asked):
            # "how many hours are the inspector classes" — "Clerk class: one 2-hour in-person
            # class.": a line led by another job the posting names is that job's.
            lead = _LEAD_END.split(c.said, maxsplit=1)[0].split()[: self.w.name_words]
            first = self.analyzer.analyze(" ".join(lead)).sequence[:1]
            if any(key.startswith(job) for key in first for job in roles):
                return True
        # «на админа опыт нужен?» — «опыт для кассира и мойщицы не нужен, для повара горячего
        # цеха — от 1 года»: the line speaks of other jobs, not the one asked.
        others = [
            role
            for role in roles
            if role not in asked and any(key.startswith(role) for key in c.keys)
        ]
        return len(others) >= self.w.other_roles and not any(
            names(c.keys | c.heading_keys, key) for key in asked
        )

    def _role_of_another_kind(self, q: Question, index: PostingIndex) -> bool:
        """Whether the question names the title's job with a noun in the genitive that says
        which kind («учитель информатики», «водитель погрузчика») and the posting never uses
        that noun: the title's job is another kind of it («Учитель математики»). Or names it
        with an adjective that says which, where the title's has another: «а дневной админ скока
        получает» of «Ночной администратор»."""
        roles = self.lexicon.grammar.roles
        if q.role_quals:
            reach = self.w.place_prefix
            title = self.analyzer.analyze(index.title).sequence
            if any(
                word[:reach] == key[:reach]
                and self.analyzer.is_quality(said)
                and not self._same_word(kind, said)
                for key, kind in q.role_quals
                for said, word in pairwise(title)
            ):
                return True
        return any(
            key in index.title_keys
            # a content word («скока» read as «скок» asks how much)
            and kind in q.content
            and kind not in index.idf
            and kind not in roles
            and kind not in self.lexicon.stopwords
            for key, kind in q.role_kinds
        )

    def _scattered(self, q: Question, c: Candidate) -> bool:
        """Whether the line is a dictated transcript (long, with no stop or question mark) in
        which the question's words are found only far apart: in a line with no sentences, two
        words asked stand together only where they are said together."""
        quote = c.quote
        if (
            len(q.content) < 2
            or len(quote) < self.w.transcript_words * 4
            or any(mark in quote for mark in ".!?;")
        ):
            return False
        sequence = self.analyzer.analyze(quote).sequence
        if len(sequence) < self.w.transcript_words:
            return False
        asked = {key for key in q.content if key in c.keys}
        places = [(at, key) for at, key in enumerate(sequence) if key in asked]
        asked = {key for _, key in places}
        if len(asked) < 2:
            return False
        window = self.w.transcript_window
        for at, _ in places:
            near = {key for there, key in places if at <= there < at + window}
            if near == asked:
                return False
        return True

    def _members_elsewhere(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether a line naming no member of a kind the question asks one of («а завтрак тоже
        дают» — a run-on line on the schedule and the pay that has food in it somewhere) stands
        in a posting whose other lines name members of that kind, never the one asked
        («бесплатное питание в смену (полноценный обед и ужин)»): the posting says which."""
        said = self._members_said(c)
        for kind, asked in q.members.items():
            if kind in said or kind not in _MEMBERS_SAID_ONCE:
                continue
            named = self._members_named(index).get(kind)
            if named and named.isdisjoint(asked):
                return True
        return False

    def _members_named(self, index: PostingIndex) -> dict[str, frozenset[str]]:
        """Per kind, the members some line of the posting names: found once per posting."""
        named = index.members_named
        if not named:
            found: dict[str, set[str]] = {}
            for line in index.candidates:
                for kind, members in self.lexicon.members_of(
                    line.keys, normalize(line.quote)
                ).items():
                    found.setdefault(kind, set()).update(members)
            named.update((kind, frozenset(members)) for kind, members in found.items())
            named[""] = frozenset()
        return named

    def _paid_after_only(self, q: Question, c: Candidate) -> bool:
        """Whether a line on a paid period the question asks the pay of (learning the job, a
        probation) states its sums only after «после»/"after": the pay that follows the period
        («После испытательного срока — сдельная оплата … плюс оклад 25 000 ₽»), not the
        period's own («в первые 3 месяца зарплата 52 000 ₽, после обучения — от 58 000 ₽»)."""
        grammar = self.lexicon.grammar
        if q.after_topics or (q.strong & c.topics).isdisjoint(grammar.paid_periods):
            return False
        after = grammar.after_said.search(c.read)
        if after is None:
            return False
        money = self.lexicon.intents[_MONEY].evidence
        return money.search(c.read, after.end()) is not None and not money.search(
            c.read[: after.start()]
        )

    def _other_row(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line is a row of a list of rows of one kind — each an item's name, a dash
        or a colon, and its sum («прогулка 30 минут — 350 ₽», «передержка у вас дома — от
        1 200 ₽ в сутки») — and does not name the item the question names: the row of a
        neighbouring item says nothing of the one asked («химчистка ковра сколько платите» —
        «Химчистка дивана: от 2 200 ₽»), nor of the pay per a unit of time it does not name."""
        spanned = self._in_span(q, c)
        asked = [
            key
            for key in q.content
            if key not in q.aside
            and key not in q.case_keys
            and not q.explains.get(key)
            and key not in index.title_keys
            # «в трц днем сколько платят» — «дневная смена …, график 2/2 — 2 600 ₽ за смену»:
            # a unit of time, and what it counts, the other rules judge
            and key not in self.lexicon.grammar.units
            # ("whats ur page rate for the original" — «Original transcript | $3.85 per page»:
            # the word naming the sum asked names no item)
            and key not in self.lexicon.grammar.rate_words
            and self._item_word(key)
            and not self._names_key(q, c, key)
            # (the heading that lends a row its subject names it for the row: «Application
            # Fee» over «General / OBC / EWS : ₹600/-» for "fees for obc candidate")
            and not (c.lent and key in c.heading_keys)
            # (the row whose span holds the count asked names it: «группа 11–14 детей»)
            and key not in spanned
        ]
        per = q.pay_unit
        # «Age Relaxation» over «OBC (Non-Creamy Layer) : 3 Years», «SC / ST : 5 Years»: rows
        # on the subject their heading names give each item's figure, as a price list its sum.
        figures = _ROW_FIGURES if c.lent and _MONEY not in c.evidence else _ROW_SUMS
        item = self._row_item(c, figures) if (asked or per) and c.position >= 0 else None
        if item is None:
            return False
        if not (
            asked
            and any(
                # the row names an item of its own: «Аванс har juma — каждую пятницу по 5000₽»
                # («аванс бар ми») names none but the one asked
                key not in q.content and self._item_word(key)
                for key in item
            )
        ) and (
            # «сколько в месяц реально выходит» — «прогулка 30 минут — 350 ₽» under «Сколько
            # можно заработать»: a price list's row gives its item's price, not the pay of a
            # unit of time it does not name (a table of posts gives a post's monthly pay)
            per is None
            or c.order not in index.priced
            or self.lexicon.pay_units[per].named.search(c.read)
        ):
            return False
        rows = sum(
            1
            for line in index.candidates
            if line.group == c.group
            and line.position >= 0
            and self._row_item(line, figures) is not None
        )
        return rows >= self.w.list_rows

    def _named_by_post(self, q: Question, c: Candidate) -> bool:
        """Whether a table row of posts shares the question's words only in its post's cell
        («Должность: Преподаватель математики») and states nothing else asked: the cell says
        whose row it is. A row is the answer to a question that names no post only by its other
        cells («общага платная?» — «Вахтёр общежития»); to one that names its post, when its
        other cells state the rest asked («преподу математики какое расписание» — the math
        teacher's pay and degree, no timetable)."""
        if not c.post_topics and not c.post_keys:
            return False
        shared = [key for key in q.content if self._names_key(q, c, key)]
        linked = q.strong & c.topics
        if (
            not (shared or linked)
            or not linked <= c.post_topics
            or any(
                key not in c.post_keys and q.fuzzy.get(key, frozenset()).isdisjoint(c.post_keys)
                for key in shared
            )
        ):
            return False
        roles = self.lexicon.grammar.roles
        if not any(key.startswith(role) for key in q.content for role in roles):
            return True
        # («водитель во сколько начинает» — «…, начало смены в 6:00»: the time asked is shown)
        return not (q.intents and self._shows(q, c, q.intents)) and any(
            key not in shared and q.explains.get(key, frozenset()).isdisjoint(c.topics)
            for key in q.content
        )

    def _item_word(self, key: str) -> bool:
        """Whether a key may name an item of a price list: a Russian noun's lemma, or an English
        word that is no stop word, names no topic and compares nothing ("sofa", "carpet"; not
        "pay", "more"; not «har juma», a Tajik phrase in Latin letters)."""
        analyzer = self.analyzer
        if analyzer.is_cyrillic_noun(key):
            return True
        lexicon = self.lexicon
        return (
            key.isascii()
            and len(key) >= self.w.min_stem
            and key not in lexicon.stopwords
            and key not in lexicon.grammar.more
            and not lexicon.word_topics(key)
            and analyzer.is_known(key)
        )

    def _row_item(self, c: Candidate, figures: frozenset[str]) -> frozenset[str] | None:
        """The keys of the item a row of a price list or a pay table leads with, before its
        dash or colon and its sum («Химчистка дивана: от 2 200 ₽»), when they name no subject
        of their own (not «Ставка — 26 000 ₽», a field): None for any other line."""
        name = row_name(c.quote)
        if name is None or len(name.split()) > self.w.row_name_words:
            return None
        if figures.isdisjoint(c.evidence):
            return None
        keys = self.analyzer.analyze(name).keys
        lexicon = self.lexicon
        if not any(
            key.isalpha() and key not in lexicon.stopwords and not lexicon.word_topics(key)
            for key in keys
        ):
            return None
        return keys

    def _other_member(self, q: Question, c: Candidate) -> bool:
        """Whether the line names another member of a kind the question names a member of,
        and not the one asked: "парковка для сотрудников?" — "парковка для посетителей"."""
        if self._beside_only(q, c):
            # "is this seasonal or permanent" — "Employment: full-time": the hours, not how
            # long the job lasts.
            return True
        lexicon = self.lexicon
        # «я студент, 2/2 не смогу» — «студентам подстроим график, можно только выходные
        # смены»: an answer to a question naming the member asked speaks of that member.
        said = self._members_said(c, heard=True)
        for kind, asked in q.members.items():
            if (
                kind not in said
                and len(asked) > 1
                and not lexicon.grammar.alternatives.isdisjoint(q.sequence)
            ):
                # "is the equity options or rsus" — "0.1-0.25% equity": a choice between two
                # members of a kind is not answered by a line naming none of them.
                return True
            if (
                kind not in said
                and not lexicon.member_states[kind]
                and not q.member_keys.get(kind, frozenset()).isdisjoint(c.keys)
            ):
                # "do i need a car" — "free parking in the school car park": the member's word
                # in another sense names no member (a part of the day or week a schedule's line
                # names in its own way: «выходные по желанию»).
                return True
            states = lexicon.member_states[kind]
            shows = lexicon.member_shows.get(kind)
            if (
                kind not in said
                and shows is not None
                and q.strong
                and q.strong <= states
                # "sunday rate for days?": the pay of a part of the week, not whether it is worked
                # (unless pay is the very subject: «13я зарплата бывает»)
                and (not q.asks_pay or not states.isdisjoint(_PAY_TOPICS))
                and shows.search(c.read) is None
            ):
                # "ночные смены есть?" — «Гибкий график: смены по 4 или 6 часов»: the line says
                # neither which parts of the day there are nor their hours.
                return True
            if (
                kind not in said
                and q.strong
                and q.strong <= states
                and not q.asks_pay
                # "what time do we start in the morning" — "6am start": the time asked is the
                # answer, not a sign of the part of the day
                and _CLOCK not in q.intents
                and any(
                    member in lexicon.member_hours
                    and lexicon.member_hours[member].search(c.read) is None
                    for member in asked
                )
            ):
                # "ночные смены есть?" — «2 500 руб. за смену (8:00 – 20:00)»: a day's hours.
                return True
            if kind not in said or not said[kind].isdisjoint(asked):
                continue
            if not states or kind in lexicon.member_apart:
                return True
            if q.strong <= states:
                if q.intents:
                    # "what time do morning shifts start" — "2 weekday evenings (4 PM – 10 PM)":
                    # a detail of the member asked is not another member's.
                    return True
                # "ночные смены есть?" — "только дневные смены": the schedule says which
                # there are.
                continue
            # "на дневные смены развозка есть?" — "развозка на ночные смены": the other member
            # is said of the other thing asked, in one phrase with it ("training is night shift
            # too?" — "3 weeks paid training, Monday to Friday, day shift" says the schedule).
            others = {
                key for key, names in q.explains.items() if not names <= states and key in c.keys
            }
            for part in _PHRASE_BREAK.split(c.said):
                keys = self.analyzer.analyze(part).keys
                if not others.isdisjoint(keys) and kind in lexicon.members_of(
                    keys, normalize(part)
                ):
                    return True
        return False

    def _states_unnamed(self, q: Question, c: Candidate) -> list[str]:
        """The kinds asked of the subject whose states name them (parts of the week, of the
        day) of which the line names no member: "do i work weekends" — "We usually schedule
        interviews within 3 days" says no day of the week."""
        lexicon = self.lexicon
        said = self._members_said(c, q.members)
        return [
            kind
            for kind in q.members
            if kind not in said
            and kind in lexicon.member_shows
            and q.strong
            and q.strong <= lexicon.member_states[kind]
        ]

    def _other_members(self, q: Question, c: Candidate) -> list[str]:
        """The kinds asked whose members stand apart (a glove is no hat) of which the line
        names members, none of them the ones asked."""
        apart = [kind for kind in q.members if kind in self.lexicon.member_apart]
        said = self._members_said(c, apart)
        return [kind for kind, named in said.items() if named.isdisjoint(q.members[kind])]

    def _beside_only(self, q: Question, c: Candidate) -> list[str]:
        """The kinds asked of which the line names no member but what stands beside them:
        "is this seasonal or permanent" — "Employment: full-time" (the hours, not the term)."""
        lexicon = self.lexicon
        beside = lexicon.member_beside
        said = self._members_said(c, q.members)
        return [
            kind
            for kind in q.members
            if kind not in said
            and kind in beside
            and kind not in q.beside
            and beside[kind].search(c.read)
        ]

    def _situation_spoken(self, q: Question, c: Candidate) -> bool:
        """Whether a subject no line is about was named only in the situation the question
        states («едем с женой, поселят вместе?»: «жена», family) and the line speaks to that
        situation in its own words («Пары живут вместе в отдельной комнате»)."""
        if not q.dropped_keys or not q.situation_keys.issuperset(q.dropped_keys):
            return False
        if any(key.isdigit() for key in q.situation_keys):
            # «мне 54 года, по возрасту ограничения есть?»: a figure of the candidate's is
            # compared with a bound, which a line must state.
            return False
        # «можно, школа в Чаёво» under «с ребенком 7 лет можно?»: an answer speaks to the
        # situation its question states.
        raw = self._heard(c)
        for kind in q.situations:
            situation = self.lexicon.situations[kind]
            text = raw if situation.apart is None else situation.apart.sub(" ", raw)
            if situation.speaks.search(text) is None:
                return False
        return True

    def _unspoken_situation(self, q: Question, c: Candidate) -> bool:
        """Whether the question states a situation of the candidate's it asks about («с
        ребенком можно жить в общежитии?», "can i bring my dog") and the line does not speak to
        it: names none of its kind («семейные комнаты», "pets are not permitted") nor says who
        may («граждане РФ и ЕАЭС»)."""
        raw: str | None = None
        for kind in q.situations:
            situation = self.lexicon.situations[kind]
            if situation.topics and not (q.strong and q.strong <= situation.topics):
                continue
            if c.answers and situation.said.search(normalize(c.answers)) is not None:
                # «мне 17, в феврале будет 18, можно?» — «Сорри, только с 18 без исключений»:
                # the page's reply to a comment stating the same situation speaks to it.
                continue
            raw = self._heard(c) if raw is None else raw
            text = raw if situation.apart is None else situation.apart.sub(" ", raw)
            if situation.speaks.search(text) is None:
                return True
        return False

    def _members_said(
        self, c: Candidate, kinds: Iterable[str] | None = None, *, heard: bool = False
    ) -> dict[str, frozenset[str]]:
        """``members_of`` the line (only ``kinds`` when given; ``heard``: read with the question
        it answers, ``_heard``), found once per line: kept in its ``__dict__`` beside its cached
        properties, so a copy with other keys (``replace``) finds its own. A question's gates
        asked it of each line they judged, several times, and of the same lines question after
        question."""
        slot = _HEARD_MEMBERS if heard and c.answers else _LINE_MEMBERS
        found = c.__dict__
        said = found.get(slot)
        if said is None:
            raw = self._heard(c) if slot == _HEARD_MEMBERS else c.read
            said = found[slot] = self.lexicon.members_of(c.keys, raw)
        if kinds is None:
            return said
        return {kind: said[kind] for kind in kinds if kind in said}

    @staticmethod
    def _heard(c: Candidate) -> str:
        """The line read with the question it answers, if it answers one: an answer speaks to
        the situation that question states («а можно с ребенком приходить иногда?» — «к
        сожалению нет»)."""
        return f"{normalize(c.answers)} {c.read}" if c.answers else c.read

    def _other_origin(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question asks of the way from a place («развозка из Люберец есть?») and
        the line names the way from other places only («развозка от м. Выхино»)."""
        asked = self._origins(q.sequence)
        # «из Питера» — «из Петербурга»: one place.
        asked |= {near for key in asked for near in self.lexicon.synonyms.get(key, ())}
        if not asked or not asked.isdisjoint(c.keys):
            return False
        said = self._origins(self.analyzer.analyze(c.quote).sequence, self.lexicon.grammar.routes)
        if not said:
            # «до работы развозка есть? я с пролетарского» — «Официальное трудоустройство, …»: a
            # line naming no place answers for a place only when the posting names it somewhere
            # (a heading too: «ИЗ ГОРОДА И П. МЕЛЕХОВО», a broken line of a typed-up notice).
            return not any(
                not asked.isdisjoint(line.keys) or not asked.isdisjoint(line.heading_keys)
                for line in index.candidates
            )
        return said.isdisjoint(asked)

    def _origins(self, sequence: tuple[str, ...], also: frozenset[str] = frozenset()) -> set[str]:
        """The places a text names after «из», «от», «с», "from" (and ``also``: a line's route):
        the word right after each, past the kind of place («от метро Домодедовская», «от ж/д
        станции Подольск»), unless it is a verb («как от метро добраться») or a function word
        («с какого числа»)."""
        grammar = self.lexicon.grammar
        places: set[str] = set()
        for at, key in enumerate(sequence):
            if key not in grammar.origins and key not in also:
                continue
            for after in sequence[at + 1 : at + 1 + self.w.modifier_reach]:
                if after in grammar.origin_generic:
                    continue
                # «развозка с работы», «с какого числа»: no place.
                if (
                    after.isalpha()
                    and after not in self.lexicon.stopwords
                    and not self.analyzer.is_cyrillic_verb(after)
                ):
                    places.add(after)
                break
        return places

    def _role_leads(self, index: PostingIndex) -> list[frozenset[str]]:
        """Per line, the title's words in its lead (filling ``index.role_words``: each word
        that leads a line, with the words that lead one with it); read when a question first
        names a word of the title."""
        leads = index.role_leads
        if not leads:
            # «Продавец в контейнер на рынок Садовод»: the words after a place's preposition
            # name where the job is, no role («рынок раб. вт-вс …» is no other role's line).
            role = self.lexicon.grammar.title_place.split(index.title, maxsplit=1)[0]
            title = self.analyzer.analyze(role).keys & index.title_keys - self.lexicon.stopwords
            for c in index.candidates:
                said: frozenset[str] = frozenset()
                if not title.isdisjoint(c.keys):
                    lead = _LEAD_END.split(c.said, maxsplit=1)[0].split()[: self.w.name_words]
                    # «хостес и промоутеры»: the parts of a lead joined so are roles of their own
                    for part in self.lexicon.grammar.role_joins.split(" ".join(lead)):
                        named = self.analyzer.analyze(part).keys & title
                        said |= named
                        for key in named:
                            index.role_words[key] = index.role_words.get(key, frozenset()) | named
                leads.append(said)
        return leads

    @staticmethod
    def _says_it_all(q: Question, c: Candidate, least: int = 2) -> bool:
        """Whether a subject named by a phrase ("help with the visa", "interview process") is
        answered by a line with every word of the question, of ``least`` words or more: "we
        help with the US Embassy appointment, visa fee…"."""
        return (
            not q.dropped_keys
            and len(q.content) >= least
            and all(key in c.keys for key in q.content)
        )

    def _way_in_given(self, q: Question, c: Candidate) -> bool:
        """Whether a question of where to write or send («куда писать», "where do i send my
        cv") gets a line that gives a way in — a handle, an address, a number — when no line
        is on applying or on the contact: «Пиши в tg: @finmill_hiring»."""
        return (
            _CHANNEL in q.intents
            and q.dropped <= _REACHING
            and _CHANNEL in c.evidence
            and self._shows(q, c, {_CHANNEL})
        )

    def _says_what_is_needed(self, q: Question, c: Candidate) -> bool:
        """Whether a question of what one must bring («нужен ли свой инструмент?») gets a
        requirement with every word it names («свой инструмент — машинки, триммер»), or one on
        the subject asked that says whose the thing is («нужен свой комп?» — «свой ноутбук/ПК и
        стабильный интернет», "do i bring my own tools" — "Must supply own basic hand tools"): a
        perk the requirements name is no perk there, so no line of the posting is about it."""
        if c.role not in _ASKED_SIDES or not q.content:
            return False
        if self.lexicon.grammar.needs.isdisjoint(q.sequence) and not q.own_or_given:
            return False
        return all(key in c.keys for key in q.content) or (
            bool(q.dropped) and q.dropped <= c.vetoed and self._says_own_or_given(c)
        )

    def _reason_unnamed(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks extra pay (or a fine) for a reason («за ночные смены доплата
        есть?», «штрафы за опоздание есть») and the line names none of the reason's words
        («оклад 30 000 + 3% от личных продаж», «смены отменяются без штрафов»); a line denying
        every fine («Штрафов нет») answers a fine for any reason."""
        named_for = not self.lexicon.grammar.for_reason.isdisjoint(q.sequence)
        fined = (
            _FINES in q.strong
            and named_for
            and self.lexicon.grammar.no_fines.search(c.read) is None
        )
        if _EXTRA not in q.intents and not fined:
            return False
        own = _PAY_TOPICS | {_FINES} if fined else _PAY_TOPICS
        # (not the extra pay's own word when the reason is said with «за»: «сколько надбавка за
        # высшую категорию» — «Молодым специалистам … — надбавка 30% к окладу» names the pay,
        # not the grade it is for)
        reasons = [
            key
            for key in q.content
            if key not in q.asking
            and key not in q.aside
            and key.isalpha()
            and not (named_for and (self.lexicon.word_topics(key) or {"-"}) <= own)
        ]
        # «ночные смены есть, доплата ночью» — «Доплат за вредность нет»: a subject named
        # beside the extra pay without «за» is still what it is for; the pay's own word names
        # none (not «оклад это вместе с надбавками?», which names no other subject).
        others = [key for key in reasons if not (self.lexicon.word_topics(key) or {"-"}) <= own]
        if any(self.lexicon.word_topics(key) for key in others):
            reasons = others
        if not reasons:
            return False
        # «за ночь доплачивают» — «доплата за работу в ночное время», «за вредность» — «за
        # вредные условия»: the reason in any form, one stem the start of the other; a heading
        # names it for the lines under it («Что будет, если я опоздаю?» / «Штрафов в рублях нет»).
        said = {
            self.analyzer.stem(word) for word in _WORD_RE.findall(f"{c.read} {c.heading or ''}")
        }

        # (a reply's line names it when the comment it answers does: «а дрон нужен?
        # доплачиваете?» / «Если есть и зарегистрирован — +3 000 ₽ за мероприятие»)
        shifts = self.lexicon.grammar.stem_shifts

        def named(key: str) -> bool:
            stem = self.analyzer.stem(key)
            # «праздник» named by «праздничные»: the stem's last letter as it turns
            stems = {stem, stem[:-1] + shifts[stem[-1]]} if stem[-1:] in shifts else {stem}
            return (
                key in c.keys
                or key in c.asked_keys
                or any(
                    min(len(one), len(word)) >= self.w.min_stem
                    and (word.startswith(one) or one.startswith(word))
                    for word in said
                    for one in stems
                )
            )

        return not any(named(key) for key in reasons)

    def _names_dropped(self, q: Question, c: Candidate) -> bool:
        """Whether a line answers a subject no line of the posting is about: it has the
        subject's very words, is not denied by the subject's ``unless`` rules and is not from
        the candidate's side when the subject is the employer's."""
        if not q.dropped_keys:
            return self._phrases_dropped(q, c)
        topics = self.lexicon.topics
        if any(
            # «командировки есть? жилье там чье» — «Бывают командировки …: жильё оплачиваем»:
            # the kind a rule tells apart from the subject is the one asked.
            not any(rule.search(c.read) and rule.search(q.raw) for rule in topics[name].unless)
            for name in q.dropped & c.vetoed
        ):
            return False
        if c.role in _CANDIDATE_SIDES and any(
            topics[name].side not in (None, *_CANDIDATE_SIDES) for name in q.dropped
        ):
            # "the interview process?" is not "plan and run interviews" among the duties.
            return False
        raw = c.read
        if any(rule.search(raw) for name in q.dropped for rule in topics[name].unless) and not (
            # «на сессию отпуск дадут?» — «на время сессии даем учебный отпуск»: the kind the
            # rule tells apart is the one asked, by a word of its own the line has too.
            any(key in c.keys for key in q.content.keys() - q.dropped_keys.keys())
        ):
            # "по итогам собеседования" names the interview but says nothing of it.
            return False
        # Its own word or that word's forms, not a synonym ("salary?" is not "we pay for it"),
        # or the sign that stands for it («процент с банкетов какой» — «+ 2% от банкетов»).
        signs = self.lexicon.grammar.signs
        found = sum(
            weight
            for key, weight in q.dropped_keys.items()
            if key in c.keys
            # «куда звонить в кадры» — «Телефон: …» under «Контакты отдела кадров:»
            or key in c.heading_keys
            or any(sign in c.said for sign in signs.get(key, ()))
            or (
                key in q.fuzzy
                and any(near in c.keys and self._same_word(key, near) for near in q.fuzzy[key])
            )
            or self._names_both(q, c, key)
        )
        return found >= self.w.dropped_coverage * sum(q.dropped_keys.values())

    def _phrases_dropped(self, q: Question, c: Candidate) -> bool:
        """Whether a line states a subject no line is about that the question named only by a
        phrase or a pattern, with no word of its own («за ночные свадьбы доплачивают?», "how
        many people are you hiring"): it has the phrase's other words and shows what the
        question asks of them («ночные свадьбы … — плюс 1 500 ₽ к смене», "Looking for 2
        people")."""
        shown = {name for name in q.intents if self.lexicon.intents[name].must_show}
        if not q.dropped_phrasing or not shown or not self._shows(q, c, shown):
            return False
        found = sum(weight for key, weight in q.dropped_phrasing.items() if key in c.keys)
        if found < self.w.dropped_coverage * sum(q.dropped_phrasing.values()):
            return False
        # … shown beside them: «комнаты на 3–4 человека», not «(6-я линия В.О., 29) и
        # добираем людей» for «сколько человек на смене», nor "within 12 weeks of starting"
        # for "when would i start".
        return self._beside(
            c,
            q.dropped_phrasing.keys(),
            (self.lexicon.intents[name].evidence for name in shown),
            self.w.phrase_reach,
        )

    def _names_both(self, q: Question, c: Candidate, key: str) -> bool:
        """Whether a word that named two subjects at once («дмс»: health cover, and insurance,
        which no line is about) is answered by a line on the one asked that names the other in
        its own word: «добровольное медицинское страхование»; or a word naming another subject
        alone is part of the phrase that names the one asked ("health insurance"), which a
        line on it answers."""
        explains = q.explains.get(key, frozenset())
        if explains.isdisjoint(c.topics & q.strong):
            return False
        named = self.lexicon.word_topics(key)
        if named.isdisjoint(explains):
            # "health insurance covered?": the word is part of the subject's own phrase, which
            # names it whole — "Medical/dental/vision 100% covered" answers.
            return True
        dropped = q.dropped & named
        return bool(dropped) and any(
            not dropped.isdisjoint(self.lexicon.word_topics(word)) for word in c.keys
        )

    def _asked_unit(self, q: Question) -> tuple[frozenset[str], re.Pattern[str]] | None:
        """The unit of time a question counts ("how many weeks of paid vacation", «сколько
        часов смена»), as its words and how a line says it, or None. A noun counted per a unit
        ("how many tickets a day") is left to ``_uncounted``."""
        if q.counted is not None:
            return None
        seq = q.sequence
        for lead in self.lexicon.grammar.counts:
            n = len(lead)
            for at in range(len(seq) - n):
                if seq[at : at + n] != lead:
                    continue
                # "how many weeks", "how many vacation days" (not "how many tickets a day")
                asked = seq[at + n : at + n + 2]
                if asked[0] in self.lexicon.stopwords:
                    asked = asked[:1]
                for words, said in self.lexicon.grammar.counted_units:
                    if not words.isdisjoint(asked):
                        return words, said
        return None

    def _unit_unnamed(self, q: Question, c: Candidate) -> bool:
        """Whether the question counts a unit of time the line never names ("how many weeks of
        paid vacation" — "paid vacation after 6 months", "11 paid holidays")."""
        unit = self._asked_unit(q)
        if unit is None:
            return False
        words, said = unit
        return words.isdisjoint(c.keys) and not said.search(c.read)

    def _counts_unit(self, c: Candidate, words: frozenset[str]) -> bool:
        """Whether the line gives a figure of the unit asked: a number right before one of its
        words ("about 24-28 hours a week", «смены по 4, 6 или 8 часов»), not a sum per it
        ("£11.50 per hour") nor a unit only named."""
        quantity = self.lexicon.intents[_QUANTITY].evidence
        found = c.__dict__
        seq = found.get(_UNSUMMED)
        if seq is None:
            # The line's words less its sums, found once per line (as ``_members_said``).
            money = self.lexicon.intents[_MONEY].evidence
            seq = found[_UNSUMMED] = self.analyzer.analyze(money.sub(" ", c.said)).sequence
        return any(
            key in words and quantity.fullmatch(seq[at - 1]) is not None
            for at, key in enumerate(seq[1:], start=1)
        )

    def _uncounted(self, q: Question, c: Candidate) -> bool:
        """Whether the question counts a noun («сколько мастеров у вас работает?») and the line
        gives no figure of it — a number within a few words of that noun or its synonym: «мастеру
        45% от стоимости услуги» counts no masters, «6 дней в неделю» no orders."""
        if q.counted is None or any(self.lexicon.topics[n].counts for n in q.strong & c.topics):
            # "how many accounts would i handle" — "a book of around 60 housing cooperatives".
            return False
        # «2.9 Автомобиль оставлять на стоянке» — a clause's number counts no cars.
        said = _CLAUSE_NUMBER_RE.sub("", c.said, count=1)
        # «мастеру 45% от стоимости услуги», «от 40% до 60% от комиссии»: a share or a sum
        # beside the noun counts none of it.
        said = self.lexicon.intents[_MONEY].evidence.sub(" ", _SHARE_RE.sub(" ", said))
        seq = self.analyzer.analyze(said).sequence
        reach = self.w.count_reach
        quantity = self.lexicon.intents[_QUANTITY]
        counted = {q.counted, *self.lexicon.synonyms.get(q.counted, ())}
        grammar = self.lexicon.grammar
        units_any = grammar.counts_any

        def counts(j: int, at: int) -> bool:
            # «Первые 3 месяца … первые сделки», «для детей 3–4 лет»: a figure of a unit of
            # time counts that unit, not a noun beside it — unless the noun comes right after
            # the unit («12 days casual leave») or the unit is people («14 человек»).
            if not quantity.evidence.fullmatch(seq[j]):
                return False
            k = j + 1
            while k < len(seq) and quantity.evidence.fullmatch(seq[k]):
                k += 1
            if k >= len(seq) or seq[k] not in units_any or seq[k] in counted:
                return True
            return seq[k] in grammar.counts_heads or at in (k + 1, k + 2)

        being = self.analyzer.is_being(q.counted)
        for at, key in enumerate(seq):
            if being and at and key in grammar.counts_heads and counts(at - 1, at):
                # «сколько детей?» — «в группе 14 человек».
                return False
            if key in counted and any(
                counts(j, at)
                for j in range(max(0, at - reach), min(len(seq), at + 1 + reach))
                if j != at
            ):
                return False
        # "how many tickets a day?" — "about 15-20 per day": a figure per the unit asked counts
        # what is counted per it.
        asked = q.sequence[q.sequence.index(q.counted) + 1 :] if q.counted in q.sequence else ()
        units = self.lexicon.grammar.counts_any.intersection(asked)
        if not units or self.lexicon.intents[_MONEY].evidence.search(c.read):
            # «1 000 ₽ за день» is the pay per day, no count.
            return True
        per = self.lexicon.grammar.counts_per
        for at, key in enumerate(seq[2:], start=2):
            if key in units and seq[at - 1] in per and quantity.evidence.search(seq[at - 2]):
                return False
        return True

    def _paying_carried(self, q: Question, c: Candidate) -> bool:
        """Whether who pays or whether a thing is paid is asked and the line, the sentence after
        one naming things, says the paying for a thing, not the job's pay («Если её нет —
        оформим, стоимость вернём …» after «Медицинская книжка обязательна.»): only then does
        it speak of what that one names."""
        return (
            bool(c.before_keys or c.before_topics)
            and (q.who_pays or q.paid_asked)
            # ("… with a 30-minute unpaid lunch break" / "It is paid on NJC Grade 4 …": the
            # job's own pay is paid for no thing named before it)
            and _SALARY not in c.topics
            and self._shows_paying(q, c)
        )

    def _shows_paying(self, q: Question, c: Candidate) -> bool:
        """Whether a line says a thing is paid for, funded or free ("do you pay for my exam?"
        — "Valid CPC card" says nothing of paying)."""
        grammar = self.lexicon.grammar
        if not self._shows(q, c, grammar.pays_for_shows) and not (
            # «метро уже работает, так что нет» under «такси домой утром оплачиваете?»: an
            # answer says it of the question it answers.
            c.answers and self._shown_in(q, c.answers, set(grammar.pays_for_shows), self._timed(q))
        ):
            return False
        asked = q.content.keys()

        # "who pays for the dbs check" — "… first aid (or willing to do it - we'll pay for the
        # course), enhanced DBS": the paying named is another thing's; not when it names the
        # thing asked by another word of its subject ("do i pay for food in quarters" — "… and
        # you don't pay for your meals").
        def names_asked(keys: frozenset[str]) -> bool:
            return not asked.isdisjoint(keys) or any(
                not q.strong.isdisjoint(self.lexicon.word_topics(key)) for key in keys
            )

        others = [
            found
            for found in grammar.paid_object.finditer(c.read)
            if not names_asked(self.analyzer.analyze(found.group("object")).keys)
        ]
        if not others:
            return True
        said = c.read
        for found in reversed(others):
            said = said[: found.start()] + " " + said[found.end() :]
        return self._shown_in(q, said, set(grammar.pays_for_shows), self._timed(q))

    def _lacks_need(self, q: Question, c: Candidate) -> bool:
        """Whether a question naming its topic and nothing else ("а зп?") gets a line without
        what the topic needs (a sum)."""
        if not q.bare or q.intents:
            return False
        topics = self.lexicon.topics
        if any(not topics[name].needs for name in q.strong):
            # "зп на карту?": the way pay comes is asked too, and needs no sum.
            return False
        needs = {i for name in q.strong for i in topics[name].needs}
        return bool(needs) and not self._shows(q, c, needs)

    def _asks_what_is_needed(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks what the candidate must bring and the line is what the
        employer offers: "какой уровень английского нужен?" — "корпоративный английский"."""
        topics, grammar = self.lexicon.topics, self.lexicon.grammar
        return (
            c.role is SectionKind.CONDITIONS
            and not grammar.needs.isdisjoint(q.sequence)
            and all(topics[name].side in _CANDIDATE_SIDES for name in q.strong)
            # «какие доки нужны?» — «С собой: паспорт, СНИЛС, ИНН» under the conditions.
            and not (q.strong and all(topics[name].brought for name in q.strong))
            # "опыт не нужен", "Обязательно: удостоверение…" among the conditions say it.
            and grammar.needs.isdisjoint(c.keys)
            and not self.lexicon.reads_as(c.read, SectionKind.REQUIREMENTS)
        )

    def _asks_what_is_given(self, q: Question, c: Candidate, *, gives: bool = False) -> bool:
        """Whether the question asks what the employer gives (``gives``: it is known to) and
        the line is what the candidate must bring: "форму выдаёте?" — "аккуратный внешний вид"."""
        return (
            (
                c.role in _ASKED_SIDES
                # «форму выдаете?» — «выдача верхней одежды посетителей»: a duty is no kit given.
                or (c.role is SectionKind.DUTIES and not gives)
                # "is looking for a friendly and well-groomed Front Desk Receptionist": whom
                # the company seeks, in its own introduction.
                or (
                    c.role is SectionKind.OTHER
                    and (
                        _ABOUT_TOPIC in c.topics
                        # "hospital gives ACLS training?" — "BLS certification mandatory,
                        # ACLS preferred"
                        or self.lexicon.cues.candidate_brings.search(c.said) is not None
                    )
                )
            )
            and (
                gives
                or q.owned_asked
                or not self.lexicon.grammar.gives.isdisjoint(q.sequence)
                # «химию самому покупать или ваша» — «отсутствие аллергии на бытовую химию»; a
                # requirement answers whether one's own is needed ("do i need my own boots" —
                # "steel cap boots" under "What you need")
                or (
                    q.own_or_given
                    and not self._says_own_or_given(c)
                    and not (
                        c.role in _ASKED_SIDES
                        and not self.lexicon.grammar.needs.isdisjoint(q.sequence)
                    )
                )
            )
            and not self.lexicon.cues.employer_gives.search(c.read)
        )

    def _named_as_modifier(self, q: Question, c: Candidate) -> bool:
        """Whether an English thing asked is named by the line only before another noun, as
        what says which: "do i bring my own chainsaw" — "All PPE (chainsaw trousers, boots …)
        is provided" gives trousers, not a saw."""
        stop, getting = self.lexicon.stopwords, self.lexicon.grammar.getting
        for key in q.content.keys() & c.keys - getting:
            if not key.isascii():
                continue
            after = [seq[seq.index(key) + 1 :][:1] for seq in self._phrases(c) if key in seq]
            if after and all(nxt and nxt[0] not in stop | getting for nxt in after):
                return True
        return False

    def _qualifiers(self, q: Question, c: Candidate) -> set[str]:
        """The words asked beside the thing the line names that it does not: what says which
        («костюм деда мороза свой покупать» — «Костюмы агентства!»; «костюм пчеловода свой
        брать» — «Костюм, сетку, перчатки выдаю»): the line says whose the thing is, and the
        posting has but one of it."""
        getting, seq = self.lexicon.grammar.getting, q.sequence
        found: set[str] = set()
        for at, key in enumerate(seq):
            if key not in c.keys or key not in q.content or key in getting:
                continue
            # (after a Russian noun, before an English one: «костюм деда мороза», "winter coat";
            # not «туфли агентам дают» of a line on the agents' training)
            step = -1 if key.isascii() else 1
            near = at + step
            while 0 <= near < len(seq) and seq[near] in q.content:
                if seq[near] in c.keys or seq[near] in getting:
                    break
                found.add(seq[near])
                near += step
        return found

    def _says_own_or_given(self, c: Candidate) -> bool:
        """Whether the line says a thing is given or the worker's own («Костюмы даём мы», "bring
        your own")."""
        return self.lexicon.grammar.own_or_given_said.search(c.read) is not None

    def _after_said(self, q: Question, c: Candidate) -> frozenset[str]:
        """The topics the question names only after «после» that the line need not be about,
        when it speaks of an after itself: «скока буду получать после учебы» — «После экзамена
        — перевод в цех …, доход оператора 3 разряда от 70 000 ₽» (what the pay comes after is
        when, not what is asked)."""
        if not q.after_topics or self.lexicon.grammar.after_said.search(c.read) is None:
            return frozenset()
        return q.after_topics - c.topics

    def _unanswered_topic(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question asks about a second subject the line neither is about nor
        names: "развозка ночью тоже ходит?" is not answered by the night shift's hours."""
        if _PLACE in q.intents and self._shows(q, c, {_PLACE}):
            # «куда ехать в кадры, адрес» — «ул. Слободская Застава, д. 14, каб. 12»: the place
            # asked is the subject's whereabouts, which the address shows.
            return False
        # ("who pays for the background check" — "We pay for it." after a sentence on it)
        carried = c.before_topics if self._paying_carried(q, c) else frozenset()
        paying: bool | None = None
        for name in q.strong - c.topics - carried - self._after_said(q, c):
            keys = [key for key, names in q.explains.items() if name in names]
            if not keys or all(key in q.aside or key not in index.idf for key in keys):
                continue
            if name == _SALARY:
                # "do we get meal money when away racing" — "… meal allowances are paid at the
                # BHA rate": pay beside another subject, said by the line in its own word.
                if paying is None:
                    paying = self._says_pay(q, c)
                if paying:
                    continue
            # «на своей машине бенз мой получается» — «Бензин и обслуживание — за свой счёт.»
            # under «На своём автомобиле»: the heading names it by a synonym.
            if not any(
                key in c.keys
                or key in c.heading_keys
                or (key in q.fuzzy and not q.fuzzy[key].isdisjoint(c.keys | c.heading_keys))
                for key in keys
            ):
                return True
        return False

    def _says_pay(self, q: Question, c: Candidate) -> bool:
        """Whether a line says what is paid, in whatever word: pay asked of a case ("what if it
        rains, do we still get paid" — "No picking on heavy rain days (no work = no pay)"; «в
        шторм пляж закрыт платят тогда?» — «… смена всё равно оплачивается полностью») is
        answered by it, though the line is on no pay of its own, and so by a sum it shows («если
        дтп по моей вине сколько платить» — «… франшиза до 25 000 ₽»); never when how often is
        asked ("paid weekly or monthly" — "Saturdays are optional, paid at £140")."""
        if _FREQUENCY in q.intents:
            return False
        if self._shows(q, c, {_MONEY}):
            return True
        return self.lexicon.grammar.paid_said.search(c.read) is not None

    def _share_paid(self, q: Question, c: Candidate) -> bool:
        """Whether a share of pay on top is asked («какой процент мастеру», «скок процентов
        за батарейки») and the line gives the worker's pay as such a share: a share of what the
        work brings («Оплата — 40% от стоимости каждого ремонта») or one given to whoever does
        it («… — это 30% мастеру»), not a discount («скидка 10% от стоимости»)."""
        if q.strong != {_BONUS} or _PERCENT not in q.intents:
            return False
        found = self.lexicon.grammar.share_paid.search(c.read)
        return found is not None and (found["to"] is not None or _DISCOUNT not in c.topics)

    def _lent_only(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the question asks, by a word no line has, a subject the line is not on and
        that only a heading gives the posting: "any relocation allowance when i arrive" —
        "Commuting allowance …" where «Housing» heads the lines on where one lives. Such a
        subject is one no line is about (``dropped``) for a line on another."""
        for name in q.strong - c.topics:
            keys = [key for key, names in q.explains.items() if name in names]
            if (
                keys
                and all(
                    key not in index.idf and key not in q.fuzzy and key not in c.keys
                    for key in keys
                )
                and not any(
                    name in other.topics and name not in other.lent for other in index.candidates
                )
            ):
                return True
        return False

    def _shown_asking(self, q: Question, c: Candidate) -> set[str]:
        """The words that asked for what a line shows, that the line itself lacks: of "is on
        call paid extra", "paid" and "extra", when the line shows a premium ("an on-call
        allowance of 300 EUR on top")."""
        shown = {
            key
            for key, asked in q.asking.items()
            if key not in c.keys
            and key not in q.aside
            and any(self._shows(q, c, {name}) for name in asked)
        }
        # "i speak spanish, do you pay more for that" — "+$1.50/hr differential": the word that
        # compares is had by a line that shows something on top.
        more = [
            key
            for key in q.content
            if key in self.lexicon.grammar.more and key not in c.keys and key not in q.aside
        ]
        if more and self._shows(q, c, {_EXTRA}):
            shown.update(more)
        if q.pays_for:
            # "Do you pay for moving to Lisbon?" — "cover relocation up to 5,000 EUR".
            # Not a kind of pay named by a word before it ("do we get holiday pay for
            # thanksgiving"): that is a subject.
            words = self.lexicon.grammar.pays_for_words
            seq = q.sequence
            paying = [
                key
                for at, key in enumerate(seq)
                if key in words
                and key in q.content
                and key not in c.keys
                and (at == 0 or seq[at - 1] not in q.content)
            ]
            if paying and self._shows_paying(q, c):
                shown.update(paying)
        return shown

    def _pay_unsaid(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks what one is paid by a word of paying ("what do u pay on
        sundays", «сколько платят за дни обучения») — not whether the employer pays for a thing,
        what one is charged or whether one pays — and the line says nothing of pay: no topic of
        pay, no sum, nothing paid, free or compensated («Обучение …: дистанционный курс + 2 дня
        очных занятий»)."""
        if (
            not q.asks_pay
            or q.pays_for
            or q.charge_asked
            or q.self_pays
            or q.content.keys().isdisjoint(self.lexicon.grammar.pays_for_words)
        ):
            return False
        return c.topics.isdisjoint(_PAID_TOPICS) and not self._shows_paying(q, c)

    def _paid_thing_unnamed(self, q: Question, c: Candidate) -> bool:
        """Whether the question asks whether a thing is paid («инструктаж оплачивается?», «дни
        в дороге оплачиваются?») and the line does not name it: a thing is a Russian noun of
        the question that is no word of the pay itself. Asked who pays for a thing the lexicon
        does not know ("who pays for the vsc", "does the casino pay for the work card"), the
        pay line must name one of the question's words beside those of paying ("Pay:
        $24.00-$27.50 per hour" names none)."""
        if not q.strong <= {_SALARY}:
            return False
        reach = self.w.place_prefix
        if q.pays_for and _SALARY in c.topics:
            paying = self.lexicon.grammar.pays_for_words
            things = [
                key
                for key in q.content
                if key not in q.aside and key not in q.explains and key not in paying
            ]
            return bool(things) and not any(
                word[:reach] == key[:reach] for word in c.keys for key in things
            )
        # («методобъединение оплачивается или бесплатно сидеть»: asked by a word of pay, paid
        # or free, the thing is asked all the same)
        asked = q.paid_asked or (
            _PAID in q.intents and not self.lexicon.grammar.pay_words.isdisjoint(q.content)
        )
        if q.pays_for or not asked or q.who_pays:
            return False
        # (an English thing is any word of the question beside those of paying: "is the january
        # closure paid" is not answered by "Paid weekly every Wednesday by direct deposit"; a
        # name asked is no thing paid: "which bank is the salary paid to")
        paying = self.lexicon.grammar.pays_for_words
        english = not q.name_asked
        return any(
            all(word[:reach] != key[:reach] for word in c.keys)
            for key in q.content
            if key not in q.aside
            and key not in q.explains
            and (
                self.analyzer.is_cyrillic_noun(key)
                or (english and key.isascii() and key.isalpha() and key not in paying)
            )
        )

    def _speaks_of_deed(self, q: Question, c: Candidate) -> bool:
        """Whether the line has a verb of the question, in any form («опоздаю» — «опоздание»)."""
        return any(
            self.analyzer.frames(key)
            and (key in c.keys or (key in q.fuzzy and not q.fuzzy[key].isdisjoint(c.keys)))
            for key in q.content
        )

    def _other_case(self, q: Question, c: Candidate) -> bool:
        """Whether a line says nothing of the case a question asks an offer to reach too
        («семье дорогу в отпуск тоже оплачивают?» — «проезд к месту отдыха оплачивается»)."""
        if not self.lexicon.grammar.alternatives.isdisjoint(q.sequence):
            # «опыт в ресторане нужен или столовая тоже норм»: one of two, no case beyond.
            return False
        # «дневные смены тоже бывают?» — «только ночные смены»: a member of a kind the line
        # names a member of, asked of what the kind states (the schedule), is the members'
        # check to judge; «летом тоже будет набор?» asks of no such thing.
        lexicon = self.lexicon
        said = self._members_said(c)
        judged = {
            k
            for kind in said
            # «спецовку дают, зимнюю тоже?» — «зимой — утеплённый комплект»: the same member.
            if (q.strong and q.strong <= lexicon.member_states[kind])
            or not said[kind].isdisjoint(q.members.get(kind, frozenset()))
            for k in q.member_keys.get(kind, frozenset())
        }
        return not all(self._names_key(q, c, key) for key in q.also_case - judged)

    def _subject_words(self, q: Question, c: Candidate) -> set[str]:
        """The question's words that name what it asks about (not a verb that frames it, a
        word of need, nor what the candidate says of themselves) which a line names, itself,
        in another form or in what heads it."""
        needs = self.lexicon.grammar.needs
        return {
            key
            for key in q.content
            if not self.analyzer.frames(key)
            and key not in q.aside
            and key not in needs
            and (
                self._names_key(q, c, key)
                or key in c.over_keys
                or key in c.heading_keys
                or key in c.lead_keys
                or key in c.under_keys
            )
        }

    def _names_subject(self, q: Question, c: Candidate) -> bool:
        """Whether a line names every word of the question's subject, itself or in another
        form (not a verb that frames it, a word of need, nor the word of the rate asked):
        "bartender rate?" — "$18/hr for bartenders"."""
        skip = self.lexicon.grammar.needs | self.lexicon.grammar.rate_words
        return all(
            self._names_key(q, c, key)
            for key in q.content
            if not self.analyzer.frames(key) and key not in q.aside and key not in skip
        )

    def _names_key(self, q: Question, c: Candidate, key: str) -> bool:
        """Whether a line names a word of the question, in its form or another of its forms."""
        return key in c.keys or not q.fuzzy.get(key, frozenset()).isdisjoint(c.keys)

    def _qualifying(self, q: Question, c: Candidate) -> set[str]:
        """The question's words the line lacks that only say how or when of the thing asked
        («сразу», «отдельно»), or ask its price of a line that gives a sum («за люстру отдельно
        платите» — «установка люстры — 300 р/шт»)."""
        grammar = self.lexicon.grammar
        priced = (
            not q.who_pays
            and not grammar.price_asked.isdisjoint(q.content)
            and any(
                not sum_.group().rstrip().endswith("%")
                for sum_ in self.lexicon.intents[_MONEY].evidence.finditer(c.read)
            )
        )
        return {
            key
            for key in q.content
            if key not in c.keys
            and (key in grammar.qualifiers or (priced and key in grammar.price_asked))
        }

    def _covers_subject(self, q: Question, c: Candidate) -> bool:
        """Whether a line on the topic asked about also covers enough of what else the
        question names (its nouns; verbs only frame): "сколько платят водителям погрузчика?"
        is not answered by the pickers' pay."""
        # A noun the question names beyond its topic's words is what it asks about: missing from
        # the line, it weighs more than the topic they share ("сколько платят бригадиру?").
        # A pattern's words only say how the question asks, when the line is on every subject
        # asked ("never worked in a kitchen before" — "No experience needed").
        # (a subject the line names by the question's own word is on it: "never moved furniture
        # before" — "if you've done moving before say so")
        on_every = all(
            name in c.topics
            or any(
                name in names and self._names_key(q, c, key) for key, names in q.explains.items()
            )
            for name in q.strong
        )
        phrasing = q.phrasing if on_every else frozenset()
        # "is on call paid extra" — "an on-call allowance of 300 EUR on top": the words that
        # asked for a premium are had by a line that shows one.
        phrasing |= self._shown_asking(q, c)
        after = self._after_said(q, c)
        compared = self._compared_figures(q, c)
        units, work_said = self.lexicon.grammar.units, self.lexicon.grammar.work_said
        # «штрафуют если ошибся в заказе» — «штрафов за пересорт нет»: the word opening the case
        # names nothing, when the line speaks of a deed asked (as in the gate).
        named = {
            key: w * (self.w.detail_share if self._detail(q, key) else 1.0)
            for key, w in q.content.items()
            if not self.analyzer.frames(key)
            and key not in q.aside
            and key not in compared
            and key not in phrasing
            and not (
                key in self.lexicon.grammar.condition
                and (q.case_asked or self._speaks_of_deed(q, c))
            )
            # «как домой добираться, если смена до 12 ночи»: the case need not be said.
            and not (key in q.case_keys and key not in c.keys)
            and not (after and key in q.after_keys and key not in c.keys)
            # «скока платят за метр потолка» — «150 р за м2»: the unit asked, shown by a sum
            # per a unit of work
            and not (key in units and q.per_work and work_said.search(c.read))
            # "im csia 3 whats my rate" — "Level 3 | $25.75": the grade asked, named its way
            and not (key in q.grade_keys and self._same_grade(q, c))
        }
        for key in self._qualifying(q, c) & named.keys():
            # «учить будут или сразу на пульт»: «сразу» only says when of the thing asked.
            named[key] *= self.w.qualifier_share
        if not named:
            return True
        subject = Question(
            content=named,
            explains=q.explains,
            fuzzy=q.fuzzy,
            strong=q.strong - after,
            weak=q.weak - (q.case_topics - c.topics),
            intents=q.intents,
            smalltalk=q.smalltalk,
            alternatives=[g for g in q.alternatives if g <= named.keys()],
            # (a paying line's thing, named a sentence before it: ``_paying_carried``)
            who_pays=q.who_pays,
            paid_asked=q.paid_asked,
            # (a figure asked, held by a span of the line: ``_in_span``)
            sequence=q.sequence,
        )
        subject.total = (
            self.w.strong_topic * len(subject.strong)
            + self.w.weak_topic * len(subject.weak)
            + sum(named.values())
        )
        total = self._total(subject, c)
        # «удаленка полностью?» — «Удаленно, из любого города»: a Russian lemma in another form
        # of the line's word is that word (English keys are stems: a shared prefix says less).
        near = sum(
            w * (1 - self.w.fuzzy_share)
            for key, w in named.items()
            if not key.isascii()
            and key not in c.keys
            and key in q.fuzzy
            and not q.fuzzy[key].isdisjoint(c.keys)
        )
        # "any health insurance for contractors" — "No. All interpreters … work as independent
        # contractors." under "Am I an employee?": a verdict on a question of no subject asked
        # says nothing of these; the rest of the line must say more of the candidate's.
        least = (
            self.w.verdict_coverage
            if c.answers
            and self.lexicon.cues.verdict.match(c.quote)
            and q.strong.isdisjoint(self._builder.asked_topics(c.answers))
            else self.w.strong_coverage
        )
        return total <= 0 or (self._coverage(subject, c, judging=True) + near) / total >= least

    def _shows(self, q: Question, c: Candidate, wanted: Set[str]) -> bool:
        """Whether a line shows one of the kinds of answer the question must get (a figure of
        the kind asked: "every 6 months" is no amount)."""
        if _PAID in wanted and self._priced_asked(q, c):
            # «а малина как оплачивается» — «малина — 90 руб за ящик»: a row pricing the thing.
            return True
        if wanted.isdisjoint(c.evidence):
            return False
        raw = c.read
        timed = self._timed(q)
        # "сколько доплата за стык?" asks an amount: naming the extra pay does not show it.
        amounts = {name for name in wanted if self.lexicon.intents[name].owned}
        if amounts:
            raw = self._unasked_figures(q, raw)
        if q.pay_asked and _QUANTITY in amounts:
            # «на испытательном сколько платите» — «испытательный срок 2 месяца»: a length, a
            # schedule or a count of times is no sum paid, whatever the thing asked is measured in.
            raw = self.lexicon.grammar.no_pay_figures.sub(" ", raw)
        return any(
            self.lexicon.intents[name].shown_in(raw, q.named, timed) for name in amounts or wanted
        )

    def _priced_asked(self, q: Question, c: Candidate, asked: Set[str] | None = None) -> bool:
        """Whether a line prices a thing the question names (of ``asked``, when given), its
        name before a dash and a sum after it («обед платный?» — «комплексный обед — 90 руб.»;
        not «пробный урок» of «индивидуальное — от 450 ₽»)."""
        if asked is None:
            asked = {
                key for key in q.content if key not in q.aside and not self.analyzer.frames(key)
            }
        return any(not asked.isdisjoint(item) for item in self._priced_items(c.said))

    def _priced_items(self, said: str) -> tuple[frozenset[str], ...]:
        """The words of each thing a line prices, its name before a dash and a sum after it
        (``grammar.priced_row``); none for a line with no dash. Kept per line text."""
        items = self._priced.get(said)
        if items is None:
            if "—" in said or "–" in said:
                items = tuple(
                    frozenset(self.analyzer.analyze(row.group("item")).keys)
                    for row in self.lexicon.grammar.priced_row.finditer(said)
                )
            else:
                items = ()
            if len(self._priced) >= SHOWN_CACHE_SIZE:
                self._priced.clear()
            self._priced[said] = items
        return items

    @staticmethod
    def _unasked_figures(q: Question, raw: str) -> str:
        """The line less the figures the question itself names: of "how much is the 401k
        match?" — "401(k) matching" the 401 is the plan's name, no amount."""
        for key in q.content:
            if key.isdigit():
                raw = re.sub(rf"(?<![\d.,])(?<!\d\s){key}(?![\d.,]|\s\d{{3}}\b)", " ", raw)
        return raw

    def _timed(self, q: Question) -> bool:
        """Whether the question is about something measured in time (leave, experience)."""
        return any(self.lexicon.topics[name].timed for name in q.strong | q.dropped)

    def _shown_by_detail(
        self, q: Question, c: Candidate, shown: set[str], index: PostingIndex
    ) -> bool:
        """Whether the clause of a line that names the question's detail shows what is asked
        (an amount, a length): the line's figures may belong to something else. Sums joined by
        "+" or «плюс» are parts apart: of «3 300 ₽ за смену + премия за качество» the premium
        for quality has no figure."""
        details = {
            key
            for key in q.content
            if self._detail(q, key)
            and not self.analyzer.frames(key)
            and key in c.keys
            and key not in c.asked_keys  # the comment a reply answers named it, not the reply
            # "im 19 can i be bar server" — "…1 year experience in bar service, …, age 21+"
            # under «BAR SERVER»: the role whose part the line is in is no detail of it
            and not (key in c.over_keys and key in index.scoped_roles)
            # "what time does the shift start": the words that ask for the time of day are no
            # detail
            and not (_CLOCK in shown and _CLOCK in q.asking.get(key, ()))
            # «мне 17, возьмете?» — «… только с 18 лет»: the candidate's own figure is compared
            # with the line's, no detail it must name
            and not (key in q.aside and key.isdigit())
        }
        if not details or all(self.lexicon.intents[i].whole_line for i in shown):
            return True
        if _PAID in shown and self._priced_asked(q, c, details):
            # «а малина как оплачивается» — «малина — 90 руб за ящик»: the detail's row.
            return True
        timed = self._timed(q)
        if details <= c.post_keys and self._shown_in(q, c.said, shown, timed):
            # «скока платят переписчику» — «Переписчик счётного участка | 30 дней, … | 26 500
            # руб. за весь период»: a table row's post cell says whose row it is, and every
            # other cell is said of it.
            return True
        clauses = self._clauses_of(c)
        for at, (_, said, keys) in enumerate(clauses):
            if details.isdisjoint(keys):
                continue
            if self._shown_in(q, said, shown, timed):
                return True
            # «Без опыта берём только помощником монтажника, оплата 2 500 ₽ за выход»: a clause
            # that opens with the pay says it of the one before, as one that opens with the days
            # says them of the office named before it, whatever else is said of it between
            # («ОТДЕЛ КАДРОВ (КАБ. 104), ПН-ПТ С 8.00 ДО 12.00»).
            for clause_on, said_on, _ in clauses[at + 1 : at + 1 + self.w.lead_reach]:
                if self.lexicon.grammar.value_lead.match(said_on):
                    if self._shown_in(q, said_on, shown, timed):
                        return True
                    break
                if self._shown_in(q, clause_on, shown, timed):
                    break  # a figure of its own: what follows is said of this clause
        # «Стюард на трибуны (рассадка, помощь зрителям) — 3 800 ₽ за смену», «матрос — от
        # 85 000 руб., моторист — от 95 000 руб.», "Counter/Barista – part time, 20-25 hrs a
        # week": what follows the dash after a name is said of that name, up to the next name.
        for name, said in _named_values(c.said, self.lexicon.grammar.clauses, self.w.name_words):
            if not details.isdisjoint(self.analyzer.analyze(name).keys) and self._shown_in(
                q, said, shown, timed
            ):
                return True
        return False

    def _asked_of_other_options(self, q: Question, c: Candidate) -> bool:
        """Whether the line offers options ("caravan park at $120 per week, or shared rooms in
        our cottage (including Wi-Fi)") and the words the question asks stand in different
        ones, none holding them all: "is there wifi at the caravan park" — the Wi-Fi is the
        cottage's."""
        lexicon = self.lexicon
        if (
            not q.strong
            # "a degree, or AAT Level 3": what the candidate brings may be met either way
            or c.role in _ASKED_SIDES
            or not lexicon.grammar.alternatives.isdisjoint(q.sequence)
        ):
            return False
        options = lexicon.grammar.options.split(c.said)
        if len(options) < 2:
            return False
        found: list[set[str]] = []
        for option in options:
            analyzed = self.analyzer.analyze(option)
            read = normalize(option)
            named = lexicon.members_of(analyzed.keys, read, q.members)
            if q.members and all(
                asked <= named.get(kind, set()) for kind, asked in q.members.items()
            ):
                # «сутки через трое есть график?» — «сменный — сутки через трое (24 часа), либо
                # 12-часовые смены … по графику …»: the option naming the very kind asked is it.
                return False
            topics = lexicon.line_topics(analyzed, read, self.analyzer.tokens(option))
            found.append((set(analyzed.keys) & q.content.keys()) | (topics & q.strong))
        asked = set().union(*found)
        return (
            not q.strong.isdisjoint(asked)
            and sum(1 for keys in found if keys) > 1
            and not any(keys >= asked for keys in found)
        )

    def _clauses_of(self, c: Candidate) -> tuple[tuple[str, str, frozenset[str]], ...]:
        """``_said_of_clauses`` of the line, each with its clause's keys: found once per line
        (as ``_members_said``)."""
        found = c.__dict__
        clauses = found.get(_CLAUSES)
        if clauses is None:
            analyze = self.analyzer.analyze
            clauses = found[_CLAUSES] = tuple(
                (clause, said, analyze(clause).keys)
                for clause, said in self._said_of_clauses(c.said)
            )
        return clauses

    def _said_of_clauses(self, quote: str) -> list[tuple[str, str]]:
        """A line's clauses, each with what is said of it: "Тестовый день в магазине —
        оплачивается", a bare predicate after a dash, says it of the clause before; "Товаровед —
        от 55 000 ₽ в месяц", what follows a bare name is said of it."""
        clauses = [part for part in self.lexicon.grammar.parts.split(quote) if part.strip()]
        said: list[tuple[str, str]] = []
        for at, clause in enumerate(clauses):
            following = clauses[at + 1] if at + 1 < len(clauses) else ""
            short = min(len(following.split()), len(clause.split())) <= self.w.predicate_words
            said.append((clause, f"{clause} {following}" if short else clause))
        return said

    @staticmethod
    def _pay_asked(q: Question) -> bool:
        """Whether the question asks pay: the salary topic, or a rate or a sum of money."""
        return _SALARY in q.strong or not q.intents.isdisjoint(_PAY_INTENTS)

    def _same_grade(self, q: Question, c: Candidate) -> bool:
        """Whether the line names a grade the question asks of, by its figure."""
        said = _grades(self.lexicon.grammar.grade, c.read)
        return any(not q.grades.isdisjoint(grade) for grade in said)

    def _other_grade(self, q: Question, c: Candidate) -> bool:
        """Whether the line names grades by their figures («3 разряд», «4–5 разряда») and none
        of them is one the question asks of."""
        said = _grades(self.lexicon.grammar.grade, c.read)
        return bool(said) and all(q.grades.isdisjoint(grade) for grade in said)

    def _figure_elsewhere(self, q: Question, c: Candidate, amounts: set[str]) -> bool:
        """Whether the figure a line shows is of a part that names less of the question than
        another part without one: of «доплата за классное руководство 5 000 руб. + региональная
        доплата» the regional extra has no sum, nor the sleepover rate of "$38.50 - $45.20 per
        hour casual rate, plus higher weekend and sleepover rates". The part without a figure
        holds every asked word the parts with one hold and a detail more (no topic's word: the
        heading-like "Night shift (US hours)" is no such detail of "how many hrs per shift").
        A bare predicate after a dash is said of the part before it."""
        clauses = self._clauses_of(c)
        if len(clauses) < 2:
            return False
        timed = self._timed(q)
        with_figure: set[str] = set()
        without: list[set[str]] = []
        before = ""  # the clause before, when it is short and shows the figure
        for clause, said, keys in clauses:
            asked = set(keys) & q.content.keys()
            shown = self._shown_in(q, said, amounts, timed)
            joined = bool(before) and any(f"{before} {dash} {clause}" in c.said for dash in "—–")
            before = clause if shown and len(clause.split()) <= self.w.predicate_words else ""
            if not asked:
                continue
            if shown or joined:
                # «вт, чт после 16:00, сб — первая половина дня»: a bare predicate after a dash
                # is said of the part before it, and shares its figure.
                with_figure |= asked
            else:
                without.append(asked)
        if not with_figure:
            # «надбавка за классность сколько» — «Доход от 85 000 до 120 000 ₽ — оклад + надбавка
            # за классность + премия»: the sum is of all the parts, the part asked has none.
            grammar = self.lexicon.grammar
            added = [
                grammar.parts.split(c.said[join.end() :], maxsplit=1)[0]
                for join in grammar.added.finditer(c.said)
            ]
            if not self._shown_in(q, c.said, amounts, timed):
                return False
            if any(
                any(
                    key not in q.explains
                    for key in set(self.analyzer.analyze(part).keys) & q.content.keys()
                )
                and not self._shown_in(q, part, amounts, timed)
                for part in added
            ):
                return True
            # «сколько за балкон дают» — «Сдельно: от 1 200 ₽ за проём стандартного окна,
            # балконы и лоджии по отдельному прайсу»: every figure stands in a part before the
            # one naming the thing asked, which has none (a name before its figure, «матрос —
            # от 85 000 руб.», is not this).
            per = self.lexicon.grammar.counts_per
            last_figure = max(
                (
                    at
                    for at, (_, said, _) in enumerate(clauses)
                    if self._shown_in(q, said, amounts, timed)
                ),
                default=-1,
            )
            for at, (_, _, keys) in enumerate(clauses):
                asked = set(keys) & q.content.keys()
                if any(key not in q.explains and key not in per for key in asked):
                    return at > last_figure >= 0
            return False
        if any(
            with_figure < asked and any(key not in q.explains for key in asked - with_figure)
            for asked in without
        ):
            return True
        # "base fee per order how much" — "Earn up to £17 per hour¹ — every order pays a base
        # fee plus distance": the part with the figure names no word asked but "per", and
        # another part names what is asked without one.
        per = self.lexicon.grammar.counts_per
        details = {
            key for key in set().union(*without) if key not in q.explains and key not in per
        }
        return bool(details) and with_figure <= per

    def _shown_in(self, q: Question, text: str, shown: set[str], timed: bool) -> bool:
        """Whether ``text`` shows one of the kinds of answer asked for."""
        raw = normalize(text)
        return any(self.lexicon.intents[name].shown_in(raw, q.named, timed) for name in shown)

    def _shown_for_subject(self, q: Question, c: Candidate, shown: set[str]) -> bool:
        """Whether the figure asked for is not another subject's: of "Ставка 2 200 ₽ за смену
        + все чаевые ваши" the sum is the rate's, and the tips have none. Judged when a part of
        the line names the subject asked about without a figure and every part with the
        figure names another subject only."""
        # Each part, and the mark that ends it ("+", a dash, a comma …).
        pieces: list[tuple[str, str]] = []
        start = 0
        relative = self.lexicon.grammar.relative
        for mark in self.lexicon.grammar.parts.finditer(c.said):
            if mark.group().startswith(",") and relative.match(c.said, mark.end()):
                continue  # "…every 2 weeks, which usually adds around $3-4/hr": one part
            pieces.append((c.said[start : mark.start()], mark.group().strip()))
            start = mark.end()
        pieces.append((c.said[start:], ""))
        parts = [part for part, _ in pieces if part.strip()]
        if len(parts) < 2:
            return True
        ends = [end for part, end in pieces if part.strip()]
        added = [end == "+" for end in ends]
        asked = q.strong & c.topics
        if q.pay_unit is not None and len(asked) > 1 and _SALARY not in asked:
            # «сколько чаевых выходит за смену?»: the unit a sum other than the pay is counted
            # in is no subject of it.
            asked -= {_SCHEDULE}
        timed = self._timed(q)
        measured = {name for name in asked if self.lexicon.topics[name].timed}
        # (a figure a length can be, not the days named: «учусь, можно только сб вс» — «Студенты
        # очной формы — добро пожаловать, есть смены по 6 часов в выходные»)
        lengths = any(self.lexicon.intents[name].not_by is not None for name in shown)
        if timed and measured and lengths and _SALARY not in asked:
            # "how much pto do part-time tellers accrue" — "Part-time employees working 30+
            # hours are eligible for …, and PTO accrual": the length asked is the leave's, not
            # the group's hours. (Pay asked of a period is a sum, the pay's: «скока платят на
            # стажировке» — «Стипендия стажёра — 50 000 ₽ в месяц».)
            asked = measured
        topics = [self._builder.topics_of(part) for part in parts]
        figures = [
            any(
                self.lexicon.intents[name].shown_in(normalize(part), q.named, timed)
                for name in shown
            )
            for part in parts
        ]
        # A part names the subject by a topic it is on or by the question's own word for it
        # ("+ super" where "super" alone reads as no topic).
        words = {key for key, names in q.explains.items() if not asked.isdisjoint(names)}
        naming = [
            not asked.isdisjoint(found) or not words.isdisjoint(self.analyzer.analyze(part).keys)
            for found, part in zip(topics, parts, strict=True)
        ]
        if not any(named and not figure for named, figure in zip(naming, figures, strict=True)):
            return True
        length = self.lexicon.intents[_LENGTH]
        if _LENGTH in q.intents and any(
            ends[at - 1] in _DASHES
            and naming[at - 1]
            and not figures[at - 1]
            and _OPENS_WITH_FIGURE.match(parts[at])
            and length.shown_in(normalize(parts[at]), q.named)
            for at in range(1, len(parts))
        ):
            # «срок оформления визы — 1,5–2 месяца с момента сдачи документов»: a part that
            # opens with a length after a dash gives it to the part before, whatever else it
            # names after it.
            return True
        if any(
            ends[at - 1] in _DASHES
            and naming[at - 1]
            and not figures[at - 1]
            and figures[at]
            and all(self.lexicon.intents[name].seeks for name in shown)
            for at in range(1, len(parts))
        ):
            # «Договор сезонный — с 15 июля по 31 октября»: an unmistakable figure (a span of
            # dates, a day) right after a dash is the part before's, though its dates read as
            # a start.
            return True
        # A part that is a sum alone reads as pay by its money only: after a part naming the
        # subject, with none naming another between, it is that subject's sum («общежитие для
        # иногородних, 1 500 ₽ в месяц», «стипендия в период обучения — 22 000 ₽ в месяц»).
        # (… and so is a price led by its payment when a price is asked: «место в общежитии
        # на ул. Шамшурина, оплата 1 500 ₽ в месяц»)
        priced = _COST in shown
        lead = self.lexicon.grammar.value_lead
        bare = [
            found <= {_SALARY}
            and _SALARY not in asked
            and (
                _OPENS_WITH_FIGURE.match(part) is not None
                or (priced and lead.match(part) is not None)
            )
            and len(_WORD_RE.findall(part)) <= self.w.bare_sum_words
            for found, part in zip(topics, parts, strict=True)
        ]
        # A bare figure that opens a sum of things added to it is the first thing's, not what
        # is added: of "£70k–£85k + equity + 10% bonus" the equity has no sum.
        return any(
            figure
            and (
                named
                or (not found and (any(naming[:at]) or not added[at]))
                or (bare[at] and self._last_naming(naming[:at], topics[:at]))
            )
            for at, (named, figure, found) in enumerate(zip(naming, figures, topics, strict=True))
        )

    @staticmethod
    def _last_naming(naming: list[bool], topics: list[frozenset[str]]) -> bool:
        """Whether the last of the parts that name a subject names the one asked."""
        for named, found in zip(reversed(naming), reversed(topics), strict=True):
            if named or found:
                return named
        return False

    @staticmethod
    def _detail(q: Question, key: str) -> bool:
        """Whether a question word names a detail beyond its topic: no topic's word, nor a part
        of one ("код" of "дресс-код")."""
        return key not in q.explains and not any(
            key in word.split("-") for word in q.explains if "-" in word
        )

    def _other_kind(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line speaks of another kind of the thing asked about: "опыт работы в
        поддержке?" — "опыт программирования". Russian names the kind by a noun after the
        topic's word; when the question's and the line's differ, the line does not answer."""
        return (
            self._other_noun_kind(q, c, index)
            or self._other_named_kind(q, c)
            or self._other_qualified_kind(q, c)
            or self._extra_kind(q, c)
        )

    def _other_noun_kind(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line names the thing asked about with another noun after its word than
        the question: «опыт работы в поддержке?» — «опыт программирования» (the posting speaks
        of support elsewhere). A noun the posting never uses, asked of its only line on the
        subject, is the kind it names in other words: «рекомендация от батюшки» — «рекомендация
        духовника»."""
        said_seqs: list[tuple[str, ...]] | None = None
        for key in q.explains:
            if (
                key not in c.keys
                or key in c.label_keys  # "Город: Тверь", "Три этапа: созвон…": a label
                or not self.analyzer.is_cyrillic_noun(key)
            ):
                continue
            asked = self._modifier(q.sequence, key, self.w.modifier_reach)
            if asked is None or asked in c.keys or asked in c.heading_keys or asked in q.explains:
                continue
            if said_seqs is None:
                # A kind is named within a phrase: in "Подходит студентам — смены по 6 часов"
                # the shifts are no kind of student.
                said_seqs = self._phrases(c)
            said = next((self._modifier(seq, key, 1) for seq in said_seqs if key in seq), None)
            if (
                said is not None
                and said not in q.named
                and (asked in index.idf or not self._alone_on_topic(q, c, index))
            ):
                return True
        return False

    def _extra_kind(self, q: Question, c: Candidate) -> bool:
        """Whether a count asked of a thing is answered by the count of its kind given on top,
        the only kind of it the line names: «основной отпуск сколько дней» — «дополнительный
        отпуск за вредные условия — 7 дней»."""
        extra = self.lexicon.grammar.extra_kind
        if (
            _QUANTITY not in q.intents
            or extra.isdisjoint(c.keys)
            or not extra.isdisjoint(q.sequence)
            # «дополнительный отпуск — до 5 дней к основному (24 дня)»: the usual kind too
            or not self.lexicon.grammar.base_kind.isdisjoint(c.keys)
        ):
            return False
        reach = self.w.modifier_reach
        kinds = [
            not extra.isdisjoint(seq[max(0, at - reach) : at])
            for seq in self._phrases(c)
            for at, word in enumerate(seq)
            if word in q.explains
        ]
        # «ежегодный отпуск 28 дней + дополнительный 3 дня»: the thing itself is said too
        return bool(kinds) and all(kinds)

    def _alone_on_topic(self, q: Question, c: Candidate, index: PostingIndex) -> bool:
        """Whether the line is the posting's only word on the subject asked (at most
        ``alone_lines`` lines are on it): the kind its noun names is then the posting's answer,
        or the kind asked in other words — «рекомендация от батюшки нужна» — «рекомендацию
        духовника»; «штрафы с камер кто платит» — «За штрафы ГИБДД … несёт водитель». Where the
        posting has more lines on it, another kind is another line's."""
        on = q.strong & c.topics
        return (
            sum(1 for other in index.candidates if not on.isdisjoint(other.topics))
            <= self.w.alone_lines
        )

    def _names_as_asked(self, q: Question, c: Candidate) -> bool:
        """Whether the line writes a name of capitalized words holding two words the question
        names side by side ("when is santa school" — "our one-day Santa School on Saturday", not
        "Santas at 14 malls … and school events"; not "a cloud data warehouse" for "which data
        warehouse": words of a common phrase are no name)."""
        sequence, content = q.sequence, q.content
        pairs = {pair for pair in pairwise(sequence) if pair[0] in content and pair[1] in content}
        return bool(pairs) and any(
            pair in pairs
            for name in _NAME_RE.findall(c.quote)
            for said in (self.analyzer.analyze(name).sequence,)
            for pair in pairwise(said)
        )

    def _phrases(self, c: Candidate) -> list[tuple[str, ...]]:
        """The word sequences of the line's phrases: its text cut at commas, stops, brackets,
        quotes and dashes."""
        return [
            self.analyzer.analyze(part).sequence
            for part in _PHRASE_BREAK.split(c.said)
            if part.strip()
        ]

    def _other_qualified_kind(self, q: Question, c: Candidate) -> bool:
        """Whether the line qualifies the thing asked about by another adjective before its
        word: «пробный урок оплачивается?» — «оплата за каждый проведённый урок»; «за вводные
        тренировки платят?» — «процент с персональных тренировок»."""
        if _PAID not in q.intents and _SALARY not in q.strong:
            return False
        said_seqs: list[tuple[str, ...]] | None = None
        sequence = q.sequence
        for at, key in enumerate(sequence[1:], start=1):
            asked = sequence[at - 1]
            if (
                key not in c.keys
                or key in c.label_keys
                or asked in c.keys
                or asked in q.explains
                or asked in q.aside
                or asked in self.lexicon.stopwords
                or not self.analyzer.is_cyrillic_noun(key)
                or not self.analyzer.is_quality(asked)
                # «в среднем» — «средний доход»: the same word in another form
                or any(self._same_word(asked, said) for said in c.keys)
            ):
                continue
            if said_seqs is None:
                said_seqs = self._phrases(c)
            for seq in said_seqs:
                for place, word in enumerate(seq[1:], start=1):
                    said = seq[place - 1]
                    if (
                        word == key
                        and said not in q.named
                        and said not in self.lexicon.stopwords
                        and self.analyzer.is_quality(said)
                    ):
                        return True
        return False

    def _other_named_kind(self, q: Question, c: Candidate) -> bool:
        """Whether an English line names another kind of the thing asked about by a proper name
        before its word: "will i get autism training" — "Ongoing CPD including Makaton
        training". Whom a thing is for, named as the question names it, is no other kind: "is
        employee parking free" — "Free Team Member parking"."""
        asked_whom = q.members.get(_WHOM, frozenset())
        if asked_whom and not asked_whom.isdisjoint(
            self._members_said(c, (_WHOM,)).get(_WHOM, frozenset())
        ):
            return False
        sequence = q.sequence
        for at, key in enumerate(sequence[1:], start=1):
            asked = sequence[at - 1]
            if (
                key not in q.explains
                or key not in c.keys
                or not key.isascii()
                or not asked.isalpha()
                or not asked.isascii()
                or asked in self.lexicon.stopwords
                or asked in q.explains
                or asked in c.keys
            ):
                continue
            for found in re.finditer(
                rf"(?<=[a-z,] )([A-Z][\w+#-]*)\s+({re.escape(key)}\w*)", c.said
            ):
                if self.analyzer.analyze(found.group(1)).keys.isdisjoint(q.named):
                    return True
        return False

    def _modifier(self, sequence: tuple[str, ...], key: str, reach: int) -> str | None:
        """The noun that says which ``key`` is meant: the first word after it that is no stop
        word, within ``reach`` words."""
        if key not in sequence:
            return None
        start = sequence.index(key) + 1
        for after in sequence[start : start + reach]:
            if after in self.lexicon.stopwords:
                continue
            return after if self.analyzer.is_cyrillic_noun(after) else None
        return None

    def _same_word(self, key: str, near: str) -> bool:
        """Whether a near match is the very word in another form: one Snowball stem ("душ" of
        "душ?" and "с душем"), or a synonym of the same root ("сертификат", "сертификация").
        A longer word that merely starts alike is another word: "форма" is no "формат",
        "корпоратив" no "корпоративный", "salary" no "pay"."""
        if near in self.lexicon.synonyms.get(key, ()) and _shares_stem(key, near):
            return True
        stem = self.analyzer.stem(key)
        return bool(stem) and stem == self.analyzer.stem(near)

    def _on_topic(self, q: Question, c: Candidate) -> bool:
        if q.strong:
            return not q.strong.isdisjoint(c.topics)
        total = self._total(q, c)
        return (
            self._coverage(q, c, judging=True) / total >= self.w.min_coverage
            if total > 0
            else False
        )

    @staticmethod
    def _render(best: Candidate, chosen: list[Candidate], locale: str) -> str:
        if best.source == SOURCE_FAQ:
            header = t(locale, "answering.from_faq")
        elif best.source == SOURCE_REPLY:
            header = t(locale, "answering.from_replies")
        elif best.source in (SOURCE_FACT, SOURCE_INTRO, SOURCE_DESCRIPTION):
            header = t(locale, "answering.from_posting")
        else:
            header = t(locale, "answering.from_section", heading=best.heading)
        lines = [t(locale, "answering.item", item=c.quote) for c in chosen]
        return "\n".join([header, *lines])


# A word of the question that may be a typo: Russian ones the dictionary checks first; English
# ones are typos when neither the posting nor the lexicon has them ("pention", "aplly").
_WORD_RE = re.compile(r"[А-Яа-яЁё]+|[A-Za-z]+")
# A value written as two figures: a rotation or a schedule («60/30», «2/2»).
_RATIO_RE = re.compile(r"(?<![\d/])(\d{1,3})\s*/\s*(\d{1,3})(?![\d/])")
_QUESTION_WORDS = 2  # the least words of each question of a message holding two
_CLAUSE_BREAK = re.compile(r"([,.;!?]+\s|\s[—–-]\s)")
# The dash after a line's lead: «Стюард на трибуны (…) — 3 800 ₽ за смену».
_DASH_BREAK = re.compile(r"\s[—–]\s")
# A name's note in brackets: «Стюард на трибуны (рассадка, помощь зрителям)».
_NOTE_RE = re.compile(r"\([^()]*\)")
# Where a line's lead ends: a dash after it, a colon, a comma.
_LEAD_END = re.compile(r"\s[—–-]\s|[:,;.]\s|\s[+]\s")


def _named_values(quote: str, clauses: re.Pattern[str], most: int) -> list[tuple[str, str]]:
    """The names a line lists with a dash after each, and what it says of each: «Заработная
    плата: матрос — от 85 000 руб., моторист — от 95 000 руб.» → (матрос, от 85 000 руб.),
    (моторист, от 95 000 руб.). A name has no figure and ``most`` words at most; the first one
    follows the line's label."""
    pieces = _DASH_BREAK.split(quote)
    named: list[tuple[str, str]] = []
    name = pieces[0].rpartition(":")[2]
    for at, piece in enumerate(pieces[1:], start=1):
        said, following = piece, ""
        if at + 1 < len(pieces):
            # The clause before the next dash names the next one.
            parts = clauses.split(piece)
            if len(parts) > 1:
                following = parts[-1]
                said = piece[: len(piece) - len(following)]
        if len(_NOTE_RE.sub("", name).split()) > most:
            # «Бесплатное обучение на категорию D — если есть категория B, через 3 месяца…»: a
            # statement, no name; its dash says the clause after it of it.
            said = next((part for part in clauses.split(said) if part.strip()), "")
        # «Молодым специалистам в первые 3 года — надбавка 30%»: a figure inside a name that
        # opens with words qualifies it; a name that opens with one («5/2 — …») is none.
        if name.strip() and name.strip()[0].isalpha():
            named.append((name, said))
        name = following
    return named


# A name of two capitalized words or more: "Santa School", «Северный Завод».
_NAME_RE = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*(?:[ \u00a0][A-ZА-ЯЁ][\w'’-]*)+")
# Where a phrase ends inside a line: punctuation, brackets, a dash between words.
_PHRASE_BREAK = re.compile(r"[,.;:!?()«»\"+/]|\s[—–-]\s|[—–]")
# What the candidate does or brings: such a line does not answer on the employer's side.
_WHENS = frozenset({"time", "when"})  # "how soon", and "when" that must be shown
_CLOCK = "clock"
# A note in brackets is a part of its own: «55 000 руб. (оклад + премия)».
_BRACKETS = re.compile(r"[()]")
_TEAM_SIZE = "team_size"
_QUANTITY = "quantity"
_OWN_AGE = "own_age"
_AGE = "age"
_PAID = "paid"
# The number a clause of a numbered list opens with («2.9 », «3) »).
_SHARE_RE = re.compile(r"№\s*\d+|\d[\d\s\u00a0.,–-]*%|\b\d{1,2}[:/]\d{1,2}\b")
_CLAUSE_NUMBER_RE = re.compile(r"^\s*(\d+(\.\d+)+\.?|\d+[.)])\s+(?=\D)")
_FREQUENCY = "frequency"
_PAYDAY = "payday"
_EXTRA = "extra"
_STEPS = "steps"
_DURATION = "duration"
_SPAN = "span"
_PERCENT = "percent"
_BONUS = "bonus"
_DISCOUNT = "discount"
# What «на сколько», «до скольки» ask, unless their form counts (`grammar.count_asked`).
_TIMES_OF_COUNT = frozenset({_DURATION, _CLOCK})
_LENGTH = "duration"
# Lines whose scores differ by less than this tie (sums of the same weights in another order).
_TIE = 1e-9
_SALARY = "salary"
_PAYDAY = "payday"
_CAREER = "career"
_EXPERIENCE = "experience"
_PART_TIME = "part_time"
_PAY_TOPICS = frozenset({_SALARY, "bonus"})
_PAY_INTENTS = frozenset({"rate", "money"})  # what a pay question asks without the pay's word
# The topics of a line that speaks of what one is paid, beside the pay itself.
_PAID_TOPICS = _PAY_TOPICS | {
    "night_pay",
    "weekend_pay",
    "evening_pay",
    "overtime",
    "signing_bonus",
    "salary_review",
    "sport_pay",
    "advance",
    "pay_method",
    "tips",
    "pension",
    "expenses",
}
_FINES = "fines"
_SCHEDULE = "schedule"
_FOOD = "food"
_COMMUTE = "commute"
_PLACE = "place"
# kinds whose members a posting names where it gives them (the meals)
_MEMBERS_SAID_ONCE = frozenset({"meal"})
# how one reaches the employer: a line on them gives the hours to call or to bring papers
# (or when interviews are held: «Собеседование: пн–пт с 9:00 до 17:00»)
_REACHING = frozenset({"contact", "apply", "documents", "interview"})
# How one comes to work or to the office: a part of the week or day it names is not the job's.
_AWAY = _REACHING | {_COMMUTE, "location"}
# The subjects of the working day itself: its hours and its breaks.
_WORKDAY = frozenset({"schedule", "breaks"})
_MONEY = "money"
_SUM = "sum"
_ROW_SUMS = frozenset({_MONEY})  # what a price list's row gives
_CELLS = " | "  # what parts a table row's cells in its quote
_ROW_FIGURES = frozenset({_QUANTITY, _LENGTH})  # … and a row on its heading's subject
_COST = "cost"
_CHANNEL = "channel"
_DASHES = frozenset("—–")
# (a currency sign before the figure opens with it too: "$175 a week", "£60 per week")
_OPENS_WITH_FIGURE = re.compile(r"\s*(?:от\s+|до\s+|около\s+|~\s*|≈\s*)?(?:[$£€₽]\s*)?\d")
_IN_MONEY = "in_money"
_CLAUSE_RE = re.compile(r"[,;]\s+|\s+\+\s*")
_NO_SHARE_FIGURE = re.compile(r"\d(?![\d\s.,]*%)")
_CANDIDATE_SIDES = (SectionKind.DUTIES, SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE)
# The topic of the lines on the business itself.
_ABOUT_TOPIC = "company"
# The kind of member that says whom a thing is for (lexicon `members`), and its member the staff:
# "do staff get lunch provided" asks what the staff are given.
_WHOM = "whom"
# Where ``Answerer._members_said`` keeps a line's members in its ``__dict__``.
_LINE_MEMBERS = "_members_said"
_HEARD_MEMBERS = "_members_heard"
# … and ``Answerer._counts_unit`` the words of a line less its sums.
_UNSUMMED = "_unsummed"
# … and ``Answerer._clauses_of`` its clauses, what is said of each and their keys.
_CLAUSES = "_clauses"
_STAFF = "staff"
_RELOCATION = "relocation"
# What the candidate must bring: no answer to what the employer gives.
_ASKED_SIDES = (SectionKind.REQUIREMENTS, SectionKind.NICE_TO_HAVE)


def _in_full(clipped: re.Match[str], keys: Mapping[str, float]) -> str:
    """A sum asked with its thousands clipped («30 тыщ», "26k") as the posting writes it in
    full («30 000»), when one of its ``keys`` is that figure; else as asked."""
    figure = int(clipped.group(1)) * 1000
    return f"{figure:,}".replace(",", " ") if str(figure) in keys else clipped.group(0)


def _effective(score: float, on_topic: bool, lead: float) -> float:
    """A score as ranking weighs it: on the topic asked, ``lead`` times more."""
    return score * (lead if on_topic else 1.0)


def _negated(sequence: tuple[str, ...], grammar: Grammar, stopwords: frozenset[str]) -> set[str]:
    """Keys named as lacking: the first content word after "без" / "without", and the word
    right before «нет» («машины нет»), unless a case is opened before it."""
    negated: set[str] = set()
    for i, key in enumerate(sequence):
        if key in grammar.without:
            for after in sequence[i + 1 :]:
                if after not in stopwords:
                    negated.add(after)
                    break
        elif (
            key in grammar.lacked_after
            and i
            and sequence[i - 1] not in stopwords
            # «а если рыбы нет, платят что нибудь»: a case asked about, no lack stated
            and grammar.condition.isdisjoint(sequence[: i - 1])
        ):
            negated.add(sequence[i - 1])
    return negated


def _own_pattern(
    name: str,
    patterned: dict[str, set[str]],
    triggers: dict[str, set[str]],
    aside: set[str],
) -> bool:
    """Whether a pattern of topic ``name`` matched the question in words of its own: none of
    them names another subject or is set aside."""
    keys = [key for key, names in patterned.items() if name in names]
    return bool(keys) and all(key not in triggers and key not in aside for key in keys)


def _absorbed(
    strong: set[str],
    triggers: dict[str, set[str]],
    patterned: dict[str, set[str]],
    kinds: Mapping[str, Topic],
    index: PostingIndex,
) -> dict[str, set[str]]:
    """The subjects asked only by words of the pattern of a part of another subject (night
    pay, of the pay), with the parts whose patterns hold them all: that part is asked."""
    found: dict[str, set[str]] = {}
    for name in strong:
        keys = [key for key, names in triggers.items() if name in names]
        into = {
            other
            for other in strong - {name}
            # (a part of it, or a subject asked in its stead where the posting lacks it)
            if (kinds[other].within is not None or kinds[other].fallback == name)
            and other in index.covered_topics
            and keys
            and all(other in patterned.get(key, ()) for key in keys)
        }
        if into:
            found[name] = into
    # (two subjects each asked in the other's pattern: neither yields)
    return {name: into for name, into in found.items() if not into & found.keys()}


def _during(
    sequence: tuple[str, ...], phrases: tuple[tuple[str, ...], ...], stopwords: frozenset[str]
) -> tuple[set[str], set[str]]:
    """The words of "во время X" / "during X" (or «после X»: ``phrases``), and each X: when
    something is asked about."""
    frame: set[str] = set()
    context: set[str] = set()
    # A phrase ends at its last word: a word no phrase ends with ends none (most words).
    last = {p[-1] for p in phrases if p} if all(phrases) else None
    for i in range(len(sequence)):
        if last is not None and sequence[i] not in last:
            continue
        phrase = next((p for p in phrases if tuple(sequence[i - len(p) + 1 : i + 1]) == p), None)
        if phrase is None:
            continue
        frame.add(phrase[-1])
        for after in sequence[i + 1 :]:
            if after not in stopwords:
                context.add(after)
                break
    return frame, context


def _shares_stem(a: str, b: str) -> bool:
    """Whether two lemmas look like one word's forms: программировать ~ программирование."""
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    share = 0.7 * min(len(a), len(b))
    # English keys are stems already, so rounded up: "contract" and "contribut" share only
    # "contr"; Russian lemmas keep their endings ("оформлять" ~ "оформление").
    return n >= max(FUZZY_PREFIX, math.ceil(share) if a.isascii() else int(share))


def _governed(
    sequence: tuple[str, ...], also: frozenset[str], analyzer: TextAnalyzer
) -> frozenset[str]:
    """The nouns after «тоже» a preposition leads, over figures and qualifying words between
    («улица» of «тоже на улице пахать», «утро» of «тоже до 5 утра»)."""
    at = next((i for i, key in enumerate(sequence) if key in also), None)
    if at is None:
        return frozenset()
    found: set[str] = set()
    led = False
    for key in sequence[at + 1 :]:
        if analyzer.is_preposition(key):
            led = True
        elif led and analyzer.is_cyrillic_noun(key):
            found.add(key)
            led = False
        elif not (key.isdigit() or analyzer.is_quality(key)):
            led = False
    return frozenset(found)


def _also_case(
    sequence: tuple[str, ...], content: Set[str], also: frozenset[str]
) -> frozenset[str]:
    """The words naming the case before «тоже» («лето» of «летом тоже будет набор?»)."""
    for at, key in enumerate(sequence):
        if key in also:
            return frozenset(k for k in sequence[:at] if k in content)
    return frozenset()
