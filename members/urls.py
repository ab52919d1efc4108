from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("account/aanmelden/", views.signup, name="signup"),
    path("account/bevestigen/<uidb64>/<token>/", views.confirm, name="confirm"),
    path("account/inloggen/", views.login_view, name="login"),
    path("account/uitloggen/", views.logout_view, name="logout"),
    path("account/wachtwoord-vergeten/", views.password_reset, name="password_reset"),
    path(
        "account/wachtwoord/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path("account/profiel/", views.profile, name="profile"),
    path("account/mijn-gegevens.json", views.export, name="export"),
    path("account/verwijderen/", views.delete, name="delete"),
]
