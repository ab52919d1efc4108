from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path(
        "fieldlab/<int:page_id>/naar-praktijkvoorbeeld/",
        views.fieldlab_to_practice,
        name="fieldlab_to_practice",
    ),
]
