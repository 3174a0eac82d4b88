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
MEMBER_FIELDS: Tuple[FieldSpec, ...] = ((ALLIANCE_ID, "int"), (ROLE, "string"), (STATUS, "string"))

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
