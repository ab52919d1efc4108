"""The bottlenecks app's signal wiring, connected in `BottlenecksConfig.ready` (`connect()`)."""

from wagtail.signals import page_published

from bottlenecks.models import BottleneckPage


def record_published_status(sender, instance, revision=None, **kwargs):
    """A dated history entry whenever a bottleneck is published with a new status."""
    user = getattr(revision, "user", None) if revision is not None else None
    instance.record_status(user=user)


def connect():
    page_published.connect(
        record_published_status, sender=BottleneckPage, dispatch_uid="bottlenecks-status"
    )
