from django.urls import path

from . import views

app_name = "conversation"

urlpatterns = [
    path("ruimtes/<int:space_id>/gesprekken/", views.index, name="index"),
    path("ruimtes/<int:space_id>/gesprekken/nieuw/", views.start, name="start"),
    path("ruimtes/<int:space_id>/meldingen/", views.reports, name="reports"),
    path("gesprekken/<int:thread_id>/", views.thread, name="thread"),
    path("gesprekken/<int:thread_id>/reageren/", views.reply, name="reply"),
    path("gesprekken/<int:thread_id>/beheer/", views.moderate_thread, name="moderate_thread"),
    path("berichten/<int:post_id>/bewerken/", views.edit_post, name="edit_post"),
    path("berichten/<int:post_id>/verwijderen/", views.delete_post, name="delete_post"),
    path("berichten/<int:post_id>/beste-antwoord/", views.best_answer, name="best_answer"),
    path("berichten/<int:post_id>/melden/", views.report_post, name="report_post"),
    path("berichten/<int:post_id>/beheer/", views.moderate_post, name="moderate_post"),
]
