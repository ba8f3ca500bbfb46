"""sitemap.xml: every published offer and the main pages, in every language, each with its
hreflang alternates (Django's sitemaps with i18n). No x-default entry: Django would give it
the address without language prefix, which only redirects; the pages name German."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from offers.models import Offer


class OfferSitemap(Sitemap):
    i18n = True
    alternates = True
    changefreq = "weekly"
    limit = 15000  # × 3 languages stays under the protocol's 50,000 URLs per file

    def items(self):
        return Offer.objects.public().only("pk", "slug", "updated").order_by("pk")

    def lastmod(self, offer):
        return offer.updated


class PageSitemap(Sitemap):
    i18n = True
    alternates = True
    changefreq = "daily"

    def items(self):
        return ["offers:home", "offers:list", "offers:contacts", "offers:privacy"]

    def location(self, name):
        return reverse(name)


SITEMAPS = {"pages": PageSitemap, "offers": OfferSitemap}
