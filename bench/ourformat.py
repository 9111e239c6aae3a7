"""Helpers shared by make-corpus.py and convert-peer-corpus.py: writing a project folder in OUR format.

A project folder is what `site.dll build --root DIR` reads:

    DIR/statiq.config                      copied from the repository, adapted (output, no base_url)
    DIR/theme, DIR/node_modules            symlinks to the repository's folders
    DIR/package.json, package-lock.json    symlinks (the font comes from node_modules)
    DIR/input/collection.yml               title, subtitle, source
    DIR/input/topics.yml                   the 20 benchmark topics
    DIR/input/messages/NNNNN-<slug>.md     one message per file
    DIR/input/resolutions/                 empty
    DIR/input/translations/en/messages/<slug>.md

Python 3 standard library only.
"""

import hashlib
import json
import os
import re
import shutil

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# The theme the project folders link to. The generator compiles the theme's Razor components into site.dll but
# reads theme/strings/*.yml and theme/assets/ at run time, so a site.dll built from an older tree fails on a newer
# theme (e.g. "unknown field" in strings/fa.yml): then point BENCH_THEME at the theme that dll was built from.
THEME = os.environ.get("BENCH_THEME") or os.path.join(REPO, "theme")

# The 20 topic slugs of the shared bench/make-corpus.py, with Persian and English names.
TOPICS = [
    ("politics", "سیاست", "Politics"),
    ("economy", "اقتصاد", "Economy"),
    ("society", "جامعه", "Society"),
    ("culture", "فرهنگ", "Culture"),
    ("art", "هنر", "Art"),
    ("literature", "ادبیات", "Literature"),
    ("music", "موسیقی", "Music"),
    ("cinema", "سینما", "Cinema"),
    ("science", "علم", "Science"),
    ("technology", "فناوری", "Technology"),
    ("health", "سلامت", "Health"),
    ("environment", "محیط زیست", "Environment"),
    ("education", "آموزش", "Education"),
    ("sport", "ورزش", "Sport"),
    ("history", "تاریخ", "History"),
    ("religion", "دین", "Religion"),
    ("women", "زنان", "Women"),
    ("human-rights", "حقوق بشر", "Human rights"),
    ("travel", "سفر", "Travel"),
    ("food", "غذا", "Food"),
]
TOPIC_SLUGS = [t[0] for t in TOPICS]

# The 30 author names of the peer corpus with a Latin transliteration (for slugs and English translations).
AUTHORS = [
    ("مریم احمدی", "Maryam Ahmadi"), ("علی رضایی", "Ali Rezaei"), ("زهرا حسینی", "Zahra Hosseini"),
    ("محمد کریمی", "Mohammad Karimi"), ("فاطمه موسوی", "Fatemeh Mousavi"), ("حسین محمدی", "Hossein Mohammadi"),
    ("سارا جعفری", "Sara Jafari"), ("رضا کاظمی", "Reza Kazemi"), ("نرگس صادقی", "Narges Sadeghi"),
    ("امیر رحیمی", "Amir Rahimi"), ("لیلا هاشمی", "Leila Hashemi"), ("مهدی نوری", "Mehdi Nouri"),
    ("شیرین قاسمی", "Shirin Ghasemi"), ("بهرام عباسی", "Bahram Abbasi"), ("نازنین اکبری", "Nazanin Akbari"),
    ("پرویز یزدانی", "Parviz Yazdani"), ("مینا شریفی", "Mina Sharifi"), ("کاوه طاهری", "Kaveh Taheri"),
    ("آزاده فرهادی", "Azadeh Farhadi"), ("سعید مرادی", "Saeed Moradi"), ("الهام بهرامی", "Elham Bahrami"),
    ("جواد سلطانی", "Javad Soltani"), ("نیلوفر امینی", "Niloufar Amini"), ("کامران رستمی", "Kamran Rostami"),
    ("هانیه زمانی", "Hanieh Zamani"), ("داریوش کیانی", "Dariush Kiani"), ("پریسا نجفی", "Parisa Najafi"),
    ("بابک اسدی", "Babak Asadi"), ("رویا خلیلی", "Roya Khalili"), ("فرهاد ملکی", "Farhad Maleki"),
]
AUTHOR_LATIN = dict(AUTHORS)

JALALI_MONTHS = ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور",
                 "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"]

