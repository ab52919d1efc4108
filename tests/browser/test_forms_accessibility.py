"""Every public form, sent with mistakes, in a real browser: the errors are announced in a
summary whose links lead to the fields, each invalid field says so and is described by
its message, and what was typed stays. axe-core scans each form empty and with errors,
on a desktop and a phone.

The axe rows of these forms go to tests/browser/artifacts/axe-forms.json (and are
printed); test_accessibility.py writes the page types to axe.json. Two files, so that
neither test has to read what the other wrote.
"""

import json
from dataclasses import dataclass

import pytest
from django.contrib.auth.tokens import default_token_generator
from django.core.cache import cache
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from playwright.sync_api import expect

from agenda.factories import EventPageFactory
from bottlenecks.factories import get_bottleneck_index
from core.factories import get_home_page
from members.factories import DEFAULT_PASSWORD, UserFactory
from regions.factories import CallPageFactory
from taxonomy.factories import DomainFactory

from .conftest import ARTIFACTS, DESKTOP, PHONE, axe_scan, axe_summary

BLOCKING = {"serious", "critical"}
MEMBER = "formulier.lid@example.org"


@dataclass
class PublicForm:
    name: str
    url: object  # a callable: the world -> the path of the page with the form
    typed: tuple | None  # (field id, a value that must survive the error)
    errors: tuple  # ids of fields that must be reported, at least
    login: bool = False
    clear: tuple = ()  # ids of prefilled fields to empty first
    fill: tuple = ()  # (field id, value) pairs that are not kept, such as passwords


FORMS = [
    PublicForm(
        "event-registration",
        lambda w: w["event"].url,
        ("id_organisation", "Basisschool De Linde"),
        ("id_name", "id_email"),
    ),
    PublicForm("newsletter", lambda w: "/nieuwsbrief/", ("id_name", "Sanne de Wit"), ("id_email",)),
    PublicForm(
        "region-application",
        lambda w: w["call"].url,
        ("id_applicant", "Gemeente Zwolle"),
        ("id_contact_name", "id_email", "id_motivation"),
    ),
    PublicForm(
        "signup",
        lambda w: "/account/aanmelden/",
        ("id_organisation", "Wijkteam Noord"),
        ("id_first_name", "id_last_name", "id_email", "id_password", "id_accept"),
    ),
    PublicForm(
        "login",
        lambda w: "/account/inloggen/",
        ("id_email", "iemand@example.org"),
        ("id_password",),
    ),
    PublicForm(
        "password-reset",
        lambda w: "/account/wachtwoord-vergeten/",
        ("id_email", "geen-adres"),
        ("id_email",),
    ),
    PublicForm(
        "new-password",
        lambda w: reverse(
            "members:password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(w["member"].pk)),
                "token": default_token_generator.make_token(w["member"]),
            },
        ),
        None,
        ("id_new_password2",),
        fill=(("id_new_password1", "een-nieuw-wachtwoord-7"),),
    ),
    PublicForm(
        "delete-account",
        lambda w: "/account/verwijderen/",
        None,
        ("id_password",),
        login=True,
    ),
    PublicForm(
        "profile",
        lambda w: "/account/profiel/",
        ("id_region", "Utrecht"),
        ("id_first_name",),
        login=True,
        clear=("id_first_name",),
    ),
    PublicForm(
        "bottleneck",
        lambda w: w["bottlenecks"].url + "indienen/",
        ("id_title", "Geen plek in de jeugdhulp"),
        ("id_description",),
        login=True,
    ),
    PublicForm(
        "mao-tafel",
        lambda w: "/mao-tafel/aankloppen/",
        ("id_name", "Joost Meijer"),
        ("id_region", "id_question", "id_email"),
    ),
]

REPORT = []


@pytest.fixture(scope="module", autouse=True)
def axe_report():
    """Write and print the rows of every form once the module is done."""
    yield
    if not REPORT:
        return
    ARTIFACTS.mkdir(exist_ok=True)
    rows = sorted(REPORT, key=lambda r: (r["form"], r["state"], r["viewport"]))
    (ARTIFACTS / "axe-forms.json").write_text(json.dumps(rows, indent=2, ensure_ascii=False))
    print("\naxe-core report of the public forms (violations by impact):")
    for row in rows:
        print(
            f"  {row['viewport']:<8} {row['form']:<20} {row['state']:<7} "
            f"{row['violations_by_impact'] or '-'}"
        )


@pytest.fixture
def world(db):
    get_home_page(title="Met Andere Ogen")
    DomainFactory(slug="jeugd")
    DomainFactory(slug="onderwijs")
    member = UserFactory(email=MEMBER, first_name="Fenna", last_name="Smit")
    return {
        "member": member,
        "event": EventPageFactory(title="Masterclass Netwerkregie"),
        "call": CallPageFactory(),
        "bottlenecks": get_bottleneck_index(),
    }


