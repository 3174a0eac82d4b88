"""Names that the plugin writes and reads back: output fields, statuses, roles and objectives.

One place for every name that crosses a boundary (algorithm -> layer -> dock, report, model,
another algorithm). The algorithms create their outputs from the field specs here, and the dock,
the editor and the report read the same names, so a rename is one edit. Field kinds are
``"int"``, ``"double"`` and ``"string"``; the Processing layer maps them to QGIS field types.
Pure Python: no QGIS, no Qt.
"""

from __future__ import annotations

from typing import Tuple

FieldSpec = Tuple[str, str]

# ---- objectives of proposealliances, in the order of its OBJECTIVE enum (scripts pass the index)
OBJECTIVE_COVERAGE = "coverage"
OBJECTIVE_COUNT = "count"
OBJECTIVE_COMPACTNESS = "compactness"
OBJECTIVES = (OBJECTIVE_COVERAGE, OBJECTIVE_COUNT, OBJECTIVE_COMPACTNESS)

# ---- the status of every unit in the alliance members output
STATUS_IN_ALLIANCE = "in alliance"
STATUS_NOT_ELIGIBLE = "not eligible"
STATUS_NULL_POPULATION = "not eligible (population is NULL)"
STATUS_ISOLATED = "no feasible alliance: isolated (no eligible neighbour)"
STATUS_FLOOR = "no feasible alliance: population floor unreachable"
STATUS_NO_HUB = "no feasible alliance: no hub reachable"
STATUS_GROUP = "no feasible alliance: group constraint"
STATUS_HUB_DISTANCE = "no feasible alliance: members beyond the hub distance"
STATUS_EXTRA_FLOOR = "no feasible alliance: projected population below its floor"
STATUS_LEFT_OUT = "left out by the optimum"
#: the same when the plan is not proven optimal (time limit, or a part too large for a proof)
STATUS_LEFT_OUT_UNPROVEN = "left out by the best plan found (not proven optimal)"
STATUS_LOCKED = "locked"

# ---- roles of a unit in its alliance
ROLE_HUB = "hub"
ROLE_MEMBER = "member"
ROLE_NONE = "none"

# ---- declineindicators: fields added to every unit, in this order (only those the inputs allow)
POP_CHANGE = "pop_change"
POP_CAGR = "pop_cagr"
AGING_RATIO = "aging_ratio"
AGING_CLASS = "aging_class"
MEDIAN_AGE = "median_age"
RISK_INDEX = "risk_index"
RISK_CLASS = "risk_class"
RISK_LABEL = "risk_label"
BIRTHS = "births"
BIRTH_RATE = "birth_rate"
LOW_BIRTHS = "low_births"
DENSITY = "density"
SMALL_UNIT = "small_unit"
DECLINE_SCORE = "decline_score"
DECLINE_CLASS = "decline_class"
INDICATOR_FIELDS: Tuple[FieldSpec, ...] = (
    (POP_CHANGE, "double"), (POP_CAGR, "double"), (AGING_RATIO, "double"), (AGING_CLASS, "int"),
    (MEDIAN_AGE, "double"), (RISK_INDEX, "double"),
    (RISK_CLASS, "int"), (RISK_LABEL, "string"), (BIRTHS, "double"), (BIRTH_RATE, "double"),
    (LOW_BIRTHS, "int"), (DENSITY, "double"), (SMALL_UNIT, "int"), (DECLINE_SCORE, "double"),
    (DECLINE_CLASS, "int"),
)
#: indicators whose population-weighted mean proposealliances writes per alliance, when present
ALLIANCE_MEAN_INDICATORS = (RISK_INDEX, AGING_RATIO, POP_CHANGE, BIRTH_RATE, DECLINE_SCORE)

# ---- proposealliances: one feature per alliance
ALLIANCE_ID = "alliance_id"
ALLIANCE_NAME = "name"
HUB_ID = "hub_id"
MEMBERS = "members"
MEMBER_NAMES = "member_names"
N_MEMBERS = "n_members"
POPULATION = "population"
POP_RATIO = "pop_ratio"
COMPACTNESS_KM = "compactness_km"
LOCKED = "locked"
VALID = "valid"
VIOLATIONS = "violations"
ALLIANCE_FIELDS: Tuple[FieldSpec, ...] = (
    (ALLIANCE_ID, "int"), (ALLIANCE_NAME, "string"), (HUB_ID, "string"), (MEMBERS, "string"),
    (MEMBER_NAMES, "string"), (N_MEMBERS, "int"), (POPULATION, "double"), (POP_RATIO, "double"),
    (COMPACTNESS_KM, "double"), (LOCKED, "int"), (VALID, "int"), (VIOLATIONS, "string"),
)
#: separator of the member id and name lists (a unit id holding it is refused: see proposealliances)
MEMBER_SEPARATOR = ","

