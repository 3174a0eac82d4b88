"""The siting tool (smallbutstrong:sitefacilities), as a small package: the run's data, the two
metrics, reading, solving, figures and writing; :mod:`.algorithm` has the parameters and the steps."""

from .algorithm import SiteFacilitiesAlgorithm

__all__ = ["SiteFacilitiesAlgorithm"]
