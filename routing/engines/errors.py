"""Why a route could not be given, each with what the page tells the reader (routing.views)."""


class RoutingError(Exception):
    """No route: the reason is the subclass."""


class NotConfigured(RoutingError):
    """No engine for this travel mode, or no routing data built yet."""


class EngineDown(RoutingError):
    """The engine does not answer."""


class EngineSlow(RoutingError):
    """The engine took longer than ROUTING_TIMEOUT_SECONDS."""


class OutsideArea(RoutingError):
    """A start or an end that the routing data does not cover."""


class SamePlace(RoutingError):
    """Start and destination are the same place."""


class NoRoute(RoutingError):
    """The engine found no way (no path; by bus and train: no service at that time)."""
