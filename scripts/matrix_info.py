"""Print one JSON line with the versions a test-matrix row runs on: QGIS, Python, SciPy, HiGHS, GEOS, GDAL."""

import json
import os
import platform

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from osgeo import gdal  # noqa: E402
from qgis.core import Qgis, QgsGeometry  # noqa: E402
import scipy  # noqa: E402


def highs_version() -> str:
    try:  # SciPy 1.15+ exposes the HiGHS it is built with
        from scipy.optimize._highspy import _core

        return f"{_core.HIGHS_VERSION_MAJOR}.{_core.HIGHS_VERSION_MINOR}.{_core.HIGHS_VERSION_PATCH}"
    except ImportError:  # SciPy 1.10 bundles HiGHS 1.2 without saying so at run time
        return "bundled (SciPy < 1.15)"


print(json.dumps({"qgis": Qgis.QGIS_VERSION, "python": platform.python_version(), "scipy": scipy.__version__,
                  "highs": highs_version(), "gdal": gdal.__version__,
                  "geos": QgsGeometry.fromWkt("POINT(0 0)").isGeosValid() and Qgis.geosVersion()}))
