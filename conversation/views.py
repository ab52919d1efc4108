"""The discussions of a space on the public site (docs/conversation.md).

Every view finds its space, thread or post through `conversation.permissions` (which
asks `cop.permissions`): what a person may not read is a 404, whatever the id. Writing
goes through `conversation.services` (one transaction each, double submits stored
once). A refusal or a mistake is a page with a Dutch message and the typed text kept,
never a 500.
"""

from django.contrib import messages
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from core.forms import status_for
from core.links import login_url

from . import permissions, services
from .forms import EditPostForm, MoveForm, ReplyForm, ReportForm, ThreadForm
from .models import Report

THREADS_PER_PAGE = 25


def _thread_url(thread, post=None):
    url = reverse("conversation:thread", args=[thread.pk])
    return f"{url}#bericht-{post.pk}" if post is not None else url


def _index_url(space_id):
    return reverse("conversation:index", args=[space_id])


def _login_first(request, next_url=None):
    return redirect(login_url(next_url or request.get_full_path()))


def _refused(request, space, message, text="", status=403):
    """A page that says why this cannot be done, with what the person typed."""
    return render(
        request,
        "conversation/refused.html",
        {"space": space, "message": message, "text": text},
        status=status,
    )


def _not_a_member(request, space, text=""):
    return _refused(
        request,
        space,
        _("Alleen leden van deze ruimte kunnen hier schrijven. Word eerst lid van de ruimte."),
        text,
    )


def index(request, space_id):
    """The threads of a space this person may see, the latest activity first."""
    space = permissions.space_or_404(request.user, space_id)
    rights = permissions.access(request.user, space)
    threads = (
        rights.visible_threads()
        .select_related("author")
        .annotate(
            reply_count=Count("posts", filter=Q(posts__is_opening=False, posts__deleted_at=None))
        )
        .order_by("-last_activity_at", "-pk")
    )
    paginator = Paginator(threads, THREADS_PER_PAGE)
    try:
        page_obj = paginator.page(request.GET.get("pagina", 1))
    except PageNotAnInteger:
        page_obj = paginator.page(1)
    except EmptyPage:
        page_obj = paginator.page(paginator.num_pages)
    return render(
        request,
        "conversation/index.html",
        {"space": space, "access": rights, "page_obj": page_obj, "threads": page_obj},
    )


def start(request, space_id):
    space = permissions.space_or_404(request.user, space_id)
    if not request.user.is_authenticated:
        return _login_first(request)
    rights = permissions.access(request.user, space)
    if not rights.can_start():
        return _not_a_member(request, space, request.POST.get("text", ""))
    form = ThreadForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        thread, created = services.start_thread(
            space,
            request.user,
            title=data["title"],
            text=data["text"],
            kind=data["kind"],
            visibility=data["visibility"],
        )
        if created:
            messages.success(request, _("Je gesprek staat online."))
        return redirect(_thread_url(thread))
    return render(
        request,
        "conversation/start.html",
        {"space": space, "form": form},
        status=status_for(form),
    )


def _thread_context(request, thread, rights, reply_form=None):
    """The thread page's context: every post with what this person may do with it,
    decided without a query per post."""
    posts = list(thread.posts.select_related("author").order_by("created_at", "pk"))
    rows = [
        {
            "post": post,
            "shows_text": rights.shows_text(post),
            "can_edit": rights.can_edit(post, thread),
            "can_report": rights.can_report(post, thread),
            "can_be_best": rights.can_mark_best_answer(thread)
            and rights.can_be_best_answer(post, thread),
            "is_best": thread.best_answer_id == post.pk,
        }
        for post in posts
    ]
    opening = rows[0] if rows and rows[0]["post"].is_opening else None
    replies = rows[1:] if opening else rows
    if reply_form is None and rights.can_reply(thread):
        reply_form = ReplyForm()
    best = next((row for row in rows if row["is_best"] and row["shows_text"]), None)
    return {
        "space": thread.space,
        "thread": thread,
        "access": rights,
        "opening": opening,
        "replies": replies,
        "best": best,
        "reply_form": reply_form,
        "can_moderate": rights.can_moderate(thread),
    }


