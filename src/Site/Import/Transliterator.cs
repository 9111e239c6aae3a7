using System.Text;
using Site.Text;

namespace Site.Import;

/// <summary>
/// Persian → ASCII slugs. Persian script leaves short vowels unwritten, so a letter-by-letter mapping alone gives
/// unreadable slugs ("rkhsanh"); common words and the names in these documents come from a small dictionary, and
/// the letter mapping handles the rest. No .NET library for Persian romanization is on our package source.
/// </summary>
public static class Transliterator
{
    static readonly Dictionary<string, string> Words = new()
    {
        // names
        ["رخسانه"] = "rokhsaneh", ["ریحانه"] = "reyhaneh", ["کیان"] = "kian", ["رضایی"] = "rezaei", ["آرش"] = "arash", ["برزا"] = "barza", ["برزای"] = "barza",
        ["رها"] = "raha", ["مبتکر"] = "mobtaker", ["مرتضی"] = "morteza", ["حیدری"] = "heydari", ["یاشار"] = "yashar", ["سهندی"] = "sahandi",
        ["جمشید"] = "jamshid", ["محسنی"] = "mohseni", ["ثابت"] = "sabet", ["رامین"] = "ramin", ["نادری"] = "naderi", ["ندا"] = "neda", ["ایرانی"] = "irani",
        ["شعله"] = "sholeh", ["پایدار"] = "paydar", ["میترا"] = "mitra", ["یارمحمد"] = "yarmohammad", ["ساسان"] = "sasan", ["بیگلری"] = "biglari",
        ["نیلوفر"] = "niloufar", ["رادمهر"] = "radmehr", ["ستاره"] = "setareh", ["نوری"] = "nouri", ["ژستر"] = "zhester", ["معترض"] = "moateraz",
        ["پرویز"] = "parviz", ["پوینده"] = "pouyandeh", ["کسری"] = "kasra", ["خسروی"] = "khosravi", ["فرهاد"] = "farhad", ["دیلمی"] = "deylami",
        ["حامد"] = "hamed", ["صداقت"] = "sedaghat", ["سیمین"] = "simin", ["فرج"] = "faraj", ["پور"] = "pour", ["آزاد"] = "azad", ["آنت"] = "annet",
        ["صبوحی"] = "sabouhi", ["سمیر"] = "samir", ["صبوری"] = "sabouri", ["نسرین"] = "nasrin", ["شیدا"] = "sheyda", ["اکبر"] = "akbar", ["فرخی"] = "farrokhi",
        ["مریم"] = "maryam", ["سحری"] = "sahari", ["زهره"] = "zohreh", ["صفایی"] = "safaei", ["صفیه"] = "safiyeh", ["راستگو"] = "rastgou",
        ["مهدی"] = "mehdi", ["کشاورز"] = "keshavarz", ["رضا"] = "reza", ["فولادی"] = "fouladi", ["مهران"] = "mehran", ["حسن"] = "hassan",
        ["همایون"] = "homayoun", ["قهرمانی"] = "ghahremani", ["نازی"] = "nazi", ["امیدوار"] = "omidvar", ["کاوه"] = "kaveh", ["طهماسبی"] = "tahmasbi",
        ["جهان"] = "jahan", ["دهدشتی"] = "dehdashti", ["مصطفی"] = "mostafa", ["صباح"] = "sabah", ["حسین"] = "hossein", ["احمدپور"] = "ahmadpour",
        ["بهنام"] = "behnam", ["ابراهیم"] = "ebrahim", ["زاده"] = "zadeh", ["ادوین"] = "edwin", ["حمیدی"] = "hamidi", ["پیمان"] = "peyman",
        ["میرزایی"] = "mirzaei", ["احمدی"] = "ahmadi", ["غلام"] = "gholam", ["علی"] = "ali", ["حمید"] = "hamid", ["مهمان"] = "mehman",
        // words of descriptions, groups and titles
        ["یک"] = "yek", ["جمع"] = "jam", ["جمعی"] = "jami", ["از"] = "az", ["و"] = "va", ["کارگر"] = "kargar", ["کارگران"] = "kargaran", ["نفت"] = "naft",
        ["بازنشستگان"] = "bazneshastegan", ["بازنشسته"] = "bazneshasteh", ["معلم"] = "moallem", ["دوستان"] = "doustan", ["دنیای"] = "donya-ye", ["بهتر"] = "behtar",
        ["رنگین"] = "rangin", ["کمانی"] = "kamani", ["واحد"] = "vahed", ["حزبی"] = "hezbi", ["فردای"] = "farda-ye", ["درجه"] = "darajeh", ["دار"] = "dar",
        ["ارتش"] = "artesh", ["معدن"] = "madan", ["کار"] = "kar", ["شهرداری"] = "shahrdari", ["خانواده"] = "khanevadeh", ["کوچکم"] = "kouchakam",
        ["نفر"] = "nafar", ["نیشکر"] = "neyshekar", ["هفت"] = "haft", ["تپه"] = "tappeh", ["هفتتپه"] = "haft-tappeh", ["روزمزد"] = "rouzmozd", ["تهران"] = "tehran",
        ["رانندگان"] = "ranandegan", ["فعالین"] = "faalin", ["شهرهای"] = "shahrha-ye", ["کردستان"] = "kordestan", ["فولاد"] = "foulad", ["خوزستان"] = "khuzestan",
        ["کشاورزان"] = "keshavarzan", ["ساختمانی"] = "sakhtemani", ["سقز"] = "saqqez", ["تبریز"] = "tabriz", ["ایران"] = "iran", ["اصفهان"] = "esfahan",
        ["جنوب"] = "jonoub", ["اعضای"] = "aza-ye", ["حزب"] = "hezb", ["غربی"] = "gharbi", ["کشور"] = "keshvar", ["جمع‌های"] = "jamha-ye",
        ["جمع هایی"] = "jamhaei", ["پناهجویان"] = "panahjouyan", ["ترکیه"] = "torkiyeh", ["زن"] = "zan", ["خانه"] = "khaneh", ["مادر"] = "madar",
        ["لوله"] = "louleh", ["کش"] = "kesh", ["شرکت"] = "sherkat", ["پتروشیمی"] = "petroshimi", ["تراکتورسازی"] = "tractorsazi",
        // resolution titles
        ["قطعنامه"] = "ghatnameh", ["قرار"] = "gharar", ["ویژگیهای"] = "vizhegi-ha", ["شرایط"] = "sharayet", ["سیاسی"] = "siasi", ["ورشکستگی"] = "varshekastegi",
        ["اقتصادی"] = "eghtesadi", ["جنبش"] = "jonbesh", ["دادخواهی"] = "dadkhahi", ["سرنگونی"] = "sarnegouni", ["قتل"] = "ghatl", ["ناموسی"] = "namousi",
        ["تجاوز"] = "tajavoz", ["کودکان"] = "koudakan", ["بایکوت"] = "boycott", ["جهانی"] = "jahani", ["عضو"] = "ozv", ["گیری"] = "giri", ["عضوگیری"] = "ozvgiri",
        ["مجمع"] = "majma", ["عمومی"] = "omoumi", ["سراسری"] = "sarasari", ["مطالبه"] = "motalebeh", ["کارزار"] = "karzar", ["سانسور"] = "censorship",
        ["سیستم"] = "system", ["قضائی"] = "ghazaei", ["تخریب"] = "takhrib", ["محیط"] = "mohit", ["زیست"] = "zist", ["کمانی‌ها"] = "rangin-kamani-ha",
        ["ها"] = "ha", ["افغانستانی"] = "afghanestani", ["حق"] = "hagh", ["پناهندگی"] = "panahandegi", ["برآمد"] = "baramad", ["ضد"] = "zed", ["مذهبی"] = "mazhabi",
        ["جامعه"] = "jameh", ["تبعیض"] = "tabiz", ["برگرفتن"] = "bargereftan", ["حجاب"] = "hejab", ["اعدام"] = "edam", ["شکنجه"] = "shekanjeh",
        ["اعترافات"] = "eterafat", ["اجباری"] = "ejbari", ["زندانیان"] = "zendaniyan", ["کولبران"] = "koulbaran", ["سوختبران"] = "soukhtbaran",
        ["حاشیه"] = "hashiyeh", ["نشینها"] = "neshin-ha", ["معلولین"] = "maloulin", ["انتشارات"] = "entesharat", ["مدیای"] = "media-ye", ["اجتماعی"] = "ejtemaei",
        ["فاجعه"] = "fajeh", ["کرونا"] = "corona", ["خیابان"] = "khiaban", ["وظایف"] = "vazayef", ["حاضر"] = "hazer", ["مبارزه"] = "mobarezeh",
        ["محاکمه"] = "mohakemeh", ["سران"] = "saran", ["تعمیق"] = "tamigh", ["انقلاب"] = "enghelab", ["وسیع"] = "vasi", ["ابزار"] = "abzar",
        ["جمهوری"] = "jomhouri", ["اسلامی"] = "eslami", ["کردن"] = "kardan", ["تعین"] = "taayon", ["اعمال"] = "emal", ["اراده"] = "eradeh",
        ["توده"] = "toudeh", ["فعالان"] = "faalan", ["عرصه"] = "arseh", ["دخالت"] = "dekhalat", ["طوفانی"] = "toufani", ["چشم"] = "cheshm", ["انداز"] = "andaz",
        ["ما"] = "ma", ["فولادیم"] = "fouladim", ["با"] = "ba", ["سلام"] = "salam", ["به"] = "be", ["رفقای"] = "rofaghaye", ["خودم"] = "khodam",
        ["طرف"] = "taraf", ["تقوایی"] = "taghvaei", ["دعوت"] = "davat", ["نشده"] = "nashodeh", ["پیامی"] = "payami", ["خسته"] = "khasteh", ["نباشید"] = "nabashid", ["دوست"] = "doust", ["مقابله"] = "moghabeleh", ["حمایت"] = "hemayat", ["محکومیت"] = "mahkoumiyat", ["شرعی"] = "sharei", ["قانونی"] = "ghanouni", ["پیشنهادی"] = "pishnahadi",
    };

