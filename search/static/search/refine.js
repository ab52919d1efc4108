// The search page's facets sit behind a "Verfijnen" toggle (a native <details>), so that on
// a phone the first result is on the first screen. On a wide screen, where the facets have
// a column of their own, this opens the toggle. Without JavaScript the toggle just works.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var refine = document.querySelector("details.search-refine");
    if (refine && window.matchMedia && window.matchMedia("(min-width: 52rem)").matches) {
      refine.open = true;
    }
  });
})();
