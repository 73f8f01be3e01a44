// Read-aloud button: reads the page's main content with the browser's own speech synthesis.
// Progressive enhancement: the button stays hidden unless the browser has a voice for the
// page's language. Phone numbers are read digit by digit, the way people say them.
(function () {
  "use strict";
  var synth = window.speechSynthesis;
  var button = document.querySelector("[data-read-aloud]");
  if (!synth || !button || !window.SpeechSynthesisUtterance) return;
  var lang = (document.documentElement.lang || "").toLowerCase();
  var readLabel = button.textContent;
  var stopLabel = button.getAttribute("data-stop-label") || readLabel;
  var voice = null;
  var PHONE = /(?:\+|\b0)\d[\d \/-]{5,}\d/g;
  var BLOCKS = "h1,h2,h3,p,li,dt,dd,th,td,summary";
  var SKIP = "nav,button,script,.read-aloud,.crumbs,.sources,[data-no-read],[aria-hidden=true]";

  function digits(number) {
    return number.replace(/\D/g, "").split("").join(" ");
  }

  function textOf(element) {
    var parts = [];
    element.childNodes.forEach(function (node) {
      if (node.nodeType === 3) {
        parts.push(node.nodeValue.replace(PHONE, digits));
      } else if (node.nodeType === 1 && !node.matches(SKIP) && !node.matches(BLOCKS)) {
        var href = node.getAttribute("href") || "";
        parts.push(href.indexOf("tel:") === 0 ? digits(href) : textOf(node));
      }
    });
    return parts.join("").replace(/\s+/g, " ").trim();
  }

  function chunks() {
    var main = document.getElementById("main");
    if (!main) return [];
    var result = [];
    main.querySelectorAll(BLOCKS).forEach(function (element) {
      if (element.closest(SKIP) || element.closest("[hidden]")) return;
      var text = textOf(element);
      if (text) result.push({ text: text, lang: (element.closest("[lang]") || {}).lang || lang });
    });
    return result;
  }

  function findVoice(code) {
    var voices = synth.getVoices() || [];
    for (var i = 0; i < voices.length; i++) {
      if ((voices[i].lang || "").toLowerCase().replace("_", "-").split("-")[0] === code) {
        return voices[i];
      }
    }
    return null;
  }

  function setup() {
    voice = findVoice(lang.split("-")[0]);
    if (voice) button.parentNode.hidden = false;
  }

  function stop() {
    synth.cancel();
    button.textContent = readLabel;
    button.setAttribute("aria-pressed", "false");
  }

  button.addEventListener("click", function () {
    if (synth.speaking) {
      stop();
      return;
    }
    var items = chunks();
    button.textContent = stopLabel;
    button.setAttribute("aria-pressed", "true");
    items.forEach(function (item, index) {
      var utterance = new window.SpeechSynthesisUtterance(item.text);
      var own = item.lang.split("-")[0] === lang.split("-")[0] ? voice : findVoice(item.lang);
      utterance.lang = item.lang;
      if (own) utterance.voice = own;
      if (index === items.length - 1) utterance.onend = stop;
      synth.speak(utterance);
    });
  });

  setup();
  if (!voice && "onvoiceschanged" in synth) synth.addEventListener("voiceschanged", setup);
  window.addEventListener("pagehide", function () { synth.cancel(); });
})();
