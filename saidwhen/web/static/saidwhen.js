// saidwhen: small niceties only; every page works without this file.
// On an article, pointing at a piece of a quote lights up the whole quote, its cue and speaker.
(function () {
  "use strict";
  var text = document.querySelector(".article-text");
  if (!text) return;
  function light(index, on) {
    var pieces = text.querySelectorAll('[data-q="' + index + '"]');
    for (var i = 0; i < pieces.length; i++) pieces[i].classList.toggle("lit", on);
  }
  ["mouseover", "focusin"].forEach(function (kind) {
    text.addEventListener(kind, function (event) {
      var piece = event.target.closest("[data-q]");
      if (piece) light(piece.getAttribute("data-q"), true);
    });
  });
  ["mouseout", "focusout"].forEach(function (kind) {
    text.addEventListener(kind, function (event) {
      var piece = event.target.closest("[data-q]");
      if (piece) light(piece.getAttribute("data-q"), false);
    });
  });
})();
