"""axe-core on one page of every page type, on a desktop and a phone viewport.

The report (violations by impact, per page and viewport) is printed and written to
tests/browser/artifacts/axe.json; any serious or critical violation fails the test.
"""

import json
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import Page

from .conftest import ARTIFACTS, DESKTOP, PHONE, axe_scan, axe_summary

BLOCKING = {"serious", "critical"}


def one_url_per_page_type():
    urls = {}
    for page in Page.objects.live().public().specific().order_by("path"):
        if page.depth > 1:
            urls.setdefault(type(page).__name__, page.url)
    return urls


@pytest.mark.django_db(transaction=True)
def test_every_page_type_has_no_serious_or_critical_violations(axe_page):
    page = axe_page
    call_command("seed_demo", stdout=StringIO())
    targets = one_url_per_page_type()
    targets["SearchResults"] = f"{reverse('search')}?q=thuiszitters"
    targets["NotFound"] = "/deze-pagina-bestaat-niet/"
    assert len(targets) >= 18

    report, blocking = [], []
    for viewport_name, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
        page.set_viewport_size(viewport)
        for name, url in sorted(targets.items()):
            page.goto(page.base_url + url)
            violations = axe_scan(page)
            report.append(
                {
                    "page_type": name,
                    "url": url,
                    "viewport": viewport_name,
                    **axe_summary(violations),
                }
            )
            blocking += [
                f"{viewport_name} {url}: {v['id']} ({v['impact']}) {v['help']}"
                for v in violations
                if v["impact"] in BLOCKING
            ]

    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / "axe.json").write_text(json.dumps(report, indent=2, ensure_ascii=False))
    print("\naxe-core report (violations by impact):")
    for row in report:
        print(f"  {row['viewport']:<8} {row['page_type']:<22} {row['violations_by_impact'] or '-'}")
    assert blocking == [], "\n".join(blocking)
