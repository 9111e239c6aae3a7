// The translator's workbench (translate/<lang>/<id>.html). Everything happens in this page: nothing is sent anywhere.
// The first half holds the rules shared with the C# program, written again here and held equal to it by tests:
// normalization and paragraph hashes (Site.Text.PersianText), the translation rules (Site.Translations.TranslationRules),
// the glossary's rendering match (Site.Translations.Glossary.HasRendering) and the file (Site.Translations.Scaffold.Render).
(function (root) {
  "use strict";

  // C#'s char.IsWhiteSpace: JavaScript's \s plus U+0085, less U+FEFF (which Normalize drops on its own).
  function isWhite(c) { return c === "\u0085" || (c !== "\uFEFF" && /\s/.test(c)); }
  // C#'s char.IsControl.
  function isControl(c) { var n = c.charCodeAt(0); return n <= 0x1f || (n >= 0x7f && n <= 0x9f); }

  // PersianText.Normalize: Arabic ي ى ێ ك => ی ی ی ک, ۇ => و, Arabic-Indic digits => Persian, white space collapsed and trimmed, ZWNJ kept.
  function normalize(text) {
    var out = "", pending = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i], code = text.charCodeAt(i);
      if (c === "\u064A" || c === "\u0649" || c === "\u06CE") c = "ی";
      else if (c === "\u06C7") c = "و";
      else if (c === "\u0643") c = "ک";
      else if (code >= 0x660 && code <= 0x669) c = String.fromCharCode(0x6f0 + code - 0x660);
      if (c !== "\u200C" && (isWhite(c) || c === "\uFEFF")) { pending = out.length > 0; continue; }
      if (pending) { out += " "; pending = false; }
      out += c;
    }
    return out;
  }

  // SHA-256 of bytes (FIPS 180-4). Written out because crypto.subtle is missing outside secure contexts (a mirror
  // served over http) and is asynchronous; paragraphs are short.
  var K = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01,
    0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc,
    0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147,
    0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08,
    0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208,
    0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2];

  function sha256(bytes) {
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var len = bytes.length, total = ((len + 9 + 63) >> 6) << 6;
    var m = new Uint8Array(total);
    m.set(bytes);
    m[len] = 0x80;
    var bits = len * 8;
    m[total - 4] = (bits >>> 24) & 0xff; m[total - 3] = (bits >>> 16) & 0xff; m[total - 2] = (bits >>> 8) & 0xff; m[total - 1] = bits & 0xff;
    m[total - 5] = Math.floor(len / 0x20000000) & 0xff;
    var w = new Array(64);
    function rotr(x, n) { return (x >>> n) | (x << (32 - n)); }
    for (var off = 0; off < total; off += 64) {
      for (var t = 0; t < 16; t++) w[t] = (m[off + 4 * t] << 24) | (m[off + 4 * t + 1] << 16) | (m[off + 4 * t + 2] << 8) | m[off + 4 * t + 3];
      for (t = 16; t < 64; t++) {
        var s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >>> 3);
        var s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >>> 10);
        w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (t = 0; t < 64; t++) {
        var t1 = (k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t]) | 0;
        var t2 = ((rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
    }
    return h;
  }

  // PersianText.ParagraphHash: SHA-256 of the normalized text's UTF-8, the first 4 bytes in lower-case hex.
  var hashes = {};
  function paragraphHash(text) {
    if (Object.prototype.hasOwnProperty.call(hashes, text)) return hashes[text];
    var h = sha256(new TextEncoder().encode(normalize(text)));
    return (hashes[text] = ("0000000" + (h[0] >>> 0).toString(16)).slice(-8));
  }

  // SafeMarkdown.IsSafeUrl: http(s), mailto and relative (not protocol-relative) links are kept.
  function isSafeUrl(url) {
    if (blank(url)) return false;
    var u = "";
    for (var i = 0; i < url.length; i++) if (!isControl(url[i]) && !isWhite(url[i])) u += url[i];
    u = u.replace(/\\/g, "/");
    var colon = u.indexOf(":"), slash = u.search(/[\/?#]/);
    if (colon < 0 || (slash >= 0 && slash < colon)) return u.slice(0, 2) !== "//";
    var scheme = u.slice(0, colon).toLowerCase();
    return scheme === "http" || scheme === "https" || scheme === "mailto";
  }

  function blank(s) { return s === null || s === undefined || [].every.call(s, isWhite); }
  function trim(s) {
    var a = 0, b = s.length;
    while (a < b && isWhite(s[a])) a++;
    while (b > a && isWhite(s[b - 1])) b--;
    return s.slice(a, b);
  }

  // The translators' field: names separated by a comma or a semicolon (Latin or Persian); a name in double quotes
  // keeps its commas, a quote in it doubled (Workbench.TranslatorsField writes the field so).
  var NAME_SEPARATORS = ",\u060C;\u061B";
  function names(text) {
    var out = [], cur = "", quoted = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (quoted) {
        if (c !== '"') cur += c;
        else if (text[i + 1] === '"') { cur += c; i++; }
        else quoted = false;
      } else if (c === '"' && blank(cur)) { cur = ""; quoted = true; }
      else if (NAME_SEPARATORS.indexOf(c) >= 0) { out.push(cur); cur = ""; }
      else cur += c;
    }
    out.push(cur);
    return out.map(trim).filter(function (n) { return n.length > 0; });
  }
  function namesField(list) {
    return list.map(function (n) {
      var quote = n[0] === '"' || [].some.call(n, function (c) { return NAME_SEPARATORS.indexOf(c) >= 0; });
      return quote ? '"' + n.split('"').join('""') + '"' : n;
    }).join(", ");
  }

  // TranslationRules.Fields, .Count and .Slot: the same rule names, paragraphs, details and severities.
  function finding(rule, paragraph, detail, severity) { return { rule: rule, paragraph: paragraph, detail: detail, severity: severity }; }

  function fields(title, translators) {
    var found = [];
    if (blank(title)) found.push(finding("title-missing", 0, "", "error"));
    if (translators.length === 0 || translators.some(blank)) found.push(finding("translators-missing", 0, "", "error"));
    return found;
  }

  // TranslationRules.Sender: a signed message's sender left empty.
  function sender(signed, author) { return !blank(signed || "") && blank(author || "") ? [finding("author-missing", 0, signed, "warning")] : []; }

  function count(slots, paragraphs) {
    return slots === paragraphs ? [] : [finding("slot-count", 0, slots + "/" + paragraphs, "error")];
  }

  function slot(n, text) {
    var t = trim(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n"));
    // Nothing a reader sees (invisible characters, no-break spaces written as entities) is no translation (TranslationRules.Invisible).
    if (t.length === 0 || /^(?:[\s\p{Cf}]|&nbsp;|&#160;|&#[xX][aA]0;)*$/u.test(t)) return [finding("slot-empty", n, "", "error")];
    var found = [];
    // A block of link reference definitions ("[1]: https://…") is not a paragraph of its own.
    var parts = t.split(/\n[ \t]*\n\s*/).filter(function (part) {
      return !part.split("\n").every(function (line) { return /^ {0,3}\[[^\]\n]+\]:/.test(line); });
    }).length;
    if (parts === 0) return [finding("slot-empty", n, "", "error")];
    if (parts > 1) found.push(finding("slot-several", n, String(parts), "error"));
    // In the file, a comment nothing in the slot closes runs on to the next anchor's "-->" and hides what is between.
    var unclosed = unclosedComment(t) >= 0;
    if (unclosed) found.push(finding("slot-comment", n, "", "error"));
    found.push.apply(found, blocks(n, t));
    var seen = {}, m;
    var link = /\]\(\s*<?([^\s()>]*(?:\([^\s()]*\)[^\s()>]*)*)|<([A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*)>|(?:^|\n) {0,3}\[[^\]\n]+\]:[ \t]*<?([^\s>]*)/g;
    while ((m = link.exec(t)) !== null) {
      var url = m[1] !== undefined ? m[1] : m[2] !== undefined ? m[2] : m[3];
      if (!isSafeUrl(url) && !seen["l " + url]) { seen["l " + url] = true; found.push(finding("link-scheme", n, url, "warning")); }
      if (m[0].length === 0) link.lastIndex++;
    }
    var tag = /<!--|<\/?([A-Za-z][A-Za-z0-9-]*)(?=[\s\/>])/g;
    while ((m = tag.exec(t)) !== null) {
      var name = m[1] !== undefined ? "<" + m[1].toLowerCase() + ">" : m[0];
      if (unclosed && name === "<!--") continue;   // the error above, not HTML shown as text
      if (!seen["t " + name]) { seen["t " + name] = true; found.push(finding("raw-html", n, name, "warning")); }
    }
    if (linkAttempts(t) > MAX_LINKS) found.push(finding("slot-links", n, String(MAX_LINKS), "error"));
    unshowableReferences(t).forEach(function (ref) {
      if (!seen["u " + ref]) { seen["u " + ref] = true; found.push(finding("slot-unshowable", n, ref, "error")); }
    });
    return found;
  }

  // TranslationRules.Blocks, .Marker, .Escaped, .FirstBlockStart, .BlockStart and .ListItem: a slot that starts as a
  // heading, quote, rule or code, a line that starts a block of its own inside it (the first one), and a slot that
  // starts as a list item.
  var OTHER_BLOCK = /#{1,6}(?:[ \t]|$)|>|`{3,}[^`]*$|~{3,}|(?:\*[ \t]*){3,}$|(?:_[ \t]*){3,}$|(?:-[ \t]*){3,}$/.source;
  var BLOCK_START = new RegExp("^ {0,3}(?:" + OTHER_BLOCK + "|" + /=+[ \t]*$|-+[ \t]*$|[-*+][ \t]+[^ \t]|1[.)][ \t]+[^ \t]/.source + ")");
  var FIRST_BLOCK_START = new RegExp("^(?:" + OTHER_BLOCK + ")");
  var LIST_ITEM = /^(?:[-*+]|[0-9]{1,9}[.)])[ \t]+[^ \t]/;
  function blocks(n, t) {
    var lines = t.split("\n"), found = [], marker;
    if (FIRST_BLOCK_START.test(lines[0])) {
      marker = blockMarker(lines[0]);
      return [finding("slot-block", n, marker + " 1 " + escapedMarker(marker), "error")];
    }
    if (LIST_ITEM.test(lines[0])) { marker = blockMarker(lines[0]); found.push(finding("slot-list", n, marker + " " + escapedMarker(marker), "warning")); }
    for (var i = 1; i < lines.length; i++) {
      if (/^[ \t]*$/.test(lines[i - 1]) || !BLOCK_START.test(lines[i])) continue;
      marker = blockMarker(lines[i]);
      found.push(finding("slot-block", n, marker + " " + (i + 1) + " " + escapedMarker(marker), "error"));
      break;
    }
    return found;
  }
  function blockMarker(line) {
    var s = line.replace(/^ +/, ""), e = 0;
    if (/[0-9]/.test(s[0])) { while (/[0-9]/.test(s[e])) e++; return s.slice(0, e + 1); }
    if (s[0] === ">") return ">";
    while (e < s.length && s[e] === s[0]) e++;
    return s.slice(0, e);
  }
  function escapedMarker(marker) { return /[0-9]/.test(marker[0]) ? marker.slice(0, -1) + "\\" + marker.slice(-1) : "\\" + marker; }

  // TranslationRules.UnclosedComment: where a "<!--" stands that no "-->" after it closes, or -1.
  function unclosedComment(text) {
    for (var at = text.indexOf("<!--"); at >= 0;) {
      var end = text.indexOf("-->", at + 4);
      if (end < 0) return at;
      at = text.indexOf("<!--", end + 3);
    }
    return -1;
  }

  // MarkdownText.MaxLinks and LinkLimitExtension.Attempts: a ']( ' or '][' with a '[' before it still open, not
  // escaped. Past the limit the build refuses the paragraph, and the preview shows it as typed (reading its links
  // would take as long as the build's Markdown took).
  var MAX_LINKS = 100;
  function linkAttempts(text) {
    var open = 0, attempts = 0;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (c !== "[" && c !== "]") continue;
      var slashes = 0;
      while (i - slashes - 1 >= 0 && text[i - slashes - 1] === "\\") slashes++;
      if (slashes % 2 === 1) continue;
      if (c === "[") { open++; continue; }
      if (open === 0 || i + 1 >= text.length || (text[i + 1] !== "(" && text[i + 1] !== "[")) continue;
      open--;
      attempts++;
    }
    return attempts;
  }

  // TranslationRules.UnshowableReferences: &#1; and the like, outside code spans and backslash escapes.
  function unshowableReferences(text) {
    var found = [], i = 0, m;
    if (text.indexOf("&#") < 0) return found;
    function run(at) { var e = at; while (e < text.length && text[e] === "`") e++; return e - at; }
    function closing(from, length) {
      for (var at = text.indexOf("`", from); at >= 0; at = text.indexOf("`", at)) {
        var r = run(at);
        if (r === length) return at;
        at += r;
      }
      return -1;
    }
    var reference = /&#(?:([0-9]{1,7})|[xX]([0-9a-fA-F]{1,6}));/y;
    while (i < text.length) {
      var c = text[i];
      if (c === "\\" && i + 1 < text.length && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(text[i + 1]) >= 0) { i += 2; continue; }
      if (c === "`") {
        var length = run(i), close = closing(i + length, length);
        i = close < 0 ? i + length : close + length;
        continue;
      }
      reference.lastIndex = i;
      if (c === "&" && (m = reference.exec(text)) !== null) {
        var value = m[1] !== undefined ? parseInt(m[1], 10) : parseInt(m[2], 16);
        if ((value >= 1 && value <= 0x1f && value !== 9 && value !== 10 && value !== 13) || (value >= 0x7f && value <= 0x9f) || value === 0xfffe || value === 0xffff) found.push(m[0]);
        i += m[0].length;
        continue;
      }
      i++;
    }
    return found;
  }

  // Glossary.HasRendering: a rendering as a whole word, case-insensitively, an English plural "s" allowed.
  function isLetterOrDigit(c) { return c !== undefined && /[\p{L}\p{Nd}]/u.test(c); }
  function hasRendering(text, renderings) {
    var lower = text.toLowerCase();
    for (var i = 0; i < renderings.length; i++) {
      var r = renderings[i].toLowerCase();
      if (r.length === 0) continue;
      for (var at = lower.indexOf(r); at >= 0; at = lower.indexOf(r, at + 1)) {
        if (at > 0 && isLetterOrDigit(text[at - 1])) continue;
        var end = at + r.length;
        if (end < text.length && (text[end] === "s" || text[end] === "S")) end++;
        if (end < text.length && isLetterOrDigit(text[end])) continue;
        return true;
      }
    }
    return false;
  }

  // Scaffold.YamlString, .Slot, .Anchor and .Render (with a draft).
  function yamlString(text) {
    var s = trim(text || ""), out = "\"";
    for (var i = 0; i < s.length; i++) {
      var c = s[i];
      if (c === "\\" || c === "\"") out += "\\" + c;
      else if (isControl(c)) out += " ";
      else out += c;
    }
    return out + "\"";
  }
  // Scaffold.YamlName: a name as it is where YAML reads it back the same, as hand-written files have it; else quoted.
  var YAML_WORDS = ["null", "true", "false", "yes", "no", "on", "off", "y", "n"];
  function yamlName(name) {
    var t = trim(name || "");
    return /^\p{L}[\p{L}\p{M}\p{N} .'\-]*$/u.test(t) && YAML_WORDS.indexOf(t.toLowerCase()) < 0 ? t : yamlString(t);
  }
  function slotText(text) { return trim(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n").replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g, " ")); }
  function anchor(n, persian) { return "<!-- ¶" + n + " — " + persian.split("--").join("- -") + " -->"; }

  // With pinned (the page's own: Scaffold.Render has none), a paragraph whose original changed and whose translation
  // was not revised keeps the hash and the wording its translation pinned, { hash, wording }, so the change stays
  // marked (the current wording stands in where the old one is not known).
  function renderFile(doc, draft, pinned) {
    function pin(i) { return pinned && pinned[i] ? pinned[i] : null; }
    var s = "---\n# Translation of " + doc.id + ": " + doc.title + "\n";
    if (doc.sender !== null && doc.sender !== undefined) s += "# Sender: " + doc.sender + "\n";
    s += "translation_of: " + doc.id + "\nlang: " + doc.lang + "\n";
    s += "title: " + yamlString(draft.title) + "\n";
    if (doc.kind === "message") s += "author: " + yamlString(draft.author) + "\n";
    s += "translators: [" + draft.translators.map(yamlName).join(", ") + "]\n";
    s += "status: draft    # a reviewer changes this to: reviewed\n";
    s += "# One hash per paragraph of the original as it was when you translated it; keep these as they are.\n";
    s += "source_hashes: [" + doc.paragraphs.map(function (p, i) { return pin(i) ? pin(i).hash : paragraphHash(p); }).join(", ") + "]\n---\n";
    for (var i = 0; i < doc.paragraphs.length; i++) {
      var wording = pin(i) && typeof pin(i).wording === "string" ? pin(i).wording : doc.paragraphs[i];
      s += "\n" + anchor(i + 1, wording) + "\n";
      var t = i < draft.slots.length ? slotText(draft.slots[i]) : "";
      s += t.length === 0 ? "\n\n" : t + "\n";
    }
    return s;
  }

  // TranslationRules.Language: the original pasted in the box, a paragraph in another script than the language's, or
  // in Arabic the letters only Persian writes (a name may keep one or two).
  var ARABIC_SCRIPT = ["ar", "ur", "ps", "ckb", "sd", "ug"], PERSIAN_ONLY = "\u067E\u0686\u0698\u06AF\u06A9\u06CC";
  var ADDRESS = /\]\([^)\s]*\)?|(?:https?:\/\/|www\.)\S+/gi;
  function language(n, text, original, lang) {
    var t = trim(text.replace(/\r\n/g, "\n").replace(/\r/g, "\n"));
    if (t.length === 0) return [];
    var same = normalize(t);
    if (same === normalize(original) && same.split(" ").length > 3) return [finding("slot-original", n, "", "warning")];
    var arabic = 0, other = 0, persianCount = 0, persian = [];
    // An address's letters are no language's: a paragraph that links or cites one is not taken for untranslated.
    t = t.replace(ADDRESS, " ");
    for (var i = 0; i < t.length; i++) {
      var c = t[i], code = t.charCodeAt(i);
      // C#'s char.IsLetter, one UTF-16 unit at a time (a letter outside the BMP is two surrogates, neither a letter).
      if (!/\p{L}/u.test(c)) continue;
      if ((code >= 0x600 && code <= 0x6ff) || (code >= 0x750 && code <= 0x77f) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfeff)) arabic++;
      else other++;
      if (PERSIAN_ONLY.indexOf(c) < 0) continue;
      persianCount++;
      if (persian.indexOf(c) < 0) persian.push(c);
    }
    var arabicScript = ARABIC_SCRIPT.indexOf(lang) >= 0;
    if (arabicScript ? other > arabic && other >= 20 : arabic > other && arabic >= 20) return [finding("slot-script", n, arabicScript ? "latin" : "arabic", "warning")];
    if (lang === "ar" && persianCount >= 3) return [finding("slot-persian-letters", n, persian.join(" "), "warning")];
    return [];
  }

  var core = { normalize: normalize, paragraphHash: paragraphHash, isSafeUrl: isSafeUrl, fields: fields, sender: sender, count: count, slot: slot,
    language: language, hasRendering: hasRendering, yamlString: yamlString, renderFile: renderFile, names: names, namesField: namesField };
  if (typeof module !== "undefined" && module.exports) module.exports = core;
  if (typeof document === "undefined") return;

  // ——— The page ———

  // GitHub's new-file page takes the text in its address; longer addresses than this are refused by some servers and
  // proxies on the way, so a longer file goes by the clipboard.
  var MAX_URL = 8000;

  function format(template, args) { return template.replace(/\{(\d+)\}/g, function (_, i) { return args[+i]; }); }

  document.addEventListener("DOMContentLoaded", function () {
    var dataEl = document.getElementById("wb-data");
    if (!dataEl) return;
    var data = JSON.parse(dataEl.textContent);
    // A paragraph of the original the page shows as it is written comes as null: it is read from the page (the text
    // after the paragraph's number), so the page carries it once.
    data.paragraphs = data.paragraphs.map(function (text, i) {
      if (text !== null) return text;
      var p = document.querySelector("#wb-p" + (i + 1) + " .orig > p"), read = "";
      for (var n = p.firstChild; n; n = n.nextSibling) if (!(n.classList && n.classList.contains("pn"))) read += n.textContent;
      return read;
    });
    // The messages in the page's language, from assets/workbench-<lang>.js (loaded before this script); without
    // them a finding shows its rule's name.
    var S = window.WorkbenchStrings || {};
    var $ = function (id) { return document.getElementById(id); };
    var title = $("wb-title"), author = $("wb-author"), translators = $("wb-translators");
    var slots = [].slice.call(document.querySelectorAll("textarea[data-paragraph]"));
    var file = $("translation-file"), summary = $("wb-summary"), notice = $("wb-notice"), propose = $("wb-propose");
    var holds = slots.map(function (s) { return document.querySelector("input[data-holds=\"" + s.getAttribute("data-paragraph") + "\"]"); });
    var pinned = data.pinned || [];
    document.documentElement.classList.add("wb-ready");

    function translatorList() { return names(translators.value); }

    // Each field a draft keeps: its key in the draft ("title", …, or a slot's index) and its element, whose
    // defaultValue is the text the page holds (the published translation, or nothing).
    var fieldList = [{ key: "title", el: title }, { key: "author", el: author }, { key: "translators", el: translators }]
      .filter(function (f) { return f.el; })
      .concat(slots.map(function (s, i) { return { key: i, el: s }; }));
    function get(from, key) { return typeof key === "number" ? (from.slots || [])[key] : from[key]; }
    function put(into, key, value) { if (typeof key === "number") (into.slots = into.slots || [])[key] = value; else into[key] = value; }
    function same(f, a, b) { return f.key === "translators" ? JSON.stringify(names(a)) === JSON.stringify(names(b)) : slotText(a) === slotText(b); }
    // What each field held on the page when the draft began (null: not known, a draft kept before bases were). The
    // next visit compares it with what the page holds then, so a newer published text is not overwritten unseen.
    var base = {};
    fieldList.forEach(function (f) { put(base, f.key, f.el.defaultValue); });

    function draft() {
      return { title: title.value, author: author ? author.value : "", translators: translatorList(), slots: slots.map(function (s) { return s.value; }),
        holds: holds.map(function (h, i) { return h && h.checked ? i + 1 : 0; }).filter(Boolean), base: base };
    }
    // A paragraph whose original changed keeps what its translation pinned until the translator revises it: changes
    // its text from the published one, or ticks that it still holds. Until then the file keeps it marked as changed.
    function keepsPin(i) {
      return !!pinned[i] && slotText(slots[i].value) === slotText(slots[i].defaultValue) && !(holds[i] && holds[i].checked);
    }
    function pins() { return slots.map(function (s, i) { return keepsPin(i) ? pinned[i] : null; }); }
    function store(d) { try { localStorage.setItem(data.key, JSON.stringify(d)); return true; } catch (e) { return false; } }
    function stored() { try { return JSON.parse(localStorage.getItem(data.key) || "null"); } catch (e) { return null; } }
    function forget() { try { localStorage.removeItem(data.key); } catch (e) { /* nothing kept */ } }

    function message(f) {
      switch (f.rule) {
        case "title-missing": return S.titleMissing;
        case "author-missing": return S.authorMissing;
        case "translators-missing": return S.translatorsMissing;
        case "slot-count": return format(S.slotCount, f.detail.split("/"));
        case "slot-empty": return S.slotEmpty;
        case "slot-several": return format(S.slotSeveral, [f.detail]);
        case "link-scheme": return format(S.linkScheme, [f.detail]);
        case "raw-html": return format(S.rawHtml, [f.detail]);
        case "slot-unshowable": return format(S.unshowable, [f.detail]);
        case "slot-links": return format(S.slotLinks, [f.detail]);
        case "slot-comment": return S.slotComment;
        case "slot-block": return format(f.detail.split(" ")[1] === "1" ? S.slotStart : S.slotBlock, f.detail.split(" "));
        case "slot-list": return format(S.slotList, f.detail.split(" "));
        case "glossary": return format(S.glossary, [f.detail.fa, (f.detail.shown || f.detail.renderings).join(" / ")]);
        case "stale": return S.stale;
        case "slot-original": return S.slotOriginal;
        case "slot-script": return S.slotScript;
        case "slot-persian-letters": return format(S.slotPersianLetters, [f.detail]);
      }
      return f.rule;
    }
    function show(list, findings) {
      if (!list) return;
      list.textContent = "";
      findings.forEach(function (f) {
        var li = document.createElement("li");
        li.className = "wb-" + f.severity;
        li.textContent = message(f);
        list.appendChild(li);
      });
    }

    // A preview as the site shows a translated paragraph: its Markdown's emphasis, code and safe links; everything
    // else, typed HTML included, as text (made with text nodes, never parsed as HTML). As CommonMark (the site's
    // Markdig) reads them, an underscore inside a word (an address's "Evin_Prison") is no emphasis, and a link's
    // address may hold parentheses that pair ("…/Evin_Prison_(Tehran)").
    function inline(text, into) {
      var re = /\\([\\`*_\[\]<>])|`([^`]+)`|\*\*([^*]+)\*\*|\*([^*]+)\*|(?<![\p{L}\p{N}_])_([^_]+)_(?![\p{L}\p{N}_])|\[([^\]]*)\]\(\s*<?((?:[^\s()<>]|\([^\s()<>]*\))*)>?\s*\)/gu;
      var at = 0, m;
      while ((m = re.exec(text)) !== null) {
        if (m.index > at) into.appendChild(document.createTextNode(text.slice(at, m.index)));
        var el;
        if (m[1] !== undefined) el = document.createTextNode(m[1]);
        else if (m[2] !== undefined) { el = document.createElement("code"); el.textContent = m[2]; }
        else if (m[3] !== undefined) { el = document.createElement("strong"); inline(m[3], el); }
        else if (m[4] !== undefined || m[5] !== undefined) { el = document.createElement("em"); inline(m[4] !== undefined ? m[4] : m[5], el); }
        else if (isSafeUrl(m[7])) { el = document.createElement("a"); el.setAttribute("href", m[7]); inline(m[6], el); }
        else { el = document.createElement("span"); inline(m[6], el); }
        into.appendChild(el);
        at = m.index + m[0].length;
      }
      if (at < text.length) into.appendChild(document.createTextNode(text.slice(at)));
    }
    var preview = $("wb-preview");
    function renderPreview(d) {
      $("wb-preview-title").textContent = d.title;
      $("wb-preview-author").textContent = d.author ? " — " + d.author : "";
      preview.textContent = "";
      data.paragraphs.forEach(function (p, i) {
        var row = document.createElement("div"); row.className = "row";
        var orig = document.createElement("div"); orig.className = "orig"; orig.lang = "fa"; orig.dir = "rtl";
        var op = document.createElement("p"); op.textContent = p; orig.appendChild(op);
        var tr = document.createElement("div"); tr.className = "tr"; tr.lang = data.lang; tr.dir = slots[i].dir;
        var t = slotText(d.slots[i] || "");
        if (t.length) {
          var tp = document.createElement("p");
          if (linkAttempts(t) > MAX_LINKS) tp.textContent = t; else inline(t.replace(/\n/g, " "), tp);
          tr.appendChild(tp);
        }
        row.appendChild(orig); row.appendChild(tr);
        preview.appendChild(row);
      });
    }

    function proposeHref(text) {
      if (!propose || data.existing) return { href: data.propose, fits: false };
      var full = data.propose + "&value=" + encodeURIComponent(text);
      return full.length <= MAX_URL ? { href: full, fits: true } : { href: data.propose, fits: false };
    }

    // The checks and the saving run at every keystroke; the file, the preview and the link to GitHub, which cost a
    // page layout (a long file in a text box most of all), wait until typing pauses. The buttons make them at once.
    var pending = null;
    function refresh() {
      if (pending !== null) { clearTimeout(pending); pending = null; }
      document.documentElement.removeAttribute("data-wb-pending");
      var d = draft(), text = renderFile(data, d, pins());
      file.value = text;
      if (propose) propose.href = proposeHref(text).href;
      renderPreview(d);
      return text;
    }
    // The paragraphs with something to see, for the summary's links (a long document on a phone is metres long).
    var errorsNow = 0, newerNow = 0;
    function problemLinks(list, numbers, cls) {
      numbers.forEach(function (n) {
        var a = document.createElement("a");
        a.href = "#wb-p" + n; a.className = cls; a.textContent = "¶" + n;
        list.appendChild(document.createTextNode(" ")); list.appendChild(a);
      });
    }
    function update(save) {
      var d = draft();
      var errors = 0, warnings = 0, done = 0, withErrors = [], withWarnings = [];
      function tally(list) { list.forEach(function (f) { if (f.severity === "error") errors++; else warnings++; }); return list; }
      var ff = tally(fields(d.title, d.translators));
      show($("wb-title-msgs"), ff.filter(function (f) { return f.rule === "title-missing"; }));
      show($("wb-translators-msgs"), ff.filter(function (f) { return f.rule === "translators-missing"; }));
      if (author) show($("wb-author-msgs"), tally(sender(data.signed, d.author)));
      tally(count(slots.length, data.paragraphs.length));
      slots.forEach(function (s, i) {
        var n = i + 1, found = slot(n, s.value).concat(language(n, s.value, data.paragraphs[i], data.lang));
        if (keepsPin(i)) found.push(finding("stale", n, "", "warning"));
        if (!found.some(function (f) { return f.rule === "slot-empty"; })) {
          done++;
          (data.glossary[i] || []).forEach(function (term) {
            if (!hasRendering(s.value, term.renderings)) found.push(finding("glossary", n, term, "warning"));
          });
        }
        tally(found);
        if (found.some(function (f) { return f.severity === "error"; })) withErrors.push(n);
        else if (found.length > 0) withWarnings.push(n);
        show($("wb-m" + n), found);
        s.classList.toggle("wb-has-error", found.some(function (f) { return f.severity === "error"; }));
      });
      // A field where the published text changed since the draft (its note says so) is a warning until the
      // translator chooses: proposed unseen, the draft would undo a reviewer's change.
      var newer = fieldList.filter(function (f) { var next = f.el.nextElementSibling; return next && next.classList.contains("wb-newer"); });
      newer.forEach(function (f) {
        warnings++;
        if (typeof f.key === "number" && withErrors.indexOf(f.key + 1) < 0 && withWarnings.indexOf(f.key + 1) < 0) withWarnings.push(f.key + 1);
      });
      withWarnings.sort(function (a, b) { return a - b; });
      newerNow = newer.length;
      summary.textContent = format(S.progress, [done, data.paragraphs.length, errors, warnings]) + (errors === 0 ? " " + S.ready : "");
      summary.className = "wb-summary " + (errors === 0 ? "wb-ok" : "wb-pending");
      // Where they are, as links (untranslated paragraphs are errors too, so only the first few are listed).
      var listed = withErrors.concat(withWarnings).slice(0, 30);
      if (listed.length > 0) {
        summary.appendChild(document.createTextNode(" " + S.problemsAt));
        problemLinks(summary, listed.filter(function (n) { return withErrors.indexOf(n) >= 0; }), "wb-error");
        problemLinks(summary, listed.filter(function (n) { return withErrors.indexOf(n) < 0; }), "wb-warning");
      }
      errorsNow = errors;
      if (errors === 0 && newerNow === 0) confirmed = false;
      if (save && store(d)) notice.textContent = S.saved;
      if (!save) { refresh(); return; }
      if (pending !== null) clearTimeout(pending);
      document.documentElement.setAttribute("data-wb-pending", "");
      pending = setTimeout(refresh, 300);
    }

    function copy(text, then) {
      function fallback() {
        file.focus(); file.select();
        try { document.execCommand("copy"); } catch (e) { /* the text stays selected for the reader to copy */ }
        then();
      }
      if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(text).then(then, fallback);
      else fallback();
    }

    // A slot grows with its text, so a long paragraph is read whole (on a phone above all).
    function fit(s) { s.style.blockSize = "auto"; s.style.blockSize = (s.scrollHeight + 4) + "px"; }

    // Beside a field where both the draft and the published translation changed: the published text, and a button
    // that takes it.
    function showNewer(f) {
      var note = document.createElement("div"), says = document.createElement("p"), text = document.createElement("p"), use = document.createElement("button");
      note.className = "wb-newer"; note.setAttribute("role", "note");
      says.textContent = S.newer;
      text.className = "wb-published"; text.lang = data.lang; text.dir = f.el.dir || "auto"; text.textContent = f.el.defaultValue;
      use.type = "button"; use.textContent = S.usePublished;
      use.addEventListener("click", function () {
        f.el.value = f.el.defaultValue;
        put(base, f.key, f.el.defaultValue);
        note.remove();
        if (typeof f.key === "number") fit(f.el);
        update(true);
        f.el.focus();
      });
      note.appendChild(says); note.appendChild(text); note.appendChild(use);
      f.el.insertAdjacentElement("afterend", note);
    }

    // What this browser kept of an earlier visit, field by field against the text it began from: untouched there, the
    // page's text stands (a reviewer's change merged since is kept); changed there only, the draft's; changed in both,
    // the draft's, with the published text beside it.
    var kept = stored();
    fieldList.forEach(function (f) {
      var page = f.el.defaultValue;
      // The browser may have put back what the field held before a reload; the page's text is the one to start from.
      f.el.value = page;
      if (!kept) return;
      var mine = f.key === "translators" ? namesField(kept.translators || []) : get(kept, f.key);
      var was = kept.base ? get(kept.base, f.key) : null;
      // A field the draft does not have (a paragraph added to the original since) is the page's.
      if (typeof mine !== "string" || same(f, mine, page)) return;
      if (was === null || was === undefined) {
        // A draft kept before bases were: where a published text differs from it, both changed as far as is known.
        f.el.value = mine;
        if (slotText(page) !== "") { put(base, f.key, null); showNewer(f); }
      } else if (same(f, mine, was)) return;
      else if (same(f, page, was)) f.el.value = mine;
      else { f.el.value = mine; put(base, f.key, was); showNewer(f); }
    });
    holds.forEach(function (h, i) { if (h) h.checked = !!kept && (kept.holds || []).indexOf(i + 1) >= 0; });
    slots.forEach(function (s) { fit(s); s.addEventListener("input", function () { fit(s); }); });
    [title, author, translators].concat(slots).forEach(function (el) { if (el) el.addEventListener("input", function () { update(true); }); });
    holds.forEach(function (h) { if (h) h.addEventListener("change", function () { update(true); }); });

    $("wb-download").addEventListener("click", function () {
      var a = document.createElement("a");
      a.href = URL.createObjectURL(new Blob([refresh()], { type: "text/markdown;charset=utf-8" }));
      a.download = data.slug + ".md";
      document.body.appendChild(a); a.click(); a.remove();
      notice.textContent = S.kept;
      setTimeout(function () { URL.revokeObjectURL(a.href); }, 1000);
    });
    // Once the file has left the page, the translator is told that the draft (their name too) stays in this browser:
    // on a shared or searched phone, Start over is how it goes.
    $("wb-copy").addEventListener("click", function () { copy(refresh(), function () { notice.textContent = S.copied + " " + S.kept; }); });
    // Proposing a file with errors takes a second press: check would refuse it, and the first press says so. So
    // does one with a published change not yet chosen or set aside.
    var confirmed = false;
    // Where the file goes by the clipboard, the steps come before GitHub's page (on a phone, the page opens in place
    // of this one, and steps written here would go unseen): this press copies and says what to do; the link goes.
    function openGitHub(href) {
      var a = document.createElement("a");
      a.id = "wb-open-github"; a.className = "button"; a.href = href; a.target = "_blank"; a.rel = "noopener"; a.textContent = S.openGitHub;
      notice.appendChild(document.createTextNode(" ")); notice.appendChild(a);
      notice.scrollIntoView({ block: "nearest" });
      a.focus();
    }
    if (propose) propose.addEventListener("click", function (e) {
      var text = refresh(), p = proposeHref(text);
      propose.href = p.href;
      if ((errorsNow > 0 || newerNow > 0) && !confirmed) {
        e.preventDefault();
        confirmed = true;
        notice.textContent = errorsNow > 0 ? format(S.proposeErrors, [errorsNow]) : format(S.proposeNewer, [newerNow]);
        notice.scrollIntoView({ block: "nearest" });
        return;
      }
      if (p.fits) return;
      e.preventDefault();
      copy(text, function () { notice.textContent = (data.existing ? S.proposeEdit : S.proposeClipboard) + " " + S.kept; openGitHub(p.href); });
    });
    var reset = $("wb-reset"), yes = $("wb-reset-yes");
    reset.addEventListener("click", function () { yes.hidden = false; yes.focus(); });
    yes.addEventListener("click", function () {
      forget();
      fieldList.forEach(function (f) { f.el.value = f.el.defaultValue; put(base, f.key, f.el.defaultValue); });
      [].forEach.call(document.querySelectorAll(".wb-newer"), function (note) { note.remove(); });
      holds.forEach(function (h) { if (h) h.checked = false; });
      slots.forEach(fit);
      yes.hidden = true;
      notice.textContent = "";
      update(false);
      title.focus();
    });
    update(false);
  });
})(typeof window !== "undefined" ? window : globalThis);
