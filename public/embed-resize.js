/*
 * Optional helper for pages that embed views of "Nagorno-Karabakh 2023, explained".
 * Load it once on the host page from the site that serves the embeds, as a script element with
 * src="https://SITE/embed-resize.js" and defer; or paste this file inline, into a script
 * element that names that site: data-origin="https://SITE". (The file holds no closing script
 * tag, so it can be pasted as it is.)
 * Every iframe of an embed from that site then takes the height its content reports. Messages
 * from any other origin are ignored, and so is everything when the site cannot be known (a
 * bundled or module copy without data-origin): the helper then does nothing. Without it, the
 * iframes keep the height given in their code, which the embeds are designed for.
 */
(function () {
  var script = document.currentScript;
  var origin = null;
  try {
    var named = script && script.getAttribute('data-origin');
    if (named) origin = new URL(named).origin;
    else if (script && script.src) origin = new URL(script.src, location.href).origin;
  } catch (error) {
    origin = null;
  }
  if (!origin || origin === 'null' || !/^https?:/.test(origin)) {
    if (window.console) console.warn('embed-resize.js: the embeds\u2019 site is unknown (load this file by its address, or give data-origin); iframes keep their height.');
    return;
  }
  window.addEventListener('message', function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== 'nk-explainer:resize' || typeof data.height !== 'number' || !isFinite(data.height)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(100, Math.min(5000, Math.round(data.height))) + 'px';
      }
    }
  });
})();
