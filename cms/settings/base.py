"""Settings shared by every environment.

Environment variables are declared once, with their types, at the top of this
module (django-environ). The embedded default needs none of them: SQLite in the
project folder and Wagtail's database search backend.
"""

from datetime import timedelta
from pathlib import Path

import environ
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env(
    DEBUG=(bool, False),
    SECRET_KEY=(str, None),
    ALLOWED_HOSTS=(list, []),
    CSRF_TRUSTED_ORIGINS=(list, []),
    DATABASE_URL=(str, None),
    SITE_URL=(str, "http://127.0.0.1:8000"),
    DEFAULT_FROM_EMAIL=(str, "Met Andere Ogen <noreply@metandereogen.nl>"),
    EMAIL_URL=(str, "consolemail://"),
    MEDIA_ROOT=(str, str(BASE_DIR / "media")),
    STATIC_ROOT=(str, str(BASE_DIR / "staticfiles")),
    PRIVATE_MEDIA_ROOT=(str, str(BASE_DIR / "private-media")),
    # Search (docs/search.md): unset means the database backend.
    ELASTICSEARCH_URL=(str, None),
    ELASTICSEARCH_VERSION=(int, 9),
    OPENSEARCH_URL=(str, None),
    SEARCH_INDEX_PREFIX=(str, "mao_"),
    SEARCH_TIMEOUT=(float, 3.0),
    # Shared cache (docs/deployment.md): redis://host:port/db; unset means a local
    # in-process cache, which is fine for one process only.
    REDIS_URL=(str, None),
    # Seconds an anonymous visitor's page stays in the shared cache (core/cache.py).
    PAGE_CACHE_SECONDS=(int, 300),
    # Production only (cms/settings/production.py, docs/deployment.md).
    SECURE_SSL_REDIRECT=(bool, True),
    SECURE_HSTS_SECONDS=(int, 31_536_000),
    # Media in S3-compatible object storage when a bucket is named; the keys come from
    # AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3 itself.
    AWS_STORAGE_BUCKET_NAME=(str, None),
    AWS_S3_ENDPOINT_URL=(str, None),
    AWS_S3_REGION_NAME=(str, None),
    AWS_S3_CUSTOM_DOMAIN=(str, None),
    # Background tasks: "database" (a worker runs `manage.py db_worker`) or "immediate".
    TASKS_BACKEND=(str, "database"),
    # Retention periods in days that differ from MAO_RETENTION below, e.g.
    # "events.registration=120;newsletter.unconfirmed=14".
    MAO_RETENTION_DAYS=({"value": int}, {}),
)

DEBUG = env("DEBUG")
SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # Our apps, before Wagtail's so our templates win.
    "core",
    "members",
    "taxonomy",
    "home",
    "cop",
    "practices",
    "articles",
    "agenda",
    "regions",
    "newsletter",
    "bottlenecks",
    "mao_tafel",
    "conversation",
    "search",
    "network",
    "demo",  # on top: imports every app above, none imports it
    "axes",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    # Django
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.forms",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Anonymous visitors' pages from the shared cache, before sessions and the rest, so
    # a hit costs one cache round trip (core/cache.py).
    "core.cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Ids in admin URLs (Wagtail's own views included) only reach what the person may
    # see: cop/admin_guard.py, docs/permissions.md.
    "cop.admin_guard.AdminGuardMiddleware",
]

ROOT_URLCONF = "cms.urls"
# Form widgets and field templates come from the project templates too.
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # `settings.core.SiteSettings`: the site-wide texts (core/models.py).
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# Database: DATABASE_URL (postgres://...) or SQLite in the project folder.
if env("DATABASE_URL"):
    DATABASES = {"default": env.db_url("DATABASE_URL")}
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": BASE_DIR / "db.sqlite3",
            "OPTIONS": {"transaction_mode": "IMMEDIATE", "timeout": 20},
        }
    }
DATABASES["default"].setdefault("ATOMIC_REQUESTS", False)
IS_POSTGRES = DATABASES["default"]["ENGINE"].endswith("postgresql")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "members.User"
# django-axes first: it refuses a locked-out login before any password is checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# The public site's own login (members/); Wagtail's admin sends people there too, so
# there is one login page for everyone. Page view restrictions redirect there as well.
LOGIN_URL = "members:login"
# After logging in without a `next`, a member lands on Mijn netwerk (members.views.login_view).
LOGIN_REDIRECT_URL = "network:home"
WAGTAILADMIN_LOGIN_URL = "/account/inloggen/"
WAGTAIL_FRONTEND_LOGIN_URL = "/account/inloggen/"

# Dutch first; English can follow through the same gettext catalogues.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Nederlands"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = env("STATIC_ROOT")
STATIC_URL = "/static/"
MEDIA_ROOT = env("MEDIA_ROOT")
MEDIA_URL = "/media/"
# Uploads only staff may read (applications to calls): outside MEDIA_ROOT, never served
# by the web server; downloads go through a permission-checked view.
PRIVATE_MEDIA_ROOT = env("PRIVATE_MEDIA_ROOT")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: EMAIL_URL (smtp://user:pass@host:port) or the console in development.
vars().update(env.email_url("EMAIL_URL"))
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL")
# A hung mail server must not hold a worker: give up after this many seconds (the
# mail is then queued for a retry, see core/mail.py).
EMAIL_TIMEOUT = env.int("EMAIL_TIMEOUT", default=10)

# Page editors can exceed Django's default field count.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "Met Andere Ogen"
WAGTAILADMIN_BASE_URL = env("SITE_URL")
WAGTAIL_I18N_ENABLED = False
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nl", "Nederlands"), ("en", "English")]

# Documents are served through Django so that view restrictions hold.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "ods", "odp", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# The collection field says what a space's "Alleen leden" collection protects (and that
# it cannot protect images): docs/permissions.md.
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cop.forms.SpaceDocumentForm"
WAGTAILIMAGES_IMAGE_FORM_BASE = "cop.forms.SpaceImageForm"
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]

