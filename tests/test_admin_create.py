"""Every page type can be created through the real admin form, under its allowed parent."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from agenda.factories import get_event_index
from agenda.models import EventIndexPage, EventPage
from articles.factories import get_article_index
from articles.models import ArticleIndexPage, ArticlePage
from bottlenecks.factories import get_bottleneck_index
from bottlenecks.models import BottleneckIndexPage, BottleneckPage
from cop.factories import CommunityPageFactory, get_space_index
from cop.models import CommunityPage, DialoguePage, FieldlabPage, SpaceIndexPage, SpacePage
from core.factories import get_home_page
from home.models import HomePage, StandardPage
from members.factories import SuperUserFactory
from practices.factories import get_practice_index
from practices.models import PracticeIndexPage, PracticePage
from regions.factories import get_region_index
from regions.models import CallPage, RegionIndexPage, RegionPage
from taxonomy.factories import DomainFactory, EvidenceLevelFactory, ThemeFactory


def space_data(title):
    return {
        "title": title,
        "intro": rich_text("<p>Samen leren wat werkt.</p>"),
        "body": streamfield([]),
        "join_policy": "request",
        "themes": "",
    }


class TestAdminCreatesEveryPageType(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = get_home_page()
        cls.community = CommunityPageFactory(title="Thuiszitters")
        cls.domain = DomainFactory(slug="jeugd", name="Jeugd")
        cls.theme = ThemeFactory(name="thuiszitters")
        cls.level = EvidenceLevelFactory()
        cls.user = SuperUserFactory()

    def setUp(self):
        self.client.force_login(self.user)

    def test_home_page_under_the_root(self):
        self.home.delete()
        self.assertCanCreate(
            Page.get_first_root_node(),
            HomePage,
            nested_form_data(
                {
                    "title": "Met Andere Ogen",
                    "slug": "mao",
                    "lead": "Ieder kind doet mee",
                    "intro": rich_text("<p>Een lerend netwerk.</p>"),
                    "body": streamfield([]),
                }
            ),
        )

    def test_standard_pages_nest(self):
        data = {
            "title": "Over Met Andere Ogen",
            "intro": rich_text("<p>Wie we zijn.</p>"),
            "body": streamfield([("heading", {"text": "Missie", "level": "h2"})]),
        }
        self.assertCanCreate(self.home, StandardPage, nested_form_data(data))
        parent = StandardPage.objects.get(slug="over-met-andere-ogen")
        self.assertCanCreate(parent, StandardPage, nested_form_data({**data, "title": "Leren"}))

    def test_space_indexes_and_spaces_of_each_kind(self):
        SpaceIndexPage.objects.all().delete()
        for kind, space_model in [
            ("cop", CommunityPage),
            ("fieldlab", FieldlabPage),
            ("dialogue", DialoguePage),
        ]:
            with self.subTest(kind=kind):
                self.assertCanCreate(
                    self.home,
                    SpaceIndexPage,
                    nested_form_data(
                        {"title": f"Overzicht {kind}", "kind": kind, "intro": rich_text("")}
                    ),
                )
                index = SpaceIndexPage.objects.get(kind=kind)
                data = space_data(f"Ruimte {kind}")
                if space_model is FieldlabPage:
                    data |= {
                        "question": "Werkt een gezamenlijk spreekuur?",
                        "stage": "running",
                        "measurements": inline_formset([]),
                    }
                if space_model is DialoguePage:
                    data |= {"harvest": rich_text("<p>Drie inzichten.</p>")}
                self.assertCanCreate(index, space_model, nested_form_data(data))

    def test_a_space_is_offered_only_under_the_index_of_its_kind(self):
        cop_index = get_space_index("cop")
        fieldlab_index = get_space_index("fieldlab")
        self.assertTrue(CommunityPage.can_create_at(cop_index))
        self.assertFalse(CommunityPage.can_create_at(fieldlab_index))
        self.assertTrue(FieldlabPage.can_create_at(fieldlab_index))
        self.assertFalse(DialoguePage.can_create_at(cop_index))
        response = self.client.get(f"/admin/pages/{fieldlab_index.pk}/add_subpage/", follow=True)
        self.assertContains(response, "fieldlab")
        self.assertNotContains(response, "/admin/pages/add/cop/communitypage/")

    def test_space_pages_nest_inside_a_space(self):
        data = {
            "title": "Verslag bijeenkomst",
            "intro": rich_text("<p>Wat we bespraken.</p>"),
            "body": streamfield([]),
        }
        self.assertCanCreate(self.community, SpacePage, nested_form_data(data))
        parent = SpacePage.objects.get(slug="verslag-bijeenkomst")
        self.assertCanCreate(parent, SpacePage, nested_form_data({**data, "title": "Bijlage"}))

    def test_practice_page(self):
        index = get_practice_index()
        data = {
            "title": "Gezamenlijk spreekuur op school",
            "summary": "Een jeugdconsulent houdt wekelijks spreekuur op school.",
            "problem": rich_text("<p>Ouders wisten de weg niet.</p>"),
            "approach": rich_text("<p>Elke dinsdag een inloopspreekuur.</p>"),
            "results": rich_text("<p>Minder verwijzingen.</p>"),
            "lessons": rich_text("<p>Begin klein.</p>"),
            "themes": "thuiszitters",
            "prevention_level": "selectief",
            "evidence_level": self.level.pk,
            "attachments": inline_formset([]),
        }
        form_data = nested_form_data(data) | {"domains": [self.domain.pk]}
        self.assertCanCreate(index, PracticePage, form_data)
        page = PracticePage.objects.get(slug="gezamenlijk-spreekuur-op-school")
        self.assertEqual([t.name for t in page.themes.all()], ["thuiszitters"])
        self.assertEqual(list(page.domains.all()), [self.domain])

    def test_article_page(self):
        self.assertCanCreate(
            get_article_index(),
            ArticlePage,
            nested_form_data(
                {
                    "title": "De vrijblijvendheid voorbij",
                    "kind": "news",
                    "date": "2026-05-01",
                    "lead": "Méér focus op de lokale praktijk.",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Met Andere Ogen II verdiept.</p>")),
                            ("quote", {"quote": "Daar gebeurt het.", "attribution": ""}),
                        ]
                    ),
                    "themes": "",
                }
            ),
        )

    def test_event_page(self):
        self.assertCanCreate(
            get_event_index(),
            EventPage,
            nested_form_data(
                {
                    "title": "Masterclass Netwerkregie",
                    "kind": "masterclass",
                    "start": "2027-06-10 14:00",
                    "end": "2027-06-10 17:00",
                    "location": "Utrecht",
                    "intro": rich_text(""),
                    "programme": streamfield([]),
                    "themes": "",
                }
            ),
        )

    def test_event_ending_before_it_starts_is_refused_in_dutch(self):
        response = self.client.post(
            f"/admin/pages/add/events/eventpage/{get_event_index().pk}/",
            nested_form_data(
                {
                    "title": "Werksessie",
                    "slug": "werksessie",
                    "kind": "werksessie",
                    "start": "2027-06-10 14:00",
                    "end": "2027-06-10 11:00",
                    "intro": rich_text(""),
                    "programme": streamfield([]),
                    "themes": "",
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Het einde ligt vóór het begin.")
        self.assertFalse(EventPage.objects.filter(slug="werksessie").exists())

    def test_region_and_call_pages(self):
        index = get_region_index()
        self.assertCanCreate(
            index,
            RegionPage,
            nested_form_data(
                {
                    "title": "Regio Zuid-Limburg",
                    "province": "limburg",
                    "municipalities": "Maastricht, Heerlen",
                    "intro": rich_text(""),
                    "coalition": "",
                    "body": streamfield([]),
                    "themes": "",
                }
            ),
        )
        self.assertCanCreate(
            index,
            CallPage,
            nested_form_data(
                {
                    "title": "Word inspiratieregio",
                    "intro": rich_text(""),
                    "opens_at": "2027-01-01 09:00",
                    "closes_at": "2027-03-01 17:00",
                    "body": streamfield([]),
                }
            ),
        )

    def test_bottleneck_page(self):
        self.assertCanCreate(
            get_bottleneck_index(),
            BottleneckPage,
            nested_form_data(
                {
                    "title": "Vrijstellingen artikel 5a",
                    "status": "submitted",
                    "description": rich_text("<p>Te veel kinderen krijgen een vrijstelling.</p>"),
                    "examples": rich_text(""),
                    "desired_change": rich_text(""),
                    "themes": "",
                }
            ),
        )

    def test_singleton_indexes_cannot_be_added_twice(self):
        for index_model, get_index in [
            (PracticeIndexPage, get_practice_index),
            (ArticleIndexPage, get_article_index),
            (EventIndexPage, get_event_index),
            (RegionIndexPage, get_region_index),
            (BottleneckIndexPage, get_bottleneck_index),
        ]:
            with self.subTest(model=index_model.__name__):
                get_index()
                self.assertFalse(index_model.can_create_at(self.home))


class TestBlockMenuSpeaksDutch(WagtailPageTestCase):
    """The '+' menu of a page's body offers its blocks by Dutch names."""

    def test_the_body_blocks_have_dutch_labels(self):
        home = get_home_page()
        self.client.force_login(SuperUserFactory())
        response = self.client.get(f"/admin/pages/add/home/standardpage/{home.pk}/")
        self.assertEqual(response.status_code, 200)
        content = response.content.decode()
        for label in ("Kop", "Alinea", "Afbeelding", "Citaat", "Document", "Video of embed"):
            self.assertIn(f"&quot;label&quot;: &quot;{label}&quot;", content)
        for english in ("Heading", "Image", "Quote"):
            self.assertNotIn(f"&quot;label&quot;: &quot;{english}&quot;", content)
