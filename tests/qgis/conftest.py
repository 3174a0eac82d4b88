"""One QGIS for all QGIS tests: pytest-qgis starts it (offscreen, with a stub iface and a map canvas);
here Processing is initialised and our provider registered once for the session."""

import sys
from pathlib import Path

import pytest
from qgis.core import QgsApplication, QgsVectorLayer

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))  # sbs_helpers
SAMPLE = ROOT / "resources" / "sample" / "korea_sigungu.gpkg"
_PROVIDER = []  # Processing keeps a raw pointer: the provider lives here


@pytest.fixture(scope="session", autouse=True)
def sbs_provider(qgis_processing):
    """Processing initialised (pytest-qgis) and the smallbutstrong provider registered."""
    from small_but_strong.processing.provider import SmallButStrongProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("smallbutstrong") is None:
        _PROVIDER.append(SmallButStrongProvider())
        assert registry.addProvider(_PROVIDER[-1])
    return registry.providerById("smallbutstrong")


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
