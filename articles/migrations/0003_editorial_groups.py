"""The "Redacteuren" and "Programmabureau" groups (get-or-create by name).

Another app may create a group of the same name; get_or_create lets both converge.
The workflow and page permissions follow in `articles.editorial.ensure_editorial_setup`,
because they need the index pages.
"""

from django.db import migrations

GROUPS = ["Redacteuren", "Programmabureau"]


def create_groups(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    for name in GROUPS:
        group, _created = Group.objects.get_or_create(name=name)
        if access_admin is not None:
            group.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0002_verbose_names"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
