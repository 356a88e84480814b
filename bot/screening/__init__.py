"""Pure domain: the screening questionnaire — questions, answer checks, knockouts, the draft.

Nothing here imports aiogram or aiosqlite; handlers call these functions and keep
``Draft.to_dict()`` in their FSM data.
"""

from bot.screening.asking import looks_like_question
from bot.screening.draft import CONSENT, REVIEW, Draft
from bot.screening.knockouts import KnockoutHit, find_knockouts, knockout_reason
from bot.screening.questionnaire import (
    QuestionnaireError,
    default_questionnaire,
    questionnaire_for,
)
from bot.screening.render import (
    AskedQuestion,
    SummaryInput,
    format_duration,
    render_hr_summary,
    render_knockout_notice,
    render_question,
    render_review,
)
from bot.screening.validation import (
    Invalid,
    JSONValue,
    Outcome,
    Valid,
    choice_by_index,
    contact_from_shared,
    display_value,
    multichoice_from_indices,
    option_indices,
    question_hint,
    validate_answer,
    yesno_answer,
)

__all__ = [
    "CONSENT",
    "REVIEW",
    "AskedQuestion",
    "Draft",
    "Invalid",
    "JSONValue",
    "KnockoutHit",
    "Outcome",
    "QuestionnaireError",
    "SummaryInput",
    "Valid",
    "choice_by_index",
    "contact_from_shared",
    "default_questionnaire",
    "display_value",
    "find_knockouts",
    "format_duration",
    "knockout_reason",
    "looks_like_question",
    "multichoice_from_indices",
    "option_indices",
    "question_hint",
    "questionnaire_for",
    "render_hr_summary",
    "render_knockout_notice",
    "render_question",
    "render_review",
    "validate_answer",
    "yesno_answer",
]
