/* Installs the service worker (templates/sw.js) and tells the visitor when a page comes
 * from the copy kept in this browser: without a connection it may be out of date. */
const notice = document.querySelector("[data-offline-notice]");
// A module has no document.currentScript: the tag that loads it names the worker.
const worker = document.querySelector("script[data-service-worker]")?.dataset.serviceWorker;

function show() {
  if (notice) notice.hidden = navigator.onLine;
}

window.addEventListener("online", show);
window.addEventListener("offline", show);
show();
if ("serviceWorker" in navigator && worker) {
  navigator.serviceWorker.register(worker, { scope: "/" }).catch(() => {
    /* without it the site works as before, online */
  });
}
