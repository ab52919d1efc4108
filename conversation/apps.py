from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ConversationConfig(AppConfig):
    name = "conversation"
    verbose_name = _("Gesprekken")

    def ready(self):
        from . import signals

        signals.connect()
