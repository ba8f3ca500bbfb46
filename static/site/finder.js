/* The home page's map: markers of all results, clustered, coloured and iconed by category;
 * a popup loads its details when opened. On narrow screens the map is one tap away. */
(function () {
  "use strict";

  var IM = window.IntegrationMap;
  var config = IM.readConfig("finder-config");
  var container = document.getElementById("map");
  if (!config || !container || !window.L) return;
  var switcher = document.querySelector(".view-switch");
  var list = document.getElementById("results-list");
  var wide = window.matchMedia("(min-width: 80em)");  // list and map side by side
  var map = null;
  var cluster = null;

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
    if (data.category) box.appendChild(IM.el("p", "popup-category", data.category));
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

  function addMarkers(data) {
    cluster = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 50,
      iconCreateFunction: function (group) {
        var count = group.getChildCount();
        var badge = IM.el("span", "map-cluster");
        badge.appendChild(IM.el("span", null, String(count)));
        badge.appendChild(IM.el("span", "visually-hidden", " " + config.labels.offers));
        return L.divIcon({ html: badge, className: "map-cluster-wrapper", iconSize: [40, 40] });
      },
    });
    data.features.forEach(function (feature) {
      var c = feature.geometry.coordinates;
      var p = feature.properties;
      var marker = L.marker([c[1], c[0]], { icon: IM.markerIcon(config, config.categories[p.c]), title: p.t, alt: p.t });
      marker.offerId = p.o;
      marker.bindPopup(IM.el("p", null, config.labels.loading), { maxWidth: 280 });
      marker.on("popupopen", function () {
        if (marker.loaded) return;
        fetch(config.popup.replace("/0/", "/" + p.o + "/") + "?location=" + feature.id)
          .then(function (response) { return response.json(); })
          .then(function (details) {
            marker.loaded = true;
            var content = popupContent(marker, details);
            marker.setPopupContent(content);
            content.dispatchEvent(new CustomEvent("shortlist:added-buttons", { bubbles: true }));
          });
      });
      cluster.addLayer(marker);
    });
    map.addLayer(cluster);
    if (data.features.length) map.fitBounds(cluster.getBounds(), { padding: [24, 24], maxZoom: 15 });
  }

  function showMap() {
    container.hidden = false;
    if (map) {
      map.invalidateSize();
      return;
    }
    map = IM.createMap(container, config);
    map.setView(config.center, config.zoom);
    fetch(config.markers, { headers: { Accept: "application/geo+json" } })
      .then(function (response) { return response.json(); })
      .then(addMarkers);
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
