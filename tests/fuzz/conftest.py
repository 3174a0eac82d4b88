"""The fuzzing suite of issue 14: profiles, the worker process, the ``fuzz`` marker.

Profiles (``HYPOTHESIS_PROFILE``): ``short`` (default, part of ``make test``: a few examples per
algorithm, derandomized so that a run is reproducible) and ``long`` (``make fuzz``: many random
examples, the failures kept in a database under the temporary folder and replayed first next time).
``SBS_FUZZ_EXAMPLES=n`` keeps the chosen profile but runs ``n`` examples per algorithm (a long run
in a time budget: ``make fuzz SBS_FUZZ_EXAMPLES=150 PYTEST_ARGS="-k sitefacilities"``).

Every example runs in the worker process (``worker.py``): a crash or a hang is a verdict there,
never the end of pytest. ``SBS_FUZZ_INPROCESS=1`` runs the examples in pytest's own QGIS instead
(for a debugger; a crash then ends the session).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis.database import DirectoryBasedExampleDatabase

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # strategies, execute, worker

_COMMON = dict(deadline=None, print_blob=True,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much,
                                      HealthCheck.large_base_example])
settings.register_profile("short", max_examples=12, derandomize=True, database=None, **_COMMON)
settings.register_profile("long", max_examples=400,
                          database=DirectoryBasedExampleDatabase(os.path.join(tempfile.gettempdir(),
                                                                              "sbs-hypothesis-fuzz")), **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "short"))
if os.environ.get("SBS_FUZZ_EXAMPLES"):  # the profile's settings with fewer (or more) examples per algorithm
    settings.register_profile("examples", settings(max_examples=int(os.environ["SBS_FUZZ_EXAMPLES"])))
    settings.load_profile("examples")
from worker import CASE_TIMEOUT  # noqa: E402


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HERE in Path(str(item.fspath)).resolve().parents:
            item.add_marker(pytest.mark.fuzz)


class _InProcess:
    """The worker's interface on pytest's own QGIS (SBS_FUZZ_INPROCESS=1)."""

    def __init__(self, workdir: Path):
        self.workdir = workdir
        self.count = 0
        self.starts = self.crashes = 0

    def run(self, case: dict, timeout: float = CASE_TIMEOUT) -> dict:
        import execute

        self.count += 1
        return execute.judged(case, self.workdir / f"case{self.count}")

    def stop(self):
        pass


@pytest.fixture(scope="session")
def fuzz_runner(tmp_path_factory, request):
    """Runs cases: the worker process (default) or in-process."""
    workdir = tmp_path_factory.mktemp("fuzz")
    if os.environ.get("SBS_FUZZ_INPROCESS") == "1":
        request.getfixturevalue("qgis_processing")
        from qgis.core import QgsApplication

        from small_but_strong.processing.provider import SmallButStrongProvider

        registry = QgsApplication.processingRegistry()
        if registry.providerById("smallbutstrong") is None:
            _KEEP.append(SmallButStrongProvider())
            registry.addProvider(_KEEP[-1])
        yield _InProcess(workdir)
        return
    import small_but_strong
    from worker import Worker

    runner = Worker(workdir, str(Path(small_but_strong.__file__).parent.parent))
    yield runner
    runner.stop()


_KEEP = []
