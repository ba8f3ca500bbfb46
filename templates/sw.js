{% comment %}The service worker: its settings, then its body (service-worker.js, plain JavaScript
so that the linter reads it).{% endcomment %}"use strict";
{% autoescape off %}const CONFIG = {{ config_json }};{% endautoescape %}
{% include "service-worker.js" %}