    /// <summary>Little words left out of resolution slugs, so the four words kept are the telling ones.</summary>
    static readonly HashSet<string> LinkWords = ["در", "و", "از", "به", "با", "علیه", "برای", "این", "که", "را"];

    static readonly Dictionary<char, string> Letters = new()
    {
        ['ا'] = "a", ['آ'] = "a", ['ب'] = "b", ['پ'] = "p", ['ت'] = "t", ['ث'] = "s", ['ج'] = "j", ['چ'] = "ch", ['ح'] = "h", ['خ'] = "kh",
        ['د'] = "d", ['ذ'] = "z", ['ر'] = "r", ['ز'] = "z", ['ژ'] = "zh", ['س'] = "s", ['ش'] = "sh", ['ص'] = "s", ['ض'] = "z", ['ط'] = "t",
        ['ظ'] = "z", ['ع'] = "", ['غ'] = "gh", ['ف'] = "f", ['ق'] = "gh", ['ک'] = "k", ['گ'] = "g", ['ل'] = "l", ['م'] = "m", ['ن'] = "n",
        ['و'] = "ou", ['ه'] = "h", ['ی'] = "i", ['ى'] = "i", ['ئ'] = "", ['ء'] = "", ['أ'] = "a", ['ؤ'] = "o", ['ة'] = "h",
    };

