"""The agenda listing (filters, archive) and its calendars (.ics per event, feeds)."""

import datetime
from zoneinfo import ZoneInfo

from django.test import TestCase
from icalendar import Calendar

from agenda.factories import EventPageFactory, amsterdam, get_event_index
from agenda.models import EventKind
from cop.factories import CommunityPageFactory
from regions.factories import RegionPageFactory
from taxonomy.factories import DomainFactory

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


class TestAgendaListing(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.index = get_event_index()
        cls.space = CommunityPageFactory(title="CoP Thuiszitters")
        cls.region = RegionPageFactory(title="Twente")
        cls.zorg = DomainFactory(name="Zorg", slug="zorg")
        cls.masterclass = EventPageFactory(
            title="Masterclass Netwerkregie", kind=EventKind.MASTERCLASS, space=cls.space
        )
        cls.dialogue = EventPageFactory(
            title="Dialoogavond Enschede",
            kind=EventKind.DIALOGUE_EVENING,
            region=cls.region,
            domains=[cls.zorg],
            start=amsterdam(40, 19, 30),
            end=amsterdam(40, 21, 30),
        )
        cls.past = EventPageFactory(
            title="Doen-dag vorig jaar",
            kind=EventKind.DOEN_DAG,
            start=amsterdam(-30, 10),
            end=amsterdam(-30, 16),
        )

    def get(self, query=""):
        response = self.client.get(self.index.url + query)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_upcoming_events_by_month_and_archive(self):
        html = self.get()
        self.assertIn("Masterclass Netwerkregie", html)
        self.assertIn("Dialoogavond Enschede", html)
        self.assertNotIn("Doen-dag vorig jaar", html)
        archive = self.get("?archief=1")
        self.assertIn("Doen-dag vorig jaar", archive)
        self.assertNotIn("Masterclass Netwerkregie", archive)

    def test_each_filter_narrows_the_list(self):
        for query, shown, hidden in [
            ("?soort=masterclass", "Masterclass Netwerkregie", "Dialoogavond Enschede"),
            ("?domein=zorg", "Dialoogavond Enschede", "Masterclass Netwerkregie"),
            (f"?ruimte={self.space.pk}", "Masterclass Netwerkregie", "Dialoogavond Enschede"),
            (f"?regio={self.region.slug}", "Dialoogavond Enschede", "Masterclass Netwerkregie"),
        ]:
            with self.subTest(query=query):
                html = self.get(query)
                self.assertIn(shown, html)
                self.assertNotIn(hidden, html.split('id="filters-heading"')[1].split("</form>")[1])

    def test_filter_form_offers_spaces_and_regions_of_events(self):
        html = self.get()
        self.assertIn(f'<option value="{self.space.pk}">CoP Thuiszitters</option>', html)
        self.assertIn(f'<option value="{self.region.slug}">Twente</option>', html)

    def test_a_filter_with_nothing_to_choose_is_not_shown(self):
        from agenda.models import EventPage

        EventPage.objects.update(region=None)
        html = self.get()
        self.assertNotIn('name="regio"', html)
        self.assertIn('name="ruimte"', html)

    def test_junk_filters_never_give_a_500(self):
        for query in [
            "?soort=x",
            "?ruimte=abc",
            "?ruimte=99999999999999999",
            "?regio=%00",
            "?domein=" + "x" * 500,
        ]:
            self.get(query)


class TestCalendars(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.space = CommunityPageFactory(title="CoP Passend onderwijs")
        # A summer date (CEST, UTC+2) and a winter date (CET, UTC+1).
        year = datetime.date.today().year + 1
        cls.summer = EventPageFactory(
            title="Doen-dag",
            start=datetime.datetime(year, 6, 12, 10, 0, tzinfo=AMSTERDAM),
            end=datetime.datetime(year, 6, 12, 16, 0, tzinfo=AMSTERDAM),
            space=cls.space,
            online_link="https://meet.example.org/geheim",
        )
        cls.winter = EventPageFactory(
            title="Webinar Schone Lei",
            start=datetime.datetime(year, 1, 20, 19, 30, tzinfo=AMSTERDAM),
            end=datetime.datetime(year, 1, 20, 21, 0, tzinfo=AMSTERDAM),
        )

    def parse(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response["Content-Type"].startswith("text/calendar"))
        return Calendar.from_ical(response.content)

    def test_event_ics_parses_with_amsterdam_time(self):
        calendar = self.parse(self.summer.ics_url)
        [event] = calendar.walk("VEVENT")
        self.assertEqual(str(event["SUMMARY"]), "Doen-dag")
        start = event.decoded("DTSTART")
        self.assertEqual(str(start.tzinfo), "Europe/Amsterdam")
        self.assertEqual((start.hour, start.minute), (10, 0))
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=2))
        self.assertEqual(event["DTSTART"].params["TZID"], "Europe/Amsterdam")
        self.assertEqual(start, self.summer.start)
        self.assertEqual(event.decoded("DTEND"), self.summer.end)
        [timezone_component] = calendar.walk("VTIMEZONE")
        self.assertEqual(str(timezone_component["TZID"]), "Europe/Amsterdam")
        self.assertTrue(str(event["UID"]).endswith("@metandereogen.nl"))
        self.assertIn(self.summer.url, str(event["URL"]))

    def test_winter_event_has_winter_offset(self):
        [event] = self.parse(self.winter.ics_url).walk("VEVENT")
        start = event.decoded("DTSTART")
        self.assertEqual(start.utcoffset(), datetime.timedelta(hours=1))
        self.assertEqual((start.hour, start.minute), (19, 30))

    def test_public_ics_never_carries_the_online_link(self):
        content = self.client.get(self.summer.ics_url).content.decode()
        self.assertNotIn("meet.example.org/geheim", content)
        feed = self.client.get(get_event_index().feed_url()).content.decode()
        self.assertNotIn("meet.example.org/geheim", feed)

    def test_feed_of_the_whole_agenda_and_per_space(self):
        index = get_event_index()
        calendar = self.parse(index.feed_url())
        titles = sorted(str(e["SUMMARY"]) for e in calendar.walk("VEVENT"))
        self.assertEqual(titles, ["Doen-dag", "Webinar Schone Lei"])
        self.assertEqual(len(calendar.walk("VTIMEZONE")), 1)
        per_space = self.parse(index.feed_url({"ruimte": self.space.pk}))
        self.assertEqual([str(e["SUMMARY"]) for e in per_space.walk("VEVENT")], ["Doen-dag"])
        self.assertIn("CoP Passend onderwijs", str(per_space["X-WR-CALNAME"]))

    def test_event_page_links_its_calendar_and_agenda_links_the_feed(self):
        self.assertContains(self.client.get(self.summer.url), f'href="{self.summer.ics_url}"')
        index = get_event_index()
        self.assertContains(self.client.get(index.url), f'href="{index.feed_url()}"')
