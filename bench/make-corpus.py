#!/usr/bin/env python3
"""Write a deterministic synthetic project folder in OUR format, for timing `site.dll build`.

Usage:
    python3 bench/make-corpus.py N DIR [--seed S]

DIR becomes a project folder (see ourformat.py): statiq.config, symlinks to the repository's theme/,
node_modules/, package.json and package-lock.json, and input/ with
  * N messages input/messages/NNNNN-<slug>.md of Persian text: 3-12 top-level blocks (paragraphs of 2-6
    sentences from a fixed Persian word list with ZWNJ forms, Persian comma; some "## headings", "- " lists,
    **bold**, links to https://example.org/, to earlier messages (relative) and to the page's own #p1);
    authors (person / group / unsigned), places, dates (written, jalali, iso), 1-3 of 20 topics,
    about 1 % duplicate_of an earlier message;
  * 30 % of them (i % 10 in {1, 4, 8}, as the peer corpus) translated into English in
    input/translations/en/messages/<slug>.md with exactly the original's block count and kinds,
    and source_hashes computed as the generator computes them (so a build prints no warnings).

Message i depends only on (seed, i): the N=100 corpus is a prefix of N=1000. Python 3 stdlib only.
"""

import argparse
import json
import os
import random
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import ourformat as of  # noqa: E402

_FA = """
من تو او ما شما آن‌ها این آن که و در به از با برای تا بر را یا اما اگر چون هم نیز همه هر چه چرا هنوز دیگر
فقط خیلی بسیار کمی بیشتر همیشه است نیست بود شد می‌شود کرد می‌کند می‌کنند دارد دارند داشت گفت می‌گوید
می‌گویند رفت آمد دید خواست خواهد می‌تواند می‌توانیم نوشت خواند گرفت رسید ماند ساخت می‌خواهیم نمی‌خواهیم
نمی‌توانیم نمی‌دانم کرده‌اند شده‌اند رفته‌اند آمده‌ایم می‌رویم می‌دانیم می‌ایستیم
خانه مدرسه دانشگاه شهر کشور ایران تهران اصفهان شیراز تبریز مشهد اهواز کرمانشاه سنندج مردم زن مرد کودک
دختر پسر پدر مادر خانواده دوست همسایه کار کارگر کارگران معلم معلمان دانشجو دانش‌آموز پرستار پرستاران
بازنشسته بازنشستگان کارخانه کارفرما دستمزد حقوق مزد قرارداد اعتصاب تجمع شورا شوراها مجمع عمومی
اتحادیه تشکل سندیکا بیمه بیکاری گرانی فقر تبعیض آزادی برابری رفاه زندگی امید ترس نان کار مسکن
آب برق گاز نفت پتروشیمی فولاد معدن نیشکر هفت‌تپه کارخانه‌ها کارگاه‌ها شهرداری پاکبان راننده
زندان زندانی اعدام دادخواه دادخواهی مادران عدالت حقیقت آینده گذشته امروز فردا دیروز جامعه جهان
سال ماه هفته روز شب صبح ساعت خبر نامه پیام پیام‌ها کنگره حزب انقلاب سوسیالیسم کمونیسم جمهوری
خوب بد بزرگ کوچک زیبا نو کهنه جدید سخت ساده مهم آزاد برابر انسانی اجتماعی سیاسی اقتصادی فرهنگی
پناهجو پناهجویان مهاجر افغان رنگین‌کمانی همجنس‌گرا زنان دختران حجاب اجباری خیابان‌ها میدان
اکنون حالا سپس بعد قبل پیش پس هرگز گاهی البته واقعا تنها حتی باز دوباره چنین چند برخی هیچ همین همان
زیرا بنابراین سرانجام ناگهان روی زیر کنار میان بین درباره مانند بدون یک دو سه چهار پنج ده صد هزار
"""
FA_WORDS = list(dict.fromkeys(_FA.split()))

_EN = """
the a of and to in is was for on that with as by at from it this be are not or but we they our their
people city country home school university family friend work worker workers teacher teachers student nurse
retiree factory employer wage wages contract strike assembly council union insurance unemployment poverty
discrimination freedom equality welfare life hope fear bread housing water power gas oil steel mine sugar
prison prisoner execution justice mothers truth future past today tomorrow society world year month week day
night morning news letter message messages congress party revolution socialism republic good bad big small new
old hard simple important free equal human social political economic cultural refugee migrant women girls street
square now then after before never sometimes only even still again such some no same because so finally
suddenly between about without one two three four five ten hundred thousand said went came saw wanted wrote read
took made brought knew heard asked will can must may should always often already together against every
"""
EN_WORDS = list(dict.fromkeys(_EN.split()))

PLACES = ["تهران", "اصفهان", "شیراز", "تبریز", "مشهد", "اهواز", "کرمانشاه", "سنندج", "رشت", "کرج",
          "خوزستان", "کردستان", "ایران"]
GROUPS = [("جمعی از کارگران", "A group of workers"), ("جمعی از معلمان", "A group of teachers"),
          ("جمعی از بازنشستگان", "A group of retirees"), ("جمعی از پرستاران", "A group of nurses"),
          ("شورای کارگران", "The workers' council"), ("جمعی از دانشجویان", "A group of students")]

DATE_START = 1420070400  # 2015-01-01
DATE_SPAN = 10 * 365 * 86400


