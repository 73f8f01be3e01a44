/* Staff virtual office: keep presence fresh, show how many people wait, and reload the list
   of who waits when it changes. */
(function () {
  "use strict";
  var box = document.getElementById("staff-queue");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  var shown = box.getAttribute("data-ids") || "";
  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (typeof data.waiting === "number") { document.getElementById("waiting").textContent = data.waiting; }
        if (data.ids && data.ids.join(",") !== shown) { window.location.reload(); return; }
        setTimeout(poll, 5000);
      })
      .catch(function () { setTimeout(poll, 10000); });
  }
  setTimeout(poll, 5000);
})();
