"""Template filters for lengths of time in the visitor's language."""

import datetime

from django import template
from django.utils.timesince import timeuntil

register = template.Library()


@register.filter
def duration(value: datetime.timedelta) -> str:
    """A length of time in words, in the active language ("1 hour", "30 minutes")."""
    now = datetime.datetime.now(tz=datetime.UTC)
    return timeuntil(now + value, now)
