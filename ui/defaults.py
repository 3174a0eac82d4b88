"""The algorithms the dock runs, and their defaults read from their own parameter definitions.

The dock shows the same defaults as the Processing dialog because it reads them from the same
place: ``parameterDefinition(name).defaultValue()`` of the registered algorithm. A threshold left
empty by the algorithm (``None``: "the profile's value") takes the chosen profile's value from
:mod:`..core.profiles`, exactly as the algorithm does. Optional parameters that an older or newer
version of an algorithm lacks are detected here (:func:`has_parameter`), so the dock hides the
settings it cannot pass instead of failing.
"""

from __future__ import annotations

from typing import Any, Optional

from qgis.core import QgsApplication, QgsProcessingAlgorithm

from ..core.profiles import DEFAULT_PROFILE, Profile

INDICATORS = "smallbutstrong:declineindicators"
ALLIANCES = "smallbutstrong:proposealliances"
GAPS = "smallbutstrong:servicegaps"
REPORT = "smallbutstrong:exportreport"
PROJECTION = "smallbutstrong:projectpopulation"
SITING = "smallbutstrong:sitefacilities"

#: settings whose algorithm default is "the profile's": setting key -> Profile attribute
PROFILE_SETTINGS = {
    "min_population": "min_population", "min_members": "min_members", "max_members": "max_members",
    "small_population": "small_population", "low_births": "low_births",
}
#: setting key -> (algorithm, parameter) that it is passed to
SETTING_PARAMETERS = {
    "small_population": (INDICATORS, "SMALL_POPULATION"), "low_births": (INDICATORS, "LOW_BIRTHS"),
    "min_count": (GAPS, "MIN_COUNT"), "max_distance": (GAPS, "MAX_DISTANCE"),
    "min_members": (ALLIANCES, "MIN_MEMBERS"), "max_members": (ALLIANCES, "MAX_MEMBERS"),
    "min_population": (ALLIANCES, "MIN_POPULATION"), "max_population": (ALLIANCES, "MAX_POPULATION"),
    "objective": (ALLIANCES, "OBJECTIVE"), "tolerance": (ALLIANCES, "ADJACENCY_TOLERANCE"),
    "island_distance": (ALLIANCES, "ISLAND_LINK_DISTANCE"), "time_limit": (ALLIANCES, "TIME_LIMIT"),
    "profile": (ALLIANCES, "PROFILE"), "hub_distance": (ALLIANCES, "MAX_HUB_DISTANCE"),
    "future_min_population": (ALLIANCES, "FUTURE_MIN_POPULATION"),
}


def algorithm(alg_id: str) -> Optional[QgsProcessingAlgorithm]:
    """The registered algorithm (None when the provider is not loaded)."""
    return QgsApplication.processingRegistry().algorithmById(alg_id)


def has_parameter(alg_id: str, name: str) -> bool:
    """Whether the installed algorithm takes ``name`` (parameters are added over versions)."""
    alg = algorithm(alg_id)
    return alg is not None and alg.parameterDefinition(name) is not None


def parameter_default(alg_id: str, name: str) -> Any:
    """The default of an algorithm's parameter as its definition states it (None if absent)."""
    alg = algorithm(alg_id)
    definition = alg.parameterDefinition(name) if alg is not None else None
    return None if definition is None else definition.defaultValue()


def setting_default(key: str, profile: Profile = DEFAULT_PROFILE) -> Any:
    """The value a dock setting starts from: the algorithm's default, else the profile's."""
    alg_id, name = SETTING_PARAMETERS[key]
    value = parameter_default(alg_id, name)
    if value in (None, "") and key in PROFILE_SETTINGS:
        return getattr(profile, PROFILE_SETTINGS[key])
    if value in (None, ""):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return value
