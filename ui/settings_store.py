"""The dock's state in the project: settings, plan, session, layer roles, scenarios.

Everything the dock needs to come back after the project is saved and reopened is written into
the project (scope ``SmallButStrong``) as JSON: the settings of the Data and Settings tabs, the
plan (assignment and locks), the session (the solver's problem and verdict, the gap records),
the ids of the dock's layers, the scenarios and the edit history (the undo stack, see
:func:`.commands.history_to_json`). The layers themselves are in the GeoPackage next
to the project (:mod:`.store`). A broken entry is reported by the caller and skipped; it never
takes the dock down.
"""

from __future__ import annotations

import json
from typing import Any, Dict, Optional

from qgis.core import QgsProject

from ..core.profiles import DEFAULT_PROFILE, PROFILES, Profile
from .defaults import setting_default

SCOPE = "SmallButStrong"

#: numeric settings read from the algorithms' definitions (see defaults.SETTING_PARAMETERS)
NUMERIC = ("small_population", "low_births", "min_count", "max_distance", "min_members", "max_members",
           "min_population", "max_population", "tolerance", "island_distance", "time_limit")
#: settings that a profile fills
FROM_PROFILE = ("min_population", "min_members", "max_members", "small_population", "low_births")


def default_settings(profile: Profile = DEFAULT_PROFILE) -> Dict[str, Any]:
    """A fresh dock's settings: the algorithms' defaults and the profile's thresholds."""
    values: Dict[str, Any] = {key: setting_default(key, profile) for key in NUMERIC}
    values.update(layer="", fields={}, facilities="", facility_filter="", eligible="", hubs="", group="",
                  objective=int(setting_default("objective") or 0), profile=profile.key, durable_year=0,
                  future_min_population=profile.min_population, hub_distance=0.0)
    return values


def profile_values(key: str) -> Dict[str, float]:
    """The thresholds a profile sets, by setting key."""
    profile = PROFILES.get(key, DEFAULT_PROFILE)
    return {k: getattr(profile, k) for k in FROM_PROFILE}


def write(key: str, value: Any) -> None:
    QgsProject.instance().writeEntry(SCOPE, key, value if isinstance(value, str) else json.dumps(value))


def read(key: str, default: Any = None) -> Any:
    """A JSON entry of the project (``default`` when absent)."""
    text, ok = QgsProject.instance().readEntry(SCOPE, key, "")
    if not ok or not text:
        return default
    return json.loads(text)


def read_text(key: str) -> str:
    text, ok = QgsProject.instance().readEntry(SCOPE, key, "")
    return text if ok else ""


def remove(key: str) -> None:
    QgsProject.instance().removeEntry(SCOPE, key)


def plan_entry(assignment: Dict[str, Optional[int]], locked) -> Dict[str, Any]:
    return {"assignment": assignment, "locked": sorted(locked)}
