""":func:`solve` in a separate Python process, so that the GUI process keeps its GIL.

SciPy's HiGHS wrapper (``milp``/``linprog``) holds the GIL for a whole call: a solve in a
background thread of QGIS stalls the main thread (the window freezes for up to a solver call).
Here the same :func:`~.solve.solve` runs in a worker process that imports only this package
(numpy, scipy; no Qt, no QGIS): the problem goes over the worker's stdin as a pickle, progress
comes back as lines, then the pickled :class:`AllianceSolution` (or the exception solve raised).

* A worker is started ahead (:func:`warm`: importing numpy and scipy takes ~0.7 s) and kept for
  the next solve; :func:`shutdown` stops all of them (plugin unload).
* Cancel kills the worker (one HiGHS call cannot be interrupted) and reaps it: no zombie.
* No usable interpreter, a worker that fails to start or dies: :class:`WorkerUnavailable`;
  :func:`solve` then solves in the calling thread and tells ``log`` once per session.

Nothing here imports QGIS or Qt. Run as a script, this module is the worker.
"""

from __future__ import annotations

import os
import pickle
import queue
import shutil
import subprocess
import sys
import threading
from collections import deque
from typing import Callable, List, Optional

from .model import AllianceProblem, AllianceSolution, SolverCanceled
from .settings import DEFAULT_SETTINGS, SolverSettings

#: the first line a worker writes once its imports are done
READY = b"READY"
#: how long a worker may take to start (import numpy, scipy, this package), seconds
START_TIMEOUT = 60.0
_POLL = 0.02

_PACKAGE = __name__.rsplit(".core.alliances.isolated", 1)[0]

_BOOT = (
    "import sys; sys.path.insert(0, sys.argv[1]); import importlib; "
    "importlib.import_module(sys.argv[2] + '.core.alliances.isolated').main()"
)


class WorkerUnavailable(RuntimeError):
    """No worker process could solve (no interpreter, failed start, died): solve in-thread."""


def find_python() -> Optional[str]:
    """A Python interpreter for the worker: this installation's (``sys.exec_prefix``; inside QGIS,
    ``sys.executable`` is the qgis binary or whichever ``python3`` comes first on the PATH), else
    ``sys.executable`` when it is a python, else ``python3`` on the PATH. The worker must run the
    same Python, numpy and scipy as this process (:func:`versions`), or it is not used."""
    if sys.platform == "win32":
        names = [os.path.join(sys.exec_prefix, n) for n in ("python3.exe", "python.exe")]
    else:
        names = [os.path.join(sys.exec_prefix, "bin", n) for n in ("python%d.%d" % sys.version_info[:2], "python3")]
    exe = sys.executable or ""
    if os.path.basename(exe).lower().startswith("python"):
        names.append(exe)
    for candidate in names:
        if os.path.isfile(candidate) and os.access(candidate, os.X_OK):
            return candidate
    return None if sys.platform == "win32" else shutil.which("python3")


def versions() -> str:
    """Python, numpy and scipy versions: the worker's must be this process's (same solutions)."""
    import numpy
    import scipy

    return "%d.%d/%s/%s" % (sys.version_info[0], sys.version_info[1], numpy.__version__, scipy.__version__)


def _package_parent() -> str:
    """The folder holding the plugin package (as imported here, symlinks kept)."""
    package = sys.modules[_PACKAGE]
    return os.path.dirname(os.path.abspath(list(package.__path__)[0]))


