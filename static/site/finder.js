/* The home page's map: markers of all results, clustered, coloured and iconed by category;
 * a popup loads its details when opened. On narrow screens the map is one tap away. */
(function () {
  "use strict";

  var IM = window.IntegrationMap;
  var config = IM.readConfig("finder-config");
  var container = document.getElementById("map");
  if (!config || !container) return;
  var switcher = document.querySelector(".view-switch");
  var list = document.getElementById("results-list");
  var wide = window.matchMedia("(min-width: 80em)");  // list and map side by side
  var map = null;

  function popupContent(marker, data) {
    var box = IM.el("div", "popup");
    box.dir = config.rtl ? "rtl" : "ltr";
    box.lang = document.documentElement.lang;
    var title = IM.el("p", "popup-title");
    var link = IM.el("a", null, data.title.text);
    link.href = data.url;
    link.lang = data.title.lang;
    link.dir = data.title.dir;
    title.appendChild(link);
    box.appendChild(title);
    if (data.category) {
      var category = IM.el("p", "popup-category");
      if (data.category_icon) category.appendChild(IM.icon(config, data.category_icon));
      category.appendChild(document.createTextNode(data.category));
      box.appendChild(category);
    }
    var summary = IM.el("p", "popup-summary", data.summary.text);
    summary.lang = data.summary.lang;
    summary.dir = data.summary.dir;
    box.appendChild(summary);
    if (data.towns.length) {
      var place = IM.el("p", "popup-place");
      place.appendChild(IM.icon(config, "map-pin"));
      place.appendChild(document.createTextNode(data.towns.join(", ")));
      box.appendChild(place);
    }
    if (data.stop) {
      var stop = IM.el("p", "popup-stop");
      stop.appendChild(IM.icon(config, data.stop.icon));
      var stopName = IM.el("bdi", null, data.stop.name);
      stopName.translate = false;
      stop.appendChild(stopName);
      stop.appendChild(document.createTextNode(" "));
      stop.appendChild(IM.el("span", "popup-walk", data.stop.walk));
      box.appendChild(stop);
    }
    if (data.routes && data.routes.length) {
      var routes = IM.el("ul", "popup-routes");
      routes.setAttribute("aria-label", config.labels.routes);
      data.routes.forEach(function (route) {
        var link = IM.el("a", "popup-route");
        link.href = route.url;
        link.title = route.label;
        link.setAttribute("aria-label", route.label);
        if (route.web) {
          link.target = "_blank";
          link.rel = "noopener noreferrer";
        }
        link.appendChild(IM.icon(config, route.icon));
        var item = IM.el("li");
        item.appendChild(link);
        routes.appendChild(item);
      });
      box.appendChild(routes);
    }
    var actions = IM.el("p", "popup-actions");
    var more = IM.el("a", "button popup-link", config.labels.openOffer);
    more.href = data.url;
    actions.appendChild(more);
    var keep = IM.el("a", "shortlist-add");
    keep.href = config.shortlist + "?offers=" + marker.offerId;
    keep.dataset.shortlistAdd = String(marker.offerId);
    keep.dataset.labelAdd = config.labels.addToList;
    keep.dataset.labelAdded = config.labels.inList;
    keep.appendChild(IM.icon(config, "bookmark-plus"));
    keep.appendChild(IM.el("span", null, config.labels.addToList));
    actions.appendChild(keep);
    box.appendChild(actions);
    return box;
  }

  function clusterIcon(count) {
    // Read as "offers: 12" (no plural forms needed in any language).
    var badge = IM.el("span", "map-cluster");
    badge.appendChild(IM.el("span", "visually-hidden", config.labels.offers + ": "));
    badge.appendChild(IM.el("span", null, String(count)));
    return L.divIcon({ html: badge, className: "map-cluster-wrapper", iconSize: [40, 40] });
  }

  function offerMarker(data, row) {
    // row: [location id, offer id, latitude, longitude, title, category id, town id]
    var category = config.categories[data.categories[row[5]]];
    var marker = L.marker([row[2], row[3]], { icon: IM.markerIcon(config, category), title: row[4], alt: row[4] });
    marker.offerId = row[1];
    marker.bindPopup(IM.el("p", null, config.labels.loading), { maxWidth: 280 });
    marker.on("popupopen", function () {
      if (marker.loaded) return;
      fetch(config.popup.replace("/0/", "/" + row[1] + "/") + "?location=" + row[0])
        .then(function (response) { return response.json(); })
        .then(function (details) {
          marker.loaded = true;
          var content = popupContent(marker, details);
          marker.setPopupContent(content);
          content.dispatchEvent(new CustomEvent("shortlist:added-buttons", { bubbles: true }));
        });
    });
    return marker;
  }

  // Clusters counted by the server (too many offers to send): a tap zooms in on one.
  function serverCluster(row) {
    var marker = L.marker([row[0], row[1]], { icon: clusterIcon(row[2]), title: config.labels.offers + ": " + row[2] });
    marker.on("click", function () {
      map.setView(marker.getLatLng(), Math.min(map.getZoom() + 2, config.markersFromZoom));
    });
    return marker;
  }

  var layer = null;
  var requested = 0;
  var shownQuery = null;
  var popupOpen = false;

  function show(data, fit) {
    if (layer) map.removeLayer(layer);
    if (data.mode === "markers") {
      layer = L.markerClusterGroup({
        showCoverageOnHover: false,
        maxClusterRadius: 50,
        iconCreateFunction: function (group) { return clusterIcon(group.getChildCount()); },
      });
      data.markers.forEach(function (row) { layer.addLayer(offerMarker(data, row)); });
    } else {
      layer = L.featureGroup(data.clusters.map(serverCluster));
    }
    map.addLayer(layer);
    if (fit && layer.getLayers().length) map.fitBounds(layer.getBounds(), { padding: [24, 24], maxZoom: 15 });
  }

  // The view's bounds widened to a grid, so that small moves ask for the same address and
  // the browser's and the server's caches answer.
  function viewQuery() {
    var zoom = map.getZoom();
    var step = 360 / Math.pow(2, Math.max(zoom, 1));
    var b = map.getBounds();
    function snap(value, up) { return (up ? Math.ceil(value / step) : Math.floor(value / step)) * step; }
    var box = [
      Math.max(snap(b.getWest(), false), -180), Math.max(snap(b.getSouth(), false), -90),
      Math.min(snap(b.getEast(), true), 180), Math.min(snap(b.getNorth(), true), 90),
    ].map(function (v) { return v.toFixed(5); });
    return "&bbox=" + box.join(",") + "&zoom=" + zoom;
  }

  function load(query, fit) {
    var number = ++requested;
    return fetch(config.markers + (query || ""), { headers: { Accept: "application/json" } })
      .then(function (response) { return response.json(); })
      .then(function (data) {
        if (number === requested) show(data, fit);
        return data;
      });
  }

  var starting = null;

  function showMap() {
    container.hidden = false;
    if (map) {
      map.invalidateSize();
      return;
    }
    if (!starting) starting = IM.loadLeaflet(config).then(startMap);
  }

  function startMap() {
    if (container.hidden) {
      // The list was chosen again while Leaflet loaded: start when the map shows.
      starting = null;
      return;
    }
    map = IM.createMap(container, config);
    map.setView(config.center, config.zoom);
    load("", true).then(function (data) {
      // A district's markers all came at once; a whole state's came as clusters, and the
      // map asks for what is in view whenever it moves (not while a popup is open: a
      // popup pans the map, and new markers would close it).
      if (data.mode === "markers") return;
      function follow() {
        var query = viewQuery();
        if (popupOpen || query === shownQuery) return;
        shownQuery = query;
        load(query, false);
      }
      map.on("moveend", follow);
      map.on("popupopen", function () { popupOpen = true; });
      map.on("popupclose", function () { popupOpen = false; follow(); });
      follow();
    });
  }

  function setView(view) {
    switcher.querySelectorAll("button").forEach(function (button) {
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

  switcher.addEventListener("click", function (event) {
    var button = event.target.closest("button[data-view]");
    if (button) setView(button.dataset.view);
  });
  wide.addEventListener("change", layout);
  document.addEventListener("finder:located", function (event) {
    if (map) map.setView(event.detail.position, 14);
  });
  layout();
})();
