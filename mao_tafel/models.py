"""Knocking at the MAO-tafel: questions and requests for help from the network.

Anyone can knock through the public form (`mao_tafel.views.knock`); the programme
office handles the requests in the admin (`viewsets.HelpRequestViewSet`), with a
status and an assignee.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from cop.permissions import programme_office_users


class HelpRequestKind(models.TextChoices):
    QUESTION = "question", _("Een vraag")
    HELP = "help", _("Een verzoek om hulp")


class HelpRequestStatus(models.TextChoices):
    NEW = "new", _("Nieuw")
    IN_PROGRESS = "in_progress", _("In behandeling")
    ANSWERED = "answered", _("Beantwoord")
    CLOSED = "closed", _("Gesloten")


class HelpRequestAdminForm(WagtailAdminModelForm):
    """Only the programme office can be the one who picks a question up."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assignee" in self.fields:
            self.fields["assignee"].queryset = programme_office_users().order_by(
                "first_name", "last_name", "email"
            )


class HelpRequest(models.Model):
    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)
    kind = models.CharField(
        _("soort"), max_length=20, choices=HelpRequestKind.choices, default=HelpRequestKind.QUESTION
    )
    domain = models.ForeignKey(
        "taxonomy.Domain",
        verbose_name=_("domein"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Vanuit welk domein komt de vraag?"),
    )
    region = models.CharField(
        _("gemeente of regio"), max_length=120, help_text=_("Waar speelt de vraag?")
    )
    question = models.TextField(
        _("vraag"), help_text=_("De vraag of het verzoek, in eigen woorden.")
    )
    name = models.CharField(_("naam"), max_length=120)
    organisation = models.CharField(_("organisatie"), max_length=120, blank=True)
    email = models.EmailField(_("e-mailadres"))
    phone = models.CharField(_("telefoonnummer"), max_length=30, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=HelpRequestStatus.choices,
        default=HelpRequestStatus.NEW,
        help_text=_("Waar staat de vraag nu?"),
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("behandelaar"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_help_requests",
        help_text=_("Wie van het programmabureau pakt dit op?"),
    )
    notes = models.TextField(
        _("interne notities"), blank=True, help_text=_("Alleen zichtbaar voor het programmabureau.")
    )
    created_at = models.DateTimeField(_("ontvangen op"), auto_now_add=True)
    updated_at = models.DateTimeField(_("bijgewerkt op"), auto_now=True)

    base_form_class = HelpRequestAdminForm
    panels = [
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("assignee"), FieldPanel("notes")],
            heading=_("Behandeling"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("domain"),
                FieldPanel("region"),
                FieldPanel("question"),
            ],
            heading=_("De vraag"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name"),
                FieldPanel("organisation"),
                FieldPanel("email"),
                FieldPanel("phone"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("vraag aan de MAO-tafel")
        verbose_name_plural = _("vragen aan de MAO-tafel")

    def __str__(self):
        return f"{self.name}: {self.question[:60]}"
