# STEP: Where the shared facility goes: one new site per alliance (maximal coverage within 30 km), ob-gyn and emergency care
set -euo pipefail
rm -f "$OUT"/sites_*.gpkg "$OUT"/sited_*.gpkg
units="$OUT/alliance_members.gpkg|layername=alliance_members"
figures() { sed -E 's/^([0-9]*\.+)*[0-9]*([A-Z])/\2/' \
  | keep -E '^(SITES|POPULATION_IN_GAP_BEFORE|POPULATION_IN_GAP_AFTER|DEMAND_IN_GAP_BEFORE|DEMAND_IN_GAP_AFTER|OPTIMAL|GAP):|WARNING' \
  | sed 's/^/   /'; }
# 1. Ob-gyn care: demand = births (estimated, 2020); the existing care = the units with at least 3 ob-gyn
#    doctors (their points on surface); candidates = every unit's point.
rm -f "$OUT/obgyn_points.gpkg"
qp run native:extractbyexpression -- INPUT="$units" EXPRESSION='"doctors_obgyn_2020" >= 3' OUTPUT="$OUT/obgyn_units.gpkg" >/dev/null
qp run native:pointonsurface -- INPUT="$OUT/obgyn_units.gpkg" ALL_PARTS=false OUTPUT="$OUT/obgyn_points.gpkg" >/dev/null
rm -f "$OUT/obgyn_units.gpkg"
echo "-- Ob-gyn care (demand: births; existing: units with 3+ ob-gyn doctors)"
qp run smallbutstrong:sitefacilities -- INPUT="$units" ID_FIELD=code NAME_FIELD=sigungu DEMAND_FIELD=births_est_2020 \
  POPULATION_FIELD=pop_reg_2025 ALLIANCE_FIELD=alliance_id OBJECTIVE=1 SITES_PER_ALLIANCE=1 STANDARD_DISTANCE=30 \
  EXISTING="$OUT/obgyn_points.gpkg" OUTPUT_SITES="$OUT/sites_obgyn.gpkg" OUTPUT="$OUT/sited_obgyn.gpkg" | figures
# 2. Emergency care: regional and local emergency centres (E-Gen) are the existing facilities.
echo "-- Emergency centres (demand: residents; existing: regional and local centres)"
qp run smallbutstrong:sitefacilities -- INPUT="$units" ID_FIELD=code NAME_FIELD=sigungu DEMAND_FIELD=pop_reg_2025 \
  POPULATION_FIELD=pop_reg_2025 ALLIANCE_FIELD=alliance_id OBJECTIVE=1 SITES_PER_ALLIANCE=1 STANDARD_DISTANCE=30 \
  EXISTING="$SAMPLE|layername=emergency_facilities" EXISTING_FILTER="\"cls\" IN ('권역응급의료센터','지역응급의료센터')" \
  OUTPUT_SITES="$OUT/sites_emergency.gpkg" OUTPUT="$OUT/sited_emergency.gpkg" | figures
render "$OUT/sites_emergency.png" "응급의료 공동 입지 Shared emergency centre per alliance (max. coverage within 30 km)" \
  "$OUT/sites_emergency.gpkg|layername=sites_emergency::resources/styles/sites.qml::new site" \
  "$OUT/alliances.gpkg|layername=alliances::resources/styles/alliances.qml::연합 / alliance" \
  "$OUT/sited_emergency.gpkg|layername=sited_emergency::resources/styles/site_units.qml::units"
