"""The project's one model: the content version every cache key holds."""

from django.db import models


class ContentVersion(models.Model):
    """One row whose number the database raises whenever anything a public page shows is
    written (triggers: infrastructure/content_version.py, ADR 15). Cached pages and
    reference data are keyed by it, so no cache can outlive the data it was made from."""

    number = models.BigIntegerField(default=1)
    changed = models.DateTimeField()

    class Meta:
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="one_content_version")]

    def __str__(self):
        return f"{self.number} ({self.changed:%Y-%m-%d %H:%M:%S})"
