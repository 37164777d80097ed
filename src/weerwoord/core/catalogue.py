"""Message catalogues for translators and the build: find the sentences in the code, read ``.po``, write ``.mo``.

``python -m weerwoord.core.catalogue`` brings every ``resources/locale/*/LC_MESSAGES/weerwoord.po`` up to date with the
code (new sentences added untranslated, none removed) and compiles each into its ``.mo``. Standard library only;
the ``.mo`` holds the messages GNU ``msgfmt`` or Babel's ``compile`` would put in it, and is deterministic, so the
``.mo`` files are kept in the repository and ``tests/core/test_words.py`` checks them against their ``.po``.
"""

from __future__ import annotations

import ast
import struct
import sys
from dataclasses import dataclass, field
from pathlib import Path

from weerwoord.core.words import DOMAIN, locale_dir

CALLS = {"_": 1, "N_": 1, "n_": 2}  # the functions of weerwoord.core.words and how many sentences each takes
# where the sentences are: the core, and the window's PDF worker, whose errors are the core's (the rest of the
# window keeps Qt's own catalogue)
SOURCES = ("src/weerwoord/core/**/*.py", "src/weerwoord/gui/worker*.py")


@dataclass
class Entry:
    """One message of a catalogue: its English sentence(s) and translation(s)."""

    msgid: str
    plural: str = ""
    strs: list[str] = field(default_factory=list)  # one, or one per plural form
    where: list[str] = field(default_factory=list)  # file:line comments

    @property
    def translated(self) -> bool:
        return bool(self.strs) and all(self.strs)


def extract(root: Path) -> dict[tuple[str, str], list[str]]:
    """Every sentence the core passes to ``_``/``N_``/``n_`` as a literal: (msgid, plural) → places."""
    found: dict[tuple[str, str], list[str]] = {}
    for pattern in SOURCES:
        for path in sorted(root.glob(pattern)):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in CALLS):
                    continue
                count = CALLS[node.func.id]
                args = node.args[:count]
                if len(args) < count or not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                    continue
                texts = [str(a.value) for a in args if isinstance(a, ast.Constant)]
                key = (texts[0], texts[1] if count == 2 else "")
                found.setdefault(key, []).append(f"{path.relative_to(root)}:{node.lineno}")
    return found


def _unquote(text: str) -> str:
    value = ast.literal_eval(text)
    if not isinstance(value, str):
        raise ValueError(f"not a string: {text}")
    return value


def read_po(path: Path) -> tuple[str, list[Entry]]:
    """The header (the translation of the empty msgid) and the entries of a ``.po`` file."""
    entries: list[Entry] = []
    header = ""
    current: Entry | None = None
    target: tuple[str, int] = ("", 0)
    where: list[str] = []

    def finish() -> None:
        nonlocal current, header
        if current is not None:
            if current.msgid == "":
                header = current.strs[0] if current.strs else ""
            else:
                entries.append(current)
        current = None

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line:
            finish()
            continue
        if line.startswith("#:"):
            where.extend(line[2:].split())
            continue
        if line.startswith("#"):
            continue
        keyword, _, rest = line.partition(" ")
        if keyword == "msgid":
            finish()
            current = Entry(_unquote(rest), where=where)
            where = []
            target = ("msgid", 0)
        elif current is None:
            raise ValueError(f"{path}: {raw!r} outside an entry")
        elif keyword == "msgid_plural":
            current.plural = _unquote(rest)
            target = ("plural", 0)
        elif keyword.startswith("msgstr"):
            index = int(keyword[7:-1]) if keyword.startswith("msgstr[") else 0
            while len(current.strs) <= index:
                current.strs.append("")
            current.strs[index] = _unquote(rest)
            target = ("msgstr", index)
        elif line.startswith('"'):  # a continued string
            more = _unquote(line)
            if target[0] == "msgid":
                current.msgid += more
            elif target[0] == "plural":
                current.plural += more
            else:
                current.strs[target[1]] += more
    finish()
    return header, entries


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t") + '"'


def write_po(path: Path, header: str, entries: list[Entry]) -> None:
    lines = ['msgid ""', "msgstr " + _quote(header), ""]
    for e in entries:
        if e.where:
            lines.append("#: " + " ".join(e.where))
        lines.append("msgid " + _quote(e.msgid))
        if e.plural:
            lines.append("msgid_plural " + _quote(e.plural))
            strs = e.strs or ["", ""]
            lines.extend(f"msgstr[{i}] " + _quote(s) for i, s in enumerate(strs))
        else:
            lines.append("msgstr " + _quote(e.strs[0] if e.strs else ""))
        lines.append("")
    path.write_text("\n".join(lines), encoding="utf-8")


def mo_bytes(header: str, entries: list[Entry]) -> bytes:
    """The compiled catalogue (GNU .mo, little-endian, no hash table); untranslated entries are left out."""
    messages: dict[bytes, bytes] = {b"": header.encode("utf-8")}
    for e in entries:
        if not e.translated:
            continue
        key = e.msgid + ("\0" + e.plural if e.plural else "")
        messages[key.encode("utf-8")] = "\0".join(e.strs).encode("utf-8")
    keys = sorted(messages)
    ids = b""
    strs = b""
    offsets = []
    for k in keys:
        offsets.append((len(ids), len(k), len(strs), len(messages[k])))
        ids += k + b"\0"
        strs += messages[k] + b"\0"
    start = 7 * 4
    ids_start = start + len(keys) * 16
    strs_start = ids_start + len(ids)
    table_ids: list[int] = []
    table_strs: list[int] = []
    for io_, il, so, sl in offsets:
        table_ids += [il, ids_start + io_]
        table_strs += [sl, strs_start + so]
    head = struct.pack("<7I", 0x950412DE, 0, len(keys), start, start + len(keys) * 8, 0, 0)
    return (
        head
        + struct.pack(f"<{len(table_ids)}I", *table_ids)
        + struct.pack(f"<{len(table_strs)}I", *table_strs)
        + ids
        + strs
    )


def catalogues() -> list[Path]:
    return sorted(locale_dir().glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def update(root: Path) -> list[str]:
    """Add the code's new sentences to every ``.po``, refresh the places, compile every ``.mo``; what was done."""
    found = extract(root)
    done = []
    for po in catalogues():
        header, entries = read_po(po)
        known = {(e.msgid, e.plural): e for e in entries}
        for key, places in found.items():
            entry = known.get(key)
            if entry is None:
                entry = Entry(key[0], key[1], ["", ""] if key[1] else [""])
                entries.append(entry)
                known[key] = entry
            entry.where = places
        for key, entry in known.items():
            if key not in found:
                entry.where = []  # kept: the window or an older version may still ask for it
        write_po(po, header, entries)
        po.with_suffix(".mo").write_bytes(mo_bytes(header, entries))
        missing = [e.msgid for e in entries if not e.translated and e.where]
        done.append(
            f"{po.relative_to(root) if po.is_relative_to(root) else po}: {len(entries)} entries, "
            f"{len(missing)} untranslated"
        )
    return done


def main() -> int:
    root = Path(__file__).resolve().parents[3]  # src/weerwoord/core/catalogue.py
    for line in update(root):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
