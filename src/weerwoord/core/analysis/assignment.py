"""The best one-to-one assignment of recommendations to replies by content (the Hungarian method, O(n³)).

Greedy linking takes the strongest similarity first and can leave a recommendation without the one section that
fits it because a neighbour took it; the assignment that maximises the total similarity over all of them does not.
Sizes are small (tens of recommendations and sections), so a plain implementation serves.
"""

from __future__ import annotations


def best_assignment(weights: list[list[float]]) -> list[tuple[int, int]]:
    """Pairs (row, column) that maximise the sum of ``weights``, each row and each column used at most once."""
    if not weights or not weights[0]:
        return []
    rows, cols = len(weights), len(weights[0])
    n = max(rows, cols)
    top = max(max(r) for r in weights)
    # a square cost matrix (padding costs the most, so it is never preferred to a real pair)
    cost = [[(top - weights[i][j]) if i < rows and j < cols else top for j in range(n)] for i in range(n)]
    inf = float("inf")
    u, v = [0.0] * (n + 1), [0.0] * (n + 1)
    match = [0] * (n + 1)  # match[column] = row, 1-based
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        match[0] = i
        j0 = 0
        minv = [inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = match[j0], inf, 0
            for j in range(1, n + 1):
                if not used[j]:
                    cur = cost[i0 - 1][j - 1] - u[i0] - v[j]
                    if cur < minv[j]:
                        minv[j], way[j] = cur, j0
                    if minv[j] < delta:
                        delta, j1 = minv[j], j
            for j in range(n + 1):
                if used[j]:
                    u[match[j]] += delta
                    v[j] -= delta
                else:
                    minv[j] -= delta
            j0 = j1
            if match[j0] == 0:
                break
        while True:
            j1 = way[j0]
            match[j0] = match[j1]
            j0 = j1
            if j0 == 0:
                break
    return sorted((match[j] - 1, j - 1) for j in range(1, n + 1) if match[j] - 1 < rows and j - 1 < cols)
