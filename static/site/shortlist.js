/* The visitor's list of offers, kept in this browser (localStorage; nothing goes to the
 * server). Without JavaScript the same list travels in the address (?offers=12,48); here the
 * "Add to my list" links become toggles, the header shows the count, the list page fills in
 * the stored list, and the send buttons copy or share the link. */
const KEY = "integrationmap.shortlist";
const MAX = 50;

function read() {
  try {
    const ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
    return Array.isArray(ids) ? ids.filter((id) => /^\d+$/.test(String(id))).map(String) : [];
  } catch {
    return [];
  }
}

function write(ids) {
  try {
    window.localStorage.setItem(KEY, JSON.stringify(ids.slice(0, MAX)));
  } catch {
    /* private mode without storage: the list still works through its address */
  }
  refresh();
}

function listUrl(ids) {
  const link = document.querySelector("[data-shortlist-link]");
  const base = link ? link.getAttribute("href").split("?")[0] : "list/";
  return ids.length ? `${base}?offers=${ids.join(",")}` : base;
}

function setButton(button, inList) {
  const label = button.querySelector("span");
  button.setAttribute("aria-pressed", String(inList));
  button.classList.toggle("is-added", inList);
  if (label) label.textContent = inList ? button.dataset.labelAdded : button.dataset.labelAdd;
}

// The count in the page's digits (the server converts its own; see <body data-digits>).
const numbers = new Intl.NumberFormat(document.documentElement.lang, {
  numberingSystem: document.body.dataset.digits || "latn",
});

function refresh() {
  const ids = read();
  document.querySelectorAll("[data-shortlist-count]").forEach((count) => {
    count.textContent = numbers.format(ids.length);
    count.hidden = ids.length === 0;
  });
  document.querySelectorAll("[data-shortlist-link]").forEach((link) => {
    link.setAttribute("href", listUrl(ids));
  });
  document.querySelectorAll("[data-shortlist-add]").forEach((button) => {
    setButton(button, ids.indexOf(button.dataset.shortlistAdd) !== -1);
  });
}

function toggle(id) {
  const ids = read();
  const at = ids.indexOf(id);
  if (at === -1) ids.push(id);
  else ids.splice(at, 1);
  write(ids);
}

// Buttons made later (map popups) are handled too.
document.addEventListener("click", (event) => {
  const add = event.target.closest("[data-shortlist-add]");
  if (add) {
    event.preventDefault();
    toggle(add.dataset.shortlistAdd);
    return;
  }
  const remove = event.target.closest("[data-shortlist-remove]");
  if (remove) {
    const ids = read();
    const at = ids.indexOf(remove.dataset.shortlistRemove);
    if (at !== -1) {
      ids.splice(at, 1);
      write(ids);
    }
    // The link itself opens the list without this offer.
  }
});

function enhanceButtons(root) {
  root.querySelectorAll("[data-shortlist-add]").forEach((button) => {
    button.setAttribute("role", "button");
  });
}

// The list page: show the stored list, or offer to keep a list that came in a link. True
// when the page is being replaced by the stored list.
function showListPage(page) {
  const shown = page.dataset.ids ? page.dataset.ids.split(",") : [];
  const stored = read();
  if (!shown.length && stored.length && !/[?&]offers=/.test(window.location.search)) {
    window.location.replace(listUrl(stored));
    return true;
  }
  const keep = page.querySelector("[data-shortlist-keep]");
  if (keep && shown.join(",") !== stored.join(",")) {
    keep.hidden = false;
    keep.querySelector("button").addEventListener("click", () => {
      write(shown);
      keep.hidden = true;
    });
  }
  const more = page.querySelector("[data-shortlist-more]");
  if (more) more.setAttribute("href", more.getAttribute("href").split("?")[0]);
  return false;
}

function start() {
  // Sending: copy the link, or the phone's own share sheet.
  const status = document.querySelector(".send-status");
  document.querySelectorAll("[data-copy]").forEach((button) => {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator.clipboard.writeText(button.dataset.copy).then(() => {
        if (status) status.textContent = button.dataset.copied;
      });
    });
  });
  document.querySelectorAll("[data-share]").forEach((button) => {
    if (!navigator.share) return;
    button.hidden = false;
    button.addEventListener("click", () => {
      navigator
        .share({
          title: button.dataset.shareTitle,
          text: button.dataset.shareText,
          url: button.dataset.shareUrl,
        })
        .catch(() => {
          /* the visitor closed the share sheet */
        });
    });
  });

  document.addEventListener("shortlist:added-buttons", (event) => {
    enhanceButtons(event.target);
    refresh();
  });
  enhanceButtons(document);
  refresh();
}

const page = document.querySelector("[data-shortlist-page]");
if (!(page && showListPage(page))) start();
