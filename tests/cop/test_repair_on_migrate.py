"""`manage.py migrate` gives a space made before its groups and collections existed (an
older database, a restored backup) what it lacks, so its members can work again."""

from io import StringIO

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import TestCase

from cop.models import CommunityPage
from tests.cop.world import SECRETS, build_world


class TestMigrateRepairsOlderSpaces(TestCase):
    @classmethod
    def setUpTestData(cls):
        build_world(cls)

    def make_it_old(self):
        space = self.space_a
        Group.objects.filter(pk__in=[space.group_id, space.coordinator_group_id]).delete()
        CommunityPage.objects.filter(pk=space.pk).update(collection=None, members_collection=None)

    def test_the_member_edits_the_shared_pages_again_after_migrate(self):
        self.make_it_old()
        self.client.force_login(self.member_a)
        edit = f"/admin/pages/{self.public_page_a.pk}/edit/"
        self.assertNotEqual(self.client.get(edit).status_code, 200)
        call_command("migrate", verbosity=0, stdout=StringIO())
        self.assertEqual(self.client.get(edit).status_code, 200)
        space = CommunityPage.objects.get(pk=self.space_a.pk)
        self.assertIsNotNone(space.collection_id)
        self.assertIsNotNone(space.members_collection_id)

    def test_the_members_only_page_is_readable_by_its_members_again(self):
        self.make_it_old()
        call_command("migrate", verbosity=0, stdout=StringIO())
        self.client.force_login(self.member_a)
        self.assertContains(self.client.get(self.secret["A"].url), SECRETS["A"][1])
        self.client.force_login(self.member_b)
        self.assertNotContains(self.client.get(self.secret["A"].url, follow=True), SECRETS["A"][1])
