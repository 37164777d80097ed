"""Update the translation catalogue from the sources (pyside6-lupdate) and compile it (pyside6-lrelease).

    .venv/bin/python packaging/translations.py          # update resources/i18n/*.ts, then compile the .qm
    .venv/bin/python packaging/translations.py --check  # only report untranslated strings (exit 1 if any)

Translate the new entries in between with Qt Linguist (.venv/bin/pyside6-linguist) or a text editor.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGUAGES = ("nl",)
# pyside6-lupdate reads tr()/translate()/QT_TRANSLATE_NOOP; the modules' _t helpers and the window's
# ``t = self.tr`` alias are spellings of tr (their strings land in the empty context; see src/weerwoord/gui/i18n.py)
ALIASES = "tr+=_t,tr+=t"


def tool(name: str) -> str:
    """pyside6-<name> next to this Python (the virtualenv), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 into the virtualenv")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "src" / "weerwoord" / "gui").glob("*.py"))


def lupdate(ts: Path) -> None:
    """Bring ``ts`` up to date with the sources (keeps existing translations, drops vanished strings)."""
    cmd = [tool("lupdate"), *sources(), "-tr-function-alias", ALIASES, "-locations", "none", "-no-obsolete"]
    cmd += ["-source-language", "en", "-target-language", ts.stem.rsplit("_", 1)[-1], "-ts", str(ts)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True, text=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of every message without a finished translation."""
    out = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            source = message.findtext("source") or ""
            if (
                translation is None
                or translation.get("type") in ("unfinished", "vanished", "obsolete")
                or not (translation.text or "").strip()
            ):
                out.append((name, source))
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report untranslated strings, change nothing")
    args = parser.parse_args()
    missing = 0
    for lang in LANGUAGES:
        ts = I18N / f"weerwoord_{lang}.ts"
        if not args.check:
            lupdate(ts)
        todo = unfinished(ts)
        for context, source in todo:
            print(f"{ts.name}: untranslated [{context}] {source!r}")
        missing += len(todo)
        if not args.check:
            lrelease(ts, ts.with_suffix(".qm"))
    return 1 if missing else 0


if __name__ == "__main__":
    raise SystemExit(main())
