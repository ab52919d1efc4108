"""May this person do this with practice examples? Used by views and templates alike.

Who is a coordinator or the programme office is answered by `cop.permissions`.
"""

from cop.permissions import is_coordinator, is_programme_office


def can_convert_fieldlab(user, fieldlab):
    """May this person turn a finished fieldlab into a draft practice example?"""
    return is_programme_office(user) or is_coordinator(user, fieldlab)
