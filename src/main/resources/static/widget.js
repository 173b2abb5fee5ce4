// Loyaldesk web chat: one script tag on a shop's page gives its visitors a chat with the bot and the
// support team. No dependencies and no build step. Everything lives in a Shadow DOM, so the shop's CSS
// cannot break the chat and ours cannot leak into the shop. The contract with the server is
// helpers/chat-contract.md (GET /chat/config, /chat/stream; POST /chat/...).
(function () {
  "use strict";
  if (window.LoyaldeskChat || !window.fetch || !document.documentElement.attachShadow) { return; }

  var script = document.currentScript;
  var base = script && script.src ? script.src.replace(/\/widget\.js(?:[?#].*)?$/, "") : location.origin;
  var identity = script && script.getAttribute("data-identity") || null;

  function whoIsSigned(signed) {
    if (!signed) { return null; }
    try {
      var payload = signed.split(".")[0].replace(/-/g, "+").replace(/_/g, "/");
      var claims = JSON.parse(decodeURIComponent(escape(atob(payload))));
      return String(claims.id || "") + "|" + String(claims.email || "").toLowerCase();
    } catch (unreadable) {
      return signed; // the server refuses it anyway; an unreadable one is its own "person"
    }
  }
  var lang = (document.documentElement.lang || "").toLowerCase().indexOf("nl") === 0 ? "nl" : "en";
  var STORE = "loyaldesk-chat";
  var MAX_FILE = 10 * 1024 * 1024;
  var MAX_TEXT = 2000;
  var KEPT_LINES = 200;

  // ---- what survives a page load: who the visitor is, what they saw, what is not sent yet ----

  var saved = load();
  // A shop signs its user on every page it renders, so the token changes while the person does not: compare who
  // it names (the shop's id or email), never the signature. Another person, or none, starts afresh.
  var person = whoIsSigned(identity);
  if (saved.person !== person) { saved = { person: person }; } // another shop user: not their chat
  var visitor = saved.visitor || null;
  var token = saved.token || null;
  var last = saved.last || 0;          // highest line id received: `after` for the stream
  var seen = saved.seen || 0;          // highest line id the visitor has had in front of them
  var lines = saved.lines || [];       // the conversation so far, to show it at once after a page load
  var outbox = saved.outbox || [];     // { clientId, text } not acknowledged by the server yet
  var answered = saved.answered || {}; // "did this help" questions and surveys already answered
  var readUpTo = saved.readUpTo || 0;
  var wasOpen = !!saved.open;

  function load() {
    try { return JSON.parse(localStorage.getItem(STORE)) || {}; } catch (e) { return {}; }
  }

  function persist() {
    try {
      localStorage.setItem(STORE, JSON.stringify({ person: person, visitor: visitor, token: token, last: last,
        seen: seen, lines: lines.slice(-KEPT_LINES), outbox: outbox, answered: answered, readUpTo: readUpTo,
        open: isOpen() }));
    } catch (e) { /* private mode or full: the chat still works for this page */ }
  }

  // ---- small helpers ----

  var config = null;

  function t(key) { return config && config.texts && typeof config.texts[key] === "string" ? config.texts[key] : key; }

  // Texts with arguments are MessageFormat patterns on the server: '' stands for one apostrophe there.
  function format(key) {
    var args = Array.prototype.slice.call(arguments, 1);
    var text = t(key);
    if (!/\{\d\}/.test(text)) { return text; }
    return text.replace(/''/g, "'").replace(/\{(\d)\}/g, function (m, i) { return args[i] == null ? "" : String(args[i]); });
  }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (value == null || value === false) { return; }
      if (name === "class") { node.className = value; }
      else if (name === "text") { node.textContent = value; }
      else if (name.indexOf("on") === 0) { node.addEventListener(name.slice(2), value); }
      else { node.setAttribute(name, value === true ? "" : value); }
    });
    (children || []).forEach(function (child) { if (child) { node.appendChild(child); } });
    return node;
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) { return crypto.randomUUID(); }
    var bytes = new Uint8Array(16);
    if (window.crypto && crypto.getRandomValues) { crypto.getRandomValues(bytes); }
    else { for (var i = 0; i < 16; i++) { bytes[i] = Math.floor(Math.random() * 256); } }
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join("");
    return hex.slice(0, 8) + "-" + hex.slice(8, 12) + "-" + hex.slice(12, 16) + "-" + hex.slice(16, 20) + "-" + hex.slice(20);
  }

  // Only web links from the server become links: never javascript: or data: URLs.
  function safeUrl(url) {
    try {
      var parsed = new URL(url, base);
      return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
    } catch (e) { return null; }
  }

  function size(bytes) {
    return bytes >= 1048576 ? (bytes / 1048576).toFixed(1) + " MB" : Math.max(1, Math.round(bytes / 1024)) + " kB";
  }

  function time(at) {
    var date = at ? new Date(at) : new Date();
    return isNaN(date) ? "" : date.toLocaleTimeString(lang === "nl" ? "nl-NL" : "en-GB", { hour: "2-digit", minute: "2-digit" });
  }

  // ---- talking to the server ----

  function Problem(status, code, retryAfter) {
    this.status = status;
    this.code = code;
    this.retryAfter = retryAfter;
  }

  function request(path, options) {
    return fetch(base + path, Object.assign({ mode: "cors", credentials: "omit", cache: "no-store" }, options))
      .then(function (response) {
        if (response.ok && response.status === 204) { return null; }
        // a 200 that is not JSON is a login page or a proxy's page after a redirect: not an answer of ours
        if (response.ok && /json/.test(response.headers.get("Content-Type") || "")) { return response.json(); }
        if (response.ok) { throw new Problem(0, "not-json", 0); }
        var retryAfter = parseInt(response.headers.get("Retry-After"), 10) || 0;
        return response.json().catch(function () { return {}; }).then(function (problem) {
          throw new Problem(response.status, problem && problem.code, retryAfter);
        });
      });
  }

  function post(path, body, again) {
    return withVisitor().then(function () {
      return request(path, { method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(Object.assign({ visitor: visitor, token: token }, body || {})) });
    }).catch(function (error) {
      if (error instanceof Problem && error.code === "not-your-visitor" && !again) {
        forgetVisitor();
        return post(path, body, true);
      }
      throw error;
    });
  }

  var creating = null;

  // A visitor is made on the first open of the panel, not on every page view of the shop.
  function withVisitor() {
    if (visitor) { return Promise.resolve(); }
    if (!creating) {
      var create = function (body) {
        return request("/chat/visitors", { method: "POST", headers: { "Content-Type": "application/json" },
          body: JSON.stringify(body) });
      };
      creating = create(identity ? { identity: identity } : {}).catch(function (error) {
        if (error instanceof Problem && error.code === "invalid-identity") {
          console.warn("Loyaldesk chat: the data-identity of the script tag was refused; chatting anonymously.");
          return create({});
        }
        throw error;
      }).then(function (created) {
        visitor = created.visitor;
        token = created.token;
        persist();
        connect();
      }).finally(function () { creating = null; });
    }
    return creating;
  }

  // The server forgot this visitor (or it never was ours): start afresh, keeping what was not sent.
  function forgetVisitor() {
    visitor = null;
    token = null;
    last = 0;
    seen = 0;
    readUpTo = 0;
    readSent = 0;
    lines = [];
    answered = {};
    if (source) { source.close(); source = null; }
    Object.keys(shown).forEach(function (id) { var node = shown[id]; if (node.parentNode) { node.parentNode.removeChild(node); } });
    shown = {};
    persist();
  }

  // ---- the stream: lines, state, typing and read marks as they happen ----

  var source = null;
  var backoff = 1000;
  var reconnectTimer = null;
  var offlineTimer = null;

  function connect() {
    clearTimeout(reconnectTimer);
    if (!visitor) { return; }
    if (source) { source.close(); }
    var url = base + "/chat/stream?visitor=" + encodeURIComponent(visitor) + "&token=" + encodeURIComponent(token)
      + "&after=" + last;
    var stream = new EventSource(url);
    source = stream;
    stream.addEventListener("line", function (event) { receive(JSON.parse(event.data)); });
    stream.addEventListener("state", function (event) { changeState(JSON.parse(event.data)); });
    stream.addEventListener("typing", function (event) { agentTyping(JSON.parse(event.data)); });
    stream.addEventListener("read", function (event) { markRead(JSON.parse(event.data).upTo); });
    stream.onopen = function () {
      backoff = 1000;
      online(true);
      flush();
    };
    stream.onerror = function () {
      if (stream !== source) { return; }
      online(false);
      if (stream.readyState === EventSource.CLOSED) { reconnectLater(); }
    };
  }

  // EventSource gives up for good on an HTTP error without saying which: a plain request tells us
  // whether the visitor is unknown (make a new one), too eager (wait), or the network is just gone.
  function reconnectLater() {
    clearTimeout(reconnectTimer);
    var wait = backoff;
    backoff = Math.min(backoff * 2, 15000);
    reconnectTimer = setTimeout(function () {
      if (!visitor || (navigator.onLine === false)) { return; } // the "online" event reconnects
      var probe = window.AbortController ? new AbortController() : null;
      fetch(base + "/chat/stream?visitor=" + encodeURIComponent(visitor) + "&token=" + encodeURIComponent(token)
        + "&after=" + last, { mode: "cors", credentials: "omit", cache: "no-store", signal: probe && probe.signal })
        .then(function (response) {
          if (probe) { probe.abort(); }
          if (response.status === 403) {
            return response.json().catch(function () { return {}; }).then(function (problem) {
              if (problem.code === "not-your-visitor") {
                forgetVisitor();
                if (outbox.length || isOpen()) { withVisitor().then(flush, function () { reconnectLater(); }); }
              } else { reconnectLater(); }
            });
          }
          if (response.status === 429) {
            backoff = Math.max(backoff, (parseInt(response.headers.get("Retry-After"), 10) || 15) * 1000);
            return reconnectLater();
          }
          connect();
        }, function () { reconnectLater(); });
    }, wait);
  }

  function online(up) {
    clearTimeout(offlineTimer);
    if (up) { notice(null, "offline"); return; }
    // a reconnect takes a moment; only a lasting loss is worth saying
    offlineTimer = setTimeout(function () { notice(t("error.offline"), "offline"); }, 2500);
  }

  window.addEventListener("online", function () { backoff = 1000; if (visitor) { connect(); } flush(); });
  window.addEventListener("offline", function () { online(false); });

  // ---- sending, with retries until the server has each message ----

  var sending = false;
  var retryTimer = null;
  var retryDelay = 1000;

  function send(text) {
    var message = { clientId: uuid(), text: text };
    outbox.push(message);
    persist();
    renderPending(message);
    typing(false);
    flush();
  }

  // one message at a time, oldest first: the visitor's lines arrive in the order they were written, also when
  // some were written while the connection or the server was down
  function flush() {
    clearTimeout(retryTimer);
    var message = outbox[0];
    if (!message || sending) { return; }
    sending = true;
    post("/chat/messages", { clientId: message.clientId, text: message.text, lang: lang, page: location.href }).then(function (result) {
      sending = false;
      acknowledge(message.clientId, result && result.id);
      retryDelay = 1000;
      flush();
    }, function (error) {
      sending = false;
      if (error instanceof Problem && error.status === 400) {
        // the server will never take it: say so, keep it out of the retries, and go on with the next one
        outbox = outbox.filter(function (m) { return m.clientId !== message.clientId; });
        persist();
        failed(message.clientId, t("error.invalid-input"), null);
        flush();
        return;
      }
      failed(message.clientId, t("failed.retry"), null, true);
      if (error instanceof Problem && error.status === 429) {
        notice(t("error.too-many"), "send");
        retryDelay = Math.max(retryDelay, (error.retryAfter || 5) * 1000);
      }
      retryLater();
    });
  }

  function retryLater() {
    clearTimeout(retryTimer);
    retryTimer = setTimeout(flush, retryDelay);
    retryDelay = Math.min(retryDelay * 2, 30000);
  }

  function acknowledge(clientId, id) {
    outbox = outbox.filter(function (m) { return m.clientId !== clientId; });
    persist();
    var bubble = pending[clientId];
    if (bubble && id && !shown[id]) {
      bubble.setAttribute("data-id", id);
      shown[id] = bubble;
      setStatus(bubble, null);
      bubble.classList.remove("ld-pending", "ld-failed");
      placeInOrder(bubble, id);
    }
    notice(null, "send");
    updateRead();
  }

  function sendFile(file) {
    if (file.size > MAX_FILE) { notice(t("error.too-large"), "file"); return; }
    notice(null, "file");
    var clientId = uuid();
    renderPending({ clientId: clientId, file: file });
    var upload = function () {
      withVisitor().then(function () {
        var form = new FormData();
        form.append("visitor", visitor);
        form.append("token", token);
        form.append("clientId", clientId);
        form.append("lang", lang);
        form.append("page", location.href);
        form.append("file", file, file.name);
        return request("/chat/files", { method: "POST", body: form });
      }).then(function (result) {
        acknowledge(clientId, result && result.id);
      }, function (error) {
        var code = error instanceof Problem ? error.status : 0;
        if (code === 413) { failed(clientId, t("error.too-large"), null); return; }
        if (code === 429) { notice(t("error.too-many"), "file"); }
        failed(clientId, t("failed.retry"), function () { pendingState(clientId); upload(); });
      });
    };
    upload();
  }

  // ---- typing, both ways ----

  var typingSentAt = 0;
  var typingOn = false;

  function typing(on) {
    if (!visitor) { return; }
    var now = Date.now();
    if (on && now - typingSentAt < 3000) { return; }
    if (!on && !typingOn) { return; }
    typingSentAt = on ? now : 0;
    typingOn = on;
    post("/chat/typing", { typing: on }).catch(function () { /* a typing hint may be lost */ });
  }

  var typingTimer = null;

  function agentTyping(event) {
    clearTimeout(typingTimer);
    if (event.typing) {
      ui.typing.textContent = format("typing", event.name || "");
      ui.typing.hidden = false;
      typingTimer = setTimeout(function () { ui.typing.hidden = true; }, 8000); // a lost "false" must not keep it
    } else {
      ui.typing.hidden = true;
    }
  }

  // ---- the screen ----

  var CSS = [
    ":host{all:initial}",
    "*{box-sizing:border-box}",
    ".ld{--ld-accent:#0b6e4f;--ld-on-accent:#fff;font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;color:#1d2125;-webkit-text-size-adjust:100%}",
    "button,input,textarea{font:inherit;color:inherit}",
    "[hidden]{display:none!important}",
    ".ld-launcher{position:fixed;right:20px;bottom:calc(20px + env(safe-area-inset-bottom));z-index:2147483000;width:60px;height:60px;border-radius:50%;border:0;background:var(--ld-accent);color:var(--ld-on-accent);box-shadow:0 4px 16px rgba(0,0,0,.25);cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0}",
    ".ld-launcher:focus-visible,.ld button:focus-visible,.ld a:focus-visible{outline:3px solid #1a73e8;outline-offset:2px}",
    ".ld-launcher svg{width:28px;height:28px;fill:currentColor}",
    ".ld-badge{position:absolute;top:-4px;right:-4px;min-width:22px;height:22px;padding:0 6px;border-radius:11px;background:#c62828;color:#fff;font-size:13px;font-weight:700;line-height:22px;text-align:center;box-shadow:0 0 0 2px #fff}",
    ".ld-panel{position:fixed;right:20px;bottom:calc(92px + env(safe-area-inset-bottom));z-index:2147483001;width:380px;height:min(620px,calc(100vh - 120px));display:flex;flex-direction:column;background:#fff;border-radius:16px;box-shadow:0 12px 48px rgba(0,0,0,.28);overflow:hidden}",
    ".ld-head{display:flex;align-items:center;gap:8px;padding:14px 8px 14px 18px;background:var(--ld-accent);color:var(--ld-on-accent)}",
    ".ld-head-text{flex:1;min-width:0}",
    ".ld-title{margin:0;font-size:17px;font-weight:700;line-height:1.25;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}",
    ".ld-subtitle{margin:2px 0 0;font-size:13px;opacity:.92}",
    ".ld-head button{min-width:44px;min-height:44px;border:0;border-radius:10px;background:transparent;color:inherit;cursor:pointer;font-size:14px}",
    ".ld-head button:hover{background:rgba(255,255,255,.16)}",
    ".ld-close{font-size:26px!important;line-height:1}",
    ".ld-head .ld-end{min-height:32px;padding:4px 10px;border:1px solid rgba(255,255,255,.55);font-size:13px;white-space:nowrap}",
    ".ld-notice{margin:0;padding:8px 16px;background:#fff4e5;color:#6d3d00;font-size:14px}",
    ".ld-welcome{margin:0;padding:28px 24px 4px;background:#f5f6f7;text-align:center;font-size:17px;font-weight:600;color:#3c4043}",
    ".ld-lines{flex:1;overflow-y:auto;margin:0;padding:16px 14px 8px;list-style:none;background:#f5f6f7;overscroll-behavior:contain}",
    ".ld-line{display:flex;flex-direction:column;align-items:flex-start;margin:0 0 10px}",
    ".ld-line.ld-visitor{align-items:flex-end}",
    ".ld-bubble{max-width:85%;padding:9px 13px;border-radius:16px 16px 16px 4px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08);white-space:pre-wrap;overflow-wrap:anywhere}",
    ".ld-visitor .ld-bubble{background:var(--ld-accent);color:var(--ld-on-accent);border-radius:16px 16px 4px 16px}",
    ".ld-agent .ld-bubble{background:#e8f0fe}",
    ".ld-pending .ld-bubble{opacity:.65}",
    ".ld-failed .ld-bubble{opacity:.65;outline:2px solid #c62828}",
    ".ld-line.ld-system{align-items:center}",
    ".ld-system .ld-bubble{background:transparent;box-shadow:none;color:#5f6368;font-size:13px;text-align:center;padding:2px 8px}",
    ".ld-meta{margin:3px 6px 0;font-size:12px;color:#5f6368}",
    ".ld-status{margin:2px 6px 0;font-size:12px;color:#5f6368}",
    ".ld-status button{border:0;background:none;padding:6px 0;color:#c62828;text-decoration:underline;cursor:pointer;font-size:12px}",
    ".ld-articles{margin:6px 0 0;padding:0;list-style:none;max-width:85%;width:85%}",
    ".ld-articles li{margin:0 0 6px}",
    ".ld-articles a{display:block;padding:9px 12px;border:1px solid #dadce0;border-radius:12px;background:#fff;color:#1d2125;text-decoration:none}",
    ".ld-articles a:hover{border-color:var(--ld-accent)}",
    ".ld-articles strong{display:block;color:var(--ld-accent);font-size:14px}",
    ".ld-articles span{display:block;font-size:13px;color:#5f6368;overflow:hidden;display:-webkit-box;-webkit-line-clamp:2;-webkit-box-orient:vertical}",
    ".ld-files{margin:4px 0 0;padding:0;list-style:none}",
    ".ld-files a{color:inherit}",
    ".ld-visitor .ld-files a{color:var(--ld-on-accent)}",
    ".ld:not(.ld-state-bot) .ld-helpful{display:none}",
    ".ld-helpful{display:flex;flex-wrap:wrap;align-items:center;gap:6px;margin:6px 0 0;font-size:13px;color:#3c4043}",
    ".ld-chip{min-height:36px;padding:6px 14px;border:1px solid var(--ld-accent);border-radius:18px;background:#fff;color:var(--ld-accent);cursor:pointer;font-size:14px}",
    ".ld-chip:hover{background:var(--ld-accent);color:var(--ld-on-accent)}",
    ".ld-typing{margin:0;padding:4px 18px;font-size:13px;color:#5f6368;font-style:italic;background:#f5f6f7}",
    ".ld-extra{padding:0 14px;background:#f5f6f7}",
    ".ld-extra:empty{display:none}",
    ".ld-person{display:block;width:100%;min-height:44px;margin:0 0 10px;border:1px solid var(--ld-accent);border-radius:22px;background:#fff;color:var(--ld-accent);font-weight:600;cursor:pointer}",
    ".ld-person:hover{background:var(--ld-accent);color:var(--ld-on-accent)}",
    ".ld-card{margin:0 0 10px;padding:12px;border-radius:12px;background:#fff;box-shadow:0 1px 2px rgba(0,0,0,.08)}",
    ".ld-card p{margin:0 0 8px}",
    ".ld-card form{display:flex;flex-direction:column;gap:6px}",
    ".ld-card input{min-height:44px;padding:8px 10px;border:1px solid #bdc1c6;border-radius:10px;font-size:16px}",
    ".ld-primary{min-height:44px;padding:0 16px;border:0;border-radius:10px;background:var(--ld-accent);color:var(--ld-on-accent);font-weight:600;cursor:pointer}",
    ".ld-scale{display:flex;gap:4px}",
    ".ld-scale button{flex:1;min-width:0;min-height:44px;border:1px solid #bdc1c6;border-radius:10px;background:#fff;cursor:pointer;font-weight:600}",
    ".ld-scale button:hover{border-color:var(--ld-accent);background:var(--ld-accent);color:var(--ld-on-accent)}",
    ".ld-scale-ends{display:flex;justify-content:space-between;margin:4px 0 0;font-size:12px;color:#5f6368}",
    ".ld-compose{display:flex;align-items:flex-end;gap:6px;padding:10px 10px calc(10px + env(safe-area-inset-bottom));border-top:1px solid #e0e0e0;background:#fff}",
    ".ld-compose textarea{flex:1;min-width:0;min-height:44px;max-height:120px;padding:10px 12px;border:1px solid #bdc1c6;border-radius:22px;resize:none;font-size:16px;line-height:1.35;background:#fff}",
    ".ld-compose textarea:focus{outline:2px solid var(--ld-accent);outline-offset:-1px}",
    ".ld-icon{flex:none;width:44px;height:44px;border:0;border-radius:50%;background:transparent;color:#5f6368;cursor:pointer;display:flex;align-items:center;justify-content:center;padding:0}",
    ".ld-icon svg{width:22px;height:22px;fill:currentColor}",
    ".ld-send{background:var(--ld-accent);color:var(--ld-on-accent)}",
    ".ld-visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}",
    "@media (max-width:480px){",
    ".ld-panel{inset:0;width:100%;height:100%;border-radius:0}",
    ".ld-open .ld-launcher{display:none}",
    ".ld-launcher{right:16px;bottom:calc(16px + env(safe-area-inset-bottom))}",
    "}",
    "@media (prefers-reduced-motion:no-preference){.ld-panel{animation:ld-in .16s ease-out}@keyframes ld-in{from{opacity:0;transform:translateY(12px)}}}"
  ].join("\n");

  var ICON_CHAT = "M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2z";
  var ICON_SEND = "M3 20.5 21 12 3 3.5 3 10l12 2-12 2z";
  var ICON_CLIP = "M16.5 6.5v10a4.5 4.5 0 0 1-9 0V5a3 3 0 0 1 6 0v10.5a1.5 1.5 0 0 1-3 0V6.5H9v9a3 3 0 0 0 6 0V5a4.5 4.5 0 0 0-9 0v11.5a6 6 0 0 0 12 0v-10z";

  function icon(path) {
    var svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
    svg.setAttribute("viewBox", "0 0 24 24");
    svg.setAttribute("aria-hidden", "true");
    svg.setAttribute("focusable", "false");
    var shape = document.createElementNS("http://www.w3.org/2000/svg", "path");
    shape.setAttribute("d", path);
    svg.appendChild(shape);
    return svg;
  }

  var ui = {};
  var shown = {};    // line id → element: each line exactly once on screen
  var pending = {};  // clientId → element of a message on its way
  var state = { state: "bot" };
  var pinned = true;

  function build() {
    var host = document.createElement("div");
    host.id = "loyaldesk-chat";
    // the shop's CSS may style every div; inline !important on the host wins over it
    host.style.setProperty("all", "initial", "important");
    host.style.setProperty("display", "block", "important");
    var root = host.attachShadow({ mode: "open" });
    if (root.adoptedStyleSheets && window.CSSStyleSheet && CSSStyleSheet.prototype.replaceSync) {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS); // a constructed sheet needs no 'unsafe-inline' in the shop's CSP
      root.adoptedStyleSheets = [sheet];
    } else {
      root.appendChild(el("style", { text: CSS }));
    }
    var colour = /^#[0-9a-f]{3}(?:[0-9a-f]{3})?$/i.test(config.colour || "") ? config.colour : "#0b6e4f";

    ui.badge = el("span", { class: "ld-badge", "aria-hidden": "true", hidden: true });
    ui.launcher = el("button", { type: "button", class: "ld-launcher", "aria-label": t("launcher"), "aria-expanded": "false",
      "aria-controls": "ld-panel", onclick: toggle }, [icon(ICON_CHAT), ui.badge]);
    ui.title = el("h2", { class: "ld-title", id: "ld-title", text: config.name || t("title") });
    ui.subtitle = el("p", { class: "ld-subtitle", id: "ld-subtitle" });
    ui.end = el("button", { type: "button", class: "ld-end", text: t("end"), onclick: endChat, hidden: true });
    ui.close = el("button", { type: "button", class: "ld-close", "aria-label": t("close"), title: t("close"), text: "\u00d7",
      onclick: function () { close(true); } });
    ui.notice = el("p", { class: "ld-notice", role: "alert", hidden: true });
    ui.welcome = el("p", { class: "ld-welcome", text: t("title") });
    ui.list = el("ol", { class: "ld-lines", "aria-live": "polite", "aria-relevant": "additions", "aria-label": t("title") });
    ui.typing = el("p", { class: "ld-typing", "aria-live": "polite", hidden: true });
    ui.extra = el("div", { class: "ld-extra" });
    ui.file = el("input", { type: "file", class: "ld-visually-hidden", tabindex: "-1", "aria-hidden": "true",
      onchange: function () {
        Array.prototype.forEach.call(ui.file.files, sendFile);
        ui.file.value = "";
      } });
    ui.attach = el("button", { type: "button", class: "ld-icon ld-attach", "aria-label": t("attach"), title: t("attach"),
      onclick: function () { ui.file.click(); } }, [icon(ICON_CLIP)]);
    ui.input = el("textarea", { class: "ld-input", rows: "1", maxlength: String(MAX_TEXT), placeholder: t("placeholder"),
      "aria-label": t("placeholder"), enterkeyhint: "send" });
    ui.send = el("button", { type: "submit", class: "ld-icon ld-send", "aria-label": t("send"), title: t("send") }, [icon(ICON_SEND)]);
    ui.form = el("form", { class: "ld-compose" }, [ui.attach, ui.file, ui.input, ui.send]);
    ui.panel = el("div", { class: "ld-panel", id: "ld-panel", role: "dialog", "aria-labelledby": "ld-title",
      "aria-describedby": "ld-subtitle", hidden: true }, [
      el("div", { class: "ld-head" }, [el("div", { class: "ld-head-text" }, [ui.title, ui.subtitle]), ui.end, ui.close]),
      ui.notice, ui.welcome, ui.list, ui.typing, ui.extra, ui.form]);
    ui.root = el("div", { class: "ld", lang: lang }, [ui.panel, ui.launcher]);
    ui.root.style.setProperty("--ld-accent", colour);
    ui.root.style.setProperty("--ld-on-accent", readableOn(colour));
    root.appendChild(ui.root);

    ui.form.addEventListener("submit", function (event) {
      event.preventDefault();
      var text = ui.input.value.trim();
      if (!text) { return; }
      ui.input.value = "";
      grow();
      send(text.slice(0, MAX_TEXT));
      ui.input.focus();
    });
    ui.input.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        ui.form.requestSubmit ? ui.form.requestSubmit() : ui.form.dispatchEvent(new Event("submit", { cancelable: true }));
      }
    });
    ui.input.addEventListener("input", function () {
      grow();
      typing(ui.input.value.trim().length > 0);
    });
    ui.panel.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.stopPropagation(); close(true); }
    });
    // a notice, the typing line or a form above or below the list takes room from it: keep the newest line in view
    ui.list.addEventListener("scroll", function () {
      pinned = ui.list.scrollHeight - ui.list.scrollTop - ui.list.clientHeight < 48;
    }, { passive: true });
    if (window.ResizeObserver) { new ResizeObserver(function () { if (pinned) { scrollDown(); } }).observe(ui.list); }
    document.body.appendChild(host);

    lines.forEach(function (line) { render(line); });
    outbox.forEach(renderPending);
    changeState(state);
    markRead(readUpTo);
    if (wasOpen || openWhenBuilt) { open(openWhenBuilt); }
    countUnread();
  }

  function grow() {
    ui.input.style.height = "auto";
    ui.input.style.height = Math.min(ui.input.scrollHeight + 2, 120) + "px";
  }

  // White text on a dark brand colour, dark text on a light one.
  function readableOn(hex) {
    var full = hex.length === 4 ? "#" + hex[1] + hex[1] + hex[2] + hex[2] + hex[3] + hex[3] : hex;
    var channel = function (i) {
      var c = parseInt(full.substr(i, 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    };
    var luminance = 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
    return luminance > 0.4 ? "#1d2125" : "#ffffff";
  }

  // ---- lines ----

  function receive(line) {
    if (!line || typeof line.id !== "number") { return; }
    if (line.id > last) { last = line.id; }
    if (!lines.some(function (l) { return l.id === line.id; })) {
      lines.push(line);
      lines.sort(function (a, b) { return a.id - b.id; });
    }
    if (line.clientId) {
      outbox = outbox.filter(function (m) { return m.clientId !== line.clientId; });
    }
    if (line.author === "agent") { ui.typing.hidden = true; }
    render(line);
    showEnd();
    persist();
    if (line.author !== "visitor" && line.id > seen) {
      if (visible()) { seen = line.id; persist(); updateRead(); }
      else { countUnread(); beep(); }
    }
  }

  function render(line) {
    var mine = line.clientId && pending[line.clientId];
    var existing = shown[line.id];
    if (existing && !(existing === mine)) { return; } // shown already: a replay after a reconnect
    var node = lineNode(line);
    if (mine) {
      delete pending[line.clientId];
      mine.parentNode.replaceChild(node, mine);
    } else {
      ui.list.appendChild(node);
    }
    shown[line.id] = node;
    placeInOrder(node, line.id);
    markRead(readUpTo);
    scrollDown();
  }

  // Lines stand in the order of their ids; messages still on their way stay below them.
  function placeInOrder(node, id) {
    var children = ui.list.children;
    for (var i = 0; i < children.length; i++) {
      var other = children[i];
      if (other === node) { continue; }
      var otherId = Number(other.getAttribute("data-id"));
      if (!otherId || otherId > id) {
        if (node.nextSibling !== other) { ui.list.insertBefore(node, other); }
        return;
      }
    }
    if (node !== ui.list.lastElementChild) { ui.list.appendChild(node); }
  }

  function lineNode(line) {
    var author = ["visitor", "bot", "agent", "system"].indexOf(line.author) >= 0 ? line.author : "system";
    var item = el("li", { class: "ld-line ld-" + author, "data-id": line.id });
    var bubble = el("div", { class: "ld-bubble" });
    // a file's line says its name as text, for the agents' timeline; the link below says it already
    var onlyFileName = (line.files || []).some(function (file) { return file.name === line.text; });
    if (line.text && !onlyFileName) { bubble.appendChild(document.createTextNode(line.text)); }
    var files = (line.files || []).map(function (file) {
      var url = safeUrl(file.url);
      // our own credentials go only to our own file links, never to any other address a line might carry
      if (url && url.indexOf(base + "/chat/files/") === 0 && url.indexOf("token=") < 0 && visitor) {
        url += (url.indexOf("?") < 0 ? "?" : "&") + "visitor=" + encodeURIComponent(visitor) + "&token=" + encodeURIComponent(token);
      }
      var label = (file.name || "file") + (file.size ? " (" + size(file.size) + ")" : "");
      return el("li", {}, [url ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: label })
        : el("span", { text: label })]);
    });
    if (files.length) { bubble.appendChild(el("ul", { class: "ld-files" }, files)); }
    item.appendChild(bubble);
    if (author !== "system") {
      var who = author === "visitor" ? "" : (line.name || "");
      var when = time(line.at);
      item.appendChild(el("p", { class: "ld-meta", text: who && when ? who + " \u00b7 " + when : who || when }));
    }
    var articles = (line.articles || []).map(function (article) {
      var url = safeUrl(article.url);
      if (!url) { return null; }
      return el("li", {}, [el("a", { href: url, target: "_blank", rel: "noopener" }, [
        el("strong", { text: article.title || url }), article.snippet ? el("span", { text: article.snippet }) : null])]);
    }).filter(Boolean);
    if (articles.length) { item.appendChild(el("ul", { class: "ld-articles" }, articles)); }
    if (line.askHelpful && author === "bot" && line.helpful == null && !answered["h" + line.id]) { item.appendChild(helpful(line.id)); }
    return item;
  }

  function helpful(lineId) {
    var box = el("div", { class: "ld-helpful", role: "group" });
    var answer = function (yes) {
      return function () {
        answered["h" + lineId] = true;
        persist();
        box.textContent = t("helpful.thanks");
        post("/chat/helpful", { line: lineId, helpful: yes }).catch(function () { /* asked once; a lost answer is fine */ });
        ui.input.focus();
      };
    };
    var question = el("span", { text: t("helpful.question") });
    box.setAttribute("aria-label", t("helpful.question"));
    box.appendChild(question);
    box.appendChild(el("button", { type: "button", class: "ld-chip", text: t("helpful.yes"), onclick: answer(true) }));
    box.appendChild(el("button", { type: "button", class: "ld-chip", text: t("helpful.no"), onclick: answer(false) }));
    return box;
  }

  function renderPending(message) {
    var item = el("li", { class: "ld-line ld-visitor ld-pending", "data-client-id": message.clientId });
    var bubble = el("div", { class: "ld-bubble" });
    if (message.text) { bubble.textContent = message.text; }
    if (message.file) {
      bubble.appendChild(el("ul", { class: "ld-files" }, [el("li", { text: message.file.name + " (" + size(message.file.size) + ")" })]));
    }
    item.appendChild(bubble);
    pending[message.clientId] = item;
    ui.list.appendChild(item);
    showEnd();
    setStatus(item, t("sending"));
    scrollDown();
  }

  function setStatus(item, text, retry) {
    var status = item.querySelector(".ld-status");
    if (!text) { if (status) { item.removeChild(status); } return; }
    if (!status) { status = el("p", { class: "ld-status" }); item.appendChild(status); }
    status.textContent = "";
    if (retry) { status.appendChild(el("button", { type: "button", text: text, onclick: retry })); }
    else { status.textContent = text; }
  }

  function pendingState(clientId) {
    var item = pending[clientId];
    if (item) { item.classList.remove("ld-failed"); item.classList.add("ld-pending"); setStatus(item, t("sending")); }
  }

  // retrying: still in the outbox, retried by itself; the button only makes it sooner
  function failed(clientId, text, retry, retrying) {
    var item = pending[clientId];
    if (!item) { return; }
    item.classList.add("ld-failed");
    setStatus(item, text, retrying ? function () { retryDelay = 1000; flush(); } : retry);
  }

  function markRead(upTo) {
    if (upTo > readUpTo) { readUpTo = upTo; persist(); }
    if (!ui.list) { return; }
    // "Read" under the latest of the visitor's lines the team has seen: the ones above it are seen too
    var mark = null;
    Object.keys(shown).forEach(function (id) {
      var node = shown[id];
      var old = node.querySelector(".ld-read");
      if (old) { node.removeChild(old); }
      if (node.classList.contains("ld-visitor") && Number(id) <= readUpTo && (!mark || Number(id) > Number(mark.getAttribute("data-id")))) {
        mark = node;
      }
    });
    if (mark) { mark.appendChild(el("p", { class: "ld-status ld-read", text: t("read") })); }
  }

  function scrollDown() {
    if (ui.list) { ui.list.scrollTop = ui.list.scrollHeight; }
  }

  // ---- conversation state: bot, waiting for a person, live, by email, ended ----

  var emailSent = false;
  var extraFor = null;

  function changeState(next) {
    state = next || state;
    var subtitle = state.state === "live" ? format("subtitle.live", state.agent || "")
      : state.state === "waiting" ? t("subtitle.waiting")
      : state.state === "email" ? format("subtitle.email", state.email || "")
      : state.state === "ended" ? t("ended")
      : t("subtitle.bot");
    ui.subtitle.textContent = subtitle;
    showEnd();
    ["bot", "waiting", "live", "email", "ended"].forEach(function (name) {
      ui.root.classList.toggle("ld-state-" + name, state.state === name); // a person on it: "did this help" is moot
    });
    // rebuilt only when it changes: a state event must not wipe an address being typed
    var extra = extraKey();
    if (extra === extraFor) { return; }
    extraFor = extra;
    ui.extra.textContent = "";
    if (state.state === "bot") {
      ui.extra.appendChild(el("button", { type: "button", class: "ld-person", text: t("person"), onclick: function (event) {
        var button = event.currentTarget;
        button.disabled = true;
        post("/chat/person", { lang: lang, page: location.href }).catch(function (error) { problem(error); button.disabled = false; });
      } }));
    }
    if (state.askEmail && !emailSent) { ui.extra.appendChild(emailForm()); }
    if (state.askSurvey && !answered.survey) { ui.extra.appendChild(survey()); }
    scrollDown(); // the list just got shorter or taller
  }

  function extraKey() {
    return [state.state, !!state.askEmail && !emailSent, !!state.askSurvey && !answered.survey].join();
  }

  function showEnd() {
    ui.end.hidden = state.state === "ended" || !lines.length;
    ui.welcome.hidden = lines.length > 0 || Object.keys(pending).length > 0;
  }

  function emailForm() {
    var input = el("input", { type: "email", required: true, maxlength: "320", autocomplete: "email",
      placeholder: t("email.placeholder"), "aria-label": t("email.placeholder") });
    var error = el("p", { class: "ld-status", role: "alert", hidden: true });
    var card = el("div", { class: "ld-card ld-email" }, [el("p", { text: t("email.ask") }), el("form", {
      onsubmit: function (event) {
        event.preventDefault();
        var email = input.value.trim();
        if (!email) { return; }
        post("/chat/email", { email: email, lang: lang, page: location.href }).then(function () {
          emailSent = true;
          card.textContent = "";
          card.appendChild(el("p", { role: "status", text: t("email.thanks") }));
        }, function (failure) {
          error.hidden = false;
          error.textContent = failure instanceof Problem && failure.status === 400 ? t("error.invalid-input") : problemText(failure);
          input.setAttribute("aria-invalid", "true");
          input.focus();
        });
      } }, [input, el("button", { type: "submit", class: "ld-primary", text: t("email.send") })]), error]);
    return card;
  }

  function survey() {
    var card = el("div", { class: "ld-card ld-survey", role: "group" });
    var question = el("p", { id: "ld-survey-q", text: t("survey.question") });
    card.setAttribute("aria-labelledby", "ld-survey-q");
    var scale = el("div", { class: "ld-scale" });
    [1, 2, 3, 4, 5, 6, 7].forEach(function (score) {
      scale.appendChild(el("button", { type: "button", text: String(score),
        "aria-label": score === 1 ? "1 \u2013 " + t("survey.low") : score === 7 ? "7 \u2013 " + t("survey.high") : String(score),
        onclick: function () {
          answered.survey = true;
          persist();
          extraFor = extraKey(); // the thanks stays when the server says the question is answered
          card.textContent = "";
          card.appendChild(el("p", { role: "status", text: t("survey.thanks") }));
          post("/chat/survey", { score: score }).catch(function () { /* one click, once */ });
        } }));
    });
    card.appendChild(question);
    card.appendChild(scale);
    card.appendChild(el("div", { class: "ld-scale-ends", "aria-hidden": "true" },
      [el("span", { text: t("survey.low") }), el("span", { text: t("survey.high") })]));
    return card;
  }

  function endChat() {
    ui.end.disabled = true;
    post("/chat/end", {}).then(function () { ui.end.disabled = false; }, function (error) {
      ui.end.disabled = false;
      problem(error);
    });
  }

  // ---- notices: errors in the panel, and new replies while the visitor looks elsewhere ----

  function problemText(error) {
    var status = error instanceof Problem ? error.status : 0;
    return status === 429 ? t("error.too-many") : status === 413 ? t("error.too-large")
      : status === 400 ? t("error.invalid-input") : t("error.offline");
  }

  function problem(error) { notice(problemText(error), "action"); }

  var noticeOwner = null;
  var noticeTimer = null;

  function notice(text, owner) {
    if (!ui.notice) { return; }
    if (!text) {
      if (noticeOwner === owner) { ui.notice.hidden = true; noticeOwner = null; }
      return;
    }
    noticeOwner = owner;
    ui.notice.textContent = text;
    ui.notice.hidden = false;
    clearTimeout(noticeTimer);
    // a refusal is read once and then in the way; "no connection" stays as long as it is true
    if (owner !== "offline") { noticeTimer = setTimeout(function () { notice(null, owner); }, 8000); }
  }

  function isOpen() { return !!ui.panel && !ui.panel.hidden; }

  function visible() { return isOpen() && document.visibilityState === "visible"; }

  var pageTitle = null;
  var ourTitle = null;

  function countUnread() {
    if (!ui.badge) { return; }
    var unread = lines.filter(function (line) { return line.author !== "visitor" && line.id > seen; }).length;
    ui.badge.hidden = unread === 0;
    ui.badge.textContent = unread > 9 ? "9+" : String(unread);
    ui.launcher.setAttribute("aria-label", unread ? t("launcher") + " (" + format("new-reply", unread) + ")" : t("launcher"));
    if (document.title !== ourTitle) { pageTitle = document.title; } // the page changed its own title meanwhile
    if (unread) {
      ourTitle = format("new-reply", unread) + " \u00b7 " + pageTitle;
      document.title = ourTitle;
    } else if (ourTitle !== null) {
      if (document.title === ourTitle) { document.title = pageTitle; }
      ourTitle = null;
    }
  }

  var gesture = false;
  var audio = null;

  // Browsers only let a page make sound after the visitor did something on it.
  function noteGesture() {
    gesture = true;
    var Context = window.AudioContext || window.webkitAudioContext;
    if (Context && !audio) { try { audio = new Context(); } catch (e) { audio = null; } }
    if (audio && audio.state === "suspended") { audio.resume().catch(function () {}); }
  }
  ["pointerdown", "keydown", "touchstart"].forEach(function (type) {
    window.addEventListener(type, noteGesture, { capture: true, passive: true });
  });

  function beep() {
    if (!gesture || !audio) { return; }
    try {
      var now = audio.currentTime;
      var tone = audio.createOscillator();
      var gain = audio.createGain();
      tone.type = "sine";
      tone.frequency.setValueAtTime(880, now);
      tone.frequency.setValueAtTime(1175, now + 0.09);
      gain.gain.setValueAtTime(0.0001, now);
      gain.gain.exponentialRampToValueAtTime(0.08, now + 0.02);
      gain.gain.exponentialRampToValueAtTime(0.0001, now + 0.25);
      tone.connect(gain);
      gain.connect(audio.destination);
      tone.start(now);
      tone.stop(now + 0.26);
    } catch (e) { /* no sound then */ }
  }

  // Tell the team what the visitor has seen; and the visitor has seen what is on an open, visible panel.
  var readSent = 0;

  function updateRead() {
    if (!visible()) { return; }
    if (last > seen) { seen = last; persist(); }
    countUnread();
    if (visitor && last > readSent) {
      var upTo = last;
      readSent = upTo;
      post("/chat/read", { upTo: upTo }).catch(function () { readSent = 0; });
    }
  }

  document.addEventListener("visibilitychange", updateRead);

  // ---- open and close ----

  var opener = null;

  var openWhenBuilt = false;

  function open(focus) {
    if (!ui.panel) { openWhenBuilt = true; return; }
    if (focus !== false) { opener = document.activeElement; }
    ui.panel.hidden = false;
    ui.root.classList.add("ld-open");
    ui.launcher.setAttribute("aria-expanded", "true");
    persist();
    scrollDown();
    if (focus !== false) { ui.input.focus(); }
    withVisitor().then(function () {
      if (!source) { connect(); }
      updateRead();
      flush();
    }, function (error) { problem(error); });
  }

  function close(returnFocus) {
    if (!isOpen()) { return; }
    ui.panel.hidden = true;
    ui.root.classList.remove("ld-open");
    ui.launcher.setAttribute("aria-expanded", "false");
    typing(false);
    persist();
    if (returnFocus) { ui.launcher.focus(); }
  }

  function toggle() { if (isOpen()) { close(true); } else { open(); } }

  // ---- start: texts and colour first, then the launcher, then the stream if there is a conversation ----

  var configDelay = 1000;

  function start() {
    request("/chat/config?lang=" + lang, { method: "GET" }).then(function (loaded) {
      if (!loaded || typeof loaded.texts !== "object") { throw new Problem(0, "no-config", 0); }
      config = loaded;
    }).then(function () {
      if (!document.body) { document.addEventListener("DOMContentLoaded", start2); } else { start2(); }
    }, function () {
      setTimeout(start, configDelay);
      configDelay = Math.min(configDelay * 2, 60000);
    });
  }

  function start2() {
    build();
    if (visitor) { connect(); flush(); }
  }

  window.LoyaldeskChat = {
    open: function () { open(); },
    close: function () { close(false); }
  };

  start();
})();
