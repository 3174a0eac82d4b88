#!/usr/bin/env bash
# The main job on the bundled Korean sample, through qgis_process as a script user runs it.
# Writes everything under output/. Called by `make demo`.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
out=output
mkdir -p "$out"
sample="resources/sample/korea_sigungu.gpkg"
qp() { bash scripts/qgis_process.sh "$@"; }
SECONDS=0
step() { printf '\n== %s\n' "$*"; }

step "Decline indicators (229 units)"
rm -f "$out/indicators.gpkg"
qp run smallbutstrong:declineindicators -- \
  INPUT="$sample|layername=sigungu" ID_FIELD=code NAME_FIELD=sigungu \
  POPULATION_FIELD=pop_reg_2025 POPULATION_BASE_FIELD=pop_reg_2015 YEAR=2025 BASE_YEAR=2015 \
  ELDERLY_FIELD=pop65_reg_2025 YOUNG_WOMEN_FIELD=f20_39_reg_2025 BIRTHS_FIELD=births_est_2020 \
  OUTPUT="$out/indicators.gpkg" | tail -n 4

step "Map of the extinction-risk classes"
/usr/bin/python3 scripts/render_map.py "$out/risk_map.png" \
  "지방소멸위험지수 Local extinction risk index, 2025" \
  "$out/indicators.gpkg|layername=indicators::resources/styles/decline_indicators.qml::지방소멸위험 / Extinction risk (women 20–39 ÷ 65+)" \
  2> >(grep -v -e XDG_RUNTIME -e proj_create -e 'PNG driver' >&2)

printf '\nDemo finished in %d s. Results in %s/:\n' "$SECONDS" "$out"
ls -1 "$out"
