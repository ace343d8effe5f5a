"""Augmentations of rendered references, each labelled by ``corpus/README.md``.

Signals before a cite, several works in one note, commentary sentences, back-references
(Ibid., ebd., op. cit.), short forms, pinpoint locators, newspapers cited by name and
date, ``[hereafter X]``, and copy-paste noise (double spaces, straight/typographic quotes
and dashes, glued words, en dashes in URLs, non-breaking spaces).
"""
from __future__ import annotations

import random
import re

from .align import Lab
from .records import make_record, pool

SIGNALS = {
    "en": ("See", "See also", "Cf.", "Compare", "See, e.g.,", "See generally", "For a detailed analysis, see",
           "On this see", "See inter alia,", "For a different view, see", "See further", "See especially",
           "E.g.,", "Also see", "For an overview, see", "See, for example,", "For the background, see",
           "For a critique, see", "See the discussion in", "As argued by", "Quoted in", "Cited in",
           "Translated in", "See most recently"),
    "de": ("Vgl.", "Siehe", "Vgl. auch", "Siehe auch", "Vgl. dazu", "Dazu ausführlich", "Zitiert nach", "So auch",
           "Vgl. etwa", "Grundlegend", "Hierzu", "Vgl. hierzu", "Siehe dazu auch", "Anders"),
    "fr": ("Voir", "Voir aussi", "Cf.", "Voir notamment", "Sur ce point, voir", "Cité dans", "Cité par",
           "Voir également", "Voir par exemple", "V."),
    "es": ("Véase", "Véase también", "Ver", "Cf.", "Cfr.", "Citado en", "Sobre este punto, véase", "Vid.",
           "Ver también", "Al respecto, véase"),
    "it": ("Si veda", "Cfr.", "Vedi", "Si veda anche", "Citato in", "Su questo punto si veda"),
}
SEE_ALSO = {"en": ("see also", "see", "cf.", "and see", "also", "compare"), "de": ("vgl. auch", "ferner", "siehe auch"),
            "fr": ("voir aussi", "voir également", "cf."), "es": ("véase también", "ver también", "cfr."),
            "it": ("si veda anche", "cfr.")}
QUOTED_IN = {"en": ("quoted in", "cited in", "translated in", "reprinted in"), "de": ("zitiert nach", "zit. n."),
             "fr": ("cité dans", "cité par"), "es": ("citado en", "cit. en"), "it": ("citato in",)}
COMMENT = {
    "en": ("This point is disputed.", "The figures are contested.", "I am grateful to the editors for this reference.",
           "For the opposite argument, the classic statement remains the following.",
           "The literature on this question is vast; only the most important works are listed here.",
           "The interview was conducted in Russian; the translation is mine.", "Emphasis added.",
           "This account draws heavily on the memoirs of the participants.",
           "The phrase was widely repeated in the press at the time.",
           "Not all scholars accept this interpretation.", "The document was declassified in 2004.",
           "On the wider debate, there is little to add.", "A revised version appeared later.",
           "The same argument is made, with more evidence, in a later work.",
           "Author's interview with a senior official, Brussels.", "Numbers are rounded."),
    "de": ("Die Zahlen sind umstritten.", "Hervorhebung im Original.", "Übersetzung des Verfassers.",
           "Die Literatur hierzu ist kaum noch zu überblicken.", "Anders die herrschende Meinung."),
    "fr": ("Ce point est discuté.", "C'est nous qui soulignons.", "Traduction de l'auteur.",
           "La bibliographie sur ce sujet est abondante."),
    "es": ("La traducción es mía.", "El énfasis es nuestro.", "Este punto es objeto de debate."),
    "it": ("Il corsivo è nostro.", "La traduzione è mia."),
}
IBID = {
    "en": ("Ibid.", "Ibid", "Ibid.", "ibid.", "Id.", "Ibidem", "Op. cit.", "Loc. cit."),
    "de": ("Ebd.", "ebd.", "Ebenda", "ebenda", "A.a.O.", "a.a.O."),
    "fr": ("Ibid.", "Ibidem", "Id.", "Op. cit."),
    "es": ("Ibíd.", "Ibid.", "Ídem", "Ib.", "Op. cit."),
    "it": ("Ivi", "Ibid.", "Ibidem", "Id."),
}
PAGE_WORD = {"en": ("p.", "p.", "pp.", ""), "de": ("S.",), "fr": ("p.",), "es": ("p.", "pág.", "pp."),
             "it": ("p.", "pp.")}
MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"),
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"),
    "it": ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
           "ottobre", "novembre", "dicembre"),
}
LANGS = ("en", "de", "fr", "es", "it")
STOP = {"the", "a", "an", "of", "and", "in", "on", "for", "to", "from", "with", "der", "die", "das", "und", "zur", "zum",
        "im", "als", "vom", "la", "le", "les", "et", "de", "des", "du", "el", "y", "del", "il", "e", "della", "dal",
        "i", "v", "en", "sur", "sobre", "tra", "between"}


def _lang(rng: random.Random, entry=None) -> str:
    if entry is not None and entry.lang in LANGS and rng.random() < 0.85:
        return entry.lang
    return rng.choices(LANGS, weights=(70, 12, 9, 6, 3))[0]


def L(text: str, label: str | None = None) -> Lab:
    return Lab(text, label=label)


def signal_lab(rng: random.Random, lang: str) -> Lab:
    s = rng.choice(SIGNALS[lang])
    if s[-1] not in ",:" and rng.random() < 0.08:
        s += ":" if lang != "en" or rng.random() < 0.5 else ","
    return L(s, "signal") + " "


def locator_lab(rng: random.Random, lang: str, legal: bool = False) -> Lab:
    a = rng.randint(2, 640)
    r = rng.random()
    if legal and r < 0.5:
        return L(f"at {a}", "locator")
    if r < 0.62:
        word = rng.choice(PAGE_WORD[lang])
        if word == "pp." or (word and r < 0.1):
            b = a + rng.randint(1, 12)
            dash = rng.choice("–––-")
            b_s = str(b)[-2:] if rng.random() < 0.2 and b > 100 and str(b)[:-2] == str(a)[:-2] else str(b)
            return L(f"{'pp.' if word in ('p.', 'pp.') else word} {a}{dash}{b_s}", "locator")
        if lang == "de" and rng.random() < 0.2:
            return L(f"S. {a} f{'f' if rng.random() < 0.4 else ''}.", "locator")
        return L(f"{word} {a}".strip(), "locator")
    if r < 0.72:
        return L(f"{a}", "locator")
    if r < 0.78:
        return L(f"{rng.choice(('Chapter', 'ch.', 'chap.', 'Kap.' if lang == 'de' else 'ch.'))} {rng.randint(1, 14)}", "locator")
    if r < 0.86:
        return L(f"{rng.choice(('para.', 'paras.', '§', 'Rn.' if lang == 'de' else 'para.'))} {rng.randint(1, 120)}", "locator")
    if r < 0.92:
        return L(f"{a}, n. {rng.randint(1, 90)}", "locator")
    return L(f"{'S.' if lang == 'de' else 'p.'} {a}", "locator")


def strip_final_period(lab: Lab) -> Lab:
    t = lab.text.rstrip()
    lab = lab.slice(0, len(t))
    if t and t[-1] in ".," and lab.labels[-1] is None:
        return lab.slice(0, len(t) - 1)
    return lab


def end_period(lab: Lab) -> Lab:
    if lab.text and lab.text[-1] not in ".!?":
        return lab + "."
    return lab


# --------------------------------------------------------------------------- standalone forms
def ibid(ctx) -> tuple[Lab, str]:
    rng = ctx.rng
    lang = _lang(rng)
    word = rng.choice(IBID[lang])
    lab = Lab()
    if word.lower().startswith(("op.", "loc.", "a.a.o")) and rng.random() < 0.7:
        lab += L(rng.choice(pool("family_names")), "author") + ", "
        word = word[0].lower() + word[1:]
    lab += L(word, "note")
    if rng.random() < 0.75 and not word.lower().startswith("loc"):
        loc = locator_lab(rng, lang, legal=word == "Id.")
        if loc.text.startswith("at "):
            lab += " " + loc
        else:
            lab += ("," if not word.endswith(",") else "") + " " + loc
    return end_period(lab), "synthetic:ibid"


def _families(rec: dict, rng: random.Random) -> Lab | None:
    people = rec.get("author") or rec.get("editor")
    if not people:
        return None
    fam = [p.get("family") or p.get("literal") for p in people]
    if len(fam) == 1:
        s = fam[0]
    elif len(fam) == 2:
        s = f"{fam[0]} {rng.choice(('and', '&', 'und' if rng.random() < 0.2 else 'and'))} {fam[1]}"
    else:
        s = f"{fam[0]} et al." if rng.random() < 0.8 else f"{fam[0]}, {fam[1]} and {fam[2]}"
    return L(s, "author")


