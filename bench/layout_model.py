"""pymupdf (with its layout model) against pymupdf-lite: import time, per-page time, and the letter's sidebar.

Run it with the Python of each distribution, e.g. a throwaway venv for the full one:

    python3 -m venv /tmp/h6/full && /tmp/h6/full/bin/pip install "pymupdf==2.0.*"
    /tmp/h6/full/bin/python bench/layout_model.py resources/example/kabinetsreactie-aiv-109.pdf
    .venv/bin/python bench/layout_model.py resources/example/kabinetsreactie-aiv-109.pdf

Prints one JSON line. Import times are measured in fresh processes (best of five).
"""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
import time

SIDEBAR = ("Onze Referentie", "Ministerie van")


def import_seconds(statement: str, runs: int = 5) -> float:
    code = f"import time; t = time.perf_counter(); {statement}; print(time.perf_counter() - t)"
    times = []
    for _ in range(runs):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
        times.append(float(out))
    return min(times)


def sidebar_in_body(text: str) -> dict[str, int]:
    """How often each sidebar phrase stands in the text between body sentences (not only at the page edge)."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    found = {}
    for phrase in SIDEBAR:
        inside = 0
        for i, ln in enumerate(lines):
            if phrase.lower() in ln.lower() and 0 < i < len(lines) - 1:
                before, after = lines[i - 1], lines[i + 1]
                if len(before.split()) > 6 and len(after.split()) > 6:
                    inside += 1
        found[phrase] = inside
    return found


def main() -> int:
    path = sys.argv[1]
    import pymupdf

    full = importlib.util.find_spec("pymupdf.layout") is not None
    result: dict[str, object] = {
        "python": sys.version.split()[0],
        "distribution": "pymupdf (with layout model)" if full else "pymupdf-lite",
        "import pymupdf (s)": round(import_seconds("import pymupdf"), 3),
    }
    doc = pymupdf.open(path)
    t = time.perf_counter()
    for page in doc:
        page.get_text("dict")
    result["pages"] = doc.page_count
    result["get_text('dict') per page (s)"] = round((time.perf_counter() - t) / doc.page_count, 4)
    if full:
        result["import pymupdf.layout + pymupdf4llm (s)"] = round(
            import_seconds("import pymupdf.layout, pymupdf4llm"), 3
        )
        import pymupdf.layout  # activates the model
        import pymupdf4llm

        doc = pymupdf.open(path)
        t = time.perf_counter()
        text = pymupdf4llm.to_text(doc)
        result["layout to_text per page (s)"] = round((time.perf_counter() - t) / doc.page_count, 3)
        result["sidebar phrases inside the body text"] = sidebar_in_body(text)
        with open("/tmp/layout_model_text.txt", "w", encoding="utf-8") as fh:
            fh.write(text)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
