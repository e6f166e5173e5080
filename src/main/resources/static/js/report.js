// The quality report's print button (the page prints with report.css's print stylesheet).
document.querySelectorAll('[data-print]').forEach((button) => {
  button.addEventListener('click', () => window.print());
});
