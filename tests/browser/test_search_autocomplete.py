"""Search suggestions in the header's search box (static/js/search-autocomplete.js), in a
real browser: an ARIA combobox over /api/search/autocomplete/ on every page, used with the
keyboard, that offers only pages the visitor may see and fits a phone's screen."""

import contextlib
import json
import re

import pytest
from playwright.sync_api import expect

from cop.factories import CommunityPageFactory, SpacePageFactory
from core.factories import get_home_page, log_and_publish
from members.factories import MembershipFactory, UserFactory
from practices.factories import PracticePageFactory

from .conftest import PHONE, new_page
from .test_member_journeys import log_in

PUBLIC_TITLE = "Zorgnetwerk Oost brengt thuiszitters in beeld"
SECRET_TITLE = "Zorgnotulen van de kerngroep"


@pytest.fixture
def content(db):
    """A published practice and, in a community, a members-only page whose title starts
    with the same letters; one member of that community."""
    get_home_page(title="Met Andere Ogen")
    public = PracticePageFactory(title=PUBLIC_TITLE, summary="Samen met de leerplicht.")
    community = CommunityPageFactory(title="Kerngroep Oost", slug="kerngroep")
    secret = log_and_publish(
        SpacePageFactory(
            parent=community,
            title=SECRET_TITLE,
            slug="notulen",
            intro="<p>Vertrouwelijk verslag.</p>",
            members_only=True,
        )
    )
    member = UserFactory(email="lid@example.org")
    MembershipFactory(user=member, space=community)
    return {"public": public, "secret": secret, "member": member}


def header_box(page):
    return page.get_by_role("combobox", name="Zoek op de site")


def suggestions_of(page, box):
    return page.locator("#" + box.get_attribute("aria-controls"))


@pytest.mark.django_db(transaction=True)
def test_the_header_box_suggests_a_page_and_arrow_down_enter_opens_it(page, content):
    page.goto(page.base_url + "/")
    box = header_box(page)
    expect(box).to_have_attribute("aria-expanded", "false")
    box.press_sequentially("Zor", delay=40)

    listbox = suggestions_of(page, box)
    expect(listbox).to_have_attribute("role", "listbox")
    option = listbox.get_by_role("option", name=re.compile("^" + re.escape(PUBLIC_TITLE)))
    expect(option).to_be_visible()
    expect(box).to_have_attribute("aria-expanded", "true")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile("."))

    box.press("ArrowDown")
    expect(box).to_have_attribute("aria-activedescendant", option.get_attribute("id"))
    expect(option).to_have_attribute("aria-selected", "true")
    expect(box).to_be_focused()  # focus stays in the box, the option is only pointed at
    box.press("Enter")
    page.wait_for_url(page.base_url + content["public"].url)
    expect(page.get_by_role("heading", level=1)).to_have_text(PUBLIC_TITLE)


@pytest.mark.django_db(transaction=True)
def test_a_members_only_page_is_offered_to_its_members_only(page, browser, live_server, content):
    page.goto(page.base_url + "/")
    box = header_box(page)
    box.press_sequentially("Zor", delay=40)
    listbox = suggestions_of(page, box)
    expect(listbox.get_by_role("option", name=re.compile(re.escape(PUBLIC_TITLE)))).to_be_visible()
    expect(listbox).not_to_contain_text(SECRET_TITLE)
    # Not in the answer either, not merely not shown.
    answer = page.request.get(page.base_url + "/api/search/autocomplete/?q=Zor").json()
    assert [p["title"] for p in answer["pages"]] == [PUBLIC_TITLE]

    # The same letters for a member of the community: so the page is findable at all.
    member = new_page(browser, live_server)
    try:
        log_in(member, content["member"].email)
        member.goto(member.base_url + "/")
        member_box = header_box(member)
        member_box.press_sequentially("Zor", delay=40)
        expect(
            suggestions_of(member, member_box).get_by_role(
                "option", name=re.compile(re.escape(SECRET_TITLE))
            )
        ).to_be_visible()
    finally:
        member.context.close()


@pytest.mark.django_db(transaction=True)
def test_escape_closes_the_list_and_enter_without_a_choice_submits_the_form(page, content):
    page.goto(page.base_url + "/")
    box = header_box(page)
    box.press_sequentially("Zor", delay=40)
    listbox = suggestions_of(page, box)
    expect(listbox.get_by_role("option").first).to_be_visible()

    box.press("ArrowDown")
    box.press("Escape")
    expect(listbox).to_be_hidden()
    expect(box).to_have_attribute("aria-expanded", "false")
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile("."))
    expect(box).to_have_value("Zor")  # the first Escape closes the list, clears nothing

    box.press("ArrowDown")  # opens the list again on the first option
    expect(listbox).to_be_visible()
    box.press("ArrowUp")  # back to the box itself: no option chosen
    expect(box).not_to_have_attribute("aria-activedescendant", re.compile("."))
    box.press("Enter")
    page.wait_for_url(re.compile(r"/zoeken/\?q=Zor$"))
    expect(page.locator("#search-q")).to_have_value("Zor")


@pytest.mark.django_db(transaction=True)
def test_an_answer_to_earlier_letters_never_replaces_a_newer_one(page, content):
    held = []

    def hold_the_first(route):
        if route.request.url.endswith("?q=Zo"):
            held.append(route)
        else:
            route.continue_()

    page.route(re.compile(r"/api/search/autocomplete/"), hold_the_first)
    page.goto(page.base_url + "/")
    box = header_box(page)
    box.press_sequentially("Zo", delay=40)
    for _ in range(50):
        if held:
            break
        page.wait_for_timeout(100)
    assert held, "the box never asked for 'Zo'"
    box.press("r")
    listbox = suggestions_of(page, box)
    expect(listbox.get_by_role("option", name=re.compile(re.escape(PUBLIC_TITLE)))).to_be_visible()

    # Now the slow answer to "Zo" arrives (if the browser still listens to it at all).
    stale = {"query": "Zo", "pages": [{"title": "Verouderd", "url": "/", "type": "Pagina"}]}
    with contextlib.suppress(Exception):  # aborted by the page: that too keeps it out
        held[0].fulfill(content_type="application/json", body=json.dumps(stale))
    page.wait_for_timeout(400)
    expect(listbox).not_to_contain_text("Verouderd")
    expect(listbox.get_by_role("option", name=re.compile(re.escape(PUBLIC_TITLE)))).to_be_visible()


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_both_boxes_of_the_search_page_suggest_within_the_screen(
    browser, live_server, content
):
    page = new_page(browser, live_server)
    try:
        page.set_viewport_size(PHONE)
        page.goto(page.base_url + "/zoeken/")
        boxes = page.get_by_role("combobox")
        expect(boxes).to_have_count(2)
        lists = {boxes.nth(i).get_attribute("aria-controls") for i in range(2)}
        assert len(lists) == 2, "each box has a listbox of its own"

        for box in (page.locator("#search-q"), header_box(page)):
            box.press_sequentially("Zor", delay=40)
            listbox = suggestions_of(page, box)
            option = listbox.get_by_role("option", name=re.compile(re.escape(PUBLIC_TITLE)))
            expect(option).to_be_visible()
            shown = listbox.bounding_box()
            assert shown["x"] >= 0, shown
            assert shown["x"] + shown["width"] <= PHONE["width"], shown
            box.press("Escape")
            expect(listbox).to_be_hidden()
    finally:
        page.context.close()
