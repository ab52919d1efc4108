// Search suggestions as progressive enhancement: the search form works without this file.
// It fills a native <datalist> for the search field from /api/search/autocomplete/, so the
// browser's own accessible suggestion list shows page titles and the words of each domain.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var input = document.querySelector("input[data-autocomplete-url]");
    if (!input || !window.fetch) { return; }
    var list = document.createElement("datalist");
    list.id = input.id + "-suggestions";
    input.insertAdjacentElement("afterend", list);
    input.setAttribute("list", list.id);
    var timer = null;
    var controller = null;
    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      var text = input.value.trim();
      if (text.length < 2) { list.replaceChildren(); return; }
      timer = window.setTimeout(function () {
        if (controller) { controller.abort(); }
        controller = new AbortController();
        var url = input.dataset.autocompleteUrl + "?q=" + encodeURIComponent(text);
        fetch(url, { signal: controller.signal, headers: { Accept: "application/json" } })
          .then(function (response) { return response.ok ? response.json() : { pages: [], terms: [] }; })
          .then(function (data) {
            var options = [];
            var seen = {};
            data.terms.concat(data.pages).forEach(function (item) {
              var value = item.term || item.title;
              if (seen[value]) { return; }
              seen[value] = true;
              var option = document.createElement("option");
              option.value = value;
              option.label = item.domain || item.type || "";
              options.push(option);
            });
            list.replaceChildren.apply(list, options);
          })
          .catch(function () { /* offline or aborted: the form still works */ });
      }, 200);
    });
  });
})();
