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

  // Leaflet's files, added to the page the first time a map is about to show; resolves
  // when its styles and scripts (in order) have loaded.
  var loading = null;
  function loadLeaflet(config) {
    if (loading) return loading;
    function added(element) {
      return new Promise(function (resolve, reject) {
        element.addEventListener("load", resolve);
        element.addEventListener("error", reject);
        document.head.appendChild(element);
      });
    }
    var styles = config.leaflet.css.map(function (href) {
      var link = document.createElement("link");
      link.rel = "stylesheet";
      link.href = href;
      return added(link);
    });
    var scripts = config.leaflet.js.reduce(function (previous, src) {
      return previous.then(function () {
        var script = document.createElement("script");
        script.src = src;
        script.async = false;
        return added(script);
      });
    }, Promise.resolve());
    loading = Promise.all(styles.concat([scripts]));
    return loading;
  }

  function createMap(container, config, options) {
    // No sliding or fading for people who asked their system for less motion.
    var still = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    var map = L.map(
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

  function markerIcon(config, category) {
    var pin = el("span", "map-marker");
    pin.style.backgroundColor = (category && category.colour) || "#0b5563";
    pin.appendChild(icon(config, (category && category.icon) || "map-pin"));
    return L.divIcon({ html: pin, className: "map-marker-wrapper", iconSize: [32, 32], iconAnchor: [16, 16], popupAnchor: [0, -14] });
  }

  window.IntegrationMap = {
    readConfig: readConfig, el: el, icon: icon, loadLeaflet: loadLeaflet, createMap: createMap,
    markerIcon: markerIcon,
  };
})();
