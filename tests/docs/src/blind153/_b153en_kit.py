"""Round 153 (EN): a tiny block list ('h1', 'h2', 'meta', 'p', 'q', 'np', 'table', 'box', 'rule') rendered by one
of three engines (fpdf2, reportlab platypus, Chromium headless), so that the four generators only hold their text.
Inline markup: <b>...</b> and <i>...</i> only. Used by the gen_en_*.py generators of this round.
"""
import datetime, os, re, shutil, sys, tempfile
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _b153en as H

GREY = "#555555"


def hexrgb(c):
    c = c.lstrip("#")
    return tuple(int(c[i:i + 2], 16) for i in (0, 2, 4))


# ---------------------------------------------------------------- fpdf2
def fpdf_render(blocks, pdf_path, fam="Sans", size=10, ink="#1f4e79", date=(2025, 1, 1)):
    from fpdf import FPDF
    from fpdf.fonts import FontFace
    ink_rgb = hexrgb(ink)
    pdf = FPDF(orientation="P", unit="mm", format="A4")
    pdf.set_creation_date(datetime.datetime(*date, 9, 0, 0, tzinfo=datetime.timezone.utc))
    for st, suf in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdf.add_font("F", st, H.clean_font(f"Liberation{fam}-{suf}.ttf"))
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    tw = pdf.w - 44
    lh = size * 0.47

    def md(t):
        return (t.replace("<b>", "**").replace("</b>", "**").replace("<i>", "__").replace("</i>", "__")
                .replace("&amp;", "&"))

    def run(bl, left=22, width=tw):
        for b in bl:
            k = b[0]
            pdf.set_x(left)
            if k == "meta":
                pdf.set_font("F", "", size - 1.6)
                pdf.set_text_color(*hexrgb(GREY))
                pdf.multi_cell(width, lh * 0.9, md(b[1]), markdown=True, align="L")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1.2)
            elif k in ("h1", "h2", "h3"):
                s = {"h1": size + 5, "h2": size + 1.2, "h3": size + 0.2}[k]
                if k != "h1":
                    pdf.ln(1.2)
                if pdf.get_y() > pdf.h - 50:
                    pdf.add_page()
                pdf.set_x(left)
                pdf.set_font("F", "B", s)
                pdf.set_text_color(*ink_rgb)
                pdf.multi_cell(width, s * 0.48, md(b[1]), markdown=True, align="L")
                pdf.set_text_color(0, 0, 0)
                pdf.ln(1.4 if k != "h1" else 2.5)
            elif k == "p":
                pdf.set_font("F", "", size)
                pdf.multi_cell(width, lh, md(b[1]), markdown=True, align="L")
                pdf.ln(1.8)
            elif k == "q":
                pdf.set_font("F", "I", size)
                pdf.set_x(left + 10)
                pdf.multi_cell(width - 16, lh, md(b[1]), markdown=True, align="L")
                pdf.ln(1.8)
            elif k == "np":
                pdf.set_font("F", "B", size)
                lw = b[3] if len(b) > 3 else 9
                if pdf.get_y() > pdf.h - 35:
                    pdf.add_page()
                pdf.set_x(left)
                pdf.cell(lw, lh, md(b[1]))
                pdf.set_font("F", "", size)
                pdf.multi_cell(width - lw, lh, md(b[2]), markdown=True, align="L")
                pdf.ln(1.4)
            elif k == "rule":
                pdf.set_draw_color(*ink_rgb)
                pdf.set_line_width(0.5)
                y = pdf.get_y() + 1
                pdf.line(left, y, left + width, y)
                pdf.ln(3.5)
                pdf.set_draw_color(0, 0, 0)
            elif k == "table":
                widths, head, rows = b[1], b[2], b[3]
                pdf.set_font("F", "", size - 1)
                pdf.set_draw_color(150, 150, 150)
                pdf.set_line_width(0.2)
                hs = FontFace(emphasis="BOLD", color=(255, 255, 255), fill_color=ink_rgb)
                with pdf.table(col_widths=widths, width=width, align="LEFT", text_align="LEFT",
                               line_height=(size - 1) * 0.47, markdown=True, headings_style=hs,
                               padding=1.4) as t:
                    for r in [head] + rows:
                        row = t.row()
                        for c in r:
                            row.cell(md(c))
                pdf.set_draw_color(0, 0, 0)
                pdf.ln(3)
            elif k == "box":
                inner = b[1]
                y0, p0 = pdf.get_y(), pdf.page
                # dry estimate: render on a throwaway copy is heavy; rough height by line count
                est = 0
                pdf.set_font("F", "", size)
                for ib in inner:
                    txt = md(ib[-1] if ib[0] != "np" else ib[2])
                    n = len(pdf.multi_cell(width - 20, lh, txt, markdown=True, dry_run=True, output="LINES"))
                    est += n * lh + 2.5
                if y0 + est + 8 > pdf.h - 22:
                    pdf.add_page()
                y0 = pdf.get_y()
                pdf.ln(3)
                run(inner, left + 5, width - 10)
                y1 = pdf.get_y() + 1
                pdf.set_draw_color(*ink_rgb)
                pdf.set_line_width(0.6)
                pdf.rect(left, y0, width, y1 - y0)
                pdf.set_draw_color(0, 0, 0)
                pdf.set_y(y1 + 3)
            else:
                raise ValueError(k)

    run(blocks)
    pdf.output(pdf_path)


