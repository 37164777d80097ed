"""Shared block model, four renderers and a phrase checker for the round-24 Dutch pairs.

Blocks (tuples):
  ("title", text) ("sub", text) ("meta", [lines]) ("h1", text) ("h2", text) ("h3", text)
  ("p", markup) ("small", markup) ("box", title_or_None, [markup, ...]) ("ul", [markup, ...])
  ("ol", [(label, markup), ...]) ("table", header_row, rows, width_fractions) ("fn", [markup, ...])
  ("pb",) ("sp", points)
Inline markup: <b>..</b>, <i>..</i>, <sup>..</sup>.
Usage: python _b24nl.py blind24_nl_<name> [...]   (checks the expected.json against the PDFs)
"""
import html
import json
import os
import re
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DOCS = os.path.abspath(os.path.join(HERE, "..", ".."))
TT = "/usr/share/fonts/truetype"
FONT = {
    "sans": (f"{TT}/liberation/LiberationSans-Regular.ttf", f"{TT}/liberation/LiberationSans-Bold.ttf",
             f"{TT}/liberation/LiberationSans-Italic.ttf", f"{TT}/liberation/LiberationSans-BoldItalic.ttf"),
    "serif": (f"{TT}/dejavu/DejaVuSerif.ttf", f"{TT}/dejavu/DejaVuSerif-Bold.ttf",
              f"{TT}/dejavu/DejaVuSerif-Italic.ttf", f"{TT}/dejavu/DejaVuSerif-BoldItalic.ttf"),
    "dejavu": (f"{TT}/dejavu/DejaVuSans.ttf", f"{TT}/dejavu/DejaVuSans-Bold.ttf",
               f"{TT}/dejavu/DejaVuSans-Oblique.ttf", f"{TT}/dejavu/DejaVuSans-BoldOblique.ttf"),
}


def out(name):
    return os.path.join(DOCS, name)


# ---------------------------------------------------------------- HTML (LibreOffice, PyMuPDF Story)
def to_html(blocks, accent="#1f4e79", box_bg="#e8eef5"):
    h = []
    for b in blocks:
        k = b[0]
        if k == "title":
            h.append(f'<p class="title">{b[1]}</p>')
        elif k == "sub":
            h.append(f'<p class="sub">{b[1]}</p>')
        elif k == "meta":
            h.append('<p class="meta">' + "<br/>".join(b[1]) + "</p>")
        elif k in ("h1", "h2", "h3"):
            h.append(f"<{k}>{b[1]}</{k}>")
        elif k == "p":
            h.append(f"<p>{b[1]}</p>")
        elif k == "small":
            h.append(f'<p class="small">{b[1]}</p>')
        elif k == "box":
            inner = (f'<p class="boxtitle"><b>{b[1]}</b></p>' if b[1] else "") + "".join(
                f'<p class="boxp">{x}</p>' for x in b[2])
            h.append(f'<table class="box" width="100%" cellpadding="8" bgcolor="{box_bg}">'
                     f'<tr><td bgcolor="{box_bg}">{inner}</td></tr></table><p class="gap"></p>')
        elif k == "ul":
            h.append("<ul>" + "".join(f"<li>{x}</li>" for x in b[1]) + "</ul>")
        elif k == "ol":
            rows = "".join(f'<tr><td width="9%" valign="top"><p class="cell">{l}</p></td>'
                           f'<td valign="top"><p class="cell">{t}</p></td></tr>' for l, t in b[1])
            h.append(f'<table class="ol" width="100%" cellpadding="2">{rows}</table><p class="gap"></p>')
        elif k == "table":
            head, rows, w = b[1], b[2], b[3]
            th = "".join(f'<td width="{int(x * 100)}%" bgcolor="{box_bg}" valign="top"><p class="cell"><b>{c}</b></p></td>'
                         for c, x in zip(head, w))
            tr = "".join("<tr>" + "".join(f'<td valign="top"><p class="cell">{c}</p></td>' for c in r) + "</tr>"
                         for r in rows)
            h.append(f'<table class="grid" width="100%" border="1" cellspacing="0" cellpadding="4">'
                     f"<tr>{th}</tr>{tr}</table><p class=\"gap\"></p>")
        elif k == "fn":
            h.append('<hr/>' + "".join(f'<p class="fn">{x}</p>' for x in b[1]))
        elif k == "raw":
            h.append(b[1])
        elif k == "pb":
            h.append('<p class="pb" style="page-break-before: always"></p>')
        elif k == "sp":
            h.append('<p class="gap"></p>')
    return "\n".join(h)


