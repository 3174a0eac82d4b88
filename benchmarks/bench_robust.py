"""Robustness of the alliance solver: ``core.alliances.solve`` vs a plain HiGHS model, on a seeded grid.

Data: the 122 non-metropolitan units of the bundled sample (``resources/sample/korea_sigungu.gpkg``,
layer ``sigungu``, EPSG:5179; eligible = ``"sido" NOT IN (the seven metropolitan cities, Sejong,
Gyeonggi)``). The unit graph is built once per island-link distance (0, 1 km, 200 km) by the
plugin's ``processing.adjacency.layer_graph`` (adjacency tolerance 200 m) over the eligible units;
x/y are the points on surface in metres, as ``proposealliances`` does.

Grid (reproducible from ``--seed``): the six set-ups of ``bench_sample.py`` (pop_reg_2025, floor
300,000, 2-5 members; {plain, demo} x {coverage, count, compactness}), then random draws of
population field (pop_census_2010/2015/2020/2025, pop_reg_2015 ... pop_reg_2025), floor (200k,
250k, 300k, 350k, 400k), member range (2-4, 2-5, 3-5), objective, hubs (``"innovation_city" = 1
OR <population field> >= 150000``) on/off, island links (0, 1,000 or 200,000 m).

Each instance is solved twice:

* **plugin**: ``solve(AllianceProblem(...))`` (public API only; no time limit unless
  ``--time-limit``), timed with ``time.process_time()`` (CPU) and ``time.perf_counter()`` (wall);
* **plain**: written here, independently of the plugin: enumerate every connected set of
  1..max members of the graph (level by level, deduplicated with frozensets), keep those with
  min..max members, population >= floor (no ceiling) and, with hubs, at least one hub; then one
  ``scipy.optimize.milp`` per lexicographic stage over EVERY candidate (each unit in at most one
  alliance; stage k fixes the optima of stages < k as constraints): coverage = max units, then max
  alliances, then min cost; count = max alliances, then max units, then min cost; compactness =
  max units, then min cost. Cost = sum of population x Euclidean distance (m) to the hub; the
  hub of a set is its first member by (hub first when hubs are on, most populous, smallest id).
  HiGHS options: the defaults (presolve on) except ``mip_rel_gap=0``: the default relative gap
  (1e-4) would let a "proven" stage-3 cost be 1e-4 off, and the check below is 1e-6 (the plugin
  uses 0 too). Timed with ``time.process_time()`` over enumeration and MILPs.

Both run in a forked child process each (the same conditions for both, and a guard: HiGHS cannot
be interrupted from Python and, on the host's HiGHS, a plain stage ran 20+ minutes past a 600 s
time limit). The plain model gets ``--plain-time-limit`` wall seconds in all (default 600; HiGHS'
own limit, the rest of the budget per stage) and is killed 10 % (at least 60 s) after that; the
plugin's child is killed after ``--plugin-hard-limit`` s (default 3600; that is a failure).
An instance whose plain model stopped is "unverified": the stages it proved must still match,
and the plugin's value must lie between the plain incumbent and bound when HiGHS gave them.

Checks per instance: same coverage, same number of alliances, same cost (relative 1e-6) where
the objective ranks them (compactness does not rank the count: a different count at the same
cost is reported as an alternative optimum, not a disagreement); the same number of candidates;
every plugin alliance is contiguous in the graph, has min..max eligible members, reaches the
floor, contains a hub (hubs on), names the expected hub; alliances are disjoint; the solution
says optimal with gap 0 (no time limit). Any disagreement is printed loudly and makes the exit
status 1.

    /usr/bin/python3 benchmarks/bench_robust.py [--instances 130] [--seed 20261201] [--quick]
        [--time-limit S] [--plain-time-limit 600] [--plugin-hard-limit 3600] [--json PATH [--resume]]
        [--only ID,ID] [--list] [--in-process]

``--quick`` = the first 10 instances (the six fixed set-ups and four random ones). ``--json``
is rewritten after every instance; ``--resume`` keeps its rows and runs the missing instances.
On a version of the test matrix:
``bash scripts/matrix.sh --run 3.40 /usr/bin/python3 benchmarks/bench_robust.py --quick``.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import random
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import _qgis  # noqa: E402  (sets up the small_but_strong import path)

METRO = ("서울특별시", "부산광역시", "대구광역시", "인천광역시", "광주광역시", "대전광역시", "울산광역시",
         "세종특별자치시", "경기도")
ELIGIBLE = "\"sido\" NOT IN ({})".format(",".join(f"'{s}'" for s in METRO))
ID_FIELD = "code"
TOLERANCE = 200.0
POP_FIELDS = (["pop_census_2010", "pop_census_2015", "pop_census_2020", "pop_census_2025"]
              + [f"pop_reg_{y}" for y in range(2015, 2026)])
FLOORS = (200_000, 250_000, 300_000, 350_000, 400_000)
MEMBER_RANGES = ((2, 4), (2, 5), (3, 5))
OBJECTIVES = ("coverage", "count", "compactness")
ISLAND_LINKS = (0.0, 1000.0, 200_000.0)
DEFAULT_SEED = 20261201
DEFAULT_INSTANCES = 130
QUICK_INSTANCES = 10
DEFAULT_PLAIN_LIMIT = 600.0
DEFAULT_PLUGIN_HARD_LIMIT = 3600.0
REL_TOL = 1e-6


def hub_expression(field: str) -> str:
    return f"\"innovation_city\" = 1 OR \"{field}\" >= 150000"


# --------------------------------------------------------------------------- the grid
def make_grid(n: int, seed: int) -> list:
    """The six set-ups of bench_sample.py, then distinct random draws; a prefix of a longer grid."""
    grid = []
    for setup, hubs, island in (("plain", False, 0.0), ("demo", True, 1000.0)):
        for objective in OBJECTIVES:
            grid.append(dict(id=f"sample-{setup}-{objective}", kind="sample", field="pop_reg_2025",
                             floor=300_000, min_m=2, max_m=5, objective=objective, hubs=hubs, island=island))
    seen = {_key(inst) for inst in grid}
    rng = random.Random(seed)
    k = 0
    while len(grid) < n:
        inst = dict(kind="random", field=rng.choice(POP_FIELDS), floor=rng.choice(FLOORS))
        inst["min_m"], inst["max_m"] = rng.choice(MEMBER_RANGES)
        inst.update(objective=rng.choice(OBJECTIVES), hubs=rng.random() < 0.5, island=rng.choice(ISLAND_LINKS))
        if _key(inst) in seen:
            continue
        seen.add(_key(inst))
        k += 1
        inst["id"] = f"r{k:03d}"
        grid.append(inst)
    return grid[:n]


def _key(inst: dict) -> tuple:
    return (inst["field"], inst["floor"], inst["min_m"], inst["max_m"], inst["objective"], inst["hubs"],
            inst["island"])


def describe(inst: dict) -> str:
    return (f"{inst['field']} floor {inst['floor'] // 1000}k {inst['min_m']}-{inst['max_m']} {inst['objective']} "
            f"hubs {'on' if inst['hubs'] else 'off'} islands {inst['island'] / 1000:g} km")


# --------------------------------------------------------------------------- data (QGIS)
def _truth(value) -> bool:
    if value is None:
        return False
    if hasattr(value, "isNull") and value.isNull():
        return False
    if isinstance(value, str):
        return value.strip().lower() not in ("", "0", "false", "f", "no")
    return bool(value)


def load_data() -> dict:
    """Units (every feature; eligibility and hubs per population field), one graph per island link."""
    from qgis.core import (QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsGeometry,
                           QgsVectorLayer)

    from small_but_strong.processing.adjacency import layer_graph, unit_id

    layer = QgsVectorLayer(f"{_qgis.SAMPLE}|layername=sigungu", "sigungu", "ogr")
    if not layer.isValid():
        raise SystemExit(f"cannot open {_qgis.SAMPLE}")
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    eligible_expr = QgsExpression(ELIGIBLE)
    hub_exprs = {f: QgsExpression(hub_expression(f)) for f in POP_FIELDS}
    for expr in [eligible_expr, *hub_exprs.values()]:
        expr.prepare(context)
    units = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        uid = unit_id(feature[ID_FIELD])
        eligible = _truth(eligible_expr.evaluate(context))
        pops = {}
        for f in POP_FIELDS:
            v = feature[f]
            pops[f] = None if v is None or (hasattr(v, "isNull") and v.isNull()) else float(v)
        geom = QgsGeometry(feature.geometry())
        units[uid] = dict(eligible=eligible, pop=pops, geom=geom,
                          hub={f: _truth(e.evaluate(context)) for f, e in hub_exprs.items()})
    eligible_ids = sorted(u for u, r in units.items() if r["eligible"])
    graphs = {}
    for island in ISLAND_LINKS:
        graph, metric = layer_graph(layer, ID_FIELD, tolerance=TOLERANCE, island_distance=island,
                                    eligible=eligible_ids)
        adjacency = {u: set() for u in eligible_ids}
        for a, b in graph.all_edges():
            adjacency[a].add(b)
            adjacency[b].add(a)
        graphs[island] = dict(edges=graph.all_edges(), adjacency=adjacency,
                              island_links=list(graph.island_links), metric=metric)
    # points on surface in metres: the layer is EPSG:5179 (metres), so the metric geometries are the layer's
    metric0 = graphs[0.0]["metric"]
    for uid, r in units.items():
        geom = metric0.get(uid, r["geom"])
        point = geom.pointOnSurface() if not geom.isEmpty() else QgsGeometry()
        r["x"], r["y"] = (point.asPoint().x(), point.asPoint().y()) if not point.isEmpty() else (0.0, 0.0)
        del r["geom"]
    for g in graphs.values():
        del g["metric"]
    return dict(units=units, eligible=eligible_ids, graphs=graphs, crs=layer.crs().authid())


# --------------------------------------------------------------------------- rules (shared by both checks)
class Rules:
    """One instance's data in plain Python: populations, hubs, points, graph; hub and cost of a set."""

    def __init__(self, data: dict, inst: dict) -> None:
        f = inst["field"]
        units = data["units"]
        self.ids = [u for u in sorted(units) if units[u]["eligible"] and units[u]["pop"][f] is not None]
        self.order = {u: i for i, u in enumerate(sorted(units))}  # id order of every unit
        self.pop = {u: max(0.0, units[u]["pop"][f]) for u in self.ids}
        self.is_hub = {u: units[u]["hub"][f] for u in self.ids}
        self.need_hub = inst["hubs"] and any(units[u]["hub"][f] for u in units)
        self.xy = {u: (units[u]["x"], units[u]["y"]) for u in self.ids}
        self.adjacency = data["graphs"][inst["island"]]["adjacency"]
        self.edges = data["graphs"][inst["island"]]["edges"]
        self.floor = float(inst["floor"])
        self.min_m, self.max_m = inst["min_m"], inst["max_m"]

    def hub_of(self, members) -> str:
        return min(members, key=lambda u: (0 if self.need_hub and self.is_hub[u] else 1, -self.pop[u], self.order[u]))

    def cost_of(self, members) -> float:
        hx, hy = self.xy[self.hub_of(members)]
        return sum(self.pop[u] * math.hypot(self.xy[u][0] - hx, self.xy[u][1] - hy) for u in members)

    def connected(self, members) -> bool:
        inside = set(members)
        start = next(iter(inside))
        seen, stack = {start}, [start]
        while stack:
            for v in self.adjacency.get(stack.pop(), ()):
                if v in inside and v not in seen:
                    seen.add(v)
                    stack.append(v)
        return seen == inside

    def violations(self, members, hub=None) -> list:
        out = []
        if any(u not in self.pop for u in members):
            return ["a member is not an eligible unit"]
        if not self.min_m <= len(members) <= self.max_m:
            out.append(f"{len(members)} members (allowed {self.min_m}-{self.max_m})")
        if sum(self.pop[u] for u in members) < self.floor:
            out.append(f"population {sum(self.pop[u] for u in members):,.0f} below the floor")
        if not self.connected(members):
            out.append("not contiguous in the graph")
        if self.need_hub and not any(self.is_hub[u] for u in members):
            out.append("no hub")
        if hub is not None and hub != self.hub_of(members):
            out.append(f"hub {hub} (expected {self.hub_of(members)})")
        return out


