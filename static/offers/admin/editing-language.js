/* The offer and provider forms: switching the language shown beside German loads the form
 * again, so typed but unsaved text would be lost; ask first. */
const nav = document.querySelector(".editing-language");
const form = nav?.closest("form");
let unsaved = false;

if (form) {
  form.addEventListener("input", () => {
    unsaved = true;
  });
  form.addEventListener("change", () => {
    unsaved = true;
  });
  nav.addEventListener("click", (event) => {
    const link = event.target.closest("a");
    if (link && unsaved && !window.confirm(nav.dataset.unsavedQuestion)) {
      event.preventDefault();
    }
  });
}
