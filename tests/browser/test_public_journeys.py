"""The journeys of a visitor, in a real browser: finding a practice and its attachment,
registering for a masterclass (with the waitlist and the mails over real SMTP), on a
phone, and with the keyboard only."""

import re

import pytest
from django.core.files.base import ContentFile
from playwright.sync_api import expect

from agenda.factories import EventPageFactory, RegistrationFactory
from agenda.models import EventKind
from core.factories import DocumentFactory, get_home_page
from practices.factories import PracticeAttachmentFactory, PracticePageFactory
from taxonomy.factories import DomainFactory
from tests.smtp import body_of, links_in

from .conftest import PHONE, new_page

ATTACHMENT_TITLE = "Stappenplan thuiszitterstafel"


@pytest.fixture
def knowledge_bank(db):
    """Two practices about thuiszitters from different domains; the jeugd one has an
    attachment."""
    get_home_page(title="Met Andere Ogen")
    jeugd = DomainFactory(slug="jeugd")
    onderwijs = DomainFactory(slug="onderwijs")
    youth = PracticePageFactory(
        title="Thuiszitters terug in beeld in Oss",
        summary="Jeugdhulp en leerplicht zoeken thuiszitters samen op.",
        domains=[jeugd],
    )
    school = PracticePageFactory(
        title="Thuiszitters en passend onderwijs in Ede",
        summary="Scholen maken een plan voor elke thuiszitter.",
        domains=[onderwijs],
    )
    # A spreadsheet: Wagtail serves it as an attachment (a PDF would open in the
    # browser's viewer instead, WAGTAILDOCS_INLINE_CONTENT_TYPES).
    checklist = b"stap;wie;wanneer\r\n1;school belt ouders;dag 1\r\n"
    document = DocumentFactory(
        title=ATTACHMENT_TITLE, file=ContentFile(checklist, name="stappenplan.csv")
    )
    PracticeAttachmentFactory(page=youth, document=document)
    return youth, school, checklist


def focus_is_visible(page):
    return page.evaluate(
        """() => {
            const style = getComputedStyle(document.activeElement);
            return style.outlineStyle !== 'none' || style.boxShadow !== 'none';
        }"""
    )


def tab_until(page, predicate, limit=80):
    """Press Tab until `predicate` (JS, about document.activeElement) holds; every stop on
    the way must show where the focus is."""
    for _ in range(limit):
        page.keyboard.press("Tab")
        described = page.evaluate(
            "() => { const e = document.activeElement; "
            "return e.tagName + ' ' + (e.id || e.getAttribute('href') || e.textContent.trim()); }"
        )
        assert focus_is_visible(page), f"no visible focus on {described}"
        if page.evaluate(f"() => {{ const el = document.activeElement; return {predicate}; }}"):
            return
    raise AssertionError(f"Tab never reached an element where {predicate}")


# 1. Search, narrow, open, download.


@pytest.mark.django_db(transaction=True)
def test_visitor_finds_a_youth_practice_and_downloads_its_attachment(page, knowledge_bank):
    youth, school, checklist = knowledge_bank
    page.goto(page.base_url + "/zoeken/")
    box = page.locator("#search-q")
    box.fill("thuiszitters")
    box.press("Enter")
    page.wait_for_url("**/zoeken/?q=thuiszitters*")
    results = page.locator(".search-main")
    expect(results.get_by_role("link", name=youth.title)).to_be_visible()
    expect(results.get_by_role("link", name=school.title)).to_be_visible()

    page.locator(".search-facets").get_by_role("link", name=re.compile(r"^Jeugd")).click()
    page.wait_for_url(re.compile(r"domein=jeugd"))
    expect(results.get_by_role("link", name=school.title)).to_have_count(0)
    expect(page.locator(".search-facets [aria-current='true']")).to_contain_text("Jeugd")

    results.get_by_role("link", name=youth.title).click()
    expect(page.locator("h1")).to_have_text(youth.title)
    with page.expect_download() as download_info:
        page.get_by_role("link", name=ATTACHMENT_TITLE).click()
    download = download_info.value
    assert download.suggested_filename == "stappenplan.csv"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == checklist


# 2. A masterclass fills up; a cancellation gives the seat to the waitlist.


@pytest.fixture
def masterclass(db, live_server, settings):
    """A masterclass with two seats, one already taken; mail links lead to the live server."""
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    get_home_page(title="Met Andere Ogen")
    event = EventPageFactory(
        title="Masterclass Netwerkregie", kind=EventKind.MASTERCLASS, capacity=2
    )
    RegistrationFactory(event=event, email="vroege.vogel@example.org")
    return event


