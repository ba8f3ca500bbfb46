"""Short links for lists of offers (a handout's QR code, a link to send)."""

import base64
import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_OFFERS = 50


class SharedList(models.Model):
    """A list of offer ids in a language, under a short code derived from them: the same
    list always gets the same code, a code never expires, and nothing about who made the
    list is kept."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    language = models.CharField(_("language"), max_length=10)
    offer_ids = models.CharField(_("offers"), max_length=600)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("shared list")
        verbose_name_plural = _("shared lists")

    def __str__(self):
        return self.code

    @staticmethod
    def code_for(language: str, ids: list[int]) -> str:
        digest = hashlib.sha256(f"{language}:{','.join(map(str, ids))}".encode()).digest()
        return base64.b32encode(digest).decode()[:8].lower()

    @classmethod
    def for_ids(cls, language: str, ids: list[int]) -> "SharedList":
        joined = ",".join(map(str, ids))
        shared, _created = cls.objects.get_or_create(
            code=cls.code_for(language, ids),
            defaults={"language": language, "offer_ids": joined},
        )
        return shared

    @property
    def ids(self) -> list[int]:
        return [int(part) for part in self.offer_ids.split(",") if part.isdigit()]
