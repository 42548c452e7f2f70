"""Plane geometry for the maps: simplification, clipping to the frame, SVG path data, a label's place.

Points are (x, y) in the map's own units (its SVG ``viewBox``), y downwards.
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Callable, Iterable, Sequence

Point = tuple[float, float]
Box = tuple[float, float, float, float]
"""(left, top, right, bottom)."""


def visvalingam_weights(xs: Sequence[float], ys: Sequence[float]) -> list[float]:
    """Each point's effective area (Visvalingam-Whyatt): a point is kept at a scale while its area exceeds the threshold.

    Computed once per arc; a map of any scale then keeps the points whose
    weight is at least its threshold. An arc's ends are always kept (infinite
    weight), so that arcs shared by two countries still meet. As in mapshaper
    and topojson-simplify, a point's weight is never less than that of a point
    removed before it, so that thresholds remove points in a consistent order.
    """
    n = len(xs)
    weights = [math.inf] * n
    if n < 3:
        return weights
    prev = list(range(-1, n - 1))
    nxt = list(range(1, n + 1))

    def area(i: int) -> float:
        a, c = prev[i], nxt[i]
        return abs((xs[a] - xs[i]) * (ys[c] - ys[i]) - (xs[c] - xs[i]) * (ys[a] - ys[i])) / 2

    current = [area(i) for i in range(n - 1)] + [math.inf]
    current[0] = math.inf
    heap = [(current[i], i) for i in range(1, n - 1)]
    heapq.heapify(heap)
    floor = 0.0
    while heap:
        value, i = heapq.heappop(heap)
        if value != current[i] or nxt[i] >= n:
            continue  # stale entry
        floor = max(floor, value)
        weights[i] = floor
        a, c = prev[i], nxt[i]
        nxt[a], prev[c] = c, a
        current[i] = -1.0
        for j in (a, c):
            if 0 < j < n - 1:
                current[j] = area(j)
                heapq.heappush(heap, (current[j], j))
    return weights


def _clip_edge(points: list[Point], inside: Callable[[Point], bool], cross: Callable[[Point, Point], Point]) -> list[Point]:
    """One step of Sutherland-Hodgman: ``points`` cut by one edge of the box."""
    result: list[Point] = []
    if not points:
        return result
    previous = points[-1]
    for current in points:
        if inside(current):
            if not inside(previous):
                result.append(cross(previous, current))
            result.append(current)
        elif inside(previous):
            result.append(cross(previous, current))
        previous = current
    return result


def clip_ring(ring: list[Point], box: Box) -> list[Point]:
    """A closed ring cut to ``box`` (Sutherland-Hodgman): what lies outside runs along the box's edges."""
    left, top, right, bottom = box

    def x_at(a: Point, b: Point, x: float) -> Point:
        return x, a[1] + (b[1] - a[1]) * (x - a[0]) / (b[0] - a[0])

    def y_at(a: Point, b: Point, y: float) -> Point:
        return a[0] + (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]), y

    points = _clip_edge(ring, lambda p: p[0] >= left, lambda a, b: x_at(a, b, left))
    points = _clip_edge(points, lambda p: p[0] <= right, lambda a, b: x_at(a, b, right))
    points = _clip_edge(points, lambda p: p[1] >= top, lambda a, b: y_at(a, b, top))
    return _clip_edge(points, lambda p: p[1] <= bottom, lambda a, b: y_at(a, b, bottom))


def clip_line(line: Sequence[Point], box: Box) -> list[list[Point]]:
    """The parts of an open line inside ``box`` (Liang-Barsky, segment by segment)."""
    left, top, right, bottom = box
    parts: list[list[Point]] = []
    current: list[Point] = []
    for (x0, y0), (x1, y1) in zip(line, line[1:], strict=False):
        dx, dy = x1 - x0, y1 - y0
        t0, t1 = 0.0, 1.0
        visible = True
        for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
            if p == 0:
                if q < 0:
                    visible = False
                    break
                continue
            t = q / p
            if p < 0:
                t0 = max(t0, t)
            else:
                t1 = min(t1, t)
            if t0 > t1:
                visible = False
                break
        if not visible:
            if current:
                parts.append(current)
                current = []
            continue
        start = (x0 + t0 * dx, y0 + t0 * dy)
        end = (x0 + t1 * dx, y0 + t1 * dy)
        if not current:
            current = [start]
        current.append(end)
        if t1 < 1:
            parts.append(current)
            current = []
    if current:
        parts.append(current)
    return parts


