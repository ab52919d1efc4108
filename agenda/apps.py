from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "agenda"
    label = "events"
    verbose_name = _("Agenda")

    def ready(self):
        from . import signals

        signals.connect()
