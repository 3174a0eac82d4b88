"""core.siting against brute force, hand-made answers, a classical model and bad input.

The references here are independent of the module: brute force over every k-subset on
dense matrices, and the textbook assignment models (x_ij) written directly for HiGHS.
"""

import itertools
import math

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from small_but_strong.core import siting
from small_but_strong.core.siting import Pairs, SitingError, pmedian, site_facilities

S = 30.0


def instance(seed, n=None, m=None, existing=None, zero_share=0.2):
    """Random points in a 100 km square: demand, candidates, existing; Euclidean km."""
    rng = np.random.default_rng(seed)
    n = n or int(rng.integers(3, 12))
    m = m or int(rng.integers(2, 7))
    e = int(rng.integers(0, 3)) if existing is None else existing
    pts, cand, ex = (rng.uniform(0, 100, (size, 2)) for size in (n, m, e))
    dist = lambda a, b: np.hypot(*(a[:, None, :] - b[None, :, :]).transpose(2, 0, 1))  # noqa: E731
    w = rng.lognormal(0, 1, n)
    w[rng.random(n) < zero_share] = 0.0
    k = int(rng.integers(1, m + 1))
    return w, dist(pts, cand), (dist(pts, ex) if e else None), k


def brute(objective, w, dist, existing, k, s=S):
    """The optimal objective by enumeration (LSCP: fewest sites covering the coverable)."""
    n, m = dist.shape
    d0 = existing.min(axis=1) if existing is not None else np.full(n, np.inf)
    if objective == "lscp":
        need = (w > 0) & (np.minimum(dist.min(axis=1), d0) <= s) & (d0 > s)
        for size in range(m + 1):
            for combo in itertools.combinations(range(m), size):
                near = dist[:, list(combo)].min(axis=1) if size else np.full(n, np.inf)
                if (near[need] <= s).all():
                    return size
    values = []
    for combo in itertools.combinations(range(m), k):
        near = np.minimum(dist[:, list(combo)].min(axis=1), d0)
        if objective == "pmedian":
            values.append(float(w @ near))
        elif objective == "mclp":
            values.append(-float(w[near <= s].sum()))
        else:
            values.append(float(near[w > 0].max()) if (w > 0).any() else 0.0)
    best = min(values)
    return -best if objective == "mclp" else best


@pytest.mark.parametrize("method", ["milp", "enumerate"])
@pytest.mark.parametrize("objective", siting.OBJECTIVES)
@pytest.mark.parametrize("seed", range(10))
def test_brute_force(seed, objective, method):
    w, dist, existing, k = instance(seed)
    result = site_facilities(w, dist, objective, k, existing=existing, standard_distance=S,
                             method=method)
    group = result.groups[0]
    assert group.objective_value == pytest.approx(brute(objective, w, dist, existing, k), abs=1e-9)
    assert group.optimal and group.gap == 0.0
    assert len(group.sites) == (int(group.objective_value) if objective == "lscp" else k)
    assert len(set(group.sites)) == len(group.sites)


@pytest.mark.parametrize("objective", siting.OBJECTIVES)
@pytest.mark.parametrize("seed", range(4))
def test_groups_are_separate_problems(seed, objective):
    """Three alliances, one ungrouped point, a shared (None) candidate and a k per group."""
    rng = np.random.default_rng(100 + seed)
    w, dist, existing, _ = instance(100 + seed, n=14, m=8, existing=1)
    dgroups = [["a", "b", "c"][i % 3] for i in range(14)]
    dgroups[13] = None
    sgroups = ["a", "a", "b", "b", "b", "c", "c", None]
    ks = {"a": 1, "b": int(rng.integers(1, 4)), "c": 2}
    result = site_facilities(w, dist, objective, ks, existing=existing, demand_groups=dgroups,
                             site_groups=sgroups, standard_distance=S, method="milp")
    assert [g.group for g in result.groups] == ["a", "b", "c"]
    values = []
    for g in result.groups:
        rows = [i for i, x in enumerate(dgroups) if x == g.group]
        cols = [j for j, x in enumerate(sgroups) if x in (g.group, None)]
        sub = dist[np.ix_(rows, cols)]
        want = brute(objective, w[rows], sub, existing[rows], ks[g.group])
        assert g.objective_value == pytest.approx(want, abs=1e-9)
        assert set(g.sites) <= set(cols) and list(g.demand) == rows
        values.append(want)
    total = max(values) if objective == "pcenter" else sum(values)
    assert result.summary.objective_value == pytest.approx(total, abs=1e-9)
    assert result.group_index[13] == -1 and result.new_site[13] == -1
    assert result.distance_after[13] == result.distance_before[13] == existing[13, 0]


