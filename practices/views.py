from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cop.models import FieldlabPage
from core.links import login_url

from .conversion import convert_fieldlab
from .permissions import can_convert_fieldlab


@require_POST
def fieldlab_to_practice(request, page_id):
    """A coordinator turns a finished fieldlab into a draft practice example."""
    fieldlab = get_object_or_404(FieldlabPage, pk=page_id)
    if not request.user.is_authenticated:
        return redirect(login_url(fieldlab.url))
    if not can_convert_fieldlab(request.user, fieldlab):
        raise PermissionDenied
    if not fieldlab.is_finished:
        messages.error(
            request, _("Dit fieldlab is nog niet afgerond. Zet de fase eerst op 'Afgerond'.")
        )
        return redirect(fieldlab.url)
    try:
        practice, created = convert_fieldlab(fieldlab, request.user)
    except LookupError:
        messages.error(
            request, _("Er is nog geen overzicht 'Wat werkt' om het voorbeeld in te zetten.")
        )
        return redirect(fieldlab.url)
    if created:
        messages.success(request, _("Het concept-praktijkvoorbeeld staat klaar om aan te vullen."))
    else:
        messages.info(request, _("Van dit fieldlab bestaat al een praktijkvoorbeeld."))
    if request.user.has_perm("wagtailadmin.access_admin"):
        edit_perms = practice.permissions_for_user(request.user)
        if edit_perms.can_edit():
            return redirect(reverse("wagtailadmin_pages:edit", args=[practice.pk]))
    return redirect(fieldlab.url + "#praktijkvoorbeeld")
