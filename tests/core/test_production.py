"""Production settings: Django's deployment checklist passes, nothing starts half-configured."""

import os
import subprocess
import sys
from pathlib import Path

from django.test import SimpleTestCase

ROOT = Path(__file__).resolve().parents[2]
TEST_ENV = {
    # Test values for the secrets; no service is contacted by the checks.
    "SECRET_KEY": "x7Gq2-test-only-9vKfPzL4mRtY8wNcB3hJsD6aUeQ1oVxZ5iT0lEgMpWbCyHnAkSrF",
    "ALLOWED_HOSTS": "metandereogen.nl,www.metandereogen.nl",
    "DATABASE_URL": "postgres://mao:mao@127.0.0.1:5432/mao",
    "REDIS_URL": "redis://127.0.0.1:6379/0",
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
}


# Set by other test modules in this process (the browser tests' event loop); never in
# a deployment, and Django's deploy check rightly refuses it.
NOT_IN_DEPLOYMENT = {"DJANGO_ALLOW_ASYNC_UNSAFE"}


def run_manage(*args, env=None):
    environment = {
        k: v for k, v in os.environ.items() if k not in TEST_ENV and k not in NOT_IN_DEPLOYMENT
    }
    environment.update(env if env is not None else TEST_ENV)
    return subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=300,
    )


class TestProductionSettings(SimpleTestCase):
    def test_deployment_checklist_passes_without_warnings(self):
        result = run_manage("check", "--deploy", "--fail-level", "WARNING")
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)
        self.assertIn("no issues", result.stdout)

    def test_production_refuses_to_start_without_each_required_value(self):
        for missing in ("SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "REDIS_URL"):
            with self.subTest(missing=missing):
                env = {k: v for k, v in TEST_ENV.items() if k != missing}
                result = run_manage("check", env=env)
                self.assertNotEqual(result.returncode, 0)
                self.assertIn(f"{missing} must be set in production", result.stderr)

    def test_production_uses_the_real_services(self):
        script = (
            "from django.conf import settings as s;"
            "print(s.CACHES['default']['BACKEND']);"
            "print(s.SESSION_ENGINE);"
            "print(s.STORAGES['staticfiles']['BACKEND']);"
            "print(s.TASKS['default']['BACKEND']);"
            "print(s.DATABASES['default']['ENGINE']);"
            "print('whitenoise.middleware.WhiteNoiseMiddleware' in s.MIDDLEWARE)"
        )
        result = run_manage("shell", "--no-imports", "-c", script)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(
            result.stdout.split(),
            [
                "core.redis_cache.ResilientRedisCache",
                "django.contrib.sessions.backends.cached_db",
                "whitenoise.storage.CompressedManifestStaticFilesStorage",
                "django_tasks_db.DatabaseBackend",
                "django.db.backends.postgresql",
                "True",
            ],
        )

    def test_media_go_to_object_storage_when_a_bucket_is_named(self):
        env = {**TEST_ENV, "AWS_STORAGE_BUCKET_NAME": "mao-media"}
        script = "from django.conf import settings as s;print(s.STORAGES['default']['BACKEND'])"
        result = run_manage("shell", "--no-imports", "-c", script, env=env)
        self.assertEqual(result.returncode, 0, result.stderr)
        self.assertEqual(result.stdout.strip(), "storages.backends.s3.S3Storage")
