from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cop.choices import PROGRAMME_OFFICE_GROUP


class MaoTafelConfig(AppConfig):
    name = "mao_tafel"
    verbose_name = _("MAO-tafel")
    # The programme office answers the questions (cop.permissions.ensure_role_groups).
    role_permissions = {
        PROGRAMME_OFFICE_GROUP: [
            f"mao_tafel.{action}_helprequest" for action in ("view", "change", "delete")
        ]
    }
