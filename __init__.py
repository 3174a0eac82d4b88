"""Small but Strong: a QGIS plugin for decline indicators, service gaps and alliances.

QGIS imports this module and calls :func:`classFactory`. Importing must stay cheap and
must not need a GUI: ``qgis_process`` calls ``classFactory(None)`` and then
``initProcessing()`` only.
"""


def classFactory(iface):  # noqa: N802 (QGIS's name)
    """Return the plugin instance; ``iface`` is ``None`` under ``qgis_process``."""
    from .plugin import SmallButStrongPlugin

    return SmallButStrongPlugin(iface)
