"""Telling the advice from the response by their text, whatever their names and the order given."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.core.expected_pairs import DOCS, PAIRS
from weerwoord.core.reading.order import order_pair
from weerwoord.paths import example_pair


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_each_test_pair_is_ordered_by_its_text_in_either_order(tmp_path: Path, name: str) -> None:
    advice_name, response_name = PAIRS[name]
    # names that say nothing, so that only the text can tell
    advice = tmp_path / f"b{Path(advice_name).suffix}"
    response = tmp_path / f"a{Path(response_name).suffix}"
    shutil.copy(DOCS / advice_name, advice)
    shutil.copy(DOCS / response_name, response)
    assert order_pair(advice, response) == (str(advice), str(response))
    assert order_pair(response, advice) == (str(advice), str(response))


def test_the_example_in_either_order() -> None:
    advice, response = (str(p) for p in example_pair())
    assert order_pair(response, advice) == (advice, response)


def test_unreadable_files_are_ordered_by_name_then_kept_as_given(tmp_path: Path) -> None:
    protected = DOCS / "protected.pdf"
    reply = tmp_path / "kabinetsreactie.pdf"
    shutil.copy(protected, reply)
    assert order_pair(reply, protected) == (str(protected), str(reply))
    missing = tmp_path / "missing.pdf"
    assert order_pair(missing, protected) == (str(missing), str(protected))