def short_form(ctx) -> tuple[Lab, str] | None:
    rng = ctx.rng
    rec, _ = make_record(rng, rng.choice(("book", "article-journal", "chapter", "book", "report")))
    lang = _lang(rng)
    fam = _families(rec, rng)
    if fam is None:
        return None
    title = rec["title"]
    short = re.split(r"[:?.]", title)[0].strip()
    words = short.split()
    if len(words) > 5 or (rng.random() < 0.3 and len(words) > 3):
        words = words[:rng.randint(2, 4)]
        while len(words) > 1 and (words[-1].lower() in STOP or not words[-1][0].isalpha()):
            words.pop()
        short = " ".join(words).rstrip(",;'‘“„«")
    if not short:
        return None
    r = rng.random()
    loc = locator_lab(rng, lang)
    if r < 0.6:
        if rec["type"] in ("article-journal", "chapter") and rng.random() < 0.7:
            q = rng.choice((("‘", "’"), ("“", "”"), ('"', '"'), ("«\u00a0", "\u00a0»"), ("„", "“")))
            lab = fam + ", " + q[0] + L(short, "title") + q[1] + ", " + loc
        else:
            lab = fam + ", " + L(short, "title") + ", " + loc
    elif r < 0.8:
        y = str(rec["issued"]["date-parts"][0][0])
        if rng.random() < 0.3:  # Wikipedia {{sfn}}: "Talbott 2002, p. 66."
            lab = fam + " " + L(y, "date") + ", " + L(rng.choice(("p. ", "pp. ", "p. ")) + str(rng.randint(2, 600)), "locator")
        elif rng.random() < 0.5:
            lab = fam + " (" + L(y, "date") + "), " + loc
        else:
            lab = fam + " " + L(y, "date") + ": " + L(re.search(r"\d+", loc.text).group(), "locator")
    else:
        lab = fam + ", " + L(short, "title")
        if rng.random() < 0.6:
            lab += ", " + loc
    return end_period(lab), "synthetic:short"


def newspaper(ctx) -> tuple[Lab, str]:
    rng = ctx.rng
    lang = _lang(rng)
    paper = rng.choice(pool("newspapers") + pool("magazines")[:8])
    y, m, d = rng.randint(1950, 2023), rng.randint(1, 12), rng.randint(1, 28)
    month = MONTHS[lang][m - 1]
    forms = {
        "en": (f"{d} {month} {y}", f"{month} {d}, {y}", f"{d} {month[:3]}. {y}" if len(month) > 4 else f"{d} {month} {y}"),
        "de": (f"{d}. {month} {y}", f"{d}.{m}.{y}", f"{d:02d}.{m:02d}.{y}"),
        "fr": (f"{d} {month} {y}", f"{d}/{m:02d}/{y}"),
        "es": (f"{d} de {month} de {y}", f"{d}/{m}/{y}"),
        "it": (f"{d} {month} {y}",),
    }
    date = L(rng.choice(forms[lang]), "date")
    lab = L(paper, "container-title")
    if rng.random() < 0.12:
        lab += " (" + L(rng.choice(pool("cities")[:30]), "location") + ")"
    lab += rng.choice((", ", ", ", " ", ", " if lang != "de" else " vom ")) + date
    if rng.random() < 0.3:
        lab += ", " + L(f"{rng.choice(('p.', 'S.' if lang == 'de' else 'p.', ''))} {rng.randint(1, 40)}".strip(), "locator")
    return end_period(lab), "synthetic:newspaper"


def _fmt_date(rng: random.Random, parts: list[int], lang: str = "en") -> str:
    y = parts[0]
    if len(parts) == 1:
        return str(y)
    month = MONTHS[lang][parts[1] - 1]
    if len(parts) == 2:
        return rng.choice((f"{month} {y}", f"{month} {y}", f"{y}-{parts[1]:02d}"))
    d = parts[2]
    return rng.choice((f"{d} {month} {y}", f"{month} {d}, {y}", f"{y}-{parts[1]:02d}-{d:02d}"))


