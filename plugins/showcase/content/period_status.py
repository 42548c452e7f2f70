"""A project's status must agree with its period, as of today.

``status: ongoing`` for a project whose period ended before today, or
``status: completed`` for one whose period starts after today, puts two facts
on its page that contradict each other. Both are errors, like every other
problem of the content, not warnings: the site is always built with
``--strict`` (which would turn a warning into a failed build anyway), and
``showcase check`` then says exactly what the build says. Because they depend
on the date, content that was right can become wrong: the morning after a
project's end date its ``ongoing`` is a problem, and the fix is the editor's
(``status: completed``, or the period's new end if the project was extended).

"Today" is the day the check runs, or the day of ``SOURCE_DATE_EPOCH`` when
it is set (the reproducible-builds convention for "the time of this build").
"""

from __future__ import annotations

import datetime as dt
import os
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .checking import Checker
    from .yamlsource import KeyPath


def today() -> dt.date:
    """The date the content is checked against: ``SOURCE_DATE_EPOCH``'s (UTC) if set, else today's."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), dt.UTC).date()
    return dt.date.today()


def check_status_against_period(facts: dict[str, Any], keypath: KeyPath, checker: Checker) -> None:
    """A problem at ``status`` when it contradicts ``period`` (checked once the facts are otherwise valid)."""
    status, period = facts.get("status"), facts.get("period") or {}
    start, end, now = period.get("start"), period.get("end"), today()
    if status == "ongoing" and end is not None and end.last_day() < now:
        checker.problem(
            keypath + ("status",),
            f"the project is marked ongoing, but its period ended ({end.iso()}) before today ({now.isoformat()})",
            "set 'status: completed', or correct period.end if the project was extended",
        )
    elif status == "completed" and start is not None and start.first_day() > now:
        checker.problem(
            keypath + ("status",),
            f"the project is marked completed, but its period starts ({start.iso()}) after today ({now.isoformat()})",
            "set 'status: ongoing' or delete the line, or correct period.start",
        )