# --------------------------------------------------------------------------- the plain model
def plain_candidates(rules: Rules) -> list:
    """Every connected set of the graph with min..max members, floor reached and (hubs on) a hub."""
    # level by level: a connected set of k+1 units is a connected set of k units plus a neighbour
    # (take away a leaf of a spanning tree), so growing every k-set by every neighbour finds them all
    level = {frozenset([u]) for u in rules.ids}
    candidates = []
    for k in range(1, rules.max_m + 1):
        if k > 1:
            grown = set()
            for s in level:
                border = set()
                for u in s:
                    border |= rules.adjacency[u]
                for w in border - s:
                    grown.add(s | {w})
            level = grown
        if k >= rules.min_m:
            for s in level:
                if sum(rules.pop[u] for u in s) >= rules.floor and (
                        not rules.need_hub or any(rules.is_hub[u] for u in s)):
                    candidates.append(tuple(sorted(s)))
    candidates.sort()
    return candidates


def plain_model(rules: Rules, objective: str, time_limit=None, emit=None) -> dict:
    """Enumerate every feasible connected set, then one milp per lexicographic stage over all of them.

    ``emit(kind, payload)`` (if given) is told about the enumeration and each finished stage, so
    that a parent can say how far a killed run got.
    """
    import numpy as np
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import csr_matrix

    cpu0, wall0 = time.process_time(), time.perf_counter()
    candidates = plain_candidates(rules)
    m = len(candidates)
    size = np.array([len(s) for s in candidates], dtype=float)
    ones = np.ones(m)
    cost = np.array([rules.cost_of(s) for s in candidates], dtype=float)
    enum_cpu = time.process_time() - cpu0
    row = {u: i for i, u in enumerate(rules.ids)}
    stages = {"coverage": [("coverage", "max", size), ("count", "max", ones), ("cost", "min", cost)],
              "count": [("count", "max", ones), ("coverage", "max", size), ("cost", "min", cost)],
              "compactness": [("coverage", "max", size), ("cost", "min", cost)]}[objective]
    coverable = len({u for c in candidates for u in c})
    result = dict(candidates=m, coverable=coverable, enum_cpu=enum_cpu, stage_cpu=[], stages=[], status="optimal",
                  chosen=[])
    if emit:
        emit("enumerated", dict(candidates=m, coverable=coverable, enum_cpu=enum_cpu,
                                criteria=[name for name, _, _ in stages]))
    if m:
        cols, rows = [], []
        for j, s in enumerate(candidates):
            for u in s:
                rows.append(row[u])
                cols.append(j)
        A = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(len(rules.ids), m))
        fixed = []
        x = None
        for name, sense, w in stages:
            t = time.process_time()
            # the defaults (presolve on) but a zero relative gap: see the module docstring
            options = {"disp": False, "presolve": True, "mip_rel_gap": 0.0}
            if time_limit:
                left = time_limit - (time.perf_counter() - wall0)
                if left <= 0:
                    result["status"] = f"time limit ({time_limit:g} s) before the {name} stage"
                    result["stages"].append(dict(criterion=name, sense=sense, status="not started"))
                    break
                options["time_limit"] = left
            constraints = [LinearConstraint(A, -np.inf, 1.0)]
            for w_prev, sense_prev, value in fixed:
                lo, hi = (value, np.inf) if sense_prev == "max" else (-np.inf, value)
                constraints.append(LinearConstraint(w_prev.reshape(1, -1), lo, hi))
            res = milp(c=-w if sense == "max" else w, constraints=constraints, integrality=np.ones(m),
                       bounds=Bounds(0, 1), options=options)
            result["stage_cpu"].append(time.process_time() - t)
            bound = getattr(res, "mip_dual_bound", None)
            bound = None if bound is None or not np.isfinite(bound) else float(-bound if sense == "max" else bound)
            nodes = getattr(res, "mip_node_count", None)
            stage = dict(criterion=name, sense=sense, status=int(res.status), bound=bound, cpu=result["stage_cpu"][-1],
                         nodes=None if nodes is None else int(nodes))
            if res.x is not None:
                stage["incumbent"] = float(w[np.asarray(res.x) > 0.5].sum())
            result["stages"].append(stage)
            if res.status != 0 or res.x is None:
                if emit:
                    emit("stage", stage)
                result["status"] = (f"{name} stage: milp status {res.status} ({res.message}); incumbent "
                                    f"{stage.get('incumbent')}, bound {bound}")
                break
            x = np.asarray(res.x) > 0.5
            value = float(w[x].sum())
            if sense == "max":  # integral criteria
                value = float(round(value))
            stage["value"] = value
            if emit:
                emit("stage", stage)
            fixed.append((w, sense, value))
        if x is not None and result["status"] == "optimal":
            result["chosen"] = [candidates[j] for j in np.flatnonzero(x)]
    chosen = result["chosen"]
    result.update(coverage=sum(len(s) for s in chosen), count=len(chosen),
                  cost=sum(rules.cost_of(s) for s in chosen),
                  cpu=time.process_time() - cpu0, wall=time.perf_counter() - wall0)
    return result


