"""The member list of a space: who is there, what of them is shown, and its filters.

Who may see it is `cop.permissions.can_see_members` (the view in `cop.views` asks).
What is shown of a person is `VISIBLE_FIELDS`: name, organisation and domains, and their
role in the space (member or coordinator). The profile has no setting yet by which a
person chooses to show more, so nothing else is shown to other members: not the email
address, the region or the profile role ("ouder", "professional"), and no filter reads
them either (a filter on a hidden field would tell what it holds). See
docs/permissions.md, "Who is in a space".

A fixed number of queries however many members a space has (tests/cop/test_member_list.py).
"""

from django.contrib.auth import get_user_model
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from members.models import Membership, MembershipRole
from taxonomy.models import Domain

# The profile fields other members see (besides the role in the space).
VISIBLE_FIELDS = ("first_name", "last_name", "organisation", "domains")
PER_PAGE = 24
MAX_QUERY = 100


def active_members(space):
    """The space's active memberships with the person's visible fields, by name."""
    return (
        Membership.objects.active()
        .filter(space_id=space.pk, user__isnull=False)
        .select_related("user")
        .only("pk", "role", "status", "space_id", "user__id", "user__email", *_user_fields())
        .prefetch_related("user__domains")
        .order_by("user__first_name", "user__last_name", "pk")
    )


def _user_fields():
    return [f"user__{name}" for name in VISIBLE_FIELDS if name != "domains"]


def _domain_options(members):
    through = get_user_model().domains.through
    used = through.objects.filter(user_id__in=members.values("user_id")).values("domain_id")
    return list(Domain.objects.filter(pk__in=used).values_list("slug", "name"))


def _organisation_options(members):
    names = (
        members.exclude(user__organisation="")
        .order_by("user__organisation")
        .values_list("user__organisation", flat=True)
        .distinct()
    )
    return [(name, name) for name in names]


def filter_options(request, space):
    """The selects of the filter form (name, label, options, selected), each from the
    values the space's members show; a value not among them is no filter."""
    members = Membership.objects.active().filter(space_id=space.pk, user__isnull=False)
    options = [
        ("domein", _("Domein"), _domain_options(members)),
        ("organisatie", _("Organisatie"), _organisation_options(members)),
        ("rol", _("Rol in deze ruimte"), list(MembershipRole.choices)),
    ]
    filters = []
    for name, label, choices in options:
        value = request.GET.get(name, "")
        selected = value if value in {str(v) for v, _label in choices} else ""
        filters.append({"name": name, "label": label, "options": choices, "selected": selected})
    return [f for f in filters if f["options"]]


def filtered_members(request, space, filters):
    """`active_members` narrowed by the chosen filters and the name typed in `q`."""
    rows = active_members(space)
    lookups = {"domein": "user__domains__slug", "organisatie": "user__organisation", "rol": "role"}
    for item in filters:
        if item["selected"]:
            rows = rows.filter(**{lookups[item["name"]]: item["selected"]})
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    for word in query.split():
        rows = rows.filter(Q(user__first_name__icontains=word) | Q(user__last_name__icontains=word))
    return rows


def paginate(request, rows):
    paginator = Paginator(rows, PER_PAGE)
    try:
        return paginator.page(request.GET.get("pagina", 1))
    except PageNotAnInteger:
        return paginator.page(1)
    except EmptyPage:
        return paginator.page(paginator.num_pages)


def listing(request, space):
    """What the members page lists: the filters, the chosen ones, the page of rows."""
    filters = filter_options(request, space)
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    page_obj = paginate(request, filtered_members(request, space, filters))
    return {
        "filter_options": filters,
        "query": query,
        "is_filtered": bool(query or any(f["selected"] for f in filters)),
        "page_obj": page_obj,
        "rows": page_obj.object_list,
    }
