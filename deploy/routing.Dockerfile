# The routing engine (ADR 30): Valhalla's service and tile builders from pyvalhalla, which
# needs Python 3.12+, beside the project's commands that build its data and start it.
FROM python:3.12-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=integrationmap.settings.production \
    ROUTING_TOOLS=/usr/local/bin \
    ROUTING_DATA_DIR=/data/routing

RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    spatialite-bin && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY pyproject.toml README.md ./
COPY integrationmap ./integrationmap
COPY offers ./offers
COPY routing ./routing
RUN pip install --no-cache-dir "pyvalhalla==3.9.1" .
COPY . .
RUN useradd --system --uid 10002 --home-dir /app routing && mkdir -p /data/routing \
    && chown -R routing /data/routing
USER routing
EXPOSE 8002
CMD ["python", "manage.py", "run_routing_engine", "--listen", "http://0.0.0.0:8002"]
