// Upload progress for the beneficiary import: the form still works without JavaScript.
(function () {
  const form = document.getElementById('import-form');
  if (!form || !window.XMLHttpRequest || !window.FormData) {
    return;
  }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    const box = document.getElementById('import-progress');
    const bar = document.getElementById('import-progress-bar');
    const checking = document.getElementById('import-progress-checking');
    box.classList.remove('d-none');
    form.querySelector('button[type=submit]').disabled = true;
    const request = new XMLHttpRequest();
    request.open('POST', form.action);
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round((e.loaded / e.total) * 100);
      }
    });
    request.upload.addEventListener('load', function () {
      bar.removeAttribute('value');
      checking.classList.remove('d-none');
    });
    request.addEventListener('load', function () {
      window.location.assign(request.responseURL || form.action);
    });
    request.addEventListener('error', function () {
      form.submit();
    });
    request.send(new FormData(form));
  });
})();
