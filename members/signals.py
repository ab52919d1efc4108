"""Mail members who chose "immediate" when a page in their space is published."""

from wagtail.signals import page_published


def notify_page_published(sender, instance, revision=None, **kwargs):
    from cop.models import SpacePage

    from .emails import send_page_published

    if not isinstance(instance, SpacePage):
        return
    space = instance.get_space()
    if space is None:
        return
    publisher = getattr(revision, "user", None)
    send_page_published(instance, space, publisher=publisher)


def connect():
    from cop.models import SpacePage

    page_published.connect(
        notify_page_published, sender=SpacePage, dispatch_uid="members-page-published"
    )
