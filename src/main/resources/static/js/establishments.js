// Asks before a form marked data-confirm is submitted (removing a record). Without
// JavaScript the form submits directly; the removal stays in the history tab.
document.addEventListener('submit', function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
