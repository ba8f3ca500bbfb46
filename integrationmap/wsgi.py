"""WSGI entry point for gunicorn; production settings unless DJANGO_SETTINGS_MODULE says else."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "integrationmap.settings.production")

application = get_wsgi_application()

from integrationmap.infrastructure.memory import freeze_startup_objects  # noqa: E402

freeze_startup_objects()
