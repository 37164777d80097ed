"""Shared helpers for the round-26 Dutch blind pairs: expected.json writer and phrase checker.

Check: /tmp/blind26nl/bin/python tests/docs/src/blind26/_b26nl.py blind26_nl_<name> ...
"""
import json
import os
import re
import subprocess
import sys

DOCS = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))


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
    s = s.replace("\u00ad", "").replace("\u00a0", " ")
    s = re.sub(r"\s+", " ", s)
    return s.strip().lower()


def texts(pdf):
    import fitz
    doc = fitz.open(pdf)
    mu = "\n".join(p.get_text() for p in doc)
    pt = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True).stdout
    return mu, pt


def warn(name, adv, res, exp):
    for r in exp["recommendations"]:
        if _norm(r["starts_with"]) not in adv:
            print(name, r["number"], "warning: starts_with not in pdftotext output")
        if r["reply_contains"] and res.count(_norm(r["reply_contains"])) != 1:
            print(name, r["number"], "warning: reply_contains not once in pdftotext output")
    for u in exp["unmatched_replies_contain"]:
        if res.count(_norm(u)) != 1:
            print(name, "warning: unmatched phrase not once in pdftotext output:", u)


def check(name):
    ok = True
    exp = json.load(open(out(name + ".expected.json"), encoding="utf-8"))
    assert set(exp) == {"recommendations", "unmatched_replies_contain", "notes"}
    adv = texts(out(name + "_advice.pdf"))
    res = texts(out(name + "_response.pdf"))
    for raw in adv + res:
        for bad in ("\u00ad", "\u00a0", "\ufb01", "\ufb02", "\ufb00"):
            if bad in raw:
                print(name, "bad char in text layer", repr(bad))
                ok = False
    # PyMuPDF text is authoritative; pdftotext (reading order) is checked too, but a miss there
    # (e.g. table cells interleaved line by line) is only reported as a warning.
    advn = [_norm(adv[0])]
    resn = [_norm(res[0])]
    warn(name, _norm(adv[1]), _norm(res[1]), exp)
    for r in exp["recommendations"]:
        assert r["verdict"] in ("agrees", "partly", "disagrees", "noted", "unanswered")
        sw = r["starts_with"]
        n = len(sw.split())
        if not 6 <= n <= 12:
            print(name, r["number"], "starts_with has", n, "words"); ok = False
        for t in advn:
            if _norm(sw) not in t:
                print(name, r["number"], "starts_with not found:", sw); ok = False
        rc = r["reply_contains"]
        if rc is None:
            if r["verdict"] != "unanswered":
                print(name, r["number"], "null reply but verdict", r["verdict"]); ok = False
            continue
        n = len(rc.split())
        if not 5 <= n <= 12:
            print(name, r["number"], "reply_contains has", n, "words"); ok = False
        for t in resn:
            c = t.count(_norm(rc))
            if c != 1:
                print(name, r["number"], "reply_contains found", c, "times:", rc); ok = False
    for u in exp["unmatched_replies_contain"]:
        for t in resn:
            c = t.count(_norm(u))
            if c != 1:
                print(name, "unmatched found", c, "times:", u); ok = False
    print(name, "OK" if ok else "FAILED")
    return ok


if __name__ == "__main__":
    results = [check(n) for n in sys.argv[1:]]
    sys.exit(0 if all(results) else 1)
