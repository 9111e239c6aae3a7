// Small, optional: everything works without it. It remembers the reading mode across pages, and opens the mode a
// link asks for (#side-en); it shows the reading settings and remembers them; and each paragraph's ¶ mark, still
// its permalink, also opens a bar to copy the paragraph's link or citation and to report a problem with it.
// Search lives in search.js.
(function () {
  "use strict";

  // Problem reports: the same rules as Model/ReaderLinks.cs (a test holds the two equal). Every character of a
  // title or a paragraph is percent-encoded, so nothing a translator typed can end the link's query.
  var WS = "[\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]+";
  var SPACES = new RegExp(WS, "g");
  var EDGES = new RegExp("^" + WS + "|" + WS + "$", "g");
  var BREAK = /\r\n|[\n\r\u2028\u2029\u0085]/;
  var LIMIT = 1000;

  function fmt(t, args) { return t.replace(/\{(\d)\}/g, function (m, i) { return args[+i] === undefined ? m : String(args[+i]); }); }
  function trimSpace(t) { return t.replace(EDGES, ""); }
  function oneLine(t) { return trimSpace(t.replace(SPACES, " ")); }
  // A lone surrogate (half a character) becomes U+FFFD, as in C#; encodeURIComponent would throw on it.
  function wellFormed(t) {
    var out = "";
    for (var i = 0; i < t.length; i++) {
      var c = t.charCodeAt(i), high = c >= 0xD800 && c <= 0xDBFF, low = c >= 0xDC00 && c <= 0xDFFF;
      var next = t.charCodeAt(i + 1), prev = t.charCodeAt(i - 1);
      var ok = high ? next >= 0xDC00 && next <= 0xDFFF : !low || (prev >= 0xD800 && prev <= 0xDBFF);
      out += ok ? t.charAt(i) : "\uFFFD";
    }
    return out;
  }
  function escape(t) {
    return encodeURIComponent(wellFormed(t)).replace(/[!'()*]/g, function (c) { return "%" + c.charCodeAt(0).toString(16).toUpperCase(); });
  }
  function cut(t) {
    if (t.length <= LIMIT) return t;
    var end = /[\uD800-\uDBFF]/.test(t.charAt(LIMIT - 1)) ? LIMIT - 1 : LIMIT;
    return t.slice(0, end) + "\u2026";
  }
  function quote(texts) {
    return texts.map(trimSpace).filter(function (t) { return t.length > 0; }).map(function (t) {
      return cut(t).split(BREAK).map(function (line) { return line.length ? "> " + line : ">"; }).join("\n");
    }).join("\n\n");
  }
  var report = {
    title: function (template, id, where, docTitle) { return fmt(template, [id, where, oneLine(docTitle)]); },
    body: function (template, id, where, langs, address, texts) { return fmt(template, [id, where, langs, address, quote(texts)]); },
    issueUrl: function (repo, title, body) { return "https://github.com/" + repo + "/issues/new?title=" + escape(title) + "&body=" + escape(body); },
    mailUrl: function (address, subject, body) { return "mailto:" + address + "?subject=" + escape(subject) + "&body=" + escape(body.replace(/\n/g, "\r\n")); },
    quote: quote,
    oneLine: oneLine,
    escape: escape,
  };
  if (typeof module === "object" && module.exports) module.exports = report;
  if (typeof document === "undefined") return;

  function store(k, v) { try { localStorage.setItem(k, v); } catch (e) { /* private mode or file:// */ } }
  function stored(k) { try { return localStorage.getItem(k); } catch (e) { return null; } }

  // Reading mode (original, side by side, translation only).
  function modes() {
    var KEY = "reading-mode";
    function apply(mode) {
      var radio = mode && document.getElementById("m-" + mode);
      if (radio) { radio.checked = true; return true; }
      return false;
    }
    var radios = document.querySelectorAll(".mode-radio");
    if (!radios.length) return;
    // An edition's pages (translation first) remember their mode apart from the Persian pages'.
    if (document.querySelector(".doc.edition")) {
      KEY = "edition-mode";
      apply(stored(KEY));
    } else {
      var hash = location.hash.replace("#", "");
      if (/^(side|only)-[a-z]{2,3}$/.test(hash) && apply(hash)) store(KEY, hash);
      else apply(stored(KEY) || "original");
    }
    radios.forEach(function (r) {
      r.addEventListener("change", function () { if (r.checked) store(KEY, r.value); });
    });
  }

  // Text size and line spacing: ReaderSettings.razor applies a stored choice early; here the controls.
  function settings() {
    var box = document.getElementById("reader-settings");
    if (!box) return;
    var root = document.documentElement;
    box.querySelectorAll("select[data-setting]").forEach(function (select) {
      var key = select.getAttribute("data-setting");
      if (root.dataset[key]) select.value = root.dataset[key];
      select.addEventListener("change", function () {
        root.dataset[key] = select.value;
        store("reading-" + key, select.value);
      });
    });
    box.hidden = false;
  }

  function copy(text) {
    function byHand() {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      area.remove();
      return ok;
    }
    if (navigator.clipboard && window.isSecureContext)
      return navigator.clipboard.writeText(text).then(function () { return true; }, byHand);
    return Promise.resolve(byHand());
  }

  // The bar under a paragraph: one element, moved to the paragraph whose ¶ was followed.
  function paragraphTools() {
    var data = document.getElementById("cite");
    if (!data) return;
    var d = data.dataset;
    var bar, status, mark, row, opener;

    function num(n) { return d.digits ? String(n).replace(/\d/g, function (x) { return d.digits.charAt(+x); }) : String(n); }
    function pageUrl() {
      if (d.url) return d.url;
      if (/^https?:$/.test(location.protocol)) return location.href.split("#")[0];
      return d.path; // from a file: the site's own path, not the reader's folders
    }
    // The paragraph's visible texts, in the order the page shows them: the original, and the translation beside it.
    function texts(r) {
      var out = [];
      Array.prototype.forEach.call(r.children, function (block) {
        if (!block.lang || !block.getClientRects().length) return;
        var parts = [];
        Array.prototype.forEach.call(block.children, function (c) {
          if (c.matches(".pl, .stale-note, .ptools")) return;
          var t = c.innerText.trim();
          if (t) parts.push(t);
        });
        if (parts.length) out.push({ lang: block.lang, text: parts.join("\n") });
      });
      return out;
    }
    function number() { return +row.id.replace(/\D+/g, ""); }
    function address() { return pageUrl() + "#" + row.id; }
    function citation() {
      var shown = texts(row).map(function (t) { return t.text; });
      return shown.concat([fmt(d.cite, [d.sender, d.title, num(number()), d.collection, d.edition, address()])]).join("\n\n");
    }
    function say(text) { status.textContent = ""; status.textContent = text; }

    function button(label, act) {
      var b = document.createElement("button");
      b.type = "button";
      b.textContent = label;
      b.addEventListener("click", act);
      return b;
    }
    function link(cls, label) {
      var a = document.createElement("a");
      a.className = cls;
      a.textContent = label;
      bar.appendChild(a);
      return a;
    }
    function copied(text) {
      copy(text).then(function (ok) {
        var old = bar.querySelector("textarea");
        if (old) old.remove();
        if (ok) { say(d.lCopied); return; }
        // Copying refused (an old browser, a locked-down page): the text to select by hand.
        var area = document.createElement("textarea");
        area.readOnly = true;
        area.value = text;
        area.setAttribute("aria-label", d.lFailed);
        bar.appendChild(area);
        say(d.lFailed);
        area.select();
      });
    }

    bar = document.createElement("div");
    bar.className = "ptools";
    bar.id = "ptools";
    bar.setAttribute("role", "group");
    bar.hidden = true;
    bar.appendChild(button(d.lCopyLink, function () { copied(address()); }));
    bar.appendChild(button(d.lCopyCitation, function () { copied(citation()); }));
    var issue = d.repo ? link("report", d.lReport) : null;
    var mail = d.mail ? link("report-mail", d.repo ? d.lMail : d.lReport) : null;
    var close = button("\u00D7", function () { hide(true); });
    close.className = "ptools-close";
    close.setAttribute("aria-label", d.lClose);
    bar.appendChild(close);
    status = document.createElement("span");
    status.className = "ptools-status";
    status.setAttribute("role", "status");
    bar.appendChild(status);
    bar.addEventListener("keydown", function (e) { if (e.key === "Escape") hide(true); });

    function links() {
      if (!row) return;
      var shown = texts(row);
      var where = "\u00B6 " + number();
      var langs = shown.map(function (t) { return t.lang; }).join(", ") || document.documentElement.lang;
      var title = report.title(d.reportTitle, d.id, where, d.title);
      var body = report.body(d.reportBody, d.id, where, langs, address(), shown.map(function (t) { return t.text; }));
      if (issue) issue.href = report.issueUrl(d.repo, title, body);
      if (mail) mail.href = report.mailUrl(d.mail, title, body);
    }
    function show(m) {
      if (opener) opener.setAttribute("aria-expanded", "false");
      opener = m;
      row = document.getElementById(m.getAttribute("href").slice(1));
      if (!row) return;
      bar.setAttribute("aria-label", fmt(d.lTools, [num(number())]));
      var area = bar.querySelector("textarea");
      if (area) area.remove();
      status.textContent = "";
      row.after(bar);
      bar.hidden = false;
      m.setAttribute("aria-expanded", "true");
      links();
      setTimeout(function () { bar.querySelector("button").focus(); }, 0);
    }
    function hide(refocus) {
      bar.hidden = true;
      if (opener) {
        opener.setAttribute("aria-expanded", "false");
        if (refocus) opener.focus();
      }
      opener = row = null;
    }

    document.querySelectorAll("a.pl").forEach(function (m) {
      m.setAttribute("aria-expanded", "false");
      m.setAttribute("aria-controls", "ptools");
    });
    document.body.appendChild(bar);
    document.addEventListener("click", function (e) {
      mark = e.target.closest && e.target.closest("a.pl");
      if (!mark) return;
      // The link still goes to its paragraph (the address bar shows the permalink); the bar opens beside it.
      if (mark === opener && !bar.hidden) hide(false);
      else show(mark);
    });
    // A new reading mode shows other texts: the report quotes what is shown.
    document.querySelectorAll(".mode-radio").forEach(function (r) { r.addEventListener("change", links); });
  }

  // A workbench page registers the workbench's service worker (translate/offline.js, one folder up from every
  // workbench page), which keeps the pages a translator opened for use offline; this page itself was fetched before
  // the worker was there, so it is kept here. Browsers allow workers on https and on the computer itself, not file://.
  function offlineWorkbench() {
    if (!document.getElementById("wb-data") || !("serviceWorker" in navigator) || !window.isSecureContext) return;
    navigator.serviceWorker.register(new URL("../offline.js", location.href).href).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function () {
      return caches.open("workbench").then(function (cache) { return cache.add(location.href.split("#")[0]); });
    }).then(function () {
      document.documentElement.setAttribute("data-offline-ready", "");
    }, function () { /* no worker: the page works as before, online */ });
  }

  document.addEventListener("DOMContentLoaded", function () {
    modes();
    settings();
    paragraphTools();
    offlineWorkbench();
  });
})();
