from .demo import DemoDataset
from .languages import Language
from .offers import (
    Cost,
    Offer,
    OfferCategory,
    OfferStatus,
    OpeningSlot,
    check_slots_do_not_overlap,
)
from .places import Location, Municipality, WheelchairAccess
from .providers import ContactPerson, Provider
from .taxonomy import Category, Icon, TargetGroup
from .translated import TranslatedText

__all__ = [
    "Category",
    "ContactPerson",
    "Cost",
    "DemoDataset",
    "Icon",
    "Language",
    "Location",
    "Municipality",
    "Offer",
    "OfferCategory",
    "OfferStatus",
    "OpeningSlot",
    "Provider",
    "TargetGroup",
    "TranslatedText",
    "WheelchairAccess",
    "check_slots_do_not_overlap",
]
