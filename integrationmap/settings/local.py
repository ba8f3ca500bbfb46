"""Settings for a developer's machine: `make run` and `manage.py` use these by default.

DEBUG stays off unless the environment turns it on (`make run` does).
"""

from .base import *

SECRET_KEY = env.str(
    "SECRET_KEY", default="django-insecure-local-only-never-use-this-key-in-production"
)

EMAIL_BACKEND = env.str("EMAIL_BACKEND", default="django.core.mail.backends.console.EmailBackend")