# --------------------------------------------------------------------------- a guarded child process
def run_in_child(fn, hard_limit=None) -> dict:
    """Run ``fn(emit)`` in a forked child; kill it after ``hard_limit`` wall seconds (None = never).

    HiGHS cannot be interrupted from Python and does not always stop at its own time limit (on
    the host's HiGHS a plain stage ran 20+ minutes past a 600 s limit), so a guard must be a
    process. Returns {"messages": [(kind, payload), ...], "killed", "cpu" (the child's user +
    system seconds from wait4), "wall", "exit"}; ``fn``'s result is the message "result".
    """
    import select
    import signal
    import traceback

    read_fd, write_fd = os.pipe()
    t0 = time.perf_counter()
    sys.stdout.flush()
    sys.stderr.flush()
    pid = os.fork()
    if pid == 0:  # child
        code = 0
        try:
            os.close(read_fd)
            out = os.fdopen(write_fd, "w")

            def emit(kind, payload):
                out.write(json.dumps([kind, payload], ensure_ascii=False) + "\n")
                out.flush()

            try:
                emit("result", fn(emit))
            except BaseException:  # noqa: BLE001  (report anything to the parent)
                emit("error", traceback.format_exc())
                code = 1
            out.close()
        finally:
            os._exit(code)
    os.close(write_fd)
    data, killed = b"", False
    deadline = None if not hard_limit else t0 + hard_limit
    while True:
        wait = None if deadline is None else max(0.0, deadline - time.perf_counter())
        ready, _, _ = select.select([read_fd], [], [], wait)
        if not ready:
            os.kill(pid, signal.SIGKILL)
            killed = True
            break
        chunk = os.read(read_fd, 1 << 16)
        if not chunk:
            break
        data += chunk
    os.close(read_fd)
    _, status, usage = os.wait4(pid, 0)
    messages = []
    for line in data.decode("utf-8", "replace").split("\n"):
        try:
            messages.append(tuple(json.loads(line)))
        except ValueError:  # empty or cut by the kill
            pass
    return dict(messages=messages, killed=killed, cpu=usage.ru_utime + usage.ru_stime,
                wall=time.perf_counter() - t0, exit=status)


