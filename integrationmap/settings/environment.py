"""Where settings come from: the project's folder, and the environment variables (read with
django-environ), which every settings module reads through `env`."""

from pathlib import Path

import environ

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()
