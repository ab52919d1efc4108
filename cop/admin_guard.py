"""Wagtail's own admin views, guarded: an id in an admin URL reaches only what the person
may see (docs/permissions.md, "Wagtail's own views").

Wagtail's admin trusts anyone with `access_admin` with the *title* of any page, document
or image whose id they type: the move confirmation, the bulk-action confirmations, the
page chooser's "chosen" step, the workflow preview's errors, the explorer opened by id
and the page-type usage report print it, and for pages it is the latest *draft* title.
Every space member has admin access, so these are leaks. No upstream fix exists; this
middleware checks first, for every admin URL by construction (it reads the resolved
URL's keyword arguments and the `id` query parameters, whatever the view):

- a page id must lie in the person's *admin area*: a page they hold a page permission on,
  a page below one, or an ancestor of one (the explorer's way down). The page chooser's
  views also accept a live page the person may view on the site (so members still link
  to public pages);
- a document or image id must pass the collection view restrictions
  (`cop.permissions.viewable_documents` / `viewable_images`);
- the page-type usage report lists every page of a type: superusers only.

While an admin request runs, `Page.get_admin_display_title` shows the *draft* title only
inside the admin area; elsewhere the live title of a page the person may view, or a
neutral text. So lists Wagtail builds itself (chooser search, breadcrumbs, usage) print
no draft title of another space either.

Superusers pass untouched.
"""

import contextvars
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.urls import Resolver404, resolve
from django.utils.translation import gettext as _
from wagtail.admin.auth import permission_denied
from wagtail.admin.forms.pages import WagtailAdminPageForm
from wagtail.models import GroupPagePermission, Page

from cop import permissions

PAGE_KWARGS = {"page_id", "parent_page_id", "page_to_move_id", "destination_id", "page_pk"}
DOCUMENT_KWARGS = {"document_id", "doc_id"}
IMAGE_KWARGS = {"image_id"}
# Namespaces whose `pk` is a page, a document or an image.
PK_KIND = {
    "wagtailadmin_pages": "page",
    "wagtailadmin_api:pages": "page",
    "wagtaildocs_chooser": "document",
    "wagtailadmin_api:documents": "document",
    "wagtailimages_chooser": "image",
    "wagtailadmin_api:images": "image",
}
BULK_KIND = {
    ("wagtailcore", "page"): "page",
    ("wagtaildocs", "document"): "document",
    ("wagtailimages", "image"): "image",
}
SUPERUSER_ONLY = {"wagtailadmin_pages:type_use", "wagtailadmin_pages:type_use_results"}
CHOOSER_URL_NAMES = {
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_child",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_chosen_multiple",
}
STEPLEN = Page.steplen


@dataclass
class AdminArea:
    """Where in the page tree a person works in the admin, and what they may view."""

    roots: list  # paths of pages they hold a page permission on
    hidden: list  # paths of subtrees behind a view restriction they do not pass

    def contains(self, path):
        return any(path.startswith(root) for root in self.roots)

    def is_above(self, path):
        return any(root.startswith(path) for root in self.roots)

    def may_view(self, page):
        return page.live and not any(page.path.startswith(p) for p in self.hidden)


_current_area = contextvars.ContextVar("admin_area", default=None)


def admin_area(user):
    roots = sorted(
        set(
            GroupPagePermission.objects.filter(group__user=user).values_list(
                "page__path", flat=True
            )
        )
    )
    return AdminArea(roots=roots, hidden=permissions.hidden_page_paths(user))


def _ids(values):
    ids = []
    for value in values:
        try:
            ids.append(int(value))
        except (TypeError, ValueError):
            continue
    return ids


def _check_pages(ids, area, chooser):
    for page in Page.objects.filter(pk__in=ids).only("path", "live", "depth"):
        if area.contains(page.path) or area.is_above(page.path):
            continue
        if chooser and area.may_view(page):
            continue
        raise PermissionDenied


def _check_media(kind, ids, user):
    if kind == "document":
        from wagtail.documents import get_document_model

        model, rule = get_document_model(), permissions.viewable_documents
    else:
        from wagtail.images import get_image_model

        model, rule = get_image_model(), permissions.viewable_images
    all_ids = set(model.objects.filter(pk__in=ids).values_list("pk", flat=True))
    allowed = set(rule(model.objects.filter(pk__in=all_ids), user).values_list("pk", flat=True))
    if all_ids - allowed:
        raise PermissionDenied


def guard(request, area):
    """Raise PermissionDenied when the admin URL names something outside the person's
    reach. Called for every admin request of a non-superuser."""
    try:
        match = resolve(request.path_info)
    except Resolver404:
        return
    name = match.view_name
    if name in SUPERUSER_ONLY:
        raise PermissionDenied
    wanted = {"page": [], "document": [], "image": []}
    for key, value in match.kwargs.items():
        if key in PAGE_KWARGS:
            wanted["page"].append(value)
        elif key in DOCUMENT_KWARGS:
            wanted["document"].append(value)
        elif key in IMAGE_KWARGS:
            wanted["image"].append(value)
        elif key == "pk" and match.namespace in PK_KIND:
            wanted[PK_KIND[match.namespace]].append(value)
    query_ids = request.GET.getlist("id") + request.POST.getlist("id")
    if name == "wagtail_bulk_action":
        kind = BULK_KIND.get((match.kwargs.get("app_label"), match.kwargs.get("model_name")))
        if kind:
            wanted[kind].extend(query_ids)
    elif name in CHOOSER_URL_NAMES:
        wanted["page"].extend(query_ids)
    elif match.namespace in PK_KIND:  # e.g. the document and image choosers' chosen-multiple
        wanted[PK_KIND[match.namespace]].extend(query_ids)
    for key in ("page_id", "parent_page_id", "childOf"):
        wanted["page"].extend(request.GET.getlist(key))
    page_ids = _ids(wanted["page"])
    if name == "wagtailadmin_choose_page_chosen_multiple" and (
        Page.objects.filter(pk__in=page_ids, depth=1).exists()
    ):
        raise PermissionDenied  # the tree root cannot be chosen (Wagtail 8.0.1 raises)
    if page_ids:
        _check_pages(page_ids, area, chooser=name in CHOOSER_URL_NAMES)
    for kind in ("document", "image"):
        ids = _ids(wanted[kind])
        if ids:
            _check_media(kind, ids, request.user)