def thread(request, thread_id):
    thread, rights = permissions.thread_or_404(request.user, thread_id)
    return render(request, "conversation/thread.html", _thread_context(request, thread, rights))


def reply(request, thread_id):
    if request.method != "POST":
        thread, _rights = permissions.thread_or_404(request.user, thread_id)
        return redirect(_thread_url(thread))
    thread, rights = permissions.thread_or_404(request.user, thread_id, allow_deleted=True)
    text = request.POST.get("text", "")
    if not request.user.is_authenticated:
        return _login_first(request, _thread_url(thread))
    if not rights.member:
        return _not_a_member(request, thread.space, text)
    if thread.is_deleted:
        return _refused(
            request,
            thread.space,
            _(
                "Dit gesprek is verwijderd, dus je reactie is niet geplaatst. "
                "Je tekst staat hieronder, zodat je hem kunt bewaren."
            ),
            text,
            status=410,
        )
    form = ReplyForm(request.POST)
    if form.is_valid():
        try:
            post, created = services.reply(thread, request.user, form.cleaned_data["text"])
        except services.ThreadClosed:
            thread.locked = True
        else:
            if created:
                messages.success(request, _("Je reactie staat online."))
            return redirect(_thread_url(thread, post))
    if thread.locked:
        form.errors.clear()
        form.add_error(
            None,
            _(
                "Dit gesprek is gesloten door een coördinator, dus je reactie is niet "
                "geplaatst. Je tekst staat hieronder, zodat je hem kunt bewaren."
            ),
        )
        context = _thread_context(request, thread, rights, reply_form=form)
        context["closed_form"] = form
        return render(request, "conversation/thread.html", context, status=409)
    context = _thread_context(request, thread, rights, reply_form=form)
    return render(request, "conversation/thread.html", context, status=400)


def edit_post(request, post_id):
    post, thread, rights = permissions.post_or_404(request.user, post_id)
    if not request.user.is_authenticated:
        return _login_first(request)
    if not rights.can_edit(post, thread):
        raise Http404
    with_title = post.is_opening
    initial = {"text": post.text, "title": thread.title}
    form = EditPostForm(request.POST or None, initial=initial, with_title=with_title)
    if request.method == "POST" and form.is_valid():
        title = form.cleaned_data.get("title") if with_title else None
        if services.edit_post(post, thread, form.cleaned_data["text"], title):
            messages.success(request, _("Je bericht is bijgewerkt."))
        return redirect(_thread_url(thread, post))
    return render(
        request,
        "conversation/edit.html",
        {"space": thread.space, "thread": thread, "post": post, "form": form},
        status=status_for(form),
    )


def delete_post(request, post_id):
    post, thread, rights = permissions.post_or_404(request.user, post_id)
    if not request.user.is_authenticated:
        return _login_first(request)
    if not rights.can_delete(post, thread):
        raise Http404
    if request.method == "POST":
        services.delete_post(post, thread)
        if post.is_opening:
            messages.success(request, _("Je gesprek is verwijderd."))
            return redirect(_index_url(thread.space.pk))
        messages.success(request, _("Je bericht is verwijderd."))
        return redirect(_thread_url(thread))
    return render(
        request,
        "conversation/delete.html",
        {"space": thread.space, "thread": thread, "post": post},
    )


@require_POST
def best_answer(request, post_id):
    post, thread, rights = permissions.post_or_404(request.user, post_id)
    if not request.user.is_authenticated:
        return _login_first(request, _thread_url(thread))
    if not (rights.can_mark_best_answer(thread) and rights.can_be_best_answer(post, thread)):
        raise Http404
    if services.set_best_answer(thread, post):
        messages.success(request, _("Dit is nu het beste antwoord."))
    else:
        messages.info(request, _("Dit is niet langer het beste antwoord."))
    return redirect(_thread_url(thread, post))


