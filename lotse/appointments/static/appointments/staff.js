/* Staff virtual office: keep presence fresh and show how many people wait. */
(function () {
  "use strict";
  var box = document.getElementById("staff-queue");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (typeof data.waiting === "number") { document.getElementById("waiting").textContent = data.waiting; }
        setTimeout(poll, 5000);
      })
      .catch(function () { setTimeout(poll, 10000); });
  }
  setTimeout(poll, 5000);
})();
