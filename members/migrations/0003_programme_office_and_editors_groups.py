"""The programme office's group (may manage every membership) and the editors'
group "Redacteuren" (admin access; the articles app adds its page permissions).
Each is created only if it does not exist yet."""

from django.contrib.auth.management import create_permissions
from django.db import migrations


def create_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    office, _ = Group.objects.get_or_create(name="Programmabureau")
    membership_permissions = Permission.objects.filter(
        content_type__app_label="members", content_type__model="membership"
    )
    office.permissions.add(*membership_permissions)
    editors, _ = Group.objects.get_or_create(name="Redacteuren")
    if access_admin is not None:
        office.permissions.add(access_admin)
        editors.permissions.add(access_admin)


class Migration(migrations.Migration):
    dependencies = [
        ("members", "0002_user_domains_user_last_digest_at_and_more"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
