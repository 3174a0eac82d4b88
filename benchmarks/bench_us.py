"""Alliances at the scale of a real country of another kind: the 3,085 US counties (issue 17).

Data: ``resources/sample/us_counties.gpkg`` (layer counties, id FIPS, name NAME, population PO90,
EPSG:5070), 2–5 members, ``smallbutstrong:proposealliances`` through ``processing.run`` with
``TIME_LIMIT`` (default 60 s) and the coverage objective, as an analyst runs it. Cases: every
county at floors of 100,000 and 300,000, and single states of about 100–250 counties at 100,000
(``ELIGIBLE`` on STATE_NAME): Kansas + Nebraska, Iowa, Georgia, Texas.

For each case the table gives ours: candidates, covered units, alliances, ``OPTIMAL``, ``GAP`` (the
relative gap of the coverage against the bound the solver proves), wall and CPU seconds. With
``--plain`` the single-state cases also get the plain baseline: one HiGHS MILP of the coverage
stage alone (``scipy.optimize.milp``, presolve on, every candidate, enumerated here independently
by :func:`bench_robust.plain_candidates`) under the same time limit: its best coverage, its dual
bound and the gap between them. (The plain model of all 3,085 counties, 591,336 candidates at
100,000, is out of its reach: it is not run.)

    /usr/bin/python3 benchmarks/bench_us.py [--time-limit 60] [--plain] [--cases all-100k,georgia]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _qgis  # noqa: E402

LAYER = f"{_qgis.ROOT / 'resources' / 'sample' / 'us_counties.gpkg'}|layername=counties"
ID, NAME, POP = "FIPS", "NAME", "PO90"
CASES = {
    "all-100k": ("all 3,085 counties", None, 100000),
    "all-300k": ("all 3,085 counties", None, 300000),
    "kansas-nebraska": ("Kansas + Nebraska", ("Kansas", "Nebraska"), 100000),
    "iowa": ("Iowa", ("Iowa",), 100000),
    "georgia": ("Georgia", ("Georgia",), 100000),
    "texas": ("Texas", ("Texas",), 100000),
}


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def eligible(states) -> str:
    return "" if not states else '"STATE_NAME" IN ({})'.format(", ".join(f"'{s}'" for s in states))


def run_ours(states, floor: float, time_limit: float, out: Path) -> dict:
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    lines = []

    class Feedback(QgsProcessingFeedback):
        def pushInfo(self, text):  # noqa: N802
            lines.append(text)
            super().pushInfo(text)

    params = {"INPUT": LAYER, "ID_FIELD": ID, "NAME_FIELD": NAME, "POPULATION_FIELD": POP, "ELIGIBLE": eligible(states),
              "MIN_MEMBERS": 2, "MAX_MEMBERS": 5, "MIN_POPULATION": floor, "MAX_POPULATION": 0, "OBJECTIVE": 0,
              "TIME_LIMIT": time_limit, "OUTPUT": str(out / "alliances.gpkg"),
              "OUTPUT_MEMBERS": str(out / "members.gpkg")}
    t0, c0 = time.perf_counter(), cpu_seconds()
    result = processing.run("smallbutstrong:proposealliances", params, feedback=Feedback(),
                            context=QgsProcessingContext())
    wall, cpu = time.perf_counter() - t0, cpu_seconds() - c0
    members = QgsVectorLayer(str(out / "members.gpkg"), "members", "ogr")
    ids = [feature["alliance_id"] for feature in members.getFeatures()]
    ids = [a for a in ids if a is not None and not (hasattr(a, "isNull") and a.isNull())]
    solver = next((line for line in lines if line.startswith("Solver:")), "")
    match = re.search(r"(\d+) candidate", solver)
    return dict(candidates=int(match.group(1)) if match else None, covered=len(ids), alliances=len(set(ids)),
                optimal=bool(result.get("OPTIMAL")), gap=result.get("GAP"), wall=wall, cpu=cpu)


class StateRules:
    """What bench_robust.plain_candidates needs: the eligible counties, their graph and populations."""

    def __init__(self, states, floor: float):
        from qgis.core import QgsFeatureRequest, QgsVectorLayer

        from small_but_strong.processing.adjacency import layer_graph, unit_id

        layer = QgsVectorLayer(LAYER, "counties", "ogr")
        request = QgsFeatureRequest().setFilterExpression(eligible(states))
        self.pop = {unit_id(f[ID]): float(f[POP] or 0.0) for f in layer.getFeatures(request)}
        self.ids = sorted(self.pop)
        graph, _ = layer_graph(layer, ID, tolerance=200.0, eligible=self.ids)
        self.adjacency = {u: set() for u in self.ids}
        for a, b in graph.all_edges():
            self.adjacency[a].add(b)
            self.adjacency[b].add(a)
        self.floor, self.min_m, self.max_m = floor, 2, 5
        self.need_hub, self.is_hub = False, {}


def run_plain(states, floor: float, time_limit: float) -> dict:
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix

    from bench_robust import plain_candidates

    t0, c0 = time.perf_counter(), cpu_seconds()
    rules = StateRules(states, floor)
    candidates = plain_candidates(rules)
    row = {u: i for i, u in enumerate(rules.ids)}
    rows = [row[u] for s in candidates for u in s]
    cols = [j for j, s in enumerate(candidates) for _ in s]
    A = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(rules.ids), len(candidates)))
    size = np.array([len(s) for s in candidates], dtype=float)
    left = max(1.0, time_limit - (time.perf_counter() - t0))
    res = milp(c=-size, constraints=[LinearConstraint(A, -np.inf, 1.0)], integrality=np.ones(len(candidates)),
               bounds=Bounds(0, 1), options={"disp": False, "presolve": True, "mip_rel_gap": 0.0, "time_limit": left})
    covered = int(round(float(size[np.asarray(res.x) > 0.5].sum()))) if res.x is not None else 0
    bound = getattr(res, "mip_dual_bound", None)
    bound = None if bound is None or not np.isfinite(bound) else -float(bound)
    return dict(candidates=len(candidates), covered=covered, bound=bound, status=int(res.status),
                gap=None if not bound else max(0.0, (bound - covered) / bound), wall=time.perf_counter() - t0,
                cpu=cpu_seconds() - c0)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--time-limit", type=float, default=60.0)
    parser.add_argument("--plain", action="store_true", help="also the plain HiGHS baseline on the single states")
    parser.add_argument("--cases", default=",".join(CASES), help="comma-separated, of: " + ", ".join(CASES))
    args = parser.parse_args(argv)
    _qgis.start()
    rows = []
    for key in [k.strip() for k in args.cases.split(",") if k.strip()]:
        label, states, floor = CASES[key]
        with tempfile.TemporaryDirectory(prefix="sbs-bench-us-") as out:
            ours = run_ours(states, floor, args.time_limit, Path(out))
        plain = run_plain(states, floor, args.time_limit) if args.plain and states else None
        rows.append((label, floor, ours, plain, os.getloadavg()[0]))
        print(f"{label}, floor {floor:,.0f}: ours {ours}" + (f"; plain {plain}" if plain else ""), flush=True)
    print()
    print(f"2–5 members, coverage objective, TIME_LIMIT {args.time_limit:g} s; QGIS through processing.run; "
          "2 shared cores (read the CPU seconds next to the load average)")
    print()
    print("| case | floor | candidates | ours: covered | alliances | OPTIMAL | GAP | wall s | CPU s "
          "| plain: covered | plain bound | plain gap | plain CPU s | load |")
    print("|---|---:|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for label, floor, o, p, load in rows:
        gap = "–" if o["gap"] is None else f"{100 * o['gap']:.2f} %"
        if p is None:
            plain = "| – | – | – | – "
        else:
            bound = "–" if p["bound"] is None else f"{p['bound']:,.1f}"
            plain_gap = "–" if p["gap"] is None else f"{100 * p['gap']:.2f} %"
            plain = f"| {p['covered']:,} | {bound} | {plain_gap} | {p['cpu']:.1f} "
        print(f"| {label} | {floor:,.0f} | {o['candidates'] or 0:,} | {o['covered']:,} | {o['alliances']:,} | "
              f"{o['optimal']} | {gap} | {o['wall']:.1f} | {o['cpu']:.1f} {plain}| {load:.1f} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
