"""Demo members: per space a coordinator and a few members, one pending request, one
members-only page, and two printed logins (a coordinator and a member). Every space's
groups and collections are repaired first. Idempotent."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from articles.editorial import EDITORS_GROUP, PROGRAMME_OFFICE_GROUP, ensure_editorial_setup
from cop.factories import SpacePageFactory
from cop.models import SpacePage
from cop.permissions import ensure_space_groups, space_models
from members.factories import DEFAULT_PASSWORD, MembershipFactory, UserFactory
from members.models import Membership

DEMO_COORDINATOR = "coordinator@example.org"
DEMO_MEMBER = "lid@example.org"
DEMO_EDITOR = "redacteur@example.org"
DEMO_OFFICE = "programmabureau@example.org"
DEMO_PASSWORD = DEFAULT_PASSWORD

# Every demo role, as `seed_demo` and `make run` list them: (account, who, can do).
DEMO_ROLES = [
    (DEMO_MEMBER, "lid", "edits the shared pages of their spaces and sends them for approval"),
    (DEMO_COORDINATOR, "coördinator", "manages members, approves and publishes in their space"),
    (DEMO_EDITOR, "redacteur", "writes articles and news; they go live through moderation"),
    (DEMO_OFFICE, "programmabureau", "approves articles, MAO-tafel, applications, memberships"),
]

PEOPLE = [
    # email, first name, last name, organisation, role
    (DEMO_COORDINATOR, "Carla", "de Coördinator", "Samenwerkingsverband Zuid", "professional"),
    (DEMO_MEMBER, "Mehmet", "Lid", "Jeugdteam Oost", "professional"),
    ("ouder@example.org", "Sanne", "Ouder", "", "ouder"),
    ("gemeente@example.org", "Rik", "van Beleid", "Gemeente Deventer", "beleid"),
    ("bestuur@example.org", "Ilse", "Bestuur", "Stichting Kinderopvang", "bestuurder"),
    (DEMO_EDITOR, "Eva", "Redacteur", "Programmabureau MAO", "professional"),
    (DEMO_OFFICE, "Pim", "van het Programmabureau", "Programmabureau MAO", "beleid"),
]


def _person(email, first, last, organisation, role):
    user = get_user_model().objects.filter(email=email).first()
    if user is None:
        user = UserFactory(
            email=email,
            first_name=first,
            last_name=last,
            organisation=organisation,
            role=role,
            password=DEMO_PASSWORD,
        )
    return user


def _member(user, space, role="member", status="active"):
    if not Membership.objects.filter(user=user, space_id=space.pk).exists():
        MembershipFactory(user=user, space=space, role=role, status=status)


def build_members(spaces, say):
    # Every space, not only the demo's: repairs groups and collections of spaces made
    # before a rule existed (ensure_space_groups is idempotent).
    for model in space_models():
        for space in model.objects.all():
            ensure_space_groups(space)
    people = {spec[0]: _person(*spec) for spec in PEOPLE}
    ensure_editorial_setup()
    people[DEMO_EDITOR].groups.add(Group.objects.get(name=EDITORS_GROUP))
    people[DEMO_OFFICE].groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
    coordinator, member = people[DEMO_COORDINATOR], people[DEMO_MEMBER]
    others = [people[e] for e in PEOPLE_ORDER if e in people]
    for index, space in enumerate(spaces.values()):
        # The demo coordinator coordinates the first space and is a member of the second.
        if index == 0:
            _member(coordinator, space, role="coordinator")
            _member(member, space)
        elif index == 1:
            _member(coordinator, space)
            _member(member, space, status="requested")
        else:
            _member(others[index % len(others)], space, role="coordinator")
        for extra in others[: 1 + index % 2]:
            _member(extra, space)
    # A members-only page, one level down so the space's own listing stays as it was.
    first = next(iter(spaces.values()), None)
    parent = SpacePage.objects.child_of(first).order_by("path").first() if first else None
    if parent is not None and not SpacePage.objects.filter(slug="notulen-kernteam").exists():
        SpacePageFactory(
            parent=parent,
            title="Notulen kernteam",
            slug="notulen-kernteam",
            intro="<p>Alleen voor leden: wat het kernteam besprak en afsprak.</p>",
            members_only=True,
            revision=True,
        )
    say(f"  members: {Membership.objects.active().count()} active memberships")


PEOPLE_ORDER = ["ouder@example.org", "gemeente@example.org", "bestuur@example.org"]
