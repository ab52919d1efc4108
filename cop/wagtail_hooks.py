"""Registration only: the membership viewset and the admin guards of cop.permissions."""

from django.core.exceptions import PermissionDenied
from wagtail import hooks

from cop import admin_guard, permissions

from .viewsets import membership_viewset


@hooks.register("register_admin_viewset")
def register_membership_viewset():
    return membership_viewset


@hooks.register("construct_page_chooser_queryset")
def hide_restricted_pages_in_chooser(pages, request):
    """The person's own admin area, and live pages they may view on the site."""
    pages = admin_guard.filter_to_area(pages, request.user, include_viewable=True)
    return permissions.viewable_pages(pages, request.user)


@hooks.register("construct_explorer_page_queryset")
def hide_restricted_pages_in_explorer(parent_page, pages, request):
    """Only the person's admin area (and the way down to it): never another space."""
    pages = admin_guard.filter_to_area(pages, request.user)
    return permissions.viewable_pages(pages, request.user)


@hooks.register("construct_document_chooser_queryset")
def hide_restricted_documents_in_chooser(documents, request):
    """Editors and the programme office may choose in every collection; the documents
    of a space's "Alleen leden" stay out of their chooser all the same."""
    return permissions.viewable_documents(documents, request.user)


@hooks.register("construct_image_chooser_queryset")
def hide_restricted_images_in_chooser(images, request):
    return permissions.viewable_images(images, request.user)


def _guard_space_page(request, page, *destination):
    """A space's own page is deleted or moved by the programme office only.

    `before_move_page` also passes the destination; `before_delete_page` does not.
    """
    if permissions.is_space(page.specific_deferred) and not request.user.is_superuser:
        raise PermissionDenied


hooks.register("before_delete_page", _guard_space_page)
hooks.register("before_move_page", _guard_space_page)