# ---------------------------------------------------------------- LibreOffice Writer (HTML import)
def lo_build(path, blocks, header, footer, css, accent="#1f4e79", box_bg="#e8eef5"):
    """header/footer: plain strings; footer may contain {PAGE}."""
    pagefield = '<sdfield type=PAGE subtype=RANDOM format=PAGE>1</sdfield>'
    body = to_html(blocks, accent, box_bg)
    doc = (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN"><html><head>'
           f'<meta http-equiv="content-type" content="text/html; charset=utf-8"/>'
           f"<style>{css}</style></head><body>"
           f'<div title="header"><p class="hdr">{header}</p></div>'
           f'<div title="footer"><p class="ftr">{footer.replace("{PAGE}", pagefield)}</p></div>'
           f"{body}</body></html>")
    with tempfile.TemporaryDirectory() as td:
        base = os.path.splitext(os.path.basename(path))[0]
        src = os.path.join(td, base + ".html")
        with open(src, "w", encoding="utf-8") as f:
            f.write(doc)
        env = dict(os.environ, HOME=td)
        subprocess.run(["soffice", "--headless", "--norestore", "--infilter=HTML (StarWriter)",
                        "--convert-to", "pdf:writer_pdf_Export", "--outdir", td, src],
                       check=True, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.replace(os.path.join(td, base + ".pdf"), path)


# ---------------------------------------------------------------- PyMuPDF Story
def story_build(path, blocks, css, header, footer, margins=(62, 80, 62, 70), accent="#1f4e79",
                box_bg="#e8eef5"):
    import fitz
    body = to_html(blocks, accent, box_bg)
    archive = fitz.Archive(os.path.dirname(FONT["dejavu"][0]))
    fontcss = ("@font-face {font-family: DV; src: url(DejaVuSans.ttf);} "
               "@font-face {font-family: DV; src: url(DejaVuSans-Bold.ttf); font-weight: bold;} "
               "@font-face {font-family: DV; src: url(DejaVuSans-Oblique.ttf); font-style: italic;} "
               "@font-face {font-family: DV; src: url(DejaVuSans-BoldOblique.ttf); font-weight: bold; font-style: italic;} "
               "body, p, td, li, h1, h2, h3 {font-family: DV;} ")
    story = fitz.Story(html=body, user_css=fontcss + css, archive=archive)
    page_rect = fitz.paper_rect("a4")
    l, t, r, bt = margins
    where = fitz.Rect(l, t, page_rect.width - r, page_rect.height - bt)
    tmp = path + ".tmp.pdf"
    writer = fitz.DocumentWriter(tmp)
    more = 1
    while more:
        dev = writer.begin_page(page_rect)
        more, _ = story.place(where)
        story.draw(dev)
        writer.end_page()
    writer.close()
    doc = fitz.open(tmp)
    n = len(doc)
    for i, page in enumerate(doc):
        page.insert_font(fontname="dv", fontfile=FONT["dejavu"][0])
        if header and i > 0:
            page.insert_text((l, 40), header, fontname="dv", fontsize=7.5, color=(0.35, 0.35, 0.35))
            page.draw_line((l, 46), (page_rect.width - r, 46), color=(0.6, 0.6, 0.6), width=0.5)
        ft = footer.replace("{PAGE}", str(i + 1)).replace("{N}", str(n))
        page.insert_text((l, page_rect.height - 36), ft, fontname="dv", fontsize=7.5, color=(0.35, 0.35, 0.35))
    doc.subset_fonts()
    doc.save(path, garbage=3, deflate=True)
    doc.close()
    os.remove(tmp)


# ---------------------------------------------------------------- reportlab
def rl_build(path, blocks, header, footer, family="sans", accent=(0.12, 0.3, 0.47), box_bg=(0.91, 0.93, 0.96),
             first_page_header=False):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (KeepTogether, PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table,
                                    TableStyle)
    from reportlab.lib.fonts import addMapping
    names = ["B24R", "B24B", "B24I", "B24BI"]
    names = [n + family for n in names]
    for nm, fp in zip(names, FONT[family]):
        pdfmetrics.registerFont(TTFont(nm, fp))
    R, B, I, BI = names
    addMapping(R, 0, 0, R); addMapping(R, 1, 0, B)
    addMapping(R, 0, 1, I); addMapping(R, 1, 1, BI)
    acc = colors.Color(*accent)
    bg = colors.Color(*box_bg)
    st = {
        "p": ParagraphStyle("p", fontName=R, fontSize=10, leading=14, spaceAfter=6, alignment=TA_LEFT),
        "small": ParagraphStyle("s", fontName=R, fontSize=8.5, leading=11, spaceAfter=4),
        "fn": ParagraphStyle("fn", fontName=R, fontSize=7.5, leading=9.5, spaceAfter=2),
        "title": ParagraphStyle("t", fontName=B, fontSize=20, leading=25, textColor=acc, spaceAfter=8),
        "sub": ParagraphStyle("su", fontName=R, fontSize=13, leading=17, textColor=acc, spaceAfter=10),
        "meta": ParagraphStyle("m", fontName=R, fontSize=8.5, leading=12, textColor=colors.grey, spaceAfter=10),
        "h1": ParagraphStyle("h1", fontName=B, fontSize=14, leading=18, textColor=acc, spaceBefore=12, spaceAfter=6, keepWithNext=1),
        "h2": ParagraphStyle("h2", fontName=B, fontSize=11.5, leading=15, spaceBefore=8, spaceAfter=4, keepWithNext=1),
        "h3": ParagraphStyle("h3", fontName=I, fontSize=10, leading=14, spaceBefore=4, spaceAfter=2, keepWithNext=1),
        "cell": ParagraphStyle("c", fontName=R, fontSize=9, leading=12),
        "li": ParagraphStyle("li", fontName=R, fontSize=10, leading=14, leftIndent=14, bulletIndent=3,
                             spaceAfter=3),
    }
    W = A4[0] - 50 * mm
    story = []
    for b in blocks:
        k = b[0]
        if k in ("title", "sub", "h1", "h2", "h3", "p", "small"):
            story.append(Paragraph(b[1], st[k]))
        elif k == "meta":
            story.append(Paragraph("<br/>".join(b[1]), st["meta"]))
        elif k == "box":
            inner = ([Paragraph(f"<b>{b[1]}</b>", st["p"])] if b[1] else []) + [Paragraph(x, st["p"]) for x in b[2]]
            t = Table([[inner]], colWidths=[W])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bg), ("LINEBEFORE", (0, 0), (0, -1), 2.5, acc),
                                   ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                                   ("TOPPADDING", (0, 0), (-1, -1), 6), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
            story += [t, Spacer(1, 8)]
        elif k == "ul":
            for x in b[1]:
                story.append(Paragraph(x, st["li"], bulletText="\u2022"))
        elif k == "ol":
            data = [[Paragraph(l, st["p"]), Paragraph(t, st["p"])] for l, t in b[1]]
            t = Table(data, colWidths=[16 * mm, W - 16 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
            story += [t, Spacer(1, 4)]
        elif k == "table":
            head, rows, w = b[1], b[2], b[3]
            data = [[Paragraph(f"<b>{c}</b>", st["cell"]) for c in head]] + \
                   [[Paragraph(c, st["cell"]) for c in r] for r in rows]
            t = Table(data, colWidths=[W * x for x in w], repeatRows=1)
            t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey), ("BACKGROUND", (0, 0), (-1, 0), bg),
                                   ("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story += [t, Spacer(1, 8)]
        elif k == "fn":
            story.append(Spacer(1, 6))
            t = Table([[""]], colWidths=[45 * mm], rowHeights=[2])
            t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 0.5, colors.grey)]))
            t.hAlign = "LEFT"
            story.append(t)
            story += [Paragraph(x, st["fn"]) for x in b[1]]
        elif k == "pb":
            story.append(PageBreak())
        elif k == "sp":
            story.append(Spacer(1, b[1]))

    def deco(canvas, doc):
        canvas.saveState()
        canvas.setFont(R, 7.5)
        canvas.setFillColor(colors.grey)
        if header and (doc.page > 1 or first_page_header):
            canvas.drawString(25 * mm, A4[1] - 14 * mm, header)
            canvas.setStrokeColor(colors.lightgrey)
            canvas.line(25 * mm, A4[1] - 15.5 * mm, A4[0] - 25 * mm, A4[1] - 15.5 * mm)
        canvas.drawString(25 * mm, 12 * mm, footer.replace("{PAGE}", str(doc.page)))
        canvas.restoreState()

    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm, topMargin=24 * mm,
                          bottomMargin=22 * mm, title=os.path.basename(path))
    d.build(story, onFirstPage=deco, onLaterPages=deco)