SOURCE_FILE = "bench-source.txt"


def q(s):
    """A YAML double-quoted scalar (a JSON string is valid YAML)."""
    return json.dumps(s, ensure_ascii=False)


# ---------------------------------------------------------------- text, as src/Site/Text/PersianText.cs sees it

_ARABIC_INDIC = {0x0660 + k: chr(0x06F0 + k) for k in range(10)}


def normalize(text):
    """PersianText.Normalize: Arabic yeh/kaf -> Persian, Arabic-Indic -> Persian digits, white space collapsed, trimmed; ZWNJ kept."""
    text = text.replace("\u064A", "ی").replace("\u0643", "ک").translate(_ARABIC_INDIC)
    out, pending = [], False
    for c in text:
        if c != "\u200c" and (c.isspace() or c == "\ufeff"):
            pending = len(out) > 0
            continue
        if pending:
            out.append(" ")
            pending = False
        out.append(c)
    return "".join(out)


def paragraph_hash(plain):
    """PersianText.ParagraphHash: first 4 bytes (8 hex) of SHA-256 of the normalized text."""
    return hashlib.sha256(normalize(plain).encode("utf-8")).hexdigest()[:8]


def persian_digits(s):
    return "".join(chr(0x06F0 + ord(c) - 48) if "0" <= c <= "9" else c for c in str(s))


# ---------------------------------------------------------------- Markdown blocks (the subset both corpora use)

_LINK = re.compile(r"\[([^\]]*)\]\([^)\s]*\)")


def inline_plain(s):
    """Plain text of an inline run as MarkdownText.Plain gives it: link text without the URL, no ** markers."""
    return _LINK.sub(r"\1", s).replace("**", "")


def split_blocks(body):
    """Top-level blocks of a body made of paragraphs, '## headings' and '- ' lists separated by blank lines."""
    return [b.strip("\n") for b in re.split(r"\n[ \t]*\n", body.strip("\n")) if b.strip()]


def block_plain(block):
    """Plain text of one top-level block, as MarkdownText.PlainText sees it (headings: text; lists: items joined by spaces)."""
    lines = block.split("\n")
    if lines[0].startswith("#"):
        return normalize(inline_plain(lines[0].lstrip("#")))
    if all(l.startswith("- ") for l in lines):
        return normalize(" ".join(inline_plain(l[2:]) for l in lines))
    return normalize(inline_plain(" ".join(lines)))


def block_kind(block):
    first = block.split("\n", 1)[0]
    if first.startswith("#"):
        return "heading"
    if first.startswith("- "):
        return "list"
    return "paragraph"


# ---------------------------------------------------------------- dates

def gregorian_to_jalali(gy, gm, gd):
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        jm, jd = 1 + days // 31, 1 + days % 31
    else:
        jm, jd = 7 + (days - 186) // 30, 1 + (days - 186) % 30
    return jy, jm, jd


def date_block(gy, gm, gd):
    """The front-matter `date:` lines for a Gregorian day: written (Persian words and digits), jalali, iso."""
    jy, jm, jd = gregorian_to_jalali(gy, gm, gd)
    written = "%s %s %s" % (persian_digits(jd), JALALI_MONTHS[jm - 1], persian_digits(jy))
    return ["date:",
            "  written: " + q(written),
            "  jalali: " + q("%04d-%02d-%02d" % (jy, jm, jd)),
            "  iso: " + q("%04d-%02d-%02d" % (gy, gm, gd))]


# ---------------------------------------------------------------- the project folder

def write_stamp(root, info):
    """Writes ROOT/bench-corpus.json (what the corpus is, and the stamp that says when to convert again) and prints it."""
    with open(os.path.join(root, "bench-corpus.json"), "w") as f:
        json.dump(info, f, indent=2)
        f.write("\n")
    print(json.dumps(info))


