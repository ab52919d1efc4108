from django import template

from taxonomy.models import EvidenceLevel

register = template.Library()


@register.simple_tag
def evidence_levels():
    """Every rung of the evidence ladder, lowest first."""
    return list(EvidenceLevel.objects.order_by("rank"))
