// Keyboard shortcuts of the agent workspace. Letters never fire while the agent types in a field;
// only Ctrl/Cmd+Enter (send) and Escape work there.
(function () {
  "use strict";

  const rows = () => Array.from(document.querySelectorAll("#inbox-list .rows > .row"));
  let selectedHref = null;

  function isTyping(target) {
    return target instanceof Element
      && (target.closest("input, textarea, select, [contenteditable]:not([contenteditable=false])") !== null);
  }

  function select(row) {
    rows().forEach((other) => {
      other.classList.toggle("selected", other === row);
      other.querySelector(".row-link")?.removeAttribute("aria-current");
    });
    const link = row.querySelector(".row-link");
    selectedHref = link.getAttribute("href");
    link.setAttribute("aria-current", "true");
    link.focus({ preventScroll: true });
    row.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    const all = rows();
    if (!all.length) return false;
    const current = all.findIndex((row) => row.classList.contains("selected"));
    const next = current < 0 ? (step > 0 ? 0 : all.length - 1) : Math.min(all.length - 1, Math.max(0, current + step));
    select(all[next]);
    return true;
  }

  function openSelected() {
    const link = document.querySelector("#inbox-list .row.selected .row-link");
    if (!link) return false;
    link.click();
    return true;
  }

  // the composer's tabs are buttons (app.js shows the panel on click): show the right one, then write in it
  function focusComposer(tabId, fieldId) {
    const field = document.getElementById(fieldId);
    if (!field) return false;
    document.querySelector('.tab[data-tab="' + tabId + '"]')?.click();
    field.focus();
    return true;
  }

  function focusSearch() {
    const search = document.getElementById("top-search");
    if (!search) return false;
    search.focus();
    search.select();
    return true;
  }

  function showShortcuts() {
    const dialog = document.getElementById("shortcuts");
    if (!dialog || dialog.open) return false;
    dialog.showModal();
    return true;
  }

  const shortcuts = {
    j: () => move(1),
    k: () => move(-1),
    Enter: openSelected,
    r: () => focusComposer("reply-form", "reply-text"),
    n: () => focusComposer("note-form", "note-text"),
    "/": focusSearch,
    "?": showShortcuts,
    // the conversation page's macro picker (macros.js), where the agent has macros
    m: () => window.loyaldeskMacros?.open() ?? false,
  };

  document.addEventListener("keydown", (event) => {
    if (event.defaultPrevented || event.isComposing) return;
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      const form = event.target instanceof Element ? event.target.closest("form") : null;
      if (form && isTyping(event.target)) {
        event.preventDefault();
        form.requestSubmit();
      }
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
    if (document.querySelector("dialog[open]")) return;
    // Enter on a link or button already does what it says
    if (event.key === "Enter" && event.target instanceof Element && event.target.closest("a, button")) return;
    const shortcut = shortcuts[event.key];
    if (shortcut && shortcut()) event.preventDefault();
  });

  document.addEventListener("DOMContentLoaded", () => {
    const dialog = document.getElementById("shortcuts");
    dialog?.querySelector("[data-close]")?.addEventListener("click", () => dialog.close());
    // a click on the backdrop closes the dialog too
    dialog?.addEventListener("click", (event) => { if (event.target === dialog) dialog.close(); });
  });

  // the inbox refreshes live: keep the agent's place in it
  document.addEventListener("htmx:afterSwap", (event) => {
    if (event.detail.target.id !== "inbox-list" || !selectedHref) return;
    const row = rows().find((r) => r.querySelector(".row-link")?.getAttribute("href") === selectedHref);
    const hadFocus = document.activeElement === document.body;
    if (row) {
      row.classList.add("selected");
      if (hadFocus) row.querySelector(".row-link").focus({ preventScroll: true });
    }
  });
})();