def register_as_guest(page, event, name, email, organisation=""):
    page.goto(page.base_url + event.url)
    form = page.locator("#aanmelden form")
    form.get_by_label("Naam", exact=True).fill(name)
    form.get_by_label("E-mailadres").fill(email)
    if organisation:
        form.get_by_label("Organisatie").fill(organisation)
    form.locator("button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("Bijna klaar")


def link_in_mail(message, path_part):
    return next(link for link in links_in(body_of(message)) if path_part in link)


def status_of(page):
    """The status on the page behind "Je aanmelding bekijken" in the mails."""
    return page.locator(".facts__row", has_text="Status").locator("dd")


def last_mail_to(smtp, address, total):
    """The last mail to `address`, once `total` mails (to anyone) have arrived."""
    smtp.wait_for(total)
    return smtp.to(address)[-1]


def calendar_files(message):
    return [part.get_filename() for part in message.iter_attachments()]


def confirm_by_mail(page, mail):
    """Follow the link in the confirmation mail and press the one button there."""
    assert mail["Subject"] == "Bevestig je aanmelding: Masterclass Netwerkregie"
    page.goto(link_in_mail(mail, "/bevestigen/"))
    page.get_by_role("button", name="Ja, bevestig mijn aanmelding").click()


@pytest.mark.django_db(transaction=True)
def test_a_cancellation_by_mail_link_promotes_the_guest_on_the_waitlist(
    page, browser, live_server, masterclass, smtp_server
):
    event = masterclass
    # Guest A takes the last seat.
    page.goto(page.base_url + event.url)
    expect(page.locator(".registration__seats")).to_have_text("Nog 1 plaats vrij.")
    register_as_guest(page, event, "Anna de Vries", "anna@example.org", "Basisschool De Linde")
    confirm_by_mail(page, last_mail_to(smtp_server, "anna@example.org", 1))
    expect(page.locator(".messages")).to_contain_text("Je bent aangemeld")
    seat_mail = last_mail_to(smtp_server, "anna@example.org", 2)
    assert seat_mail["Subject"] == "Je bent aangemeld: Masterclass Netwerkregie"
    assert "activiteit.ics" in calendar_files(seat_mail)

    # Guest B, in another browser, finds it full and joins the waitlist.
    other = new_page(browser, live_server)
    try:
        other.goto(other.base_url + event.url)
        expect(other.locator(".registration__seats")).to_contain_text("Vol")
        expect(other.get_by_role("button", name="Zet mij op de wachtlijst")).to_be_visible()
        register_as_guest(other, event, "Bram Jansen", "bram@example.org")
        confirm_by_mail(other, last_mail_to(smtp_server, "bram@example.org", 3))
        expect(other.locator(".messages")).to_contain_text("Je staat op de wachtlijst")
        waitlisted = last_mail_to(smtp_server, "bram@example.org", 4)
        assert waitlisted["Subject"] == "Je staat op de wachtlijst: Masterclass Netwerkregie"
        assert "Je bent nummer 1." in body_of(waitlisted)
        manage_link = link_in_mail(waitlisted, "/aanmelding/")
        other.goto(manage_link)
        expect(status_of(other)).to_have_text("Op de wachtlijst")
        other.goto(other.base_url + event.url)
        expect(other.locator(".registration__seats")).to_contain_text(
            "Er staat 1 persoon op de wachtlijst."
        )

        # A cannot come after all: the cancel link of the mail, one button.
        page.goto(link_in_mail(seat_mail, "/afmelden/"))
        buttons = page.locator("main form button")
        expect(buttons).to_have_count(1)
        expect(buttons).to_have_text("Ja, meld mij af")
        buttons.click()
        expect(page.locator(".messages")).to_contain_text("Je bent afgemeld")
        expect(status_of(page)).to_have_text("Afgemeld")

        # B is told by mail and sees the seat behind the link in it.
        promoted = last_mail_to(smtp_server, "bram@example.org", 6)
        assert promoted["Subject"] == "Er is een plek vrijgekomen: Masterclass Netwerkregie"
        assert "die is voor jou" in body_of(promoted)
        assert "activiteit.ics" in calendar_files(promoted)
        other.goto(link_in_mail(promoted, "/aanmelding/"))
        expect(status_of(other)).to_have_text("Aangemeld")
        expect(other.get_by_role("link", name="Zet in je agenda (.ics)")).to_be_visible()
        other.goto(other.base_url + event.url)
        expect(other.locator(".registration__seats")).to_have_text(re.compile(r"^Vol"))
        expect(other.locator(".registration__seats")).not_to_contain_text("Er staat")
    finally:
        other.context.close()


# 3. On a phone.


@pytest.mark.django_db(transaction=True)
def test_on_a_phone_a_guest_registers_and_confirms(page, masterclass, smtp_server):
    event = masterclass
    page.set_viewport_size(PHONE)
    register_as_guest(page, event, "Chris Bakker", "chris@example.org")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    confirm_by_mail(page, last_mail_to(smtp_server, "chris@example.org", 1))
    expect(page.locator(".messages")).to_contain_text("Je bent aangemeld")
    expect(page.locator("main")).to_contain_text("Masterclass Netwerkregie")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]


# 4. Keyboard only.


@pytest.mark.django_db(transaction=True)
def test_with_the_keyboard_only_a_visitor_searches_narrows_and_opens_a_practice(
    page, knowledge_bank
):
    youth, school, _pdf = knowledge_bank
    page.goto(page.base_url + "/zoeken/")
    tab_until(page, "el.id === 'search-q'")
    page.keyboard.type("thuiszitters")
    page.keyboard.press("Enter")
    page.wait_for_url("**/zoeken/?q=thuiszitters*")
    tab_until(page, "el.matches('.search-facet__link') && el.textContent.includes('Jeugd')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"domein=jeugd"))
    expect(page.get_by_role("link", name=school.title)).to_have_count(0)
    tab_until(page, f"el.tagName === 'A' && el.textContent.trim() === {youth.title!r}")
    page.keyboard.press("Enter")
    expect(page.locator("h1")).to_have_text(youth.title)


@pytest.mark.django_db(transaction=True)
def test_with_the_keyboard_only_a_guest_fills_in_and_sends_the_registration(
    page, masterclass, smtp_server
):
    event = masterclass
    page.goto(page.base_url + event.url)
    tab_until(page, "el.id === 'id_name'")
    page.keyboard.type("Dewi Kok")
    tab_until(page, "el.id === 'id_email'")
    page.keyboard.type("dewi@example.org")
    tab_until(page, "el.id === 'id_organisation'")
    page.keyboard.type("Wijkteam Zuid")
    tab_until(page, "el.tagName === 'BUTTON' && el.textContent.includes('Meld mij aan')")
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Bijna klaar")
    mail = smtp_server.wait_for(1)[0]
    assert mail["To"] == "dewi@example.org"
    assert "Dewi Kok" in body_of(mail)
