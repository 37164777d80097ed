"""Shared helpers for the round-27 Dutch blind pairs: expected.json writer and phrase checker.

Check: /tmp/blind27nl/bin/python tests/docs/src/blind27/_b27nl.py blind27_nl_<name> ...

Both text layers are checked and both must pass: PyMuPDF (page.get_text()) and, when installed, `pdftotext -raw`.
Whitespace is folded, case ignored. Every starts_with (6-12 words) must be in the advice; every reply_contains
(5-12 words) and every unmatched phrase exactly once in the response and not in the advice. Neither text layer
may hold a soft hyphen, no-break space, ligature code point or U+FFFD.
"""
import json
import os
import re
import shutil
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BAD = {"\u00ad": "soft hyphen", "\u00a0": "no-break space", "\ufb00": "ff ligature", "\ufb01": "fi ligature",
       "\ufb02": "fl ligature", "\ufb03": "ffi ligature", "\ufb04": "ffl ligature", "\ufffd": "replacement char"}


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


def norm(s):
    return re.sub(r"\s+", " ", s).strip().lower()


def layers(pdf):
    """[(label, raw text)] for PyMuPDF and, if available, pdftotext -raw."""
    import pymupdf
    doc = pymupdf.open(pdf)
    res = [("pymupdf", "\n".join(p.get_text() for p in doc))]
    if shutil.which("pdftotext"):
        res.append(("pdftotext-raw", subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, "-"],
                                                    capture_output=True, text=True).stdout))
    return res


def check(name):
    ok = True
    exp = json.load(open(out(name + ".expected.json"), encoding="utf-8"))
    assert set(exp) == {"recommendations", "unmatched_replies_contain", "notes"}
    adv = layers(out(name + "_advice.pdf"))
    res = layers(out(name + "_response.pdf"))
    for which, lay in (("advice", adv), ("response", res)):
        for label, raw in lay:
            for ch, what in BAD.items():
                if ch in raw:
                    print(name, which, label, "has a", what); ok = False
    for (label, a), (_, r) in zip(adv, res):
        a, r = norm(a), norm(r)
        for rec in exp["recommendations"]:
            num = rec["number"]
            assert rec["verdict"] in ("agrees", "partly", "disagrees", "noted", "unanswered")
            sw = rec["starts_with"]
            if not 6 <= len(sw.split()) <= 12:
                print(name, num, "starts_with has", len(sw.split()), "words"); ok = False
            if norm(sw) not in a:
                print(name, label, num, "starts_with not in advice:", sw); ok = False
            rc = rec["reply_contains"]
            if rc is None:
                if rec["verdict"] != "unanswered":
                    print(name, num, "null reply but verdict", rec["verdict"]); ok = False
                continue
            if rec["verdict"] == "unanswered":
                print(name, num, "reply given but verdict unanswered"); ok = False
            if not 5 <= len(rc.split()) <= 12:
                print(name, num, "reply_contains has", len(rc.split()), "words"); ok = False
            c = r.count(norm(rc))
            if c != 1:
                print(name, label, num, "reply_contains found", c, "times:", rc); ok = False
            if norm(rc) in a:
                print(name, label, num, "reply_contains also in advice:", rc); ok = False
        for u in exp["unmatched_replies_contain"]:
            c = r.count(norm(u))
            if c != 1:
                print(name, label, "unmatched found", c, "times:", u); ok = False
            if norm(u) in a:
                print(name, label, "unmatched phrase also in advice:", u); ok = False
    counts = {}
    for rec in exp["recommendations"]:
        counts[rec["verdict"]] = counts.get(rec["verdict"], 0) + 1
    print(name, "OK" if ok else "FAILED", f"({len(exp['recommendations'])} recommendations: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + f"; layers: {', '.join(l for l, _ in adv)})")
    return ok


if __name__ == "__main__":
    results = [check(n) for n in sys.argv[1:]]
    sys.exit(0 if all(results) else 1)
