/* Display options: simple view and high contrast. The choice stays in this browser
 * (localStorage, never a cookie) and is applied before the page is painted (this script is
 * loaded in <head>, without defer), so nothing jumps. Without script the options are hidden. */
(function () {
  "use strict";
  var KEY = "integrationmap-display";
  var CLASSES = { simple: "simple-view", contrast: "high-contrast" };
  var root = document.documentElement;

  function read() {
    try {
      return JSON.parse(window.localStorage.getItem(KEY)) || {};
    } catch (error) {
      return {};
    }
  }

  function write(settings) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(settings));
    } catch (error) {
      /* storage full or switched off: the choice lasts for this page only */
    }
  }

  function apply(settings) {
    Object.keys(CLASSES).forEach(function (name) {
      root.classList.toggle(CLASSES[name], Boolean(settings[name]));
    });
  }

  apply(read());

  document.addEventListener("DOMContentLoaded", function () {
    var options = document.querySelector("[data-display-options]");
    if (!options) {
      return;
    }
    var settings = read();
    options.querySelectorAll("[data-display]").forEach(function (button) {
      var name = button.getAttribute("data-display");
      button.setAttribute("aria-pressed", String(Boolean(settings[name])));
      button.addEventListener("click", function () {
        var current = read();
        current[name] = !current[name];
        write(current);
        apply(current);
        button.setAttribute("aria-pressed", String(current[name]));
      });
    });
    options.hidden = false;
  });
})();
