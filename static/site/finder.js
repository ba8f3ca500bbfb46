/* The home page's map: markers of all results, clustered, coloured and iconed by category;
 * a popup loads its details when opened. On narrow screens the map is one tap away. */
import { el, getJSON, icon, readConfig } from "./dom.js";
import { createMap, loadLeaflet, markerIcon } from "./maps.js";

const config = readConfig("finder-config");
const container = document.getElementById("map");
const switcher = document.querySelector(".view-switch");
const list = document.getElementById("results-list");
const wide = window.matchMedia("(min-width: 80em)"); // list and map side by side
let map = null;

function popupContent(marker, data) {
  const box = el("div", "popup");
  box.dir = config.rtl ? "rtl" : "ltr";
  box.lang = document.documentElement.lang;
  const title = el("p", "popup-title");
  const link = el("a", null, data.title.text);
  link.href = data.url;
  link.lang = data.title.lang;
  link.dir = data.title.dir;
  title.appendChild(link);
  box.appendChild(title);
  if (data.category) {
    const category = el("p", "popup-category");
    if (data.category_icon) category.appendChild(icon(config.sprite, data.category_icon));
    category.appendChild(document.createTextNode(data.category));
    box.appendChild(category);
  }
  const summary = el("p", "popup-summary", data.summary.text);
  summary.lang = data.summary.lang;
  summary.dir = data.summary.dir;
  box.appendChild(summary);
  if (data.towns.length) {
    const place = el("p", "popup-place");
    place.appendChild(icon(config.sprite, "map-pin"));
    place.appendChild(document.createTextNode(data.towns.join(", ")));
    box.appendChild(place);
  }
  if (data.stop) {
    const stop = el("p", "popup-stop");
    stop.appendChild(icon(config.sprite, data.stop.icon));
    const stopName = el("bdi", null, data.stop.name);
    stopName.translate = false;
    stop.appendChild(stopName);
    stop.appendChild(document.createTextNode(" "));
    stop.appendChild(el("span", "popup-walk", data.stop.walk));
    box.appendChild(stop);
  }
  if (data.routes?.length) {
    const routes = el("ul", "popup-routes");
    routes.setAttribute("aria-label", config.labels.routes);
    data.routes.forEach((route) => {
      const link = el("a", "popup-route");
      link.href = route.url;
      link.title = route.label;
      link.setAttribute("aria-label", route.label);
      if (route.web) {
        link.target = "_blank";
        link.rel = "noopener noreferrer";
      }
      link.appendChild(icon(config.sprite, route.icon));
      const item = el("li");
      item.appendChild(link);
      routes.appendChild(item);
    });
    box.appendChild(routes);
  }
  const actions = el("p", "popup-actions");
  const more = el("a", "button popup-link", config.labels.openOffer);
  more.href = data.url;
  actions.appendChild(more);
  const keep = el("a", "shortlist-add");
  keep.href = `${config.shortlist}?offers=${marker.offerId}`;
  keep.dataset.shortlistAdd = String(marker.offerId);
  keep.dataset.labelAdd = config.labels.addToList;
  keep.dataset.labelAdded = config.labels.inList;
  keep.appendChild(icon(config.sprite, "bookmark-plus"));
  keep.appendChild(el("span", null, config.labels.addToList));
  actions.appendChild(keep);
  box.appendChild(actions);
  return box;
}

function clusterIcon(count) {
  // Read as "offers: 12" (no plural forms needed in any language).
  const badge = el("span", "map-cluster");
  badge.appendChild(el("span", "visually-hidden", `${config.labels.offers}: `));
  badge.appendChild(el("span", null, String(count)));
  return L.divIcon({ html: badge, className: "map-cluster-wrapper", iconSize: [40, 40] });
}

function offerMarker(data, row) {
  // row: [location id, offer id, latitude, longitude, title, category id, town id]
  const category = config.categories[data.categories[row[5]]];
  const marker = L.marker([row[2], row[3]], {
    icon: markerIcon(config, category),
    title: row[4],
    alt: row[4],
  });
  marker.offerId = row[1];
  marker.bindPopup(el("p", null, config.labels.loading), { maxWidth: 280 });
  marker.on("popupopen", () => {
    if (marker.loaded) return;
    getJSON(`${config.popup.replace("/0/", `/${row[1]}/`)}?location=${row[0]}`).then((details) => {
      marker.loaded = true;
      const content = popupContent(marker, details);
      marker.setPopupContent(content);
      content.dispatchEvent(new CustomEvent("shortlist:added-buttons", { bubbles: true }));
    });
  });
  return marker;
}

