"""Production settings: secure by default, and refusing to start without a secret key."""

import os
import secrets
import string
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]


def run(args, tmp_path, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_"))
    }
    environment.update(
        DJANGO_SETTINGS_MODULE="config.settings", RADAR_DATA_DIR=str(tmp_path), **env
    )
    return subprocess.run(  # noqa: S603 - our own interpreter and manage.py
        [sys.executable, *args],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
    )


def random_key() -> str:
    alphabet = string.ascii_letters + string.digits + "!@#%^&*(-_=+)"
    return "".join(secrets.choice(alphabet) for _ in range(50))


def test_the_deployment_check_passes_without_warnings(tmp_path):
    result = run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        tmp_path,
        DEBUG="0",
        SECRET_KEY=random_key(),
        ALLOWED_HOSTS="radar.example.be",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_without_a_secret_key_production_settings_refuse_to_load(tmp_path):
    result = run(["-c", "import config.settings"], tmp_path, DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_without_a_secret_key_manage_py_refuses_to_start(tmp_path):
    result = run(["manage.py", "check"], tmp_path, DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_debug_mode_starts_without_a_secret_key(tmp_path):
    result = run(["-c", "import config.settings as s; print(s.DEBUG)"], tmp_path, DEBUG="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "True"


def test_production_settings_are_secure_by_default(tmp_path):
    code = (
        "import config.settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS > 0, s.SESSION_COOKIE_HTTPONLY)"
    )
    result = run(["-c", code], tmp_path, DEBUG="0", SECRET_KEY=random_key())
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["False", "True", "True", "True", "True", "True"]
