"""The demo-content command and the factories it shares with the tests.

The demo site is built once per class (`setUpTestData`); every test runs in a
transaction on top of it.
"""

import datetime
from io import StringIO
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import TestCase
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    GroupCollectionPermission,
    Page,
    Revision,
    Site,
)
from wagtail.search.backends import get_search_backend

from agenda.factories import EventPageFactory
from agenda.models import EventIndexPage, EventPage
from articles.factories import ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from bottlenecks.factories import BottleneckPageFactory
from bottlenecks.models import BottleneckIndexPage, BottleneckPage
from conversation.models import Post, Thread
from cop.factories import (
    CommunityPageFactory,
    DialoguePageFactory,
    FieldlabPageFactory,
    SpacePageFactory,
)
from cop.models import CommunityPage, DialoguePage, FieldlabPage, SpaceIndexPage, SpacePage
from core.factories import get_home_page
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from members.factories import UserFactory
from practices.factories import PracticePageFactory
from practices.models import PracticeIndexPage, PracticePage
from regions.factories import CallPageFactory, RegionPageFactory
from regions.models import CallPage, RegionIndexPage, RegionPage
from taxonomy.factories import ConceptFactory, DomainFactory, ThemeFactory
from taxonomy.models import (
    Advice,
    AgeGroup,
    Ambition,
    Concept,
    ConceptTerm,
    Domain,
    EvidenceLevel,
    Theme,
)
from tests.core.test_hardening import public_login_data

ADMIN_EMAIL = "admin@example.org"
ADMIN_PASSWORD = "andere-ogen-demo"  # noqa: S105 - the documented demo password

# Word for word from seeds/003 and seeds/001.
ADVIEZEN = [
    "Het verbreden van teams (interprofessioneel).",
    "Inperken vrijstellingen op basis van artikel 5a.",
    "Betrekken ouders en kinderen is essentieel om resultaat te behalen.",
    "Brede lokale afspraken over jeugd onder regie gemeente.",
    "Monitoring op het niveau waarop gezamenlijke afspraken zijn gemaakt.",
    "Budgetten en beleid moeten poreuze randen hebben.",
    "Coalitie omvormen: van denken naar DOEN.",
]
AMBITIES = [
    "De samenwerking op lokaal en regionaal niveau verdiepen",
    "Bereik van het netwerk vergroten",
    "Inclusieve samenwerking (ouders beter in staat stellen om hun inbreng te leveren door de "
    "infrastructuur aan de kant van ouders te verbeteren)",
    "Interprofessioneel samenwerken (handvatten ontwikkelen voor professionals om de "
    "interprofessionele samenwerking rondom het kind vorm te geven)",
    "Versterken regierol van gemeenten (en aandacht voor de rol van samenwerkingsverbanden hierin)",
    "Leren van de goede voorbeelden vanuit de praktijk.",
    "Agenderen en aanpakken knelpunten in het systeem.",
]
DOMAINS = {"onderwijs", "zorg", "jeugd", "kinderopvang", "ouders", "gemeente", "sport"}
TAXONOMY = [Domain, Theme, AgeGroup, Advice, Ambition, EvidenceLevel, Concept, ConceptTerm]


def seed(*args):
    out = StringIO()
    call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


def counts():
    return {
        "pages": Page.objects.count(),
        "live": Page.objects.live().count(),
        "revisions": Revision.objects.count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "users": get_user_model().objects.count(),
        **{model.__name__: model.objects.count() for model in TAXONOMY},
        "collections": Collection.objects.count(),
        "collection_restrictions": CollectionViewRestriction.objects.count(),
        "collection_permissions": GroupCollectionPermission.objects.count(),
        "threads": Thread.objects.count(),
        "posts": Post.objects.count(),
    }


