from django.db.models.signals import post_save
from django.dispatch import receiver

from bottlenecks.models import BottleneckIndexPage

from .editorial import ensure_editorial_setup
from .models import ArticleIndexPage


@receiver(post_save, sender=ArticleIndexPage)
@receiver(post_save, sender=BottleneckIndexPage)
def attach_moderation(sender, instance, created, raw=False, **kwargs):
    """A new articles or bottlenecks index gets the moderation workflow at once."""
    if created and not raw:
        ensure_editorial_setup([instance])
