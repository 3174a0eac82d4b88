#!/usr/bin/env bash
# The test matrix: the whole suite (`make test`) and the demo (`make demo`) on every QGIS that
# analysts run, one line per version at the end.
#
#   3.22  the host's QGIS (Debian 12)
#   3.40  QGIS 3.40 LTR, Debian 13 "trixie", in a Debian root under .matrix/qgis-3.40
#   3.44  QGIS 3.44 LTR, trixie + trixie-backports, in a Debian root under .matrix/qgis-3.44
#   forky QGIS 3.44 on Debian "forky" (testing): Python 3.14 and the newest SciPy/HiGHS, so that the
#         solver's optima are checked on a third HiGHS (trixie's 3.40 and 3.44 share SciPy 1.15)
#
# Each root is built once with mmdebstrap from the Debian package mirror (about 1.5 minutes and
# 2 GB each) with the Debian packages the Makefile lists; later runs reuse it. Inside, the same
# README commands run on a copy of this checkout (make test installs its own venv there). The demo's
# figures (output/demo_summary.json) must be the same on every version, or the matrix fails.
#
# Usage: scripts/matrix.sh [--versions 3.22,3.40,3.44,forky] [--bench] [--remove] [--run VERSION COMMAND...]
#   --bench   also run benchmarks/bench_sample.py in each version (tables under .matrix/results/)
#   --remove  delete the roots
#   --run     run one command in the root of VERSION on a fresh copy of the checkout, e.g.
#             scripts/matrix.sh --run 3.44 make test PYTEST_ARGS=tests/qgis/test_model.py
# Needs root (or sudo) for mmdebstrap, mount and chroot. Results: .matrix/results/<version>/.
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
cd "$top"
MATRIX_DIR=${MATRIX_DIR:-$top/.matrix}
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
versions=3.22,3.40,3.44,forky
bench=0
while [ $# -gt 0 ]; do
  case $1 in
    --versions) versions=$2; shift 2 ;;
    --bench) bench=1; shift ;;
    --run) run_version=$2; shift 2; run_command="$*"; break ;;
    --remove)
      for r in "$MATRIX_DIR"/qgis-*; do [ -d "$r" ] && $SUDO rm -rf --one-file-system "$r"; done
      exit 0 ;;
    *) echo "unknown option $1 (see the head of $0)" >&2; exit 2 ;;
  esac
done

# Debian packages of a root: what `make deps` installs, plus what a minimal root lacks.
root_packages() {
  printf '%s\n' $(make -s print-apt-packages) make git ca-certificates locales-all | sort -u | paste -sd, -
}

build_root() {  # version dir
  local version=$1 dir=$2 packages stamp
  packages=$(root_packages)
  stamp="$version|$packages|$MIRROR"
  if [ -f "$dir/.sbs-root" ] && [ "$(cat "$dir/.sbs-root")" = "$stamp" ]; then
    return 0
  fi
  command -v mmdebstrap >/dev/null || { $SUDO apt-get update -qq && $SUDO apt-get install -y -qq mmdebstrap; }
  local args=(--variant=minbase --include="$packages" --aptopt='Acquire::Check-Valid-Until "false"')
  local suite=trixie sources=("deb $MIRROR trixie main")
  case $version in
    3.40) ;;
    3.44)
      sources+=("deb $MIRROR trixie-backports main")
      args+=(--aptopt='APT::Default-Release "trixie-backports"') ;;
    forky) suite=forky; sources=("deb $MIRROR forky main") ;;
    *) echo "unknown version $version: use 3.22, 3.40, 3.44 or forky" >&2; return 1 ;;
  esac
  echo "-- building the Debian root for QGIS $version in $dir (once)"
  $SUDO rm -rf --one-file-system "$dir.tmp" "$dir"
  mkdir -p "$(dirname "$dir")"
  $SUDO mmdebstrap "${args[@]}" "$suite" "$dir.tmp" "${sources[@]}" > "$MATRIX_DIR/build-$version.log" 2>&1 || {
    tail -20 "$MATRIX_DIR/build-$version.log" >&2; echo "building the root for $version failed" >&2; return 1; }
  echo "$stamp" | $SUDO tee "$dir.tmp/.sbs-root" >/dev/null
  $SUDO mv "$dir.tmp" "$dir"
}

mounted=()
unmount_all() {
  local m
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    m=${mounted[$i]}
    $SUDO umount -l "$m" 2>/dev/null || true
  done
  mounted=()
}
trap unmount_all EXIT

mount_root() {  # dir
  local dir=$1 m
  for m in proc sys dev dev/pts; do
    $SUDO mount --bind "/$m" "$dir/$m"
    mounted+=("$dir/$m")
  done
  $SUDO mount -t tmpfs tmpfs "$dir/dev/shm"
  mounted+=("$dir/dev/shm")
  # make test's venv takes pytest from PyPI: the host's resolver and the certificates the host trusts
  $SUDO cp /etc/resolv.conf "$dir/etc/resolv.conf"
  [ -f /etc/ssl/certs/ca-certificates.crt ] && $SUDO cp /etc/ssl/certs/ca-certificates.crt "$dir/etc/ssl/certs/"
}