# ---------------------------------------------------------------- reportlab
def rl_render(blocks, pdf_path, fam="Serif", size=10, ink="#2b3a67"):
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    k0 = "R" + fam
    try:
        pdfmetrics.getFont(k0)
    except KeyError:
        pdfmetrics.registerFont(TTFont(k0, H.clean_font(f"Liberation{fam}-Regular.ttf")))
        pdfmetrics.registerFont(TTFont(k0 + "-B", H.clean_font(f"Liberation{fam}-Bold.ttf")))
        pdfmetrics.registerFont(TTFont(k0 + "-I", H.clean_font(f"Liberation{fam}-Italic.ttf")))
        pdfmetrics.registerFont(TTFont(k0 + "-BI", H.clean_font(f"Liberation{fam}-BoldItalic.ttf")))
        pdfmetrics.registerFontFamily(k0, normal=k0, bold=k0 + "-B", italic=k0 + "-I", boldItalic=k0 + "-BI")
    INK = colors.HexColor(ink)
    body = ParagraphStyle("b", fontName=k0, fontSize=size, leading=size * 1.33, spaceAfter=1.9 * mm)
    S = {
        "p": body,
        "meta": ParagraphStyle("m", parent=body, fontSize=size - 1.6, leading=(size - 1.6) * 1.3,
                               textColor=colors.HexColor(GREY)),
        "h1": ParagraphStyle("h1", parent=body, fontName=k0 + "-B", fontSize=size + 5, leading=(size + 5) * 1.2,
                             textColor=INK, spaceAfter=3 * mm),
        "h2": ParagraphStyle("h2", parent=body, fontName=k0 + "-B", fontSize=size + 1.2, leading=(size + 1.2) * 1.25,
                             textColor=INK, spaceBefore=2.2 * mm, spaceAfter=1.2 * mm, keepWithNext=1),
        "h3": ParagraphStyle("h3", parent=body, fontName=k0 + "-B", fontSize=size + 0.2, leading=(size + 0.2) * 1.25,
                             textColor=INK, spaceBefore=1.5 * mm, spaceAfter=0.8 * mm, keepWithNext=1),
        "q": ParagraphStyle("q", parent=body, fontName=k0 + "-I", leftIndent=10 * mm, rightIndent=6 * mm),
        "cell": ParagraphStyle("c", parent=body, fontSize=size - 1, leading=(size - 1) * 1.27, spaceAfter=0),
        "hcell": ParagraphStyle("hc", parent=body, fontName=k0 + "-B", fontSize=size - 1,
                                leading=(size - 1) * 1.27, spaceAfter=0, textColor=colors.white),
        "np": ParagraphStyle("np", parent=body, spaceAfter=0),
    }
    W = A4[0] - 44 * mm

    def flow(bl, width):
        out = []
        for b in bl:
            k = b[0]
            if k in ("p", "meta", "h1", "h2", "h3", "q"):
                out.append(Paragraph(b[1], S[k]))
            elif k == "rule":
                t = Table([[""]], colWidths=[width], rowHeights=[2])
                t.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, INK)]))
                out += [t, Spacer(1, 2 * mm)]
            elif k == "np":
                lw = (b[3] if len(b) > 3 else 9) * mm
                t = Table([[Paragraph("<b>%s</b>" % b[1], S["np"]), Paragraph(b[2], S["np"])]],
                          colWidths=[lw, width - lw])
                t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                       ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                       ("BOTTOMPADDING", (0, 0), (-1, -1), 1.6 * mm)]))
                out.append(t)
            elif k == "table":
                widths, head, rows = b[1], b[2], b[3]
                tot = sum(widths)
                cw = [width * x / tot for x in widths]
                data = [[Paragraph(c, S["hcell"]) for c in head]] + [[Paragraph(c, S["cell"]) for c in r] for r in rows]
                t = Table(data, colWidths=cw, repeatRows=1)
                t.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, 0), INK), ("VALIGN", (0, 0), (-1, -1), "TOP"),
                                       ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#999999")),
                                       ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3.5)]))
                out += [t, Spacer(1, 3 * mm)]
            elif k == "box":
                inner = flow(b[1], width - 12 * mm)
                t = Table([[inner]], colWidths=[width])
                t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 1, INK),
                                       ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#f3f5fa")),
                                       ("LEFTPADDING", (0, 0), (-1, -1), 6 * mm), ("RIGHTPADDING", (0, 0), (-1, -1), 6 * mm),
                                       ("TOPPADDING", (0, 0), (-1, -1), 3 * mm), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 * mm)]))
                out += [t, Spacer(1, 3 * mm)]
            else:
                raise ValueError(k)
        return out

    doc = SimpleDocTemplate(pdf_path, pagesize=A4, leftMargin=22 * mm, rightMargin=22 * mm, topMargin=20 * mm,
                            bottomMargin=22 * mm, invariant=1, title="", author="")
    doc.build(flow(blocks, W))


