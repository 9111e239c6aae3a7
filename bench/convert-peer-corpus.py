#!/usr/bin/env python3
"""Convert the peer benchmark's corpus (the shared folder's bench/make-corpus.py N DIR) into a project folder in OUR format.

Usage:
    python3 bench/convert-peer-corpus.py PEER_CORPUS_DIR DIR

PEER_CORPUS_DIR holds fa/msg-*.md, en/msg-*.md and corpus.json (see the shared folder's bench/README.md).
DIR becomes a project folder (see ourformat.py). Run once per corpus, untimed (bench/ourgen.sh prepare
does it and caches the result).

Mapping, document by document (same documents, same translations, same topics):
  fa/msg-00042.md  -> input/messages/00042-msg-00042.md
                      id and slug msg-00042, order 42, title, author (author_kind: person), topics as they are,
                      date (the UTC day of `date`, with its Jalali form), a made-up source line range;
                      the body as it is (paragraphs, "## headings", "- " lists, **bold**, links).
  en/msg-00042.md  -> input/translations/en/messages/msg-00042.md
                      translation_of msg-00042, lang en, title, author (Latin transliteration), status draft,
                      source_hashes computed from the Persian blocks as the generator computes them.
  20 topics        -> input/topics.yml (Persian and English names added)

Links: the peer corpus only has https://example.org/... links; they stay (an external <a href> is allowed by
the build's verification). Any other link target (relative, or another scheme) is turned into an external
https://example.org/ link, so the build's link check cannot fail on content; images become their alt text.

Block counts: our generator aligns a translation with its original block by block (a top-level Markdown block:
paragraph, heading, list) and stops the build when the counts differ. The peer corpus draws its English bodies
independently of the Persian ones (3-12 blocks each), so most translations (265 of 300 at N=1000) have a
different count. The converter therefore makes the English count equal to the Persian one, keeping all of the
English text:
  * too few English blocks: the longest multi-sentence English paragraph is split in two at a sentence
    boundary, again and again; when every paragraph is down to one sentence, the longest one is split at a
    word boundary (never inside **bold** or a link). (Repeating a block is no way out: a list repeated right
    after itself is one list in Markdown.)
  * too many English blocks: the surplus blocks at the end are flattened to plain inline text (a heading
    becomes a sentence, list items are joined with "; ") and merged into one final paragraph.
The counts are checked again before each file is written (ourformat.write_translation raises otherwise).
"""

import argparse
import hashlib
import json
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ourformat as of  # noqa: E402

_LINK = re.compile(r"(!?)\[([^\]]*)\]\(([^)\s]*)\)")


def safe_links(text):
    """Keep http(s) links; make every other link target external; images become their text."""
    def fix(m):
        bang, label, url = m.groups()
        if bang:
            return label
        if re.match(r"https?://", url):
            return m.group(0)
        return "[%s](https://example.org/%s)" % (label, re.sub(r"^[a-z]+:|^/+|\.\./", "", url))
    return _LINK.sub(fix, text)


def parse(path):
    """(front-matter dict, body) of a peer file; the front matter is simple YAML (JSON strings, flow lists)."""
    with open(path, encoding="utf-8") as f:
        text = f.read()
    _, fm, body = text.split("---\n", 2)
    meta = {}
    for line in fm.splitlines():
        if not line.strip():
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        meta[key.strip()] = json.loads(value) if value[:1] in ('"', "[") else value
    return meta, body


def flatten(block):
    """A block as inline text, to be merged into a paragraph."""
    kind = of.block_kind(block)
    if kind == "heading":
        return block.lstrip("#").strip() + "."
    if kind == "list":
        return "; ".join(l[2:].strip() for l in block.split("\n")) + "."
    return block.replace("\n", " ")


def longest_paragraph(blocks, ok):
    best, best_len = None, 0
    for k, b in enumerate(blocks):
        if of.block_kind(b) == "paragraph" and ok(b) and len(b) > best_len:
            best, best_len = k, len(b)
    return best


def word_cuts(paragraph):
    """Positions of the spaces where a paragraph can be cut without cutting **bold** or a [link](url)."""
    return [i for i, c in enumerate(paragraph)
            if c == " " and paragraph[:i].count("**") % 2 == 0 and paragraph[:i].count("[") == paragraph[:i].count(")")]


