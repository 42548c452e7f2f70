"""What a project achieved and when things happened: its indicators as a table, its events as a timeline.

Both join an entry of ``project.yml`` (numbers, dates) with its texts in the
language files under the same id, entry by entry: a translation that lacks
one entry shows the original's, marked with its language, never the bare id.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from markupsafe import Markup

from .fact_types import ProjectView
from .markup import plain

MEASURES = ("baseline", "target", "achieved")
"""The values of an indicator, in the order the table shows them."""


def keyed_text(page: ProjectView, field: str, key: str) -> tuple[Any, str | None]:
    """The text of entry ``key`` of the language files' ``field`` (a figure's label, an event's texts)
    in the page's language, else the original's; and its language when it is not the page's."""
    translation = page.project.texts.get(page.language)
    if translation is not None and key in translation.get(field, {}):
        return translation[field][key], None
    original = page.project.original
    value = original.get(field, {}).get(key)
    return value, (original.language if original.language != page.language else None)


@dataclass(frozen=True)
class IndicatorRow:
    id: str
    label: Markup
    unit: Markup | None
    lang: str | None
    values: dict[str, Markup | None]
    """Each of :data:`MEASURES` written the language's way, or None."""
    date: Markup | None
    progress: Decimal | None
    """How far from the baseline (or 0) to the target what was achieved goes (0 to 1, more when beyond the target),
    when the target and what was achieved are known."""


@dataclass(frozen=True)
class Results:
    """The indicators table: its rows and the columns any row has."""

    rows: tuple[IndicatorRow, ...]
    columns: tuple[str, ...]
    dated: bool


def project_results(page: ProjectView) -> Results | None:
    indicators = page.project.facts.indicators
    if not indicators:
        return None
    rows = []
    for key, indicator in indicators.items():
        texts, lang = keyed_text(page, "indicators", key)
        values = {name: plain(page.l10n.number(indicator[name])) if indicator[name] is not None else None for name in MEASURES}
        progress = None
        if indicator.target is not None and indicator.achieved is not None:
            start = indicator.baseline if indicator.baseline is not None else Decimal(0)
            if indicator.target != start:
                progress = max(Decimal(0), (indicator.achieved - start) / (indicator.target - start))
        rows.append(
            IndicatorRow(
                key,
                plain(texts["label"]),
                plain(texts["unit"]) if texts.get("unit") else None,
                lang,
                values,
                page.l10n.time(indicator.date) if indicator.date else None,
                progress,
            )
        )
    columns = tuple(name for name in MEASURES if any(row.values[name] is not None for row in rows))
    return Results(tuple(rows), columns, any(row.date is not None for row in rows))


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    when: Markup
    title: Markup
    place: Markup | None
    text: Markup | None
    lang: str | None


def project_timeline(page: ProjectView) -> tuple[TimelineEntry, ...]:
    """The project's events, earliest first."""
    events = sorted(page.project.facts.events.items(), key=lambda item: (item[1].date.first_day(), item[0]))
    entries = []
    for key, event in events:
        texts, lang = keyed_text(page, "events", key)
        entries.append(
            TimelineEntry(
                key,
                page.l10n.dates(event.date, event.end),
                plain(texts["title"]),
                plain(texts["place"]) if texts.get("place") else None,
                page.markdown(texts["text"], inline=False) if texts.get("text") else None,
                lang,
            )
        )
    return tuple(entries)
