// The assessment form saves every answer as it is typed, so that nothing typed is lost:
// - each indicator's form is posted shortly after the last keystroke or click (one request at a
//   time per indicator; what is typed meanwhile is sent next);
// - the server answers with the parts of the card that change and the status panel, which replace
//   the elements with the same id: the inputs being typed in are never replaced;
// - "Submit" first waits for the saves under way, then carries the answers not yet stored, which
//   the server stores before submitting;
// - leaving the page (link, tab closed, phone locked) sends what is pending with keepalive, and the
//   browser asks before leaving while an answer could not be stored;
// - #autosave-state (aria-live) says saving / saved / not saved; a card not saved shows why and
//   keeps the typed text. After a concurrent edit the card stops saving until its "save my answer".
// - when the session has ended (a save refused or sent to the login page, and the page itself now
//   sent there), the answers not yet stored are kept in the tab's sessionStorage and the page
//   reloads to the login page; back on the page after login they are put back, saved, and
//   #autosave-restored says so.
(function () {
  'use strict';

  var DELAY_MS = 800;
  var RETRY_MS = 5000;
  var forms = Array.prototype.slice.call(document.querySelectorAll('form[data-autosave]'));
  var indicator = document.getElementById('autosave-state');
  var submitForm = document.getElementById('submit-form');
  var restoredNotice = document.getElementById('autosave-restored');
  var states = new Map();
  var leaving = false;
  var KEPT = 'socle.unsaved:' + location.pathname;

  forms.forEach(function (form) {
    states.set(form, { edits: form.dataset.dirty ? 1 : 0, saved: 0, timer: null, inflight: null, outcome: null });
    form.addEventListener('input', function () { edited(form); });
    form.addEventListener('change', function () { edited(form); });
    form.addEventListener('submit', function (event) {
      // the card's own button: "save my answer" after a conflict, or Enter in the value field
      event.preventDefault();
      var state = states.get(form);
      state.outcome = null;
      state.edits += 1;
      save(form);
    });
  });

  function edited(form) {
    var state = states.get(form);
    state.edits += 1;
    if (state.outcome === 'conflict') {
      show();
      return;
    }
    clearTimeout(state.timer);
    state.timer = setTimeout(function () { save(form); }, DELAY_MS);
    show();
  }

  function pending(state) {
    return state.edits > state.saved;
  }

  function csrfHeaders() {
    var headers = { 'X-Autosave': '1' };
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /** Posts the form now, or once its request under way is answered. */
  function save(form, keepalive) {
    var state = states.get(form);
    clearTimeout(state.timer);
    state.timer = null;
    if (state.inflight && !keepalive) {
      return state.inflight.then(function () {
        return pending(state) && state.outcome !== 'conflict' ? save(form) : null;
      });
    }
    var sent = state.edits;
    var request = fetch(form.action, {
      method: 'POST',
      body: new FormData(form),
      headers: csrfHeaders(),
      credentials: 'same-origin',
      keepalive: !!keepalive
    }).then(function (response) {
      // a redirection (the login page) or a refusal (the CSRF token ended with the session): nothing was stored
      if (response.redirected || response.status === 401 || response.status === 403) {
        return sessionEnded().then(function (ended) {
          if (ended && !keepalive) {
            return keepAndLogIn();
          }
          throw new Error('HTTP ' + response.status);
        });
      }
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      var outcome = response.headers.get('X-Autosave-Outcome');
      return response.text().then(function (html) {
        apply(html);
        state.outcome = outcome;
        if (outcome === 'saved') {
          state.saved = Math.max(state.saved, sent);
        }
      });
    }).catch(function () {
      state.outcome = 'failed';
      clearTimeout(state.timer);
      state.timer = setTimeout(function () { save(form); }, RETRY_MS);
    }).then(function () {
      state.inflight = null;
      form.closest('.indicator-card').classList.toggle('border-danger', state.outcome !== 'saved' && pending(state));
      if (state.outcome === 'saved' && pending(state) && !state.timer) {
        return save(form);
      }
      show();
    });
    state.inflight = request;
    state.keepalive = !!keepalive;
    show();
    return request;
  }

  /** Whether this page itself now goes to the login page. */
  function sessionEnded() {
    return fetch(location.pathname + location.search, { credentials: 'same-origin' }).then(function (response) {
      return response.redirected && /\/login$/.test(new URL(response.url).pathname);
    }).catch(function () {
      return false;
    });
  }

  /** Keeps the answers not yet stored for after login, and reloads (to the login page). */
  function keepAndLogIn() {
    var kept = {};
    states.forEach(function (state, form) {
      if (pending(state)) {
        kept[form.dataset.code] = Array.from(new FormData(form)).filter(function (field) {
          return field[0] !== '_csrf';
        });
      }
    });
    sessionStorage.setItem(KEPT, JSON.stringify(kept));
    leaving = true;
    location.reload();
    return new Promise(function () {});
  }

  /** Puts back the answers kept when the session ended, and saves them. */
  function restoreKept() {
    var kept = null;
    try {
      kept = JSON.parse(sessionStorage.getItem(KEPT));
    }
    catch (ignored) {
      kept = null;
    }
    sessionStorage.removeItem(KEPT);
    forms.forEach(function (form) {
      var fields = kept && kept[form.dataset.code];
      if (!fields) {
        return;
      }
      Array.from(form.elements).forEach(function (element) {
        if (!element.name || element.name === '_csrf') {
          return;
        }
        var values = fields.filter(function (field) { return field[0] === element.name; })
          .map(function (field) { return field[1]; });
        if (element.type === 'radio' || element.type === 'checkbox') {
          element.checked = values.indexOf(element.value) !== -1;
        }
        else if (values.length > 0) {
          element.value = values[0];
        }
      });
      var details = form.closest('details');
      if (details) {
        details.open = true;
      }
      if (restoredNotice) {
        restoredNotice.hidden = false;
      }
      edited(form);
    });
  }

  /** Replaces each element of the response with the element of the page that has its id. */
  function apply(html) {
    var template = document.createElement('template');
    template.innerHTML = html;
    // a copy: the live collection shrinks as its elements move into the page
    Array.from(template.content.children).forEach(function (fresh) {
      var current = fresh.id && document.getElementById(fresh.id);
      if (current) {
        current.replaceWith(fresh);
      }
    });
  }

  function show() {
    if (!indicator) {
      return;
    }
    var all = Array.from(states.values());
    var kind = 'saved';
    if (all.some(function (s) { return s.outcome === 'conflict' && pending(s); })) {
      kind = 'conflict';
    }
    else if (all.some(function (s) { return (s.outcome === 'failed' || s.outcome === 'invalid') && pending(s); })) {
      kind = 'failed';
    }
    else if (all.some(function (s) { return s.inflight || s.timer; })) {
      kind = 'saving';
    }
    else if (!all.some(function (s) { return s.saved > 0; })) {
      return;
    }
    indicator.textContent = indicator.dataset[kind];
    indicator.classList.toggle('text-danger', kind === 'failed' || kind === 'conflict');
    indicator.classList.toggle('fw-semibold', kind === 'failed' || kind === 'conflict');
  }

  // Submitting: wait for the saves under way, then send the answers still pending with the submission.
  if (submitForm) {
    submitForm.addEventListener('submit', function (event) {
      event.preventDefault();
      var button = submitForm.querySelector('[type="submit"]');
      if (button) {
        button.disabled = true;
      }
      var inflight = [];
      states.forEach(function (state) {
        clearTimeout(state.timer);
        state.timer = null;
        if (state.inflight) {
          inflight.push(state.inflight);
        }
      });
      Promise.all(inflight).then(function () {
        states.forEach(function (state, form) {
          if (pending(state)) {
            carry(form);
            state.saved = state.edits;
          }
        });
        // the answers travel with the submission: nothing more is sent from this page
        leaving = true;
        submitForm.submit();
      });
    });
  }

  /** Copies an answer form's fields into the submit form as answers[CODE].field. */
  function carry(form) {
    var prefix = 'answers[' + form.dataset.code + '].';
    new FormData(form).forEach(function (value, name) {
      if (name === '_csrf') {
        return;
      }
      var input = document.createElement('input');
      input.type = 'hidden';
      input.name = prefix + name;
      input.value = value;
      submitForm.appendChild(input);
    });
  }

  // Leaving: send what is pending; keepalive lets the request outlive the page.
  function flushOnLeave() {
    if (leaving) {
      return;
    }
    states.forEach(function (state, form) {
      var alreadySent = state.inflight && state.keepalive;
      if (pending(state) && !alreadySent && state.outcome !== 'conflict' && state.outcome !== 'invalid') {
        save(form, true);
      }
    });
  }

  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'hidden') {
      flushOnLeave();
    }
  });
  window.addEventListener('pagehide', flushOnLeave);
  window.addEventListener('beforeunload', function (event) {
    flushOnLeave();
    var unsaved = Array.from(states.values()).some(function (s) {
      return pending(s) && (s.outcome === 'conflict' || s.outcome === 'invalid' || s.outcome === 'failed');
    });
    if (unsaved && !leaving) {
      event.preventDefault();
      event.returnValue = '';
    }
  });

  // A link to an indicator (what is missing, next unanswered) opens its domain.
  function openTarget() {
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.substring(1)));
    var details = target && target.closest('details');
    if (details) {
      details.open = true;
      target.scrollIntoView();
    }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  restoreKept();
}());
