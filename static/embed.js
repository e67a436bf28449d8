/*! Host script for the SIP 2023 report-card explainer embeds. Include once per page:
 *  <script src="https://EXPLAINER-SITE/embed.js" async></script>
 * It sizes every explainer iframe on the page to its content. It trusts only messages
 * that come from the explainer's own origin and from the very frame they resize.
 * It also lets the host page switch an embed's theme:
 *   SIPExplainer.setTheme(iframe, 'dark');   // 'light', 'dark' or 'auto'
 * which sends the frame exactly { type: 'sip-explainer:theme', theme: 'dark' }, to the
 * explainer's origin only. The embed accepts that message from its parent page alone. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || window.__sipExplainerEmbed) return;
  window.__sipExplainerEmbed = true;
  var ORIGIN = new URL(script.src, location.href).origin;

  function heightOf(data) {
    if (!data || typeof data !== 'object') return null;
    var ours = data.type === 'sip-explainer:height';
    var amp = data.sentinel === 'amp' && data.type === 'embed-size';
    if (!ours && !amp) return null;
    var h = Number(data.height);
    return isFinite(h) && h > 0 && h < 100000 ? Math.ceil(h) : null;
  }

  window.SIPExplainer = {
    setTheme: function (iframe, theme) {
      if (!iframe || !iframe.contentWindow || !/^(light|dark|auto)$/.test(theme)) return false;
      iframe.contentWindow.postMessage({ type: 'sip-explainer:theme', theme: theme }, ORIGIN);
      return true;
    },
  };

  window.addEventListener('message', function (event) {
    if (event.origin !== ORIGIN) return;
    var height = heightOf(event.data);
    if (height === null) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = height + 'px';
        frames[i].setAttribute('scrolling', 'no');
        return;
      }
    }
  });
})();
