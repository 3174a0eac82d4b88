"""Scale benchmark (issue 7): time each algorithm through processing.run on 1,000–50,000 units.

Every (algorithm, size) runs in a fresh Python process (headless QGIS started the way the test
suite does it), so the peak resident memory (VmHWM, which counts the C++ side: GEOS, GDAL,
HiGHS) belongs to that run alone. The time is the wall time of ``processing.run`` only:
reading the GeoPackage, the work and writing the output GeoPackage; QGIS start-up is not in it.

    /usr/bin/python3 benchmarks/bench_scale.py                      # everything (~5 min)
    /usr/bin/python3 benchmarks/bench_scale.py --sizes 1000,10000 --algorithms indicators,servicegaps
    /usr/bin/python3 benchmarks/bench_scale.py --algorithms alliances --profile   # + cProfile

Inputs come from benchmarks/tessellation.py (cached in benchmarks/.cache). Targets (issue 7):
indicators and service gaps on 50,000 units under 30 s each; alliances on 10,000 units under
60 s with the gap reported. Growth = log(t2/t1) / log(n2/n1) between consecutive sizes
(1 = linear, 2 = quadratic). "CPU s" is the user+system time of the run's process (all its
threads); "load" the 1-minute load average when the run ended: on a shared 2-core machine a
load above 2 means other processes took CPU and the wall time is inflated.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import tessellation  # noqa: E402  (also sets up the small_but_strong import path)
import _qgis  # noqa: E402

ALGORITHMS = {
    "indicators": "smallbutstrong:declineindicators",
    "servicegaps": "smallbutstrong:servicegaps",
    "alliances": "smallbutstrong:proposealliances",
}
DEFAULT_SIZES = (1000, 10000, 50000)
TARGETS = {  # (units, seconds) from issue 7
    "indicators": (50000, 30.0),
    "servicegaps": (50000, 30.0),
    "alliances": (10000, 60.0),
}
FACILITY_FILTER = "\"cls\" IN ('권역응급의료센터','지역응급의료센터','지역응급의료기관')"


def parameters(algorithm: str, gpkg: Path, out_dir: Path, n: int, time_limit: float) -> dict:
    units = tessellation.units_uri(gpkg)
    if algorithm == "indicators":
        return {
            "INPUT": units, "ID_FIELD": "code", "NAME_FIELD": "name", "POPULATION_FIELD": "pop",
            "POPULATION_BASE_FIELD": "pop_2015", "YEAR": 2025, "BASE_YEAR": 2015,
            "ELDERLY_FIELD": "pop65", "YOUNG_WOMEN_FIELD": "f20_39", "BIRTHS_FIELD": "births",
            "OUTPUT": str(out_dir / "indicators.gpkg"),
        }
    if algorithm == "servicegaps":
        return {
            "INPUT": units, "ID_FIELD": "code", "POPULATION_FIELD": "pop",
            "FACILITIES": tessellation.facilities_uri(gpkg), "FACILITY_FILTER": FACILITY_FILTER,
            "MIN_COUNT": 1, "MAX_DISTANCE": 30, "CATCHMENT": 30, "DECAY": "gaussian",
            "OUTPUT": str(out_dir / "service_gaps.gpkg"),
        }
    if algorithm == "alliances":
        return {
            "INPUT": units, "ID_FIELD": "code", "NAME_FIELD": "name", "POPULATION_FIELD": "pop",
            "MIN_MEMBERS": 2, "MAX_MEMBERS": 5, "MIN_POPULATION": 300000, "MAX_POPULATION": 0,
            "ADJACENCY_TOLERANCE": 200, "OBJECTIVE": "coverage", "TIME_LIMIT": time_limit,
            "OUTPUT": str(out_dir / "alliances.gpkg"), "OUTPUT_MEMBERS": str(out_dir / "members.gpkg"),
        }
    raise KeyError(algorithm)


def _enum_value(alg, name, value):
    """An enum parameter given as text ("gaussian") -> its index, when the algorithm has options."""
    from qgis.core import QgsProcessingParameterEnum

    definition = alg.parameterDefinition(name)
    if isinstance(definition, QgsProcessingParameterEnum) and isinstance(value, str):
        options = [o.lower() for o in definition.options()]
        for i, option in enumerate(options):
            if option == value.lower() or option.startswith(value.lower()) or value.lower() in option:
                return i
        raise SystemExit(f"{name}: {value!r} is not one of {definition.options()}")
    return value


# -- the child: one algorithm at one size in this process ---------------------------------------

def child(algorithm: str, n: int, shape: str, time_limit: float, result_file: Path, profile: bool):
    import resource

    from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback

    _qgis.start()
    import processing

    alg_id = ALGORITHMS[algorithm]
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is None:
        result_file.write_text(json.dumps({"error": f"{alg_id} is not registered (yet)"}))
        return
    gpkg = tessellation.make_tessellation(n, shape)

    class Feedback(QgsProcessingFeedback):
        warnings = 0
        warning_texts = []
        errors = []

        def pushWarning(self, text):  # noqa: N802
            Feedback.warnings += 1
            Feedback.warning_texts.append(text[:300])
            super().pushWarning(text)

        def reportError(self, text, fatalError=False):  # noqa: N802,N803
            Feedback.errors.append(text)
            super().reportError(text, fatalError)

    with tempfile.TemporaryDirectory(prefix="sbs-bench-") as out:
        params = parameters(algorithm, gpkg, Path(out), n, time_limit)
        params = {k: _enum_value(alg, k, v) for k, v in params.items()
                  if alg.parameterDefinition(k) is not None}
        unknown = sorted(set(parameters(algorithm, gpkg, Path(out), n, time_limit)) - set(params))
        context = QgsProcessingContext()
        feedback = Feedback()
        base_mb = _qgis.vm_hwm_mb()
        cpu0 = resource.getrusage(resource.RUSAGE_SELF)
        t0 = time.perf_counter()
        profiler = None
        if profile:
            import cProfile

            profiler = cProfile.Profile()
            profiler.enable()
        error = None
        try:
            res = processing.run(alg_id, params, feedback=feedback, context=context)
        except Exception as exc:  # noqa: BLE001 - reported in the table
            res, error = {}, f"{type(exc).__name__}: {exc}"
        if profiler is not None:
            profiler.disable()
        seconds = time.perf_counter() - t0
        cpu1 = resource.getrusage(resource.RUSAGE_SELF)
        peak_mb = _qgis.vm_hwm_mb()
        outputs = {k: v for k, v in res.items() if isinstance(v, (int, float, bool, str)) and not (
            isinstance(v, str) and (v.endswith(".gpkg") or "|layername=" in v or v.startswith("memory")))}
        record = {
            "algorithm": algorithm, "id": alg_id, "units": n, "shape": shape, "seconds": seconds,
            "cpu_seconds": (cpu1.ru_utime + cpu1.ru_stime) - (cpu0.ru_utime + cpu0.ru_stime),
            "peak_mb": peak_mb, "base_mb": base_mb, "load": os.getloadavg()[0], "outputs": outputs, "warnings": Feedback.warnings,
            "warning_texts": Feedback.warning_texts[:3],
            "errors": Feedback.errors[:5], "error": error, "ignored_parameters": unknown,
            "parameters": {k: v for k, v in params.items() if not str(v).startswith(str(gpkg.parent))},
        }
        if profiler is not None:
            import io
            import pstats

            prof = _qgis.CACHE / f"profile-{algorithm}-{n}.prof"
            profiler.dump_stats(str(prof))
            text = io.StringIO()
            stats = pstats.Stats(profiler, stream=text).strip_dirs()
            stats.sort_stats("cumulative").print_stats(30)
            stats.sort_stats("tottime").print_stats(20)
            (prof.with_suffix(".txt")).write_text(text.getvalue())
            record["profile"] = str(prof.with_suffix(".txt"))
    result_file.write_text(json.dumps(record, default=str))


# -- the parent: run children, print the table -------------------------------------------------

def wait_for_quiet(load: float, max_wait: float) -> float:
    """Sleep until the 1-minute load average is below ``load`` or ``max_wait`` seconds passed."""
    t0 = time.monotonic()
    while os.getloadavg()[0] >= load and time.monotonic() - t0 < max_wait:
        time.sleep(5)
    return time.monotonic() - t0


def run_one(algorithm: str, n: int, shape: str, time_limit: float, profile: bool, timeout: float) -> dict:
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        result_file = Path(handle.name)
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", algorithm, str(n), "--shape", shape,
           "--time-limit", str(time_limit), "--result-file", str(result_file)]
    if profile:
        cmd.append("--profile")
    t0 = time.perf_counter()
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
        text = result_file.read_text() if result_file.exists() else ""
        record = json.loads(text) if text.strip() else {
            "error": f"child exited {proc.returncode}: {proc.stderr.strip()[-500:]}"}
    except subprocess.TimeoutExpired:
        record = {"error": f"no result within {timeout:.0f} s (killed)"}
    finally:
        if result_file.exists():
            result_file.unlink()
    record.setdefault("algorithm", algorithm)
    record.setdefault("units", n)
    record["process_seconds"] = time.perf_counter() - t0
    return record


def _fmt_outputs(record: dict) -> str:
    out = record.get("outputs") or {}
    if record.get("error"):
        return "ERROR " + str(record["error"])[:160]
    parts = []
    for key in ("ALLIANCES", "COVERED", "OPTIMAL", "GAP", "UNITS_IN_GAP", "POPULATION_IN_GAP"):
        if key in out:
            value = out[key]
            if key == "GAP" and isinstance(value, (int, float)):
                value = f"{value:.3%}" if value == value else "n/a"
            elif key == "POPULATION_IN_GAP" and isinstance(value, (int, float)):
                value = f"{value:,.0f}"
            parts.append(f"{key}={value}")
    if record.get("warnings"):
        parts.append(f"{record['warnings']} warning(s)")
    return ", ".join(parts)


def table(records: list) -> str:
    lines = ["| algorithm | units | seconds | CPU s | peak MB (Δ over QGIS) | growth (wall / CPU) | load | result |",
             "|---|---:|---:|---:|---:|---:|---:|---|"]
    previous = {}
    for r in records:
        alg, n = r["algorithm"], r["units"]
        if r.get("error") or "seconds" not in r:
            lines.append(f"| {alg} | {n:,} | – | – | – | – | – | {_fmt_outputs(r)} |")
            continue
        growth = "–"
        limited = r.get("outputs", {}).get("OPTIMAL") is False and r["seconds"] >= 0.9 * float(
            r.get("parameters", {}).get("TIME_LIMIT") or math.inf)
        if limited:
            growth = "time limit"
        elif previous.get(alg) is not None:
            n1, t1, c1 = previous[alg]
            if t1 > 0 and c1 > 0 and n != n1:
                growth = (f"{math.log(r['seconds'] / t1) / math.log(n / n1):.2f} / "
                          f"{math.log(r['cpu_seconds'] / c1) / math.log(n / n1):.2f}")
        previous[alg] = None if limited else (n, r["seconds"], r["cpu_seconds"])
        lines.append(
            f"| {alg} | {n:,} | {r['seconds']:.1f} | {r['cpu_seconds']:.1f} | "
            f"{r['peak_mb']:.0f} ({r['peak_mb'] - r['base_mb']:+.0f}) | {growth} | {r.get('load', 0):.1f} | "
            f"{_fmt_outputs(r)} |")
    return "\n".join(lines)


def verdicts(records: list) -> list:
    notes = []
    for alg, (units, limit) in TARGETS.items():
        for r in records:
            if r["algorithm"] == alg and r["units"] == units:
                if r.get("error") or "seconds" not in r:
                    notes.append(f"{alg} on {units:,} units: no result ({r.get('error')})")
                else:
                    ok = r["seconds"] < limit
                    extra = ""
                    if alg == "alliances":
                        gap = (r.get("outputs") or {}).get("GAP")
                        ok = ok and gap is not None
                        extra = f", gap {'reported' if gap is not None else 'NOT reported'}"
                    note = (f"{alg} on {units:,} units: {r['seconds']:.1f} s wall, {r['cpu_seconds']:.1f} s CPU "
                            f"(target < {limit:.0f} s{extra}) -> {'met' if ok else 'MISSED'}")
                    if not ok and r.get("load", 0) > 2.0 and r["cpu_seconds"] < limit:
                        note += (f" on the wall clock with a load of {r['load']:.1f} on 2 cores; "
                                 f"the CPU time is under the target")
                    notes.append(note)
    return notes


def machine() -> str:
    cpu = platform.processor()
    try:
        with open("/proc/cpuinfo") as info:
            for line in info:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    from qgis.core import Qgis

    return f"{os.cpu_count()} cores ({cpu}), Python {platform.python_version()}, QGIS {Qgis.QGIS_VERSION}"


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default=",".join(str(s) for s in DEFAULT_SIZES),
                        help="comma-separated unit counts (default 1000,10000,50000)")
    parser.add_argument("--algorithms", default=",".join(ALGORITHMS),
                        help=f"comma-separated subset of {', '.join(ALGORITHMS)}")
    parser.add_argument("--shape", choices=("voronoi", "hex"), default="voronoi")
    parser.add_argument("--alliances-max-units", type=int, default=10000,
                        help="run the alliances only up to this size (default 10000)")
    parser.add_argument("--time-limit", type=float, default=50.0, help="alliances TIME_LIMIT (s)")
    parser.add_argument("--timeout", type=float, default=1800.0, help="kill a run after this many s")
    parser.add_argument("--profile", action="store_true", help="cProfile each run (slower)")
    parser.add_argument("--json", type=Path, help="also write the records here")
    parser.add_argument("--quiet-load", type=float, default=0.0,
                        help="before each run wait until the 1-minute load average is below this (0 = don't)")
    parser.add_argument("--quiet-wait", type=float, default=300.0,
                        help="wait at most this many seconds for --quiet-load (then run anyway)")
    parser.add_argument("--child", nargs=2, metavar=("ALGORITHM", "UNITS"), help=argparse.SUPPRESS)
    parser.add_argument("--result-file", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        child(args.child[0], int(args.child[1]), args.shape, args.time_limit, args.result_file, args.profile)
        return 0

    sizes = sorted(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    algorithms = [a.strip() for a in args.algorithms.split(",") if a.strip()]
    for a in algorithms:
        if a not in ALGORITHMS:
            parser.error(f"unknown algorithm {a!r}; choose from {', '.join(ALGORITHMS)}")
    for n in sizes:  # build the inputs first, so their time is not in any run
        t0 = time.perf_counter()
        path = tessellation.make_tessellation(n, args.shape)
        print(f"input: {n:,} {args.shape} units + {max(5, n // 50):,} facilities  {path.name} "
              f"({time.perf_counter() - t0:.1f} s)", flush=True)
    records = []
    for alg in algorithms:
        for n in sizes:
            if alg == "alliances" and n > args.alliances_max_units:
                continue
            if args.quiet_load > 0:
                waited = wait_for_quiet(args.quiet_load, args.quiet_wait)
                if waited:
                    print(f"  (waited {waited:.0f} s for load {os.getloadavg()[0]:.1f})", flush=True)
            record = run_one(alg, n, args.shape, args.time_limit, args.profile, args.timeout)
            records.append(record)
            status = record.get("error") or f"{record['seconds']:.1f} s, peak {record['peak_mb']:.0f} MB"
            print(f"  {alg:<12} {n:>7,}  {status}", flush=True)
            if record.get("ignored_parameters"):
                print(f"    (parameters not defined by the algorithm, left out: "
                      f"{', '.join(record['ignored_parameters'])})", flush=True)
            if record.get("profile"):
                print(f"    profile: {record['profile']}", flush=True)
    _qgis.start(with_provider=False)
    print()
    print(f"Machine: {machine()}; inputs: {args.shape} tessellations (benchmarks/tessellation.py); "
          f"alliances TIME_LIMIT {args.time_limit:g} s")
    print()
    print(table(records))
    print()
    for note in verdicts(records):
        print("- " + note)
    for r in records:
        for text in r.get("warning_texts") or ():
            print(f"- warning from {r['algorithm']} on {r['units']:,} units: {text}")
    if args.json:
        args.json.write_text(json.dumps(records, indent=1, default=str))
    return 0


if __name__ == "__main__":
    sys.exit(main())
