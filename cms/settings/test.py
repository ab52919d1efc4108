"""Test settings: real database and search backend, fast hashing, no disk side effects."""

import tempfile

from .base import *  # noqa: F403
from .base import env

DEBUG = False
SECRET_KEY = "test-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
MEDIA_ROOT = env.str("TEST_MEDIA_ROOT", default=tempfile.mkdtemp(prefix="mao-media-"))
PRIVATE_MEDIA_ROOT = tempfile.mkdtemp(prefix="mao-private-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
PUBLIC_FORM_MIN_SECONDS = 0  # tests of the fill time override this
# The page cache would carry pages from one test into the next (the database is rolled
# back, the cache is not); tests of the cache switch it on (tests/core/test_caching.py).
PAGE_CACHE_SECONDS = 0
# Django's test client logs in without a request, which django-axes refuses; tests of
# the lockout switch it on (tests/core/test_hardening.py).
AXES_ENABLED = False
