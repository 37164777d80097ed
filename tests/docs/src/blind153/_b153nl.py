"""The round-153 Dutch blind pairs' helper: tests/docs/src/blind_nl.py with this round's paths and fonts (the
expected.json writer, the phrase check, fonts, engines, and tmp_fonts(): ligature-free DejaVu copies kept under /tmp
only, with a fonts.conf there that FONTCONFIG_FILE points at; see there).

Check: /tmp/blind153nl/bin/python tests/docs/src/blind153/_b153nl.py blind153_nl_<name> ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_nl  # noqa: E402

blind_nl.use_round(153)
from blind_nl import *  # noqa: E402,F401,F403

if __name__ == "__main__":
    sys.exit(blind_nl.main(sys.argv[1:]))
