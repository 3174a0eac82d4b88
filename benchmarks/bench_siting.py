"""core/siting/ vs PySAL spopt.locate (PMedian, MCLP, LSCP, PCenter) on the same matrices.

Both solvers get the SAME demand weights, candidate and existing-facility distance matrices,
k and S, in one process; the table says whether their optimal objective values agree.

* ours: :func:`small_but_strong.core.siting.site_facilities` (HiGHS through scipy.optimize.milp,
  or enumeration when the model is tiny), timed around the call.
* spopt 0.6.1: ``X.from_cost_matrix(...)`` + ``solve(pulp.PULP_CBC_CMD(msg=False))``, timed around
  both (spopt builds its PuLP model in from_cost_matrix). CBC is the binary bundled with PuLP's
  wheel. Existing facilities are extra columns passed as ``predefined_facilities_arr`` with
  ``p_facilities = k + existing``, so spopt's LSCP objective counts them: ours + existing is
  compared. spopt's LSCP is infeasible when a point cannot be covered: it gets only the
  coverable points (ours gets every point and reports the others). spopt's p-center ignores
  weights: all weights here are > 0, where ours (positive-weight points) is the same problem.
  PuLP reports a CBC run stopped by ``--spopt-limit`` with an incumbent as "Optimal"; its
  ``sol_status`` tells them apart, and the table says "time limit" for those.

Instances: seeded random points in a 100 km square (lognormal weights; with and without 5
existing facilities), 200 x 50 and 1,000 x 100; the Korean sample (229 units, demand
``pop_reg_2025``, Euclidean km between points on surface in EPSG:5179, existing = the 47
tertiary hospitals): the whole country with k = 10, and ~30 proxy alliances of ~4
non-metropolitan units (each unit with its 3 nearest still unassigned neighbours in its
province; the proxy stands in for ``proposealliances``' output) with k = 1 each, every group
one problem. Ours alone, as spopt's assignment model would have 10 million variables:
10,000 x 1,000 random points in a 500 km square, p-median, k = 1, 10 and 50, time limit 60 s.

End to end (ours only, no spopt): ``smallbutstrong:sitefacilities`` through ``processing.run`` on the
sample's alliances (``proposealliances`` with the policy run of tests/qgis/test_export_report.py: 29
alliances of 2-5 units, 108 units in none), one new site per alliance, every objective, for emergency
care (existing = the regional and local emergency centres, demand ``pop_reg_2025``) and ob-gyn care
(existing = units with 3+ ob-gyn doctors, demand ``births_est_2020``), 30 km: reading, distances, all
29 exact solves, the three outputs (memory) and the figures; best and median of ``--repeat`` runs,
with the residents beyond 30 km before and after.

Needs spopt: run ``benchmarks/run_siting.sh [--skip-big] [--spopt-limit S]``;
``benchmarks/run_siting.sh --only-algorithm [--repeat N]`` runs the end-to-end rows alone (Debian's
Python, no spopt).
"""

from __future__ import annotations

import argparse
import math
import os
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _qgis  # noqa: E402,F401  (the small_but_strong import path; QGIS is not started)
from small_but_strong.core.siting import site_facilities  # noqa: E402

METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시",
         "울산광역시", "세종특별자치시", "경기도")


def euclid(a, b):
    return np.hypot(a[:, None, 0] - b[None, :, 0], a[:, None, 1] - b[None, :, 1])


def random_instance(seed, n, m, existing, side=100.0):
    rng = np.random.default_rng(seed)
    pts, cand, ex = (rng.uniform(0, side, (size, 2)) for size in (n, m, existing))
    return rng.lognormal(0, 1, n), euclid(pts, cand), (euclid(pts, ex) if existing else None)


def korea():
    """(weights, unit points km, sido, hospital points km) from the bundled sample."""
    from osgeo import ogr

    ds = ogr.Open(str(_qgis.SAMPLE))
    units, w, sido = [], [], []
    for f in ds.GetLayerByName("sigungu"):
        p = f.GetGeometryRef().PointOnSurface()
        units.append((p.GetX() / 1000, p.GetY() / 1000))
        w.append(float(f.GetField("pop_reg_2025")))
        sido.append(f.GetField("sido"))
    hosp = [(f.GetGeometryRef().GetX() / 1000, f.GetGeometryRef().GetY() / 1000)
            for f in ds.GetLayerByName("tertiary_hospitals")]
    return np.array(w), np.array(units), sido, np.array(hosp)


