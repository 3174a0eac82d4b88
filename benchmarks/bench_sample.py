"""Solver time of ``proposealliances`` on the bundled Korean sample (issue 3's "under 2 s").

Runs ``smallbutstrong:proposealliances`` through ``processing.run`` on the 122 non-metropolitan
units (floor 300,000, 2-5 members, no time limit) in two set-ups and the three objectives:

- ``plain``: the issue's set-up, no hubs, no island links;
- ``demo``: what ``make demo`` runs: hubs (Innovation Cities and units of 150,000+) and 1 km
  island links.

"solver s" is ``core.alliances.solve`` alone (enumeration, MILPs, proofs), read from the
solution it returns; "run s" is the whole ``processing.run`` (reading the layer, the adjacency,
the dissolve and writing two GeoPackages). Each line is the median of ``--repeat`` runs (default
3) in this one process; the machine's 1-minute load average is printed with each line.

    /usr/bin/python3 benchmarks/bench_sample.py [--repeat 3] [--presolve on|off]

``--presolve`` overrides the solver's own choice of HiGHS presolve in every MILP (the choice was
tuned on HiGHS 1.2; this re-checks it on the HiGHS of the running SciPy).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _qgis  # noqa: E402

ELIGIBLE = ("\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시',"
            "'대전광역시','울산광역시','세종특별자치시','경기도')")
SETUPS = {
    "plain": {},
    "demo": {"HUBS": "\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000", "ISLAND_LINK_DISTANCE": 1000},
}
OBJECTIVES = ("coverage", "count", "compactness")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--presolve", choices=("on", "off"), help="force HiGHS presolve in every MILP")
    args = parser.parse_args()

    _qgis.start()
    import processing

    import small_but_strong.processing.propose_alliances as module

    solutions = []
    real_solve = module.core.solve

    def recording_solve(problem, **kwargs):
        solution = real_solve(problem, **kwargs)
        solutions.append(solution)
        return solution

    module.core.solve = recording_solve
    if args.presolve:
        import small_but_strong.core.alliances as solver

        real_milp = solver._run_milp

        def forced_milp(*a, **kw):
            kw["presolve"] = args.presolve == "on"
            return real_milp(*a, **kw)

        solver._run_milp = forced_milp
    rows = []
    with tempfile.TemporaryDirectory(prefix="sbs-bench-sample-") as out:
        for setup, extra in SETUPS.items():
            for k, objective in enumerate(OBJECTIVES):
                solver_s, run_s = [], []
                result = None
                for r in range(args.repeat):
                    params = dict(
                        INPUT=f"{_qgis.SAMPLE}|layername=sigungu", ID_FIELD="code", NAME_FIELD="sigungu",
                        POPULATION_FIELD="pop_reg_2025", ELIGIBLE=ELIGIBLE, MIN_MEMBERS=2, MAX_MEMBERS=5,
                        MIN_POPULATION=300000, OBJECTIVE=k, TIME_LIMIT=0,
                        OUTPUT=os.path.join(out, f"a-{setup}-{objective}-{r}.gpkg"),
                        OUTPUT_MEMBERS=os.path.join(out, f"m-{setup}-{objective}-{r}.gpkg"))
                    params.update(extra)
                    started = time.perf_counter()
                    result = processing.run("smallbutstrong:proposealliances", params)
                    run_s.append(time.perf_counter() - started)
                    solver_s.append(solutions[-1].seconds)
                solution = solutions[-1]
                rows.append((setup, objective, solution.n_candidates, statistics.median(solver_s),
                             min(solver_s), max(solver_s), statistics.median(run_s), result["ALLIANCES"],
                             result["COVERED"], result["OPTIMAL"], result["GAP"], os.getloadavg()[0]))
                print(f"  {setup} {objective}: solver {statistics.median(solver_s):.2f} s", flush=True)
    print()
    print("| set-up | objective | candidates | solver s (median) | solver s (min–max) | run s (median) "
          "| alliances | covered | OPTIMAL | GAP | load |")
    print("|---|---|---:|---:|---:|---:|---:|---:|---|---:|---:|")
    for (setup, objective, cands, med, lo, hi, run, alliances, covered, optimal, gap, load) in rows:
        print(f"| {setup} | {objective} | {cands:,} | {med:.2f} | {lo:.2f}–{hi:.2f} | {run:.2f} | {alliances} "
              f"| {covered} | {optimal} | {gap:.4f} | {load:.1f} |")


if __name__ == "__main__":
    main()
