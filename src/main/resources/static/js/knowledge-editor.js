// The article editor: a small rich-text editor over the body's textarea. Without JavaScript the
// textarea itself is the editor (HTML source); with it, the text is edited as it will look and
// copied back into the textarea on submit. The server cleans whatever arrives either way.
(function () {
  "use strict";

  // never put into the editable area, even for a moment: the server removes them anyway
  const DROPPED = "script, style, iframe, frame, frameset, object, embed, link, meta, base, form, input, button, textarea, select";

  // Parsing in a separate document runs nothing and loads nothing; what is left is imported.
  function inert(html) {
    const doc = new DOMParser().parseFromString("<body>" + html + "</body>", "text/html");
    doc.body.querySelectorAll(DROPPED).forEach((node) => node.remove());
    doc.body.querySelectorAll("*").forEach((element) => {
      Array.from(element.attributes).forEach((attribute) => {
        const name = attribute.name.toLowerCase();
        const value = attribute.value.replace(/[\s\u0000-\u001f]/g, "").toLowerCase();
        if (name.startsWith("on") || ((name === "href" || name === "src" || name === "xlink:href")
            && (value.startsWith("javascript:") || value.startsWith("vbscript:") || value.startsWith("data:text")))) {
          element.removeAttribute(attribute.name);
        }
      });
    });
    return doc.body;
  }

  function fill(visual, html) {
    const body = inert(html);
    visual.replaceChildren(...Array.from(body.childNodes).map((node) => document.importNode(node, true)));
  }

  function setUp(editor) {
    const toolbar = editor.querySelector(".kb-toolbar");
    const visual = editor.querySelector(".kb-visual");
    const source = editor.querySelector("textarea.kb-source");
    const toggle = editor.querySelector("[data-source-toggle]");
    if (!toolbar || !visual || !source || typeof document.execCommand !== "function") return;
    let editingSource = false;

    function showVisual() {
      fill(visual, source.value);
      visual.hidden = false;
      source.hidden = true;
      editingSource = false;
      toggle.setAttribute("aria-pressed", "false");
      toolbar.querySelectorAll("[data-command]").forEach((button) => { button.disabled = false; });
    }

    function showSource() {
      source.value = visual.innerHTML;
      source.hidden = false;
      visual.hidden = true;
      editingSource = true;
      toggle.setAttribute("aria-pressed", "true");
      toolbar.querySelectorAll("[data-command]").forEach((button) => { button.disabled = true; });
    }

    function run(command) {
      visual.focus();
      switch (command) {
        case "heading":
          document.execCommand("formatBlock", false, "<h2>");
          break;
        case "paragraph":
          document.execCommand("formatBlock", false, "<p>");
          break;
        case "link": {
          const address = window.prompt(editor.dataset.linkPrompt || "URL", "https://");
          if (address && /^(https?:|mailto:|\/)/i.test(address.trim())) {
            document.execCommand("createLink", false, address.trim());
          }
          break;
        }
        default:
          document.execCommand(command, false, null);
      }
    }

    toolbar.hidden = false;
    document.execCommand("defaultParagraphSeparator", false, "p");
    // keep the selection in the text when a toolbar button is pressed
    toolbar.addEventListener("mousedown", (event) => {
      if (event.target.closest("[data-command]")) event.preventDefault();
    });
    toolbar.addEventListener("click", (event) => {
      const button = event.target.closest("button");
      if (!button) return;
      if (button.hasAttribute("data-source-toggle")) {
        if (editingSource) showVisual(); else showSource();
      } else if (button.dataset.command) {
        run(button.dataset.command);
      }
    });
    source.form.addEventListener("submit", () => {
      if (!editingSource) source.value = visual.innerHTML;
    });
    showVisual();
  }

  document.addEventListener("DOMContentLoaded", () =>
    document.querySelectorAll("[data-kb-editor]").forEach(setUp));
})();
