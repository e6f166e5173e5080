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
