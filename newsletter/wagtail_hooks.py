from wagtail import hooks

from .viewsets import NewsletterViewSetGroup


@hooks.register("register_admin_viewset")
def register_viewsets():
    return NewsletterViewSetGroup()
