"""Once made the "Redacteuren" and "Programmabureau" groups; now
`cop.permissions.ensure_role_groups` does, after every migrate."""

from django.db import migrations


def create_groups(apps, schema_editor):
    """Did once what `cop.permissions.ensure_role_groups` now does after every migrate
    (the one place the role groups are made); kept so migration history stays whole."""


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_verbose_names"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
