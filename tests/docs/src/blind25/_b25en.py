"""Shared helper for the round-25 English blind pairs: paths, cleaned fonts, expected.json writer, phrase check.

Usage as a script: python _b25en.py blind25_en_<name> ...   (checks the named pairs)
"""
import json, os, re, subprocess, sys, tempfile, unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.abspath(os.path.join(HERE, '..', '..'))
LIB = '/usr/share/fonts/truetype/liberation'
FONTDIR = os.path.join(tempfile.gettempdir(), 'b25en_fonts')


def out(name, kind):
    """Path of blind25_en_<name>_<kind>.pdf (kind advice/response) or .expected.json (kind 'json')."""
    if kind == 'json':
        return os.path.join(DOCS, f'blind25_en_{name}.expected.json')
    return os.path.join(DOCS, f'blind25_en_{name}_{kind}.pdf')


def clean_font(fam, style):
    """Copy of a Liberation font without cmap entries for U+00A0/U+00AD and without GSUB (no ligatures)."""
    from fontTools.ttLib import TTFont
    os.makedirs(FONTDIR, exist_ok=True)
    src = os.path.join(LIB, f'Liberation{fam}-{style}.ttf')
    dst = os.path.join(FONTDIR, f'B25{fam}-{style}.ttf')
    if not os.path.exists(dst):
        f = TTFont(src)
        for t in f['cmap'].tables:
            for cp in (0xA0, 0xAD):
                t.cmap.pop(cp, None)
        if 'GSUB' in f:
            del f['GSUB']
        f.save(dst)
    return dst


def write_expected(name, recs, unmatched, notes):
    data = {'recommendations': [], 'unmatched_replies_contain': unmatched, 'notes': notes}
    for r in recs:
        d = {'number': r[0], 'starts_with': r[1], 'reply_contains': r[2], 'verdict': r[3]}
        if len(r) > 4 and r[4]:
            d['also'] = r[4]
        data['recommendations'].append(d)
    with open(out(name, 'json'), 'w', encoding='utf-8') as fh:
        json.dump(data, fh, indent=2, ensure_ascii=False)
        fh.write('\n')


def norm(s):
    return re.sub(r'\s+', ' ', s).strip().lower()


def texts(pdf):
    import pymupdf
    doc = pymupdf.open(pdf)
    a = ''.join(p.get_text() for p in doc)
    b = subprocess.run(['pdftotext', '-raw', pdf, '-'], capture_output=True, text=True).stdout
    return a, b


def check(full):
    """full = 'blind25_en_<name>'; returns list of problems."""
    probs = []
    exp = json.load(open(os.path.join(DOCS, full + '.expected.json'), encoding='utf-8'))
    assert set(exp) == {'recommendations', 'unmatched_replies_contain', 'notes'}, exp.keys()
    adv = texts(os.path.join(DOCS, full + '_advice.pdf'))
    res = texts(os.path.join(DOCS, full + '_response.pdf'))
    for raw in adv + res:
        for ch in ('\u00a0', '\u00ad', '\ufffd', '\ufb00', '\ufb01', '\ufb02', '\ufb03', '\ufb04'):
            if ch in raw:
                probs.append(f'bad char U+{ord(ch):04X} in text layer')
    A = [norm(t) for t in adv]
    R = [norm(t) for t in res]
    for r in exp['recommendations']:
        assert set(r) <= {'number', 'starts_with', 'reply_contains', 'verdict', 'also'}
        assert r['verdict'] in ('agrees', 'partly', 'disagrees', 'noted', 'unanswered')
        sw = norm(r['starts_with'])
        if not 6 <= len(sw.split()) <= 12:
            probs.append(f"{r['number']}: starts_with has {len(sw.split())} words")
        for t in A:
            if sw not in t:
                probs.append(f"{r['number']}: starts_with not in advice")
        rc = r['reply_contains']
        if rc is None:
            if r['verdict'] != 'unanswered':
                probs.append(f"{r['number']}: null reply but verdict {r['verdict']}")
            continue
        rc = norm(rc)
        if not 5 <= len(rc.split()) <= 12:
            probs.append(f"{r['number']}: reply_contains has {len(rc.split())} words")
        for t in R:
            if t.count(rc) != 1:
                probs.append(f"{r['number']}: reply phrase found {t.count(rc)}x in response")
        for t in A:
            if rc in t:
                probs.append(f"{r['number']}: reply phrase also in advice")
    for u in exp['unmatched_replies_contain']:
        for t in R:
            if t.count(norm(u)) != 1:
                probs.append(f'unmatched phrase found {t.count(norm(u))}x: {u!r}')
    return sorted(set(probs))


def report(full):
    p = check(full)
    print(full, 'OK' if not p else 'PROBLEMS:')
    for x in p:
        print('   ', x)
    return not p


if __name__ == '__main__':
    ok = all([report(n) for n in sys.argv[1:]])
    sys.exit(0 if ok else 1)


def stamp(pdf, header=None, footer=None, first=False, size=8):
    """Stamp a running header and 'footer ... N' page numbers with a cleaned Liberation Sans (PyMuPDF)."""
    import pymupdf
    fn = clean_font('Sans', 'Regular')
    doc = pymupdf.open(pdf)
    n = len(doc)
    for i, page in enumerate(doc):
        if i == 0 and not first:
            continue
        page.insert_font(fontname='b25s', fontfile=fn)
        W, Hh = page.rect.width, page.rect.height
        if header:
            page.insert_text((56, 34), header, fontname='b25s', fontsize=size, color=(0.35, 0.35, 0.35))
        if footer:
            txt = footer.format(n=i + 1, m=n)
            w = pymupdf.Font(fontfile=fn).text_length(txt, fontsize=size)
            page.insert_text(((W - w) / 2, Hh - 28), txt, fontname='b25s', fontsize=size)
    doc.subset_fonts()
    doc.save(pdf + '.tmp', garbage=3, deflate=True)
    doc.close()
    os.replace(pdf + '.tmp', pdf)
