// The main menu is collapsed on phones and at high zoom; on wide screens it is shown open.
(function () {
  var menu = document.querySelector("details.menu");
  if (!menu || !window.matchMedia) return;
  var wide = window.matchMedia("(min-width: 48rem)");
  function fit() {
    menu.open = wide.matches;
    menu.classList.toggle("menu-wide", wide.matches);
  }
  fit();
  wide.addEventListener("change", fit);
})();
