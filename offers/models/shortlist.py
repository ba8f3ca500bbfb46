"""Short links for lists of offers (a handout's QR code, a link to send)."""

import base64
import hashlib

from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_OFFERS = 50
CODE_LENGTH = 12


class SharedList(models.Model):
    """A list of offer ids in a language, under a short code derived from them: the same
    list always gets the same code, a code never expires, and nothing about who made the
    list is kept."""

    code = models.CharField(_("code"), max_length=CODE_LENGTH, unique=True)
    language = models.CharField(_("language"), max_length=10)
    offer_ids = models.CharField(_("offers"), max_length=600)
    created = models.DateTimeField(_("created"), auto_now_add=True)

    class Meta:
        verbose_name = _("shared list")
        verbose_name_plural = _("shared lists")

    def __str__(self):
        return self.code

    @staticmethod
    def code_for(language: str, ids: list[int], length: int = 8) -> str:
        digest = hashlib.sha256(f"{language}:{','.join(map(str, ids))}".encode()).digest()
        return base64.b32encode(digest).decode()[:length].lower()

    @classmethod
    def for_ids(cls, language: str, ids: list[int]) -> "SharedList":
        """The list's short link: 8 characters, one more for each earlier list that already
        holds a shorter code of the same hash (so a code never changes its list)."""
        joined = ",".join(map(str, ids))
        for length in range(8, CODE_LENGTH + 1):
            shared, _created = cls.objects.get_or_create(
                code=cls.code_for(language, ids, length),
                defaults={"language": language, "offer_ids": joined},
            )
            if (shared.language, shared.offer_ids) == (language, joined):
                return shared
        raise RuntimeError(f"no free short code for {language}:{joined}")

    @property
    def ids(self) -> list[int]:
        return [int(part) for part in self.offer_ids.split(",") if part.isdigit()]
