from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """The demo site (`manage.py seed_demo`): on top of every other app, imported by none."""

    name = "demo"
    verbose_name = _("Demo")