def proxy_alliances(pts, sido, size=4):
    """Groups of ``size`` non-metropolitan units: a unit and its nearest unassigned neighbours."""
    label = [None] * len(pts)
    for province in sorted(set(sido) - set(METRO)):
        left = [i for i, s in enumerate(sido) if s == province]
        while left:
            seed = min(left, key=lambda i: (pts[i][0], pts[i][1]))
            near = sorted(left, key=lambda i: math.dist(pts[i], pts[seed]))[:size]
            if len(left) - len(near) < 2:          # no stragglers: fold them in
                near = left[:]
            for i in near:
                label[i] = f"{province} {seed}"
            left = [i for i in left if i not in near]
    return label


def spopt_solve(objective, w, dist, existing, k, s, limit):
    """spopt's optimum (objective value, seconds, status) on the same matrices."""
    import pulp
    from spopt.locate import LSCP, MCLP, PCenter, PMedian

    e = 0 if existing is None else existing.shape[1]
    full = dist if existing is None else np.hstack([dist, existing])
    pre = np.r_[np.zeros(dist.shape[1], int), np.ones(e, int)] if e else None
    solver = pulp.PULP_CBC_CMD(msg=False, timeLimit=limit)
    t0 = time.perf_counter()
    if objective == "pmedian":
        model = PMedian.from_cost_matrix(full, w, k + e, predefined_facilities_arr=pre)
    elif objective == "mclp":
        model = MCLP.from_cost_matrix(full, w, s, k + e, predefined_facilities_arr=pre)
    elif objective == "pcenter":
        model = PCenter.from_cost_matrix(full, k + e, predefined_facilities_arr=pre)
    else:
        coverable = (full <= s).any(axis=1)
        model = LSCP.from_cost_matrix(full[coverable], s, predefined_facilities_arr=pre)
    try:
        model.solve(solver, results=False)
        status = pulp.LpStatus[model.problem.status]
        if status == "Optimal" and model.problem.sol_status != pulp.LpSolutionOptimal:
            # CBC stopped by its time limit with an incumbent: PuLP still says "Optimal"
            status = f"time limit {limit:g} s, incumbent"
    except Exception as exc:  # spopt raises on a non-optimal status
        return math.nan, time.perf_counter() - t0, f"error: {exc}"[:40]
    seconds = time.perf_counter() - t0
    value = pulp.value(model.problem.objective)
    if objective == "lscp":
        value -= e
    return float(value), seconds, status


def ours_solve(objective, w, dist, existing, k, s, **kw):
    t0 = time.perf_counter()
    res = site_facilities(w, dist, objective, k, existing=existing, standard_distance=s, **kw)
    return res, time.perf_counter() - t0


def compare(rows, name, objective, w, dist, existing, k, s, limit):
    res, ours_s = ours_solve(objective, w, dist, existing, k, s)
    value, spopt_s, status = spopt_solve(objective, w, dist, existing, k, s, limit)
    ours_v = res.summary.objective_value
    agree = math.isclose(ours_v, value, rel_tol=1e-6, abs_tol=1e-6)
    rows.append((name, objective, k, f"{ours_s:.3f}", f"{spopt_s:.3f}", f"{ours_v:.6g}",
                 f"{value:.6g}", ("yes" if agree else "NO") + ("" if status == "Optimal"
                                                             else f" (spopt {status})"),
                 f"{res.summary.gap:.2g}"))
    print(f"  {name} {objective}: ours {ours_s:.3f} s, spopt {spopt_s:.3f} s", flush=True)


