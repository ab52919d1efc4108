"""Whole journeys of members and editors, in a real browser, across several people.

Each person has their own browser context (their own cookies), as on their own
computer. Mail goes over a real SMTP server (`smtp_server`); the links in it are
opened in the browser. Screenshots of every open page of a failing test go to
tests/browser/artifacts/ (conftest.py).
"""

import re

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from playwright.sync_api import expect

from articles.editorial import EDITORS_GROUP, PROGRAMME_OFFICE_GROUP
from articles.factories import get_article_index
from bottlenecks.factories import get_bottleneck_index
from cop.factories import CommunityPageFactory, SpacePageFactory
from cop.models import JoinPolicy
from core.factories import DocumentFactory, ImageFactory, get_home_page, log_and_publish
from members.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from tests.smtp import body_of, links_in

from .conftest import new_page

NEW_PASSWORD = "Zonnebloem-kiwi-42"  # noqa: S105 - a test account


@pytest.fixture
def people(browser, live_server):
    """`people()` opens a page in a new browser context: one person, one computer."""
    contexts = []

    def open_page():
        page = new_page(browser, live_server)
        contexts.append(page.context)
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def mail_links_to_live_server(settings, live_server):
    """Links in mail point at the live server, as they point at the site in production."""
    settings.WAGTAILADMIN_BASE_URL = live_server.url


def log_in(page, email, password=DEFAULT_PASSWORD, next_url=""):
    url = page.base_url + "/account/inloggen/"
    page.goto(url + (f"?next={next_url}" if next_url else ""))
    page.get_by_label("E-mailadres").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_load_state()
    expect(page).not_to_have_url(re.compile(r"/account/inloggen/"))


def approve_in_dashboard(page, title):
    """The programme office approves `title` from "In afwachting van jouw beoordeling"."""
    page.goto(page.base_url + "/admin/")
    review = page.get_by_role("region", name="In afwachting van jouw beoordeling")
    row = review.get_by_role("row", name=re.compile(re.escape(title)))
    row.get_by_role("button", name="Acties").click()
    row.get_by_role("button", name="Goedkeuren", exact=True).click()
    expect(review).to_have_count(0)  # nothing left to review


def link_in_mail(message):
    links = links_in(body_of(message))
    assert links, body_of(message)
    return links[0]


# --- 1. sign up, join a community, edit a shared page --------------------------------


@pytest.fixture
def two_communities(db):
    get_home_page()
    alfa = CommunityPageFactory(
        title="Alfa-community",
        slug="alfa",
        join_policy=JoinPolicy.REQUEST,
        members_can_publish=True,
    )
    bravo = CommunityPageFactory(title="Bravo-community", slug="bravo")
    shared = log_and_publish(
        SpacePageFactory(
            parent=alfa,
            title="Werkafspraken Alfa",
            slug="werkafspraken",
            intro="<p>We spreken elke maand af.</p>",
        )
    )
    secret = log_and_publish(
        SpacePageFactory(
            parent=alfa,
            title="Geheime notulen Alfa",
            slug="notulen",
            intro="<p>Vertrouwelijk verslag xq7alfa.</p>",
            members_only=True,
        )
    )
    coordinator = UserFactory(email="coordinator-a@example.org", first_name="Cor", last_name="Alfa")
    MembershipFactory(user=coordinator, space=alfa, role="coordinator")
    member_b = UserFactory(email="lid-b@example.org", first_name="Bas", last_name="Bravo")
    MembershipFactory(user=member_b, space=bravo)
    return {"alfa": alfa, "bravo": bravo, "shared": shared, "secret": secret}


