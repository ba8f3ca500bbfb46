"""Which fields modeltranslation translates (one column per language, e.g. title_de, title_ar).

German is the editors' source language: required fields are required in German only.
"""

from modeltranslation.translator import TranslationOptions, register

from .models import Category, ContactPerson, Language, Location, Offer, Provider, TargetGroup


@register(Category)
class CategoryTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"de": ("name",)}


@register(TargetGroup)
class TargetGroupTranslation(TranslationOptions):
    fields = ("name",)
    required_languages = {"de": ("name",)}


@register(Language)
class LanguageTranslation(TranslationOptions):
    fields = ("name",)


@register(Provider)
class ProviderTranslation(TranslationOptions):
    fields = ("name", "description")
    required_languages = {"de": ("name",)}


@register(Offer)
class OfferTranslation(TranslationOptions):
    fields = (
        "title",
        "summary",
        "description",
        "cost_note",
        "registration_note",
        "eligibility",
        "opening_hours_note",
    )
    required_languages = {"de": ("title", "summary")}


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ("name", "directions")


@register(ContactPerson)
class ContactPersonTranslation(TranslationOptions):
    fields = ("role", "office_hours")
