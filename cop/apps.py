from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _

from cop.choices import PROGRAMME_OFFICE_GROUP


class CopConfig(AppConfig):
    name = "cop"
    verbose_name = _("Communities, fieldlabs en dialogen")
    # The programme office manages every membership in the admin (cop.viewsets).
    role_permissions = {
        PROGRAMME_OFFICE_GROUP: [
            f"members.{action}_membership" for action in ("add", "change", "delete", "view")
        ]
    }

    def ready(self):
        from cop import admin_guard, signals

        signals.connect()
        admin_guard.use_checked_form_for_every_page_model()
