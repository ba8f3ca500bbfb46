# The application under gunicorn, static files served by whitenoise. See README "Deployment".
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=integrationmap.settings.production \
    STATIC_ROOT=/app/staticfiles

WORKDIR /app
COPY pyproject.toml README.md ./
COPY integrationmap ./integrationmap
COPY offers ./offers
COPY routing ./routing
RUN pip install --no-cache-dir .

COPY . .
# Only for these build steps: production settings refuse to start without a key.
RUN SECRET_KEY=build-time-only-key-never-used-to-serve-requests-0123456789abcdef \
    sh -c "python manage.py compile_translations && python manage.py collectstatic --noinput -v0"

RUN useradd --system --uid 10001 --home-dir /app integrationmap && chown -R integrationmap /app
USER integrationmap
EXPOSE 8000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import urllib.request,sys; sys.exit(urllib.request.urlopen('http://localhost:8000/healthz', timeout=4).status != 200)"
# Migrations run once per deployment (docker-compose's "migrate" service), not per container.
# The access log names no client address and no query string (privacy page, "Server logs").
CMD ["sh", "-c", "exec gunicorn integrationmap.wsgi:application --bind 0.0.0.0:8000 --workers ${GUNICORN_WORKERS:-3} --access-logfile - --access-logformat '%(t)s \"%(m)s %(U)s\" %(s)s %(B)s %(M)sms' --forwarded-allow-ips='*'"]
