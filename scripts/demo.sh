#!/usr/bin/env bash
# The main job on the bundled Korean sample, through qgis_process as a script user runs it.
# Runs the steps in scripts/demo.d/ in name order; each writes under output/. `make demo` calls it.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export OUT=output SAMPLE="resources/sample/korea_sigungu.gpkg"
mkdir -p "$OUT"
qp() { bash scripts/qgis_process.sh "$@"; }
render() { /usr/bin/python3 scripts/render_map.py "$@" 2> >(grep -v -e XDG_RUNTIME -e proj_create -e 'PNG driver' >&2); }
export -f qp render
SECONDS=0
for step in scripts/demo.d/*.sh; do
  printf '\n== %s\n' "$(sed -n 's/^# STEP: //p' "$step")"
  t0=$SECONDS
  bash "$step"
  printf '   (%d s)\n' $((SECONDS - t0))
done
printf '\nDemo finished in %d s. Results in %s/:\n' "$SECONDS" "$OUT"
ls -1 "$OUT"
