"""The kinds of space, how people join them, and the names of the site-wide role groups.

No models are imported here: the access rule in `cop.permissions` and the app configs
(`role_permissions`) read these too."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class SpaceKind(models.TextChoices):
    COMMUNITY = "cop", _("Community of Practice")
    FIELDLAB = "fieldlab", _("Fieldlab")
    DIALOGUE = "dialogue", _("Dialoog")


class JoinPolicy(models.TextChoices):
    OPEN = "open", _("Open: iedereen met een account kan meedoen")
    REQUEST = "request", _("Op aanvraag: een coördinator keurt goed")
    INVITATION = "invitation", _("Alleen op uitnodiging")


PROGRAMME_OFFICE_GROUP = "Programmabureau"
EDITORS_GROUP = "Redacteuren"
