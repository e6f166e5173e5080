// Socle's offline store (docs/offline.md), shared by the pages and the service worker: what the device keeps in
// IndexedDB (through idb) and the sync of the services recorded offline. Defines self.SocleOffline.
(function (global) {
  'use strict';

  var NAME = 'socle-offline';
  var PAGES = 'socle-pages';
  var SHELL = 'socle-shell-v1';
  var DAY = 24 * 3600 * 1000;
  var BATCH = 100;
  var opened = null;
  var channel = global.BroadcastChannel ? new BroadcastChannel(NAME) : null;

  function db() {
    if (!opened) {
      opened = global.idb.openDB(NAME, 1, {
        upgrade: function (d) {
          d.createObjectStore('establishments', { keyPath: 'establishmentId' });
          d.createObjectStore('records', { keyPath: 'clientId' });
          d.createObjectStore('meta');
        },
        // another page or the service worker wipes the database: let it, instead of holding it open
        blocking: function (version, newVersion, event) {
          event.target.close();
          opened = null;
          if (newVersion === null && global.localStorage) {
            global.localStorage.removeItem(NAME);
          }
        }
      });
      if (global.localStorage) {
        global.localStorage.setItem(NAME, '1');
      }
    }
    return opened;
  }

  // Whether this browser holds anything of Socle's offline entry: pages that do not need it open nothing.
  function exists() {
    return !global.localStorage || global.localStorage.getItem(NAME) === '1';
  }

  // Reads open nothing once wiped (a page re-rendering after a wipe must not create the database again).
  async function meta(key) {
    return exists() ? (await db()).get('meta', key) : undefined;
  }

  async function setMeta(key, value) {
    return (await db()).put('meta', value, key);
  }

  function changed() {
    if (channel) {
      channel.postMessage('changed');
    }
  }

  function onChange(listener) {
    if (global.BroadcastChannel) {
      new BroadcastChannel(NAME).onmessage = listener;
    }
  }

  async function wipe() {
    // first, so that a page re-rendering meanwhile opens nothing (its open would wait and create the database again)
    if (global.localStorage) {
      global.localStorage.removeItem(NAME);
    }
    if (opened) {
      (await opened).close();
      opened = null;
    }
    await global.idb.deleteDB(NAME);
    if (global.caches) {
      await global.caches.delete(PAGES);
    }
    changed();
  }

  // Whether the database is there, without creating it: the service worker has no localStorage to ask.
  async function stored() {
    if (global.localStorage || !global.indexedDB.databases) {
      return exists();
    }
    return (await global.indexedDB.databases()).some(function (d) { return d.name === NAME; });
  }

  // After maxDays without a login, the device forgets everything, sent or not (loi 09-08: no data kept for nothing).
  async function wipeIfExpired() {
    if (!(await stored())) {
      return false;
    }
    var last = await meta('lastLogin');
    var maxDays = (await meta('maxDays')) || 7;
    if (last && Date.now() - last > maxDays * DAY) {
      await wipe();
      return true;
    }
    return false;
  }

  // A page served by the server for this user: another user's data goes, the clock of days without login restarts,
  // and the session's CSRF token (csrf: {header, token}, when the page gives it) replaces the one of an ended session.
  async function noteLogin(user, maxDays, csrf) {
    var previous = await meta('user');
    if (previous && previous !== user) {
      await wipe();
    }
    await setMeta('user', user);
    await setMeta('lastLogin', Date.now());
    if (maxDays) {
      await setMeta('maxDays', maxDays);
    }
    if (csrf) {
      await setMeta('csrf', csrf);
    }
  }

  async function saveEstablishment(data, csrf) {
    var d = await db();
    await d.put('establishments', Object.assign({ refreshedAt: Date.now() }, data));
    await d.put('meta', csrf, 'csrf');
    await d.put('meta', Date.now(), 'lastSync');
    await d.put('meta', data.establishmentId, 'lastEstablishment');
  }

  async function establishment(id) {
    return exists() ? (await db()).get('establishments', id) : undefined;
  }

  async function records(establishmentId) {
    var all = exists() ? await (await db()).getAll('records') : [];
    return all
      .filter(function (r) { return establishmentId == null || r.establishmentId === establishmentId; })
      .sort(function (a, b) { return a.createdAt - b.createdAt; });
  }

  async function counts() {
    var all = await records(null);
    return {
      waiting: all.filter(function (r) { return r.state === 'waiting'; }).length,
      attention: all.filter(function (r) { return r.state === 'attention'; }).length
    };
  }

  async function queue(list) {
    var tx = (await db()).transaction('records', 'readwrite');
    await Promise.all(list.map(function (r) {
      return tx.store.put(Object.assign({ state: 'waiting', reasons: [], createdAt: Date.now() }, r));
    }).concat([tx.done]));
    changed();
  }

  async function put(record) {
    await (await db()).put('records', record);
    changed();
  }

  async function discard(clientId) {
    await (await db()).delete('records', clientId);
    changed();
  }

  // Sends every waiting record, establishment by establishment, a batch at a time. Saved ones leave the device;
  // refused ones wait in "needs attention" with the server's reasons. Returns 'done', 'offline' or 'login'.
  async function sync() {
    if (global.navigator.locks) {
      return global.navigator.locks.request(NAME, sendWaiting);
    }
    return sendWaiting();
  }

  async function sendWaiting() {
    if (await wipeIfExpired()) {
      return 'done';
    }
    var waiting = (await records(null)).filter(function (r) { return r.state === 'waiting'; });
    var csrf = await meta('csrf');
    if (waiting.length && !csrf) {
      return 'login';
    }
    var byEstablishment = {};
    waiting.forEach(function (r) {
      (byEstablishment[r.establishmentId] = byEstablishment[r.establishmentId] || []).push(r);
    });
    for (var id of Object.keys(byEstablishment)) {
      var list = byEstablishment[id];
      for (var start = 0; start < list.length; start += BATCH) {
        var outcome = await send(id, list.slice(start, start + BATCH), csrf);
        if (outcome !== 'done') {
          return outcome;
        }
      }
    }
    if (waiting.length) {
      await setMeta('lastSync', Date.now());
    }
    changed();
    return 'done';
  }

  async function send(establishmentId, batch, csrf) {
    var response;
    try {
      var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
      headers[csrf.header] = csrf.token;
      response = await fetch('/establishments/' + establishmentId + '/services/sync', {
        method: 'POST', credentials: 'same-origin', headers: headers,
        body: JSON.stringify({ records: batch.map(function (r) {
          return { clientId: r.clientId, beneficiary: r.beneficiary, serviceType: r.serviceType, date: r.date,
            notes: r.notes || null };
        }) })
      });
    } catch (e) {
      return 'offline';
    }
    if (response.status >= 500) {
      return 'offline';
    }
    var json = (response.headers.get('Content-Type') || '').indexOf('application/json') === 0;
    if (!json || response.redirected) {
      return 'login';
    }
    var body = await response.json();
    if (!response.ok) {
      return refused(body) ? refuseAll(batch, body.message) : 'login';
    }
    var byId = {};
    batch.forEach(function (r) { byId[r.clientId] = r; });
    for (var result of body.results) {
      var record = byId[result.clientId];
      if (!record) {
        continue;
      }
      if (result.status === 'saved') {
        await discard(record.clientId);
      } else if (result.status === 'refused') {
        await put(Object.assign(record, { state: 'attention', reasons: result.reasons }));
      }
    }
    return 'done';
  }

  // The sync route's own refusal of a whole request (care.offline.OfflineSyncController: its code and translated message);
  // any other 401 or 403 is Spring Security's, for an ended session (its CSRF token no longer valid): log in again.
  function refused(body) {
    return typeof body.code === 'string' && body.code.indexOf('offline.') === 0 && !!body.message;
  }

  // the whole establishment refused (access lost): every record needs attention, with the server's reason
  async function refuseAll(batch, message) {
    for (var r of batch) {
      await put(Object.assign(r, { state: 'attention', reasons: [{ field: '', message: message }] }));
    }
    return 'done';
  }

  global.SocleOffline = {
    PAGES: PAGES, SHELL: SHELL, exists: exists, meta: meta, wipe: wipe, wipeIfExpired: wipeIfExpired, noteLogin: noteLogin,
    saveEstablishment: saveEstablishment, establishment: establishment, records: records, counts: counts,
    queue: queue, put: put, discard: discard, sync: sync, onChange: onChange
  };
})(self);
