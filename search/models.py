"""What people search for: the frequent queries and the queries that found nothing."""

from django.db import models
from django.db.models import F
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class QueryStat(models.Model):
    """How often a normalised query was asked on one day, and how often it found nothing."""

    shown_on_public_pages = False  # saving one keeps the page cache (core.cache)

    query_string = models.CharField(_("zoekvraag"), max_length=255)
    date = models.DateField(_("datum"), default=timezone.localdate)
    hits = models.PositiveIntegerField(_("aantal keer gezocht"), default=0)
    misses = models.PositiveIntegerField(_("aantal keer zonder resultaat"), default=0)

    class Meta:
        verbose_name = _("zoekvraag per dag")
        verbose_name_plural = _("zoekvragen per dag")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date"], name="unique_query_per_day")
        ]
        indexes = [models.Index(fields=["date", "query_string"])]

    def __str__(self):
        return f"{self.query_string} ({self.date})"

    @classmethod
    def record(cls, query_string, found):
        query_string = query_string[:255]
        today = timezone.localdate()
        updated = cls.objects.filter(query_string=query_string, date=today).update(
            hits=F("hits") + 1, misses=F("misses") + (0 if found else 1)
        )
        if not updated:
            stat, created = cls.objects.get_or_create(
                query_string=query_string,
                date=today,
                defaults={"hits": 1, "misses": 0 if found else 1},
            )
            if not created:
                cls.objects.filter(pk=stat.pk).update(
                    hits=F("hits") + 1, misses=F("misses") + (0 if found else 1)
                )
