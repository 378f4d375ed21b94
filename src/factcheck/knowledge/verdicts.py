"""Verdicts on direction claims: pure functions of positions and bearings.

Each has a wide undecided band: only a place clearly on the other side is
wrong, so borderline places (Sirte, midway along Libya's coast) are never
flagged either way. The thresholds were tuned on a table of real places in a
dozen countries (tests/knowledge/test_directions.py), not on Libya alone.
"""

from __future__ import annotations

import math

# Region claims: on each claimed axis, the share of the country's extent on the
# claimed side. Below WRONG_BELOW the place is clearly on the other side (Tripoli
# in "the east" of Libya: 0.17; Benghazi in "the west": 0.30); from RIGHT_FROM it
# is clearly on the claimed side. Sirte (0.43 east, 0.57 west) stays undecided.
WRONG_BELOW = 0.35
RIGHT_FROM = 0.6
# Centre claims: distance from the middle on both axes (wrong) or either (right).
CENTRE_WRONG = 0.3
CENTRE_RIGHT = 0.2
# Bearing claims: angle between the claimed and the true bearing, in degrees.
BEARING_RIGHT = 50.0
BEARING_WRONG = 100.0
ANGLES = {
    "N": 0.0,
    "NE": 45.0,
    "E": 90.0,
    "SE": 135.0,
    "S": 180.0,
    "SW": 225.0,
    "W": 270.0,
    "NW": 315.0,
}


def region_verdict(direction: str, x: float, y: float) -> bool | None:
    """Whether a place at relative position (x, y) in its country lies in ``direction``.

    Example:
        >>> region_verdict("E", 0.17, 1.0), region_verdict("E", 0.43, 0.76)
        (False, None)
    """
    if direction == "C":
        dx, dy = abs(x - 0.5), abs(y - 0.5)
        if min(dx, dy) > CENTRE_WRONG:
            return False
        return True if max(dx, dy) <= CENTRE_RIGHT else None
    shares = [_share(axis, x, y) for axis in direction]
    if min(shares) < WRONG_BELOW:
        return False
    return True if min(shares) >= RIGHT_FROM else None


def combine(overall: bool | None, local: bool | None) -> bool | None:
    """Join the verdicts on the bounding box and on the local position.

    Wrong when the box says so and the local position does not say right
    (Peshawar is east in Pakistan's box but west among the cities at its
    latitude: not wrong); right only when both say so.
    """
    if overall is False and local is not True:
        return False
    return True if overall is True and local is True else None


def _share(axis: str, x: float, y: float) -> float:
    value = {"E": x, "W": 1 - x, "N": y, "S": 1 - y}[axis]
    return min(1.0, max(0.0, value))


def describe_region(x: float, y: float, axes: str) -> str:
    """The part of the country a position is in, along the claimed axes ("W", "NE", "C")."""
    vertical = "N" if y > 1 - WRONG_BELOW else "S" if y < WRONG_BELOW else ""
    horizontal = "E" if x > 1 - WRONG_BELOW else "W" if x < WRONG_BELOW else ""
    if axes != "C":
        vertical = vertical if set(axes) & {"N", "S"} else ""
        horizontal = horizontal if set(axes) & {"E", "W"} else ""
    return (vertical + horizontal) or "C"


def bearing_degrees(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The initial bearing from point 1 to point 2, in degrees from north."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    east = math.sin(dl) * math.cos(p2)
    north = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(east, north)) % 360


def bearing_verdict(direction: str, degrees: float) -> bool | None:
    """Whether a true bearing of ``degrees`` matches the claimed compass direction."""
    diff = abs(ANGLES[direction] - degrees) % 360
    diff = min(diff, 360 - diff)
    if diff >= BEARING_WRONG:
        return False
    return True if diff <= BEARING_RIGHT else None


def compass(degrees: float) -> str:
    """The nearest of the eight compass points."""
    points = list(ANGLES)
    return points[round(degrees / 45) % 8]
