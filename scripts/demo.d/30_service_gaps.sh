# STEP: Service gaps: ob-gyn doctors and emergency centres per unit, before and after alliances
set -euo pipefail
rm -f "$OUT"/service_gaps_*.gpkg
# Units with their alliance (step 20).
units="$OUT/alliance_members.gpkg|layername=alliance_members"
alliance=(ALLIANCE_FIELD=alliance_id)

# the figures of a run (qgis_process prints them as NAME:<tab>value), and its warnings
figures() { sed 's/^[0-9.]*\.\.//' | keep -E '^(UNITS|POPULATION)_IN_GAP(_AFTER_ALLIANCES)?:|WARNING' \
  | sed 's/^/   /'; }

# 1. Ob-gyn doctors (census 2020) per unit; demand = estimated births 2020. Standard: 3 ob-gyn doctors
#    in the unit, an illustrative line (a delivery room open day and night needs a rota of several
#    obstetricians), not an official standard; MIN_COUNT=1 gives the units with none at all.
#    2SFCA over 50 km with Gaussian decay: doctors per 1,000 births.
echo "-- Ob-gyn doctors (at least 3 per unit)"
qp run smallbutstrong:servicegaps -- \
  INPUT="$units" ID_FIELD=code POPULATION_FIELD=pop_reg_2025 DEMAND_FIELD=births_est_2020 \
  COUNT_FIELD=doctors_obgyn_2020 MIN_COUNT=3 CATCHMENT=50 DECAY=1 "${alliance[@]}" \
  OUTPUT="$OUT/service_gaps_obgyn.gpkg" \
  ${alliance:+OUTPUT_ALLIANCES="$OUT/service_gaps_obgyn_alliances.gpkg"} | figures

# 2. Regional and local emergency centres (E-Gen, 2026): at least one in the unit and the nearest within
#    30 km in a straight line (a proxy for the 30-minute standard: the sample has no road network).
echo "-- Emergency centres, regional or local (at least 1 per unit, nearest within 30 km)"
qp run smallbutstrong:servicegaps -- \
  INPUT="$units" ID_FIELD=code POPULATION_FIELD=pop_reg_2025 \
  FACILITIES="$SAMPLE|layername=emergency_facilities" \
  FACILITY_FILTER="\"cls\" IN ('권역응급의료센터','지역응급의료센터')" \
  MIN_COUNT=1 MAX_DISTANCE=30 CATCHMENT=50 DECAY=1 "${alliance[@]}" \
  OUTPUT="$OUT/service_gaps_emergency.gpkg" \
  ${alliance:+OUTPUT_ALLIANCES="$OUT/service_gaps_emergency_alliances.gpkg"} | figures

# Maps: the alliances' outlines on top of the units.
for service in obgyn emergency; do
  case $service in
    obgyn) title="산부인과 전문의 공백 Ob-gyn doctors 2020: fewer than 3 in the unit, and alliances" ;;
    emergency) title="응급의료센터 공백 Emergency centres: none in the unit or none within 30 km" ;;
  esac
  layers=()
  if [ ${#alliance[@]} -gt 0 ]; then
    layers+=("$OUT/service_gaps_${service}_alliances.gpkg|layername=service_gaps_${service}_alliances::resources/styles/service_gaps_alliances.qml::연대 / alliance")
  fi
  layers+=("$OUT/service_gaps_${service}.gpkg|layername=service_gaps_${service}::resources/styles/service_gaps.qml::시·군·구 / units")
  render "$OUT/service_gaps_${service}.png" "$title" "${layers[@]}"
done
