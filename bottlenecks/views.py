"""Public views of agenderen: submitting a bottleneck and recognising one."""

from django.db import IntegrityError, transaction
from django.http import HttpResponseNotAllowed
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.html import escape
from django.utils.text import slugify

from core import submissions
from core.links import login_url

from .forms import BottleneckForm
from .models import BottleneckPage, BottleneckStatus, Recognition
from .permissions import can_recognise, can_submit


def plain_text_to_rich_text(text):
    """Plain text from a public form as safe rich text: escaped, one <p> per paragraph."""
    paragraphs = [p.strip() for p in text.replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join(
        "<p>{}</p>".format("<br/>".join(escape(line) for line in p.split("\n"))) for p in paragraphs
    )


def unique_slug(parent, title):
    base = slugify(title)[:60] or "knelpunt"
    slug, n = base, 1
    siblings = set(parent.get_children().values_list("slug", flat=True))
    while slug in siblings:
        n += 1
        slug = f"{base}-{n}"
    return slug


def submit_bottleneck(request, index):
    """A logged-in member submits a bottleneck; it arrives as a draft for moderation."""
    if not can_submit(request.user):
        return redirect(login_url(request.get_full_path()))
    template = "bottlenecks/bottleneck_submit.html"
    context = {"page": index, "self": index}
    if request.method == "POST":
        form = BottleneckForm(request.POST, request=request)
        if form.is_valid():
            page = create_draft(index, form.cleaned_data, request.user)
            context.update(submitted=page)
            return TemplateResponse(request, "bottlenecks/bottleneck_submitted.html", context)
    else:
        form = BottleneckForm(request=request)
    context["form"] = form
    return TemplateResponse(request, template, context)


@transaction.atomic
def create_draft(index, data, user):
    # Sent twice (a double click, a resend): the first draft stands, no second.
    submissions.lock(user)
    earlier = submissions.recent_duplicate(
        BottleneckPage.objects.child_of(index),
        since_field="latest_revision_created_at",
        owner=user,
        title=data["title"],
    )
    if earlier is not None:
        return earlier
    page = BottleneckPage(
        title=data["title"],
        slug=unique_slug(index, data["title"]),
        description=plain_text_to_rich_text(data["description"]),
        examples=plain_text_to_rich_text(data["examples"]),
        desired_change=plain_text_to_rich_text(data["desired_change"]),
        status=BottleneckStatus.SUBMITTED,
        live=False,
        owner=user,
    )
    page.domains.set(data["domains"])
    index.add_child(instance=page)
    page.save_revision(user=user, log_action=True)
    workflow = page.get_workflow()
    if workflow is not None:
        workflow.start(page, user)
    page.record_status(user=user)
    return page


def toggle_recognition(request, page):
    """POST: "ik herken dit" once per member; a second POST takes it back."""
    if request.method != "POST":
        return HttpResponseNotAllowed(["POST"])
    if not request.user.is_authenticated:
        return redirect(login_url(page.url))
    if can_recognise(request.user, page):
        deleted, _detail = Recognition.objects.filter(page=page, user=request.user).delete()
        if not deleted:
            try:
                with transaction.atomic():
                    Recognition.objects.create(page=page, user=request.user)
            except IntegrityError:
                pass  # a double click: the recognition exists already
    return redirect(page.url + "#herkennen")
