import factory
from factory.django import DjangoModelFactory

from core.factories import DocumentFactory, PageFactory, get_home_page, get_or_create_child

from .models import (
    CoverageMatrixPage,
    PracticeAttachment,
    PracticeIndexPage,
    PracticePage,
    PreventionLevel,
)


class PracticeIndexPageFactory(PageFactory):
    class Meta:
        model = PracticeIndexPage

    title = "Wat werkt"
    slug = "wat-werkt"
    intro = "<p>Praktijkvoorbeelden: wat is er gedaan, voor wie, en met welk resultaat?</p>"
    show_in_menus = True


def get_practice_index():
    return get_or_create_child(PracticeIndexPage, PracticeIndexPageFactory, get_home_page())


class PracticePageFactory(PageFactory):
    """A practice example. Taxonomy through kwargs: `domains=[...]`, `themes=[...]`,
    `age_groups=[...]`, `advices=[...]`, `ambitions=[...]`, `evidence_level=...`;
    attachments with `attachments=[PracticeAttachment(document=..., title=...)]`."""

    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Thuiszittersoverleg in de wijk {n + 1}")
    summary = (
        "School, leerplicht en jeugdhulp praten elke maand samen over kinderen die thuis "
        "zitten. Binnen twee weken ligt er een plan."
    )
    problem = "<p>Kinderen zaten maanden thuis zonder plan.</p>"
    approach = "<p>Eén maandelijks overleg met alle betrokkenen en de ouders.</p>"
    results = "<p>Kinderen zijn sneller terug op school.</p>"
    lessons = "<ul><li>Nodig ouders uit bij het eerste overleg.</li></ul>"
    target_group = "leerlingen die langer dan vier weken niet naar school gaan"
    prevention_level = PreventionLevel.INDICATED
    place = factory.Faker("city", locale="nl_NL")
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_organisation = factory.LazyAttribute(lambda o: f"Gemeente {o.place}")
    contact_email = factory.Sequence(lambda n: f"praktijk{n + 1}@example.org")

    @classmethod
    def default_parent(cls):
        return get_practice_index()


class PracticeAttachmentFactory(DjangoModelFactory):
    class Meta:
        model = PracticeAttachment

    page = factory.SubFactory(PracticePageFactory)
    document = factory.SubFactory(DocumentFactory)
    title = ""


class CoverageMatrixPageFactory(PageFactory):
    class Meta:
        model = CoverageMatrixPage

    title = "Dekking van de adviezen"
    slug = "dekking"
    intro = (
        "<p>Hoeveel praktijkvoorbeelden er zijn per advies en per domein. "
        "Een lege cel is een gat: daar zoeken we nog voorbeelden van.</p>"
    )

    @classmethod
    def default_parent(cls):
        return get_practice_index()
