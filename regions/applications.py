"""What the programme office does with an application: make a draft RegionPage."""

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from .models import ApplicationStatus, RegionIndexPage, RegionPage


def _free_slug(parent, base):
    base = slugify(base)[:200] or "regio"
    taken = set(parent.get_children().values_list("slug", flat=True))
    slug, number = base, 2
    while slug in taken:
        slug, number = f"{base}-{number}", number + 1
    return slug


def create_draft_region(application, user=None):
    """A draft (not live) RegionPage filled from `application`; marks it selected.

    Returns (page, created). A second call returns the page made the first time.
    """
    with transaction.atomic():
        application = type(application).objects.select_for_update().get(pk=application.pk)
        if application.region_page_id:
            return application.region_page, False
        parent = application.call.get_parent().specific
        if not isinstance(parent, RegionIndexPage):
            parent = RegionIndexPage.objects.first()
        motivation = application.motivation.strip().split("\n\n")[0][:1000]
        page = RegionPage(
            title=application.applicant,
            slug=_free_slug(parent, application.applicant),
            province=application.province,
            municipalities=application.municipalities,
            intro=f"<p>{escape(motivation)}</p>" if motivation else "",
            coalition="\n".join(application.partner_lines()),
            contact_name=application.contact_name,
            contact_email=application.contact_email,
            live=False,
            owner=user,
        )
        parent.add_child(instance=page)
        page.save_revision(user=user, log_action=True)
        application.region_page = page
        application.status = ApplicationStatus.SELECTED
        application.save(update_fields=["region_page", "status"])
    return page, True
