/* Map helpers for the finder and the offer page: Leaflet loaded when a map is about to show,
 * a map with the site's controls (mirrored on right-to-left pages), and the markers' icons. */
import { el, icon } from "./dom.js";

// Leaflet's files, added to the page the first time a map is about to show; resolves
// when its styles and scripts (in order) have loaded.
let loading = null;
export function loadLeaflet(config) {
  if (loading) return loading;
  function added(element) {
    return new Promise((resolve, reject) => {
      element.addEventListener("load", resolve);
      element.addEventListener("error", reject);
      document.head.appendChild(element);
    });
  }
  const styles = config.leaflet.css.map((href) => {
    const link = document.createElement("link");
    link.rel = "stylesheet";
    link.href = href;
    return added(link);
  });
  const scripts = config.leaflet.js.reduce(
    (previous, src) =>
      previous.then(() => {
        const script = document.createElement("script");
        script.src = src;
        script.async = false;
        return added(script);
      }),
    Promise.resolve(),
  );
  loading = Promise.all(styles.concat([scripts]));
  return loading;
}

export function createMap(container, config, options) {
  // No sliding or fading for people who asked their system for less motion.
  const still = window.matchMedia?.("(prefers-reduced-motion: reduce)").matches;
  const map = L.map(
    container,
    Object.assign(
      {
        zoomControl: false,
        scrollWheelZoom: false,
        zoomAnimation: !still,
        fadeAnimation: !still,
        markerZoomAnimation: !still,
      },
      options || {},
    ),
  );
  // Leaflet places controls physically; mirror them for right-to-left pages.
  L.control
    .zoom({
      position: config.rtl ? "topright" : "topleft",
      zoomInTitle: config.labels.zoomIn,
      zoomOutTitle: config.labels.zoomOut,
    })
    .addTo(map);
  map.attributionControl.setPosition(config.rtl ? "bottomleft" : "bottomright");
  map.attributionControl.setPrefix(false);
  L.tileLayer(config.tiles, {
    attribution: config.attribution,
    maxZoom: 19,
    // OpenStreetMap's tile servers refuse requests without a Referer; the site's default
    // referrer policy sends none across origins.
    referrerPolicy: "strict-origin-when-cross-origin",
  }).addTo(map);
  return map;
}

// A marker in its topic's colour (the class topic-<slug>, from /topics.css) with the topic's
// pictogram; `label` names it for screen readers (the offer, then its topic).
export function markerIcon(config, category, label) {
  const pin = el("span", category?.slug ? `map-marker topic-${category.slug}` : "map-marker");
  pin.appendChild(icon(config.sprite, category?.icon || "map-pin"));
  if (label) {
    const text = category?.name ? `${label} (${category.name})` : label;
    pin.appendChild(el("span", "visually-hidden", text));
  }
  return L.divIcon({
    html: pin,
    className: "map-marker-wrapper",
    iconSize: [32, 32],
    iconAnchor: [16, 16],
    popupAnchor: [0, -14],
  });
}
