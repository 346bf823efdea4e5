"""Radar settings: one file, every value from the environment.

SQLite in ./data by default (WAL mode); PostgreSQL when DATABASE_URL is set.
With DATABASE_URL set, SECRET_KEY is required unless DEBUG is on; on the embedded default
(no DATABASE_URL) a key is generated once into the data folder (data/secret_key, mode 0600).
With DEBUG off the secure defaults below apply, so `manage.py check --deploy` passes;
RADAR_LOCAL=1 (`make run`) relaxes only what plain http on this machine needs.
"""

import os
import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent
DATA_DIR = Path(os.environ.get("RADAR_DATA_DIR") or BASE_DIR / "data")


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DEBUG = env_bool("DEBUG", False)
# `make run`: Radar on this machine over plain http, with DEBUG off (so Radar's own error
# pages, no list of URLs): cookies without the https-only flag, no https redirect, no HSTS,
# static files straight from the source tree. Never set it in production.
LOCAL = env_bool("RADAR_LOCAL", False)

DATA_DIR.mkdir(parents=True, exist_ok=True)
DATABASE_URL = os.environ.get("DATABASE_URL", "")


def embedded_secret_key(path: Path) -> str:
    """The embedded default's secret key: generated once into `path` (mode 0600), then read.

    Written to a private temporary file and hard-linked into place, so two commands starting
    at the same time agree on one key and never read a half-written file.
    """
    if not path.exists():
        temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "w") as handle:
            handle.write(secrets.token_urlsafe(50) + "\n")
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # another process was first: use its key
        finally:
            temporary.unlink()
    key = path.read_text(encoding="utf-8").strip()
    if not key:
        raise ImproperlyConfigured(f"{path} is empty: delete it and start again.")
    return key


SECRET_KEY = os.environ.get("SECRET_KEY", "")
if not SECRET_KEY:
    if not DATABASE_URL:
        SECRET_KEY = embedded_secret_key(DATA_DIR / "secret_key")
    elif DEBUG:
        SECRET_KEY = "radar-insecure-development-key-only-for-debug-mode"  # noqa: S105
    else:
        raise ImproperlyConfigured(
            "SECRET_KEY must be set when DATABASE_URL is set and DEBUG is off "
            "(see README, 'Production')."
        )

ALLOWED_HOSTS = [
    h.strip() for h in os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost").split(",") if h
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "drf_spectacular",
    "template_partials",
    "django_htmx",
    "axes",
    "django_tasks",
    "django_tasks_db",
    "radar.core",
    "radar.accounts",
    "radar.figures",
    "radar.households",
    "radar.contacts",
    "radar.plans",
    "radar.dashboards",
    "radar.rights",
    "radar.infopoint",
    "radar.network",
    "radar.organisations",
    "radar.consents",
    "radar.referrals",
    "radar.aid",
    "radar.registers",
    "radar.housing_first",
    "radar.measurements",
    "radar.stories",
    # The demo data: on top of every app, imported by none (radar/demo/__init__.py).
    "radar.demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "radar.core.middleware.SecurityHeadersMiddleware",
    "radar.core.middleware.HealthCheckMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "radar.accounts.middleware.UserLanguageMiddleware",
    "radar.core.middleware.RejectNulCharactersMiddleware",
    "radar.core.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
# Forms render without `maxlength`: browsers cut text at it silently (radar.core.forms).
FORM_RENDERER = "radar.core.forms.FormRenderer"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    },
]

