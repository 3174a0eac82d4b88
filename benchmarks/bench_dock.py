"""How fast the dock answers, on the Korean sample (and, with --us, the US counties): action -> ms.

Runs the real dock headless (no desktop): the pipeline, then every interactive action the
analyst repeats, each several times; prints a table of median and worst milliseconds, the longest
time the main thread's Python was blocked ("stall") where it matters, and the load average
(2 cores, shared: read the times next to it). ``python benchmarks/bench_dock.py [--repeat 20] [--us]
[--in-thread]`` (``--in-thread``: the solver in the task's thread, as before the solver process).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import _qgis  # noqa: E402  (sets up the import path and QGIS)

_qgis.start()

from qgis.core import QgsProject  # noqa: E402
from qgis.PyQt.QtCore import QCoreApplication, QTimer  # noqa: E402

from small_but_strong.ui.dock import SmallButStrongDock  # noqa: E402


class Stall:
    """The longest gap between two ticks of a 5 ms Python timer on the main thread, ms."""

    def __init__(self):
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.worst = 0.0
        self._last = 0.0

    def __enter__(self):
        self.worst, self._last = 0.0, time.perf_counter()
        self.timer.start()
        return self

    def _tick(self):
        now = time.perf_counter()
        self.worst = max(self.worst, (now - self._last) * 1000.0)
        self._last = now

    def __exit__(self, *exc):
        self._tick()
        self.timer.stop()


def wait_for(predicate, timeout=600):
    deadline = time.time() + timeout
    while time.time() < deadline:
        QCoreApplication.processEvents()
        if predicate():
            return True
        time.sleep(0.002)
    raise TimeoutError


def timed(function) -> float:
    started = time.perf_counter()
    function()
    return (time.perf_counter() - started) * 1000.0


def bench(kind: str, repeat: int) -> list:
    QgsProject.instance().clear()
    dock = SmallButStrongDock(None)
    dock.load_sample(kind)
    rows = []
    adopt, draw = [], []
    original, original_draw = dock._adopt_run, dock._draw_run
    dock._adopt_run = lambda results: adopt.append(timed(lambda: original(results)))
    dock._draw_run = lambda: draw.append(timed(original_draw))
    with Stall() as stall:
        ms = timed(lambda: (dock.run_pipeline(), wait_for(lambda: not dock.runner.is_running())))
        wait_for(lambda: not dock.plan_map.busy())
    rows.append(("run the pipeline (all algorithms)", [ms], stall.worst))
    rows.append(("  main thread: the plan and its views", adopt, None))
    rows.append(("  main thread, next turn: layers drawn", draw, None))
    editor = dock.editor
    units = [u for u in editor.units if editor.eligible(u)][:repeat]
    targets = editor.alliance_ids()
    dock.set_target(targets[0])
    rows.append(("hover preview (move, validity, gap)", [timed(lambda u=u: dock.preview(u)) for u in units], None))
    moves, validation, undo, redo = [], [], [], []
    with Stall() as stall:
        for n, uid in enumerate(units):
            target = targets[n % len(targets)]
            moves.append(timed(lambda: dock.move_unit(uid, target)))
            validation.append(editor.last_validation_ms)
            QCoreApplication.processEvents()
            undo.append(timed(dock.undo_stack.undo))
            QCoreApplication.processEvents()
            redo.append(timed(dock.undo_stack.redo))
            QCoreApplication.processEvents()
            dock.undo_stack.undo()
            QCoreApplication.processEvents()
    rows += [("move a unit (validate + table + map)", moves, stall.worst), ("  its validation", validation, None),
             ("undo a move", undo, None), ("redo a move", redo, None)]
    layer = dock.plan_map.units_layer()
    five = editor.rows()[1].members[:5]
    layer.selectByIds([dock.plan_map.fid(u) for u in five])
    dock.set_target(-1)
    rows.append(("assign the selection (new alliance)", [timed(dock.assign_selection)], None))
    dock.undo_stack.undo()
    first = dock.save_scenario("optimum")
    for label, locked in (("all but one locked", lambda ids: ids[1:]), ("one locked", lambda ids: ids[:1])):
        for aid in locked(editor.alliance_ids()):
            editor.set_locked(aid, True)
        applied, outlined, stalls = [], [], []
        for _ in range(max(3, repeat // 4)):
            dock.move_unit(editor.rows()[0].members[-1], None)
            wait_for(lambda: not dock.plan_map.busy())
            with Stall() as stall:
                started = time.perf_counter()
                dock.reoptimise()
                wait_for(lambda: dock._solve_task is None)
                applied.append((time.perf_counter() - started) * 1000.0)
                wait_for(lambda: not dock.plan_map.busy())
                outlined.append((time.perf_counter() - started) * 1000.0)
            stalls.append(stall.worst)
        rows += [(f"re-optimise the rest, {label} (click -> shown)", applied, max(stalls)),
                 ("  ... and every outline dissolved", outlined, None)]
        for aid in editor.alliance_ids():
            editor.set_locked(aid, False)
    dock.move_unit(editor.rows()[0].members[-1], None)
    second = dock.save_scenario("edited")
    restores = []
    with Stall() as stall:
        for n in range(max(4, repeat // 2)):
            restores.append(timed(lambda n=n: dock.restore_scenario(first if n % 2 == 0 else second)))
            QCoreApplication.processEvents()
    rows.append(("restore a scenario", restores, stall.worst))
    folder = tempfile.mkdtemp()
    path = os.path.join(folder, "bench.qgz")
    rows.append(("save the project (layers into the GeoPackage)", [timed(lambda: QgsProject.instance().write(path))],
                 None))
    rows.append(("save again (nothing new to store)", [timed(lambda: QgsProject.instance().write(path))], None))
    QgsProject.instance().clear()
    rows.append(("reopen the project (plan and session back)", [timed(lambda: QgsProject.instance().read(path))],
                 None))
    again = dock.editor.rows()
    rows.append(("move after reopening", [timed(lambda: dock.move_unit(again[0].members[-1], again[1].alliance_id))],
                 None))
    dock.shutdown()
    QgsProject.instance().clear()
    return rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--us", action="store_true", help="also the 3,085 US counties (a 60 s run)")
    parser.add_argument("--in-thread", action="store_true", help="solve in the task's thread, not in a process")
    args = parser.parse_args()
    if args.in_thread:
        from small_but_strong.core.alliances import isolated, solve

        isolated.solve = lambda problem, progress=None, is_canceled=None, settings=None, log=None: solve(
            problem, progress=progress, is_canceled=is_canceled)
    kinds = ["korea"] + (["us"] if args.us else [])
    out = []
    for kind in kinds:
        out.append(f"\n{'Korean sample (229 units, 122 eligible)' if kind == 'korea' else 'US counties (3,085)'}")
        out.append(f"{'action':<52} {'n':>3} {'median ms':>10} {'worst ms':>9} {'stall ms':>9}")
        for name, values, stall in bench(kind, args.repeat):
            out.append(f"{name:<52} {len(values):>3} {statistics.median(values):>10.1f} {max(values):>9.1f} "
                       f"{'' if stall is None else f'{stall:.0f}':>9}")
    out.append(f"\nload average: {' '.join(f'{x:.2f}' for x in os.getloadavg())} (2 cores)")
    sys.stdout.write("\n".join(out) + "\n")
    sys.stdout.flush()
    os._exit(0)  # QGIS's teardown at interpreter exit can crash headless; the table is out


if __name__ == "__main__":
    main()