// Clusters counted by the server (too many offers to send): a tap zooms in on one.
function serverCluster(row) {
  const marker = L.marker([row[0], row[1]], {
    icon: clusterIcon(row[2]),
    title: `${config.labels.offers}: ${row[2]}`,
  });
  marker.on("click", () => {
    map.setView(marker.getLatLng(), Math.min(map.getZoom() + 2, config.markersFromZoom));
  });
  return marker;
}

let layer = null;
let requested = 0;
let shownQuery = null;
let popupOpen = false;
let waiting = null;

function show(data, fit) {
  if (layer) map.removeLayer(layer);
  if (data.mode === "markers") {
    layer = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: (group) => clusterIcon(group.getChildCount()),
    });
    data.markers.forEach((row) => {
      layer.addLayer(offerMarker(data, row));
    });
  } else {
    layer = L.featureGroup(data.clusters.map(serverCluster));
  }
  map.addLayer(layer);
  if (fit && layer.getLayers().length)
    map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 });
}

// The view's bounds widened to a grid, so that small moves ask for the same address and
// the browser's and the server's caches answer.
function viewQuery() {
  const zoom = map.getZoom();
  const step = 360 / 2 ** Math.max(zoom, 1);
  const b = map.getBounds();
  function snap(value, up) {
    return (up ? Math.ceil(value / step) : Math.floor(value / step)) * step;
  }
  const box = [
    Math.max(snap(b.getWest(), false), -180),
    Math.max(snap(b.getSouth(), false), -90),
    Math.min(snap(b.getEast(), true), 180),
    Math.min(snap(b.getNorth(), true), 90),
  ].map((v) => v.toFixed(5));
  return `&bbox=${box.join(",")}&zoom=${zoom}`;
}

// aria-busy tells assistive technology (and the browser tests) that the markers on the map
// are not yet those of the view: it is lifted once the newest answer is drawn.
function load(query, fit) {
  const number = ++requested;
  container.setAttribute("aria-busy", "true");
  return getJSON(config.markers + (query || ""))
    .then((data) => {
      if (number !== requested) return data; // a newer view was asked for meanwhile
      // Redrawing would take the marker of an open popup off the map and close it (a tap
      // while the view's markers were loading): they are drawn when the popup closes.
      if (popupOpen) waiting = data;
      else show(data, fit);
      container.removeAttribute("aria-busy");
      return data;
    })
    .catch((error) => {
      if (number === requested) container.removeAttribute("aria-busy");
      throw error;
    });
}

let starting = null;

function showMap() {
  container.hidden = false;
  if (map) {
    map.invalidateSize();
    return;
  }
  if (!starting) starting = loadLeaflet(config).then(startMap);
}

function startMap() {
  if (container.hidden) {
    // The list was chosen again while Leaflet loaded: start when the map shows.
    starting = null;
    return;
  }
  map = createMap(container, config);
  map.setView(config.center, config.zoom);
  load("", true).then((data) => {
    // A district's markers all came at once; a whole state's came as clusters, and the
    // map asks for what is in view whenever it moves (not while a popup is open: a
    // popup pans the map, and new markers would close it).
    if (data.mode === "markers") return;
    function follow() {
      const query = viewQuery();
      if (popupOpen || query === shownQuery) return;
      shownQuery = query;
      load(query, false);
    }
    map.on("moveend", follow);
    map.on("popupopen", () => {
      popupOpen = true;
    });
    map.on("popupclose", () => {
      popupOpen = false;
      if (waiting) show(waiting, false);
      waiting = null;
      follow();
    });
    follow();
  });
}

function setView(view) {
  switcher.querySelectorAll("button").forEach((button) => {
    button.setAttribute("aria-pressed", String(button.dataset.view === view));
  });
  list.hidden = view === "map";
  if (view === "map") showMap();
  else container.hidden = true;
}

function layout() {
  if (wide.matches) {
    switcher.hidden = true;
    list.hidden = false;
    showMap();
  } else {
    switcher.hidden = false;
    setView(switcher.querySelector("[aria-pressed='true']").dataset.view);
  }
}

function start() {
  switcher.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-view]");
    if (button) setView(button.dataset.view);
  });
  wide.addEventListener("change", layout);
  document.addEventListener("finder:located", (event) => {
    if (map) map.setView(event.detail.position, 14);
  });
  layout();
}

if (config && container) start();
