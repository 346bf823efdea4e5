"""Settings for the test suite: production settings with a throwaway key and fast hashing."""

import os

os.environ.setdefault("SECRET_KEY", "radar-test-only-key-" + "x" * 40)
os.environ.setdefault("SECURE_SSL_REDIRECT", "0")
os.environ.setdefault("SESSION_COOKIE_SECURE", "0")
os.environ.setdefault("CSRF_COOKIE_SECURE", "0")

from config.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
ALLOWED_HOSTS = ["*"]
# Pages count afresh on every request in tests (the query-count test measures the counting);
# radar/dashboards/tests/test_team_dashboard.py turns the cache on where it tests it.
RADAR_TEAM_DASHBOARD_SECONDS = 0
# Background jobs run inside the request or command that starts them; the worker path is
# tested on the database backend in radar/core/tests/test_jobs.py.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
