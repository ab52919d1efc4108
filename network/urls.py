from django.urls import path

from . import views

app_name = "network"

urlpatterns = [
    path("mijn-netwerk/", views.home, name="home"),
]
