"""Joining and leaving a space, and its members page (public site).

Every POST goes through `cop.memberships` (one transaction each); every refusal is a
page with a message, never a 500.
"""

from django.contrib import messages
from django.http import Http404
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.models import Page

from cop import member_list, memberships, permissions
from cop.forms import InviteForm
from core.forms import status_for
from core.links import login_url
from members.models import Membership, MembershipRole, MembershipStatus


def _space_or_404(request, space_id):
    """A live space this person may see (the access rule of `cop.permissions`), or 404."""
    pages = Page.objects.filter(pk=space_id).type(*permissions.space_models())
    page = permissions.public_pages(pages, request.user).specific().first()
    if page is None:
        raise Http404
    return page


def _tell(request, changed, message):
    (messages.success if changed else messages.info)(request, message)


def _own_membership_view(action):
    """A POST by the person themself (`cop.memberships.join` or `.leave`), back to the
    space with what happened; anonymous people log in first."""

    @require_POST
    def view(request, space_id):
        space = _space_or_404(request, space_id)
        if not request.user.is_authenticated:
            return redirect(login_url(space.url))
        _tell(request, *action(request.user, space))
        return redirect(space.url or "/")

    return view


join = _own_membership_view(memberships.join)
leave = _own_membership_view(memberships.leave)


def members(request, space_id):
    """Who is in the space, for everyone `permissions.can_see_members` lets in (its
    members, coordinators and the programme office), filtered and paginated
    (`cop.member_list`); whoever `can_manage_members` also handles requests,
    invitations and roles here. Anonymous people log in first; 404 for anyone else."""
    space = _space_or_404(request, space_id)
    if not request.user.is_authenticated:
        return redirect(login_url(request.get_full_path()))
    if not permissions.can_see_members(request.user, space):
        raise Http404
    can_manage = permissions.can_manage_members(request.user, space)
    if request.method == "POST" and not can_manage:
        raise Http404
    invite_form = InviteForm(request=request) if can_manage else None
    if request.method == "POST":
        action = request.POST.get("action", "")
        try:
            membership_id = int(request.POST.get("membership", "0"))
        except ValueError:
            membership_id = 0
        if action == "invite":
            invite_form = InviteForm(request.POST, request=request)
            if invite_form.is_valid():
                changed, message = memberships.invite(
                    invite_form.cleaned_data["email"], space, request.user
                )
                _tell(request, changed, message)
                return redirect(request.path)
        else:
            handlers = {
                "approve": lambda: memberships.decide(membership_id, space, approve=True),
                "decline": lambda: memberships.decide(membership_id, space, approve=False),
                "coordinator": lambda: memberships.set_role(
                    membership_id, space, MembershipRole.COORDINATOR
                ),
                "member": lambda: memberships.set_role(membership_id, space, MembershipRole.MEMBER),
                "remove": lambda: memberships.remove(membership_id, space),
            }
            if action not in handlers:
                messages.error(request, _("Onbekende actie."))
                return redirect(request.path)
            changed, message = handlers[action]()
            _tell(request, changed, message)
            return redirect(request.path)
    context = {"space": space, "page": space, "can_manage": can_manage, "invite_form": invite_form}
    context.update(member_list.listing(request, space))
    if can_manage:
        waiting = (
            Membership.objects.filter(
                space=space, status__in=[MembershipStatus.REQUESTED, MembershipStatus.INVITED]
            )
            .select_related("user")
            .order_by("user__first_name", "user__last_name", "invited_email")
        )
        grouped = {MembershipStatus.REQUESTED: [], MembershipStatus.INVITED: []}
        for row in waiting:
            grouped[row.status].append(row)
        context["requested"] = grouped[MembershipStatus.REQUESTED]
        context["invited"] = grouped[MembershipStatus.INVITED]
    return render(
        request,
        "members/members.html",
        context,
        status=status_for(invite_form) if invite_form is not None else 200,
    )
