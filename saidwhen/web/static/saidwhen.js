// saidwhen: small niceties only; every page works without this file.
// On a quotation, "Copy citation" puts the citation's text on the clipboard (the text is on
// the page for copying by hand too; the button shows only where this script runs).
(function () {
  "use strict";
  var buttons = document.querySelectorAll("button[data-copy]");
  for (var i = 0; i < buttons.length; i++) {
    var button = buttons[i];
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener("click", function (event) {
      var target = event.currentTarget;
      var text = document.getElementById(target.getAttribute("data-copy")).textContent.trim();
      var status = target.parentNode.querySelector(".copy-status");
      navigator.clipboard.writeText(text).then(function () {
        if (status) status.textContent = "Copied.";
      }, function () {
        if (status) status.textContent = "Could not copy: select the text above instead.";
      });
    });
  }
})();
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
