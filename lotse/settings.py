"""Django settings for Lotse, read from environment variables.

`LOTSE_ENV=production` turns on the production mode: it refuses to start without
`LOTSE_SECRET_KEY` and `LOTSE_ALLOWED_HOSTS`, and switches on secure cookies, HSTS and the
strict content security policy headers. Everything else has an embedded default so that
`make demo` and `make test` need no configuration.
"""

from __future__ import annotations

import os
from pathlib import Path

import dj_database_url
import django_stubs_ext
from django.core.exceptions import ImproperlyConfigured

# Lets typed generics such as ModelAdmin[Model] and QuerySet[Model] work at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if not value:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


LOTSE_ENV = os.environ.get("LOTSE_ENV", "development")
PRODUCTION = LOTSE_ENV == "production"
if LOTSE_ENV not in {"development", "production", "test"}:
    raise ImproperlyConfigured(
        f"LOTSE_ENV must be development, production or test, not {LOTSE_ENV!r}"
    )

SECRET_KEY = os.environ.get("LOTSE_SECRET_KEY", "")
if not SECRET_KEY:
    if PRODUCTION:
        raise ImproperlyConfigured("LOTSE_SECRET_KEY must be set when LOTSE_ENV=production")
    SECRET_KEY = "insecure-development-key-never-use-in-production"  # noqa: S105

DEBUG = _env_bool("LOTSE_DEBUG", default=not PRODUCTION and LOTSE_ENV != "test")
if PRODUCTION and DEBUG:
    raise ImproperlyConfigured("LOTSE_DEBUG cannot be on when LOTSE_ENV=production")

ALLOWED_HOSTS = _env_list(
    "LOTSE_ALLOWED_HOSTS", [] if PRODUCTION else ["127.0.0.1", "localhost", "[::1]", "testserver"]
)
if PRODUCTION and not ALLOWED_HOSTS:
    raise ImproperlyConfigured("LOTSE_ALLOWED_HOSTS must be set when LOTSE_ENV=production")
CSRF_TRUSTED_ORIGINS = _env_list("LOTSE_CSRF_TRUSTED_ORIGINS", [])
# Under /api/ a CSRF failure is the contract's JSON error, not Django's HTML page.
CSRF_FAILURE_VIEW = "lotse.core.views.csrf_failure"

INSTALLED_APPS = [
    # The admin under the staff permission policy (lotse/core/admin_site.py).
    "lotse.core.admin_apps.LotseAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "lotse.core",
    "lotse.catalog",
    "lotse.ask",
    "lotse.plans",
    "lotse.international",
    "lotse.appointments",
    "lotse.cases",
    "lotse.portal",
    "lotse.ops",
    # --- appointments: background tasks (django-tasks backport + its database backend) ---
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # --- ops: client address behind nginx first, then request id / metrics / access log ---
    "lotse.ops.middleware.ProxyRemoteAddrMiddleware",
    "lotse.ops.middleware.RequestObservabilityMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "lotse.core.middleware.SecurityHeadersMiddleware",
    # --- core: no-store on personal data, JSON 405 under /api/, HEAD wherever GET is ---
    "lotse.core.middleware.NoStoreMiddleware",
    "lotse.core.middleware.ApiMethodMiddleware",
    "lotse.core.middleware.HeadAsGetMiddleware",
    "lotse.core.middleware.NulRefusalMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Anonymous public pages from the shared cache: below static files, above sessions.
    "lotse.core.pagecache.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "lotse.core.cities.CityMiddleware",
    "lotse.core.middleware.ApiErrorMiddleware",
    # --- ops: last, so its process_exception turns a lost database into a 503 first ---
    "lotse.ops.middleware.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "lotse.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "lotse" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "lotse.portal.context_processors.portal",
            ],
        },
    },
]

WSGI_APPLICATION = "lotse.wsgi.application"
ASGI_APPLICATION = "lotse.asgi.application"

