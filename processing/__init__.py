"""Processing provider and algorithms of Small but Strong.

This package shares its name with QGIS's own ``processing`` module: inside the plugin,
import our modules relatively and QGIS's absolutely.
"""
