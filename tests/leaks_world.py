"""The world of tests/test_leaks.py: two spaces, secrets of space B, one person per role.

Every secret of space B carries its own marker word that appears nowhere else, and the
common word "geheimstuk" so that one search query finds all of them.
"""

from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, PageViewRestriction

from agenda.factories import EventPageFactory, get_event_index
from articles.editorial import EDITORS_GROUP, PROGRAMME_OFFICE_GROUP, ensure_editorial_setup
from articles.factories import get_article_index
from bottlenecks.factories import get_bottleneck_index
from conversation.factories import PostFactory, QuestionFactory, ThreadFactory
from conversation.models import Report, Visibility
from cop.factories import CommunityPageFactory, SpacePageFactory, get_space_index
from cop.models import JoinPolicy
from core.factories import get_home_page, log_and_publish
from core.sample_media import decorative_image
from members.factories import MembershipFactory, UserFactory
from practices.factories import PracticePageFactory, get_practice_index
from regions.factories import get_region_index

SEARCH_WORD = "geheimstuk"

# marker -> what carries it
MARKERS = {
    "zq1markerpagina": "title of B's members-only page",
    "zq1markertekst": "intro of B's members-only page",
    "zq2markerconcept": "title of a never published draft in B",
    "zq2markerconcepttekst": "intro of that draft",
    "zq3markerrevisie": "title of an unpublished revision of a live page in B",
    "zq3markerrevisietekst": "intro of that unpublished revision",
    "zq4markerdocument": "title of a document in B's 'Alleen leden' collection",
    "zq5markerbestand": "file name of that document",
    "zq6markerinhoud": "bytes of that document",
    "zq7markerafbeelding": "title of an image in B's 'Alleen leden' collection",
    "zq8markerfoto": "file name of that image",
    "zq9markeragenda": "title of a never published event organised by B",
    "zq9markerpraktijk": "title of a never published practice example of B",
    "zqgmarkergesprek": "title of a members-only thread in B",
    "zqgmarkeropening": "opening text of that thread",
    "zqgmarkerreactie": "a reply in that thread",
    "zqhmarkerverborgen": "title of a public thread in B hidden by a coordinator",
    "zqimarkerbericht": "a reply hidden by a coordinator in a public thread of B",
    "zqjmarkermelding": "the reason of an open report of B's members-only reply",
}

ROLES = ["visitor", "member_a", "member_ac", "coordinator_a", "editor", "office", "former_b"]


