"""A small site for the search contract: every content type, a concept, restrictions.

Built once per test class (`setUpTestData`) with the apps' factories, then indexed
into the backend under test with `update_index`.
"""

from datetime import timedelta
from io import StringIO
from types import SimpleNamespace

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend

from agenda.factories import EventPageFactory
from articles.factories import ArticlePageFactory
from bottlenecks.factories import BottleneckPageFactory
from cop.factories import CommunityPageFactory, SpacePageFactory
from members.factories import SuperUserFactory, UserFactory
from practices.factories import PracticePageFactory
from regions.factories import RegionPageFactory
from taxonomy.factories import (
    AgeGroupFactory,
    ConceptFactory,
    DomainFactory,
    EvidenceLevelFactory,
    ThemeFactory,
)
from taxonomy.models import Theme

THEME_COUNT = 12  # more than a backend's default of 10 facet buckets


def _when(days):
    return timezone.now() - timedelta(days=days)


def build():
    onderwijs = DomainFactory(slug="onderwijs")
    zorg = DomainFactory(slug="zorg")
    jeugd = DomainFactory(slug="jeugd")
    ConceptFactory(
        name="Niet naar school gaan",
        terms=[("onderwijs", "verzuim"), ("jeugd", "thuiszitter"), ("ouders", "zit thuis")],
    )
    ouders = DomainFactory(slug="ouders")
    # Kinds of what a word says: "luxeverzuim" is a kind of "verzuim", "pleegkinderen"
    # of "kinderen" (a word on many pages, which stands for nothing in particular).
    ConceptFactory(
        name="Luxeverzuim",
        terms=[("onderwijs", "luxeverzuim"), ("ouders", "vakantie onder schooltijd")],
    )
    ConceptFactory(
        name="Pleegzorg",
        terms=[("jeugd", "pleegkinderen"), ("ouders", "pleeggezin")],
    )
    # A broad concept: its words stand on many pages.
    ConceptFactory(
        name="Kind",
        terms=[("ouders", "dochter"), ("ouders", "zoon"), ("jeugd", "kinderen")],
    )
    themes = [
        Theme.objects.get_or_create(name=f"Samenwerkingsthema {n:02d}", slug=f"thema-{n:02d}")[0]
        for n in range(1, THEME_COUNT + 1)
    ]
    thuiszitters_theme = ThemeFactory(name="thuiszitters")
    teens = AgeGroupFactory(label="12-18", min_age=12, max_age=18)
    level = EvidenceLevelFactory(rank=3)

    region = RegionPageFactory(
        title="Twente", intro="<p>Inspiratieregio in het oosten.</p>", first_published_at=_when(40)
    )
    thuiszitters = PracticePageFactory(
        title="Overleg in Enschede",
        summary="Elke maand praten school en leerplicht samen over thuiszitters.",
        target_group="leerlingen",
        domains=[onderwijs, jeugd],
        themes=[thuiszitters_theme],
        age_groups=[teens],
        evidence_level=level,
        region=region,
        first_published_at=_when(30),
    )
    verzuim = PracticePageFactory(
        title="Spreekuur in Oss",
        summary="De jeugdarts houdt spreekuur voor leerlingen met veel verzuim.",
        target_group="leerlingen",
        domains=[zorg],
        first_published_at=_when(20),
    )
    collaborations = [
        PracticePageFactory(
            title=f"Samenwerkingsproject {n:02d}",
            summary="Onderwijs en jeugdhulp werken samen in de wijk.",
            target_group="kinderen",
            domains=[onderwijs],
            themes=[themes[n - 1]],
            first_published_at=_when(100 - n),
        )
        for n in range(1, THEME_COUNT + 1)
    ]
    # Ranking: a word in the title outweighs the same word in the body; a practice's
    # summary outweighs its lessons.
    title_match = PracticePageFactory(
        title="Netwerkregie werkt",
        summary="Een regisseur houdt overzicht.",
        domains=[zorg],
        first_published_at=_when(10),
    )
    body_match = BottleneckPageFactory(
        title="Nieuws uit de regio",
        description="<p>Gemeenten leren van elkaar.</p>",
        examples="<p>Ook over netwerkregie wordt gesproken.</p>",
        domains=[zorg],
        first_published_at=_when(9),
    )
    summary_match = PracticePageFactory(
        title="Peutergroep Almelo",
        summary="Peuters krijgen logopedie op de groep.",
        lessons="<p>Plan de groep vroeg.</p>",
        first_published_at=_when(8),
    )
    lessons_match = PracticePageFactory(
        title="Peutergroep Goes",
        summary="Peuters spelen samen op de groep.",
        lessons="<p>Vraag vroeg om logopedie.</p>",
        first_published_at=_when(7),
    )
    inflected = PracticePageFactory(
        title="Brede school",
        summary="De samenwerking tussen school en opvang.",
        first_published_at=_when(6),
    )
    reading = PracticePageFactory(
        title="Leesclub",
        summary="Kinderen met een leesachterstand lezen samen.",
        first_published_at=_when(6),
    )
    # Word forms a stemmer alone does not join: a participle, a compound that ends in
    # the word asked for, and a compound's parts apart.
    participle = PracticePageFactory(
        title="Weerbaarheidstraining",
        summary="Kinderen die gepest worden oefenen met nee zeggen.",
        first_published_at=_when(6),
    )
    head_last = PracticePageFactory(
        title="Taalhuis",
        summary="Peuters met taalachterstanden luisteren naar verhalen.",
        first_published_at=_when(6),
    )
    joined = PracticePageFactory(
        title="Slaapspreekuur",
        summary="De jeugdverpleegkundige helpt bij slaapproblemen van tieners.",
        first_published_at=_when(6),
    )
    apart = PracticePageFactory(
        title="Slaapweek",
        summary="Een week schrijven leerlingen hun slaap op; problemen bespreekt de mentor.",
        first_published_at=_when(6),
    )
    holiday = PracticePageFactory(
        title="Gesprek over vakanties",
        summary="Ouders die vakantie onder schooltijd willen, praten eerst met de school.",
        first_published_at=_when(6),
    )
    foster = PracticePageFactory(
        title="Een pleeggezin in de buurt",
        summary="Een pleeggezin vangt tieners op in hun eigen wijk.",
        first_published_at=_when(6),
    )
    daughter = ArticlePageFactory(
        title="Vader en dochter",
        lead="Een vader vertelt over zijn dochter en hun weekends samen.",
        first_published_at=_when(6),
    )
    sentence = ArticlePageFactory(
        title="Zoon weer naar school",
        lead="Een vader vertelt hoe zijn zoon na maanden thuis weer naar school ging.",
        first_published_at=_when(6),
    )
    draft = PracticePageFactory(
        title="Concept over thuiszitters",
        summary="Nog niet gepubliceerd: thuiszitters en verzuim.",
        live=False,
    )
    article = ArticlePageFactory(
        title="Terugblik thuiszitters",
        lead="Wat we hoorden over thuiszitters.",
        domains=[onderwijs],
        first_published_at=_when(5),
    )
    event = EventPageFactory(
        title="Dialoogavond thuiszitters",
        intro="<p>Een avond over thuiszitters.</p>",
        first_published_at=_when(4),
    )
    bottleneck = BottleneckPageFactory(
        title="Geen plek voor thuiszitters",
        description="<p>Thuiszitters vinden geen passende plek.</p>",
        first_published_at=_when(3),
    )
    community = CommunityPageFactory(
        title="Community thuiszitters",
        intro="<p>Leren over thuiszitters.</p>",
        domains=[jeugd],
        first_published_at=_when(50),
    )
    open_page = SpacePageFactory(
        parent=community,
        title="Openbare notities thuiszitters",
        intro="<p>Voor iedereen: thuiszitters.</p>",
        first_published_at=_when(2),
    )
    members_group = Group.objects.create(name="Leden community thuiszitters")
    members_only = SpacePageFactory(
        parent=community,
        title="Besloten verslag thuiszitters",
        intro="<p>Alleen voor leden: thuiszitters en geheime afspraken.</p>",
        first_published_at=_when(1),
    )
    members_child = SpacePageFactory(
        parent=members_only,
        title="Besloten bijlage thuiszitters",
        intro="<p>Onder het besloten verslag: thuiszitters.</p>",
        first_published_at=_when(1),
    )
    restriction = PageViewRestriction.objects.create(
        page=members_only, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.add(members_group)
    login_only = SpacePageFactory(
        parent=community,
        title="Ingelogd overzicht thuiszitters",
        intro="<p>Voor wie ingelogd is: thuiszitters.</p>",
        first_published_at=_when(1),
    )
    PageViewRestriction.objects.create(page=login_only, restriction_type=PageViewRestriction.LOGIN)

    member = UserFactory(email="lid@example.org")
    member.groups.add(members_group)
    outsider = UserFactory(email="buitenstaander@example.org")
    admin = SuperUserFactory(email="beheer@example.org")
    return SimpleNamespace(**locals())


def index_all():
    """Index every page into every backend, as `update_index` does after a deploy."""
    call_command("update_index", stdout=StringIO(), stderr=StringIO())
    refresh()


def refresh():
    backend = get_search_backend("default")
    index_for = getattr(backend, "get_index_for_model", None)
    if index_for is not None and hasattr(index_for(Page), "refresh"):
        index_for(Page).refresh()
