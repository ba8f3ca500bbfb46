/* The offer page: a small map per location (created when scrolled into view) and a print
 * button. Without JavaScript the address and the map-app link remain. */
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var IM = window.IntegrationMap;
  var config = IM && IM.readConfig("map-config");
  if (!config) return;

  function draw(container) {
    container.hidden = false;
    IM.loadLeaflet(config).then(function () { drawMap(container); });
  }

  function drawMap(container) {
    var point = [parseFloat(container.dataset.latitude), parseFloat(container.dataset.longitude)];
    var map = IM.createMap(container, config, { dragging: !L.Browser.mobile, tap: false });
    map.setView(point, 16);
    L.marker(point, { icon: IM.markerIcon(config, null), title: container.dataset.label, alt: container.dataset.label, keyboard: false }).addTo(map);
  }

  var maps = document.querySelectorAll(".location-map");
  if (!("IntersectionObserver" in window)) {
    maps.forEach(draw);
    return;
  }
  var observer = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        observer.unobserve(entry.target);
        draw(entry.target);
      }
    });
  }, { rootMargin: "200px" });
  maps.forEach(function (container) {
    // Hidden elements never intersect: give the map its place first.
    container.hidden = false;
    observer.observe(container);
  });
})();
