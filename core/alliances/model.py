"""The alliance problem and its solution: the only definitions of these records.

A :class:`Unit` list and the neighbour edges make an :class:`AllianceProblem`; :func:`~.solve.solve`
returns an :class:`AllianceSolution` of :class:`Alliance` records and a status per unit (the
statuses and objective names are those of :mod:`..schema`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from ..schema import OBJECTIVE_COVERAGE


@dataclass
class Unit:
    """One city/county.  ``x``/``y``/``z`` are metres in a Cartesian frame (projected metres with
    ``z`` = 0, or geocentric coordinates on the ellipsoid for a layer in lon/lat): compactness and
    hub distances are straight-line distances between these points."""

    id: str
    population: float
    x: float = 0.0
    y: float = 0.0
    eligible: bool = True
    hub: bool = False
    group: object | None = None
    locked: object | None = None
    z: float = 0.0
    #: further populations (e.g. projected to 2040), one per entry of ``AllianceProblem.extra_floors``
    extra: Tuple[float, ...] = ()


@dataclass
class AllianceProblem:
    """Everything the solver needs; defaults follow the policy (2-5 units, 300,000)."""

    units: List[Unit]
    edges: List[Tuple[str, str]]
    min_members: int = 2
    max_members: int = 5
    min_population: float = 300000
    max_population: float = 0  # 0 = no ceiling
    require_hub: bool = False
    objective: str = OBJECTIVE_COVERAGE
    time_limit: float | None = None
    #: durable alliances: every alliance's sum of ``Unit.extra[k]`` must reach ``extra_floors[k]``
    extra_floors: Tuple[float, ...] = ()
    #: names of those populations in messages, e.g. ("pop_2040",)
    extra_names: Tuple[str, ...] = ()
    #: hub distance: for every unit that can be a hub, the ids of the units close enough to it
    #: (within the maximum distance or travel time; the hub itself need not be listed). Every
    #: member must be close enough to its alliance's hub. None = no such rule.
    hub_reach: Optional[Dict[str, Set[str]]] = None


@dataclass
class Alliance:
    """One alliance.  ``violations`` is only non-empty for locked alliances."""

    members: List[str]
    hub: str
    population: float
    compactness_km: float
    locked: bool = False
    violations: List[str] = field(default_factory=list)


@dataclass
class AllianceSolution:
    """Result of :func:`solve` / :func:`greedy`.

    ``gap`` is the relative gap of the primary objective (coverage for
    "coverage"/"compactness", number of alliances for "count") between the
    solution and a proven upper bound; 0 when the primary objective is proven
    optimal, NaN when no bound is known (greedy).  ``optimal`` is True only when
    every criterion, including the compactness tie-break, is proven optimal.
    ``notes`` carries human-readable remarks (time limit hit, ignored edges...).
    """

    alliances: List[Alliance]
    status: Dict[str, str]
    optimal: bool
    gap: float
    method: str
    n_candidates: int
    seconds: float
    notes: List[str] = field(default_factory=list)

    @property
    def covered(self) -> int:
        """Units inside any alliance, locked ones included."""
        return sum(len(a.members) for a in self.alliances)


class SolverCanceled(Exception):
    """Raised by :func:`solve` when ``is_canceled()`` returned True."""


class ProblemError(ValueError):
    """Invalid input; the message names the parameter or unit and the fix."""
