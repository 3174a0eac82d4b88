"""``solve()``: enumerate the candidates, split them into independent parts, solve each, report.

The steps, each a function below: :func:`_enumerate_all` (candidates of every component of the
restricted graph; a component whose enumeration is capped falls back to the greedy),
:func:`_parts` (units that share no candidate never interact), :func:`_solve_parts` (each part
within its share of the time, see :mod:`.strategy`), and the statuses and the gap.
"""

from __future__ import annotations

import time
from array import array
from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

import numpy as np

from ..graph import connected_components
from ..schema import OBJECTIVE_COUNT, STATUS_LEFT_OUT, STATUS_LEFT_OUT_UNPROVEN
from .candidates import EnumerationCapped, candidate_components, candidate_figures, enumerate_candidates, to_matrix
from .component import Component
from .control import Control
from .diagnosis import diagnose, exists_alliance
from .greedy import greedy_indices
from .lp import HAVE_MILP
from .model import AllianceProblem, AllianceSolution
from .packer import Packer
from .prepared import Prepared
from .results import finish, locked_alliances
from .settings import DEFAULT_SETTINGS, SolverSettings
from .strategy import is_direct, solve_component


@dataclass
class _Tally:
    """What the parts add up to: chosen member lists, primary value and bound, methods, notes."""

    chosen_sets: List[List[int]] = field(default_factory=list)
    primary: int = 0
    bound: int = 0
    optimal: bool = True
    used_milp: bool = False
    used_heuristic: bool = False
    notes: List[str] = field(default_factory=list)


def solve(
    problem: AllianceProblem,
    progress: Optional[Callable[[float], None]] = None,
    is_canceled: Optional[Callable[[], bool]] = None,
    settings: SolverSettings = DEFAULT_SETTINGS,
) -> AllianceSolution:
    """Choose disjoint alliances optimising ``problem.objective``.

    ``progress(fraction)`` receives monotone values in [0, 1];
    ``is_canceled()`` is polled between components, windows and enumeration
    roots (one HiGHS call cannot be interrupted, but each is time-bounded when a
    time limit is set).  Raises :class:`SolverCanceled` on cancel and
    :class:`ProblemError` on invalid input.
    """
    control = Control(problem.time_limit, progress, is_canceled, settings)
    prep = Prepared(problem, settings)
    tally = _Tally(notes=list(prep.notes))
    control.report(0.0)
    locked = locked_alliances(prep, prep.adjacency)
    if not HAVE_MILP:
        tally.notes.append("scipy.optimize.milp is not available: heuristic only")
    mat, failed_units = _enumerate_all(prep, control, tally.notes)
    size, _hubs, cost, cpop = candidate_figures(prep, mat)
    control.report(0.2)
    control.check()
    tally.optimal = not failed_units
    tally.used_heuristic = bool(failed_units) or not HAVE_MILP
    coverable = np.zeros(prep.n + 1, dtype=bool)
    coverable[mat.ravel()] = True
    coverable = coverable[: prep.n]
    if mat.shape[0]:
        _solve_parts(prep, control, mat, size, cost, cpop, tally)
    reasons = _greedy_for_capped(prep, control, failed_units, tally)
    for i in np.flatnonzero(coverable).tolist():
        reasons[i] = STATUS_LEFT_OUT
    control.check()
    alliances, status = finish(prep, tally.chosen_sets, locked, reasons, control)
    gap = (tally.bound - tally.primary) / tally.bound if tally.bound > 0 else 0.0
    gap = max(0.0, float(gap))
    optimal = tally.optimal and gap <= 0
    if not optimal:  # "left out by the optimum" only where an optimum was proven
        status = {uid: STATUS_LEFT_OUT_UNPROVEN if value == STATUS_LEFT_OUT else value for uid, value in status.items()}
    if tally.used_milp and tally.used_heuristic:
        method = "milp+heuristic"
    elif tally.used_milp or (not tally.used_heuristic and HAVE_MILP):
        method = "milp"
    else:
        method = "heuristic"
    control.report(1.0)
    return AllianceSolution(
        alliances=alliances, status=status, optimal=bool(optimal), gap=gap, method=method,
        n_candidates=int(mat.shape[0]), seconds=time.monotonic() - control.start, notes=tally.notes,
    )


