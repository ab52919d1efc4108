// Search suggestions as progressive enhancement: every search form works without this file.
// Each input with data-autocomplete-url (the header box on every page, the search page's own
// box) becomes an ARIA combobox (WAI-ARIA APG "list autocomplete"): typing asks
// /api/search/autocomplete/ for titles of pages the visitor may see and for concept words,
// and shows them in a listbox under the box. Arrow keys move through the options (focus
// stays in the box, aria-activedescendant names the option), Enter opens a page or searches
// for a word, Escape closes the list. Enter without a chosen option submits the form as
// always. No inline script or style: the site's Content-Security-Policy allows neither.
(function () {
  "use strict";

  var DELAY = 150; // ms of quiet typing before asking the server
  var MIN_LENGTH = 2; // the endpoint answers nothing for less

  function setUp(input, number) {
    var url = input.dataset.autocompleteUrl;
    var host = input.parentElement;
    var base = (input.id || "search-autocomplete-" + number) + "-suggestions";
    var list = document.createElement("ul");
    list.id = base;
    list.className = "autocomplete__list";
    list.setAttribute("role", "listbox");
    list.hidden = true;
    var label = input.labels && input.labels[0];
    if (label) {
      if (!label.id) { label.id = base + "-label"; }
      list.setAttribute("aria-labelledby", label.id);
    }
    var status = document.createElement("span");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    host.classList.add("autocomplete");
    host.appendChild(list);
    host.appendChild(status);

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", list.id);
    input.setAttribute("autocomplete", "off");

    var items = []; // [{kind: "page"|"term", value, url}]
    var active = -1;
    var timer = null;
    var controller = null;
    var asked = 0; // number of the latest request: older answers are dropped

    function option(index) { return document.getElementById(base + "-" + index); }

    function setActive(index) {
      var previous = option(active);
      if (previous) {
        previous.classList.remove("is-active");
        previous.setAttribute("aria-selected", "false");
      }
      active = index;
      var current = option(active);
      if (current) {
        current.classList.add("is-active");
        current.setAttribute("aria-selected", "true");
        input.setAttribute("aria-activedescendant", current.id);
        current.scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function close() {
      setActive(-1);
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
    }

    function open() {
      if (!items.length) { return; }
      // Right under the box, also when its row wraps and the button sits beside or below it.
      list.style.top = input.offsetTop + input.offsetHeight + "px";
      list.hidden = false;
      input.setAttribute("aria-expanded", "true");
    }

    function cancel() {
      window.clearTimeout(timer);
      asked += 1;
      if (controller) { controller.abort(); controller = null; }
    }

    function render(data) {
      items = [];
      var seen = {};
      (data.pages || []).forEach(function (page) {
        if (!page.title || !page.url || seen["p" + page.url]) { return; }
        seen["p" + page.url] = true;
        items.push({ kind: "page", value: page.title, url: page.url, note: page.type || "" });
      });
      (data.terms || []).forEach(function (term) {
        if (!term.term || seen["t" + term.term]) { return; }
        seen["t" + term.term] = true;
        items.push({ kind: "term", value: term.term, note: term.domain || "" });
      });
      var nodes = items.map(function (item, index) {
        var node = document.createElement("li");
        node.id = base + "-" + index;
        node.className = "autocomplete__option autocomplete__option--" + item.kind;
        node.setAttribute("role", "option");
        node.setAttribute("aria-selected", "false");
        node.dataset.index = String(index);
        var text = document.createElement("span");
        text.className = "autocomplete__text";
        text.textContent = item.value;
        node.appendChild(text);
        if (item.note) {
          var note = document.createElement("span");
          note.className = "autocomplete__note";
          note.textContent = (item.kind === "term" ? "zoekwoord, " : "") + item.note;
          node.appendChild(document.createTextNode(" "));
          node.appendChild(note);
        }
        return node;
      });
      active = -1;
      input.removeAttribute("aria-activedescendant");
      list.replaceChildren.apply(list, nodes);
      if (items.length) {
        status.textContent = items.length === 1
          ? "1 suggestie, kies met pijltje omlaag."
          : items.length + " suggesties, kies met pijltje omlaag.";
        open();
      } else {
        status.textContent = "";
        close();
      }
    }

    function ask(text) {
      cancel();
      var number = asked;
      timer = window.setTimeout(function () {
        controller = window.AbortController ? new AbortController() : null;
        var target = url + (url.indexOf("?") < 0 ? "?" : "&") + "q=" + encodeURIComponent(text);
        fetch(target, {
          signal: controller ? controller.signal : undefined,
          headers: { Accept: "application/json" },
          credentials: "same-origin",
        })
          .then(function (response) { return response.ok ? response.json() : {}; })
          .then(function (data) {
            // A slower answer to an earlier request, or the box changed meanwhile: drop it.
            if (number !== asked || input.value.trim() !== text) { return; }
            render(data);
          })
          .catch(function () { /* offline or aborted: the form still works */ });
      }, DELAY);
    }

    function choose(index) {
      var item = items[index];
      if (!item) { return; }
      close();
      cancel();
      if (item.kind === "page") {
        window.location.assign(item.url);
        return;
      }
      input.value = item.value;
      var form = input.form;
      if (!form) { return; }
      if (form.requestSubmit) { form.requestSubmit(); } else { form.submit(); }
    }

    input.addEventListener("input", function () {
      var text = input.value.trim();
      if (text.length < MIN_LENGTH) {
        cancel();
        items = [];
        list.replaceChildren();
        status.textContent = "";
        close();
        return;
      }
      ask(text);
    });

    input.addEventListener("keydown", function (event) {
      if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) { return; }
      var expanded = !list.hidden;
      switch (event.key) {
        case "ArrowDown":
          if (!items.length) { return; }
          event.preventDefault();
          if (!expanded) { open(); setActive(0); return; }
          setActive(active + 1 < items.length ? active + 1 : 0);
          break;
        case "ArrowUp":
          if (!items.length) { return; }
          event.preventDefault();
          if (!expanded) { open(); setActive(items.length - 1); return; }
          // From the first option back to the box itself.
          setActive(active > 0 ? active - 1 : (active === 0 ? -1 : items.length - 1));
          break;
        case "Enter":
          // Only a chosen option takes Enter over; otherwise the form submits as usual.
          if (expanded && active >= 0) {
            event.preventDefault();
            choose(active);
          } else {
            close();
          }
          break;
        case "Escape":
          // An open list closes first; a second Escape is the browser's (clears the box).
          if (expanded) {
            event.preventDefault();
            close();
          }
          break;
        case "Tab":
          close();
          break;
      }
    });

    list.addEventListener("mousedown", function (event) {
      event.preventDefault(); // keep the focus (and the list) in the box
    });
    list.addEventListener("click", function (event) {
      var node = event.target.closest("[role=option]");
      if (node) { choose(Number(node.dataset.index)); }
    });
    input.addEventListener("blur", close);
    if (input.form) {
      input.form.addEventListener("submit", function () { cancel(); close(); });
    }
    // Back from a chosen page: the restored page shows no stale open list.
    window.addEventListener("pageshow", close);
  }

  function start() {
    if (!window.fetch) { return; }
    var inputs = document.querySelectorAll("input[data-autocomplete-url]");
    Array.prototype.forEach.call(inputs, setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
