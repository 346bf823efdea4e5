from django.apps import AppConfig


class DemoConfig(AppConfig):
    """`radar demo`: the fictional municipality. The top floor: it may import every app,
    and no app imports it (radar/core/tests/test_layers.py)."""

    name = "radar.demo"
    label = "demo"
