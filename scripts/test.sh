#!/usr/bin/env bash
# Builds dfg and runs every test (lit tests and GoogleTest unit tests), then
# prints "N passed, N failed, N skipped". The differential test against the
# reference implementation runs when DFG_REFERENCE_DFG names its
# reference_dfg.py, and is reported as skipped otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${DFG_BUILD_DIR:-$root/build}

# Everything the lit suites use, generated docs included.
"$root/scripts/build.sh" dfg-opt dfg-translate dfg-lsp-server DFGUnitTests \
  DFGDialectDocGen DFGPassesDocGen

lit_args=(-sv)
if [[ -n "${DFG_REFERENCE_DFG:-}" ]]; then
  lit_args+=("-Dreference_dfg=$(realpath "$DFG_REFERENCE_DFG")")
fi

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
/usr/lib/llvm-22/bin/lit "${lit_args[@]}" "$build/test" "$build/unittests" \
  2>&1 | tee "$log" || status=$?

# lit's summary has lines such as "  Passed: 12 (90.00%)".
count() {
  local total=0 n
  for label in "$@"; do
    n=$(sed -n "s/^ *$label *: *\([0-9][0-9]*\).*/\1/p" "$log" | tail -n 1)
    total=$((total + ${n:-0}))
  done
  echo "$total"
}
passed=$(count Passed "Expectedly Failed")
failed=$(count Failed "Unexpectedly Passed" Unresolved "Timed Out")
skipped=$(count Unsupported Excluded Skipped)
if [[ $((passed + failed)) -eq 0 ]]; then
  echo "no test ran" >&2
  status=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
