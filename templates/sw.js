/* The service worker (served at /sw.js by integrationmap.views.service_worker, which fills
 * in the values below). It keeps the site's files and the pages a visitor has opened, so
 * that offers and "My list" open without a connection; pages say they may be out of date
 * (offline.js). Never kept: the back office, forms (their CSRF tokens), the APIs, and any
 * answer that sets a cookie or may not be stored. */
"use strict";
{% autoescape off %}
var VERSION = {{ version_json }};
var SHELL = {{ shell_json }};  // the site's files, and the offline page of each language
var NEVER = {{ never_json }};
var FILES = "files-" + VERSION;
var PAGES = "pages-v1";
var OFFLINE = {{ offline_json }};
var MAX_PAGES = 60;

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(FILES).then(function (cache) { return cache.addAll(SHELL); }));
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf("files-") === 0 && name !== FILES;
    }).map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

function kept(url) {
  if (url.origin !== self.location.origin) return false;
  return !NEVER.some(function (pattern) { return new RegExp(pattern).test(url.pathname); });
}

function storable(response) {
  if (!response || response.status !== 200 || response.type !== "basic") return false;
  if (response.headers.has("Set-Cookie")) return false;
  var control = response.headers.get("Cache-Control") || "";
  return !/no-store|private/.test(control);
}

function trim(cache) {
  return cache.keys().then(function (keys) {
    return Promise.all(keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map(function (key) {
      return cache.delete(key);
    }));
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (request.method !== "GET" || !kept(url)) return;
  if (url.pathname.indexOf("{{ static_url }}") === 0) {
    // Files have their content's hash in the name: the kept copy is always right.
    event.respondWith(caches.match(request).then(function (found) {
      return found || fetch(request).then(function (response) {
        if (storable(response)) {
          var copy = response.clone();
          caches.open(FILES).then(function (cache) { cache.put(request, copy); });
        }
        return response;
      });
    }));
    return;
  }
  if (request.mode !== "navigate") return;
  // Pages: the network first (they change), the kept copy when there is no connection.
  event.respondWith(fetch(request).then(function (response) {
    if (storable(response)) {
      var copy = response.clone();
      caches.open(PAGES).then(function (cache) {
        return cache.put(request, copy).then(function () { return trim(cache); });
      });
    }
    return response;
  }).catch(function () {
    return caches.match(request, { cacheName: PAGES }).then(function (found) {
      var language = url.pathname.split("/")[1];
      return found || caches.match(OFFLINE[language] || OFFLINE[Object.keys(OFFLINE)[0]]);
    }).then(function (found) { return found || Response.error(); });
  }));
});
{% endautoescape %}
