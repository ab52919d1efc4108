"""One search report in the admin: ours ("Zoekvragen", from `QueryStat`). Wagtail's
search terms report (search_promotions' `Query` hits, which nothing records) is not
offered; its promoted results stay."""

from django.test import RequestFactory, TestCase
from django.urls import reverse
from wagtail.admin.menu import reports_menu, settings_menu

from members.factories import SuperUserFactory


class TestSearchReports(TestCase):
    def setUp(self):
        self.request = RequestFactory().get("/admin/")
        self.request.user = SuperUserFactory(email="beheer@example.org")

    def urls(self, menu):
        return [item.url for item in menu.menu_items_for_request(self.request)]

    def test_the_reports_menu_offers_ours_and_not_wagtails(self):
        urls = self.urls(reports_menu)
        self.assertIn(reverse("search_query_report"), urls)
        self.assertNotIn(reverse("wagtailsearchpromotions:search_terms"), urls)

    def test_promoted_results_stay(self):
        self.assertIn(reverse("wagtailsearchpromotions:index"), self.urls(settings_menu))

    def test_our_report_opens(self):
        self.client.force_login(self.request.user)
        response = self.client.get(reverse("search_query_report"))
        self.assertEqual(response.status_code, 200)