# ---------------------------------------------------------------- fpdf2
def _md(s):
    s = re.sub(r"</?b>", "**", s)
    s = re.sub(r"</?i>", "__", s)
    sup = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")
    s = re.sub(r"<sup>(.*?)</sup>", lambda m: m.group(1).translate(sup), s)
    s = s.replace("<br/>", "\n")
    return html.unescape(s)


def fp_build(path, blocks, header, footer, family="dejavu", accent=(31, 78, 121), box_bg=(234, 239, 245),
             header_first=False):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if header and (self.page_no() > 1 or header_first):
                self.set_font("F", "", 7.5)
                self.set_text_color(110, 110, 110)
                self.set_xy(self.l_margin, 10)
                self.cell(0, 5, header)
                self.set_draw_color(180, 180, 180)
                self.line(self.l_margin, 15.5, self.w - self.r_margin, 15.5)
                self.set_text_color(0, 0, 0)
                self.set_y(self.t_margin)

        def footer(self):
            self.set_y(-14)
            self.set_font("F", "", 7.5)
            self.set_text_color(110, 110, 110)
            self.cell(0, 5, footer.replace("{PAGE}", str(self.page_no())).replace("{N}", "{nb}"))
            self.set_text_color(0, 0, 0)

    pdf = Doc(format="A4")
    r, b, i, bi = FONT[family]
    pdf.add_font("F", "", r); pdf.add_font("F", "B", b); pdf.add_font("F", "I", i); pdf.add_font("F", "BI", bi)
    pdf.set_margins(24, 22, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    def para(txt, size=10, lh=5.2, style="", color=(0, 0, 0), after=2.2, fill=False, indent=0):
        pdf.set_font("F", style, size)
        pdf.set_text_color(*color)
        pdf.set_x(pdf.l_margin + indent)
        pdf.multi_cell(W - indent, lh, _md(txt), markdown=True, fill=fill, new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0, 0, 0)
        pdf.ln(after)

    for blk in blocks:
        k = blk[0]
        if k == "title":
            para(blk[1], 19, 9, "B", accent, 3)
        elif k == "sub":
            para(blk[1], 13, 6.5, "", accent, 5)
        elif k == "meta":
            para("\n".join(blk[1]), 8.5, 4.5, "", (110, 110, 110), 5)
        elif k == "h1":
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.ln(3); para(blk[1], 13.5, 7, "B", accent, 2)
        elif k == "h2":
            if pdf.get_y() > pdf.h - 50:
                pdf.add_page()
            pdf.ln(1.5); para(blk[1], 11, 6, "B", (0, 0, 0), 1.5)
        elif k == "h3":
            para(blk[1], 10, 5.5, "I", (0, 0, 0), 1)
        elif k == "p":
            para(blk[1])
        elif k == "small":
            para(blk[1], 8.5, 4.4)
        elif k == "box":
            pdf.set_fill_color(*box_bg)
            pdf.ln(1)
            y0 = pdf.get_y()
            if blk[1]:
                pdf.set_font("F", "B", 10)
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(W, 6, "  " + _md(blk[1]), fill=True, new_x="LMARGIN", new_y="NEXT")
            for x in blk[2]:
                pdf.set_font("F", "", 10)
                pdf.set_x(pdf.l_margin)
                pdf.set_left_margin(pdf.l_margin + 3)
                pdf.set_right_margin(pdf.r_margin + 3)
                pdf.set_x(pdf.l_margin)
                pdf.multi_cell(W - 6, 5.2, _md(x), markdown=True, fill=True, new_x="LMARGIN", new_y="NEXT")
                pdf.set_left_margin(pdf.l_margin - 3)
                pdf.set_right_margin(pdf.r_margin - 3)
                pdf.set_x(pdf.l_margin)
                pdf.cell(W, 2, "", fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_draw_color(*accent)
            pdf.set_line_width(0.8)
            if pdf.get_y() > y0:
                pdf.line(pdf.l_margin, y0, pdf.l_margin, pdf.get_y())
            pdf.set_line_width(0.2)
            pdf.ln(4)
        elif k == "ul":
            for x in blk[1]:
                pdf.set_font("F", "", 10)
                nl = len(pdf.multi_cell(W - 7, 5.2, _md(x), markdown=True, dry_run=True, output="LINES"))
                if pdf.get_y() + nl * 5.2 > pdf.h - 24:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(pdf.l_margin + 2, y)
                pdf.cell(4, 5.2, "\u2022")
                pdf.set_xy(pdf.l_margin + 7, y)
                pdf.multi_cell(W - 7, 5.2, _md(x), markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.2)
            pdf.ln(1)
        elif k == "ol":
            for l, t in blk[1]:
                pdf.set_font("F", "", 10)
                nl = len(pdf.multi_cell(W - 14, 5.2, _md(t), markdown=True, dry_run=True, output="LINES"))
                if pdf.get_y() + nl * 5.2 > pdf.h - 24:
                    pdf.add_page()
                y = pdf.get_y()
                pdf.set_xy(pdf.l_margin, y)
                pdf.multi_cell(14, 5.2, _md(l), markdown=True)
                pdf.set_xy(pdf.l_margin + 14, y)
                pdf.multi_cell(W - 14, 5.2, _md(t), markdown=True, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.8)
        elif k == "table":
            head, rows, w = blk[1], blk[2], blk[3]
            pdf.set_font("F", "", 8.8)
            pdf.set_draw_color(150, 150, 150)
            with pdf.table(col_widths=[x * 100 for x in w], width=W, line_height=4.6, markdown=True,
                           headings_style=FontFace(emphasis="BOLD", fill_color=box_bg), text_align="LEFT",
                           padding=1.6) as tbl:
                row = tbl.row()
                for c in head:
                    row.cell(_md(c))
                for rr in rows:
                    row = tbl.row()
                    for c in rr:
                        row.cell(_md(c))
            pdf.ln(4)
        elif k == "fn":
            pdf.ln(2)
            pdf.set_draw_color(150, 150, 150)
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.l_margin + 45, pdf.get_y())
            pdf.ln(1.5)
            for x in blk[1]:
                para(x, 7.5, 3.8, after=0.8)
        elif k == "pb":
            pdf.add_page()
        elif k == "sp":
            pdf.ln(blk[1] / 2.83)
    pdf.output(path)


# ---------------------------------------------------------------- checks
def text_of(path):
    import fitz
    with fitz.open(path) as d:
        t = " ".join(p.get_text() for p in d)
    return norm(t)


def pdftotext_of(path):
    t = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout
    return norm(t)


def norm(t):
    t = t.replace("\u00ad", "").replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", t).strip().lower()


def write_expected(name, data):
    with open(out(f"{name}.expected.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=2)
        f.write("\n")


def check(name):
    exp = json.load(open(out(f"{name}.expected.json"), encoding="utf-8"))
    assert set(exp) == {"recommendations", "unmatched_replies_contain", "notes"}, exp.keys()
    ok = True
    for extract in (text_of, pdftotext_of):
        adv = extract(out(f"{name}_advice.pdf"))
        rsp = extract(out(f"{name}_response.pdf"))
        for r in exp["recommendations"]:
            sw = norm(r["starts_with"])
            nw = len(sw.split())
            if not (6 <= nw <= 12) or adv.count(sw) < 1:
                ok = False
                print(f"  [{extract.__name__}] {name} {r['number']}: starts_with BAD ({nw} w, {adv.count(sw)}x): {sw}")
            assert r["verdict"] in ("agrees", "partly", "disagrees", "noted", "unanswered")
            if r["reply_contains"] is None:
                assert r["verdict"] == "unanswered"
            else:
                rc = norm(r["reply_contains"])
                nw = len(rc.split())
                if not (5 <= nw <= 12) or rsp.count(rc) != 1:
                    ok = False
                    print(f"  [{extract.__name__}] {name} {r['number']}: reply BAD ({nw} w, {rsp.count(rc)}x): {rc}")
        for u in exp["unmatched_replies_contain"]:
            if rsp.count(norm(u)) != 1:
                ok = False
                print(f"  [{extract.__name__}] {name}: unmatched BAD ({rsp.count(norm(u))}x): {u}")
    print(f"{name}: {'OK' if ok else 'FAIL'} ({len(exp['recommendations'])} recs)")
    return ok


if __name__ == "__main__":
    res = [check(n) for n in sys.argv[1:]]
    sys.exit(0 if all(res) else 1)
