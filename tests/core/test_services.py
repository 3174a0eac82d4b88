"""Service access and gaps on plain numbers: no QGIS needed."""

import math

import pytest

from small_but_strong.core.services import (
    GAP_BELOW_MINIMUM,
    GAP_BEYOND_DISTANCE,
    GAP_BEYOND_TIME,
    GAP_NO_FACILITY,
    GapStandard,
    UnitRecord,
    assess_gaps,
    decay_weight,
    gap_reasons,
    per_capita,
    two_step_fca,
    weighted_mean,
)

E_HALF = math.exp(-0.5)


def gaussian(d, d0):
    return (math.exp(-0.5 * (d / d0) ** 2) - E_HALF) / (1 - E_HALF)


def test_decay_weights():
    assert decay_weight(0.0, 10, "none") == 1.0
    assert decay_weight(10.0, 10, "none") == 1.0
    assert decay_weight(10.01, 10, "none") == 0.0
    assert decay_weight(0.0, 10, "gaussian") == pytest.approx(1.0)
    assert decay_weight(10.0, 10, "gaussian") == pytest.approx(0.0, abs=1e-12)
    assert decay_weight(5.0, 10, "gaussian") == pytest.approx(0.70137, abs=1e-5)  # (e^-1/8 − e^-1/2)/(1 − e^-1/2)
    assert decay_weight(0.2, 10, "gravity") == 1.0  # 1 km floor
    assert decay_weight(4.0, 10, "gravity") == 0.25
    assert decay_weight(11.0, 10, "gravity") == 0.0
    with pytest.raises(ValueError, match="cosine"):
        decay_weight(1.0, 10, "cosine")


# Two demand points (100 and 300 people) and two sites (supply 2 and 1) on a line:
# demand 0 at x=0, site 0 at x=2, demand 1 at x=8, site 1 at x=11; catchment 10 km.
DEMAND = [100.0, 300.0]
SUPPLY = [2.0, 1.0]
PAIRS = [(0, 0, 2.0), (1, 0, 6.0), (1, 1, 3.0), (0, 1, 11.0)]


def test_2sfca_no_decay_by_hand():
    # R0 = 2 / (100 + 300) = 0.005; R1 = 1 / 300; A0 = R0; A1 = R0 + R1 (per 1,000 demand)
    access = two_step_fca(DEMAND, SUPPLY, PAIRS, 10.0, "none")
    assert access == pytest.approx([5.0, 5.0 + 1000 / 300])
    # without decay all supply in reach is handed out: Σ A_i D_i / 1000 = Σ S_j
    assert sum(a * d for a, d in zip(access, DEMAND)) / 1000 == pytest.approx(3.0)


def test_2sfca_gravity_by_hand():
    # W = 1/d: R0 = 2 / (100/2 + 300/6) = 0.02; R1 = 1 / (300/3) = 0.01
    # A0 = 0.02/2 = 0.01; A1 = 0.02/6 + 0.01/3 = 0.00667
    access = two_step_fca(DEMAND, SUPPLY, PAIRS, 10.0, "gravity")
    assert access == pytest.approx([10.0, 20.0 / 3.0])


def test_2sfca_gaussian_by_hand():
    w02, w16, w13 = gaussian(2, 10), gaussian(6, 10), gaussian(3, 10)
    r0 = 2 / (w02 * 100 + w16 * 300)
    r1 = 1 / (w13 * 300)
    access = two_step_fca(DEMAND, SUPPLY, PAIRS, 10.0, "gaussian")
    assert access == pytest.approx([1000 * w02 * r0, 1000 * (w16 * r0 + w13 * r1)])
    # by hand: W(2) = 0.94968, W(6) = 0.58134, W(3) = 0.88817; R0 = 2/269.37, R1 = 1/266.45
    assert access == pytest.approx([7.0511, 7.6497], abs=1e-4)


def test_2sfca_edge_cases():
    # no site in reach: 0; a site with no demand in reach serves nobody; missing demand counts 0
    assert two_step_fca([10.0, None], [1.0], [(1, 0, 1.0)], 5.0) == [0.0, 0.0]
    assert two_step_fca([10.0], [1.0], [], 5.0) == [0.0]
    with pytest.raises(ValueError):
        two_step_fca([1.0], [1.0], [], 5.0, "linear")


