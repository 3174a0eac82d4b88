"""A QgsTask that runs one Python function off the main thread and calls back on it.

For the dock's own short background work on plain data (a re-solve of the captured alliance
problem, dissolving changed alliances): the callback runs on the main thread once the task
ends, with the function's result or the exception it raised. Tasks are kept referenced here
until they end (QGIS would otherwise delete the Python side under the running task).
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Set

from qgis.core import QgsApplication, QgsTask

_RUNNING: Set["FunctionTask"] = set()


class FunctionTask(QgsTask):
    def __init__(self, description: str, function: Callable[["FunctionTask"], Any],
                 done: Callable[[Optional[Any], Optional[BaseException]], None]):
        super().__init__(description, QgsTask.Flag.CanCancel)
        self._function = function
        self._done = done
        self.result: Any = None
        self.error: Optional[BaseException] = None

    def run(self) -> bool:  # worker thread
        try:
            self.result = self._function(self)
        except BaseException as err:  # noqa: BLE001  (handed to the callback on the main thread)
            self.error = err
            return False
        return True

    def finished(self, ok: bool) -> None:  # main thread
        _RUNNING.discard(self)
        done, self._done = self._done, None
        if done is not None:
            done(self.result if ok else None, None if ok else (self.error or RuntimeError("canceled")))

    def forget(self) -> None:
        """Drop the callback (its receiver is going away); the task may still end."""
        self._done = None
        self.cancel()


def start(description: str, function, done) -> FunctionTask:
    task = FunctionTask(description, function, done)
    _RUNNING.add(task)
    QgsApplication.taskManager().addTask(task)
    return task
