// Socle's service worker (docs/offline.md): keeps the application shell and the offline service-entry pages, and
// sends the services recorded offline when the browser says the connection is back (Background Sync).
// Workbox and idb are bundled at build time (package.json, copied into /js/offline/vendor/): no CDN.
importScripts('/js/offline/vendor/workbox-sw.js');
workbox.setConfig({ modulePathPrefix: '/js/offline/vendor/', debug: false });
importScripts('/js/offline/vendor/umd.js', '/js/offline/store.js');

// Each time the browser starts the worker (for a page, a fetch, a background sync), as every page does: after the
// configured days without a login the device forgets what it keeps.
SocleOffline.wipeIfExpired().catch(function () { /* the next page checks again */ });

// The shell at install; the offline page adds the webjar files it links, whose addresses carry their version.
var SHELL = SocleOffline.SHELL;
var SHELL_FILES = [
  '/css/socle.css', '/js/socle.js', '/js/offline/vendor/umd.js', '/js/offline/store.js', '/js/offline/status.js',
  '/js/offline/entry.js', '/js/service-entry.js', '/img/icon-192.png'
];

// Only what the server answered itself: never a login page a lapsed session was redirected to, never an error.
var onlyOk = {
  cacheWillUpdate: async function (args) {
    return args.response && args.response.status === 200 && !args.response.redirected ? args.response : null;
  }
};

// Workbox loads its modules on first use: use them here, while the worker starts (importScripts is refused later).
var NetworkFirst = workbox.strategies.NetworkFirst;
var StaleWhileRevalidate = workbox.strategies.StaleWhileRevalidate;

workbox.routing.registerRoute(
  function (options) {
    return options.request.mode === 'navigate' && /^\/establishments\/\d+\/services\/offline$/.test(options.url.pathname);
  },
  new NetworkFirst({ cacheName: SocleOffline.PAGES, networkTimeoutSeconds: 5, plugins: [onlyOk],
    matchOptions: { ignoreSearch: true } }));

workbox.routing.registerRoute(
  function (options) {
    return options.url.origin === self.location.origin && /^\/(webjars|css|js|img)\//.test(options.url.pathname);
  },
  new StaleWhileRevalidate({ cacheName: SHELL, plugins: [onlyOk] }));

self.addEventListener('install', function (event) {
  event.waitUntil(caches.open(SHELL).then(function (cache) { return cache.addAll(SHELL_FILES); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) { return name.indexOf('socle-shell-') === 0 && name !== SHELL; })
      .map(function (name) { return caches.delete(name); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener('sync', function (event) {
  if (event.tag === 'socle-sync') {
    event.waitUntil(SocleOffline.sync().then(function (outcome) {
      if (outcome === 'offline') {
        throw new Error('still offline: the browser retries later');
      }
    }));
  }
});