@pytest.mark.django_db(transaction=True)
def test_a_professional_signs_up_joins_a_community_and_edits_its_shared_page(
    people, two_communities, smtp_server, mail_links_to_live_server
):
    alfa, shared, secret = (two_communities[k] for k in ("alfa", "shared", "secret"))

    # Sign up; the confirmation arrives by mail.
    newcomer = people()
    newcomer.goto(newcomer.base_url + "/account/aanmelden/")
    newcomer.get_by_label("Voornaam").fill("Nora")
    newcomer.get_by_label("Achternaam").fill("Nieuw")
    newcomer.get_by_label("E-mailadres").fill("nora@example.org")
    newcomer.get_by_label("Wachtwoord").fill(NEW_PASSWORD)
    newcomer.get_by_label("Ik ga akkoord met de privacyverklaring").check()
    newcomer.get_by_role("button", name="Account aanmaken").click()
    expect(newcomer.locator("main")).to_contain_text("nora@example.org")
    confirmation = smtp_server.wait_for(1)[0]
    assert confirmation["To"] == "nora@example.org"
    assert "Bevestig" in confirmation["Subject"]

    # Not yet: the account works only after the link in the mail.
    newcomer.goto(newcomer.base_url + "/account/inloggen/")
    newcomer.get_by_label("E-mailadres").fill("nora@example.org")
    newcomer.get_by_label("Wachtwoord").fill(NEW_PASSWORD)
    newcomer.get_by_role("button", name="Inloggen").click()
    expect(newcomer.locator("main")).to_contain_text("nog niet bevestigd")

    newcomer.goto(link_in_mail(confirmation))
    expect(newcomer.locator("main")).to_contain_text("Je account is bevestigd")
    newcomer.get_by_role("link", name="Uitloggen").click()
    newcomer.get_by_role("button", name="Uitloggen").click()
    log_in(newcomer, "nora@example.org", NEW_PASSWORD)
    expect(newcomer.get_by_role("heading", level=1)).to_have_text("Mijn netwerk")

    # Ask to join the community; its coordinator gets a mail with the members page.
    smtp_server.clear()
    newcomer.goto(newcomer.base_url + alfa.url)
    newcomer.get_by_role("button", name="Vraag aan om mee te doen").click()
    expect(newcomer.locator(".join-action")).to_contain_text("Je aanvraag is verstuurd")
    request_mail = smtp_server.wait_for(1)[0]
    assert request_mail["To"] == "coordinator-a@example.org"
    assert "Nora Nieuw wil meedoen aan Alfa-community" in body_of(request_mail)

    # The coordinator, on their own computer, approves from the link in the mail.
    smtp_server.clear()
    coordinator = people()
    log_in(coordinator, "coordinator-a@example.org", next_url=f"/ruimtes/{alfa.pk}/leden/")
    coordinator.goto(link_in_mail(request_mail))
    request_row = coordinator.locator(".member-list__item", has_text="Nora Nieuw")
    request_row.get_by_role("button", name="Goedkeuren").click()
    expect(coordinator.locator(".messages")).to_contain_text("Nora Nieuw is nu lid")
    expect(coordinator.get_by_role("heading", name="2 leden")).to_be_visible()
    decision = smtp_server.wait_for(1)[0]
    assert decision["To"] == "nora@example.org"

    # The new member writes in the admin, from the link on the community page.
    newcomer.goto(newcomer.base_url + alfa.url)
    expect(newcomer.locator(".join-action")).to_contain_text("Je bent lid van deze ruimte")
    newcomer.get_by_role("link", name="Pagina's schrijven en bewerken").click()
    newcomer.get_by_role("link", name="Werkafspraken Alfa").first.click()
    newcomer.wait_for_url(f"**/admin/pages/{shared.pk}/edit/")
    intro = newcomer.locator("[data-contentpath=intro] [contenteditable=true]")
    intro.click()
    newcomer.keyboard.press("Control+End")
    newcomer.keyboard.type(" Nieuw: we wisselen af tussen school en wijkteam.")
    # Draftail writes its field a moment after the last key stroke.
    expect(newcomer.locator("input[name=intro]")).to_have_value(re.compile("wijkteam"))
    newcomer.get_by_role("button", name="Meer acties").click()
    newcomer.get_by_role("button", name="Publiceren").click()
    expect(newcomer.locator(".messages")).to_contain_text("gepubliceerd")

    newcomer.goto(newcomer.base_url + shared.url)
    expect(newcomer.locator("main")).to_contain_text(
        "Nieuw: we wisselen af tussen school en wijkteam."
    )
    # As a member, Nora now finds the members-only page of Alfa in search too.
    newcomer.goto(newcomer.base_url + "/zoeken/?q=xq7alfa")
    expect(newcomer.get_by_role("link", name="Geheime notulen Alfa")).to_be_visible()

    # A member of another community reaches none of it.
    outsider = people()
    log_in(outsider, "lid-b@example.org")
    outsider.goto(outsider.base_url + f"/admin/pages/{shared.pk}/edit/")
    expect(outsider).not_to_have_url(re.compile(rf"/admin/pages/{shared.pk}/edit/"))
    expect(outsider.locator("body")).to_contain_text("je hebt geen toegang")
    expect(outsider.locator("body")).not_to_contain_text("Werkafspraken Alfa")

    outsider.goto(outsider.base_url + secret.url)
    expect(outsider.locator("main")).to_contain_text("geen toegang")
    expect(outsider.locator("body")).not_to_contain_text("xq7alfa")
    outsider.goto(outsider.base_url + "/zoeken/?q=xq7alfa")
    expect(outsider.locator("main")).not_to_contain_text("Geheime notulen Alfa")
    outsider.goto(outsider.base_url + alfa.url)
    expect(outsider.locator("main")).to_contain_text("Werkafspraken Alfa")
    expect(outsider.locator("main")).not_to_contain_text("Geheime notulen Alfa")