if DATABASE_URL:
    DATABASES = {
        "default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)
    }
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "radar.sqlite3",
            "OPTIONS": {
                # WAL lets readers work while one writer writes; IMMEDIATE takes the
                # write lock at BEGIN so concurrent saves wait instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

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
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "dashboard"
LOGOUT_REDIRECT_URL = "login"

# Login throttling (django-axes): lock a username+IP pair after 5 failed guesses.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = 0.25  # hours
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True
# Belgian formats (d/m/Y, decimal comma, dot for thousands) in every language.
FORMAT_MODULE_PATH = ["config.formats"]
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
# In DEBUG and RADAR_LOCAL, WhiteNoise serves the static files from the source tree (no
# collectstatic); in production from STATIC_ROOT, compressed and with hashed names.
STATIC_FROM_SOURCE = DEBUG or LOCAL
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if STATIC_FROM_SOURCE
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = STATIC_FROM_SOURCE
WHITENOISE_AUTOREFRESH = STATIC_FROM_SOURCE

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.SessionAuthentication",
        "rest_framework.authentication.TokenAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.IsAuthenticated"],
    # DRF's parsers, with a depth limit on JSON (radar.core.safejson).
    "DEFAULT_PARSER_CLASSES": [
        "radar.core.safejson.JSONParser",
        "rest_framework.parsers.FormParser",
        "rest_framework.parsers.MultiPartParser",
    ],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Radar API",
    "DESCRIPTION": "Outreach casework: households and their contacts, behind Radar's access rules.",
    "VERSION": "0.1.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.IsAuthenticated"],
    # A PATCH body is documented as it is checked: the correction serializers mark what is
    # required (the version, radar.households.api.correction_serializer).
    "COMPONENT_SPLIT_PATCH": False,
    # Every endpoint's refusals (400, 401, 403, 404) are documented with their body.
    "POSTPROCESSING_HOOKS": [
        "drf_spectacular.hooks.postprocess_schema_enums",
        "radar.core.api.document_error_responses",
    ],
    # Several models have a field named "status" with their own choices: name each set.
    "ENUM_NAME_OVERRIDES": {
        "HouseholdStatusEnum": "radar.households.models.Status",
        "ReferralStatusEnum": "radar.referrals.models.ReferralStatus",
        "CandidacyStatusEnum": "radar.housing_first.models.CandidacyStatus",
        "TenancyEventKindEnum": "radar.housing_first.models.TenancyEvent.Kind",
        "OrganisationKindEnum": "radar.organisations.models.Organisation.Kind",
    },
}

# Security: secure by default, relaxed only in DEBUG and RADAR_LOCAL (this machine, plain http).
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 10 * 60 * 60
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if not DEBUG:
    SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", not LOCAL)
    CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", not LOCAL)
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not LOCAL)
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "0" if LOCAL else "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Radar's own settings.
RADAR_LOSING_CONTACT_DAYS = int(os.environ.get("RADAR_LOSING_CONTACT_DAYS", "21"))
RADAR_STEPS_DUE_DAYS = int(os.environ.get("RADAR_STEPS_DUE_DAYS", "7"))
# The team dashboard's counts are kept this long (its page shows their age); 0 = count each time.
RADAR_TEAM_DASHBOARD_SECONDS = int(os.environ.get("RADAR_TEAM_DASHBOARD_SECONDS", "60"))
# A referral without a confirmed first contact this many days after it was sent is a reminder.
RADAR_REFERRAL_FIRST_CONTACT_DAYS = int(os.environ.get("RADAR_REFERRAL_FIRST_CONTACT_DAYS", "14"))
# The region used by the rights explorer when a family's own facts and postcode do not tell
# (flanders / wallonia / brussels); empty = ask.
RADAR_RIGHTS_REGION = os.environ.get("RADAR_RIGHTS_REGION", "") or None
# Days before a rights application without an answer shows as a reminder.
RADAR_RIGHTS_ANSWER_DAYS = int(os.environ.get("RADAR_RIGHTS_ANSWER_DAYS", "30"))
# The largest social-map CSV file one import takes (page and `radar organisations import`):
# bytes and data rows (docs/social-map.md). A larger file is refused; split it.
RADAR_SOCIAL_MAP_MAX_BYTES = int(
    os.environ.get("RADAR_SOCIAL_MAP_MAX_BYTES", str(10 * 1024 * 1024))
)
RADAR_SOCIAL_MAP_MAX_ROWS = int(os.environ.get("RADAR_SOCIAL_MAP_MAX_ROWS", "20000"))

# Background jobs (radar.core.jobs, ADR 0014): django-tasks with its database backend. The
# queue is a table in DATABASES: `radar worker` (one or more, on any machine that reaches the
# database) runs the jobs. RADAR_TASKS_BACKEND=django_tasks.backends.immediate.ImmediateBackend
# runs each job inside the request that starts it (no worker; the tests do this).
TASKS = {
    "default": {
        "BACKEND": os.environ.get("RADAR_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}
# A queued or running job that gave no sign of life for this long lost its worker: starting
# the job again replaces it.
RADAR_JOB_STALE_MINUTES = int(os.environ.get("RADAR_JOB_STALE_MINUTES", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
