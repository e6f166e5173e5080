// htmx requests carry the CSRF token; an expired session reloads the page (to the login page).
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
document.addEventListener('htmx:beforeSwap', function (event) {
  var xhr = event.detail.xhr;
  if (xhr.status === 401 || (xhr.responseURL && xhr.responseURL.indexOf('/login') !== -1)) {
    window.location.reload();
  }
});

// A form that checks itself on change (hx-target="this") is not replaced by the answer when the
// user typed on while it was on its way: what they typed stays, and is checked in turn.
function formValues(form) {
  return new URLSearchParams(new FormData(form)).toString();
}
document.addEventListener('htmx:beforeRequest', function (event) {
  var form = event.detail.elt;
  if (form.tagName === 'FORM' && event.detail.target === form) {
    form.dataset.sentValues = formValues(form);
  }
});
document.addEventListener('htmx:beforeSwap', function (event) {
  var form = event.detail.elt;
  if (form.tagName === 'FORM' && form.dataset.sentValues !== undefined && event.detail.shouldSwap
      && form.dataset.sentValues !== formValues(form)) {
    event.detail.shouldSwap = false;
    setTimeout(function () { htmx.trigger(form, 'change'); });
  }
});

// Each table cell carries its column's header as data-label: on phones, socle.css shows a table
// as one card per row, each value with its label.
function labelTableCells(root) {
  root.querySelectorAll('table.table').forEach(function (table) {
    var headerRow = table.tHead && table.tHead.rows[table.tHead.rows.length - 1];
    if (!headerRow) {
      return;
    }
    var labels = [];
    Array.prototype.forEach.call(headerRow.cells, function (cell) {
      for (var i = 0; i < cell.colSpan; i++) {
        labels.push(cell.textContent.trim());
      }
    });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        var column = 0;
        Array.prototype.forEach.call(row.cells, function (cell) {
          if (!cell.hasAttribute('data-label') && cell.colSpan === 1) {
            cell.setAttribute('data-label', labels[column] || '');
          }
          column += cell.colSpan;
        });
      });
    });
  });
}
document.addEventListener('DOMContentLoaded', function () { labelTableCells(document); });
document.addEventListener('htmx:afterSwap', function (event) { labelTableCells(event.detail.target); });

// A form's error summary names each field before its message, and takes the focus so that it is read first.
document.addEventListener('DOMContentLoaded', function () {
  document.querySelectorAll('.error-summary a[data-field]').forEach(function (link) {
    var label = document.querySelector('label[for="' + CSS.escape(link.dataset.field) + '"]');
    if (label) {
      link.textContent = label.textContent.replace('*', '').trim() + ' : ' + link.textContent;
    }
  });
  var summary = document.querySelector('.error-summary');
  if (summary) {
    summary.focus();
  }
});

// A button with data-copy="id" copies that element's text (a new API token) and says so.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy]');
  var source = button && document.getElementById(button.dataset.copy);
  if (source && navigator.clipboard) {
    navigator.clipboard.writeText(source.textContent.trim()).then(function () {
      button.textContent = button.dataset.copied;
    });
  }
});
