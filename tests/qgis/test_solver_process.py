"""The solver in a separate process (core/alliances/isolated.py, ui/solver_process.py): the same
solution as in the thread, cancel kills the worker (and reaps it), a missing interpreter or a worker
that cannot start falls back to the in-thread solve and says so once."""

import dataclasses
import os
import random
import sys
import threading
import time

import pytest
from qgis.core import QgsProject
from sbs_helpers import wait_for

from small_but_strong.core import alliances as core
from small_but_strong.core.alliances import isolated
from small_but_strong.ui.dock import SmallButStrongDock


def same(a, b):
    a, b = dataclasses.asdict(a), dataclasses.asdict(b)
    a.pop("seconds"), b.pop("seconds")
    return a == b


def reaped(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        return True
    return False


def grid(rows=12, cols=14, seed=1):
    """A problem that takes seconds (many solver calls): time to cancel it in the middle."""
    rng = random.Random(seed)
    units = [core.Unit(id=f"u{r}_{c}", population=float(rng.randint(20000, 200000)), x=20000.0 * c, y=20000.0 * r)
             for r in range(rows) for c in range(cols)]
    edges = [(f"u{r}_{c}", f"u{r}_{c + 1}") for r in range(rows) for c in range(cols - 1)]
    edges += [(f"u{r}_{c}", f"u{r + 1}_{c}") for r in range(rows - 1) for c in range(cols)]
    return core.AllianceProblem(units=units, edges=edges)


@pytest.fixture
def dock():
    QgsProject.instance().clear()
    dock = SmallButStrongDock(None)
    dock.load_sample()
    dock.run_pipeline()
    assert wait_for(lambda: not dock.runner.is_running())
    assert dock.editor is not None, dock.status.text()
    yield dock
    dock.shutdown()
    assert not isolated.workers()
    QgsProject.instance().clear()


def test_same_solution_in_the_process_and_in_the_thread(dock):
    problem = dock.session.problem
    here = core.solve(problem)
    # the pipeline's proposealliances ran with SOLVER_PROCESS (the dock sets it)
    assert same(dock._captures["alliances"]["solution"], here)
    assert same(isolated.solve_in_process(problem), here)
    # the dock's re-solve problem: one alliance locked
    dock.editor.set_locked(dock.editor.alliance_ids()[0], True)
    locked = dock._problem_now()
    progress = []
    assert same(isolated.solve_in_process(locked, progress=progress.append), core.solve(locked))
    assert progress and progress == sorted(progress) and progress[-1] == 1.0
    # the worker is kept warm for the next solve
    assert len(isolated.workers()) == 1 and isolated.workers()[0].alive()


def test_the_dock_reoptimises_in_the_worker(dock):
    dock.editor.set_locked(dock.editor.alliance_ids()[0], True)
    dock.move_unit(dock.editor.rows()[0].members[-1], None)
    from small_but_strong.ui.parameters import alliance_params

    assert alliance_params("layer", dock.current_settings())["SOLVER_PROCESS"] is True
    pid = isolated.workers()[0].proc.pid
    dock.reoptimise()
    assert wait_for(lambda: dock._solve_task is None)
    assert "stopped" not in dock.status.text(), dock.status.text()
    assert [w.proc.pid for w in isolated.workers()] == [pid]  # the same warm worker did it


def test_cancel_kills_the_worker_and_leaves_no_zombie():
    isolated.shutdown()
    isolated.warm()
    worker = isolated.workers()[0]
    canceled, started, outcome = threading.Event(), threading.Event(), []

    def run():
        try:
            isolated.solve_in_process(grid(), progress=lambda f: started.set(), is_canceled=canceled.is_set)
            outcome.append("solved")
        except core.SolverCanceled:
            outcome.append("canceled")

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(60)
    time.sleep(0.3)
    canceled.set()
    thread.join(10)
    assert outcome == ["canceled"]
    assert worker.proc.returncode is not None and reaped(worker.proc.pid)
    assert not isolated.workers()


def test_shutdown_stops_a_solve_in_progress():
    isolated.shutdown()
    started, outcome = threading.Event(), []

    def run():
        try:
            isolated.solve(grid(), progress=lambda f: started.set())
            outcome.append("solved")
        except core.SolverCanceled:
            outcome.append("canceled")

    thread = threading.Thread(target=run)
    thread.start()
    assert started.wait(60)
    worker = isolated.workers()[0]
    isolated.shutdown()
    thread.join(10)
    assert outcome == ["canceled"]  # not solved again in the thread
    assert reaped(worker.proc.pid) and not isolated.workers()


@pytest.mark.parametrize("python", [None, "/bin/false", "other numpy"])
def test_no_worker_falls_back_to_the_thread_and_logs_once(monkeypatch, python):
    isolated.shutdown()
    if python == "other numpy":  # a python3 on the PATH with other versions: its solutions could differ
        mine = isolated.versions()
        monkeypatch.setattr(isolated, "versions", lambda: mine + "-other")
    else:
        monkeypatch.setattr(isolated, "find_python", lambda: python)
    monkeypatch.setattr(isolated, "_logged", [False])
    logged = []
    problem = grid(3, 4)
    for _ in range(2):
        assert same(isolated.solve(problem, log=logged.append), core.solve(problem))
        assert not isolated.workers()
    assert len(logged) == 1, logged
    # not tried again in this session: no second start-up cost
    monkeypatch.setattr(isolated, "Worker", None)
    assert same(isolated.solve(problem), core.solve(problem))
    isolated.shutdown()  # plugin unload: the next session tries again
    assert isolated._POOL.unavailable is None


def test_the_interpreter(monkeypatch):
    python = isolated.find_python()
    assert python and os.path.basename(python).startswith("python")
    if sys.platform != "win32":  # inside QGIS, sys.executable is the qgis binary: this installation's python
        monkeypatch.setattr(isolated.sys, "executable", "/usr/bin/qgis")
        python = isolated.find_python()
        assert python and os.path.dirname(python) == os.path.join(sys.exec_prefix, "bin")



def test_the_pipeline_parameter():
    from qgis.core import QgsApplication

    from small_but_strong.compat import PARAMETER_ADVANCED

    algorithm = QgsApplication.processingRegistry().algorithmById("smallbutstrong:proposealliances")
    definition = algorithm.parameterDefinition("SOLVER_PROCESS")
    assert definition.type() == "boolean" and definition.defaultValue() is False
    assert definition.flags() & PARAMETER_ADVANCED
    assert "separate process" in definition.help()
