"""A candidate's application in progress: a small state machine kept in the FSM data.

The draft holds only JSON types, so ``Draft.from_dict(json.loads(json.dumps(d.to_dict())))``
equals ``d``. Every operation returns whether it was applied; an operation meant for another step
(an old button tapped twice, a message that arrives after the question changed) returns False and
changes nothing, so the handler can simply ignore it.

Steps: ``:consent`` → each question id in turn → ``:review`` (→ a question being edited →
``:review``). Submitting is the handler's business once ``can_submit`` is true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.postings.models import Question
from bot.screening.validation import JSONValue, Valid, option_indices

CONSENT = ":consent"
REVIEW = ":review"
FORMAT_VERSION = 1


@dataclass
class Draft:
    """Answers so far and where the candidate is in the questionnaire."""

    slug: str
    question_ids: list[str]
    optional_ids: list[str]
    started_at: str
    answers: dict[str, dict[str, Any]] = field(default_factory=dict)
    index: int = 0
    editing: bool = False
    consent_version: str | None = None
    consent_at: str | None = None
    selection: list[int] | None = None  # ticked multichoice options, None until first toggled

    # --- creation -----------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        slug: str,
        questions: Sequence[Question],
        *,
        now: dt.datetime,
        consent_version: str | None = None,
    ) -> Draft:
        """A new draft; with ``consent_version`` the consent counts as given at ``now``."""
        if not questions:
            raise ValueError("a questionnaire needs at least one question")
        draft = cls(
            slug=slug,
            question_ids=[q.id for q in questions],
            optional_ids=[q.id for q in questions if not q.required],
            started_at=now.isoformat(),
        )
        if consent_version is not None:
            draft.give_consent(consent_version, now)
        return draft

    def matches(self, slug: str, questions: Sequence[Question]) -> bool:
        """Whether this draft still fits the posting (its questionnaire may have changed)."""
        return (
            self.slug == slug
            and self.question_ids == [q.id for q in questions]
            and self.optional_ids == [q.id for q in questions if not q.required]
        )

    # --- where we are -------------------------------------------------------------------------

    @property
    def total(self) -> int:
        return len(self.question_ids)

    @property
    def has_consent(self) -> bool:
        return self.consent_at is not None

    @property
    def at_review(self) -> bool:
        """Whether the candidate is looking at the review of all answers."""
        return self.has_consent and self.index >= self.total

    @property
    def current_id(self) -> str | None:
        """The id of the question being asked, or None at consent and review."""
        if not self.has_consent or self.index >= self.total:
            return None
        return self.question_ids[self.index]

    @property
    def step(self) -> str:
        """The current step: ``:consent``, a question id or ``:review`` (put it in buttons)."""
        if not self.has_consent:
            return CONSENT
        return self.current_id or REVIEW

    def current_question(self, questions: Sequence[Question]) -> Question | None:
        """The question being asked, looked up in ``questions``.

        Where the draft fits ``questions`` (``matches``: the handlers' only case), the question
        is the one at the draft's index, read there (two or three times an update); else it is
        looked for by id."""
        current = self.current_id  # once, not once per question looked at
        if current is None:
            return None
        index = self.index
        if index < len(questions) and questions[index].id == current:
            return questions[index]
        return next((q for q in questions if q.id == current), None)

    def progress(self) -> tuple[int, int]:
        """(n, total) for «Вопрос n из N»: n is 0 at consent and total at review."""
        if not self.has_consent:
            return 0, self.total
        return min(self.index + 1, self.total), self.total

    @property
    def is_complete(self) -> bool:
        """Whether every required question has an answer."""
        return all(
            qid in self.answers for qid in self.question_ids if qid not in self.optional_ids
        )

    @property
    def can_submit(self) -> bool:
        return self.at_review and self.is_complete

    def is_optional(self, qid: str) -> bool:
        return qid in self.optional_ids

    def value(self, qid: str) -> JSONValue | None:
        """The stored value of an answer, or None when unanswered or skipped."""
        answer = self.answers.get(qid)
        return None if answer is None else answer["value"]

    def ticked(self, question: Question) -> list[int]:
        """The multichoice options to show as ticked: the toggles so far, or the stored answer."""
        if question.id == self.current_id and self.selection is not None:
            return list(self.selection)
        value = self.value(question.id)
        return option_indices(question, value) if value is not None else []

    def elapsed(self, now: dt.datetime) -> dt.timedelta:
        """How long since the draft was started."""
        return now - dt.datetime.fromisoformat(self.started_at)

    # --- operations ---------------------------------------------------------------------------

    def give_consent(self, version: str, now: dt.datetime) -> bool:
        """Record the consent and go to the first question (ignored when already given)."""
        if self.has_consent:
            return False
        self.consent_version = version
        self.consent_at = now.isoformat()
        self.index = 0
        return True

    def answer(self, qid: str, valid: Valid) -> bool:
        """Store the answer to question ``qid`` if it is current and move on (else do nothing)."""
        if qid != self.current_id:
            return False
        self.answers[qid] = {"value": _copy(valid.value), "display": valid.display}
        self._advance()
        return True

    def skip(self, expected: str | None = None) -> bool:
        """Leave the current optional question unanswered and move on."""
        qid = self.current_id
        if qid is None or not self._expects(expected) or qid not in self.optional_ids:
            return False
        self.answers.pop(qid, None)
        self._advance()
        return True

    def back(self, expected: str | None = None) -> bool:
        """Go to the previous question; while editing, return to the review instead."""
        if not self.has_consent or not self._expects(expected):
            return False
        if self.editing:
            self._to_review()
            return True
        if self.index == 0:
            return False
        self.index = min(self.index, self.total) - 1
        self.selection = None
        return True

    def edit(self, qid: str) -> bool:
        """From the review, re-ask question ``qid``; its answer returns to the review."""
        if not self.at_review or qid not in self.question_ids:
            return False
        self.index = self.question_ids.index(qid)
        self.editing = True
        self.selection = None
        return True

    def toggle(self, question: Question, index: int) -> bool:
        """Tick or untick multichoice option ``index`` of the current question."""
        if question.id != self.current_id or not 0 <= index < len(question.options or ()):
            return False
        ticked = set(self.ticked(question))
        ticked ^= {index}
        self.selection = sorted(ticked)
        return True

    def _expects(self, expected: str | None) -> bool:
        return expected is None or expected == self.step

    def _advance(self) -> None:
        self.selection = None
        if self.editing:
            self._to_review()
        else:
            self.index += 1

    def _to_review(self) -> None:
        self.index = self.total
        self.editing = False
        self.selection = None

    # --- storage ------------------------------------------------------------------------------

    def copy(self) -> Draft:
        """An equal draft sharing nothing mutable with this one (as ``from_dict(to_dict())``)."""
        return Draft(
            slug=self.slug,
            question_ids=list(self.question_ids),
            optional_ids=list(self.optional_ids),
            started_at=self.started_at,
            answers={
                k: {"value": _copy(a["value"]), "display": a["display"]}
                for k, a in self.answers.items()
            },
            index=self.index,
            editing=self.editing,
            consent_version=self.consent_version,
            consent_at=self.consent_at,
            selection=None if self.selection is None else list(self.selection),
        )

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form for the FSM data."""
        return {
            "v": FORMAT_VERSION,
            "slug": self.slug,
            "question_ids": list(self.question_ids),
            "optional_ids": list(self.optional_ids),
            "started_at": self.started_at,
            "answers": {
                k: {"value": _copy(a["value"]), "display": a["display"]}
                for k, a in self.answers.items()
            },
            "index": self.index,
            "editing": self.editing,
            "consent_version": self.consent_version,
            "consent_at": self.consent_at,
            "selection": None if self.selection is None else list(self.selection),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Draft:
        """Read a draft written by :meth:`to_dict`; ValueError when it is not one."""
        try:
            if data.get("v") != FORMAT_VERSION:
                raise ValueError(f"unknown draft format {data.get('v')!r}")
            question_ids = [str(q) for q in data["question_ids"]]
            answers = {
                str(qid): {"value": _copy(a["value"]), "display": str(a["display"])}
                for qid, a in dict(data["answers"]).items()
                if qid in question_ids
            }
            selection = data.get("selection")
            draft = cls(
                slug=str(data["slug"]),
                question_ids=question_ids,
                optional_ids=[str(q) for q in data["optional_ids"]],
                started_at=str(data["started_at"]),
                answers=answers,
                index=int(data["index"]),
                editing=bool(data["editing"]),
                consent_version=_optional_str(data.get("consent_version")),
                consent_at=_optional_str(data.get("consent_at")),
                selection=None if selection is None else [int(i) for i in selection],
            )
        except (KeyError, TypeError, AttributeError) as error:
            raise ValueError(f"not a draft: {error!r}") from None
        if not 0 <= draft.index <= draft.total or not draft.question_ids:
            raise ValueError("not a draft: index out of range")
        return draft


def _copy(value: Any) -> Any:
    return list(value) if isinstance(value, list) else value


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)
