"""Template tags shared by every page template: navigation, breadcrumbs, teasers.

Navigation and breadcrumbs run a fixed number of queries, however many pages the
tree holds; the links of the main menu and the footer are kept in the shared cache
per page-cache generation, so most requests run none for them.
"""

from html import unescape

from django import template
from django.apps import apps
from django.utils.html import strip_tags
from django.utils.text import Truncator, capfirst
from wagtail.models import Page, Site, get_page_models

from core.cache import cached_per_generation
from core.links import login_url as _login_url

register = template.Library()

# Fields that hold a page's short text, in order of preference.
TEASER_FIELDS = ("summary", "lead", "intro", "search_description", "description")


def _current_path(context):
    page = context.get("page")
    return getattr(page, "path", "") or ""


def _site_links(request, name, pages_under):
    """[{"title", "url", "path"}] of the pages `pages_under(root)` returns for the
    request's site.

    Every page renders the menu and the footer, so on a cache miss of the page itself
    their queries would run again. The links are kept in the shared cache under the
    page cache's generation (core/cache.py), which every publish, move, unpublish or
    restriction change renews: they are never older than the pages they link to.
    """
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return []

    def build():
        return [
            {"title": page.title, "url": page.get_url(request=request), "path": page.path}
            for page in pages_under(site.root_page)
        ]

    return cached_per_generation(f"sitelinks:{name}:{site.pk}", build)


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_menu(context):
    """The site root's live, public, in-menu children, the current section marked."""
    request = context.get("request")
    items = _site_links(
        request,
        "menu",
        lambda root: Page.objects.child_of(root).live().public().in_menu().order_by("path"),
    )
    current_path = _current_path(context)
    menu = []
    for item in items:
        if current_path == item["path"]:
            current = "page"
        elif current_path.startswith(item["path"]):
            current = "true"
        else:
            current = ""
        menu.append({**item, "current": current})
    return {"request": request, "menu_items": menu}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, page=None):
    """The ancestors of the page below the tree root (home included), then the page."""
    page = page or context.get("page")
    if not isinstance(page, Page) or not page.path or (page.depth or 0) <= 2:
        ancestors = []
    else:
        ancestors = list(page.get_ancestors().filter(depth__gt=1).order_by("depth"))
    return {"request": context.get("request"), "ancestors": ancestors, "page": page}


@register.inclusion_tag("includes/footer.html", takes_context=True)
def site_footer(context):
    """The footer, linking the standard pages under home that are not in the main menu.

    Those are the privacy statement, the accessibility statement and the like: an
    editor puts a page in the footer by leaving "show in menus" off.
    """
    request = context.get("request")
    links = _site_links(
        request,
        "footer",
        lambda root: (
            Page.objects.child_of(root)
            .live()
            .public()
            .not_in_menu()
            .type(*footer_page_models())
            .order_by("path")
        ),
    )
    return {"request": request, "footer_pages": links}


def footer_page_models():
    """Page types that say `in_site_footer = True`: the apps register them, core names none."""
    return [model for model in get_page_models() if getattr(model, "in_site_footer", False)]


@register.filter
def teaser(page, words=30):
    """A plain-text short description of a page, from its first non-empty teaser field."""
    for field in TEASER_FIELDS:
        value = getattr(page, field, "")
        if value and isinstance(value, str):
            text = unescape(strip_tags(value)).strip()
            if text:
                return Truncator(" ".join(text.split())).words(int(words), truncate=" …")
    return ""


@register.filter
def of_type(pages, model_label):
    """The first page in `pages` that is an instance of the model `app_label.ModelName`."""
    model = apps.get_model(model_label)
    return next((page for page in pages if isinstance(page, model)), None)


@register.simple_tag
def login_url(next_url=""):
    """The login page, coming back to `next_url` (URL-encoded): `core.links.login_url`."""
    return _login_url(next_url)


@register.filter
def comma_list(value):
    """'Arnhem, Nijmegen' -> ['Arnhem', 'Nijmegen']."""
    return [part.strip() for part in (value or "").split(",") if part.strip()]


@register.simple_tag
def elided_page_range(page_obj, on_each_side=2, on_ends=1):
    """Page numbers around the current page, with the paginator's ellipsis between."""
    return list(
        page_obj.paginator.get_elided_page_range(
            page_obj.number, on_each_side=on_each_side, on_ends=on_ends
        )
    )


@register.simple_tag
def field_choices(instance, field_name):
    """The (value, label) choices of a model field, e.g. every status a page can have."""
    return instance._meta.get_field(field_name).choices


@register.filter
def page_type(page):
    """The human name of a page's type, e.g. 'Praktijkvoorbeeld'.

    Templates cannot reach `_meta`, and calling `specific_class` from a template
    would instantiate it, hence this filter.
    """
    model = getattr(page, "specific_class", None) or type(page)
    return capfirst(model._meta.verbose_name)


@register.filter
def error_summary(form):
    """The field errors of a form for its error summary, in field order: dicts with
    `anchor` (the id of the input a link should focus), `label` and `message`.

    A group of radio buttons or checkboxes has no input with the field's own id, so
    the link goes to its first option. Django (5.2) itself marks a field with errors
    `aria-invalid="true"` and points its `aria-describedby` at `<id>_error`, the id the
    shared include `includes/form_fields.html` gives the field's error messages.
    """
    items = []
    for field in form:
        if field.is_hidden or not field.errors:
            continue
        widget = field.field.widget
        anchor = f"{field.auto_id}_0" if widget.use_fieldset else field.id_for_label
        items += [{"anchor": anchor, "label": field.label, "message": e} for e in field.errors]
    return items


@register.simple_tag(takes_context=True)
def may_edit_page(context):
    """Whether the person may edit this page: only then is Wagtail's editing bar shown
    (a member of a space does not need it, nor its accessibility badge, on every page)."""
    request, page = context.get("request"), context.get("page")
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated or not isinstance(page, Page):
        return False
    return page.permissions_for_user(user).can_edit()
