import factory

from core.factories import PageFactory, get_home_page

from .models import (
    CommunityPage,
    DialoguePage,
    FieldlabPage,
    FieldlabStage,
    JoinPolicy,
    SpaceIndexPage,
    SpaceKind,
    SpacePage,
)

INDEX_DEFAULTS = {
    SpaceKind.COMMUNITY: ("Communities of Practice", "cop"),
    SpaceKind.FIELDLAB: ("Fieldlabs", "fieldlabs"),
    SpaceKind.DIALOGUE: ("Dialogen", "dialogen"),
}


def get_space_index(kind):
    """The SpaceIndexPage of this kind, created under the HomePage if there is none."""
    index = SpaceIndexPage.objects.filter(kind=kind).first()
    if index is None:
        title, slug = INDEX_DEFAULTS[SpaceKind(kind)]
        index = SpaceIndexPageFactory(parent=get_home_page(), kind=kind, title=title, slug=slug)
    return index


class SpaceIndexPageFactory(PageFactory):
    """`kind` is unique: ask `get_space_index(kind)` when one may exist already."""

    class Meta:
        model = SpaceIndexPage

    kind = SpaceKind.COMMUNITY
    title = factory.LazyAttribute(lambda o: INDEX_DEFAULTS[SpaceKind(o.kind)][0])
    slug = factory.LazyAttribute(lambda o: INDEX_DEFAULTS[SpaceKind(o.kind)][1])
    intro = "<p>Alle ruimtes van deze soort, op alfabet.</p>"
    show_in_menus = True


class SpaceFactory(PageFactory):
    """Shared defaults of the three space types."""

    class Meta:
        abstract = True

    intro = "<p>Professionals en ouders uit verschillende domeinen leren hier samen.</p>"
    join_policy = JoinPolicy.OPEN
    contact_name = factory.Faker("name", locale="nl_NL")
    contact_email = factory.Sequence(lambda n: f"contact{n + 1}@example.org")

    @classmethod
    def default_parent(cls):
        return get_space_index(cls._meta.model.space_kind)


class CommunityPageFactory(SpaceFactory):
    class Meta:
        model = CommunityPage

    title = factory.Iterator(
        [
            "Thuiszitters",
            "Ouders als gelijkwaardig partner",
            "Netwerkregie in de gemeente",
            "Jeugdhulp in en om de school",
            "Langdurig bindende afspraken",
        ]
    )


class FieldlabPageFactory(SpaceFactory):
    class Meta:
        model = FieldlabPage

    title = factory.Iterator(
        ["Eén plan per gezin", "Jeugdprofessional in de klas", "Zorg in onderwijstijd"]
    )
    question = "Werkt het beter als onderwijs en jeugdhulp samen één plan maken met het gezin?"
    stage = FieldlabStage.RUNNING


class DialoguePageFactory(SpaceFactory):
    class Meta:
        model = DialoguePage

    title = factory.Iterator(["Dialoog thuiszitters", "Dialoog ouders en professionals"])
    harvest = "<ul><li>Een vast aanspreekpunt maakt het grootste verschil.</li></ul>"


class SpacePageFactory(PageFactory):
    """A page members write together. Needs a `parent` space or SpacePage; without
    one it goes under a new community."""

    class Meta:
        model = SpacePage

    title = factory.Iterator(
        ["Onze werkafspraken", "Verslag van de bijeenkomst", "Vragen voor de volgende keer"]
    )
    intro = "<p>Wat we samen leerden.</p>"

    @classmethod
    def default_parent(cls):
        return CommunityPageFactory()
