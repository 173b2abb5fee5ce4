// The conversation page's macros: the picker that "m" opens (arrows choose, Enter applies, Esc closes) and the
// suggested ones beside it. Applying puts the filled-in text into the reply box and the macro's status into
// "then", so the status changes when the agent sends; the server sets tags, priority and reason at once.
(function () {
  "use strict";
  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content;

  function options(dialog) {
    return Array.from(dialog.querySelectorAll('[role="option"]'));
  }

  function choose(dialog, option) {
    options(dialog).forEach((other) => other.setAttribute("aria-selected", String(other === option)));
    option.scrollIntoView({ block: "nearest" });
    dialog.querySelector('[role="listbox"]').setAttribute("aria-activedescendant", option.id);
  }

  function move(dialog, step) {
    const all = options(dialog);
    const current = all.findIndex((o) => o.getAttribute("aria-selected") === "true");
    choose(dialog, all[Math.min(all.length - 1, Math.max(0, current + step))]);
  }

  async function apply(url) {
    const headers = {};
    if (meta("csrf-header")) headers[meta("csrf-header")] = meta("csrf-token");
    const response = await fetch(url, { method: "POST", headers, credentials: "same-origin" });
    const result = document.getElementById("macro-result");
    if (!response.ok) {
      if (result) result.textContent = response.status + " " + response.statusText;
      return;
    }
    const applied = await response.json();
    document.querySelector('.tab[data-tab="reply-form"]')?.click();
    const reply = document.getElementById("reply-text");
    if (reply) {
      reply.value = reply.value.trim() ? reply.value.replace(/\s*$/, "\n\n") + applied.text : applied.text;
      reply.dispatchEvent(new Event("input", { bubbles: true }));
      reply.focus();
      reply.setSelectionRange(reply.value.length, reply.value.length);
    }
    const then = document.querySelector('#reply-form select[name="then"]');
    if (then && applied.status && then.querySelector('option[value="' + applied.status + '"]')) {
      then.value = applied.status;
    }
    if (result) result.textContent = applied.message + (applied.missing ? " " + applied.missing : "");
  }

  function openPicker() {
    const dialog = document.getElementById("macro-picker");
    if (!dialog || dialog.open) return false;
    dialog.showModal();
    const selected = options(dialog).find((o) => o.getAttribute("aria-selected") === "true") || options(dialog)[0];
    if (selected) choose(dialog, selected);
    return true;
  }
  window.loyaldeskMacros = { open: openPicker };

  document.addEventListener("keydown", (event) => {
    const dialog = document.getElementById("macro-picker");
    if (!dialog || !dialog.open) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(dialog, event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const selected = dialog.querySelector('[role="option"][aria-selected="true"]');
      dialog.close();
      if (selected) apply(selected.dataset.apply);
    }
  });

  document.addEventListener("click", (event) => {
    const option = event.target.closest('#macro-picker [role="option"]');
    if (option) {
      option.closest("dialog").close();
      apply(option.dataset.apply);
      return;
    }
    const button = event.target.closest("button.apply-macro");
    if (button) apply(button.dataset.apply);
  });
})();