# Search (docs/search.md): the database backend (SQLite FTS5, or PostgreSQL with the
# Dutch text search configuration) unless ELASTICSEARCH_URL or OPENSEARCH_URL names an
# external engine. Then the database backend stays as "database": kept up to date as
# well, it answers when the engine is down or slow (bounded by SEARCH_TIMEOUT seconds).
_DATABASE_SEARCH = {
    "BACKEND": "wagtail.search.backends.database",
    **({"SEARCH_CONFIG": "dutch"} if IS_POSTGRES else {}),
}
if env("ELASTICSEARCH_URL") or env("OPENSEARCH_URL"):
    _engine = (
        f"search.backends.elasticsearch{env('ELASTICSEARCH_VERSION')}"
        if env("ELASTICSEARCH_URL")
        else "search.backends.opensearch3"
    )
    WAGTAILSEARCH_BACKENDS = {
        "default": {
            "BACKEND": _engine,
            "URLS": [env("ELASTICSEARCH_URL") or env("OPENSEARCH_URL")],
            "INDEX_PREFIX": env("SEARCH_INDEX_PREFIX"),
            "TIMEOUT": env("SEARCH_TIMEOUT"),
            "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        },
        "database": _DATABASE_SEARCH,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": _DATABASE_SEARCH}

TAGGIT_CASE_INSENSITIVE = True

# Cache: Redis when REDIS_URL is set (rate limits, sessions, login lockouts and the
# page cache then hold across every process and app server), else in-process memory.
if env("REDIS_URL"):
    CACHES = {
        "default": {
            # A Redis that is down or hung is a cache miss, not an error page
            # (core/redis_cache.py): short socket timeouts and a circuit breaker.
            "BACKEND": "core.redis_cache.ResilientRedisCache",
            "LOCATION": env("REDIS_URL"),
            "KEY_PREFIX": "mao",
            "TIMEOUT": 3600,
            "OPTIONS": {
                "socket_connect_timeout": env.float("REDIS_TIMEOUT", default=0.5),
                "socket_timeout": env.float("REDIS_TIMEOUT", default=0.5),
            },
        }
    }
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS")
# Never stored by the page cache: account pages, document downloads (access-checked),
# files.
PAGE_CACHE_SKIP_PREFIXES = ("/account/", "/documenten/", "/static/", "/media/")
# Wagtail looks image renditions up in the "renditions" cache, else this default one
# (Redis in production), before it asks the database.

# Login lockout (django-axes): on the combination of username and IP address, so one
# person typing a wrong password cannot lock out a whole school behind one address;
# the lock lifts after the cool-off. Covers every login that calls authenticate():
# the public one (email field) and Wagtail's admin login (username field).
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.25  # hours: 15 minutes
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "core.security.axes_username"
AXES_CLIENT_IP_CALLABLE = "core.forms.client_ip"
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
AXES_RESET_ON_SUCCESS = True
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_DISABLE_ACCESS_LOG = True  # no log of successful logins: less personal data kept
AXES_SENSITIVE_PARAMETERS = ["password", "new_password1", "new_password2"]
# One password reset for everyone: the public one, rate limited per IP and per email.
WAGTAIL_PASSWORD_RESET_ENABLED = False
# No email change in the admin account page: it would take effect without confirmation.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Content-Security-Policy (django-csp, core/middleware.py): the public site allows no
# inline script or style at all; Wagtail's admin gets a compatible policy of its own.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": [
            "'self'",
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview sets SAMEORIGIN on its own views

# Retention of personal data (docs/privacy.md): days after which `manage.py
# apply_retention` deletes or anonymises, per rule (`<app>/retention.py`), counted from
# the moment named in the comment. The programme office decides; MAO_RETENTION_DAYS
# overrides single periods.
MAO_RETENTION = {
    key: timedelta(days=days)
    for key, days in {
        "events.registration": 92,  # after the event ended: anonymised
        "newsletter.unconfirmed": 7,  # after the confirmation mail: deleted
        "members.invitation": 30,  # after the invitation: deleted
        "regions.application": 365,  # after the call closed: anonymised
        "mao_tafel.helprequest": 365,  # after the request was closed: anonymised
        "conversation.report": 365,  # after the report was handled: deleted
        "search.querystat": 365,  # after the day: deleted
        "searchpromotions.querydailyhits": 365,  # after the day: deleted
        **env("MAO_RETENTION_DAYS"),
    }.items()
}

# Public forms (core.forms.PublicFormMixin): seconds a person needs at least to fill in
# a form, and how many proxies sit in front of the app (for the client IP).
PUBLIC_FORM_MIN_SECONDS = 3
TRUSTED_PROXY_COUNT = 0
