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

  // The offline copy's search (Site.Search.OfflineSearch): records.js beside the page calls SiteSearch.records.
  var offline = null;

  // The query's words as they are looked for: an English plural as its singular ("workers" finds "worker" and
  // "workers"), as Pagefind's stemming would; words of other scripts as typed.
  function stems(folded) {
    return folded.split(" ").map(function (w) { return /^[a-z]{4,}s$/.test(w) && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w; });
  }

  // Records holding every word of the query, most occurrences first (the title counts more), each with the
  // place of its first match for the excerpt. Words match inside words too, as a reader typing a stem expects.
  function find(records, folded) {
    var words = stems(folded);
    var found = [];
    records.forEach(function (r, order) {
      var text = r[5], title = fold(r[1]), score = 0, first = -1;
      for (var i = 0; i < words.length; i++) {
        var at = text.indexOf(words[i]);
        if (at < 0) return;
        if (first < 0 || at < first) first = at;
        for (var n = 0; at >= 0 && n < 50; n++) { score++; at = text.indexOf(words[i], at + words[i].length); }
        if (title.indexOf(words[i]) >= 0) score += 10;
      }
      found.push({ record: r, score: score, first: first, order: order });
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found;
  }

  // Some 160 characters of the text around its first match, cut at spaces, the query's words marked.
  function excerpt(text, first, words) {
    var start = Math.max(0, first - 60), end = Math.min(text.length, first + 100);
    if (start > 0) { var sp = text.indexOf(" ", start); if (sp >= 0 && sp < first) start = sp + 1; }
    if (end < text.length) { var ep = text.lastIndexOf(" ", end); if (ep > first) end = ep; }
    var piece = text.slice(start, end).replace(/\n/g, " ");
    var parts = [];
    for (var i = 0; i < piece.length;) {
      var next = -1, len = 0;
      words.forEach(function (w) { var at = piece.indexOf(w, i); if (at >= 0 && (next < 0 || at < next || (at === next && w.length > len))) { next = at; len = w.length; } });
      if (next < 0) { parts.push([piece.slice(i), false]); break; }
      if (next > i) parts.push([piece.slice(i, next), false]);
      parts.push([piece.slice(next, next + len), true]);
      i = next + len;
    }
    return { parts: parts, before: start > 0, after: end < text.length };
  }

  root.SiteSearch = { fold: fold, find: find, excerpt: excerpt, records: function (r) { offline = r; } };
  if (typeof module !== "undefined") { module.exports = root.SiteSearch; return; }

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.getElementById("search");
    if (!box) return;
    // From a file Pagefind cannot run: the offline copy has records.js beside the page instead. Without it (the
    // built folder opened as it is, or a language too large for one file) the page keeps saying search is not here.
    if (location.protocol === "file:") loadRecords().then(start, function () { });
    else start();
  });

  // records.js beside the page (the offline copy's and the Kiwix file's, which have no Pagefind index).
  var recordsLoading = null;
  function loadRecords() {
    return recordsLoading = recordsLoading || new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = "records.js";
      script.onload = function () { if (offline) resolve(); else reject(new Error("records.js held no records")); };
      script.onerror = reject;
      document.head.appendChild(script);
    });
  }

  function el(tag, cls, text) { var e = document.createElement(tag); if (cls) e.className = cls; if (text) e.textContent = text; return e; }

  function start() {
    var box = document.getElementById("search");
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

    // Results as both searches give them: the address from the site's root, the fields, and the excerpt as Pagefind's
    // HTML (its matches in <mark>, the rest text it escaped) or as our parts of text.
    function fromRecords(folded) {
      var words = stems(folded);
      var found = find(offline, folded);
      return {
        count: found.length,
        items: found.slice(0, 20).map(function (f) {
          var r = f.record;
          return { url: r[0], title: r[1], sender: r[2], kind: r[3], topics: r[4], parts: excerpt(r[5], f.first, words) };
        })
      };
    }

    function fromPagefind(folded) {
      return load().then(function (pf) { return pf.search(folded); }).then(function (found) {
        return Promise.all(found.results.slice(0, 20).map(function (r) { return r.data(); })).then(function (data) {
          return {
            count: found.results.length,
            items: data.map(function (d) {
              // Pagefind's addresses start at the site's root ("/messages/..."); the site may live under a sub-path.
              return { url: (d.raw_url || d.url).replace(/^\/+/, ""), title: d.meta.title, sender: d.meta.sender, kind: d.meta.kind, topics: d.meta.topics, html: d.excerpt };
            })
          };
        });
      });
    }

    // Where Pagefind's index is not there to load (the Kiwix file) the records may be: then they answer.
    function search(folded) {
      if (offline) return Promise.resolve(fromRecords(folded));
      return fromPagefind(folded).catch(function (missing) {
        return loadRecords().then(function () { return fromRecords(folded); }, function () { throw missing; });
      });
    }

    function digits(text) { return lang === "fa" ? persianDigits(text) : text; }

    function show(query) {
      var folded = fold(query);
      results.textContent = "";
      status.textContent = "";
      if (!folded) return;
      search(folded).then(function (found) {
        results.textContent = "";
        // Only the count is announced to screen readers; the results are there to read at one's pace.
        status.textContent = digits(String(found.count)) + " " + box.getAttribute("data-found");
        found.items.forEach(function (d) {
          var item = el("article", "search-result");
          var h = el("h2", "doc-title");
          var a = el("a", null, d.title);
          a.href = new URL(d.url, siteRoot).href;
          h.appendChild(a);
          item.appendChild(h);
          item.appendChild(el("p", "byline", [d.kind, d.sender, d.topics].filter(Boolean).join(" · ")));
          var ex = el("p", "excerpt");
          if (d.html !== undefined) ex.innerHTML = digits(d.html);
          else {
            if (d.parts.before) ex.appendChild(document.createTextNode("… "));
            d.parts.parts.forEach(function (p) { ex.appendChild(p[1] ? el("mark", null, digits(p[0])) : document.createTextNode(digits(p[0]))); });
            if (d.parts.after) ex.appendChild(document.createTextNode(" …"));
          }
          item.appendChild(ex);
          results.appendChild(item);
        });
      }).catch(function () { html.classList.remove("search-ready"); });
    }

    html.classList.add("search-ready");
    form.addEventListener("submit", function (e) {
      e.preventDefault();
      // A page opened from a file may refuse to change its address: the search is shown all the same.
      try { history.replaceState(null, "", "?q=" + encodeURIComponent(input.value)); } catch (err) { }
      show(input.value);
    });
    var q = new URLSearchParams(location.search).get("q");
    if (q) { input.value = q; show(q); }
  }
})(typeof window !== "undefined" ? window : globalThis);
