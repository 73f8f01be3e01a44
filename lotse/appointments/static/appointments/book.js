/* Booking page: the header's language links send the form along (server-side draft), so a
   language switch keeps the chosen time, the name and the e-mail address. Without JavaScript
   the "Change language" button in the form does the same. */
(function () {
  "use strict";
  var form = document.getElementById("book-form");
  var select = document.getElementById("b-switch");
  var button = form && form.querySelector("button[name=switch_lang]");
  if (!form || !select || !button) { return; }
  document.querySelectorAll(".langs a[hreflang]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      var code = link.getAttribute("hreflang");
      if (!select.querySelector("option[value='" + code + "']")) { return; }
      event.preventDefault();
      select.value = code;
      if (form.requestSubmit) { form.requestSubmit(button); } else { button.click(); }
    });
  });
  var summary = document.getElementById("error-summary");
  if (summary) { summary.focus(); }
})();
