#!/usr/bin/env bash
# Run Debian's qgis_process.bin with this checkout installed and enabled as the plugin
# small_but_strong in a throw-away profile (.qgis-profile/), never the user's own.
# Usage: scripts/qgis_process.sh run smallbutstrong:declineindicators -- INPUT=... OUTPUT=...
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
export QGIS_CUSTOM_CONFIG_PATH="${SBS_PROFILE_DIR:-$root/.qgis-profile}"
export QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}"
plugins="$QGIS_CUSTOM_CONFIG_PATH/profiles/default/python/plugins"
mkdir -p "$plugins"
if [ "$(readlink "$plugins/small_but_strong" 2>/dev/null)" != "$root" ]; then
  rm -rf "$plugins/small_but_strong"
  ln -s "$root" "$plugins/small_but_strong"
fi
if ! grep -qs '^small_but_strong=true' "$QGIS_CUSTOM_CONFIG_PATH/profiles/default/QGIS/QGIS3.ini"; then
  /usr/bin/qgis_process.bin plugins enable small_but_strong >/dev/null 2>&1 || true
fi
exec /usr/bin/qgis_process.bin "$@"