def _message(child: dict, kind: str):
    found = [payload for k, payload in child["messages"] if k == kind]
    return found[-1] if found else None


def guarded_plain(rules: Rules, objective: str, time_limit, hard_limit, in_process=False) -> dict:
    """The plain model in a child process; a killed or failed child gives a partial result."""
    if in_process:
        return plain_model(rules, objective, time_limit)
    child = run_in_child(lambda emit: plain_model(rules, objective, time_limit, emit), hard_limit)
    result = _message(child, "result")
    if result is not None:
        result["chosen"] = [tuple(c) for c in result["chosen"]]
        return result
    enumerated = _message(child, "enumerated") or {}
    stages = [payload for k, payload in child["messages"] if k == "stage"]
    criteria = enumerated.get("criteria", [])
    why = (f"killed after {child['wall']:.0f} s wall (HiGHS did not stop at its {time_limit:g} s time limit)"
           if child["killed"] else f"the child failed: {_message(child, 'error') or child['exit']}")
    if len(stages) < len(criteria):
        stages.append(dict(criterion=criteria[len(stages)], sense="max" if len(stages) < len(criteria) - 1 else "min",
                           status="killed" if child["killed"] else "failed", cpu=None))
        why += f" in the {stages[-1]['criterion']} stage"
    return dict(candidates=enumerated.get("candidates", -1), coverable=enumerated.get("coverable"),
                enum_cpu=enumerated.get("enum_cpu", 0.0), stage_cpu=[st["cpu"] for st in stages if st.get("cpu")],
                stages=stages, status=why, chosen=[], coverage=0, count=0, cost=0.0, cpu=child["cpu"],
                wall=child["wall"], killed=child["killed"])


def guarded_plugin(data: dict, rules: Rules, inst: dict, time_limit, hard_limit, in_process=False) -> dict:
    """The plugin's solve in a child process (the same conditions as the plain model)."""
    if in_process:
        return plugin_run(data, rules, inst, time_limit)
    child = run_in_child(lambda emit: plugin_run(data, rules, inst, time_limit), hard_limit)
    result = _message(child, "result")
    if result is not None:
        return result
    why = (f"killed after {child['wall']:.0f} s wall" if child["killed"]
           else f"failed: {_message(child, 'error') or child['exit']}")
    return dict(cpu=child["cpu"], wall=child["wall"], seconds=child["wall"], candidates=-1, optimal=False,
                gap=float("nan"), method="killed" if child["killed"] else "failed", notes=[why], alliances=[],
                hubs=[], reported_cost=0.0, coverage=0, count=0, cost=0.0, failed=why)


# --------------------------------------------------------------------------- the plugin
def plugin_run(data: dict, rules: Rules, inst: dict, time_limit=None) -> dict:
    from small_but_strong.core.alliances import AllianceProblem, Unit, solve

    f = inst["field"]
    units = []
    for uid in sorted(data["units"]):
        r = data["units"][uid]
        pop = r["pop"][f]
        units.append(Unit(id=uid, population=max(0.0, pop or 0.0), x=r["x"], y=r["y"],
                          eligible=r["eligible"] and pop is not None, hub=r["hub"][f]))
    problem = AllianceProblem(units=units, edges=list(rules.edges), min_members=inst["min_m"],
                              max_members=inst["max_m"], min_population=float(inst["floor"]), max_population=0,
                              require_hub=inst["hubs"], objective=inst["objective"], time_limit=time_limit)
    cpu0, wall0 = time.process_time(), time.perf_counter()
    solution = solve(problem)
    cpu, wall = time.process_time() - cpu0, time.perf_counter() - wall0
    sets = [list(a.members) for a in solution.alliances]
    return dict(cpu=cpu, wall=wall, seconds=float(solution.seconds), candidates=int(solution.n_candidates),
                optimal=bool(solution.optimal), gap=float(solution.gap), method=solution.method,
                notes=list(solution.notes or []), alliances=sets, hubs=[a.hub for a in solution.alliances],
                reported_cost=sum(a.compactness_km * a.population * 1000.0 for a in solution.alliances),
                coverage=sum(len(s) for s in sets), count=len(sets),
                cost=sum(rules.cost_of(s) for s in sets))