def build_leak_world(obj):
    """Set pages, media, ids and people as attributes on `obj` (a TestCase class)."""
    get_home_page()
    # every index of the site, so their listings, feeds and calendars are probed
    get_article_index()
    get_bottleneck_index()
    get_event_index()
    get_practice_index()
    get_region_index()
    for kind in ("cop", "fieldlab", "dialogue"):
        get_space_index(kind)
    ensure_editorial_setup()
    obj.space_a = CommunityPageFactory(
        title="Alfa-community", slug="alfa", join_policy=JoinPolicy.REQUEST
    )
    obj.space_b = CommunityPageFactory(
        title="Bravo-community", slug="bravo", join_policy=JoinPolicy.OPEN
    )
    # A third space: a member of A and C explores from the space index, above B.
    obj.space_c = CommunityPageFactory(title="Charlie-community", slug="charlie")
    SpacePageFactory(parent=obj.space_a, title="Openbare afspraken Alfa", slug="openbaar")

    secret = SpacePageFactory(
        parent=obj.space_b,
        title=f"Geheimstuk werkplan zq1markerpagina {SEARCH_WORD}",
        slug="besloten-b",
        intro=f"<p>Notulen zq1markertekst {SEARCH_WORD}</p>",
        members_only=True,
    )
    log_and_publish(secret)
    secret.intro = f"<p>Notulen zq1markertekst bijgewerkt {SEARCH_WORD}</p>"
    secret.save_revision().publish()
    secret.refresh_from_db()

    draft = SpacePageFactory(
        parent=obj.space_b,
        title=f"Concept zq2markerconcept {SEARCH_WORD}",
        slug="concept-b",
        intro=f"<p>Concepttekst zq2markerconcepttekst {SEARCH_WORD}</p>",
        live=False,
    )
    draft.save_revision()
    draft.refresh_from_db()

    revised = SpacePageFactory(
        parent=obj.space_b,
        title="Openbare afspraken Bravo",
        slug="openbaar-b",
        intro="<p>Wat iedereen mag lezen.</p>",
    )
    log_and_publish(revised)
    revised.title = f"Herziening zq3markerrevisie {SEARCH_WORD}"
    revised.intro = f"<p>Nog niet gepubliceerd zq3markerrevisietekst {SEARCH_WORD}</p>"
    unpublished = revised.save_revision()
    revised.refresh_from_db()

    for space in (obj.space_a, obj.space_b):
        space.refresh_from_db()
    collection = obj.space_b.members_collection
    document = get_document_model()(
        title=f"Verslag zq4markerdocument {SEARCH_WORD}",
        file=ContentFile(b"Vertrouwelijk zq6markerinhoud", name="zq5markerbestand.txt"),
        collection=collection,
    )
    document.save()
    image = get_image_model()(
        title=f"Foto zq7markerafbeelding {SEARCH_WORD}",
        file=ContentFile(decorative_image(3, 60, 40), name="zq8markerfoto.jpg"),
        collection=collection,
    )
    image._set_image_file_metadata()
    image.save()

    # B's drafts elsewhere in the tree: an event it organises, a practice of B
    draft_event = EventPageFactory(
        title=f"Bijeenkomst zq9markeragenda {SEARCH_WORD}", space=obj.space_b, live=False
    )
    draft_event.save_revision()
    EventPageFactory(title="Open avond Bravo", space=obj.space_b)
    draft_practice = PracticePageFactory(
        title=f"Aanpak zq9markerpraktijk {SEARCH_WORD}", space=obj.space_b, live=False
    )
    draft_practice.save_revision()

    # B's discussions: a members-only thread with a reply, a hidden public thread, and a
    # public question with a hidden reply (its text must not show; the question may).
    writer_b = UserFactory(email="schrijver-b@example.org")
    MembershipFactory(user=writer_b, space=obj.space_b)
    thread = ThreadFactory(
        space=obj.space_b,
        author=writer_b,
        title=f"Overleg zqgmarkergesprek {SEARCH_WORD}",
        text=f"Opening zqgmarkeropening {SEARCH_WORD}",
    )
    reply = PostFactory(
        thread=thread, author=writer_b, text=f"Reactie zqgmarkerreactie {SEARCH_WORD}"
    )
    hidden_thread = ThreadFactory(
        space=obj.space_b,
        author=writer_b,
        title=f"Onderwerp zqhmarkerverborgen {SEARCH_WORD}",
        visibility=Visibility.PUBLIC,
        hidden=True,
    )
    question = QuestionFactory(
        space=obj.space_b,
        author=writer_b,
        title="Open vraag Bravo",
        visibility=Visibility.PUBLIC,
        text="Wat werkt bij jullie?",
    )
    hidden_reply = PostFactory(
        thread=question,
        author=writer_b,
        text=f"Bericht zqimarkerbericht {SEARCH_WORD}",
        hidden=True,
    )
    Report.objects.create(
        post=reply, reporter=writer_b, reason=f"Melding zqjmarkermelding {SEARCH_WORD}"
    )
    obj.secret_thread, obj.secret_reply = thread, reply

    obj.secret_page, obj.draft_page, obj.revised_page = secret, draft, revised
    obj.document, obj.image = document, image
    obj.ids = {
        "page": [secret.pk, draft.pk, revised.pk, obj.space_b.pk, draft_event.pk],
        "space": [obj.space_b.pk],
        "revision": sorted(
            {*secret.revisions.values_list("pk", flat=True), unpublished.pk}
            | set(draft.revisions.values_list("pk", flat=True))
        ),
        "document": [document.pk],
        "image": [image.pk],
        "thread": [thread.pk, hidden_thread.pk, question.pk],
        "post": [thread.posts.get(is_opening=True).pk, reply.pk, hidden_reply.pk],
        "collection": [collection.pk],
        "page_restriction": list(
            PageViewRestriction.objects.filter(page__path__startswith=obj.space_b.path).values_list(
                "pk", flat=True
            )
        ),
        "collection_restriction": list(
            CollectionViewRestriction.objects.filter(collection=collection).values_list(
                "pk", flat=True
            )
        ),
    }
    obj.page_urls = [p.url for p in (secret, draft, revised, obj.space_b) if p.url] + [
        "/cop/bravo/concept-b/",
        "/cop/bravo/besloten-b/",
    ]

    member_a = UserFactory(email="lid-a@example.org")
    member_ac = UserFactory(email="lid-a-en-c@example.org")
    MembershipFactory(user=member_ac, space=obj.space_a)
    MembershipFactory(user=member_ac, space=obj.space_c)
    coordinator_a = UserFactory(email="coordinator-a@example.org")
    editor = UserFactory(email="redacteur@example.org")
    office = UserFactory(email="programmabureau@example.org")
    former_b = UserFactory(email="oud-lid-b@example.org")
    MembershipFactory(user=member_a, space=obj.space_a)
    MembershipFactory(user=coordinator_a, space=obj.space_a, role="coordinator")
    MembershipFactory(user=former_b, space=obj.space_b, status="left")
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    office.groups.add(Group.objects.get(name=PROGRAMME_OFFICE_GROUP))
    obj.people = {
        "visitor": None,
        "member_a": member_a,
        "member_ac": member_ac,
        "coordinator_a": coordinator_a,
        "editor": editor,
        "office": office,
        "former_b": former_b,
    }