def _cs1_names(people: list[dict], rng: random.Random) -> str:
    out = []
    inverted = rng.random() < 0.85
    for p in people:
        if "literal" in p:
            out.append(p["literal"])
        elif inverted:
            out.append(f"{p['family']}, {p['given']}")
        else:
            out.append(f"{p['given']} {p['family']}")
    if len(out) > 4 and rng.random() < 0.5:
        return "; ".join(out[:3]) + "; et al."
    return "; ".join(out)


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def wikipedia_cs1(ctx) -> tuple[Lab, str] | None:
    """A reference as Wikipedia's citation templates print it (CS1), labelled directly."""
    rng = ctx.rng
    rtype = rng.choices(("article-journal", "book", "chapter", "article-newspaper", "webpage", "report"),
                        weights=(35, 25, 12, 12, 10, 6))[0]
    rec, nums = make_record(rng, rtype)
    q = ('"', '"') if rng.random() < 0.85 else ("“", "”")
    lab = Lab()
    people = rec.get("author")
    date = L(_fmt_date(rng, rec["issued"]["date-parts"][0]), "date") if rec.get("issued") else None
    title = rec.get("title")
    quoted = rtype in ("article-journal", "chapter", "article-newspaper", "webpage")
    t_lab = (q[0] + L(title, "title") + q[1]) if quoted and title else (L(title, "title") if title else None)
    if people:
        lab += L(_cs1_names(people, rng), "author")
        if date is not None:
            lab += " (" + date + ")"
            if rtype == "book" and rng.random() < 0.12:
                lab += " [" + L(str(rng.randint(1800, rec["issued"]["date-parts"][0][0] - 1)), "note") + "]"
        lab += ". "
        if t_lab is not None:
            lab += t_lab
            if rec.get("language") in ("de", "fr", "es", "it", "ru") and rng.random() < 0.5:
                lab += " (" + L("in " + {"de": "German", "fr": "French", "es": "Spanish", "it": "Italian",
                                         "ru": "Russian"}[rec["language"]], "note") + ")"
            lab += ". "
    elif rtype == "book" and rec.get("editor"):
        lab += L(_cs1_names(rec["editor"], rng) + ", ed" + ("s" if len(rec["editor"]) > 1 else "") + ".", "editor")
        if date is not None:
            lab += " (" + date + ")"
        lab += ". " + t_lab + ". "
    else:
        if t_lab is not None:
            lab += t_lab + ". "
    if rec.get("edition") and rtype == "book":
        lab = strip_final_period(lab.slice(0, len(lab.text) - 1)) + " (" + L(_ordinal(int(rec["edition"])) + " ed.", "edition") + "). "
    if rtype == "chapter":
        eds = rec["editor"]
        lab += "In " + L(_cs1_names(eds, rng) + " (" + ("eds" if len(eds) > 1 else "ed") + ".)", "editor") + ". "
        lab += L(rec["container-title"], "container-title") + ". "
    if rtype == "article-journal":
        lab += L(rec["container-title"], "container-title")
        if rec.get("volume"):
            lab += ". " + L(rec["volume"], "volume")
            if rec.get("issue"):
                lab += " (" + L(rec["issue"], "issue") + ")"
            if rec.get("page"):
                lab += ": " + L(rec["page"].replace("-", "–"), "pages")
        elif rec.get("page"):
            lab += ": " + L(rec["page"].replace("-", "–"), "pages")
        lab += ". "
    elif rtype in ("article-newspaper", "webpage"):
        if rec.get("container-title"):
            lab += L(rec["container-title"], "container-title") + ". "
        if not people and date is not None:
            lab += date + ". "
    elif rtype in ("book", "chapter", "report"):
        if rtype == "report" and rec.get("genre"):
            lab += "(" + L(rec["genre"], "genre") + ")" + (" " + L(rec["number"], "number") if rec.get("number") else "") + ". "
        if rec.get("publisher-place") and rng.random() < 0.7:
            lab += L(rec["publisher-place"], "location") + ": "
        lab += L(rec["publisher"], "publisher") + ". "
        if rtype == "chapter" and rec.get("page"):
            lab += L("pp. " + rec["page"].replace("-", "–"), "pages") + ". "
        elif rng.random() < 0.4:
            a = nums.take(2, 700)
            lab += L(f"p. {a}" if rng.random() < 0.7 else f"pp. {a}–{a + rng.randint(1, 9)}", "locator") + ". "
    if rec.get("DOI") and rng.random() < 0.9:
        lab += L("doi:" + rec["DOI"], "doi") + ". "
    if rtype in ("book", "chapter") and rng.random() < 0.6:
        lab += L("ISBN " + (rec.get("ISBN") or _isbn(rng)), "isbn") + ". "
    if rtype in ("article-newspaper", "webpage", "report") and rng.random() < 0.7:
        acc = [rng.randint(max(2005, rec.get("issued", {"date-parts": [[2000]]})["date-parts"][0][0] + 1), 2024),
               rng.randint(1, 12), rng.randint(1, 28)]
        if acc[0] <= 2024:
            lab += L("Retrieved " + _fmt_date(rng, acc), "note") + ". "
    if rng.random() < 0.2:
        ident = rng.choice((f"OCLC {rng.randint(1000, 999999999)}", f"PMID {rng.randint(1000000, 39999999)}",
                            f"JSTOR {rng.randint(10000, 4999999)}", f"S2CID {rng.randint(1000, 259999999)}",
                            f"PMC {rng.randint(100000, 9999999)}", f"ISSN {rng.randint(1000, 9999)}-{rng.randint(100, 999)}X",
                            f"hdl:{rng.randint(1000, 99999)}/{rng.randint(100, 99999)}"))
        lab += L(ident, "note") + ". "
    text = lab.text.rstrip()
    return lab.slice(0, len(text)), "synthetic:wikipedia-cs1"


