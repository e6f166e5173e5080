// Group entry of services: filter the people present as you type, tick all those shown, count the ticks.
// Works on the list htmx swaps in when the date changes; without JavaScript the plain list remains.
(function () {
  function boxes(list) {
    return Array.prototype.slice.call(list.querySelectorAll('input[type=checkbox]'));
  }

  function visible(box) {
    return !box.closest('.col').hidden;
  }

  function refresh(root) {
    var list = root.querySelector('#present-list');
    var all = root.querySelector('[data-select-all]');
    var count = root.querySelector('#present-count');
    if (!list) {
      return;
    }
    var shown = boxes(list).filter(visible);
    if (count) {
      count.textContent = boxes(list).filter(function (b) { return b.checked; }).length;
    }
    if (all) {
      var ticked = shown.filter(function (b) { return b.checked; }).length;
      all.checked = shown.length > 0 && ticked === shown.length;
      all.indeterminate = ticked > 0 && ticked < shown.length;
    }
  }

  document.addEventListener('input', function (event) {
    var filter = event.target.closest('[data-filter-list]');
    if (!filter) {
      return;
    }
    var words = filter.value.trim().toLocaleLowerCase().split(/\s+/).filter(Boolean);
    var list = document.querySelector(filter.dataset.filterList);
    boxes(list).forEach(function (box) {
      var text = box.closest('.col').textContent.toLocaleLowerCase();
      box.closest('.col').hidden = !words.every(function (w) { return text.indexOf(w) !== -1; });
    });
    refresh(document);
  });

  document.addEventListener('change', function (event) {
    var all = event.target.closest('[data-select-all]');
    if (all) {
      boxes(document.querySelector(all.dataset.selectAll)).filter(visible).forEach(function (box) {
        box.checked = all.checked;
      });
    }
    if (event.target.closest('#present')) {
      refresh(document);
    }
  });

  document.addEventListener('htmx:afterSettle', function () {
    refresh(document);
  });
  refresh(document);
})();
