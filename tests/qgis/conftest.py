"""One headless QGIS for all QGIS tests, with Processing and our provider registered."""

import os
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("XDG_RUNTIME_DIR", f"/tmp/runtime-{os.getuid()}")

from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402

QgsApplication.setPrefixPath("/usr", True)
_APP = QgsApplication([], False)
_APP.initQgis()
sys.path.append("/usr/share/qgis/python/plugins")
from processing.core.Processing import Processing  # noqa: E402

Processing.initialize()

from small_but_strong.processing.provider import SmallButStrongProvider  # noqa: E402

PROVIDER = SmallButStrongProvider()
QgsApplication.processingRegistry().addProvider(PROVIDER)

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sbs_helpers
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"


@pytest.fixture(scope="session")
def qgis_app():
    return _APP


@pytest.fixture
def sample_units() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{SAMPLE}|layername=sigungu", "sigungu", "ogr")
    assert layer.isValid() and layer.featureCount() == 229
    return layer


@pytest.fixture
def sample_facilities() -> QgsVectorLayer:
    layer = QgsVectorLayer(f"{SAMPLE}|layername=emergency_facilities", "er", "ogr")
    assert layer.isValid()
    return layer
