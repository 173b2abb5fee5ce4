// An incident's notice, suggested on a conversation about it, goes into the reply box with one click,
// where the agent can still change it before sending.
(() => {
  if (window.loyaldeskNoticeButtons) return; // the panel may be rendered again in the same page
  window.loyaldeskNoticeButtons = true;
  document.addEventListener("click", (event) => {
    const button = event.target.closest(".use-notice");
    if (!button) return;
    document.querySelector('.tab[data-tab="reply-form"]')?.click();
    const reply = document.getElementById("reply-text");
    if (!reply) return;
    const text = button.dataset.text;
    reply.value = reply.value.trim() ? reply.value.replace(/\s*$/, "\n\n") + text : text;
    reply.dispatchEvent(new Event("input", { bubbles: true }));
    reply.focus();
  });
})();
