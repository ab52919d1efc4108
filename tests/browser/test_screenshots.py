"""Screenshots of the demo site for the README: `make screenshots`.

Skipped unless MAO_SCREENSHOTS=1, so `make test` writes no images. Seeds the demo
(`seed_demo`) and writes viewport-sized PNGs to docs/screenshots/.
"""

import os
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from cop.models import CommunityPage
from demo.members import DEMO_MEMBER, DEMO_PASSWORD

from .conftest import DESKTOP, PHONE

SCREENSHOTS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"

pytestmark = pytest.mark.skipif(
    not os.environ.get("MAO_SCREENSHOTS"), reason="set MAO_SCREENSHOTS=1 (make screenshots)"
)


def shoot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


@pytest.mark.django_db(transaction=True)
def test_screenshots_of_the_demo_site(page):
    call_command("seed_demo", stdout=StringIO())
    base = page.base_url

    page.goto(base + "/")
    shoot(page, "home")

    page.goto(base + "/zoeken/?q=thuiszitters")
    expect(page.locator("main")).to_contain_text("thuiszitters")
    shoot(page, "search")

    # The community the demo member belongs to.
    community = CommunityPage.objects.live().order_by("path").first()
    page.goto(base + community.url)
    expect(page.get_by_role("heading", level=1)).to_have_text(community.title)
    shoot(page, "community")

    page.set_viewport_size(PHONE)
    page.goto(base + "/")
    shoot(page, "home-phone")
    page.set_viewport_size(DESKTOP)

    # What a member reaches in the admin: the pages of their own space, nothing else.
    page.goto(base + "/account/inloggen/")
    page.get_by_label("E-mailadres").fill(DEMO_MEMBER)
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.goto(base + community.url)
    page.get_by_role("link", name="Pagina's schrijven en bewerken").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text(community.title)
    shoot(page, "admin-member")
