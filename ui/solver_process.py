"""The dock's solver process: re-solves run :func:`core.alliances.solve` outside QGIS's process.

SciPy's HiGHS calls keep Python's GIL for a whole call, so a solve in a background thread still
freezes the window. :mod:`..core.alliances.isolated` runs the same solver in a worker process; this
module keeps one worker warm for the dock session (started with the first run: importing numpy and
scipy takes most of a second), stops it when the dock shuts down (plugin unload), and says once in
the log when no worker can run and the solve runs in QGIS's process instead (never a dialog).
"""

from __future__ import annotations

from qgis.core import QgsMessageLog

from ..compat import MESSAGE_INFO
from ..core.alliances import isolated
from ..processing.translate import tr

LOG = "Small but Strong"


def _log(reason: str) -> None:
    QgsMessageLog.logMessage(tr("The solver runs inside QGIS (the window may pause during a solve): {0}").format(
        reason), LOG, MESSAGE_INFO)


def solve(problem, progress=None, is_canceled=None):
    """The solution of ``problem``, from the worker process (or this thread when there is none)."""
    return isolated.solve(problem, progress=progress, is_canceled=is_canceled, log=_log)


def warm() -> None:
    """Start the worker now (returns at once) so the first solve does not wait for its imports."""
    isolated.warm()


def shutdown() -> None:
    isolated.shutdown()