copy_checkout() {  # dest
  local dest=$1
  $SUDO rm -rf "$dest"
  $SUDO mkdir -p "$dest"
  tar -C "$top" -c --exclude=./.venv --exclude=./.matrix --exclude=./output --exclude=./build --exclude=./dist \
    --exclude=./.qgis-profile --exclude=__pycache__ --exclude=./.hypothesis --exclude=./benchmarks/.cache \
    --exclude=./benchmarks/.venv-spopt . | $SUDO tar -x -C "$dest"
}

in_root() {  # dir command
  local dir=$1
  shift
  $SUDO chroot "$dir" env -i HOME=/root PATH=/usr/local/bin:/usr/bin:/bin LANG=C.UTF-8 TERM=dumb \
    bash -c "cd /work/small_but_strong && $*"
}

summary_of() {  # pytest log -> "N passed, M failed"
  local line
  line=$(grep -E '^=+ .*(passed|failed|error).* in [0-9.]+s' "$1" | tail -1 | sed -E 's/^=+ //; s/ =+$//')
  echo "${line:-no pytest summary}"
}

if [ -n "${run_version:-}" ]; then
  dir="$MATRIX_DIR/qgis-$run_version"
  build_root "$run_version" "$dir"
  mount_root "$dir"
  copy_checkout "$dir/work/small_but_strong"
  in_root "$dir" "$run_command"
  exit $?
fi

mkdir -p "$MATRIX_DIR/results"
declare -A row
status=0
IFS=, read -r -a wanted <<< "$versions"
for version in "${wanted[@]}"; do
  results="$MATRIX_DIR/results/$version"
  rm -rf "$results"
  mkdir -p "$results"
  t0=$SECONDS
  if [ "$version" = 3.22 ]; then
    run() { bash -c "$*"; }
    work=$top
  else
    dir="$MATRIX_DIR/qgis-$version"
    build_root "$version" "$dir"
    mount_root "$dir"
    copy_checkout "$dir/work/small_but_strong"
    run() { in_root "$dir" "$@"; }
    work="$dir/work/small_but_strong"
  fi
  info=$(run "/usr/bin/python3 scripts/matrix_info.py 2>/dev/null")
  echo "$info" > "$results/versions.json"
  echo "== QGIS $version: $info"
  t_tests=$SECONDS
  tests_ok=1
  run "make test" > "$results/tests.log" 2>&1 || tests_ok=0
  tests_s=$((SECONDS - t_tests))
  tests=$(summary_of "$results/tests.log")
  echo "   make test: $tests ($tests_s s)"
  [ $tests_ok = 1 ] || { status=1; grep -E '^(FAILED|ERROR) ' "$results/tests.log" | head -20 | sed 's/^/   /'; }
  t_demo=$SECONDS
  demo_ok=1
  run "make demo" > "$results/demo.log" 2>&1 || demo_ok=0
  demo_s=$((SECONDS - t_demo))
  if [ $demo_ok = 1 ] && [ -f "$work/output/demo_summary.json" ]; then
    cp "$work/output/demo_summary.json" "$results/"
    cp "$work/output/report.pdf" "$results/" 2>/dev/null || true
    demo="demo ok ($demo_s s)"
  else
    status=1
    demo="demo FAILED ($demo_s s)"
    tail -15 "$results/demo.log" | sed 's/^/   /'
  fi
  echo "   $demo"
  if [ $bench = 1 ]; then
    run "/usr/bin/python3 benchmarks/bench_sample.py --repeat 3" > "$results/bench_sample.md" 2>&1 || status=1
  fi
  if [ "$version" != 3.22 ]; then
    unmount_all
  fi
  row[$version]=$(/usr/bin/python3 -c "
import json, sys
i = json.loads(sys.argv[1])
print(f\"QGIS {i['qgis']:<22} Python {i['python']:<7} SciPy {i['scipy']:<7} HiGHS {i['highs']:<22}\")" "$info")"| $tests | $demo | $((SECONDS - t0)) s"
done

# the demo's figures must not depend on the version
reference=""
for version in "${wanted[@]}"; do
  file="$MATRIX_DIR/results/$version/demo_summary.json"
  [ -f "$file" ] || continue
  if [ -z "$reference" ]; then
    reference=$file
  elif ! cmp -s "$reference" "$file"; then
    status=1
    echo "The demo's figures differ between $(basename "$(dirname "$reference")") and $version:" >&2
    diff "$reference" "$file" | head -20 >&2 || true
  fi
done

echo
echo "Test matrix (results in ${MATRIX_DIR#"$top"/}/results/):"
for version in "${wanted[@]}"; do
  echo "  ${row[$version]}"
done
if [ -n "$reference" ] && [ $status = 0 ]; then
  echo "  the demo's figures are identical on every version"
fi
exit $status
