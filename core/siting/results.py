"""The siting's input and result types: :class:`Pairs`, the result dataclasses, :class:`SitingError`."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Hashable, List, Optional, Sequence, Tuple, Union

import numpy as np

OBJECTIVES = ("pmedian", "mclp", "lscp", "pcenter")


class SitingError(ValueError):
    """Bad input, naming the parameter, group or point and how to fix it."""


@dataclass(frozen=True)
class Pairs:
    """Sparse distances: ``distance[t]`` between ``demand[t]`` and site ``site[t]``.

    Large problems pass only pairs within ``cutoff``; a missing pair means "farther than
    the cutoff", never "zero" or "ignore". ``shape`` = (demand points, sites).
    """

    demand: Sequence[int]
    site: Sequence[int]
    distance: Sequence[float]
    shape: Tuple[int, int]
    cutoff: float = math.inf


Distances = Union[np.ndarray, Sequence[Sequence[float]], Pairs]


@dataclass
class GroupResult:
    """One group's plan. Indices are global; ``new_site``/``existing_site`` are -1 when unused."""

    group: Hashable
    objective: str
    k: int
    sites: List[int]              # chosen candidates, most demand served first
    served: List[float]           # demand weight assigned to each of ``sites``
    demand: np.ndarray            # the group's demand points
    new_site: np.ndarray          # per demand point of the group: assigned new site or -1
    existing_site: np.ndarray     # ... or assigned existing facility or -1
    distance_before: np.ndarray   # nearest existing (inf: none within reach)
    distance_after: np.ndarray
    objective_value: float
    bound: float                  # proven bound on the objective (= value when optimal)
    optimal: bool
    gap: float
    seconds: float
    method: str                   # "enumeration", "milp", "trivial"
    covered_before: Optional[float] = None
    covered_after: Optional[float] = None
    mean_before: float = math.nan
    mean_after: float = math.nan
    max_before: float = math.nan
    max_after: float = math.nan
    unreached_before: float = 0.0  # demand weight with no facility within reach
    unreached_after: float = 0.0
    unservable: List[int] = field(default_factory=list)
    uncoverable: List[int] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)


@dataclass
class SitingSummary:
    """All groups together (objective: sum, or max for p-center; gap from the bounds)."""

    groups: int
    sites: int
    objective_value: float
    bound: float
    optimal: bool
    gap: float
    seconds: float
    covered_before: Optional[float]
    covered_after: Optional[float]
    mean_before: float
    mean_after: float
    max_before: float
    max_after: float
    unreached_before: float
    unreached_after: float


@dataclass
class SitingResult:
    groups: List[GroupResult]
    summary: SitingSummary
    new_site: np.ndarray          # per demand point (all of them): -1 when none
    existing_site: np.ndarray
    distance_before: np.ndarray
    distance_after: np.ndarray
    group_index: np.ndarray       # index into ``groups``, -1 for ungrouped points
