/* Display options: simple view and high contrast. The choice stays in this browser
 * (localStorage, never a cookie) and is applied before the page is painted, so nothing jumps.
 * The one classic script of the site: modules always run after parsing, too late for that.
 * It is loaded in <head> without defer, and its block keeps its names off the global object.
 * Without script the options are hidden. */

{
  const KEY = "integrationmap-display";
  const CLASSES = { simple: "simple-view", contrast: "high-contrast" };
  const root = document.documentElement;
  // Scripts run on this page: the finder lays out its list or map from the first paint.
  root.classList.add("has-js");

  const read = () => {
    try {
      return JSON.parse(window.localStorage.getItem(KEY)) || {};
    } catch {
      return {};
    }
  };

  const write = (settings) => {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(settings));
    } catch {
      /* storage full or switched off: the choice lasts for this page only */
    }
  };

  const apply = (settings) => {
    for (const [name, className] of Object.entries(CLASSES)) {
      root.classList.toggle(className, Boolean(settings[name]));
    }
  };

  apply(read());

  document.addEventListener("DOMContentLoaded", () => {
    const options = document.querySelector("[data-display-options]");
    if (!options) return;
    const settings = read();
    for (const button of options.querySelectorAll("[data-display]")) {
      const name = button.getAttribute("data-display");
      button.setAttribute("aria-pressed", String(Boolean(settings[name])));
      button.addEventListener("click", () => {
        const current = read();
        current[name] = !current[name];
        write(current);
        apply(current);
        button.setAttribute("aria-pressed", String(current[name]));
      });
    }
    options.hidden = false;
  });
}