def compare(rules: Rules, inst: dict, plug: dict, plain: dict, time_limit) -> tuple:
    """(problems, remarks): problems are disagreements/violations, remarks are harmless differences."""
    problems, remarks = [], []
    if plug.get("failed"):
        problems.append(f"plugin {plug['failed']}")
        return problems, remarks
    seen = set()
    for members, hub in zip(plug["alliances"], plug["hubs"]):
        bad = rules.violations(members, hub)
        if bad:
            problems.append(f"plugin alliance {','.join(members)}: " + "; ".join(bad))
        if seen & set(members):
            problems.append(f"plugin alliance {','.join(members)} shares units with another alliance")
        seen |= set(members)
    for members in plain["chosen"]:
        bad = rules.violations(list(members))
        if bad:
            problems.append(f"plain alliance {','.join(members)}: " + "; ".join(bad))
    if plug["candidates"] != plain["candidates"]:
        problems.append(f"candidates: plugin {plug['candidates']}, plain {plain['candidates']}")
    if not _same(plug["reported_cost"], plug["cost"], 1e-9):
        remarks.append(f"the plugin's compactness_km x population gives {plug['reported_cost']:,.2f}, "
                       f"recomputed {plug['cost']:,.2f}")
    if not plug["optimal"] or plug["gap"] > 0:
        (remarks if time_limit else problems).append(
            f"plugin says optimal={plug['optimal']} gap={plug['gap']:g} ({'; '.join(plug['notes'])})")
    if plain["status"] != "optimal":
        # the plain model stopped (time limit): the stages it proved must match, and the plugin's
        # value in the stage where it stopped must lie between the plain incumbent and bound
        for stage in plain["stages"]:
            mine = plug[stage["criterion"]]
            if "value" in stage:
                if not _same(mine, stage["value"]):
                    problems.append(f"{stage['criterion']}: plugin {mine:,.2f}, plain (proven) {stage['value']:,.2f}")
                continue
            inc, bound = stage.get("incumbent"), stage.get("bound")
            if stage["sense"] == "max":
                no_worse = lambda a, b: a >= b - 1e-9 * max(1.0, abs(b))  # noqa: E731
            else:
                no_worse = lambda a, b: a <= b + 1e-9 * max(1.0, abs(b))  # noqa: E731
            if inc is not None and not no_worse(mine, inc):
                problems.append(f"{stage['criterion']}: plugin {mine:,.2f} worse than the plain incumbent {inc:,.2f}")
            if bound is not None and not no_worse(bound, mine):
                problems.append(f"{stage['criterion']}: plugin {mine:,.2f} beyond the plain bound {bound:,.2f}")
            remarks.append(f"UNVERIFIED: the plain model stopped in its {stage['criterion']} stage "
                           f"({plain['status']}); "
                           f"plugin {mine:,.2f}" + ("" if problems else ", within the plain incumbent and bound"
                                                    if inc is not None or bound is not None
                                                    else "; no plain incumbent or bound to compare"))
            break
        return problems, remarks
    if plug["coverage"] != plain["coverage"]:
        problems.append(f"coverage: plugin {plug['coverage']}, plain {plain['coverage']}")
    if plug["count"] != plain["count"]:
        if inst["objective"] == "compactness" and plug["coverage"] == plain["coverage"] and _same(
                plug["cost"], plain["cost"]):
            remarks.append(f"alternative optimum: {plug['count']} alliances (plain {plain['count']}) at the same cost")
        else:
            problems.append(f"alliances: plugin {plug['count']}, plain {plain['count']}")
    if not _same(plug["cost"], plain["cost"]):
        problems.append(f"cost: plugin {plug['cost']:,.2f}, plain {plain['cost']:,.2f} person-m "
                        f"(relative {(plug['cost'] - plain['cost']) / max(1.0, abs(plain['cost'])):+.2e})")
    return problems, remarks


def _same(a: float, b: float, tol: float = REL_TOL) -> bool:
    return abs(a - b) <= tol * max(1.0, abs(a), abs(b))


# --------------------------------------------------------------------------- report
def _pct(values, q):
    import numpy as np

    return float(np.percentile(np.asarray(values, dtype=float), q)) if values else float("nan")


def _dist_row(name, values, fmt="{:.2f}", total=None):
    if not values:
        return f"| {name} | – | – | – | – |"
    total = fmt.format(sum(values)) if total is None else total
    return (f"| {name} | {fmt.format(_pct(values, 50))} | {fmt.format(_pct(values, 90))} | "
            f"{fmt.format(max(values))} | {total} |")


def _verdict(row: dict) -> str:
    if not row["agree"]:
        return "**NO**"
    return "yes" if row["verified"] else "unverified"


def _stage_text(stage: dict) -> str:
    if stage["status"] in ("not started", "killed", "failed"):
        return stage["status"] + ("" if stage["status"] == "not started" else ", no incumbent or bound")
    if "value" in stage:
        return f"optimal {stage['value']:,.0f} ({stage['cpu']:.1f} s)"
    inc, bound = stage.get("incumbent"), stage.get("bound")
    return (f"status {stage['status']}, incumbent {'–' if inc is None else f'{inc:,.0f}'}, bound "
            f"{'–' if bound is None else f'{bound:,.1f}'} ({stage['cpu']:.1f} s, {stage.get('nodes')} nodes)")


