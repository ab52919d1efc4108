"""core.admin_speedups answers exactly as Wagtail's own PagePermissionPolicy does, for
members of one and of many spaces, and the explorer shows a member just their spaces."""

from django.test import TestCase
from wagtail.permission_policies.pages import PagePermissionPolicy

from cop.factories import CommunityPageFactory, SpacePageFactory, get_space_index
from core import admin_speedups
from core.factories import get_home_page
from members.factories import MembershipFactory, SuperUserFactory, UserFactory

ACTION_SETS = [
    {"change"},
    {"add"},
    {"publish"},
    {"add", "change", "publish", "lock", "unlock", "bulk_delete"},
]


class TestSameAnswersAsWagtail(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        index = get_space_index("cop")
        cls.spaces = [CommunityPageFactory(parent=index, title=f"Ruimte {n}") for n in range(12)]
        for space in cls.spaces:
            SpacePageFactory(parent=space, title=f"Werkafspraken {space.title}")
        cls.member_of_one = UserFactory()
        MembershipFactory(user=cls.member_of_one, space=cls.spaces[0])
        cls.member_of_many = UserFactory()
        for space in cls.spaces[:10]:
            MembershipFactory(user=cls.member_of_many, space=space)
        cls.coordinator = UserFactory()
        MembershipFactory(user=cls.coordinator, space=cls.spaces[3], role="coordinator")
        cls.nobody = UserFactory()

    def compare(self, method, original, *args):
        found = set()
        for user in (self.member_of_one, self.member_of_many, self.coordinator, self.nobody):
            ours = set(method(PagePermissionPolicy(), user, *args).values_list("pk", flat=True))
            wagtails = set(
                original(PagePermissionPolicy(), user, *args).values_list("pk", flat=True)
            )
            self.assertEqual(ours, wagtails, (user, args))
            found |= ours
        return found

    def test_pages_a_member_may_act_on(self):
        found = set()
        for actions in ACTION_SETS:
            found |= self.compare(
                admin_speedups.instances_user_has_any_permission_for,
                admin_speedups._original_instances,
                actions,
            )
        self.assertGreaterEqual(len(found), 20)  # the spaces and their pages, not nothing

    def test_pages_a_member_may_explore(self):
        found = self.compare(
            admin_speedups.explorable_instances, admin_speedups._original_explorable
        )
        self.assertGreaterEqual(len(found), 20)

    def test_the_speedups_are_in_place(self):
        self.assertIs(
            PagePermissionPolicy.explorable_instances, admin_speedups.explorable_instances
        )


class TestExplorerShowsAMemberTheirSpaces(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.index = get_space_index("cop")
        cls.mine = [
            CommunityPageFactory(parent=cls.index, title=f"Mijn ruimte {n}") for n in range(3)
        ]
        cls.other = CommunityPageFactory(parent=cls.index, title="Andermans ruimte")
        cls.member = UserFactory()
        for space in cls.mine:
            MembershipFactory(user=cls.member, space=space)
        cls.superuser = SuperUserFactory()

    def test_the_member_sees_their_spaces_and_not_another(self):
        self.client.force_login(self.member)
        response = self.client.get(f"/admin/pages/{self.index.pk}/")
        self.assertEqual(response.status_code, 200)
        for space in self.mine:
            self.assertContains(response, space.title)
        self.assertNotContains(response, "Andermans ruimte")

    def test_the_superuser_sees_every_space(self):
        self.client.force_login(self.superuser)
        response = self.client.get(f"/admin/pages/{self.index.pk}/")
        self.assertContains(response, "Andermans ruimte")
