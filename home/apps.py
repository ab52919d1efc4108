from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Home")
    # core.factories.get_home_page makes the front page with this (core imports no app).
    home_page_factory = "home.factories.HomePageFactory"
