"""``weerwoord export`` end to end on the shipped example pair, with a stored note and a stored correction."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pymupdf
import pytest

from weerwoord.cli import main
from weerwoord.core.keeping.corrections import Corrections
from weerwoord.core.keeping.store import open_store
from weerwoord.paths import example_pair


def test_export_command(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    advice, response = example_pair()
    if not advice.exists() or not response.exists():
        pytest.skip("the example pair is not in this checkout")
    before = [hashlib.sha256(p.read_bytes()).hexdigest() for p in (advice, response)]
    data, out = tmp_path / "data", tmp_path / "out"
    with open_store(str(data)) as s:
        s.add_note(before[0], before[1], "Navragen bij de directie", number="2", author="els")
        s.save_corrections(before[0], before[1], Corrections(verdicts={"1": ("noted", "Only taken note of.")}))
    args = ["export", str(advice), str(response), "--out", str(out), "--data-dir", str(data)]
    assert main(args) == 0
    printed = capsys.readouterr().out.split()
    assert len(printed) == 9 and all(Path(p).exists() for p in printed)
    assert [hashlib.sha256(p.read_bytes()).hexdigest() for p in (advice, response)] == before
    csv_text = (out / f"{advice.stem}.pairs.csv").read_text(encoding="utf-8-sig")
    assert "Navragen bij de directie" in csv_text
    assert "\n1," in csv_text and "noted" in csv_text.split("\n1,", 1)[1].split("\n", 1)[0]
    doc = pymupdf.open(out / f"{advice.stem}.annotated.pdf")
    titles = [a.info["title"] for page in doc for a in page.annots()]
    doc.close()
    assert "els" in titles
    # a second run refuses to overwrite, with the CLI's exit code for export errors
    assert main(args) == 6
    err = capsys.readouterr().err
    assert "already exist" in err and f"{advice.stem}.briefing.pdf" in err
    assert main([*args, "--force"]) == 0
    assert main([*args, "--force", "--output-language", "nl"]) == 0
    capsys.readouterr()
    assert "| Nr. | Aanbeveling | Oordeel |" in (out / f"{advice.stem}.pairs.md").read_text(encoding="utf-8")
