"""The round-117 Dutch blind pairs' helper: tests/docs/src/blind_nl.py with this round's paths and fonts (the
expected.json writer, the phrase check, fonts, engines, and tmp_fonts(): ligature-free DejaVu copies kept under /tmp
only, with a fonts.conf there that FONTCONFIG_FILE points at; see there), plus fodt_pdf(): a flat ODF text document
converted with LibreOffice headless.

Check: /tmp/blind117nl/bin/python tests/docs/src/blind117/_b117nl.py blind117_nl_<name> ...
"""
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_nl  # noqa: E402

blind_nl.use_round(117)
from blind_nl import *  # noqa: E402,F401,F403


def fodt_pdf(fodt, pdfname):
    """Convert a flat ODF text document (a string) with LibreOffice Writer headless (writer_pdf_Export)."""
    tmp = tempfile.mkdtemp(prefix="b117nlfo")
    src = os.path.join(tmp, pdfname.replace(".pdf", ".fodt"))
    with open(src, "w", encoding="utf-8") as f:
        f.write(fodt)
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile", "--convert-to",
                    "pdf:writer_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, pdfname), blind_nl.out(pdfname))
    shutil.rmtree(tmp)


if __name__ == "__main__":
    sys.exit(blind_nl.main(sys.argv[1:]))
