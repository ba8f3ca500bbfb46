/* The offer page (and the handout and contact pages): a print button, and a small map per
 * location, created when it scrolls into view. Without JavaScript the address and the
 * map-app link remain. */
import { readConfig } from "./dom.js";
import { createMap, loadLeaflet, markerIcon } from "./maps.js";

function drawMap(container, config) {
  const point = [parseFloat(container.dataset.latitude), parseFloat(container.dataset.longitude)];
  const map = createMap(container, config, { dragging: !L.Browser.mobile, tap: false });
  map.setView(point, 16);
  const label = container.dataset.label;
  L.marker(point, {
    icon: markerIcon(config, config.topic),
    title: label,
    keyboard: false,
  }).addTo(map);
}

function draw(container, config) {
  container.hidden = false;
  loadLeaflet(config).then(() => drawMap(container, config));
}

function showLocationMaps(config) {
  const maps = document.querySelectorAll(".location-map");
  if (!("IntersectionObserver" in window)) {
    for (const container of maps) draw(container, config);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.isIntersecting) {
          observer.unobserve(entry.target);
          draw(entry.target, config);
        }
      }
    },
    { rootMargin: "200px" },
  );
  for (const container of maps) {
    // Hidden elements never intersect: give the map its place first.
    container.hidden = false;
    observer.observe(container);
  }
}

for (const button of document.querySelectorAll("[data-print]")) {
  button.hidden = false;
  button.addEventListener("click", () => window.print());
}

const config = readConfig("map-config");
if (config) showLocationMaps(config);
