from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CopConfig(AppConfig):
    name = "cop"
    verbose_name = _("Communities, fieldlabs en dialogen")

    def ready(self):
        from cop import admin_guard, signals

        signals.connect()
        admin_guard.use_checked_form_for_every_page_model()