def report(rows: list, args, header: dict, sessions: list) -> str:
    out = []
    total_wall = sum(r["wall"] or 0 for r in sessions)
    how = (" in one run" if len(sessions) == 1 else
           " over " + " + ".join(f"{(r['wall'] or 0) / 60:.1f} min ({r['instances']} instances)" for r in sessions)
           + " (resumed)")
    out.append(f"## bench_robust: {len(rows)} instances, seed {args.seed}")
    out.append("")
    out.append(f"QGIS {header['qgis']}, Python {header['python']}, SciPy {header['scipy']}, NumPy {header['numpy']}; "
               f"plugin time limit {args.time_limit or 'none'}; plain time limit "
               f"{f'{args.plain_time_limit:g} s' if args.plain_time_limit else 'none'}; load average at the end "
               f"{os.getloadavg()[0]:.2f}; whole run {total_wall / 60:.1f} min wall{how}.")
    out.append("")
    out.append(describe_version(header["plugin"]) + "." if header.get("plugin") else "plugin version not recorded.")
    out.append("")
    for label, subset in (("all", rows), ("random", [r for r in rows if r["kind"] == "random"]),
                          ("sample set-ups", [r for r in rows if r["kind"] == "sample"])):
        if not subset:
            continue
        ok = subset
        stopped = sum(1 for r in subset if not r["verified"])
        out.append(f"### {label} ({len(subset)} instances)")
        out.append("")
        out.append("| seconds | median | p90 | max | sum |")
        out.append("|---|---:|---:|---:|---:|")
        out.append(_dist_row("plugin CPU s", [r["plugin"]["cpu"] for r in subset]))
        out.append(_dist_row("plugin wall s", [r["plugin"]["wall"] for r in subset]))
        out.append(_dist_row("plain CPU s", [r["plain"]["cpu"] for r in subset]))
        out.append(_dist_row("plain wall s", [r["plain"]["wall"] for r in subset]))
        overall = sum(r["plugin"]["cpu"] for r in ok) / max(1e-9, sum(r["plain"]["cpu"] for r in ok))
        out.append(_dist_row("ratio plugin/plain (CPU)", [r["ratio"] for r in ok], "{:.3f}",
                             f"{overall:.3f} (of the sums)"))
        slower = sum(1 for r in ok if r["ratio"] > 1)
        out.append("")
        if stopped:
            out.append(f"{stopped} plain model(s) stopped at the plain time limit: their plain seconds are lower "
                       "bounds and their ratios upper bounds.")
            out.append("")
        out.append(f"plugin slower than plain (CPU): {slower} of {len(ok)}; more than 2x slower: "
                   f"{sum(1 for r in ok if r['ratio'] > 2)}")
        out.append("")
    out.append("### the 10 slowest plugin instances (CPU)")
    out.append("")
    out.append("| id | population | floor | members | objective | hubs | islands km | candidates | alliances | "
               "covered / coverable | plugin CPU s | plugin wall s | plain CPU s | ratio | agree |")
    out.append("|---|---|---:|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|")
    for r in sorted(rows, key=lambda r: -r["plugin"]["cpu"])[:10]:
        out.append(f"| {r['id']} | {r['field']} | {r['floor']:,} | {r['min_m']}–{r['max_m']} | {r['objective']} "
                   f"| {'on' if r['hubs'] else 'off'} | {r['island'] / 1000:g} | {r['plugin']['candidates']:,} "
                   f"| {r['plugin']['count']} | {r['plugin']['coverage']} / {r['plain'].get('coverable', '?')} "
                   f"| {r['plugin']['cpu']:.2f} "
                   f"| {r['plugin']['wall']:.2f} | {'' if r['verified'] else '≥ '}{r['plain']['cpu']:.2f} "
                   f"| {'' if r['verified'] else '≤ '}{r['ratio']:.2f} | {_verdict(r)} |")
    out.append("")
    out.append("### plugin CPU s by parameter (all instances)")
    out.append("")
    out.append("| parameter | value | n | plugin median | plugin p90 | plugin max | plain median | plain max "
               "| ratio median | plugin slower |")
    out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name, key in (("objective", lambda r: (OBJECTIVES.index(r["objective"]), r["objective"])),
                      ("floor", lambda r: (r["floor"], f"{r['floor']:,}")),
                      ("members", lambda r: ((r["min_m"], r["max_m"]), f"{r['min_m']}–{r['max_m']}")),
                      ("hubs", lambda r: (r["hubs"], "on" if r["hubs"] else "off")),
                      ("islands km", lambda r: (r["island"], f"{r['island'] / 1000:g}")),
                      ("population", lambda r: ("census" in r["field"], "census" if "census" in r["field"]
                                                else "registered")),
                      ("every coverable unit covered", lambda r: (
                          r["plugin"]["coverage"] == r["plain"].get("coverable"),
                          "yes" if r["plugin"]["coverage"] == r["plain"].get("coverable") else "no"))):
        groups = {}
        for r in rows:
            groups.setdefault(key(r), []).append(r)
        for sort_key in sorted(groups):
            g = groups[sort_key]
            value = sort_key[1]
            p = [r["plugin"]["cpu"] for r in g]
            q = [r["plain"]["cpu"] for r in g]
            ratio = [r["ratio"] for r in g]
            out.append(f"| {name} | {value} | {len(g)} | {_pct(p, 50):.2f} | {_pct(p, 90):.2f} | {max(p):.2f} "
                       f"| {_pct(q, 50):.2f} | {max(q):.2f} | {_pct(ratio, 50):.3f} "
                       f"| {sum(1 for x in ratio if x > 1)} |")
    out.append("")
    stopped = [r for r in rows if not r["verified"]]
    if stopped:
        out.append("### plain models stopped at the plain time limit")
        out.append("")
        out.append("| id | parameters | plugin CPU s | plain CPU s "
                   "| plain stages (criterion: status, incumbent, bound, CPU s) |")
        out.append("|---|---|---:|---:|---|")
        for r in stopped:
            stages = "; ".join(f"{st['criterion']}: {_stage_text(st)}" for st in r["plain"]["stages"])
            out.append(f"| {r['id']} | {describe(r)} | {r['plugin']['cpu']:.2f} | ≥ {r['plain']['cpu']:.2f} "
                       f"| {stages} |")
        out.append("")
    agree = sum(1 for r in rows if r["agree"] and r["verified"])
    verified = sum(1 for r in rows if r["verified"])
    out.append(f"**Agreement: {agree} of {verified}** instances whose plain model finished (coverage, alliances, "
               f"cost to 1e-6, candidates, every plugin alliance valid, optimal with gap 0)"
               + (f"; {len(stopped)} unverified (plain model stopped at its time limit), of which "
                  f"{sum(1 for r in stopped if r['agree'])} consistent with every stage the plain model proved "
                  "(and with its incumbent and bound where HiGHS gave them)"
                  if stopped else "") + f". Disagreements: {sum(1 for r in rows if not r['agree'])}.")
    bad = [r for r in rows if not r["agree"]]
    for r in bad:
        out.append(f"- **DISAGREEMENT** {r['id']} ({describe(r)}): " + " | ".join(r["problems"]))
    for r in rows:
        for remark in r["remarks"]:
            out.append(f"- note {r['id']} ({describe(r)}): {remark}")
    return "\n".join(out)


