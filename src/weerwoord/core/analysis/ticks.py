"""A form's options in a reply, the one ticked kept: "☒ volgt het advies ☐ volgt het advies gedeeltelijk", or a row
of options whose boxes are drawn, the one ticked marked by a letter X before it ("Accepted X Accepted in part Not
accepted Under review")."""

from __future__ import annotations

import re

# an option of a form left unticked, up to the next box or the line's end: "☐ volgt het advies gedeeltelijk"
UNTICKED = re.compile(r"(?:[☐□❏❐]|\[ ?\])[^☐□❏❐☒☑✓✔■\[\n]*")
# a row of options (each opening with a capital) with one marked by a cross or a tick before it
OPTION = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){0,3}")
MARKER = re.compile(r"(?<!\S)[Xx✓✔☒☑](?!\S)")
MAX_WORDS = 16  # a row of options is short, and no sentence


def unticked_blanked(text: str) -> str:
    """``text`` with the options of a form left unticked blanked (offsets kept): "Het college: ☒ volgt het advies
    ☐ volgt het advies gedeeltelijk ☐ volgt het advies niet" says only "volgt het advies"; "Accepted X Accepted in part
    Not accepted Under review" only "Accepted in part"."""
    if any(box in text for box in "☐□❏❐["):
        text = UNTICKED.sub(lambda m: " " * len(m.group(0)), text)
    if not MARKER.search(text):
        return text
    return re.sub(r"[^\n]+", lambda m: _ticked_only(m.group(0)), text)


def _ticked_only(line: str) -> str:
    """A line that is a row of options, one marked: the others blanked; any other line as it is."""
    marks = list(MARKER.finditer(line))
    if len(marks) != 1 or len(line.split()) > MAX_WORDS or re.search(r"[.,;:!?]", line):
        return line
    options = list(OPTION.finditer(line))
    if len(options) < 3 or MARKER.sub("", OPTION.sub("", line)).strip():
        return line  # (not options alone: a sentence with an "x" in it)
    ticked = next((o for o in options if o.start() > marks[0].end()), None)
    if ticked is None:
        return line
    out = [" "] * len(line)
    out[ticked.start() : ticked.end()] = line[ticked.start() : ticked.end()]
    return "".join(out)
