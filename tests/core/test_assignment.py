"""The best one-to-one assignment by content, checked against trying every assignment."""

from __future__ import annotations

import itertools
import random

from weerwoord.core.analysis.assignment import best_assignment


def _brute(weights: list[list[float]]) -> float:
    rows, cols = len(weights), len(weights[0])
    best = 0.0
    for perm in itertools.permutations([*range(cols), *([None] * rows)], rows):
        best = max(best, sum(weights[i][j] for i, j in enumerate(perm) if j is not None))
    return best


def test_the_assignment_maximises_the_total() -> None:
    rng = random.Random(7)
    for _ in range(150):
        rows, cols = rng.randint(1, 5), rng.randint(1, 5)
        weights = [[rng.random() for _ in range(cols)] for _ in range(rows)]
        pairs = best_assignment(weights)
        assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs}) == min(rows, cols)
        assert abs(sum(weights[i][j] for i, j in pairs) - _brute(weights)) < 1e-9


def test_a_neighbour_does_not_take_the_only_fit() -> None:
    # greedy would give row 0 its best column (0.20) and leave row 1 with a poor one; together 0.18 + 0.30 is more
    assert best_assignment([[0.20, 0.18], [0.30, 0.01]]) == [(0, 1), (1, 0)]
    assert best_assignment([]) == []