def start_project(root, title, subtitle):
    """Create (or empty) a project folder: config, symlinks, collection.yml, topics.yml, empty corpus folders."""
    if os.path.isdir(os.path.join(root, "input")):
        shutil.rmtree(os.path.join(root, "input"))
    os.makedirs(os.path.join(root, "input", "messages"))
    os.makedirs(os.path.join(root, "input", "resolutions"))
    os.makedirs(os.path.join(root, "input", "translations", "en", "messages"))
    for name in ("theme", "node_modules", "package.json", "package-lock.json"):
        link = os.path.join(root, name)
        if os.path.islink(link) or os.path.isfile(link):
            os.remove(link)
        elif os.path.isdir(link):
            shutil.rmtree(link)
        os.symlink(THEME if name == "theme" else os.path.join(REPO, name), link)

    with open(os.path.join(REPO, "statiq.config"), encoding="utf-8") as f:
        config = f.read()
    # Keep titles, translations: [en], input/theme and sources (only `import` reads sources); the output is
    # always given with --output, the default is a folder inside the project; no base_url.
    config = re.sub(r"(?m)^output:.*$", "output: output", config)
    config = re.sub(r"(?m)^base_url:.*$", "base_url:", config)
    if not re.search(r"(?m)^translations:\s*\[en\]", config):
        config = re.sub(r"(?m)^translations:.*$", "translations: [en]", config)
    with open(os.path.join(root, "statiq.config"), "w", encoding="utf-8") as f:
        f.write("# Benchmark project written by bench/ourformat.py from the repository's statiq.config.\n" + config)

    with open(os.path.join(root, "input", "collection.yml"), "w", encoding="utf-8") as f:
        f.write("title: %s\nsubtitle: %s\nsource:\n  file: %s\n  first_line: 1\n  last_line: 2\n"
                % (q(title), q(subtitle), SOURCE_FILE))

    lines = ["# The benchmark's 20 topics (the slugs of the shared bench/make-corpus.py).", "topics:"]
    for slug, fa, en in TOPICS:
        lines += ["  - slug: " + slug,
                  "    fa: " + q(fa),
                  "    en: " + q(en),
                  "    description: " + q("Benchmark documents about %s." % en.lower()),
                  "    keywords: [%s]" % q(fa)]
    with open(os.path.join(root, "input", "topics.yml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def write_message(root, order, width, slug, msg_id, title, author, author_kind, topics, body_blocks,
                  date=None, place=None, first_line=1, duplicate_of=None):
    """input/messages/<order>-<slug>.md. date is (y, m, d) Gregorian or None."""
    n_lines = sum(b.count("\n") + 1 for b in body_blocks)
    fm = ["---",
          "id: " + msg_id,
          "slug: " + slug,
          "kind: message",
          "order: %d" % order,
          "title: " + q(title)]
    if author is not None:
        fm.append("author: " + q(author))
    fm.append("author_kind: " + author_kind)
    if place:
        fm.append("place: " + q(place))
    if date:
        fm += date_block(*date)
    fm.append("topics:")
    fm += ["- " + t for t in topics]
    fm += ["source:",
           "  file: " + SOURCE_FILE,
           "  first_line: %d" % first_line,
           "  last_line: %d" % (first_line + n_lines),
           ]
    if duplicate_of:
        fm.append("duplicate_of: " + duplicate_of)
    fm.append("---")
    path = os.path.join(root, "input", "messages", "%0*d-%s.md" % (width, order, slug))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + "\n\n" + "\n\n".join(body_blocks) + "\n")
    return path


def write_translation(root, slug, msg_id, title, author, fa_blocks, en_blocks, status="draft", translators=("Bench Translator",)):
    """input/translations/en/messages/<slug>.md; en_blocks must have exactly len(fa_blocks) blocks."""
    if len(en_blocks) != len(fa_blocks):
        raise ValueError("%s: %d English blocks for %d Persian blocks" % (slug, len(en_blocks), len(fa_blocks)))
    for blocks in (fa_blocks, en_blocks):  # two lists in a row would be one Markdown block
        if any(block_kind(a) == block_kind(b) == "list" for a, b in zip(blocks, blocks[1:])):
            raise ValueError("%s: two lists in a row" % slug)
    fm = ["---",
          "translation_of: " + msg_id,
          "lang: en",
          "title: " + q(title)]
    if author:
        fm.append("author: " + q(author))
    fm.append("translators: [%s]" % ", ".join(q(t) for t in translators))
    fm.append("status: " + status)
    fm.append("source_hashes: [%s]" % ", ".join(paragraph_hash(block_plain(b)) for b in fa_blocks))
    fm.append("---")
    path = os.path.join(root, "input", "translations", "en", "messages", slug + ".md")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(fm) + "\n\n" + "\n\n".join(en_blocks) + "\n")
    return path
