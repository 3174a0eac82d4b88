"""The registered algorithms, run as they are, handing the dock what they computed on the way.

The dock must show the algorithms' figures, never its own. Re-reading an output layer loses what
only the run knew (the alliance problem the solver got, its proof of optimality, the reason why
each unit was left out, the distance of every unit to its nearest facility as the gap rule saw it),
and rebuilding the problem from the layer would be a second implementation. So the dock runs
these subclasses: they change nothing in the run and keep, in a plain dict shared with the
instance the task creates, the objects the algorithm passed between its own steps:

* ``proposealliances``: the unit records it read, the :class:`AllianceProblem` it solved and the
  :class:`AllianceSolution` it wrote;
* ``servicegaps``: the per-unit gap records it handed to :func:`core.services.assess_gaps`.

A capture that stays empty means the algorithm's internals changed: :func:`check` says so loudly.
"""

from __future__ import annotations

from typing import Any, Dict

from ..core.services import UnitRecord as GapRecord
from ..processing.propose_alliances import ProposeAlliancesAlgorithm
from ..processing.service_gaps import ServiceGapsAlgorithm


class CaptureError(RuntimeError):
    """The algorithm ran but did not hand over what the dock needs."""


class CapturingAlliances(ProposeAlliancesAlgorithm):
    """proposealliances keeping its unit records, problem and solution in ``capture``."""

    def __init__(self, capture: Dict[str, Any] | None = None):
        super().__init__()
        self.capture = capture if capture is not None else {}

    def createInstance(self):  # noqa: N802  (QgsProcessingAlgRunnerTask runs a copy: share the dict)
        return CapturingAlliances(self.capture)

    def _read(self, *args, **kwargs):
        units = super()._read(*args, **kwargs)
        self.capture["units"] = units
        return units

    def _solve(self, problem, *args, **kwargs):
        solution = super()._solve(problem, *args, **kwargs)
        self.capture["problem"] = problem
        self.capture["solution"] = solution
        return solution


class CapturingGaps(ServiceGapsAlgorithm):
    """servicegaps keeping the gap records (supply, nearest facility, population) in ``capture``."""

    def __init__(self, capture: Dict[str, Any] | None = None):
        super().__init__()
        self.capture = capture if capture is not None else {}

    def createInstance(self):  # noqa: N802
        return CapturingGaps(self.capture)

    def _write(self, *args, **kwargs):
        records = next((a for a in args if isinstance(a, list) and a and isinstance(a[0], GapRecord)), None)
        if records is not None:
            self.capture["records"] = list(records)
        return super()._write(*args, **kwargs)


def check(capture: Dict[str, Any], keys) -> None:
    """Raise :class:`CaptureError` naming what a finished run did not hand over."""
    missing = [k for k in keys if capture.get(k) is None]
    if missing:
        raise CaptureError("the algorithm did not hand over " + ", ".join(missing)
                           + ": its internal steps changed; update ui/capture.py")
