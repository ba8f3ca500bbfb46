"""The write path: every change to offers, providers and visitors' messages goes through the
functions here (keyword-only arguments), which validate, keep the invariants, and record the
history. Views, admins, importers, commands and the demo call them; nothing else writes these
models (docs/architecture.md, "Where writes go")."""

from .batch import WriteBatch
from .bulk import NewOffer, create_offers, create_providers
from .feedback import propose_change
from .feedback import receive as receive_feedback
from .feedback import save_handling as save_feedback_handling
from .feedback import set_status as set_feedback_status
from .offers import (
    BulkResult,
    change_each,
    delete_offers,
    mark_verified,
    restore_versions,
    save_offer,
    set_status,
)
from .parts import OfferParts
from .providers import save_municipality, save_provider
from .searches import add_search_term, count_unfound
from .translations import (
    MachineTranslationResult,
    confirm_translation,
    machine_translate,
    save_translation,
    set_translation,
)

__all__ = [
    "BulkResult",
    "MachineTranslationResult",
    "NewOffer",
    "OfferParts",
    "WriteBatch",
    "add_search_term",
    "change_each",
    "confirm_translation",
    "count_unfound",
    "create_offers",
    "create_providers",
    "delete_offers",
    "machine_translate",
    "mark_verified",
    "propose_change",
    "receive_feedback",
    "restore_versions",
    "save_feedback_handling",
    "save_municipality",
    "save_offer",
    "save_provider",
    "save_translation",
    "set_feedback_status",
    "set_status",
    "set_translation",
]
