// Small, optional: everything works without it. It remembers the reading mode across pages,
// and opens the mode a link asks for (#side-en). An edition's pages (translation first) remember theirs apart
// from the Persian pages'. Search lives in search.js.
(function () {
  "use strict";
  var KEY = "reading-mode";
  var EDITION_KEY = "edition-mode";
  function store(v) { try { localStorage.setItem(KEY, v); } catch (e) { /* private mode or file:// */ } }
  function stored() { try { return localStorage.getItem(KEY); } catch (e) { return null; } }

  function apply(mode) {
    var radio = mode && document.getElementById("m-" + mode);
    if (radio) { radio.checked = true; return true; }
    return false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var radios = document.querySelectorAll(".mode-radio");
    if (radios.length && document.querySelector(".edition")) {
      KEY = EDITION_KEY;
      apply(stored());
      radios.forEach(function (r) {
        r.addEventListener("change", function () { if (r.checked) store(r.value); });
      });
    } else if (radios.length) {
      var hash = location.hash.replace("#", "");
      if (/^(side|only)-[a-z]{2,3}$/.test(hash) && apply(hash)) store(hash);
      else apply(stored() || "original");
      radios.forEach(function (r) {
        r.addEventListener("change", function () { if (r.checked) store(r.value); });
      });
    }
  });
})();
