#!/usr/bin/env bash
# Installs missing packages, then configures and builds dfg in build/ (or
# in $DFG_BUILD_DIR). Extra arguments go to ninja, e.g. a target name.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${DFG_BUILD_DIR:-$root/build}

"$root/scripts/install-deps.sh"

if [[ ! -f "$build/build.ninja" ]]; then
  cmake -G Ninja -S "$root" -B "$build" \
    -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_C_COMPILER=clang-22 -DCMAKE_CXX_COMPILER=clang++-22 \
    -DLLVM_USE_LINKER=lld
fi
ninja -C "$build" "$@"
