"""Deadline, cancellation and progress bookkeeping shared by all solver stages."""

from __future__ import annotations

import math
import time
from typing import Callable, Optional

from .model import SolverCanceled
from .settings import DEFAULT_SETTINGS, SolverSettings


class Control:
    """Deadline, cancellation and progress bookkeeping shared by all stages."""

    def __init__(
        self,
        time_limit: Optional[float],
        progress: Optional[Callable[[float], None]],
        is_canceled: Optional[Callable[[], bool]],
        settings: SolverSettings = DEFAULT_SETTINGS,
    ) -> None:
        self.start = time.monotonic()
        self.settings = settings
        # keep a little of the budget for statuses and result records
        reserve = 0.0 if time_limit is None else min(
            settings.reserve_max, max(settings.reserve_min, settings.reserve_share * float(time_limit)))
        self.deadline = None if time_limit is None else self.start + float(time_limit) - reserve
        #: the caller's limit itself: the statuses may use the reserve, nothing goes beyond this
        self.end = None if time_limit is None else self.start + float(time_limit)
        #: the work of the whole solve in nominal seconds: the time limit, or a fixed amount for parts
        #: too large to solve exactly without one. Parts get shares of it by size, and every search
        #: budget (Lagrangian iterations, windows, branch-and-bound nodes) derives from a share, never
        #: from the clock: the same input gives the same plan on a busy or a quiet machine. The
        #: deadline is only a hard stop behind them.
        self.nominal = float(time_limit) if time_limit is not None else settings.work_seconds_without_limit
        self.limited = time_limit is not None
        #: branch-and-bound nodes of each MILP of the part being solved (None: no limit)
        self.milp_nodes: Optional[int] = None
        self._progress = progress
        self._is_canceled = is_canceled
        self._last = -1.0

    def remaining(self) -> float:
        """Seconds left before the deadline (inf without a limit)."""
        if self.deadline is None:
            return math.inf
        return max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def over(self) -> bool:
        """The whole time limit (reserve included) is spent."""
        return self.end is not None and time.monotonic() >= self.end

    def check(self) -> None:
        """Raise :class:`SolverCanceled` when the caller asked to stop."""
        if self._is_canceled is not None and self._is_canceled():
            raise SolverCanceled("alliance solver canceled")

    def report(self, fraction: float) -> None:
        """Forward monotone progress in [0, 1] (never goes backwards)."""
        if self._progress is None:
            return
        fraction = min(1.0, max(0.0, float(fraction)))
        if fraction > self._last + 1e-3 or fraction >= 1.0:
            self._last = fraction
            self._progress(fraction)


class SearchAbort(Exception):
    """Internal: a depth-first search (full cover, diagnosis) exceeded its node budget or deadline."""
