import datetime

import factory
from django.utils import timezone

from core.factories import PageFactory, get_home_page, get_or_create_child

from .models import CallPage, Province, RegionApplication, RegionIndexPage, RegionPage


class RegionIndexPageFactory(PageFactory):
    class Meta:
        model = RegionIndexPage

    title = "Inspiratieregio's"
    slug = "regio"
    intro = "<p>Inspiratieregio's vormen het hart van het netwerk.</p>"
    show_in_menus = True


def get_region_index():
    return get_or_create_child(RegionIndexPage, RegionIndexPageFactory, get_home_page())


class CallPageFactory(PageFactory):
    """An open call by default: opened a week ago, closes in a month."""

    class Meta:
        model = CallPage

    title = "Oproep: nieuwe inspiratieregio's gezocht"
    intro = "<p>Word inspiratieregio en leer mee met het netwerk.</p>"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=7))
    closes_at = factory.LazyAttribute(lambda o: o.opens_at + datetime.timedelta(days=37))

    @classmethod
    def default_parent(cls):
        return get_region_index()


class RegionPageFactory(PageFactory):
    class Meta:
        model = RegionPage

    title = factory.Iterator(["Twente", "Drechtsteden", "Walcheren", "Hart van Brabant"])
    province = factory.Iterator(
        [Province.OVERIJSSEL, Province.ZUID_HOLLAND, Province.ZEELAND, Province.NOORD_BRABANT]
    )
    municipalities = factory.Iterator(
        ["Enschede, Hengelo", "Dordrecht, Zwijndrecht", "Middelburg, Vlissingen", "Tilburg"]
    )
    intro = "<p>Onderwijs, zorg, jeugd en gemeente werken hier samen aan één aanpak.</p>"
    coalition = "Gemeente\nSamenwerkingsverband passend onderwijs\nGGD\nWijkteams"
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_email = factory.Sequence(lambda n: f"regio{n + 1}@example.org")

    @classmethod
    def default_parent(cls):
        return get_region_index()


class RegionApplicationFactory(factory.django.DjangoModelFactory):
    """An application to a call, as the public form stores it (without attachments)."""

    class Meta:
        model = RegionApplication

    call = factory.SubFactory(CallPageFactory)
    applicant = factory.Iterator(["Gemeente Deventer", "Regio Rivierenland", "Gemeente Heerlen"])
    province = factory.Iterator([Province.OVERIJSSEL, Province.GELDERLAND, Province.LIMBURG])
    municipalities = factory.Iterator(["Deventer", "Tiel, Culemborg", "Heerlen"])
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_email = factory.Sequence(lambda n: f"aanvraag{n + 1}@example.org")
    partners_education = "Samenwerkingsverband passend onderwijs"
    partners_care = "GGD"
    partners_youth = "Sociaal wijkteam"
    motivation = "We willen samen leren hoe we thuiszitters sneller weer laten meedoen."
