"""Every number the answering engine weighs with, in one place.

The stages read them from one :class:`Weights` object (``Answerer(weights=...)`` takes another,
for experiments); nothing else in the engine is a tuned constant.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Weights:
    """Scores of a line for a question, and the gate's thresholds."""

    # --- Retrieve: what a line scores for a question -----------------------------------------
    strong_topic: float = 3.0  # a subject the question asks about that the line is about
    weak_topic: float = 1.5  # context only: a section as a whole, the office
    trigger_share: float = 0.3  # a word that already named a topic counts this much more
    fuzzy_share: float = 0.7  # a word of the line sharing the question word's stem or a synonym
    label_boost: float = 1.3  # a word in the line's lead ("Наш офис: …")
    heading_share: float = 0.5  # a word found only in the section heading
    over_share: float = 0.8  # a word found only in the role in capitals heading the part
    other_job_share: float = 0.5  # a line of another job's card, when no job is asked
    other_age_share: float = 0.5  # a pay row of ages that do not hold the age said
    intent_bonus: float = 1.0  # the line gives what the question word asks for (a number…)
    faq_bonus: float = 0.5  # HR answered a question worded like this one
    correction_bonus: float = 0.5  # the employer's reply correcting its post on the topic asked
    fact_bonus: float = 0.25  # a front-matter fact labelled with the topic asked about
    # a field row on the topic asked naming only its kind («График работы: Сменный») when
    # another line on it shows what the topic prefers («4/4 с 8:00 до 16:00»)
    field_share: float = 0.75
    specific_bonus: float = 0.5  # a line showing the topic's own answer (a rota), on top
    # a runner-up naming the thing asked that says whose it is, when the best line does not
    own_share: float = 0.45
    side_bonus: float = 0.25  # a line from the side that answers the topic (perks: conditions)
    # a line that speaks to the situation the candidate states («я из Узбекистана, можно?» —
    # «граждан РФ и стран ЕАЭС» before «Паспорт, СНИЛС, ИНН»)
    situation_bonus: float = 0.25
    # a line naming a member of the kind the question names one of («ночные смены будут?» —
    # «Работаем только в дневную смену», "do i work weekends" — "Monday through Friday")
    member_bonus: float = 0.1
    # a line paying only a period of learning the job, when its pay is asked and no period
    # («сколько за смену платят?» — «первые 3 смены — стажировка, оплачиваемая по 1 500 ₽»)
    learning_share: float = 0.8
    unseen_verb_share: float = 0.4  # a question verb the posting never uses
    unseen_share: float = 0.7  # any other question word the posting never uses
    title_share: float = 0.3  # the job's own name when it only frames the question
    generic_share: float = 0.6  # the generic city fact, unless it has every word asked
    description_share: float = 0.6  # the front matter's one-line summary
    reply_share: float = 0.75  # an answer to a comment on another subject than the one asked
    to_post_share: float = 0.5  # a reply sending the reader back to the post («в посте написано»)
    coarse_share: float = 0.6  # a line without the precise answer an intent wants (an address)
    # a word of what the first sentence of its item is about, in a later one («Медкнижка
    # обязательна. Нет — поможем оформить, за счёт компании.»)
    lead_share: float = 0.8
    subject_words: int = 4  # the first sentence's words that name what it is about, at most
    on_topic_lead: float = 1.5  # a line on the asked topic ranks as if it scored this much more

    # --- Gate: answer or abstain ------------------------------------------------------------
    min_coverage: float = 0.5  # share of a topic-less question a line must cover
    # a word that only says how or when of the thing asked («сразу», «отдельно»), or asks its
    # price of a line giving a sum («почем»), weighs this share when the line lacks it
    qualifier_share: float = 0.5
    shown_share: float = 0.8  # a runner-up showing what the best line lacks (a sum) scores this
    shown_depth: int = 4  # … and is among this many best lines
    sought_share: float = 0.7  # … or this, when what it shows is unmistakable (a time: `seeks`)
    # … or this, when it gives a sum per the unit of work asked and the best per time only
    work_share: float = 0.6
    # a runner-up showing what the question word asks for, when the best line passes but shows
    # none of it, ranks at least this share of the best (a near tie)
    evidence_share: float = 0.9
    # … or this share, when it stands at most this many lines from the best in its block
    neighbour_share: float = 0.5
    neighbour_reach: int = 2
    # a runner-up holding every word asked is judged when the best line fails, if it ranks at
    # least this share of the best and among this many best lines
    covered_share: float = 0.9
    covered_depth: int = 4
    # a row of a price list or pay table leading with the item a sum is asked of is sought this
    # deep, at least this share of the best ("how much do clerks get paid" — "Clerk | … | $175")
    row_depth: int = 6
    row_share: float = 0.5
    # a clause opening with the pay or a phone number says it of a detail this many clauses back
    lead_reach: int = 3
    # a line naming another kind of the thing asked (the question's noun one the posting never
    # uses) still answers when this many lines at most are on the subject asked: the posting's
    # only word on it («штрафы с камер» — «штрафы ГИБДД»)
    alone_lines: int = 1
    # a line with every word of a question of this many words or more answers it, though its
    # words were read as another subject than the one asked ("are the monthly trainings paid")
    every_word: int = 3
    strong_coverage: float = 0.4  # share of what else a topic question names a line must cover
    # … when the line opens with the verdict on the question it answers (an FAQ's "No. …"): the
    # verdict is its own question's, so the rest of the line must say more of the candidate's
    verdict_coverage: float = 0.5
    dropped_coverage: float = 1.0  # share of an uncovered subject's own words a line must have
    detail_share: float = 1.15  # a question noun no topic word explains, judging a topic line
    modifier_reach: int = 3  # words after a topic word in which the question names its kind
    count_reach: int = 3  # words either side of a counted noun in which a line gives its figure
    # words naming something between a figure sought and a word of the question that make it
    # that word's figure, when lines tie ("Shifts are typically 4, 6 or 7.5 hours")
    beside_words: int = 2
    # words between a phrase-named subject's word and the figure a line shows of it
    phrase_reach: int = 0
    predicate_words: int = 3  # a clause this short after a dash says something of the one before
    roles_named: int = 2  # lines naming a job that make it one the posting offers
    other_roles: int = 2  # other jobs a line names that make it about them, not the one asked
    # A dictated transcript: a line of this many words or more with no stop, "?", "!" or ";".
    transcript_words: int = 80
    # ...in which the words asked must stand within this many words of one another.
    transcript_window: int = 12
    reaching_topics: int = 6  # subjects of a line on how to reach the employer, at most
    place_prefix: int = 5  # letters a line's word shares with a counted place's («групп…»)
    # words a name a line leads with or lists with a dash after has at most (a role, a grade:
    # «Стюард на трибуны — 3 800 ₽»); a longer lead is a statement
    name_words: int = 4
    # words besides its figures a part that is a sum alone has at most («1 500 ₽ в месяц»)
    bare_sum_words: int = 3
    row_name_words: int = 6  # words of an item's name a price list's row leads with, at most
    list_rows: int = 3  # lines of one section with a sum each that make a list of rows of one kind
    rule_words: int = 3  # words a line that rules has at least ("Yes / No" is a form's options)

    # --- Parse ------------------------------------------------------------------------------
    min_stem: int = 3  # shortest Snowball stem that finds a posting word
    alternative_reach: int = 2  # words after "или" in which the alternative is named
    min_typo_length: int = 4  # shortest unknown word read as a typo
    long_typo_length: int = 9  # shortest unknown English word read as a typo of the lexicon's

    # --- Select -----------------------------------------------------------------------------
    extra_share: float = 0.75  # a further line is quoted when it scores this share of the best
    max_items: int = 3  # lines quoted at most
