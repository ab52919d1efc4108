from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Basis")

    def ready(self):
        from core import admin_speedups, lookups, sanitize
        from core.cache import connect_signals
        from core.storage import keep_temporary_uploads_private

        connect_signals()
        keep_temporary_uploads_private()
        sanitize.connect()
        admin_speedups.apply()
        lookups.register()
