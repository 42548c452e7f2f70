"""Related projects: the few projects that share most with a project.

Two projects are related by what they share: organisations (the organisation
that runs a project or a partner), countries and topics. A shared value counts
more the rarer it is (inverse document frequency), so that sharing a small
partner weighs more than sharing the site's most common topic.

The work is bounded per project, not quadratic in the number of projects:
candidates are gathered from the project's rarest values first, and gathering
stops after :data:`CANDIDATES` of them; only those are scored exactly. A value
held by half the site then costs at most ``CANDIDATES`` steps, not ``n``.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from ..content.model import Project

WEIGHTS = {"organisations": 2.0, "countries": 1.0, "topics": 1.0}
"""How much sharing a value of each kind weighs (before rarity)."""

CANDIDATES = 200
"""At most this many candidates are scored for one project."""


def project_values(project: Project) -> dict[str, tuple[str, ...]]:
    """The facet values of a project that relate it to others, by kind."""
    facts = project.facts
    return {
        "organisations": tuple(dict.fromkeys((facts.organisation, *(partner.organisation for partner in facts.partners)))),
        "countries": facts.countries,
        "topics": facts.topics,
    }


def related_projects(
    projects: Sequence[Project],
    limit: int = 3,
    order: Callable[[Project], object] | None = None,
) -> dict[str, tuple[str, ...]]:
    """For each project id, the ids of up to ``limit`` related projects, best first.

    Ties are broken by ``order`` (default: the projects' order in ``projects``),
    then by id, so the result does not depend on dictionary or set order.
    Projects sharing nothing are never related.
    """
    rank = {p.id: i for i, p in enumerate(projects)}
    if order is not None:
        rank = {p.id: i for i, p in enumerate(sorted(projects, key=lambda p: (order(p), p.id)))}
    values = {p.id: project_values(p) for p in projects}
    # The same values and order as last time (a preview's rebuild after a text
    # changed): the same result, without scoring every project again.
    inputs = (limit, tuple((p.id, rank[p.id], tuple(values[p.id].items())) for p in projects))
    if _LAST and _LAST[0] == inputs:
        return dict(_LAST[1])
    result = _related(projects, limit, rank, values)
    _LAST[:] = [inputs, result]
    return dict(result)


def _related(
    projects: Sequence[Project], limit: int, rank: Mapping[str, int], values: Mapping[str, dict[str, tuple[str, ...]]]
) -> dict[str, tuple[str, ...]]:
    postings: dict[tuple[str, str], list[str]] = {}
    for project in sorted(projects, key=lambda p: rank[p.id]):
        for kind, ids in values[project.id].items():
            for value in ids:
                postings.setdefault((kind, value), []).append(project.id)
    total = len(projects)
    weight = {key: WEIGHTS[key[0]] * math.log((total + 1) / len(ids)) for key, ids in postings.items()}

    keys = {p.id: frozenset(_keys(values[p.id])) for p in projects}
    result: dict[str, tuple[str, ...]] = {}
    for project in projects:
        own = [(kind, value) for kind, ids in values[project.id].items() for value in ids]
        candidates = _candidates(project.id, sorted(own, key=lambda key: (len(postings[key]), key)), postings)
        own_set = keys[project.id]
        scored = []
        for other in candidates:
            shared = own_set & keys[other]
            score = sum(weight[key] for key in shared)
            if score > 0:
                scored.append((-round(score, 9), rank[other], other))
        result[project.id] = tuple(other for _, _, other in sorted(scored)[:limit])
    return result


_LAST: list[Any] = []
"""The inputs and the result of the last call (one site at a time)."""


def _keys(values: Mapping[str, tuple[str, ...]]) -> Iterable[tuple[str, str]]:
    return ((kind, value) for kind, ids in values.items() for value in ids)


def _candidates(project_id: str, keys: list[tuple[str, str]], postings: Mapping[tuple[str, str], list[str]]) -> list[str]:
    """Other projects sharing a value, rarest values first, at most :data:`CANDIDATES`."""
    found: dict[str, None] = {}
    for key in keys:
        for other in postings[key]:
            if other != project_id:
                found[other] = None
                if len(found) >= CANDIDATES:
                    return list(found)
    return list(found)
