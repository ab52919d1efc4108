import datetime

import factory
from wagtail.rich_text import RichText

from core.factories import PageFactory, get_home_page, get_or_create_child

from .models import ArticleIndexPage, ArticleKind, ArticlePage


class ArticleIndexPageFactory(PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Actueel"
    slug = "actueel"
    intro = "<p>Nieuws, blogs en publicaties uit het netwerk.</p>"
    show_in_menus = True


def get_article_index():
    return get_or_create_child(ArticleIndexPage, ArticleIndexPageFactory, get_home_page())


class ArticlePageFactory(PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Iterator(
        [
            "Nieuwe inspiratieregio's gestart",
            "Terugblik op de Doen-dag",
            "Wat we leerden van de dialoog thuiszitters",
            "Interview: een jeugdprofessional in de school",
        ]
    )
    kind = factory.Iterator([ArticleKind.NEWS, ArticleKind.BLOG, ArticleKind.INTERVIEW])
    date = factory.Sequence(lambda n: datetime.date.today() - datetime.timedelta(days=n))
    author = factory.Faker("name", locale="nl_NL")
    lead = "Samenwerken rond het kind: wat werkt, en wat niet? Een verhaal uit de praktijk."
    body = factory.LazyFunction(
        lambda: [
            ("heading", {"text": "In de praktijk gebeurt het", "level": "h2"}),
            (
                "paragraph",
                RichText("<p>Hoe het beter kan, laat de praktijk vaak zien.</p>"),
            ),
        ]
    )

    @classmethod
    def default_parent(cls):
        return get_article_index()
