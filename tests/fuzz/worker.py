"""The fuzz worker: one long-lived Python with QGIS that runs the cases sent on stdin, one JSON per line.

Run as a script it is the child: it starts QGIS once (offscreen, a throw-away profile), registers
the provider and answers each case with its verdict (``execute.judged``). Its standard output is
kept for the answers alone: anything that a library prints goes to standard error.

Imported, it gives the parent side, :class:`Worker`: sends a case, waits for the answer with a
timeout, and when the child dies (a segfault: a negative return code) or hangs, turns that into a
verdict (outcome ``crashed``/``timeout``) and starts a new child for the next case, so the cost of
starting QGIS is paid once, and again only after a crash.

Test commands the child understands besides cases: ``{"alg": "_ping"}``, ``{"alg": "_crash"}``
(SIGSEGV to itself), ``{"alg": "_sleep", "seconds": s}``.
"""

from __future__ import annotations

import json
import os
import selectors
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Optional

HERE = Path(__file__).resolve().parent
#: per case, seconds before the child is taken for hung (a report takes a few seconds)
CASE_TIMEOUT = float(os.environ.get("SBS_FUZZ_CASE_TIMEOUT", "90"))


# ------------------------------------------------------------------------------ the child

def _child(pkg_parent: str, workdir: str) -> None:
    answers = os.fdopen(os.dup(1), "w", encoding="utf-8", buffering=1)
    os.dup2(2, 1)  # print() of any library now goes to stderr, never into the answers
    sys.path[:0] = [pkg_parent, str(HERE)]
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    plugins = "/usr/share/qgis/python/plugins"
    if os.path.isdir(plugins) and plugins not in sys.path:
        sys.path.append(plugins)
    from processing.core.Processing import Processing

    Processing.initialize()
    from small_but_strong.processing.provider import SmallButStrongProvider

    provider = SmallButStrongProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    import execute

    answers.write(json.dumps({"ready": True, "pid": os.getpid()}) + "\n")
    count = 0
    for line in sys.stdin:
        if not line.strip():
            continue
        case = json.loads(line)
        alg = case.get("alg")
        if alg == "_ping":
            verdict = {"ok": True, "outcome": "pong", "pid": os.getpid()}
        elif alg == "_crash":
            os.kill(os.getpid(), signal.SIGSEGV)
            verdict = {}
        elif alg == "_sleep":
            time.sleep(float(case.get("seconds", 1)))
            verdict = {"ok": True, "outcome": "slept"}
        else:
            count += 1
            try:
                verdict = execute.judged(case, Path(workdir) / f"case{count}")
            except Exception:  # noqa: BLE001  (the harness itself, not the plugin: say so, keep serving)
                import traceback

                verdict = {"ok": False, "outcome": "harness", "problems": ["the fuzz harness failed: "
                                                                            + traceback.format_exc()[-2000:]]}
        answers.write(json.dumps(verdict, default=str) + "\n")
    answers.flush()
    os._exit(0)  # QGIS's own teardown is not under test here


# ------------------------------------------------------------------------------ the parent

class Worker:
    """The parent's handle on the child (see the module docstring)."""

    def __init__(self, workdir: Path, pkg_parent: str, python: str = sys.executable, start_timeout: float = 120.0,
                 max_cases: int = 300):
        self.workdir = Path(workdir)
        self.pkg_parent = pkg_parent
        self.python = python
        self.start_timeout = start_timeout
        self.max_cases = max_cases  # a fresh child now and then: memory of a long session stays flat
        self.proc: Optional[subprocess.Popen] = None
        self.cases = 0
        self.starts = 0
        self.crashes = 0
        self.log = self.workdir / "worker.log"

    # -- process
    def start(self) -> None:
        self.stop()
        self.workdir.mkdir(parents=True, exist_ok=True)
        profile = self.workdir / "qgis-profile"
        profile.mkdir(exist_ok=True)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QGIS_CUSTOM_CONFIG_PATH=str(profile),
                   PYTHONFAULTHANDLER="1")
        self._stderr = open(self.log, "ab")
        self.proc = subprocess.Popen(
            [self.python, str(HERE / "worker.py"), "--child", self.pkg_parent, str(self.workdir / "cases")],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, cwd=str(self.workdir), env=env)
        self.starts += 1
        self.cases = 0
        hello = self._read(self.start_timeout)
        if not hello or not hello.get("ready"):
            code = self.proc.poll()
            self.stop()
            raise RuntimeError(f"the fuzz worker did not start (return code {code}):\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    self.proc.stdin.close()
                    self.proc.wait(timeout=5)
                except (OSError, subprocess.TimeoutExpired):
                    self.proc.kill()
                    self.proc.wait()
            self.proc = None
            self._stderr.close()

    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def log_tail(self, size: int = 3000) -> str:
        try:
            data = self.log.read_bytes()
        except OSError:
            return ""
        return data[-size:].decode("utf-8", "replace")

    # -- one case
    def _read(self, timeout: float) -> Optional[dict]:
        selector = selectors.DefaultSelector()
        selector.register(self.proc.stdout, selectors.EVENT_READ)
        try:
            if not selector.select(timeout):
                return None
            line = self.proc.stdout.readline()
        finally:
            selector.close()
        return json.loads(line) if line else {}

    def run(self, case: dict, timeout: float = 120.0) -> dict:
        """The verdict of ``case``; a dead or hung child gives a ``crashed``/``timeout`` verdict
        (and a new child for the next case)."""
        if not self.alive() or self.cases >= self.max_cases:
            self.start()
        self.cases += 1
        started = time.perf_counter()
        mark = self.log.stat().st_size if self.log.exists() else 0
        try:
            self.proc.stdin.write((json.dumps(case) + "\n").encode("utf-8"))
            self.proc.stdin.flush()
            answer = self._read(timeout)
        except (BrokenPipeError, OSError):
            answer = {}
        if answer:
            return answer
        if answer is None:  # no answer in time: a hang
            self.proc.kill()
            self.proc.wait()
            outcome, code = "timeout", None
        else:  # end of file: the child died
            self.proc.wait()
            outcome, code = "crashed", self.proc.returncode
            self.crashes += 1
        stderr = self.log.read_bytes()[mark:].decode("utf-8", "replace")[-3000:] if self.log.exists() else ""
        self.stop()
        return {"ok": False, "outcome": outcome, "returncode": code, "seconds": round(time.perf_counter() - started, 3),
                "problems": [f"the worker {outcome}" + (f" with return code {code}" if code is not None else
                                                        f" after {timeout:g} s")], "stderr": stderr}


if __name__ == "__main__" and len(sys.argv) == 4 and sys.argv[1] == "--child":
    _child(sys.argv[2], sys.argv[3])
