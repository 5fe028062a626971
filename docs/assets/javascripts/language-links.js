/*
 * Language links: Material requests "<alternate page>/sitemap.xml" for every hreflang link to remap its language
 * switcher at run time. Each page here already links its own translation (hooks/language_links.py), so those
 * requests could only fail: a 404 in the console on a web server, a blocked request from a file share. This
 * script, loaded before Material's bundle, leaves them unsent; Material then lets the links work as written.
 */
(function () {
  "use strict";
  var open = XMLHttpRequest.prototype.open;
  var send = XMLHttpRequest.prototype.send;
  var skipped = new WeakSet();

  /** True for the sitemap lookups Material makes beside alternate links. */
  function isAlternateSitemap(url) {
    return /\/sitemap\.xml$/.test(String(url).split(/[?#]/)[0]);
  }

  XMLHttpRequest.prototype.open = function (method, url) {
    if (isAlternateSitemap(url)) skipped.add(this);
    return open.apply(this, arguments);
  };
  XMLHttpRequest.prototype.send = function () {
    if (skipped.has(this)) return undefined; // never completes: Material keeps the plain links
    return send.apply(this, arguments);
  };
})();
