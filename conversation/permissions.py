"""Who may read and do what in a space's discussions: the one module every view,
template tag and mail asks (docs/conversation.md).

It builds on the access rule of `cop.permissions` and adds nothing beside it:

- a space is found only when `cop.permissions.public_pages` lets the person see its
  page (live, and no view restriction they do not pass);
- a members-only thread is read by the space's active members (`is_member`) and
  superusers; a public thread by everyone who may see the space;
- a hidden thread or post is read in full only by those who moderate the space;
- writing (start, reply, edit, report) needs an account; starting and replying need an
  active membership; a locked or deleted thread takes no replies;
- the space's own coordinators moderate (`is_coordinator`): hide, lock, move, best
  answer; the asker of a question marks its best answer too.

`Access` answers these for one person in one space with at most three queries, so a
thread page asks it once and then decides per post without touching the database.
"""

from dataclasses import dataclass

from django.http import Http404
from wagtail.models import Page

from cop import permissions as cop_permissions
from members.models import Membership

from .models import Post, Thread, Visibility


@dataclass
class Access:
    """What `user` may do in `space`, decided once."""

    user: object
    space: object
    member: bool
    moderator: bool

    @property
    def reads_members_only(self):
        return self.member or self.moderator or self._superuser

    @property
    def _superuser(self):
        return bool(self.user and self.user.is_authenticated and self.user.is_superuser)

    @property
    def signed_in(self):
        return bool(self.user is not None and self.user.is_authenticated and self.user.is_active)

    # --- threads ---------------------------------------------------------------

    def can_read(self, thread):
        if thread.space_id != self.space.pk or thread.is_deleted:
            return False
        if thread.hidden and not self.moderator:
            return False
        return thread.is_public or self.reads_members_only

    def can_start(self):
        return self.member

    def can_reply(self, thread):
        return self.member and self.can_read(thread) and not thread.locked

    def can_mark_best_answer(self, thread):
        if not (thread.is_question and self.can_read(thread) and self.signed_in):
            return False
        return self.moderator or (thread.author_id == self.user.pk and self.member)

    def can_moderate(self, thread=None):
        return self.moderator and (thread is None or thread.space_id == self.space.pk)

    # --- posts -----------------------------------------------------------------

    def shows_text(self, post):
        """Whether the text of `post` is shown (not deleted, not hidden from this person)."""
        return not post.is_deleted and (not post.hidden or self.moderator)

    def can_edit(self, post, thread):
        return (
            self.member
            and self.can_read(thread)
            and not thread.locked
            and not post.is_deleted
            and not post.hidden
            and post.author_id == self.user.pk
        )

    can_delete = can_edit

    def can_report(self, post, thread):
        return (
            self.signed_in
            and self.can_read(thread)
            and not post.is_deleted
            and not post.hidden
            and post.author_id != self.user.pk
        )

    def can_be_best_answer(self, post, thread):
        return (
            not post.is_opening
            and not post.is_deleted
            and not post.hidden
            and post.thread_id == thread.pk
        )

    def visible_threads(self):
        """The threads of the space this person may see in its list."""
        threads = Thread.objects.not_deleted().filter(space_id=self.space.pk)
        if not self.moderator:
            threads = threads.filter(hidden=False)
        if not self.reads_members_only:
            threads = threads.filter(visibility=Visibility.PUBLIC)
        return threads


def access(user, space):
    """The `Access` of `user` in `space` (a space page)."""
    member = cop_permissions.is_member(user, space)
    moderator = cop_permissions.is_coordinator(user, space) or bool(
        user is not None and user.is_authenticated and user.is_active and user.is_superuser
    )
    return Access(user=user, space=space, member=member, moderator=moderator)


def space_or_404(user, space_id):
    """A live space page `user` may see (`cop.permissions.public_pages`), or 404."""
    pages = Page.objects.filter(pk=space_id).type(*cop_permissions.space_models())
    page = cop_permissions.public_pages(pages, user).specific().first()
    if page is None:
        raise Http404
    return page


def thread_or_404(user, thread_id, *, allow_deleted=False):
    """(thread, access) when `user` may read the thread, or 404: an unknown id, a space
    they may not see, a members-only thread of a space they are not a member of and a
    hidden one they do not moderate all answer alike. A deleted thread is a 404 unless
    `allow_deleted` (the reply view, which tells a member the thread is gone)."""
    thread = (
        Thread.objects.select_related("author", "best_answer", "best_answer__author")
        .filter(pk=thread_id)
        .first()
    )
    if thread is None:
        raise Http404
    space = space_or_404(user, thread.space_id)
    thread.space = space
    rights = access(user, space)
    readable = rights.can_read(thread)
    if not readable and allow_deleted and thread.is_deleted:
        deleted_at, thread.deleted_at = thread.deleted_at, None
        readable = rights.can_read(thread)
        thread.deleted_at = deleted_at
    if not readable:
        raise Http404
    return thread, rights


def post_or_404(user, post_id):
    """(post, thread, access) for a post in a thread `user` may read, or 404."""
    row = Post.objects.filter(pk=post_id).values("thread_id").first()
    if row is None:
        raise Http404
    thread, rights = thread_or_404(user, row["thread_id"])
    post = thread.posts.select_related("author").get(pk=post_id)
    return post, thread, rights


def moderated_spaces(user):
    """The live spaces `user` coordinates and may see: where a thread may be moved to."""
    if user is None or not user.is_authenticated or not user.is_active:
        return Page.objects.none()
    ids = Membership.objects.coordinators().filter(user=user).values("space_id")
    spaces = Page.objects.filter(pk__in=ids).type(*cop_permissions.space_models())
    return cop_permissions.public_pages(spaces, user).order_by("title")
