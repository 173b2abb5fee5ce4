// The conversation page's article panel: "Insert link" puts the article's title and link into the
// reply where the cursor is, and records the insert. Delegated, so panels reloaded by htmx work too.
(function () {
  "use strict";
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content;

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.insert-article");
    if (!button) return;
    const reply = document.getElementById("reply-text");
    if (!reply) return;
    const link = button.dataset.title + ": " + new URL(button.dataset.url, window.location.origin).href;
    const start = reply.selectionStart ?? reply.value.length;
    const end = reply.selectionEnd ?? reply.value.length;
    const before = reply.value.slice(0, start);
    const spacer = before && !before.endsWith("\n") ? "\n" : "";
    reply.value = before + spacer + link + "\n" + reply.value.slice(end);
    reply.focus();
    const caret = (before + spacer + link + "\n").length;
    reply.setSelectionRange(caret, caret);
    reply.dispatchEvent(new Event("input", { bubbles: true }));
    button.textContent = button.dataset.done;
    const headers = {};
    if (meta("csrf-header")) headers[meta("csrf-header")] = meta("csrf-token");
    fetch(button.dataset.record, { method: "POST", headers, credentials: "same-origin" });
  });
})();