@pytest.mark.django_db(transaction=True)
def test_a_member_sends_an_edit_to_the_coordinators_who_approve_it(
    people, two_communities, smtp_server, mail_links_to_live_server
):
    """Bravo does not let members publish: the edit goes to Bravo's own coordinators
    (never the site-wide default workflow), who approve it from their dashboard."""
    bravo = two_communities["bravo"]
    page = log_and_publish(
        SpacePageFactory(
            parent=bravo,
            title="Werkafspraken Bravo",
            slug="werkafspraken-b",
            intro="<p>We spreken elke maand af.</p>",
        )
    )
    coordinator_b = UserFactory(email="coordinator-b@example.org", first_name="Coby")
    MembershipFactory(user=coordinator_b, space=bravo, role="coordinator")
    smtp_server.clear()  # the "Nieuw in Bravo-community" notice of the page above

    member = people()
    log_in(member, "lid-b@example.org")
    member.goto(member.base_url + f"/admin/pages/{page.pk}/edit/")
    intro = member.locator("[data-contentpath=intro] [contenteditable=true]")
    intro.click()
    member.keyboard.press("Control+End")
    member.keyboard.type(" Nieuw: de wijkcoach schuift aan.")
    expect(member.locator("input[name=intro]")).to_have_value(re.compile("wijkcoach"))
    member.get_by_role("button", name="Meer acties").click()
    expect(member.get_by_role("button", name="Publiceren", exact=True)).to_have_count(0)
    expect(member.get_by_text("Moderators approval")).to_have_count(0)
    member.get_by_role("button", name=re.compile("Stuur door naar Goedkeuring Bravo")).click()
    expect(member.locator(".messages")).to_be_visible()

    # Bravo's coordinator is told, and nobody else.
    recipients = {m["To"]: m["Subject"] for m in smtp_server.wait_for(1)}
    assert set(recipients) == {"coordinator-b@example.org"}, recipients

    coordinator = people()
    log_in(coordinator, "coordinator-b@example.org")
    approve_in_dashboard(coordinator, "Werkafspraken Bravo")

    visitor = people()
    visitor.goto(visitor.base_url + page.url)
    expect(visitor.locator("main")).to_contain_text("Nieuw: de wijkcoach schuift aan.")


# --- 2. an article through moderation -------------------------------------------------


@pytest.fixture
def newsroom(db):
    get_home_page()
    index = get_article_index()
    # Media first: the editorial set-up grants upload and choose on the root collection.
    ImageFactory(title="Kinderen op het schoolplein")
    DocumentFactory(title="Handreiking doorzettingsmacht")
    call_command("setup_editorial")
    editor = UserFactory(email="redacteur@example.org", first_name="Eva", last_name="Redactie")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    office = UserFactory(email="bureau@example.org", first_name="Pim", last_name="Bureau")
    office.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
    return index


