"""The permission matrix, from the outside: roles x actions x spaces, through HTTP.

Every cell is its own test (`test_<role>_<action>_<space>`), generated from the
tables below. An allowed cell shows the target page (or does what was asked); a
refused cell answers with a redirect, 403 or 404, or a listing without the page,
and never contains the title or the body text of the members-only target page.
"""

from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from tests.cop.world import SECRETS, build_world

ROLES = ["visitor", "member_a", "coordinator_a", "member_b", "editor", "superuser"]
SPACES = ["A", "B"]

# Who may, per action: a role name, or "member_<space>" / "coordinator_<space>" for the
# space of the cell. The superuser may everything.
MEMBERS = {"member", "coordinator"}
COORDINATORS = {"coordinator"}
ALLOWED = {
    "view": MEMBERS,
    "edit": MEMBERS,
    "preview": MEMBERS,
    "compare": MEMBERS,
    "history": MEMBERS,
    "copy": MEMBERS,
    "choose": MEMBERS,
    "move": COORDINATORS,
    "delete": COORDINATORS,
    "publish": COORDINATORS,
    "manage_members": COORDINATORS,
}


def expected(role, action, space):
    if role == "superuser":
        return True
    if role in ("visitor", "editor"):
        return False
    kind, role_space = role.rsplit("_", 1)
    return role_space.upper() == space and kind in ALLOWED[action]


class TestPermissionMatrix(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def login(self, role):
        user = self.people[role]
        if user is not None:
            self.client.force_login(user)

    def assert_no_leak(self, response, space):
        content = response.content.decode(errors="replace")
        for text in SECRETS[space]:
            self.assertNotIn(text, content)

    def assert_shows(self, response, space):
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, SECRETS[space][0])

    def assert_refused(self, response, space):
        self.assertIn(response.status_code, (302, 403, 404))
        self.assert_no_leak(response, space)

    # --- one method per action: request, then assert allowed or refused -----------

    def check_get(self, url, space, allowed):
        response = self.client.get(url)
        if allowed:
            self.assert_shows(response, space)
        else:
            self.assert_refused(response, space)
        return response

    def action_view(self, page, space, allowed):
        self.check_get(page.url, space, allowed)

    def action_edit(self, page, space, allowed):
        self.check_get(reverse("wagtailadmin_pages:edit", args=[page.pk]), space, allowed)

    def action_preview(self, page, space, allowed):
        self.check_get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]), space, allowed)

    def action_compare(self, page, space, allowed):
        first, second = self.revisions[space]
        url = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, first, second])
        response = self.client.get(url)
        if allowed:
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, "bijgewerkt")
        else:
            self.assert_refused(response, space)

    def action_history(self, page, space, allowed):
        self.check_get(reverse("wagtailadmin_pages:history", args=[page.pk]), space, allowed)

    def action_copy(self, page, space, allowed):
        self.check_get(reverse("wagtailadmin_pages:copy", args=[page.pk]), space, allowed)

    def action_move(self, page, space, allowed):
        self.check_get(reverse("wagtailadmin_pages:move", args=[page.pk]), space, allowed)

    def action_delete(self, page, space, allowed):
        url = reverse("wagtailadmin_pages:delete", args=[page.pk])
        response = self.client.post(url)
        still_there = Page.objects.filter(pk=page.pk).exists()
        if allowed:
            self.assertEqual(response.status_code, 302)
            self.assertFalse(still_there)
        else:
            self.assert_refused(response, space)
            self.assertTrue(still_there)

    def action_choose(self, page, space, allowed):
        space_page = self.spaces[space]
        for url in (
            reverse("wagtailadmin_choose_page_child", args=[space_page.pk]),
            reverse("wagtailadmin_choose_page_search") + "?q=" + SECRETS[space][0].split()[0],
        ):
            response = self.client.get(url)
            if allowed:
                self.assertContains(response, SECRETS[space][0])
            elif response.status_code == 200:
                self.assert_no_leak(response, space)
            else:
                self.assert_refused(response, space)

    def action_publish(self, page, space, allowed):
        new_title = f"{SECRETS[space][0]} (gepubliceerd)"
        data = nested_form_data(
            {
                "title": new_title,
                "slug": page.slug,
                "intro": rich_text(f"<p>{SECRETS[space][1]}</p>"),
                "body": streamfield([]),
                "members_only": "on",
                "comments": inline_formset([]),
                "action-publish": "action-publish",
            }
        )
        response = self.client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
        page.refresh_from_db()
        if allowed:
            self.assertEqual(response.status_code, 302)
            self.assertEqual(page.title, new_title)
            self.assertTrue(page.view_restrictions.exists())
        else:
            self.assertNotEqual(page.title, new_title)
            self.assertEqual(page.live_revision.content["title"], SECRETS[space][0])
            if response.status_code == 200:
                # A member without publish rights may save a draft, never go live.
                self.assertIn(self.current_role, ("member_a", "member_b"))
            else:
                self.assert_refused(response, space)

    def action_manage_members(self, page, space, allowed):
        url = reverse("cop:members", args=[self.spaces[space].pk])
        response = self.client.get(url)
        if allowed:
            self.assertEqual(response.status_code, 200)
            self.assertContains(response, "Aanvragen")
        else:
            # A member of the space sees who is there (cop.permissions.can_see_members),
            # without the management; anyone else is refused.
            if response.status_code == 200:
                self.assertEqual(self.current_role, f"member_{space.lower()}")
            else:
                self.assertIn(response.status_code, (302, 403, 404))
            self.assertNotIn("Uitnodiging versturen", response.content.decode())
            self.assertNotIn("Aanvragen", response.content.decode())

    def run_cell(self, role, action, space):
        self.current_role = role
        self.login(role)
        allowed = expected(role, action, space)
        getattr(self, f"action_{action}")(self.secret[space], space, allowed)


def _make_test(role, action, space):
    def test(self):
        self.run_cell(role, action, space)

    verdict = "may" if expected(role, action, space) else "may_not"
    test.__name__ = f"test_{role}_{verdict}_{action}_in_space_{space.lower()}"
    test.__doc__ = f"{role} {verdict.replace('_', ' ')} {action} in space {space}"
    return test


for _role in ROLES:
    for _action in ALLOWED:
        for _space in SPACES:
            _test = _make_test(_role, _action, _space)
            setattr(TestPermissionMatrix, _test.__name__, _test)


class TestMatrixIsComplete(TestCase):
    def test_every_cell_has_a_test(self):
        cells = [name for name in dir(TestPermissionMatrix) if name.startswith("test_")]
        self.assertEqual(len(cells), len(ROLES) * len(ALLOWED) * len(SPACES))
