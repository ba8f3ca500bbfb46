/* Finder enhancements that need no map: the table's filters open on wide screens, and "use my location",
 * which sorts the results by distance in the browser: the position never leaves the device. */
import { el, getJSON, readConfig } from "./dom.js";

const config = readConfig("finder-config");

function distanceKm(a, b) {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h =
    Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

function formatDistance(km) {
  const format = new Intl.NumberFormat(document.documentElement.lang, {
    numberingSystem: config.digits || "latn",
    maximumFractionDigits: km < 1 ? 0 : 1,
  });
  return km < 1
    ? config.labels.metres.replace("%(metres)s", format.format(Math.round(km * 100) * 10))
    : config.labels.km.replace("%(km)s", format.format(km));
}

function nearest(data, here) {
  // data.markers rows: [location id, offer id, latitude, longitude, title, category id,
  // town id]; data.categories and data.towns name the ids.
  const byOffer = {};
  data.markers.forEach((row) => {
    const km = distanceKm(here, [row[2], row[3]]);
    if (!byOffer[row[1]] || km < byOffer[row[1]].km) {
      byOffer[row[1]] = {
        id: row[1],
        title: row[4],
        category: data.categories[row[5]],
        town: data.towns[row[6]],
        km: km,
      };
    }
  });
  return Object.keys(byOffer)
    .map((key) => byOffer[key])
    .sort((a, b) => a.km - b.km);
}

// The bounds of the map tile at `zoom` that holds `here` (zoom 13: a few kilometres).
function tileAround(here, zoom) {
  const n = 2 ** zoom;
  function lon(x) {
    return (x / n) * 360 - 180;
  }
  function lat(y) {
    return (Math.atan(Math.sinh(Math.PI * (1 - (2 * y) / n))) * 180) / Math.PI;
  }
  const x = Math.floor(((here[1] + 180) / 360) * n);
  const rad = (here[0] * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [lon(x), lat(y + 1), lon(x + 1), lat(y)].map((v) => v.toFixed(5)).join(",");
}

// Where all results fit in one answer (a district), the nearest are found among all of
// them and the position never leaves the device. With more (a whole state) the browser
// asks for the markers of the map tile around the position, a few kilometres wide first,
// wider while fewer than 20 offers are in it: the server learns the tile, never the point.
function nearbyOffers(here) {
  return getJSON(config.markers).then((all) => {
    if (all.mode === "markers") return nearest(all, here);
    const zooms = [13, 11, 9];
    function attempt(i) {
      const query = `&bbox=${tileAround(here, zooms[i])}&zoom=${config.markersFromZoom}`;
      return getJSON(config.markers + query).then((data) => {
        const found = nearest(data, here);
        return found.length >= 20 || i === zooms.length - 1 ? found : attempt(i + 1);
      });
    }
    return attempt(0);
  });
}

function renderNearby(box, listed, results) {
  let shown = 0;
  box.textContent = "";
  box.appendChild(el("h3", null, config.labels.nearby));
  const back = el("button", "button", config.labels.showAll);
  back.type = "button";
  back.addEventListener("click", () => {
    box.hidden = true;
    listed.hidden = false;
    rememberNearMe(false);
  });
  box.appendChild(back);
  if (!results.length) {
    box.appendChild(el("p", null, config.labels.noResults));
    return;
  }
  const list = el("ol", "nearby-list");
  box.appendChild(list);
  const more = el("button", "button", config.labels.more);
  more.type = "button";
  function showMore() {
    results.slice(shown, shown + 20).forEach((item) => {
      const li = el("li");
      const link = el("a", null, item.title);
      link.href = config.detail.replace("/0/", `/${item.id}/`);
      li.appendChild(link);
      const meta = [];
      const category = config.categories[item.category];
      if (category) meta.push(category.name);
      if (item.town) meta.push(item.town);
      meta.push(formatDistance(item.km));
      // Each part isolated: "Bergheim · 730 م" must not become "730 · Bergheim م".
      const parts = el("span", "nearby-meta");
      meta.forEach((part, index) => {
        if (index) parts.appendChild(document.createTextNode(" · "));
        parts.appendChild(el("bdi", null, part));
      });
      li.appendChild(parts);
      list.appendChild(li);
    });
    shown += 20;
    more.hidden = shown >= results.length;
  }
  more.addEventListener("click", showMore);
  box.appendChild(more);
  showMore();
  box.querySelector("h3").setAttribute("tabindex", "-1");
  box.querySelector("h3").focus();
}

function start() {
  const filters = document.querySelector("details.filters");
  // The table's sidebar shows its filters open on wide screens; the finder's panel stays
  // closed until asked for (the results and the map fill the first screen).
  if (filters?.closest(".finder-sidebar") && window.matchMedia("(min-width: 56em)").matches)
    filters.open = true;
  document.querySelectorAll("[data-near-me]").forEach((node) => {
    if ("geolocation" in navigator) node.hidden = false;
  });
  const button = document.querySelector("button[data-near-me]");
  const box = document.getElementById("nearby");
  const listed = document.getElementById("listed");
  if (!button || !box || !listed) return;

  // "Nearest to me" is kept in the address as `nearme=1` — never the position — so that a
  // reload or the back button sorts again (asking the browser, which remembers the permission).
  function locate() {
    box.hidden = false;
    box.textContent = config.labels.locating;
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const here = [position.coords.latitude, position.coords.longitude];
        nearbyOffers(here)
          .then((results) => {
            listed.hidden = true;
            renderNearby(box, listed, results);
            rememberNearMe(true);
            document.dispatchEvent(
              new CustomEvent("finder:located", { detail: { position: here } }),
            );
          })
          .catch(() => {
            box.textContent = config.labels.noLocation;
          });
      },
      () => {
        box.textContent = config.labels.noLocation;
      },
      { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 },
    );
  }
  button.addEventListener("click", locate);
  if (new URLSearchParams(window.location.search).get("nearme") === "1") {
    navigator.permissions
      ?.query({ name: "geolocation" })
      .then((status) => {
        if (status.state === "granted") locate();
      })
      .catch(() => {});
  }
}

function rememberNearMe(on) {
  const url = new URL(window.location.href);
  if (on) url.searchParams.set("nearme", "1");
  else url.searchParams.delete("nearme");
  window.history.replaceState(window.history.state, "", url.toString());
}

if (config) start();
