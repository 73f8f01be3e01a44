// Plan page: save a tick as soon as it changes (the form's button still works without JS).
(function () {
  "use strict";
  var form = document.querySelector(".plan-form");
  if (!form || !window.fetch || !window.FormData) return;
  var status = form.querySelector(".save-status");
  form.addEventListener("change", function (event) {
    var box = event.target;
    if (!box || box.name !== "done") return;
    var item = box.closest(".step");
    if (item) item.classList.toggle("is-done", box.checked);
    // The outcome is also said next to the tick itself: a tick that could not be saved
    // (offline) must not look saved, and the page's own status may be far below.
    var here = document.getElementById(box.id + "-status");
    if (here) { here.textContent = ""; here.classList.remove("error"); }
    status.textContent = form.dataset.saving;
    fetch(form.action || window.location.pathname, {
      method: "POST",
      body: new FormData(form),
      headers: { Accept: "application/json" },
      credentials: "same-origin"
    }).then(function (response) {
      if (!response.ok) throw new Error(response.status);
      status.textContent = form.dataset.saved;
      form.dataset.lastSaved = String(Date.now());
    }).catch(function () {
      status.textContent = form.dataset.failed;
      if (here) { here.textContent = form.dataset.failed; here.classList.add("error"); }
      box.setAttribute("aria-describedby", box.id + "-status");
    });
  });
})();
