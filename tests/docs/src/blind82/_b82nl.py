"""The round-82 Dutch blind pairs' helper: tests/docs/src/blind_nl.py with this round's paths and fonts (the
expected.json writer, the phrase check, fonts, engines; see there). One local addition, tmp_fonts(): ligature-free
DejaVu copies kept under /tmp only (not installed in the home directory), with a fonts.conf there that
FONTCONFIG_FILE points at, so LibreOffice and Chromium can see them.

Check: /tmp/blind82nl/bin/python tests/docs/src/blind82/_b82nl.py blind82_nl_<name> ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_nl  # noqa: E402

blind_nl.use_round(82)
from blind_nl import *  # noqa: E402,F401,F403

SANS_FILES = {"Regular": "DejaVuSans.ttf", "Bold": "DejaVuSans-Bold.ttf", "Italic": "DejaVuSans-Oblique.ttf",
              "Bold Italic": "DejaVuSans-BoldOblique.ttf"}
SERIF_FILES = {"Regular": "DejaVuSerif.ttf", "Bold": "DejaVuSerif-Bold.ttf", "Italic": "DejaVuSerif-Italic.ttf",
               "Bold Italic": "DejaVuSerif-BoldItalic.ttf"}


def tmp_fonts(family="B82NL Sans", files=None):
    """DejaVu copies without GSUB renamed to `family` in /tmp/b82nl_fonts/ (never ~/.fonts); sets FONTCONFIG_FILE
    to /tmp/b82nl_fonts/fonts.conf (system fonts + that folder). Returns {style: path}."""
    from fontTools.ttLib import TTFont
    files = files or SANS_FILES
    fd = blind_nl.FD
    os.makedirs(fd, exist_ok=True)
    paths = {}
    for style, f in files.items():
        dst = fd + family.replace(" ", "") + "-" + style.replace(" ", "") + ".ttf"
        if not os.path.exists(dst):
            font = TTFont(blind_nl.DV + f)
            if "GSUB" in font:
                del font["GSUB"]
            for rec in list(font["name"].names):
                args = (rec.platformID, rec.platEncID, rec.langID)
                if rec.nameID in (1, 16):
                    font["name"].setName(family, rec.nameID, *args)
                elif rec.nameID in (2, 17):
                    font["name"].setName(style, rec.nameID, *args)
                elif rec.nameID == 4:
                    font["name"].setName(f"{family} {style}", 4, *args)
                elif rec.nameID == 6:
                    font["name"].setName(f"{family}-{style}".replace(" ", ""), 6, *args)
            font.save(dst)
        paths[style] = dst
    conf = fd + "fonts.conf"
    with open(conf, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
                 '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
                 f'  <dir>{fd}</dir>\n  <cachedir>{fd}cache</cachedir>\n</fontconfig>\n')
    os.environ["FONTCONFIG_FILE"] = conf
    return paths


if __name__ == "__main__":
    sys.exit(blind_nl.main(sys.argv[1:]))
