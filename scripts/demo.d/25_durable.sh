# STEP: Durable alliances: the same rules, and 300,000 residents in the 2040 projection as well; then a 40 km hub distance
set -euo pipefail
rm -f "$OUT"/alliances_durable*.gpkg "$OUT"/alliances_hub40*.gpkg
common=(INPUT="$OUT/projection.gpkg|layername=projection" ID_FIELD=code NAME_FIELD=sigungu POPULATION_FIELD=pop_reg_2025
  ELIGIBLE="\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시','대전광역시','울산광역시','세종특별자치시','경기도')"
  HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000"
  MIN_MEMBERS=2 MAX_MEMBERS=5 MIN_POPULATION=300000 ISLAND_LINK_DISTANCE=1000 OBJECTIVE=0 TIME_LIMIT=0)
figures() { sed -E 's/^([0-9]*\.+)*[0-9]*([A-Z])/\2/' | keep -E '^(ALLIANCES|COVERED|OPTIMAL|GAP):|Hub distance|WARNING' \
  | sed 's/^/   /'; }
echo "-- durable to 2040 (FUTURE_POPULATION_FIELD=pop_2040, the same floor)"
qp run smallbutstrong:proposealliances -- "${common[@]}" FUTURE_POPULATION_FIELD=pop_2040 \
  OUTPUT="$OUT/alliances_durable.gpkg" OUTPUT_MEMBERS="$OUT/alliances_durable_members.gpkg" | figures
echo "-- every member within 40 km of its hub (MAX_HUB_DISTANCE=40)"
qp run smallbutstrong:proposealliances -- "${common[@]}" MAX_HUB_DISTANCE=40 \
  OUTPUT="$OUT/alliances_hub40.gpkg" OUTPUT_MEMBERS="$OUT/alliances_hub40_members.gpkg" | figures
render "$OUT/alliances_durable_map.png" "지속 가능한 연합 Durable alliances: 300,000 residents in 2025 and in the 2040 projection" \
  "$OUT/alliances_durable.gpkg|layername=alliances_durable::resources/styles/alliances.qml::연합 / alliance" \
  "$OUT/alliances_durable_members.gpkg|layername=alliances_durable_members::resources/styles/alliances_members.qml::시·군 / units"
