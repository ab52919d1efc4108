"""Once made the role groups; now `cop.permissions.ensure_role_groups` does, after
every migrate."""

from django.db import migrations


def create_groups(apps, schema_editor):
    """Did once what `cop.permissions.ensure_role_groups` now does after every migrate
    (the one place the role groups are made); kept so migration history stays whole."""


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_user_domains_user_last_digest_at_and_more"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
