"""Shared helpers for the Dutch blind pairs, one for every round from 62 on: each round's ``blindNN/_bNNnl.py``
calls :func:`use_round` with its number and re-exports what is here. The expected.json writer, the phrase checker,
ligature-free fonts and the HTML engines.

Check: /tmp/blindNNnl/bin/python tests/docs/src/blindNN/_bNNnl.py blindNN_nl_<name> ...
"""

import json
import os
import re
import shutil
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
BAD = ("\u00ad", "\u00a0", "\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\ufffd")


def use_round(number):
    """Make the paths, font names and profiles this round's own ("/tmp/b68nl_fonts/", "B68NL Sans", "b68")."""
    global ROUND, FD
    ROUND = number
    FD = f"/tmp/b{number}nl_fonts/"

def out(name):
    return os.path.join(DOCS, name)


def write_expected(name, recs, unmatched, notes):
    data = {"recommendations": [], "unmatched_replies_contain": unmatched, "notes": notes}
    for r in recs:
        num, sw, rc, verdict = r[:4]
        item = {"number": num, "starts_with": sw, "reply_contains": rc, "verdict": verdict}
        if len(r) > 4 and r[4]:
            item["also"] = list(r[4])
        data["recommendations"].append(item)
    with open(out(name + ".expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def _norm(s):
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def texts(pdf):
    """Raw text layers: PyMuPDF, and pdftotext -raw when available."""
    import pymupdf
    doc = pymupdf.open(pdf)
    layers = {"pymupdf": "\n".join(p.get_text() for p in doc)}
    if shutil.which("pdftotext"):
        layers["pdftotext-raw"] = subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True,
                                                 text=True).stdout
    return layers


def check(name):
    ok = True

    def fail(*a):
        nonlocal ok
        print(name, *a)
        ok = False

    exp = json.load(open(out(name + ".expected.json"), encoding="utf-8"))
    if set(exp) != {"recommendations", "unmatched_replies_contain", "notes"}:
        fail("bad keys", sorted(exp))
    adv = texts(out(name + "_advice.pdf"))
    res = texts(out(name + "_response.pdf"))
    for side, layers in (("advice", adv), ("response", res)):
        for eng, raw in layers.items():
            for bad in BAD:
                if bad in raw:
                    fail(side, eng, "bad char in text layer", repr(bad))
    for eng in adv:
        a, r = _norm(adv[eng]), _norm(res[eng])
        for rec in exp["recommendations"]:
            num = rec["number"]
            if rec["verdict"] not in ("agrees", "partly", "disagrees", "noted", "unanswered"):
                fail(num, "bad verdict", rec["verdict"])
            sw = rec["starts_with"]
            if not 6 <= len(sw.split()) <= 12:
                fail(num, "starts_with has", len(sw.split()), "words")
            if _norm(sw) not in a:
                fail(eng, num, "starts_with not in advice:", sw)
            rc = rec["reply_contains"]
            if rc is None:
                if rec["verdict"] != "unanswered":
                    fail(num, "null reply but verdict", rec["verdict"])
                continue
            if rec["verdict"] == "unanswered":
                fail(num, "reply given but verdict unanswered")
            if not 5 <= len(rc.split()) <= 12:
                fail(num, "reply_contains has", len(rc.split()), "words")
            c = r.count(_norm(rc))
            if c != 1:
                fail(eng, num, "reply_contains found", c, "times in response:", rc)
            if _norm(rc) in a:
                fail(eng, num, "reply_contains also in advice:", rc)
        for u in exp["unmatched_replies_contain"]:
            c = r.count(_norm(u))
            if c != 1:
                fail(eng, "unmatched phrase found", c, "times in response:", u)
            if _norm(u) in a:
                fail(eng, "unmatched phrase also in advice:", u)
    n = len(exp["recommendations"])
    verdicts = {}
    for rec in exp["recommendations"]:
        verdicts[rec["verdict"]] = verdicts.get(rec["verdict"], 0) + 1
    print(name, "OK" if ok else "FAILED", f"({n} recommendations; layers: {', '.join(adv)};",
          ", ".join(f"{k} {v}" for k, v in sorted(verdicts.items())) + ")")
    return ok


# --- ligature-free fonts and HTML engines --------------------------------------------------------------------
ROUND = 0  # set by use_round(): the blind round whose pairs are being made
FD = ""
DV = "/usr/share/fonts/truetype/dejavu/"


SANS_FILES = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf", "Italic": "DejaVuSans-Oblique.ttf",
              "Bold Italic": "DejaVuSans-BoldOblique.ttf"}
SERIF_FILES = {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf", "Italic": "DejaVuSerif-Italic.ttf",
               "Bold Italic": "DejaVuSerif-BoldItalic.ttf"}


