"""The parameters the dock passes to each algorithm, and why a step cannot run.

One function per algorithm turns the dock's settings into that algorithm's parameter map, with
the parameter names of the algorithm's own constants. Every output is a memory layer. Optional
parameters that the installed algorithm lacks are left out (see :func:`.defaults.has_parameter`);
a step that lacks its inputs is not run and :func:`plan_steps` says why, so the dock never
reports zeros for a figure it could not compute.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, List, Optional

from qgis.core import QgsVectorLayer

from ..core import schema
from ..core.fields import year_of
from ..core.profiles import PROFILE_KEYS
from ..processing.translate import tr
from . import defaults as d

MEMORY = "memory:"
#: field roles of the Data tab: (role, parameter of declineindicators, optional)
FIELD_ROLES = (
    ("id", "ID_FIELD", False), ("name", "NAME_FIELD", False), ("population", "POPULATION_FIELD", False),
    ("population_base", "POPULATION_BASE_FIELD", True), ("elderly", "ELDERLY_FIELD", True),
    ("elderly_share", "ELDERLY_SHARE_FIELD", True), ("median_age", "MEDIAN_AGE_FIELD", True),
    ("young_women", "YOUNG_WOMEN_FIELD", True), ("births", "BIRTHS_FIELD", True), ("supply", None, True),
)


@dataclass
class StepPlan:
    """Which steps of the pipeline run, and why the others do not."""

    projection: bool
    gaps: bool
    notes: List[str]


def profile_index(key: str) -> int:
    return PROFILE_KEYS.index(key) if key in PROFILE_KEYS else 0


def series(field: str, names: List[str]) -> List[str]:
    """The fields of the same yearly series as ``field`` (pop_reg_2025 -> pop_reg_2015 … pop_reg_2025)."""
    match = re.match(r"^(.*?)(\d{2}|\d{4})$", field or "")
    if not match:
        return []
    prefix, digits = match.group(1), len(match.group(2))
    pattern = re.compile(rf"^{re.escape(prefix)}\d{{{digits}}}$")
    found = [n for n in names if pattern.match(n) and year_of(n)]
    return sorted(found, key=lambda n: year_of(n))


def plan_steps(s: dict, layer: Optional[QgsVectorLayer], facilities) -> StepPlan:
    """What the pipeline will do with these settings, with a sentence for each step left out."""
    notes = []
    f = s["fields"]
    projection = bool(s.get("durable_year")) and d.has_parameter(d.ALLIANCES, "FUTURE_POPULATION_FIELD")
    if projection and layer is not None and len(series(f.get("population", ""), layer.fields().names())) < 2:
        notes.append(tr("Durable alliances: the population field {0} has no series of earlier years to project "
                        "from, so the projection and the future floor are left out.").format(f.get("population")))
        projection = False
    gaps = bool(f.get("supply")) or facilities is not None
    if not gaps:
        notes.append(tr("Service gaps are not computed: choose a facilities layer or a supply field on the Data tab. "
                        "The gap figures stay empty rather than zero."))
    return StepPlan(projection=projection, gaps=gaps, notes=notes)


def projection_params(layer, s: dict) -> dict:
    f = s["fields"]
    fields = series(f["population"], layer.fields().names())
    return {"INPUT": layer, "ID_FIELD": f["id"], "NAME_FIELD": f.get("name") or None, "POPULATION_FIELDS": fields,
            "TARGET_YEARS": str(int(s["durable_year"])), "PROFILE": profile_index(s["profile"]), "OUTPUT": MEMORY}


def future_field(s: dict) -> str:
    return schema.PROJ_POP.format(year=int(s["durable_year"]))


def indicator_params(layer, s: dict) -> dict:
    f = s["fields"]
    params = {"INPUT": layer, "ID_FIELD": f["id"], "NAME_FIELD": f.get("name") or None,
              "POPULATION_FIELD": f["population"], "PROFILE": profile_index(s["profile"]),
              "SMALL_POPULATION": s["small_population"], "LOW_BIRTHS": s["low_births"], "OUTPUT": MEMORY}
    for role, name, _optional in FIELD_ROLES[3:]:
        if name and f.get(role):
            params[name] = f[role]
    if f.get("population_base"):
        years = [year_of(f["population"]), year_of(f["population_base"])]
        if None not in years and years[0] != years[1]:
            params["YEAR"], params["BASE_YEAR"] = years
    return {k: v for k, v in params.items() if v is not None and d.has_parameter(d.INDICATORS, k)}


def alliance_params(source, s: dict, projected: bool = False, locked_field: Optional[str] = None) -> dict:
    f = s["fields"]
    params = {"INPUT": source, "ID_FIELD": f["id"], "NAME_FIELD": f.get("name") or None,
              "POPULATION_FIELD": f["population"], "PROFILE": profile_index(s["profile"]),
              "MIN_MEMBERS": int(s["min_members"]), "MAX_MEMBERS": int(s["max_members"]),
              "MIN_POPULATION": s["min_population"], "MAX_POPULATION": s["max_population"],
              "OBJECTIVE": int(s["objective"]), "TIME_LIMIT": s["time_limit"],
              "ADJACENCY_TOLERANCE": s["tolerance"], "ISLAND_LINK_DISTANCE": s["island_distance"],
              "ELIGIBLE": s.get("eligible") or None, "HUBS": s.get("hubs") or None,
              "GROUP_FIELD": s.get("group") or None, "LOCKED_FIELD": locked_field,
              "SOLVER_PROCESS": True, "OUTPUT": MEMORY, "OUTPUT_MEMBERS": MEMORY}
    if projected:
        params["FUTURE_POPULATION_FIELD"] = future_field(s)
        params["FUTURE_MIN_POPULATION"] = s["future_min_population"]
    if s.get("hub_distance"):
        params["MAX_HUB_DISTANCE"] = s["hub_distance"]
    return {k: v for k, v in params.items() if v is not None and d.has_parameter(d.ALLIANCES, k)}


def gap_params(source, s: dict, facilities) -> dict:
    f = s["fields"]
    params = {"INPUT": source, "ID_FIELD": f["id"], "POPULATION_FIELD": f["population"],
              "MIN_COUNT": s["min_count"], "MAX_DISTANCE": s["max_distance"], "ALLIANCE_FIELD": schema.ALLIANCE_ID,
              "COUNT_FIELD": f.get("supply") or None, "FACILITIES": facilities,
              "FACILITY_FILTER": (s.get("facility_filter") or None) if facilities is not None else None,
              "OUTPUT": MEMORY, "OUTPUT_ALLIANCES": MEMORY}
    return {k: v for k, v in params.items() if v is not None}


def siting_params(units, s: dict, facilities) -> dict:
    """sitefacilities for the units of one alliance (``units`` holds only them)."""
    f = s["fields"]
    births = f.get("births")
    demand = births if births and units.fields().lookupField(births) >= 0 else f["population"]
    params = {"INPUT": units, "ID_FIELD": f["id"], "NAME_FIELD": f.get("name") or None, "DEMAND_FIELD": demand,
              "POPULATION_FIELD": f["population"], "ALLIANCE_FIELD": schema.ALLIANCE_ID,
              "STANDARD_DISTANCE": s["max_distance"], "EXISTING": facilities,
              "EXISTING_FILTER": (s.get("facility_filter") or None) if facilities is not None else None,
              "OUTPUT_SITES": MEMORY, "OUTPUT": MEMORY, "OUTPUT_LINES": MEMORY}
    return {k: v for k, v in params.items() if v is not None and d.has_parameter(d.SITING, k)}


def report_params(alliances, units, s: dict, pdf: str, title: str) -> dict:
    f = s["fields"]
    return {"ALLIANCES": alliances, "UNITS": units, "TITLE": title, "FLOOR": s["min_population"],
            "UNIT_NAME_FIELD": f.get("name") or None, "UNIT_POPULATION_FIELD": f["population"],
            "OUTPUT_PDF": pdf}


def describe(s: dict) -> Dict[str, str]:
    """The settings as the report prints them (PARAMETERS_TEXT)."""
    return {"floor": f"{s['min_population']:,.0f}", "members": f"{int(s['min_members'])}–{int(s['max_members'])}"}
