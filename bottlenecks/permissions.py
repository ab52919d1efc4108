"""May this person do this with bottlenecks? Used by views and templates alike."""


def can_submit(user):
    """Any logged-in member may put a bottleneck on the agenda."""
    return bool(user and user.is_authenticated and user.is_active)


def can_recognise(user, page):
    """Any logged-in member may say "ik herken dit" about a published bottleneck."""
    return can_submit(user) and page.live
