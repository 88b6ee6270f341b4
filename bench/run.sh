#!/usr/bin/env bash
# Benchmark dfg-translate and dfg-opt on generated graphs and print markdown tables.
#
# Usage: bench/run.sh [BUILD_DIR] [--reference PATH] [--timeout SECONDS] [--quick]
#
#   BUILD_DIR          CMake build folder with bin/dfg-opt and bin/dfg-translate
#                      (default: ../build relative to this script)
#   --reference PATH   also time reference_dfg.py, the Python reference implementation
#   --timeout SECONDS  limit for one run of a reference or of the path enumeration
#                      (default 60); a run of dfg is limited to 600 s
#   --quick            small sizes only, to check that the script works
#
# Each figure is the best wall time of 3 runs (1 run when a run takes more than 20 s).
# Graphs and intermediate files go to a temporary folder that is removed at exit.
# The exit status is 1 when dfg failed or printed diagnostics on a generated graph.
set -euo pipefail

script_dir=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build_dir="$script_dir/../build"
reference=""
slow_timeout=60
dfg_timeout=600
quick=0

while (($# > 0)); do
  case "$1" in
    --reference)
      reference=${2:?--reference needs the path of reference_dfg.py}
      shift 2
      ;;
    --timeout)
      slow_timeout=${2:?--timeout needs a number of seconds}
      shift 2
      ;;
    --quick)
      quick=1
      shift
      ;;
    -h | --help)
      sed -n '2,15s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"
      exit 0
      ;;
    -*)
      echo "run.sh: unknown option $1 (see --help)" >&2
      exit 2
      ;;
    *)
      build_dir=$1
      shift
      ;;
  esac
done

bin="$build_dir/bin"
for tool in dfg-opt dfg-translate; do
  if [[ ! -x "$bin/$tool" ]]; then
    echo "run.sh: $bin/$tool not found; build it with: ninja -C $build_dir dfg-opt dfg-translate" >&2
    exit 2
  fi
done
if [[ -n "$reference" && ! -f "$reference" ]]; then
  echo "run.sh: reference implementation $reference not found" >&2
  exit 2
fi

if ((quick)); then
  wide_sizes=(1000 10000)
  single_line_sizes=(500 1000)
  ppo_copies=(10 100)
  ladder_rungs=(10 16)
else
  wide_sizes=(1000 10000 100000)
  # The same graphs written on one line; the import slows down with the length of a line.
  single_line_sizes=(1000 4000)
  ppo_copies=(100 1000 10000)
  # 10, 16 and 20 rungs compare with the reference, and 24 shows the growth of the
  # path enumeration. 1,000 and 10,000 show how dfg scales when every MFC has its own role.
  ladder_rungs=(10 16 20 24 1000 10000)
fi

# Peak memory comes from GNU time, which is installed here when missing and run.sh runs as root.
memory_options=()
memory_note="peak RSS from GNU time (/usr/bin/time -f %M), in one extra run of each dfg pipeline"
if [[ ! -x /usr/bin/time ]] && ((EUID == 0)) && command -v apt-get >/dev/null; then
  echo "run.sh: installing GNU time to measure peak memory" >&2
  apt-get install -y -qq time >/dev/null 2>&1 ||
    (apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq time >/dev/null 2>&1) || true
fi
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
  memory_options=(--memory-tool /usr/bin/time)
else
  memory_note="peak memory not measured: GNU time (/usr/bin/time) is missing and could not be installed (that needs root)"
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results="$work/results.jsonl"
dfg_problems=0

# Print the machine, the build and the commit, so that a table can be read in context.
cpu_model=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
echo "## dfg benchmarks"
echo
echo "- date: $(date -u '+%Y-%m-%d %H:%M UTC')"
echo "- machine: $(nproc) cores, ${cpu_model:-unknown CPU}, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo) RAM"
echo "- build: $(cd "$build_dir" && pwd)"
echo "- load average at start (1, 5, 15 min): $(cut -d ' ' -f 1-3 /proc/loadavg)"
echo "- memory: $memory_note"
echo "- git: $(git -C "$script_dir" rev-parse --short HEAD 2>/dev/null || echo unknown)$(git -C "$script_dir" diff --quiet HEAD -- 2>/dev/null || echo ' (with uncommitted changes)')"
echo

# measure GROUP SIZE LABEL TIMEOUT [measure.py options] -- COMMAND ... ['|' COMMAND ...]
# Runs measure.py and returns its status: 0 ok, 1 failed, 2 timed out.
measure() {
  local group=$1 size=$2 label=$3 limit=$4
  shift 4
  local status=0
  python3 "$script_dir/measure.py" run --results "$results" --group "$group" --size "$size" \
    --label "$label" --timeout "$limit" "$@" >/dev/null || status=$?
  return "$status"
}

