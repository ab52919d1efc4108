import factory
from wagtail.rich_text import RichText

from core.factories import PageFactory, get_root_page

from .models import HomePage, StandardPage


class HomePageFactory(PageFactory):
    """The site's front page. Use `core.factories.get_home_page()` to also make it the
    default site's root; this factory only puts a HomePage under the tree root."""

    class Meta:
        model = HomePage

    title = "Met Andere Ogen"
    slug = "home"
    lead = "Ieder kind doet mee"
    intro = (
        "<p>Met Andere Ogen is een lerend netwerk van onderwijs, zorg, jeugd, kinderopvang, "
        "ouders en gemeenten.</p>"
    )

    @classmethod
    def default_parent(cls):
        return get_root_page()


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Iterator(
        [
            "Over Met Andere Ogen",
            "Veelgestelde vragen",
            "Aandeelhouder worden",
            "Contact",
            "Samenwerken rond het kind",
        ]
    )
    intro = "<p>Wat je op deze pagina vindt, in één of twee zinnen.</p>"
    body = factory.LazyFunction(
        lambda: [
            (
                "paragraph",
                RichText(
                    "<p>Met Andere Ogen verbindt onderwijs, zorg, jeugd, kinderopvang, "
                    "ouders en gemeenten.</p>"
                ),
            )
        ]
    )