# ---------------------------------------------------------------- Chromium
CSS = """<style>
@font-face { font-family: F; src: url('file://%(r)s'); }
@font-face { font-family: F; font-weight: bold; src: url('file://%(b)s'); }
@font-face { font-family: F; font-style: italic; src: url('file://%(i)s'); }
@page { size: A4; margin: 20mm 21mm 22mm 21mm; }
body { font-family: F; font-size: %(s)spt; line-height: 1.38; color: #1b1b1b; margin: 0; font-variant-ligatures: none; }
h1 { font-size: %(h1)spt; color: %(c)s; margin: 2pt 0 7pt 0; line-height: 1.2; }
h2 { font-size: %(h2)spt; color: %(c)s; margin: 9pt 0 4pt 0; break-after: avoid; }
h3 { font-size: %(h3)spt; color: %(c)s; margin: 7pt 0 2pt 0; break-after: avoid; }
p { margin: 0 0 5pt 0; }
.meta { color: #555; font-size: %(m)spt; }
.np { display: flex; margin: 0 0 4pt 0; }
.np .n { flex: 0 0 %(lw)smm; font-weight: bold; }
.np .t { flex: 1; }
.q { margin: 2pt 0 6pt 10mm; padding-left: 8pt; border-left: 2pt solid %(c)s; font-style: italic; }
.box { border: 1.2pt solid %(c)s; background: #f4f6f2; padding: 6pt 10pt 2pt 10pt; margin: 4pt 0 8pt 0; break-inside: avoid; }
table { border-collapse: collapse; width: 100%%; font-size: %(t)spt; margin: 3pt 0 8pt 0; }
th { background: %(c)s; color: white; text-align: left; padding: 3pt 5pt; border: 0.6pt solid #888; }
td { border: 0.6pt solid #999; padding: 3pt 5pt; vertical-align: top; }
tr { break-inside: avoid; }
.rule { border-top: 1.4pt solid %(c)s; margin: 5pt 0 8pt 0; }
</style>"""


def chromium_render(blocks, pdf_path, fam="Sans", size=10, ink="#3a5a40", lw=9):
    r, b, i = (H.clean_font(f"Liberation{fam}-{s}.ttf") for s in ("Regular", "Bold", "Italic"))

    def html(bl):
        o = []
        for x in bl:
            k = x[0]
            if k in ("h1", "h2", "h3"):
                o.append(f"<{k}>{x[1]}</{k}>")
            elif k == "p":
                o.append(f"<p>{x[1]}</p>")
            elif k == "meta":
                o.append(f"<p class='meta'>{x[1]}</p>")
            elif k == "q":
                o.append(f"<div class='q'>{x[1]}</div>")
            elif k == "np":
                o.append(f"<div class='np'><div class='n'>{x[1]}</div><div class='t'>{x[2]}</div></div>")
            elif k == "rule":
                o.append("<div class='rule'></div>")
            elif k == "table":
                widths, head, rows = x[1], x[2], x[3]
                tot = sum(widths)
                cols = "".join(f"<col style='width:{100 * w / tot:.1f}%'>" for w in widths)
                th = "".join(f"<th>{c}</th>" for c in head)
                trs = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in rr) + "</tr>" for rr in rows)
                o.append(f"<table>{cols}<thead><tr>{th}</tr></thead><tbody>{trs}</tbody></table>")
            elif k == "box":
                o.append(f"<div class='box'>{html(x[1])}</div>")
            else:
                raise ValueError(k)
        return "\n".join(o)

    css = CSS % {"r": r, "b": b, "i": i, "s": size, "c": ink, "h1": size + 5, "h2": size + 1.4, "h3": size + 0.3,
                 "m": size - 1.3, "t": size - 1, "lw": lw}
    doc = f"<!DOCTYPE html><html lang='en-GB'><head><meta charset='utf-8'>{css}</head><body>{html(blocks)}</body></html>"
    tmp = tempfile.mkdtemp(prefix="blind153en_html_")
    try:
        p = os.path.join(tmp, "doc.html")
        with open(p, "w", encoding="utf-8") as fh:
            fh.write(doc)
        H.chromium_pdf(p, pdf_path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
