// Loyaldesk's browser code: small, dependency-free besides htmx, and every page works without it.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  const meta = (name) => document.querySelector('meta[name="' + name + '"]')?.content;
  const csrfHeader = meta("csrf-header");
  const csrfToken = meta("csrf-token");

  function post(url, params) {
    const headers = { "Content-Type": "application/x-www-form-urlencoded" };
    if (csrfHeader) headers[csrfHeader] = csrfToken;
    return fetch(url, { method: "POST", headers, body: new URLSearchParams(params), credentials: "same-origin" });
  }

  function debounce(fn, ms) {
    let timer;
    return () => { clearTimeout(timer); timer = setTimeout(fn, ms); };
  }

  document.addEventListener("htmx:configRequest", (event) => {
    if (csrfHeader) event.detail.headers[csrfHeader] = csrfToken;
  });

  document.addEventListener("DOMContentLoaded", () => {
    // filters apply as soon as they change
    document.querySelectorAll("select[data-autosubmit]").forEach((select) =>
      select.addEventListener("change", () => select.form.submit()));

    // switching language keeps the filters and page the agent is on
    document.querySelectorAll("a[data-keep-query]").forEach((link) => link.addEventListener("click", (event) => {
      const target = new URL(link.href, location.href);
      const here = new URL(location.href);
      here.searchParams.set("lang", target.searchParams.get("lang"));
      event.preventDefault();
      location.href = here.toString();
    }));

    setUpTabs();
    setUpLive();
    setUpPresence();
    scrollTimelineToEnd();
  });

  function setUpTabs() {
    const tabs = document.querySelectorAll(".tab[data-tab]");
    const show = (id) => tabs.forEach((tab) => {
      const active = tab.dataset.tab === id;
      tab.classList.toggle("active", active);
      tab.setAttribute("aria-selected", String(active));
      document.getElementById(tab.dataset.tab).hidden = !active;
    });
    tabs.forEach((tab) => tab.addEventListener("click", () => show(tab.dataset.tab)));
    if (tabs.length) show(tabs[0].dataset.tab);
  }

  // Server-Sent Events say *that* something changed; htmx fetches the fresh fragment.
  function setUpLive() {
    const holder = document.querySelector("[data-live]");
    if (!holder || !window.EventSource) return;
    const source = new EventSource(holder.dataset.live);
    const refreshInbox = debounce(() => htmx.trigger("#inbox-list", "live-refresh"), 1200);
    const refreshConversation = debounce(() => {
      htmx.trigger("#timeline", "live-refresh");
      refreshWorkPanel();
    }, 300);
    source.addEventListener("inbox", refreshInbox);
    source.addEventListener("conversation", refreshConversation);
    source.addEventListener("presence", () => htmx.trigger("#presence", "live-presence"));
    source.addEventListener("panels", debounce(refreshPanels, 300));
    window.addEventListener("pagehide", () => source.close());
  }

  // Panels of other modules (the signals) change when they have read a new message, after the timeline did.
  function refreshPanels() {
    document.querySelectorAll("[data-live-panel][id]").forEach((panel) => htmx.ajax("GET", location.pathname,
      { target: "#" + panel.id, select: "#" + panel.id, swap: "outerHTML" }));
    htmx.ajax("GET", location.pathname, { target: "#conversation-meta", select: "#conversation-meta", swap: "outerHTML" });
  }

  // The header and the work panel show status and assignment, and the panel holds the version the agent's next
  // change is based on: refresh both, but leave the panel alone while the agent is editing in it.
  function refreshWorkPanel() {
    htmx.ajax("GET", location.pathname, { target: "#conversation-meta", select: "#conversation-meta", swap: "outerHTML" });
    const work = document.getElementById("work");
    if (!work || work.contains(document.activeElement) || work.querySelector("textarea")?.value) return;
    htmx.ajax("GET", location.pathname, { target: "#work", select: "#work", swap: "outerHTML" });
  }

  function setUpPresence() {
    const holder = document.querySelector("[data-presence]");
    if (!holder) return;
    const url = holder.dataset.presence;
    post(url, { typing: false });
    setInterval(() => post(url, { typing: false }), 10000);
    let lastTyping = 0;
    document.querySelectorAll("textarea[data-typing]").forEach((area) => area.addEventListener("input", () => {
      if (Date.now() - lastTyping > 2500) {
        lastTyping = Date.now();
        post(url, { typing: true });
      }
    }));
    window.addEventListener("pagehide", () => {
      const data = new FormData();
      data.append("leaving", "true");
      if (meta("csrf-param")) data.append(meta("csrf-param"), csrfToken);
      navigator.sendBeacon(url, data);
    });
  }

  function scrollTimelineToEnd() {
    const timeline = document.getElementById("timeline");
    if (!timeline) return;
    const last = timeline.querySelector(".entry:last-child");
    if (last && !location.hash) last.scrollIntoView({ block: "end" });
    document.addEventListener("htmx:afterSwap", (event) => {
      if (event.detail.target.id === "timeline") {
        event.detail.target.querySelector(".entry:last-child")?.scrollIntoView({ block: "end", behavior: "smooth" });
      }
    });
  }
})();
