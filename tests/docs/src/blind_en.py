"""Shared helper for the English blind pairs (written blind to the app), one for every round from 62 on: each
round's ``blindNN/_bNNen.py`` calls :func:`use_round` with its number and re-exports what is here. Paths, font
cleaning (no GSUB ligatures, no NBSP / soft-hyphen cmap entries), page stamping with PyMuPDF, the engines, the
expected.json writer and the phrase check.

Check:  /tmp/blindNNen/bin/python tests/docs/src/blindNN/_bNNen.py blindNN_en_<name> ...
"""

import json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.abspath(os.path.join(HERE, ".."))
FONTDIR = "/usr/share/fonts/truetype/liberation"
ROUND = 0  # set by use_round(): the blind round whose pairs are being made
CLEAN = ""
FORBIDDEN = {"\u00a0": "NBSP", "\u00ad": "soft hyphen", "\ufb01": "fi ligature",
             "\ufb02": "fl ligature", "\ufb00": "ff ligature", "\ufffd": "U+FFFD"}


def use_round(number):
    """Make the paths and profiles this round's own ("/tmp/blind68en_fonts", "blind68en_chrome_profile_")."""
    global ROUND, CLEAN
    ROUND = number
    CLEAN = f"/tmp/blind{number}en_fonts"

def out(name):
    return os.path.join(DOCS, name)


def clean_font(fname):
    """Copy of a Liberation (or DejaVu) font without GSUB and without cmap entries for U+00A0/U+00AD."""
    from fontTools.ttLib import TTFont
    os.makedirs(CLEAN, exist_ok=True)
    dst = os.path.join(CLEAN, fname)
    if not os.path.exists(dst):
        src = os.path.join(FONTDIR, fname)
        if not os.path.exists(src):
            src = os.path.join("/usr/share/fonts/truetype/dejavu", fname)
        f = TTFont(src)
        for t in ("GSUB",):
            if t in f:
                del f[t]
        for sub in f["cmap"].tables:
            for cp in (0xA0, 0xAD):
                sub.cmap.pop(cp, None)
        f.save(dst)
    return dst


def stamp(path, header=None, footer=None, skip_first=False, fontfile=None, size=8):
    """Stamp a running header and a footer ('{n}' / '{N}' replaced) on each page."""
    import warnings
    warnings.filterwarnings('ignore')
    import fitz
    fontfile = fontfile or clean_font("LiberationSans-Regular.ttf")
    doc = fitz.open(path)
    N = doc.page_count
    for i, page in enumerate(doc):
        if skip_first and i == 0:
            continue
        w, h = page.rect.width, page.rect.height
        page.insert_font(fontname="stampf", fontfile=fontfile)
        if header:
            page.insert_text((56, 34), header, fontname="stampf", fontsize=size, color=(0.3, 0.3, 0.3))
        if footer:
            txt = footer.replace("{n}", str(i + 1)).replace("{N}", str(N))
            tw = fitz.Font(fontfile=fontfile).text_length(txt, fontsize=size)
            page.insert_text(((w - tw) / 2, h - 26), txt, fontname="stampf", fontsize=size, color=(0.3, 0.3, 0.3))
    tmp = path + ".tmp"
    doc.save(tmp, garbage=3, deflate=True)
    doc.close()
    os.replace(tmp, path)


def chromium_pdf(html_path, pdf_path):
    """Chromium headless --print-to-pdf (page size and margins from the HTML's @page rule)."""
    import shutil, tempfile
    prof = tempfile.mkdtemp(prefix=f"blind{ROUND}en_chrome_profile_")
    try:
        subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--user-data-dir=" + prof, "--no-pdf-header-footer",
                        "--print-to-pdf=" + pdf_path, "file://" + html_path], check=True, capture_output=True)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def soffice_pdf(html_path, outdir):
    """LibreOffice Writer headless from HTML, own user profile."""
    subprocess.run(["soffice", f"-env:UserInstallation=file:///tmp/blind{ROUND}en_lo", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", outdir,
                    html_path], check=True, capture_output=True)


def write_expected(name, recs, unmatched, notes):
    data = {"recommendations": recs, "unmatched_replies_contain": unmatched, "notes": notes}
    with open(out(name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def texts(path):
    import warnings
    warnings.filterwarnings('ignore')
    import fitz
    doc = fitz.open(path)
    mu = "\n".join(p.get_text() for p in doc)
    raw = subprocess.run(["pdftotext", "-raw", path, "-"], capture_output=True, text=True).stdout
    return mu, raw


def check(name):
    errs = []
    adv = texts(out(name + "_advice.pdf"))
    rsp = texts(out(name + "_response.pdf"))
    for label, pair in (("advice", adv), ("response", rsp)):
        for t in pair:
            for ch, what in FORBIDDEN.items():
                if ch in t:
                    errs.append(f"{label}: contains {what}")
    exp = json.load(open(out(name + ".expected.json"), encoding="utf-8"))
    assert set(exp) == {"recommendations", "unmatched_replies_contain", "notes"}, exp.keys()
    A = [norm(t) for t in adv]
    R = [norm(t) for t in rsp]
    for r in exp["recommendations"]:
        assert set(r) <= {"number", "starts_with", "reply_contains", "verdict", "also"}, r
        assert r["verdict"] in ("agrees", "partly", "disagrees", "noted", "unanswered")
        sw = norm(r["starts_with"])
        n = len(sw.split())
        if not 6 <= n <= 12:
            errs.append(f"{r['number']}: starts_with has {n} words")
        for t in A:
            if sw not in t:
                errs.append(f"{r['number']}: starts_with not in advice: {sw!r}")
        rc = r["reply_contains"]
        if rc is None:
            if r["verdict"] != "unanswered":
                errs.append(f"{r['number']}: null reply but verdict {r['verdict']}")
            continue
        rc = norm(rc)
        n = len(rc.split())
        if not 5 <= n <= 12:
            errs.append(f"{r['number']}: reply_contains has {n} words")
        for t in R:
            if t.count(rc) != 1:
                errs.append(f"{r['number']}: reply phrase found {t.count(rc)}x in response: {rc!r}")
        for t in A:
            if rc in t:
                errs.append(f"{r['number']}: reply phrase also in advice: {rc!r}")
    for u in exp["unmatched_replies_contain"]:
        u = norm(u)
        for t in R:
            if t.count(u) != 1:
                errs.append(f"unmatched phrase found {t.count(u)}x: {u!r}")
        for t in A:
            if u in t:
                errs.append(f"unmatched phrase also in advice: {u!r}")
    return sorted(set(errs))


def main(names):
    """Check each pair; 1 when any fails."""
    bad = 0
    for name in names:
        e = check(name)
        exp = json.load(open(out(name + ".expected.json"), encoding="utf-8"))
        from collections import Counter
        c = Counter(r["verdict"] for r in exp["recommendations"])
        print(name, "OK" if not e else "FAIL", len(exp["recommendations"]), "recs", dict(c),
              len(exp["unmatched_replies_contain"]), "unmatched")
        for x in e:
            print("   ", x)
        bad += bool(e)
    return 1 if bad else 0