def log_in(page):
    page.goto(page.base_url + "/account/inloggen/")
    form = page.locator("main form")
    form.locator("#id_email").fill(MEMBER)
    form.locator("#id_password").fill(DEFAULT_PASSWORD)
    form.locator("button[type=submit]").click()
    expect(page.locator("main form #id_password")).to_have_count(0)


def scan(page, spec, state, viewport_name):
    violations = axe_scan(page)
    REPORT.append(
        {
            "form": spec.name,
            "url": page.url.removeprefix(page.base_url),
            "state": state,
            "viewport": viewport_name,
            **axe_summary(violations),
        }
    )
    return [
        f"{viewport_name} {spec.name} ({state}): {v['id']} ({v['impact']}) {v['help']}"
        for v in violations
        if v["impact"] in BLOCKING
    ]


def send_with_mistakes(page, spec):
    """Fill in some fields (one whose value must survive), empty others, send."""
    some_field = spec.typed[0] if spec.typed else spec.errors[0]
    form = page.locator("main form", has=page.locator(f"[id='{some_field}']"))
    for field_id in spec.clear:
        form.locator(f"[id='{field_id}']").fill("")
    for field_id, value in (*spec.fill, *([spec.typed] if spec.typed else [])):
        form.locator(f"[id='{field_id}']").fill(value)
    form.locator("button[type=submit]").last.click()
    page.wait_for_load_state()


def assert_errors_are_announced_and_linked(page, spec):
    summary = page.locator(".form-errors[role=alert]")
    expect(summary).to_be_visible()
    links = summary.locator("a[href^='#']")
    hrefs = links.evaluate_all("links => links.map(a => a.getAttribute('href'))")
    for expected in spec.errors:
        assert f"#{expected}" in hrefs, f"{spec.name}: no summary link to {expected} in {hrefs}"

    for index, href in enumerate(hrefs):
        target = page.locator(f"[id='{href[1:]}']")
        expect(target).to_have_count(1)
        expect(target).to_have_attribute("aria-invalid", "true")
        message = links.nth(index).inner_text().split(": ", 1)[1]
        # The field itself, or the fieldset of a group of radio buttons or checkboxes,
        # is described by an element that holds the message.
        described = target.evaluate(
            """el => {
                const owner = el.closest('fieldset[aria-describedby]') || el;
                return (owner.getAttribute('aria-describedby') || '').split(/\\s+/)
                    .filter(Boolean)
                    .map(id => document.getElementById(id))
                    .filter(Boolean)
                    .map(node => node.textContent).join(' | ');
            }"""
        )
        assert message in described, f"{spec.name}: {href} is not described by '{message}'"
        links.nth(index).click()
        assert page.evaluate("document.activeElement.id") == href[1:], (
            f"{spec.name}: the summary link {href} does not move focus to its field"
        )

    if spec.typed:
        typed_id, value = spec.typed
        expect(page.locator(f"[id='{typed_id}']")).to_have_value(value)


@pytest.mark.parametrize("spec", FORMS, ids=[f.name for f in FORMS])
@pytest.mark.django_db(transaction=True)
def test_form_errors_are_announced_linked_and_keep_what_was_typed(axe_page, world, spec):
    page = axe_page
    if spec.login:
        log_in(page)
    blocking = []
    for viewport_name, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
        cache.clear()  # rate limits: each round starts from zero
        page.set_viewport_size(viewport)
        page.goto(page.base_url + spec.url(world))
        blocking += scan(page, spec, "empty", viewport_name)
        send_with_mistakes(page, spec)
        assert_errors_are_announced_and_linked(page, spec)
        blocking += scan(page, spec, "errors", viewport_name)
    assert blocking == [], "\n".join(blocking)


@pytest.mark.django_db(transaction=True)
def test_search_without_words_is_announced_on_the_box_and_has_no_serious_violations(
    axe_page, world
):
    page = axe_page
    spec = PublicForm("search", None, ("search-q", ""), ())
    blocking = []
    for viewport_name, viewport in [("desktop", DESKTOP), ("phone", PHONE)]:
        page.set_viewport_size(viewport)
        page.goto(page.base_url + "/zoeken/")
        blocking += scan(page, spec, "empty", viewport_name)
        page.locator("#search-q").fill("?!")
        page.locator("#search-q").press("Enter")
        box = page.locator("#search-q")
        expect(box).to_have_value("?!")
        expect(box).to_have_attribute("aria-invalid", "true")
        message = page.locator("#search-q-error[role=alert]")
        expect(message).to_contain_text("Typ een of meer woorden")
        assert "search-q-error" in box.get_attribute("aria-describedby").split()
        blocking += scan(page, spec, "errors", viewport_name)
    assert blocking == [], "\n".join(blocking)
