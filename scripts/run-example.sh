#!/usr/bin/env bash
# Builds dfg and runs the main job on a real AReaL graph: verify the PPO
# graph of AReaL's ppo-math experiment and print the annotated IR.
# Usage: scripts/run-example.sh [EXAMPLE.mlir]
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
build=${DFG_BUILD_DIR:-$root/build}
example=${1:-$root/examples/areal_ppo_math_default.mlir}

"$root/scripts/build.sh" dfg-opt dfg-translate >&2
"$build/bin/dfg-opt" --dfg-pipeline "$example"
