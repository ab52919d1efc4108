from wagtail import hooks

from .viewsets import VIEWSET_NAME, RegionApplicationViewSet


@hooks.register("register_admin_viewset")
def register_viewsets():
    return RegionApplicationViewSet(VIEWSET_NAME)
