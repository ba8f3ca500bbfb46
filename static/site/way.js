/* The way page: the route drawn on a map (the steps above are the content, the map
 * illustrates them), and "From my location", which sends the position once, by POST, for
 * this answer only. Without JavaScript the form and the steps work as they are. */
import { readConfig } from "./dom.js";
import { createMap, loadLeaflet, markerIcon } from "./maps.js";

const TRANSIT_COLOUR = "#0b5563";
const STREET_COLOUR = "#6b7280";

function drawWay(container, config, drawing) {
  const map = createMap(container, config, { dragging: !L.Browser.mobile, tap: false });
  const bounds = L.latLngBounds([drawing.start, drawing.end]);
  for (const leg of drawing.legs) {
    if (leg.points.length > 1) {
      L.polyline(leg.points, {
        color: leg.transit ? TRANSIT_COLOUR : STREET_COLOUR,
        weight: leg.transit ? 6 : 4,
        dashArray: leg.transit ? null : "4 8",
        interactive: false,
      }).addTo(map);
      bounds.extend(leg.points);
    }
    for (const [latitude, longitude, name] of leg.stops) {
      L.circleMarker([latitude, longitude], {
        radius: 5,
        color: TRANSIT_COLOUR,
        fillColor: "#ffffff",
        fillOpacity: 1,
        weight: 3,
      })
        .bindTooltip(name)
        .addTo(map);
    }
  }
  L.marker(drawing.end, { icon: markerIcon(config, null), keyboard: false }).addTo(map);
  L.circleMarker(drawing.start, { radius: 7, color: "#111827", fillOpacity: 1 }).addTo(map);
  map.fitBounds(bounds, { padding: [24, 24] });
}

function showMap() {
  const container = document.querySelector(".way-map");
  const config = readConfig("map-config");
  const drawing = readConfig("way-drawing");
  if (!container || !config || !drawing) return;
  container.hidden = false;
  loadLeaflet(config).then(() => drawWay(container, config, drawing));
}

function offerMyLocation() {
  const button = document.querySelector("[data-my-location]");
  const form = document.querySelector("[data-position-form]");
  if (!button || !form || !("geolocation" in navigator)) return;
  button.hidden = false;
  document.querySelector("[data-my-location-note]").hidden = false;
  button.addEventListener("click", () => {
    button.disabled = true;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        // The choices made in the visible form travel with the position.
        const visible = new FormData(document.querySelector(".way-form"));
        for (const [name, value] of visible) {
          const field = form.elements.namedItem(name);
          if (field) field.value = value;
        }
        form.elements.namedItem("latitude").value = position.coords.latitude.toFixed(6);
        form.elements.namedItem("longitude").value = position.coords.longitude.toFixed(6);
        form.submit();
      },
      () => {
        button.disabled = false;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 60000 },
    );
  });
}

showMap();
offerMyLocation();
