"""Discussions in a space: threads, their posts, and reports (docs/conversation.md).

A thread belongs to one space page (a CommunityPage, FieldlabPage or DialoguePage) and
follows the space's visibility: members-only by default, public on request. Its text is
its opening post (the first `Post`), so editing, deleting, reporting and the personal
data check work the same for a thread and a reply. Text is stored as plain text and
escaped on output; nothing a member types is ever rendered as HTML.

Who may read and do what is decided in `conversation.permissions`, never here.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

# Longest title and post (characters). Said in the forms' help text and errors.
MAX_TITLE = 200
MAX_TEXT = 10_000


class ThreadKind(models.TextChoices):
    DISCUSSION = "discussion", _("Discussie")
    QUESTION = "question", _("Vraag")


class Visibility(models.TextChoices):
    MEMBERS = "members", _("Alleen leden van deze ruimte")
    PUBLIC = "public", _("Iedereen die de ruimte kan zien")


class ThreadQuerySet(models.QuerySet):
    def not_deleted(self):
        return self.filter(deleted_at=None)


class Thread(models.Model):
    """A discussion or question in a space."""

    space = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("ruimte"),
        on_delete=models.CASCADE,
        related_name="threads",
    )
    title = models.CharField(_("titel"), max_length=MAX_TITLE)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gestart door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="threads",
    )
    kind = models.CharField(
        _("soort"), max_length=20, choices=ThreadKind.choices, default=ThreadKind.DISCUSSION
    )
    visibility = models.CharField(
        _("zichtbaar voor"),
        max_length=20,
        choices=Visibility.choices,
        default=Visibility.MEMBERS,
    )
    locked = models.BooleanField(_("gesloten"), default=False)
    hidden = models.BooleanField(_("verborgen door een coördinator"), default=False)
    best_answer = models.ForeignKey(
        "conversation.Post",
        verbose_name=_("beste antwoord"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("gestart op"), default=timezone.now)
    last_activity_at = models.DateTimeField(_("laatste reactie"), default=timezone.now)
    deleted_at = models.DateTimeField(_("verwijderd op"), null=True, blank=True)

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("gesprek")
        verbose_name_plural = _("gesprekken")
        ordering = ["-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["space", "-last_activity_at"])]

    def __str__(self):
        return self.title

    @property
    def is_question(self):
        return self.kind == ThreadKind.QUESTION

    @property
    def is_public(self):
        return self.visibility == Visibility.PUBLIC

    @property
    def is_deleted(self):
        return self.deleted_at is not None


class Post(models.Model):
    """The opening text of a thread, or a reply to it."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("gesprek"), on_delete=models.CASCADE, related_name="posts"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("schrijver"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="conversation_posts",
    )
    is_opening = models.BooleanField(_("openingsbericht"), default=False)
    text = models.TextField(_("tekst"), max_length=MAX_TEXT)
    created_at = models.DateTimeField(_("geplaatst op"), default=timezone.now)
    edited_at = models.DateTimeField(_("bewerkt op"), null=True, blank=True)
    hidden = models.BooleanField(_("verborgen door een coördinator"), default=False)
    # Deleting is soft: the row keeps the thread's order, the text goes at once.
    deleted_at = models.DateTimeField(_("verwijderd op"), null=True, blank=True)

    class Meta:
        verbose_name = _("bericht")
        verbose_name_plural = _("berichten")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.thread.title} #{self.pk}"

    @property
    def is_deleted(self):
        return self.deleted_at is not None


class Report(models.Model):
    """Someone who can see a post says it does not belong there. The space's
    coordinators get a mail; they hide the post or leave it, and mark the report handled."""

    post = models.ForeignKey(
        Post, verbose_name=_("bericht"), on_delete=models.CASCADE, related_name="reports"
    )
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("gemeld door"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="conversation_reports",
    )
    reason = models.TextField(_("reden"), max_length=2000)
    created_at = models.DateTimeField(_("gemeld op"), default=timezone.now)
    handled_at = models.DateTimeField(_("afgehandeld op"), null=True, blank=True)

    class Meta:
        verbose_name = _("melding")
        verbose_name_plural = _("meldingen")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.post} ({self.created_at:%d-%m-%Y})"

    @property
    def handled(self):
        return self.handled_at is not None
