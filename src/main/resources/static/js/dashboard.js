// National dashboard: draws each chart from its canvas's data-chart attribute (JSON written
// by the server; the same figures are in the table that follows it) and submits the map's
// figure when it is chosen. No inline script: the Content-Security-Policy forbids it.
(function () {
  'use strict';
  var COLOURS = { A: '#146c43', B: '#0b5563', C: '#ffc107', D: '#b02a37', NONE: '#adb5bd',
    F: '#6f42c1', M: '#198754', median: '#212529' };
  var rtl = document.documentElement.dir === 'rtl';
  var locale = document.documentElement.lang || 'fr';

  function base(indexAxis) {
    return {
      responsive: true, maintainAspectRatio: false, animation: false, locale: locale, indexAxis: indexAxis || 'x',
      plugins: { legend: { rtl: rtl, position: 'bottom' }, tooltip: { rtl: rtl } }
    };
  }

  function title(text) {
    return { display: true, text: text };
  }

  var drawings = {
    // establishments by rating of their latest validated assessment: horizontal bars
    ratings: function (chart) {
      var options = base('y');
      options.plugins.legend.display = false;
      options.scales = {
        x: { beginAtZero: true, reverse: rtl, ticks: { precision: 0 }, title: title(chart.axes.x) },
        y: { position: rtl ? 'right' : 'left' }
      };
      return {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: [{ label: chart.datasets[0].label, data: chart.datasets[0].data,
            backgroundColor: ['A', 'B', 'C', 'D', 'NONE'].map(function (key) { return COLOURS[key]; }) }]
        },
        options: options
      };
    },
    // per year: ratings stacked, the median score as a line on its own axis (0 to 100)
    trends: function (chart) {
      var options = base();
      options.scales = {
        x: { stacked: true, reverse: rtl },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 }, position: rtl ? 'right' : 'left',
          title: title(chart.axes.y) },
        score: { min: 0, max: 100, position: rtl ? 'left' : 'right', grid: { drawOnChartArea: false },
          title: title(chart.axes.score) }
      };
      return {
        data: {
          labels: chart.labels,
          datasets: chart.datasets.map(function (set) {
            return set.key === 'median'
              ? { type: 'line', label: set.label, data: set.data, yAxisID: 'score', borderColor: COLOURS.median,
                backgroundColor: COLOURS.median, order: 0 }
              : { type: 'bar', label: set.label, data: set.data, yAxisID: 'y', stack: 'ratings',
                backgroundColor: COLOURS[set.key], order: 1 };
          })
        },
        options: options
      };
    },
    // active beneficiaries by age group, women and men side by side; counts under 5 are absent
    beneficiaries: function (chart) {
      var options = base();
      options.scales = {
        x: { reverse: rtl },
        y: { beginAtZero: true, ticks: { precision: 0 }, position: rtl ? 'right' : 'left', title: title(chart.axes.y) }
      };
      return {
        type: 'bar',
        data: {
          labels: chart.labels,
          datasets: chart.datasets.map(function (set) {
            return { label: set.label, data: set.data, backgroundColor: COLOURS[set.key] };
          })
        },
        options: options
      };
    }
  };

  if (window.Chart) {
    document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
      var chart = JSON.parse(canvas.getAttribute('data-chart'));
      new window.Chart(canvas, drawings[chart.kind](chart));
    });
  }

  document.querySelectorAll('select[data-autosubmit]').forEach(function (select) {
    select.addEventListener('change', function () { select.form.submit(); });
  });
})();
