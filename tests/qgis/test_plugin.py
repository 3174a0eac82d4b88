"""The plugin as QGIS sees it: metadata, classFactory(None), provider and help."""

import configparser
from pathlib import Path

from qgis.core import QgsApplication

ROOT = Path(__file__).resolve().parents[2]


def test_metadata_is_complete():
    meta = configparser.ConfigParser()
    meta.read(ROOT / "metadata.txt", encoding="utf-8")
    general = meta["general"]
    for key in ("name", "qgisMinimumVersion", "description", "about", "version", "author", "email",
                "license", "tags", "icon", "hasProcessingProvider", "repository", "tracker"):
        assert general.get(key), key
    assert general["qgisMinimumVersion"] == "3.22"
    assert general["hasProcessingProvider"] == "yes"
    assert (ROOT / general["icon"]).exists()
    assert len(general["version"].split(".")) == 3


def test_class_factory_without_iface():
    from small_but_strong import classFactory

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("smallbutstrong")
    if existing is not None:
        registry.removeProvider(existing)
    plugin = classFactory(None)
    plugin.initProcessing()
    plugin.initGui()  # a no-op beyond the provider without iface
    provider = registry.providerById("smallbutstrong")
    assert provider is not None
    assert "smallbutstrong:declineindicators" in [a.id() for a in provider.algorithms()]
    plugin.unload()
    assert registry.providerById("smallbutstrong") is None
    # give a provider back for the other tests, kept alive at module level
    global _RESTORED
    from small_but_strong.processing.provider import SmallButStrongProvider

    _RESTORED = SmallButStrongProvider()
    assert registry.addProvider(_RESTORED)


_RESTORED = None


def test_every_algorithm_has_help_and_icon():
    provider = QgsApplication.processingRegistry().providerById("smallbutstrong")
    assert not provider.icon().isNull()
    for alg in provider.algorithms():
        assert len(alg.shortHelpString()) > 200, alg.id()
        assert alg.displayName() and alg.group()