# A line: demand at x, candidates at 1, 10.5 and 30, one existing facility at 20.
X = np.array([0.0, 1.0, 2.0, 10.0, 11.0, 30.0])
WX = np.array([1.0, 1.0, 1.0, 2.0, 2.0, 0.5])
CAND = np.abs(X[:, None] - np.array([1.0, 10.5, 30.0])[None, :])
EXIST = np.abs(X[:, None] - np.array([20.0])[None, :])


@pytest.mark.parametrize("method", ["milp", "enumerate"])
@pytest.mark.parametrize("objective, k, sites, value", [
    ("pmedian", 1, [1], 35.5), ("pmedian", 2, [1, 0], 9.0),
    ("mclp", 1, [1], 4.0), ("lscp", 1, [1, 0, 2], 3.0),
    ("pcenter", 1, [0], 10.0), ("pcenter", 2, [0, 2], 9.0),
])
def test_hand_made(objective, k, sites, value, method):
    r = site_facilities(WX, CAND, objective, k, existing=EXIST, standard_distance=2.0,
                        method=method).groups[0]
    assert r.sites == sites and r.objective_value == pytest.approx(value)
    assert r.optimal and r.gap == 0.0


def test_hand_made_report():
    """p-median k = 1 opens 10.5: who goes where, before/after, coverage and ranking."""
    res = site_facilities(WX, CAND, "pmedian", 1, existing=EXIST, standard_distance=2.0)
    r = res.groups[0]
    assert list(r.new_site) == [1, 1, 1, 1, 1, -1] and list(r.existing_site) == [-1] * 5 + [0]
    assert list(r.distance_before) == [20, 19, 18, 10, 9, 10]
    assert list(r.distance_after) == [10.5, 9.5, 8.5, 0.5, 0.5, 10]
    assert r.served == [7.0] and r.covered_before == 0.0 and r.covered_after == 4.0
    assert r.mean_before == pytest.approx((20 + 19 + 18 + 20 + 18 + 5) / 7.5)
    assert r.mean_after == pytest.approx(35.5 / 7.5)
    assert (r.max_before, r.max_after) == (20.0, 10.5)
    assert res.summary.objective_value == 35.5 and res.summary.sites == 1
    two = site_facilities(WX, CAND, "pmedian", 2, existing=EXIST).groups[0]
    assert two.sites == [1, 0] and two.served == [4.0, 3.0]   # most demand served first


def test_lscp_reports_uncoverable_point_and_covers_the_rest():
    x = np.r_[X, 50.0]
    cand = np.abs(x[:, None] - np.array([1.0, 10.5, 30.0, 3.0])[None, :])
    exist = np.abs(x[:, None] - np.array([20.0])[None, :])
    for method in ("milp", "enumerate"):
        r = site_facilities(np.r_[WX, 1.0], cand, "lscp", existing=exist, standard_distance=2.0,
                            method=method).groups[0]
        assert r.uncoverable == [6] and r.objective_value == 3.0 and r.optimal
        assert sorted(r.sites) == [0, 1, 2]
        assert (r.distance_after[:6] <= 2.0).all() and r.distance_after[6] == 20.0  # site at 30
        assert r.covered_after == 7.5 and any("beyond S" in note for note in r.notes)


