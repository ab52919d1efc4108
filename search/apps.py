from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Zoeken")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from taxonomy.models import Concept, ConceptTerm

        from .vocabulary import clear_cache

        for model in (Concept, ConceptTerm):
            post_save.connect(clear_cache, sender=model, dispatch_uid=f"search-vocab-{model}")
            post_delete.connect(clear_cache, sender=model, dispatch_uid=f"search-vocab-d-{model}")