def test_per_capita_and_weighted_mean():
    assert per_capita(3, 30000, 10000) == pytest.approx(1.0)
    assert per_capita(3, 0, 10000) is None
    assert per_capita(3, None, 10000) is None
    assert weighted_mean([2.0, 6.0], [3.0, 1.0]) == pytest.approx(3.0)
    assert weighted_mean([None, math.inf], [1.0, 1.0]) is None
    assert weighted_mean([4.0, None], [1.0, 5.0]) == 4.0


def test_gap_reasons():
    standard = GapStandard(min_count=2, max_nearest=30)
    assert gap_reasons(0, 10, standard) == [GAP_NO_FACILITY]
    assert gap_reasons(1, 10, standard) == [GAP_BELOW_MINIMUM]
    assert gap_reasons(2, 10, standard) == []
    assert gap_reasons(0, 31, standard) == [GAP_NO_FACILITY, GAP_BEYOND_DISTANCE]
    assert gap_reasons(5, math.inf, standard) == [GAP_BEYOND_DISTANCE]  # unreachable
    assert gap_reasons(5, None, standard) == []  # unknown distance: no judgement
    assert gap_reasons(5, 61, GapStandard(1, 60, by_time=True)) == [GAP_BEYOND_TIME]
    # a threshold of 0 switches its criterion off
    assert gap_reasons(0, 500, GapStandard(0, 0)) == []


def test_alliances_pool_supply_not_geography():
    standard = GapStandard(min_count=1, max_nearest=30)
    units = [
        UnitRecord("a", 1000, 10, supply=0, nearest=12, alliance=7, access=1.0),   # covered
        UnitRecord("b", 3000, 30, supply=2, nearest=5, alliance=7, access=3.0),
        UnitRecord("c", 500, 5, supply=0, nearest=45, alliance=7, access=0.0),    # too far: stays
        UnitRecord("d", 800, 8, supply=0, nearest=10, alliance=None),             # no alliance
        UnitRecord("e", 200, 2, supply=0, nearest=10, alliance=" "),              # blank = none
        UnitRecord("f", 900, 0, supply=0, nearest=10, alliance="x"),              # pooled 0: alliance in gap
    ]
    gaps, alliances, summary = assess_gaps(units, standard)
    assert [g.gap for g in gaps] == [1, 0, 1, 1, 1, 1]
    assert [g.covered_by_alliance for g in gaps] == [1, 0, 0, 0, 0, 0]
    assert [g.gap_after for g in gaps] == [0, 0, 1, 1, 1, 1]
    assert gaps[2].reasons == [GAP_NO_FACILITY, GAP_BEYOND_DISTANCE]
    assert gaps[2].reason_text == "no facility; beyond the standard distance"
    assert [g.alliance_supply for g in gaps] == [2, 2, 2, None, None, 0]
    assert [g.alliance_gap for g in gaps] == [0, 0, 0, None, None, 1]
    assert list(alliances) == [7, "x"]
    seven = alliances[7]
    assert seven.members == ["a", "b", "c"]
    assert (seven.population, seven.demand, seven.supply) == (4500, 45, 2)
    assert seven.per_10k == pytest.approx(2 / 4500 * 10000)
    assert seven.per_1k_demand == pytest.approx(2 / 45 * 1000)
    assert seven.access == pytest.approx((10 * 1.0 + 30 * 3.0 + 5 * 0.0) / 45)
    assert (seven.gap, seven.units_in_gap, seven.units_in_gap_after) == (0, 2, 1)
    assert alliances["x"].gap == 1 and alliances["x"].reason_text == "no facility"
    assert alliances["x"].per_1k_demand is None  # no demand
    assert summary.units_in_gap == 5
    assert summary.population_in_gap == 1000 + 500 + 800 + 200 + 900
    assert summary.units_in_gap_after == 4
    assert summary.population_in_gap_after == 500 + 800 + 200 + 900


def test_per_capita_nulls_in_assessment():
    gaps, _alliances, summary = assess_gaps(
        [UnitRecord("z", None, None, supply=1), UnitRecord("y", 0, 0, supply=0)], GapStandard(1, 0))
    assert gaps[0].per_10k is None and gaps[0].per_1k_demand is None and gaps[0].gap == 0
    assert gaps[1].per_10k is None and gaps[1].gap == 1
    assert summary.units_in_gap == 1 and summary.population_in_gap == 0
