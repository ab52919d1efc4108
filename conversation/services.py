"""Every write of a discussion, each in one transaction (never half a write), each
guarded against a double submit (`core.submissions`): the same text sent twice within
`RESUBMIT_SECONDS` stores one row and answers with the first.

The views ask `conversation.permissions` first; these functions only write.
"""

from django.db import transaction
from django.utils import timezone

from core.cache import new_generation
from core.submissions import lock, recent_duplicate

from .emails import send_report
from .models import Post, Report, Thread


def _changed():
    """Queryset updates send no post_save: start a new page-cache generation now and
    when the transaction commits (`core.cache`), as a save would."""
    new_generation()
    transaction.on_commit(new_generation)


@transaction.atomic
def start_thread(space, author, *, title, text, kind, visibility):
    """(thread, created). A double submit returns the first thread."""
    lock(space)
    duplicate = recent_duplicate(
        Thread.objects.not_deleted().filter(space_id=space.pk),
        author=author,
        title=title,
        posts__is_opening=True,
        posts__text=text,
    )
    if duplicate is not None:
        return duplicate, False
    now = timezone.now()
    thread = Thread.objects.create(
        space_id=space.pk,
        author=author,
        title=title,
        kind=kind,
        visibility=visibility,
        created_at=now,
        last_activity_at=now,
    )
    Post.objects.create(thread=thread, author=author, is_opening=True, text=text, created_at=now)
    return thread, True


class ThreadClosed(Exception):
    """The thread was locked or deleted before the reply arrived."""


@transaction.atomic
def reply(thread, author, text):
    """(post, created). Raises ThreadClosed when the thread is locked or deleted by now
    (read again under the lock: a coordinator may have locked it a moment ago)."""
    lock(thread)
    current = Thread.objects.filter(pk=thread.pk).values("locked", "deleted_at").first()
    if current is None or current["locked"] or current["deleted_at"] is not None:
        raise ThreadClosed
    duplicate = recent_duplicate(
        Post.objects.filter(thread=thread, deleted_at=None), author=author, text=text
    )
    if duplicate is not None:
        return duplicate, False
    now = timezone.now()
    post = Post.objects.create(thread=thread, author=author, text=text, created_at=now)
    Thread.objects.filter(pk=thread.pk).update(last_activity_at=now)
    _changed()
    return post, True


@transaction.atomic
def edit_post(post, thread, text, title=None):
    changed = post.text != text or (title is not None and title != thread.title)
    if not changed:
        return False
    post.text = text
    post.edited_at = timezone.now()
    post.save(update_fields=["text", "edited_at"])
    if title is not None and post.is_opening:
        thread.title = title
        thread.save(update_fields=["title"])
    return True


@transaction.atomic
def delete_post(post, thread):
    """Soft: the row stays (the thread's order, a report's link), its text goes. Deleting
    the opening post deletes the thread."""
    now = timezone.now()
    Post.objects.filter(pk=post.pk).update(text="", deleted_at=now)
    post.text, post.deleted_at = "", now
    if thread.best_answer_id == post.pk:
        Thread.objects.filter(pk=thread.pk).update(best_answer=None)
    if post.is_opening:
        Thread.objects.filter(pk=thread.pk).update(deleted_at=now)
        thread.deleted_at = now
    _changed()


@transaction.atomic
def set_best_answer(thread, post):
    """Mark `post` the best answer, or unmark it when it already is. Returns the new state."""
    best = None if thread.best_answer_id == post.pk else post
    Thread.objects.filter(pk=thread.pk).update(best_answer=best)
    thread.best_answer = best
    _changed()
    return best is not None


def set_flag(obj, field, value):
    type(obj).objects.filter(pk=obj.pk).update(**{field: value})
    setattr(obj, field, value)
    _changed()


@transaction.atomic
def move_thread(thread, target):
    Thread.objects.filter(pk=thread.pk).update(space_id=target.pk)
    thread.space_id = target.pk
    _changed()


def report(post, thread, space, reporter, reason):
    """(report, created); the coordinators are mailed after the row is stored."""
    with transaction.atomic():
        lock(post)
        duplicate = recent_duplicate(Report.objects.filter(post=post), reporter=reporter)
        if duplicate is not None:
            return duplicate, False
        row = Report.objects.create(post=post, reporter=reporter, reason=reason)
    send_report(row, thread, space)
    return row, True


@transaction.atomic
def handle_report(report, hide_post=False):
    now = timezone.now()
    if hide_post:
        set_flag(report.post, "hidden", True)
    # Every open report of the same post is answered by this decision.
    Report.objects.filter(post_id=report.post_id, handled_at=None).update(handled_at=now)
    report.handled_at = now
