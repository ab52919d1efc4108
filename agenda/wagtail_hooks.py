from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Registration
from .permissions import RegistrationPermissionPolicy
from .viewsets import RegistrationViewSet

# Before any viewset asks for the model's policy (Wagtail would make a default one).
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


@hooks.register("register_admin_viewset")
def register_viewsets():
    return RegistrationViewSet("event_registration")
