// As-you-type results for the search page; the page works without this (plain form submit).
(function () {
  "use strict";
  var form = document.querySelector("form.ask[data-api]");
  if (!form || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var box = document.getElementById("ask-results");
  var timer = null;
  var seq = 0;

  function el(tag, text, attrs) {
    var node = document.createElement(tag);
    if (text) { node.textContent = text; }
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    return node;
  }

  function render(data) {
    var list = el("ol", "", { "class": "cards ask-results" });
    data.results.forEach(function (r) {
      var a = el("a", "", { "class": "card", href: r.url });
      a.appendChild(el("strong", r.title, { lang: r.title_lang || "" }));
      if (r.snippet) {
        a.appendChild(el("span", r.snippet, { "class": "snippet", lang: r.snippet_lang || "" }));
      }
      if (r.offices.length) {
        a.appendChild(el("span", box.dataset.offices + " " +
          r.offices.map(function (o) { return o.name; }).join(", ")));
      }
      var li = el("li");
      li.appendChild(a);
      list.appendChild(li);
    });
    var parts = [];
    if (!data.good_answer && data.results.length) {
      // Weak results: the "not sure" notice with the Welcome Center's phone and e-mail first.
      var note = el("p", box.dataset.unsure, { "class": "notice ask-unsure", role: "status" });
      var fb = data.fallback || {};
      if (fb.phone) {
        note.appendChild(document.createTextNode(" "));
        note.appendChild(el("a", fb.phone, { dir: "ltr", href: "tel:" + fb.phone.replace(/ /g, "") }));
      }
      if (fb.email) {
        note.appendChild(document.createTextNode(" · "));
        note.appendChild(el("a", fb.email, { href: "mailto:" + fb.email }));
      }
      parts.push(note);
    }
    parts.push(data.results.length ? list : el("p", box.dataset.empty));
    box.replaceChildren.apply(box, parts);
  }

  function run() {
    var q = input.value.trim();
    if (q.length < 2) { return; }
    var mine = ++seq;
    var url = form.dataset.api + "?live=1&city=" + encodeURIComponent(form.dataset.city) +
      "&q=" + encodeURIComponent(q.slice(0, 1000)) +
      "&ui_lang=" + encodeURIComponent(document.documentElement.lang || "");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (res) { return res.ok ? res.json() : null; })
      .then(function (data) {
        if (data && mine === seq) {
          render(data);
          history.replaceState(null, "", "?q=" + encodeURIComponent(q));
        }
      })
      .catch(function () { /* keep the server-rendered results */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 250);
  });
})();
