"""Pure computations (no Qt, no qgis): indicators, graphs, the alliance solver, service gaps."""
