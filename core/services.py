"""Service supply, access and gaps on plain numbers: no QGIS, no Qt.

The Processing algorithm ``smallbutstrong:servicegaps`` measures the geometry (which
facilities lie in which unit, distances, travel times) and hands plain records to the
functions here; the dock can call the same functions on edited numbers. One definition of
the two-step floating catchment, of a gap and of an alliance's pooled level lives here.

Definitions (also in the algorithm help):

* Two-step floating catchment (2SFCA; Luo & Wang 2003). Step 1, for every supply site j,
  the supply-to-demand ratio R_j = S_j / sum_k W(d_kj) D_k over the demand points k within
  the catchment d0 of j. Step 2, for every demand point i, A_i = sum_j W(d_ij) R_j over the
  sites j within d0 of i. Scaled here to supply per 1,000 demand (``per``). Decay W:
  ``none`` W = 1 (the original 2SFCA); ``gaussian`` W = (exp(-½(d/d0)²) − exp(-½)) /
  (1 − exp(-½)), 1 at the site and 0 at the catchment edge (Dai 2010; Wang 2012);
  ``gravity`` W = max(d, 1 km)^-β with β = 1 inside the catchment (the gravity 2SFCA of
  Luo & Wang 2003 / Wang 2012; the 1 km floor keeps a site on top of a demand point finite).
* Gap: a unit is in gap when any of its reasons holds: its supply is below the minimum
  (``no facility`` when it has none, ``below the minimum`` when it has some), or its nearest
  facility is beyond the standard distance (or time, with a road network). A threshold of 0
  switches its criterion off.
* Alliances pool supply, not geography: a unit's gap after alliances re-tests the count
  criterion on its alliance's pooled supply and keeps its own distance/time criterion; the
  alliance's own gap is its pooled supply against the minimum.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Dict, Hashable, Iterable, List, Optional, Sequence, Tuple

__all__ = [
    "DECAYS", "GAP_NO_FACILITY", "GAP_BELOW_MINIMUM", "GAP_BEYOND_DISTANCE", "GAP_BEYOND_TIME",
    "REASON_SEPARATOR", "GapStandard", "UnitRecord", "UnitGap", "AllianceResult", "GapSummary",
    "decay_weight", "two_step_fca", "per_capita", "weighted_mean", "gap_reasons", "assess_gaps",
]

#: distance-decay functions of the 2SFCA, in the order of the algorithm's DECAY enum
DECAYS = ("none", "gaussian", "gravity")

from .schema import (  # noqa: E402  (the reasons' names live with the other output names)
    GAP_BELOW_MINIMUM,
    GAP_BEYOND_DISTANCE,
    GAP_BEYOND_TIME,
    GAP_NO_FACILITY,
    REASON_SEPARATOR,
)

_EXP_HALF = math.exp(-0.5)


def decay_weight(distance_km: float, catchment_km: float, decay: str = "none",
                 beta: float = 1.0, min_distance_km: float = 1.0) -> float:
    """Weight W(d) of a demand–supply pair at ``distance_km``; 0 beyond the catchment."""
    if distance_km is None or distance_km < 0 or distance_km > catchment_km:
        return 0.0
    if decay == "none":
        return 1.0
    if decay == "gaussian":
        ratio = distance_km / catchment_km if catchment_km > 0 else 0.0
        return max(0.0, (math.exp(-0.5 * ratio * ratio) - _EXP_HALF) / (1.0 - _EXP_HALF))
    if decay == "gravity":
        return max(distance_km, min_distance_km) ** (-beta)
    raise ValueError(f"unknown decay {decay!r}; use one of {', '.join(DECAYS)}")


def two_step_fca(demand: Sequence[Optional[float]], supply: Sequence[float],
                 pairs: Iterable[Tuple[int, int, float]], catchment_km: float,
                 decay: str = "none", per: float = 1000.0, beta: float = 1.0,
                 min_distance_km: float = 1.0) -> List[float]:
    """2SFCA access A_i of every demand point, as supply per ``per`` units of demand.

    ``pairs`` are (demand index i, supply index j, distance in km); pairs beyond the
    catchment are ignored, so callers may pass a generous candidate set. A missing demand
    counts as 0 in step 1. A site with no demand in reach serves nobody and adds nothing.
    A demand point with no site in reach gets 0.
    """
    if decay not in DECAYS:
        raise ValueError(f"unknown decay {decay!r}; use one of {', '.join(DECAYS)}")
    kept = []
    for i, j, d in pairs:
        w = decay_weight(d, catchment_km, decay, beta, min_distance_km)
        if w > 0:
            kept.append((i, j, w))
    reach = [0.0] * len(supply)
    for i, j, w in kept:
        dem = demand[i]
        if dem is not None and dem > 0:
            reach[j] += w * dem
    ratio = [(supply[j] or 0.0) / reach[j] if reach[j] > 0 else None for j in range(len(supply))]
    access = [0.0] * len(demand)
    for i, j, w in kept:
        if ratio[j] is not None:
            access[i] += w * ratio[j]
    return [a * per for a in access]


def per_capita(value: Optional[float], base: Optional[float], per: float) -> Optional[float]:
    """value per ``per`` of base, or None when the base is missing, zero or negative."""
    if value is None or base is None or not math.isfinite(base) or base <= 0:
        return None
    return value / base * per


def weighted_mean(values: Sequence[Optional[float]], weights: Sequence[float]) -> Optional[float]:
    """Mean of the finite values with their weights; None when no weight remains."""
    total = weight_sum = 0.0
    for v, w in zip(values, weights):
        if v is None or not math.isfinite(v) or w is None or w <= 0:
            continue
        total += v * w
        weight_sum += w
    return total / weight_sum if weight_sum > 0 else None


@dataclass
class GapStandard:
    """The standards a unit is held to; a threshold of 0 (or None) switches it off."""

    #: minimum supply per unit (national minimum; default one facility)
    min_count: float = 1.0
    #: the nearest facility must be within this many km (or minutes when ``by_time``)
    max_nearest: Optional[float] = 30.0
    #: True when ``nearest`` is a travel time in minutes (a road network was given)
    by_time: bool = False


@dataclass
class UnitRecord:
    id: Any
    population: Optional[float]
    demand: Optional[float]
    supply: float
    #: km or minutes to the nearest facility; None = unknown (no check); inf = unreachable
    nearest: Optional[float] = None
    alliance: Optional[Hashable] = None
    access: Optional[float] = None


@dataclass
class UnitGap:
    gap: int
    reasons: List[str]
    per_10k: Optional[float]
    per_1k_demand: Optional[float]
    #: in gap once the count criterion uses the alliance's pooled supply (own gap without alliance)
    gap_after: int
    alliance_supply: Optional[float] = None
    alliance_gap: Optional[int] = None
    covered_by_alliance: int = 0

    @property
    def reason_text(self) -> Optional[str]:
        return REASON_SEPARATOR.join(self.reasons) if self.reasons else None


@dataclass
class AllianceResult:
    id: Hashable
    members: List[Any] = field(default_factory=list)
    population: float = 0.0
    demand: float = 0.0
    supply: float = 0.0
    per_10k: Optional[float] = None
    per_1k_demand: Optional[float] = None
    #: demand-weighted mean of the members' 2SFCA access
    access: Optional[float] = None
    gap: int = 0
    reasons: List[str] = field(default_factory=list)
    units_in_gap: int = 0
    units_in_gap_after: int = 0
    population_in_gap: float = 0.0
    population_in_gap_after: float = 0.0

    @property
    def reason_text(self) -> Optional[str]:
        return REASON_SEPARATOR.join(self.reasons) if self.reasons else None


@dataclass
class GapSummary:
    units_in_gap: int = 0
    population_in_gap: float = 0.0
    units_in_gap_after: int = 0
    population_in_gap_after: float = 0.0


def count_reasons(supply: Optional[float], min_count: float) -> List[str]:
    """``no facility`` / ``below the minimum`` when the supply falls short of ``min_count``."""
    if not min_count or min_count <= 0:
        return []
    supply = supply or 0.0
    if supply >= min_count:
        return []
    return [GAP_NO_FACILITY if supply <= 0 else GAP_BELOW_MINIMUM]


def distance_reasons(nearest: Optional[float], standard: GapStandard) -> List[str]:
    """``beyond the standard distance/time`` when the nearest facility is too far (inf = unreachable)."""
    if not standard.max_nearest or standard.max_nearest <= 0 or nearest is None:
        return []
    if nearest > standard.max_nearest:
        return [GAP_BEYOND_TIME if standard.by_time else GAP_BEYOND_DISTANCE]
    return []


def gap_reasons(supply: Optional[float], nearest: Optional[float], standard: GapStandard) -> List[str]:
    """Every reason why a unit falls short, in a fixed order; empty when it meets the standard."""
    return count_reasons(supply, standard.min_count) + distance_reasons(nearest, standard)


def _is_alliance(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, float) and math.isnan(value):
        return False
    return str(value).strip() != ""


def assess_gaps(units: Sequence[UnitRecord], standard: GapStandard
                ) -> Tuple[List[UnitGap], Dict[Hashable, AllianceResult], GapSummary]:
    """Gap of every unit, pooled level and gap of every alliance, and the headline figures.

    Alliances come out in the order of their first member. Units whose alliance is None or
    blank keep their own gap after alliances.
    """
    alliances: Dict[Hashable, AllianceResult] = {}
    for unit in units:
        if not _is_alliance(unit.alliance):
            continue
        result = alliances.setdefault(unit.alliance, AllianceResult(unit.alliance))
        result.members.append(unit.id)
        result.population += unit.population or 0.0
        result.demand += unit.demand or 0.0
        result.supply += unit.supply or 0.0
    for result in alliances.values():
        result.per_10k = per_capita(result.supply, result.population, 10000.0)
        result.per_1k_demand = per_capita(result.supply, result.demand, 1000.0)
        result.reasons = count_reasons(result.supply, standard.min_count)
        result.gap = int(bool(result.reasons))
    access_parts: Dict[Hashable, Tuple[list, list]] = {a: ([], []) for a in alliances}

    gaps: List[UnitGap] = []
    summary = GapSummary()
    for unit in units:
        reasons = gap_reasons(unit.supply, unit.nearest, standard)
        gap = int(bool(reasons))
        out = UnitGap(gap=gap, reasons=reasons,
                      per_10k=per_capita(unit.supply, unit.population, 10000.0),
                      per_1k_demand=per_capita(unit.supply, unit.demand, 1000.0), gap_after=gap)
        pop = unit.population or 0.0
        if _is_alliance(unit.alliance):
            alliance = alliances[unit.alliance]
            out.alliance_supply = alliance.supply
            out.alliance_gap = alliance.gap
            after = count_reasons(alliance.supply, standard.min_count) + distance_reasons(unit.nearest, standard)
            out.gap_after = int(bool(after))
            out.covered_by_alliance = int(gap == 1 and out.gap_after == 0)
            alliance.units_in_gap += gap
            alliance.units_in_gap_after += out.gap_after
            alliance.population_in_gap += pop * gap
            alliance.population_in_gap_after += pop * out.gap_after
            access_parts[unit.alliance][0].append(unit.access)
            access_parts[unit.alliance][1].append(unit.demand or 0.0)
        summary.units_in_gap += gap
        summary.population_in_gap += pop * gap
        summary.units_in_gap_after += out.gap_after
        summary.population_in_gap_after += pop * out.gap_after
        gaps.append(out)
    for key, (values, weights) in access_parts.items():
        alliances[key].access = weighted_mean(values, weights)
    return gaps, alliances, summary
