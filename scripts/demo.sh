#!/usr/bin/env bash
# The main job on the bundled Korean sample, through qgis_process as a script user runs it.
# Runs the steps in scripts/demo.d/ (or $DEMO_STEPS) in name order; each writes under output/.
# `make demo` calls it. A failing step stops the demo with that step's error and a non-zero exit.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
export OUT="${OUT:-output}" SAMPLE="resources/sample/korea_sigungu.gpkg"
steps_dir="${DEMO_STEPS:-scripts/demo.d}"
mkdir -p "$OUT"

# qp: qgis_process with this checkout as the plugin. Its output goes on to the step's filters; when
# it fails, the whole output goes to stderr and the exit status is qgis_process's own.
qp() {
  local log rc=0
  log=$(mktemp)
  bash scripts/qgis_process.sh "$@" >"$log" 2>&1 || rc=$?
  if [ "$rc" -ne 0 ]; then
    { printf 'FAILED (exit %d): qgis_process %s\n' "$rc" "$*"; grep -v -e '^Warning 1:' "$log"; } >&2
    rm -f "$log"
    return "$rc"
  fi
  cat "$log"
  rm -f "$log"
}
# keep: a filter of a step's output. No matching line is fine; only grep's own error (status 2) fails.
keep() { grep "$@" || [ $? -eq 1 ]; }
render() { /usr/bin/python3 scripts/render_map.py "$@" 2> >(keep -v -e XDG_RUNTIME -e proj_create -e 'PNG driver' >&2); }
export -f qp keep render

SECONDS=0
for step in "$steps_dir"/*.sh; do
  printf '\n== %s\n' "$(sed -n 's/^# STEP: //p' "$step")"
  t0=$SECONDS
  if ! bash "$step"; then
    printf '\nDemo FAILED in step %s (after %d s): see the error above.\n' "$step" "$SECONDS" >&2
    exit 1
  fi
  printf '   (%d s)\n' $((SECONDS - t0))
done
printf '\nDemo finished in %d s. Results in %s/:\n' "$SECONDS" "$OUT"
ls -1 "$OUT"