def grouped(rows, w, pts, sido, hosp, s, limit):
    """Every proxy alliance, k = 1: ours in one call (auto, then forced MILP), spopt per group."""
    label = proxy_alliances(pts, sido)
    dist, ex = euclid(pts, pts), euclid(pts, hosp)
    groups = sorted({x for x in label if x is not None})
    sizes = [label.count(g) for g in groups]
    name = f"korea {len(groups)} alliances ({min(sizes)}-{max(sizes)} units)"
    for objective in ("pmedian", "mclp", "lscp", "pcenter"):
        timings = {}
        for method in ("auto", "milp"):
            res, secs = ours_solve(objective, w, dist, ex, 1, s, demand_groups=label,
                                   site_groups=label, method=method)
            timings[method] = (res, secs)
        total, spopt_s, statuses = [], 0.0, set()
        for g in groups:
            idx = [i for i, x in enumerate(label) if x == g]
            v, secs, status = spopt_solve(objective, w[idx], dist[np.ix_(idx, idx)], ex[idx], 1, s,
                                          limit)
            total.append(v)
            spopt_s += secs
            statuses.add(status)
        res = timings["auto"][0]
        ours_each = {g.group: g.objective_value for g in res.groups}
        agree = all(math.isclose(ours_each[g], b, rel_tol=1e-6, abs_tol=1e-6)
                    for g, b in zip(groups, total))
        spopt_v = max(total) if objective == "pcenter" else sum(total)
        rows.append((name, objective, 1,
                     f"{timings['auto'][1]:.3f} (milp {timings['milp'][1]:.3f})", f"{spopt_s:.3f}",
                     f"{res.summary.objective_value:.6g}", f"{spopt_v:.6g}",
                     ("yes" if agree else "NO")
                     + ("" if statuses == {"Optimal"} else f" {sorted(statuses)}"),
                     f"{res.summary.gap:.2g}"))
        print(f"  {name} {objective}: ours {timings['auto'][1]:.3f} s, spopt {spopt_s:.3f} s",
              flush=True)


def big(rows, ks, limit):
    """10,000 x 1,000 p-median, ours only."""
    rng = np.random.default_rng(0)
    pts, cand = rng.uniform(0, 500, (10_000, 2)), rng.uniform(0, 500, (1_000, 2))
    w, dist = rng.lognormal(0, 1, 10_000), euclid(pts, cand)
    for k in ks:
        res, secs = ours_solve("pmedian", w, dist, None, k, None, time_limit=limit)
        g = res.groups[0]
        rows.append(("random 10000x1000 (500 km)", "pmedian", k, f"{secs:.1f}", "—",
                     f"{g.objective_value:.8g}", f"bound {g.bound:.8g}",
                     "optimal" if g.optimal else f"{g.method}, time limit {limit:g} s",
                     f"{g.gap:.2g}"))
        print(f"  big k={k}: {secs:.1f} s gap {g.gap:.3g} {g.notes}", flush=True)


