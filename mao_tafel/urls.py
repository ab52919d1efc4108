from django.urls import path

from . import views

app_name = "mao_tafel"

urlpatterns = [
    path("", views.knock, name="knock"),
    path("bedankt/", views.thanks, name="thanks"),
]
