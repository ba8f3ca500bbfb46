from .demo import DemoDataset
from .editorial import EditorScope, GeocodedAddress, LinkCheck
from .feedback import FeedbackStatus, OfferSuggestion, ProblemReport
from .jobs import ChangeAction, Job, JobChange, JobFile, JobFileRole, JobKind, JobStatus
from .languages import Language
from .offers import (
    COURSE_LEVELS,
    Cost,
    Offer,
    OfferCategory,
    OfferStatus,
    OpeningSlot,
    TranslationState,
    check_slots_do_not_overlap,
)
from .places import Location, Municipality, WheelchairAccess
from .providers import ContactPerson, Provider
from .search_terms import SearchTerm
from .searches import UnfoundSearch
from .shortlist import SharedList
from .taxonomy import Category, Icon, TargetGroup
from .translated import TranslatedText

__all__ = [
    "COURSE_LEVELS",
    "Category",
    "ChangeAction",
    "ContactPerson",
    "Cost",
    "DemoDataset",
    "EditorScope",
    "FeedbackStatus",
    "GeocodedAddress",
    "Icon",
    "Job",
    "JobChange",
    "JobFile",
    "JobFileRole",
    "JobKind",
    "JobStatus",
    "Language",
    "LinkCheck",
    "Location",
    "Municipality",
    "Offer",
    "OfferCategory",
    "OfferStatus",
    "OfferSuggestion",
    "OpeningSlot",
    "ProblemReport",
    "Provider",
    "SearchTerm",
    "SharedList",
    "TargetGroup",
    "TranslatedText",
    "TranslationState",
    "UnfoundSearch",
    "WheelchairAccess",
    "check_slots_do_not_overlap",
]
