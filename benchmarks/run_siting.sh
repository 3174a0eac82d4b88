#!/usr/bin/env bash
# Run benchmarks/bench_siting.py (core/siting/ vs PySAL spopt.locate) in the spopt venv.
# Same venv as run_spopt.sh (benchmarks/.venv-spopt, --system-site-packages, numpy/pandas/scipy
# pinned to Debian's so that pip does not shadow the builds QGIS was made with), with spopt
# pinned to 0.6.1. spopt solves through PuLP; PuLP's wheel bundles a CBC binary, which is
# spopt's default solver (pulp.PULP_CBC_CMD), so no system MILP solver is needed.
# --only-algorithm: only the end-to-end rows of smallbutstrong:sitefacilities, in Debian's Python (no spopt).
set -euo pipefail
cd "$(dirname "$0")/.."
for arg in "$@"; do
    if [ "$arg" = "--only-algorithm" ]; then
        export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
        exec /usr/bin/python3 benchmarks/bench_siting.py "$@"
    fi
done
VENV=benchmarks/.venv-spopt
SPOPT=0.6.1
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" - "$SPOPT" 2>/dev/null <<'PY'
import sys
import pulp, spopt.locate
assert spopt.__version__ == sys.argv[1], spopt.__version__
assert pulp.PULP_CBC_CMD().available()
PY
then
    [ -x "$VENV/bin/python" ] || /usr/bin/python3 -m venv --system-site-packages "$VENV"
    constraints=$(mktemp)
    /usr/bin/python3 - > "$constraints" <<'PY'
import numpy, pandas, scipy
print(f"numpy=={numpy.__version__}\npandas=={pandas.__version__}\nscipy=={scipy.__version__}")
PY
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" \
        "spopt==$SPOPT" libpysal geopandas pulp
    rm -f "$constraints"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VENV/bin/python" benchmarks/bench_siting.py "$@"