DATA_DIR = Path(os.environ.get("LOTSE_DATA_DIR", BASE_DIR / "var"))
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{DATA_DIR / 'lotse.sqlite3'}"),
        conn_max_age=int(os.environ.get("LOTSE_DB_CONN_MAX_AGE", "60")),
    )
}
# --- ops: a connection broken by a PostgreSQL restart is replaced instead of failing again ---
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATA_DIR.mkdir(parents=True, exist_ok=True)
    # WAL lets readers go on while one process writes; a busy timeout instead of "locked".
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 20,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Persistent connections: opening one costs more than most requests (measured).

# --- cache: shared by every web process (public pages, lotse.core.pagecache) ----------------
# The database by default (table made by core's migration 0008); LOTSE_CACHE_URL=redis://…
# or memcached://host:port for Redis (needs the redis package) or memcached (pymemcache).
_CACHE_URL = os.environ.get("LOTSE_CACHE_URL", "")
if _CACHE_URL.startswith(("redis://", "rediss://")):
    _cache: dict[str, object] = {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": _CACHE_URL,
    }
elif _CACHE_URL.startswith("memcached://"):
    _cache = {
        "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
        "LOCATION": _CACHE_URL.removeprefix("memcached://"),
    }
elif _CACHE_URL:
    raise ImproperlyConfigured(
        "LOTSE_CACHE_URL must start with redis://, rediss:// or memcached://"
    )
else:
    _cache = {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "lotse_cache",
        "OPTIONS": {"MAX_ENTRIES": 50000, "CULL_FREQUENCY": 4},
    }
CACHES = {"default": _cache}
LOTSE_PAGE_CACHE = "default"
# Off in the test settings, so that tests count their views' own queries; the page cache's
# tests (lotse/portal/tests/test_page_cache.py) switch it on.
LOTSE_PAGE_CACHE_ENABLED = _env_bool("LOTSE_PAGE_CACHE", LOTSE_ENV != "test")
# A cached page lives until its city changes; this only bounds what nobody asks for again.
LOTSE_PAGE_CACHE_SECONDS = int(os.environ.get("LOTSE_PAGE_CACHE_SECONDS", str(7 * 24 * 3600)))
# After a change, the task worker renders every service and office page in every language into
# the page cache (lotse.portal.tasks); off in the test settings (a few seconds per run there).
LOTSE_PAGE_WARM = _env_bool("LOTSE_PAGE_WARM", LOTSE_ENV != "test")
# How long nginx may answer a public page from its own microcache (X-Accel-Expires).
LOTSE_MICROCACHE_SECONDS = int(os.environ.get("LOTSE_MICROCACHE_SECONDS", "2"))

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
# Throttled logins and the optional TOTP second factor apply to every login form, the
# admin's included (lotse.core.auth).
AUTHENTICATION_BACKENDS = ["lotse.core.auth.StaffBackend"]
LOGIN_URL = "/en/staff/login/"
# Login throttling and API tokens (lotse.core.auth; docs/security.md explains each limit).
LOTSE_LOGIN_WINDOW_SECONDS = int(os.environ.get("LOTSE_LOGIN_WINDOW_SECONDS", "900"))
LOTSE_LOGIN_MAX_FAILURES = int(os.environ.get("LOTSE_LOGIN_MAX_FAILURES", "5"))
LOTSE_LOGIN_MAX_FAILURES_PER_IP = int(os.environ.get("LOTSE_LOGIN_MAX_FAILURES_PER_IP", "20"))
LOTSE_LOGIN_MAX_FAILURES_PER_ACCOUNT = int(
    os.environ.get("LOTSE_LOGIN_MAX_FAILURES_PER_ACCOUNT", "100")
)
LOTSE_LOGIN_KNOWN_ADDRESS_DAYS = int(os.environ.get("LOTSE_LOGIN_KNOWN_ADDRESS_DAYS", "90"))
LOTSE_API_TOKEN_SECONDS = int(os.environ.get("LOTSE_API_TOKEN_SECONDS", str(8 * 3600)))
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: German and English in full, titles and summaries in ten more (each city offers
# its own list of them: `City.languages`).
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", "Deutsch"),
    ("en", "English"),
    ("ar", "العربية"),
    ("uk", "Українська"),
    ("ru", "Русский"),
    ("tr", "Türkçe"),
    ("fa", "فارسی"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("fr", "Français"),
    ("es", "Español"),
    ("bg", "Български"),
    ("ja", "日本語"),
]
LANGUAGES_BIDI = ["ar", "fa"]
FULL_TEXT_LANGUAGES = ["de", "en"]
# Languages a city offers only when its city.yaml lists them under `languages:` (a city without
# that list offers every other language): Japanese is Düsseldorf's, not Dortmund's.
LANGUAGES_OPT_IN = ["ja"]
FALLBACK_LANGUAGE = "en"
LOCALE_PATHS = [BASE_DIR / "lotse" / "locale"]
USE_I18N = True
TIME_ZONE = "Europe/Berlin"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("LOTSE_STATIC_ROOT", DATA_DIR / "static"))
# Without collectstatic (demo, tests) whitenoise serves straight from the app folders; it
# only reads STATIC_ROOT when that exists (after collectstatic in production).
WHITENOISE_USE_FINDERS = True
WHITENOISE_MAX_AGE = 3600
# Static files are public: readable by nginx's user, unlike uploads (FILE_UPLOAD_PERMISSIONS
# 0600 / 0700 below would otherwise apply to collectstatic's files as well).
_STATIC_MODES = {"file_permissions_mode": 0o644, "directory_permissions_mode": 0o755}
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
        "OPTIONS": _STATIC_MODES,
    },
}
if PRODUCTION:
    # Hashed names (lotse.3f2a….css) that nginx and browsers keep for a year, each file also
    # precompressed as .gz and .br (brotli) by collectstatic.
    STORAGES["staticfiles"] = {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "OPTIONS": _STATIC_MODES,
    }