# --------------------------------------------------------------------------- which plugin
def use_plugin(path=None, rev=None) -> Path:
    """Import ``small_but_strong`` from ``path`` or from commit ``rev`` of this checkout (unpacked once
    into benchmarks/.cache/plugin-<sha>) instead of the working tree; returns the plugin root.

    The working tree may change under a long run (someone editing the solver); a commit does not.
    Call before anything imports small_but_strong.
    """
    import hashlib
    import subprocess
    import tempfile

    if rev:
        sha = subprocess.run(["git", "-C", str(_qgis.ROOT), "rev-parse", "--verify", f"{rev}^{{commit}}"],
                             check=True, capture_output=True, text=True).stdout.strip()
        root = _qgis.CACHE / f"plugin-{sha[:12]}"
        if not root.is_dir():
            tmp = Path(f"{root}.tmp")
            subprocess.run(["rm", "-rf", str(tmp)], check=True)
            tmp.mkdir(parents=True)
            archive = subprocess.run(["git", "-C", str(_qgis.ROOT), "archive", sha], check=True,
                                     capture_output=True).stdout
            subprocess.run(["tar", "-x", "-C", str(tmp)], input=archive, check=True)
            tmp.rename(root)
    else:
        root = Path(path).resolve()
    folder = Path(tempfile.gettempdir()) / f"sbs-bench-robust-{hashlib.sha1(str(root).encode()).hexdigest()[:10]}"
    folder.mkdir(exist_ok=True)
    link = folder / "small_but_strong"
    if link.is_symlink() or link.exists():
        link.unlink()
    link.symlink_to(root, target_is_directory=True)
    sys.path.insert(0, str(folder))
    for name in [m for m in sys.modules if m == "small_but_strong" or m.startswith("small_but_strong.")]:
        del sys.modules[name]
    return root


def plugin_version(root: Path, rev=None) -> dict:
    """Where the solver came from: commit, whether its sources differ from it, and a hash of them."""
    import hashlib
    import subprocess

    files = sorted(p for p in [root / "core" / "alliances.py", *(root / "core" / "alliances").glob("*.py")]
                   if p.is_file())
    digest = hashlib.sha1()
    for f in files:
        digest.update(f.name.encode() + b"\0" + f.read_bytes())
    out = dict(root=str(root), rev=rev, solver_sha1=digest.hexdigest()[:12],
               solver_newest=time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(max(f.stat().st_mtime for f in files)))
               if files else None)
    if rev is None:
        def git(*a):
            try:
                return subprocess.run(["git", "-C", str(root), *a], capture_output=True, text=True,
                                      timeout=30).stdout.strip()
            except (OSError, subprocess.SubprocessError):
                return ""
        out["head"] = git("rev-parse", "--short", "HEAD") or None
        out["solver_dirty"] = bool(git("status", "--porcelain", "--", "core/alliances", "core/alliances.py"))
    return out


def describe_version(v: dict) -> str:
    if v.get("rev"):
        return f"plugin at commit {v['rev']} (solver sources {v['solver_sha1']})"
    dirty = " + uncommitted solver changes" if v.get("solver_dirty") else ""
    return (f"plugin from the working tree {v['root']} (HEAD {v.get('head')}{dirty}; solver sources "
            f"{v['solver_sha1']}, newest file {v['solver_newest']})")


