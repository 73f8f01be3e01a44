// Installs the service worker (offline reading, /sw.js) and, on a copy it saved, says so.
(function () {
  if ("serviceWorker" in navigator) navigator.serviceWorker.register("/sw.js").catch(function () {});
  var saved = document.body.dataset.saved, note = document.getElementById("offline-note");
  if (!saved || !note) return;
  var date = new Date(saved), lang = document.documentElement.lang;
  var text = isNaN(date) ? "" : new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeStyle: "short" }).format(date);
  note.textContent = note.dataset.text.replace("{date}", text);
  note.hidden = false;
})();
