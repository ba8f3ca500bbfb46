/* The finder's one view of list and map: side by side on wide screens; on phones a Map/List
 * switch kept in the address (reloads, the back button, shared links and filters keep it).
 * Markers of all results, clustered, in their topic's colour and pictogram; clusters show the
 * mix of topics they hold; hovering or focusing a card highlights its marker and the other
 * way round; moving the map offers "search this area" (a filter in the address). */
import { el, getJSON, icon, readConfig } from "./dom.js";
import { createMap, loadLeaflet, markerIcon } from "./maps.js";

const config = readConfig("finder-config");
const container = document.getElementById("map");
const finder = document.querySelector(".finder");
const side = document.getElementById("results-side");
const switcher = document.querySelector(".view-switch");
const list = document.getElementById("results-list");
const viewField = document.querySelector("[data-view-field]");
const wide = window.matchMedia("(min-width: 60em)"); // list and map side by side
let map = null;
// Numbers the script writes, in the page's digits (as the server writes its own).
const numbers = new Intl.NumberFormat(document.documentElement.lang, {
  numberingSystem: config?.digits || "latn",
});
// offer id → its markers (an offer may have several places)
const markersOf = new Map();

function notTranslated() {
  const note = el("span", "fallback-note", ` (${config.labels.notTranslated})`);
  note.lang = document.documentElement.lang;
  return note;
}

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
  if (data.title.fallback) title.appendChild(notTranslated());
  box.appendChild(title);
  // The next step first: call, the way there, keep it.
  const next = el("p", "popup-actions popup-next");
  if (data.phone) {
    const call = el("a", "button button-primary popup-call");
    call.href = `tel:${data.phone.replace(/[^\d+]/g, "")}`;
    call.appendChild(icon(config.sprite, "phone"));
    call.appendChild(el("span", null, config.labels.call));
    const number = el("bdi", "popup-phone", data.phone);
    number.dir = "ltr";
    call.appendChild(number);
    next.appendChild(call);
  }
  if (data.way) {
    const way = el("a", "button popup-way");
    way.href = data.way;
    way.appendChild(icon(config.sprite, "footprints"));
    way.appendChild(el("span", null, config.labels.directions));
    next.appendChild(way);
  }
  const keep = el("a", "shortlist-add");
  keep.href = `${config.shortlist}?offers=${marker.offerId}`;
  keep.dataset.shortlistAdd = String(marker.offerId);
  keep.dataset.labelAdd = config.labels.addToList;
  keep.dataset.labelAdded = config.labels.inList;
  keep.appendChild(icon(config.sprite, "bookmark-plus"));
  keep.appendChild(el("span", null, config.labels.addToList));
  next.appendChild(keep);
  box.appendChild(next);
  if (data.category) {
    const category = el("p", "popup-category");
    if (data.category_icon) category.appendChild(icon(config.sprite, data.category_icon));
    category.appendChild(document.createTextNode(data.category));
    box.appendChild(category);
  }
  const summary = el("p", "popup-summary");
  const summaryText = el("span", null, data.summary.text);
  summaryText.lang = data.summary.lang;
  summaryText.dir = data.summary.dir;
  summary.appendChild(summaryText);
  if (data.summary.fallback) summary.appendChild(notTranslated());
  box.appendChild(summary);
  if (data.provider?.name) {
    // The name as on the door, the translation beside it.
    const provider = el("p", "popup-provider");
    const name = el("bdi", "door-name", data.provider.name);
    name.lang = "de";
    name.translate = false;
    provider.appendChild(name);
    if (data.provider.translation) {
      provider.appendChild(el("span", "name-translation", ` (${data.provider.translation})`));
    }
    box.appendChild(provider);
  }
  if (data.towns.length) {
    const place = el("p", "popup-place");
    place.appendChild(icon(config.sprite, "map-pin"));
    data.towns.forEach((town, index) => {
      if (index) place.appendChild(document.createTextNode(config.labels.listSeparator));
      place.appendChild(el("bdi", null, town));
    });
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
  box.appendChild(actions);
  return box;
}

// A cluster shows what it holds: a ring in its topics' colours (in proportion) around the
// number, and, for screen readers, "offers: 12 — Health 5, Housing 4, …".
function clusterIcon(count, topics) {
  const badge = el("span", "map-cluster");
  const label = [`${config.labels.offers}: ${numbers.format(count)}`];
  if (topics) {
    const entries = [...topics.entries()].sort((a, b) => b[1] - a[1]);
    badge.appendChild(topicRing(entries, count));
    badge.classList.add("map-cluster-mixed");
    label.push(
      entries
        .slice(0, 4)
        .map(([slug, n]) => `${config.categories[slug]?.name || ""} ${numbers.format(n)}`)
        .join(config.labels.listSeparator),
    );
  }
  badge.appendChild(el("span", "visually-hidden", `${label.join(" — ")} `));
  badge.appendChild(el("span", "map-cluster-count", numbers.format(count)));
  badge.lastChild.setAttribute("aria-hidden", "true");
  return L.divIcon({ html: badge, className: "map-cluster-wrapper", iconSize: [44, 44] });
}