class Worker:
    """One worker process; used by one solve at a time."""

    def __init__(self, python: str):
        flags = getattr(subprocess, "CREATE_NO_WINDOW", 0) if sys.platform == "win32" else 0
        parent = _package_parent()
        self.proc = subprocess.Popen(
            [python, "-c", _BOOT, parent, _PACKAGE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, cwd=parent, creationflags=flags)
        self.ready = False
        self._messages: "queue.Queue[tuple]" = queue.Queue()
        self._stderr: deque = deque(maxlen=40)
        threading.Thread(target=self._read, daemon=True, name="sbs-solver-out").start()
        threading.Thread(target=self._drain, daemon=True, name="sbs-solver-err").start()

    # reader threads -------------------------------------------------------------------------
    def _read(self) -> None:
        out = self.proc.stdout
        try:
            while True:
                line = out.readline()
                if not line:
                    break
                kind, _, rest = line.strip().partition(b" ")
                if kind == b"P":
                    self._messages.put(("progress", float(rest)))
                elif kind == b"R":
                    self._messages.put(("result", out.read(int(rest))))
                elif kind == READY:
                    self._messages.put(("ready", rest.decode("ascii", "replace")))
        except (OSError, ValueError):
            pass
        self._messages.put(("eof", None))

    def _drain(self) -> None:
        try:
            for line in self.proc.stderr:
                self._stderr.append(line.decode("utf-8", "replace").rstrip())
        except (OSError, ValueError):
            pass

    def stderr_tail(self) -> str:
        return "\n".join(list(self._stderr)[-10:])

    # the calling thread ---------------------------------------------------------------------
    def alive(self) -> bool:
        return self.proc.poll() is None

    def _next(self, is_canceled, timeout: Optional[float] = None):
        """The next message, polling cancel; ``None`` when ``timeout`` passed."""
        waited = 0.0
        while True:
            if is_canceled is not None and is_canceled():
                self.kill()
                raise SolverCanceled()
            try:
                return self._messages.get(timeout=_POLL)
            except queue.Empty:
                waited += _POLL
                if timeout is not None and waited >= timeout:
                    return None

    def wait_ready(self, is_canceled=None, timeout: float = START_TIMEOUT) -> None:
        if self.ready:
            return
        message = self._next(is_canceled, timeout)
        if message is None or message[0] != "ready":
            self.kill()
            raise WorkerUnavailable("the solver process did not start"
                                    + (": " + self.stderr_tail() if self.stderr_tail() else ""))
        if message[1] != versions():
            self.kill()
            raise WorkerUnavailable(f"the solver process's Python/numpy/scipy {message[1]} "
                                    f"are not this one's {versions()}: {self.proc.args[0]}")
        self.ready = True

    def solve(self, problem: AllianceProblem, progress, is_canceled, settings: SolverSettings,
              closed: Callable[[], bool]) -> AllianceSolution:
        self.wait_ready(is_canceled)
        payload = pickle.dumps((problem, settings), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            self.proc.stdin.write(b"%d\n" % len(payload) + payload)
            self.proc.stdin.flush()
        except OSError as err:
            self.kill()
            raise WorkerUnavailable(f"the solver process is gone: {err}") from err
        while True:
            kind, value = self._next(is_canceled)
            if kind == "progress":
                if progress is not None:
                    progress(value)
            elif kind == "result":
                ok, result = pickle.loads(value)
                if ok:
                    return result
                raise result
            elif kind == "eof":
                self.kill()
                if closed() or (is_canceled is not None and is_canceled()):
                    raise SolverCanceled()
                raise WorkerUnavailable("the solver process ended unexpectedly"
                                        + (": " + self.stderr_tail() if self.stderr_tail() else ""))

    def close(self) -> None:
        """Ask an idle worker to end (EOF on stdin), kill it if it does not, reap it."""
        try:
            self.proc.stdin.close()
        except OSError:
            pass
        try:
            self.proc.wait(timeout=2)
        except subprocess.TimeoutExpired:
            self.kill()

    def kill(self) -> None:
        if self.proc.poll() is None:
            try:
                self.proc.kill()
            except OSError:
                pass
        try:
            self.proc.wait(timeout=10)  # reap: no zombie
        except subprocess.TimeoutExpired:
            pass
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            try:
                stream.close()
            except (OSError, ValueError):
                pass


class _Pool:
    """Idle workers (at most one kept) and the busy ones, for :func:`shutdown`."""

    def __init__(self):
        self.lock = threading.Lock()
        self.idle: List[Worker] = []
        self.busy: List[Worker] = []
        self.generation = 0
        self.unavailable: Optional[str] = None

    def take(self) -> Worker:
        with self.lock:
            while self.idle:
                worker = self.idle.pop()
                if worker.alive():
                    self.busy.append(worker)
                    return worker
                worker.kill()
            if self.unavailable:  # said once: no worker this session (until shutdown)
                raise WorkerUnavailable(self.unavailable)
            python = find_python()
            if python is None:
                raise WorkerUnavailable("no Python interpreter found for the solver process")
            try:
                worker = Worker(python)
            except OSError as err:
                raise WorkerUnavailable(f"the solver process could not start: {err}") from err
            self.busy.append(worker)
            return worker

    def give_back(self, worker: Worker, generation: int) -> None:
        with self.lock:
            if worker in self.busy:
                self.busy.remove(worker)
            keep = generation == self.generation and worker.alive() and not self.idle
            if keep:
                self.idle.append(worker)
        if not keep:
            worker.close() if worker.alive() else worker.kill()


_POOL = _Pool()
_logged = [False]


def warm() -> bool:
    """Start a worker ahead of the first solve (returns at once; the imports run in the worker)."""
    with _POOL.lock:
        if _POOL.idle:
            return True
    try:
        worker = _POOL.take()
    except WorkerUnavailable:
        return False
    _POOL.give_back(worker, _POOL.generation)
    return True


def shutdown() -> None:
    """Stop every worker, idle or solving (a solve in progress raises :class:`SolverCanceled`)."""
    with _POOL.lock:
        _POOL.generation += 1
        _POOL.unavailable = None
        workers, _POOL.idle, _POOL.busy = _POOL.idle + _POOL.busy, [], []
    for worker in workers:
        worker.kill()


def workers() -> List[Worker]:
    """The live workers (tests)."""
    with _POOL.lock:
        return [w for w in _POOL.idle + _POOL.busy]


def solve_in_process(problem: AllianceProblem, progress: Optional[Callable[[float], None]] = None,
                     is_canceled: Optional[Callable[[], bool]] = None,
                     settings: SolverSettings = DEFAULT_SETTINGS) -> AllianceSolution:
    """:func:`solve` in a worker process; raises :class:`WorkerUnavailable` when there is none
    (then, until :func:`shutdown`, without trying again: a failed start costs a second)."""
    generation = _POOL.generation
    try:
        worker = _POOL.take()
    except WorkerUnavailable as err:
        _POOL.unavailable = str(err)
        raise
    try:
        return worker.solve(problem, progress, is_canceled, settings, lambda: _POOL.generation != generation)
    except WorkerUnavailable as err:
        if not worker.ready:  # it never started (a worker dying mid-solve is tried again next time)
            _POOL.unavailable = str(err)
        raise
    finally:
        _POOL.give_back(worker, generation)


def solve(problem: AllianceProblem, progress: Optional[Callable[[float], None]] = None,
          is_canceled: Optional[Callable[[], bool]] = None, settings: SolverSettings = DEFAULT_SETTINGS,
          log: Optional[Callable[[str], None]] = None) -> AllianceSolution:
    """:func:`~.solve.solve` in a worker process, or in this thread when no worker can run it
    (``log(reason)`` is called the first time that happens in this session)."""
    try:
        return solve_in_process(problem, progress, is_canceled, settings)
    except WorkerUnavailable as err:
        if not _logged[0]:
            _logged[0] = True
            if log is not None:
                log(str(err))
    from .solve import solve as solve_here

    return solve_here(problem, progress=progress, is_canceled=is_canceled, settings=settings)


# ------------------------------------------------------------------------------ the worker
def main() -> None:
    """The worker: solve each problem read from stdin, write progress and the result to stdout."""
    out = sys.stdout.buffer
    sys.stdout = sys.stderr  # anything printed goes to stderr, never into the protocol
    from .solve import solve as solve_here

    inp = sys.stdin.buffer
    out.write(READY + b" " + versions().encode("ascii", "replace") + b"\n")
    out.flush()
    while True:
        header = inp.readline()
        if not header.strip():
            return
        problem, settings = pickle.loads(inp.read(int(header)))
        last = [-1.0]

        def progress(fraction: float) -> None:
            if fraction - last[0] >= 0.005 or fraction >= 1.0:
                last[0] = fraction
                out.write(b"P %r\n" % float(fraction))
                out.flush()

        try:
            result = (True, solve_here(problem, progress=progress, settings=settings))
        except Exception as err:  # noqa: BLE001  (raised again in the GUI process)
            result = (False, err)
        try:
            data = pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as err:  # noqa: BLE001
            data = pickle.dumps((False, RuntimeError(repr(err))), protocol=pickle.HIGHEST_PROTOCOL)
        out.write(b"R %d\n" % len(data) + data)
        out.flush()