# ---- proposealliances: every unit once, with its alliance
ROLE = "role"
STATUS = "status"
#: distance of a member's point on surface to its hub's (ellipsoidal, km); NULL outside alliances
HUB_KM = "hub_km"
MEMBER_FIELDS: Tuple[FieldSpec, ...] = ((ALLIANCE_ID, "int"), (ROLE, "string"), (STATUS, "string"), (HUB_KM, "double"))
#: the alliances' farthest member from the hub (km), and, when the units carry projections
#: (pop_<year> of projectpopulation), the alliance's sum per year and the first year below the floor
MAX_HUB_KM = "max_hub_km"
BELOW_FLOOR_YEAR = "below_floor_year"

# ---- servicegaps: fields added to every unit
N_FACILITIES = "n_facilities"
PER_10K = "per_10k"
PER_1K_DEMAND = "per_1k_demand"
NEAREST_KM = "nearest_km"
NEAREST_MIN = "nearest_min"
ACCESS_2SFCA = "access_2sfca"
GAP = "gap"
GAP_REASON = "gap_reason"
ALLIANCE_FACILITIES = "alliance_facilities"
ALLIANCE_GAP = "alliance_gap"
COVERED_BY_ALLIANCE = "covered_by_alliance"

# ---- servicegaps: one feature per alliance
N_UNITS = "n_units"
DEMAND = "demand"
UNITS_IN_GAP = "units_in_gap"
UNITS_IN_GAP_AFTER = "units_in_gap_after"
POPULATION_IN_GAP = "population_in_gap"
POPULATION_IN_GAP_AFTER = "population_in_gap_after"
GAP_ALLIANCE_FIELDS: Tuple[FieldSpec, ...] = (
    (N_UNITS, "int"), (MEMBERS, "string"), (POPULATION, "double"), (DEMAND, "double"),
    (N_FACILITIES, "double"), (PER_10K, "double"), (PER_1K_DEMAND, "double"), (ACCESS_2SFCA, "double"),
    (UNITS_IN_GAP, "int"), (UNITS_IN_GAP_AFTER, "int"), (POPULATION_IN_GAP, "double"),
    (POPULATION_IN_GAP_AFTER, "double"), (GAP, "int"), (GAP_REASON, "string"),
)

# ---- reasons of a gap (joined with REASON_SEPARATOR, in this order)
GAP_NO_FACILITY = "no facility"
GAP_BELOW_MINIMUM = "below the minimum"
GAP_BEYOND_DISTANCE = "beyond the standard distance"
GAP_BEYOND_TIME = "beyond the standard time"
REASON_SEPARATOR = "; "


def gap_unit_fields(with_facilities: bool, by_time: bool, with_alliances: bool) -> Tuple[FieldSpec, ...]:
    """The fields servicegaps adds to every unit, for the inputs it was given."""
    specs = [(N_FACILITIES, "double"), (PER_10K, "double"), (PER_1K_DEMAND, "double")]
    if with_facilities:
        specs.append((NEAREST_KM, "double"))
    if by_time:
        specs.append((NEAREST_MIN, "double"))
    specs += [(ACCESS_2SFCA, "double"), (GAP, "int"), (GAP_REASON, "string")]
    if with_alliances:
        specs += [(ALLIANCE_FACILITIES, "double"), (ALLIANCE_GAP, "int"), (COVERED_BY_ALLIANCE, "int")]
    return tuple(specs)


# ==== projectpopulation (issue 18) ======================================================
# Fields added to every unit. Per target year, the patterns below with {year} = the target
# year (pop_2040, pop65_2040, …), in this order, then the fields of the whole run. The
# parts (65+, women 20–39) and what is derived from them are written only when the inputs
# give them (Hamilton–Perry always does).
PROJ_POP = "pop_{year}"
PROJ_POP65 = "pop65_{year}"
PROJ_F20_39 = "f20_39_{year}"
PROJ_RISK_INDEX = "risk_index_{year}"
PROJ_RISK_CLASS = "risk_class_{year}"
PROJ_F20_39_CHANGE = "f20_39_change_{year}"
PROJ_HALVING = "halving_{year}"
#: first year (from the last observed one on) with a population below the threshold, NULL if none
BELOW_THRESHOLD_YEAR = "below_threshold_year"
#: the year the projection starts from (last observation of the base period)
PROJ_BASE_YEAR = "proj_base_year"
#: change of the total from the base year to the last target year, a fraction (the style's field)
PROJ_POP_CHANGE = "proj_pop_change"
#: absolute percentage error of the back-test of this unit (percent), NULL when not scored
BACKTEST_APE = "backtest_ape"
#: why a figure of this unit is missing, NULL when it projected fully
PROJECTION_NOTE = "projection_note"


