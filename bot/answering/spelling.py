"""Typo tolerance for questions: a word the dictionary does not know (pymorphy3 for Russian,
GCIDE's word list for English) is read as the word of the posting or the lexicon one edit away
("графек" → "график", "pention" → "pension").

Lookup uses the symmetric-delete method: every vocabulary word is filed under itself and each
form with one letter deleted, so a question word finds its neighbours by its own deletions,
without comparing it to the whole vocabulary.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

MIN_LENGTH = 4  # shorter words have too many neighbours one edit away
# Letters typed for one another where the ear cannot tell («аплата» for «оплата»): vowels.
_VOWELS = frozenset("аеёиоуыэюяaeiou")


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1 :] for i in range(len(word))}


def within_one_edit(a: str, b: str) -> bool:
    """One insertion, deletion, substitution or swap of neighbours turns ``a`` into ``b``."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True  # substitution
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]  # swap
    return a[i:] == b[i + 1 :]  # insertion


class Vocabulary:
    """Words to correct towards, filed by their one-letter deletions."""

    def __init__(self, words: Iterable[str], *, indexed: bool = True) -> None:
        """``indexed=False`` files nothing and compares a word with the words one letter
        longer or shorter at most: cheaper for a posting's few hundred words, built on a
        question's first unknown word."""
        words = tuple(words)
        # A hyphenated word is filed glued, as phones type it ("ebike" of "e-bike"), and read
        # back as written (``as_written``).
        self.written = {w.replace("-", ""): w for w in words if "-" in w}
        self.words = frozenset(
            w
            for w in (*(w for w in words if "-" not in w), *self.written)
            if len(w) >= MIN_LENGTH and w.isalpha()
        )
        self._by_delete: dict[str, set[str]] | None = None
        if indexed:
            self._by_delete = defaultdict(set)
            for word in self.words:
                self._by_delete[word].add(word)
                for deleted in _deletes(word):
                    self._by_delete[deleted].add(word)

    def near(self, word: str) -> list[str]:
        """Vocabulary words one edit away from ``word`` that start as it does, those that share
        more of its start first ("стажки" is a form of "стажка" before a typo of "ставки"),
        then alphabetically."""
        if len(word) < MIN_LENGTH or word in self.words:
            return []
        if self._by_delete is None:
            found = {w for w in self.words if abs(len(w) - len(word)) <= 1}
        else:
            found = set()
            for key in (word, *_deletes(word)):
                found |= self._by_delete.get(key, set())
        # A typo keeps the word's first letter, or a vowel for a vowel («аплата»): a word whose
        # start differs is another word («айти» is no «найти», «шокер» no «докер», "york" no
        # "work").
        return sorted(
            (
                w
                for w in found
                if w != word
                and _same_start(word, w)
                and _form_of_short(word, w)
                and within_one_edit(word, w)
            ),
            key=lambda w: (-_shared_start(word, w), w),
        )

    def as_written(self, word: str) -> str:
        """``word`` as the text writes it ("e-bike" for "ebike")."""
        return self.written.get(word, word)


def _same_start(a: str, b: str) -> bool:
    """Whether two words start with one letter, or both with a vowel."""
    return a[0] == b[0] or (a[0] in _VOWELS and b[0] in _VOWELS)


def _form_of_short(word: str, target: str) -> bool:
    """Whether ``word`` may be read as ``target``: a target of the shortest length filed is
    reached only by its ending («перфа» of «перф», «педа» of «педы»): one letter changed
    inside so short a word makes another word («авито» is no «авто», "apps" no "apis")."""
    return len(target) > MIN_LENGTH or _shared_start(word, target) >= len(target) - 1


def _shared_start(a: str, b: str) -> int:
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return n
