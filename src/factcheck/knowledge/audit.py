"""The knowledge stage: check direction claims against the gazetteer and the facts file.

:class:`KnowledgeBase` is the entry point. ``audit`` checks reference statements
and returns :class:`~factcheck.models.ReferenceIssue` records; ``check`` runs the
same checks on any text (a claim) and returns :class:`Finding` records, each
with the character span of the mention it is about, so that a caller can tell
which part of a statement is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from factcheck.errors import KnowledgeError
from factcheck.knowledge import lang_en, lang_nl
from factcheck.knowledge._text import Token, fold, tokenize
from factcheck.knowledge.directions import (
    ActorMention,
    DirectionMention,
    mentions_direction,
    parse,
)
from factcheck.knowledge.extent import km
from factcheck.knowledge.facts import Facts, load_facts
from factcheck.knowledge.gazetteer import DEFAULT_MIN_POPULATION, City, Gazetteer, get_gazetteer
from factcheck.knowledge.mentions import PlaceMention, main_country, resolve
from factcheck.knowledge.verdicts import (
    bearing_degrees,
    bearing_verdict,
    combine,
    compass,
    describe_region,
    region_verdict,
)
from factcheck.lang import detect
from factcheck.models import Document, ReferenceIssue, Statement

# Two places closer than this have no meaningful bearing (a city and its district).
MIN_BEARING_KM = 5.0


class Finding(BaseModel):
    """One direction claim checked against world knowledge.

    ``start``/``end`` is the span of the whole mention in the checked text (for
    an audit: in the statement's text), e.g. "in het oosten in Tripoli".
    ``consistent`` is False when the text is wrong, True when it is right and
    None when the place lies too close to the middle to tell.
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    place: str = Field(description="the place as the text names it; for an actor, its seat")
    direction: str = Field(description="claimed direction: N, NE, E, SE, S, SW, W, NW or C")
    frame: Literal["region", "bearing"]
    consistent: bool | None
    message: str
    source: str
    start: int
    end: int
    kind: str = "geography"
    country: str | None = Field(default=None, description="region frame: the country (ISO code)")
    reference: str | None = Field(default=None, description="bearing frame: the place it is from")
    actor: str | None = Field(default=None, description="the actor placed, from the facts file")
    latitude: float
    longitude: float
    position: tuple[float, float] | None = Field(
        default=None, description="region frame: (x, y) in the country's extent, 0..1 from SW"
    )
    bearing: float | None = Field(default=None, description="bearing frame: true bearing, degrees")


# How much of a document decides the country it is about (see context_country).
CONTEXT_CHARS = 5000


class KnowledgeBase:
    """World knowledge for audits: the gazetteer plus an optional facts file.

    Args:
        facts: the facts file's content (see :mod:`factcheck.knowledge.facts`).
        gazetteer: defaults to the process-wide one, loaded on first use.

    Example:
        >>> kb = KnowledgeBase.load()
        >>> findings = kb.check("Het land heeft een regering in het oosten in Tripoli.", "nl")
        >>> findings[0].consistent, findings[0].message.split(";")[0]
        (False, 'Tripoli ligt in het westen van Libië (32.9 N, 13.2 E)')
    """

    def __init__(self, facts: Facts | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.facts = facts or Facts()
        self._gazetteer = gazetteer
        self._extra: dict[str, tuple[City, ...]] | None = None
        self._seats: dict[int, City] = {}

    @classmethod
    def load(
        cls,
        facts_path: Path | str | None = None,
        *,
        min_city_population: int = DEFAULT_MIN_POPULATION,
    ) -> KnowledgeBase:
        """A knowledge base with the facts file at ``facts_path`` (if any); cheap.

        Raises:
            KnowledgeError: the facts file is missing or invalid (file and line named).
        """
        facts = load_facts(facts_path) if facts_path is not None else None
        return cls(facts, get_gazetteer(min_city_population))

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer in use."""
        if self._gazetteer is None:
            self._gazetteer = get_gazetteer()
        return self._gazetteer

    # -- public checks ------------------------------------------------------

    def context_country(self, text: str, language: str | None = None) -> str | None:
        """The ISO code of the country ``text`` is mostly about, or None.

        Read from the first ``CONTEXT_CHARS`` characters: a news text names its
        country in the lead, and a long archive file need not be scanned whole.
        """
        text = text[:CONTEXT_CHARS]
        return main_country(self._places(text, tokenize(text)))

    def check(
        self, text: str, language: str | None = None, context_country: str | None = None
    ) -> list[Finding]:
        """Check every direction claim in ``text``; all verdicts, right ones included.

        Args:
            text: any text, e.g. a claim or a reference statement.
            language: "nl" or "en"; detected when None.
            context_country: the country "het land" refers to and ambiguous names
                are read in (e.g. the reference document's); inferred from the
                text when None.
        """
        if not mentions_direction(text):
            return []  # no direction word: nothing to check, and no gazetteer needed
        language = language or detect(text)
        tokens = tokenize(text)
        places = self._places(text, tokens)
        context = context_country or main_country(places)
        mentions = parse(tokens, places, self._actors(text, tokens), language)
        findings = (self._judge(m, language, context) for m in mentions)
        return [f for f in findings if f is not None]

    def audit_findings(
        self,
        documents: Sequence[Document],
        statements: Sequence[Statement],
        *,
        only_wrong: bool = True,
    ) -> list[tuple[Statement, Finding]]:
        """Check statements, reading each in its whole document's country.

        Returns (statement, finding) pairs; spans are in the statement's text.
        With ``only_wrong`` (default) only findings with ``consistent is False``.
        """
        docs = {d.id: d for d in documents}
        contexts: dict[str, str | None] = {}
        pairs = []
        for st in statements:
            if not mentions_direction(st.text):
                continue  # most statements: skip before the document's country is worked out
            doc = docs.get(st.document)
            language = st.language or (doc.language if doc else None) or "nl"
            if st.document not in contexts:
                contexts[st.document] = self.context_country(doc.text, language) if doc else None
            for finding in self.check(st.text, language, contexts[st.document]):
                if finding.consistent is False or not only_wrong:
                    pairs.append((st, finding))
        return pairs

    def audit(
        self, documents: Sequence[Document], statements: Sequence[Statement]
    ) -> list[ReferenceIssue]:
        """The statements that disagree with world knowledge, one issue per wrong mention."""
        return [issue_of(st, f) for st, f in self.audit_findings(documents, statements)]

    # -- mentions -----------------------------------------------------------

    def _places(self, text: str, tokens: list[Token]) -> list[PlaceMention]:
        if self._extra is None:
            extra: dict[str, tuple[City, ...]] = {}
            for p in self.facts.places:
                city = City(
                    0, p.name, p.latitude, p.longitude, p.country, 0, origin=self.facts.source(p)
                )
                for name in p.names:
                    extra[fold(name)] = (city,)
            self._extra = extra
        return self.gazetteer.find(text, tokens, self._extra)

    def _actors(self, text: str, tokens: list[Token]) -> list[ActorMention]:
        starts = {t.start: t.pos for t in tokens}
        ends = {t.end: t.pos for t in tokens}
        return [
            ActorMention(start, end, text[start:end], starts[start], ends[end], index)
            for start, end, index in self.facts.actor_spans(text)
            if start in starts and end in ends
        ]

    def _seat(self, index: int) -> City:
        if index not in self._seats:
            actor = self.facts.actors[index]
            if actor.latitude is not None and actor.longitude is not None:
                seat = City(
                    0,
                    actor.seat,
                    actor.latitude,
                    actor.longitude,
                    actor.country,
                    0,
                    origin=self.facts.source(actor),
                )
            else:
                known = (self._extra or {}).get(
                    fold(actor.seat), ()
                ) or self.gazetteer.cities_named(actor.seat)
                local = [c for c in known if c.country == actor.country]
                if not local:
                    raise KnowledgeError(
                        f"{self.facts.name} line {actor.line}: the seat {actor.seat!r} of "
                        f"{actor.name} is not a known place in {actor.country}; "
                        "give its latitude and longitude"
                    )
                seat = local[0]
            self._seats[index] = seat
        return self._seats[index]

    # -- judging ------------------------------------------------------------

    def _judge(self, m: DirectionMention, language: str, context: str | None) -> Finding | None:
        words = lang_en if language.startswith("en") else lang_nl
        if m.frame == "bearing":
            return self._judge_bearing(m, words, context)
        code = m.country or (context if m.this_country else None)
        if m.this_country and code is None:
            return None
        actor = None
        if m.place is not None:
            city = resolve(m.place, code or context, require=code is not None)
            if city is None or (code is None and context and city.country != context):
                return None
            name, source = m.place.text, city.source
        elif m.actor is not None:
            actor = self.facts.actors[m.actor.actor]
            city = self._seat(m.actor.actor)
            if code is not None and code != city.country:
                return None
            name = actor.seat
            source = city.source if city.origin else f"{self.facts.source(actor)}; {city.source}"
        else:
            return None
        code = code or city.country
        shape = self.gazetteer.shape(code)
        if shape is None:
            return None
        x, y = shape.relative(city.latitude, city.longitude)
        verdict = combine(
            region_verdict(m.direction, x, y),
            region_verdict(m.direction, *shape.local(city.latitude, city.longitude)),
        )
        outcome = {False: "wrong", True: "right", None: "open"}[verdict]
        template = words.MESSAGES[f"{'actor' if actor else 'region'}_{outcome}"]
        message = template.format(
            place=name,
            actor=actor.name if actor else "",
            mention=m.actor.text if m.actor else "",
            actual=words.REGION_NAMES[
                m.direction if verdict else describe_region(x, y, m.direction)
            ],
            claimed=words.REGION_NAMES[m.direction],
            country=words.COUNTRY_PHRASES.get(code) or self.gazetteer.country_name(code, language),
            coords=_coords(city),
        )
        return Finding(
            place=name,
            direction=m.direction,
            frame="region",
            consistent=verdict,
            message=message,
            source=source,
            start=m.start,
            end=m.end,
            country=code,
            actor=actor.name if actor else None,
            latitude=city.latitude,
            longitude=city.longitude,
            position=(round(x, 3), round(y, 3)),
        )

    def _judge_bearing(
        self, m: DirectionMention, words: ModuleType, context: str | None
    ) -> Finding | None:
        if m.place is None or m.reference is None:
            return None
        reference = resolve(m.reference, context)
        if reference is None:
            return None
        city = resolve(m.place, reference.country)
        if (
            city is None
            or km(reference.latitude, reference.longitude, city.latitude, city.longitude)
            < MIN_BEARING_KM
        ):
            return None
        degrees = bearing_degrees(
            reference.latitude, reference.longitude, city.latitude, city.longitude
        )
        verdict = bearing_verdict(m.direction, degrees)
        # "south" for a place to the south-south-east is right, but said as "close".
        exact = compass(degrees) == m.direction
        outcome = {False: "wrong", True: "right" if exact else "open", None: "open"}[verdict]
        names = words.BEARING_NAMES
        message = words.MESSAGES[f"bearing_{outcome}"].format(
            place=m.place.text,
            reference=m.reference.text,
            actual=names[compass(degrees)],
            claimed=names[m.direction],
            coords=f"{_coords(city)}; {_coords(reference)}",
        )
        return Finding(
            place=m.place.text,
            direction=m.direction,
            frame="bearing",
            consistent=verdict,
            message=message,
            source=f"{city.source}; {reference.source}",
            start=m.start,
            end=m.end,
            reference=m.reference.text,
            latitude=city.latitude,
            longitude=city.longitude,
            bearing=round(degrees, 1),
        )


def issue_of(statement: Statement, finding: Finding) -> ReferenceIssue:
    """The audit record of a wrong finding in a reference statement."""
    return ReferenceIssue(
        document=statement.document,
        statement_id=statement.id,
        text=statement.text,
        kind=finding.kind,
        message=finding.message,
        source=finding.source,
    )


def _coords(city: City) -> str:
    """ "32.9 N, 13.2 E" """
    lat = f"{abs(city.latitude):.1f} {'N' if city.latitude >= 0 else 'S'}"
    lon = f"{abs(city.longitude):.1f} {'E' if city.longitude >= 0 else 'W'}"
    return f"{lat}, {lon}"