class AdminGuardMiddleware:
    """Runs `guard` before every admin view (after authentication)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if (
            not request.path_info.startswith("/admin/")
            or user is None
            or not user.is_authenticated
            or user.is_superuser
        ):
            return self.get_response(request)
        area = admin_area(user)
        token = _current_area.set(area)
        try:
            try:
                guard(request, area)
            except PermissionDenied:
                # As Wagtail's own views refuse: back to the dashboard with a message
                # (a 403 for the choosers' and other XHR requests), no title shown.
                return permission_denied(request)
            return self.get_response(request)
        finally:
            _current_area.reset(token)


def filter_to_area(pages, user, include_viewable=False):
    """`pages` inside the admin area of `user` (or above it); with `include_viewable`,
    also live pages they may view on the site (for the page chooser)."""
    if user is None or not user.is_authenticated:
        return pages.none()
    if user.is_superuser:
        return pages
    area = _current_area.get() or admin_area(user)
    from django.db.models import Q

    inside = Q(pk__in=[])
    for root in area.roots:
        inside |= Q(path__startswith=root)
        inside |= Q(path__in=[root[:n] for n in range(STEPLEN, len(root), STEPLEN)])
    if include_viewable:
        visible = Q(live=True)
        for path in area.hidden:
            visible &= ~Q(path__startswith=path)
        inside |= visible
    return pages.filter(inside)


_original_display_title = Page.get_admin_display_title


def get_admin_display_title(self):
    area = _current_area.get()
    if area is None or not self.path or area.contains(self.path):
        return _original_display_title(self)
    if area.may_view(self):
        return self.title
    return _("Pagina buiten je ruimtes")


get_admin_display_title.__wrapped__ = _original_display_title
Page.get_admin_display_title = get_admin_display_title


# --- what an editor chooses -------------------------------------------------------


class ChooserCheckedPageForm(WagtailAdminPageForm):
    """Every page form in the admin: the pages, documents and images a page refers to
    (foreign keys, StreamField chooser blocks, rich-text links and embeds; Wagtail's
    reference extraction finds them all) must be ones the editor may choose. Without
    this, an id typed into the form lets a member of one space preview, and a
    coordinator publish, a page that shows another space's members-only document or
    image. Applies on save, publish and preview alike (they all validate the form)."""

    def _post_clean(self):
        super()._post_clean()
        user = self.for_user
        if user is None or user.is_superuser or self.errors:
            return
        refused = refused_references(self.instance, user)
        if refused:
            self.add_error(
                None,
                _(
                    "Je kunt hier alleen pagina's, documenten en afbeeldingen kiezen die je "
                    "zelf mag zien. Kies iets anders voor: %(what)s."
                )
                % {"what": ", ".join(refused)},
            )


def refused_references(instance, user):
    """Descriptions of the references in `instance` that `user` may not choose."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import ReferenceIndex

    wanted = {}
    for (
        content_type_id,
        object_id,
        _model_path,
        _content_path,
    ) in ReferenceIndex._extract_references_from_object(instance):
        wanted.setdefault(content_type_id, set()).add(object_id)
    refused = []
    page_type = ContentType.objects.get_for_model(Page).pk
    area = _current_area.get() or admin_area(user)
    if page_type in wanted:
        for page in Page.objects.filter(pk__in=_ids(wanted[page_type])).only(
            "path", "live", "depth"
        ):
            if not (area.contains(page.path) or area.may_view(page)):
                refused.append(_("pagina %(id)s") % {"id": page.pk})
    for model, rule, label in (
        (get_document_model(), permissions.viewable_documents, _("document %(id)s")),
        (get_image_model(), permissions.viewable_images, _("afbeelding %(id)s")),
    ):
        ids = _ids(wanted.get(ContentType.objects.get_for_model(model).pk, ()))
        if not ids:
            continue
        items = model.objects.filter(pk__in=ids)
        allowed = set(rule(items, user).values_list("pk", flat=True))
        refused.extend(label % {"id": pk} for pk in sorted(set(ids) - allowed))
    return refused


def use_checked_form_for_every_page_model():
    """Called from `CopConfig.ready`: every page model without a form of its own gets
    `ChooserCheckedPageForm`, so a new page type is covered without anyone listing it."""
    from wagtail.models import get_page_models

    for model in get_page_models():
        if model is Page:
            continue
        current = model.__dict__.get("base_form_class") or getattr(model, "base_form_class", None)
        if current is None:
            model.base_form_class = ChooserCheckedPageForm
        elif not issubclass(current, ChooserCheckedPageForm):
            raise TypeError(f"{model.__name__}.base_form_class must extend ChooserCheckedPageForm")