SESSION_COOKIE_AGE = int(os.environ.get("LOTSE_SESSION_SECONDS", str(8 * 3600)))
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = int(os.environ.get("LOTSE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_SSL_REDIRECT = _env_bool("LOTSE_SSL_REDIRECT", True)
# Content security policy: no inline scripts or styles anywhere, in every mode.
LOTSE_CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'; "
    "object-src 'none'"
)

EMAIL_BACKEND = os.environ.get(
    "LOTSE_EMAIL_BACKEND",
    "django.core.mail.backends.smtp.EmailBackend"
    if PRODUCTION
    else "django.core.mail.backends.console.EmailBackend",
)
# Outgoing mail (docs/deploy.md): the sender and the SMTP server, all from the environment.
# Without LOTSE_DEFAULT_FROM_EMAIL: noreply@ the first allowed host (never webmaster@localhost).
_MAIL_HOST = next(
    (
        h.lstrip(".")
        for h in ALLOWED_HOSTS
        if "." in h.lstrip(".") and not h.replace(".", "").isdigit() and ":" not in h
    ),
    "localhost",
)
DEFAULT_FROM_EMAIL = os.environ.get("LOTSE_DEFAULT_FROM_EMAIL", f"Lotse <noreply@{_MAIL_HOST}>")
SERVER_EMAIL = os.environ.get("LOTSE_SERVER_EMAIL", DEFAULT_FROM_EMAIL)
EMAIL_HOST = os.environ.get("LOTSE_EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("LOTSE_EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("LOTSE_EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("LOTSE_EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("LOTSE_EMAIL_USE_TLS", False)  # STARTTLS, usually port 587
EMAIL_USE_SSL = _env_bool("LOTSE_EMAIL_USE_SSL", False)  # implicit TLS, usually port 465
EMAIL_TIMEOUT = int(os.environ.get("LOTSE_EMAIL_TIMEOUT", "20"))
if EMAIL_USE_TLS and EMAIL_USE_SSL:
    raise ImproperlyConfigured("Set only one of LOTSE_EMAIL_USE_TLS and LOTSE_EMAIL_USE_SSL")
# --- ops: where the file mail backend (prod-local) writes ---
if os.environ.get("LOTSE_EMAIL_FILE_PATH"):
    EMAIL_FILE_PATH = os.environ["LOTSE_EMAIL_FILE_PATH"]

# --- appointments: background tasks (reminders, hold expiry) --------------------------------
# Django's tasks framework (backport for Django 5.2), stored in the database; run the worker
# with `manage.py db_worker`. Tests keep the database backend and run tasks by hand.
TASKS = {
    "default": {
        "BACKEND": "django_tasks_db.DatabaseBackend",
        "QUEUES": ["default"],
    }
}
# --- end appointments block ------------------------------------------------------------------

# --- ops: logs as JSON lines (ts, level, logger, msg, request_id, extra fields) in production,
# readable text elsewhere; LOTSE_LOG_FORMAT=json|text overrides.
LOTSE_LOG_FORMAT = os.environ.get("LOTSE_LOG_FORMAT", "json" if PRODUCTION else "text")
if LOTSE_LOG_FORMAT not in {"json", "text"}:
    raise ImproperlyConfigured(f"LOTSE_LOG_FORMAT must be json or text, not {LOTSE_LOG_FORMAT!r}")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "lotse.ops.logs.RequestIdFilter"}},
    "formatters": {
        "json": {"()": "lotse.ops.logs.JsonFormatter"},
        "text": {"format": "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOTSE_LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOTSE_LOG_LEVEL", "INFO")},
    "loggers": {
        "django.request": {"level": "ERROR"},
        # One line per request; off by default outside production, where runserver logs its own.
        "lotse.access": {
            "level": "INFO" if _env_bool("LOTSE_ACCESS_LOG", PRODUCTION) else "WARNING"
        },
    },
}
# Behind our nginx (LOTSE_BEHIND_PROXY=1) the client address comes from its X-Real-IP header.
LOTSE_BEHIND_PROXY = _env_bool("LOTSE_BEHIND_PROXY", False)
# --- end ops block ---------------------------------------------------------------------------