# --------------------------------------------------------------------------- main
def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--instances", type=int, default=DEFAULT_INSTANCES)
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    parser.add_argument("--quick", action="store_true", help=f"the first {QUICK_INSTANCES} instances")
    parser.add_argument("--time-limit", type=float, default=None, help="plugin time limit in seconds (default none)")
    parser.add_argument("--plain-time-limit", type=float, default=DEFAULT_PLAIN_LIMIT,
                        help=f"seconds (wall) for the whole plain model of one instance, 0 = none "
                             f"(default {DEFAULT_PLAIN_LIMIT:g})")
    parser.add_argument("--plugin-hard-limit", type=float, default=DEFAULT_PLUGIN_HARD_LIMIT,
                        help="kill the plugin's child process after this many wall seconds and report it, 0 = never "
                             f"(default {DEFAULT_PLUGIN_HARD_LIMIT:g})")
    parser.add_argument("--in-process", action="store_true",
                        help="run both models in this process (no guard against a HiGHS that ignores its limit)")
    parser.add_argument("--json", metavar="PATH", help="write every row (and the header) to this JSON file, "
                                                       "after each instance")
    parser.add_argument("--resume", action="store_true",
                        help="keep the rows of --json PATH measured before (same seed) and run only the others")
    parser.add_argument("--only", help="comma-separated instance ids of the grid to run")
    parser.add_argument("--list", action="store_true", help="print the grid and stop")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--plugin-rev", metavar="REV",
                       help="benchmark the plugin of this git commit (unpacked into benchmarks/.cache) instead of "
                            "the working tree, which someone may be editing during the run")
    which.add_argument("--plugin", metavar="PATH", help="benchmark the plugin folder PATH instead of this checkout")
    args = parser.parse_args()
    n = QUICK_INSTANCES if args.quick else args.instances
    grid = make_grid(max(n, 6), args.seed)[:n]
    if args.only:
        wanted = set(args.only.split(","))
        longer = make_grid(max(n, DEFAULT_INSTANCES, 1000), args.seed)
        grid = [inst for inst in longer if inst["id"] in wanted]
    print(f"bench_robust: seed {args.seed}, {len(grid)} instances", flush=True)
    if args.list:
        for inst in grid:
            print(f"  {inst['id']}: {describe(inst)}")
        return 0
    kept, sessions = {}, []
    if args.resume:
        if not args.json or not os.path.exists(args.json):
            parser.error("--resume needs --json PATH of an earlier run")
        with open(args.json, encoding="utf-8") as fh:
            before = json.load(fh)
        if before.get("seed") != args.seed:
            parser.error(f"--resume: {args.json} was made with seed {before.get('seed')}, not {args.seed}")
        then = (before.get("plugin") or {}).get("solver_sha1")
        now = plugin_version(use_plugin(args.plugin, args.plugin_rev) if (args.plugin or args.plugin_rev)
                             else _qgis.ROOT, args.plugin_rev)["solver_sha1"]
        if then != now:
            parser.error(f"--resume: {args.json} measured solver sources {then}, these are {now}")
        params = {inst["id"]: _key(inst) for inst in grid}
        kept = {r["id"]: r for r in before["rows"] if params.get(r["id"]) == _key(r)}
        sessions = before.get("sessions") or [dict(wall=before.get("wall_seconds"), instances=len(before["rows"]),
                                                   qgis=before.get("qgis"))]
        print(f"resuming: {len(kept)} rows kept from {args.json}", flush=True)
    plain_hard = args.plain_time_limit + max(60.0, 0.1 * args.plain_time_limit) if args.plain_time_limit else None

    started = time.perf_counter()
    root = use_plugin(args.plugin, args.plugin_rev) if (args.plugin or args.plugin_rev) else _qgis.ROOT
    version = plugin_version(root, args.plugin_rev)
    _qgis.start(with_provider=False)
    import numpy
    import scipy
    from qgis.core import Qgis

    header = dict(qgis=Qgis.version(), python=platform.python_version(), scipy=scipy.__version__,
                  numpy=numpy.__version__, seed=args.seed, instances=len(grid), time_limit=args.time_limit,
                  plain_time_limit=args.plain_time_limit, plugin=version)
    print(f"QGIS {header['qgis']}, Python {header['python']}, SciPy {header['scipy']}", flush=True)
    print(describe_version(version), flush=True)
    data = load_data()
    for island, g in data["graphs"].items():
        print(f"  graph, island links {island / 1000:g} km: {len(data['eligible'])} units, {len(g['edges'])} links "
              f"({len(g['island_links'])} island links)", flush=True)
    # warm-up (imports, HiGHS loading) so that the first instance's times are not inflated
    warm = dict(grid[0])
    warm.update(floor=10_000_000, max_m=2, min_m=2)
    rules = Rules(data, warm)
    plugin_run(data, rules, warm)
    plain_model(rules, warm["objective"])
    import small_but_strong

    if Path(small_but_strong.__file__).resolve().parent != Path(root).resolve():
        raise SystemExit(f"small_but_strong was imported from {small_but_strong.__file__}, not {root}")

    rows = []
    for k, inst in enumerate(grid, start=1):
        rules = Rules(data, inst)
        if inst["id"] in kept:
            row = kept[inst["id"]]
            row.setdefault("verified", row["plain"]["status"] == "optimal")
            if row["plain"].get("coverable") is None:  # rows of an older version of this script
                row["plain"]["coverable"] = len({u for c in plain_candidates(rules) for u in c})
            rows.append(row)
            print(f"[{k}/{len(grid)}] {inst['id']}: kept from the earlier run", flush=True)
            continue
        print(f"[{k}/{len(grid)}] {inst['id']}: {describe(inst)}:", end="", flush=True)
        plug = guarded_plugin(data, rules, inst, args.time_limit, args.plugin_hard_limit or None, args.in_process)
        print(f" plugin {plug['cpu']:.2f} CPU s, plain ...", flush=True)
        plain = guarded_plain(rules, inst["objective"], args.plain_time_limit or None, plain_hard, args.in_process)
        problems, remarks = compare(rules, inst, plug, plain, args.time_limit)
        ratio = plug["cpu"] / plain["cpu"] if plain["cpu"] > 0 else float("inf")
        row = dict(inst, plugin=plug, plain=dict(plain, chosen=[list(s) for s in plain["chosen"]]), ratio=ratio,
                   agree=not problems, verified=plain["status"] == "optimal", problems=problems, remarks=remarks,
                   load=os.getloadavg()[0])
        rows.append(row)
        verdict = "DISAGREE" if problems else ("agree" if row["verified"] else "unverified (plain stopped)")
        print(f"    {inst['id']}: {plug['candidates']:,} candidates, "
              f"{plug['count']} alliances / {plug['coverage']} units; plugin {plug['cpu']:.2f} CPU s "
              f"({plug['wall']:.2f} wall), plain {plain['cpu']:.2f} CPU s "
              f"(enum {plain['enum_cpu']:.2f}, stages {'/'.join(f'{s:.2f}' for s in plain['stage_cpu'])}); "
              f"ratio {ratio:.2f}; load {row['load']:.1f}; {verdict}", flush=True)
        for p in problems:
            print(f"    !!! DISAGREEMENT {inst['id']}: {p}", flush=True)
        for note in remarks:
            print(f"    note: {note}", flush=True)
        if args.json:
            _write_json(args.json, header, rows, sessions, time.perf_counter() - started, len(rows) - len(kept))
    total = time.perf_counter() - started
    if args.json:
        _write_json(args.json, header, rows, sessions, total, len(rows) - len(kept))
    sessions = sessions + [dict(wall=total, instances=len(rows) - len(kept), qgis=header["qgis"])]
    print()
    print(report(rows, args, header, sessions))
    bad = [r for r in rows if not r["agree"]]
    if bad:
        print(f"\n!!! {len(bad)} DISAGREEMENT(S): " + ", ".join(r["id"] for r in bad), flush=True)
        return 1
    return 0


def _write_json(path: str, header: dict, rows: list, sessions: list, wall: float, measured: int) -> None:
    """Every row so far; ``sessions``: earlier runs resumed from, plus this one (wall seconds, instances)."""
    tmp = f"{path}.tmp"
    runs = sessions + [dict(wall=wall, instances=measured, qgis=header["qgis"])]
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(dict(header, wall_seconds=sum(r["wall"] or 0 for r in runs), sessions=runs, rows=rows), fh,
                  ensure_ascii=False, indent=1)
    os.replace(tmp, path)


if __name__ == "__main__":
    sys.exit(main())
