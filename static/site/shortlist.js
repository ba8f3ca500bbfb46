/* The visitor's list of offers, kept in this browser (localStorage; nothing goes to the
 * server). Without JavaScript the same list travels in the address (?offers=12,48); here the
 * "Add to my list" links become toggles, the header shows the count, the list page fills in
 * the stored list, and the send buttons copy or share the link. */
(function () {
  "use strict";

  var KEY = "integrationmap.shortlist";
  var MAX = 50;

  function read() {
    try {
      var ids = JSON.parse(window.localStorage.getItem(KEY) || "[]");
      return Array.isArray(ids) ? ids.filter(function (id) { return /^\d+$/.test(String(id)); }).map(String) : [];
    } catch (error) {
      return [];
    }
  }

  function write(ids) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(ids.slice(0, MAX)));
    } catch (error) {
      /* private mode without storage: the list still works through its address */
    }
    refresh();
  }

  function listUrl(ids) {
    var link = document.querySelector("[data-shortlist-link]");
    var base = link ? link.getAttribute("href").split("?")[0] : "list/";
    return ids.length ? base + "?offers=" + ids.join(",") : base;
  }

  function setButton(button, inList) {
    var label = button.querySelector("span");
    button.setAttribute("aria-pressed", String(inList));
    button.classList.toggle("is-added", inList);
    if (label) label.textContent = inList ? button.dataset.labelAdded : button.dataset.labelAdd;
  }

  function refresh() {
    var ids = read();
    document.querySelectorAll("[data-shortlist-count]").forEach(function (count) {
      count.textContent = String(ids.length);
      count.hidden = ids.length === 0;
    });
    document.querySelectorAll("[data-shortlist-link]").forEach(function (link) {
      link.setAttribute("href", listUrl(ids));
    });
    document.querySelectorAll("[data-shortlist-add]").forEach(function (button) {
      setButton(button, ids.indexOf(button.dataset.shortlistAdd) !== -1);
    });
  }

  function toggle(id) {
    var ids = read();
    var at = ids.indexOf(id);
    if (at === -1) ids.push(id);
    else ids.splice(at, 1);
    write(ids);
  }

  // Buttons made later (map popups) are handled too.
  document.addEventListener("click", function (event) {
    var add = event.target.closest("[data-shortlist-add]");
    if (add) {
      event.preventDefault();
      toggle(add.dataset.shortlistAdd);
      return;
    }
    var remove = event.target.closest("[data-shortlist-remove]");
    if (remove) {
      var ids = read();
      var at = ids.indexOf(remove.dataset.shortlistRemove);
      if (at !== -1) {
        ids.splice(at, 1);
        write(ids);
      }
      // The link itself opens the list without this offer.
    }
  });

  function enhanceButtons(root) {
    root.querySelectorAll("[data-shortlist-add]").forEach(function (button) {
      button.setAttribute("role", "button");
    });
  }

  // The list page: show the stored list, or offer to keep a list that came in a link.
  var page = document.querySelector("[data-shortlist-page]");
  if (page) {
    var shown = page.dataset.ids ? page.dataset.ids.split(",") : [];
    var stored = read();
    if (!shown.length && stored.length && !/[?&]offers=/.test(window.location.search)) {
      window.location.replace(listUrl(stored));
      return;
    }
    var keep = page.querySelector("[data-shortlist-keep]");
    if (keep && shown.join(",") !== stored.join(",")) {
      keep.hidden = false;
      keep.querySelector("button").addEventListener("click", function () {
        write(shown);
        keep.hidden = true;
      });
    }
    var more = page.querySelector("[data-shortlist-more]");
    if (more) more.setAttribute("href", more.getAttribute("href").split("?")[0]);
  }

  // Sending: copy the link, or the phone's own share sheet.
  var status = document.querySelector(".send-status");
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    if (!navigator.clipboard) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.clipboard.writeText(button.dataset.copy).then(function () {
        if (status) status.textContent = button.dataset.copied;
      });
    });
  });
  document.querySelectorAll("[data-share]").forEach(function (button) {
    if (!navigator.share) return;
    button.hidden = false;
    button.addEventListener("click", function () {
      navigator.share({
        title: button.dataset.shareTitle,
        text: button.dataset.shareText,
        url: button.dataset.shareUrl,
      }).catch(function () { /* the visitor closed the share sheet */ });
    });
  });

  document.addEventListener("shortlist:added-buttons", function (event) {
    enhanceButtons(event.target);
    refresh();
  });
  enhanceButtons(document);
  refresh();
})();
