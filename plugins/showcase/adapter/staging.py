"""A build never leaves a half-written site: it writes into a staging folder, moved into place once it succeeded.

MkDocs empties ``site_dir`` and writes into it page by page. A build that fails
halfway (a template error, Pagefind failing, or ``--strict``, which MkDocs
turns into a failure only after every page is written) would leave a folder
that is neither the previous site nor a new one, for a deploy step or a web
server to publish. So ``mkdocs build`` and ``mkdocs gh-deploy`` write into
``.<name>.partial`` next to the site folder (on the same file system, so that
moving it is a rename), and the site folder is replaced by it only when the
whole build succeeded; otherwise it is deleted, and the previous site is as it
was.

- MkDocs reports a failed build to ``on_build_error``, also ``--strict``'s
  abort (raised after ``on_post_build``); ``on_shutdown`` follows success and
  failure alike, and is where the staging folder is moved or deleted. A build
  interrupted (Ctrl-C) never reached the end of its ``on_post_build``: its
  staging folder is deleted too.
- mkdocs-static-i18n builds the other languages inside the default language's
  build, each into ``<site_dir>/<lang>/`` as ``config.site_dir`` says at that
  moment: they land in the staging folder as well.
- ``mkdocs serve`` builds into a temporary folder of its own, which only the
  preview reads, and rebuilds it on every change: left as it is.
- ``-d DIR``: the staging folder is next to ``DIR``; a site folder that is a
  link is replaced where it leads.
- ``--dirty`` (only changed pages are written): the staging folder starts as
  a copy of the previous site.
- Hidden entries of the previous site folder (the ``.git`` of a checkout of a
  ``gh-pages`` branch, ``.nojekyll``) are kept, as MkDocs keeps them when it
  empties the folder.
- A staging folder left by a build that was killed is deleted by the next one.

Between the two renames that swap the folders there is an instant without a
site folder (the previous one is then ``.<name>.previous``); there is never one
that is half written.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError

STAGED_COMMANDS = ("build", "gh-deploy")
"""MkDocs commands whose site is written to a staging folder (not ``serve``: see the module's docstring)."""


class StagedSite:
    """The staging folder of one ``mkdocs build``, from its first ``on_config`` to ``on_shutdown``."""

    def __init__(self, dirty: bool, info: Callable[[str], None]):
        self._dirty = dirty
        self._info = info
        self._config: MkDocsConfig | None = None
        self.final: Path | None = None
        self.stage: Path | None = None
        self._failed = False
        self._finished = False

    def begin(self, config: MkDocsConfig) -> None:
        """Point ``config.site_dir`` at a fresh staging folder (once: static-i18n's nested builds keep it)."""
        if self.stage is not None:
            return
        final = Path(config.site_dir).resolve()
        stage = final.with_name(f".{final.name}.partial")
        shutil.rmtree(stage, ignore_errors=True)  # a killed build's
        try:
            if self._dirty and final.is_dir():
                shutil.copytree(final, stage, symlinks=True)
            else:
                stage.mkdir(parents=True)
        except OSError as error:
            raise PluginError(f"showcase: the site cannot be written next to {final} ({error.strerror or error}): check that folder's permissions") from None
        self._config, self.final, self.stage = config, final, stage
        config.site_dir = str(stage)
        self._info(f"The site is written to {stage} and replaces {final} once the whole build succeeded")

    def failed(self) -> None:
        """MkDocs reported an error (``on_build_error``): the staging folder will be deleted."""
        self._failed = True

    def finished(self) -> None:
        """Every language is built and every file written (the end of the last ``on_post_build``)."""
        self._finished = True

    def end(self) -> None:
        """``on_shutdown``: the staging folder becomes the site if the build succeeded, and is deleted otherwise."""
        if self.stage is None or self.final is None or self._config is None:
            return
        stage, final = self.stage, self.final
        self._config.site_dir = str(final)  # gh-deploy publishes it next
        self.stage = None
        if not self._finished or self._failed:
            shutil.rmtree(stage, ignore_errors=True)
            return
        try:
            _swap(stage, final)
        except OSError as error:
            raise PluginError(f"showcase: the built site could not replace {final} ({error.strerror or error}); it is in {stage}") from None


def _swap(stage: Path, final: Path) -> None:
    """``stage`` becomes ``final``; the hidden entries of the previous ``final`` move into it first."""
    if not final.is_dir():
        os.rename(stage, final)
        return
    for entry in final.iterdir():
        if entry.name.startswith(".") and not os.path.lexists(stage / entry.name):
            os.rename(entry, stage / entry.name)
    previous = final.with_name(f".{final.name}.previous")
    shutil.rmtree(previous, ignore_errors=True)
    os.rename(final, previous)
    os.rename(stage, final)
    shutil.rmtree(previous, ignore_errors=True)
