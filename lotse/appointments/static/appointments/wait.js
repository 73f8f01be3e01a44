/* Waiting room: poll the queue status every few seconds (the poll is also the heartbeat). */
(function () {
  "use strict";
  var box = document.getElementById("queue");
  if (!box) { return; }
  var url = box.getAttribute("data-status-url");
  function show(id, visible) { var el = document.getElementById(id); if (el) { el.hidden = !visible; } }
  function poll() {
    fetch(url, { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        box.setAttribute("data-status", data.status);
        show("q-waiting", data.status === "waiting");
        show("q-admitted", data.status === "admitted");
        show("q-left", data.status === "left" || data.status === "unknown");
        if (data.status === "waiting") {
          document.getElementById("q-position").textContent = data.position;
          document.getElementById("q-estimate").textContent = data.estimate_minutes;
          setTimeout(poll, 3000);
        } else if (data.status === "admitted") {
          var room = document.getElementById("q-room");
          room.setAttribute("href", data.room_url);
          // Unmistakable: announced to screen readers, in the tab title, and no more
          // "keep this page open" or "Leave the queue" once let in.
          var turn = box.getAttribute("data-turn");
          var announce = document.getElementById("q-announce");
          if (announce && turn) { announce.textContent = turn; }
          if (turn && document.title.indexOf(turn) !== 0) { document.title = turn + " – " + document.title; }
          var waiting = document.getElementById("q-while-waiting");
          if (waiting) { waiting.remove(); }
          room.focus();
        }
        if (data.status !== "waiting") {
          var rest = document.getElementById("q-while-waiting");
          if (rest) { rest.remove(); }
        }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  if (box.getAttribute("data-status") === "waiting") { setTimeout(poll, 3000); }
})();
