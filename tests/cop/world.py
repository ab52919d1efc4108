"""Two spaces and one person per role, shared by the permission and membership tests.

Space A ("Alfa") is on request, space B ("Bravo") open. Each holds a members-only
SpacePage with two revisions and words that appear nowhere else, so a test can
check that a refused answer does not leak them.
"""

from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission

from articles.factories import get_article_index
from cop.factories import CommunityPageFactory, SpacePageFactory
from cop.models import JoinPolicy
from core.factories import get_home_page, log_and_publish
from members.factories import MembershipFactory, SuperUserFactory, UserFactory

SECRETS = {
    "A": ("Geheime notulen Alfa", "Vertrouwelijk verslag xq7alfa"),
    "B": ("Besloten werkplan Bravo", "Vertrouwelijk plan zz9bravo"),
}


def build_world(obj):
    """Set the world's pages and people as attributes on `obj` (a TestCase class)."""
    get_home_page()
    articles = get_article_index()
    obj.space_a = CommunityPageFactory(
        title="Alfa-community", slug="alfa", join_policy=JoinPolicy.REQUEST
    )
    obj.space_b = CommunityPageFactory(
        title="Bravo-community", slug="bravo", join_policy=JoinPolicy.OPEN
    )
    obj.public_page_a = SpacePageFactory(
        parent=obj.space_a, title="Openbare afspraken Alfa", slug="openbaar"
    )
    obj.spaces = {"A": obj.space_a, "B": obj.space_b}
    obj.secret = {}
    obj.revisions = {}
    for key, space in obj.spaces.items():
        title, body = SECRETS[key]
        page = SpacePageFactory(
            parent=space,
            title=title,
            slug=f"geheim-{key.lower()}",
            intro=f"<p>{body}</p>",
            members_only=True,
        )
        log_and_publish(page)
        first = page.latest_revision
        page.intro = f"<p>{body}, bijgewerkt</p>"
        second = page.save_revision()
        second.publish()
        page.refresh_from_db()
        obj.secret[key] = page
        obj.revisions[key] = (first.pk, second.pk)

    obj.member_a = UserFactory(email="lid-a@example.org", first_name="Anna", last_name="Alfa")
    obj.coordinator_a = UserFactory(
        email="coordinator-a@example.org", first_name="Cor", last_name="Alfa"
    )
    obj.member_b = UserFactory(email="lid-b@example.org", first_name="Bas", last_name="Bravo")
    obj.editor = UserFactory(email="redacteur@example.org", first_name="Eva", last_name="Redactie")
    obj.superuser = SuperUserFactory(email="super@example.org")
    MembershipFactory(user=obj.member_a, space=obj.space_a)
    MembershipFactory(user=obj.coordinator_a, space=obj.space_a, role="coordinator")
    MembershipFactory(user=obj.member_b, space=obj.space_b)

    editors, _ = Group.objects.get_or_create(name="Redacteuren")
    editors.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=articles,
            permission=Permission.objects.get(
                content_type__app_label="wagtailcore", codename=codename
            ),
        )
    obj.editor.groups.add(editors)
    obj.people = {
        "visitor": None,
        "member_a": obj.member_a,
        "coordinator_a": obj.coordinator_a,
        "member_b": obj.member_b,
        "editor": obj.editor,
        "superuser": obj.superuser,
    }
