from wagtail import hooks

from .viewsets import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return RegistrationViewSet("event_registration")