def _clean_copies(family, files):
    """DejaVu copies without GSUB (so no fi/fl ligatures), renamed to `family`, in FD: {style: path, …}, and the
    paths made now (a copy already there is kept)."""
    from fontTools.ttLib import TTFont
    os.makedirs(FD, exist_ok=True)
    paths, made = {}, []
    for style, f in files.items():
        dst = FD + family.replace(" ", "") + "-" + style.replace(" ", "") + ".ttf"
        if not os.path.exists(dst):
            font = TTFont(DV + f)
            if "GSUB" in font:
                del font["GSUB"]
            name = font["name"]
            for rec in list(name.names):
                if rec.nameID in (1, 16):
                    name.setName(family, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
                elif rec.nameID in (2, 17):
                    name.setName(style, rec.nameID, rec.platformID, rec.platEncID, rec.langID)
                elif rec.nameID == 4:
                    name.setName(f"{family} {style}", 4, rec.platformID, rec.platEncID, rec.langID)
                elif rec.nameID == 6:
                    name.setName(f"{family}-{style}".replace(" ", ""), 6, rec.platformID, rec.platEncID, rec.langID)
            font.save(dst)
            made.append(dst)
        paths[style] = dst
    return paths, made


def nolig_fonts(family=None, files=None):
    """DejaVu copies without GSUB (so no fi/fl ligatures), renamed to `family`, installed for fontconfig in
    ~/.fonts/bNNnl so that LibreOffice finds them; also usable from CSS via file:// URLs. Returns {style: path}.
    The family is the round's own unless given ("B68NL Sans")."""
    paths, made = _clean_copies(family or f"B{ROUND}NL Sans", files or SANS_FILES)
    inst = os.path.expanduser(f"~/.fonts/b{ROUND}nl")
    os.makedirs(inst, exist_ok=True)
    for dst in made:
        shutil.copy(dst, inst)
    subprocess.run(["fc-cache", "-f", inst], capture_output=True)
    return paths


def tmp_fonts(family=None, files=None):
    """The same copies kept under /tmp only (FD, never ~/.fonts), with a fonts.conf there (system fonts and that
    folder) that FONTCONFIG_FILE is set to, so that LibreOffice and Chromium see them (rounds 79 on). Returns
    {style: path}; the family is the round's own unless given ("B82NL Sans")."""
    paths, _made = _clean_copies(family or f"B{ROUND}NL Sans", files or SANS_FILES)
    conf = FD + "fonts.conf"
    with open(conf, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                 '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                 f'  <dir>{FD}</dir>\n  <cachedir>{FD}cache</cachedir>\n</fontconfig>\n')
    os.environ["FONTCONFIG_FILE"] = conf
    return paths


def chromium_pdf(html, pdfname):
    """Render an HTML string with headless Chromium (@page margin boxes give running headers/footers)."""
    import tempfile
    tmp = tempfile.mkdtemp(prefix=f"b{ROUND}nlcr")
    src = os.path.join(tmp, "doc.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([exe, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    f"--user-data-dir={tmp}/prof", "--no-pdf-header-footer",
                    f"--print-to-pdf={out(pdfname)}", "file://" + src], check=True, capture_output=True)
    shutil.rmtree(tmp)


def soffice_pdf(html, pdfname):
    """Convert an HTML string with LibreOffice Writer headless (writer_pdf_Export)."""
    import tempfile
    tmp = tempfile.mkdtemp(prefix=f"b{ROUND}nllo")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".html"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                    "--infilter=HTML (StarWriter)", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), out(pdfname))
    shutil.rmtree(tmp)


def stamp(pdfname, header, footer_fmt, fontfile, skip_first=True, size=7.5, margin=36):
    """Running header and 'footer_fmt.format(n=, m=)' stamped on each page with PyMuPDF (ligature-free font)."""
    import pymupdf
    path = out(pdfname)
    doc = pymupdf.open(path)
    m = len(doc)
    for i, page in enumerate(doc):
        w, h = page.rect.width, page.rect.height
        page.insert_font(fontname=f"b{ROUND}", fontfile=fontfile)
        if not (skip_first and i == 0):
            page.insert_text((margin, 28), header, fontname=f"b{ROUND}", fontsize=size, color=(0.35, 0.35, 0.35))
            page.draw_line((margin, 32), (w - margin, 32), color=(0.6, 0.6, 0.6), width=0.4)
        t = footer_fmt.format(n=i + 1, m=m)
        tw = pymupdf.Font(fontfile=fontfile).text_length(t, fontsize=size)
        page.insert_text((w - margin - tw, h - 22), t, fontname=f"b{ROUND}", fontsize=size, color=(0.35, 0.35, 0.35))
    doc.save(path + ".tmp", garbage=3, deflate=True)
    doc.close()
    os.replace(path + ".tmp", path)


def story_pdf(html, css, pdfname, archive_dir, rect=(56, 70, 539, 785)):
    """Render HTML with PyMuPDF Story (A4); headers/footers are stamped afterwards with stamp()."""
    import pymupdf
    story = pymupdf.Story(html=html, user_css=css, archive=archive_dir)
    writer = pymupdf.DocumentWriter(out(pdfname))
    more = 1
    while more:
        dev = writer.begin_page(pymupdf.paper_rect("a4"))
        more, _ = story.place(pymupdf.Rect(*rect))
        story.draw(dev)
        writer.end_page()
    writer.close()


def main(names):
    """Check each pair; 1 when any fails."""
    results = [check(n) for n in names]
    return 0 if all(results) else 1
