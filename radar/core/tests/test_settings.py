"""Production settings: secure by default, and refusing to start without a secret key.

Production is PostgreSQL (DATABASE_URL set): there, no SECRET_KEY means no start. On the
embedded default (SQLite in the data folder) Radar makes its own key once, so `make run`
and the `radar` commands work on a fresh machine without any variable."""

import json
import os
import secrets
import stat
import string
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parents[3]


def run(args, tmp_path, **env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if key
        not in {"SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "DJANGO_SETTINGS_MODULE", "DATABASE_URL"}
        and not key.startswith(("SECURE_", "SESSION_", "CSRF_", "RADAR_"))
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


# Never connected to: loading the settings does not open the database.
PRODUCTION_DATABASE = "postgres://radar@db.example.be:5432/radar"


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
    result = run(
        ["-c", "import config.settings"], tmp_path, DEBUG="0", DATABASE_URL=PRODUCTION_DATABASE
    )
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_without_a_secret_key_manage_py_refuses_to_start(tmp_path):
    result = run(["manage.py", "check"], tmp_path, DEBUG="0", DATABASE_URL=PRODUCTION_DATABASE)
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


def test_without_a_secret_key_production_writes_no_key_file(tmp_path):
    run(["-c", "import config.settings"], tmp_path, DATABASE_URL=PRODUCTION_DATABASE)
    assert not (tmp_path / "secret_key").exists()


def test_the_embedded_default_makes_its_own_secret_key_once_readable_only_by_its_owner(tmp_path):
    code = "import config.settings as s; print(s.DEBUG, s.SECRET_KEY)"

    first = run(["-c", code], tmp_path)
    second = run(["-c", code], tmp_path)

    assert first.returncode == 0, first.stderr
    debug, key = first.stdout.split()
    assert debug == "False"
    assert len(key) >= 50
    key_file = tmp_path / "secret_key"
    assert key_file.read_text().strip() == key
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    assert second.stdout.split() == ["False", key]  # the second start reuses it
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_a_secret_key_from_the_environment_wins_and_writes_no_file(tmp_path):
    key = random_key()
    result = run(
        ["-c", "import config.settings as s; print(s.SECRET_KEY)"], tmp_path, SECRET_KEY=key
    )
    assert result.stdout.strip() == key
    assert not (tmp_path / "secret_key").exists()


def test_an_empty_key_file_is_refused_with_a_clear_message(tmp_path):
    (tmp_path / "secret_key").write_text("")
    result = run(["-c", "import config.settings"], tmp_path)
    assert result.returncode != 0
    assert "secret_key is empty" in result.stderr


def test_the_rights_command_works_on_a_fresh_machine_without_any_variable(tmp_path):
    situation = tmp_path / "situation.json"
    situation.write_text(
        json.dumps(
            {
                "reference_date": "2025-03-15",
                "region": "flanders",
                "members": [{"id": "a", "role": "applicant", "age": 30}],
            }
        )
    )
    result = run(["manage.py", "rights", "check", str(situation)], tmp_path)

    assert result.returncode == 0, result.stderr
    assert "leefloon" in json.loads(result.stdout)["rights"]


def test_local_mode_runs_without_debug_over_plain_http(tmp_path):
    code = (
        "import config.settings as s; "
        "print(s.DEBUG, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.SECURE_SSL_REDIRECT, "
        "s.SECURE_HSTS_SECONDS, s.WHITENOISE_USE_FINDERS, s.ALLOWED_HOSTS)"
    )
    result = run(["-c", code], tmp_path, RADAR_LOCAL="1")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "False",
        "False",
        "False",
        "0",
        "True",
        "['127.0.0.1',",
        "'localhost']",
    ]
