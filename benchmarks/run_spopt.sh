#!/usr/bin/env bash
# Run benchmarks/bench_spopt.py (ours vs PySAL spopt's max-p) in a venv of its own.
# spopt, libpysal and geopandas are benchmark-only: they are not plugin or test dependencies.
# The venv sees Debian's packages (QGIS, numpy, pandas, scipy); numpy/pandas/scipy are pinned
# to Debian's versions so that pip does not shadow them with builds QGIS was not made with.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=benchmarks/.venv-spopt
if [ ! -x "$VENV/bin/python" ] || ! "$VENV/bin/python" -c "import spopt, libpysal, geopandas" 2>/dev/null; then
    /usr/bin/python3 -m venv --system-site-packages "$VENV"
    constraints=$(mktemp)
    /usr/bin/python3 - > "$constraints" <<'PY'
import numpy, pandas, scipy
print(f"numpy=={numpy.__version__}\npandas=={pandas.__version__}\nscipy=={scipy.__version__}")
PY
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -c "$constraints" spopt libpysal geopandas
    rm -f "$constraints"
fi
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
exec "$VENV/bin/python" benchmarks/bench_spopt.py "$@"
