from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MaoTafelConfig(AppConfig):
    name = "mao_tafel"
    verbose_name = _("MAO-tafel")