# measure_dfg is measure for a dfg pipeline: any failure or diagnostic counts as a problem,
# because every generated graph must pass without errors or warnings.
measure_dfg() {
  local status=0
  measure "$1" "$2" "$3" "$4" "${memory_options[@]}" "${@:5}" || status=$?
  if ((status != 0)) || [[ -n "$(tail -n 1 "$results" | python3 -c '
import json, sys
result = json.load(sys.stdin)
print("".join(stage.get("stderr", "") for stage in result["best_stages"]))')" ]]; then
    echo "run.sh: dfg failed or printed diagnostics ($1, size $2, $3); see the notes below the tables" >&2
    dfg_problems=1
  fi
}

generate() {
  python3 "$script_dir/gen_graphs.py" "$@"
}

# 1. Import + pipeline + export on wide random graphs and on chains of PPO steps. Graphs
# are indented like the corpus files, except the single-line variant.
for size in "${wide_sizes[@]}"; do
  graph="$work/wide_$size.json"
  generate wide --mfcs "$size" --seed 1 -o "$graph"
  echo "timing wide random graph, $size MFCs" >&2
  measure_dfg wide "$size" dfg "$dfg_timeout" --output "$work/wide_$size.out.json" -- \
    "$bin/dfg-translate" --import-dfg-json "$graph" '|' \
    "$bin/dfg-opt" --dfg-pipeline '|' \
    "$bin/dfg-translate" --export-dfg-json
done

# The exported JSON must carry the analyses, because an empty output would time nothing.
python3 - "$work/wide_${wide_sizes[0]}.out.json" "${wide_sizes[0]}" <<'EOF'
import json
import sys

path, expected = sys.argv[1], int(sys.argv[2])
with open(path, encoding="utf-8") as exported_file:
    exported = json.load(exported_file)
graphs = exported.get("graphs", [exported])
if len(graphs[0].get("mfcs", [])) != expected or "analysis" not in graphs[0]:
    sys.exit(f"run.sh: {path} lacks the {expected} MFCs or the analysis object")
EOF

for size in "${single_line_sizes[@]}"; do
  graph="$work/wide_single_line_$size.json"
  generate wide --mfcs "$size" --seed 1 --single-line -o "$graph"
  echo "timing wide random graph on one line, $size MFCs" >&2
  measure_dfg wide-single-line "$size" dfg "$dfg_timeout" -- \
    "$bin/dfg-translate" --import-dfg-json "$graph" '|' \
    "$bin/dfg-opt" --dfg-pipeline '|' \
    "$bin/dfg-translate" --export-dfg-json
done

for copies in "${ppo_copies[@]}"; do
  graph="$work/ppo_$copies.json"
  generate ppo --copies "$copies" -o "$graph"
  echo "timing PPO chain, $copies copies" >&2
  measure_dfg ppo "$((6 * copies))" dfg "$dfg_timeout" -- \
    "$bin/dfg-translate" --import-dfg-json "$graph" '|' \
    "$bin/dfg-opt" --dfg-pipeline '|' \
    "$bin/dfg-translate" --export-dfg-json
done

# 2. Role terminal on diamond ladders. After a timeout, larger ladders are skipped for
# that implementation, since its time only grows with the ladder.
enumeration_timed_out=0
reference_timed_out=0
for rungs in "${ladder_rungs[@]}"; do
  graph="$work/ladder_$rungs.json"
  generate ladder --rungs "$rungs" -o "$graph"
  echo "timing diamond ladder, $rungs rungs" >&2
  measure_dfg ladder "$rungs" "dfg role-terminal" "$dfg_timeout" -- \
    "$bin/dfg-translate" --import-dfg-json "$graph" '|' \
    "$bin/dfg-opt" --dfg-role-terminal
  measure_dfg ladder "$rungs" "dfg full pipeline" "$dfg_timeout" -- \
    "$bin/dfg-translate" --import-dfg-json "$graph" '|' \
    "$bin/dfg-opt" --dfg-pipeline '|' \
    "$bin/dfg-translate" --export-dfg-json

  if ((!enumeration_timed_out)); then
    status=0
    measure ladder "$rungs" "path enumeration" "$slow_timeout" -- \
      python3 "$script_dir/path_enumeration.py" "$graph" || status=$?
    ((status == 2)) && enumeration_timed_out=1
  fi
  if [[ -n "$reference" ]] && ((!reference_timed_out)); then
    status=0
    measure ladder "$rungs" "reference_dfg.py" "$slow_timeout" -- \
      python3 "$reference" "$graph" || status=$?
    ((status == 2)) && reference_timed_out=1
  fi
done

# 3. The reference's full analysis and the path enumeration on the wide graphs, next
# to dfg's pipeline.
enumeration_timed_out=0
for size in "${wide_sizes[@]}"; do
  if [[ -n "$reference" ]]; then
    echo "timing reference_dfg.py on the wide random graph of $size MFCs" >&2
    measure wide-reference "$size" "reference_dfg.py" "$slow_timeout" -- \
      python3 "$reference" "$work/wide_$size.json" || true
  fi
  if ((!enumeration_timed_out)); then
    echo "timing the path enumeration on the wide random graph of $size MFCs" >&2
    status=0
    measure wide-reference "$size" "path enumeration" "$slow_timeout" -- \
      python3 "$script_dir/path_enumeration.py" "$work/wide_$size.json" || status=$?
    ((status == 2)) && enumeration_timed_out=1
  fi
done

python3 "$script_dir/measure.py" report "$results"
exit "$dfg_problems"
