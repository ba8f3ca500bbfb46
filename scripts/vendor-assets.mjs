// Copies the pinned front-end packages from node_modules into static/, with their licences,
// and records name, version, licence and a SHA-256 of every file in static/vendor/VENDORED.json.
// Run through `make vendor` (npm ci first); CI runs it and fails if static/ would change.
import { createHash } from "node:crypto";
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";

const root = join(dirname(new URL(import.meta.url).pathname), "..");

// Leaflet goes to static/leaflet/ so that it replaces the older copy django-leaflet ships
// under the same static path (project static files are found before app static files).
const PACKAGES = [
  {
    name: "jquery-ui",
    target: "static/vendor/jquery-ui",
    files: { "dist/jquery-ui.min.js": "jquery-ui.min.js", "LICENSE.txt": "LICENSE.txt" },
  },
  {
    name: "leaflet",
    target: "static/leaflet",
    files: {
      "dist/leaflet.js": "leaflet.js",
      "dist/leaflet.js.map": "leaflet.js.map",
      "dist/leaflet-src.js": "leaflet-src.js",
      "dist/leaflet-src.js.map": "leaflet-src.js.map",
      "dist/leaflet.css": "leaflet.css",
      "dist/images/layers.png": "images/layers.png",
      "dist/images/layers-2x.png": "images/layers-2x.png",
      "dist/images/marker-icon.png": "images/marker-icon.png",
      "dist/images/marker-icon-2x.png": "images/marker-icon-2x.png",
      "dist/images/marker-shadow.png": "images/marker-shadow.png",
      "LICENSE": "LICENSE",
    },
  },
  {
    name: "lucide-static",
    target: "static/vendor/lucide",
    sprite: true,
    files: { "LICENSE": "LICENSE" },
  },
  {
    // Only for the accessibility tests; never served.
    name: "axe-core",
    target: "tests/browser/vendor/axe-core",
    files: { "axe.min.js": "axe.min.js", "LICENSE": "LICENSE" },
  },
  {
    // Tigrinya's Ethiopic script: only fetched by browsers that have no such font of their own
    // (site.css tries the device's fonts first, and limits it to Ethiopic characters).
    name: "@fontsource/noto-sans-ethiopic",
    target: "static/vendor/noto-sans-ethiopic",
    files: {
      "files/noto-sans-ethiopic-ethiopic-400-normal.woff2": "noto-sans-ethiopic-400.woff2",
      "files/noto-sans-ethiopic-ethiopic-700-normal.woff2": "noto-sans-ethiopic-700.woff2",
      "LICENSE": "LICENSE",
    },
  },
  {
    name: "leaflet.markercluster",
    target: "static/vendor/leaflet.markercluster",
    files: {
      "dist/leaflet.markercluster.js": "leaflet.markercluster.js",
      "dist/leaflet.markercluster.js.map": "leaflet.markercluster.js.map",
      "dist/MarkerCluster.css": "MarkerCluster.css",
      "dist/MarkerCluster.Default.css": "MarkerCluster.Default.css",
      "MIT-LICENCE.txt": "MIT-LICENCE.txt",
    },
  },
];

// Pictograms used by the site, built into one SVG sprite (<use href="icons.svg#house">).
const ICONS = [
  // categories (see offers/icons.py)
  "house", "book-open", "briefcase-business", "messages-square", "handshake", "baby", "school",
  "heart-pulse", "key-round", "landmark", "search", "wrench", "award", "volleyball", "venus",
  "user-round", "coins", "users", "shield-check",
  // interface
  "map-pin", "map", "list", "locate-fixed", "x", "filter", "phone", "mail", "globe", "clock",
  "accessibility", "euro", "languages", "printer", "external-link", "calendar-check", "info",
  "bus-front", "train-front", "tram-front", "ship", "bike", "car", "footprints", "chevron-left",
  "chevron-right", "bookmark-plus", "bookmark-check", "bookmark-minus", "copy", "share-2",
  "message-circle", "table", "book-user", "chevron-down", "layers", "scan-search",
  // access: read aloud, stop, contrast, simple view
  "volume-2", "square", "contrast", "list-collapse",
];

function buildSprite(source, target) {
  const symbols = ICONS.map((name) => {
    const svg = readFileSync(join(source, "icons", `${name}.svg`), "utf8");
    const body = svg.slice(svg.indexOf(">", svg.indexOf("<svg")) + 1, svg.lastIndexOf("</svg>")).trim();
    return `<symbol id="${name}" viewBox="0 0 24 24"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${body.replace(/\s*\n\s*/g, "")}</g></symbol>`;
  });
  mkdirSync(target, { recursive: true });
  writeFileSync(
    join(target, "icons.svg"),
    `<svg xmlns="http://www.w3.org/2000/svg"><!-- lucide-static, ISC licence, see LICENSE -->${symbols.join("")}</svg>\n`,
  );
}

const sha256 = (path) => createHash("sha256").update(readFileSync(path)).digest("hex");
const record = [];
for (const pkg of PACKAGES) {
  const source = join(root, "node_modules", pkg.name);
  const meta = JSON.parse(readFileSync(join(source, "package.json"), "utf8"));
  const target = join(root, pkg.target);
  rmSync(target, { recursive: true, force: true });
  const files = {};
  if (pkg.sprite) {
    buildSprite(source, target);
    files[`${pkg.target}/icons.svg`] = sha256(join(target, "icons.svg"));
  }
  for (const [from, to] of Object.entries(pkg.files)) {
    mkdirSync(dirname(join(target, to)), { recursive: true });
    copyFileSync(join(source, from), join(target, to));
    files[`${pkg.target}/${to}`] = sha256(join(target, to));
  }
  record.push({ name: pkg.name, version: meta.version, license: meta.license, files });
  console.log(`${pkg.name} ${meta.version} (${meta.license}) -> ${pkg.target}`);
}
mkdirSync(join(root, "static/vendor"), { recursive: true });
writeFileSync(join(root, "static/vendor/VENDORED.json"), JSON.stringify(record, null, 2) + "\n");
