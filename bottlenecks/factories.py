import factory
from factory.django import DjangoModelFactory

from core.factories import PageFactory, get_home_page, get_or_create_child

from .models import (
    BottleneckIndexPage,
    BottleneckPage,
    BottleneckStatus,
    BottleneckStatusChange,
    Recognition,
)


class BottleneckIndexPageFactory(PageFactory):
    class Meta:
        model = BottleneckIndexPage

    title = "Knelpunten"
    slug = "knelpunten"
    intro = "<p>Knelpunten die leden inbrengen, en wat ermee gebeurt.</p>"
    show_in_menus = True


def get_bottleneck_index():
    return get_or_create_child(BottleneckIndexPage, BottleneckIndexPageFactory, get_home_page())


class BottleneckPageFactory(PageFactory):
    class Meta:
        model = BottleneckPage

    title = factory.Iterator(
        [
            "Vrijstellingen artikel 5a",
            "Schotten tussen budgetten onderwijs en jeugdhulp",
            "Leerlingenvervoer bij maatwerk",
        ]
    )
    description = "<p>Regels en budgetten staan samenwerking rond het kind in de weg.</p>"
    examples = "<ul><li>Een leerling met een maatwerkrooster krijgt geen vervoer.</li></ul>"
    desired_change = "<p>Eén gezamenlijk budget per regio, met één verantwoording.</p>"
    status = BottleneckStatus.SUBMITTED

    @classmethod
    def default_parent(cls):
        return get_bottleneck_index()


class BottleneckStatusChangeFactory(DjangoModelFactory):
    class Meta:
        model = BottleneckStatusChange

    page = factory.SubFactory(BottleneckPageFactory)
    status = BottleneckStatus.SUBMITTED
    note = ""


class RecognitionFactory(DjangoModelFactory):
    class Meta:
        model = Recognition

    page = factory.SubFactory(BottleneckPageFactory)
    user = factory.SubFactory("members.factories.UserFactory")
