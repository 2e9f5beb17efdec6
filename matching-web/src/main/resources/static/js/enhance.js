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
// not return here. Pressing Shift three times in a row does the same from anywhere on the page (as
// GOV.UK's "exit this page" does): a key nobody presses by accident, so that nothing being typed is
// ever lost to it (Escape, which people press to close a list, no longer leaves). Without JavaScript
// the link still leaves, as a plain link.
//
// A page that should leave no trace (the help pages) also rewrites its own history entry to the home
// page as it opens: the entries behind a quick exit are then the home page, which a browser loads
// afresh (no page is kept in the back-forward cache: every answer says no-store). What a browser
// cannot do is let a page remove entries of the history list; the Help page says how to clear it.
(function () {
  var exit = document.querySelector('[data-quick-exit]');
  if (!exit) {
    return;
  }
  if (document.querySelector('[data-leave-no-trace]') && window.history && window.history.replaceState) {
    window.history.replaceState(null, '', exit.getAttribute('data-neutral-page') || '/');
  }
  function leave(event) {
    if (event) {
      event.preventDefault();
    }
    document.body.hidden = true;
    window.location.replace(exit.href);
  }
  exit.addEventListener('click', leave);
  var shifts = 0;
  var last = 0;
  document.addEventListener('keyup', function (event) {
    if (event.key !== 'Shift') {
      shifts = 0;
      return;
    }
    var now = Date.now();
    shifts = now - last < 1000 ? shifts + 1 : 1;
    last = now;
    if (shifts >= 3) {
      leave(event);
    }
  });
  document.addEventListener('keydown', function (event) {
    if (event.key !== 'Shift') {
      shifts = 0;
    }
  });
})();
