// translate/offline.js: the workbench's service worker. A workbench page a translator has opened once, with the
// stylesheets, scripts and fonts it needs, keeps opening without a connection (on http and https, where browsers
// allow a worker; the offline copy opened from file:// needs none). Its scope is translate/: no other page of the site
// goes through it. The network comes first, so an edition published since is what a connected translator sees.
(function () {
  "use strict";
  var CACHE = "workbench";
  // The site's root, from this file's place (translate/offline.js), so the site works the same from a sub-path.
  var ROOT = new URL("../", self.location.href).href;
  // The build writes the assets' addresses here, from the one list of the site's addresses (Model/Urls).
  var ASSETS = /*ASSETS*/[];

  self.addEventListener("install", function (e) {
    // One by one: an asset the build did not write (a build without the font) must not keep the rest out.
    e.waitUntil(caches.open(CACHE).then(function (cache) {
      return Promise.all(ASSETS.map(function (a) { return cache.add(ROOT + a).catch(function () { }); }));
    }).then(function () { return self.skipWaiting(); }));
  });

  self.addEventListener("activate", function (e) { e.waitUntil(self.clients.claim()); });

  self.addEventListener("fetch", function (e) {
    var r = e.request;
    if (r.method !== "GET" || r.url.indexOf(ROOT) !== 0 || (r.headers.get("accept") || "").indexOf("text/event-stream") >= 0) return;
    e.respondWith(fetch(r).then(function (response) {
      if (response.ok && response.type === "basic") {
        var copy = response.clone();
        e.waitUntil(caches.open(CACHE).then(function (cache) { return cache.put(r, copy); }));
      }
      return response;
    }, function (offline) {
      return caches.match(r, { ignoreSearch: true }).then(function (kept) { if (kept) return kept; throw offline; });
    }));
  });
})();
