"""Living discussions for the demo site, called by `seed_demo` (demo/builder.py).

Idempotent: a thread whose title is already in its space is left as it is. Writers are
the space's own active members, so every thread is one its members could have started.
"""

from datetime import timedelta

from django.utils import timezone

from members.models import Membership

from .factories import PostFactory, ThreadFactory
from .models import Thread, ThreadKind, Visibility

# (title, kind, visibility, opening text, replies, index of the best answer or None)
CONVERSATIONS = [
    [
        (
            "Hoe houden jullie contact met ouders als een leerling maanden thuiszit?",
            ThreadKind.QUESTION,
            Visibility.MEMBERS,
            "Bij ons verwatert het contact na een paar weken. Wie heeft een vaste aanpak "
            "die ouders als prettig ervaren?",
            [
                "Wij spreken bij de eerste melding af wie het vaste aanspreekpunt is, en dat "
                "blijft zo, ook als de hulp wisselt. Elke twee weken een belafspraak, ook "
                "zonder nieuws.",
                "Herkenbaar. Wat hielp: de ouder kiest zelf of het gesprek thuis, op school "
                "of bij het wijkteam is.",
                "Goede tip van het vaste aanspreekpunt, dat nemen we mee naar ons overleg.",
            ],
            0,
        ),
        (
            "Verslag van de bijeenkomst in maart: wat nemen we mee?",
            ThreadKind.DISCUSSION,
            Visibility.PUBLIC,
            "Drie dingen die ik meenam: een gezamenlijk plan, één gesprek met het gezin in "
            "plaats van drie, en samen terugkijken na zes weken. Wat namen jullie mee?",
            ["Vooral dat leerplicht er vanaf het begin bij was. Dat scheelde weken."],
            None,
        ),
    ],
    [
        (
            "Wie heeft een voorbeeld van een gezamenlijk plan met onderwijs en jeugdhulp?",
            ThreadKind.QUESTION,
            Visibility.PUBLIC,
            "We willen in het fieldlab met één plan per gezin werken. Heeft iemand een "
            "format dat in de praktijk werkt?",
            [
                "Wij gebruiken één A4: wat wil het gezin, wie doet wat, wanneer kijken we "
                "terug. Ik deel het in de gedeelde pagina's.",
                "Wij werken met het format van de gemeente, maar het is te lang.",
            ],
            0,
        ),
    ],
    [
        (
            "Vragen voor de volgende dialoogavond",
            ThreadKind.DISCUSSION,
            Visibility.MEMBERS,
            "Welke vraag willen jullie de volgende keer met ouders en professionals bespreken?",
            [
                "Hoe voelt het voor ouders om steeds opnieuw hun verhaal te doen?",
                "Wat betekent 'gelijkwaardig' als de professional het laatste woord heeft?",
            ],
            None,
        ),
    ],
]


def build_demo_conversations(spaces, say=print):
    """Threads, replies and best answers in a space of each kind (`spaces`: slug -> page)."""
    made = 0
    now = timezone.now()
    # Of each kind (community, fieldlab, dialogue) the first space with two members or more.
    chosen = {}
    for space in spaces.values():
        if space.space_kind in chosen:
            continue
        members = [
            membership.user
            for membership in Membership.objects.active()
            .filter(space_id=space.pk)
            .select_related("user")
            .order_by("pk")
        ]
        if len(members) >= 2:
            chosen[space.space_kind] = (space, members)
    for (space, members), threads in zip(chosen.values(), CONVERSATIONS, strict=False):
        for number, (title, kind, visibility, text, replies, best) in enumerate(threads):
            if Thread.objects.filter(space_id=space.pk, title=title).exists():
                continue
            started = now - timedelta(days=20 - 7 * number, hours=3)
            thread = ThreadFactory(
                space=space,
                author=members[0],
                title=title,
                kind=kind,
                visibility=visibility,
                text=text,
                created_at=started,
            )
            posts = [
                PostFactory(
                    thread=thread,
                    author=members[1 + index % (len(members) - 1)],
                    text=reply,
                    created_at=started + timedelta(days=1 + index, hours=index),
                )
                for index, reply in enumerate(replies)
            ]
            thread.last_activity_at = posts[-1].created_at if posts else started
            thread.best_answer = posts[best] if best is not None else None
            thread.save(update_fields=["last_activity_at", "best_answer"])
            made += 1
    say(f"  conversations: {made} threads added, {Thread.objects.count()} in all")
