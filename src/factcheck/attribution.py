"""Who says it: the source a sentence attributes its content to.

Part of the comparison stage: "Volgens Verbeek verdwijnen zevenhonderd banen"
against "Hoogendoorn verwacht dat zevenhonderd banen verdwijnen" names another
source for the same figure. :func:`speaker` finds the named party a sentence
quotes: after "volgens" / "according to", or next to a verb of saying
("Verbeek zei", "said Verbeek").
"""

from __future__ import annotations

from factcheck.extract import Actor, Facts
from factcheck.lang import resources


def speaker(facts: Facts) -> Actor | None:
    """The named party the sentence quotes, if it names one.

    Example:
        >>> from factcheck.extract import analyse
        >>> speaker(analyse("Volgens Verbeek verdwijnen 700 banen.", "nl")).text
        'Verbeek'
        >>> speaker(analyse("The union called a strike, Ruud Verbeek said.", "en")).text
        'Ruud Verbeek'
        >>> speaker(analyse("Verbeek steunt het plan.", "nl")) is None
        True
    """
    lang = resources(facts.language)
    lowers = [t.lower for t in facts.tokens]
    for actor in facts.actors:
        if not actor.named or actor.index < 0:
            continue  # an inherited name stands in the sentence before
        for marker in lang.SOURCE_MARKERS:
            start = actor.index - len(marker)
            if start >= 0 and tuple(lowers[start : actor.index]) == marker:
                return actor
        after = actor.index + len(actor.text.split())
        before = actor.index - 1
        if (after < len(lowers) and lowers[after] in lang.SPEECH_VERBS) or (
            before >= 0 and lowers[before] in lang.SPEECH_VERBS
        ):
            return actor
    return None
