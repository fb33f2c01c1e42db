// The demo shop's only script: the "Chat with us" button opens the Heed widget.
document.getElementById("open-chat").addEventListener("click", function () {
  if (window.HeedWidget) window.HeedWidget.open();
});
