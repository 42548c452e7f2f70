"""How long `showcase check` takes at N projects (default 100): prints the figures.

Copies the real content into a temporary folder, multiplies its projects to N
(each copy a folder of its own, with the same files), then times the whole
command (process start, reading mkdocs.yml, validation) several times, and
`showcase status` once (which adds the one `git log` call on a fresh repository).

    .venv/bin/python tools/benchmark_check.py [N]
"""

from __future__ import annotations

import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 5


def build(root: Path, count: int) -> None:
    shutil.copytree(REPO / "data", root / "data")
    shutil.copytree(REPO / "content", root / "content")
    shutil.copyfile(REPO / "mkdocs.yml", root / "mkdocs.yml")
    projects = sorted(p for p in (root / "content" / "projects").iterdir() if p.is_dir())
    for index in range(count - len(projects)):
        source = projects[index % len(projects)]
        shutil.copytree(source, source.parent / f"{source.name}-{index + 1}")


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(command: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall-clock and CPU seconds of ``command`` (CPU: fairer on a busy shared machine)."""
    start, cpu = time.perf_counter(), _cpu()
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    return time.perf_counter() - start, _cpu() - cpu, result


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 100
    showcase = str(Path(sys.executable).with_name("showcase"))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        build(root, count)
        times, cpu_times = [], []
        for _ in range(RUNS):
            seconds, cpu, result = timed([showcase, "check"], root)
            if result.returncode != 0:
                sys.exit(f"showcase check failed:\n{result.stdout}{result.stderr}")
            times.append(seconds)
            cpu_times.append(cpu)
        print(
            f"showcase check, {count} projects: median {statistics.median(times):.2f} s wall, "
            f"{statistics.median(cpu_times):.2f} s CPU, best {min(times):.2f} s wall ({RUNS} runs)"
        )
        print(f"  {result.stdout.strip()}")
        git = ["git", "-c", "user.name=bench", "-c", "user.email=bench@example.org"]
        subprocess.run(["git", "init", "-q"], cwd=root, check=True)
        subprocess.run([*git, "add", "-A"], cwd=root, check=True)
        subprocess.run([*git, "commit", "-qm", "content"], cwd=root, check=True)
        seconds, cpu, result = timed([showcase, "status", "--json"], root)
        print(f"showcase status --json, {count} projects (one git log): {seconds:.2f} s wall, {cpu:.2f} s CPU")


if __name__ == "__main__":
    main()
