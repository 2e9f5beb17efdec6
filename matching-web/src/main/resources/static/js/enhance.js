// Shows the controls that only work with JavaScript (such as the municipality search); without
// JavaScript they stay hidden and the plain form works on its own.
document.querySelectorAll('.js-only[hidden]').forEach(function (element) {
  element.hidden = false;
});
