from django.urls import path

from . import views

app_name = "cop"

urlpatterns = [
    path("ruimtes/<int:space_id>/deelnemen/", views.join, name="join"),
    path("ruimtes/<int:space_id>/verlaten/", views.leave, name="leave"),
    path("ruimtes/<int:space_id>/leden/", views.members, name="members"),
]
