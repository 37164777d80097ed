"""The round-78 Dutch blind pairs' helper: tests/docs/src/blind_nl.py with this round's paths and fonts (the
expected.json writer, the phrase check, fonts, engines; see there).

Check: /tmp/blind78nl/bin/python tests/docs/src/blind78/_b78nl.py blind78_nl_<name> ...
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import blind_nl  # noqa: E402

blind_nl.use_round(78)
from blind_nl import *  # noqa: E402,F401,F403

if __name__ == "__main__":
    sys.exit(blind_nl.main(sys.argv[1:]))