// The ring as SVG arcs (a circle of circumference 100, one dash per topic): presentation
// attributes, which the strict CSP allows, and which accessibility checkers can read.
function topicRing(entries, count) {
  const ns = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(ns, "svg");
  svg.setAttribute("class", "map-cluster-ring");
  svg.setAttribute("viewBox", "0 0 36 36");
  svg.setAttribute("aria-hidden", "true");
  let from = 0;
  entries.forEach(([slug, n]) => {
    const share = (n / count) * 100;
    const arc = document.createElementNS(ns, "circle");
    arc.setAttribute("cx", "18");
    arc.setAttribute("cy", "18");
    arc.setAttribute("r", "15.9155");
    arc.setAttribute("fill", "none");
    arc.setAttribute("stroke", config.categories[slug]?.colour || "#0b5563");
    arc.setAttribute("stroke-width", "4.5");
    arc.setAttribute("stroke-dasharray", `${share.toFixed(2)} ${(100 - share).toFixed(2)}`);
    arc.setAttribute("stroke-dashoffset", (25 - from).toFixed(2));
    svg.appendChild(arc);
    from += share;
  });
  return svg;
}

function topicsOf(group) {
  const topics = new Map();
  group.getAllChildMarkers().forEach((marker) => {
    topics.set(marker.topic, (topics.get(marker.topic) || 0) + 1);
  });
  return topics;
}

function offerMarker(data, row) {
  // row: [location id, offer id, latitude, longitude, title, category id, town id]
  const slug = data.categories[row[5]];
  const category = config.categories[slug];
  const marker = L.marker([row[2], row[3]], {
    icon: markerIcon(config, category, row[4]),
    title: row[4],
    keyboard: true,
  });
  marker.offerId = row[1];
  marker.topic = slug;
  if (!markersOf.has(row[1])) markersOf.set(row[1], []);
  markersOf.get(row[1]).push(marker);
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
  marker.on("mouseover", () => highlightCard(row[1], true));
  marker.on("mouseout", () => highlightCard(row[1], false));
  marker.on("add", () => {
    const element = marker.getElement();
    if (!element || element.dataset.followed) return;
    element.dataset.followed = "1";
    element.addEventListener("focus", () => highlightCard(row[1], true));
    element.addEventListener("blur", () => highlightCard(row[1], false));
  });
  return marker;
}

// --- card ↔ marker ------------------------------------------------------------------------

function highlightCard(offerId, on) {
  const card = document.querySelector(`.card[data-offer="${offerId}"]`);
  if (card) card.classList.toggle("is-highlighted", on);
}

function highlightMarkers(offerId, on) {
  if (!layer?.getVisibleParent) return;
  (markersOf.get(offerId) || []).forEach((marker) => {
    const shown = layer.getVisibleParent(marker); // the marker, or the cluster holding it
    const element = shown?.getElement?.();
    if (element) element.classList.toggle("is-highlighted", on);
    if (shown === marker) marker.setZIndexOffset(on ? 1000 : 0);
  });
}

function followCards() {
  function offerOf(event) {
    const card = event.target.closest?.(".card[data-offer]");
    return card ? Number(card.dataset.offer) : null;
  }
  ["mouseover", "focusin"].forEach((type) => {
    list.addEventListener(type, (event) => {
      const id = offerOf(event);
      if (id !== null) highlightMarkers(id, true);
    });
  });
  ["mouseout", "focusout"].forEach((type) => {
    list.addEventListener(type, (event) => {
      const id = offerOf(event);
      if (id !== null) highlightMarkers(id, false);
    });
  });
}

// Clusters counted by the server (too many offers to send): a tap zooms in on one.
function serverCluster(row) {
  const marker = L.marker([row[0], row[1]], {
    icon: clusterIcon(row[2]),
    title: `${config.labels.offers}: ${numbers.format(row[2])}`,
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
    markersOf.clear();
    layer = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: (group) => clusterIcon(group.getChildCount(), topicsOf(group)),
    });
    data.markers.forEach((row) => {
      layer.addLayer(offerMarker(data, row));
    });
  } else {
    layer = L.featureGroup(data.clusters.map(serverCluster));
  }
  map.addLayer(layer);
  if (fit && config.area) {
    programmatic(() => map.fitBounds(areaBounds(config.area)));
  } else if (fit && layer.getLayers().length) {
    programmatic(() => map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 }));
  }
  shownData = data;
  countInView();
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
  addAreaSearch();
  wheelHint();
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