# --------------------------------------------------------------------------- note decorations
def _abbrev(title: str) -> str:
    words = [w for w in re.findall(r"[A-ZÀ-Ý][\w'-]*", title)]
    return "".join(w[0] for w in words[:5]) if len(words) >= 2 else title.split()[0].strip(":,")


def hereafter(lab: Lab, rng: random.Random) -> Lab:
    spans = [s for s in lab.spans() if s[2] in ("container-title", "title")]
    if not spans:
        return lab
    s, e, _ = spans[-1] if rng.random() < 0.5 else spans[0]
    ab = _abbrev(lab.text[s:e])
    j = e
    while j < len(lab.text) and lab.text[j] in "’”»\"'":
        j += 1
    inner = rng.choice((f"hereafter {ab}", f"hereafter cited as {ab}", f"henceforth {ab}"))
    br = ("[", "]") if rng.random() < 0.7 else ("(", ")")
    return lab.slice(0, j) + " " + br[0] + L(inner, "note") + br[1] + lab.slice(j)


def noise(lab: Lab, rng: random.Random) -> Lab:
    t = lab.text
    if "\u00a0" in t and rng.random() < 0.5:
        lab = Lab(t.replace("\u00a0", " ").replace("\u202f", " "), lab.labels)
    if rng.random() < 0.08:
        tr = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})
        lab = Lab(lab.text.translate(tr), lab.labels)
    elif rng.random() < 0.03:
        lab = Lab(re.sub(r'(?<![\w])"(?=\w)', "“", re.sub(r'(?<=[\w.,?!])"', "”", lab.text)), lab.labels)
    if rng.random() < 0.08:
        lab = Lab(re.sub(r"(?<=\d)–(?=\d)", "-", lab.text), lab.labels)
    elif rng.random() < 0.03:
        lab = Lab(re.sub(r"(?<=\d)-(?=\d)", "–", lab.text), lab.labels)
    if rng.random() < 0.04:
        spaces = [i for i, c in enumerate(lab.text) if c == " "]
        if spaces:
            i = rng.choice(spaces)
            lab = lab.slice(0, i) + Lab(" ", [lab.labels[i]]) + lab.slice(i)
    if rng.random() < 0.02:
        spans = lab.spans()
        for (_s1, e1, l1), (s2, _e2, l2) in zip(spans, spans[1:]):
            if l1 == "container-title" and l2 in ("volume", "date") and lab.text[e1:s2] == " ":
                lab = lab.slice(0, e1) + lab.slice(s2)
                break
    if rng.random() < 0.15:
        spans = [s for s in lab.spans() if s[2] == "url" and "-" in lab.text[s[0]:s[1]]]
        if spans:
            s, e, _ = spans[0]
            lab = Lab(lab.text[:s] + lab.text[s:e].replace("-", "–") + lab.text[e:], lab.labels)
    return lab


# shares of bibliography entries given a ditto mark / stripped of the punctuation between fields
# (stripping measured worse on footnotes and no better on bibliographies: off)
DITTO = 0.03
LOST_PUNCTUATION = 0.0


