"""Headless QGIS for the benchmark scripts, started the way tests/qgis/conftest.py does it.

The plugin is imported as ``small_but_strong`` through the symlink folder that
``tests/conftest.py`` sets up (never the checkout itself on sys.path: our ``processing/``
would shadow QGIS's). Import this module first, then call :func:`start`.
"""

from __future__ import annotations

import os
import runpy
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")
os.makedirs(os.environ["XDG_RUNTIME_DIR"], mode=0o700, exist_ok=True)

# The same sys.path trick as the test suite (symlink small_but_strong -> checkout).
runpy.run_path(str(ROOT / "tests" / "conftest.py"))
# Running `python benchmarks/x.py` puts benchmarks/ on sys.path; that is harmless (no processing/).

_APP = None


def start(with_provider: bool = True):
    """Create the QgsApplication once, initialise Processing and register our provider."""
    global _APP
    if _APP is not None:
        return _APP
    from qgis.core import QgsApplication

    QgsApplication.setPrefixPath("/usr", True)
    _APP = QgsApplication([], False)
    _APP.initQgis()
    if "/usr/share/qgis/python/plugins" not in sys.path:
        sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    if with_provider:
        from small_but_strong.processing.provider import SmallButStrongProvider

        provider = SmallButStrongProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        _APP._sbs_provider = provider  # keep a Python reference
    return _APP


def algorithm_ids():
    """Ids of the smallbutstrong algorithms registered now."""
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("smallbutstrong")
    return sorted(a.id() for a in provider.algorithms()) if provider else []


def vm_hwm_mb() -> float:
    """Peak resident set size of this process so far (VmHWM), in MB; covers C++ allocations."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024.0
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0
