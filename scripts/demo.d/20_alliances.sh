# STEP: Propose alliances of the 122 non-metropolitan units (2–5 members, 300,000 residents, a hub each), with their projected populations
set -euo pipefail
rm -f "$OUT/alliances.gpkg" "$OUT/alliance_members.gpkg"
# Hubs: Innovation Cities and units of 150,000+ residents. ISLAND_LINK_DISTANCE=1000 links the islands
# bridged to the mainland (거제시, 남해군); 울릉군 (131 km of sea) stays on its own. TIME_LIMIT=0: no
# limit, so the map shows the proven optimum.
qp run smallbutstrong:proposealliances -- \
  INPUT="$OUT/projection.gpkg|layername=projection" ID_FIELD=code NAME_FIELD=sigungu \
  POPULATION_FIELD=pop_reg_2025 \
  ELIGIBLE="\"sido\" NOT IN ('서울특별시','부산광역시','대구광역시','인천광역시','광주광역시','대전광역시','울산광역시','세종특별자치시','경기도')" \
  HUBS="\"innovation_city\" = 1 OR \"pop_reg_2025\" >= 150000" \
  MIN_MEMBERS=2 MAX_MEMBERS=5 MIN_POPULATION=300000 ISLAND_LINK_DISTANCE=1000 OBJECTIVE=0 TIME_LIMIT=0 \
  OUTPUT="$OUT/alliances.gpkg" OUTPUT_MEMBERS="$OUT/alliance_members.gpkg" \
  | sed -E 's/^([0-9]*\.+)*[0-9]*([A-Z])/\2/' \
  | keep -E '^(ALLIANCES|COVERED|OPTIMAL|GAP):|Solver:|WARNING|Island link|alliances cover|^  [a-z]'
render "$OUT/alliances_map.png" "작지만 강한 연합 Small but strong alliances: 2–5 units, 300,000+ residents, 2025" \
  "$OUT/alliances.gpkg|layername=alliances::resources/styles/alliances.qml::연합 / alliance (name, residents)" \
  "$OUT/alliance_members.gpkg|layername=alliance_members::resources/styles/alliances_members.qml::시·군 / units"