def lost_punctuation(lab: Lab, rng: random.Random) -> Lab:
    """Lists typed or scanned without the punctuation between fields: 'Roux, J. 1927 « Title » Journal 90 108-117'."""
    spans = lab.spans()
    cuts = []
    for (_s1, e1, l1), (s2, _e2, l2) in zip(spans, spans[1:]):
        gap = lab.text[e1:s2]
        if l1 != l2 and re.fullmatch(r"[.,:;]+ ", gap) and rng.random() < 0.7:
            cuts.append((e1, s2))
    for e1, s2 in reversed(cuts):
        lab = lab.slice(0, e1) + Lab(" ", [None]) + lab.slice(s2)
    return lab


def ditto(lab: Lab, rng: random.Random) -> Lab:
    """A bibliography entry by the same names as the one above: '———. Title', '---. Title'."""
    spans = lab.spans()
    if not spans or spans[0][2] != "author" or spans[0][0] > 0:
        return lab
    end = spans[0][1]
    for s, e, l in spans[1:]:
        if l != "author" or not re.fullmatch(r"[\s,;&]*(?:and|und|et|y|&)?[\s,;&]*", lab.text[end:s]):
            break
        end = e
    mark = rng.choice(("———", "———", "———", "---", "–––––", "______", "—", "——"))
    return L(mark, "author") + lab.slice(end)


def pinpoint(lab: Lab, rng: random.Random, lang: str) -> Lab:
    lab = strip_final_period(lab)
    loc = locator_lab(rng, lang)
    if not loc.text[0].isdigit() or rng.random() < 0.5:
        return end_period(lab + ", " + loc)
    return end_period(lab + ", " + loc)


# --------------------------------------------------------------------------- top level
def make_example(ctx) -> tuple[Lab, str] | None:
    rng = ctx.rng
    r = rng.random()
    if r < 0.03:
        return ibid(ctx)
    if r < 0.05:
        return newspaper(ctx)
    if r < 0.08:
        return short_form(ctx)
    if r < 0.13:
        return wikipedia_cs1(ctx)
    res = ctx.one()
    if res is None:
        return None
    lab, rec, entry = res
    lang = _lang(rng, entry)
    kind = "note" if entry.note else "entry"
    footnote = entry.note or rng.random() < 0.1
    if footnote:
        r = rng.random()
        if r < 0.12:
            other = ctx.one(entry)
            if other is not None:
                joiner = rng.random()
                first = strip_final_period(lab)
                if joiner < 0.5:
                    lab = first + "; " + other[0]
                elif joiner < 0.85:
                    lab = first + "; " + L(rng.choice(SEE_ALSO[lang]), "signal") + " " + other[0]
                else:
                    lab = first + ", " + L(rng.choice(QUOTED_IN[lang]), "signal") + " " + other[0]
                if rng.random() < 0.3:
                    third = ctx.one(entry)
                    if third is not None:
                        lab = strip_final_period(lab) + "; " + third[0]
                kind += "+multi"
        elif r < 0.16 and "locator" not in lab.labels:
            lab = pinpoint(lab, rng, lang)
        if rng.random() < 0.28:
            lab = signal_lab(rng, lang) + lab
            kind += "+signal"
        if rng.random() < 0.08:
            sentence = L(rng.choice(COMMENT[lang if lang in COMMENT else "en"]), "note")
            if rng.random() < 0.5:
                lab = sentence + " " + lab
            else:
                lab = end_period(lab) + " " + sentence
            kind += "+comment"
        if rng.random() < 0.03:
            lab = hereafter(lab, rng)
    else:
        if rng.random() < DITTO:
            lab = ditto(lab, rng)
            kind += "+ditto"
        if rng.random() < LOST_PUNCTUATION:
            lab = lost_punctuation(lab, rng)
            kind += "+bare"
    if not footnote and rec["type"] == "book" and rng.random() < 0.12 and "isbn" not in lab.labels:
        lab = end_period(strip_final_period(lab)) + " " + L(rng.choice(("ISBN ", "ISBN: ", "ISBN-13: ", "ISBN ")) + rec.get("ISBN", _isbn(rng)), "isbn")
        if rng.random() < 0.5:
            lab += "."
    lab = noise(lab, rng)
    return lab, f"synthetic:{entry.name}:{kind}"


def _isbn(rng: random.Random) -> str:
    from .records import isbn
    s = isbn(rng)
    return s if rng.random() < 0.7 else s.replace("-", "")
