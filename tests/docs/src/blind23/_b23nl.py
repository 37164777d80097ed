"""Blind round 23 (Dutch pairs) helper, copied from round 22's _b22nl.py (itself from rounds 20/21) with one
addition: a fourth engine, PyMuPDF Story (st_render, HTML + CSS laid out by MuPDF with embedded Liberation fonts).
One small block model rendered by four engines (reportlab, fpdf2, LibreOffice Writer from HTML, PyMuPDF Story),
running headers/footers, a two-pass contents page, and a checker for a pair's expected.json.
Copied in part from round 17's _en_b17.py (fpdf2 fonts, LibreOffice conversion, checker) and adapted.

Blocks (lists of tuples):
  ("cover", [(text, size, bold, space_before_pt), ...])   cover lines, then a page break
  ("toc", title)       contents page listing every ("h1", ...) with its page (found by a first pass)
  ("pb",)              page break
  ("h1", text) ("h2", text) ("h3", text)
  ("p", text)          body paragraph; <b>, <i> inline; [[n]] = footnote marker n
  ("np", label, text)  paragraph with a hanging label (number column)
  ("box", title, text) shaded recommendation box
  ("notes", [(n, text), ...])  footnotes printed in small type under a short rule
  ("small", text)      small print
  ("bul", [text, ...]) bulleted list (en dash bullets)
  ("quote", text)      indented italic paragraph (a quoted recommendation)
  ("table", [col widths as fractions], [header cells], [[cells], ...])  ruled table, header row shaded
Run generators with a venv outside the repository holding reportlab, fpdf2, pymupdf:
    /tmp/blind23nl/bin/python tests/docs/src/blind23/gen_<pair>.py
Check pairs:  /tmp/blind23nl/bin/python tests/docs/src/blind23/_b23nl.py blind23_nl_<name> ...
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

DOCS = Path(__file__).resolve().parents[2]  # tests/docs
LIB = "/usr/share/fonts/truetype/liberation/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
SUP = str.maketrans("0123456789", "\u2070\u00b9\u00b2\u00b3\u2074\u2075\u2076\u2077\u2078\u2079")


def _pages_of_headings(pdf: Path, blocks, toc_title: str) -> dict:
    import pymupdf

    heads = [b[1] for b in blocks if b[0] == "h1"]
    with pymupdf.open(pdf) as doc:
        texts = [re.sub(r"\s+", " ", p.get_text()) for p in doc]
    start = next((i for i, t in enumerate(texts) if toc_title in t), 0) + 1
    out, cur = {}, start
    for h in heads:
        key = re.sub(r"\s+", " ", h)[:40]
        for i in range(cur, len(texts)):
            if key in texts[i]:
                out[h] = i + 1
                cur = i
                break
    return out


def build(render, blocks, out_name: str, **kw) -> Path:
    """Render twice when there is a contents page: first to find the headings' pages."""
    toc = next((b for b in blocks if b[0] == "toc"), None)
    if toc is None:
        return render(blocks, out_name, {}, **kw)
    path = render(blocks, out_name, {}, **kw)
    pages = _pages_of_headings(path, blocks, toc[1])
    return render(blocks, out_name, pages, **kw)


def _furniture(page, n, count, header, footer, font, first_plain=True):
    import pymupdf

    if first_plain and n == 1:
        return
    w, h = page.rect.width, page.rect.height
    page.insert_font(fontname="b23hf", fontfile=font)
    if header:
        txt = header(n) if callable(header) else header
        if txt:
            page.insert_text((56, 36), txt, fontname="b23hf", fontsize=8, color=(0.35, 0.35, 0.35))
            page.draw_line((56, 40), (w - 56, 40), color=(0.6, 0.6, 0.6), width=0.4)
    if footer:
        txt = footer(n) if callable(footer) else footer.format(page=n)
        tl = pymupdf.get_text_length(txt, fontname="helv", fontsize=8)
        x = w - 56 - tl if n % 2 else 56
        page.insert_text((x, h - 30), txt, fontname="b23hf", fontsize=8, color=(0.35, 0.35, 0.35))