def end_to_end(repeat: int):
    """sitefacilities through processing.run on the sample's alliances: rows of a table of its own."""
    import tempfile

    _qgis.start()
    import processing

    sample = str(_qgis.SAMPLE)
    non_metro = "\"sido\" NOT IN ({})".format(", ".join(f"'{s}'" for s in METRO))
    folder = tempfile.mkdtemp(prefix="sbs-siting-")
    indicators = processing.run("smallbutstrong:declineindicators", dict(
        INPUT=f"{sample}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
        POPULATION_FIELD="pop_reg_2025", POPULATION_BASE_FIELD="pop_reg_2015", YEAR=2025, BASE_YEAR=2015,
        ELDERLY_FIELD="pop65_reg_2025", YOUNG_WOMEN_FIELD="f20_39_reg_2025", OUTPUT="memory:"))["OUTPUT"]
    members = os.path.join(folder, "members.gpkg")
    processing.run("smallbutstrong:proposealliances", dict(
        INPUT=indicators, ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
        ELIGIBLE=non_metro, HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000",
        MIN_MEMBERS=2, MAX_MEMBERS=5, MIN_POPULATION=300000, ISLAND_LINK_DISTANCE=1000, OBJECTIVE=0,
        OUTPUT=os.path.join(folder, "alliances.gpkg"), OUTPUT_MEMBERS=members))
    obgyn = processing.run("native:pointonsurface", dict(INPUT=f"{sample}|layername=sigungu",
                                                         OUTPUT="memory:"))["OUTPUT"]
    services = {
        "emergency": dict(DEMAND_FIELD="pop_reg_2025", EXISTING=f"{sample}|layername=emergency_facilities",
                          EXISTING_FILTER="\"cls\" IN ('권역응급의료센터','지역응급의료센터')"),
        "ob-gyn": dict(DEMAND_FIELD="births_est_2020", EXISTING=obgyn,
                       EXISTING_FILTER="\"doctors_obgyn_2020\" >= 3"),
    }
    rows = []
    for service, params in services.items():
        for o, objective in enumerate(("pmedian", "mclp", "lscp", "pcenter")):
            times, result = [], None
            for _ in range(repeat):
                t0 = time.perf_counter()
                result = processing.run("smallbutstrong:sitefacilities", dict(
                    params, INPUT=members, ID_FIELD="code", NAME_FIELD="sigungu", POPULATION_FIELD="pop_reg_2025",
                    ALLIANCE_FIELD="alliance_id", OBJECTIVE=o, SITES_PER_ALLIANCE=1, STANDARD_DISTANCE=30,
                    OUTPUT_SITES="memory:", OUTPUT="memory:", OUTPUT_LINES="memory:"))
                times.append(time.perf_counter() - t0)
            rows.append((service, objective, result["ALLIANCES"], result["SITES"], f"{min(times):.3f}",
                         f"{sorted(times)[len(times) // 2]:.3f}", f"{result['POPULATION_IN_GAP_BEFORE']:,.0f}",
                         f"{result['POPULATION_IN_GAP_AFTER']:,.0f}", f"{result['DEMAND_IN_GAP_BEFORE']:,.0f}",
                         f"{result['DEMAND_IN_GAP_AFTER']:,.0f}", str(result["OPTIMAL"]).lower()))
            print(f"  sitefacilities {service} {objective}: best {min(times):.3f} s", flush=True)
    print()
    print("| service | objective | alliances | new sites | best s | median s | residents > 30 km before "
          "| after | demand > 30 km before | after | optimal |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    load = os.getloadavg()
    print(f"\nsitefacilities end to end (processing.run, memory outputs), {repeat} runs each; load average "
          f"{load[0]:.2f} {load[1]:.2f} {load[2]:.2f}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spopt-limit", type=float, default=120.0, help="CBC time limit per solve")
    ap.add_argument("--big-limit", type=float, default=60.0)
    ap.add_argument("--skip-big", action="store_true")
    ap.add_argument("--only-algorithm", action="store_true",
                    help="only the end-to-end rows of sitefacilities (no spopt needed)")
    ap.add_argument("--skip-algorithm", action="store_true", help="no end-to-end rows")
    ap.add_argument("--repeat", type=int, default=5, help="runs per end-to-end row")
    args = ap.parse_args(argv)
    if args.only_algorithm:
        end_to_end(args.repeat)
        return
    rows = []
    cases = [("random 200x50", 0, 200, 50, 0), ("random 200x50 +5 existing", 1, 200, 50, 5),
             ("random 1000x100", 2, 1000, 100, 0), ("random 1000x100 +5 existing", 3, 1000, 100, 5)]
    for name, seed, n, m, e in cases:
        w, dist, ex = random_instance(seed, n, m, e)
        for objective in ("pmedian", "mclp", "lscp", "pcenter"):
            compare(rows, name, objective, w, dist, ex, 5, 8.0, args.spopt_limit)
    w, pts, sido, hosp = korea()
    dist, ex = euclid(pts, pts), euclid(pts, hosp)
    for objective in ("pmedian", "mclp", "lscp", "pcenter"):
        compare(rows, "korea 229 units +47 hospitals", objective, w, dist, ex, 10, 30.0,
                args.spopt_limit)
    grouped(rows, w, pts, sido, hosp, 30.0, args.spopt_limit)
    if not args.skip_big:
        big(rows, (1, 10, 50), args.big_limit)
    print()
    print("| instance | objective | k | ours s | spopt s | ours value | spopt value | agree "
          "| ours gap |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print("| " + " | ".join(str(x) for x in row) + " |")
    load = os.getloadavg()
    print(f"\nload average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f}; "
          "S = 8 km (random), 30 km (korea)")
    if not args.skip_algorithm:
        print()
        end_to_end(args.repeat)


if __name__ == "__main__":
    main()
