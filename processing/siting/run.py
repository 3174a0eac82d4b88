"""What the steps of one siting run hand each other: the sites, the problems, the run."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Hashable, List, Optional

import numpy as np
from qgis.core import QgsPointXY

from ..distance import Geodesy
from ..units_io import Units
from ..values import is_null


def _alliance(value) -> Optional[Hashable]:
    """An alliance key, or None for NULL, NaN or blank (the rule of servicegaps)."""
    if is_null(value) or (isinstance(value, str) and not value.strip()):
        return None
    return value


@dataclass
class _Sites:
    """Candidate sites or existing facilities, in the units' CRS."""

    points: List[QgsPointXY] = field(default_factory=list)
    labels: List[str] = field(default_factory=list)
    names: List[str] = field(default_factory=list)
    #: index of the unit that holds the point, or None
    unit: List[Optional[int]] = field(default_factory=list)
    #: the alliance a candidate belongs to (None: every problem, without an alliance field)
    group: List[Optional[Hashable]] = field(default_factory=list)
    #: candidates are the units' own points (index = unit index of the point)
    from_units: bool = False

    def __len__(self) -> int:
        return len(self.points)

    def add(self, point: QgsPointXY, label: str, name: str, unit: Optional[int], group: Optional[Hashable]) -> None:
        """One more site, with its label, name, unit and alliance."""
        self.points.append(point)
        self.labels.append(label)
        self.names.append(name)
        self.unit.append(unit)
        self.group.append(group)


@dataclass
class _Problem:
    """One alliance (or the whole run): global indices of its demand units and candidates."""

    label: Optional[Hashable]
    demand: np.ndarray
    candidates: np.ndarray
    result: object = None
    sites: List[int] = field(default_factory=list)  # global candidate indices chosen
    verified: bool = True
    cutoff: float = math.inf


@dataclass
class _Run:
    """What the steps of one run hand each other."""

    units: Units
    geodesy: Geodesy
    objective: str
    k: int
    standard: Optional[float]  # km, or minutes with a network; None = no standard
    unit_points: List[Optional[QgsPointXY]] = field(default_factory=list)
    weights: Optional[np.ndarray] = None
    alliance: List[Optional[Hashable]] = field(default_factory=list)
    candidates: _Sites = field(default_factory=_Sites)
    existing: _Sites = field(default_factory=_Sites)
    metric: object = None
    problems: List[_Problem] = field(default_factory=list)
    # per unit, after :meth:`SiteFacilitiesAlgorithm._assign`
    before: Optional[np.ndarray] = None        # metric value to the nearest existing (inf: none)
    before_idx: Optional[np.ndarray] = None    # existing index or -1
    after: Optional[np.ndarray] = None
    after_new: Optional[np.ndarray] = None     # candidate index or -1
    after_existing: Optional[np.ndarray] = None
    km_before: Optional[np.ndarray] = None      # ellipsoidal km to those facilities
    km_after: Optional[np.ndarray] = None
