from django.dispatch import receiver
from wagtail.signals import page_published

from .models import BottleneckPage


@receiver(page_published, sender=BottleneckPage)
def record_published_status(sender, instance, revision=None, **kwargs):
    """A dated history entry whenever a bottleneck is published with a new status."""
    user = getattr(revision, "user", None) if revision is not None else None
    instance.record_status(user=user)
