"""The links in the agenda's mails. Included under /aanmelding/ in cms/urls.py."""

from django.urls import path

from . import views

app_name = "events"

urlpatterns = [
    path("<str:token>/", views.registration_detail, name="registration"),
    path("<str:token>/bevestigen/", views.registration_confirm, name="confirm"),
    path("<str:token>/afmelden/", views.registration_cancel, name="cancel"),
]
