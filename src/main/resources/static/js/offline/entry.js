// The offline service entry (docs/offline.md): the people present and the service types come from the device
// (refreshed from the server when online); each service is queued on the device with a random id and sent when
// the connection allows; those the server refuses wait under "needs attention" until fixed or discarded.
(function () {
  'use strict';
  var offline = self.SocleOffline;
  var root = document.getElementById('offline-entry');
  var establishmentId = Number(root.dataset.establishment);
  var form = document.getElementById('offline-form');
  var list = document.getElementById('present-list');
  var typeSelect = document.getElementById('offline-type');
  var dateInput = document.getElementById('offline-date');
  var notice = document.getElementById('offline-notice');
  var data = null;
  var language = document.documentElement.lang || 'fr';
  var RETRY_MS = 30000;

  function message(name, count) {
    return root.dataset[name].replace('{0}', count);
  }

  function say(text, kind) {
    notice.textContent = text;
    notice.className = 'alert alert-' + kind;
    notice.hidden = !text;
  }

  // the session ended: the records wait, and logging in again through this page brings the user back to it
  function askToLogIn() {
    say(root.dataset.loginAgain + ' ', 'warning');
    var link = element('a', 'alert-link', root.dataset.logIn);
    link.id = 'offline-log-in';
    link.href = location.pathname;
    notice.appendChild(link);
  }

  function today() {
    var now = new Date();
    return new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) {
      e.className = className;
    }
    if (text != null) {
      e.textContent = text;
    }
    return e;
  }

  function options(select, selected) {
    select.replaceChildren(element('option', null, ''));
    (data ? data.types : []).forEach(function (type) {
      var option = element('option', null, type.name);
      option.value = type.code;
      option.selected = type.code === selected;
      select.appendChild(option);
    });
  }

  function typeName(code) {
    var type = data && data.types.find(function (t) { return t.code === code; });
    return type ? type.name : code;
  }

  function renderPresent() {
    list.replaceChildren();
    (data ? data.beneficiaries : []).forEach(function (person, index) {
      var col = element('div', 'col');
      var check = element('div', 'form-check');
      var box = element('input', 'form-check-input');
      box.type = 'checkbox';
      box.id = 'offline-person-' + index;
      box.value = person.ref;
      box.dataset.name = person.name;
      var label = element('label', 'form-check-label', person.name);
      label.htmlFor = box.id;
      check.append(box, label);
      col.appendChild(check);
      list.appendChild(col);
    });
    document.getElementById('offline-nodata').hidden = data !== null;
    form.hidden = data === null;
  }

  function line(record) {
    var item = element('li', 'list-group-item');
    var what = element('div', 'fw-semibold', record.beneficiaryName);
    var when = element('div', 'small text-body-secondary');
    when.append(typeName(record.serviceType) + ' · ', element('bdi', null, record.date));
    item.append(what, when);
    return item;
  }

  function fixForm(record) {
    var fix = element('form', 'row g-2 align-items-end mt-1');
    var typeCol = element('div', 'col-sm-5');
    var typeLabel = element('label', 'form-label small', root.dataset.typeLabel);
    var select = element('select', 'form-select form-select-sm');
    select.id = 'fix-type-' + record.clientId;
    typeLabel.htmlFor = select.id;
    options(select, record.serviceType);
    typeCol.append(typeLabel, select);
    var dateCol = element('div', 'col-sm-4');
    var dateLabel = element('label', 'form-label small', root.dataset.dateLabel);
    var date = element('input', 'form-control form-control-sm');
    date.type = 'date';
    date.id = 'fix-date-' + record.clientId;
    date.value = record.date;
    date.max = today();
    dateLabel.htmlFor = date.id;
    dateCol.append(dateLabel, date);
    var buttons = element('div', 'col-sm-3 d-flex gap-2');
    var resend = element('button', 'btn btn-sm btn-primary', root.dataset.resend);
    resend.type = 'submit';
    var drop = element('button', 'btn btn-sm btn-outline-danger', root.dataset.discard);
    drop.type = 'button';
    drop.addEventListener('click', function () {
      if (window.confirm(root.dataset.discardConfirm)) {
        offline.discard(record.clientId).then(render);
      }
    });
    buttons.append(resend, drop);
    fix.append(typeCol, dateCol, buttons);
    fix.addEventListener('submit', function (event) {
      event.preventDefault();
      offline.put(Object.assign(record, { serviceType: select.value || null, date: date.value || null,
        state: 'waiting', reasons: [] })).then(sync);
    });
    return fix;
  }

  function renderQueue(records) {
    var waiting = records.filter(function (r) { return r.state === 'waiting'; });
    var attention = records.filter(function (r) { return r.state === 'attention'; });
    var waitingList = document.getElementById('offline-waiting');
    waitingList.replaceChildren.apply(waitingList, waiting.map(line));
    document.getElementById('offline-waiting-count').textContent = waiting.length;
    document.getElementById('offline-none-waiting').hidden = waiting.length > 0;
    var attentionList = document.getElementById('offline-attention');
    attentionList.replaceChildren.apply(attentionList, attention.map(function (record) {
      var item = line(record);
      item.classList.add('border-warning', 'border-start', 'border-4');
      record.reasons.forEach(function (reason) {
        item.appendChild(element('div', 'small text-danger-emphasis', reason.message));
      });
      item.appendChild(fixForm(record));
      return item;
    }));
    document.getElementById('offline-attention-section').hidden = attention.length === 0;
    document.getElementById('offline-attention-count').textContent = attention.length;
  }

  function renderLastSync(time) {
    var format = new Intl.DateTimeFormat(language + '-u-nu-latn', { dateStyle: 'short', timeStyle: 'short' });
    document.getElementById('offline-last-sync').textContent = time ? format.format(new Date(time))
      : root.dataset.never;
  }

  function render() {
    return Promise.all([offline.records(establishmentId), offline.meta('lastSync')]).then(function (results) {
      renderQueue(results[0]);
      renderLastSync(results[1]);
    });
  }

  // Fresh people and types from the server, and this page kept for offline use (not a login page: see onlyOk).
  function refresh() {
    return fetch(root.dataset.dataUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok || response.redirected) {
          return null;
        }
        return response.json().then(function (body) {
          return offline.noteLogin(root.dataset.user, body.data.maxDays)
            .then(function () { return offline.saveEstablishment(body.data, body.csrf); })
            .then(function () { return body.data; });
        });
      })
      .then(function (fresh) {
        if (fresh) {
          return keepPage().then(function () { return fresh; });
        }
        return null;
      })
      .catch(function () { return null; });
  }

  // The page and the very files it links (webjar links carry their version), for the service worker to serve offline.
  function keepPage() {
    if (!self.caches) {
      return Promise.resolve();
    }
    var files = Array.prototype.map.call(document.querySelectorAll('link[rel=stylesheet][href], script[src]'),
      function (e) { return e.getAttribute('href') || e.getAttribute('src'); });
    var shell = caches.open(offline.SHELL).then(function (cache) { return cache.addAll(files); });
    var page = fetch(location.pathname, { credentials: 'same-origin' }).then(function (response) {
      if (response.ok && !response.redirected) {
        return caches.open(offline.PAGES).then(function (cache) { return cache.put(location.pathname, response); });
      }
    });
    return Promise.all([shell, page]);
  }

  function sync() {
    return offline.sync().then(function (outcome) {
      if (outcome === 'login') {
        askToLogIn();
      }
      return render();
    });
  }

  function askBackgroundSync() {
    if ('serviceWorker' in navigator) {
      navigator.serviceWorker.ready.then(function (registration) {
        if (registration.sync) {
          return registration.sync.register('socle-sync');
        }
      }).catch(function () { /* the page syncs on load and with the button */ });
    }
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var ticked = Array.prototype.slice.call(list.querySelectorAll('input:checked'));
    if (ticked.length === 0) {
      say(root.dataset.nothingSelected, 'danger');
      return;
    }
    var notes = document.getElementById('offline-notes').value.trim();
    offline.queue(ticked.map(function (box) {
      return { clientId: crypto.randomUUID(), establishmentId: establishmentId, beneficiary: box.value,
        beneficiaryName: box.dataset.name, serviceType: typeSelect.value || null, date: dateInput.value || null,
        notes: notes || null };
    })).then(function () {
      ticked.forEach(function (box) { box.checked = false; });
      ticked[0].dispatchEvent(new Event('change', { bubbles: true }));
      say(message('queued', ticked.length), 'success');
      askBackgroundSync();
      return navigator.onLine ? sync() : render();
    });
  });

  document.getElementById('offline-sync').addEventListener('click', function () {
    say('', 'info');
    (navigator.onLine ? refresh() : Promise.resolve()).then(sync);
  });

  offline.onChange(render);
  window.addEventListener('online', sync);
  // a connection can be back, or gone, without the browser noticing (navigator.onLine is only a hint): try again
  setInterval(function () {
    offline.counts().then(function (counts) {
      if (counts.waiting > 0 && navigator.onLine) {
        sync();
      }
    });
  }, RETRY_MS);

  offline.wipeIfExpired()
    .then(function () { return navigator.onLine ? refresh() : null; })
    .then(function (fresh) { return fresh || offline.establishment(establishmentId); })
    .then(function (stored) {
      data = stored || null;
      options(typeSelect, typeSelect.value);
      dateInput.value = dateInput.value || today();
      dateInput.max = today();
      renderPresent();
      root.dataset.ready = 'true';
      return navigator.onLine ? sync() : render();
    });
})();
