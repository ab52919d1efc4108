"""Builds the demo site from `content`, `taxonomy` and `practices`, with the factories
(and, for the practice examples in `data/practices.jsonl`, with the importer).

Every step looks up what exists (by slug under its parent, or by natural key) before
creating anything, so running it twice changes nothing. `add_practices(n)` is the
exception by design: it adds n generated practice examples each time, in bulk.
"""

import datetime
import time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, Site
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backends

from agenda.factories import EventIndexPageFactory, EventPageFactory
from agenda.models import EventIndexPage, EventPage
from articles.factories import ArticleIndexPageFactory, ArticlePageFactory
from articles.models import ArticleIndexPage, ArticlePage
from bottlenecks.factories import BottleneckIndexPageFactory, BottleneckPageFactory
from bottlenecks.models import BottleneckIndexPage, BottleneckPage
from conversation.demo import build_demo_conversations
from cop.factories import (
    CommunityPageFactory,
    DialoguePageFactory,
    FieldlabPageFactory,
    SpaceIndexPageFactory,
    SpacePageFactory,
)
from cop.models import CommunityPage, DialoguePage, FieldlabPage, SpaceIndexPage, SpacePage
from core.factories import DocumentFactory, ImageFactory, get_home_page
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage
from members.factories import DEFAULT_PASSWORD, SuperUserFactory
from practices.factories import PracticeIndexPageFactory
from practices.models import PracticeAttachment, PracticeIndexPage, PracticePage, PracticeThemeTag
from regions.factories import CallPageFactory, RegionIndexPageFactory, RegionPageFactory
from regions.models import CallPage, RegionIndexPage, RegionPage
from taxonomy import vocabularies as vocabulary
from taxonomy.factories import (
    AdviceFactory,
    AgeGroupFactory,
    AmbitionFactory,
    ConceptFactory,
    DomainFactory,
    EvidenceLevelFactory,
    ThemeFactory,
)
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

from . import content
from .agenda import build_agenda
from .knowledge import build_knowledge
from .practices import ATTACHMENTS, examples, generated, import_examples

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
ADMIN_EMAIL = "admin@example.org"
ADMIN_PASSWORD = DEFAULT_PASSWORD

# Fields of a generated practice example taken as they are (see `practices.generated`).
GENERATED_FIELDS = [
    "title",
    "summary",
    "problem",
    "approach",
    "results",
    "lessons",
    "target_group",
    "prevention_level",
    "place",
    "contact_name",
    "contact_organisation",
    "contact_email",
]

SUMMARY_MODELS = [
    HomePage,
    StandardPage,
    SpaceIndexPage,
    CommunityPage,
    FieldlabPage,
    DialoguePage,
    SpacePage,
    PracticeIndexPage,
    PracticePage,
    ArticleIndexPage,
    ArticlePage,
    EventIndexPage,
    EventPage,
    RegionIndexPage,
    RegionPage,
    CallPage,
    BottleneckIndexPage,
    BottleneckPage,
]


class Tally:
    def __init__(self):
        self.created = 0
        self.found = 0

    def __str__(self):
        return f"{self.created} created, {self.found} already there"


