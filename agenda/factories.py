import datetime
from zoneinfo import ZoneInfo

import factory
from django.utils import timezone

from core.factories import PageFactory, get_home_page, get_or_create_child

from .models import EventIndexPage, EventKind, EventPage, Registration, RegistrationStatus

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def amsterdam(days, hour, minute=0):
    """An aware datetime `days` from today, at hour:minute Dutch time."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour, minute), tzinfo=AMSTERDAM)


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Agenda"
    slug = "agenda"
    intro = "<p>Dialoogavonden, masterclasses, werksessies en de Doen-dag.</p>"
    show_in_menus = True


def get_event_index():
    return get_or_create_child(EventIndexPage, EventIndexPageFactory, get_home_page())


class EventPageFactory(PageFactory):
    """An upcoming event, by default a week from now at 19:30 Dutch time."""

    class Meta:
        model = EventPage

    title = factory.Iterator(
        ["Dialoogavond thuiszitters", "Masterclass Netwerkregie", "Werksessie Schone Lei"]
    )
    kind = factory.Iterator([EventKind.DIALOGUE_EVENING, EventKind.MASTERCLASS, EventKind.WORKSHOP])
    start = factory.LazyFunction(lambda: amsterdam(7, 19, 30))
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    location = "Bibliotheek Amersfoort, Amersfoort"
    audience = "ouders, leerkrachten en jeugdprofessionals"
    capacity = 30
    intro = "<p>Een avond in gesprek, met ouders en professionals aan dezelfde tafel.</p>"

    @classmethod
    def default_parent(cls):
        return get_event_index()


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A registration with a seat. Real registrations go through `agenda.registrations`
    (which locks and mails); this factory writes the row directly, for tests and demo."""

    class Meta:
        model = Registration

    event = factory.SubFactory(EventPageFactory)
    name = factory.Faker("name", locale="nl_NL")
    email = factory.Sequence(lambda n: f"deelnemer{n + 1}@example.org")
    organisation = "Wijkteam Noord"
    status = RegistrationStatus.CONFIRMED
    queued_at = factory.LazyFunction(timezone.now)
