"""Joining, asking, approving, declining, leaving and inviting, through HTTP, with mail
over a real SMTP server."""

from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase
from django.urls import reverse
from wagtail.models import Page

from cop.factories import SpacePageFactory
from cop.models import JoinPolicy
from core.factories import log_and_publish
from members.factories import MembershipFactory, UserFactory
from members.models import Membership
from tests.cop.world import build_world
from tests.members.smtp import SMTPServerMixin
from tests.members.test_accounts import public_form


class MembershipTestCase(SMTPServerMixin, TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)
        cls.newcomer = UserFactory(email="nieuw@example.org", first_name="Noor")

    def setUp(self):
        super().setUp()
        cache.clear()

    def join(self, space, user=None):
        self.client.force_login(user or self.newcomer)
        return self.client.post(reverse("cop:join", args=[space.pk]), follow=True)

    def leave(self, space, user=None):
        self.client.force_login(user or self.newcomer)
        return self.client.post(reverse("cop:leave", args=[space.pk]), follow=True)

    def manage(self, space, action, membership=None, user=None, **data):
        self.client.force_login(user or self.coordinator_a)
        payload = {"action": action, **data}
        if membership is not None:
            payload["membership"] = membership.pk
        return self.client.post(reverse("cop:members", args=[space.pk]), payload, follow=True)

    def in_group(self, user, space):
        space.refresh_from_db()
        return user.groups.filter(pk=space.group_id).exists()


class TestJoiningAnOpenSpace(MembershipTestCase):
    def test_joining_makes_you_a_member_who_can_edit(self):
        response = self.join(self.space_b)
        self.assertContains(response, "Je bent nu lid van Bravo-community")
        self.assertContains(response, "Verlaat deze ruimte")
        self.assertTrue(self.in_group(self.newcomer, self.space_b))
        edit = self.client.get(reverse("wagtailadmin_pages:edit", args=[self.secret["B"].pk]))
        self.assertEqual(edit.status_code, 200)

    def test_joining_twice_says_you_are_a_member_already(self):
        self.join(self.space_b)
        response = self.join(self.space_b)
        self.assertContains(response, "Je bent al lid van deze ruimte.")
        self.assertEqual(Membership.objects.filter(user=self.newcomer).count(), 1)

    def test_leaving_removes_access_and_leaving_twice_says_so(self):
        self.join(self.space_b)
        response = self.leave(self.space_b)
        self.assertContains(response, "Je bent geen lid meer van Bravo-community")
        self.assertContains(response, "Word lid")
        self.assertFalse(self.in_group(self.newcomer, self.space_b))
        response = self.leave(self.space_b)
        self.assertContains(response, "Je bent geen lid van deze ruimte.")
        self.assertEqual(self.client.get(self.secret["B"].url).status_code, 302)

    def test_visitor_is_asked_to_log_in(self):
        response = self.client.get(self.space_b.url)
        self.assertContains(response, "Log in om mee te doen")
        response = self.client.post(reverse("cop:join", args=[self.space_b.pk]))
        self.assertTrue(response["Location"].startswith(reverse("members:login")))
        self.assertFalse(Membership.objects.filter(space=self.space_b, user=None).exists())


