// The help centre: suggestions while a customer types a question in the contact form, and
// Escape to close the results under the search box. No inline scripts (the CSP forbids them).
(function () {
  "use strict";
  function debounce(fn, ms) {
    let timer;
    return function () { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }
  document.addEventListener("DOMContentLoaded", function () {
    const question = document.querySelector("textarea[data-suggest]");
    const target = document.getElementById("contact-suggestions");
    if (question && target && window.htmx) {
      question.addEventListener("input", debounce(function () {
        const text = question.value.trim();
        if (text.length < 4) { target.innerHTML = ""; return; }
        htmx.ajax("GET", question.dataset.suggest + "?question=true&q=" + encodeURIComponent(text.slice(-400)), { target: target, swap: "innerHTML" });
      }, 400));
    }
    const box = document.getElementById("help-q");
    const list = document.getElementById("help-suggestions");
    if (box && list) {
      box.addEventListener("keydown", function (event) {
        if (event.key === "Escape") { list.innerHTML = ""; }
      });
    }
  });
})();