class TestSeedDemo(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.output = seed()

    def test_prints_where_and_how_to_log_in(self):
        self.assertIn("http://testserver/admin/", self.output)
        self.assertIn(ADMIN_EMAIL, self.output)
        self.assertIn(ADMIN_PASSWORD, self.output)

    def test_lists_every_demo_role_and_each_can_log_in(self):
        from demo.members import DEMO_PASSWORD, DEMO_ROLES

        for email, who, _what in DEMO_ROLES:
            self.assertIn(email, self.output)
            self.assertIn(who, self.output)
            response = self.client.post(
                "/account/inloggen/", public_login_data(email, DEMO_PASSWORD)
            )
            self.assertEqual(response.status_code, 302, email)
            self.client.logout()

    def test_running_twice_changes_nothing(self):
        before = counts()
        output = seed()
        self.assertEqual(counts(), before)
        self.assertIn("Existing demo content found", output)

    def test_home_page_is_the_default_sites_root(self):
        home = HomePage.objects.get()
        site = Site.objects.get(is_default_site=True)
        self.assertEqual(site.root_page_id, home.pk)
        self.assertEqual(Page.objects.filter(depth=2).count(), 1, "welcome page is gone")
        self.assertEqual(self.client.get("/").status_code, 200)

    def test_sections_have_their_slugs_and_appear_in_menus(self):
        home = HomePage.objects.get()
        expected = {
            "cop": SpaceIndexPage,
            "fieldlabs": SpaceIndexPage,
            "dialogen": SpaceIndexPage,
            "wat-werkt": PracticeIndexPage,
            "actueel": ArticleIndexPage,
            "agenda": EventIndexPage,
            "regio": RegionIndexPage,
            "knelpunten": BottleneckIndexPage,
        }
        for slug, model in expected.items():
            with self.subTest(slug=slug):
                page = home.get_children().get(slug=slug)
                self.assertIs(page.specific_class, model)
                self.assertTrue(page.show_in_menus)
        kinds = dict(SpaceIndexPage.objects.values_list("slug", "kind"))
        self.assertEqual(kinds, {"cop": "cop", "fieldlabs": "fieldlab", "dialogen": "dialogue"})

    def test_standard_pages(self):
        titles = set(StandardPage.objects.values_list("title", flat=True))
        for title in [
            "Over Met Andere Ogen",
            "Bewegen",
            "Leren",
            "Agenderen",
            "Geschiedenis",
            "De MAO-tafel",
            "Privacyverklaring",
            "Toegankelijkheidsverklaring",
        ]:
            self.assertIn(title, titles)
        over = StandardPage.objects.get(slug="over")
        self.assertEqual(
            set(over.get_children().values_list("title", flat=True)),
            {"Bewegen", "Leren", "Agenderen", "Geschiedenis"},
        )

    def test_spaces(self):
        self.assertGreaterEqual(CommunityPage.objects.live().count(), 5)
        self.assertEqual(FieldlabPage.objects.live().count(), 3)
        self.assertEqual(DialoguePage.objects.live().count(), 2)
        for community in CommunityPage.objects.all():
            with self.subTest(community=community.title):
                self.assertIn(SpacePage.objects.child_of(community).count(), (2, 3))
                self.assertTrue(community.domains.exists())
                self.assertTrue(community.themes.exists())
                self.assertIsNotNone(community.image)
        nested = SpacePage.objects.filter(depth=CommunityPage.objects.first().depth + 2)
        self.assertTrue(nested.exists(), "some shared pages are nested")
        for fieldlab in FieldlabPage.objects.all():
            self.assertTrue(fieldlab.question and fieldlab.stage)
        self.assertEqual(len(set(FieldlabPage.objects.values_list("stage", flat=True))), 3)
        for dialogue in DialoguePage.objects.all():
            self.assertTrue(dialogue.harvest)
        self.assertTrue(DialoguePage.objects.filter(title="Dialoog thuiszitters").exists())

    def test_living_conversations_in_a_space_of_each_kind(self):
        kinds = {thread.space.specific.space_kind for thread in Thread.objects.all()}
        self.assertEqual(kinds, {"cop", "fieldlab", "dialogue"})
        answered = Thread.objects.filter(kind="question").exclude(best_answer=None)
        self.assertTrue(answered.exists(), "a question with a best answer")
        for thread in Thread.objects.all():
            with self.subTest(thread=thread.title):
                self.assertTrue(thread.posts.filter(is_opening=False).exists())
                space_members = thread.space.specific.memberships.active().values("user_id")
                writers = thread.posts.values("author_id")
                self.assertFalse(writers.exclude(author_id__in=space_members).exists())

    def test_every_space_has_its_collections_and_a_rerun_repairs_them(self):
        spaces = [*CommunityPage.objects.all(), *FieldlabPage.objects.all()]
        spaces += DialoguePage.objects.all()
        for space in spaces:
            self.assertIsNotNone(space.collection_id, space.title)
            self.assertTrue(
                CollectionViewRestriction.objects.filter(
                    collection_id=space.members_collection_id
                ).exists()
            )
        # A space made before spaces had collections: seed_demo gives it them.
        before = counts()
        broken = spaces[0]
        Collection.objects.filter(pk=broken.members_collection_id).delete()
        Collection.objects.filter(pk=broken.collection_id).delete()
        type(broken).objects.filter(pk=broken.pk).update(collection=None, members_collection=None)
        seed()
        broken.refresh_from_db()
        self.assertIsNotNone(broken.members_collection)
        self.assertEqual(broken.members_collection.get_parent(), broken.collection)
        self.assertEqual(counts(), before)

    def test_regions_and_calls(self):
        self.assertEqual(RegionPage.objects.live().count(), 11)
        self.assertGreaterEqual(len(set(RegionPage.objects.values_list("province", flat=True))), 8)
        for region in RegionPage.objects.all():
            self.assertGreaterEqual(len(region.coalition_partners()), 3)
        calls = CallPage.objects.all()
        self.assertEqual(sorted(call.is_open for call in calls), [False, True])

    def test_articles_from_the_seeds(self):
        titles = set(ArticlePage.objects.values_list("title", flat=True))
        self.assertIn("Met Andere Ogen II: De vrijblijvendheid voorbij", titles)
        self.assertIn("Met Andere Ogen: een inspiratienetwerk dat verbindt", titles)
        self.assertIn("Mis deze beweging niet! Kom bij community of practice", titles)
        article = ArticlePage.objects.get(slug="met-andere-ogen-ii-de-vrijblijvendheid-voorbij")
        kinds = {block.block_type for block in article.body}
        self.assertTrue({"paragraph", "heading", "quote", "document", "image"} <= kinds)

    def test_events_are_relative_to_now_in_dutch_time(self):
        now = datetime.datetime.now(tz=ZoneInfo("Europe/Amsterdam"))
        upcoming = EventPage.objects.filter(end__gte=now)
        self.assertGreaterEqual(upcoming.count(), 7)
        self.assertEqual(EventPage.objects.filter(end__lt=now).count(), 2)
        self.assertEqual(
            set(EventPage.objects.values_list("kind", flat=True)),
            {"dialoogavond", "masterclass", "werksessie", "cop", "doendag"},
        )
        self.assertEqual(
            EventPage.objects.filter(title__startswith="Schone Lei").filter(end__gte=now).count(),
            2,
        )
        evening = EventPage.objects.get(slug="dialoog-thuiszitters")
        local = evening.start.astimezone(ZoneInfo("Europe/Amsterdam"))
        self.assertEqual((local.hour, local.minute), (19, 30))
        self.assertIsInstance(evening.space.specific, DialoguePage)

    def test_bottlenecks(self):
        self.assertGreaterEqual(BottleneckPage.objects.live().count(), 6)
        self.assertGreaterEqual(
            len(set(BottleneckPage.objects.values_list("status", flat=True))), 4
        )
        self.assertTrue(BottleneckPage.objects.filter(title="Vrijstellingen artikel 5a").exists())

    def test_practices_cover_every_domain_theme_and_evidence_level(self):
        practices = PracticePage.objects.live()
        self.assertGreaterEqual(practices.count(), 40)
        self.assertEqual(set(practices.values_list("domains__slug", flat=True)) - {None}, DOMAINS)
        self.assertEqual(
            set(practices.values_list("tagged_themes__tag_id", flat=True)) - {None},
            set(Theme.objects.values_list("pk", flat=True)),
        )
        self.assertEqual(
            set(practices.values_list("evidence_level__rank", flat=True)), set(range(1, 7))
        )
        self.assertEqual(
            set(practices.values_list("age_groups__label", flat=True)) - {None},
            {"0-4", "4-12", "12-18", "18-23"},
        )
        self.assertTrue(practices.exclude(region=None).exists())
        self.assertTrue(practices.exclude(space=None).exists())
        self.assertTrue(practices.exclude(image=None).exists())
        self.assertTrue(practices.filter(attachments__isnull=False).exists())

    def test_every_practice_tells_the_whole_story(self):
        for practice in PracticePage.objects.all():
            with self.subTest(practice=practice.title):
                for field in ["summary", "problem", "approach", "results", "lessons", "place"]:
                    self.assertTrue(getattr(practice, field), field)
                self.assertNotIn("lorem", practice.summary.lower())
                self.assertTrue(practice.prevention_level)
                self.assertTrue(practice.age_groups.exists())
                self.assertTrue(practice.advices.exists())
                self.assertTrue(practice.ambitions.exists())

    def test_taxonomy(self):
        self.assertEqual(set(Domain.objects.values_list("slug", flat=True)), DOMAINS)
        self.assertGreaterEqual(Theme.objects.count(), 15)
        self.assertTrue(Theme.objects.filter(name="thuiszitters").exists())
        self.assertEqual(
            list(AgeGroup.objects.values_list("label", flat=True)),
            ["0-4", "4-12", "12-18", "18-23"],
        )
        self.assertEqual(
            list(Advice.objects.values_list("number", "title")), list(enumerate(ADVIEZEN, 1))
        )
        self.assertEqual(
            list(Ambition.objects.values_list("number", "title")), list(enumerate(AMBITIES, 1))
        )

    def test_evidence_ladder(self):
        levels = list(EvidenceLevel.objects.all())
        self.assertEqual([level.rank for level in levels], [1, 2, 3, 4, 5, 6])
        self.assertEqual(levels[0].name, "Idee")
        self.assertEqual(levels[4].name, "Effectief volgens eerste aanwijzingen")
        for level in levels:
            self.assertTrue(level.description and level.next_step)

    def test_concepts_carry_each_domains_words(self):
        self.assertGreaterEqual(Concept.objects.count(), 25)
        for concept in Concept.objects.prefetch_related("terms"):
            self.assertGreaterEqual(len({term.domain_id for term in concept.terms.all()}), 2)
        terms = set(ConceptTerm.objects.values_list("domain__slug", "term"))
        for pair in [
            ("onderwijs", "leerling"),
            ("zorg", "cliënt"),
            ("jeugd", "jeugdige"),
            ("onderwijs", "zorgplicht"),
            ("jeugd", "jeugdhulpplicht"),
            ("jeugd", "thuiszitter"),
            ("onderwijs", "verzuim"),
            ("onderwijs", "schooluitval"),
            ("onderwijs", "IB'er"),
            ("zorg", "praktijkondersteuner"),
            ("jeugd", "jeugdconsulent"),
            ("onderwijs", "OPP"),
            ("zorg", "zorgplan"),
            ("jeugd", "hulpverleningsplan"),
        ]:
            self.assertIn(pair, terms)

    def test_pages_are_live_with_history_and_searchable(self):
        pages = Page.objects.filter(depth__gt=1)
        self.assertFalse(pages.filter(live=False).exists())
        self.assertFalse(pages.filter(latest_revision=None).exists())
        results = get_search_backend().search("thuiszitters", PracticePage)
        self.assertGreater(results.count(), 0)

    def test_media_are_generated_and_used(self):
        self.assertGreaterEqual(Image.objects.count(), 5)
        self.assertGreaterEqual(Document.objects.count(), 3)
        image = Image.objects.first()
        self.assertEqual((image.width, image.height), (1200, 675))
        self.assertTrue(Document.objects.first().file.read().startswith(b"%PDF-"))

    def test_admin_can_log_in(self):
        self.assertTrue(self.client.login(email=ADMIN_EMAIL, password=ADMIN_PASSWORD))
        self.assertEqual(self.client.get("/admin/").status_code, 200)

    def test_admin_can_log_in_through_the_login_form(self):
        response = self.client.post(
            "/account/inloggen/?next=/admin/", public_login_data(ADMIN_EMAIL, ADMIN_PASSWORD)
        )
        self.assertRedirects(response, "/admin/", fetch_redirect_response=False)

    def test_admin_password_option_resets_the_password(self):
        output = seed("--admin-password", "een-ander-wachtwoord")
        self.assertIn("een-ander-wachtwoord", output)
        self.assertTrue(self.client.login(email=ADMIN_EMAIL, password="een-ander-wachtwoord"))
        self.assertEqual(get_user_model().objects.filter(email=ADMIN_EMAIL).count(), 1)

    def test_practices_option_adds_exactly_that_many_live_practices(self):
        before = set(PracticePage.objects.values_list("pk", flat=True))
        seed("--practices", "50", "--batch-size", "20")
        added = PracticePage.objects.exclude(pk__in=before)
        self.assertEqual(added.count(), 50)
        self.assertEqual(added.live().count(), 50)
        self.assertEqual(PracticePage.objects.values("slug").distinct().count(), len(before) + 50)
        self.assertEqual(Page.find_problems(), ([], [], [], [], []))
        index = PracticeIndexPage.objects.get()
        # The index holds the practices and the coverage matrix page.
        self.assertEqual(index.numchild, len(before) + 50 + 1)
        page = added.first()
        self.assertTrue(page.domains.exists() and page.themes.exists())
        self.assertEqual(self.client.get(page.url).status_code, 200)
        searched = get_search_backend().search(page.title.split()[0], added)
        self.assertGreater(searched.count(), 0)

        seed()
        self.assertEqual(PracticePage.objects.count(), len(before) + 50)
        seed("--practices", "5")
        self.assertEqual(PracticePage.objects.count(), len(before) + 55)


class TestFactories(TestCase):
    """Every page factory makes a live page in the right place without being told where."""

    def test_page_factories_find_their_parent(self):
        for factory_class, parent_model in [
            (StandardPageFactory, HomePage),
            (CommunityPageFactory, SpaceIndexPage),
            (FieldlabPageFactory, SpaceIndexPage),
            (DialoguePageFactory, SpaceIndexPage),
            (SpacePageFactory, CommunityPage),
            (PracticePageFactory, PracticeIndexPage),
            (ArticlePageFactory, ArticleIndexPage),
            (EventPageFactory, EventIndexPage),
            (RegionPageFactory, RegionIndexPage),
            (CallPageFactory, RegionIndexPage),
            (BottleneckPageFactory, BottleneckIndexPage),
        ]:
            with self.subTest(factory=factory_class.__name__):
                page = factory_class()
                self.assertTrue(page.live)
                self.assertIs(page.get_parent().specific_class, parent_model)
                self.assertEqual(self.client.get(page.url).status_code, 200)
        self.assertEqual(Site.objects.get(is_default_site=True).root_page_id, get_home_page().pk)

    def test_spaces_go_under_the_index_of_their_kind(self):
        self.assertEqual(CommunityPageFactory().get_parent().specific.kind, "cop")
        self.assertEqual(FieldlabPageFactory().get_parent().specific.kind, "fieldlab")
        self.assertEqual(DialoguePageFactory().get_parent().specific.kind, "dialogue")

    def test_taxonomy_and_themes_through_kwargs(self):
        domains = [DomainFactory(slug="onderwijs"), DomainFactory(slug="zorg")]
        page = PracticePageFactory(domains=domains, themes=["thuiszitters", ThemeFactory()])
        page.refresh_from_db()
        self.assertEqual({d.slug for d in page.domains.all()}, {"onderwijs", "zorg"})
        self.assertEqual(page.themes.count(), 2)
        self.assertIn("thuiszitters", page.themes.values_list("name", flat=True))

    def test_revision_option_leaves_history(self):
        page = StandardPageFactory(revision=True, user=UserFactory())
        self.assertIsNotNone(page.latest_revision)
        self.assertEqual(page.live_revision, page.latest_revision)
        self.assertIsNone(StandardPageFactory().latest_revision)

    def test_taxonomy_factories_use_the_real_vocabulary(self):
        self.assertEqual(DomainFactory(slug="jeugd").name, "Jeugd")
        concept = ConceptFactory(name="Plan voor het kind")
        self.assertIn("OPP", concept.terms.values_list("term", flat=True))

    def test_user_factory_password(self):
        user = UserFactory(password="geheim-genoeg")
        self.assertTrue(self.client.login(email=user.email, password="geheim-genoeg"))


class TestSeedDemoIfEmpty(TestCase):
    def test_if_empty_builds_on_an_empty_database_and_skips_on_a_full_one(self):
        from django.core import mail

        first = StringIO()
        call_command("seed_demo", "--if-empty", stdout=first)
        # Building memberships, requests and pages notifies nobody (core.mail.muted).
        self.assertEqual(mail.outbox, [])
        pages = Page.objects.count()
        self.assertGreater(pages, 100)
        self.assertIn(ADMIN_EMAIL, first.getvalue())
        second = StringIO()
        call_command("seed_demo", "--if-empty", stdout=second)
        self.assertEqual(Page.objects.count(), pages)
        self.assertIn("already has a site", second.getvalue())
        self.assertIn(ADMIN_EMAIL, second.getvalue())
