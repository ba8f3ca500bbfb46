/* "Start from my location": asks the browser for the position only when tapped and writes it
 * into the route links (their data-from-here templates). The position never leaves the
 * browser except in the link the visitor then opens. */

function offerStartHere(box) {
  const button = box.querySelector("[data-from-here-button]");
  const status = box.querySelector(".route-origin-status");
  button.hidden = false;

  function fillIn(position) {
    const lat = position.coords.latitude.toFixed(5);
    const lon = position.coords.longitude.toFixed(5);
    for (const link of document.querySelectorAll("a[data-from-here]")) {
      link.href = link.dataset.fromHere.split("__LAT__").join(lat).split("__LON__").join(lon);
    }
    button.setAttribute("aria-pressed", "true");
    status.textContent = box.dataset.located;
  }

  button.addEventListener("click", () => {
    status.textContent = box.dataset.locating;
    navigator.geolocation.getCurrentPosition(
      fillIn,
      () => {
        status.textContent = box.dataset.failed;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  });
}

const box = document.querySelector("[data-route-origin]");
if (box && "geolocation" in navigator) offerStartHere(box);