class TestOnlySpacesYouMaySee(MembershipTestCase):
    """Joining, leaving and the members page ask the access rule: a space behind a view
    restriction the person does not pass, or one not live, is a 404 and changes nothing."""

    def test_a_restricted_space_cannot_be_joined(self):
        from django.contrib.auth.models import Group
        from wagtail.models import PageViewRestriction

        restriction = PageViewRestriction.objects.create(
            page=self.space_b, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.add(Group.objects.create(name="Alleen genodigden"))
        self.client.force_login(self.newcomer)
        for name in ("cop:join", "cop:leave"):
            with self.subTest(name=name):
                response = self.client.post(reverse(name, args=[self.space_b.pk]))
                self.assertEqual(response.status_code, 404)
        self.assertFalse(Membership.objects.filter(user=self.newcomer).exists())

    def test_a_space_that_is_not_live_cannot_be_joined(self):
        self.space_b.unpublish()
        self.client.force_login(self.newcomer)
        response = self.client.post(reverse("cop:join", args=[self.space_b.pk]))
        self.assertEqual(response.status_code, 404)
        self.assertFalse(Membership.objects.filter(user=self.newcomer).exists())


class TestJoiningOnRequest(MembershipTestCase):
    def test_request_mails_the_coordinator_who_approves_and_the_member_is_mailed(self):
        response = self.join(self.space_a)
        self.assertContains(response, "Je aanvraag is verstuurd")
        self.assertContains(response, "Aanvraag intrekken")
        self.assertFalse(self.in_group(self.newcomer, self.space_a))
        (mail,) = self.inbox.to("coordinator-a@example.org")
        self.assertIn("Alfa-community", mail["subject"])
        self.assertIn("/ruimtes/", mail["body"])

        membership = Membership.objects.get(user=self.newcomer, space=self.space_a)
        response = self.manage(self.space_a, "approve", membership)
        self.assertContains(response, "is nu lid")
        self.assertTrue(self.in_group(self.newcomer, self.space_a))
        (welcome,) = self.inbox.to("nieuw@example.org")
        self.assertIn("Welkom bij Alfa-community", welcome["subject"])

        response = self.manage(self.space_a, "approve", membership)
        self.assertContains(response, "is al lid")
        self.assertEqual(len(self.inbox.to("nieuw@example.org")), 1)

    def test_a_request_in_a_space_without_coordinator_reaches_the_programme_office(self):
        from django.contrib.auth.models import Group

        from articles.editorial import PROGRAMME_OFFICE_GROUP, ensure_editorial_setup

        ensure_editorial_setup()
        office = UserFactory(email="programmabureau@example.org")
        office.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
        Membership.objects.filter(space=self.space_a, role="coordinator").update(status="left")
        response = self.join(self.space_a)
        self.assertContains(response, "Je aanvraag is verstuurd")
        (mail,) = self.inbox.to("programmabureau@example.org")
        self.assertIn("Alfa-community", mail["subject"])
        self.assertEqual(self.inbox.to("coordinator-a@example.org"), [])

    def test_asking_twice_says_the_request_is_pending(self):
        self.join(self.space_a)
        response = self.join(self.space_a)
        self.assertContains(response, "Je aanvraag is al verstuurd")
        self.assertEqual(len(self.inbox.to("coordinator-a@example.org")), 1)

    def test_declined_request_mails_the_person_and_gives_no_access(self):
        self.join(self.space_a)
        membership = Membership.objects.get(user=self.newcomer, space=self.space_a)
        response = self.manage(self.space_a, "decline", membership)
        self.assertContains(response, "is afgewezen")
        response = self.manage(self.space_a, "decline", membership)
        self.assertContains(response, "was al afgewezen")
        (mail,) = self.inbox.to("nieuw@example.org")
        self.assertIn("niet goedgekeurd", mail["body"])
        self.assertFalse(self.in_group(self.newcomer, self.space_a))

    def test_a_member_cannot_approve(self):
        self.join(self.space_a)
        membership = Membership.objects.get(user=self.newcomer, space=self.space_a)
        self.client.force_login(self.member_a)
        response = self.client.post(
            reverse("cop:members", args=[self.space_a.pk]),
            {"action": "approve", "membership": membership.pk},
        )
        self.assertEqual(response.status_code, 404)
        membership.refresh_from_db()
        self.assertEqual(membership.status, "requested")

    def test_unknown_action_and_bad_ids_are_messages_not_errors(self):
        for data in ({"action": "explode"}, {"action": "approve", "membership": "x"}):
            with self.subTest(data=data):
                self.client.force_login(self.coordinator_a)
                response = self.client.post(
                    reverse("cop:members", args=[self.space_a.pk]), data, follow=True
                )
                self.assertEqual(response.status_code, 200)


class TestInvitations(MembershipTestCase):
    def test_invite_an_existing_account_who_accepts(self):
        response = self.manage(
            self.space_a, "invite", **public_form({"email": "nieuw@example.org"})
        )
        self.assertContains(response, "Uitnodiging verstuurd")
        (mail,) = self.inbox.to("nieuw@example.org")
        self.assertIn("Uitnodiging voor Alfa-community", mail["subject"])
        self.client.force_login(self.newcomer)
        self.assertContains(self.client.get(self.space_a.url), "Uitnodiging aannemen")
        response = self.join(self.space_a)
        self.assertContains(response, "Je bent nu lid")
        self.assertTrue(self.in_group(self.newcomer, self.space_a))

    def test_inviting_twice_says_so(self):
        self.manage(self.space_a, "invite", **public_form({"email": "onbekend@example.org"}))
        response = self.manage(
            self.space_a, "invite", **public_form({"email": "onbekend@example.org"})
        )
        self.assertContains(response, "is al uitgenodigd")
        self.assertEqual(len(self.inbox.to("onbekend@example.org")), 1)

    def test_invalid_invitation_address_is_kept_with_a_dutch_message(self):
        self.client.force_login(self.coordinator_a)
        response = self.client.post(
            reverse("cop:members", args=[self.space_a.pk]),
            {"action": "invite", **public_form({"email": "niet <b>goed"})},
        )
        self.assertContains(response, "geen geldig e-mailadres", status_code=400)
        self.assertContains(response, "niet &lt;b&gt;goed", status_code=400)

    def test_invitation_only_space_refuses_a_plain_join(self):
        self.space_b.join_policy = JoinPolicy.INVITATION
        self.space_b.save()
        response = self.join(self.space_b)
        self.assertContains(response, "alleen op uitnodiging")
        self.assertFalse(Membership.objects.filter(user=self.newcomer).exists())


class TestMembersCannotReachUserOrGroupAdmin(MembershipTestCase):
    def test_member_and_coordinator_are_refused_the_user_and_group_admin(self):
        for user in (self.member_a, self.coordinator_a):
            self.client.force_login(user)
            for url in (
                "/admin/users/",
                "/admin/groups/",
                f"/admin/groups/edit/{self.space_a.group_id}/",
                f"/admin/users/edit/{self.member_b.pk}/",
                "/admin/lidmaatschappen/",
                "/admin/lidmaatschappen/new/",
            ):
                with self.subTest(user=user.email, url=url):
                    response = self.client.get(url)
                    self.assertIn(response.status_code, (302, 403, 404))
                    self.assertNotIn("lid-b@example.org", response.content.decode())

    def test_a_coordinator_cannot_add_anyone_to_another_space(self):
        groups_before = set(self.newcomer.groups.values_list("pk", flat=True))
        self.client.force_login(self.coordinator_a)
        response = self.client.post(
            reverse("cop:members", args=[self.space_b.pk]),
            {"action": "invite", **public_form({"email": "nieuw@example.org"})},
        )
        self.assertEqual(response.status_code, 404)
        response = self.client.post(f"/admin/groups/edit/{self.space_b.group_id}/", {"name": "x"})
        self.assertIn(response.status_code, (302, 403))
        self.assertFalse(Membership.objects.filter(user=self.newcomer).exists())
        self.assertEqual(set(self.newcomer.groups.values_list("pk", flat=True)), groups_before)

    def test_programme_office_manages_memberships_in_the_admin(self):
        from django.contrib.auth.models import Group

        office = UserFactory(email="bureau@example.org")
        office.groups.add(Group.objects.get_or_create(name="Programmabureau")[0])
        from django.contrib.auth.models import Permission

        Group.objects.get(name="Programmabureau").permissions.add(
            *Permission.objects.filter(content_type__app_label="members"),
            Permission.objects.get(codename="access_admin"),
        )
        self.client.force_login(office)
        response = self.client.get("/admin/lidmaatschappen/")
        self.assertContains(response, "Alfa-community")
        response = self.client.get(reverse("cop:members", args=[self.space_b.pk]))
        self.assertEqual(response.status_code, 200)


class TestExplorerShowsOnlyOwnSpaces(MembershipTestCase):
    def test_member_sees_their_space_not_the_other(self):
        self.client.force_login(self.member_a)
        response = self.client.get("/admin/pages/")
        self.assertRedirects(response, f"/admin/pages/{self.space_a.pk}/")
        content = self.client.get(f"/admin/pages/{self.space_a.pk}/").content.decode()
        self.assertIn("Geheime notulen Alfa", content)
        response = self.client.get(f"/admin/pages/{self.space_b.pk}/")
        self.assertNotIn("Besloten werkplan Bravo", response.content.decode())


class TestPublishNotifications(MembershipTestCase):
    def test_members_who_chose_immediate_hear_of_a_new_page(self):
        self.member_a.notification_preference = "immediate"
        self.member_a.save()
        self.coordinator_a.notification_preference = "none"
        self.coordinator_a.save()
        page = SpacePageFactory(parent=self.space_a, title="Verslag tweede bijeenkomst")
        log_and_publish(page)
        (mail,) = self.inbox.to("lid-a@example.org")
        self.assertIn("Verslag tweede bijeenkomst", mail["subject"])
        self.assertEqual(self.inbox.to("coordinator-a@example.org"), [])
        self.assertEqual(self.inbox.to("lid-b@example.org"), [])

    def test_weekly_digest_lists_what_changed_once(self):
        self.member_a.notification_preference = "weekly"
        self.member_a.save()
        page = SpacePageFactory(parent=self.space_a, title="Nieuwe werkafspraken")
        log_and_publish(page)
        self.inbox.messages.clear()
        call_command("send_digests", "--period", "weekly", stdout=open("/dev/null", "w"))  # noqa: SIM115
        (mail,) = self.inbox.to("lid-a@example.org")
        self.assertIn("Nieuwe werkafspraken", mail["body"])
        self.assertIn("Geheime notulen Alfa", mail["body"])
        self.assertNotIn("Besloten werkplan Bravo", mail["body"])
        self.assertEqual(self.inbox.to("lid-b@example.org"), [])
        self.inbox.messages.clear()
        call_command("send_digests", "--period", "weekly", stdout=open("/dev/null", "w"))  # noqa: SIM115
        self.assertEqual(self.inbox.to("lid-a@example.org"), [])


class TestSpaceGroups(TestCase):
    def test_creating_a_space_creates_its_groups_and_deleting_removes_them(self):
        from django.contrib.auth.models import Group

        from cop.factories import FieldlabPageFactory

        space = FieldlabPageFactory(title="Testlab")
        self.assertTrue(space.group.permissions.filter(codename="access_admin").exists())
        self.assertEqual(
            set(space.group.page_permissions.values_list("permission__codename", flat=True)),
            {"add_page", "change_page"},
        )
        self.assertIn(
            "publish_page",
            space.coordinator_group.page_permissions.values_list("permission__codename", flat=True),
        )
        ids = [space.group_id, space.coordinator_group_id]
        Page.objects.get(pk=space.pk).delete()
        self.assertFalse(Group.objects.filter(pk__in=ids).exists())

    def test_members_may_publish_when_the_space_says_so(self):
        from cop.factories import CommunityPageFactory

        space = CommunityPageFactory(title="Publicerende community", members_can_publish=True)
        member = MembershipFactory(space=space).user
        page = SpacePageFactory(parent=space)
        self.assertTrue(page.permissions_for_user(member).can_publish())

    def test_moderated_space_has_a_workflow_with_its_coordinators(self):
        from cop.factories import CommunityPageFactory

        space = CommunityPageFactory(title="Gemodereerde community", moderated=True)
        page = SpacePageFactory(parent=space)
        workflow = page.get_workflow()
        self.assertIsNotNone(workflow)
        task = workflow.tasks.first().specific
        self.assertEqual(list(task.groups.all()), [space.coordinator_group])


class TestProgrammeOfficeChangesAreTold(MembershipTestCase):
    def test_coordinators_are_told_and_the_history_keeps_it(self):
        from django.contrib.auth.models import Group, Permission
        from wagtail.models import ModelLogEntry

        group, _created = Group.objects.get_or_create(name="Programmabureau")
        group.permissions.add(
            *Permission.objects.filter(content_type__app_label="members"),
            Permission.objects.get(codename="access_admin"),
        )
        office = UserFactory(email="bureau@example.org", first_name="Bea", last_name="Bureau")
        office.groups.add(group)
        self.client.force_login(office)
        response = self.client.post(
            "/admin/lidmaatschappen/new/",
            {
                "user": office.pk,
                "invited_email": "",
                "space": self.space_a.pk,
                "role": "coordinator",
                "status": "active",
            },
        )
        self.assertEqual(response.status_code, 302, response.content[:2000])
        membership = Membership.objects.get(user=office, space=self.space_a)
        self.assertTrue(
            ModelLogEntry.objects.filter(
                object_id=str(membership.pk), action="wagtail.create", user=office
            ).exists()
        )
        (told,) = self.inbox.to("coordinator-a@example.org")
        self.assertIn("Bea Bureau", told["body"])
        self.assertIn("Coördinator", told["body"])
        self.assertEqual(self.inbox.to("bureau@example.org"), [])
