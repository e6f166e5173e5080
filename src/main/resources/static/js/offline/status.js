// On every page (docs/offline.md): registers the service worker, keeps the navbar's online/offline indicator and
// count of records waiting, sends what waits when the connection returns, and wipes the device's data on logout,
// when another user logs in, and after the configured number of days without login.
(function () {
  'use strict';
  var offline = self.SocleOffline;
  var indicator = document.getElementById('offline-indicator');
  var cachedPage = document.querySelector('[data-offline-page]');
  var logout = document.querySelector('form[data-logout]');
  var user = logout ? logout.dataset.user : null;

  function render() {
    if (!indicator) {
      return Promise.resolve();
    }
    return offline.counts().then(function (counts) {
      var online = navigator.onLine;
      indicator.querySelector('[data-online-text]').textContent = online ? indicator.dataset.online
        : indicator.dataset.offline;
      indicator.querySelector('[data-dot]').className = 'offline-dot ' + (online ? 'is-online' : 'is-offline');
      var waiting = indicator.querySelector('[data-waiting]');
      waiting.hidden = counts.waiting === 0;
      waiting.querySelector('bdi').textContent = counts.waiting;
      var attention = indicator.querySelector('[data-attention]');
      attention.hidden = counts.attention === 0;
      attention.querySelector('bdi').textContent = counts.attention;
      indicator.hidden = false;
      return offline.exists() ? offline.meta('lastEstablishment') : null;
    }).then(function (id) {
      var link = indicator.querySelector('a');
      if (id) {
        link.href = '/establishments/' + id + '/services/offline';
      }
    });
  }

  function pageCsrf() {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    return token && header ? { header: header.content, token: token.content } : null;
  }

  // only on a logged-in manager's pages: the login page's requests would be refused anyway
  function syncIfOnline() {
    if (indicator && navigator.onLine && offline.exists()) {
      offline.sync().then(render);
    }
  }

  function wipeOnLogout(form) {
    form.addEventListener('submit', function (event) {
      if (form.dataset.wiped || !offline.exists()) {
        return;
      }
      event.preventDefault();
      var send = navigator.onLine ? offline.sync() : Promise.resolve();
      send.then(offline.counts).then(function (counts) {
        var lost = counts.waiting + counts.attention;
        if (lost > 0 && !window.confirm(indicator.dataset.logoutLoses.replace('{0}', lost))) {
          return;
        }
        return offline.wipe().then(function () {
          form.dataset.wiped = 'true';
          form.submit();
        });
      });
    });
  }

  function start() {
    if (indicator && 'serviceWorker' in navigator) {
      navigator.serviceWorker.register('/sw.js').catch(function () { /* no offline entry in this browser */ });
    }
    var ready = offline.exists() ? offline.wipeIfExpired() : Promise.resolve();
    ready.then(function () {
      // a page just served by the server (not the offline page, which may come from the cache) proves a login, with
      // the session's CSRF token; a user without offline entry (not a manager) may see nothing a manager left here
      if (user && !cachedPage && offline.exists()) {
        return indicator ? offline.noteLogin(user, Number(indicator.dataset.maxDays), pageCsrf()) : offline.wipe();
      }
    }).then(render).then(syncIfOnline);
    document.querySelectorAll('form[data-logout]').forEach(wipeOnLogout);
    window.addEventListener('online', syncIfOnline);
    window.addEventListener('online', render);
    window.addEventListener('offline', render);
    offline.onChange(render);
  }

  start();
})();