def fit_blocks(en, n):
    """Return (blocks, how): en made exactly n blocks long (see the module doc)."""
    en = list(en)
    if len(en) == n:
        return en, "same"
    if len(en) > n:
        keep, extra = en[:n - 1], en[n - 1:]
        return keep + [" ".join(flatten(b) for b in extra)], "merged"
    while len(en) < n:
        k = longest_paragraph(en, lambda b: b.count(". ") >= 1)
        if k is not None:  # split at the middle sentence boundary
            sentences = en[k].split(". ")
            half = len(sentences) // 2
            en[k:k + 1] = [". ".join(sentences[:half]) + ".", ". ".join(sentences[half:])]
            continue
        k = longest_paragraph(en, lambda b: len(word_cuts(b)) > 0)
        if k is not None:  # one sentence left in every paragraph: split at the middle word boundary
            cuts = word_cuts(en[k])
            cut = cuts[len(cuts) // 2]
            en[k:k + 1] = [en[k][:cut], en[k][cut + 1:]]
            continue
        en.append("(not translated)")  # never needed by the peer corpus; a paragraph, so never a list after a list
    return en, "split"


def converter_stamp(corpus_dir):
    h = hashlib.sha256()
    for p in (os.path.join(corpus_dir, "corpus.json"), os.path.abspath(__file__), of.__file__):
        with open(p, "rb") as f:
            h.update(f.read())
    h.update(of.THEME.encode())
    return h.hexdigest()[:16]


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("peer_corpus")
    ap.add_argument("dir")
    a = ap.parse_args(argv)
    src = os.path.abspath(a.peer_corpus)
    root = os.path.abspath(a.dir)
    with open(os.path.join(src, "corpus.json")) as f:
        info = json.load(f)
    n = info["documents"]
    os.makedirs(root, exist_ok=True)
    stamp_path = os.path.join(root, "bench-corpus.json")
    if os.path.exists(stamp_path):
        os.remove(stamp_path)  # written last: its presence means a complete conversion
    of.start_project(root, "پیکرهٔ مشترک سنجش سرعت", "پیکرهٔ make-corpus.py با %s سند" % of.persian_digits(n))
    width = max(3, len(str(n)))
    fa_files = sorted(f for f in os.listdir(os.path.join(src, "fa")) if f.endswith(".md"))
    if len(fa_files) != n:
        sys.exit("convert: %d Persian files, corpus.json says %d" % (len(fa_files), n))
    how = {"same": 0, "split": 0, "merged": 0}
    topics, n_tr, line = set(), 0, 10
    for order, name in enumerate(fa_files, 1):
        slug = name[:-3]
        meta, body = parse(os.path.join(src, "fa", name))
        fa_blocks = of.split_blocks(safe_links(body))
        t = time.strptime(meta["date"], "%Y-%m-%dT%H:%M:%SZ")
        unknown = [x for x in meta["topics"] if x not in of.TOPIC_SLUGS]
        if unknown:
            sys.exit("convert: %s: topics %s are not among the 20 benchmark topics" % (name, unknown))
        topics.update(meta["topics"])
        of.write_message(root, order, width, slug, slug, meta["title"], meta["author"], "person", meta["topics"],
                         fa_blocks, date=(t.tm_year, t.tm_mon, t.tm_mday), first_line=line)
        line += sum(b.count("\n") + 2 for b in fa_blocks) + 2
        en_path = os.path.join(src, "en", name)
        if os.path.exists(en_path):
            en_meta, en_body = parse(en_path)
            en_blocks, h = fit_blocks(of.split_blocks(safe_links(en_body)), len(fa_blocks))
            how[h] += 1
            assert len(en_blocks) == len(fa_blocks)
            of.write_translation(root, slug, slug, en_meta["title"], of.AUTHOR_LATIN.get(en_meta["author"], en_meta["author"]),
                                 fa_blocks, en_blocks)
            n_tr += 1
    if n_tr != info["translations"] or len(topics) != info["topics"]:
        sys.exit("convert: %d translations / %d topics, corpus.json says %d / %d" % (n_tr, len(topics), info["translations"], info["topics"]))
    out = {"kind": "peer", "source": src, "stamp": converter_stamp(src), "messages": n, "translations": n_tr,
           "topics": len(topics), "translation_blocks": how, "peer_expected_html": info["expected_html"]}
    of.write_stamp(root, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