def test_lscp_existing_coverage_is_constant():
    r = site_facilities(WX, CAND, "lscp", existing=EXIST, standard_distance=10.0).groups[0]
    # 10 and 11 and 30 are within 10 of the existing facility at 20; 0..2 need site 1
    assert r.sites == [0] and r.objective_value == 1.0


def classical_pmedian(w, dist, existing, k):
    """Textbook assignment model: x_ij over every pair, existing columns always open."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy import sparse

    full = dist if existing is None else np.hstack([dist, existing])
    n, cols = full.shape
    m = dist.shape[1]
    nx = n * cols
    c = np.r_[(w[:, None] * full).ravel(), np.zeros(cols)]
    assign = sparse.kron(sparse.identity(n), np.ones((1, cols)))
    link = sparse.hstack([sparse.identity(nx), -sparse.vstack([sparse.identity(cols)] * n)])
    card = np.r_[np.zeros(nx), np.ones(m), np.zeros(cols - m)][None, :]
    lower = np.r_[np.zeros(nx + m), np.ones(cols - m)]
    res = milp(c, integrality=np.r_[np.zeros(nx), np.ones(cols)], bounds=Bounds(lower, 1),
               constraints=[LinearConstraint(sparse.hstack([assign, np.zeros((n, cols))]), 1, 1),
                            LinearConstraint(link, -np.inf, 0), LinearConstraint(card, k, k)],
               options={"mip_rel_gap": 0})
    assert res.status == 0
    return res.fun


@pytest.mark.parametrize("seed", range(6))
def test_reductions_keep_the_optimum(seed, monkeypatch):
    """Lagrangian fixing + reach + rank cuts vs the plain radius model and the x_ij model."""
    w, dist, existing, _ = instance(200 + seed, n=60, m=25, existing=seed % 2, zero_share=0.1)
    k = 2 + seed % 4
    calls = []
    fixings = pmedian._pm_fixings
    monkeypatch.setattr(pmedian, "_LAGRANGE_ABOVE", 0)
    monkeypatch.setattr(pmedian, "_pm_fixings", lambda *a: calls.append(fixings(*a)) or calls[-1])
    reduced = site_facilities(w, dist, "pmedian", k, existing=existing, method="milp")
    assert calls and calls[0][0].sum() > 0        # the reductions did bite: sites were closed
    plain = site_facilities(w, dist, "pmedian", k, existing=existing, method="milp", reduce=False)
    want = classical_pmedian(w, dist, existing, k)
    assert reduced.summary.objective_value == pytest.approx(want, rel=1e-9)
    assert plain.summary.objective_value == pytest.approx(want, rel=1e-9)
    assert reduced.summary.optimal and plain.summary.optimal


@pytest.mark.parametrize("objective", ["pmedian", "pcenter"])
@pytest.mark.parametrize("seed", range(8))
def test_reductions_with_a_cutoff(seed, objective, monkeypatch):
    """Pairs within T (existing ones too): costs truncated at T, unservable points left out."""
    rng = np.random.default_rng(400 + seed)
    w, dist, existing, k = instance(400 + seed, n=int(rng.integers(8, 40)), m=6, zero_share=0.0)
    cutoff = float(rng.uniform(20, 50))
    pairs = lambda a: Pairs(*np.nonzero(a <= cutoff), a[a <= cutoff], a.shape, cutoff)  # noqa
    d0 = np.full(len(w), np.inf) if existing is None else np.where(
        existing.min(axis=1) <= cutoff, existing.min(axis=1), np.inf)
    near = np.where(dist <= cutoff, dist, np.inf)
    live = np.isfinite(d0) | np.isfinite(near).any(axis=1)
    values = []
    for combo in itertools.combinations(range(6), k):
        cost = np.minimum(np.minimum(near[:, list(combo)].min(axis=1), d0), cutoff)[live]
        values.append(w[live] @ cost if objective == "pmedian" else cost.max(initial=0.0))
    monkeypatch.setattr(pmedian, "_LAGRANGE_ABOVE", 0)
    r = site_facilities(w, pairs(dist), objective, k, method="milp",
                        existing=None if existing is None else pairs(existing)).groups[0]
    assert r.objective_value == pytest.approx(min(values), rel=1e-9)
    assert r.unservable == list(np.flatnonzero(~live))


@pytest.mark.parametrize("objective", ["mclp", "lscp", "pcenter"])
@pytest.mark.parametrize("seed", range(4))
def test_coverage_reductions_keep_the_optimum(seed, objective):
    """Merged rows, existing coverage and the p-center bracket change nothing."""
    w, dist, existing, _ = instance(300 + seed, n=40, m=12, existing=1)
    k = 3
    a = site_facilities(w, dist, objective, k, existing=existing, standard_distance=S,
                        method="milp")
    b = site_facilities(w, dist, objective, k, existing=existing, standard_distance=S,
                        method="milp", reduce=False)
    want = brute(objective, w, dist, existing, k)
    assert a.summary.objective_value == pytest.approx(want, abs=1e-9)
    assert b.summary.objective_value == pytest.approx(want, abs=1e-9)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(seed=st.integers(0, 10_000), objective=st.sampled_from(siting.OBJECTIVES))
def test_property_pairs_equal_dense(seed, objective):
    """The same distances as Pairs (cutoff above every distance) give the same optimum."""
    w, dist, existing, k = instance(seed)
    rows, cols = np.nonzero(np.ones_like(dist))
    pairs = Pairs(rows, cols, dist[rows, cols], dist.shape, cutoff=1000.0)
    a = site_facilities(w, dist, objective, k, existing=existing, standard_distance=S,
                        method="milp")
    b = site_facilities(w, pairs, objective, k, existing=existing, standard_distance=S,
                        method="milp")
    assert a.summary.objective_value == pytest.approx(b.summary.objective_value, abs=1e-9)
    assert a.summary.objective_value == pytest.approx(brute(objective, w, dist, existing, k),
                                                      abs=1e-9)


def test_cutoff_truncates_and_reports():
    """Pairs within 12 only: a point no site reaches within the cutoff costs the cutoff."""
    keep = CAND <= 12.0
    rows, cols = np.nonzero(keep)
    pairs = Pairs(rows, cols, CAND[keep], CAND.shape, cutoff=12.0)
    r = site_facilities(WX, pairs, "pmedian", 1, method="milp").groups[0]
    # site 10.5 reaches 0..11 within 12; the point at 30 (w 0.5) is beyond: counted at 12
    assert r.sites == [1] and r.objective_value == pytest.approx(10.5 + 9.5 + 8.5 + 1 + 1 + 6)
    assert r.distance_after[5] == math.inf and r.unreached_after == 0.5
    lonely = Pairs(rows[rows != 5], cols[rows != 5], CAND[keep][rows != 5], CAND.shape, 12.0)
    r = site_facilities(WX, lonely, "pmedian", 1).groups[0]
    assert r.unservable == [5] and r.objective_value == pytest.approx(10.5 + 9.5 + 8.5 + 1 + 1)
    assert any("no facility within reach" in note for note in r.notes)


def test_dense_infinity_is_unreachable_but_must_be_served():
    dist = np.array([[1.0, np.inf], [np.inf, 1.0], [5.0, 4.0]])
    r = site_facilities([1, 1, 1], dist, "pmedian", 2, method="milp").groups[0]
    assert sorted(r.sites) == [0, 1] and r.objective_value == 6.0
    with pytest.raises(SitingError, match="cannot bring every demand point"):
        site_facilities([1, 1, 1], dist, "pmedian", 1, method="milp")


@pytest.mark.parametrize("kwargs, message", [
    (dict(weights=[1, -2, 1]), "demand point 1 has weight -2"),
    (dict(weights=[1, float("nan"), 1]), "demand point 1 has weight nan"),
    (dict(candidates=[[1, 2], [float("nan"), 1], [1, 1]]), "demand point 1 and site 0"),
    (dict(candidates=[[1, 2], [-1, 1], [1, 1]]), "demand point 1 and site 0 is -1"),
    (dict(k=0), "k: 0"),
    (dict(k=3), "k = 3 but only 2 candidate"),
    (dict(k={"a": 1, "b": 0}, demand_groups=["a", "b", "b"], site_groups=["a", "b"]),
     "k of group 'b': 0"),
    (dict(demand_groups=["a", "b", "b"], site_groups=["a", "a"]), "group 'b': no candidate"),
    (dict(demand_groups=["a", "a", "a"], site_groups=["a", "z"]), r"\['z'\] have candidates"),
    (dict(demand_groups=["a", "a"]), "2 labels for 3 points"),
    (dict(objective="mclp"), "needs the standard distance"),
    (dict(objective="nearest"), "not one of"),
    (dict(candidates=[[1, 2], [2, 1]]), "expected an array of 3 rows"),
    (dict(candidates=Pairs([0, 0], [1, 1], [1.0, 2.0], (3, 2))), "given twice"),
    (dict(candidates=Pairs([0], [5], [1.0], (3, 2))), "outside shape"),
    (dict(candidates=Pairs([0], [1], [1.0], (3, 2), cutoff=5.0), standard_distance=8.0),
     "beyond the distances' cutoff"),
    (dict(time_limit=0), "time_limit"),
])
def test_bad_input(kwargs, message):
    args = dict(weights=[1, 2, 1], candidates=[[1, 2], [2, 1], [1, 1]], k=1)
    args.update(kwargs)
    with pytest.raises(SitingError, match=message):
        site_facilities(args.pop("weights"), args.pop("candidates"), **args)
    assert issubclass(SitingError, ValueError)


def test_many_small_groups_are_fast():
    """~30 alliances of ~4 units, k = 1: well under a second together, each proven."""
    rng = np.random.default_rng(7)
    n = 120
    pts = rng.uniform(0, 300, (n, 2))
    dist = np.hypot(*(pts[:, None] - pts[None]).transpose(2, 0, 1))
    groups = [i // 4 for i in range(n)]
    ex = np.hypot(*(pts[:, None] - pts[None, ::20]).transpose(2, 0, 1))
    for objective in siting.OBJECTIVES:
        res = site_facilities(rng.lognormal(0, 1, n), dist, objective, 1, existing=ex,
                              demand_groups=groups, site_groups=groups, standard_distance=15.0)
        assert res.summary.groups == 30 and res.summary.optimal
        assert res.summary.seconds < 1.0


@pytest.mark.parametrize("objective, k", [("lscp", 1), ("pmedian", 600), ("mclp", 600)])
def test_many_candidates_do_not_overflow_the_work_estimate(objective, k):
    """2 ** 1100 and C(1100, 600) are beyond a float: the enumeration estimate says "too big", the MILP runs."""
    rng = np.random.default_rng(11)
    pts, cand = rng.uniform(0, 100, (5, 2)), rng.uniform(0, 100, (1100, 2))
    dist = np.hypot(*(pts[:, None] - cand[None]).transpose(2, 0, 1))
    r = site_facilities(np.ones(5), dist, objective, k, standard_distance=S).groups[0]
    assert r.method != "enumeration" and r.optimal
    if objective == "lscp":  # every point is within S of some candidate: all covered, by at most 5 sites
        assert (dist.min(axis=1) <= S).all() and (r.distance_after <= S).all() and 1 <= len(r.sites) <= 5
