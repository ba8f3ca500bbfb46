/* Keeps a running job's page up to date: reads the job's state once a second and shows its
 * step, progress bar, counts and time left; when the job ends, the page reloads to show its
 * report. Without script the page refreshes itself (a <noscript> refresh). */
const INTERVAL = 1000;

const page = document.querySelector(".job-page");

function show(state) {
  for (const node of page.querySelectorAll("[data-field]")) {
    const name = node.dataset.field;
    if (name === "bar") {
      node.max = state.total || 1;
      node.value = state.done;
      node.textContent = `${state.percent} %`;
    } else if (name === "stalled") {
      node.hidden = !state.stalled;
    } else if (name in state) {
      node.textContent = state[name];
    }
  }
}

async function poll() {
  try {
    const response = await fetch(page.dataset.stateUrl, {
      headers: { Accept: "application/json" },
      credentials: "same-origin",
    });
    if (response.ok) {
      const state = await response.json();
      if (state.finished) {
        window.location.reload();
        return;
      }
      show(state);
    }
  } catch {
    // A lost connection: try again at the next tick.
  }
  window.setTimeout(poll, INTERVAL);
}

if (page && page.dataset.finished === "false") {
  window.setTimeout(poll, INTERVAL);
}
