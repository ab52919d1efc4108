"""A visitor finds their way by keyboard and on a phone."""

import pytest

from articles.factories import get_article_index
from core.factories import get_home_page
from practices.factories import PracticePageFactory, get_practice_index

from .conftest import PHONE


@pytest.fixture
def small_site(db):
    home = get_home_page(title="Met Andere Ogen")
    get_article_index()
    practice = PracticePageFactory(parent=get_practice_index(), title="Thuiszittersoverleg in Oss")
    return home, practice


@pytest.mark.django_db(transaction=True)
def test_the_first_tab_reaches_the_skip_link_which_moves_focus_to_the_content(page, small_site):
    page.goto(page.base_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "#main"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    box_shadow = page.evaluate("getComputedStyle(document.activeElement).boxShadow")
    assert outline != "none" or box_shadow != "none", "focus must be visible"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_the_menu_opens_and_leads_to_a_section(page, small_site):
    page.set_viewport_size(PHONE)
    page.goto(page.base_url + "/")
    toggle = page.get_by_text("Menu", exact=True)
    assert toggle.is_visible()
    assert not page.locator(".main-nav__small a", has_text="Wat werkt").is_visible()
    toggle.click()
    link = page.locator(".main-nav__small a", has_text="Wat werkt")
    assert link.is_visible()
    link.click()
    page.wait_for_url("**/wat-werkt/")
    assert page.locator("h1").inner_text() == "Wat werkt"
    assert page.get_by_text("Thuiszittersoverleg in Oss").is_visible()
    # No horizontal scrolling on a 375-pixel screen.
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_search_finds_a_practice(page, small_site):
    page.set_viewport_size(PHONE)
    page.goto(page.base_url + "/")
    # A combobox: static/js/search-autocomplete.js adds suggestions to the search box.
    search_box = page.locator("header").get_by_role("combobox", name="Zoek op de site")
    search_box.fill("thuiszittersoverleg")
    search_box.press("Enter")
    page.wait_for_url("**/zoeken/**")
    assert page.get_by_role("link", name="Thuiszittersoverleg in Oss").first.is_visible()
