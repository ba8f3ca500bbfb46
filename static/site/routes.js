/* "Start from my location": asks the browser for the position only when tapped and writes it
 * into the route links (their data-from-here templates). The position never leaves the
 * browser except in the link the visitor then opens. */
(function () {
  "use strict";

  var box = document.querySelector("[data-route-origin]");
  if (!box || !("geolocation" in navigator)) return;
  var button = box.querySelector("[data-from-here-button]");
  var status = box.querySelector(".route-origin-status");
  button.hidden = false;

  function fillIn(position) {
    var lat = position.coords.latitude.toFixed(5);
    var lon = position.coords.longitude.toFixed(5);
    document.querySelectorAll("a[data-from-here]").forEach(function (link) {
      link.href = link.dataset.fromHere.split("__LAT__").join(lat).split("__LON__").join(lon);
    });
    button.setAttribute("aria-pressed", "true");
    status.textContent = box.dataset.located;
  }

  button.addEventListener("click", function () {
    status.textContent = box.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      fillIn,
      function () { status.textContent = box.dataset.failed; },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 }
    );
  });
})();
