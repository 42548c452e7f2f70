"""Two fields the proof test (test_single_declaration.py) adds to the schema, and how it adds them.

``add_fields(monkeypatch.setattr)`` in-process (undone after the test), or
``add_fields()`` from a MkDocs hook file (:data:`HOOK`) in a scratch site, so
that a build in a subprocess has them too. They are declared like the fields of
``showcase.content.schema`` and nothing else of the code knows them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from showcase.content.blocks import Fact, Field, Label, Section
from showcase.content.fields import Integer, Text
from showcase.content.schema import PROJECT_FACTS, PROJECT_TEXTS

VOLUNTEERS = Field(
    "volunteers", Integer(0), "How many volunteers took part.",
    cs="Kolik dobrovolníků se zapojilo.",
    bg="Колко доброволци са участвали.",
    example=12, label=Label("Label: how many volunteers took part."), page=Fact(150),
)
"""A number in project.yml, in the key facts box between the topics (110) and the original language (200)."""

OUTCOMES = Field(
    "outcomes", Text(markdown=True), "What came of the project (Markdown).",
    cs="Co z projektu vzešlo (Markdown).",
    bg="Какво е излязло от проекта (Markdown).",
    example="Three new community centres.", label=Label("Heading: outcomes."), page=Section("text"),
)
"""A text in the language files, a section of the page."""


def add_fields(set_attribute: Callable[[Any, str, Any], None] = setattr) -> None:
    """Append the fields to the declared blocks (once: static-i18n may load a hook more than once)."""
    for block, spec in ((PROJECT_FACTS, VOLUNTEERS), (PROJECT_TEXTS, OUTCOMES)):
        if spec.name not in block.by_name:
            set_attribute(block, "fields", (*block.fields, spec))


HOOK = f"""\
# MkDocs hook of the proof test: adds the fields of tests/schema_additions.py to
# the schema before the showcase plugin reads any content.
import sys

sys.path.insert(0, {str(Path(__file__).resolve().parent)!r})
import schema_additions

schema_additions.add_fields()
"""
"""The text of a hook file that adds the fields in a ``mkdocs build`` (``hooks:`` in its mkdocs.yml)."""
