"""Alliance solver under hostile limits (issue 14): a MAX_MEMBERS far above the unit count, and
the left-out diagnosis of a part whose enumeration was capped when its searches run out of
budget. No QGIS needed."""

import time

from small_but_strong.core.alliances import (
    STATUS_FLOOR,
    STATUS_IN_ALLIANCE,
    STATUS_LEFT_OUT_UNPROVEN,
    AllianceProblem,
    SolverSettings,
    Unit,
    solve,
)
from small_but_strong.core.alliances.prepared import Prepared
from small_but_strong.core.graph import build_adjacency


def grid(cols, rows):
    """cols x rows squares 1 km apart, rook neighbours, populations 100-599."""
    units, edges = [], []
    for n in range(cols * rows):
        c, r = n % cols, n // cols
        units.append(Unit(id=f"g{n:03d}", population=100.0 + (n * 37) % 500, x=1000.0 * c, y=1000.0 * r))
        if c + 1 < cols:
            edges.append((f"g{n:03d}", f"g{n + 1:03d}"))
        if r + 1 < rows:
            edges.append((f"g{n:03d}", f"g{n + cols:03d}"))
    return units, edges


def reaches_floor(uid, adjacency, population, floor, max_members):
    """Exhaustive: is there a connected set of at most ``max_members`` units holding ``uid``
    whose population reaches ``floor``?"""
    seen = set()
    stack = [frozenset([uid])]
    while stack:
        members = stack.pop()
        if sum(population[m] for m in members) >= floor:
            return True
        if len(members) == max_members:
            continue
        for other in set().union(*(adjacency[m] for m in members)) - members:
            grown = members | {other}
            if grown not in seen:
                seen.add(grown)
                stack.append(grown)
    return False


def test_max_members_far_above_the_unit_count_is_capped():
    units = [Unit(id=f"u{i}", population=200.0, x=1000.0 * i, y=0.0) for i in range(6)]
    edges = [(f"u{i}", f"u{i + 1}") for i in range(5)]
    problem = AllianceProblem(units=units, edges=edges, min_members=2, max_members=300_000, min_population=0,
                              time_limit=3.0)
    assert Prepared(problem).max_m == 6  # the arrays and the candidate matrix: 6 wide
    started = time.monotonic()
    best = solve(problem)
    assert time.monotonic() - started < 5
    assert set(best.status.values()) == {STATUS_IN_ALLIANCE}
    # two separate parts of 2 and 3 units: no alliance above 3 members
    split = AllianceProblem(units=units, edges=edges[:1] + edges[2:4], min_members=2, max_members=10 ** 6,
                            min_population=0)
    assert Prepared(split).max_m == 3
    assert sorted(len(a.members) for a in solve(split).alliances) == [2, 3]
    # min_members above every part: nothing possible, and nothing huge allocated
    none = AllianceProblem(units=units, edges=edges, min_members=7, max_members=10 ** 6, min_population=0)
    assert not solve(none).alliances


def test_capped_part_never_calls_an_undecided_unit_floor_unreachable():
    """The enumeration capped (the greedy takes the part) and every existence search cut at its
    first node: a unit that some alliance could hold is "left out by the best plan found", never
    "population floor unreachable"; only units the cheap bound rules out get that."""
    units, edges = grid(12, 10)
    floor, max_members = 2200.0, 5
    problem = AllianceProblem(units=units, edges=edges, min_members=2, max_members=max_members,
                              min_population=floor)
    best = solve(problem, settings=SolverSettings(candidate_limit=500, diagnosis_node_limit=1))
    assert not best.optimal
    statuses = list(best.status.values())
    assert statuses.count(STATUS_LEFT_OUT_UNPROVEN) > 0
    adjacency = build_adjacency([u.id for u in units], edges)
    population = {u.id: u.population for u in units}
    wrong = [uid for uid, status in best.status.items() if status == STATUS_FLOOR
             and reaches_floor(uid, adjacency, population, floor, max_members)]
    assert not wrong, wrong
