#!/usr/bin/env python3
"""Everything a maintainer runs before publishing, with a summary table.

    make release-check            (or: .venv/bin/python scripts/release-check.py)

Gates, in order (all run even when one fails; exit 1 if any failed):

1. build       ``mkdocs build --strict`` of the real content (SITE_URL as set, default empty)
2. html        the Nu HTML Checker over every page: no errors
3. axe         axe-core (WCAG 2.1 A/AA + best practices) in Chromium on every page: no violations
4. requests    no page requests another host; no failed request; no script error
5. sub-path    a build with SITE_URL=http://127.0.0.1:PORT/showcase-repo/, served like
               GitHub Pages, crawled: no broken link, resource or #anchor
6. budgets     project, list, home and facet pages at phone and desktop widths (tools/budgets.py):
               at most 50 KB gzipped of HTML, CSS, JS and fonts, no layout shift on project
               and list pages, no request to another host, images below the fold lazy
7. workflows   check-jsonschema and actionlint over .github/workflows/
8. ruff, mypy  lint and types
9. pytest      the test suite, less the gate tests this script has just run itself

The accessibility contact and the publisher's address are also checked: an
example.org address is a warning (the site would go out with a placeholder).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tools"))

import yaml  # noqa: E402
from budgets import measure_site  # noqa: E402
from localsite import CHROMIUM, CHROMIUM_ARGS, serve  # noqa: E402
from quality import browser_audit, crawl, nu_errors, site_pages, workflow_files, workflow_problems  # noqa: E402

BIN = Path(sys.executable).parent

BUDGET_PATHS = ["/en/projects/khamoro-capacity-building/", "/projects/", "/en/projects/", "/bg/projects/", "/en/", "/en/topics/capacity-building/"]
"""Pages the budgets gate measures: a project page, the list in every language, the home page, a facet page."""


@dataclass
class Gate:
    name: str
    status: str = "skip"  # pass, FAIL, warn, skip
    figures: str = ""
    seconds: float = 0.0
    details: tuple[str, ...] = ()


def run(command: list[str], env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, cwd=REPO, capture_output=True, text=True, env={**os.environ, **(env or {})})


def build(site_dir: Path, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"NO_MKDOCS_2_WARNING": "1"}
    if site_url is not None:
        env["SITE_URL"] = site_url
    return run([str(BIN / "mkdocs"), "build", "--strict", "--site-dir", str(site_dir)], env)


def timed(gate: Gate, check: Callable[[], None]) -> Gate:
    start = time.monotonic()
    try:
        check()
    except Exception as error:  # a gate that cannot run has failed, with its reason
        gate.status, gate.details = "FAIL", (f"{type(error).__name__}: {error}",)
    gate.seconds = time.monotonic() - start
    print(f"  {gate.name:<10} {gate.status:<5} {gate.figures}", flush=True)
    return gate


def verdict(gate: Gate, problems: list[str], figures: str) -> None:
    gate.status = "FAIL" if problems else "pass"
    gate.figures = figures
    gate.details = tuple(problems)


def extra_setting(section: str, key: str) -> str | None:
    """``extra.<section>.<key>`` of mkdocs.yml (its Python and !ENV tags ignored)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_multi_constructor("", lambda loader, suffix, node: None)
    config = yaml.load((REPO / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader) or {}  # noqa: S506
    value = ((config.get("extra") or {}).get(section) or {}).get(key)
    return str(value) if value else None


def main() -> int:
    gates: list[Gate] = []
    with tempfile.TemporaryDirectory(prefix="release-check-") as tmp:
        site = Path(tmp) / "site"
        pages: list[str] = []

        def check_build() -> None:
            result = build(site)
            pages.extend(site_pages(site) if result.returncode == 0 else [])
            problems = [] if result.returncode == 0 else (result.stdout + result.stderr).splitlines()[-30:]
            verdict(gates[-1], problems, f"{len(pages)} pages")

        gates.append(Gate("build"))
        timed(gates[-1], check_build)

        def check_html() -> None:
            errors = nu_errors(site, pages)
            verdict(gates[-1], errors, f"{len(pages)} pages, {len(errors)} errors")

        def check_browser() -> None:
            from playwright.sync_api import sync_playwright

            with serve(site) as base_url, sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                try:
                    audit = browser_audit(browser, base_url, pages)
                finally:
                    browser.close()
            verdict(
                gates[-1],
                audit.violations,
                f"{audit.pages} pages, {audit.axe_rules_run} rules, {len(audit.violations)} violations",
            )
            other = audit.external_requests + audit.failed_requests + audit.script_errors
            gates.append(Gate("requests"))
            verdict(
                gates[-1],
                other,
                f"{len(audit.external_requests)} to other hosts, {len(audit.failed_requests)} failed, "
                f"{len(audit.script_errors)} script errors",
            )

        if pages:
            gates.append(Gate("html"))
            timed(gates[-1], check_html)
            gates.append(Gate("axe"))
            timed(gates[-1], check_browser)
            if gates[-1].name == "requests":
                print(f"  {gates[-1].name:<10} {gates[-1].status:<5} {gates[-1].figures}", flush=True)

        def check_sub_path() -> None:
            sub_site = Path(tmp) / "sub-path"
            sub_site.mkdir()
            with serve(sub_site, base_path="/showcase-repo/", github_pages=True) as base_url:
                result = build(sub_site, base_url)
                if result.returncode != 0:
                    verdict(gates[-1], (result.stdout + result.stderr).splitlines()[-30:], "build failed")
                    return
                found = crawl(base_url, site_pages(sub_site))
            verdict(
                gates[-1],
                found.problems,
                f"{found.pages} pages, {found.links} links, {found.anchors} anchors, {len(found.problems)} broken",
            )

        gates.append(Gate("sub-path"))
        timed(gates[-1], check_sub_path)

        def check_budgets() -> None:
            costs = measure_site(site, BUDGET_PATHS, ["phone", "desktop"])
            problems = [f"{cost.path} ({cost.viewport}): {problem}" for cost in costs for problem in cost.problems()]
            largest = max(costs, key=lambda cost: cost.total)
            verdict(gates[-1], problems, f"{len(costs)} pages, largest {largest.total / 1024:.1f} KB gzipped ({largest.path}), {len(problems)} over")

        if pages:
            gates.append(Gate("budgets"))
            timed(gates[-1], check_budgets)

    def check_workflows() -> None:
        files = workflow_files()
        problems = [f"{linter}: {p}" for linter, items in workflow_problems(files).items() for p in items]
        verdict(gates[-1], problems, f"{len(files)} workflows, {len(problems)} problems")

    gates.append(Gate("workflows"))
    timed(gates[-1], check_workflows)

    def check_command(command: list[str], figures: Callable[[str], str]) -> Callable[[], None]:
        def check() -> None:
            result = run(command)
            output = result.stdout + result.stderr
            lines = output.strip().splitlines()
            verdict(gates[-1], lines[-40:] if result.returncode else [], figures(output))

        return check

    gates.append(Gate("ruff"))
    timed(gates[-1], check_command([str(BIN / "ruff"), "check", "plugins", "tests", "tools", "scripts", "benchmarks"], lambda out: out.strip().splitlines()[-1]))
    gates.append(Gate("mypy"))
    timed(gates[-1], check_command([str(BIN / "mypy")], lambda out: out.strip().splitlines()[-1]))
    gates.append(Gate("pytest"))
    timed(
        gates[-1],
        check_command(
            [sys.executable, "-m", "pytest", "-q", "-m", "not gate", "-p", "no:cacheprovider"],
            lambda out: out.strip().splitlines()[-1].strip("= ") + " (gate tests: run above)",
        ),
    )

    for name, section, key in (("a11y-contact", "accessibility", "contact_email"), ("publisher", "publisher", "email")):
        contact = extra_setting(section, key)
        gates.append(Gate(name))
        if not contact or str(contact).endswith("example.org"):
            gates[-1].status, gates[-1].figures = "warn", f"{contact or 'no address'}: set extra.{section}.{key}"
        else:
            gates[-1].status, gates[-1].figures = "pass", str(contact)

    print()
    print(f"{'gate':<13} {'result':<7} {'time':>7}  figures")
    print(f"{'-' * 13} {'-' * 7} {'-' * 7}  {'-' * 50}")
    for gate in gates:
        print(f"{gate.name:<13} {gate.status:<7} {gate.seconds:>6.1f}s  {gate.figures}")
    failed = [gate for gate in gates if gate.status == "FAIL"]
    for gate in failed:
        print(f"\n{gate.name} failed:")
        for line in gate.details[:60]:
            print(f"  {line}")
        if len(gate.details) > 60:
            print(f"  ... and {len(gate.details) - 60} more")
    total = sum(gate.seconds for gate in gates)
    print(f"\n{'FAILED' if failed else 'OK'}: {len(gates) - len(failed)} of {len(gates)} gates passed in {total:.0f}s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
