# STEP: Population projections to 2030-2050 (geometric trend of the registry 2015-2025), back-tested on 2025
set -euo pipefail
rm -f "$OUT/projection.gpkg"
# On the indicators (step 10), so that the alliances of step 20 carry the projections too. The
# back-test fits 2015-2020 and compares its 2025 with the 2025 registry.
series=()
for year in 2015 2016 2017 2018 2019 2020 2021 2022 2023 2024 2025; do series+=(POPULATION_FIELDS=pop_reg_$year); done
qp run smallbutstrong:projectpopulation -- \
  INPUT="$OUT/indicators.gpkg|layername=indicators" ID_FIELD=code NAME_FIELD=sigungu "${series[@]}" \
  ELDERLY_FIELDS=pop65_reg_2015 ELDERLY_FIELDS=pop65_reg_2020 ELDERLY_FIELDS=pop65_reg_2025 \
  YOUNG_WOMEN_FIELDS=f20_39_reg_2015 YOUNG_WOMEN_FIELDS=f20_39_reg_2020 YOUNG_WOMEN_FIELDS=f20_39_reg_2025 \
  METHOD=0 TARGET_YEARS="2030,2035,2040,2050" OUTPUT="$OUT/projection.gpkg" \
  | sed -E 's/^([0-9]*\.+)*[0-9]*([A-Z])/\2/' \
  | keep -E '^(BACKTEST_MAPE|UNITS_HALVING|UNITS_BELOW_THRESHOLD):|Back-test|MAPE|halved|WARNING' | sed 's/^/   /'
render "$OUT/projection_map.png" "인구 추계 Projected population change 2025-2050 (geometric trend 2015-2025)" \
  "$OUT/projection.gpkg|layername=projection::resources/styles/projection.qml::Projected change 2025-2050"
