/* The service worker's body; templates/sw.js puts its settings (CONFIG) before it, and
 * offers.public.views.site_files.service_worker serves both at /sw.js. It keeps the site's
 * files and the pages a visitor has opened, so that offers and "My list" open without a
 * connection; pages say they may be out of date (offline.js). Never kept: the back office,
 * forms (their CSRF tokens), the APIs, and any answer that sets a cookie or may not be
 * stored. */

/* global CONFIG */
const VERSION = CONFIG.version;
const SHELL = CONFIG.shell; // the site's files, and the offline page of each language
const NEVER = CONFIG.never;
const FILES = `files-${VERSION}`;
const PAGES = "pages-v1";
const OFFLINE = CONFIG.offline;
const STATIC_URL = CONFIG.staticUrl;
const MAX_PAGES = 60;

self.addEventListener("install", (event) => {
  event.waitUntil(caches.open(FILES).then((cache) => cache.addAll(SHELL)));
  self.skipWaiting();
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.indexOf("files-") === 0 && name !== FILES)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

function kept(url) {
  if (url.origin !== self.location.origin) return false;
  return !NEVER.some((pattern) => new RegExp(pattern).test(url.pathname));
}

function storable(response) {
  if (response?.status !== 200 || response.type !== "basic") return false;
  if (response.headers.has("Set-Cookie")) return false;
  const control = response.headers.get("Cache-Control") || "";
  return !/no-store|private/.test(control);
}

function trim(cache) {
  return cache
    .keys()
    .then((keys) =>
      Promise.all(
        keys.slice(0, Math.max(0, keys.length - MAX_PAGES)).map((key) => cache.delete(key)),
      ),
    );
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || !kept(url)) return;
  if (url.pathname.indexOf(STATIC_URL) === 0) {
    // Files have their content's hash in the name: the kept copy is always right.
    event.respondWith(
      caches.match(request).then(
        (found) =>
          found ||
          fetch(request).then((response) => {
            if (storable(response)) {
              const copy = response.clone();
              caches.open(FILES).then((cache) => {
                cache.put(request, copy);
              });
            }
            return response;
          }),
      ),
    );
    return;
  }
  if (request.mode !== "navigate") return;
  // Pages: the network first (they change), the kept copy when there is no connection.
  event.respondWith(
    fetch(request)
      .then((response) => {
        if (storable(response)) {
          const copy = response.clone();
          caches.open(PAGES).then((cache) => cache.put(request, copy).then(() => trim(cache)));
        }
        return response;
      })
      .catch(() =>
        caches
          .match(request, { cacheName: PAGES })
          .then((found) => {
            const language = url.pathname.split("/")[1];
            return found || caches.match(OFFLINE[language] || OFFLINE[Object.keys(OFFLINE)[0]]);
          })
          .then((found) => found || Response.error()),
      ),
  );
});