def projection_fields(target_years, with_elderly: bool, with_women: bool) -> Tuple[FieldSpec, ...]:
    """The fields projectpopulation adds to every unit, for the target years and the parts given."""
    specs = []
    for year in target_years:
        specs.append((PROJ_POP.format(year=year), "double"))
        if with_elderly:
            specs.append((PROJ_POP65.format(year=year), "double"))
        if with_women:
            specs.append((PROJ_F20_39.format(year=year), "double"))
        if with_elderly and with_women:
            specs += [(PROJ_RISK_INDEX.format(year=year), "double"), (PROJ_RISK_CLASS.format(year=year), "int")]
        if with_women:
            specs += [(PROJ_F20_39_CHANGE.format(year=year), "double"), (PROJ_HALVING.format(year=year), "int")]
    specs += [(BELOW_THRESHOLD_YEAR, "int"), (PROJ_BASE_YEAR, "int"), (PROJ_POP_CHANGE, "double"),
              (BACKTEST_APE, "double"), (PROJECTION_NOTE, "string")]
    return tuple(specs)


# ==== sitefacilities (issue 19) ==========================================================
# The objectives, in the order of the OBJECTIVE enum (the names of core.siting.OBJECTIVES)
SITING_PMEDIAN = "pmedian"
SITING_MCLP = "mclp"
SITING_LSCP = "lscp"
SITING_PCENTER = "pcenter"
SITING_OBJECTIVES = (SITING_PMEDIAN, SITING_MCLP, SITING_LSCP, SITING_PCENTER)
#: what serves a unit after siting (facility_type); NULL when nothing reaches it
FACILITY_NEW = "new"
FACILITY_EXISTING = "existing"

# ---- one point per chosen site (OUTPUT_SITES), after the alliance field when there is one
SITE_ID = "site_id"              # 1.. over the run; the units and lines refer to it
SITE_RANK = "rank"               # 1 = the site of its alliance that serves the most demand
SITE_LABEL = "site"              # the candidate's id (the unit's id for unit points)
SITE_NAME = "site_name"          # the candidate's name (the unit's name for unit points)
SITE_UNIT = "site_unit"          # id of the unit that holds the site, NULL outside every unit
SITE_OBJECTIVE = "objective"     # one of SITING_OBJECTIVES
DEMAND_SERVED = "demand_served"  # demand of the units assigned to the site
UNITS_SERVED = "units_served"
DEMAND_NEWLY_COVERED = "demand_newly_covered"  # served demand beyond the standard before, within after
MEAN_KM = "mean_km"              # demand-weighted mean ellipsoidal km of the units it serves
MAX_KM = "max_km"
MEAN_MIN = "mean_min"            # with a road network: minutes
MAX_MIN = "max_min"

# ---- fields added to every unit (OUTPUT) and the lines from units to their facility (OUTPUT_LINES)
FACILITY_TYPE = "facility_type"  # FACILITY_NEW, FACILITY_EXISTING or NULL
FACILITY = "facility"            # id/name of the assigned facility (site or existing facility)
KM_BEFORE = "km_before"          # to the nearest existing facility (NULL: none)
KM_AFTER = "km_after"            # to the assigned facility
MIN_BEFORE = "min_before"        # with a road network, minutes
MIN_AFTER = "min_after"
GAP_BEFORE = "gap_before"        # 1 beyond the standard distance (or time), 0 within, NULL without one
GAP_AFTER = "gap_after"
LINE_UNIT = "unit"               # the unit's id
LINE_KM = "km"
LINE_MIN = "min"


def site_fields(by_time: bool) -> Tuple[FieldSpec, ...]:
    """The fields of every chosen site (the alliance field, when given, comes first)."""
    specs = [(SITE_ID, "int"), (SITE_RANK, "int"), (SITE_LABEL, "string"), (SITE_NAME, "string"),
             (SITE_UNIT, "string"), (SITE_OBJECTIVE, "string"), (DEMAND_SERVED, "double"), (UNITS_SERVED, "int"),
             (DEMAND_NEWLY_COVERED, "double"), (MEAN_KM, "double"), (MAX_KM, "double")]
    if by_time:
        specs += [(MEAN_MIN, "double"), (MAX_MIN, "double")]
    return tuple(specs)


def site_unit_fields(by_time: bool) -> Tuple[FieldSpec, ...]:
    """The fields sitefacilities adds to every unit (after the unit's own)."""
    specs = [(FACILITY_TYPE, "string"), (FACILITY, "string"), (SITE_ID, "int"), (KM_BEFORE, "double"),
             (KM_AFTER, "double")]
    if by_time:
        specs += [(MIN_BEFORE, "double"), (MIN_AFTER, "double")]
    return tuple(specs + [(GAP_BEFORE, "int"), (GAP_AFTER, "int")])


def site_line_fields(by_time: bool) -> Tuple[FieldSpec, ...]:
    """The fields of the lines from every served unit to its facility."""
    specs = [(LINE_UNIT, "string"), (FACILITY_TYPE, "string"), (FACILITY, "string"), (SITE_ID, "int"),
             (LINE_KM, "double")]
    if by_time:
        specs.append((LINE_MIN, "double"))
    return tuple(specs)
