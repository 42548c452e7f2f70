"""Real git commits with explicit dates, for tests of outdated translations."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

IDENTITY = ["-c", "user.name=Test Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false"]


def git(root: Path, *args: str, date: str | None = None) -> str:
    """Run git in ``root``; ``date`` (ISO 8601) becomes both author and committer date."""
    env = {**os.environ, "GIT_CONFIG_NOSYSTEM": "1", "HOME": str(root)}
    if date:
        env.update(GIT_AUTHOR_DATE=date, GIT_COMMITTER_DATE=date)
    result = subprocess.run(["git", *IDENTITY, *args], cwd=root, env=env, capture_output=True, text=True, check=True)
    return result.stdout


def init(root: Path) -> None:
    git(root, "init", "-q", "-b", "main")


def commit_all(root: Path, message: str, date: str) -> None:
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", message, date=date)
