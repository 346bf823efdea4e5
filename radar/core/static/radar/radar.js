// Radar's only script: no inline scripts anywhere (strict Content Security Policy).
document.addEventListener("click", function (event) {
  var trigger = event.target.closest("[data-print]");
  if (trigger) {
    event.preventDefault();
    window.print();
  }
});
// Ask before a form marked data-confirm is sent.
document.addEventListener("submit", function (event) {
  var form = event.target;
  if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
    event.preventDefault();
  }
});
