from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BottlenecksConfig(AppConfig):
    name = "bottlenecks"
    verbose_name = _("Knelpunten")

    def ready(self):
        from . import signals

        signals.connect()
