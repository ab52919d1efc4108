"""Atom and RSS feeds of the articles, and of the articles of one theme.

Only live pages without a view restriction: a feed is anonymous by nature, so
members-only pages never appear in it (`.public()`).
"""

import datetime

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import strip_tags
from django.utils.translation import gettext as _

FEED_SIZE = 20


class ArticleFeed(Feed):
    feed_type = Atom1Feed

    def __init__(self, index, theme=None, feed_type=None):
        super().__init__()
        self.index = index
        self.theme = theme
        if feed_type is not None:
            self.feed_type = feed_type

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        if self.theme is not None:
            return _("Met Andere Ogen: %(theme)s") % {"theme": self.theme.name}
        return _("Met Andere Ogen: %(title)s") % {"title": self.index.title}

    def link(self):
        return self.index.get_url(self.request)

    def subtitle(self):
        return strip_tags(self.index.intro) or _("Nieuws, blogs en publicaties uit het netwerk.")

    description = subtitle

    def items(self):
        from .models import ArticlePage

        queryset = ArticlePage.objects.live().public().descendant_of(self.index)
        if self.theme is not None:
            queryset = queryset.filter(tagged_themes__tag=self.theme)
        return (
            queryset.defer_streamfields()
            .prefetch_related("themes")
            .order_by("-date", "-first_published_at", "-pk")[:FEED_SIZE]
        )

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_link(self, item):
        # The address the reader used (checked against ALLOWED_HOSTS), not the Site
        # record's hostname, which is "localhost" on a fresh machine.
        return self.request.build_absolute_uri(item.get_url(self.request))

    def item_guid(self, item):
        return self.item_link(item)

    def item_author_name(self, item):
        return item.author or None

    def item_pubdate(self, item):
        # The article's own date (what the editor set), not when it was published here
        # (for imported or seeded articles that is the import time).
        if item.date:
            return self._date_as_datetime(item)
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or self.item_pubdate(item)

    @staticmethod
    def _date_as_datetime(item):
        return timezone.make_aware(datetime.datetime.combine(item.date, datetime.time(9)))

    def item_categories(self, item):
        return [theme.name for theme in item.themes.all()]


FEED_TYPES = {"atom": Atom1Feed, "rss": Rss201rev2Feed}
