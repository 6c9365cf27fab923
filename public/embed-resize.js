/*
 * Optional helper for pages that embed views of "Nagorno-Karabakh 2023, explained".
 * Add <script src="https://SITE/embed-resize.js" defer></script> once on the host page: every
 * iframe of an embed then takes the height its content reports. Without it, the iframes keep
 * the height given in their code, which the embeds are designed for.
 */
(function () {
  var script = document.currentScript;
  var origin = script ? new URL(script.src, location.href).origin : null;
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'nk-explainer:resize' || typeof data.height !== 'number') return;
    if (origin && event.origin !== origin) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(5000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
