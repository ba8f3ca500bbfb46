/* Shared map helpers for the finder and the offer page. Configuration comes from a JSON data
 * block; every text from the server is inserted as a text node, never as HTML. */
(function () {
  "use strict";

  function readConfig(id) {
    var element = document.getElementById(id);
    return element ? JSON.parse(element.textContent) : null;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = text;
    return node;
  }

  function icon(config, name) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("class", "icon");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var use = document.createElementNS("http://www.w3.org/2000/svg", "use");
    use.setAttribute("href", config.sprite + "#" + name);
    svg.appendChild(use);
    return svg;
  }

  function createMap(container, config, options) {
    var map = L.map(container, Object.assign({ zoomControl: false, scrollWheelZoom: false }, options || {}));
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

  function markerIcon(config, category) {
    var pin = el("span", "map-marker");
    pin.style.backgroundColor = (category && category.colour) || "#0b5563";
    pin.appendChild(icon(config, (category && category.icon) || "map-pin"));
    return L.divIcon({ html: pin, className: "map-marker-wrapper", iconSize: [32, 32], iconAnchor: [16, 16], popupAnchor: [0, -14] });
  }

  window.IntegrationMap = { readConfig: readConfig, el: el, icon: icon, createMap: createMap, markerIcon: markerIcon };
})();
