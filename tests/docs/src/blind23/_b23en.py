"""Shared helpers for the round-23 English blind pairs (expected.json writer and phrase check).

Usage as a script:  python _b23en.py blind23_en_phso blind23_en_audit_wales ...
checks every starts_with / reply_contains / unmatched phrase against the text extracted from the PDFs
(PyMuPDF and pdftotext -raw, whitespace-normalised, case-insensitive).
"""
import json
import os
import re
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
FONTS = "/usr/share/fonts/truetype/liberation"


def out(name):
    return os.path.join(DOCS, name)


def write_expected(pair, recs, unmatched, notes):
    data = {"recommendations": [], "unmatched_replies_contain": unmatched, "notes": notes}
    for r in recs:
        d = {"number": r[0], "starts_with": r[1], "reply_contains": r[2], "verdict": r[3]}
        if len(r) > 4 and r[4]:
            d["also"] = list(r[4])
        data["recommendations"].append(d)
    with open(out(pair + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(data, fh, ensure_ascii=False, indent=2)
        fh.write("\n")


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def texts(pdf):
    import fitz
    doc = fitz.open(pdf)
    a = norm(" ".join(p.get_text() for p in doc))
    b = norm(subprocess.run(["pdftotext", "-raw", pdf, "-"], capture_output=True, text=True).stdout)
    return [a, b]


def check(pair):
    exp = json.load(open(out(pair + ".expected.json"), encoding="utf-8"))
    adv = texts(out(pair + "_advice.pdf"))
    res = texts(out(pair + "_response.pdf"))
    bad = []
    for r in exp["recommendations"]:
        sw = norm(r["starts_with"])
        for i, t in enumerate(adv):
            if sw not in t:
                bad.append(f"{r['number']}: starts_with not in advice (extractor {i})")
        if r["reply_contains"]:
            rc = norm(r["reply_contains"])
            for i, t in enumerate(res):
                n = t.count(rc)
                if n != 1:
                    bad.append(f"{r['number']}: reply_contains found {n}x in response (extractor {i})")
            if rc in adv[0]:
                bad.append(f"{r['number']}: reply_contains also in advice")
        elif r["verdict"] != "unanswered":
            bad.append(f"{r['number']}: null reply but verdict {r['verdict']}")
    for u in exp["unmatched_replies_contain"]:
        for i, t in enumerate(res):
            if t.count(norm(u)) != 1:
                bad.append(f"unmatched '{u}' found {t.count(norm(u))}x (extractor {i})")
    for t in adv + res:
        if re.search("[\ufb00-\ufb06]", t):
            bad.append("ligature characters in text layer")
            break
    print(pair, "OK" if not bad else "FAIL", len(exp["recommendations"]), "recs")
    for b in bad:
        print("   ", b)
    return not bad


if __name__ == "__main__":
    ok = all([check(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