@pytest.mark.django_db(transaction=True)
def test_an_editor_writes_an_article_which_the_programme_office_approves_into_the_feed(
    people, newsroom
):
    title = "Doorzettingsmacht werkt in Zwolle"
    editor = people()
    log_in(editor, "redacteur@example.org", next_url="/admin/")
    editor.goto(editor.base_url + f"/admin/pages/{newsroom.pk}/")
    editor.get_by_role("link", name="Voeg onderliggende pagina toe").click()
    editor.get_by_role("textbox", name="Titel*").fill(title)
    editor.get_by_role("textbox", name="Auteur").fill("Eva Redactie")
    editor.get_by_role("textbox", name="Inleiding*").fill(
        "Hoe een regio vastgelopen zaken weer vlot trekt."
    )
    # The image and the download are chosen in the admin's choosers.
    editor.get_by_role("button", name="Kies een afbeelding").click()
    editor.get_by_role("link", name="Kinderen op het schoolplein").click()
    expect(editor.get_by_role("region", name="Afbeelding")).to_contain_text(
        "Kinderen op het schoolplein"
    )
    editor.get_by_role("button", name="Blok invoegen").click()
    editor.get_by_role("option", name="Document").click()
    editor.get_by_role("button", name="Kies een document").click()
    editor.get_by_role("link", name="Handreiking doorzettingsmacht").click()
    expect(editor.get_by_role("region", name="Document")).to_contain_text(
        "Handreiking doorzettingsmacht"
    )
    # Editors cannot publish: they send the article to the workflow "Redactie".
    editor.get_by_role("button", name="Meer acties").click()
    expect(editor.get_by_role("button", name="Publiceren")).to_have_count(0)
    editor.get_by_role("button", name="Stuur door naar Redactie").click()
    expect(editor.locator(".messages")).to_contain_text("ingediend voor controle")

    feed_url = editor.base_url + newsroom.url + "feed/"
    assert title not in editor.request.get(feed_url).text()
    editor.goto(editor.base_url + newsroom.url)
    expect(editor.locator("main")).not_to_contain_text(title)

    # The programme office approves from its dashboard.
    office = people()
    log_in(office, "bureau@example.org", next_url="/admin/")
    expect(
        office.get_by_role("region", name="In afwachting van jouw beoordeling").get_by_role(
            "row", name=re.compile(title)
        )
    ).to_contain_text("Eva Redactie")
    approve_in_dashboard(office, title)

    # Live: in the feed, on the index, and with its image and download.
    feed = office.request.get(feed_url)
    assert feed.ok
    assert f"<title>{title}</title>" in feed.text()
    office.goto(office.base_url + newsroom.url)
    office.get_by_role("link", name=title).click()
    expect(office.get_by_role("heading", level=1)).to_have_text(title)
    image = office.locator("main .page-image img")
    expect(image).to_have_attribute("src", re.compile(r"/decoratief-"))
    # The rendition is made on the first request: wait until the browser has drawn it.
    office.wait_for_function(
        "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
    )
    download = office.locator(".document-link", has_text="Handreiking doorzettingsmacht")
    expect(download).to_contain_text("(PDF, ")
    href = download.get_by_role("link").get_attribute("href")
    assert office.request.get(office.base_url + href).body().startswith(b"%PDF")


# --- 3. a bottleneck on the agenda, recognised by other members --------------------------


@pytest.fixture
def agenda(db):
    get_home_page()
    index = get_bottleneck_index()
    call_command("setup_editorial")
    office = UserFactory(email="bureau@example.org", first_name="Pim", last_name="Bureau")
    office.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
    for email in ("indiener@example.org", "tweede@example.org", "derde@example.org"):
        UserFactory(email=email)
    return index


@pytest.mark.django_db(transaction=True)
def test_a_member_raises_a_bottleneck_and_other_members_recognise_it(people, agenda):
    title = "Geen leerlingenvervoer bij een maatwerkrooster"
    submitter = people()
    log_in(submitter, "indiener@example.org", next_url=agenda.url)
    submitter.get_by_role("link", name="Knelpunt indienen").click()
    submitter.get_by_label("Titel van het knelpunt").fill(title)
    submitter.get_by_label("Wat loopt er vast?").fill(
        "Leerlingen met een maatwerkrooster krijgen geen vervoer op hun eigen tijden."
    )
    submitter.get_by_label("Wat moet er veranderen?").fill(
        "Vervoer volgt het rooster van het kind, niet dat van de school."
    )
    submitter.get_by_role("button", name="Knelpunt indienen").click()
    expect(submitter.get_by_role("heading", level=1)).to_have_text("Bedankt voor je knelpunt")
    # In moderation: not on the site yet.
    submitter.goto(submitter.base_url + agenda.url)
    expect(submitter.locator("main")).not_to_contain_text(title)

    # Moderation in the admin, as for articles (the "Redactie" workflow).
    office = people()
    log_in(office, "bureau@example.org", next_url="/admin/")
    approve_in_dashboard(office, title)

    submitter.goto(submitter.base_url + agenda.url)
    submitter.get_by_role("link", name=title).click()
    bottleneck_url = submitter.url
    count = submitter.locator(".recognise__count")
    expect(count).to_have_text("0 leden herkennen dit knelpunt.")

    second, third = people(), people()
    log_in(second, "tweede@example.org", next_url=bottleneck_url)
    second.get_by_role("button", name="Ik herken dit", exact=True).click()
    expect(second.locator(".recognise__count")).to_have_text("1 lid herkent dit knelpunt.")
    expect(second.locator(".recognise")).to_contain_text("Jij herkent dit.")

    log_in(third, "derde@example.org", next_url=bottleneck_url)
    third.get_by_role("button", name="Ik herken dit", exact=True).click()
    expect(third.locator(".recognise__count")).to_have_text("2 leden herkennen dit knelpunt.")

    # A second click by the same member takes it back.
    third.get_by_role("button", name="Ik herken dit toch niet").click()
    expect(third.locator(".recognise__count")).to_have_text("1 lid herkent dit knelpunt.")
    expect(third.get_by_role("button", name="Ik herken dit", exact=True)).to_be_visible()

    submitter.reload()
    expect(count).to_have_text("1 lid herkent dit knelpunt.")
