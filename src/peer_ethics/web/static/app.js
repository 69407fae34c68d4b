// After htmx puts a new answer in place, move focus to its heading so that keyboard and
// screen-reader users continue from the answer, not from a button that no longer exists.
document.addEventListener("htmx:afterSettle", function (event) {
  var target = event.detail && event.detail.target;
  var root = target && target.isConnected ? target : document;
  var heading = root.querySelector ? root.querySelector("[data-focus-after-swap]") : null;
  if (!heading) {
    heading = document.querySelector("[data-focus-after-swap]");
  }
  if (heading) {
    heading.focus();
  }
});
