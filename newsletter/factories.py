import factory
from django.utils import timezone
from factory.django import DjangoModelFactory

from .models import Issue, Subscriber, SubscriberStatus


class SubscriberFactory(DjangoModelFactory):
    """A confirmed subscriber; pass `status=SubscriberStatus.PENDING` for one who has not
    confirmed yet."""

    class Meta:
        model = Subscriber
        django_get_or_create = ("email",)

    email = factory.Sequence(lambda n: f"lezer{n + 1}@example.org")
    name = factory.Faker("first_name", locale="nl_NL")
    status = SubscriberStatus.ACTIVE
    confirmed_at = factory.LazyFunction(timezone.now)


class IssueFactory(DjangoModelFactory):
    class Meta:
        model = Issue

    subject = factory.Sequence(lambda n: f"Nieuwsbrief Met Andere Ogen nr. {n + 1}")
    body = "Beste lezer,\n\nDit is het nieuws uit het netwerk.\n\nHet programmabureau"
