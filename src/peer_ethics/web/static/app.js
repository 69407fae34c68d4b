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

// Progressive enhancements of the Ask page; without JavaScript every one of them has a plain
// equivalent (the link itself, the browser's print, the example's own submit button).
document.documentElement.classList.add("js");

// Cards open on a wide screen and stay collapsed on a phone, below the bottom line.
function openCardsOnWideScreens(root) {
  if (!window.matchMedia("(min-width: 48rem)").matches) {
    return;
  }
  (root || document).querySelectorAll("details.card-body").forEach(function (d) {
    d.open = true;
  });
}
document.addEventListener("DOMContentLoaded", function () { openCardsOnWideScreens(document); });
document.addEventListener("htmx:afterSettle", function () { openCardsOnWideScreens(document); });

document.addEventListener("click", function (event) {
  // "Not right? Fix it" opens the fix form it points to.
  var anchor = event.target.closest ? event.target.closest("a.fix-link") : null;
  if (anchor) {
    var fix = document.getElementById("fix");
    if (fix) {
      fix.open = true;
    }
  }
  var button = event.target.closest ? event.target.closest("button") : null;
  if (!button) {
    return;
  }
  // An example fills the text box (to read and change) instead of asking at once.
  if (button.closest(".examples")) {
    var box = document.getElementById("text");
    if (box) {
      event.preventDefault();
      box.value = button.value;
      box.focus();
    }
    return;
  }
  if (button.hasAttribute("data-copy")) {
    var link = document.querySelector(button.getAttribute("data-copy"));
    if (link && navigator.clipboard) {
      navigator.clipboard.writeText(link.href).then(function () {
        button.textContent = "Link copied";
      });
    }
    return;
  }
  if (button.hasAttribute("data-print")) {
    window.print();
  }
});
