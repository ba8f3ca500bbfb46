/* The one DOM helper the site's modules share: elements with text (always as text nodes,
 * never as HTML), icons from the sprite, configuration from JSON data blocks, JSON requests. */

/** The parsed JSON data block with this id, or null when the page has none. */
export function readConfig(id) {
  const element = document.getElementById(id);
  return element ? JSON.parse(element.textContent) : null;
}

/** A new element with an optional class and text. */
export function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = text;
  return node;
}

/** An icon from the sprite (decorative: hidden from assistive technology). */
export function icon(sprite, name) {
  const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
  svg.setAttribute("class", "icon");
  svg.setAttribute("aria-hidden", "true");
  svg.setAttribute("focusable", "false");
  const use = document.createElementNS("http://www.w3.org/2000/svg", "use");
  use.setAttribute("href", `${sprite}#${name}`);
  svg.appendChild(use);
  return svg;
}

/** The JSON answer of a same-origin GET; rejects on an error status. */
export async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${response.status} ${url}`);
  return response.json();
}
