"""The rules of an alliance: parameter checks, the validity of a member list, its figures.

Used by the solver (locked alliances, the problem's parameters) and by the dock, which
re-checks an edited alliance with the same words the solver uses.
"""

from __future__ import annotations

import math
from typing import Dict, List, Optional, Sequence, Set

import numpy as np

from ..graph import build_adjacency, is_connected, sort_key
from ..schema import OBJECTIVES
from .model import Alliance, AllianceProblem, ProblemError, Unit


def normalise_key(value: object) -> object:
    """Map NULL-ish group/lock values (None, NaN) to None so they compare equal."""
    if value is None:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


def fmt_pop(value: float) -> str:
    """Populations are head counts: print them without decimals when whole."""
    if float(value).is_integer():
        return f"{value:.0f}"
    return f"{value:.1f}"


def check_parameters(problem: AllianceProblem) -> None:
    """Reject parameter combinations that have no sensible meaning."""
    if problem.objective not in OBJECTIVES:
        raise ProblemError(
            f"objective {problem.objective!r} is unknown: use one of "
            + ", ".join(repr(o) for o in OBJECTIVES)
        )
    for name in ("min_members", "max_members"):
        value = getattr(problem, name)
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or value < 1:
            raise ProblemError(f"{name} = {value!r}: it must be a whole number >= 1")
    if problem.min_members > problem.max_members:
        raise ProblemError(
            f"min_members ({problem.min_members}) is larger than max_members "
            f"({problem.max_members}): lower min_members or raise max_members"
        )
    for k, value in enumerate(problem.extra_floors):
        try:
            ok = math.isfinite(float(value)) and float(value) >= 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ProblemError(f"extra_floors[{k}] = {value!r}: it must be a finite number >= 0")
    for name in ("min_population", "max_population"):
        value = getattr(problem, name)
        try:
            ok = math.isfinite(float(value)) and float(value) >= 0
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ProblemError(f"{name} = {value!r}: it must be a finite number >= 0")
    if 0 < problem.max_population < problem.min_population:
        raise ProblemError(
            f"max_population ({problem.max_population}) is below min_population "
            f"({problem.min_population}): raise it, or set it to 0 for no ceiling"
        )
    if problem.time_limit is not None:
        try:
            ok = float(problem.time_limit) > 0 and not math.isnan(float(problem.time_limit))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            raise ProblemError(
                f"time_limit = {problem.time_limit!r}: give a positive number of seconds, or None for no limit"
            )


def validate_alliance(
    members: Sequence[str],
    problem: AllianceProblem,
    adjacency: Optional[Dict[str, Set[str]]] = None,
) -> List[str]:
    """Human-readable list of the constraints a proposed alliance breaks.

    An empty list means the alliance is valid.  Used by the dock to re-check an
    edited alliance instantly and by :func:`solve` to report what is wrong with a
    locked alliance, so the wording is meant for end users.  Locking is *not*
    checked here (a locked alliance is always "allowed"); eligibility is.
    Pass ``adjacency`` (from :func:`build_adjacency`) when validating many
    alliances to avoid rebuilding it.
    """
    by_id = {u.id: u for u in problem.units}
    problems: List[str] = []
    members = list(members)
    if not members:
        return ["no members"]
    seen: Set[str] = set()
    known: List[Unit] = []
    for uid in members:
        if uid in seen:
            problems.append(f"unit {uid} listed twice")
            continue
        seen.add(uid)
        unit = by_id.get(uid)
        if unit is None:
            problems.append(f"unknown unit {uid}")
        else:
            known.append(unit)
    k = len(seen)
    if k < problem.min_members:
        problems.append(f"{k} member{'s' if k != 1 else ''} below minimum {problem.min_members}")
    if k > problem.max_members:
        problems.append(f"{k} members above maximum {problem.max_members}")
    for unit in known:
        if not unit.eligible:
            problems.append(f"unit {unit.id} not eligible")
    population = float(sum(float(u.population) for u in known))
    if population < problem.min_population:
        problems.append(
            f"population {fmt_pop(population)} below floor {fmt_pop(float(problem.min_population))}"
        )
    if problem.max_population > 0 and population > problem.max_population:
        problems.append(
            f"population {fmt_pop(population)} above ceiling {fmt_pop(float(problem.max_population))}"
        )
    need_hub = bool(problem.require_hub) and any(u.hub for u in problem.units)
    if need_hub and not any(u.hub for u in known):
        problems.append("no hub member")
    for k, floor in enumerate(problem.extra_floors):
        name = problem.extra_names[k] if k < len(problem.extra_names) else f"further population {k + 1}"
        total = float(sum(float(u.extra[k]) for u in known if k < len(u.extra)))
        if total < float(floor):
            problems.append(f"{name} {fmt_pop(total)} below floor {fmt_pop(float(floor))}")
    if problem.hub_reach is not None and known:
        hub = alliance_stats([u.id for u in known], problem).hub
        near = problem.hub_reach.get(hub, set())
        far = [u.id for u in known if u.id != hub and u.id not in near]
        if far:
            problems.append(f"beyond the hub distance from {hub}: " + ", ".join(sorted(far, key=sort_key)))
    groups = {normalise_key(u.group) for u in known}
    if len(groups) > 1:
        names = sorted("none" if g is None else str(g) for g in groups)
        problems.append("mixed groups: " + ", ".join(names))
    if len(known) > 1:
        if adjacency is None:
            adjacency = build_adjacency([u.id for u in problem.units], problem.edges)
        if not is_connected([u.id for u in known], adjacency):
            problems.append("not contiguous")
    return problems


def alliance_stats(members: Sequence[str], problem: AllianceProblem) -> Alliance:
    """Hub, population and compactness of any member list (valid or not).

    The hub follows the solver's rule: the most populous hub member when hubs are
    required (and present), else the most populous member; ties go to the
    smallest id.  ``violations`` is left empty: call :func:`validate_alliance`.
    """
    by_id = {u.id: u for u in problem.units}
    chosen: List[Unit] = []
    for uid in dict.fromkeys(members):
        unit = by_id.get(uid)
        if unit is None:
            raise ProblemError(f"unknown unit {uid!r}: it is not in the problem's units")
        chosen.append(unit)
    if not chosen:
        raise ProblemError("an alliance needs at least one member")
    need_hub = bool(problem.require_hub) and any(u.hub for u in problem.units)
    chosen.sort(key=lambda u: sort_key(u.id))
    hub = min(
        chosen,
        key=lambda u: (0 if (need_hub and u.hub) else 1, -float(u.population), sort_key(u.id)),
    )
    population = float(sum(float(u.population) for u in chosen))
    weighted = sum(float(u.population) * math.hypot(math.hypot(float(u.x) - float(hub.x), float(u.y) - float(hub.y)),
                                                    float(u.z) - float(hub.z)) for u in chosen)
    return Alliance(
        members=[u.id for u in chosen],
        hub=hub.id,
        population=population,
        compactness_km=(weighted / population / 1000.0) if population > 0 else 0.0,
    )
