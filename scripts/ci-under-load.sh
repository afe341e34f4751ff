#!/usr/bin/env bash
# Issue 11's check that the suite is not a clock: run .ci/run from a fresh
# clone of HEAD while two busy loops keep both cores of the machine occupied.
# The loops are started here and always ended here (trap), whatever the result.
#   bash scripts/ci-under-load.sh [clone-dir]
set -uo pipefail
top=$(git -C "$(dirname "$0")/.." rev-parse --show-toplevel)
dir=${1:-$(mktemp -d /tmp/ce-ci-load.XXXXXX)}
rm -rf "$dir"
git clone -q "$top" "$dir"
pids=()
stop_loops() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null; done; }
trap stop_loops EXIT
for _ in 1 2; do node -e 'for(;;){}' & pids+=($!); done
echo "busy loops: ${pids[*]}; running .ci/run in $dir"
start=$(date +%s)
(cd "$dir" && bash .ci/run)
rc=$?
echo "ci-under-load: .ci/run exited $rc after $(( $(date +%s) - start )) s with both cores busy"
exit $rc
