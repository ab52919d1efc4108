from wagtail import hooks

from .viewsets import help_request_viewset


@hooks.register("register_admin_viewset")
def register_help_request_viewset():
    return help_request_viewset