def report_post(request, post_id):
    post, thread, rights = permissions.post_or_404(request.user, post_id)
    if not request.user.is_authenticated:
        return _login_first(request)
    if not rights.can_report(post, thread):
        raise Http404
    form = ReportForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        services.report(post, thread, thread.space, request.user, form.cleaned_data["reason"])
        messages.success(
            request, _("Dank je. De coördinatoren van deze ruimte hebben je melding gekregen.")
        )
        return redirect(_thread_url(thread))
    return render(
        request,
        "conversation/report.html",
        {"space": thread.space, "thread": thread, "post": post, "form": form},
        status=status_for(form),
    )


@require_POST
def moderate_post(request, post_id):
    post, thread, rights = permissions.post_or_404(request.user, post_id)
    if not rights.can_moderate(thread):
        raise Http404
    action = request.POST.get("action", "")
    if action not in ("hide", "unhide"):
        messages.error(request, _("Onbekende actie."))
        return redirect(_thread_url(thread, post))
    services.set_flag(post, "hidden", action == "hide")
    messages.success(
        request,
        _("Het bericht is verborgen.") if post.hidden else _("Het bericht is weer zichtbaar."),
    )
    return redirect(_thread_url(thread, post))


def moderate_thread(request, thread_id):
    """Coordinators of the thread's space: hide, lock, move. 404 for everyone else."""
    thread, rights = permissions.thread_or_404(request.user, thread_id)
    if not rights.can_moderate(thread):
        raise Http404
    form = MoveForm(spaces=permissions.moderated_spaces(request.user).exclude(pk=thread.space.pk))
    if request.method == "POST":
        action = request.POST.get("action", "")
        flags = {
            "hide": ("hidden", True, _("Het gesprek is verborgen.")),
            "unhide": ("hidden", False, _("Het gesprek is weer zichtbaar.")),
            "lock": (
                "locked",
                True,
                _("Het gesprek is gesloten: er kan niet meer op gereageerd worden."),
            ),
            "unlock": ("locked", False, _("Het gesprek is weer open.")),
        }
        if action in flags:
            field, value, message = flags[action]
            services.set_flag(thread, field, value)
            messages.success(request, message)
            return redirect(_thread_url(thread))
        if action == "move":
            form = MoveForm(
                request.POST,
                spaces=permissions.moderated_spaces(request.user).exclude(pk=thread.space.pk),
            )
            if form.is_valid():
                target = form.cleaned_data["target"]
                if not permissions.access(request.user, target).can_moderate():
                    raise Http404
                services.move_thread(thread, target)
                messages.success(
                    request, _("Het gesprek staat nu in %(space)s.") % {"space": target.title}
                )
                return redirect(_thread_url(thread))
        else:
            messages.error(request, _("Onbekende actie."))
            return redirect(reverse("conversation:moderate_thread", args=[thread.pk]))
    return render(
        request,
        "conversation/moderate.html",
        {"space": thread.space, "thread": thread, "form": form},
        status=status_for(form),
    )


def reports(request, space_id):
    """The space's coordinators: open reports, each with its post; mark one handled, or
    hide the post and mark it handled. 404 for everyone else."""
    space = permissions.space_or_404(request.user, space_id)
    if not request.user.is_authenticated:
        return _login_first(request)
    rights = permissions.access(request.user, space)
    if not rights.can_moderate():
        raise Http404
    rows = Report.objects.filter(post__thread__space_id=space.pk, handled_at=None)
    if request.method == "POST":
        report = rows.select_related("post").filter(pk=request.POST.get("report") or 0).first()
        action = request.POST.get("action", "")
        if report is None or action not in ("handled", "hide"):
            messages.error(request, _("Deze melding is al afgehandeld of bestaat niet."))
        else:
            services.handle_report(report, hide_post=action == "hide")
            messages.success(request, _("De melding is afgehandeld."))
        return redirect(request.path)
    rows = rows.select_related("post", "post__author", "post__thread", "reporter").order_by(
        "created_at", "pk"
    )
    return render(request, "conversation/reports.html", {"space": space, "reports": list(rows)})
