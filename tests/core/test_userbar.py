"""Wagtail's editing bar only on pages the person may edit."""

from django.test import TestCase

from articles.factories import ArticlePageFactory
from cop.factories import CommunityPageFactory, SpacePageFactory
from core.factories import get_home_page
from members.factories import MembershipFactory, SuperUserFactory, UserFactory

USERBAR = "<wagtail-userbar"


class TestUserbar(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.space = CommunityPageFactory(title="Alfa-community", slug="alfa")
        cls.shared = SpacePageFactory(parent=cls.space, title="Werkafspraken", slug="werk")
        cls.article = ArticlePageFactory(title="Nieuws uit de regio")
        cls.member = UserFactory(email="lid@example.org")
        MembershipFactory(user=cls.member, space=cls.space)

    def test_a_member_sees_it_on_their_spaces_page_only(self):
        self.client.force_login(self.member)
        self.assertContains(self.client.get(self.shared.url), USERBAR)
        self.assertNotContains(self.client.get(self.article.url), USERBAR)
        self.assertNotContains(self.client.get("/"), USERBAR)

    def test_visitors_never_and_a_superuser_everywhere(self):
        self.assertNotContains(self.client.get(self.shared.url), USERBAR)
        self.client.force_login(SuperUserFactory())
        self.assertContains(self.client.get(self.article.url), USERBAR)
