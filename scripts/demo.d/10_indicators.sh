# STEP: Decline indicators on the 229 units, and the extinction-risk map
set -euo pipefail
rm -f "$OUT/indicators.gpkg"
qp run smallbutstrong:declineindicators -- \
  INPUT="$SAMPLE|layername=sigungu" ID_FIELD=code NAME_FIELD=sigungu \
  POPULATION_FIELD=pop_reg_2025 POPULATION_BASE_FIELD=pop_reg_2015 YEAR=2025 BASE_YEAR=2015 \
  ELDERLY_FIELD=pop65_reg_2025 YOUNG_WOMEN_FIELD=f20_39_reg_2025 BIRTHS_FIELD=births_est_2020 \
  OUTPUT="$OUT/indicators.gpkg" | keep -E 'WARNING|computed'
render "$OUT/risk_map.png" "지방소멸위험지수 Local extinction risk index, 2025" \
  "$OUT/indicators.gpkg|layername=indicators::resources/styles/decline_risk.qml::지방소멸위험 / Extinction risk (women 20–39 ÷ 65+)"
