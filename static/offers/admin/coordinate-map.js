/* Places a location on a Leaflet map in the admin: click or drag the marker and the
 * latitude/longitude inputs follow; typing coordinates moves the marker. Works for inline
 * rows added later (Django's "formset:added" event). No inline script: configuration comes
 * from a JSON data block rendered by the widget. */
const PRECISION = 6;

function parseCoordinate(input, limit) {
  const value = parseFloat(String(input.value).replace(",", "."));
  return Number.isFinite(value) && Math.abs(value) <= limit ? value : null;
}

function siblingInput(latitudeInput, field) {
  return document.getElementById(latitudeInput.id.replace(/latitude$/, field));
}

function bind(field) {
  if (field.dataset.bound || field.closest(".empty-form")) {
    return;
  }
  field.dataset.bound = "true";
  const latitudeInput = field.querySelector("input");
  const longitudeInput = siblingInput(latitudeInput, "longitude");
  const municipalitySelect = siblingInput(latitudeInput, "municipality");
  const config = JSON.parse(field.querySelector("script[type='application/json']").textContent);
  const map = L.map(field.querySelector(".coordinate-map"), { scrollWheelZoom: false });
  L.tileLayer(config.tiles_url, {
    attribution: config.attribution,
    maxZoom: 19,
    // OpenStreetMap's tile servers refuse requests without a Referer.
    referrerPolicy: "strict-origin-when-cross-origin",
  }).addTo(map);
  let marker = null;

  function placeMarker(latlng) {
    if (marker) {
      marker.setLatLng(latlng);
      return;
    }
    marker = L.marker(latlng, { draggable: true, autoPan: true }).addTo(map);
    marker.on("dragend", () => {
      writeInputs(marker.getLatLng());
    });
  }

  function writeInputs(latlng) {
    latitudeInput.value = latlng.lat.toFixed(PRECISION);
    longitudeInput.value = latlng.lng.toFixed(PRECISION);
    latitudeInput.dispatchEvent(new Event("change", { bubbles: true }));
    longitudeInput.dispatchEvent(new Event("change", { bubbles: true }));
  }

  function readInputs() {
    const lat = parseCoordinate(latitudeInput, 90);
    const lon = parseCoordinate(longitudeInput, 180);
    if (lat === null || lon === null) {
      return false;
    }
    placeMarker([lat, lon]);
    map.setView([lat, lon], Math.max(map.getZoom() || 0, 16));
    return true;
  }

  function showMunicipality() {
    const centre = municipalitySelect && config.municipality_centres[municipalitySelect.value];
    if (centre && !marker) {
      map.setView(centre, 14);
    }
  }

  // "Find the address": asks the back office's geocoder with the sibling address inputs.
  const geocodeButton = field.querySelector("[data-geocode]");
  const geocodeStatus = field.querySelector(".geocode-status");
  if (geocodeButton) {
    geocodeButton.addEventListener("click", () => {
      const params = new URLSearchParams();
      ["street", "postcode", "town", "municipality"].forEach((name) => {
        const input = siblingInput(latitudeInput, name);
        if (input?.value) params.set(name, input.value);
      });
      geocodeStatus.textContent = config.labels.searching;
      fetch(`${config.geocode_url}?${params.toString()}`, { credentials: "same-origin" })
        .then((response) => response.json())
        .then((answer) => {
          if (answer.error) {
            geocodeStatus.textContent = answer.error;
            return;
          }
          const latlng = L.latLng(answer.latitude, answer.longitude);
          placeMarker(latlng);
          writeInputs(latlng);
          map.setView(latlng, 17);
          geocodeStatus.textContent =
            config.labels.found.replace("%(label)s", answer.label) +
            (answer.warning ? ` ${answer.warning}` : "");
        })
        .catch(() => {
          geocodeStatus.textContent = config.labels.failed;
        });
    });
  }

  map.setView(config.center, config.zoom);
  if (!readInputs()) {
    showMunicipality();
  }
  map.on("click", (event) => {
    placeMarker(event.latlng);
    writeInputs(event.latlng);
  });
  latitudeInput.addEventListener("input", readInputs);
  longitudeInput.addEventListener("input", readInputs);
  if (municipalitySelect) {
    municipalitySelect.addEventListener("change", showMunicipality);
  }
  // Collapsed fieldsets and tabs give the map no size until shown.
  new ResizeObserver(() => {
    map.invalidateSize();
  }).observe(field);
}

function bindAll(root) {
  root.querySelectorAll("[data-coordinate-field]").forEach(bind);
}

document.addEventListener("DOMContentLoaded", () => {
  bindAll(document);
});
document.addEventListener("formset:added", (event) => {
  bindAll(event.target);
});