# Where `manage.py answers_warm` (or the first web process) keeps the answer sentences' type
# features, for the web workers to load instead of reading them again
# (lotse/ask/answers/feature_cache.py: ~55 s of CPU a worker for Dortmund). Empty: every
# process reads them itself (the tests' default).
LOTSE_ANSWER_FEATURES_DIR = os.environ.get(
    "LOTSE_ANSWER_FEATURES_DIR", "" if LOTSE_ENV == "test" else str(DATA_DIR / "ask-features")
)
# Personal documents live outside the web root and are served only through an authorised view.
LOTSE_UPLOAD_DIR = Path(os.environ.get("LOTSE_UPLOAD_DIR", DATA_DIR / "uploads"))
# Uploaded files 0600 and their folders 0700 (cases.storage enforces it for documents).
FILE_UPLOAD_PERMISSIONS = 0o600
FILE_UPLOAD_DIRECTORY_PERMISSIONS = 0o700
LOTSE_UPLOAD_MAX_BYTES = int(os.environ.get("LOTSE_UPLOAD_MAX_BYTES", str(10 * 1024 * 1024)))
# Closed cases are anonymised after this many days (`manage.py cases_retention`).
LOTSE_RETENTION_DAYS = int(os.environ.get("LOTSE_RETENTION_DAYS", "180"))
# Also tell an office's mailbox (its catalog e-mail) about new, handed-over tasks and uploads.
LOTSE_CASES_OFFICE_MAIL = os.environ.get("LOTSE_CASES_OFFICE_MAIL", "") in ("1", "true", "yes")

# The city data shipped in the repository (loaded by `make demo`).
LOTSE_CITY_DATA_DIR = BASE_DIR / "data" / "cities"
# Answers "can this plan step be booked, and was it?" for the plan page (lotse.core.hooks).
LOTSE_BOOKING_PROVIDER = "lotse.appointments.hooks.AppointmentsBooking"