# ---------------------------------------------------------------- reportlab

def rl_render(blocks, out_name, pages, *, header=None, footer="{page}", accent=(0.1, 0.2, 0.45),
              font="Serif", size=10.5, pagesize=None, title=""):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_JUSTIFY
    from reportlab.lib.fonts import addMapping
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import (PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle)

    for fam, base, faces in (("Serif", "DejaVuSerif", ("", "-Bold", "-Italic", "-BoldItalic")),
                             ("Sans", "DejaVuSans", ("", "-Bold", "-Oblique", "-BoldOblique"))):
        for suf, face in zip(("", "-Bold", "-Italic", "-BoldItalic"), faces):
            pdfmetrics.registerFont(TTFont(fam + suf, DEJAVU + base + face + ".ttf"))
        addMapping(fam, 0, 0, fam); addMapping(fam, 1, 0, fam + "-Bold")
        addMapping(fam, 0, 1, fam + "-Italic"); addMapping(fam, 1, 1, fam + "-BoldItalic")
    col = colors.Color(*accent)
    body = ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY,
                          spaceAfter=5)
    h1 = ParagraphStyle("h1", fontName="Sans-Bold", fontSize=15, leading=19, textColor=col, spaceBefore=8,
                        spaceAfter=8)
    h2 = ParagraphStyle("h2", fontName="Sans-Bold", fontSize=12, leading=15, textColor=col, spaceBefore=6,
                        spaceAfter=4)
    h3 = ParagraphStyle("h3", fontName="Sans-BoldItalic", fontSize=10.5, leading=13, spaceBefore=4, spaceAfter=3)
    small = ParagraphStyle("s", parent=body, fontSize=8, leading=10, spaceAfter=2)
    left = ParagraphStyle("l", parent=body, alignment=0)
    for st in (h1, h2, h3):
        st.keepWithNext = 1
    toc_s = ParagraphStyle("t", parent=body, alignment=0, spaceAfter=4)

    def fx(t):
        return re.sub(r"\[\[(\d+)\]\]", r"<super>\1</super>", t).replace("\n", "<br/>")

    story = []
    for b in blocks:
        k = b[0]
        if k == "cover":
            for text, sz, bold, before in b[1]:
                story.append(Spacer(1, before))
                story.append(Paragraph(text, ParagraphStyle("c", fontName="Sans-Bold" if bold else "Sans",
                                                            fontSize=sz, leading=sz * 1.25,
                                                            textColor=col if sz >= 18 else colors.black)))
            story.append(PageBreak())
        elif k == "toc":
            story.append(Paragraph(b[1], h1))
            rows = [[Paragraph(h, toc_s), Paragraph(str(pages.get(h, "")), toc_s)] for x, h, *_ in
                    [bb for bb in blocks if bb[0] == "h1"]]
            t = Table(rows, colWidths=[140 * mm, 15 * mm])
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(t)
            story.append(PageBreak())
        elif k == "pb":
            story.append(PageBreak())
        elif k in ("h1", "h2", "h3"):
            story.append(Paragraph(b[1], {"h1": h1, "h2": h2, "h3": h3}[k]))
        elif k == "p":  # address blocks and bold title lines: ragged right, not justified
            story.append(Paragraph(fx(b[1]), left if ("\n" in b[1] or b[1].startswith("<b>")) else body))
        elif k == "np":
            story.append(
                         Table([[Paragraph(b[1], body), Paragraph(fx(b[2]), body)]],
                               colWidths=[12 * mm, 148 * mm],
                               style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                      ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        elif k == "box":
            inner = [Paragraph(f"<b>{b[1]}</b>", body), Paragraph(fx(b[2]), body)] if b[1] else \
                [Paragraph(fx(b[2]), body)]
            t = Table([[inner]], colWidths=[160 * mm])
            t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.Color(0.9, 0.93, 0.97)),
                                   ("BOX", (0, 0), (-1, -1), 0.6, col), ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 8)]))
            story += [Spacer(1, 3), t, Spacer(1, 6)]
        elif k == "notes":
            story.append(Paragraph("_" * 20, small))
            for n, text in b[1]:
                story.append(Paragraph(f"<super>{n}</super> {text}", small))
        elif k == "small":
            story.append(Paragraph(fx(b[1]), small))
        elif k == "bul":
            for it in b[1]:
                story.append(Table([[Paragraph("\u2013", body), Paragraph(fx(it), body)]],
                                   colWidths=[6 * mm, 154 * mm],
                                   style=[("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                          ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        elif k == "quote":
            story.append(Paragraph(f"<i>{fx(b[1])}</i>", ParagraphStyle("q", parent=body, leftIndent=10 * mm,
                                                                         rightIndent=6 * mm)))
        elif k == "table":
            cs = ParagraphStyle("tc", parent=body, fontName="Sans", fontSize=size - 1.5, leading=(size - 1.5) * 1.3,
                                alignment=0, spaceAfter=0)
            hs = ParagraphStyle("th", parent=cs, fontName="Sans-Bold")
            data = [[Paragraph(c, hs) for c in b[2]]] + [[Paragraph(fx(c), cs) for c in r] for r in b[3]]
            t = Table(data, colWidths=[f * 160 * mm for f in b[1]], repeatRows=1)
            t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                                   ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.88, 0.9, 0.94))]))
            story += [Spacer(1, 3), t, Spacer(1, 6)]

    out = DOCS / out_name

    def on_page(canvas, doc):
        n = canvas.getPageNumber()
        if n == 1:
            return
        canvas.saveState()
        canvas.setFont("Sans", 8)
        canvas.setFillGray(0.35)
        w, h = doc.pagesize
        if header:
            txt = header(n) if callable(header) else header
            canvas.drawString(20 * mm, h - 12 * mm, txt)
            canvas.setStrokeGray(0.6)
            canvas.line(20 * mm, h - 13.5 * mm, w - 20 * mm, h - 13.5 * mm)
        if footer:
            txt = footer(n) if callable(footer) else footer.format(page=n)
            if n % 2:
                canvas.drawRightString(w - 20 * mm, 11 * mm, txt)
            else:
                canvas.drawString(20 * mm, 11 * mm, txt)
        canvas.restoreState()

    doc = SimpleDocTemplate(str(out), pagesize=pagesize or A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=22 * mm, bottomMargin=22 * mm, title=title, author="", creator="blind23nl",
                            invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return out


# ---------------------------------------------------------------- fpdf2

def fp_render(blocks, out_name, pages, *, header=None, footer="{page}", accent=(20, 60, 110), family="serif",
              size=11, title=""):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class Doc(FPDF):
        def header(self):
            if header and self.page_no() > 1:
                txt = header(self.page_no()) if callable(header) else header
                self.set_font("sans", "", 8); self.set_text_color(100)
                self.cell(0, 5, txt, new_x="LMARGIN", new_y="NEXT")
                self.set_draw_color(160)
                self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
                self.ln(4); self.set_text_color(0)

        def footer(self):
            n = self.page_no()
            if n == 1 or not footer:
                return
            self.set_y(-14); self.set_font("sans", "", 8); self.set_text_color(100)
            txt = footer(n) if callable(footer) else footer.format(page=n)
            self.cell(0, 5, txt, align="R" if n % 2 else "L"); self.set_text_color(0)

    d = Doc(format="A4", unit="mm")
    for fam, base in (("serif", "LiberationSerif"), ("sans", "LiberationSans")):
        d.add_font(fam, "", LIB + base + "-Regular.ttf"); d.add_font(fam, "B", LIB + base + "-Bold.ttf")
        d.add_font(fam, "I", LIB + base + "-Italic.ttf"); d.add_font(fam, "BI", LIB + base + "-BoldItalic.ttf")
    d.set_margins(24, 20, 24); d.set_auto_page_break(True, 22)
    d.set_creation_date(datetime(2025, 6, 1, tzinfo=UTC)); d.set_title(title)
    d.add_page()

    def md(t):
        t = re.sub(r"\[\[(\d+)\]\]", lambda m: m.group(1).translate(SUP), t)
        return t.replace("<b>", "**").replace("</b>", "**").replace("<i>", "__").replace("</i>", "__")

    def para(t, style="", sz=None, indent=0, after=2.4, fam=None, align="J"):
        sz = sz or size
        d.set_font(fam or family, style, sz)
        d.set_x(d.l_margin + indent)
        d.multi_cell(d.epw - indent, sz * 0.5, md(t), markdown=True, align=align, new_x="LMARGIN", new_y="NEXT")
        d.ln(after)

    for b in blocks:
        k = b[0]
        if k == "cover":
            for text, sz, bold, before in b[1]:
                d.ln(before * 0.35)
                d.set_text_color(*(accent if sz >= 18 else (0, 0, 0)))
                para(text, "B" if bold else "", sz, fam="sans", align="L", after=1)
                d.set_text_color(0)
            d.add_page()
        elif k == "toc":
            d.set_text_color(*accent); para(b[1], "B", 16, fam="sans", align="L", after=4); d.set_text_color(0)
            for bb in blocks:
                if bb[0] == "h1":
                    d.set_font(family, "", size)
                    d.cell(d.epw - 15, 7, bb[1]); d.cell(15, 7, str(pages.get(bb[1], "")), align="R",
                                                          new_x="LMARGIN", new_y="NEXT")
            d.add_page()
        elif k == "pb":
            d.add_page()
        elif k in ("h1", "h2", "h3"):
            sz = {"h1": 15, "h2": 12.5, "h3": 11}[k]
            d.ln(3)
            if d.get_y() + 25 > d.page_break_trigger:
                d.add_page()
            d.set_text_color(*(accent if k != "h3" else (0, 0, 0)))
            para(b[1], "B" if k != "h3" else "BI", sz, fam="sans", align="L", after=2)
            d.set_text_color(0)
        elif k == "p":
            para(b[1])
        elif k == "np":
            d.set_font(family, "", size)
            if d.get_y() + 12 > d.page_break_trigger:
                d.add_page()
            y = d.get_y()
            d.cell(11, size * 0.5, b[1]); d.set_xy(d.l_margin + 11, y)
            d.multi_cell(d.epw - 11, size * 0.5, md(b[2]), markdown=True, align="J", new_x="LMARGIN",
                         new_y="NEXT")
            d.ln(2.2)
        elif k == "box":
            d.set_fill_color(228, 236, 246)
            d.set_font("sans", "", size - 0.5)
            if d.get_y() + 30 > d.page_break_trigger:
                d.add_page()
            if b[1]:
                d.set_font("sans", "B", size - 0.5)
                d.multi_cell(0, 6, b[1], fill=True, padding=(2, 3, 0, 3), new_x="LMARGIN", new_y="NEXT")
            d.set_font("sans", "", size - 0.5)
            d.multi_cell(0, (size - 0.5) * 0.5, md(b[2]), markdown=True, fill=True, padding=(1, 3, 3, 3),
                         new_x="LMARGIN", new_y="NEXT")
            d.ln(4)
        elif k == "notes":
            d.set_draw_color(120)
            d.line(d.l_margin, d.get_y() + 1, d.l_margin + 40, d.get_y() + 1); d.ln(2.5)
            for n, text in b[1]:
                para(f"{str(n).translate(SUP)} {text}", sz=8.5, after=0.8, align="L")
            d.ln(2)
        elif k == "small":
            para(b[1], sz=8.5, align="L")
        elif k == "bul":
            for it in b[1]:
                d.set_font(family, "", size)
                y = d.get_y()
                d.set_x(d.l_margin + 2); d.cell(5, size * 0.5, "\u2013"); d.set_xy(d.l_margin + 7, y)
                d.multi_cell(d.epw - 7, size * 0.5, md(it), markdown=True, align="J", new_x="LMARGIN",
                             new_y="NEXT")
                d.ln(1.2)
            d.ln(1.2)
        elif k == "quote":
            para(f"<i>{b[1]}</i>", indent=10, after=2.4)
        elif k == "table":
            d.set_font("sans", "", size - 1.5)
            d.set_draw_color(140)
            with d.table(col_widths=[f * 100 for f in b[1]], text_align="LEFT", line_height=(size - 1.5) * 0.5,
                         padding=1.5, headings_style=FontFace(emphasis="BOLD", fill_color=(225, 230, 238))) as tb:
                for i, r in enumerate([b[2]] + b[3]):
                    row = tb.row()
                    for c in r:
                        row.cell(c if i == 0 else md(c))
            d.ln(3)
    out = DOCS / out_name
    d.output(str(out))
    return out


# ---------------------------------------------------------------- LibreOffice

def lo_render(blocks, out_name, pages, *, header=None, footer="{page}", accent="#1d4f73", body_font="Liberation Serif",
              head_font="Liberation Sans", size=11, title=""):
    css = f"""<style>
@page {{ size: 21cm 29.7cm; margin: 2.4cm 2.3cm 2.3cm 2.3cm; }}
body {{ font-family: '{body_font}'; font-size: {size}pt; }}
p {{ margin-top: 0; margin-bottom: 0.2cm; line-height: 125%; text-align: justify; }}
h1 {{ font-family: '{head_font}'; font-size: 16pt; color: {accent}; margin-top: 0.3cm; margin-bottom: 0.3cm; }}
h2 {{ font-family: '{head_font}'; font-size: 12.5pt; color: {accent}; margin-top: 0.3cm; margin-bottom: 0.15cm; }}
h3 {{ font-family: '{head_font}'; font-size: {size}pt; font-style: italic; margin-top: 0.2cm; margin-bottom: 0.1cm; }}
td {{ font-family: '{body_font}'; font-size: {size}pt; }}
</style>"""

    def fx(t):
        return re.sub(r"\[\[(\d+)\]\]", r"<sup>\1</sup>", t).replace("\n", "<br/>")

    h = [f"<html><head><meta charset='utf-8'><title>{title}</title>{css}</head><body>"]
    pb = '<p style="page-break-before: always; margin: 0"></p>'
    for b in blocks:
        k = b[0]
        if k == "cover":
            for text, sz, bold, before in b[1]:
                c = accent if sz >= 18 else "#000000"
                t = f"<b>{text}</b>" if bold else text
                h.append(f"<p style='font-family: {head_font}; font-size: {sz}pt; color: {c}; "
                         f"margin-top: {before}pt; text-align: left; line-height: 115%'>{t}</p>")
            h.append(pb)
        elif k == "toc":
            h.append(f"<h1>{b[1]}</h1><table width='100%' cellpadding='2' cellspacing='0'>")
            for bb in blocks:
                if bb[0] == "h1":
                    h.append(f"<tr><td width='90%'><p style='text-align:left'>{bb[1]}</p></td>"
                             f"<td width='10%' align='right'><p style='text-align:right'>{pages.get(bb[1], '')}"
                             f"</p></td></tr>")
            h.append("</table>" + pb)
        elif k == "pb":
            h.append(pb)
        elif k in ("h1", "h2", "h3"):
            h.append(f"<{k}>{b[1]}</{k}>")
        elif k == "p":
            st = " style='text-align: left'" if "\n" in b[1] else ""  # address blocks: no justified line breaks
            h.append(f"<p{st}>{fx(b[1])}</p>")
        elif k == "np":
            h.append(f"<table width='100%' cellpadding='0' cellspacing='0' style='margin-bottom: 0.1cm'><tr>"
                     f"<td width='8%' valign='top'><p>{b[1]}</p></td><td width='92%'><p>{fx(b[2])}</p></td>"
                     f"</tr></table>")
        elif k == "box":
            t = f"<p style='font-family: {head_font}; margin-bottom: 0.1cm'><b>{b[1]}</b></p>" if b[1] else ""
            h.append(f"<table width='100%' cellpadding='7' cellspacing='0' bgcolor='#e4ecf5' "
                     f"style='margin-bottom: 0.3cm'><tr><td>{t}<p style='font-family: {head_font}; "
                     f"margin-bottom: 0'>{fx(b[2])}</p></td></tr></table>")
        elif k == "notes":
            h.append("<hr width='30%' align='left'/>")
            for n, text in b[1]:
                h.append(f"<p style='font-size: 8.5pt; margin-bottom: 0.05cm; text-align: left'><sup>{n}</sup> "
                         f"{text}</p>")
        elif k == "small":
            h.append(f"<p style='font-size: 8.5pt; text-align: left'>{fx(b[1])}</p>")
        elif k == "bul":
            h.append("<ul>" + "".join(f"<li><p>{fx(it)}</p></li>" for it in b[1]) + "</ul>")
        elif k == "quote":
            h.append(f"<p style='margin-left: 1cm; margin-right: 0.6cm'><i>{fx(b[1])}</i></p>")
        elif k == "table":
            h.append("<table width='100%' border='1' cellpadding='4' cellspacing='0' "
                     "style='border-collapse: collapse; margin-bottom: 0.3cm'>")
            h.append("<tr>" + "".join(f"<td width='{int(w * 100)}%' bgcolor='#dfe6ee' valign='top'>"
                                      f"<p style='text-align:left; font-family: {head_font}; font-size: {size - 1}pt'>"
                                      f"<b>{c}</b></p></td>" for w, c in zip(b[1], b[2])) + "</tr>")
            for r in b[3]:
                h.append("<tr>" + "".join(f"<td width='{int(w * 100)}%' valign='top'><p style='text-align:left; "
                                          f"font-size: {size - 1}pt'>{fx(c)}</p></td>" for w, c in zip(b[1], r))
                         + "</tr>")
            h.append("</table>")
    h.append("</body></html>")
    tmp = Path(tempfile.mkdtemp(prefix="blind23nl_lo_"))
    src = tmp / (Path(out_name).stem + ".html")
    src.write_text("".join(h), encoding="utf-8")
    subprocess.run(["soffice", "-env:UserInstallation=file:///tmp/blind23nl_lo_profile", "--headless",
                    "--infilter=HTML (StarWriter)", "--convert-to", "pdf:writer_pdf_Export", "--outdir", str(tmp),
                    str(src)], check=True, capture_output=True)
    out = DOCS / out_name
    shutil.move(str(tmp / (src.stem + ".pdf")), out)
    shutil.rmtree(tmp, ignore_errors=True)
    import pymupdf

    doc = pymupdf.open(out)
    for i, pg in enumerate(doc):
        _furniture(pg, i + 1, doc.page_count, header, footer, DEJAVU + "DejaVuSans.ttf")
    doc.subset_fonts()
    data = doc.tobytes(garbage=4, deflate=True)
    doc.close()
    out.write_bytes(data)
    return out


# ---------------------------------------------------------------- PyMuPDF Story

def st_render(blocks, out_name, pages, *, header=None, footer="{page}", accent="#3b5b2a", body="serif",
              size=10.5, title="", first_plain=True):
    import pymupdf

    fam = {"serif": "LSerif", "sans": "LSans"}[body]
    faces = []
    for f, base in (("LSerif", "LiberationSerif"), ("LSans", "LiberationSans")):
        for style, weight, suf in (("normal", "normal", "Regular"), ("normal", "bold", "Bold"),
                                   ("italic", "normal", "Italic"), ("italic", "bold", "BoldItalic")):
            faces.append(f"@font-face {{font-family: {f}; src: url({base}-{suf}.ttf); font-style: {style}; "
                         f"font-weight: {weight};}}")
    css = "\n".join(faces) + f"""
body {{ font-family: {fam}; font-size: {size}pt; }}
p {{ margin: 0 0 5pt 0; line-height: 1.3; text-align: justify; }}
p.l {{ text-align: left; }}
h1 {{ font-family: LSans; font-size: 15pt; color: {accent}; margin: 8pt 0 6pt 0; }}
h2 {{ font-family: LSans; font-size: 12pt; color: {accent}; margin: 6pt 0 4pt 0; }}
h3 {{ font-family: LSans; font-size: {size}pt; font-style: italic; margin: 5pt 0 3pt 0; }}
p.small {{ font-size: 8pt; text-align: left; margin-bottom: 2pt; }}
p.q {{ margin-left: 28pt; margin-right: 16pt; font-style: italic; }}
td {{ vertical-align: top; padding: 3pt; }}
"""

    def fx(t):
        return re.sub(r"\[\[(\d+)\]\]", r"<sup>\1</sup>", t).replace("\n", "<br/>")

    chunks, cur = [], []
    for b in blocks:
        k = b[0]
        if k == "cover":
            for text, sz, bold, before in b[1]:
                c = accent if sz >= 18 else "#000000"
                t = f"<b>{text}</b>" if bold else text
                cur.append(f"<p class='l' style='font-family: LSans; font-size: {sz}pt; color: {c}; "
                           f"margin-top: {before}pt'>{t}</p>")
            chunks.append(cur); cur = []
        elif k == "toc":
            cur.append(f"<h1>{b[1]}</h1><table style='width: 100%'>")
            for bb in blocks:
                if bb[0] == "h1":
                    cur.append(f"<tr><td style='width: 90%'>{bb[1]}</td><td style='text-align: right'>"
                               f"{pages.get(bb[1], '')}</td></tr>")
            cur.append("</table>")
            chunks.append(cur); cur = []
        elif k == "pb":
            chunks.append(cur); cur = []
        elif k in ("h1", "h2", "h3"):
            cur.append(f"<{k}>{b[1]}</{k}>")
        elif k == "p":
            cl = " class='l'" if ("\n" in b[1] or b[1].startswith("<b>")) else ""
            cur.append(f"<p{cl}>{fx(b[1])}</p>")
        elif k == "np":
            cur.append(f"<p style='margin-left: 24pt; text-indent: -24pt'>{b[1]}&#160;&#160;&#160;{fx(b[2])}</p>")
        elif k == "box":
            t = f"<p class='l' style='font-family: LSans'><b>{b[1]}</b></p>" if b[1] else ""
            cur.append(f"<div style='background-color: #e8efe2; border: 1px solid {accent}; padding: 6pt; "
                       f"margin: 4pt 0 8pt 0'>{t}<p style='font-family: LSans; margin-bottom: 0'>{fx(b[2])}</p></div>")
        elif k == "notes":
            cur.append("<p class='small'>____________________</p>")
            for n, text in b[1]:
                cur.append(f"<p class='small'><sup>{n}</sup> {text}</p>")
        elif k == "small":
            cur.append(f"<p class='small'>{fx(b[1])}</p>")
        elif k == "bul":
            for it in b[1]:
                cur.append(f"<p style='margin-left: 14pt; text-indent: -14pt'>\u2013&#160;&#160;{fx(it)}</p>")
        elif k == "quote":
            cur.append(f"<p class='q'>{fx(b[1])}</p>")
        elif k == "table":
            cur.append("<table style='width: 100%; border-collapse: collapse' border='1'>")
            cur.append("<tr>" + "".join(f"<td style='width: {int(w * 100)}%; background-color: #dde5d5; "
                                        f"font-family: LSans; font-size: {size - 1}pt'><b>{c}</b></td>"
                                        for w, c in zip(b[1], b[2])) + "</tr>")
            for r in b[3]:
                cur.append("<tr>" + "".join(f"<td style='width: {int(w * 100)}%; font-size: {size - 1}pt'>{fx(c)}"
                                            f"</td>" for w, c in zip(b[1], r)) + "</tr>")
            cur.append("</table>")
    if cur:
        chunks.append(cur)
    out = DOCS / out_name
    arch = pymupdf.Archive(LIB)
    mediabox = pymupdf.paper_rect("a4")
    where = mediabox + (68, 60, -68, -58)
    writer = pymupdf.DocumentWriter(str(out))
    for ch in chunks:
        story = pymupdf.Story(html="".join(ch), user_css=css, archive=arch)
        more = 1
        while more:
            dev = writer.begin_page(mediabox)
            more, _ = story.place(where)
            story.draw(dev)
            writer.end_page()
    writer.close()
    doc = pymupdf.open(out)
    for i, pg in enumerate(doc):
        _furniture(pg, i + 1, doc.page_count, header, footer, LIB + "LiberationSans-Regular.ttf", first_plain)
    doc.set_metadata({"title": title, "creator": "blind23nl", "producer": "PyMuPDF Story"})
    doc.subset_fonts()
    data = doc.tobytes(garbage=4, deflate=True)
    doc.close()
    out.write_bytes(data)
    return out


# ---------------------------------------------------------------- checking the expected phrases

def flat_text(pdf: Path, *, fold_ligatures: bool = True, join_hyphens: bool = True) -> str:
    import pymupdf

    with pymupdf.open(pdf) as doc:
        text = " ".join(page.get_text() for page in doc)
    text = text.replace("\u00ad", "")
    for lig, plain in (("\ufb00", "ff"), ("\ufb01", "fi"), ("\ufb02", "fl"), ("\ufb03", "ffi"), ("\ufb04", "ffl")):
        text = text.replace(lig, plain) if fold_ligatures else text
    if join_hyphens:
        text = re.sub(r"-\s*\n\s*(?=[a-z])", "-", text)  # keep hyphens of wrapped compounds
    return re.sub(r"\s+", " ", text)


LIGATURES = re.compile("[\ufb00-\ufb06]")


def check(name: str) -> bool:
    exp = json.loads((DOCS / f"{name}.expected.json").read_text(encoding="utf-8"))
    adv = flat_text(DOCS / f"{name}_advice.pdf")
    resp = flat_text(DOCS / f"{name}_response.pdf")
    raw = flat_text(DOCS / f"{name}_advice.pdf", fold_ligatures=False) + " | " + flat_text(
        DOCS / f"{name}_response.pdf", fold_ligatures=False)
    plain = flat_text(DOCS / f"{name}_advice.pdf", join_hyphens=False) + " | " + flat_text(
        DOCS / f"{name}_response.pdf", join_hyphens=False)
    ok = True
    phrases = [r["starts_with"] for r in exp["recommendations"]]
    phrases += [r["reply_contains"] for r in exp["recommendations"] if r["reply_contains"]]
    for phrase in phrases + exp["unmatched_replies_contain"]:
        if LIGATURES.search(phrase):
            ok = False
            print(f"  ligature code point in expected phrase: {phrase!r}")
        elif phrase not in raw:
            print(f"  (warning) found only after folding ligatures: {phrase!r}")
        if phrase not in plain:
            ok = False
            print(f"  phrase found only by joining a word broken by a hyphen at a line end: {phrase!r}")
    for rec in exp["recommendations"]:
        nw = len(rec["starts_with"].split())
        if not 6 <= nw <= 12:
            ok = False
            print(f"  rec {rec['number']}: starts_with has {nw} words")
        if rec["reply_contains"] and not 5 <= len(rec["reply_contains"].split()) <= 12:
            ok = False
            print(f"  rec {rec['number']}: reply_contains has {len(rec['reply_contains'].split())} words")
        if (rec["reply_contains"] is None) != (rec["verdict"] == "unanswered"):
            ok = False
            print(f"  rec {rec['number']}: reply_contains/unanswered mismatch")
        n = adv.count(rec["starts_with"])
        if n < 1:
            ok = False
            print(f"  rec {rec['number']}: starts_with NOT in advice: {rec['starts_with']!r}")
        rc = rec["reply_contains"]
        if rc is not None:
            c = resp.count(rc)
            if c != 1:
                ok = False
                print(f"  rec {rec['number']}: reply_contains found {c}x in response: {rc!r}")
            if rc in adv:
                print(f"  rec {rec['number']}: (warning) reply_contains also in advice: {rc!r}")
        print(f"  rec {rec['number']}: starts_with x{n} in advice, verdict {rec['verdict']}")
    for u in exp["unmatched_replies_contain"]:
        c = resp.count(u)
        if c != 1:
            ok = False
            print(f"  unmatched phrase found {c}x: {u!r}")
    print(name, "OK" if ok else "PROBLEMS")
    return ok


if __name__ == "__main__":
    sys.exit(0 if all(check(n) for n in sys.argv[1:]) else 1)
