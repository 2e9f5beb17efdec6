// Shows the controls that only work with JavaScript (such as the municipality search); without
// JavaScript they stay hidden and the plain form works on its own.
document.querySelectorAll('.js-only[hidden]').forEach(function (element) {
  element.hidden = false;
});

// A refused form's error summary takes the focus, so that a screen reader reads what to correct and
// the keyboard starts from its links to the fields.
(function () {
  var summary = document.querySelector('[data-error-summary]');
  if (summary) {
    summary.focus();
  }
})();

// The quick exit leaves for a neutral page and replaces this page's history entry, so that Back does
// not return here; the Escape key does the same from anywhere on the page. Without JavaScript the
// link still leaves, as a plain link.
(function () {
  var exit = document.querySelector('[data-quick-exit]');
  if (!exit) {
    return;
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.hidden = true;
    window.location.replace(exit.href);
  }
  exit.addEventListener('click', leave);
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Escape' || event.key === 'Esc') {
      leave(event);
    }
  });
})();
