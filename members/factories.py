import factory
from factory.django import DjangoModelFactory

from .models import User

DEFAULT_PASSWORD = "andere-ogen-demo"  # noqa: S105 - test and demo accounts only


class UserFactory(DjangoModelFactory):
    """A member who logs in with an email address. Password: `DEFAULT_PASSWORD`,
    or pass `password=...`."""

    class Meta:
        model = User
        django_get_or_create = ("email",)
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"lid{n + 1}@example.org")
    first_name = factory.Faker("first_name", locale="nl_NL")
    last_name = factory.Faker("last_name", locale="nl_NL")
    is_active = True
    password = factory.django.Password(DEFAULT_PASSWORD)


class SuperUserFactory(UserFactory):
    email = factory.Sequence(lambda n: f"beheerder{n + 1}@example.org")
    is_staff = True
    is_superuser = True


class MembershipFactory(DjangoModelFactory):
    """An active membership. Pass `space=` (a space page); `role="coordinator"` for a
    coordinator, `status=...` for a request or invitation. Saving it puts the user
    in the space's groups."""

    class Meta:
        model = "members.Membership"

    user = factory.SubFactory(UserFactory)
    space = None
    role = "member"
    status = "active"
