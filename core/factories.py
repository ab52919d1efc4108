"""Factory base for pages, and factories for images and documents.

Page factories put pages in the tree: pass `parent=` (a page), or leave it out and
the factory finds or creates a sensible parent (the site's HomePage, the right
index page). Other keyword arguments that are not model fields:

- `themes=[...]`: Theme objects or theme names (get-or-created), stored through the
  page type's own through model (e.g. PracticeThemeTag);
- `domains=[...]`, `age_groups=[...]`, `advices=[...]`, `ambitions=[...]`: any
  ParentalManyToManyField accepts a list or queryset;
- `revision=True`: also save a revision and publish it, as the admin does, so that
  editors see history (slower; the demo command uses it, most tests need not);
- `user=`: the author of that revision.

The demo-content command (`seed_demo`) uses these same factories.
"""

import factory
from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import FieldDoesNotExist
from django.core.files.base import ContentFile
from django.utils.module_loading import import_string
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Page, PageLogEntry, Site

from core.sample_media import PALETTES, STYLES, decorative_image, simple_pdf

DEFAULT_HOME_TITLE = "Met Andere Ogen"


def get_root_page():
    """The tree's root. Transactional tests flush what migrations made, so recreate it."""
    root = Page.get_first_root_node()
    if root is None:
        from django.conf import settings
        from wagtail.models import Locale

        Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        root = Page.add_root(instance=Page(title="Root", slug="root", live=True))
    return root


def get_root_collection():
    """Wagtail's root collection, recreated if a transactional test flushed it."""
    from wagtail.models import Collection

    root = Collection.get_first_root_node()
    if root is None:
        root = Collection.add_root(name="Root")
    return root


def _home_page_factory():
    """The factory of the site's front page, named by the app that owns it: the app
    config with a `home_page_factory` (core imports no feature app)."""
    for config in apps.get_app_configs():
        if getattr(config, "home_page_factory", None):
            return import_string(config.home_page_factory)
    raise LookupError("No installed app names a home_page_factory.")


def get_home_page(**defaults):
    """The site's HomePage, created (and made the default site's root) if there is none.

    Wagtail's "Welcome to your new Wagtail site!" page is removed when it has no children.
    """
    home_factory = _home_page_factory()
    home = home_factory._meta.model.objects.first()
    if home is None:
        root = get_root_page()
        page_type = ContentType.objects.get_for_model(Page)
        placeholders = list(root.get_children().filter(content_type=page_type, numchild=0))
        # Free the slug "home" that Wagtail's welcome page holds.
        Page.objects.filter(pk__in=[p.pk for p in placeholders], slug="home").update(
            slug="welcome-placeholder"
        )
        home = home_factory(parent=root, **defaults)
        # Save each site (not queryset.update) so Wagtail clears its cached root paths.
        for site in Site.objects.filter(root_page__in=[p.pk for p in placeholders]):
            site.root_page = home
            site.save()
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(
                hostname="localhost",
                port=80,
                root_page=home,
                is_default_site=True,
                site_name=DEFAULT_HOME_TITLE,
            )
        elif site.root_page_id != home.pk:
            site.root_page = home
            site.save()
        for placeholder in placeholders:
            placeholder.refresh_from_db()
            placeholder.delete()
        Site.clear_site_root_paths_cache()
    return home


def get_or_create_child(model, factory_class, parent, **kwargs):
    """The first child of `parent` of type `model`, else a new one made by `factory_class`."""
    existing = model.objects.child_of(parent).first()
    if existing is not None:
        return existing
    return factory_class(parent=parent, **kwargs)


def log_and_publish(page, user=None):
    """What the admin does on 'create and publish': a log entry, a revision, publish."""
    PageLogEntry.objects.log_action(instance=page, action="wagtail.create", user=user)
    revision = page.save_revision(user=user, log_action=False, clean=False)
    revision.publish(user=user, log_action=True, skip_permission_checks=True)
    page.refresh_from_db()
    return page


def _themes_through(model_class):
    """(through model, accessor of the through rows) for a page type's `themes`, or None."""
    try:
        field = model_class._meta.get_field("themes")
    except FieldDoesNotExist:
        return None
    through = field.through
    accessor = through._meta.get_field("content_object").remote_field.get_accessor_name()
    return through, accessor


def resolve_themes(themes, theme_model):
    resolved = []
    for theme in themes:
        if isinstance(theme, theme_model):
            resolved.append(theme)
        else:
            resolved.append(theme_model.objects.get_or_create(name=theme)[0])
    return resolved


class PageFactory(DjangoModelFactory):
    """Base for page factories: see the module docstring."""

    title = factory.Sequence(lambda n: f"Pagina {n + 1}")
    live = True

    class Meta:
        abstract = True

    @classmethod
    def default_parent(cls):
        return get_home_page()

    @classmethod
    def _prepare_instance(cls, model_class, kwargs):
        themes = kwargs.pop("themes", None)
        instance = model_class(**kwargs)
        if themes:
            through, accessor = _themes_through(model_class)
            theme_model = through._meta.get_field("tag").remote_field.model
            tags = resolve_themes(themes, theme_model)
            setattr(instance, accessor, [through(tag=tag) for tag in tags])
        return instance

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        kwargs.pop("parent", None)
        kwargs.pop("revision", None)
        kwargs.pop("user", None)
        return cls._prepare_instance(model_class, kwargs)

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        parent = kwargs.pop("parent", None) or cls.default_parent()
        revision = kwargs.pop("revision", False)
        user = kwargs.pop("user", None)
        if user is not None:
            kwargs.setdefault("owner", user)
        instance = cls._prepare_instance(model_class, kwargs)
        parent.add_child(instance=instance)
        if revision:
            log_and_publish(instance, user=user)
        return instance


class ImageFactory(DjangoModelFactory):
    """A decorative image drawn with Pillow. Small by default; pass width/height for more."""

    class Meta:
        model = Image

    class Params:
        width = 240
        height = 135
        palette = factory.Iterator(list(PALETTES))
        style = factory.Iterator(STYLES)
        seed = factory.Sequence(lambda n: n)

    title = factory.LazyAttribute(lambda o: f"Decoratief: {o.style} in {o.palette}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(
            decorative_image(o.seed, o.width, o.height, palette=o.palette, style=o.style),
            name=f"decoratief-{o.style}-{o.palette}-{o.seed}.jpg",
        )
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("collection", get_root_collection())
        image = model_class(*args, **kwargs)
        image._set_image_file_metadata()
        image.save()
        return image


class DocumentFactory(DjangoModelFactory):
    """A tiny PDF with a title and a paragraph or two."""

    class Meta:
        model = Document

    class Params:
        paragraphs = ("Dit document is gemaakt voor de demonstratieomgeving van Met Andere Ogen.",)
        filename = factory.LazyAttribute(lambda o: f"{slugify(o.title)[:80] or 'document'}.pdf")

    title = factory.Sequence(lambda n: f"Werkwijze samenwerken rond het kind {n + 1}")
    file = factory.LazyAttribute(
        lambda o: ContentFile(simple_pdf(o.title, list(o.paragraphs)), name=o.filename)
    )

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        kwargs.setdefault("collection", get_root_collection())
        document = model_class(*args, **kwargs)
        document._set_document_file_metadata()
        document.save()
        return document
