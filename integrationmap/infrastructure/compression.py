"""Compressing answers: gzip for pages and JSON, but never for a streamed progress page."""

from django.middleware.gzip import GZipMiddleware


class CompressionMiddleware(GZipMiddleware):
    """Django's gzip, except for responses that stream progress to the browser: gzip holds
    back small chunks, so the progress would only arrive at the end."""

    def process_response(self, request, response):
        if getattr(response, "streams_progress", False):
            return response
        return super().process_response(request, response)
