"""The projection tool (smallbutstrong:projectpopulation), as a small package: the parameters, the
core's reasons in the interface language, reading the units, the log and the output layer;
:mod:`.algorithm` has the parameters' definitions and the steps."""

from .algorithm import ProjectPopulationAlgorithm

__all__ = ["ProjectPopulationAlgorithm"]
