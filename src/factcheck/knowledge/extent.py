"""A country's extent: the bounding box of its populated main landmass(es).

The extent is computed from the gazetteer's cities of 15,000 people or more
(towns give a box that follows the populated land, which is what news means by
"the south of the country"), without far-off islands that hold a small share of
them: "the north of Spain" is about the mainland, not the Canaries.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import NamedTuple, Protocol, TypeVar

EXTENT_MIN_POPULATION = 15_000
# Cities closer than this belong to one landmass; components with less than
# KEEP_SHARE of the country's city population are left out (Hawaii: 0.7 % of the
# US; the Canaries: 4.6 % of Spain; Western Australia, 10 %, stays in).
LINK_KM = 450.0
KEEP_SHARE = 0.07
# Limits (south, north, west, east) where the data disagree with how news uses a
# name: GeoNames files some Western Sahara towns under Morocco.
# Local position: a place's east-west position among the cities in a band of
# latitude around it (and north-south among those in a band of longitude), so
# that a diagonal country (Pakistan, Italy) is not judged by its bounding box
# alone. The band is BAND_SHARE of the country's span, at least BAND_MIN degrees;
# it needs BAND_MIN_CITIES cities spread over BAND_MIN_SPREAD of the full span.
BAND_SHARE = 0.12
BAND_MIN = 0.5
BAND_MIN_CITIES = 4
BAND_MIN_SPREAD = 0.25
EXTENT_LIMITS: dict[str, tuple[float | None, float | None, float | None, float | None]] = {
    "MA": (27.66, None, None, None),
}


class Located(Protocol):
    """Anything with coordinates and a population (a gazetteer City)."""

    @property
    def latitude(self) -> float: ...
    @property
    def longitude(self) -> float: ...
    @property
    def population(self) -> int: ...


P = TypeVar("P", bound=Located)


class Extent(NamedTuple):
    """A bounding box in degrees."""

    south: float
    north: float
    west: float
    east: float

    def relative(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Position in the box: (0, 0) is the south-west corner, (1, 1) the north-east.

        Example:
            >>> Extent(25.9, 32.9, 11.0, 24.0).relative(32.9, 13.2)
            (0.16923076923076918, 1.0)
        """
        return (
            (longitude - self.west) / (self.east - self.west),
            (latitude - self.south) / (self.north - self.south),
        )


@dataclass(frozen=True, slots=True)
class Shape:
    """A country's extent and the (latitude, longitude) of the cities it was made of."""

    extent: Extent
    points: tuple[tuple[float, float], ...]

    def relative(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Position in the bounding box (see :meth:`Extent.relative`)."""
        return self.extent.relative(latitude, longitude)

    def local(self, latitude: float, longitude: float) -> tuple[float, float]:
        """Position among the cities level with the place (east-west) and in line with it
        (north-south); falls back to the bounding box where those are too few."""
        box = self.extent
        x, y = box.relative(latitude, longitude)
        band = max(BAND_MIN, BAND_SHARE * (box.north - box.south))
        row = [lon for lat, lon in self.points if abs(lat - latitude) <= band]
        band = max(BAND_MIN, BAND_SHARE * (box.east - box.west))
        column = [lat for lat, lon in self.points if abs(lon - longitude) <= band]
        return (
            _within(longitude, row, box.east - box.west, x),
            _within(latitude, column, box.north - box.south, y),
        )


def _within(value: float, values: list[float], span: float, fallback: float) -> float:
    if len(values) < BAND_MIN_CITIES or max(values) - min(values) < BAND_MIN_SPREAD * span:
        return fallback
    return (value - min(values)) / (max(values) - min(values))


def country_shape(code: str, cities: Sequence[P]) -> Shape | None:
    """The shape of country ``code`` from its cities, or None if they are too few."""
    big = [c for c in cities if c.population >= EXTENT_MIN_POPULATION]
    chosen = big if len(big) >= 10 else list(cities)
    south, north, west, east = EXTENT_LIMITS.get(code, (None, None, None, None))
    chosen = [
        c
        for c in chosen
        if (south is None or c.latitude >= south)
        and (north is None or c.latitude <= north)
        and (west is None or c.longitude >= west)
        and (east is None or c.longitude <= east)
    ]
    if len(chosen) < 2:
        return None
    components = _components(chosen)
    total = sum(c.population for c in chosen) or 1
    kept = [
        c
        for comp in components
        if sum(x.population for x in comp) >= KEEP_SHARE * total
        for c in comp
    ] or components[0]
    lats = [c.latitude for c in kept]
    lons = [c.longitude for c in kept]
    if max(lats) - min(lats) < 0.05 or max(lons) - min(lons) < 0.05:
        return None
    return Shape(
        Extent(min(lats), max(lats), min(lons), max(lons)),
        tuple((c.latitude, c.longitude) for c in kept),
    )


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742.0 * math.asin(math.sqrt(min(1.0, h)))


def _components(cities: Sequence[P]) -> list[list[P]]:
    """Groups of cities linked by hops under LINK_KM, largest population first.

    Cities are put in one-degree cells first, so that the union-find runs over
    a few hundred cells rather than thousands of cities.
    """
    cells: dict[tuple[int, int], list[P]] = defaultdict(list)
    for c in cities:
        cells[(math.floor(c.latitude), math.floor(c.longitude))].append(c)
    parent = {k: k for k in cells}

    def root(k: tuple[int, int]) -> tuple[int, int]:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    reach = math.ceil(LINK_KM / 111) + 1
    for lat, lon in cells:
        wide = min(180, math.ceil(reach / max(0.1, math.cos(math.radians(lat + 0.5)))))
        for dlat in range(-reach, reach + 1):
            for dlon in range(-wide, wide + 1):
                other = (lat + dlat, (lon + dlon + 180) % 360 - 180)
                if (
                    other in cells
                    and root(other) != root((lat, lon))
                    and km(lat + 0.5, lon + 0.5, other[0] + 0.5, other[1] + 0.5) <= LINK_KM
                ):
                    parent[root(other)] = root((lat, lon))
    groups: dict[tuple[int, int], list[P]] = defaultdict(list)
    for key, members in cells.items():
        groups[root(key)].extend(members)
    return sorted(groups.values(), key=lambda g: -sum(c.population for c in g))
