# STEP: Summary of the figures (output/demo_summary.json; make test-matrix compares it across QGIS versions)
set -euo pipefail
/usr/bin/python3 scripts/demo_summary.py "$OUT"