def rounded(points: Iterable[Point], closed: bool) -> list[tuple[int, int]]:
    """Points rounded to whole units, without repeats (and, for a ring, without its closing point)."""
    result: list[tuple[int, int]] = []
    for x, y in points:
        point = (round(x), round(y))
        if not result or point != result[-1]:
            result.append(point)
    if closed and len(result) > 1 and result[0] == result[-1]:
        result.pop()
    return result


def ring_area(ring: Sequence[tuple[float, float]]) -> float:
    """The signed area of a ring (shoelace formula)."""
    total = 0.0
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        total += x0 * y1 - x1 * y0
    return total / 2


def path_data(parts: Iterable[Sequence[tuple[int, int]]], closed: bool) -> str:
    """SVG path data of whole-unit polylines or rings, each point after the first relative to the one before."""
    out: list[str] = []
    for points in parts:
        (x, y), rest = points[0], points[1:]
        out.append(f"M{x} {y}")
        if rest:
            numbers: list[str] = []
            for px, py in rest:
                numbers += (str(px - x), str(py - y))
                x, y = px, py
            # A minus sign separates two numbers; anything else needs a space.
            out.append("l" + "".join(n if i == 0 or n.startswith("-") else " " + n for i, n in enumerate(numbers)))
        if closed:
            out.append("z")
    return "".join(out)


def _inside(ring: Sequence[Point], x: float, y: float) -> bool:
    result = False
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        if (y0 > y) != (y1 > y) and x < x0 + (x1 - x0) * (y - y0) / (y1 - y0):
            result = not result
    return result


def _edge_distance(ring: Sequence[Point], x: float, y: float, enough: float) -> float:
    """The distance from (x, y) to the ring's nearest edge; stops early once it is under ``enough``."""
    best = math.inf
    for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
        dx, dy = x1 - x0, y1 - y0
        length = dx * dx + dy * dy
        t = 0.0 if length == 0 else max(0.0, min(1.0, ((x - x0) * dx + (y - y0) * dy) / length))
        ex, ey = x - x0 - t * dx, y - y0 - t * dy
        best = min(best, ex * ex + ey * ey)
        if best <= enough:
            break
    return best


def label_point(ring: Sequence[Point], box: Box | None = None) -> Point:
    """A point well inside a ring (and inside ``box``), for its label: the sampled point farthest from its edges.

    A coarse grid, then a finer one around the best point: enough for a
    label, and cheap for the few countries a map names.
    """
    if len(ring) > 80:
        # A label needs no coastline detail: measure against every n-th point.
        ring = ring[:: len(ring) // 80 + 1]
    xs = [p[0] for p in ring]
    ys = [p[1] for p in ring]
    left, top, right, bottom = min(xs), min(ys), max(xs), max(ys)
    if box is not None:
        left, top, right, bottom = max(left, box[0]), max(top, box[1]), min(right, box[2]), min(bottom, box[3])
    best = ((left + right) / 2, (top + bottom) / 2)
    best_distance = -1.0
    width, height = right - left, bottom - top
    for step in (1.0, 0.15):
        cx, cy = best
        span_x, span_y = width * step, height * step
        for i in range(11):
            for j in range(11):
                x = cx - span_x / 2 + span_x * i / 10
                y = cy - span_y / 2 + span_y * j / 10
                if left <= x <= right and top <= y <= bottom and _inside(ring, x, y):
                    distance = _edge_distance(ring, x, y, best_distance)
                    if distance > best_distance:
                        best, best_distance = (x, y), distance
    return best
