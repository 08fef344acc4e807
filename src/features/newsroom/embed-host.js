/*! Parley embed.js: lets Parley iframes marked data-parley follow the height of their content.
 * <iframe src=".../?event=ID&embed=1" data-parley ...></iframe>
 * <script src=".../embed.js" async></script>
 * Message (embed to host): { type: 'parley:height', version: 1, height: <px>, id: <name|null> }
 * Heights are clamped to 80-20,000 px; negative or non-numeric heights are ignored.
 * Plain ES5, no dependencies; safe to include more than once. See src/features/newsroom/README.md. */
(function () {
  'use strict';
  // Not `if (window.ParleyEmbed)`: an element with id="ParleyEmbed" on the host page is also
  // window.ParleyEmbed (DOM clobbering), and would switch the script off.
  var existing = window.ParleyEmbed;
  if (typeof existing === 'object' && existing !== null && typeof existing.version === 'number') {
    return;
  }

  var HEIGHT = 'parley:height';
  var REQUEST = 'parley:request-height';
  var VERSION = 1;
  /** A frame is never set lower than this (it would vanish) nor higher (it would swamp the page). */
  var MIN_HEIGHT_PX = 80;
  var MAX_HEIGHT_PX = 20000;

  function frames() {
    return document.querySelectorAll('iframe[data-parley]');
  }

  /** "https://example.org" for an absolute or relative URL, default ports left out. */
  function originOf(url) {
    var a = document.createElement('a');
    a.href = url;
    var port = a.port;
    if ((a.protocol === 'http:' && port === '80') || (a.protocol === 'https:' && port === '443')) {
      port = '';
    }
    return a.protocol + '//' + a.hostname + (port ? ':' + port : '');
  }

  function isHeightMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.type === HEIGHT &&
      data.version === VERSION &&
      typeof data.height === 'number' &&
      isFinite(data.height) &&
      data.height >= 0
    );
  }

  function clampHeight(height) {
    return Math.min(MAX_HEIGHT_PX, Math.max(MIN_HEIGHT_PX, Math.ceil(height)));
  }

  function onMessage(event) {
    if (!isHeightMessage(event.data)) return;
    var list = frames();
    for (var i = 0; i < list.length; i++) {
      var frame = list[i];
      // The sender must be this very frame, showing a page from the origin its src names.
      if (frame.contentWindow !== event.source) continue;
      if (event.origin !== originOf(frame.src)) return;
      frame.style.height = clampHeight(event.data.height) + 'px';
      return;
    }
  }

  /** Asks a frame for its height, in case it posted before this script was listening. */
  function request(frame) {
    if (!frame.contentWindow) return;
    // The request carries nothing, so any origin may receive it (a frame still loading has none).
    frame.contentWindow.postMessage({ type: REQUEST, version: VERSION }, '*');
  }

  function requestAll() {
    var list = frames();
    for (var i = 0; i < list.length; i++) request(list[i]);
  }

  window.addEventListener('message', onMessage, false);
  window.ParleyEmbed = { version: VERSION, refresh: requestAll };
  requestAll();
})();
