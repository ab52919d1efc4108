"""The articles app's signal wiring, connected in `ArticlesConfig.ready` (`connect()`)."""

from django.db.models.signals import post_save

from articles.editorial import ensure_editorial_setup
from articles.models import ArticleIndexPage
from bottlenecks.models import BottleneckIndexPage


def attach_moderation(sender, instance, created, raw=False, **kwargs):
    """A new articles or bottlenecks index gets the moderation workflow at once."""
    if created and not raw:
        ensure_editorial_setup([instance])


def connect():
    for model in (ArticleIndexPage, BottleneckIndexPage):
        post_save.connect(
            attach_moderation, sender=model, dispatch_uid=f"articles-moderation-{model.__name__}"
        )
