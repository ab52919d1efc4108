"""Threads and posts for tests and the demo site (`seed_demo`).

`ThreadFactory(space=..., author=..., text=...)` makes a thread with its opening post;
`PostFactory(thread=..., author=...)` a reply.
"""

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from members.factories import UserFactory

from .models import Post, Thread, ThreadKind, Visibility


class ThreadFactory(DjangoModelFactory):
    """A thread in `space` (pass one) with its opening post (`text`)."""

    class Meta:
        model = Thread
        skip_postgeneration_save = True

    space = None
    author = factory.SubFactory(UserFactory)
    title = factory.Iterator(
        [
            "Hoe houden jullie contact met ouders tijdens een lange wachttijd?",
            "Ervaringen met een vast aanspreekpunt per gezin",
            "Wie heeft een goed voorbeeld van een gezamenlijk plan?",
        ]
    )
    kind = ThreadKind.DISCUSSION
    visibility = Visibility.MEMBERS
    created_at = factory.LazyFunction(timezone.now)
    last_activity_at = factory.LazyAttribute(lambda o: o.created_at)

    @factory.post_generation
    def text(obj, create, extracted, **kwargs):  # noqa: N805 (factory_boy's signature)
        if create:
            Post.objects.create(
                thread=obj,
                author=obj.author,
                is_opening=True,
                text=extracted or "Ik ben benieuwd hoe jullie dit aanpakken.",
                created_at=obj.created_at,
            )


class QuestionFactory(ThreadFactory):
    kind = ThreadKind.QUESTION


class PostFactory(DjangoModelFactory):
    """A reply in `thread` (pass one)."""

    class Meta:
        model = Post

    thread = None
    author = factory.SubFactory(UserFactory)
    text = factory.Iterator(
        [
            "Bij ons werkt een vaste belafspraak elke twee weken goed.",
            "Wij nodigen ouders uit voor het overleg, ook als er nog niets te melden is.",
            "Goede vraag: ik deel na de volgende bijeenkomst ons werkplan.",
        ]
    )
    created_at = factory.LazyFunction(timezone.now)
