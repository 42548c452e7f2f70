/* Turns protected e-mail addresses back into mailto: links for readers.
   The address is in data-sc-email, XOR-ed with 0x5a and hex-encoded, so that
   address harvesters reading the HTML find no address. A link with
   data-sc-mailto ("Report a mistake") becomes an e-mail to that address, its
   subject data-sc-subject, its text the page's address. The "Copy link"
   button of the share links copies the page's address. */
(function () {
  "use strict";
  function decode(hex) {
    var bytes = new Uint8Array(hex.length / 2);
    for (var i = 0; i < bytes.length; i++) {
      bytes[i] = parseInt(hex.substr(i * 2, 2), 16) ^ 0x5a;
    }
    return new TextDecoder().decode(bytes);
  }
  function reveal() {
    var protectedAddresses = document.querySelectorAll("span[data-sc-email]");
    for (var i = 0; i < protectedAddresses.length; i++) {
      var element = protectedAddresses[i];
      var address = decode(element.getAttribute("data-sc-email"));
      var link = document.createElement("a");
      link.href = "mailto:" + address;
      link.textContent = address;
      link.className = "sc-email";
      element.replaceWith(link);
    }
    var mailtoLinks = document.querySelectorAll("a[data-sc-mailto]");
    for (var j = 0; j < mailtoLinks.length; j++) {
      var mailto = mailtoLinks[j];
      mailto.href = "mailto:" + decode(mailto.getAttribute("data-sc-mailto")) +
        "?subject=" + encodeURIComponent(mailto.getAttribute("data-sc-subject") || "") +
        "&body=" + encodeURIComponent(window.location.href);
    }
    var copy = document.querySelector(".sc-share__copy");
    if (copy && navigator.clipboard) {
      var label = copy.textContent;
      copy.addEventListener("click", function () {
        navigator.clipboard.writeText(window.location.href).then(function () {
          copy.textContent = copy.getAttribute("data-copied");
          window.setTimeout(function () { copy.textContent = label; }, 3000);
        });
      });
    }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reveal);
  } else {
    reveal();
  }
})();

/* A link to something inside a closed <details> opens it: a map's numbered
   circle leads to its entry in the map's list of places, which is folded.
   (Chromium opens it by itself; not every browser does.) */
(function () {
  "use strict";
  function openTarget() {
    var id = window.location.hash.slice(1);
    var target = id ? document.getElementById(decodeURIComponent(id)) : null;
    var opened = false;
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS" && !node.open) {
        node.open = true;
        opened = true;
      }
    }
    if (opened) {
      target.scrollIntoView();
    }
  }
  window.addEventListener("hashchange", openTarget);
  openTarget();
})();