def head(seed, i):
    """The parts of message i that other messages refer to (slug, id): drawn first from its own RNG."""
    rng = random.Random("%s:%d" % (seed, i))
    r = rng.random()
    if r < 0.75:
        kind, author, latin = "person", *rng.choice(of.AUTHORS)
    elif r < 0.93:
        kind, author, latin = "group", *rng.choice(GROUPS)
    else:
        kind, author, latin = "unsigned", None, None
    base = (latin or "payam").lower().replace("'", "")
    slug = "-".join(w for w in "".join(c if c.isalnum() else " " for c in base).split()) + "-%d" % i
    return rng, slug, "msg-%05d" % i, kind, author, latin


def sentence(rng, words, comma, stop, links):
    n = rng.randint(6, 18)
    ws = [rng.choice(words) for _ in range(n)]
    if n > 8 and rng.random() < 0.5:
        k = rng.randint(3, n - 3)
        ws[k] += comma
    if rng.random() < 0.08:
        k = rng.randint(0, n - 2)
        ws[k] = "**" + ws[k] + " " + ws[k + 1] + "**"
        del ws[k + 1]
    if links and rng.random() < 0.06:
        k = rng.randint(0, len(ws) - 1)
        r = rng.random()
        target = rng.choice(links) if r < 0.5 else ("#p1" if r < 0.6 else "https://example.org/p/%d" % rng.randint(1, 99999))
        ws[k] = "[%s](%s)" % (ws[k].replace("**", ""), target)
    return " ".join(ws) + stop


def block(rng, kind, words, comma, stop, links, items=None):
    if kind == "heading":
        return "## " + " ".join(rng.choice(words) for _ in range(rng.randint(2, 5)))
    if kind == "list":
        return "\n".join("- " + " ".join(rng.choice(words) for _ in range(rng.randint(3, 8))) for _ in range(items))
    return " ".join(sentence(rng, words, comma, stop, links) for _ in range(rng.randint(2, 6)))


def make(root, seed, i, width):
    rng, slug, msg_id, kind, author, latin = head(seed, i)
    # links to earlier messages, relative to messages/<slug>.html (where the body is shown)
    links = ["%s.html" % head(seed, j)[1] for j in sorted({rng.randint(1, i - 1) for _ in range(2)})] if i > 1 else []
    kinds, prev = [], None
    for b in range(rng.randint(3, 12)):
        r = rng.random()
        k = "heading" if b > 0 and r < 0.10 else "list" if b > 0 and r < 0.18 and prev != "list" else "paragraph"
        kinds.append(k)
        prev = k
    items = [rng.randint(3, 5) if k == "list" else 0 for k in kinds]
    fa_blocks = [block(rng, k, FA_WORDS, "،", ".", links, n) for k, n in zip(kinds, items)]
    if author:
        fa_blocks.append(author)  # the signature, a paragraph of its own as in the real corpus
        kinds.append("paragraph")
        items.append(0)
    title = "پیام " + (author or " ".join(rng.choice(FA_WORDS) for _ in range(rng.randint(2, 5))))
    ts = DATE_START + rng.randrange(DATE_SPAN)
    t = time.gmtime(ts)
    date = (t.tm_year, t.tm_mon, t.tm_mday) if rng.random() < 0.8 else None
    place = rng.choice(PLACES) if rng.random() < 0.3 else None
    topics = rng.sample(of.TOPIC_SLUGS, rng.randint(1, 3))
    dup = "msg-%05d" % rng.randint(1, i - 1) if i > 1 and rng.random() < 0.01 else None
    of.write_message(root, i, width, slug, msg_id, title, author, kind, topics, fa_blocks,
                     date=date, place=place, first_line=10 + 40 * i, duplicate_of=dup)

    translated = (i % 10) in (1, 4, 8)
    if translated:
        en_links = ["https://example.org/en/%d" % rng.randint(1, 9999)]
        en_blocks = [block(rng, k, EN_WORDS, ",", ".", en_links, n) for k, n in zip(kinds[:len(kinds) - (1 if author else 0)], items)]
        if author:
            en_blocks.append(latin)
        en_title = ("Message from " + latin) if latin else " ".join(rng.choice(EN_WORDS) for _ in range(4)).capitalize()
        of.write_translation(root, slug, msg_id, en_title, latin, fa_blocks, en_blocks,
                             status="reviewed" if i % 20 == 1 else "draft")
    return translated, topics



def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    ap.add_argument("n", type=int)
    ap.add_argument("dir")
    ap.add_argument("--seed", default="ourbench-1")
    a = ap.parse_args(argv)
    if not 1 <= a.n <= 99999:
        ap.error("N must be between 1 and 99999")
    root = os.path.abspath(a.dir)
    os.makedirs(root, exist_ok=True)
    of.start_project(root, "پیام‌های آزمایشی برای سنجش سرعت",
                     "پیکره‌ای ساختگی با %s پیام" % of.persian_digits(a.n))
    width = max(3, len(str(a.n)))
    n_tr, used = 0, set()
    for i in range(1, a.n + 1):
        tr, topics = make(root, a.seed, i, width)
        n_tr += tr
        used.update(topics)
    info = {"kind": "synthetic", "seed": a.seed, "messages": a.n, "translations": n_tr, "topics": len(used)}
    of.write_stamp(root, info)
    return 0


if __name__ == "__main__":
    sys.exit(main())
