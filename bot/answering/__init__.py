"""Pure domain: answer candidates' questions about a posting by quoting it, or abstain.

Nothing here imports aiogram or aiosqlite. ``Answerer`` loads the morphology dictionaries and the
HR lexicon (``lexicon.yaml``) once; build one per process and reuse it.
"""

from bot.answering.engine import Answer, Answerer

__all__ = ["Answer", "Answerer"]