    /// <summary>An ASCII slug of at most <paramref name="maxWords"/> words.</summary>
    public static string Slug(string persian, int maxWords = 4, bool skipLinkWords = false)
    {
        var folded = PersianText.FoldForSearch(persian);
        var parts = new List<string>();
        foreach (var word in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (skipLinkWords && LinkWords.Contains(word)) continue;
            var w = Word(word);
            if (w.Length > 0) parts.Add(w);
            if (parts.Count == maxWords) break;
        }
        var slug = string.Join('-', parts).Trim('-');
        while (slug.Contains("--")) slug = slug.Replace("--", "-");
        return slug;
    }

    /// <summary>
    /// A name in Latin letters for readers who do not read Persian ("شعله پایدار" → "Sholeh Paydar"): every word,
    /// capitalized, with the punctuation that separates parts of a name kept. Empty when nothing is Persian or Latin.
    /// </summary>
    public static string Latin(string persian)
    {
        var folded = PersianText.FoldForSearch(persian.Replace('،', ',').Replace('-', ' '));
        var parts = new List<string>();
        foreach (var raw in folded.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var comma = raw.EndsWith(',');
            var w = Word(raw.TrimEnd(','));
            if (w.Length == 0) { if (comma && parts.Count > 0) parts[^1] += ","; continue; }
            var small = parts.Count > 0 && SmallWords.Contains(w);
            parts.Add((small ? w : char.ToUpperInvariant(w[0]) + w[1..]) + (comma ? "," : ""));
        }
        return string.Join(' ', parts).TrimEnd(',');
    }

    /// <summary>Little words a name in Latin letters keeps in lower case ("Jami az Kargaran").</summary>
    static readonly HashSet<string> SmallWords = ["az", "va", "be", "ba", "dar", "ke", "ra"];

    static string Word(string word)
    {
        if (Words.TryGetValue(word, out var known)) return known;
        var sb = new StringBuilder();
        for (int i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') { sb.Append(c); continue; }
            if (!Letters.TryGetValue(c, out var s)) continue;
            if (c == 'ه' && i == word.Length - 1 && i > 0) s = "eh";
            else if (c == 'و' && (i == 0 || i == word.Length - 1)) s = i == 0 ? "v" : "o";
            else if (c == 'ی' && i == 0) s = "y";
            sb.Append(s);
        }
        return sb.ToString();
    }
}
