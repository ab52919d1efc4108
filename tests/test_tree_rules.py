"""Tree rules of every page type, stated and tested on both sides (DESIGN.md §2)."""

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from agenda.models import EventIndexPage, EventPage
from articles.models import ArticleIndexPage, ArticlePage
from bottlenecks.models import BottleneckIndexPage, BottleneckPage
from cop.models import CommunityPage, DialoguePage, FieldlabPage, SpaceIndexPage, SpacePage
from home.models import HomePage, StandardPage
from practices.models import CoverageMatrixPage, PracticeIndexPage, PracticePage
from regions.models import CallPage, RegionIndexPage, RegionPage

SPACES = {CommunityPage, FieldlabPage, DialoguePage}
INDEXES = {
    SpaceIndexPage,
    PracticeIndexPage,
    ArticleIndexPage,
    EventIndexPage,
    RegionIndexPage,
    BottleneckIndexPage,
}

# page type -> (allowed parents, allowed children)
TREE = {
    HomePage: ({Page}, {StandardPage} | INDEXES),
    StandardPage: ({HomePage, StandardPage}, {StandardPage}),
    SpaceIndexPage: ({HomePage}, SPACES),
    CommunityPage: ({SpaceIndexPage}, {SpacePage}),
    FieldlabPage: ({SpaceIndexPage}, {SpacePage}),
    DialoguePage: ({SpaceIndexPage}, {SpacePage}),
    SpacePage: (SPACES | {SpacePage}, {SpacePage}),
    PracticeIndexPage: ({HomePage}, {PracticePage, CoverageMatrixPage}),
    PracticePage: ({PracticeIndexPage}, set()),
    CoverageMatrixPage: ({PracticeIndexPage}, set()),
    ArticleIndexPage: ({HomePage}, {ArticlePage}),
    ArticlePage: ({ArticleIndexPage}, set()),
    EventIndexPage: ({HomePage}, {EventPage}),
    EventPage: ({EventIndexPage}, set()),
    RegionIndexPage: ({HomePage}, {CallPage, RegionPage}),
    CallPage: ({RegionIndexPage}, set()),
    RegionPage: ({RegionIndexPage}, set()),
    BottleneckIndexPage: ({HomePage}, {BottleneckPage}),
    BottleneckPage: ({BottleneckIndexPage}, set()),
}


class TestTreeRules(WagtailPageTestCase):
    def test_every_page_type_of_the_project_is_covered(self):
        from django.apps import apps

        ours = {
            model
            for model in apps.get_models()
            if issubclass(model, Page) and model is not Page and not model._meta.abstract
        }
        self.assertEqual(ours, set(TREE))

    def test_allowed_parents(self):
        for model, (parents, _children) in TREE.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedParentPageTypes(model, parents)

    def test_allowed_children(self):
        for model, (_parents, children) in TREE.items():
            with self.subTest(model=model.__name__):
                self.assertAllowedSubpageTypes(model, children)

    def test_singletons(self):
        for model in [HomePage] + sorted(INDEXES - {SpaceIndexPage}, key=str):
            with self.subTest(model=model.__name__):
                self.assertEqual(model.max_count, 1)
        self.assertEqual(SpaceIndexPage.max_count, 3)
