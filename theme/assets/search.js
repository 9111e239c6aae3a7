// Search with Pagefind's index (written by the build). Queries are folded exactly as the indexed text was
// (Site.Text.PersianText.FoldForSearch): Arabic ي/ك, ZWNJ or space, any digits, diacritics and tatweel all meet.
(function (root) {
  "use strict";

  var SUFFIXES = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین"];

  function isPersianWord(w) { return w.length > 0 && w.charCodeAt(0) >= 0x600 && w.charCodeAt(0) <= 0x6ff; }

  function fold(text) {
    var out = "";
    var pendingSpace = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i], code = text.charCodeAt(i);
      if (c === "\u064A" || c === "\u0649" || c === "\u06CE") c = "ی";
      else if (c === "\u06C7") c = "و";
      else if (c === "\u0643") c = "ک";
      else if (code >= 0x660 && code <= 0x669) c = String.fromCharCode(0x30 + code - 0x660);
      else if (code >= 0x6f0 && code <= 0x6f9) c = String.fromCharCode(0x30 + code - 0x6f0);
      if (c === "\u200C") continue;                               // ZWNJ
      if (/\s/.test(c) || c === "\uFEFF") { pendingSpace = out.length > 0; continue; }
      if (c === "ـ") continue;                                     // tatweel
      code = c.charCodeAt(0);
      if ((code >= 0x64b && code <= 0x65f) || code === 0x670) continue;  // harakat
      if (c === "ى") c = "ی";
      else if (c === "ة") c = "ه";
      else if (c === "أ" || c === "إ" || c === "ٱ") c = "ا";
      else if (c === "ؤ") c = "و";
      if (pendingSpace) { out += " "; pendingSpace = false; }
      out += c.toLowerCase();
    }
    var words = out.split(" ").filter(function (w) { return w.length > 0; });
    var joined = [];
    for (var k = 0; k < words.length; k++) {
      var w = words[k];
      if ((w === "می" || w === "نمی") && k + 1 < words.length && isPersianWord(words[k + 1])) { words[k + 1] = w + words[k + 1]; continue; }
      if (joined.length > 0 && SUFFIXES.indexOf(w) >= 0 && isPersianWord(joined[joined.length - 1])) { joined[joined.length - 1] += w; continue; }
      joined.push(w);
    }
    return joined.join(" ");
  }

  function persianDigits(s) { return s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x6f0 + Number(d)); }); }

  root.SiteSearch = { fold: fold };
  if (typeof module !== "undefined") { module.exports = { fold: fold }; return; }

  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search");
    if (!box || location.protocol === "file:") return;
    var html = document.documentElement;
    var lang = html.lang;
    var bundle = new URL(box.getAttribute("data-bundle"), location.href);
    var siteRoot = new URL("../", bundle);
    var input = document.getElementById("q");
    var results = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var form = box.querySelector("form");
    var pagefind = null;

    function load() {
      if (pagefind) return Promise.resolve(pagefind);
      return import(new URL("pagefind.js", bundle).href).then(function (pf) {
        pagefind = pf;
        return pf.options({ baseUrl: siteRoot.pathname }).then(function () { return pf; });
      });
    }

    function show(query) {
      var folded = fold(query);
      results.textContent = "";
      status.textContent = "";
      if (!folded) return;
      load().then(function (pf) { return pf.search(folded); }).then(function (search) {
        return Promise.all(search.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (items) {
          results.textContent = "";
          // Only the count is announced to screen readers; the results are there to read at one's pace.
          status.textContent = (lang === "fa" ? persianDigits(String(search.results.length)) : String(search.results.length)) + " " + box.getAttribute("data-found");
          items.forEach(function (d) {
            var item = el("article", "search-result");
            var h = el("h2", "doc-title");
            var a = el("a", null, d.meta.title);
            // Pagefind's addresses start at the site's root ("/messages/..."); the site may live under a sub-path.
            a.href = new URL((d.raw_url || d.url).replace(/^\/+/, ""), siteRoot).href;
            h.appendChild(a);
            item.appendChild(h);
            var by = [d.meta.kind, d.meta.sender, d.meta.topics].filter(Boolean).join(" · ");
            item.appendChild(el("p", "byline", by));
            var ex = el("p", "excerpt");
            // Pagefind marks the matches with <mark>; the rest of the excerpt is text it escaped.
            ex.innerHTML = lang === "fa" ? persianDigits(d.excerpt) : d.excerpt;
            item.appendChild(ex);
            results.appendChild(item);
          });
        });
      }).catch(function () { html.classList.remove("search-ready"); });
    }

    html.classList.add("search-ready");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      history.replaceState(null, "", "?q=" + encodeURIComponent(input.value));
      show(input.value);
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; show(q); }
  });
})(typeof window !== "undefined" ? window : globalThis);
