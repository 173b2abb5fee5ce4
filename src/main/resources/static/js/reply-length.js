// Counts the characters of a text box as the agent types, next to its limit (the server refuses longer replies).
document.addEventListener("input", (event) => {
  const box = event.target;
  if (!box.id) return;
  document.querySelectorAll(`[data-length-of="${box.id}"]`).forEach((count) => {
    count.textContent = box.value.length.toLocaleString(document.documentElement.lang || undefined);
  });
});
