/* Installs the service worker (templates/sw.js) and tells the visitor when a page comes
 * from the copy kept in this browser: without a connection it may be out of date. */
(function () {
  "use strict";

  var notice = document.querySelector("[data-offline-notice]");
  var worker = document.currentScript && document.currentScript.dataset.serviceWorker;

  function show() {
    if (notice) notice.hidden = navigator.onLine;
  }

  window.addEventListener("online", show);
  window.addEventListener("offline", show);
  show();
  if ("serviceWorker" in navigator && worker) {
    navigator.serviceWorker.register(worker, { scope: "/" })
      .catch(function () { /* without it the site works as before, online */ });
  }
})();
