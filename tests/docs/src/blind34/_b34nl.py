"""Shared helpers for the round-34 Dutch blind pairs: expected.json writer and phrase checker.

Check: /tmp/blind34nl/bin/python tests/docs/src/blind34/_b34nl.py blind34_nl_<name> ...
"""
import json
import os
import re
import shutil
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BAD = ("\u00ad", "\u00a0", "\ufb00", "\ufb01", "\ufb02", "\ufb03", "\ufb04", "\ufffd")


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


if __name__ == "__main__":
    results = [check(n) for n in sys.argv[1:]]
    sys.exit(0 if all(results) else 1)
