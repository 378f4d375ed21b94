"""The facts file: what a fact-checker knows that the gazetteer cannot.

A YAML file (by convention ``knowledge.yaml`` beside the references) with two
optional lists::

    # Where actors are based: "een regering in het westen, gesteund door Haftar"
    # is checked against the seat of the actor named.
    actors:
      - name: Khalifa Haftar            # required
        aliases: [Haftar, LNA]          # other names in texts (case-sensitive)
        seat: Benghazi                  # required: a place in the gazetteer or under places
        country: LY                     # required: ISO 3166 alpha-2 code of the seat
        latitude: 32.12                 # optional: coordinates of the seat, if the
        longitude: 20.07                #   gazetteer does not know it
        note: LNA headquarters at Rajma, east of Benghazi   # optional, free text
    # Places the gazetteer lacks (villages, bases, oil fields).
    places:
      - name: Ighil                     # required
        aliases: []                     # optional
        latitude: 31.06                 # required
        longitude: -8.38                # required
        country: MA                     # required
        note: epicentre of the 2023 Atlas earthquake   # optional

Every finding that rests on an entry names the file and the entry's line as
its source. A file that does not follow this schema raises a
:class:`~factcheck.errors.KnowledgeError` that names the file and the line.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml
from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from factcheck.errors import KnowledgeError

_CODE = re.compile(r"[A-Z]{2}")


class _Entry(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)

    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    country: str = Field(description="ISO 3166 alpha-2 code, e.g. LY")
    note: str | None = None
    line: int = Field(default=0, description="line of the entry in the file (set by the loader)")

    @field_validator("country")
    @classmethod
    def _iso_code(cls, value: str) -> str:
        if not _CODE.fullmatch(value):
            raise ValueError(f"expected a two-letter ISO country code such as LY, not {value!r}")
        return value

    @property
    def names(self) -> list[str]:
        """The name and its aliases, longest first."""
        return sorted({self.name, *(a for a in self.aliases if a)}, key=len, reverse=True)


class ActorFact(_Entry):
    """An actor (person, army, government) and the place it is based in."""

    seat: str = Field(min_length=1)
    latitude: float | None = Field(default=None, ge=-90, le=90)
    longitude: float | None = Field(default=None, ge=-180, le=180)

    @model_validator(mode="after")
    def _both_coordinates(self) -> ActorFact:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError("give both latitude and longitude of the seat, or neither")
        return self


class PlaceFact(_Entry):
    """A place the gazetteer does not know."""

    latitude: float = Field(ge=-90, le=90)
    longitude: float = Field(ge=-180, le=180)


class Facts(BaseModel):
    """The content of a facts file; ``name`` is the file name used in sources."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    actors: list[ActorFact] = Field(default_factory=list)
    places: list[PlaceFact] = Field(default_factory=list)
    name: str = "knowledge.yaml"
    _pattern: tuple[re.Pattern[str] | None, dict[str, int]] | None = PrivateAttr(None)

    def source(self, entry: _Entry) -> str:
        """Where an entry comes from, e.g. "knowledge.yaml line 3"."""
        return f"{self.name} line {entry.line}"

    def actor_spans(self, text: str) -> list[tuple[int, int, int]]:
        """Actor names in ``text``: (start, end, index into ``actors``).

        A genitive s is part of the name ("Haftars troepen", "Haftar's forces").
        """
        if self._pattern is None:
            self._pattern = _actor_pattern(self)
        pattern, owners = self._pattern
        if pattern is None:
            return []
        return [(m.start(), m.end(), owners[m.group("name")]) for m in pattern.finditer(text)]


def load_facts(path: Path | str) -> Facts:
    """Read and validate a facts file.

    Raises:
        KnowledgeError: the file cannot be read, is not YAML, or does not follow
            the schema; the message names the file and the line.
    """
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise KnowledgeError(f"{path}: cannot read the facts file: {exc}") from None
    return parse_facts(text, name=path.name, where=str(path))


def parse_facts(text: str, name: str = "knowledge.yaml", where: str | None = None) -> Facts:
    """Validate the YAML ``text`` of a facts file (see :func:`load_facts`).

    Example:
        >>> facts = parse_facts("actors:\\n  - {name: Haftar, seat: Benghazi, country: LY}\\n")
        >>> facts.source(facts.actors[0])
        'knowledge.yaml line 2'
    """
    where = where or name
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" line {mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise KnowledgeError(f"{where}{line}: not valid YAML: {problem}") from None
    if data is None:
        return Facts(name=name)
    if not isinstance(data, dict):
        raise KnowledgeError(f"{where} line 1: expected a mapping with 'actors' and/or 'places'")
    try:
        facts = Facts.model_validate({**data, "name": name})
    except ValidationError as exc:
        err = exc.errors()[0]
        loc = ".".join(str(p) for p in err["loc"])
        raise KnowledgeError(
            f"{where} line {_line(root, err['loc'])}: {loc}: {err['msg']}"
        ) from None
    actors = [
        a.model_copy(update={"line": _line(root, ("actors", i))})
        for i, a in enumerate(facts.actors)
    ]
    places = [
        p.model_copy(update={"line": _line(root, ("places", i))})
        for i, p in enumerate(facts.places)
    ]
    _check_unique(actors, places, where)
    return facts.model_copy(update={"actors": actors, "places": places})


def _line(node: Any, loc: tuple[Any, ...]) -> int:
    """The 1-based line of the YAML node at ``loc`` (or of its nearest parent)."""
    for key in loc:
        if isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if k.value == key), None)
            if child is None:
                break
            node = child
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
    return int(node.start_mark.line) + 1 if node is not None else 1


def _check_unique(actors: list[ActorFact], places: list[PlaceFact], where: str) -> None:
    seen: dict[str, int] = {}
    for entry in [*actors, *places]:
        for name in entry.names:
            if name in seen and seen[name] != entry.line:
                raise KnowledgeError(
                    f"{where} line {entry.line}: the name {name!r} "
                    f"is also used on line {seen[name]}"
                )
            seen[name] = entry.line


def _actor_pattern(facts: Facts) -> tuple[re.Pattern[str] | None, dict[str, int]]:
    owners = {n: i for i, a in enumerate(facts.actors) for n in a.names}
    if not owners:
        return None, owners
    names = sorted(owners, key=len, reverse=True)
    alternatives = "|".join(map(re.escape, names))
    return re.compile(rf"(?<![\w-])(?P<name>{alternatives})(?:['’]?s)?(?![\w-])"), owners
