"""Run a chain of Processing algorithms in the background, one QgsProcessingAlgRunnerTask each.

The dock never computes anything itself: it asks this runner to run the same algorithms a
user runs from the toolbox, in QGIS's task manager, so QGIS stays responsive and Cancel works.
"""

from __future__ import annotations

import time
from typing import Callable, Dict, List, Optional, Tuple

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

#: a step: (algorithm id, function(previous results) -> parameters)
Step = Tuple[str, Callable[[Dict[str, dict]], dict]]


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error messages so the dock can show the real reason."""

    def __init__(self):
        super().__init__()
        self.errors: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS's name)
        self.errors.append(error)
        super().reportError(error, fatalError)


class PipelineRunner(QObject):
    progressChanged = pyqtSignal(float)  # 0..100 over the whole chain
    stepStarted = pyqtSignal(str)
    finished = pyqtSignal(dict)  # {algorithm id: results}
    failed = pyqtSignal(str)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._steps: List[Step] = []
        self._index = 0
        self._results: Dict[str, dict] = {}
        self._task: Optional[QgsProcessingAlgRunnerTask] = None
        self._context: Optional[QgsProcessingContext] = None
        self._feedback: Optional[_Feedback] = None
        self.timings: Dict[str, float] = {}
        self._started = 0.0

    def is_running(self) -> bool:
        return self._task is not None

    def start(self, steps: List[Step]) -> None:
        if self.is_running():
            raise RuntimeError("a run is already in progress")
        self._steps, self._index, self._results, self.timings = list(steps), 0, {}, {}
        self._next()

    def cancel(self) -> None:
        if self._feedback is not None:
            self._feedback.cancel()
        if self._task is not None:
            self._task.cancel()

    def _next(self) -> None:
        if self._index >= len(self._steps):
            self._task = None
            self.progressChanged.emit(100.0)
            self.finished.emit(self._results)
            return
        alg_id, make_params = self._steps[self._index]
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
        if algorithm is None:
            self._fail(f"algorithm {alg_id} is not registered")
            return
        try:
            params = make_params(self._results)
        except Exception as err:  # a bad setting in the dock: say which
            self._fail(str(err))
            return
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = _Feedback()
        base, share = 100.0 * self._index / len(self._steps), 100.0 / len(self._steps)
        self._feedback.progressChanged.connect(lambda p: self.progressChanged.emit(base + share * p / 100.0))
        self._task = QgsProcessingAlgRunnerTask(algorithm, params, self._context, self._feedback)
        self._task.executed.connect(lambda ok, results, a=alg_id: self._done(a, ok, results))
        self.stepStarted.emit(algorithm.displayName())
        self._started = time.perf_counter()
        QgsApplication.taskManager().addTask(self._task)

    def _done(self, alg_id: str, ok: bool, results: dict) -> None:
        self.timings[alg_id] = time.perf_counter() - self._started
        if not ok:
            canceled = self._feedback is not None and self._feedback.isCanceled()
            errors = self._feedback.errors if self._feedback is not None else []
            self._fail("canceled" if canceled else ("; ".join(errors) or f"{alg_id} failed"))
            return
        self._results[alg_id] = dict(results)
        self._index += 1
        self._next()

    def _fail(self, message: str) -> None:
        self._task = None
        self.failed.emit(message)
