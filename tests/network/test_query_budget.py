"""Mijn netwerk for a member of 3 and of 30 spaces uses the same number of queries."""

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from agenda.factories import EventPageFactory
from cop.factories import (
    CommunityPageFactory,
    DialoguePageFactory,
    FieldlabPageFactory,
    SpacePageFactory,
)
from core.factories import get_home_page, log_and_publish
from members.factories import MembershipFactory, UserFactory

FACTORIES = [CommunityPageFactory, FieldlabPageFactory, DialoguePageFactory]


class TestMyNetworkQueryBudget(TestCase):
    @classmethod
    def setUpTestData(cls):
        get_home_page()
        cls.member = UserFactory()
        cls.made = 0

    def add_spaces(self, count):
        for _ in range(count):
            space = FACTORIES[self.made % 3]()
            self.made += 1
            MembershipFactory(
                user=self.member, space=space, role="coordinator" if self.made % 2 else "member"
            )
            log_and_publish(SpacePageFactory(parent=space))
            log_and_publish(SpacePageFactory(parent=space, members_only=True))
            log_and_publish(EventPageFactory(space=space))

    def count(self):
        self.client.get("/mijn-netwerk/")
        with CaptureQueriesContext(connection) as queries:
            response = self.client.get("/mijn-netwerk/")
        self.assertEqual(response.status_code, 200)
        return len(queries), response

    def test_3_and_30_spaces(self):
        self.client.force_login(self.member)
        self.add_spaces(3)
        with_3, response = self.count()
        self.assertEqual(len(response.context["spaces"]), 3)
        self.assertEqual(len(response.context["activity"]), 9)  # 2 pages and an event each
        self.add_spaces(27)
        with_30, response = self.count()
        self.assertEqual(len(response.context["spaces"]), 30)
        self.assertEqual(with_3, with_30, f"{with_3} queries with 3 spaces, {with_30} with 30")