class DemoBuilder:
    def __init__(self, stdout, style, admin_password=None, image_size=(1200, 675), verbosity=1):
        self.stdout = stdout
        self.verbosity = verbosity
        self.style = style
        self.admin_password = admin_password
        self.image_size = image_size
        self.admin = None
        self.admin_status = ""
        self.admin_password_shown = ""

    # Output -------------------------------------------------------------------------

    def say(self, message, ending="\n"):
        if self.verbosity:
            self.stdout.write(message, ending=ending)

    def done(self, label, tally, started):
        self.say(f"  {label}: {tally} ({time.monotonic() - started:.1f}s)")

    # Building blocks ----------------------------------------------------------------

    def body(self, blocks):
        """Turn the notation of `content` into StreamField data."""
        stream = []
        for kind, *args in blocks:
            if kind == "heading":
                stream.append(("heading", {"text": args[0], "level": "h2"}))
            elif kind == "paragraph":
                stream.append(("paragraph", RichText(args[0])))
            elif kind == "quote":
                stream.append(("quote", {"quote": args[0], "attribution": args[1]}))
            elif kind == "document":
                document = self.documents[args[0]]
                stream.append(("document", {"document": document, "title": args[1]}))
            elif kind == "image":
                image = self.images[args[0]]
                stream.append(("image", {"image": image, "alt_text": "", "caption": args[1]}))
            else:
                raise ValueError(f"Unknown block {kind!r}")
        return stream

    def ensure(self, tally, factory_class, parent, slug, existing=None, **fields):
        """The child of `parent` with this slug (or the first of `existing`), else a new,
        published page with a revision."""
        if existing is None:
            existing = Page.objects.child_of(parent).filter(slug=slug)
        page = existing.first()
        if page is not None:
            tally.found += 1
            return page.specific
        tally.created += 1
        return factory_class(parent=parent, slug=slug, revision=True, user=self.admin, **fields)

    def taxonomy_kwargs(self, spec):
        return {
            "domains": [self.domains[slug] for slug in spec.get("domains", ())],
            "themes": [self.themes[name] for name in spec.get("themes", ())],
        }

    # Sections -----------------------------------------------------------------------

    def build(self):
        started = time.monotonic()
        if HomePage.objects.exists():
            self.say(
                self.style.WARNING(
                    "Existing demo content found: only what is missing will be added."
                )
            )
        with transaction.atomic():
            self.build_admin()
            self.build_taxonomy()
            self.build_media()
            self.build_home()
            self.build_standard_pages()
            self.build_spaces()
            self.build_regions()
            self.build_practices()
            self.build_articles()
            self.build_events()
            self.build_bottlenecks()
            build_knowledge(self)
            build_agenda(self)
            build_demo_conversations(self.spaces, self.say)
        self.say(f"Demo content ready in {time.monotonic() - started:.1f}s.")

    def build_admin(self):
        user_model = get_user_model()
        password = self.admin_password or ADMIN_PASSWORD
        user = user_model.objects.filter(email=ADMIN_EMAIL).first()
        if user is None:
            user = SuperUserFactory(
                email=ADMIN_EMAIL, password=password, first_name="Demo", last_name="Beheerder"
            )
            self.admin_status = "created"
            self.admin_password_shown = password
        elif self.admin_password:
            user.set_password(self.admin_password)
            user.is_staff = user.is_superuser = user.is_active = True
            user.save()
            self.admin_status = "password set"
            self.admin_password_shown = self.admin_password
        else:
            self.admin_status = "already there"
            self.admin_password_shown = (
                ADMIN_PASSWORD
                if user.check_password(ADMIN_PASSWORD)
                else "(unchanged; set one with --admin-password)"
            )
        self.admin = user
        self.say(f"Admin user {ADMIN_EMAIL}: {self.admin_status}")

    def build_taxonomy(self):
        started = time.monotonic()
        self.say("Taxonomy")
        models = [Domain, Theme, AgeGroup, Advice, Ambition, EvidenceLevel, Concept, ConceptTerm]
        before = {model: model.objects.count() for model in models}

        self.domains = {
            slug: DomainFactory(slug=slug, name=name, description=description, sort_order=i)
            for i, (slug, name, description) in enumerate(vocabulary.DOMAINS)
        }
        self.themes = {
            name: ThemeFactory(name=name, description=description)
            for name, description in vocabulary.THEMES
        }
        self.age_groups = {
            label: AgeGroupFactory(label=label, min_age=low, max_age=high)
            for label, low, high in vocabulary.AGE_GROUPS
        }
        self.advices = {
            number: AdviceFactory(number=number, title=title, description=description)
            for number, title, description in vocabulary.ADVICES
        }
        self.ambitions = {
            number: AmbitionFactory(number=number, title=title, description=description)
            for number, title, description in vocabulary.AMBITIONS
        }
        self.levels = {
            rank: EvidenceLevelFactory(
                rank=rank, name=name, description=description, next_step=next_step
            )
            for rank, name, description, next_step in vocabulary.EVIDENCE_LEVELS
        }
        for concept in vocabulary.CONCEPTS:
            ConceptFactory(
                name=concept.name,
                description=concept.description,
                terms=[
                    (self.domains[slug], word)
                    for slug, words in concept.terms.items()
                    for word in words
                ],
            )
        for model in models:
            count = model.objects.count()
            created = count - before[model]
            self.say(f"  {model.__name__}: {count} ({created} created)")
        self.say(f"  ({time.monotonic() - started:.1f}s)")

    def build_media(self):
        started = time.monotonic()
        images, documents = Tally(), Tally()
        self.images = {}
        for seed, (key, (title, palette, style)) in enumerate(content.IMAGES.items()):
            image = Image.objects.filter(title=title).first()
            if image is None:
                width, height = self.image_size
                image = ImageFactory(
                    title=title,
                    width=width,
                    height=height,
                    palette=palette,
                    style=style,
                    seed=seed,
                    uploaded_by_user=self.admin,
                )
                images.created += 1
            else:
                images.found += 1
            self.images[key] = image
        self.documents = {}
        for key, (title, filename, paragraphs) in content.DOCUMENTS.items():
            document = Document.objects.filter(title=title).first()
            if document is None:
                document = DocumentFactory(
                    title=title,
                    filename=filename,
                    paragraphs=paragraphs,
                    uploaded_by_user=self.admin,
                )
                documents.created += 1
            else:
                documents.found += 1
            self.documents[key] = document
        self.say("Media")
        self.say(f"  images: {images}")
        self.done("documents", documents, started)

    def build_home(self):
        started = time.monotonic()
        tally = Tally()
        existing = HomePage.objects.first()
        if existing is None:
            self.home = get_home_page(
                title=content.HOME["title"],
                slug="home",
                lead=content.HOME["lead"],
                intro=content.HOME["intro"],
                body=self.body(content.HOME["body"]),
                revision=True,
                user=self.admin,
            )
            tally.created += 1
        else:
            self.home = existing
            tally.found += 1
        site = Site.objects.get(is_default_site=True)
        if site.root_page_id != self.home.pk or not site.site_name:
            site.root_page = self.home
            site.site_name = site.site_name or content.HOME["title"]
            site.save()
        self.say("Home page and site")
        self.done("home page", tally, started)

    def build_standard_pages(self):
        started = time.monotonic()
        tally = Tally()

        def add(parent, specs):
            for spec in specs:
                # A page of an older demo under a former slug counts as there.
                slugs = [spec["slug"], *spec.get("former_slugs", ())]
                page = self.ensure(
                    tally,
                    StandardPageFactory,
                    parent,
                    spec["slug"],
                    existing=Page.objects.child_of(parent).filter(slug__in=slugs),
                    title=spec["title"],
                    intro=spec["intro"],
                    body=self.body(spec["body"]),
                    show_in_menus=spec["show_in_menus"],
                )
                add(page, spec.get("children", ()))

        add(self.home, content.STANDARD_PAGES)
        self.say("Standard pages")
        self.done("standard pages", tally, started)

    def build_spaces(self):
        started = time.monotonic()
        indexes, spaces, pages = Tally(), Tally(), Tally()
        self.space_indexes = {}
        for spec in content.SPACE_INDEXES:
            self.space_indexes[spec["kind"]] = self.ensure(
                indexes,
                SpaceIndexPageFactory,
                self.home,
                spec["slug"],
                existing=SpaceIndexPage.objects.filter(kind=spec["kind"]),
                kind=spec["kind"],
                title=spec["title"],
                intro=spec["intro"],
                show_in_menus=True,
            )

        def add_pages(parent, specs):
            for spec in specs:
                page = self.ensure(
                    pages,
                    SpacePageFactory,
                    parent,
                    spec["slug"],
                    title=spec["title"],
                    intro=spec["intro"],
                    body=self.body(spec["body"]),
                )
                add_pages(page, spec.get("children", ()))

        self.spaces = {}
        groups = [
            ("cop", CommunityPageFactory, content.COMMUNITIES),
            ("fieldlab", FieldlabPageFactory, content.FIELDLABS),
            ("dialogue", DialoguePageFactory, content.DIALOGUES),
        ]
        for kind, factory_class, specs in groups:
            for spec in specs:
                extra = {}
                if "question" in spec:
                    extra.update(question=spec["question"], stage=spec["stage"])
                if "harvest" in spec:
                    extra["harvest"] = spec["harvest"]
                space = self.ensure(
                    spaces,
                    factory_class,
                    self.space_indexes[kind],
                    spec["slug"],
                    title=spec["title"],
                    intro=spec["intro"],
                    image=self.images[spec["image"]],
                    join_policy=spec["join_policy"],
                    contact_name=spec["contact"][0],
                    contact_email=spec["contact"][1],
                    **self.taxonomy_kwargs(spec),
                    **extra,
                )
                self.spaces[spec["slug"]] = space
                add_pages(space, spec["pages"])
        self.say("Spaces")
        self.say(f"  space indexes: {indexes}")
        self.say(f"  communities, fieldlabs and dialogues: {spaces}")
        self.done("shared pages", pages, started)
        from demo.members import build_members

        build_members(self.spaces, self.say)

    def build_regions(self):
        started = time.monotonic()
        tally = Tally()
        spec = content.INDEXES["regions"]
        self.region_index = self.ensure(
            tally,
            RegionIndexPageFactory,
            self.home,
            spec["slug"],
            existing=RegionIndexPage.objects.all(),
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        regions, calls = Tally(), Tally()
        self.regions_by_place = {}
        images = list(self.images.values())
        for i, row in enumerate(content.REGIONS):
            slug, title, province, municipalities, intro, coalition, domains, themes = row
            region = self.ensure(
                regions,
                RegionPageFactory,
                self.region_index,
                slug,
                title=title,
                province=province,
                municipalities=municipalities,
                intro=f"<p>{intro}</p>",
                coalition="\n".join(coalition),
                image=images[i % len(images)],
                contact_name=f"Verbinder {title}",
                contact_email=f"{slug}@example.org",
                body=self.body(
                    [
                        ("heading", "Wat we leren"),
                        ("paragraph", f"<p>{intro}</p>"),
                    ]
                ),
                **self.taxonomy_kwargs({"domains": domains, "themes": themes}),
            )
            for place in municipalities.split(","):
                self.regions_by_place[place.strip()] = region

        now = timezone.now()
        for spec, opens, closes in [
            (content.CALL_CLOSED, now - datetime.timedelta(days=420), -360),
            (content.CALL_OPEN, now - datetime.timedelta(days=10), 45),
        ]:
            self.ensure(
                calls,
                CallPageFactory,
                self.region_index,
                spec["slug"],
                title=spec["title"],
                intro=spec["intro"],
                body=self.body(spec["body"]),
                opens_at=opens,
                closes_at=now + datetime.timedelta(days=closes),
            )
        self.say("Inspiration regions")
        self.say(f"  index: {tally}")
        self.say(f"  regions: {regions}")
        self.done("calls", calls, started)

    def build_practices(self):
        """The examples in `data/practices.jsonl`, through the importer users have."""
        started = time.monotonic()
        index_tally, tally = Tally(), Tally()
        spec = content.INDEXES["practices"]
        self.practice_index = self.ensure(
            index_tally,
            PracticeIndexPageFactory,
            self.home,
            spec["slug"],
            existing=PracticeIndexPage.objects.all(),
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        tally.created, tally.found = import_examples(
            self.practice_index, self.admin, self.images.values(), self.documents
        )
        self.say("Practice examples")
        self.say(f"  index: {index_tally}")
        self.done("practices", tally, started)

    def build_articles(self):
        started = time.monotonic()
        index_tally, tally = Tally(), Tally()
        spec = content.ARTICLE_INDEX
        index = self.ensure(
            index_tally,
            ArticleIndexPageFactory,
            self.home,
            spec["slug"],
            existing=ArticleIndexPage.objects.all(),
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        today = timezone.localdate()
        for spec in content.ARTICLES:
            date = spec["date"]
            date = (
                datetime.date(*date)
                if isinstance(date, tuple)
                else today - datetime.timedelta(days=date)
            )
            self.ensure(
                tally,
                ArticlePageFactory,
                index,
                spec["slug"],
                title=spec["title"],
                kind=spec["kind"],
                date=date,
                author=spec["author"],
                lead=spec["lead"],
                image=self.images[spec["image"]],
                body=self.body(spec["body"]),
                **self.taxonomy_kwargs(spec),
            )
        self.say("Articles")
        self.say(f"  index: {index_tally}")
        self.done("articles", tally, started)

    def build_events(self):
        started = time.monotonic()
        index_tally, tally = Tally(), Tally()
        spec = content.EVENT_INDEX
        index = self.ensure(
            index_tally,
            EventIndexPageFactory,
            self.home,
            spec["slug"],
            existing=EventIndexPage.objects.all(),
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        today = timezone.localdate()
        for spec in content.EVENTS:
            day = today + datetime.timedelta(days=spec["days"])
            start = datetime.datetime.combine(
                day, datetime.time.fromisoformat(spec["start"]), tzinfo=AMSTERDAM
            )
            end = datetime.datetime.combine(
                day, datetime.time.fromisoformat(spec["end"]), tzinfo=AMSTERDAM
            )
            space = None
            if "space" in spec:
                space = self.spaces[spec["space"][1]]
            self.ensure(
                tally,
                EventPageFactory,
                index,
                spec["slug"],
                title=spec["title"],
                kind=spec["kind"],
                start=start,
                end=end,
                location=spec["location"],
                online_link=(
                    f"https://meet.example.org/mao/{spec['slug']}" if spec.get("online") else ""
                ),
                audience=spec["audience"],
                capacity=spec["capacity"],
                registration_deadline=start - datetime.timedelta(days=2),
                intro=spec["intro"],
                image=self.images[spec["image"]],
                space=space,
                programme=self.body(
                    [
                        (  # the page itself heads it "Programma"
                            "paragraph",
                            f"<ul><li>{spec['start']} Welkom en kennismaking</li>"
                            "<li>In gesprek in kleine groepen</li>"
                            f"<li>{spec['end']} Oogst en afsluiting</li></ul>",
                        ),
                    ]
                ),
                **self.taxonomy_kwargs(spec),
            )
        self.say("Agenda")
        self.say(f"  index: {index_tally}")
        self.done("events", tally, started)

    def build_bottlenecks(self):
        started = time.monotonic()
        index_tally, tally = Tally(), Tally()
        spec = content.INDEXES["bottlenecks"]
        index = self.ensure(
            index_tally,
            BottleneckIndexPageFactory,
            self.home,
            spec["slug"],
            existing=BottleneckIndexPage.objects.all(),
            title=spec["title"],
            intro=spec["intro"],
            show_in_menus=True,
        )
        for spec in content.BOTTLENECKS:
            self.ensure(
                tally,
                BottleneckPageFactory,
                index,
                spec["slug"],
                title=spec["title"],
                status=spec["status"],
                description=spec["description"],
                examples=spec["examples"],
                desired_change=spec["desired_change"],
                **self.taxonomy_kwargs(spec),
            )
        self.say("Bottlenecks")
        self.say(f"  index: {index_tally}")
        self.done("bottlenecks", tally, started)

    # Bulk practices -------------------------------------------------------------------

    def add_practices(self, count, batch_size=500):
        """Add `count` generated practice examples, fast.

        Pages are written with bulk inserts and a computed tree path, live but without
        revisions, and indexed for search in bulk at the end: `add_child` plus a revision
        per page would take a quarter of an hour for 10,000 pages on SQLite.
        """
        started = time.monotonic()
        self.say(f"Adding {count} generated practice examples")
        index = PracticeIndexPage.objects.get()
        content_type = ContentType.objects.get_for_model(PracticePage)
        depth = index.depth + 1
        last = index.get_last_child()
        next_step = last._get_lastpos_in_path() + 1 if last else 1
        slugs = set(Page.objects.child_of(index).values_list("slug", flat=True))
        n = max(len(examples()), len(slugs))

        domains = {d.slug: d.pk for d in Domain.objects.all()}
        themes = {t.name: t.pk for t in Theme.objects.all()}
        ages = {a.label: a.pk for a in AgeGroup.objects.all()}
        advices = {a.number: a.pk for a in Advice.objects.all()}
        ambitions = {a.number: a.pk for a in Ambition.objects.all()}
        levels = {level.name: level for level in EvidenceLevel.objects.all()}
        regions = {
            place.strip(): region
            for region in RegionPage.objects.all()
            for place in region.municipalities.split(",")
        }
        spaces = {
            page.slug: page for page in Page.objects.type(CommunityPage, FieldlabPage, DialoguePage)
        }
        image_ids = list(Image.objects.order_by("pk").values_list("pk", flat=True))
        documents = {
            key: Document.objects.filter(title=title).values_list("pk", flat=True).first()
            for key, (title, _filename, _paragraphs) in content.DOCUMENTS.items()
        }

        through = {
            name: PracticePage._meta.get_field(name).remote_field.through
            for name in ("domains", "age_groups", "advices", "ambitions")
        }
        child_fields = PracticePage._meta.local_concrete_fields
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        now = timezone.now()
        owner = get_user_model().objects.filter(email=ADMIN_EMAIL).first()
        created_ids = []
        progress_every = max(batch_size, count // 10)
        done_since_report = 0

        for batch_start in range(0, count, batch_size):
            batch = []
            relations = []
            for _ in range(min(batch_size, count - batch_start)):
                spec = generated(n)
                slug = f"{spec['slug']}-{n}"
                while slug in slugs:
                    slug += "-x"
                slugs.add(slug)
                published = now - datetime.timedelta(days=(n * 37) % 1095, minutes=n % 1440)
                page = PracticePage(
                    path=PracticePage._get_path(index.path, depth, next_step),
                    depth=depth,
                    numchild=0,
                    slug=slug,
                    url_path=f"{index.url_path}{slug}/",
                    content_type=content_type,
                    locale_id=index.locale_id,
                    live=True,
                    has_unpublished_changes=False,
                    first_published_at=published,
                    last_published_at=published,
                    owner=owner,
                    image_id=image_ids[n % len(image_ids)] if image_ids and n % 3 else None,
                    evidence_level=levels[spec["evidence_level"]],
                    region=regions.get(spec["place"]),
                    space=spaces.get(spec.get("space")),
                    **{field: spec[field] for field in GENERATED_FIELDS},
                )
                page.draft_title = page.title
                next_step += 1
                n += 1
                batch.append(page)
                relations.append(spec)

            with transaction.atomic():
                bases = Page.objects.bulk_create(
                    [Page(**{f.attname: getattr(p, f.attname) for f in page_fields}) for p in batch]
                )
                if any(base.pk is None for base in bases):
                    # Backends that do not return ids from bulk inserts: look them up.
                    ids = dict(
                        Page.objects.filter(path__in=[p.path for p in batch]).values_list(
                            "path", "pk"
                        )
                    )
                    for base in bases:
                        base.pk = ids[base.path]
                for page, base in zip(batch, bases, strict=True):
                    page.page_ptr_id = page.pk = base.pk
                # Django cannot bulk_create a multi-table child; insert the child rows the
                # way bulk_create does internally.
                PracticePage._base_manager._insert(
                    batch, fields=child_fields, using=connection.alias
                )
                rows = {name: [] for name in through}
                tags, attachments = [], []
                for page, spec in zip(batch, relations, strict=True):
                    for name, keys, lookup in [
                        ("domains", spec["domains"], domains),
                        ("age_groups", spec["age_groups"], ages),
                        ("advices", spec["advices"], advices),
                        ("ambitions", spec["ambitions"], ambitions),
                    ]:
                        model = through[name]
                        source = PracticePage._meta.get_field(name).m2m_field_name()
                        target = PracticePage._meta.get_field(name).m2m_reverse_field_name()
                        rows[name].extend(
                            model(**{f"{source}_id": page.pk, f"{target}_id": lookup[key]})
                            for key in keys
                        )
                    tags.extend(
                        PracticeThemeTag(content_object_id=page.pk, tag_id=themes[name])
                        for name in spec["themes"]
                    )
                    document_key = ATTACHMENTS.get(spec["approach_key"])
                    if document_key and documents.get(document_key):
                        attachments.append(
                            PracticeAttachment(
                                page_id=page.pk, document_id=documents[document_key], sort_order=0
                            )
                        )
                for name, model in through.items():
                    model.objects.bulk_create(rows[name])
                PracticeThemeTag.objects.bulk_create(tags)
                PracticeAttachment.objects.bulk_create(attachments)
                Page.objects.filter(pk=index.pk).update(numchild=F("numchild") + len(batch))
            created_ids.extend(page.pk for page in batch)
            done_since_report += len(batch)
            if done_since_report >= progress_every or len(created_ids) == count:
                done_since_report = 0
                elapsed = time.monotonic() - started
                self.say(f"  {len(created_ids)}/{count} pages written ({elapsed:.1f}s)")

        written = time.monotonic()
        self.index_practices(created_ids, batch_size)
        self.say(
            f"  search index updated for {len(created_ids)} pages "
            f"({time.monotonic() - written:.1f}s)"
        )
        self.say(f"  {count} practices added in {time.monotonic() - started:.1f}s")
        return created_ids

    def index_practices(self, ids, chunk_size=500):
        backends = list(get_search_backends(with_auto_update=True))
        if not backends:
            return
        queryset = (
            PracticePage.get_indexed_objects()
            .select_related("evidence_level")
            .prefetch_related("domains", "age_groups", "themes")
        )
        for start in range(0, len(ids), chunk_size):
            chunk = list(queryset.filter(pk__in=ids[start : start + chunk_size]))
            for backend in backends:
                backend.add_bulk(PracticePage, chunk)

    # Summary ----------------------------------------------------------------------------

    def summary(self):
        self.say("")
        self.say(self.style.MIGRATE_HEADING("Pages (live)"))
        for model in SUMMARY_MODELS:
            count = model.objects.live().count()
            self.say(f"  {model.__name__}: {count}")
        self.say(f"  total pages: {Page.objects.count()}")
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        self.say("")
        self.say(self.style.SUCCESS("Log in to the admin"))
        self.say(f"  URL:      {admin_url}")
        self.say(f"  e-mail:   {ADMIN_EMAIL}")
        self.say(f"  password: {self.admin_password_shown}")
        from demo.members import DEMO_PASSWORD, DEMO_ROLES

        self.say("")
        self.say(self.style.SUCCESS(f"Every demo role (password {DEMO_PASSWORD})"))
        self.say(f"  {ADMIN_EMAIL:<30} superuser: everything, in the admin")
        for email, who, what in DEMO_ROLES:
            self.say(f"  {email:<30} {who}: {what}")
        self.say("  log in at /account/inloggen/; members and editors write at /admin/")
        if "console" in settings.EMAIL_BACKEND:
            self.say("  mail (confirmations, notifications) is printed in this console")
