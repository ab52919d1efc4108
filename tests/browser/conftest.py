"""Playwright on Debian's chromium against the site served by pytest-django's live server.

Nothing is downloaded: the browser is /usr/bin/chromium (installed by .ci/run with apt),
axe-core comes from npm (tests/browser/package.json, installed by `make browser-deps`).
Screenshots of a failing test go to tests/browser/artifacts/.
"""

import os
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ARTIFACTS = HERE / "artifacts"
AXE_JS = HERE / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 740}


def pytest_collection_modifyitems(config, items):
    missing = [path for path in (Path(CHROMIUM), AXE_JS) if not path.exists()]
    if not missing:
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(f"Browser suite needs {', '.join(map(str, missing))}")
    skip = pytest.mark.skip(reason=f"not installed: {', '.join(map(str, missing))}")
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(skip)


@pytest.fixture(scope="module")
def browser():
    """One browser per module. Playwright's sync API runs an event loop in this thread;
    the ORM calls the tests make around it are synchronous and safe, so Django's async
    guard is lifted while the browser runs, and only then."""
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            yield browser
            browser.close()
    finally:
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    if report.when == "call" and report.failed:
        # Every open page of the test: `page`/`axe_page` first, then pages of other
        # contexts (journeys with several people), as <test>.png, <test>-2.png, ...
        first = item.funcargs.get("page") or item.funcargs.get("axe_page")
        browser = item.funcargs.get("browser")
        others = [p for c in browser.contexts for p in c.pages] if browser else []
        pages = [p for p in [first, *others] if p is not None and not p.is_closed()]
        for number, page in enumerate(dict.fromkeys(pages), start=1):
            ARTIFACTS.mkdir(exist_ok=True)
            suffix = "" if number == 1 else f"-{number}"
            page.screenshot(path=str(ARTIFACTS / f"{item.name}{suffix}.png"), full_page=True)


def new_page(browser, live_server, **context_options):
    context = browser.new_context(viewport=DESKTOP, locale="nl-NL", **context_options)
    page = context.new_page()
    page.set_default_timeout(15_000)
    page.base_url = live_server.url
    return page


@pytest.fixture
def page(browser, live_server):
    """A page under the site's own Content-Security-Policy."""
    page = new_page(browser, live_server)
    yield page
    page.context.close()


@pytest.fixture
def axe_page(browser, live_server):
    """A page that may inject axe-core: the scan itself ignores the site's CSP."""
    page = new_page(browser, live_server, bypass_csp=True)
    yield page
    page.context.close()


def axe_scan(page):
    """Run axe-core's WCAG 2.1 A/AA rules on the page; return the violations."""
    page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate(
        """async () => await axe.run(document, {
            runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
            resultTypes: ['violations'],
        })"""
    )
    return result["violations"]


def axe_summary(violations):
    """What the axe reports keep of a scan: counts by impact and the first targets."""
    return {
        "violations_by_impact": dict(Counter(v["impact"] for v in violations)),
        "violations": [
            {
                "id": v["id"],
                "impact": v["impact"],
                "help": v["help"],
                "targets": [n["target"] for n in v["nodes"]][:5],
            }
            for v in violations
        ],
    }
