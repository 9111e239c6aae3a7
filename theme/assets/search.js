// Search with Pagefind's index (written by the build). Queries are folded as the indexed text was
// (Site.Text.PersianText.FoldForSearch): Arabic ي/ك, any digits, diacritics and tatweel all meet; a query with a
// ZWNJ is also looked for with a space there (queries), so a word written joined, with a ZWNJ or apart is found.
(function (root) {
  "use strict";

  var SUFFIXES = ["ها", "های", "هایی", "هایم", "هایت", "هایش", "هایمان", "هایتان", "هایشان", "تر", "ترین"];

  function isPersianWord(w) { return w.length > 0 && w.charCodeAt(0) >= 0x600 && w.charCodeAt(0) <= 0x6ff; }

  // Folds text as the index was folded. With keepMap it also gives, for each character of the folded text, where
  // in the text it came from: a match found in the folded text is then shown in the text as written.
  function foldWith(text, keepMap) {
    var out = "", at = keepMap ? [] : null;
    var space = -1;                                                 // where a run of white space began
    for (var i = 0; i < text.length; i++) {
      var c = text[i], code = text.charCodeAt(i);
      if (c === "\u064A" || c === "\u0649" || c === "\u06CE") c = "ی";
      else if (c === "\u06C7") c = "و";
      else if (c === "\u0643") c = "ک";
      else if (code >= 0x660 && code <= 0x669) c = String.fromCharCode(0x30 + code - 0x660);
      else if (code >= 0x6f0 && code <= 0x6f9) c = String.fromCharCode(0x30 + code - 0x6f0);
      if (c === "\u200C") continue;                               // ZWNJ
      if (/\s/.test(c) || c === "\uFEFF") { if (out.length > 0 && space < 0) space = i; continue; }
      if (c === "ـ") continue;                                     // tatweel
      code = c.charCodeAt(0);
      if ((code >= 0x64b && code <= 0x65f) || code === 0x670) continue;  // harakat
      if (c === "ى") c = "ی";
      else if (c === "ة") c = "ه";
      else if (c === "أ" || c === "إ" || c === "ٱ") c = "ا";
      else if (c === "ؤ") c = "و";
      if (space >= 0) { out += " "; if (at) at.push(space); space = -1; }
      var lower = c.toLowerCase();
      out += lower;
      if (at) for (var k = 0; k < lower.length; k++) at.push(i);
    }
    // Words: "می" and "نمی" joined to the word they precede, a plural or comparative suffix to the word it follows.
    var words = [], from = 0;
    out.split(" ").forEach(function (w) {
      if (w.length > 0) words.push({ w: w, at: at ? at.slice(from, from + w.length) : null });
      from += w.length + 1;
    });
    var joined = [];
    for (var n = 0; n < words.length; n++) {
      var word = words[n];
      if ((word.w === "می" || word.w === "نمی") && n + 1 < words.length && isPersianWord(words[n + 1].w)) {
        words[n + 1] = { w: word.w + words[n + 1].w, at: at ? word.at.concat(words[n + 1].at) : null };
        continue;
      }
      var last = joined[joined.length - 1];
      if (last && SUFFIXES.indexOf(word.w) >= 0 && isPersianWord(last.w)) {
        joined[joined.length - 1] = { w: last.w + word.w, at: at ? last.at.concat(word.at) : null };
        continue;
      }
      joined.push(word);
    }
    var folded = joined.map(function (j) { return j.w; }).join(" ");
    if (!at) return folded;
    var map = [];
    joined.forEach(function (j, x) { if (x > 0) map.push(j.at[0] - 1); Array.prototype.push.apply(map, j.at); });
    return { folded: folded, map: map };
  }

  function fold(text) { return foldWith(text, false); }

  // The forms a query is looked for in, best first: folded as the index was (a ZWNJ dropped: «هفت‌تپه» is «هفتتپه»),
  // and, when it had a ZWNJ, with the ZWNJ a space, since texts write the same words apart too («هفت تپه»). The
  // parts find both (Pagefind and the offline search match inside words); alone they would rank a word with a
  // common part («بی‌») below every text that has that part, so the joined form's results come first.
  function queries(query) {
    var joined = fold(query), apart = fold(query.replace(/\u200C/g, " "));
    return apart && apart !== joined ? [joined, apart] : joined ? [joined] : [];
  }

  function persianDigits(s) { return s.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x6f0 + Number(d)); }); }

  // The offline copy's search (Site.Search.OfflineSearch): records.js beside the page calls SiteSearch.records.
  var offline = null;

  // The query's words as they are looked for: an English plural as its singular ("workers" finds "worker" and
  // "workers"), as Pagefind's stemming would; words of other scripts as typed.
  function stems(folded) {
    return folded.split(" ").map(function (w) { return /^[a-z]{4,}s$/.test(w) && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w; });
  }

  // Where w stands in the folded text from 'from', or -1. Words match inside words, but a word that starts with «می»
  // is not the negative «نمی…» (folded, «نمی» is joined to its verb): «می‌خواهیم» ("we want") does not find
  // «نمی‌خواهیم» ("we do not want").
  function indexOfWord(text, w, from) {
    for (var at = text.indexOf(w, from); at >= 0; at = text.indexOf(w, at + 1)) {
      if (!(w.slice(0, 2) === "می" && at > 0 && text[at - 1] === "ن" && (at === 1 || text[at - 2] === " "))) return at;
    }
    return -1;
  }

  // A record's text and title folded, once per page: the records hold them as written.
  function folded(r) { return r.folded || (r.folded = [fold(r[5]), fold(r[1])]); }

  // Records holding every word of the query, most occurrences first (the title counts more). Words match inside
  // words too, as a reader typing a stem expects.
  function find(records, query) {
    var words = stems(query);
    var found = [];
    records.forEach(function (r, order) {
      var f = folded(r), text = f[0], title = f[1], score = 0;
      for (var i = 0; i < words.length; i++) {
        var at = indexOfWord(text, words[i], 0);
        if (at < 0) return;
        for (var n = 0; at >= 0 && n < 50; n++) { score++; at = indexOfWord(text, words[i], at + words[i].length); }
        if (indexOfWord(title, words[i], 0) >= 0) score += 10;
      }
      found.push({ record: r, score: score, order: order });
    });
    found.sort(function (a, b) { return b.score - a.score || a.order - b.order; });
    return found;
  }

  // The results of each form of the query (queries), each result once, in the order of the forms: [{ hit, form }].
  function merged(lists, key) {
    var seen = {}, out = [];
    lists.forEach(function (list, form) {
      list.forEach(function (hit) { var k = key(hit); if (!seen[k]) { seen[k] = true; out.push({ hit: hit, form: form }); } });
    });
    return out;
  }

  var WORD = /[\p{L}\p{M}\p{N}\u200C\u200D]/u;

  // Where the query's words are in the text as written: [start, end) pieces, each widened to the whole word it is
  // in, sorted and merged. A word the text does not hold as typed (Pagefind's stemming found it) is looked for by
  // its first letters.
  function places(text, words) {
    var f = foldWith(text, true), found = [];
    function look(w) {
      for (var at = indexOfWord(f.folded, w, 0); w && at >= 0; at = indexOfWord(f.folded, w, at + w.length)) {
        var start = f.map[at], end = f.map[at + w.length - 1] + 1;
        if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end++;   // both halves of a pair
        while (start > 0 && WORD.test(text[start - 1])) start--;
        while (end < text.length && WORD.test(text[end])) end++;
        found.push([start, end]);
      }
    }
    words.forEach(look);
    if (!found.length) words.forEach(function (w) { if (w.length > 4) look(w.slice(0, Math.max(4, w.length - 3))); });
    found.sort(function (a, b) { return a[0] - b[0]; });
    var merged = [];
    found.forEach(function (p) {
      var last = merged[merged.length - 1];
      if (last && p[0] <= last[1]) last[1] = Math.max(last[1], p[1]); else merged.push(p.slice());
    });
    return merged;
  }

  // Some 160 characters of the text as written around the first match, cut at white space, the matched words
  // marked, paragraphs apart by " · ": { parts: [[text, marked], …], before, after }. The text's first line is the
  // title, shown above the excerpt already: a match after it is preferred.
  function excerpt(text, words) {
    var marks = places(text, words), titleEnd = text.indexOf("\n");
    var inBody = marks.filter(function (m) { return titleEnd >= 0 && m[0] > titleEnd; });
    var first = inBody.length ? inBody[0][0] : marks.length ? marks[0][0] : 0;
    var start = Math.max(0, first - 60), end = Math.min(text.length, first + 100);
    if (start > 0) { var sp = text.slice(start, first).search(/\s/); if (sp >= 0) start += sp + 1; }
    if (end < text.length) { var tail = text.slice(first, end), ep = Math.max(tail.lastIndexOf(" "), tail.lastIndexOf("\n")); if (ep > 0) end = first + ep; }
    var parts = [], i = start;
    marks.forEach(function (m) {
      var a = Math.max(m[0], i), b = Math.min(m[1], end);
      if (a >= b) return;
      if (a > i) parts.push([text.slice(i, a), false]);
      parts.push([text.slice(a, b), true]);
      i = b;
    });
    if (i < end) parts.push([text.slice(i, end), false]);
    parts.forEach(function (p) { p[0] = p[0].replace(/\s*\n\s*/g, " · ").replace(/\s+/g, " "); });
    return { parts: parts, before: start > 0, after: end < text.length };
  }

  root.SiteSearch = { fold: fold, queries: queries, foldWith: foldWith, find: find, merged: merged, excerpt: excerpt, records: function (r) { offline = r; } };
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

    // Results as both searches give them: the address from the site's root, the fields, and the excerpt as parts of
    // the text as written.
    function fromRecords(forms) {
      var found = merged(forms.map(function (q) { return find(offline, q); }), function (f) { return f.record[0]; });
      return {
        count: found.length,
        items: found.slice(0, 20).map(function (f) {
          var r = f.hit.record;
          return { url: r[0], title: r[1], sender: r[2], kind: r[3], topics: r[4], parts: excerpt(r[5], stems(forms[f.form])) };
        })
      };
    }


    // The text as written of a result, beside the index (Site.Search.SearchIndex.TextOf); failing that, the folded
    // text Pagefind holds, which still shows where the words are.
    function textOf(d) {
      var url = (d.raw_url || d.url).replace(/^\/+/, "");
      return fetch(new URL("text/" + url.replace(/\.html$/, ".txt"), bundle))
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.text(); })
        .catch(function () { return d.content || ""; });
    }

    // The results are shown as soon as Pagefind's fields are in; each excerpt follows when its text arrives (on a
    // slow link, twenty texts held every title back by seconds).
    function fromPagefind(forms) {
      return load().then(function (pf) {
        return Promise.all(forms.map(function (q) { return pf.search(q); }));
      }).then(function (each) {
        var found = merged(each.map(function (f) { return f.results; }), function (r) { return r.id; });
        return Promise.all(found.slice(0, 20).map(function (f) { return f.hit.data(); })).then(function (data) {
          return {
            count: found.length,
            items: data.map(function (d, i) {
              var words = stems(forms[found[i].form]);
              // Pagefind's addresses start at the site's root ("/messages/..."); the site may live under a sub-path.
              return {
                url: (d.raw_url || d.url).replace(/^\/+/, ""), title: d.meta.title, sender: d.meta.sender, kind: d.meta.kind, topics: d.meta.topics,
                parts: textOf(d).then(function (text) { return excerpt(text, words); })
              };
            })
          };
        });
      });
    }

    // Where Pagefind's index is not there to load (the Kiwix file) the records may be: then they answer.
    function search(forms) {
      if (offline) return Promise.resolve(fromRecords(forms));
      return fromPagefind(forms).catch(function (missing) {
        return loadRecords().then(function () { return fromRecords(forms); }, function () { throw missing; });
      });
    }

    function digits(text) { return lang === "fa" ? persianDigits(text) : text; }

    function show(query) {
      var forms = queries(query);
      results.textContent = "";
      status.textContent = "";
      if (!forms.length) return;
      search(forms).then(function (found) {
        results.textContent = "";
        // Only the count is announced to screen readers; the results are there to read at one's pace.
        // "{0} نتیجه", "Results: {0}": a label where a word after the number would need its plural (Arabic has six).
        status.textContent = box.getAttribute("data-found").replace("{0}", digits(String(found.count)));
        found.items.forEach(function (d) {
          var item = el("article", "search-result");
          var h = el("h2", "doc-title");
          var a = el("a", null, d.title);
          a.href = new URL(d.url, siteRoot).href;
          h.appendChild(a);
          item.appendChild(h);
          item.appendChild(el("p", "byline", [d.kind, d.sender, d.topics].filter(Boolean).join(" · ")));
          var ex = el("p", "excerpt");
          Promise.resolve(d.parts).then(function (parts) {
            if (parts.before) ex.appendChild(document.createTextNode("… "));
            parts.parts.forEach(function (p) { ex.appendChild(p[1] ? el("mark", null, p[0]) : document.createTextNode(p[0])); });
            if (parts.after) ex.appendChild(document.createTextNode(" …"));
          });
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