// --- search this area ------------------------------------------------------------------------

let moving = 0; // moves the page makes (fitting the results), not the reader
let shownData = null;
let areaButton = null;

function programmatic(move) {
  moving += 1;
  map.once("moveend", () => {
    moving -= 1;
  });
  move();
}

function areaBounds(area) {
  const [west, south, east, north] = area;
  return L.latLngBounds([south, west], [north, east]);
}

// "Offers in view: 23" (markers of a district are all here; clusters of a state are counted
// by the server and not summed here).
function countInView() {
  if (!areaButton || !shownData || shownData.mode !== "markers") return;
  const bounds = map.getBounds();
  const offers = new Set();
  shownData.markers.forEach((row) => {
    if (bounds.contains([row[2], row[3]])) offers.add(row[1]);
  });
  areaButton.querySelector(".map-area-count").textContent =
    `${config.labels.inView}: ${numbers.format(offers.size)}`;
}

function addAreaSearch() {
  areaButton = el("button", "button map-search-area");
  areaButton.type = "button";
  areaButton.hidden = true;
  areaButton.appendChild(icon(config.sprite, "scan-search"));
  areaButton.appendChild(el("span", null, config.labels.searchArea));
  areaButton.appendChild(el("span", "map-area-count"));
  container.appendChild(areaButton);
  L.DomEvent.disableClickPropagation(areaButton);
  L.DomEvent.disableScrollPropagation(areaButton);
  areaButton.addEventListener("click", () => {
    const b = map.getBounds();
    const area = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map((v) => v.toFixed(5));
    const url = new URL(window.location.href);
    url.searchParams.set("area", area.join(","));
    url.searchParams.delete("page");
    window.location.assign(url.toString());
  });
  // A popup pans the map to fit: that is not the reader moving it.
  let popupAt = 0;
  map.on("popupopen", () => {
    popupAt = Date.now();
  });
  map.on("moveend", () => {
    countInView();
    if (!moving && Date.now() - popupAt > 800) areaButton.hidden = false;
  });
}

// The mouse wheel scrolls the page; with Ctrl (⌘) it zooms the map, and the map says so.
function wheelHint() {
  const hint = el("p", "map-hint", config.labels.wheelHint);
  hint.hidden = true;
  hint.setAttribute("aria-hidden", "true");
  container.appendChild(hint);
  let timer = null;
  container.addEventListener(
    "wheel",
    (event) => {
      if (event.ctrlKey || event.metaKey) {
        event.preventDefault();
        if (event.deltaY < 0) map.zoomIn();
        else if (event.deltaY > 0) map.zoomOut();
        hint.hidden = true;
        return;
      }
      hint.hidden = false;
      clearTimeout(timer);
      timer = setTimeout(() => {
        hint.hidden = true;
      }, 1500);
    },
    { passive: false },
  );
}

// --- one view: list and map ------------------------------------------------------------------

function addressView() {
  return new URLSearchParams(window.location.search).get("view") === "map" ? "map" : "list";
}

function setView(view, remember) {
  switcher.querySelectorAll("button").forEach((button) => {
    button.setAttribute("aria-pressed", String(button.dataset.view === view));
  });
  list.hidden = view === "map";
  side.hidden = view !== "map";
  finder.dataset.view = view;
  if (view === "map") showMap();
  else container.hidden = true;
  if (viewField) {
    viewField.value = view;
    viewField.disabled = false;
  }
  document.querySelectorAll("[data-nav-view]").forEach((link) => {
    if (link.dataset.navView === view) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  });
  if (remember && addressView() !== view) {
    const url = new URL(window.location.href);
    url.searchParams.set("view", view);
    window.history.pushState({ view }, "", url.toString());
  }
}

function layout() {
  if (wide.matches) {
    switcher.hidden = true;
    list.hidden = false;
    side.hidden = false;
    showMap();
  } else {
    switcher.hidden = false;
    setView(addressView(), false);
  }
}

function start() {
  switcher.addEventListener("click", (event) => {
    const button = event.target.closest("button[data-view]");
    if (button) setView(button.dataset.view, true);
  });
  wide.addEventListener("change", layout);
  window.addEventListener("popstate", layout);
  document.addEventListener("finder:located", (event) => {
    if (map) programmatic(() => map.setView(event.detail.position, 14));
  });
  followCards();
  // On a phone the legend is one tap away, so that the map fills the screen.
  const legend = side?.querySelector(".legend-panel");
  if (legend && !wide.matches) legend.open = false;
  layout();
}

if (config && container) start();
