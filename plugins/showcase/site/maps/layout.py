"""Where marks and labels go on a map: points grouped where they would overlap, labels placed clear of each other."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from .geometry import Box, Point
from .places import MapPoint


@dataclass(frozen=True)
class Mark:
    """One point or group of points on a map, at (x, y) units."""

    x: float
    y: float
    points: tuple[MapPoint, ...]

    @property
    def project_ids(self) -> tuple[str, ...]:
        """The projects of its points, each once, in the order of the points."""
        return tuple(dict.fromkeys(point.project_id for point in self.points))

    @property
    def is_group(self) -> bool:
        """Several projects: drawn as a bubble with their number, linking to their list."""
        return len(self.project_ids) > 1


def group_points(placed: Sequence[tuple[Point, MapPoint]], radius: float) -> tuple[Mark, ...]:
    """Points closer than ``radius`` units to a group's first point join that group; a group sits at its points' mean.

    Greedy, in the order given, with a grid of ``radius``-sized cells so that
    a thousand points cost a few thousand comparisons. Marks come in reading
    order (top to bottom, then left to right): the order of their links.
    """
    cells: dict[tuple[int, int], list[int]] = {}
    seeds: list[Point] = []
    members: list[list[tuple[Point, MapPoint]]] = []
    for (x, y), point in placed:
        cx, cy = int(x // radius), int(y // radius)
        found = None
        for i in range(cx - 1, cx + 2):
            for j in range(cy - 1, cy + 2):
                for n in cells.get((i, j), ()):
                    sx, sy = seeds[n]
                    if (sx - x) ** 2 + (sy - y) ** 2 < radius * radius and (found is None or n < found):
                        found = n
        if found is None:
            cells.setdefault((cx, cy), []).append(len(seeds))
            seeds.append((x, y))
            members.append([((x, y), point)])
        else:
            members[found].append(((x, y), point))
    marks = [
        Mark(
            sum(p[0] for p, _ in group) / len(group),
            sum(p[1] for p, _ in group) / len(group),
            tuple(point for _, point in group),
        )
        for group in members
    ]
    return tuple(sorted(marks, key=lambda m: (round(m.y), round(m.x))))


@dataclass(frozen=True)
class Placement:
    """A label's anchor point and side: ``start`` (text to the right of x), ``end`` or ``middle``."""

    x: float
    y: float
    anchor: str


CHAR_WIDTH = 0.6
"""A character's average width as a share of the font size: enough to keep labels apart, not a measurement."""


def _box(text: str, size: float, at: Placement) -> Box:
    width = len(text) * size * CHAR_WIDTH
    left = {"start": at.x, "end": at.x - width}.get(at.anchor, at.x - width / 2)
    # at.y is the baseline; the box covers the cap height and a little below.
    return left, at.y - size * 0.8, left + width, at.y + size * 0.25


def clear(box: Box, taken: Sequence[Box], frame: Box) -> bool:
    """``box`` lies inside ``frame`` and overlaps none of ``taken``."""
    if box[0] < frame[0] or box[1] < frame[1] or box[2] > frame[2] or box[3] > frame[3]:
        return False
    return all(box[2] <= t[0] or t[2] <= box[0] or box[3] <= t[1] or t[3] <= box[1] for t in taken)


def place_labels(
    labels: Sequence[tuple[str, Point, float]], size: float, taken: list[Box], frame: Box
) -> list[Placement | None]:
    """A place for each (text, point, radius of its mark) beside its mark, clear of ``taken`` and of each other; None where none is free.

    Tries right, left, above, below, then the four corners. Placed labels are
    added to ``taken``.
    """
    result: list[Placement | None] = []
    for text, (x, y), radius in labels:
        gap = radius + 3
        above, below = y - gap * 0.7, y + gap * 0.7 + size * 0.6
        candidates = (
            Placement(x + gap, y + size * 0.35, "start"),
            Placement(x - gap, y + size * 0.35, "end"),
            Placement(x, y - gap - size * 0.25, "middle"),
            Placement(x, y + gap + size * 0.8, "middle"),
            Placement(x + gap * 0.7, below, "start"),
            Placement(x + gap * 0.7, above, "start"),
            Placement(x - gap * 0.7, below, "end"),
            Placement(x - gap * 0.7, above, "end"),
        )
        chosen = None
        for candidate in candidates:
            box = _box(text, size, candidate)
            if clear(box, taken, frame):
                chosen = candidate
                taken.append(box)
                break
        result.append(chosen)
    return result


def mark_box(x: float, y: float, radius: float) -> Box:
    return x - radius, y - radius, x + radius, y + radius


def text_box(text: str, size: float, at: Placement) -> Box:
    return _box(text, size, at)
