"""Words to comparable keys: Russian lemmas (pymorphy3), English Snowball stems, numbers as digits.

Every piece of text the engine compares — posting lines, questions, lexicon terms — goes through
:class:`TextAnalyzer`, so the three always agree on what a word's key is.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

import pymorphy3
import snowballstemmer

# Order matters: times and ratios before plain numbers, grouped numbers before single digits.
# Words come first, as most tokens are words: no number starts with a letter, nor a word with a
# digit, so the order between the two kinds changes nothing but the time; the lookahead skips
# spaces and punctuation at once.
_TOKEN_RE = re.compile(
    r"(?=[^\W_])(?:"
    r"[^\W\d_]+(?:[-'’][^\W\d_]+)*"  # words, дресс-код, IT-компания
    r"|\d{1,2}:\d{2}"  # 8:00
    r"|\d+/\d+"  # 5/2, 2/2
    r"|\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?!\d)"  # 250 000, 1,000
    r"|\d+(?:[.,]\d+)?"  # 28, 0,0005
    r")",
    re.UNICODE,
)
_CYRILLIC_RE = re.compile(r"[а-яё]")
_LATIN_RE = re.compile(r"[a-z]")
_GROUP_SEPARATORS = str.maketrans("", "", " \u00a0\u202f,")

LEMMA_CACHE_SIZE = 200_000
PARSE_CACHE_SIZE = 4096
TOKEN_CACHE_SIZE = 50_000
_VERB_POS = frozenset({"VERB", "INFN", "GRND", "ADJF", "ADJS", "PRTF"})
_ACTION_POS = frozenset({"VERB", "INFN", "GRND"})
# Pronouns and numbers among adjectives («каждый», «свой», «один», «первый») say which one or how
# many, not which kind.
_NOT_QUALITY = frozenset({"Apro", "Anum"})


@dataclass(frozen=True)
class Analyzed:
    """A text as keys: ``sequence`` in word order (for phrases); ``keys`` adds compound parts."""

    sequence: tuple[str, ...]
    keys: frozenset[str]


def token_spans(text: str) -> list[tuple[int, int]]:
    """Where each of the tokens ``TextAnalyzer.tokens`` finds in ``text`` starts and ends."""
    return [found.span() for found in _TOKEN_RE.finditer(text)]


def normalize(text: str) -> str:
    """Lower case with 'ё' read as 'е', the form all comparisons use."""
    return text.lower().replace("ё", "е")


class TextAnalyzer:
    """Tokenizer and lemmatizer; the morphology dictionaries are loaded once per instance."""

    def __init__(self) -> None:
        self._morph = pymorphy3.MorphAnalyzer()
        self._stemmer = snowballstemmer.stemmer("english")
        self._ru_stemmer = snowballstemmer.stemmer("russian")
        self.stem = lru_cache(maxsize=LEMMA_CACHE_SIZE)(self._stem)
        # The last words parsed: a lexicon term is parsed for its key, then for its other
        # readings, and a line's key for its part of speech; parsing is most of the lexicon's
        # start-up. Small, as the keys and readings are cached themselves.
        self._parse = lru_cache(maxsize=PARSE_CACHE_SIZE)(self._morph.parse)
        self._frames = lru_cache(maxsize=LEMMA_CACHE_SIZE)(
            lambda key: self._parse(key)[0].tag.POS in _VERB_POS
        )
        # English verbs that frame a question ("how many accounts would i handle"): stems have
        # no part of speech, so the lexicon names them (``grammar.frame_verbs``).
        self.english_frames: frozenset[str] = frozenset()
        self._is_verb = lru_cache(maxsize=LEMMA_CACHE_SIZE)(
            lambda key: self._parse(key)[0].tag.POS in _ACTION_POS
        )
        self._is_noun = lru_cache(maxsize=LEMMA_CACHE_SIZE)(
            lambda key: self._parse(key)[0].tag.POS == "NOUN"
        )
        # Per-instance cache: the same few thousand words recur in every posting and question.
        self.key = lru_cache(maxsize=LEMMA_CACHE_SIZE)(self._key)
        self._compounds = lru_cache(maxsize=LEMMA_CACHE_SIZE)(self._compound_parts)
        # Whether the dictionary knows a Russian word form: asked of every question's words for
        # typos (``Answerer._spell``), 0.05–0.2 ms a word in pymorphy3, and questions repeat
        # their words.
        self._known_ru = lru_cache(maxsize=LEMMA_CACHE_SIZE)(self._morph.word_is_known)
        # Per token as found: its key (an alias read as its word) and the keys of its parts —
        # one look-up per token of a line instead of four steps (``_analyze``). Cleared when the
        # lexicon sets how words are read, and when full.
        self._token_keys: dict[str, tuple[str, tuple[str, ...]]] = {}
        # Keys whose word was read as a verb form ("ставить" from "ставят") or an adjective
        # ("профессиональные"): in a question they frame or qualify the subject, not name it.
        self.verbs: set[str] = set()
        # Words keyed as given ("excellent" is no Excel, "норм" no "норма"); set by the lexicon.
        self.own_stems: dict[str, str] = {}
        # The names of jobs (``grammar.roles``): a word the dictionary reads first as a verb, an
        # adjective or a name is the job when one of its readings is («сторожу» is no «сторожить»,
        # «кочегаров» no surname, «горничные» no adjective); set by the lexicon.
        self.role_nouns: frozenset[str] = frozenset()
        # Key → the key of the word it stands for ("фигма" → "figma"); set by the lexicon.
        self.aliases: dict[str, str] = {}
        # Key → the keys of the phrase it clips («матпомощь» → материальный, помощь).
        self.alias_parts: dict[str, tuple[str, ...]] = {}
        # Short first parts of Russian compounds and the words they stand for ("мед" →
        # "медицинский"); set by the lexicon.
        self.compound_heads: dict[str, str] = {}
        self._heads: tuple[str, ...] = ()

    def set_own_stems(self, pairs: dict[str, str]) -> None:
        """Words keyed as given, not by their Snowball stem or dictionary lemma ("excellent" is
        no Excel, the chat's "норм" no "норма").
        Set before any text is analysed (keys are cached)."""
        self.own_stems = {normalize(a): normalize(b) for a, b in pairs.items()}
        self._token_keys.clear()

    def set_role_nouns(self, words: list[str]) -> None:
        """Read a word as the job it may name before its other readings (``role_nouns``). Set
        before any text is analysed."""
        self.role_nouns = frozenset(normalize(w) for w in words)
        self.key.cache_clear()
        self._token_keys.clear()

    def set_aliases(self, pairs: dict[str, str]) -> None:
        """Read each word of ``pairs`` as its partner: other alphabets, slang, short forms. A
        word that clips a phrase («матпомощь»: «материальная помощь») keeps its own key and
        has the phrase's words as its parts, as a compound has."""
        self.aliases, self.alias_parts = {}, {}
        for alias, word in pairs.items():
            words = normalize(word).split()
            if len(words) > 1:
                self.alias_parts[self.key(normalize(alias))] = tuple(map(self.key, words))
            else:
                self.aliases[self.key(normalize(alias))] = self.key(normalize(word))
        self._token_keys.clear()

    def set_compound_heads(self, pairs: dict[str, str]) -> None:
        """Read a word the dictionary does not know that starts with one of ``pairs``' heads
        ("медобразование") as its parts too: the head's word and the rest ("образование")."""
        self.compound_heads = {normalize(a): normalize(b) for a, b in pairs.items()}
        self._heads = tuple(self.compound_heads)
        self._token_keys.clear()

    def _compound_parts(self, token: str) -> tuple[str, ...]:
        """Keys of a compound's parts, or () for any other word."""
        for head, word in self.compound_heads.items():
            rest = token[len(head) :]
            if (
                token.startswith(head)
                and len(rest) >= _MIN_COMPOUND_REST
                and not self._morph.word_is_known(token)
                and self._common_noun(rest)
            ):
                return (self.key(word), self.key(rest))
        return ()

    def _common_noun(self, word: str) -> bool:
        """Whether the dictionary reads ``word`` first as a noun and no name ("книжка" is one,
        "лайн" of «МедЛайн» is a name)."""
        tag = self._parse(word)[0].tag
        return tag.POS == "NOUN" and not (_NAME_GRAMMEMES & tag.grammemes)

    def _key(self, word: str) -> str:
        """The comparison key of one lower-cased token."""
        if word[0].isdigit():
            return (
                word.translate(_GROUP_SEPARATORS)
                if re.fullmatch(r"[\d \u00a0\u202f,]+", word)
                else word
            )
        if word in self.own_stems:
            return self.own_stems[word]
        if _CYRILLIC_RE.search(word) or "ё" in word:
            parses = self._parse(word)
            parsed = parses[0]
            key = normalize(parsed.normal_form)
            if (
                self.role_nouns
                and key not in self.role_nouns
                and (parsed.tag.POS != "NOUN" or _NAME_GRAMMEMES & parsed.tag.grammemes)
            ):
                parsed = next(
                    (
                        p
                        for p in parses[1:]
                        if p.tag.POS == "NOUN" and normalize(p.normal_form) in self.role_nouns
                    ),
                    parsed,
                )
                key = normalize(parsed.normal_form)
            if parsed.tag.POS in _VERB_POS:
                self.verbs.add(key)
            return key
        if _LATIN_RE.search(word):
            return self._stemmer.stemWord(_singular(word.replace("’", "'")))
        return word

    def is_being(self, key: str) -> bool:
        """Whether a Russian word's base form names a living being («ребенок», «мастер»), which a
        figure of people counts («в группе 14 человек»)."""
        if not _CYRILLIC_RE.search(key):
            return False
        tag = self._parse(key)[0].tag
        return tag.POS == "NOUN" and "anim" in tag.grammemes

    def is_counted(self, word: str) -> bool:
        """Whether a lower-cased Russian word form is most likely a noun's genitive plural, the
        form a count takes ("сколько мастеров", not "сколько водитель получает")."""
        if not word.isalpha():
            return False
        if not _CYRILLIC_RE.search(word):
            # "how many mods": an English plural ("salary payments" names its noun last).
            return word.endswith("s") and not word.endswith("ss") and len(word) > 3
        # «стропалей»: the dictionary weighs a comparative of «стропалый» as likely as the
        # noun's genitive plural; of readings as likely as the first, a count takes the noun.
        parses = self._parse(word)
        return any(
            p.tag.POS == "NOUN" and {"gent", "plur"} <= p.tag.grammemes
            for p in parses
            if p.score >= parses[0].score
        )

    def is_infinitive(self, word: str) -> bool:
        """Whether a lower-cased Russian word form is most likely an infinitive ("запускать")."""
        if not _CYRILLIC_RE.search(word) or not word.isalpha():
            return False
        return self._parse(word)[0].tag.POS == "INFN"

    def is_known(self, word: str) -> bool:
        """Whether the dictionary knows a lower-cased word form: Russian words by pymorphy3,
        English ones by a word list, with a plural, past or -ing ending taken off."""
        if word.isascii():
            return _known_english(word)
        return bool(self._known_ru(word))

    def frames(self, key: str) -> bool:
        """Whether a key is a verb's or an adjective's lemma ("платить", "ночной"): in a
        question it frames or qualifies the subject. English keys (stems) do only when the
        lexicon names them. Decided by the key alone, so the answer does not depend on what
        was read before."""
        if not key.isalpha() or not _CYRILLIC_RE.search(key):
            return key in self.english_frames
        return self._frames(key)

    def is_cyrillic_noun(self, key: str) -> bool:
        """Whether a key is a Russian noun's lemma ("опыт", "поддержка")."""
        if not key.isalpha() or not _CYRILLIC_RE.search(key):
            return False
        return self._is_noun(key)

    def is_quality(self, key: str) -> bool:
        """Whether a key is a Russian adjective's lemma that says which kind of a thing
        ("вводный", "персональный"), not a pronoun's or a number's ("каждый", "один", "первый")."""
        if not key.isalpha() or not _CYRILLIC_RE.search(key):
            return False
        tag = self._parse(key)[0].tag
        return tag.POS == "ADJF" and not (_NOT_QUALITY & tag.grammemes)

    def is_noun_in(self, word: str, case: str) -> bool:
        """Whether a Russian word as written is most likely a noun in ``case`` (a pymorphy
        grammeme): «курьером» in the instrumental ("ablt": what one works as), «информатики»
        in the genitive ("gent": which kind of a job)."""
        if not word.isalpha() or not _CYRILLIC_RE.search(word):
            return False
        tag = self._parse(word.lower())[0].tag
        return tag.POS == "NOUN" and case in tag

    def nouns_in(self, word: str, case: str) -> frozenset[str]:
        """The lemmas of a Russian word's readings as a noun in ``case``, however likely:
        «сторожу» is «сторож» in the dative as well as a form of «сторожить»."""
        if not word.isalpha() or not _CYRILLIC_RE.search(word):
            return frozenset()
        return frozenset(
            normalize(p.normal_form)
            for p in self._parse(word.lower())
            if p.tag.POS == "NOUN" and case in p.tag
        )

    def is_cyrillic_verb(self, key: str) -> bool:
        """Whether a key is a Russian verb's lemma ("добраться"), not an adjective's."""
        if not key.isalpha() or not _CYRILLIC_RE.search(key):
            return False
        return self._is_verb(key)

    def speaks_of_self(self, word: str) -> bool:
        """Whether a Russian word as written is most likely a verb of the first person singular
        in the present («езжу», «печатаю», «боюсь»): the candidate speaks of themselves without
        «я» (not of what they would do: «разобью бокал, вычтут»)."""
        if not word.isalpha() or not _CYRILLIC_RE.search(word):
            return False
        tag = self._parse(word.lower())[0].tag
        return tag.POS == "VERB" and {"1per", "sing", "pres"} <= tag.grammemes

    def is_preposition(self, key: str) -> bool:
        """Whether a Russian word is most likely a preposition ("на", "по", "до")."""
        if not key.isalpha() or not _CYRILLIC_RE.search(key):
            return False
        return self._parse(key)[0].tag.POS == "PREP"

    def other_keys(self, word: str) -> frozenset[str]:
        """Keys of a Russian word's less likely readings: the bare term "йога" is read as a
        yogi's genitive ("йог"), while "йогой" in a posting is "йога". Empty for others."""
        word = normalize(word.lower())
        if not _CYRILLIC_RE.search(word) or not word.isalpha() or word in self.own_stems:
            # (a word keyed as given has no other reading: «права» is no «право»)
            return frozenset()
        first = self.key(word)
        forms = {normalize(p.normal_form) for p in self._parse(word) if p.score >= 0.1}
        return frozenset(forms - {first})

    def _stem(self, word: str) -> str:
        """The Snowball stem of a lower-cased Russian word ("ночью" → "ноч"); "" for others."""
        if not _CYRILLIC_RE.search(word) or not word.isalpha():
            return ""
        return normalize(self._ru_stemmer.stemWord(word))

    def place_keys(self, text: str) -> frozenset[str]:
        """Keys of place names in ``text``: Russian words the dictionary knows as places
        ("Чехов", "Калининград"), capitalised Latin words ("Dublin")."""
        keys = set()
        for token in _TOKEN_RE.findall(text):
            if len(token) < 3 or not token[0].isupper():
                continue
            word = token.lower()
            if _CYRILLIC_RE.search(word):
                if not any("Geox" in p.tag for p in self._parse(word)):
                    continue
            elif not _LATIN_RE.search(word):
                continue
            keys.add(self.key(word))
        return frozenset(keys)

    def tokens(self, text: str) -> list[str]:
        """Lower-cased tokens of ``text``, 'ё' as 'е'."""
        return _TOKEN_RE.findall(normalize(text))

    def analyze(self, text: str) -> Analyzed:
        """Keys of ``text``: whole tokens in order, plus the parts of hyphenated compounds."""
        return self._analyze(_TOKEN_RE.findall(text.lower()))

    def analyze_tokens(self, text: str) -> tuple[Analyzed, list[str]]:
        """``analyze(text)`` and ``tokens(text)`` with one pass of the tokenizer ('ё' and 'е'
        are both letters, so the tokens are the same)."""
        lowered = text.lower()
        found = _TOKEN_RE.findall(lowered)
        if "ё" not in lowered:  # most text: the tokens are the same list
            return self._analyze(found), found
        return self._analyze(found), [token.replace("ё", "е") for token in found]

    def _analyze(self, found: list[str]) -> Analyzed:
        sequence: list[str] = []
        keys: set[str] = set()
        known = self._token_keys
        for token in found:
            entry = known.get(token)
            if entry is None:
                entry = self._token_entry(token)
            whole, parts = entry
            sequence.append(whole)
            keys.add(whole)
            if parts:
                keys.update(parts)
        return Analyzed(tuple(sequence), frozenset(keys))

    def _token_entry(self, token: str) -> tuple[str, tuple[str, ...]]:
        """A token's key, and the keys of its parts: a hyphenated compound's ("дресс-код"), or
        a compound's that starts with a known head ("медкнижка")."""
        # Lemmatized with "ё" kept ("берёте" → брать, "берете" could be a beret); keys drop it.
        whole = self.key(token)
        whole = self.aliases.get(whole, whole)
        parts: tuple[str, ...] = ()
        if "-" in token:
            aliases = self.aliases  # «докер-механизатор»: each part read as a word of its own
            parts = tuple(
                aliases.get(key, key)
                for part in token.split("-")
                if len(part) > 1 and (key := self.key(part))
            )
        elif token.startswith(self._heads):  # one C call for most words, which match none
            parts = self._compounds(token)
        elif whole in self.alias_parts:
            parts = self.alias_parts[whole]
        if len(self._token_keys) >= TOKEN_CACHE_SIZE:
            self._token_keys.clear()
        entry = self._token_keys[token] = (whole, parts)
        return entry

    def clipped(self, text: str) -> dict[str, tuple[str, ...]]:
        """The words of ``text`` that clip two words and are read as them too, by key, with the
        keys of their parts: a compound with a known head («соцработник»: социальный, работник)
        or a clipped phrase («матпомощь»); a hyphenated word is written in full."""
        wholes = {}
        for token in _TOKEN_RE.findall(text.lower()):
            whole, parts = self._token_keys.get(token) or self._token_entry(token)
            if parts and "-" not in token:
                wholes[whole] = parts
        return wholes

    def stem_pairs(self, text: str) -> list[tuple[str, str]]:
        """(key, Snowball stem) of each Russian word of ``text``: a fallback for word forms
        whose lemmas differ ("душ?" read as "душа", "с душем" as "душ"). A word keyed as given
        has none: «права» (a driving licence) is no kin of «право» (a right)."""
        pairs = []
        for token in _TOKEN_RE.findall(text.lower()):
            stem = "" if token in self.own_stems else self.stem(token)
            if stem:
                key = self.key(token)
                pairs.append((self.aliases.get(key, key), stem))
        return pairs


# The shortest rest of a compound read as a word ("мед" + "книжка", not "мед" + "ь").
_MIN_COMPOUND_REST = 4
# A first name, a surname, a place or an organisation: «МедЛайн» is no "медицинский лайн".
_NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"})

# Endings an English word list leaves out, and what the word was before them.
_ENGLISH_ENDINGS = (
    ("s", ""),
    ("es", ""),
    ("ies", "y"),
    ("ed", ""),
    ("ed", "e"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("ly", ""),
    ("er", ""),
    ("est", ""),
)


@cache
def english_words() -> frozenset[str]:
    """GCIDE's English words (the english-words package), read once: at start-up (Answerer)."""
    from english_words import get_english_words_set

    return frozenset(get_english_words_set(["gcide"], lower=True, alpha=True))


def _singular(word: str) -> str:
    """An English plural in "-ves" as its word in "-f" or "-fe" ("knives" → "knife",
    "shelves" → "shelf"), which the stemmer leaves apart; else ``word`` ("leaves", "gloves")."""
    if not word.endswith("ves") or word[:-1] in english_words():
        return word
    base = word[:-3]
    return next((base + end for end in ("fe", "f") if base + end in english_words()), word)


def _known_english(word: str) -> bool:
    words = english_words()
    if word in words:
        return True
    for end, add in _ENGLISH_ENDINGS:
        if not word.endswith(end):
            continue
        base = word[: -len(end)]
        if base + add in words:
            return True
        if not add and len(base) > 2 and base[-1] == base[-2] and base[:-1] in words:
            return True  # "running", "stopped"
    return False