def _enumerate_all(prep: Prepared, control: Control, notes: List[str]) -> Tuple[np.ndarray, List[int]]:
    """The candidate matrix of every component of the restricted graph, and the units of the
    components whose enumeration hit a cap (they get the greedy)."""
    avail_nodes = [i for i in range(prep.n) if prep.available[i]]
    graph_comps = connected_components(prep.nbr_same, avail_nodes, key=None)
    n_avail = max(1, len(avail_nodes))
    done = [0]

    def tick(k: int) -> None:
        done[0] += k
        control.report(0.15 * done[0] / n_avail)

    outs: List[Dict[int, array]] = []
    failed_units: List[int] = []
    total = 0
    capped_reason = None
    for comp_nodes in graph_comps:
        if capped_reason is not None:
            failed_units.extend(comp_nodes)
            continue
        try:
            out = enumerate_candidates(prep, comp_nodes, control, prep.settings.candidate_limit - total, tick)
        except EnumerationCapped as exc:
            failed_units.extend(comp_nodes)
            if control.expired():
                capped_reason = str(exc)
            else:
                notes.append(f"{exc} in a component of {len(comp_nodes)} units: greedy used there")
            continue
        total += sum(len(a) // k for k, a in out.items())
        outs.append(out)
    if capped_reason is not None:
        notes.append(f"{capped_reason}: greedy used for {len(failed_units)} units")
    merged: Dict[int, array] = {k: array("i") for k in range(1, prep.max_m + 1)}
    for out in outs:
        for k, arr in out.items():
            merged[k].extend(arr)
    mat = to_matrix(merged, prep.n, prep.max_m)
    if prep.has_extra_rules:  # durable floors and hub distance: rules on the whole member list
        mat = mat[prep.admissible_rows(mat)]
    return mat, failed_units


def _parts(prep: Prepared, mat: np.ndarray) -> List[Tuple[int, np.ndarray, np.ndarray]]:
    """(smallest unit, units, candidates) of every independent part, ordered by smallest unit."""
    n = prep.n
    _, labels = candidate_components(n, mat, prep.settings.chunk_rows)
    cand_label = labels[mat[:, 0]]
    order = np.argsort(cand_label, kind="stable")
    splits = np.flatnonzero(np.diff(cand_label[order])) + 1
    comps = []
    for cands in np.split(order, splits):
        cands = np.sort(cands)
        units = np.unique(mat[cands].ravel())
        units = units[units < n]
        comps.append((int(units[0]), units, cands))
    comps.sort(key=lambda t: t[0])
    return comps


def _solve_parts(prep: Prepared, control: Control, mat: np.ndarray, size: np.ndarray, cost: np.ndarray,
                 cpop: np.ndarray, tally: _Tally) -> None:
    """Solve every independent part, each with a share of the time proportional to its size."""
    s = prep.settings
    comps = _parts(prep, mat)
    weights = np.array([len(c) + len(u) for _, u, c in comps], dtype=float)
    # the nominal work is shared by size, once and for all (never by the time left: see Control);
    # without a time limit only the parts too big for the exact route share it
    shared = weights if control.limited else np.array(
        [0.0 if (HAVE_MILP and is_direct(len(u), len(c), s)) else w for w, (_, u, c) in zip(weights, comps)])
    total_weight = float(weights.sum())
    progressed = 0.0
    unproven = 0
    for k, (_, units, cands) in enumerate(comps):
        control.check()
        comp = Component(units, cands, mat[cands], size[cands], cost[cands], cpop[cands], prep.problem.objective,
                         prep)
        packer = Packer(comp, control, HAVE_MILP)
        if control.deadline is None:
            deadline = None
        else:  # the hard stop of this part: its share of the time left
            rest = float(weights[k:].sum())
            deadline = time.monotonic() + control.remaining() * float(weights[k]) / rest
        nominal = control.nominal * float(shared[k]) / max(float(shared.sum()), 1.0)
        result = solve_component(packer, deadline, nominal)
        tally.used_milp |= result.used_milp
        tally.used_heuristic |= result.used_heuristic
        tally.optimal &= result.proven
        unproven += 0 if result.proven else 1
        _, prim, _ = comp.value(packer.chosen)
        tally.primary += prim
        tally.bound += max(prim, result.bound)
        for c in packer.chosen.tolist():
            row = comp.mat[c]
            tally.chosen_sets.append(sorted(int(units[u]) for u in row if u < comp.nu))
        progressed += float(weights[k])
        control.report(0.2 + 0.75 * progressed / max(total_weight, 1.0))
    if unproven:
        why = "search budget of the time limit" if control.deadline is not None else "size"
        tally.notes.append(
            f"{unproven} of {len(comps)} independent part(s) not proven optimal ({why}); "
            "gap is measured against an upper bound"
        )
    if control.expired():
        tally.notes.append("the time limit stopped the search before its budget was spent (a busy machine): "
                           "another run may give another plan; a longer time limit gives the same plan every time")


def _greedy_for_capped(prep: Prepared, control: Control, failed_units: List[int], tally: _Tally) -> Dict[int, str]:
    """The greedy on the components whose enumeration was capped; returns the status of each of
    their units left out: "left out" where an alliance exists, why not where none does, "left out
    by the best plan found (not proven optimal)" where the search that decides it ran out of its
    budget or of the time limit (never "floor unreachable" on that account)."""
    reasons: Dict[int, str] = {}
    if not failed_units:
        return reasons
    allowed = np.zeros(prep.n, dtype=bool)
    allowed[failed_units] = True
    sets = greedy_indices(prep, allowed)
    tally.chosen_sets.extend(sets)
    got = sum(len(s) for s in sets) if prep.problem.objective != OBJECTIVE_COUNT else len(sets)
    tally.primary += got
    if prep.problem.objective == OBJECTIVE_COUNT:
        tally.bound += max(got, len(failed_units) // max(1, prep.min_m))
    else:
        tally.bound += len(failed_units)
    inside = {u for s in sets for u in s}
    unknown = 0
    for u in failed_units:
        if u in inside:
            continue
        found = exists_alliance(prep, u, prep.nbr_same, use_hub=True, extra_rules=True, control=control)
        if found is None:
            unknown += 1
            reasons[u] = STATUS_LEFT_OUT_UNPROVEN
        elif found:
            reasons[u] = STATUS_LEFT_OUT
        else:
            reasons[u] = diagnose(prep, u, control)
    if unknown:
        tally.notes.append(f"{unknown} unit(s) left out by the greedy: whether an alliance can hold them was "
                           "not decided within the search budget or the time limit")
    return reasons
