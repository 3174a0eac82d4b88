"""Run a chain of Processing algorithms in the background, one QgsProcessingAlgRunnerTask each.

The dock never computes an analysis itself: it asks this runner to run the same algorithms a
user runs from the toolbox, in QGIS's task manager, so QGIS stays responsive and Cancel works.
Outputs are memory layers (``memory:``): they are taken out of the run's context as layer objects
and handed to the dock, which keeps them in the project (and on save writes them next to it).
A heartbeat timer measures the longest time the event loop was blocked during the run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Union

from qgis.core import (
    QgsApplication,
    QgsMapLayer,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProject,
)
from qgis.PyQt.QtCore import QElapsedTimer, QObject, QTimer, pyqtSignal

from ..processing.translate import tr

#: parameters of a step, from the results of the steps before it
ParamsFactory = Callable[[Dict[str, dict]], dict]


@dataclass
class Step:
    """One algorithm of a chain: ``key`` names its results; ``algorithm`` is an id or an instance."""

    key: str
    algorithm: Union[str, QgsProcessingAlgorithm]
    params: ParamsFactory


class _Feedback(QgsProcessingFeedback):
    """Keeps the algorithm's error and warning messages so the dock can show the real reason."""

    def __init__(self):
        super().__init__()
        self.errors: List[str] = []
        self.warnings: List[str] = []

    def reportError(self, error, fatalError=False):  # noqa: N802 (QGIS's name)
        self.errors.append(error)
        super().reportError(error, fatalError)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)


class PipelineRunner(QObject):
    progressChanged = pyqtSignal(float)  # 0..100 over the whole chain
    stepStarted = pyqtSignal(str)
    finished = pyqtSignal(dict)  # {step key: {output name: value or layer}}
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
        self.warnings: Dict[str, List[str]] = {}
        self._started = 0.0
        self.max_stall_ms = 0.0
        #: the longest block of the event loop during each step (the step's key -> ms)
        self.stall_ms: Dict[str, float] = {}
        self._beat = QTimer(self)
        self._beat.setInterval(10)
        self._beat.timeout.connect(self._tick)
        self._clock = QElapsedTimer()

    def is_running(self) -> bool:
        return self._task is not None

    def start(self, steps: List[Step]) -> None:
        if self.is_running():
            raise RuntimeError("a run is already in progress")
        self._steps, self._index, self._results = list(steps), 0, {}
        self.timings, self.warnings, self.max_stall_ms, self.stall_ms = {}, {}, 0.0, {}
        self._clock.start()
        self._beat.start()
        self._next()

    def cancel(self) -> None:
        if self._feedback is not None:
            self._feedback.cancel()
        if self._task is not None:
            self._task.cancel()

    def shutdown(self) -> None:
        """Cancel a run and forget it: the dock is going away (plugin unload)."""
        self.cancel()
        self._beat.stop()
        if self._feedback is not None:
            try:
                self._feedback.progressChanged.disconnect()
            except TypeError:
                pass
        if self._task is not None:
            try:
                self._task.executed.disconnect()
            except TypeError:
                pass
        self._task = None

    def _tick(self) -> None:
        ms = float(self._clock.restart())
        self.max_stall_ms = max(self.max_stall_ms, ms)
        if self._index < len(self._steps):
            key = self._steps[self._index].key
            self.stall_ms[key] = max(self.stall_ms.get(key, 0.0), ms)

    def _next(self) -> None:
        if self._index >= len(self._steps):
            self._end()
            self.progressChanged.emit(100.0)
            self.finished.emit(self._results)
            return
        step = self._steps[self._index]
        algorithm = step.algorithm
        if isinstance(algorithm, str):
            algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm)
        if algorithm is None:
            self._fail(tr("The algorithm {0} is not installed.").format(step.algorithm))
            return
        try:
            params = step.params(self._results)
        except Exception as err:  # noqa: BLE001  (a bad setting in the dock: say which)
            self._fail(str(err))
            return
        self._context = QgsProcessingContext()
        self._context.setProject(QgsProject.instance())
        self._feedback = _Feedback()
        base, share = 100.0 * self._index / len(self._steps), 100.0 / len(self._steps)
        self._feedback.progressChanged.connect(lambda p: self.progressChanged.emit(base + share * p / 100.0))
        self._task = QgsProcessingAlgRunnerTask(algorithm, params, self._context, self._feedback)
        self._task.executed.connect(lambda ok, results, key=step.key: self._done(key, ok, results))
        self.stepStarted.emit(algorithm.displayName())
        self._started = time.perf_counter()
        QgsApplication.taskManager().addTask(self._task)

    def _done(self, key: str, ok: bool, results: dict) -> None:
        self.timings[key] = time.perf_counter() - self._started
        feedback = self._feedback
        if feedback is not None and feedback.warnings:
            self.warnings[key] = list(feedback.warnings)
        if not ok:
            canceled = feedback is not None and feedback.isCanceled()
            errors = feedback.errors if feedback is not None else []
            self._fail(tr("canceled") if canceled else ("; ".join(errors) or tr("{0} failed").format(key)))
            return
        self._results[key] = self._take_layers(dict(results))
        self._index += 1
        self._next()

    def _take_layers(self, results: dict) -> dict:
        """Memory outputs out of the run's context, as layer objects the dock owns."""
        out = {}
        for name, value in results.items():
            layer = None
            if isinstance(value, str) and self._context is not None:
                layer = self._context.temporaryLayerStore().mapLayer(value)
            if isinstance(layer, QgsMapLayer):
                out[name] = self._context.takeResultLayer(value)
            else:
                out[name] = value
        return out

    def _end(self) -> None:
        self._task = None
        self._beat.stop()

    def _fail(self, message: str) -> None:
        self._end()
        self.failed.emit(message)
