"""The round-153 English blind pairs' helper: tests/docs/src/blind_en.py with this round's paths and fonts (the
expected.json writer, the phrase check, fonts, engines; see there).

Check: /tmp/blind153en/bin/python tests/docs/src/blind153/_b153en.py blind153_en_<name> ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_en  # noqa: E402

blind_en.use_round(153)
from blind_en import *  # noqa: E402,F401,F403

if __name__ == "__main__":
    sys.exit(blind_en.main(sys.argv[1:]))
