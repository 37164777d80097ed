"""Shared helper for the round-24 English blind pairs: expected.json writer and phrase check.

Usage: python _b24en.py blind24_en_<name> [...]   -- checks the named pairs.
"""
import json
import os
import re
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
HERE = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype/liberation"


def path(name, kind):
    """kind: 'advice', 'response' or 'expected'."""
    if kind == "expected":
        return os.path.join(DOCS, f"{name}.expected.json")
    return os.path.join(DOCS, f"{name}_{kind}.pdf")


def write_expected(name, recs, unmatched, notes):
    out = {"recommendations": [], "unmatched_replies_contain": list(unmatched), "notes": notes}
    for r in recs:
        d = {"number": str(r[0]), "starts_with": r[1], "reply_contains": r[2], "verdict": r[3]}
        if len(r) > 4 and r[4]:
            d["also"] = list(r[4])
        out["recommendations"].append(d)
    with open(path(name, "expected"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, indent=2, ensure_ascii=False)
        fh.write("\n")


def _norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00a0", " ")).strip().lower()


def texts(pdf):
    import pymupdf
    doc = pymupdf.open(pdf)
    a = "".join(p.get_text() for p in doc)
    b = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"], capture_output=True,
                       text=True).stdout
    return a, b


def check(name):
    with open(path(name, "expected"), encoding="utf-8") as fh:
        exp = json.load(fh)
    adv = texts(path(name, "advice"))
    rsp = texts(path(name, "response"))
    bad = []
    for label, (ta, tb) in (("advice", adv), ("response", rsp)):
        for t in (ta, tb):
            for ch in ("\ufb01", "\ufb02", "\ufb00", "\u00ad", "\ufffd"):
                if ch in t:
                    bad.append(f"{label}: contains U+{ord(ch):04X}")
    na = [_norm(t) for t in adv]
    nr = [_norm(t) for t in rsp]
    for r in exp["recommendations"]:
        sw = _norm(r["starts_with"])
        n = len(r["starts_with"].split())
        if not 6 <= n <= 12:
            bad.append(f"rec {r['number']}: starts_with has {n} words")
        for t in na:
            if sw not in t:
                bad.append(f"rec {r['number']}: starts_with not in advice: {r['starts_with']!r}")
        rc = r["reply_contains"]
        if rc is None:
            if r["verdict"] != "unanswered":
                bad.append(f"rec {r['number']}: null reply but verdict {r['verdict']}")
            continue
        n = len(rc.split())
        if not 5 <= n <= 12:
            bad.append(f"rec {r['number']}: reply_contains has {n} words")
        for t in nr:
            c = t.count(_norm(rc))
            if c != 1:
                bad.append(f"rec {r['number']}: reply phrase found {c}x in response: {rc!r}")
        for t in na:
            if _norm(rc) in t:
                bad.append(f"rec {r['number']}: reply phrase also in advice: {rc!r}")
    for u in exp["unmatched_replies_contain"]:
        for t in nr:
            if t.count(_norm(u)) != 1:
                bad.append(f"unmatched phrase not exactly once in response: {u!r}")
    bad = sorted(set(bad))
    print(f"{name}: {'OK' if not bad else 'FAIL'}")
    for b in bad:
        print("   ", b)
    return not bad


if __name__ == "__main__":
    ok = all([check(n) for n in sys.argv[1:]])
    sys.exit(0 if ok else 1)


def clean_font(fontfile, outdir, drop_gsub=False):
    """Copy of a TrueType font without cmap entries for U+00A0 and U+00AD, so that MuPDF's reverse
    mapping writes a plain space and '-' (otherwise text extraction gives NBSP / soft hyphen)."""
    from fontTools.ttLib import TTFont as FT
    f = FT(fontfile)
    for table in f["cmap"].tables:
        for cp in (0xA0, 0xAD):
            table.cmap.pop(cp, None)
    if drop_gsub and "GSUB" in f:
        del f["GSUB"]  # no ligatures (fi, fl, ff) from shaping
    out = os.path.join(outdir, "clean_" + os.path.basename(fontfile))
    f.save(out)
    return out
